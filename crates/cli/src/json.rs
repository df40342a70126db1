//! The contract's JSON, written straight into the output stream.
//!
//! The library serialises an analysis with serde; the command writes the same bytes by hand, so
//! that a document's line goes to the output as it is produced (no whole line of a huge document
//! is held in memory) and almost nothing is allocated on the way. The tests compare the two forms
//! byte for byte, compact and `--pretty`.

use std::fmt;
use std::io::{self, Write};

use chrono::Datelike;
use finnews::date::{NaiveDate, TemporalValue};
use finnews::quantity::Decimal;
use finnews::quantity::{Amount, QuantityKind};
use finnews::segment::{Block, Sentence};

use crate::doc::{Doc, Fact, Outcome, Reference};

/// An object member's opening for [`Emitter::key`]: `key!("kind")` is `,"kind":`.
macro_rules! key {
    ($k:literal) => {
        concat!(",\"", $k, "\":")
    };
}

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

    /// Starts an object member: `member` is the member's opening as `key!` writes it
    /// (`,"kind":`), the key needing no escaping.
    #[inline]
    fn key(&mut self, member: &'static str) -> io::Result<()> {
        if !self.pretty {
            // Compact: one write of a static slice, with or without the comma.
            let m = member.as_bytes();
            let m = if self.empty {
                m.get(1..).unwrap_or(m)
            } else {
                m
            };
            self.empty = false;
            return self.out.write_all(m);
        }
        self.pretty_key(member)
    }

    /// [`Emitter::key`] in the pretty form: comma, line break, indentation, key, `": "`.
    fn pretty_key(&mut self, member: &'static str) -> io::Result<()> {
        let key = member
            .get(2..member.len().saturating_sub(2))
            .unwrap_or_default();
        let mut buf = Small::new();
        let was_empty = self.empty;
        if !was_empty {
            buf.push(b",");
        }
        self.empty = false;
        buf.push(b"\n");
        for _ in 0..self.depth {
            buf.push(b"  ");
        }
        buf.push(b"\"");
        buf.push(key.as_bytes());
        buf.push(b"\": ");
        match buf.get() {
            Some(b) => self.out.write_all(b),
            None => {
                // Deeper than the small buffer holds: piece by piece.
                self.empty = was_empty;
                self.element()?;
                self.out.write_all(b"\"")?;
                self.out.write_all(key.as_bytes())?;
                self.out.write_all(b"\": ")
            }
        }
    }

    fn str(&mut self, s: &str) -> io::Result<()> {
        write_str(&mut self.out, s)
    }

    /// A value's `Display` form as a JSON string (the forms written this way, decimals, dates and
    /// TIMEX3 values, need no escaping).
    fn display(&mut self, v: impl fmt::Display) -> io::Result<()> {
        use fmt::Write as _;
        let mut buf = Small::new();
        buf.push(b"\"");
        if write!(buf, "{v}").is_ok() {
            buf.push(b"\"");
            if let Some(b) = buf.get() {
                return self.out.write_all(b);
            }
        }
        write!(self.out, "\"{v}\"")
    }

    /// A date as `Display` writes it (`2024-07-15`), as a JSON string.
    fn date(&mut self, d: NaiveDate) -> io::Result<()> {
        let mut buf = Small::new();
        if buf.date(d) {
            return self.out.write_all(buf.get().unwrap_or(b"null"));
        }
        self.display(d)
    }

    /// A decimal in shortest form (as `normalize()` then `Display` write it), as a JSON string.
    fn decimal(&mut self, d: Decimal) -> io::Result<()> {
        let mut buf = Small::new();
        buf.push(b"\"");
        buf.decimal(d);
        buf.push(b"\"");
        match buf.get() {
            Some(b) => self.out.write_all(b),
            None => self.display(d.normalize()),
        }
    }

    fn number(&mut self, n: usize) -> io::Result<()> {
        let mut buf = Small::new();
        buf.number(n);
        self.out.write_all(buf.get().unwrap_or(b"0"))
    }

    fn raw(&mut self, json: &str) -> io::Result<()> {
        self.out.write_all(json.as_bytes())
    }

    fn span(&mut self, span: finnews::Span) -> io::Result<()> {
        if self.pretty {
            self.open(b'[')?;
            self.element()?;
            self.number(span.start)?;
            self.element()?;
            self.number(span.end)?;
            self.close(b']')
        } else {
            let mut buf = Small::new();
            buf.push(b"[");
            buf.number(span.start);
            buf.push(b",");
            buf.number(span.end);
            buf.push(b"]");
            self.out.write_all(buf.get().unwrap_or(b"[0,0]"))
        }
    }

    /// One output line: a document's analysis or its error object, then a newline.
    pub(crate) fn line(&mut self, o: &Outcome) -> io::Result<()> {
        self.depth = 0;
        self.open(b'{')?;
        self.key(key!("id"))?;
        self.raw(o.id_json())?;
        match &o.doc {
            Ok(doc) => self.doc(doc, o.text())?,
            Err(msg) => {
                self.key(key!("error"))?;
                self.str(msg)?;
            }
        }
        self.close(b'}')?;
        self.out.write_all(b"\n")
    }

    fn doc(&mut self, doc: &Doc, text: &str) -> io::Result<()> {
        if doc.lossy {
            self.key(key!("lossy"))?;
            self.raw("true")?;
        }
        self.key(key!("reference_date"))?;
        match &doc.reference {
            None => self.raw("null")?,
            Some(r) => self.reference(r)?,
        }
        self.key(key!("blocks"))?;
        self.open(b'[')?;
        for b in &doc.blocks {
            self.element()?;
            self.block(b)?;
        }
        self.close(b']')?;
        self.key(key!("sentences"))?;
        self.open(b'[')?;
        for s in &doc.sentences {
            self.element()?;
            self.sentence(s)?;
        }
        self.close(b']')?;
        self.key(key!("mentions"))?;
        self.open(b'[')?;
        for m in &doc.mentions {
            self.element()?;
            self.mention(m, text)?;
        }
        self.close(b']')?;
        self.key(key!("facts"))?;
        self.open(b'[')?;
        for f in &doc.facts {
            self.element()?;
            self.fact(f, text)?;
        }
        self.close(b']')
    }

    /// One fact, in the key order of the library's serde form.
    fn fact(&mut self, f: &crate::doc::DocFact, text: &str) -> io::Result<()> {
        self.open(b'{')?;
        self.key(key!("value"))?;
        self.number(f.value)?;
        self.key(key!("role"))?;
        self.str(f.role.code())?;
        if let Some(d) = f.direction {
            self.key(key!("direction"))?;
            self.str(d.code())?;
        }
        if let Some(b) = f.basis {
            self.key(key!("basis"))?;
            self.str(b.code())?;
        }
        if let Some(c) = f.compared_to {
            self.key(key!("compared_to"))?;
            self.number(c)?;
        }
        self.key(key!("metric"))?;
        self.phrase(f.metric.as_ref(), text)?;
        self.key(key!("subject"))?;
        self.phrase(f.subject.as_ref(), text)?;
        self.key(key!("period"))?;
        match f.period {
            finnews::fact::Period::Mention(i) => self.number(i)?,
            finnews::fact::Period::Reference => self.str("reference")?,
            finnews::fact::Period::None => self.raw("null")?,
        }
        if let Some(o) = f.period_offset {
            self.key(key!("period_offset"))?;
            self.str(o.code())?;
        }
        if let Some(d) = &f.denominator {
            self.key(key!("denominator"))?;
            self.phrase(Some(d), text)?;
        }
        if !f.qualifiers.is_empty() {
            self.key(key!("qualifiers"))?;
            self.open(b'[')?;
            for q in &f.qualifiers {
                self.element()?;
                self.phrase(Some(q), text)?;
            }
            self.close(b']')?;
        }
        if f.status != finnews::fact::Status::Actual {
            self.key(key!("status"))?;
            self.str(f.status.code())?;
        }
        self.close(b'}')
    }

    fn phrase(&mut self, p: Option<&finnews::fact::Phrase<()>>, text: &str) -> io::Result<()> {
        let Some(p) = p else {
            return self.raw("null");
        };
        self.open(b'{')?;
        self.key(key!("span"))?;
        self.span(p.span)?;
        self.key(key!("text"))?;
        self.str(crate::doc::phrase_text(p, text))?;
        self.close(b'}')
    }

    fn reference(&mut self, r: &Reference) -> io::Result<()> {
        self.open(b'{')?;
        self.key(key!("date"))?;
        self.date(r.date.date())?;
        self.key(key!("grain"))?;
        self.str(r.date.grain().code())?;
        self.key(key!("source"))?;
        self.str(r.source.code())?;
        self.close(b'}')
    }

    fn block(&mut self, b: &Block) -> io::Result<()> {
        self.open(b'{')?;
        self.key(key!("kind"))?;
        self.str(b.kind.code())?;
        self.key(key!("span"))?;
        self.span(b.span)?;
        self.close(b'}')
    }

    fn sentence(&mut self, s: &Sentence) -> io::Result<()> {
        self.open(b'{')?;
        self.key(key!("span"))?;
        self.span(s.span)?;
        self.key(key!("block"))?;
        self.number(s.block)?;
        self.close(b'}')
    }

    fn mention(&mut self, m: &Fact, text: &str) -> io::Result<()> {
        self.open(b'{')?;
        self.key(key!("kind"))?;
        self.str(m.kind().code())?;
        self.key(key!("span"))?;
        self.span(m.span())?;
        self.key(key!("text"))?;
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
                        self.key(key!("value"))?;
                        self.decimal(v)?;
                    }
                    Amount::Range { low, high } => {
                        self.key(key!("low"))?;
                        self.decimal(low)?;
                        self.key(key!("high"))?;
                        self.decimal(high)?;
                    }
                }
                match kind {
                    QuantityKind::Money { currency } => {
                        self.key(key!("currency"))?;
                        self.str(currency.code())?;
                    }
                    QuantityKind::Percent { unit } => {
                        self.key(key!("unit"))?;
                        self.str(unit.code())?;
                    }
                    QuantityKind::Measure { unit } => {
                        self.key(key!("unit"))?;
                        self.str(unit.code())?;
                        self.key(key!("dimension"))?;
                        self.str(unit.dimension().code())?;
                    }
                    _ => {}
                }
                if let Some(md) = modifier {
                    self.key(key!("modifier"))?;
                    self.str(md.code())?;
                }
            }
            Fact::Temporal { value, .. } => match value {
                TemporalValue::Date {
                    timex,
                    modifier,
                    range,
                } => {
                    self.key(key!("timex"))?;
                    self.display(timex)?;
                    if let Some(md) = modifier {
                        self.key(key!("mod"))?;
                        self.str(md.code())?;
                    }
                    if let Some(r) = range {
                        self.key(key!("range"))?;
                        self.open(b'[')?;
                        self.element()?;
                        self.date(r.first())?;
                        self.element()?;
                        self.date(r.last())?;
                        self.close(b']')?;
                    }
                }
                TemporalValue::Duration { timex } => {
                    self.key(key!("timex"))?;
                    self.display(timex)?;
                }
            },
        }
        self.close(b'}')
    }
}

