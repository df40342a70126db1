//! Sentence boundaries inside one block.
//!
//! Pass 1 scans the block once for the bytes that matter (terminators, quotes, brackets, list
//! markers, bullets) and pairs quotes and brackets with a stack; pass 2 walks those events and
//! decides each candidate boundary from the words around it (the cue table in [`crate::cues`]).

use crate::cues::{self, AbbrevClass};
use crate::marker::{self, Style};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Ev {
    /// A run of terminators `[start, end)`.
    Term { start: usize, end: usize },
    /// An opening quote or bracket; `matched` when its closer was found.
    Open { pos: usize, matched: bool },
    /// A closing quote or bracket.
    Close {
        pos: usize,
        len: usize,
        matched: bool,
    },
    /// A list marker `[start, end)` inside the text; `dot` when it ends with a period that is
    /// otherwise a terminator candidate.
    Marker {
        start: usize,
        end: usize,
        style: Style,
        value: u32,
        dot: bool,
    },
}

/// Reusable buffers.
#[derive(Debug, Default)]
pub(crate) struct Splitter {
    events: Vec<Ev>,
    stack: Vec<(usize, char)>,
}

const INTERESTING: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0x80;
    while i < 256 {
        t[i] = true;
        i += 1;
    }
    let ascii = b".!?()[]{}\"'`*";
    let mut j = 0;
    while j < ascii.len() {
        t[ascii[j] as usize] = true;
        j += 1;
    }
    t
};

/// The first byte of `chunk` that is [`INTERESTING`]: each byte is tested by comparisons only
/// (no table look-up), which the compiler turns into a few vector instructions, and the hits
/// are read as one 128-bit mask.
#[inline]
fn first_interesting(chunk: &[u8; 16]) -> Option<usize> {
    let mut hits = [0u8; 16];
    for (h, &c) in hits.iter_mut().zip(chunk) {
        // `!` `"`; `'` `(` `)` `*`; `.`; `?`; `[` `{`; `]` `}`; `` ` ``; non-ASCII.
        let hit = (c.wrapping_sub(b'!') < 2)
            | (c.wrapping_sub(b'\'') < 4)
            | (c == b'.')
            | (c == b'?')
            | ((c & 0xDF) == b'[')
            | ((c & 0xDF) == b']')
            | (c == b'`')
            | (c >= 0x80);
        *h = u8::from(hit);
    }
    let mask = u128::from_le_bytes(hits);
    (mask != 0).then(|| (mask.trailing_zeros() / 8) as usize)
}

/// The character starting at byte `i` (`None` at the end or inside a character). An ASCII byte
/// is always a whole character.
#[inline]
fn char_at(s: &str, i: usize) -> Option<char> {
    match s.as_bytes().get(i) {
        Some(&c) if c < 0x80 => Some(char::from(c)),
        _ => s.get(i..).and_then(|r| r.chars().next()),
    }
}

/// The character ending at byte `i` (`None` at the start or inside a character). An ASCII byte
/// before `i` is a whole character, and in UTF-8 no continuation byte follows one, so `i` is
/// then a character boundary.
#[inline]
fn char_before(s: &str, i: usize) -> Option<char> {
    match i.checked_sub(1).and_then(|p| s.as_bytes().get(p)) {
        Some(&c) if c < 0x80 => Some(char::from(c)),
        _ => s.get(..i).and_then(|r| r.chars().next_back()),
    }
}

fn is_term_byte(b: u8) -> bool {
    matches!(b, b'.' | b'!' | b'?')
}

impl Splitter {
    /// Splits `text` (one block) and calls `out(start, end)` with each sentence's trimmed
    /// byte range, relative to `text`.
    pub(crate) fn split(&mut self, text: &str, out: &mut impl FnMut(usize, usize)) {
        self.scan(text);
        self.decide(text, out);
    }

