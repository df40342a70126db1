//! `finnews`: analyze finance news documents into JSON Lines of blocks, sentences and mentions
//! (the output contract, `docs/output-format.md` in the repository), or into TSV, CSV, a table
//! or a highlighted HTML page (README).
#![forbid(unsafe_code)]

mod delimited;
mod doc;
mod html;
mod input;
mod json;
mod output;
mod process;
mod table;

use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::mpsc::sync_channel;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};
use finnews::date::NaiveDate;

use crate::doc::{Kind, Kinds, Outcome};
use crate::input::{Job, Reader};
use crate::output::{Progress, Sink};
use crate::process::Settings;

/// Structured facts from finance and economics news.
#[derive(Debug, Parser)]
#[command(name = "finnews", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Analyze documents: one JSON object per document on standard output (or --format tsv, csv,
    /// table, html).
    Analyze(AnalyzeArgs),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum InputFormat {
    /// Each file (or standard input) is one document.
    Text,
    /// Each non-blank line is a JSON object {"id", "text", "reference_date"?}.
    Jsonl,
}

/// What the command writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    /// JSON Lines, one object per document: the output contract (docs/output-format.md).
    Json,
    /// Tab-separated values, one row per mention, with a header row.
    Tsv,
    /// Comma-separated values (RFC 4180), one row per mention, with a header row.
    Csv,
    /// An aligned table per document, for people.
    Table,
    /// One self-contained HTML page with every mention highlighted.
    Html,
    /// Comma-separated values, one row per fact (contract 1.2): id, subject, metric, value,
    /// currency or unit, period (TIMEX3, first day, last day), role, direction, basis, status.
    Facts,
}

#[derive(Debug, clap::Args)]
struct AnalyzeArgs {
    /// Files, directories (every *.txt below, recursively, sorted; *.jsonl with --input jsonl)
    /// or `-` for standard input. None means standard input.
    paths: Vec<PathBuf>,
    /// How the input is laid out.
    #[arg(long, value_enum, default_value_t = InputFormat::Text)]
    input: InputFormat,
    /// What to write: the contract's JSON Lines, rows for spreadsheets and pandas, a table for
    /// people, or a highlighted HTML page.
    #[arg(long, value_enum, default_value_t = Format::Json)]
    format: Format,
    /// Keep only these kinds of mention (comma-separated), in every format.
    #[arg(long, value_enum, value_delimiter = ',', value_name = "KIND,...")]
    kinds: Vec<Kind>,
    /// The member of a JSON Lines object that holds the document's text.
    #[arg(long, value_name = "NAME", default_value = "text")]
    text_field: String,
    /// The member of a JSON Lines object that holds the document's id.
    #[arg(long, value_name = "NAME", default_value = "id")]
    id_field: String,
    /// Date that relative expressions resolve against when a document has no dateline.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    reference_date: Option<NaiveDate>,
    /// First month of a fiscal year (1-12).
    #[arg(long, value_name = "MONTH", default_value_t = 1, value_parser = clap::value_parser!(u8).range(1..=12))]
    fiscal_year_start: u8,
    /// Documents analyzed in parallel (default: all cores). Output stays in input order.
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    threads: Option<u16>,
    /// Indent the JSON output (--format json only).
    #[arg(long)]
    pretty: bool,
    /// The most documents one HTML page shows (--format html); the page says when input was
    /// left out. 0 means no limit.
    #[arg(long, value_name = "N", default_value_t = 1000)]
    html_max_docs: usize,
    /// Leave the facts out (an empty `facts` array): only mentions, and a faster pass.
    #[arg(long)]
    no_facts: bool,
    /// Read and check the input as usual but analyze nothing: each document's line has its id
    /// and text length with empty blocks, sentences, mentions and facts. The cost floor of
    /// reading and writing (JSON in and out), for benchmarks.
    #[arg(long)]
    no_analysis: bool,
    /// Replace invalid UTF-8 with U+FFFD instead of rejecting the document; offsets then refer
    /// to the repaired text and the document's line carries `"lossy": true`.
    #[arg(long)]
    lossy: bool,
}

impl AnalyzeArgs {
    /// Options that apply only to another format or input, named so the user knows.
    fn misplaced(&self, given: &clap::ArgMatches) -> Option<String> {
        let from_user =
            |id: &str| given.value_source(id) == Some(clap::parser::ValueSource::CommandLine);
        if self.pretty && self.format != Format::Json {
            return Some("--pretty applies only to --format json".to_owned());
        }
        if from_user("html_max_docs") && self.format != Format::Html {
            return Some("--html-max-docs applies only to --format html".to_owned());
        }
        for (id, flag) in [("text_field", "--text-field"), ("id_field", "--id-field")] {
            if from_user(id) && self.input != InputFormat::Jsonl {
                return Some(format!("{flag} applies only to --input jsonl"));
            }
        }
        None
    }
}

