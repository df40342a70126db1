//! Collect every money mention of a set of files into one table: file, currency, amount (low
//! and high for a range), modifier and the text, as tab-separated values.
//!
//! ```text
//! cargo run --example money_table -- seeds/            # every *.txt below a directory
//! cargo run --example money_table -- a.txt b.txt > money.tsv
//! ```

use std::path::{Path, PathBuf};

use finnews::core::decimal::canonical;
use finnews::quantity::{Amount, Decimal};
use finnews::{MentionValue, Options, analyze, decode};

/// One row of the table.
struct Row {
    file: String,
    currency: &'static str,
    low: Decimal,
    high: Decimal,
    modifier: String,
    text: String,
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut files = Vec::new();
    for arg in std::env::args().skip(1) {
        collect(Path::new(&arg), true, &mut files)?;
    }
    files.sort();

    let options = Options::default();
    let mut rows = Vec::new();
    for file in &files {
        let bytes = std::fs::read(file)?;
        let text = decode(&bytes, true)?.text;
        for m in &analyze(&text, &options).mentions {
            if let MentionValue::Money {
                amount,
                currency,
                modifier,
            } = m.value()
            {
                let (low, high) = match amount {
                    Amount::Exact(v) => (v, v),
                    Amount::Range { low, high } => (low, high),
                };
                rows.push(Row {
                    file: file.display().to_string(),
                    currency: currency.code(),
                    low,
                    high,
                    modifier: modifier.map(|m| m.to_string()).unwrap_or_default(),
                    text: m.text().replace(['\t', '\n', '\r'], " "),
                });
            }
        }
    }

    println!("file\tcurrency\tlow\thigh\tmodifier\ttext");
    for r in &rows {
        // Decimals in the contract's shortest form, as `Amount` and the JSON print them.
        let (low, high) = (canonical(r.low), canonical(r.high));
        println!(
            "{}\t{}\t{low}\t{high}\t{}\t{}",
            r.file, r.currency, r.modifier, r.text
        );
    }
    eprintln!("{} money mentions in {} files", rows.len(), files.len());
    Ok(())
}

/// A file named on the command line, or every `*.txt` below a directory.
fn collect(path: &Path, named: bool, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    if path.is_dir() {
        for entry in std::fs::read_dir(path)? {
            collect(&entry?.path(), false, out)?;
        }
    } else if named || path.extension().is_some_and(|e| e == "txt") {
        out.push(path.to_path_buf());
    }
    Ok(())
}
