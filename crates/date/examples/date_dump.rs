//! Dumps every temporal expression of a file of documents, for differential checks of the date
//! layer: `cargo run --release -p finnews-date --example date_dump -- FILE [REF]`. The file holds
//! documents separated by the byte `0x1E` (record separator); each mention is printed as
//! `document start end timex text`. `REF` (`YYYY-MM-DD`, default `1987-03-01`) is the reference
//! day of every document; `-` reads without one.

use std::io::Write;

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(path) = args.next() else {
        eprintln!("usage: date_dump FILE [REF]");
        return;
    };
    let reference = args.next().unwrap_or_else(|| "1987-03-01".to_owned());
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{path}: {e}");
            return;
        }
    };
    let mut opts = finnews_date::Options::default();
    if reference != "-" {
        match reference.parse::<chrono::NaiveDate>() {
            Ok(d) => opts = opts.with_reference(Some(finnews_date::ReferenceDate::day(d))),
            Err(e) => {
                eprintln!("{reference}: {e}");
                return;
            }
        }
    }
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for (k, doc) in text.split('\u{1e}').enumerate() {
        for t in finnews_date::extract(doc, &opts) {
            let _ = writeln!(
                out,
                "{k}\t{}\t{}\t{}\t{}",
                t.span.start(),
                t.span.end(),
                t.timex(),
                t.text.replace('\n', "\\n")
            );
        }
    }
}
