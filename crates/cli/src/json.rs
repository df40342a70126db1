//! The contract's JSON, written straight into the output stream.
//!
//! The library serialises an analysis with serde; the command writes the same bytes by hand, so
//! that a document's line goes to the output as it is produced (no whole line of a huge document
//! is held in memory) and almost nothing is allocated on the way. The tests compare the two forms
//! byte for byte, compact and `--pretty`.

use std::fmt;
use std::io::{self, Write};

use finnews::date::TemporalValue;
use finnews::quantity::{Amount, QuantityKind};
use finnews::segment::{Block, Sentence};

use crate::doc::{Doc, Fact, Outcome, Reference};

/// A JSON emitter that writes what serde_json's compact or pretty formatter would write.
pub(crate) struct Emitter<W: Write> {
    out: W,
    pretty: bool,
    depth: usize,
    /// Whether the innermost open array or object has no element yet.
    empty: bool,
}

impl<W: Write> fmt::Debug for Emitter<W> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Emitter")
            .field("pretty", &self.pretty)
            .field("depth", &self.depth)
            .finish_non_exhaustive()
    }
}

impl<W: Write> Emitter<W> {
    pub(crate) fn new(out: W, pretty: bool) -> Emitter<W> {
        Emitter {
            out,
            pretty,
            depth: 0,
            empty: true,
        }
    }

    fn indent(&mut self) -> io::Result<()> {
        const SPACES: &[u8; 64] = &[b' '; 64];
        let mut n = self.depth * 2;
        while n > 0 {
            let k = n.min(SPACES.len());
            self.out.write_all(&SPACES[..k])?;
            n -= k;
        }
        Ok(())
    }

    /// Opens an array (`[`) or object (`{`).
    fn open(&mut self, c: u8) -> io::Result<()> {
        self.out.write_all(&[c])?;
        self.depth += 1;
        self.empty = true;
        Ok(())
    }

    /// Closes the innermost array (`]`) or object (`}`).
    fn close(&mut self, c: u8) -> io::Result<()> {
        self.depth = self.depth.saturating_sub(1);
        if self.pretty && !self.empty {
            self.out.write_all(b"\n")?;
            self.indent()?;
        }
        self.out.write_all(&[c])?;
        self.empty = false;
        Ok(())
    }

    /// Starts the next element of the innermost array or object.
    fn element(&mut self) -> io::Result<()> {
        if !self.empty {
            self.out.write_all(b",")?;
        }
        self.empty = false;
        if self.pretty {
            self.out.write_all(b"\n")?;
            self.indent()?;
        }
        Ok(())
    }

    /// Starts an object member: its key (which needs no escaping) and the colon.
    fn key(&mut self, key: &str) -> io::Result<()> {
        self.element()?;
        self.out.write_all(b"\"")?;
        self.out.write_all(key.as_bytes())?;
        self.out
            .write_all(if self.pretty { b"\": " } else { b"\":" })
    }

    fn str(&mut self, s: &str) -> io::Result<()> {
        write_str(&mut self.out, s)
    }

    fn display(&mut self, v: impl fmt::Display) -> io::Result<()> {
        write!(self.out, "\"{v}\"")
    }

    fn raw(&mut self, json: &str) -> io::Result<()> {
        self.out.write_all(json.as_bytes())
    }

    fn span(&mut self, span: finnews::Span) -> io::Result<()> {
        if self.pretty {
            self.open(b'[')?;
            self.element()?;
            write!(self.out, "{}", span.start)?;
            self.element()?;
            write!(self.out, "{}", span.end)?;
            self.close(b']')
        } else {
            write!(self.out, "[{},{}]", span.start, span.end)
        }
    }

    /// One output line: a document's analysis or its error object, then a newline.
    pub(crate) fn line(&mut self, o: &Outcome) -> io::Result<()> {
        self.depth = 0;
        self.open(b'{')?;
        self.key("id")?;
        self.raw(o.id_json())?;
        match &o.doc {
            Ok(doc) => self.doc(doc, o.text())?,
            Err(msg) => {
                self.key("error")?;
                self.str(msg)?;
            }
        }
        self.close(b'}')?;
        self.out.write_all(b"\n")
    }

    fn doc(&mut self, doc: &Doc, text: &str) -> io::Result<()> {
        if doc.lossy {
            self.key("lossy")?;
            self.raw("true")?;
        }
        self.key("reference_date")?;
        match &doc.reference {
            None => self.raw("null")?,
            Some(r) => self.reference(r)?,
        }
        self.key("blocks")?;
        self.open(b'[')?;
        for b in &doc.blocks {
            self.element()?;
            self.block(b)?;
        }
        self.close(b']')?;
        self.key("sentences")?;
        self.open(b'[')?;
        for s in &doc.sentences {
            self.element()?;
            self.sentence(s)?;
        }
        self.close(b']')?;
        self.key("mentions")?;
        self.open(b'[')?;
        for m in &doc.mentions {
            self.element()?;
            self.mention(m, text)?;
        }
        self.close(b']')
    }

