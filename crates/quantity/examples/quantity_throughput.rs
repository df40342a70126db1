//! Rough throughput of `finnews_quantity::extract` over the bodies (`body` or `text`) of a JSON
//! Lines corpus.
//!
//! `cargo run --release -p finnews-quantity --example quantity_throughput -- corpus.jsonl`
use std::time::Instant;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args()
        .nth(1)
        .ok_or("usage: throughput CORPUS.jsonl")?;
    let data = std::fs::read_to_string(path)?;
    let mut bodies = Vec::new();
    for line in data.lines() {
        let v: serde_json::Value = serde_json::from_str(line)?;
        if let Some(b) = v
            .get("body")
            .or_else(|| v.get("text"))
            .and_then(|b| b.as_str())
        {
            bodies.push(b.to_owned());
        }
    }
    let bytes: usize = bodies.iter().map(String::len).sum();
    let opts = finnews_quantity::Options::default();
    let mut found = 0;
    let mut best = f64::MAX;
    // `QUANTITY_REPS=0` loads the corpus only: `perf stat` the difference for CPU time.
    let reps: usize = std::env::var("QUANTITY_REPS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(5);
    for _ in 0..reps {
        let t = Instant::now();
        found = 0;
        for b in &bodies {
            found += finnews_quantity::extract(b, &opts).len();
        }
        best = best.min(t.elapsed().as_secs_f64());
    }
    println!(
        "{} documents, {:.1} MB, {} quantities, best of {reps}: {:.3} s = {:.0} MB/s",
        bodies.len(),
        bytes as f64 / 1e6,
        found,
        best,
        bytes as f64 / 1e6 / best
    );
    Ok(())
}
