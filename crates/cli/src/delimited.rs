//! `--format tsv` and `--format csv`: one row per mention, with a header row.
//!
//! A field is quoted (`"…"`, inner quotes doubled) when it holds the separator, a quote, a line
//! feed or a carriage return; that is RFC 4180 for CSV and the same rule with a tab for TSV,
//! which is what pandas (`read_csv`, `sep="\t"`) and spreadsheets read back.

use std::fmt::Display;
use std::io::{self, Write};

use chrono::NaiveDate;
use finnews::quantity::Decimal;

use crate::doc::Outcome;
use crate::json::Small;

/// The columns, in order.
pub(crate) const COLUMNS: [&str; 14] = [
    "id",
    "kind",
    "start",
    "end",
    "text",
    "value",
    "low",
    "high",
    "unit",
    "timex",
    "mod",
    "modifier",
    "range_start",
    "range_end",
];

/// The columns of `--format facts`, in order.
pub(crate) const FACT_COLUMNS: [&str; 12] = [
    "id",
    "subject",
    "metric",
    "value",
    "unit",
    "period_timex",
    "period_first",
    "period_last",
    "role",
    "direction",
    "basis",
    "status",
];

#[derive(Debug)]
pub(crate) struct Delimited {
    separator: u8,
    /// One row per fact (`--format facts`) instead of one per mention.
    facts: bool,
    /// A reusable buffer for fields that are formatted before they are quoted.
    scratch: String,
}

impl Delimited {
    pub(crate) fn new(separator: u8) -> Delimited {
        Delimited {
            separator,
            facts: false,
            scratch: String::new(),
        }
    }

    /// `--format facts`: CSV, one row per fact.
    pub(crate) fn facts() -> Delimited {
        Delimited {
            separator: b',',
            facts: true,
            scratch: String::new(),
        }
    }

    pub(crate) fn header<W: Write>(&mut self, out: &mut W) -> io::Result<()> {
        let columns: &[&str] = if self.facts { &FACT_COLUMNS } else { &COLUMNS };
        for (i, c) in columns.iter().enumerate() {
            if i > 0 {
                out.write_all(&[self.separator])?;
            }
            out.write_all(c.as_bytes())?;
        }
        out.write_all(b"\n")
    }

    /// The rows of one document; a failed input has none (its message goes to standard error).
    pub(crate) fn rows<W: Write>(&mut self, out: &mut W, o: &Outcome) -> io::Result<()> {
        let Ok(doc) = &o.doc else { return Ok(()) };
        let id = o.id_text();
        let text = o.text();
        let Some(s) = &doc.stream else {
            return self.doc_rows(out, &id, text, doc);
        };
        // A huge document, read a window at a time: each window's rows are written before the
        // next window is read (the facts' indices number the window's own mentions).
        let reading = finnews::analyze_windows(text, &s.options);
        let reference = crate::doc::reference(reading.reference_date());
        let windows = if self.facts {
            reading.windows()
        } else {
            reading.mention_windows()
        };
        for w in windows {
            let (mentions, facts) =
                crate::doc::kept(&w.mentions, w.facts, s.kinds, w.first_mention, 0);
            let part = crate::doc::Doc {
                reference,
                mentions,
                facts,
                ..crate::doc::Doc::empty(0..0, doc.lossy)
            };
            self.doc_rows(out, &id, text, &part)?;
        }
        Ok(())
    }

    /// The rows of `doc`, whose text is `text`.
    fn doc_rows<W: Write>(
        &mut self,
        out: &mut W,
        id: &str,
        text: &str,
        doc: &crate::doc::Doc,
    ) -> io::Result<()> {
        if self.facts {
            return self.fact_rows(out, id, text, doc);
        }
        let sep = [self.separator];
        for m in &doc.mentions {
            let v = m.values();
            let span = m.span();
            self.field(out, id)?;
            out.write_all(&sep)?;
            self.field(out, m.kind().code())?;
            out.write_all(&sep)?;
            write!(out, "{}", span.start())?;
            out.write_all(&sep)?;
            write!(out, "{}", span.end())?;
            out.write_all(&sep)?;
            self.field(out, m.text(text))?;
            for cell in [v.value, v.low, v.high] {
                out.write_all(&sep)?;
                self.display(out, cell)?;
            }
            out.write_all(&sep)?;
            self.field(out, v.unit.unwrap_or(""))?;
            out.write_all(&sep)?;
            self.display(out, v.timex)?;
            out.write_all(&sep)?;
            self.field(out, v.tmod.unwrap_or(""))?;
            out.write_all(&sep)?;
            self.field(out, v.modifier.unwrap_or(""))?;
            out.write_all(&sep)?;
            self.display(out, v.range.map(|r| r.first()))?;
            out.write_all(&sep)?;
            self.display(out, v.range.map(|r| r.last()))?;
            out.write_all(b"\n")?;
        }
        Ok(())
    }