    fn scan(&mut self, text: &str) {
        self.events.clear();
        self.stack.clear();
        let b = text.as_bytes();
        let n = b.len();
        let mut i = 0;
        while i < n {
            // Sixteen bytes at a time while none of them matters (comparisons the compiler
            // turns into vector instructions), then byte by byte.
            while let Some(chunk) = b.get(i..i + 16).and_then(|c| c.first_chunk::<16>()) {
                if let Some(k) = first_interesting(chunk) {
                    i += k;
                    break;
                }
                i += 16;
            }
            while i < n && !INTERESTING[b[i] as usize] {
                i += 1;
            }
            if i >= n {
                break;
            }
            let c = match char_at(text, i) {
                Some(c) => c,
                None => {
                    i += 1;
                    continue;
                }
            };
            let len = c.len_utf8();
            if cues::is_terminal(c) {
                // Full-width period between digits is a decimal point.
                if c == '．'
                    && char_before(text, i).is_some_and(|p| p.is_numeric())
                    && char_at(text, i + len).is_some_and(|p| p.is_numeric())
                {
                    i += len;
                    continue;
                }
                // A `.` marker is followed by white space, `)` or a non-ASCII character (most
                // periods end words and decimals, not markers): refused before the call.
                if c == '.'
                    && b.get(i + 1)
                        .is_none_or(|&c| c >= 0x80 || matches!(c, 0x09..=0x0D | b' ' | b')'))
                    && let Some(m) = self.marker_before(text, i)
                {
                    self.events.push(m);
                    i += 1;
                    continue;
                }
                // A run: terminators, possibly separated by single spaces (`. . .`).
                let start = i;
                let mut end = i + len;
                loop {
                    match char_at(text, end) {
                        Some(d) if cues::is_terminal(d) && !cues::is_cjk_terminal(d) => {
                            end += d.len_utf8()
                        }
                        Some(d) if cues::is_cjk_terminal(d) && cues::is_cjk_terminal(c) => {
                            end += d.len_utf8()
                        }
                        Some(' ')
                            if b.get(end + 1).copied().is_some_and(is_term_byte)
                                && b.get(end + 2).is_none_or(|&x| !x.is_ascii_alphanumeric()) =>
                        {
                            end += 2
                        }
                        _ => break,
                    }
                }
                // `!Kung`: a terminator glued to the following word after a space is not one.
                if c != '.'
                    && end == start + len
                    && char_before(text, start).is_none_or(char::is_whitespace)
                    && char_at(text, end).is_some_and(char::is_alphanumeric)
                {
                    i = end;
                    continue;
                }
                self.events.push(Ev::Term { start, end });
                i = end;
                continue;
            }
            if (c == ')' || c == '）')
                && let Some(m) = self.marker_before(text, i)
            {
                self.close(text, i, c);
                self.events.push(m);
                i += len;
                continue;
            }
            // Bullets inside running text (`• 9. The first item • 10. The second item`).
            if !c.is_ascii() || c == '*' || c == '-' {
                let at_word_start = char_before(text, i).is_none_or(char::is_whitespace);
                if at_word_start && (!c.is_ascii() || c == '*') {
                    // The look-ahead window does not count the CR of a CRLF, so that CRLF
                    // and LF texts decide alike (16 characters bound the scan).
                    let content = text[i..]
                        .char_indices()
                        .skip(1)
                        .take(16)
                        .filter(|&(_, d)| d != '\r')
                        .take(8)
                        .find(|&(_, d)| !d.is_whitespace())
                        .is_some_and(|(_, d)| d.is_alphanumeric());
                    if let Some(m) =
                        marker::parse(&text[i..]).filter(|m| m.style == Style::Bullet && content)
                        && !matches!(c, '–' | '—')
                    {
                        self.events.push(Ev::Marker {
                            start: i,
                            end: i + m.len,
                            style: Style::Bullet,
                            value: 0,
                            dot: false,
                        });
                        i += m.len;
                        continue;
                    }
                }
                if let '\u{2460}'..='\u{249B}' = c {
                    if at_word_start {
                        self.events.push(Ev::Marker {
                            start: i,
                            end: i + len,
                            style: Style::Circled,
                            value: (c as u32 - 0x2460) % 20 + 1,
                            dot: false,
                        });
                    }
                    i += len;
                    continue;
                }
            }
            if cues::is_opener(c) || cues::is_closer(c) {
                self.quote_or_bracket(text, i, c);
            }
            i += len;
        }
    }

