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

use crate::doc::{Doc, Fact, Outcome, Reference, Stream, kept};

/// An object member's opening for [`Emitter::key`]: `key!("kind")` is the bytes `"kind":` as a
/// fixed-size array, so that writing it is a few moves.
macro_rules! key {
    ($k:literal) => {{
        const S: &str = concat!("\"", $k, "\":");
        const A: [u8; S.len()] = bytes_of(S);
        &A
    }};
}

/// `s`'s bytes as an array (for [`key!`]).
const fn bytes_of<const N: usize>(s: &str) -> [u8; N] {
    let b = s.as_bytes();
    let mut a = [0u8; N];
    let mut i = 0;
    while i < N {
        a[i] = b[i];
        i += 1;
    }
    a
}

/// How much output is gathered before it is handed to the writer: whole lines of small
/// documents go out together, and a huge document's line goes out in pieces of about this size.
pub(crate) const CHUNK: usize = 1 << 16;

/// A JSON emitter that writes what serde_json's compact or pretty formatter would write.
///
/// It appends to a buffer (kept by the caller across documents) and hands the buffer to `out`
/// whenever it holds [`CHUNK`] bytes or more, between elements: one write per chunk instead of
/// one per piece.
pub(crate) struct Emitter<'b, W: Write> {
    buf: &'b mut Vec<u8>,
    out: W,
    pretty: bool,
    depth: usize,
    /// Whether the innermost open array or object has no element yet.
    empty: bool,
    /// The last date [`Emitter::date`] wrote, and its JSON form.
    last_date: Option<(NaiveDate, [u8; 12])>,
    /// How much the buffer holds before it is handed to `out` ([`CHUNK`], or never).
    limit: usize,
}

/// Appends the output line of `o` (not a streamed document: see [`rendered_here`]) to `buf`,
/// whole: what [`Emitter::line`] writes. A worker writes its documents' lines so, and the
/// writer only copies them out in order.
pub(crate) fn render_line(buf: &mut Vec<u8>, o: &Outcome, pretty: bool) {
    let mut e = Emitter::new(buf, io::sink(), pretty);
    e.limit = usize::MAX;
    // Writing into a `Vec` cannot fail.
    let _ = e.line(o);
}

/// Appends the output line of a document whose analysis keeps every mention kind, straight
/// from the library's analysis (no copy of its mentions and facts): the bytes [`render_line`]
/// writes for the outcome made from it. `text` is the analysed text, `id_json` the line's id.
pub(crate) fn render_analysis(
    buf: &mut Vec<u8>,
    id_json: &str,
    lossy: bool,
    a: &finnews::Analysis<'_>,
    text: &str,
    pretty: bool,
) {
    let mut e = Emitter::new(buf, io::sink(), pretty);
    e.limit = usize::MAX;
    // Writing into a `Vec` cannot fail.
    let _ = e.analysis_line(id_json, lossy, a, text);
}

/// Whether [`render_line`] can write `o`: every outcome but a streamed document (which is
/// read a window at a time as it is written, by the writer).
pub(crate) fn rendered_here(o: &Outcome) -> bool {
    o.doc
        .as_ref()
        .map_or(true, |d| d.stream.is_none() && !d.rendered)
}

impl<W: Write> fmt::Debug for Emitter<'_, W> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Emitter")
            .field("pretty", &self.pretty)
            .field("depth", &self.depth)
            .finish_non_exhaustive()
    }
}

