//! Lines, runs, blocks: the layout half of the segmenter.
//!
//! 1. Physical lines are found with `memchr` (LF, CR, CRLF, form feed, U+2028, U+2029).
//! 2. Consecutive non-blank lines form a *run*; blank lines, form feeds and U+2029 end runs.
//! 3. Inside a run, each line break is a soft wrap (joined) or a hard break (new block),
//!    decided by the cue table ([`crate::cues`]).
//! 4. Each resulting logical line is classified, left to right, with a small state (before or
//!    after the first body block, title and dateline seen, breadcrumb items, footer zone).

use std::hash::{Hash, Hasher};

use finnews_core::Span;

use crate::cues::{self, is_space};
use crate::marker;
use crate::sentence::Splitter;
use crate::types::{Block, BlockKind, DatelineDetector, Options, Segmentation, Sentence};

/// Splits `text` into blocks and sentences.
///
/// # Example
///
/// ```
/// use finnews_segment::{segment, Options, BlockKind};
/// let seg = segment("Headline\n\nFirst paragraph. Second sentence.", &Options::default());
/// assert_eq!(seg.blocks[0].kind, BlockKind::Title);
/// assert_eq!(seg.sentences.len(), 3);
/// ```
#[must_use]
pub fn segment(text: &str, options: &Options) -> Segmentation {
    // About one block and one sentence per 100 bytes in news text (more in tables): a story
    // gets room for a block and a sentence per 64 bytes (no growing); a longer text, one per
    // 200 and 120 bytes (the vectors grow when needed, the memory stays small).
    let (blocks, sentences) = if text.len() <= SMALL_TEXT {
        (text.len() / 64 + 8, text.len() / 64 + 8)
    } else {
        (text.len() / 200 + 4, text.len() / 120 + 4)
    };
    let mut seg = Segmentation {
        blocks: Vec::with_capacity(blocks),
        sentences: Vec::with_capacity(sentences),
        dateline_date: None,
    };
    let mut state = State::default();
    segment_with(text, options, &mut state, &mut seg);
    seg
}

/// Texts up to this many bytes get their block and sentence vectors at the largest size news
/// needs, at once.
const SMALL_TEXT: usize = 16 * 1024;

/// What the classifier remembers from the blocks before: everything position-dependent.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct State {
    /// A body block (paragraph, list item, field) has been seen.
    pub(crate) body: bool,
    /// The title has been seen.
    pub(crate) title: bool,
    /// Index (in the segmentation being built) and word count of the title while the header
    /// zone is open (no body block and no dateline yet): a longer headline there replaces it.
    pub(crate) title_block: Option<(usize, usize)>,
    /// A dateline has been seen.
    pub(crate) dateline: bool,
    /// A boilerplate line was seen in the body and no paragraph since.
    pub(crate) footer: bool,
    /// Hashes of the breadcrumb items seen before the title.
    pub(crate) crumbs: Vec<u64>,
    /// Columns of a dateline that stood on its own line, while the run after it (the lead
    /// paragraph it was cut from) has not been read: that run's first line is measured with the
    /// dateline in front of it, as the wire wrapped it.
    pub(crate) lead: usize,
}

/// One physical line: its trimmed content and layout.
#[derive(Debug, Clone, Copy)]
struct Line {
    start: usize,
    end: usize,
    indent: usize,
    width: usize,
    trailing_space: bool,
    /// A results row (`Net 5.1 mln vs 4.2 mln`): read only for lines of runs of two or more,
    /// the only ones whose breaks are decided ([`Ctx::flush`] sets it).
    row: bool,
}

impl Line {
    /// The columns the line occupies: its indentation and its width.
    fn cols(&self) -> usize {
        self.indent + self.width
    }
}

/// Segments `text` continuing from `state`, appending to `seg` (offsets relative to `text`).
pub(crate) fn segment_with(
    text: &str,
    options: &Options,
    state: &mut State,
    seg: &mut Segmentation,
) {
    // The working buffers are kept per thread and reused: no allocation per document once
    // they have grown.
    thread_local! {
        static SCRATCH: std::cell::RefCell<Scratch> = std::cell::RefCell::default();
    }
    SCRATCH.with(|cell| match cell.try_borrow_mut() {
        Ok(mut scratch) => segment_lines(text, options, state, seg, &mut scratch, true),
        Err(_) => segment_lines(text, options, state, seg, &mut Scratch::default(), true),
    });
}

/// Reusable working buffers.
#[derive(Debug, Default)]
struct Scratch {
    run: Vec<Line>,
    logical: Vec<(usize, usize, usize, bool)>,
    splitter: Splitter,
    doc: cues::DocCues,
}

/// [`segment`] through the general line loop only (never the LF-only one): the two must agree.
#[cfg(test)]
pub(crate) fn segment_general(text: &str, options: &Options) -> Segmentation {
    let mut seg = Segmentation::default();
    let mut state = State::default();
    segment_lines(
        text,
        options,
        &mut state,
        &mut seg,
        &mut Scratch::default(),
        false,
    );
    seg
}

/// Segments `text`; `lf_fast`: LF-only texts may take the loop that looks for LF alone.
fn segment_lines(
    text: &str,
    options: &Options,
    state: &mut State,
    seg: &mut Segmentation,
    scratch: &mut Scratch,
    lf_fast: bool,
) {
    let Scratch {
        run,
        logical,
        splitter,
        doc,
    } = scratch;
    run.clear();
    doc.reset();
    let mut ctx = Ctx {
        text,
        options,
        state,
        seg,
        splitter,
        logical,
        doc,
        known: None,
    };
    let b = text.as_bytes();
    let ascii = text.is_ascii();
    // Most documents break their lines with LF alone: without a CR, a form feed or the lead
    // byte of U+2028/U+2029 (checked once), every line ends at the next LF.
    if lf_fast && memchr::memchr3(b'\r', 0x0C, 0xE2, b).is_none() {
        let mut pos = 0;
        for nl in memchr::memchr_iter(b'\n', b) {
            match measure(text, pos, nl, ascii) {
                Some(line) => run.push(line),
                None => ctx.flush(run),
            }
            pos = nl + 1;
        }
        if let Some(line) = measure(text, pos, b.len(), ascii) {
            run.push(line);
        }
        ctx.flush(run);
        return;
    }
    let mut pos = 0;
    let mut next_ff = memchr::memchr(0x0c, b);
    while pos <= b.len() {
        // Find the next line break.
        let mut search = pos;
        let (brk, brk_len, hard) = loop {
            let nl = memchr::memchr3(b'\n', b'\r', 0xE2, &b[search..]).map(|i| i + search);
            if let Some(ff) = next_ff
                && ff < pos
            {
                next_ff = memchr::memchr(0x0c, &b[pos..]).map(|i| i + pos);
                continue;
            }
            let ff = next_ff.filter(|&f| nl.is_none_or(|n| f < n));
            if let Some(f) = ff {
                break (f, 1, true);
            }
            match nl {
                None => break (b.len(), 0, false),
                Some(i) => match b[i] {
                    b'\n' => break (i, 1, false),
                    b'\r' => break (i, if b.get(i + 1) == Some(&b'\n') { 2 } else { 1 }, false),
                    _ => {
                        if b.get(i + 1) == Some(&0x80) && matches!(b.get(i + 2), Some(0xA8 | 0xA9))
                        {
                            break (i, 3, b[i + 2] == 0xA9);
                        }
                        search = i + 1;
                    }
                },
            }
        };
        match measure(text, pos, brk, ascii) {
            Some(line) => run.push(line),
            None => ctx.flush(run),
        }
        if hard {
            ctx.flush(run);
        }
        if brk_len == 0 {
            break;
        }
        pos = brk + brk_len;
    }
    ctx.flush(run);
}

