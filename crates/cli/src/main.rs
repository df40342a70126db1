//! `finnews`: analyze finance news documents into JSON Lines of blocks, sentences and mentions.
//!
//! The output contract is `docs/output-format.md` in the repository.
#![forbid(unsafe_code)]

mod input;
mod process;

use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::mpsc::sync_channel;

use clap::{Parser, Subcommand, ValueEnum};
use finnews::date::NaiveDate;

use crate::input::{Job, Reader};
use crate::process::{Outcome, Settings};

/// Structured facts from finance and economics news.
#[derive(Debug, Parser)]
#[command(name = "finnews", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Analyze documents: one JSON object per document on standard output.
    Analyze(AnalyzeArgs),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum InputFormat {
    /// Each file (or standard input) is one document.
    Text,
    /// Each line is a JSON object {"id", "text", "reference_date"?}.
    Jsonl,
}

#[derive(Debug, clap::Args)]
struct AnalyzeArgs {
    /// Files, directories (every *.txt below, recursively, sorted) or `-` for standard input.
    /// None means standard input.
    paths: Vec<PathBuf>,
    /// How the input is laid out.
    #[arg(long, value_enum, default_value_t = InputFormat::Text)]
    input: InputFormat,
    /// Date that relative expressions resolve against when a document has no dateline.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    reference_date: Option<NaiveDate>,
    /// First month of a fiscal year (1-12).
    #[arg(long, value_name = "MONTH", default_value_t = 1, value_parser = clap::value_parser!(u8).range(1..=12))]
    fiscal_year_start: u8,
    /// Documents analyzed in parallel (default: all cores). Output stays in input order.
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    threads: Option<u16>,
    /// Indent the JSON output.
    #[arg(long)]
    pretty: bool,
    /// Replace invalid UTF-8 with U+FFFD instead of rejecting the document; offsets then refer
    /// to the repaired text and the document's line carries `"lossy": true`.
    #[arg(long)]
    lossy: bool,
}

fn parse_date(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|e| format!("expected YYYY-MM-DD: {e}"))
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    // A library panic is caught per document (see `process::run`); report it in one line.
    std::panic::set_hook(Box::new(|info| {
        let at = info
            .location()
            .map(|l| format!(" at {}:{}", l.file(), l.line()))
            .unwrap_or_default();
        let msg = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| (*s).to_owned())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_default();
        eprintln!("finnews: internal error{at}: {msg}");
    }));
    let Command::Analyze(args) = cli.command;
    match run(&args) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("finnews: {e}");
            ExitCode::from(1)
        }
    }
}

/// Number of documents or bytes read before a batch is handed to the workers.
const BATCH_DOCS: usize = 512;
const BATCH_BYTES: usize = 4 << 20;

/// Runs the pipeline: a reader thread, the workers (rayon), a writer thread. Batches flow
/// through bounded channels, so memory is bounded by a few batches (or the largest document).
/// Returns whether every document was analyzed.
fn run(args: &AnalyzeArgs) -> io::Result<bool> {
    let month = finnews::date::Month::try_from(args.fiscal_year_start)
        .unwrap_or(finnews::date::Month::January);
    let options = finnews::Options::default().with_fiscal_year_start(month);
    let settings = Settings {
        options: match args.reference_date {
            Some(d) => options.with_reference_date(d),
            None => options,
        },
        lossy: args.lossy,
        pretty: args.pretty,
    };
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(args.threads.map_or(0, usize::from))
        .build()
        .map_err(io::Error::other)?;

    let reader = Reader::new(&args.paths, args.input == InputFormat::Jsonl);
    let total = reader.known_count();
    let (batch_tx, batch_rx) = sync_channel::<Vec<Job>>(2);
    let (out_tx, out_rx) = sync_channel::<Vec<Outcome>>(2);

    std::thread::scope(|scope| {
        let read = scope.spawn(move || {
            let mut reader = reader;
            let mut batch = Vec::new();
            let mut bytes = 0;
            while let Some(job) = reader.next_job() {
                bytes += job.len();
                batch.push(job);
                if batch.len() >= BATCH_DOCS || bytes >= BATCH_BYTES {
                    if batch_tx.send(std::mem::take(&mut batch)).is_err() {
                        return;
                    }
                    bytes = 0;
                }
            }
            if !batch.is_empty() {
                let _ = batch_tx.send(batch);
            }
        });
        let write = scope.spawn(move || write_all(out_rx, total));
        for batch in batch_rx {
            let outcomes: Vec<Outcome> = pool.install(|| {
                use rayon::prelude::*;
                batch
                    .into_par_iter()
                    .map(|job| process::run(job, &settings))
                    .collect()
            });
            if out_tx.send(outcomes).is_err() {
                break;
            }
        }
        drop(out_tx);
        let _ = read.join();
        write
            .join()
            .unwrap_or_else(|_| Err(io::Error::other("writer thread panicked")))
    })
}

fn write_all(
    rx: std::sync::mpsc::Receiver<Vec<Outcome>>,
    total: Option<usize>,
) -> io::Result<bool> {
    let stdout = io::stdout();
    let mut out = io::BufWriter::with_capacity(1 << 16, stdout.lock());
    let mut ok = true;
    let mut bar: Option<indicatif::ProgressBar> = None;
    let tty = io::stderr().is_terminal();
    let mut seen = 0usize;
    for batch in rx {
        for o in batch {
            out.write_all(&o.line)?;
            if let Some(msg) = o.error {
                ok = false;
                match &bar {
                    Some(b) => b.println(format!("finnews: {msg}")),
                    None => eprintln!("finnews: {msg}"),
                }
            }
            seen += 1;
        }
        if tty && bar.is_none() && (total.is_some_and(|t| t > 1) || (total.is_none() && seen > 1)) {
            bar = Some(match total {
                Some(t) => indicatif::ProgressBar::new(t as u64),
                None => indicatif::ProgressBar::new_spinner(),
            });
        }
        if let Some(b) = &bar {
            b.set_position(seen as u64);
        }
    }
    out.flush()?;
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    Ok(ok)
}