/// A small stack buffer that pieces of output are gathered in, to be written with one call.
/// It remembers an overflow instead of growing.
pub(crate) struct Small {
    bytes: [u8; 48],
    len: usize,
    overflow: bool,
}

impl Small {
    #[inline]
    pub(crate) fn new() -> Small {
        Small {
            bytes: [0; 48],
            len: 0,
            overflow: false,
        }
    }

    #[inline]
    fn push(&mut self, b: &[u8]) {
        match self.bytes.get_mut(self.len..self.len + b.len()) {
            Some(dst) => {
                dst.copy_from_slice(b);
                self.len += b.len();
            }
            None => self.overflow = true,
        }
    }

    /// Decimal digits of `n`, as `Display` writes them, straight into the buffer.
    fn number(&mut self, n: usize) {
        let mut len = 1;
        let mut rest = n / 10;
        while rest > 0 {
            len += 1;
            rest /= 10;
        }
        let Some(dst) = self.bytes.get_mut(self.len..self.len + len) else {
            self.overflow = true;
            return;
        };
        let mut n = n;
        for d in dst.iter_mut().rev() {
            *d = b'0' + (n % 10) as u8;
            n /= 10;
        }
        self.len += len;
    }

    /// `"YYYY-MM-DD"` with the quotes, for years 0 to 9999 (where chrono's `Display` writes
    /// exactly that); `false` (and nothing written) otherwise.
    #[inline]
    pub(crate) fn date(&mut self, d: NaiveDate) -> bool {
        let (y, m, day) = (d.year(), d.month(), d.day());
        let Ok(y) = usize::try_from(y) else {
            return false;
        };
        if y > 9999 {
            return false;
        }
        let two = |n: u32| [b'0' + (n / 10 % 10) as u8, b'0' + (n % 10) as u8];
        let four = [
            b'0' + (y / 1000) as u8,
            b'0' + (y / 100 % 10) as u8,
            b'0' + (y / 10 % 10) as u8,
            b'0' + (y % 10) as u8,
        ];
        self.push(b"\"");
        self.push(&four);
        self.push(b"-");
        self.push(&two(m));
        self.push(b"-");
        self.push(&two(day));
        self.push(b"\"");
        true
    }