/// Trims a physical line; `None` when it is blank. `ascii`: the whole text is ASCII.
#[inline(always)]
fn measure(text: &str, start: usize, end: usize, ascii: bool) -> Option<Line> {
    let line = text.get(start..end)?;
    let b = line.as_bytes();
    let mut indent = 0;
    let mut s = 0;
    // ASCII white space byte by byte; other characters decoded only when met.
    loop {
        match b.get(s) {
            Some(b'\t') => {
                indent += 4;
                s += 1;
            }
            Some(0x0A..=0x0D | b' ') => {
                indent += 1;
                s += 1;
            }
            Some(&c) if c >= 0x80 => match line.get(s..).and_then(|r| r.chars().next()) {
                Some(c) if is_space(c) => {
                    indent += 1;
                    s += c.len_utf8();
                }
                _ => break,
            },
            _ => break,
        }
    }
    let mut e = b.len();
    while e > s {
        match b[e - 1] {
            0x09..=0x0D | b' ' => e -= 1,
            c if c >= 0x80 => {
                e = s + line.get(s..e)?.trim_end_matches(is_space).len();
                break;
            }
            _ => break,
        }
    }
    if e <= s {
        return None;
    }
    let content = &b[s..e];
    let width = if ascii || content.is_ascii() {
        content.len()
    } else {
        content.iter().filter(|&&b| (b & 0xC0) != 0x80).count()
    };
    Some(Line {
        start: start + s,
        end: start + e,
        indent,
        width,
        trailing_space: e < line.len(),
        row: false,
    })
}

struct Ctx<'a> {
    text: &'a str,
    options: &'a Options,
    state: &'a mut State,
    seg: &'a mut Segmentation,
    splitter: &'a mut Splitter,
    /// Logical lines of the current run: (start, end, physical line count, table row).
    logical: &'a mut Vec<(usize, usize, usize, bool)>,
    /// Where the document's footer phrases stand.
    doc: &'a mut cues::DocCues,
    /// The dateline detector's answer on the last line it read (start, end, answer, date),
    /// reused when the classifier reads the same line.
    known: Option<(usize, usize, Option<usize>, Known)>,
}

/// The date of a detected dateline: known when the built-in detector found it, unknown when a
/// caller's detector gave only its length (then [`crate::dateline()`] reads the block).
type Known = Option<Option<crate::DatelineDate>>;

fn first_char(s: &str) -> char {
    s.chars().next().unwrap_or(' ')
}

fn last_char(s: &str) -> char {
    s.chars().next_back().unwrap_or(' ')
}

/// Words of a line (white-space separated, a CJK character counting half), counted only until
/// they exceed `cap` (the result is then `cap + 1`). The count never decreases along the line,
/// so checking the cap once per chunk of bytes gives the same result as checking it per byte.
pub(crate) fn words_upto(s: &str, cap: usize) -> usize {
    const LO: u64 = 0x0101_0101_0101_0101;
    const HI: u64 = 0x8080_8080_8080_8080;
    const LOW7: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    // The high bit of each byte of `t` that is zero.
    let zero = |t: u64| !(((t & LOW7) + LOW7) | t) & HI;
    // The high bit of each byte of `x` below 0x80 that is at least `n` (n < 0x80): with the
    // high bit forced on, subtracting `n` never borrows across bytes.
    let at_least = |x: u64, n: u64| ((x | HI) - n * LO) & HI & !x;
    let mut words = 0;
    let mut cjk = 0;
    // Whether the byte before the current one is white space (the line start counts as one).
    let mut prev_space = 1u64;
    let mut chunks = s.as_bytes().chunks_exact(8);
    // Eight bytes at a time: the ASCII white-space bytes and
    // the lead bytes 0xE3-0xE9 as bit masks; a word starts at a non-space byte after a space.
    for chunk in chunks.by_ref() {
        let mut w = [0u8; 8];
        w.copy_from_slice(chunk);
        let x = u64::from_le_bytes(w);
        // `u8::is_ascii_whitespace`: space, tab, line feed, form feed, carriage return (not
        // the vertical tab 0x0B).
        // Most chunks hold no byte below 0x20 (the bytes below 0x21 are then the spaces) and
        // no byte above 0x7F (then no lead byte).
        let blank = zero(x ^ (LO * 0x20));
        let space = if !at_least(x, 0x20) & !x & HI == 0 {
            blank
        } else {
            blank | (at_least(x, 0x09) & !at_least(x, 0x0E) & !zero(x ^ (LO * 0x0B)))
        };
        // Lead bytes 0xE3..=0xE9: the high bit set and the low seven bits in 0x63..=0x69.
        let wide = if x & HI == 0 {
            0
        } else {
            let low = x & LOW7;
            x & HI & at_least(low, 0x63) & !at_least(low, 0x6A)
        };
        // One flag per byte (0 or 1 in each byte's low bit): a word starts at a byte that is
        // no space after one that is. The flags of a chunk sum to at most 8, so one multiply
        // adds them up in the top byte (no population count, which baseline x86-64 lacks).
        let sp = space >> 7;
        let starts = (sp ^ LO) & ((sp << 8) | prev_space);
        words += (starts.wrapping_mul(LO) >> 56) as usize;
        cjk += ((wide >> 7).wrapping_mul(LO) >> 56) as usize;
        prev_space = sp >> 56;
        if words + cjk / 2 > cap {
            return cap + 1;
        }
    }
    let mut in_space = prev_space == 1;
    for &c in chunks.remainder() {
        let space = c.is_ascii_whitespace();
        words += usize::from(in_space && !space);
        in_space = space;
        cjk += usize::from((0xE3..=0xE9).contains(&c));
    }
    if words + cjk / 2 > cap {
        return cap + 1;
    }
    words + cjk / 2
}

/// Every word of four letters or more is capitalised (a heading or a label, not prose).
fn title_case(s: &str) -> bool {
    let mut long = 0;
    for w in s.split_whitespace().take(64) {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        if w.chars().count() >= 4 {
            long += 1;
            if !first_char(w).is_uppercase() {
                return false;
            }
        }
    }
    long > 0
}