    /// A list marker ending at the `.` or `)` at `i`, starting at a word start.
    fn marker_before(&self, text: &str, i: usize) -> Option<Ev> {
        let b = text.as_bytes();
        // A `.` marker is followed by white space, `)` or a non-ASCII character (most periods
        // end words and decimals, not markers): refused before the body is read.
        if b.get(i) == Some(&b'.')
            && b.get(i + 1)
                .is_some_and(|&c| c < 0x80 && !matches!(c, 0x09..=0x0D | b' ' | b')'))
        {
            return None;
        }
        // A body of two or more characters is digits or a roman numeral: a word ending in
        // another letter (`said.`, `dlrs.`) is refused before it is read.
        if i >= 2
            && b[i - 1].is_ascii_alphabetic()
            && !b"ivxIVX".contains(&b[i - 1])
            && b[i - 2].is_ascii_alphanumeric()
        {
            return None;
        }
        let mut s = i;
        while s > 0 && i - s < 5 && (b[s - 1].is_ascii_alphanumeric() || b[s - 1] == b'(') {
            s -= 1;
            if b[s] == b'(' {
                break;
            }
        }
        if s == i || (s > 0 && !b[s - 1].is_ascii_whitespace() && !text.is_char_boundary(s)) {
            return None;
        }
        // Quick refusals (most periods end words and decimals, not markers): a marker body of
        // two or more characters is digits or a roman numeral, and a `.` marker is followed by
        // white space, `)` or a full-width bracket.
        let body = &b[s + usize::from(b[s] == b'(')..i];
        if body.len() >= 2
            && !body.iter().all(u8::is_ascii_digit)
            && !body.iter().all(|c| b"ivxIVX".contains(c))
        {
            return None;
        }
        if b[i] == b'.'
            && b.get(i + 1)
                .is_none_or(|&c| c < 0x80 && !matches!(c, 0x09..=0x0D | b' ' | b')'))
        {
            return None;
        }
        if s > 0 {
            let p = char_before(text, s)?;
            if !(p.is_whitespace() || cues::is_cjk(p) || matches!(p, '•' | '⁃' | '◦' | '▪'))
            {
                return None;
            }
        }
        let m = marker::parse(text.get(s..)?)?;
        if m.style == Style::Bullet || s + m.len < i + 1 {
            return None;
        }
        Some(Ev::Marker {
            start: s,
            end: s + m.len,
            style: m.style,
            value: m.value,
            dot: b[i] == b'.' && s + m.len == i + 1,
        })
    }

    fn close(&mut self, _text: &str, i: usize, c: char) {
        let len = c.len_utf8();
        let mut matched = false;
        while let Some(&(ev, open)) = self.stack.last() {
            if cues::closer_of(open) == Some(c) {
                self.stack.pop();
                if let Some(Ev::Open { matched: m, .. }) = self.events.get_mut(ev) {
                    *m = true;
                }
                matched = true;
                break;
            }
            // Apostrophe-like single quotes never block a bracket.
            if matches!(open, '\'' | '`' | '‘') && c != '\'' && c != '’' {
                self.stack.pop();
                continue;
            }
            break;
        }
        self.events.push(Ev::Close {
            pos: i,
            len,
            matched,
        });
    }

    fn quote_or_bracket(&mut self, text: &str, i: usize, c: char) {
        let before = char_before(text, i);
        let after = char_at(text, i + c.len_utf8());
        let open_ctx =
            before.is_none_or(|p| p.is_whitespace() || cues::is_opener(p) || cues::is_dash(p));
        let close_ctx = after.is_none_or(|a| !a.is_alphanumeric());
        match c {
            '"' => {
                if self.stack.iter().any(|&(_, o)| o == '"') {
                    // Close the innermost straight double quote.
                    while let Some(&(_, o)) = self.stack.last() {
                        if o == '"' {
                            break;
                        }
                        self.stack.pop();
                    }
                    self.close(text, i, c);
                } else if open_ctx && after.is_some_and(|a| !a.is_whitespace()) {
                    self.open(i, c);
                }
            }
            '\'' | '’' => {
                let open_single = self
                    .stack
                    .last()
                    .is_some_and(|&(_, o)| matches!(o, '\'' | '`' | '‘'));
                if open_single && close_ctx && before.is_some_and(|p| !p.is_whitespace()) {
                    self.close(text, i, if c == '’' { '’' } else { '\'' });
                } else if c == '\'' && open_ctx && after.is_some_and(char::is_alphanumeric) {
                    self.open(i, c);
                }
            }
            _ if cues::is_opener(c) => self.open(i, c),
            _ => self.close(text, i, c),
        }
    }

    fn open(&mut self, i: usize, c: char) {
        if self.stack.len() >= cues::MAX_BRACKET_DEPTH {
            return;
        }
        self.stack.push((self.events.len(), c));
        self.events.push(Ev::Open {
            pos: i,
            matched: false,
        });
    }

