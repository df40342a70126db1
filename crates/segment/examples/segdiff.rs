//! Differential and timing driver over raw texts: `cargo run --release -p finnews-segment
//! --example segdiff -- dump OUT FILE...` writes every block (kind, span) and sentence (block,
//! span) of each JSONL line's `text` (or `input`) field, to compare two versions byte for byte;
//! `... -- time FILE...` reports the best of `REPS` passes (default 5).

use std::fmt::Write as _;
use std::time::Instant;

fn texts(paths: &[String]) -> Vec<String> {
    let mut out = Vec::new();
    for path in paths {
        let raw = match std::fs::read_to_string(path) {
            Ok(r) => r,
            Err(e) => {
                eprintln!("{path}: {e}");
                std::process::exit(1);
            }
        };
        for line in raw.lines() {
            let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else {
                continue;
            };
            for k in ["text", "input"] {
                if let Some(t) = v.get(k).and_then(|x| x.as_str()) {
                    out.push(t.to_owned());
                }
            }
        }
    }
    out
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let opts = finnews_segment::Options::default();
    match args.first().map(String::as_str) {
        Some("dump") if args.len() >= 3 => {
            let docs = texts(&args[2..]);
            let mut out = String::new();
            for (i, d) in docs.iter().enumerate() {
                // Each text as given, and with CRLF line ends, to cover both line-break paths.
                let crlf = d.replace('\n', "\r\n");
                for (v, t) in [d.as_str(), crlf.as_str()].iter().enumerate() {
                    let s = finnews_segment::segment(t, &opts);
                    let _ = writeln!(out, "doc {i}.{v}");
                    for b in &s.blocks {
                        let _ = writeln!(out, "B {} {:?}", b.kind.code(), b.span.range());
                    }
                    for x in &s.sentences {
                        let _ = writeln!(out, "S {} {:?}", x.block, x.span.range());
                    }
                    let _ = writeln!(out, "D {:?}", finnews_segment::dateline(t));
                }
            }
            if let Err(e) = std::fs::write(&args[1], out) {
                eprintln!("{}: {e}", args[1]);
                std::process::exit(1);
            }
        }
        Some("time") if args.len() >= 2 => {
            let docs = texts(&args[1..]);
            let bytes: usize = docs.iter().map(String::len).sum();
            let reps: usize = std::env::var("REPS")
                .ok()
                .and_then(|r| r.parse().ok())
                .unwrap_or(5);
            let mut best = f64::INFINITY;
            let mut n = 0;
            for _ in 0..reps {
                let t = Instant::now();
                n = 0;
                for d in &docs {
                    let s = finnews_segment::segment(d, &opts);
                    n += s.blocks.len() + s.sentences.len();
                }
                best = best.min(t.elapsed().as_secs_f64());
            }
            println!(
                "{bytes} bytes, {} docs, {n} blocks+sentences, best {:.1} ms, {:.0} MB/s",
                docs.len(),
                best * 1e3,
                bytes as f64 / best / 1e6
            );
        }
        _ => {
            eprintln!("usage: segdiff dump OUT FILE... | segdiff time FILE...");
            std::process::exit(2);
        }
    }
}
