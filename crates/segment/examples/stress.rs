//! Times pathological inputs to check that segmentation stays linear:
//! `cargo run --release -p finnews-segment --example stress`.

use std::time::Instant;

fn main() {
    let n = 4_000_000;
    let cases: Vec<(&str, String)> = vec![
        ("a. glued", "a.".repeat(n / 2)),
        ("spaced dots", ". ".repeat(n / 2)),
        ("open parens", "(".repeat(n)),
        ("single quotes", "'a ".repeat(n / 3)),
        ("markers", "1. 2. 3. a) b) ".repeat(n / 15)),
        ("fields", "Key: value ".repeat(n / 11)),
        ("short lines", "x\n".repeat(n / 2)),
        ("no space", "a".repeat(n)),
        ("abbrevs", "Mr. U.S. a.m. Inc. ".repeat(n / 19)),
        ("quotes", "\"He said. Yes.\" ".repeat(n / 16)),
        ("cjk", "これは山です。「はい」".repeat(n / 33)),
        ("bullets", "• x ".repeat(n / 6)),
        ("urls", "www.a.b.c.d.e ".repeat(n / 14)),
        ("colons", ": ".repeat(n / 2)),
        ("mixed markers", format!("1. {}", "a) ".repeat(n / 3))),
        ("crlf", "Some text here.\r\n".repeat(n / 17)),
    ];
    let opts = finnews_segment::Options::default();
    for (name, text) in &cases {
        let t = Instant::now();
        let seg = finnews_segment::segment(text, &opts);
        println!(
            "{name:14} {:>9} bytes {:>8} blocks {:>8} sentences {:>8.1} MB/s",
            text.len(),
            seg.blocks.len(),
            seg.sentences.len(),
            text.len() as f64 / t.elapsed().as_secs_f64() / 1e6
        );
    }
}
