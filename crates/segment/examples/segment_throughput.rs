//! Measures segmentation throughput on a text file: `cargo run --release -p finnews-segment
//! --example segment_throughput -- FILE` (for instance the Reuters-21578 stories joined by blank lines).
//! The file is split at blank-line pairs into documents of about 1 KB, as news pages are.

use std::time::Instant;

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: throughput FILE");
        std::process::exit(2);
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(1);
        }
    };
    let docs: Vec<&str> = text.split("\n\n\n").collect();
    let opts = finnews_segment::Options::default();
    let mut best = f64::INFINITY;
    let mut blocks = 0;
    for _ in 0..5 {
        let t = Instant::now();
        blocks = 0;
        for d in &docs {
            let s = finnews_segment::segment(d, &opts);
            blocks += s.blocks.len() + s.sentences.len();
        }
        best = best.min(t.elapsed().as_secs_f64());
    }
    let t = Instant::now();
    let mut words = 0usize;
    for d in &docs {
        let mut sp = true;
        for &c in d.as_bytes() {
            let s = c.is_ascii_whitespace();
            words += usize::from(sp && !s);
            sp = s;
        }
    }
    eprintln!(
        "baseline byte loop: {:.0} MB/s ({words})",
        text.len() as f64 / t.elapsed().as_secs_f64() / 1e6
    );
    println!(
        "{} bytes, {} docs, {} blocks+sentences, {:.0} MB/s",
        text.len(),
        docs.len(),
        blocks,
        text.len() as f64 / best / 1e6
    );
}
