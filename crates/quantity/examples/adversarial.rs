//! Times `extract` on long degenerate inputs (checks linear cost): `cargo run --release
//! -p finnews-quantity --example adversarial`.
use std::time::Instant;

fn main() {
    let n = 2_000_000;
    let cases: Vec<(&str, String)> = vec![
        ("digits", "1".repeat(n)),
        ("grouped", "1,234,".repeat(n / 6)),
        ("spaced", "1 234 ".repeat(n / 6)),
        ("words", "one hundred and ".repeat(n / 16)),
        ("a-words", "a a a a ".repeat(n / 8)),
        ("cjk", "一".repeat(n / 3)),
        ("cjk-units", "一万".repeat(n / 6)),
        ("letters-digits", "a1".repeat(n / 2)),
        ("dashes", "1-".repeat(n / 2)),
        ("dots", "1.".repeat(n / 2)),
        ("percent", "5% ".repeat(n / 3)),
        ("money", "$5 ".repeat(n / 3)),
        ("minus", "--1".repeat(n / 3)),
        ("fractions", "1/2 ".repeat(n / 4)),
        ("yen", "¥1 yuan 円 ".repeat(n / 16)),
    ];
    for (name, text) in &cases {
        let t = Instant::now();
        let found = finnews_quantity::extract(text, &finnews_quantity::Options::default());
        println!(
            "{name:>15}: {:>8} bytes, {:>7} found, {:.3} s",
            text.len(),
            found.len(),
            t.elapsed().as_secs_f64()
        );
    }
}