    fn decide(&mut self, text: &str, out: &mut impl FnMut(usize, usize)) {
        let tb = text.as_bytes();
        let mut emit = |s: usize, e: usize| {
            // Most sentences start after ASCII spaces with a letter and end with a terminator:
            // then there is nothing to trim at the end and no layout to strip (the same answer as
            // the general path below, which any other byte takes).
            let mut f = s;
            while f < e && matches!(tb[f], b' ' | b'\t' | b'\n' | b'\r') {
                f += 1;
            }
            if f < e && plain_end(tb[f]) && plain_end(tb[e - 1]) && !tb[e - 1].is_ascii_digit() {
                let last = tb[e - 1];
                if !matches!(last, b'-' | b'i' | b'v' | b'x') {
                    out(f, e);
                    return;
                }
            }
            let (s, e) = trim(text, s, e);
            let (s, e) = strip_layout(text, s, e);
            if s < e {
                out(s, e);
            }
        };
        let events = &self.events;
        let mut depth: usize = 0;
        let mut start = 0usize;
        // Last enumerating marker value per style.
        let mut chain: Vec<(Style, u32)> = Vec::new();
        let mut k = 0;
        while k < events.len() {
            match events[k] {
                Ev::Open { matched, .. } => {
                    if matched {
                        depth += 1;
                    }
                }
                Ev::Close { pos, len, matched } => {
                    if matched {
                        depth = depth.saturating_sub(1);
                        // `to--" At this moment`: an interrupted quotation ends the sentence.
                        let dashed = text
                            .get(..pos)
                            .is_some_and(|h| h.ends_with("--") || h.ends_with('—'));
                        let q =
                            char_at(text, pos).is_some_and(|c| matches!(c, '"' | '”' | '\'' | '’'));
                        if depth == 0 && dashed && q {
                            let e = pos + len;
                            let next = e + 1;
                            if text.as_bytes().get(e) == Some(&b' ')
                                && char_at(text, next).is_some_and(char::is_uppercase)
                            {
                                emit(start, e);
                                start = e;
                            }
                        }
                    }
                }
                Ev::Marker {
                    start: ms,
                    end: me,
                    style,
                    value,
                    dot,
                } => {
                    // Bullets always start an item; numbered markers when they continue a
                    // list or open one that the next marker continues.
                    let enumerating = depth == 0
                        && (matches!(style, Style::Bullet | Style::Circled)
                            || chain.iter().any(|&(st, v)| st == style && v + 1 == value)
                            || (!matches!(style, Style::Upper(0))
                                && next_in_chain(&events[k + 1..], style, value)
                                && (at_sentence_start(text, ms, start)
                                    || is_capitalised(word_at(text, first_non_space(text, me))))));
                    if enumerating {
                        chain.retain(|&(st, _)| st != style);
                        chain.push((style, value));
                        if chain.len() > 8 {
                            chain.remove(0);
                        }
                        // A marker right after a bullet belongs to the bullet's item.
                        let after_bullet = char_before(text, trim_end_pos(text, start, ms))
                            .is_some_and(|p| matches!(p, '•' | '⁃' | '◦' | '▪'))
                            && style != Style::Bullet;
                        if !after_bullet && ms > start {
                            emit(start, ms);
                            start = ms;
                        }
                    } else if dot && !(depth == 0 && at_sentence_start(text, ms, start)) {
                        // Not a list: its period is an ordinary terminator candidate.
                        let end = me;
                        let (e, next) = self.after_closers(text, end, &mut k, &mut depth);
                        if depth == 0 && period_ends(text, me - 1, end, e, next, start) {
                            emit(start, e);
                            start = e;
                        }
                    }
                }
                Ev::Term { start: ts, end: te } => {
                    // A decimal point (`5.93`) decides nothing: no closer follows it, it is no
                    // footnote, and a period glued to a digit never ends a sentence.
                    let tb = text.as_bytes();
                    if te == ts + 1
                        && tb[ts] == b'.'
                        && ts > 0
                        && tb[ts - 1].is_ascii_digit()
                        && tb.get(te).is_some_and(u8::is_ascii_digit)
                    {
                        k += 1;
                        continue;
                    }
                    let (e, next) = self.after_closers(text, te, &mut k, &mut depth);
                    if depth == 0 {
                        let cut = footnote_end(text, ts, te, e)
                            .or_else(|| term_ends(text, ts, te, e, next, start));
                        if let Some(cut) = cut.filter(|&c| c > start) {
                            emit(start, cut);
                            start = cut;
                        }
                    }
                }
            }
            k += 1;
        }
        emit(start, text.len());
    }