    /// A decimal's shortest exact form: sign, integer digits, and the fractional digits without
    /// trailing zeros (what `normalize()` then `Display` give).
    #[inline]
    pub(crate) fn decimal(&mut self, d: Decimal) {
        let d = d.normalize();
        let mantissa = d.mantissa();
        let scale = d.scale() as usize;
        let mut digits = [0u8; 40];
        let mut i = digits.len();
        let mut m = mantissa.unsigned_abs();
        loop {
            i -= 1;
            digits[i] = b'0' + (m % 10) as u8;
            m /= 10;
            if m == 0 {
                break;
            }
        }
        let digits = &digits[i..];
        if mantissa < 0 {
            self.push(b"-");
        }
        if scale == 0 {
            self.push(digits);
        } else if digits.len() > scale {
            let (int, frac) = digits.split_at(digits.len() - scale);
            self.push(int);
            self.push(b".");
            self.push(frac);
        } else {
            self.push(b"0.");
            for _ in digits.len()..scale {
                self.push(b"0");
            }
            self.push(digits);
        }
    }

    #[inline]
    pub(crate) fn get(&self) -> Option<&[u8]> {
        (!self.overflow).then(|| &self.bytes[..self.len])
    }
}

impl fmt::Write for Small {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        self.push(s.as_bytes());
        if self.overflow {
            Err(fmt::Error)
        } else {
            Ok(())
        }
    }
}

