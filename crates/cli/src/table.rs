//! `--format table`: an aligned table of mentions per document, for people.

use std::io::{self, Write};

use crate::doc::{Outcome, Reference};

/// The widest a mention's text is shown; longer texts end in `…`.
const TEXT_WIDTH: usize = 40;

#[derive(Debug, Default)]
pub(crate) struct Table {
    docs: usize,
}

impl Table {
    pub(crate) fn document<W: Write>(&mut self, out: &mut W, o: &Outcome) -> io::Result<()> {
        if self.docs > 0 {
            out.write_all(b"\n")?;
        }
        self.docs += 1;
        let id = o.id_text();
        let doc = match &o.doc {
            Ok(doc) => doc,
            Err(msg) => return writeln!(out, "{id}\n  error: {msg}"),
        };
        let n = doc.mentions.len();
        writeln!(
            out,
            "{id}  ·  reference date: {}  ·  {n} mention{}",
            reference(doc.reference.as_ref()),
            if n == 1 { "" } else { "s" }
        )?;
        if n == 0 {
            return Ok(());
        }
        let text = o.text();
        let rows: Vec<[String; 4]> = doc
            .mentions
            .iter()
            .map(|m| {
                let s = m.span();
                [
                    format!("{}-{}", s.start(), s.end()),
                    m.kind().code().to_owned(),
                    shown(m.text(text)),
                    m.summary(),
                ]
            })
            .collect();
        let head = ["span", "kind", "text", "value"];
        let mut widths = head.map(width);
        for r in &rows {
            for (w, cell) in widths.iter_mut().zip(r) {
                *w = (*w).max(width(cell));
            }
        }
        row(out, &head.map(str::to_owned), &widths)?;
        for r in &rows {
            row(out, r, &widths)?;
        }
        if doc.facts.is_empty() {
            return Ok(());
        }
        writeln!(
            out,
            "\n  {} fact{}",
            doc.facts.len(),
            if doc.facts.len() == 1 { "" } else { "s" }
        )?;
        let facts: Vec<[String; 4]> = doc
            .facts
            .iter()
            .map(|f| {
                let value = doc
                    .mentions
                    .get(f.value)
                    .map(|m| shown(m.text(text)))
                    .unwrap_or_default();
                let mut how = f.role.code().to_owned();
                for x in [f.direction.map(|d| d.code()), f.basis.map(|b| b.code())]
                    .into_iter()
                    .flatten()
                {
                    how.push(' ');
                    how.push_str(x);
                }
                if f.status != finnews::fact::Status::Actual {
                    how.push_str(" (");
                    how.push_str(f.status.code());
                    how.push(')');
                }
                let shown = |p: &finnews::fact::Phrase<()>| shown(crate::doc::phrase_text(p, text));
                let what = match (&f.subject, &f.metric) {
                    (Some(s), Some(m)) => format!("{} · {}", shown(s), shown(m)),
                    (None, Some(m)) => shown(m),
                    (Some(s), None) => shown(s),
                    (None, None) => String::new(),
                };
                [
                    value,
                    how,
                    crate::doc::FactPeriod::of(f, doc).summary(),
                    what,
                ]
            })
            .collect();
        let head = ["value", "role", "period", "subject · metric"];
        let mut widths = head.map(width);
        for r in &facts {
            for (w, cell) in widths.iter_mut().zip(r) {
                *w = (*w).max(width(cell));
            }
        }
        row(out, &head.map(str::to_owned), &widths)?;
        for r in &facts {
            row(out, r, &widths)?;
        }
        Ok(())
    }
}

fn row<W: Write>(out: &mut W, cells: &[String; 4], widths: &[usize; 4]) -> io::Result<()> {
    out.write_all(b" ")?;
    for (i, (cell, w)) in cells.iter().zip(widths).enumerate() {
        out.write_all(b" ")?;
        let pad = w.saturating_sub(width(cell));
        if i == 0 {
            // Offsets read best aligned to the right.
            write!(out, "{:pad$}{cell}", "")?;
        } else if i + 1 == cells.len() {
            out.write_all(cell.as_bytes())?;
        } else {
            write!(out, "{cell}{:pad$}", "")?;
        }
        if i + 1 < cells.len() {
            out.write_all(b" ")?;
        }
    }
    out.write_all(b"\n")
}

/// How the reference date reads in a heading.
pub(crate) fn reference(r: Option<&Reference>) -> String {
    match r {
        None => "none (relative dates stay unresolved)".to_owned(),
        Some(r) => format!(
            "{} ({}, from the {})",
            r.date.date(),
            r.date.grain().code(),
            r.source.code()
        ),
    }
}

/// A mention's text on one line: line breaks as `⏎`, other control characters as spaces, cut at
/// [`TEXT_WIDTH`] columns.
fn shown(text: &str) -> String {
    let mut s = String::new();
    let mut w = 0;
    for c in text.chars() {
        let c = match c {
            '\n' => '⏎',
            '\r' => continue,
            c if c.is_control() => ' ',
            c => c,
        };
        let cw = char_width(c);
        if w + cw > TEXT_WIDTH - 1 {
            s.push('…');
            break;
        }
        w += cw;
        s.push(c);
    }
    s
}

/// Terminal columns of a string.
fn width(s: &str) -> usize {
    s.chars().map(char_width).sum()
}

/// Terminal columns of a character: two for East Asian wide and full-width forms, else one.
fn char_width(c: char) -> usize {
    match u32::from(c) {
        0x1100..=0x115F
        | 0x2E80..=0x303E
        | 0x3041..=0x33FF
        | 0x3400..=0x4DBF
        | 0x4E00..=0x9FFF
        | 0xA000..=0xA4CF
        | 0xAC00..=0xD7A3
        | 0xF900..=0xFAFF
        | 0xFE30..=0xFE4F
        | 0xFF00..=0xFF60
        | 0xFFE0..=0xFFE6
        | 0x1F300..=0x1F64F
        | 0x20000..=0x3FFFD => 2,
        _ => 1,
    }
}

#[cfg(test)]
mod tests {
    use super::{shown, width};

    #[test]
    fn wide_characters_count_two_columns_and_long_texts_are_cut() {
        assert_eq!(width("约5亿元"), 7);
        assert_eq!(shown("5.93\nmln dlrs"), "5.93⏎mln dlrs");
        let long = "x".repeat(100);
        assert_eq!(width(&shown(&long)), 40);
        assert!(shown(&long).ends_with('…'));
    }
}