    /// Consumes closing quotes and brackets right after a terminator (adjusting the depth)
    /// and returns the position after them and the position of the next non-space character.
    fn after_closers(
        &self,
        text: &str,
        mut e: usize,
        k: &mut usize,
        depth: &mut usize,
    ) -> (usize, usize) {
        let events = &self.events;
        while let Some(c) = char_at(text, e) {
            if !cues::is_closer(c) {
                break;
            }
            if let Some(Ev::Close { pos, len, matched }) = events.get(*k + 1).copied()
                && pos == e
            {
                if matched {
                    *depth = depth.saturating_sub(1);
                }
                *k += 1;
                e += len;
                continue;
            }
            // An unpaired closer (a quote that opened in an earlier block).
            if matches!(c, '"' | '”' | '’' | '\'' | '」' | '』') {
                e += c.len_utf8();
                continue;
            }
            break;
        }
        let mut next = e;
        while let Some(c) = char_at(text, next) {
            if !cues::is_space(c) {
                break;
            }
            next += c.len_utf8();
        }
        (e, next)
    }
}

/// An ASCII byte that is no white space and no rule character ([`cues::RULE_CHARS`]): a sentence
/// starting or ending with it has nothing to trim or strip there.
#[inline]
fn plain_end(c: u8) -> bool {
    PLAIN_END[usize::from(c)]
}

/// [`plain_end`] as a table, built from [`cues::RULE_CHARS`] at compile time.
const PLAIN_END: [bool; 256] = {
    let mut t = [false; 256];
    let mut c = 0x21;
    while c < 0x7F {
        t[c] = true;
        c += 1;
    }
    let mut j = 0;
    while j < cues::RULE_CHARS.len() {
        t[cues::RULE_CHARS[j] as usize] = false;
        j += 1;
    }
    t
};

fn trim(text: &str, mut s: usize, mut e: usize) -> (usize, usize) {
    while let Some(c) = char_at(text, s) {
        if s >= e || !cues::is_space(c) {
            break;
        }
        s += c.len_utf8();
    }
    while e > s {
        match char_before(text, e) {
            Some(c) if cues::is_space(c) => e -= c.len_utf8(),
            _ => break,
        }
    }
    (s, e)
}

fn first_non_space(text: &str, mut p: usize) -> usize {
    while let Some(c) = char_at(text, p) {
        if !cues::is_space(c) {
            break;
        }
        p += c.len_utf8();
    }
    p
}

/// Leaves out of a sentence what is layout, not text: rules of repeated symbols (`/////`,
/// `=====`) at either end and a table-of-contents leader with its page number (`..... 16-17`).
fn strip_layout(text: &str, mut s: usize, mut e: usize) -> (usize, usize) {
    let b = text.as_bytes();
    let rule = |c: u8| cues::RULE_CHARS.contains(&c);
    // Leading rule.
    if s < e && rule(b[s]) {
        let c = b[s];
        let mut p = s;
        while p < e && b[p] == c {
            p += 1;
        }
        if p - s >= cues::RULE_MIN {
            s = trim(text, p, e).0;
        }
    }
    // Trailing rule.
    if s < e && rule(b[e - 1]) {
        let c = b[e - 1];
        let mut p = e;
        while p > s && b[p - 1] == c {
            p -= 1;
        }
        if e - p >= cues::RULE_MIN {
            e = trim(text, s, p).1;
        }
    }
    // Leader dots and a page number.
    let mut p = e;
    while p > s && (b[p - 1].is_ascii_digit() || matches!(b[p - 1], b'-' | b'i' | b'v' | b'x')) {
        p -= 1;
    }
    if p < e && b[p..e].iter().any(u8::is_ascii_digit) {
        let q = trim(text, s, p).1;
        let mut d = q;
        while d > s && b[d - 1] == b'.' {
            d -= 1;
        }
        if q - d >= cues::RULE_MIN && d > s {
            e = trim(text, s, d).1;
        }
    }
    (s, e)
}

fn trim_end_pos(text: &str, s: usize, e: usize) -> usize {
    trim(text, s, e).1
}

/// Whether position `ms` starts a sentence: only white space since the sentence start, or
/// after a terminator or a bullet.
fn at_sentence_start(text: &str, ms: usize, start: usize) -> bool {
    let end = trim_end_pos(text, start, ms);
    if end <= start {
        return true;
    }
    let Some(p) = char_before(text, end) else {
        return true;
    };
    if p == '.' {
        // Not after an abbreviation that never ends a sentence (`p. 55.`).
        let w = word_before(text, end - 1);
        return !matches!(cues::abbreviation(w), Some(AbbrevClass::Prefix));
    }
    cues::is_terminal(p) || cues::is_closer(p) || matches!(p, '•' | '⁃' | '◦' | '▪' | ':')
}

