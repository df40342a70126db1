//! `--format html`: one self-contained page (inline CSS, no script, nothing fetched) with each
//! document's text, its blocks outlined and labelled, every mention marked and coloured by kind
//! with its value on hover and in a side table.
//!
//! Every character of a document is escaped, so its text shows as text, whatever it holds.

use std::io::{self, Write};

use crate::doc::{Fact, Kind, Kinds, Outcome};
use crate::table::reference;

const STYLE: &str = r#"
:root { color-scheme: light; --money:#1a7f37; --percent:#bc4c00; --measure:#0a7e8c; --number:#57606a;
  --ordinal:#8250df; --date:#0969da; --duration:#bf3989; }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans CJK SC", sans-serif;
  margin: 0; color: #1f2328; background: #f6f8fa; }
header.page { padding: 12px 24px; background: #fff; border-bottom: 1px solid #d0d7de; position: sticky; top: 0; z-index: 2; }
header.page h1 { font-size: 18px; margin: 0 12px 0 0; display: inline; }
.legend span { margin-right: 10px; white-space: nowrap; }
.legend i, td i { display: inline-block; width: 10px; height: 10px; border-radius: 2px; margin-right: 4px; }
section.doc { background: #fff; margin: 16px 24px; border: 1px solid #d0d7de; border-radius: 6px; padding: 12px 16px; }
section.doc > h2 { font-size: 15px; margin: 0; font-family: ui-monospace, monospace; overflow-wrap: anywhere; }
.ref { color: #57606a; margin: 2px 0 10px; font-size: 13px; }
.error { color: #cf222e; font-weight: 600; }
.cols { display: grid; grid-template-columns: minmax(0, 1fr) auto; gap: 16px; align-items: start; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; }
.gap { display: none; }
.b { position: relative; border: 1px solid #d0d7de; border-radius: 4px; padding: 14px 8px 6px; margin: 0 0 8px; }
.b::before { content: attr(data-kind); position: absolute; top: 0; left: 6px; font: 10px/1.4 ui-monospace, monospace;
  color: #57606a; text-transform: uppercase; letter-spacing: .04em; }
.b[data-kind=title] { border-color: #0969da; font-weight: 600; font-size: 17px; }
.b[data-kind=dateline] { border-color: #8c959f; border-style: dashed; }
.b[data-kind=heading] { font-weight: 600; }
.b[data-kind=navigation], .b[data-kind=boilerplate] { color: #8c959f; border-style: dotted; }
.b[data-kind=field] { border-left: 3px solid #8c959f; }
.b[data-kind=list_item] { border-left: 3px solid #d0d7de; }
mark.m { background: color-mix(in srgb, var(--k) 16%, transparent); border-bottom: 2px solid var(--k);
  color: inherit; border-radius: 2px; cursor: help; }
mark.m:hover, mark.m:target { background: color-mix(in srgb, var(--k) 35%, transparent); }
.money { --k: var(--money); } .percent { --k: var(--percent); } .measure { --k: var(--measure); }
.number { --k: var(--number); } .ordinal { --k: var(--ordinal); } .date { --k: var(--date); }
.duration { --k: var(--duration); }
.legend i, td i { background: var(--k); }
table.side { border-collapse: collapse; font-size: 13px; width: 100%; position: sticky; top: 64px; }
table.side th { text-align: left; color: #57606a; font-weight: 600; border-bottom: 1px solid #d0d7de; }
table.side td { border-bottom: 1px solid #eaeef2; padding: 2px 6px 2px 0; vertical-align: top; overflow-wrap: anywhere; }
table.side td:first-child, table.side td.v { white-space: nowrap; overflow-wrap: normal; }
table.side td.v { font-family: ui-monospace, monospace; font-size: 12px; }
table.side a { color: inherit; text-decoration: none; }
.ph { background: transparent; border-bottom: 2px dotted #8c959f; color: inherit; }
table.facts tr.fact { cursor: default; }
table.facts tr.fact:hover { background: #ffebe9; }
footer.note { margin: 16px 24px 32px; padding: 10px 14px; background: #fff8c5; border: 1px solid #d4a72c; border-radius: 6px; }
"#;

#[derive(Debug)]
pub(crate) struct Html {
    /// The most documents shown (0: no limit).
    max_docs: usize,
    kinds: Kinds,
    filtered: bool,
    docs: usize,
    failed: usize,
}

impl Html {
    pub(crate) fn new(max_docs: usize, kinds: Kinds, filtered: bool) -> Html {
        Html {
            max_docs,
            kinds,
            filtered,
            docs: 0,
            failed: 0,
        }
    }

    pub(crate) fn start<W: Write>(&mut self, out: &mut W) -> io::Result<()> {
        write!(
            out,
            "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
             <meta name=\"generator\" content=\"finnews {}\">\n\
             <title>finnews analysis</title>\n<style>{STYLE}</style>\n</head>\n<body>\n\
             <header class=\"page\"><h1>finnews</h1><span class=\"legend\">",
            env!("CARGO_PKG_VERSION")
        )?;
        for k in Kind::ALL {
            if self.kinds.contains(k) {
                write!(out, "<span class=\"{0}\"><i></i>{0}</span>", k.code())?;
            }
        }
        if self.filtered {
            out.write_all(b"<span>(other kinds left out: --kinds)</span>")?;
        }
        out.write_all(b"</span></header>\n<main>\n")
    }

    /// Writes one document's section; `false` (and nothing written) once the page is full.
    pub(crate) fn document<W: Write>(&mut self, out: &mut W, o: &Outcome) -> io::Result<bool> {
        if self.max_docs > 0 && self.docs >= self.max_docs {
            return Ok(false);
        }
        self.docs += 1;
        let n = self.docs;
        write!(out, "<section class=\"doc\" id=\"d{n}\">\n<h2>")?;
        escape(out, &o.id_text())?;
        out.write_all(b"</h2>\n")?;
        let doc = match &o.doc {
            Ok(d) => d,
            Err(msg) => {
                self.failed += 1;
                out.write_all(b"<p class=\"error\">error: ")?;
                escape(out, msg)?;
                return out.write_all(b"</p>\n</section>\n").map(|()| true);
            }
        };
        out.write_all(b"<p class=\"ref\">reference date: ")?;
        escape(out, &reference(doc.reference.as_ref()))?;
        write!(
            out,
            " · {} blocks · {} sentences · {} mentions{}</p>\n<div class=\"cols\">\n<div class=\"text\">",
            doc.blocks.len(),
            doc.sentences.len(),
            doc.mentions.len(),
            if doc.lossy {
                " · invalid UTF-8 replaced (lossy)"
            } else {
                ""
            }
        )?;
        let text = o.text();
        // The text in pieces: the gaps between blocks (white space, hidden) and the blocks, with
        // every mention marked inside the piece it lies in (a mention crossing a block boundary is
        // marked in each piece, the later parts with class `cont`).
        let mut pieces: Vec<(usize, usize, Option<&str>)> = Vec::new();
        let mut at = 0;
        for b in &doc.blocks {
            let (s, e) = (b.span.start().min(text.len()), b.span.end().min(text.len()));
            if s > at {
                pieces.push((at, s, None));
            }
            if e > s.max(at) {
                pieces.push((s.max(at), e, Some(b.kind.code())));
                at = e;
            }
        }
        if at < text.len() {
            pieces.push((at, text.len(), None));
        }
        // What is marked in the text: the mentions, and the facts' metric phrases where they
        // overlap no mention (a row of the facts table highlights its value, metric, period).
        let mut phrases: Vec<finnews::Span> = doc
            .facts
            .iter()
            .filter_map(|f| f.metric.as_ref().map(|m| m.span))
            .collect();
        phrases.sort_by_key(|p| (p.start(), p.end()));
        phrases.dedup();
        let mut marks: Vec<(finnews::Span, Option<usize>)> = doc
            .mentions
            .iter()
            .enumerate()
            .map(|(i, m)| (m.span(), Some(i)))
            .collect();
        {
            let mut spans: Vec<finnews::Span> = doc.mentions.iter().map(Fact::span).collect();
            for p in &phrases {
                let i = spans.partition_point(|s| s.end() <= p.start());
                let clash = spans.get(i).is_some_and(|s| s.start() < p.end());
                if !clash && p.end() <= text.len() {
                    marks.push((*p, None));
                    spans.insert(i, *p);
                }
            }
        }
        marks.sort_by_key(|(s, _)| s.start());
        let phrase_id = |sp: finnews::Span| {
            phrases
                .binary_search_by_key(&(sp.start(), sp.end()), |p| (p.start(), p.end()))
                .ok()
        };
        let mut next = 0; // the first mark that may reach into the current piece
        for (s, e, kind) in pieces {
            let blank = text.get(s..e).is_none_or(|t| t.trim().is_empty());
            match kind {
                Some(k) => write!(out, "<div class=\"b\" data-kind=\"{k}\">")?,
                None if blank => out.write_all(b"<span class=\"gap\">")?,
                None => out.write_all(b"<span class=\"nb\">")?,
            }
            let mut pos = s;
            while next < marks.len() && marks[next].0.end() <= s {
                next += 1;
            }
            let mut i = next;
            while let Some(&(span, which)) = marks.get(i) {
                if span.start() >= e {
                    break;
                }
                let (ms, me) = (span.start().max(s), span.end().min(e));
                piece(out, text, pos, ms)?;
                match which.and_then(|k| doc.mentions.get(k).map(|m| (k, m))) {
                    Some((k, m)) => mark(out, n, k, m, text, ms > span.start())?,
                    None => match phrase_id(span) {
                        Some(p) if ms == span.start() => {
                            write!(out, "<span class=\"ph\" id=\"d{n}p{p}\">")?
                        }
                        _ => out.write_all(b"<span class=\"ph cont\">")?,
                    },
                }
                piece(out, text, ms, me)?;
                out.write_all(if which.is_some() {
                    b"</mark>"
                } else {
                    b"</span>"
                })?;
                pos = me;
                i += 1;
            }
            piece(out, text, pos, e)?;
            out.write_all(if kind.is_some() {
                b"</div>"
            } else {
                b"</span>"
            })?;
        }
        out.write_all(b"</div>\n")?;
        out.write_all(b"<div>")?;
        side_table(out, n, doc.mentions.iter(), text)?;
        facts_table(out, n, doc, text, &phrases)?;
        out.write_all(b"</div>")?;
        out.write_all(b"</div>\n</section>\n")?;
        Ok(true)
    }

    pub(crate) fn finish<W: Write>(&mut self, out: &mut W, more: bool) -> io::Result<()> {
        out.write_all(b"</main>\n")?;
        if more {
            writeln!(
                out,
                "<footer class=\"note\">This page stops after {} documents (<code>--html-max-docs {}</code>); \
                 the input has more. Run again with a larger <code>--html-max-docs</code> (0 for no limit), \
                 or select fewer documents.</footer>",
                self.docs, self.max_docs
            )?;
        } else {
            writeln!(
                out,
                "<footer class=\"note\">{} document{}{}.</footer>",
                self.docs,
                if self.docs == 1 { "" } else { "s" },
                if self.failed > 0 {
                    format!(", {} could not be analyzed", self.failed)
                } else {
                    String::new()
                }
            )?;
        }
        out.write_all(b"</body>\n</html>\n")
    }
}

/// The facts of a document, a row each: value, role, period, subject and metric.
fn facts_table<W: Write>(
    out: &mut W,
    doc_no: usize,
    doc: &crate::doc::Doc,
    text: &str,
    phrases: &[finnews::Span],
) -> io::Result<()> {
    if doc.facts.is_empty() {
        return Ok(());
    }
    // Hovering a row highlights its value, metric and period: one CSS rule per fact (`:has`),
    // no script.
    out.write_all(b"<style>")?;
    for (k, f) in doc.facts.iter().enumerate() {
        let mut ids = vec![format!("#d{doc_no}m{}", f.value)];
        if let Some(p) = f.period.mention() {
            ids.push(format!("#d{doc_no}m{p}"));
        }
        if let Some(i) = f.metric.as_ref().and_then(|mt| {
            phrases
                .binary_search_by_key(&(mt.span.start(), mt.span.end()), |p| (p.start(), p.end()))
                .ok()
        }) {
            ids.push(format!("#d{doc_no}p{i}"));
        }
        write!(
            out,
            "#d{doc_no}:has(tr[data-f=\"{k}\"]:hover) :is({}){{outline:2px solid #cf222e;background:#ffebe9}}",
            ids.join(",")
        )?;
    }
    out.write_all(b"</style>\n")?;
    out.write_all(
        b"<table class=\"side facts\"><thead><tr><th>value</th><th>role</th><th>period</th><th>subject \xc2\xb7 metric</th></tr></thead><tbody>\n",
    )?;
    for (k, f) in doc.facts.iter().enumerate() {
        let Some(m) = doc.mentions.get(f.value) else {
            continue;
        };
        write!(
            out,
            "<tr class=\"fact {}\" data-f=\"{k}\"><td>",
            m.kind().code()
        )?;
        escape(out, m.text(text))?;
        out.write_all(b"</td><td>")?;
        let mut how = f.role.code().to_owned();
        for x in [f.direction.map(|d| d.code()), f.basis.map(|b| b.code())]
            .into_iter()
            .flatten()
        {
            how.push(' ');
            how.push_str(x);
        }
        if f.status != finnews::fact::Status::Actual {
            how.push_str(&format!(" ({})", f.status.code()));
        }
        escape(out, &how)?;
        out.write_all(b"</td><td class=\"v\">")?;
        escape(out, &crate::doc::FactPeriod::of(f, doc).summary())?;
        out.write_all(b"</td><td>")?;
        if let Some(s) = &f.subject {
            escape(out, crate::doc::phrase_text(s, text))?;
            out.write_all(" \u{b7} ".as_bytes())?;
        }
        if let Some(mt) = &f.metric {
            escape(out, crate::doc::phrase_text(mt, text))?;
        }
        out.write_all(b"</td></tr>\n")?;
    }
    out.write_all(b"</tbody></table>\n")
}

fn piece<W: Write>(out: &mut W, text: &str, s: usize, e: usize) -> io::Result<()> {
    match text.get(s..e) {
        Some(t) if s < e => escape(out, t),
        _ => Ok(()),
    }
}

fn mark<W: Write>(
    out: &mut W,
    doc: usize,
    i: usize,
    m: &Fact,
    text: &str,
    continued: bool,
) -> io::Result<()> {
    let kind = m.kind().code();
    let v = m.values();
    write!(out, "<mark class=\"m {kind}")?;
    if continued {
        out.write_all(b" cont\"")?;
    } else {
        write!(out, "\" id=\"d{doc}m{i}\"")?;
    }
    write!(out, " data-m=\"{i}\" data-kind=\"{kind}\"")?;
    let mut attr = |name: &str, value: Option<String>| -> io::Result<()> {
        match value {
            Some(v) => {
                write!(out, " data-{name}=\"")?;
                escape(out, &v)?;
                out.write_all(b"\"")
            }
            None => Ok(()),
        }
    };
    attr(
        "value",
        v.value
            .map(|d| d.to_string())
            .or_else(|| v.timex.map(|t| t.to_string())),
    )?;
    attr("low", v.low.map(|d| d.to_string()))?;
    attr("high", v.high.map(|d| d.to_string()))?;
    attr("unit", v.unit.map(str::to_owned))?;
    attr("mod", v.tmod.map(str::to_owned))?;
    attr("modifier", v.modifier.map(str::to_owned))?;
    let span = m.span();
    out.write_all(b" title=\"")?;
    escape(
        out,
        &format!(
            "{kind}: {}  [{}-{}] {}",
            m.summary(),
            span.start(),
            span.end(),
            m.text(text)
        ),
    )?;
    out.write_all(b"\">")
}

fn side_table<'a, W: Write>(
    out: &mut W,
    doc: usize,
    mentions: impl Iterator<Item = &'a Fact>,
    text: &str,
) -> io::Result<()> {
    out.write_all(
        b"<table class=\"side\"><thead><tr><th>kind</th><th>text</th><th>value</th></tr></thead><tbody>\n",
    )?;
    for (i, m) in mentions.enumerate() {
        let kind = m.kind().code();
        write!(
            out,
            "<tr class=\"{kind}\"><td><i></i>{kind}</td><td><a href=\"#d{doc}m{i}\">"
        )?;
        escape(out, m.text(text))?;
        out.write_all(b"</a></td><td class=\"v\">")?;
        escape(out, &m.summary())?;
        out.write_all(b"</td></tr>\n")?;
    }
    out.write_all(b"</tbody></table>\n")
}

/// Writes `s` as HTML text or attribute value: the five markup characters as entities, a
/// carriage return as `&#13;` (a parser would turn a raw one into a line feed), other control
/// characters as numeric references, NUL (which HTML cannot carry) as U+FFFD.
pub(crate) fn escape<W: Write>(out: &mut W, s: &str) -> io::Result<()> {
    let bytes = s.as_bytes();
    let mut start = 0;
    for (i, &b) in bytes.iter().enumerate() {
        let rep: &[u8] = match b {
            b'&' => b"&amp;",
            b'<' => b"&lt;",
            b'>' => b"&gt;",
            b'"' => b"&quot;",
            b'\'' => b"&#39;",
            b'\r' => b"&#13;",
            0 => "\u{FFFD}".as_bytes(),
            b'\t' | b'\n' => continue,
            0x01..=0x1f | 0x7f => b"",
            _ => continue,
        };
        out.write_all(&bytes[start..i])?;
        if rep.is_empty() {
            write!(out, "&#{b};")?;
        } else {
            out.write_all(rep)?;
        }
        start = i + 1;
    }
    out.write_all(&bytes[start..])
}

#[cfg(test)]
mod tests {
    use super::escape;

    fn esc(s: &str) -> String {
        let mut v = Vec::new();
        escape(&mut v, s).unwrap();
        String::from_utf8(v).unwrap()
    }

    #[test]
    fn markup_characters_are_escaped() {
        assert_eq!(
            esc("<script>alert('x' & \"y\")</script>"),
            "&lt;script&gt;alert(&#39;x&#39; &amp; &quot;y&quot;)&lt;/script&gt;"
        );
        assert_eq!(esc("a\r\nb\0c\u{1}d\te"), "a&#13;\nb\u{FFFD}c&#1;d\te");
        assert_eq!(esc("约5亿元"), "约5亿元");
    }
}
