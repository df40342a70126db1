//! Segments the Reuters-21578 corpus (JSONL: title, a blank line, then the dateline running into
//! the body, as the criterion benchmark builds its documents) and either times it or dumps the
//! result: `cargo run --release -p finnews-segment --example corpus -- time [FILE]` or
//! `... -- dump OUT [FILE]` (one line per block and per sentence, to diff two versions).

use std::fmt::Write as _;
use std::time::Instant;

const DEFAULT: &str = "/work/shared/corpus/reuters21578/reuters21578.jsonl";

fn docs(path: &str) -> Vec<String> {
    let raw = match std::fs::read_to_string(path) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(1);
        }
    };
    raw.lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .map(|v| {
            let field = |k: &str| v.get(k).and_then(|x| x.as_str()).unwrap_or("");
            let body = format!("{}{}{}", field("dateline"), field("body"), field("text"));
            [field("title"), body.as_str()]
                .iter()
                .map(|p| p.trim_matches('\n'))
                .filter(|p| !p.trim().is_empty())
                .collect::<Vec<_>>()
                .join("\n\n")
        })
        .filter(|d| !d.trim().is_empty())
        .collect()
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let opts = finnews_segment::Options::default();
    match args.first().map(String::as_str) {
        Some("dump") if args.len() >= 2 => {
            let docs = docs(args.get(2).map_or(DEFAULT, String::as_str));
            let mut out = String::new();
            for (i, d) in docs.iter().enumerate() {
                let s = finnews_segment::segment(d, &opts);
                let _ = writeln!(out, "doc {i}");
                for b in &s.blocks {
                    let _ = writeln!(out, "B {} {:?}", b.kind.code(), b.span.range());
                }
                for x in &s.sentences {
                    let _ = writeln!(out, "S {} {:?}", x.block, x.span.range());
                }
            }
            if let Err(e) = std::fs::write(&args[1], out) {
                eprintln!("{}: {e}", args[1]);
                std::process::exit(1);
            }
        }
        Some("time") => {
            let docs = docs(args.get(1).map_or(DEFAULT, String::as_str));
            let bytes: usize = docs.iter().map(String::len).sum();
            let reps: usize = std::env::var("REPS")
                .ok()
                .and_then(|r| r.parse().ok())
                .unwrap_or(7);
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
            eprintln!("usage: corpus time [FILE] | corpus dump OUT [FILE]");
            std::process::exit(2);
        }
    }
}
