//! Measures extraction speed: `cargo run --release -p finnews-date --example date_throughput -- FILE`.

use std::time::Instant;

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: throughput FILE");
        return;
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{path}: {e}");
            return;
        }
    };
    let opts = finnews_date::Options::default();
    let mut n = 0;
    let t0 = Instant::now();
    for _ in 0..3 {
        n += finnews_date::extract(&text, &opts).len();
    }
    let secs = t0.elapsed().as_secs_f64();
    let mb = 3.0 * text.len() as f64 / 1e6;
    println!("{} mentions/pass, {:.1} MB/s", n / 3, mb / secs);
}