#[inline]
fn first_word_width(s: &str) -> usize {
    // ASCII fast path: a first word of ASCII bytes ended by ASCII white space or the end.
    let b = s.as_bytes();
    let p = b
        .iter()
        .position(|&c| matches!(c, 0x09..=0x0D | b' ') || c >= 0x80)
        .unwrap_or(b.len());
    if p > 0 && b.get(p).is_none_or(|&c| c < 0x80) {
        return p;
    }
    s.split_whitespace().next().map_or(0, |w| w.chars().count())
}

/// `Key: value` at the start of `s`: the byte offset where the value starts.
#[inline]
fn field_key(s: &str) -> Option<usize> {
    // Quick refusal (most lines, and nearly every wrapped continuation line): a key starts with
    // an upper-case or CJK character, so an ASCII first byte must be an upper-case letter.
    if s.as_bytes()
        .first()
        .is_none_or(|&c| c < 0x80 && !c.is_ascii_uppercase())
    {
        return None;
    }
    field_key_after_refusal(s)
}

/// [`field_key`] past its quick refusal.
#[inline(never)]
fn field_key_after_refusal(s: &str) -> Option<usize> {
    let mut cut = s.len().min(48);
    while !s.is_char_boundary(cut) {
        cut -= 1;
    }
    let head = &s.as_bytes()[..cut];
    // Sixteen bytes per step: most lines have neither a colon nor a full-width character.
    if !any_byte(head, |c| c == b':' || c == 0xEF) {
        return None;
    }
    // `: ` or the full-width colon (EF BC 9A), found with `memchr2` (`:` or the lead byte 0xEF).
    let mut from = 0;
    let (p, clen) = loop {
        let p = memchr::memchr2(b':', 0xEF, &head[from..])? + from;
        if head[p] == b':' && head.get(p + 1) == Some(&b' ') {
            break (p, 2);
        }
        if head[p] == 0xEF && head.get(p + 1) == Some(&0xBC) && head.get(p + 2) == Some(&0x9A) {
            break (p, 3);
        }
        from = p + 1;
    };
    let key = &s[..p];
    let words = key.split_whitespace().count();
    if p == 0 || words == 0 || words > cues::FIELD_MAX_KEY_WORDS {
        return None;
    }
    let f = first_char(key);
    if !(f.is_uppercase() || cues::is_cjk(f))
        || key.chars().any(|c| cues::is_terminal(c) || c == ',')
    {
        return None;
    }
    Some(p + clen)
}

/// A short line holding a link word (`このページを印刷する`, `ページの先頭へ`): a line of its own,
/// never a wrapped part of a paragraph.
fn link_line(t: &str) -> bool {
    words_upto(t, cues::SHORT_MAX_WORDS) <= cues::SHORT_MAX_WORDS && cues::has_boilerplate_word(t)
}

/// Whether `t` is a menu line longer than a short line: a bounded line of at least
/// [`cues::MENU_MIN_ITEMS`] entries between [`cues::MENU_SEPARATORS`], each of at most
/// [`cues::MENU_ITEM_MAX_WORDS`] words and [`cues::MENU_ITEM_MAX_CHARS`] characters.
fn long_menu(t: &str) -> bool {
    let mut items = 0;
    for item in t.split(cues::MENU_SEPARATORS) {
        let item = item.trim();
        if item.is_empty() {
            continue;
        }
        if item
            .split_whitespace()
            .nth(cues::MENU_ITEM_MAX_WORDS)
            .is_some()
            || item.chars().nth(cues::MENU_ITEM_MAX_CHARS).is_some()
        {
            return false;
        }
        items += 1;
    }
    items >= cues::MENU_MIN_ITEMS
}

/// A line of at most this many bytes has its byte classes ([`line_facts`]) read by the cues; a
/// longer one is left to the cues themselves (most refuse it by its length).
const FACTS_MAX_BYTES: usize = cues::MENU_MAX_BYTES;

/// [`line_facts`]: an ASCII letter or digit.
const FACT_ALNUM: u8 = 1;
/// [`line_facts`]: an ASCII digit.
const FACT_DIGIT: u8 = 1 << 1;
/// [`line_facts`]: an ASCII lower-case letter.
const FACT_LOWER: u8 = 1 << 2;
/// [`line_facts`]: an ASCII upper-case letter.
const FACT_UPPER: u8 = 1 << 3;
/// [`line_facts`]: a byte of a non-ASCII character.
const FACT_WIDE: u8 = 1 << 4;
/// [`line_facts`]: an ASCII character of [`cues::MENU_SEPARATORS`] or [`cues::TRAIL_SEPARATORS`]
/// (the others start with a [`FACT_WIDE`] byte).
const FACT_SEPARATOR: u8 = 1 << 5;

/// The classes of each byte, built from the cue tables at compile time.
const BYTE_FACTS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut c = 0;
    while c < 256 {
        let b = c as u8;
        t[c] = if b >= 0x80 {
            FACT_WIDE
        } else if b.is_ascii_digit() {
            FACT_ALNUM | FACT_DIGIT
        } else if b.is_ascii_lowercase() {
            FACT_ALNUM | FACT_LOWER
        } else if b.is_ascii_uppercase() {
            FACT_ALNUM | FACT_UPPER
        } else {
            0
        };
        c += 1;
    }
    let tables = [cues::MENU_SEPARATORS, cues::TRAIL_SEPARATORS];
    let mut k = 0;
    while k < tables.len() {
        let mut j = 0;
        while j < tables[k].len() {
            let c = tables[k][j] as u32;
            if c < 0x80 {
                t[c as usize] |= FACT_SEPARATOR;
            }
            j += 1;
        }
        k += 1;
    }
    t
};

/// The classes ([`FACT_ALNUM`] ...) of the bytes of `t`, in one pass: several cues read them
/// instead of each scanning the line for its own bytes.
fn line_facts(t: &str) -> u8 {
    t.bytes().fold(0, |a, b| a | BYTE_FACTS[usize::from(b)])
}

/// Whether a line with the byte classes `f` may be a widget ([`cues::is_widget`]): an ASCII
/// line without a digit is one only when it opens with a marker, not a letter or digit.
fn may_be_widget(f: u8, t: &str) -> bool {
    f & (FACT_WIDE | FACT_DIGIT) != 0
        || !t.as_bytes().first().is_some_and(u8::is_ascii_alphanumeric)
}

/// Whether some byte of `b` satisfies `pred`: sixteen bytes per step, each chunk folded without
/// an early exit (the compiler turns the fold into vector instructions).
#[inline]
fn any_byte(b: &[u8], pred: impl Fn(u8) -> bool) -> bool {
    let mut chunks = b.chunks_exact(16);
    for chunk in chunks.by_ref() {
        if chunk.iter().fold(0u8, |a, &c| a | u8::from(pred(c))) != 0 {
            return true;
        }
    }
    chunks.remainder().iter().any(|&c| pred(c))
}

/// Whether the value of a field is field-like: holds a digit or is short.
fn field_value_ok(v: &str) -> bool {
    let v = v.trim();
    !v.is_empty()
        && (v.chars().any(|c| c.is_ascii_digit())
            || v.split_whitespace().count() <= cues::FIELD_MAX_VALUE_WORDS)
}