fn next_in_chain(rest: &[Ev], style: Style, value: u32) -> bool {
    // Only the next few events are looked at: the cost stays linear.
    rest.iter()
        .take(16)
        .filter_map(|e| match *e {
            Ev::Marker {
                style: s, value: v, ..
            } if s == style => Some(v),
            _ => None,
        })
        .take(1)
        .any(|v| v == value + 1)
}

/// The word before a period at `dot`: back to white space or an opening bracket/quote.
fn word_before(text: &str, dot: usize) -> &str {
    let b = text.as_bytes();
    let mut s = dot;
    while s > 0 && dot - s < 40 {
        let c = b[s - 1];
        if c.is_ascii_whitespace() || matches!(c, b'(' | b'[' | b'"' | b'`' | b'{') {
            break;
        }
        if c >= 0x80 {
            // Stop at non-ASCII white space and typographic openers.
            if let Some(p) = char_before(text, s) {
                if cues::is_space(p) || (cues::is_opener(p) && p != '\'') {
                    break;
                }
                s -= p.len_utf8();
                continue;
            }
        }
        s -= 1;
    }
    let w = text.get(s..dot).unwrap_or("");
    w.trim_start_matches(['\'', '‘'])
}

/// The word starting at `pos` (letters, digits, apostrophes), at most about 64 bytes of it.
fn word_at(text: &str, pos: usize) -> &str {
    let rest = text.get(pos..).unwrap_or("");
    // ASCII fast path: letters, digits and apostrophes byte by byte; a non-ASCII character
    // before the word ends sends the whole word to the general loop below.
    let b = rest.as_bytes();
    let n = b
        .iter()
        .take(64)
        .take_while(|&&c| c.is_ascii_alphanumeric() || c == b'\'')
        .count();
    if b.get(n).is_none_or(|&c| c < 0x80) || n >= 64 {
        return &rest[..n];
    }
    // Words are looked at up to 64 bytes: enough for any abbreviation or sentence starter, and
    // it keeps the cost per candidate boundary constant. The cut falls on a char boundary.
    let end = rest
        .char_indices()
        .find(|&(i, c)| i >= 64 || !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .map_or(rest.len(), |(i, _)| i);
    &rest[..end]
}

fn is_capitalised(w: &str) -> bool {
    let mut cs = w.chars();
    cs.next().is_some_and(char::is_uppercase) && cs.next().is_none_or(|c| !c.is_uppercase())
}

fn is_upper_start(c: char) -> bool {
    c.is_uppercase() || (cues::is_cjk(c) && !cues::is_closer(c) && !cues::is_terminal(c))
}

/// The first word after `next`, skipping opening quotes and dashes; `None` when something else
/// comes first.
fn next_word_start(text: &str, next: usize) -> Option<(usize, char, bool)> {
    let mut p = next;
    let mut quoted = false;
    for _ in 0..4 {
        let c = char_at(text, p)?;
        if cues::is_opener(c) && c != '(' && c != '[' {
            quoted = true;
            p += c.len_utf8();
        } else if cues::is_dash(c) {
            p += c.len_utf8();
            while let Some(' ') = char_at(text, p) {
                p += 1;
            }
        } else {
            return Some((p, c, quoted));
        }
    }
    None
}

fn is_dotted(w: &str) -> bool {
    // U.S, e.g, a.m, Ph.D, U.S.A: letter groups of 1-2 separated by periods.
    w.as_bytes().contains(&b'.')
        && w.split('.')
            .all(|g| (1..=2).contains(&g.chars().count()) && g.chars().all(char::is_alphabetic))
}

fn words_since(text: &str, start: usize, end: usize, limit: usize) -> usize {
    let s = text.get(start..end).unwrap_or("");
    s.split_whitespace().take(limit + 1).count()
}

/// Whether the terminator run `[ts, te)` (closers up to `e`, next non-space at `next`) ends the
/// sentence that started at `start`.
fn term_ends(
    text: &str,
    ts: usize,
    te: usize,
    e: usize,
    next: usize,
    start: usize,
) -> Option<usize> {
    let run = &text[ts..te];
    let first = run.chars().next().unwrap_or('.');
    if next >= text.len() {
        return None;
    }
    if cues::is_cjk_terminal(first) || run.chars().all(cues::is_cjk_terminal) {
        // `「はい。」と言った`: a quotation followed by a kana particle goes on.
        let quoted_on =
            e > te && char_at(text, next).is_some_and(|c| ('\u{3041}'..='\u{309F}').contains(&c));
        return (!quoted_on).then_some(e);
    }
    let glued = char_before(text, ts).is_some_and(|p| !cues::is_space(p));
    if glued && run.starts_with(". .") && ellipsis_ends(text, e, next) {
        // `compounds. . . . The`: the period ends the sentence, the ellipsis opens the next.
        return Some(ts + 1);
    }
    term_ends_at(text, ts, te, e, next, start).then_some(e)
}

fn ellipsis_ends(text: &str, e: usize, next: usize) -> bool {
    next > e && next_word_start(text, next).is_some_and(|(_, wc, _)| is_upper_start(wc))
}

fn term_ends_at(text: &str, ts: usize, te: usize, e: usize, next: usize, start: usize) -> bool {
    let run = &text[ts..te];
    let spaced = next > e;
    let Some(nc) = char_at(text, next) else {
        return false;
    };
    if run == "." {
        return period_ends(text, ts, te, e, next, start);
    }
    let dots = run.chars().filter(|&c| c == '.' || c == '…').count();
    let ellipsis =
        run.chars().all(|c| c == '.' || c == '…' || c == ' ') && (dots > 1 || run.contains('…'));
    if ellipsis {
        if !spaced || !ellipsis_ends(text, e, next) {
            return false;
        }
        // A spaced ellipsis of three dots marks an omission inside the sentence; four end it.
        return !(run.contains(' ') && dots < 4);
    }
    // ! and ? runs.
    if !spaced {
        return cues::is_cjk(nc) && !cues::is_closer(nc);
    }
    if nc == '(' {
        // A parenthetical sentence after an exclamation or question, unless it continues the
        // sentence (`(Which was true.)`).
        let w = word_at(text, next + 1);
        return is_capitalised(w) && !cues::is_continuation(w);
    }
    if nc.is_lowercase() || nc.is_ascii_digit() || nc == ',' || nc == ';' {
        return false;
    }
    match next_word_start(text, next) {
        Some((_, wc, _)) => !wc.is_lowercase(),
        None => false,
    }
}

/// Whether a single period at `dot` ends the sentence.
fn period_ends(text: &str, dot: usize, te: usize, e: usize, next: usize, start: usize) -> bool {
    if next >= text.len() {
        return false;
    }
    // The word before the period, read only once the character after it has not settled the
    // question (most periods glued to what follows are decimal points).
    // With whether it is dotted (`U.S`), which the callers ask next.
    let word_of = || {
        let word = word_before(text, dot);
        // Most words hold no period: then they are not dotted and have no glued tail.
        let Some(p) = word.bytes().rposition(|c| c == b'.') else {
            return (word, false);
        };
        if is_dotted(word) {
            return (word, true);
        }
        // `Tuesday.Mr`: the word after the glued period (which holds none: not dotted).
        let tail = &word[p + 1..];
        (if tail.is_empty() { word } else { tail }, false)
    };
    let Some(nc) = char_at(text, next) else {
        return false;
    };
    if next == e {
        // Nothing between the period (and closers) and the next character.
        if e > te {
            return false;
        }
        if cues::is_cjk(nc) && !cues::is_closer(nc) {
            return true;
        }
        if !nc.is_uppercase() {
            return false;
        }
        let (word, _) = word_of();
        let nw = word_at(text, next);
        let plain_prev = word.chars().count() >= 2
            && word.chars().all(|c| c.is_alphanumeric() || c == ',')
            && cues::abbreviation(word).is_none()
            && !word.chars().all(char::is_uppercase);
        return plain_prev && nw.chars().count() >= 2 && is_capitalised(nw) && !in_url(text, dot);
    }
    if nc.is_lowercase() || nc.is_numeric() || matches!(nc, ',' | ';' | ':' | '(' | '%' | '&') {
        return false;
    }
    let Some((wp, wc, _)) = next_word_start(text, next) else {
        return false;
    };
    if !is_upper_start(wc) {
        return false;
    }
    // The next word, read only by the abbreviation classes that need it.
    let nw = || word_at(text, wp);
    let (word, dotted) = word_of();
    if word.is_empty() {
        return true;
    }
    if dotted {
        return match cues::abbreviation(word) {
            Some(AbbrevClass::Prefix) => false,
            Some(AbbrevClass::Time) => time_ends(text, start, dot, nw()),
            _ => cues::is_starter(nw()),
        };
    }
    match cues::abbreviation(word) {
        Some(AbbrevClass::Prefix) => return false,
        Some(AbbrevClass::Suffix) => return is_capitalised(nw()),
        Some(AbbrevClass::Time) => return time_ends(text, start, dot, nw()),
        Some(AbbrevClass::Plain) => return cues::is_starter(nw()),
        None => {}
    }
    let mut wc_iter = word.chars();
    if let (Some(c), None) = (wc_iter.next(), wc_iter.next())
        && c.is_uppercase()
    {
        // An initial (`Jonas E. Smith`, `Q. What`) unless it follows a lower-case word
        // (`you and I. Did`).
        let before = trim_end_pos(text, start, dot - c.len_utf8());
        let prev_word = word_before(text, before);
        return c == 'I' && prev_word.chars().next().is_some_and(char::is_lowercase);
    }
    true
}

/// Whether a time abbreviation's period (`p.m.`) ends a sentence before the capitalised word
/// `next`: not before a time zone (`5:00 p.m. ET`), nor in a sentence of three words or fewer.
fn time_ends(text: &str, start: usize, dot: usize, next: &str) -> bool {
    !cues::is_time_zone(next) && words_since(text, start, dot, 3) > 3
}

/// Whether the period at `dot` sits inside a URL or an e-mail address.
fn in_url(text: &str, dot: usize) -> bool {
    let b = text.as_bytes();
    let mut s = dot;
    while s > 0 && dot - s < 256 && !b[s - 1].is_ascii_whitespace() {
        s -= 1;
    }
    let mut e = dot;
    while e < b.len() && e - dot < 256 && !b[e].is_ascii_whitespace() {
        e += 1;
    }
    let tok = text.get(s..e).unwrap_or("");
    tok.contains('@') || tok.contains("://") || tok.starts_with("www.") || dot - s >= 256
}

/// Footnote references glued after a sentence end (`martyr.[1]`, `(1987).1`, `.11 12`): the
/// sentence ends after them.
fn footnote_end(text: &str, ts: usize, te: usize, e: usize) -> Option<usize> {
    let b = text.as_bytes();
    if te != ts + 1 || e != te {
        return None;
    }
    let prev_ok = char_before(text, ts).is_some_and(|p| p.is_alphabetic() || p == ')');
    let mut p = e;
    // [n] groups.
    let mut any = false;
    loop {
        if b.get(p) == Some(&b'[') {
            let mut q = p + 1;
            while q < b.len()
                && q - p < 12
                && (b[q].is_ascii_digit() || matches!(b[q], b',' | b'-'))
            {
                q += 1;
            }
            if q > p + 1 && b.get(q) == Some(&b']') {
                p = q + 1;
                any = true;
                continue;
            }
        }
        break;
    }
    if !any && prev_ok {
        let digits = |from: usize| {
            let mut q = from;
            while q < b.len() && q - from < 4 && b[q].is_ascii_digit() {
                q += 1;
            }
            q - from
        };
        let d = digits(p);
        if (1..=3).contains(&d) && b.get(p + d).is_some_and(|c| c.is_ascii_whitespace()) {
            let mut q = p + d;
            // Further space-separated footnote numbers.
            loop {
                let d2 = digits(q + 1);
                if b.get(q) == Some(&b' ')
                    && (1..=3).contains(&d2)
                    && b.get(q + 1 + d2) == Some(&b' ')
                    && b.get(q + 2 + d2).is_some_and(u8::is_ascii_uppercase)
                {
                    q += 1 + d2;
                } else {
                    break;
                }
            }
            let after = q + 1;
            if b.get(q) == Some(&b' ') && b.get(after).is_some_and(u8::is_ascii_uppercase) {
                return Some(q);
            }
        }
    }
    (any && b.get(p).is_some_and(u8::is_ascii_whitespace)
        && b.get(p + 1).is_some_and(u8::is_ascii_uppercase))
    .then_some(p)
}

#[cfg(test)]
mod scan_tests {
    use super::{INTERESTING, first_interesting};

    #[test]
    fn first_interesting_agrees_with_the_table() {
        for c in 0..=255u8 {
            for at in [0usize, 7, 15] {
                let mut chunk = [b'a'; 16];
                chunk[at] = c;
                let want = INTERESTING[usize::from(c)].then_some(at);
                assert_eq!(first_interesting(&chunk), want, "byte {c:#x} at {at}");
            }
        }
        assert_eq!(first_interesting(b"abc.def?ghij(klm"), Some(3));
        assert_eq!(first_interesting(b"no punctuation x"), None);
    }
}