    /// The rows of `--format facts`: who, what, how much, for when, how.
    fn fact_rows<W: Write>(
        &mut self,
        out: &mut W,
        id: &str,
        text: &str,
        doc: &crate::doc::Doc,
    ) -> io::Result<()> {
        let sep = [self.separator];
        for f in &doc.facts {
            let Some(m) = doc.mentions.get(f.value) else {
                continue;
            };
            let v = m.values();
            let period = crate::doc::FactPeriod::of(f, doc);
            self.field(out, id)?;
            out.write_all(&sep)?;
            let phrase = |p: &Option<finnews::fact::Phrase<()>>| {
                p.as_ref().map_or("", |p| crate::doc::phrase_text(p, text))
            };
            self.field(out, phrase(&f.subject))?;
            out.write_all(&sep)?;
            self.field(out, phrase(&f.metric))?;
            out.write_all(&sep)?;
            match (v.value, v.low, v.high) {
                (Some(x), _, _) => self.decimal(out, x)?,
                (None, Some(lo), Some(hi)) => self.display(out, Some(format!("{lo}-{hi}")))?,
                _ => self.field(out, m.text(text))?,
            }
            out.write_all(&sep)?;
            self.field(out, v.unit.unwrap_or(""))?;
            out.write_all(&sep)?;
            self.display(out, Some(period.timex))?;
            out.write_all(&sep)?;
            self.date(out, period.first)?;
            out.write_all(&sep)?;
            self.date(out, period.last)?;
            out.write_all(&sep)?;
            self.field(out, f.role.code())?;
            out.write_all(&sep)?;
            self.field(out, f.direction.map_or("", |d| d.code()))?;
            out.write_all(&sep)?;
            self.field(out, f.basis.map_or("", |b| b.code()))?;
            out.write_all(&sep)?;
            self.field(out, f.status.code())?;
            out.write_all(b"\n")?;
        }
        Ok(())
    }

    /// A date as `Display` writes it (`2024-07-15`).
    fn date<W: Write>(&mut self, out: &mut W, d: Option<NaiveDate>) -> io::Result<()> {
        let Some(d) = d else { return Ok(()) };
        let mut buf = Small::new();
        // `"YYYY-MM-DD"`, quotes and all: a date needs no quoting in a row.
        if buf.date(d)
            && let Some(q) = buf.get()
            && let Some(inner) = q.get(1..q.len().saturating_sub(1))
        {
            return out.write_all(inner);
        }
        self.display(out, Some(d))
    }

    /// A decimal in its shortest form (as `normalize()` then `Display` write it): digits, a
    /// sign and a point, never quoted.
    fn decimal<W: Write>(&mut self, out: &mut W, d: Decimal) -> io::Result<()> {
        let mut buf = Small::new();
        buf.decimal(d);
        match buf.get() {
            Some(b) => out.write_all(b),
            None => self.display(out, Some(d.normalize())),
        }
    }

    fn display<W: Write>(&mut self, out: &mut W, v: Option<impl Display>) -> io::Result<()> {
        use std::fmt::Write as _;
        let Some(v) = v else { return Ok(()) };
        let mut s = std::mem::take(&mut self.scratch);
        s.clear();
        let _ = write!(s, "{v}");
        let r = self.field(out, &s);
        self.scratch = s;
        r
    }

    fn field<W: Write>(&self, out: &mut W, s: &str) -> io::Result<()> {
        let needs_quotes = s
            .bytes()
            .any(|b| b == self.separator || matches!(b, b'"' | b'\n' | b'\r'));
        if !needs_quotes {
            return out.write_all(s.as_bytes());
        }
        out.write_all(b"\"")?;
        let mut rest = s;
        while let Some(i) = rest.find('"') {
            out.write_all(&rest.as_bytes()[..=i])?;
            out.write_all(b"\"")?;
            rest = &rest[i + 1..];
        }
        out.write_all(rest.as_bytes())?;
        out.write_all(b"\"")
    }
}