fn hash_of(s: &str) -> u64 {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    for c in s.chars().flat_map(char::to_lowercase) {
        c.hash(&mut h);
    }
    h.finish()
}

impl Ctx<'_> {
    fn flush(&mut self, run: &mut Vec<Line>) {
        if run.is_empty() {
            return;
        }
        // Only breaks between lines look at the row shape of a line.
        if run.len() >= 2 {
            for l in run.iter_mut() {
                let t = &self.text[l.start..l.end];
                l.row = t.len() >= 6 && cues::is_comparison_row(t);
            }
        }
        let max = run.iter().map(Line::cols).max().unwrap_or(0);
        // A run of lines at one indentation whose long lines mostly end a sentence is a page
        // of one paragraph a line, not hard-wrapped text (a wrapped paragraph ends few of its
        // lines on a sentence end; newswire paragraphs open indented).
        let flat = run.iter().all(|l| l.indent == run[0].indent);
        let wrapped = run.len() >= cues::WRAP_MIN_LINES
            && (cues::WRAP_MIN_WIDTH..=cues::WRAP_MAX_WIDTH).contains(&max)
            && !(flat && {
                let (mut long, mut ends) = (0, 0);
                for l in run.iter().filter(|l| l.cols() >= cues::WRAP_MIN_WIDTH) {
                    long += 1;
                    ends += usize::from(cues::is_terminal(last_char(&self.text[l.start..l.end])));
                }
                long >= cues::WRAP_MIN_LINES
                    && ends * cues::PAGE_LINE_ENDS_DEN >= long * cues::PAGE_LINE_ENDS_NUM
            });
        // A dateline filling a line of this run before the body: no line joins it, and the line
        // after it is measured with the dateline in front (the wire's lead line carried it).
        let dateline_line = self.dateline_line(run);
        // The paragraph indentation of the run: that of its widest line indented deeper than
        // the first (newswire paragraphs open indented; a short sign-off may be indented less).
        let para_indent = run
            .iter()
            .filter(|l| l.indent > run[0].indent)
            .max_by_key(|l| l.width)
            .map_or(run[0].indent, |l| l.indent);
        let (lead_at, lead_cols) = match dateline_line {
            Some(d) => (d + 1, run[d].width + 1 + para_indent.max(run[d].indent)),
            None if !self.state.body && self.state.lead > 0 => (0, self.state.lead + para_indent),
            None => (usize::MAX, 0),
        };
        self.state.lead = 0;
        // Logical lines: (start, end, physical line count, table row).
        let mut logical = std::mem::take(self.logical);
        logical.clear();
        let mut cur = (run[0].start, run[0].end, 1, false);
        for (i, w) in run.windows(2).enumerate() {
            let forced = dateline_line.is_some_and(|d| d == i || d == i + 1);
            let extra = if i == lead_at {
                lead_cols.saturating_sub(w[0].indent)
            } else {
                0
            };
            if !forced && self.joins(&w[0], &w[1], max, wrapped, extra) {
                cur.1 = w[1].end;
                cur.2 += 1;
            } else {
                logical.push(cur);
                cur = (w[1].start, w[1].end, 1, false);
            }
        }
        logical.push(cur);
        run.clear();
        let mut stretch = 0;
        for i in 0..logical.len() {
            if i == stretch {
                stretch = self.mark_tables(&mut logical, i);
            }
            let (s, e, n, table) = logical[i];
            // Between a line ending a sentence and another line of the run: where a heading of
            // a page without blank lines stands.
            let between = flat && i > 0 && i + 1 < logical.len();
            self.classify(s, e, n, table, i == 0, between);
        }
        *self.logical = logical;
    }

    /// Marks the table rows of the stretch of row-shaped lines starting at `from` and returns
    /// where the next stretch may start. A table is a stretch of two or more lines without a
    /// sentence end, at least one a key/value pair or a comparison (`Net 5.1 mln vs 4.2 mln`);
    /// not at the very top of a page, where the title, the source and the date lines stand
    /// together. A line with a sentence end (a note under the table) ends the stretch, not the
    /// table before it. Decided when the stretch is reached, so the lines before it (a
    /// dateline running into the body) are known.
    fn mark_tables(&self, logical: &mut [(usize, usize, usize, bool)], from: usize) -> usize {
        if logical.len() < 2 || !(self.state.body || self.state.title || self.state.dateline) {
            return logical.len();
        }
        let body = self.state.body || self.state.dateline;
        let row = |&(s, e, _, _): &(usize, usize, usize, bool)| {
            let t = &self.text[s..e];
            !cues::is_terminal(last_char(t))
                && !cues::is_sign_off(t)
                && words_upto(t, cues::ROW_MAX_WORDS) <= cues::ROW_MAX_WORDS
        };
        let keyed = |&(s, e, _, _): &(usize, usize, usize, bool)| {
            let t = &self.text[s..e];
            field_key(t).is_some_and(|v| field_value_ok(&t[v..])) || cues::is_comparison_row(t)
        };
        let figures =
            |&(s, e, _, _): &(usize, usize, usize, bool)| cues::is_figure_row(&self.text[s..e]);
        let mut start = from;
        let mut end = from;
        while end < logical.len() && row(&logical[end]) {
            end += 1;
        }
        if end == from {
            return from + 1;
        }
        // The run's first line in title case, not a row itself, is the table's caption.
        if start == 0
            && title_case(&self.text[logical[0].0..logical[0].1])
            && !keyed(&logical[0])
            && !figures(&logical[0])
        {
            start = 1;
        }
        // Before the body and the dateline, a run opening with a line that is no row (a lead
        // paragraph, perhaps holding the dateline): the stretch is looked at again after it.
        if start == 0 && !body && !keyed(&logical[0]) && !figures(&logical[0]) {
            return 1;
        }
        let stretch = &mut logical[start..end];
        // In the body (or under the dateline) short rows with a figure each make a one-column
        // table (`Shr 14 cts` over `Net 510,917`, `Pay April 20` over `Record March 31`).
        let short_rows = || {
            body && stretch
                .iter()
                .all(|&(s, e, _, _)| cues::is_short_row(&self.text[s..e]))
        };
        // Rows of figures make a table; in the page header, where a ticker line stands alone
        // (`0.000.00%`), it takes two of them (a quote table under its headline).
        let figure_rows =
            || stretch.iter().filter(|l| figures(l)).take(2).count() >= if body { 1 } else { 2 };
        if stretch.len() >= 2 && (stretch.iter().any(keyed) || figure_rows() || short_rows()) {
            for l in stretch.iter_mut() {
                l.3 = true;
            }
            return end;
        }
        // The run's first line may hold the dateline, which changes what counts as a row:
        // without a table, the stretch is looked at again after that line.
        if from == 0 { 1 } else { end }
    }

    /// The index of a line of `run` that is a whole dateline, looked for only before the
    /// dateline and the body (among the run's first lines, short ones).
    ///
    /// The first line the detector accepts ends the search (a dateline running into the body
    /// is not a whole line), and its answer is kept for the classifier.
    fn dateline_line(&mut self, run: &[Line]) -> Option<usize> {
        if self.state.dateline || self.state.body || run.len() < 2 {
            return None;
        }
        for (i, l) in run.iter().take(DATELINE_SCAN_LINES).enumerate() {
            let t = &self.text[l.start..l.end];
            if t.len() > cues::LATE_DATELINE_MAX_BYTES {
                continue;
            }
            let (n, date) = self.detect(t);
            self.known = Some((l.start, l.end, n, date));
            if let Some(n) = n {
                return (n >= t.len()).then_some(i);
            }
        }
        None
    }

    /// Whether the break between physical lines `l` and `n` is a soft wrap.
    ///
    /// `extra` columns stood before `l` on the wire (a dateline cut from the lead line).
    fn joins(&self, l: &Line, n: &Line, max: usize, wrapped: bool, extra: usize) -> bool {
        let lt = &self.text[l.start..l.end];
        let nt = &self.text[n.start..n.end];
        let nf = first_char(nt);
        let ll = last_char(lt);
        if matches!(
            nf,
            '.' | ',' | ';' | ':' | ')' | '!' | '?' | '。' | '、' | '，' | '）'
        ) {
            return true;
        }
        if marker::parse_line(nt).is_some_and(|m| marker::line_start_ok(&m))
            || field_key(nt).is_some()
        {
            return false;
        }
        if l.width <= cues::FRAGMENT_WIDTH && n.width <= cues::FRAGMENT_WIDTH {
            return true;
        }
        // A sign-off (`Reuter`) and a credit line (`(Reporting by ...)`) are their own lines.
        if cues::is_sign_off(nt) || (nf == '(' && cues::is_credit_line(nt)) {
            return false;
        }
        // Results rows stand one per line; a row continues only on a lower-case word
        // (`... vs 3,419.0` over `billion`).
        if n.row {
            return false;
        }
        if l.row {
            return nf.is_lowercase();
        }
        if n.indent >= l.indent + 2 && !nf.is_lowercase() {
            return false;
        }
        if cues::is_cjk(ll) {
            // A wrapped CJK line is filled: a line less than half as wide as the run's widest
            // (a headline over its story) ends where it does on purpose.
            return !l.trailing_space
                && !cues::is_terminal(ll)
                && !cues::is_closer(ll)
                && l.width * 2 >= max
                && !link_line(lt)
                && !link_line(nt);
        }
        let cols = l.cols() + extra;
        // The next line's first word is at least one column wide (its first byte is no white
        // space) and at most its byte length: either bound may settle the comparison unread.
        if wrapped
            && cols * 2 >= max
            && cols + 1 + nt.len() > max
            && (cols + 2 > max || cols + 1 + first_word_width(nt) > max)
        {
            return true;
        }
        // The line a dateline was cut from opens the lead paragraph: it runs on unless it ends
        // a sentence or is a label in capitals.
        if extra > 0
            && wrapped
            && !cues::is_terminal(ll)
            && ll != ':'
            && lt.chars().any(char::is_lowercase)
        {
            return true;
        }
        // A line ending in a comma continues; a line of fewer words than that ends there.
        if cues::is_terminal(ll) || ll == ':' {
            return false;
        }
        if words_upto(lt, cues::CONTINUATION_MIN_WORDS) < cues::CONTINUATION_MIN_WORDS {
            return false;
        }
        if ll == ',' {
            return true;
        }
        if nf.is_lowercase() {
            return true;
        }
        (nf.is_ascii_digit() || matches!(nf, '(' | '[' | '“' | '"' | '$' | '€' | '£'))
            && !title_case(lt)
            // In the page header a line that is a whole date (`5 March 2025`) stands alone.
            && (!nf.is_ascii_digit()
                || self.state.body
                || self.state.dateline
                || crate::dateline::detect(nt).is_none_or(|f| f.len < nt.len()))
    }

    fn push(&mut self, kind: BlockKind, start: usize, end: usize) {
        let t = &self.text[start..end];
        // Blocks nearly always start and end with an ASCII byte that is no white space: then
        // there is nothing to trim.
        let plain =
            |c: Option<&u8>| c.is_some_and(|&c| c < 0x80 && !matches!(c, 0x09..=0x0D | b' '));
        let (s, e) = if plain(t.as_bytes().first()) && plain(t.as_bytes().last()) {
            (start, end)
        } else {
            let tt = t.trim_start_matches(is_space);
            let s = start + (t.len() - tt.len());
            (s, s + tt.trim_end_matches(is_space).len())
        };
        if s >= e {
            return;
        }
        let block = self.seg.blocks.len();
        self.seg.blocks.push(Block {
            kind,
            span: Span::new(s, e),
        });
        let seg = &mut *self.seg;
        self.splitter.split(&self.text[s..e], &mut |a, b| {
            seg.sentences.push(Sentence {
                span: Span::new(s + a, s + b),
                block,
            });
        });
    }

    fn body(&mut self, kind: BlockKind, s: usize, e: usize) {
        self.state.body = true;
        self.state.title_block = None;
        self.push(kind, s, e);
    }

    fn classify(
        &mut self,
        s: usize,
        e: usize,
        nlines: usize,
        table: bool,
        first_in_run: bool,
        between_lines: bool,
    ) {
        let t = &self.text[s..e];
        let last = last_char(t);
        let ends_sentence = cues::is_terminal(last)
            || (cues::is_closer(last) && t.chars().rev().take(3).any(cues::is_terminal));
        // Counted only when a cue needs it (most paragraphs end with a period), and once: a
        // single line may be a headline, so its count goes up to the headline limit (a count
        // capped at `c` is the full count capped at `c + 1`, so the small caps read it too).
        let cap = if nlines == 1 {
            cues::TITLE_MAX_WORDS.max(cues::SHORT_MAX_WORDS)
        } else {
            cues::SHORT_MAX_WORDS
        };
        let words_cell = std::cell::OnceCell::new();
        let count = || *words_cell.get_or_init(|| words_upto(t, cap));
        let short = || count() <= cues::SHORT_MAX_WORDS;
        // The byte classes of a line short enough for the cues that read them, found once.
        let facts_cell = std::cell::OnceCell::new();
        let facts =
            || (t.len() <= FACTS_MAX_BYTES).then(|| *facts_cell.get_or_init(|| line_facts(t)));
        // Only a line holding a separator's first byte can be a menu or a breadcrumb trail.
        let separated = || facts().is_none_or(|f| f & (FACT_SEPARATOR | FACT_WIDE) != 0);
        // Nothing but punctuation and symbols.
        if !t.chars().any(char::is_alphanumeric) {
            return self.push(BlockKind::Boilerplate, s, e);
        }
        // Sign-offs (`Reuter`) and widgets (`- 5 Comment(s)`, `• x`, `Bank of England (4)`).
        if cues::is_sign_off(t) {
            return self.push(BlockKind::Boilerplate, s, e);
        }
        // The byte length first: a long line is no widget, and its words need not be counted.
        if nlines == 1
            && t.len() <= cues::WIDGET_MAX_BYTES
            && short()
            && facts().is_none_or(|f| may_be_widget(f, t))
            && cues::is_widget(t)
        {
            return self.push(BlockKind::Boilerplate, s, e);
        }
        // Datelines: any shape before the body (the pluggable detector), the labelled, key/value
        // and closing-source shapes after it; one per document.
        if !self.state.dateline {
            let (n, date) = if self.state.body {
                // After the body only short lines can be datelines (labelled, key/value or
                // closing-source lines): long paragraphs are refused on their length.
                match (t.len() <= cues::LATE_DATELINE_MAX_BYTES)
                    .then(|| crate::dateline::detect_late(t))
                    .flatten()
                {
                    Some(f) => (Some(f.len), Some(f.date)),
                    None => (None, None),
                }
            } else {
                match self.known {
                    Some((ks, ke, n, d)) if ks == s && ke == e => (n, d),
                    // A dateline ending inside the line's first physical line (`NEW YORK,
                    // March 9 - Lead stocks ...`) ends there on the joined line too.
                    Some((ks, ke, Some(n), d)) if ks == s && ke < e && n < ke - ks => (Some(n), d),
                    _ => self.detect(t),
                }
            };
            if let Some(n) = n.filter(|&n| n > 0 && t.is_char_boundary(n.min(t.len()))) {
                return self.dateline(s, e, n, table, date);
            }
        } else if !self.state.body
            && nlines == 1
            && !ends_sentence
            && t.len() <= cues::LATE_DATELINE_MAX_BYTES
            && field_key(t).is_none()
            && crate::dateline::detect(t).is_some_and(|f| f.len >= t.len())
        {
            // A second publication line under the dateline (`Updated Wed, Feb 12 2025 ...`).
            return self.push(BlockKind::Boilerplate, s, e);
        }
        // List items (breadcrumbs before the title).
        if let Some(m) = marker::parse_line(t).filter(marker::line_start_ok) {
            let item = t[m.len..].trim();
            if !self.state.body && !self.state.title && !ends_sentence && short() {
                if self.state.crumbs.len() < 32 {
                    self.state.crumbs.push(hash_of(item));
                }
                return self.push(BlockKind::Navigation, s, e);
            }
            return self.body(BlockKind::ListItem, s, e);
        }
        // A link label is short; a longer line in capitals is a headline
        // (`SHARE PRICES NEAR DAY'S LOWS AT LONDON MIDSESSION`).
        let capitals = || match facts() {
            // For ASCII, the lower- and upper-case letters are the ASCII ones.
            Some(f) if f & FACT_WIDE == 0 => f & FACT_LOWER == 0 && f & FACT_UPPER != 0,
            _ => !t.chars().any(char::is_lowercase) && t.chars().any(char::is_uppercase),
        };
        if last != '.'
            && short()
            && !(count() > cues::LINK_MAX_CAPITAL_WORDS && capitals())
            && cues::has_boilerplate_word(t)
        {
            if self.state.body {
                self.state.footer = true;
            }
            return self.push(BlockKind::Boilerplate, s, e);
        }
        if nlines == 1 && cues::is_navigation_line(t) {
            return self.push(BlockKind::Navigation, s, e);
        }
        // A breadcrumb trail before the title (`マーケット ＞ 株式`, `首页>新闻中心>统计数据`): its
        // items are remembered, as a list breadcrumb's are.
        if nlines == 1 && !self.state.title && !self.state.body && separated() && cues::is_trail(t)
        {
            for item in t.split(cues::TRAIL_SEPARATORS) {
                if self.state.crumbs.len() < 32 {
                    self.state.crumbs.push(hash_of(item.trim()));
                }
            }
            return self.push(BlockKind::Navigation, s, e);
        }
        // A long line is looked at as a menu only when it has separators (a cheap refusal).
        if last != '.'
            && if short() {
                separated() && cues::is_menu(t)
            } else {
                t.len() <= cues::MENU_MAX_BYTES && separated() && cues::is_menu(t) && long_menu(t)
            }
        {
            return self.push(BlockKind::Navigation, s, e);
        }
        // Copyright notices and cookie banners, whatever their length.
        if self.doc.is_footer(self.text, s, e) {
            if self.state.body {
                self.state.footer = true;
            }
            return self.push(BlockKind::Boilerplate, s, e);
        }
        // Credit and contact lines (`Reporting by ...; Editing by ...`, `Media Contact:`).
        if nlines == 1 && cues::is_credit_line(t) {
            return self.push(BlockKind::Boilerplate, s, e);
        }
        // Key/value fields.
        if let Some(v) = field_key(t).filter(|&v| field_value_ok(&t[v..])) {
            // A breadcrumb trail behind its label (`当前位置：首页 > 工作动态`).
            if cues::is_breadcrumb_label(t[..v].trim_end_matches([':', '：', ' '])) {
                return self.push(BlockKind::Navigation, s, e);
            }
            // Before the title, a CJK headline in the `Who：what` form
            // (`央行：2月末广义货币余额同比增长8.2%`) is no field: its value is a clause.
            let cjk_headline = nlines == 1
                && !self.state.title
                && !self.state.body
                && !ends_sentence
                && cues::is_cjk(first_char(t))
                && words_upto(&t[v..], cues::FIELD_MAX_VALUE_WORDS) > cues::FIELD_MAX_VALUE_WORDS;
            // Before the title, a line whose value is only a month is a headline with its
            // edition (`Widget sales: August 2025`), not a field.
            let chrome_title = self
                .state
                .title_block
                .is_some_and(|(_, w)| w <= cues::CHROME_MAX_WORDS);
            let edition = nlines == 1
                && (!self.state.title || chrome_title)
                && !self.state.body
                && !self.state.dateline
                && {
                    let value = t[v..].trim();
                    crate::dateline::detect(value).is_some_and(|f| {
                        f.len >= value.len()
                            && matches!(f.date, Some(crate::DatelineDate::Month { .. }))
                    })
                };
            if !cjk_headline && !edition {
                return self.fields(s, e, v);
            }
        }
        // A results row (`Net 5.1 mln vs 4.2 mln`); before the title such a line is the
        // headline (`GELCO CORP 2ND QTR SHR 67 CTS VS 23 CTS`).
        if table
            || (nlines == 1 && (self.state.title || self.state.body) && cues::is_comparison_row(t))
        {
            return self.body(BlockKind::Field, s, e);
        }
        if nlines == 1 && !self.state.body && !self.state.title && short() && cues::is_tag_count(t)
        {
            return self.push(BlockKind::Navigation, s, e);
        }
        if !self.state.body && !self.state.crumbs.is_empty() {
            let h = hash_of(t);
            let n = self.state.crumbs.len();
            if self.state.crumbs[..n - 1].contains(&h) {
                return self.push(BlockKind::Navigation, s, e);
            }
        }
        if self.state.footer && !ends_sentence && short() {
            return self.push(BlockKind::Boilerplate, s, e);
        }
        let f = first_char(t);
        // An all-capitals line is a headline even with a final abbreviation (`TO U.S.`) or an
        // opening bracket (`(CORRECTED) - ...`).
        let headline = nlines == 1
            && (!matches!(last, '.' | ',' | ';' | ':' | '。' | '，' | '、')
                || (last == '.' && capitals()))
            && !f.is_lowercase()
            && (f != '(' || capitals() || title_case(t))
            // A headline has a word: a line of figures (`0.000.00%`) is a ticker or a row.
            && t.chars().any(char::is_alphabetic);
        let words = if headline { count() } else { usize::MAX };
        if headline && !self.state.body && words <= cues::TITLE_MAX_WORDS {
            if !self.state.title {
                self.state.title = true;
                self.state.title_block = Some((self.seg.blocks.len(), words));
                return self.push(BlockKind::Title, s, e);
            }
            // The headline is the title: a short line before it (a site name, a ticker line) is
            // page chrome, and a longer headline in the header zone takes its place.
            if let Some((i, w)) = self.state.title_block
                && !self.state.dateline
                && w <= cues::CHROME_MAX_WORDS
                && words > w
                && !cues::is_figure_row(t)
                && let Some(b) = self.seg.blocks.get_mut(i)
            {
                b.kind = BlockKind::Navigation;
                self.state.title_block = Some((self.seg.blocks.len(), words));
                return self.push(BlockKind::Title, s, e);
            }
        }
        // A short lower-case line before the title is a site name (`kabutan`).
        if nlines == 1
            && !self.state.body
            && !self.state.title
            && f.is_lowercase()
            && !ends_sentence
            && words_upto(t, cues::SITE_NAME_MAX_WORDS) <= cues::SITE_NAME_MAX_WORDS
        {
            return self.push(BlockKind::Navigation, s, e);
        }
        // In the header zone (before the body and the dateline, after the title) short lines
        // without a sentence end are page chrome (`gb flag iconLast trade - 00:00`), or
        // headings when they open their run.
        if self.state.title
            && !self.state.body
            && !self.state.dateline
            && !ends_sentence
            && nlines == 1
            && short()
            && !(headline && first_in_run)
        {
            return self.push(BlockKind::Navigation, s, e);
        }
        // A heading opens its run: a short line inside a run of body lines is a table row or
        // the end of a paragraph.
        if headline && first_in_run && words <= cues::HEADING_MAX_WORDS && !t.contains(". ") {
            return self.push(BlockKind::Heading, s, e);
        }
        // In the body of a page without blank lines, a short line ending in a letter or digit
        // between a sentence end (or the dateline, a field, a chrome line of the header) and
        // more text is a section heading (`Fourth Quarter Results`).
        if headline
            && between_lines
            && (self.state.body || self.state.dateline)
            && short()
            && self.seg.blocks.last().is_some_and(|b| {
                matches!(b.kind, BlockKind::Dateline | BlockKind::Field)
                    || (b.kind == BlockKind::Boilerplate && !self.state.body)
                    || cues::is_terminal(last_char(&self.text[b.span.range()]))
            })
            && (last.is_alphanumeric() || last == ')')
            && !t.contains(". ")
        {
            return self.push(BlockKind::Heading, s, e);
        }
        if ends_sentence {
            self.state.footer = false;
        }
        // The first paragraph of an undated page may hold the newswire dateline its lost line
        // break ran into it.
        if !self.state.body
            && !self.state.dateline
            && let Some((i, f)) = crate::dateline::wire_inside(t)
        {
            self.body(BlockKind::Paragraph, s, s + i);
            return self.dateline(s + i, e, f.len, false, Some(f.date));
        }
        self.body(BlockKind::Paragraph, s, e)
    }

    /// A dateline covering the first `n` bytes of the logical line `s..e`: its own block, and
    /// the rest of the line (after a dash ending the dateline) the first paragraph.
    ///
    /// `date`: the date the detector read on the line, when known; the first dateline block's
    /// date is kept in [`Segmentation::dateline_date`].
    #[inline(never)]
    fn dateline(&mut self, s: usize, e: usize, n: usize, table: bool, date: Known) {
        let t = &self.text[s..e];
        let n = n.min(t.len());
        let rest = &t[n..];
        let rest_trim = rest.trim_start_matches(is_space);
        let after = rest_trim.trim_start_matches(cues::is_dash);
        self.state.dateline = true;
        if after.trim_start_matches(is_space).is_empty() {
            if !self.state.body {
                self.state.lead = t.chars().count() + 1;
            }
            self.push(BlockKind::Dateline, s, e);
            self.keep_date(date);
            return;
        }
        let cut = n + (rest.len() - after.len());
        self.push(BlockKind::Dateline, s, s + cut);
        self.keep_date(date);
        // The rest of the line is the lead paragraph, or the first row of a results table.
        let kind = if table || cues::is_comparison_row(after.trim_start_matches(is_space)) {
            BlockKind::Field
        } else {
            BlockKind::Paragraph
        };
        self.body(kind, s + cut, e);
    }

    /// Keeps the date of the dateline block just pushed (if it was: a block of white space is
    /// not) when it is the document's first: `date` when the detector read it, else read from
    /// the block.
    fn keep_date(&mut self, date: Known) {
        let seg = &mut *self.seg;
        let Some(last) = seg
            .blocks
            .last()
            .copied()
            .filter(|b| b.kind == BlockKind::Dateline)
        else {
            return;
        };
        let n = seg.blocks.len();
        if seg.blocks[..n - 1]
            .iter()
            .any(|b| b.kind == BlockKind::Dateline)
        {
            return;
        }
        seg.dateline_date = date.unwrap_or_else(|| {
            crate::dateline::dateline(&self.text[last.span.range()]).and_then(|d| d.date)
        });
    }

    /// The detector's answer on line `t`, with the date when the built-in detector read it.
    fn detect(&self, t: &str) -> (Option<usize>, Known) {
        // The built-in detector is called directly, keeping the date it read.
        if self.options.dateline as usize == builtin_dateline as DatelineDetector as usize {
            return match crate::dateline::detect(t) {
                Some(f) => (Some(f.len), Some(f.date)),
                None => (None, Some(None)),
            };
        }
        ((self.options.dateline)(t), None)
    }

    /// One or more `Key: value` fields on one line: one block per pair.
    fn fields(&mut self, s: usize, e: usize, first_value: usize) {
        let t = &self.text[s..e];
        if t.len() > 1000 {
            return self.body(BlockKind::Field, s, e);
        }
        let mut field_start = 0;
        let mut from = first_value;
        loop {
            match next_key(&t[from..]) {
                Some(k) => {
                    let at = from + k;
                    self.body(BlockKind::Field, s + field_start, s + at);
                    field_start = at;
                    from = at + field_key(&t[at..]).unwrap_or(t.len() - at);
                }
                None => {
                    self.body(BlockKind::Field, s + field_start, e);
                    return;
                }
            }
        }
    }
}