impl<'b, W: Write> Emitter<'b, W> {
    pub(crate) fn new(buf: &'b mut Vec<u8>, out: W, pretty: bool) -> Emitter<'b, W> {
        Emitter {
            buf,
            out,
            pretty,
            depth: 0,
            empty: true,
            last_date: None,
            limit: CHUNK,
        }
    }

    /// Hands the buffer to the writer once it holds a chunk.
    #[inline]
    fn spill(&mut self) -> io::Result<()> {
        if self.buf.len() >= self.limit {
            self.out.write_all(self.buf)?;
            self.buf.clear();
        }
        Ok(())
    }

    fn indent(&mut self) {
        const SPACES: &[u8; 64] = &[b' '; 64];
        let mut n = self.depth * 2;
        while n > 0 {
            let k = n.min(SPACES.len());
            self.buf.extend_from_slice(&SPACES[..k]);
            n -= k;
        }
    }

    /// Opens an array (`[`) or object (`{`).
    #[inline]
    fn open(&mut self, c: u8) -> io::Result<()> {
        self.buf.push(c);
        self.depth += 1;
        self.empty = true;
        Ok(())
    }

    /// Closes the innermost array (`]`) or object (`}`).
    #[inline]
    fn close(&mut self, c: u8) -> io::Result<()> {
        self.depth = self.depth.saturating_sub(1);
        if self.pretty && !self.empty {
            self.buf.push(b'\n');
            self.indent();
        }
        self.buf.push(c);
        self.empty = false;
        Ok(())
    }

    /// Starts the next element of the innermost array or object.
    #[inline]
    fn element(&mut self) -> io::Result<()> {
        if !self.empty {
            self.buf.push(b',');
        }
        self.empty = false;
        if self.pretty {
            self.buf.push(b'\n');
            self.indent();
        }
        Ok(())
    }

    /// Starts an object member: `member` is the member's opening as `key!` writes it
    /// (`"kind":`), the key needing no escaping.
    #[inline]
    fn key<const N: usize>(&mut self, member: &'static [u8; N]) -> io::Result<()> {
        if self.pretty {
            self.pretty_key(member);
        } else {
            if !self.empty {
                self.buf.push(b',');
            }
            self.empty = false;
            self.buf.extend_from_slice(member);
        }
        Ok(())
    }

    /// [`Emitter::key`] in the pretty form: comma, line break, indentation, key, `": "`.
    fn pretty_key(&mut self, member: &[u8]) {
        let key = member
            .get(..member.len().saturating_sub(2))
            .unwrap_or_default();
        if !self.empty {
            self.buf.push(b',');
        }
        self.empty = false;
        self.buf.push(b'\n');
        self.indent();
        self.buf.extend_from_slice(key);
        self.buf.extend_from_slice(b"\": ");
    }

    #[inline]
    fn str(&mut self, s: &str) -> io::Result<()> {
        write_str(self.buf, s);
        Ok(())
    }

    /// A contract code (`money`, `USD`, `kWh`, `reference`...) as a JSON string: codes hold no
    /// byte that JSON escapes, so it is copied as it is.
    #[inline]
    fn code(&mut self, s: &'static str) -> io::Result<()> {
        debug_assert!(next_escape(s.as_bytes(), 0).is_none(), "{s:?}");
        self.buf.reserve(s.len() + 2);
        self.buf.push(b'"');
        self.buf.extend_from_slice(s.as_bytes());
        self.buf.push(b'"');
        Ok(())
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
                self.buf.extend_from_slice(b);
                return Ok(());
            }
        }
        write!(self.buf, "\"{v}\"")
    }

    /// A date as `Display` writes it (`2024-07-15`), as a JSON string. The last date written
    /// is kept (a day's range is that day twice; documents repeat their reference date).
    fn date(&mut self, d: NaiveDate) -> io::Result<()> {
        if let Some((last, bytes)) = &self.last_date
            && *last == d
        {
            self.buf.extend_from_slice(bytes);
            return Ok(());
        }
        let mut buf = Small::new();
        if buf.date(d)
            && let Some(b) = buf.get().and_then(|b| <[u8; 12]>::try_from(b).ok())
        {
            self.buf.extend_from_slice(&b);
            self.last_date = Some((d, b));
            return Ok(());
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
            Some(b) => {
                self.buf.extend_from_slice(b);
                Ok(())
            }
            None => self.display(d.normalize()),
        }
    }

    #[inline]
    fn number(&mut self, n: usize) -> io::Result<()> {
        push_number(self.buf, n);
        Ok(())
    }

    #[inline]
    fn raw(&mut self, json: &str) -> io::Result<()> {
        self.buf.extend_from_slice(json.as_bytes());
        Ok(())
    }

    fn span(&mut self, span: finnews::Span) -> io::Result<()> {
        if self.pretty {
            self.open(b'[')?;
            self.element()?;
            self.number(span.start())?;
            self.element()?;
            self.number(span.end())?;
            self.close(b']')
        } else {
            push_span(self.buf, span.start(), span.end());
            Ok(())
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
        self.buf.push(b'\n');
        self.spill()
    }

    /// [`Emitter::line`] of an outcome whose document is `a` (every kind kept).
    fn analysis_line(
        &mut self,
        id_json: &str,
        lossy: bool,
        a: &finnews::Analysis<'_>,
        text: &str,
    ) -> io::Result<()> {
        self.depth = 0;
        self.open(b'{')?;
        self.key(key!("id"))?;
        self.raw(id_json)?;
        let reference = crate::doc::reference(a.reference_date);
        self.head(lossy, reference.as_ref(), &a.blocks, &a.sentences)?;
        self.key(key!("mentions"))?;
        self.open(b'[')?;
        self.analysis_mentions(&a.mentions, text)?;
        self.close(b']')?;
        self.key(key!("facts"))?;
        self.open(b'[')?;
        self.facts(&a.facts, text)?;
        self.close(b']')?;
        self.close(b'}')?;
        self.buf.push(b'\n');
        Ok(())
    }

    fn doc(&mut self, doc: &Doc, text: &str) -> io::Result<()> {
        if let Some(s) = &doc.stream {
            return self.streamed(doc.lossy, text, s);
        }
        self.head(
            doc.lossy,
            doc.reference.as_ref(),
            &doc.blocks,
            &doc.sentences,
        )?;
        self.key(key!("mentions"))?;
        self.open(b'[')?;
        self.mentions(&doc.mentions, text)?;
        self.close(b']')?;
        self.key(key!("facts"))?;
        self.open(b'[')?;
        self.facts(&doc.facts, text)?;
        self.close(b']')
    }

    /// A huge document, read a window at a time as it is written: its blocks and sentences,
    /// then each window's mentions, then (reading the windows again) each window's facts, so
    /// that only one window's mentions and facts are held at a time.
    fn streamed(&mut self, lossy: bool, text: &str, s: &Stream) -> io::Result<()> {
        let reading = finnews::analyze_windows(text, &s.options);
        let reference = crate::doc::reference(reading.reference_date());
        self.head(
            lossy,
            reference.as_ref(),
            reading.blocks(),
            reading.sentences(),
        )?;
        self.key(key!("mentions"))?;
        self.open(b'[')?;
        let mut kept_before = 0;
        for w in reading.mention_windows() {
            let (mentions, _) = kept(
                &w.mentions,
                Vec::new(),
                s.kinds,
                w.first_mention,
                kept_before,
            );
            kept_before += mentions.len();
            self.mentions(&mentions, text)?;
        }
        self.close(b']')?;
        self.key(key!("facts"))?;
        self.open(b'[')?;
        if s.options.facts() {
            let mut kept_before = 0;
            for w in reading.windows() {
                let (mentions, facts) =
                    kept(&w.mentions, w.facts, s.kinds, w.first_mention, kept_before);
                kept_before += mentions.len();
                self.facts(&facts, text)?;
            }
        }
        self.close(b']')
    }

    /// The members before `mentions`: `lossy`, `reference_date`, `blocks`, `sentences`.
    fn head(
        &mut self,
        lossy: bool,
        reference: Option<&Reference>,
        blocks: &[Block],
        sentences: &[Sentence],
    ) -> io::Result<()> {
        if lossy {
            self.key(key!("lossy"))?;
            self.raw("true")?;
        }
        self.key(key!("reference_date"))?;
        match reference {
            None => self.raw("null")?,
            Some(r) => self.reference(r)?,
        }
        self.key(key!("blocks"))?;
        self.open(b'[')?;
        for b in blocks {
            self.element()?;
            self.block(b)?;
            self.spill()?;
        }
        self.close(b']')?;
        self.key(key!("sentences"))?;
        self.open(b'[')?;
        for s in sentences {
            self.element()?;
            self.sentence(s)?;
            self.spill()?;
        }
        self.close(b']')
    }

    /// The library's mentions as elements of the open array (every kind kept).
    fn analysis_mentions(
        &mut self,
        mentions: &[finnews::Mention<'_>],
        text: &str,
    ) -> io::Result<()> {
        for m in mentions {
            self.element()?;
            self.mention(&Fact::from_mention(m), text)?;
            self.spill()?;
        }
        Ok(())
    }

    /// Mentions as elements of the open array.
    fn mentions(&mut self, mentions: &[Fact], text: &str) -> io::Result<()> {
        for m in mentions {
            self.element()?;
            self.mention(m, text)?;
            self.spill()?;
        }
        Ok(())
    }

    /// Facts as elements of the open array.
    fn facts<T>(&mut self, facts: &[finnews::Fact<T>], text: &str) -> io::Result<()> {
        for f in facts {
            self.element()?;
            self.fact(f, text)?;
            self.spill()?;
        }
        Ok(())
    }

    /// One fact, in the key order of the library's serde form.
    fn fact<T>(&mut self, f: &finnews::Fact<T>, text: &str) -> io::Result<()> {
        self.open(b'{')?;
        self.key(key!("value"))?;
        self.number(f.value)?;
        self.key(key!("role"))?;
        self.code(f.role.code())?;
        if let Some(d) = f.direction {
            self.key(key!("direction"))?;
            self.code(d.code())?;
        }
        if let Some(b) = f.basis {
            self.key(key!("basis"))?;
            self.code(b.code())?;
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
            finnews::fact::Period::Reference => self.code("reference")?,
            finnews::fact::Period::None => self.raw("null")?,
        }
        if let Some(o) = f.period_offset {
            self.key(key!("period_offset"))?;
            self.code(o.code())?;
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
            self.code(f.status.code())?;
        }
        self.close(b'}')
    }

    fn phrase<T>(&mut self, p: Option<&finnews::fact::Phrase<T>>, text: &str) -> io::Result<()> {
        let Some(p) = p else {
            return self.raw("null");
        };
        if !self.pretty {
            // `{"span":[a,b],"text":"…"}` in three appends.
            push_span_member(self.buf, b"{\"span\":", p.span.start(), p.span.end());
            self.buf.extend_from_slice(b",\"text\":");
            write_str(self.buf, crate::doc::phrase_text(p, text));
            self.buf.push(b'}');
            self.empty = false;
            return Ok(());
        }
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
        self.code(r.date.grain().code())?;
        self.key(key!("source"))?;
        self.code(r.source.code())?;
        self.close(b'}')
    }

    fn block(&mut self, b: &Block) -> io::Result<()> {
        if !self.pretty {
            // `{"kind":"…","span":[a,b]}` in three appends.
            self.buf.extend_from_slice(b"{\"kind\":\"");
            self.buf.extend_from_slice(b.kind.code().as_bytes());
            push_span_member(self.buf, b"\",\"span\":", b.span.start(), b.span.end());
            self.buf.push(b'}');
            self.empty = false;
            return Ok(());
        }
        self.open(b'{')?;
        self.key(key!("kind"))?;
        self.code(b.kind.code())?;
        self.key(key!("span"))?;
        self.span(b.span)?;
        self.close(b'}')
    }

    fn sentence(&mut self, s: &Sentence) -> io::Result<()> {
        if !self.pretty {
            // `{"span":[a,b],"block":n}` in two appends.
            push_span_member(self.buf, b"{\"span\":", s.span.start(), s.span.end());
            self.buf.extend_from_slice(b",\"block\":");
            push_number(self.buf, s.block);
            self.buf.push(b'}');
            self.empty = false;
            return Ok(());
        }
        self.open(b'{')?;
        self.key(key!("span"))?;
        self.span(s.span)?;
        self.key(key!("block"))?;
        self.number(s.block)?;
        self.close(b'}')
    }

    fn mention(&mut self, m: &Fact, text: &str) -> io::Result<()> {
        if !self.pretty {
            // The opening, kind and span in one piece: `{"kind":"money","span":[a,b]`.
            let span = m.span();
            push_kind_span(self.buf, m.kind(), span.start(), span.end());
            self.depth += 1;
            self.empty = false;
        } else {
            self.open(b'{')?;
            self.key(key!("kind"))?;
            self.code(m.kind().code())?;
            self.key(key!("span"))?;
            self.span(m.span())?;
        }
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
                        self.code(currency.code())?;
                    }
                    QuantityKind::Percent { unit } => {
                        self.key(key!("unit"))?;
                        self.code(unit.code())?;
                    }
                    QuantityKind::Measure { unit } => {
                        self.key(key!("unit"))?;
                        self.code(unit.code())?;
                        self.key(key!("dimension"))?;
                        self.code(unit.dimension().code())?;
                    }
                    _ => {}
                }
                if let Some(md) = modifier {
                    self.key(key!("modifier"))?;
                    self.code(md.code())?;
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
                        self.code(md.code())?;
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
        // A mantissa of 64 bits (almost every value): trailing zeros stripped here, which is
        // what `normalize()` does (zero loses its sign and scale).
        if let Ok(m) = u64::try_from(d.mantissa().unsigned_abs()) {
            let mut scale = d.scale() as usize;
            let mut m = m;
            if m == 0 {
                scale = 0;
            }
            while scale > 0 && m % 10 == 0 {
                m /= 10;
                scale -= 1;
            }
            let mut digits = [0u8; 20];
            let i = u64_digits(m, &mut digits);
            if d.mantissa() < 0 {
                self.push(b"-");
            }
            self.fraction(&digits[i..], scale);
            return;
        }
        let d = d.normalize();
        let mantissa = d.mantissa();
        let scale = d.scale() as usize;
        let mut digits = [0u8; 40];
        let mut i = digits.len();
        let mut m = mantissa.unsigned_abs();
        // Most mantissas fit 64 bits, whose division by ten is a multiplication; the rest
        // (above 2^64) takes the 128-bit loop until it does.
        while m > u128::from(u64::MAX) {
            i -= 1;
            digits[i] = b'0' + (m % 10) as u8;
            m /= 10;
        }
        let i = u64_digits(m as u64, &mut digits[..i]);
        let digits = &digits[i..];
        if mantissa < 0 {
            self.push(b"-");
        }
        self.fraction(digits, scale);
    }

    /// Digits with `scale` of them after the point (a leading `0.` and zeros when there are
    /// fewer).
    #[inline]
    fn fraction(&mut self, digits: &[u8], scale: usize) {
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
pub(crate) fn write_str(out: &mut Vec<u8>, s: &str) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let bytes = s.as_bytes();
    out.reserve(bytes.len() + 2);
    out.push(b'"');
    let mut start = 0;
    while let Some(k) = next_escape(bytes, start) {
        let b = bytes[k];
        out.extend_from_slice(&bytes[start..k]);
        match b {
            b'"' => out.extend_from_slice(b"\\\""),
            b'\\' => out.extend_from_slice(b"\\\\"),
            b'\n' => out.extend_from_slice(b"\\n"),
            b'\r' => out.extend_from_slice(b"\\r"),
            b'\t' => out.extend_from_slice(b"\\t"),
            0x08 => out.extend_from_slice(b"\\b"),
            0x0c => out.extend_from_slice(b"\\f"),
            _ => out.extend_from_slice(&[
                b'\\',
                b'u',
                b'0',
                b'0',
                HEX[usize::from(b >> 4)],
                HEX[usize::from(b & 0xf)],
            ]),
        }
        start = k + 1;
    }
    out.extend_from_slice(&bytes[start..]);
    out.push(b'"');
}

/// Two digits per entry: `00` to `99`.
const PAIRS: &[u8; 200] = b"0001020304050607080910111213141516171819\
    2021222324252627282930313233343536373839\
    4041424344454647484950515253545556575859\
    6061626364656667686970717273747576777879\
    8081828384858687888990919293949596979899";

/// Writes the decimal digits of `n` (as `Display` writes them) at `at` of `block`, two at a
/// time; returns where they end. `block` must have room for 20 digits from `at`.
#[inline(always)]
fn put_digits<const N: usize>(block: &mut [u8; N], at: usize, n: usize) -> usize {
    let pair = |k: usize| {
        let k = k * 2;
        [PAIRS[k], PAIRS[k + 1]]
    };
    // The common cases (offsets and indexes below 10,000) without a loop.
    let (digits, len): ([u8; 4], usize) = if n < 10 {
        ([b'0' + n as u8, 0, 0, 0], 1)
    } else if n < 100 {
        let [a, b] = pair(n);
        ([a, b, 0, 0], 2)
    } else if n < 1000 {
        let [a, b] = pair(n % 100);
        ([b'0' + (n / 100) as u8, a, b, 0], 3)
    } else if n < 10_000 {
        let ([a, b], [c, d]) = (pair(n / 100), pair(n % 100));
        ([a, b, c, d], 4)
    } else {
        return put_long_digits(block, at, n);
    };
    if let Some(d) = block.get_mut(at..at + 4) {
        d.copy_from_slice(&digits);
    }
    at + len
}

/// [`put_digits`] for any `n`.
#[inline(never)]
fn put_long_digits<const N: usize>(block: &mut [u8; N], at: usize, n: usize) -> usize {
    // At most 20 digits (`usize::MAX` on 64 bits).
    let len = n.checked_ilog10().map_or(1, |l| l as usize + 1).min(20);
    let end = at + len;
    let mut n = n;
    let mut i = end;
    while n >= 10 && i >= at + 2 {
        let k = (n % 100) * 2;
        if let (Some(d), Some(p)) = (block.get_mut(i - 2..i), PAIRS.get(k..k + 2)) {
            d.copy_from_slice(p);
        }
        n /= 100;
        i -= 2;
    }
    if i > at
        && let Some(d) = block.get_mut(i - 1)
    {
        *d = b'0' + (n % 10) as u8;
    }
    end
}

/// The decimal digits of `n` as `Display` writes them, appended to `out`: the digits are put
/// left-aligned in a 20-byte block, the whole block is appended (a fixed-size copy) and the
/// unused bytes are cut off.
#[inline]
pub(crate) fn push_number(out: &mut Vec<u8>, n: usize) {
    let mut block = [0u8; 20];
    let end = put_digits(&mut block, 0, n);
    let at = out.len();
    out.extend_from_slice(&block);
    out.truncate(at + end);
}

/// A span as the compact form writes it, `[start,end]`, appended to `out` with one fixed-size
/// copy.
#[inline]
pub(crate) fn push_span(out: &mut Vec<u8>, start: usize, end: usize) {
    // `[`, 20 digits, `,`, 20 digits, `]`.
    let mut block = [0u8; 44];
    block[0] = b'[';
    let k = put_digits(&mut block, 1, start);
    if let Some(c) = block.get_mut(k) {
        *c = b',';
    }
    let k = put_digits(&mut block, k + 1, end);
    if let Some(c) = block.get_mut(k) {
        *c = b']';
    }
    let at = out.len();
    out.extend_from_slice(&block);
    out.truncate(at + k + 1);
}

/// A mention's compact opening and span, `{"kind":"money","span":[a,b]`, appended to `out`.
fn push_kind_span(out: &mut Vec<u8>, k: crate::doc::Kind, start: usize, end: usize) {
    use crate::doc::Kind;
    macro_rules! opening {
        ($code:literal) => {{
            const S: &str = concat!("{\"kind\":\"", $code, "\",\"span\":");
            const A: [u8; S.len()] = bytes_of(S);
            push_span_member(out, &A, start, end)
        }};
    }
    match k {
        Kind::Money => opening!("money"),
        Kind::Percent => opening!("percent"),
        Kind::Measure => opening!("measure"),
        Kind::Number => opening!("number"),
        Kind::Ordinal => opening!("ordinal"),
        Kind::Date => opening!("date"),
        Kind::Duration => opening!("duration"),
    }
}

/// `lead` then a span as the compact form writes it, `[start,end]`, appended to `out`: the
/// lead is a fixed-size copy, the span is put in a small block copied whole and cut.
#[inline]
pub(crate) fn push_span_member<const L: usize>(
    out: &mut Vec<u8>,
    lead: &[u8; L],
    start: usize,
    end: usize,
) {
    out.extend_from_slice(lead);
    push_span(out, start, end);
}

/// The first byte at or after `i` that a JSON string must escape (`"`, `\\`, below U+0020),
/// eight bytes at a time.
#[inline]
pub(crate) fn next_escape(b: &[u8], mut i: usize) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // The bytes to escape among eight, a flag (high bit) per byte: bytes below 0x20 (ASCII
    // only: a byte with its high bit set is never one), and bytes equal to `"` or `\\` (zero
    // after the xor). Exact for the lowest flagged byte.
    let flags = |x: u64| {
        let below = x.wrapping_sub(ONES * 0x20) & !x & HIGH;
        let q = x ^ (ONES * u64::from(b'"'));
        let bs = x ^ (ONES * u64::from(b'\\'));
        let zq = q.wrapping_sub(ONES) & !q & HIGH;
        let zb = bs.wrapping_sub(ONES) & !bs & HIGH;
        below | zq | zb
    };
    while let Some(chunk) = b.get(i..).and_then(<[u8]>::first_chunk::<8>) {
        let z = flags(u64::from_le_bytes(*chunk));
        if z != 0 {
            return Some(i + (z.trailing_zeros() / 8) as usize);
        }
        i += 8;
    }
    if i >= b.len() {
        return None;
    }
    // Fewer than eight bytes left: the last eight bytes of `b`, shifted down past those before
    // `i` (already read), with spaces (never escaped) shifted in above.
    if let Some(last) = b.last_chunk::<8>() {
        let shift = (i + 8 - b.len()) * 8; // 8 to 56
        let x = u64::from_le_bytes(*last) >> shift | (ONES * 0x20) << (64 - shift);
        let z = flags(x);
        return (z != 0).then(|| i + (z.trailing_zeros() / 8) as usize);
    }
    b.get(i..)?
        .iter()
        .position(|&c| c < 0x20 || c == b'"' || c == b'\\')
        .map(|k| i + k)
}

/// Writes the decimal digits of `m` at the end of `buf` (at least one digit; `buf` long enough
/// for them: 20 bytes hold any `u64`) and returns the index of the first.
fn u64_digits(mut m: u64, buf: &mut [u8]) -> usize {
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = b'0' + (m % 10) as u8;
        m /= 10;
        if m == 0 {
            return i;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Small, push_number, push_span, write_str};

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
            "5.930",
            "-12.50",
            "1000",
            "0.10",
            "-0.000",
            "18446744073709551615.10",
            "18446744073709551616.50",
            "-184467440737095516160",
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
            let mut v = b"x".to_vec();
            push_number(&mut v, n);
            assert_eq!(v, format!("x{n}").as_bytes());
            let mut v = b"x".to_vec();
            push_span(&mut v, n, n / 3);
            assert_eq!(v, format!("x[{n},{}]", n / 3).as_bytes());
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
        write_str(&mut v, s);
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
