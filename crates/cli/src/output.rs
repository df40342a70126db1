//! The output formats behind one interface, and the progress bar.

use std::io::{self, Write};
use std::time::Instant;

use crate::delimited::Delimited;
use crate::doc::{Kind, Kinds, Outcome};
use crate::html::Html;
use crate::json::Emitter;
use crate::table::Table;

/// Where outcomes go, in input order.
#[derive(Debug)]
pub(crate) enum Sink {
    /// The JSON Lines output; `buf` gathers output lines to be written a chunk at a time.
    Json {
        pretty: bool,
        buf: Vec<u8>,
    },
    Delimited(Delimited),
    Table(Table),
    Html(Html),
}

impl Sink {
    pub(crate) fn json(pretty: bool) -> Sink {
        Sink::Json {
            pretty,
            buf: Vec::with_capacity(crate::json::CHUNK + (1 << 12)),
        }
    }

    pub(crate) fn delimited(separator: u8) -> Sink {
        Sink::Delimited(Delimited::new(separator))
    }

    pub(crate) fn facts() -> Sink {
        Sink::Delimited(Delimited::facts())
    }

    pub(crate) fn table() -> Sink {
        Sink::Table(Table::default())
    }

    pub(crate) fn html(max_docs: usize, kinds: Kinds, listed: &[Kind]) -> Sink {
        Sink::Html(Html::new(max_docs, kinds, !listed.is_empty()))
    }

    pub(crate) fn start<W: Write>(&mut self, out: &mut W) -> io::Result<()> {
        match self {
            Sink::Json { .. } | Sink::Table(_) => Ok(()),
            Sink::Delimited(d) => d.header(out),
            Sink::Html(h) => h.start(out),
        }
    }

    /// Writes one outcome; `false` when the output takes no more documents (the HTML page's
    /// limit), in which case `o` was not written.
    pub(crate) fn document<W: Write>(&mut self, out: &mut W, o: &Outcome) -> io::Result<bool> {
        match self {
            Sink::Json { pretty, buf } => Emitter::new(buf, out, *pretty).line(o).map(|()| true),
            Sink::Delimited(d) => d.rows(out, o).map(|()| true),
            Sink::Table(t) => t.document(out, o).map(|()| true),
            Sink::Html(h) => h.document(out, o),
        }
    }

    /// Ends the output; `more` says documents were left out.
    pub(crate) fn finish<W: Write>(&mut self, out: &mut W, more: bool) -> io::Result<()> {
        match self {
            Sink::Json { buf, .. } => {
                out.write_all(buf)?;
                buf.clear();
                Ok(())
            }
            Sink::Delimited(_) | Sink::Table(_) => Ok(()),
            Sink::Html(h) => h.finish(out, more),
        }
    }
}

/// A progress bar on standard error with the documents done, their rate, and (when the input's
/// size is known) the share of bytes read and the time left. Silent when not shown.
#[derive(Debug)]
pub(crate) struct Progress {
    bar: Option<indicatif::ProgressBar>,
    docs: u64,
    started: Instant,
}

impl Progress {
    pub(crate) fn new(shown: bool, total_bytes: Option<u64>) -> Progress {
        let bar = shown.then(|| {
            let (bar, template) = match total_bytes {
                Some(total) => (
                    indicatif::ProgressBar::new(total),
                    "{spinner} [{bar:30}] {percent:>3}%  {msg}  {binary_bytes_per_sec}  ETA {eta}",
                ),
                None => (
                    indicatif::ProgressBar::new_spinner(),
                    "{spinner} {msg}  {bytes} read  {binary_bytes_per_sec}  {elapsed}",
                ),
            };
            if let Ok(style) = indicatif::ProgressStyle::with_template(template) {
                bar.set_style(style.progress_chars("=> "));
            }
            bar.set_draw_target(indicatif::ProgressDrawTarget::stderr_with_hz(8));
            bar.set_message("0 documents");
            bar
        });
        Progress {
            bar,
            docs: 0,
            started: Instant::now(),
        }
    }

    /// Prints a message above the bar (or plainly on standard error).
    pub(crate) fn println(&self, msg: &str) {
        match &self.bar {
            Some(b) => b.suspend(|| eprintln!("{msg}")),
            None => eprintln!("{msg}"),
        }
    }

    pub(crate) fn advance(&mut self, bytes: u64) {
        self.docs += 1;
        if let Some(b) = &self.bar {
            b.inc(bytes);
        }
    }

    pub(crate) fn batch_done(&self) {
        if let Some(b) = &self.bar {
            let secs = self.started.elapsed().as_secs_f64();
            let rate = if secs > 0.0 {
                self.docs as f64 / secs
            } else {
                0.0
            };
            b.set_message(format!("{} documents, {rate:.0}/s", self.docs));
            b.tick();
        }
    }

    pub(crate) fn finish(self) {
        if let Some(b) = self.bar {
            b.finish_and_clear();
        }
    }
}