/// The start of a further `Key: ` inside a field value: a capitalised word (one or two words)
/// right before `: `, preceded by white space.
fn next_key(v: &str) -> Option<usize> {
    let mut search = 0;
    while let Some(p) = v[search..].find(": ").map(|p| p + search) {
        let mut lo = p.saturating_sub(64);
        while !v.is_char_boundary(lo) {
            lo += 1;
        }
        let before = &v[lo..p];
        // Key start: up to two words back.
        let mut starts = before
            .rmatch_indices(char::is_whitespace)
            .map(|(i, m)| lo + i + m.len());
        let mut words = 0;
        while words < 2 {
            let Some(ks) = starts.next() else { break };
            let key = &v[ks..p];
            // Inside a run of white space (`\r\n`): not a word start.
            if key.starts_with(char::is_whitespace) {
                continue;
            }
            words += 1;
            if ks > 0 && first_char(key).is_uppercase() && field_value_ok(&v[..ks]) {
                return Some(ks);
            }
        }
        search = p + 2;
    }
    None
}

/// How many lines at the start of a run are looked at for a whole-line dateline.
const DATELINE_SCAN_LINES: usize = 3;

/// The built-in dateline detector ([`crate::dateline()`]'s length).
pub(crate) fn builtin_dateline(line: &str) -> Option<usize> {
    crate::dateline::dateline_len(line)
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::words_upto;

    /// The word count byte by byte, as the eight-byte version must give it.
    fn naive(s: &str, cap: usize) -> usize {
        let mut words = 0;
        let mut cjk = 0;
        let mut in_space = true;
        for &c in s.as_bytes() {
            let space = c.is_ascii_whitespace();
            words += usize::from(in_space && !space);
            in_space = space;
            cjk += usize::from((0xE3..=0xE9).contains(&c));
        }
        (words + cjk / 2).min(cap + 1)
    }

    #[test]
    fn the_dateline_date_is_the_one_its_block_names() {
        use crate::{BlockKind, DatelineDate, Options, dateline, segment};
        let texts = [
            "Steel output falls\n\nPITTSBURGH, Nov 3 - Output fell\nagain this month.\n",
            "Headline here\n\nTuesday, March 4, 2025\n\nThe body starts. It ends.",
            "Title\n\nBody first.\n\nUpdated: 2020-01-21",
            "No dateline at all.\n\nJust prose, 1987.",
            "Budget\n\nOTTAWA, Feb 29 - A day that 1987 never had.",
        ];
        let custom = Options::default().with_dateline_detector(|l| {
            crate::segment::builtin_dateline(l).filter(|_| l.starts_with("PITTSBURGH"))
        });
        for t in texts {
            for opts in [Options::default(), custom] {
                let seg = segment(t, &opts);
                let again = seg
                    .blocks
                    .iter()
                    .find(|b| b.kind == BlockKind::Dateline)
                    .and_then(|b| dateline(&t[b.span.range()]))
                    .and_then(|d| d.date);
                assert_eq!(seg.dateline_date, again, "{t:?}");
            }
        }
        let seg = segment(texts[0], &Options::default());
        assert_eq!(
            seg.dateline_date,
            Some(DatelineDate::MonthDay { month: 11, day: 3 })
        );
        assert_eq!(segment(texts[3], &Options::default()).dateline_date, None);
    }

    #[test]
    fn words_upto_counts_words_and_half_cjk() {
        // The vertical tab is not white space for `u8::is_ascii_whitespace`.
        assert_eq!(words_upto("Net profit rose\tsharply\x0bhere", 40), 4);
        assert_eq!(words_upto("  one two three four five six seven", 3), 4);
        // Two words, and four CJK characters counting two more.
        assert_eq!(words_upto("日本銀行 rate", 40), 4);
        assert_eq!(words_upto("", 8), 0);
    }

    #[test]
    fn line_facts_name_the_byte_classes() {
        use super::{FACT_DIGIT, FACT_LOWER, FACT_SEPARATOR, FACT_UPPER, FACT_WIDE, line_facts};
        let f = line_facts("Home | News");
        assert_ne!(f & FACT_SEPARATOR, 0);
        assert_eq!(f & (FACT_DIGIT | FACT_WIDE), 0);
        assert_eq!(
            line_facts("ABC 12") & (FACT_LOWER | FACT_UPPER | FACT_DIGIT),
            FACT_UPPER | FACT_DIGIT
        );
        assert_ne!(line_facts("首页 › 新闻") & FACT_WIDE, 0);
        assert_eq!(line_facts(""), 0);
    }

    #[test]
    fn a_time_zone_after_a_clock_time_stays_in_its_sentence() {
        use crate::{Options, segment};
        let t = "Trading opens at 7:20 a.m. CDT. Dealers expect a quiet day.";
        let seg = segment(t, &Options::default());
        let sentences: Vec<_> = seg.sentences.iter().map(|s| &t[s.span.range()]).collect();
        assert_eq!(
            sentences,
            [
                "Trading opens at 7:20 a.m. CDT.",
                "Dealers expect a quiet day."
            ]
        );
    }

    proptest! {
        /// The byte classes refuse only what the cues they stand for refuse: a line taken for
        /// no widget is none, a line without a separator byte is no menu and no trail, and the
        /// capitals read from them are those read from the characters.
        #[test]
        fn line_facts_refuse_only_what_the_cues_refuse(
            parts in proptest::collection::vec(
                prop::sample::select(vec![
                    " ", "a", "Z", "7", ".", "|", ">", "»", "›", "｜", "•", "-", "(", ")",
                    "views", "Share", "中", "É", "é", "ß", "\t",
                ]),
                0..24,
            ),
        ) {
            use super::{FACT_LOWER, FACT_SEPARATOR, FACT_UPPER, FACT_WIDE, line_facts, may_be_widget};
            let t = parts.concat();
            let f = line_facts(&t);
            if !may_be_widget(f, &t) {
                prop_assert!(!crate::cues::is_widget(&t), "{:?}", t);
            }
            if f & (FACT_SEPARATOR | FACT_WIDE) == 0 {
                prop_assert!(!crate::cues::is_menu(&t) && !crate::cues::is_trail(&t), "{:?}", t);
            }
            if f & FACT_WIDE == 0 {
                let chars = !t.chars().any(char::is_lowercase) && t.chars().any(char::is_uppercase);
                prop_assert_eq!(f & FACT_LOWER == 0 && f & FACT_UPPER != 0, chars);
            }
        }

        #[test]
        fn words_upto_matches_the_byte_loop(
            parts in proptest::collection::vec(
                prop::sample::select(vec![
                    " ", "\t", "\n", "\r", "\x0b", "\x0c", "a", "Z", "9", ".", "é", "中", "ア",
                    "€", "\u{3000}",
                ]),
                0..80,
            ),
            cap in 0usize..50,
        ) {
            let s = parts.concat();
            prop_assert_eq!(words_upto(&s, cap), naive(&s, cap));
        }
    }
}
