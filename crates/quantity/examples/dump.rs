//! Dumps every quantity found in the bodies of a JSON Lines corpus and in text files, one
//! `Debug` line per quantity, to compare extraction output before and after a change.
//!
//! `cargo run --release -p finnews-quantity --example dump -- corpus.jsonl [file.txt..] > out`
use std::fmt::Write as _;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let opts = finnews_quantity::Options::default();
    let mut out = String::new();
    for path in std::env::args().skip(1) {
        let data = std::fs::read_to_string(&path)?;
        let texts: Vec<String> = if path.ends_with(".jsonl") {
            let mut v = Vec::new();
            for line in data.lines() {
                let j: serde_json::Value = serde_json::from_str(line)?;
                for field in ["title", "body"] {
                    if let Some(s) = j.get(field).and_then(|b| b.as_str()) {
                        v.push(s.to_owned());
                    }
                }
            }
            v
        } else {
            vec![data]
        };
        for (i, t) in texts.iter().enumerate() {
            for q in finnews_quantity::extract(t, &opts) {
                writeln!(out, "{path}#{i} {q:?}")?;
            }
        }
    }
    print!("{out}");
    Ok(())
}