    fn reference(&mut self, r: &Reference) -> io::Result<()> {
        self.open(b'{')?;
        self.key("date")?;
        self.display(r.date.date())?;
        self.key("grain")?;
        self.str(r.date.grain().code())?;
        self.key("source")?;
        self.str(r.source.code())?;
        self.close(b'}')
    }

    fn block(&mut self, b: &Block) -> io::Result<()> {
        self.open(b'{')?;
        self.key("kind")?;
        self.str(b.kind.code())?;
        self.key("span")?;
        self.span(b.span)?;
        self.close(b'}')
    }

    fn sentence(&mut self, s: &Sentence) -> io::Result<()> {
        self.open(b'{')?;
        self.key("span")?;
        self.span(s.span)?;
        self.key("block")?;
        write!(self.out, "{}", s.block)?;
        self.close(b'}')
    }

    fn mention(&mut self, m: &Fact, text: &str) -> io::Result<()> {
        self.open(b'{')?;
        self.key("kind")?;
        self.str(m.kind().code())?;
        self.key("span")?;
        self.span(m.span())?;
        self.key("text")?;
        self.str(m.text(text))?;
        match m {
            Fact::Quantity {
                kind,
                amount,
                modifier,
                ..
            } => {
                match *amount {
                    Amount::Exact(v) => {
                        self.key("value")?;
                        self.display(v.normalize())?;
                    }
                    Amount::Range { low, high } => {
                        self.key("low")?;
                        self.display(low.normalize())?;
                        self.key("high")?;
                        self.display(high.normalize())?;
                    }
                }
                match kind {
                    QuantityKind::Money { currency } => {
                        self.key("currency")?;
                        self.str(currency.code())?;
                    }
                    QuantityKind::Percent { unit } => {
                        self.key("unit")?;
                        self.str(unit.code())?;
                    }
                    QuantityKind::Measure { unit } => {
                        self.key("unit")?;
                        self.str(unit.code())?;
                        self.key("dimension")?;
                        self.str(unit.dimension().code())?;
                    }
                    _ => {}
                }
                if let Some(md) = modifier {
                    self.key("modifier")?;
                    self.str(md.code())?;
                }
            }
            Fact::Temporal { value, .. } => match value {
                TemporalValue::Date {
                    timex,
                    modifier,
                    range,
                } => {
                    self.key("timex")?;
                    self.display(timex)?;
                    if let Some(md) = modifier {
                        self.key("mod")?;
                        self.str(md.code())?;
                    }
                    if let Some(r) = range {
                        self.key("range")?;
                        self.open(b'[')?;
                        self.element()?;
                        self.display(r.first())?;
                        self.element()?;
                        self.display(r.last())?;
                        self.close(b']')?;
                    }
                }
                TemporalValue::Duration { timex } => {
                    self.key("timex")?;
                    self.display(timex)?;
                }
                _ => {}
            },
        }
        self.close(b'}')
    }
}

/// Writes `s` as a JSON string exactly as serde_json does: `"` and `\` escaped, the control
/// characters below U+0020 as `\b \t \n \f \r` or `\u00XX` (lower-case hex), everything else as is.
pub(crate) fn write_str<W: Write + ?Sized>(out: &mut W, s: &str) -> io::Result<()> {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let bytes = s.as_bytes();
    out.write_all(b"\"")?;
    let mut start = 0;
    for (i, &b) in bytes.iter().enumerate() {
        let short: &[u8] = match b {
            b'"' => b"\\\"",
            b'\\' => b"\\\\",
            b'\n' => b"\\n",
            b'\r' => b"\\r",
            b'\t' => b"\\t",
            0x08 => b"\\b",
            0x0c => b"\\f",
            0x00..=0x1f => b"",
            _ => continue,
        };
        out.write_all(&bytes[start..i])?;
        if short.is_empty() {
            out.write_all(&[
                b'\\',
                b'u',
                b'0',
                b'0',
                HEX[usize::from(b >> 4)],
                HEX[usize::from(b & 0xf)],
            ])?;
        } else {
            out.write_all(short)?;
        }
        start = i + 1;
    }
    out.write_all(&bytes[start..])?;
    out.write_all(b"\"")
}

#[cfg(test)]
mod tests {
    use super::write_str;

    fn mine(s: &str) -> String {
        let mut v = Vec::new();
        write_str(&mut v, s).unwrap();
        String::from_utf8(v).unwrap()
    }

    #[test]
    fn strings_are_escaped_exactly_as_serde_json_does() {
        let mut every_ascii = String::new();
        for c in 0u8..=0x7f {
            every_ascii.push(char::from(c));
        }
        for s in [
            "",
            "plain",
            &every_ascii,
            "\"quoted\" \\ back\\slash",
            "tab\tnew\nline\r\u{8}\u{c}\u{0}\u{1f}\u{7f}",
            "约5亿元 — €3 \u{2028}\u{2029}\u{feff} 😀",
            "</script><script>alert(1)</script>",
        ] {
            assert_eq!(mine(s), serde_json::to_string(s).unwrap(), "{s:?}");
        }
    }
}