/// Writes `s` as a JSON string exactly as serde_json does: `"` and `\` escaped, the control
/// characters below U+0020 as `\b \t \n \f \r` or `\u00XX` (lower-case hex), everything else as is.
pub(crate) fn write_str<W: Write + ?Sized>(out: &mut W, s: &str) -> io::Result<()> {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let bytes = s.as_bytes();
    out.write_all(b"\"")?;
    let mut start = 0;
    let mut i = 0;
    while let Some(k) = next_escape(bytes, i) {
        let b = bytes[k];
        let short: &[u8] = match b {
            b'"' => b"\\\"",
            b'\\' => b"\\\\",
            b'\n' => b"\\n",
            b'\r' => b"\\r",
            b'\t' => b"\\t",
            0x08 => b"\\b",
            0x0c => b"\\f",
            _ => b"",
        };
        out.write_all(&bytes[start..k])?;
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
        start = k + 1;
        i = k + 1;
    }
    out.write_all(&bytes[start..])?;
    out.write_all(b"\"")
}

/// The first byte at or after `i` that a JSON string must escape (`"`, `\\`, below U+0020),
/// eight bytes at a time.
#[inline]
fn next_escape(b: &[u8], mut i: usize) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    while let Some(chunk) = b.get(i..i + 8) {
        let mut a = [0u8; 8];
        a.copy_from_slice(chunk);
        let x = u64::from_le_bytes(a);
        // Bytes below 0x20 (ASCII only: a byte with its high bit set is never one), and bytes
        // equal to `"` or `\\` (zero after the xor). Exact for the lowest flagged byte.
        let below = x.wrapping_sub(ONES * 0x20) & !x & HIGH;
        let q = x ^ (ONES * u64::from(b'"'));
        let bs = x ^ (ONES * u64::from(b'\\'));
        let zq = q.wrapping_sub(ONES) & !q & HIGH;
        let zb = bs.wrapping_sub(ONES) & !bs & HIGH;
        let z = below | zq | zb;
        if z != 0 {
            return Some(i + (z.trailing_zeros() / 8) as usize);
        }
        i += 8;
    }
    b.get(i..)?
        .iter()
        .position(|&c| c < 0x20 || c == b'"' || c == b'\\')
        .map(|k| i + k)
}

