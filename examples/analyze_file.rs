//! Analyze one file (or standard input) and print each mention: kind, span, text and value.
//!
//! ```text
//! cargo run --example analyze_file -- seeds/002_8e0856310b666845.txt
//! cargo run --example analyze_file -- report.txt 2024-07-15   # with a reference date
//! ```

use std::io::Read;

use finnews::date::NaiveDate;
use finnews::{Options, analyze, decode};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let path = args.next().unwrap_or_else(|| "-".into());
    let bytes = if path == "-" {
        let mut buf = Vec::new();
        std::io::stdin().read_to_end(&mut buf)?;
        buf
    } else {
        std::fs::read(&path)?
    };
    // Invalid UTF-8 is an error naming the byte offset; pass `true` to repair it instead.
    let text = decode(&bytes, false)?.text;

    let mut options = Options::default();
    if let Some(day) = args.next() {
        options = options.with_reference_date(day.parse::<NaiveDate>()?);
    }
    let analysis = analyze(&text, &options);

    if let Some(r) = analysis.reference_date {
        println!(
            "reference date {} ({}, from the {})",
            r.date.date(),
            r.date.grain(),
            r.source
        );
    }
    println!(
        "{} blocks, {} sentences",
        analysis.blocks.len(),
        analysis.sentences.len()
    );
    for m in &analysis.mentions {
        let span = m.span();
        println!(
            "{:>8} {:>6}..{:<6} {:<32} {}",
            m.kind(),
            span.start(),
            span.end(),
            m.text().replace('\n', " "),
            m.value()
        );
    }
    Ok(())
}