fn parse_date(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|e| format!("expected YYYY-MM-DD: {e}"))
}

fn main() -> ExitCode {
    let matches = Cli::command().get_matches();
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(c) => c,
        Err(e) => e.exit(),
    };
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
    let given = matches.subcommand_matches("analyze");
    if let Some(msg) = given.and_then(|g| args.misplaced(g)) {
        Cli::command()
            .error(clap::error::ErrorKind::ArgumentConflict, msg)
            .exit();
    }
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

/// Number of documents a worker takes at a time (a piece of a batch): its outcomes, and their
/// output when the workers write it, are handed to the writer together.
const PIECE_DOCS: usize = 16;

/// A few consecutive documents' outcomes, as a worker hands them to the writer.
#[derive(Debug)]
struct Piece {
    /// The output lines the worker wrote, one after another (see [`Done::Rendered`]).
    out: Vec<u8>,
    done: Vec<Done>,
}

/// One document's outcome in a [`Piece`].
#[derive(Debug)]
enum Done {
    /// Its output was written by the worker: `Piece::out` up to `end` (from the end of the
    /// previous rendered document's output).
    Rendered {
        end: usize,
        message: Option<String>,
        input_bytes: u64,
    },
    /// Left to the writer (another format, or a document streamed as it is written).
    Pending(Outcome),
}

impl Piece {
    /// Analyzes `jobs`; with `render` (JSON Lines, `Some(pretty)`) also writes their output
    /// lines, so that the writer thread only copies bytes and each document's analysis is
    /// dropped by the thread that made it.
    fn new(jobs: Vec<Job>, settings: &Settings, render: Option<bool>, spare: &Spare) -> Piece {
        let mut out = spare.take();
        if render.is_some() {
            // A line of the output is about three times its document's input (compact JSON
            // over Reuters stories: 2.8): no growing and copying on the way.
            let input: usize = jobs.iter().map(Job::len).sum();
            out.reserve(input.saturating_mul(3).min(Spare::LARGEST));
        }
        let done = jobs
            .into_iter()
            .map(|job| {
                let before = out.len();
                let o = process::run_into(job, settings, render.map(|p| (&mut out, p)));
                let written = o.doc.as_ref().is_ok_and(|d| d.rendered);
                // Nothing half-written stays (a panic caught while writing a line).
                if !written {
                    out.truncate(before);
                }
                match render {
                    Some(_) if written => Done::Rendered {
                        end: out.len(),
                        message: o.message,
                        input_bytes: o.input_bytes,
                    },
                    Some(pretty) if json::rendered_here(&o) => {
                        json::render_line(&mut out, &o, pretty);
                        Done::Rendered {
                            end: out.len(),
                            message: o.message,
                            input_bytes: o.input_bytes,
                        }
                    }
                    _ => Done::Pending(o),
                }
            })
            .collect();
        Piece { out, done }
    }
}

/// Output buffers the writer has emptied, for the workers to fill again (no allocation and no
/// growth per piece once the pipeline runs).
#[derive(Debug, Default)]
struct Spare(std::sync::Mutex<Vec<Vec<u8>>>);

impl Spare {
    /// How many emptied buffers are kept, and the largest kept (a huge document's is dropped).
    const KEPT: usize = 64;
    const LARGEST: usize = 1 << 18;

    fn take(&self) -> Vec<u8> {
        self.0
            .lock()
            .ok()
            .and_then(|mut v| v.pop())
            .unwrap_or_default()
    }

    fn give(&self, mut buf: Vec<u8>) {
        if buf.capacity() > Self::LARGEST {
            return;
        }
        buf.clear();
        if let Ok(mut v) = self.0.lock()
            && v.len() < Self::KEPT
        {
            v.push(buf);
        }
    }
}