#[cfg(test)]
mod tests {
    use super::{Small, write_str};

    #[test]
    fn decimals_and_dates_are_written_as_display_writes_them() {
        use finnews::date::NaiveDate;
        use finnews::quantity::Decimal;
        for text in [
            "0",
            "-0",
            "0.0",
            "1",
            "-1",
            "7.7",
            "7.70",
            "-0.25",
            "0.0005",
            "-0.000001",
            "10",
            "100.000",
            "398950000000",
            "398950000000.00",
            "12.99",
            "1e-28",
            "-1e-28",
            "79228162514264337593543950335",
            "-79228162514264337593543950335",
            "7.9228162514264337593543950335",
            "0.0000000000000000000000000001",
            "1234567.8901",
        ] {
            let d: Decimal = if text.contains('e') {
                Decimal::from_scientific(text).unwrap()
            } else {
                text.parse().unwrap()
            };
            let mut b = Small::new();
            b.decimal(d);
            assert_eq!(
                String::from_utf8(b.get().unwrap().to_vec()).unwrap(),
                d.normalize().to_string(),
                "{text}"
            );
        }
        for (y, m, d) in [
            (2024, 7, 15),
            (1, 1, 1),
            (0, 12, 31),
            (9999, 12, 31),
            (987, 2, 3),
        ] {
            let date = NaiveDate::from_ymd_opt(y, m, d).unwrap();
            let mut b = Small::new();
            assert!(b.date(date));
            assert_eq!(b.get().unwrap(), format!("\"{date}\"").as_bytes());
        }
        for y in [-1, 10000, 262_000] {
            let date = NaiveDate::from_ymd_opt(y, 1, 1).unwrap();
            assert!(!Small::new().date(date), "{date} is left to Display");
        }
    }

    #[test]
    fn numbers_are_written_as_display_writes_them() {
        let mut n = 0usize;
        let check = |n: usize| {
            let mut b = Small::new();
            b.number(n);
            assert_eq!(b.get(), Some(n.to_string().as_bytes()));
        };
        for k in 0..2000 {
            check(k);
        }
        while n < usize::MAX / 7 {
            n = n * 7 + 3;
            check(n);
            check(n + 1);
        }
        check(usize::MAX);
    }

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
        // Each escaped byte at every offset of a longer string (the scan reads eight at once).
        for c in ['"', '\\', '\n', '\u{1}', '\u{1f}'] {
            for at in 0..24 {
                let mut s: String = "é ab cd ef gh ij kl mn".chars().take(24).collect();
                let idx = s.char_indices().nth(at).map_or(s.len(), |(i, _)| i);
                s.insert(idx, c);
                assert_eq!(mine(&s), serde_json::to_string(&s).unwrap(), "{s:?}");
            }
        }
    }
}
