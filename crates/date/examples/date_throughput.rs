//! Measures extraction speed: `cargo run --release -p finnews-date --example date_throughput --
//! FILE...` (each file read as one text, three passes; for instruction counts run it under
//! `valgrind --tool=callgrind` and divide by three).

use std::time::Instant;

fn main() {
    let paths: Vec<String> = std::env::args().skip(1).collect();
    if paths.is_empty() {
        eprintln!("usage: date_throughput FILE...");
        return;
    }
    let opts = finnews_date::Options::default();
    for path in &paths {
        let text = match std::fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("{path}: {e}");
                continue;
            }
        };
        let mut n = 0;
        let t0 = Instant::now();
        for _ in 0..3 {
            n += finnews_date::extract(&text, &opts).len();
        }
        let secs = t0.elapsed().as_secs_f64();
        let mb = 3.0 * text.len() as f64 / 1e6;
        if paths.len() > 1 {
            print!("{path}: ");
        }
        println!("{} mentions/pass, {:.1} MB/s", n / 3, mb / secs);
    }
}