/// Runs the pipeline: a reader thread, the workers (rayon), a writer thread. Batches flow
/// through bounded channels, so memory is bounded by a few batches (or the largest document).
/// Returns whether every document was analyzed.
fn run(args: &AnalyzeArgs) -> io::Result<bool> {
    let month = finnews::date::Month::try_from(args.fiscal_year_start)
        .unwrap_or(finnews::date::Month::January);
    let options = finnews::Options::default()
        .with_fiscal_year_start(month)
        .with_facts(!args.no_facts);
    let settings = Settings {
        options: match args.reference_date {
            Some(d) => options.with_reference_date(d),
            None => options,
        },
        lossy: args.lossy,
        analysis: !args.no_analysis,
        kinds: Kinds::from_list(&args.kinds),
        text_field: args.text_field.clone(),
        id_field: args.id_field.clone(),
        stream: matches!(
            args.format,
            Format::Json | Format::Tsv | Format::Csv | Format::Facts
        ),
    };
    let reader = match Reader::new(&args.paths, args.input == InputFormat::Jsonl) {
        Ok(r) => r,
        Err(e) => {
            Cli::command()
                .error(clap::error::ErrorKind::ValueValidation, e)
                .exit();
        }
    };
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(args.threads.map_or(0, usize::from))
        .build()
        .map_err(io::Error::other)?;

    let sink = match args.format {
        Format::Json => Sink::json(args.pretty),
        Format::Tsv => Sink::delimited(b'\t'),
        Format::Csv => Sink::delimited(b','),
        Format::Table => Sink::table(),
        Format::Facts => Sink::facts(),
        Format::Html => Sink::html(args.html_max_docs, settings.kinds, &args.kinds),
    };
    // A bar on standard error, only when a person watches it and the output goes elsewhere.
    let watched = io::stderr().is_terminal() && !io::stdout().is_terminal();
    let progress = Progress::new(
        watched && reader.known_count() != Some(1),
        reader.known_bytes(),
    );
    let (batch_tx, batch_rx) = sync_channel::<Vec<Job>>(2);
    let (out_tx, out_rx) = sync_channel::<Vec<Piece>>(2);
    let render = sink.rendered_by_workers();
    let spare = Spare::default();

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
        let spare = &spare;
        let write = scope.spawn(move || write_all(out_rx, sink, progress, spare));
        for batch in batch_rx {
            let pieces: Vec<Piece> = pool.install(|| {
                use rayon::prelude::*;
                batch
                    .into_par_iter()
                    .chunks(PIECE_DOCS)
                    .map(|jobs| Piece::new(jobs, &settings, render, spare))
                    .collect()
            });
            if out_tx.send(pieces).is_err() {
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

/// Writes output lines a worker wrote: after what the sink holds, and straight to standard
/// output (no copy) when nothing is buffered before them.
fn emit(
    sink: &mut Sink,
    out: &mut io::BufWriter<io::StdoutLock<'_>>,
    bytes: &[u8],
) -> io::Result<()> {
    if bytes.is_empty() {
        return Ok(());
    }
    sink.drain(out)?;
    if out.buffer().is_empty() && bytes.len() >= 1 << 12 {
        out.get_mut().write_all(bytes)
    } else {
        out.write_all(bytes)
    }
}

/// Writes every outcome in order; returns whether all were analyzed.
fn write_all(
    rx: std::sync::mpsc::Receiver<Vec<Piece>>,
    mut sink: Sink,
    mut progress: Progress,
    spare: &Spare,
) -> io::Result<bool> {
    let stdout = io::stdout();
    let mut out = io::BufWriter::with_capacity(1 << 16, stdout.lock());
    let mut ok = true;
    sink.start(&mut out)?;
    let mut more = false;
    'batches: for batch in rx {
        for piece in &batch {
            // The output the worker wrote since the last document left to the writer.
            let (mut from, mut to) = (0, 0);
            for done in &piece.done {
                let (message, input_bytes) = match done {
                    Done::Rendered {
                        end,
                        message,
                        input_bytes,
                    } => {
                        to = *end;
                        (message, *input_bytes)
                    }
                    Done::Pending(o) => {
                        emit(
                            &mut sink,
                            &mut out,
                            piece.out.get(from..to).unwrap_or_default(),
                        )?;
                        from = to;
                        if !sink.document(&mut out, o)? {
                            more = true;
                            break 'batches;
                        }
                        (&o.message, o.input_bytes)
                    }
                };
                if let Some(msg) = message {
                    ok = false;
                    progress.println(&format!("finnews: {msg}"));
                }
                progress.advance(input_bytes);
            }
            emit(
                &mut sink,
                &mut out,
                piece.out.get(from..to).unwrap_or_default(),
            )?;
        }
        progress.batch_done();
        for piece in batch {
            spare.give(piece.out);
        }
    }
    sink.finish(&mut out, more)?;
    out.flush()?;
    progress.finish();
    Ok(ok)
}
