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

    /// Whether the workers write each document's output themselves (`Some(pretty)`: JSON
    /// Lines, which keeps nothing from one document to the next), so that the writer only
    /// copies it out in order.
    pub(crate) fn rendered_by_workers(&self) -> Option<bool> {
        match self {
            Sink::Json { pretty, .. } => Some(*pretty),
            _ => None,
        }
    }

    /// Writes out what the sink holds, before output a worker made (see
    /// [`Sink::rendered_by_workers`]) is written.
    pub(crate) fn drain<W: Write>(&mut self, out: &mut W) -> io::Result<()> {
        match self {
            Sink::Json { buf, .. } if !buf.is_empty() => {
                out.write_all(buf)?;
                buf.clear();
                Ok(())
            }
            _ => Ok(()),
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

#[cfg(test)]
mod tests {
    use super::Sink;
    use crate::doc::{Kind, Kinds};
    use crate::input::Job;
    use crate::process::{self, Settings};

    /// A document long enough to be streamed, in many windows, with money, percentages, dates
    /// and facts in every paragraph, and a dateline.
    fn long_text() -> String {
        let mut text = String::from("Trade report\n\nTOKYO, March 3, 2024 -\n\n");
        let mut i = 0;
        while text.len() < 1_200_000 {
            text.push_str(&format!(
                "Exports of item {i} rose 12.5% to $5.{i} million in May, and imports fell to \
                 3.2 billion yen from 4 billion a year earlier.\nSales grew 7 pct in the first \
                 quarter of 2023 to 1,{:03} tonnes.\n\n",
                i % 1000
            ));
            i += 1;
        }
        text
    }

    /// What `sink` writes for `job`.
    fn written(sink: &mut Sink, job: Job, settings: &Settings) -> (Vec<u8>, bool) {
        let outcome = process::run(job, settings);
        let streamed = outcome
            .doc
            .as_ref()
            .is_ok_and(|d| d.stream.is_some() && d.mentions.is_empty());
        let mut out = Vec::new();
        sink.start(&mut out).unwrap();
        assert!(sink.document(&mut out, &outcome).unwrap());
        sink.finish(&mut out, false).unwrap();
        (out, streamed)
    }

    #[test]
    fn a_line_a_worker_writes_from_the_analysis_is_the_line_the_writer_writes() {
        let texts = [
            String::new(),
            "Title\n\nTOKYO, March 3, 2024 -\n\nSales rose 5% to $3 billion in 2023, from \
             2.5 billion a year earlier.\n\"Quoted\" text\twith a tab; profit 1.2 mln dlrs \
             over the next 18 months.\n"
                .to_owned(),
            "売上高は前年比3.5%増の1兆2000億円となった。2024年3月期。".to_owned(),
            long_text()[..20_000].to_owned(),
        ];
        for pretty in [false, true] {
            for (n, text) in texts.iter().enumerate() {
                let line = serde_json::json!({"id": format!("d\"{n}"), "text": text}).to_string();
                let job = || Job::Line {
                    source: "in.jsonl".into(),
                    lineno: 1,
                    bytes: line.clone().into_bytes(),
                    consumed: line.len() as u64,
                };
                let settings = Settings {
                    options: finnews::Options::default(),
                    lossy: false,
                    analysis: true,
                    kinds: Kinds::from_list(&[]),
                    text_field: "text".to_owned(),
                    id_field: "id".to_owned(),
                    stream: true,
                };
                let mut sink = Sink::json(pretty);
                let mut expected = Vec::new();
                let outcome = process::run(job(), &settings);
                assert!(sink.document(&mut expected, &outcome).unwrap());
                sink.finish(&mut expected, false).unwrap();
                let mut got = Vec::new();
                let outcome = process::run_into(job(), &settings, Some((&mut got, pretty)));
                assert!(outcome.doc.as_ref().is_ok_and(|d| d.rendered), "text {n}");
                assert!(
                    got == expected,
                    "text {n}, pretty {pretty}: the lines differ"
                );
            }
        }
    }

    #[test]
    fn a_streamed_document_is_written_as_a_whole_analysis_would_be() {
        let text = long_text();
        assert!(finnews::analyze_windows(&text, &finnews::Options::default()).window_count() > 3);
        let line =
            serde_json::json!({"id": 7, "text": text, "reference_date": "2024-01-02"}).to_string();
        let jobs = || {
            [
                Job::Document {
                    name: "long.txt".to_owned(),
                    bytes: Ok(text.clone().into_bytes()),
                },
                Job::Line {
                    source: "in.jsonl".into(),
                    lineno: 1,
                    bytes: line.clone().into_bytes(),
                    consumed: line.len() as u64,
                },
            ]
        };
        let some = Kinds::from_list(&[Kind::Money, Kind::Date]);
        let all = Kinds::from_list(&[]);
        // A sink, the kinds kept, whether facts are linked.
        type Case = (fn() -> Sink, Kinds, bool);
        let cases: [Case; 6] = [
            (|| Sink::json(false), all, true),
            (|| Sink::json(true), some, true),
            (|| Sink::json(false), all, false),
            (|| Sink::delimited(b'\t'), some, true),
            (|| Sink::facts(), all, true),
            (|| Sink::facts(), some, true),
        ];
        for (n, (sink, kinds, facts)) in cases.into_iter().enumerate() {
            let settings = |stream| Settings {
                options: finnews::Options::default().with_facts(facts),
                lossy: false,
                analysis: true,
                kinds,
                text_field: "text".to_owned(),
                id_field: "id".to_owned(),
                stream,
            };
            for (whole_job, streamed_job) in jobs().into_iter().zip(jobs()) {
                let (whole, was) = written(&mut sink(), whole_job, &settings(false));
                assert!(!was);
                let (streamed, was) = written(&mut sink(), streamed_job, &settings(true));
                assert!(was, "case {n}: not streamed");
                assert!(whole.len() > 100_000, "case {n}: {} bytes", whole.len());
                assert!(whole == streamed, "case {n}: the streamed output differs");
            }
        }
    }
}
