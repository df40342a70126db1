use core::cell::RefCell;

use finnews_core::Span;
use finnews_core::lexer::{Gap, Kind, Lexer, Token};
use finnews_core::lexicon::{Class, Classes, DateWord as W, lexicon};

use crate::error::{Error, ErrorKind};
use crate::grammar::{Cx, LEADS, M, Memo, digits_value, reset_memo, two_digit_year};
use crate::timex::{Repr, Timex, ymd};
use crate::types::{Grain, Options, ReferenceDate, Temporal, TemporalValue};
use crate::words;

/// How far before a trigger a phrase may start (`the first half of` before `half`).
const BACK_TOKENS: usize = 6;
const BACK_BYTES: usize = 48;
/// How far after a trigger the grammar may look.
const AHEAD_BYTES: usize = 64;
const MAX_TOKENS: usize = 18;

/// Words that anchor a temporal expression: the grammar is tried where one stands.
const ANCHORS: Classes = Classes::of(&[
    Class::Month,
    Class::Weekday,
    Class::TimeUnit,
    Class::DateTrigger,
    Class::RefWord,
    Class::RelativeDay,
    Class::Season,
    Class::DayPart,
]);

thread_local! {
    /// The token buffer, reused across calls on one thread.
    static TOKENS: RefCell<Vec<Token>> = const { RefCell::new(Vec::new()) };
}

/// Finds every temporal expression in `text`, in order, spans not overlapping.
///
/// # Example
///
/// ```
/// use finnews_date::{extract, Options};
/// let found = extract("On September 28, 2020, Mizuho signed", &Options::default());
/// assert_eq!(found[0].text, "September 28, 2020");
/// assert_eq!(found[0].timex(), "2020-09-28");
/// ```
#[must_use]
pub fn extract<'a>(text: &'a str, options: &Options) -> Vec<Temporal<'a>> {
    TOKENS.with(|cell| match cell.try_borrow_mut() {
        Ok(mut toks) => {
            Lexer::new().lex_into(text, &mut toks);
            extract_tokens(text, &toks, options)
        }
        // Re-entered on this thread (cannot happen today): lex into a buffer of our own.
        Err(_) => {
            let mut toks = Vec::new();
            Lexer::new().lex_into(text, &mut toks);
            extract_tokens(text, &toks, options)
        }
    })
}

/// Whether token `a` can anchor a phrase: a number, an anchor word, `Q3`/`H1`, a CJK date
/// character or word.
fn is_anchor(text: &str, toks: &[Token], a: usize) -> bool {
    let t = &toks[a];
    match t.kind {
        Kind::Number { .. } => true,
        Kind::Word => {
            t.classes.any(ANCHORS)
                || (t.classes.has(Class::DateWord)
                    && matches!(words::date_word(t), Some(W::Q | W::H))
                    && toks.get(a + 1).is_some_and(|n| {
                        n.gap == Gap::None
                            && n.span.len() == 1
                            && matches!(n.kind, Kind::Number { .. })
                    }))
        }
        Kind::Cjk(_) => {
            t.classes.has(Class::DateTrigger)
                || (t.classes.has(Class::CjkLead)
                    && text.get(t.span.start..).is_some_and(|rest| {
                        finnews_core::lexicon::CJK_DATE_WORDS
                            .iter()
                            .any(|w| rest.starts_with(w))
                    }))
        }
        _ => false,
    }
}

fn extract_tokens<'a>(text: &'a str, all: &[Token], options: &Options) -> Vec<Temporal<'a>> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let mut done = 0usize; // no new mention starts before this byte
    let mut skip = 0usize; // anchors before this byte belong to a token already tried
    let memo: RefCell<Vec<Memo>> = RefCell::new(Vec::with_capacity(MAX_TOKENS));
    for a_all in 0..all.len() {
        let at = &all[a_all];
        // Most tokens are words no table lists, punctuation or spaces: drop them first.
        let maybe = match at.kind {
            Kind::Number { .. } => true,
            Kind::Word | Kind::Cjk(_) => !at.classes.is_empty(),
            _ => false,
        };
        if !maybe {
            continue;
        }
        let p = at.span.start;
        if p < done || p < skip {
            continue;
        }
        if p > 0
            && bytes[p - 1].is_ascii_alphanumeric()
            && at.span.start < bytes.len()
            && bytes[p].is_ascii()
        {
            continue; // inside a word or number
        }
        if !is_anchor(text, all, a_all) {
            continue;
        }
        if bytes[p].is_ascii_digit()
            && let Some(end) = hopeless_number(text, p)
        {
            skip = end;
            continue;
        }
        let unit_anchor = at.kind == Kind::Word && at.classes.has(Class::TimeUnit);
        let ws = if prev_may_lead(text, all, a_all, unit_anchor) {
            window_start(text, p, done)
        } else {
            p
        };
        let mut first = a_all;
        while first > 0 && all[first - 1].span.start >= ws {
            first -= 1;
        }
        // Punctuation-dense text: keep the anchor inside the window, with the tokens a phrase
        // may start at before it.
        if a_all - first >= MAX_TOKENS {
            first = a_all - BACK_TOKENS;
        }
        // CJK text: one token a character; keep the window for what follows the anchor.
        if a_all - first > BACK_TOKENS + 2 && crate::grammar::cjk_near(all, a_all) {
            first = a_all - BACK_TOKENS - 2;
        }
        let limit = p.saturating_add(AHEAD_BYTES);
        let mut last = first;
        while last < all.len() && last - first < MAX_TOKENS && all[last].span.start < limit {
            last += 1;
        }
        let toks = &all[first..last];
        let a = a_all - first;
        if a >= toks.len() {
            continue; // too many tokens before the anchor in the window
        }
        reset_memo(&memo, toks.len());
        let cx = Cx {
            text,
            toks,
            opts: options,
            memo: &memo,
        };
        let mut found: Option<(usize, M)> = None;
        for s in a.saturating_sub(BACK_TOKENS)..=a {
            if s < a && !cx.can_lead(s, unit_anchor) {
                continue;
            }
            if !start_ok(text, toks, s) {
                continue;
            }
            if let Some(x) = cx.phrase(s, 0)
                && x.end > a
                && x.end > s
                && end_ok(text, toks, x.end)
            {
                found = Some((s, x));
                break;
            }
        }
        match found {
            Some((s, x)) => {
                let start = toks[s].span.start;
                let end = toks[x.end - 1].span.end;
                out.push(temporal(text, start, end, x.repr, x.modifier, options));
                done = end;
                let tail = coordinate(&cx, x, options, &mut out);
                done = done.max(tail);
            }
            None => skip = toks[a].span.end,
        }
    }
    crate::grammar::cjk_anchor(text, &mut out, options);
    out
}

/// The classes of the ASCII word at `text[r..]`.
fn word_classes(text: &str, r: usize) -> Classes {
    let b = text.as_bytes();
    let w_end = b
        .get(r..)
        .and_then(|t| t.iter().position(|c| !c.is_ascii_alphabetic()))
        .map_or(b.len(), |k| r + k);
    let lx = lexicon();
    b.get(r..w_end)
        .and_then(|w| lx.lookup_bytes(w))
        .map_or(Classes::EMPTY, |e| lx.classes(e))
}

fn date_word_at(text: &str, r: usize) -> Option<W> {
    let b = text.as_bytes();
    let w_end = b
        .get(r..)
        .and_then(|t| t.iter().position(|c| !c.is_ascii_alphabetic()))
        .map_or(b.len(), |k| r + k);
    let lx = lexicon();
    let e = lx.lookup_bytes(b.get(r..w_end)?)?;
    finnews_core::lexicon::DATE_WORDS
        .get(lx.row(e, Class::DateWord)?)
        .map(|r| r.1)
}

/// A number at `p` that no rule can use: returns the byte after it. A number is worth parsing
/// when it has four digits (a year), or when what touches it or follows it could make it part of
/// a date or duration (a unit or month word, `/`, `-`, an ordinal suffix, `年`...).
fn hopeless_number(text: &str, p: usize) -> Option<usize> {
    let b = text.as_bytes();
    let mut q = p;
    let mut digits = 0;
    let mut plain = true;
    while q < b.len() {
        if b[q].is_ascii_digit() {
            q += 1;
            digits += 1;
        } else if matches!(b[q], b',' | b'.') && b.get(q + 1).is_some_and(u8::is_ascii_digit) {
            q += 1;
            plain = false;
        } else {
            break;
        }
    }
    if plain && digits == 4 {
        return None;
    }
    if p > 0 && matches!(b[p - 1], b'\'') || text.get(..p).is_some_and(|s| s.ends_with('’')) {
        return None;
    }
    let next = b.get(q).copied();
    if plain && digits <= 2 {
        match next {
            Some(c) if c.is_ascii_alphabetic() || matches!(c, b'/' | b'-' | b':') => return None,
            Some(c) if c >= 0x80 => return None,
            _ => {}
        }
    }
    // The next word: a unit, a month, a filler, `of` (`31st of`)?
    let mut r = q;
    while r < b.len() && (b[r] == b' ' || (b[r] == b'-' && r == q)) {
        r += 1;
    }
    let classes = word_classes(text, r);
    let dw = if classes.has(Class::DateWord) {
        date_word_at(text, r)
    } else {
        None
    };
    let w_end = r + b[r..]
        .iter()
        .take_while(|c| c.is_ascii_alphabetic())
        .count();
    // `12 and 18 months`: a number, a conjunction, a number (the unit is checked later).
    let coordinated = matches!(dw, Some(W::And | W::To | W::Or))
        && b.get(w_end) == Some(&b' ')
        && b.get(w_end + 1).is_some_and(u8::is_ascii_digit);
    let useful = coordinated
        || classes.has(Class::TimeUnit)
        || matches!(dw, Some(W::Am | W::Pm | W::A | W::P))
        || classes.has(Class::DurationFiller)
        || (plain && digits <= 2 && (classes.has(Class::Month) || dw == Some(W::Of)));
    // A CJK character after it, glued or after spaces (`2008 年`).
    if useful || next.is_some_and(|c| c >= 0x80) || b.get(r).is_some_and(|&c| c >= 0x80) {
        None
    } else {
        Some(q)
    }
}

/// Whether the word before token `a` could open a phrase that reaches it (`the` in `the end of`,
/// `three` in `three years`). Only spaces, a soft line wrap, dashes and apostrophes may stand
/// between them.
fn prev_may_lead(text: &str, toks: &[Token], a: usize, unit_anchor: bool) -> bool {
    let p = toks[a].span.start;
    let mut k = a;
    while k > 0 && matches!(toks[k - 1].kind, Kind::Punct('-' | '\'' | '’')) {
        k -= 1;
    }
    let Some(prev) = k.checked_sub(1).and_then(|k| toks.get(k)) else {
        return false;
    };
    let gap = text.get(prev.span.end..p).unwrap_or("");
    let mut width = 0;
    let mut wraps = 0;
    for c in gap.chars() {
        match c {
            ' ' | '-' | '\'' | '’' => width += c.len_utf8(),
            '\n' => wraps += 1,
            '\r' => {}
            _ => return false,
        }
    }
    if width > 4 || wraps > 1 || toks[k..=a].iter().any(|t| t.gap == Gap::Block) {
        return false;
    }
    match prev.kind {
        Kind::Number { .. } | Kind::Cjk(_) => true,
        Kind::Word => {
            let w = text.get(prev.span.range()).unwrap_or("");
            if w.chars().next_back().is_some_and(|c| !c.is_ascii()) {
                return true;
            }
            prev.classes.any(LEADS)
                || (unit_anchor
                    && (finnews_numeral::cardinal_prefix(w).is_some()
                        || finnews_numeral::ordinal_prefix(w).is_some()))
        }
        _ => false,
    }
}

/// Where to start tokenizing for a trigger at `p`: up to [`BACK_BYTES`] back, not before the
/// last mention, at the start of a token.
fn window_start(text: &str, p: usize, done: usize) -> usize {
    let mut ws = p.saturating_sub(BACK_BYTES).max(done);
    while ws < p && !text.is_char_boundary(ws) {
        ws += 1;
    }
    if ws > done && ws > 0 {
        // We may be inside a token: move to the next whitespace.
        let rest = text.get(ws..p).unwrap_or("");
        match rest.find(char::is_whitespace) {
            Some(k) => ws += k,
            // CJK text has no spaces: its tokens are its characters.
            None if rest.ends_with(finnews_core::lexer::is_cjk) => {}
            None => ws = p,
        }
    }
    ws
}

/// A phrase may not start glued to a letter or digit (`A320`), nor be the number after a
/// hyphenated code (`COVID-19`), inside a colon-separated run (`3:07:35`) or the denominator of a
/// fraction (`3-1/2 years`).
fn start_ok(text: &str, toks: &[Token], s: usize) -> bool {
    let Some(t) = toks.get(s) else {
        return false;
    };
    if let Kind::Punct(c) = t.kind
        && c != '\''
        && c != '’'
    {
        return false;
    }
    let before = text.get(..t.span.start).unwrap_or("");
    let mut rev = before.chars().rev();
    match rev.next() {
        Some(c) if c.is_ascii_alphanumeric() => return false,
        Some('-') if rev.next().is_some_and(|c| c.is_ascii_alphanumeric()) => {
            return false;
        }
        // `07:35` inside `3:07:35`
        Some(':') if rev.next().is_some_and(|c| c.is_ascii_digit()) => return false,
        // `2` in the fraction `3-1/2`
        Some('/')
            if matches!(t.kind, Kind::Number { .. })
                && rev.next().is_some_and(|c| c.is_ascii_digit()) =>
        {
            return false;
        }
        _ => {}
    }
    true
}

/// A phrase may not end glued to a letter or digit (`H1N1`).
fn end_ok(text: &str, toks: &[Token], end: usize) -> bool {
    let Some(t) = end.checked_sub(1).and_then(|k| toks.get(k)) else {
        return false;
    };
    !text
        .get(t.span.end..)
        .and_then(|r| r.chars().next())
        .is_some_and(|c| c.is_ascii_alphanumeric())
        || matches!(t.kind, Kind::Cjk(_))
}

fn temporal<'a>(
    text: &'a str,
    start: usize,
    end: usize,
    repr: Repr,
    modifier: Option<crate::types::Mod>,
    opts: &Options,
) -> Temporal<'a> {
    let span = Span::new(start, end);
    let timex = Timex(repr);
    let value = if timex.is_duration() {
        TemporalValue::Duration { timex }
    } else {
        TemporalValue::Date {
            timex,
            modifier,
            range: timex.range(opts),
        }
    };
    Temporal {
        span,
        text: text.get(start..end).unwrap_or(""),
        value,
    }
}

/// After a date, reads the coordinated ones that inherit from it: `October 30 and 31`,
/// `2020-2025`, `2019-20`, `March to May`. Returns the end byte of the last one read.
fn coordinate<'a>(cx: &Cx<'a, '_>, first: M, opts: &Options, out: &mut Vec<Temporal<'a>>) -> usize {
    let toks = cx.toks;
    let text = cx.text;
    let mut last = first;
    let mut end_byte = toks
        .get(first.end.wrapping_sub(1))
        .map_or(0, |t| t.span.end);
    for _ in 0..8 {
        let c = last.end;
        let Some(conn) = toks.get(c) else { break };
        let is_dash = matches!(conn.kind, Kind::Punct('-' | '–' | '—'));
        let is_slash = conn.kind == Kind::Punct('/');
        let is_comma = conn.kind == Kind::Punct(',');
        let is_word = (conn.kind == Kind::Word
            && matches!(
                words::date_word(conn),
                Some(W::And | W::Or | W::To | W::Through | W::Thru)
            ))
            || conn.kind == Kind::Symbol('&');
        if !(is_dash || is_slash || is_comma || is_word) {
            break;
        }
        let n = c + 1;
        let Some(nt) = toks.get(n) else { break };
        let next_repr = match (last.repr, nt.kind) {
            (
                Repr::Day { date, .. },
                Kind::Number {
                    grouped: false,
                    decimal: false,
                },
            ) if !is_slash => {
                use chrono::Datelike;
                let d = digits_value(&text[nt.span.range()]).unwrap_or(0);
                if nt.span.len() > 2 || d <= date.day() || followed_by_month_or_num(cx, n) {
                    break;
                }
                match ymd(date.year(), date.month(), d) {
                    Some(date) => (Repr::Day { date, part: None }, n + 1),
                    None => break,
                }
            }
            (
                Repr::MonthDay { month, day },
                Kind::Number {
                    grouped: false,
                    decimal: false,
                },
            ) if !is_slash => {
                let d = digits_value(&text[nt.span.range()]).unwrap_or(0);
                if nt.span.len() > 2
                    || d <= u32::from(day)
                    || d > 31
                    || followed_by_month_or_num(cx, n)
                {
                    break;
                }
                (
                    Repr::MonthDay {
                        month,
                        day: d as u8,
                    },
                    n + 1,
                )
            }
            (
                Repr::Year(y),
                Kind::Number {
                    grouped: false,
                    decimal: false,
                },
            ) if !is_comma => {
                let s = &text[nt.span.range()];
                let v = digits_value(s).unwrap_or(0) as i32;
                let y2 = match s.len() {
                    4 => v,
                    2 if (is_dash || is_slash) && nt.span.start == conn.span.end => {
                        let c = two_digit_year(v as u32);
                        (y / 100) * 100 + c % 100
                    }
                    _ => break,
                };
                if y2 <= y || y2 > y + 100 || followed_by_month_or_num(cx, n) {
                    break;
                }
                (Repr::Year(y2), n + 1)
            }
            (Repr::Month { year, month }, Kind::Word) if !is_comma && !is_slash => {
                let Some(x) = cx_month(cx, n) else { break };
                if x.0 <= month && year.is_some() && x.1.is_none() {
                    // `November to February`: the next year
                    (
                        Repr::Month {
                            year: year.map(|y| y + 1),
                            month: x.0,
                        },
                        x.2,
                    )
                } else {
                    (
                        Repr::Month {
                            year: x.1.or(year),
                            month: x.0,
                        },
                        x.2,
                    )
                }
            }
            _ => break,
        };
        if !end_ok(text, toks, next_repr.1) {
            break;
        }
        let start = nt.span.start;
        let end = toks[next_repr.1 - 1].span.end;
        out.push(temporal(text, start, end, next_repr.0, None, opts));
        end_byte = end;
        last = M {
            end: next_repr.1,
            repr: next_repr.0,
            modifier: None,
            det: false,
        };
    }
    end_byte
}

fn cx_word<'t>(text: &'t str, t: &Token) -> Option<&'t str> {
    (t.kind == Kind::Word)
        .then(|| text.get(t.span.range()))
        .flatten()
}

/// A month name at token `i` (capitalized), with a year right after it if any.
fn cx_month(cx: &Cx<'_, '_>, i: usize) -> Option<(u8, Option<i32>, usize)> {
    let t = cx.toks.get(i)?;
    let w = cx_word(cx.text, t)?;
    if !w.starts_with(|c: char| c.is_ascii_uppercase()) {
        return None;
    }
    let mo = words::month(t)?;
    let mut j = i + 1;
    if cx.toks.get(j).is_some_and(|t| t.kind == Kind::Punct('.')) {
        j += 1;
    }
    // A day after it makes it a date of its own, left to the main scan.
    if let Some(nt) = cx.toks.get(j)
        && let Kind::Number { .. } = nt.kind
    {
        let s = cx.text.get(nt.span.range()).unwrap_or("");
        if s.len() == 4 {
            let y = digits_value(s)? as i32;
            return Some((mo, Some(y), j + 1));
        }
        return None;
    }
    Some((mo, None, j))
}

fn followed_by_month_or_num(cx: &Cx<'_, '_>, n: usize) -> bool {
    match cx.toks.get(n + 1) {
        Some(t) => match t.kind {
            Kind::Word => t.classes.has(Class::Month) || t.classes.has(Class::TimeUnit),
            Kind::Number { .. } | Kind::Punct('%') => true,
            _ => false,
        },
        None => false,
    }
}

/// Parses the whole of `text` as one temporal expression.
///
/// # Errors
///
/// [`ErrorKind::NoDate`] when none starts the text, [`ErrorKind::TrailingInput`] when text is
/// left after it.
///
/// # Example
///
/// ```
/// use finnews_date::{parse, Options};
/// assert_eq!(parse("October 2013", &Options::default())?.timex(), "2013-10");
/// assert!(parse("October 2013 was", &Options::default()).is_err());
/// # Ok::<(), finnews_date::Error>(())
/// ```
pub fn parse<'a>(text: &'a str, options: &Options) -> Result<Temporal<'a>, Error> {
    let trimmed_end = text.trim_end().len();
    let lead = text.len() - text.trim_start().len();
    let Some(first) = extract(text, options).into_iter().next() else {
        return Err(Error::new(Span::new(0, text.len()), ErrorKind::NoDate));
    };
    if first.span.start != lead {
        return Err(Error::new(
            Span::new(0, first.span.start),
            ErrorKind::NoDate,
        ));
    }
    if first.span.end != trimmed_end {
        return Err(Error::new(
            Span::new(first.span.end, text.len()),
            ErrorKind::TrailingInput,
        ));
    }
    Ok(first)
}

/// Reads a dateline at the start of `line`: a line that is only a date (`September 29, 2020`,
/// `October 2013`), or a newswire dateline opening a story (`SALVADOR, Feb 26 - `).
///
/// Returns the number of bytes the dateline covers (the whole trimmed line, or the newswire
/// prefix up to and including its dash), and the reference date it gives when it names a year.
///
/// # Example
///
/// ```
/// use finnews_date::{dateline_prefix, Grain};
/// let (len, r) = dateline_prefix("October 2013").unwrap();
/// assert_eq!(len, 12);
/// assert_eq!(r.unwrap().grain(), Grain::Month);
/// let (len, r) = dateline_prefix("SALVADOR, Feb 26 - Brazil said").unwrap();
/// assert_eq!(len, "SALVADOR, Feb 26 -".len());
/// assert!(r.is_none());
/// assert!(dateline_prefix("The CND was established in 1992.").is_none());
/// ```
#[must_use]
pub fn dateline_prefix(line: &str) -> Option<(usize, Option<ReferenceDate>)> {
    let trimmed = line.trim_end();
    let body = trimmed.trim_start();
    if body.is_empty() {
        return None;
    }
    if body.len() <= 64 {
        if let Ok(t) = parse(body, &Options::default())
            && let TemporalValue::Date {
                timex,
                modifier: None,
                ..
            } = t.value
        {
            let r = match timex.0 {
                Repr::Day { date, part: None } => Some(ReferenceDate::new(date, Grain::Day)),
                Repr::Month {
                    year: Some(y),
                    month,
                } => ymd(y, u32::from(month), 1).map(|d| ReferenceDate::new(d, Grain::Month)),
                _ => None,
            };
            if let Some(r) = r {
                return Some((trimmed.len(), Some(r)));
            }
        }
        if body.len() == 4 && body.bytes().all(|b| b.is_ascii_digit()) {
            let y: i32 = body.parse().ok()?;
            if (1800..=2199).contains(&y) {
                return Some((
                    trimmed.len(),
                    ymd(y, 1, 1).map(|d| ReferenceDate::new(d, Grain::Year)),
                ));
            }
        }
    }
    newswire_dateline(line)
}

/// `SALVADOR, Feb 26 - ` / `NEW YORK, March 2, 1987 - `: a place in capitals, a comma, a
/// date, a dash.
fn newswire_dateline(line: &str) -> Option<(usize, Option<ReferenceDate>)> {
    let lead = line.len() - line.trim_start().len();
    let head = line.get(lead..)?;
    let comma = head.get(..head.len().min(48))?.find(',')?;
    let place = &head[..comma];
    let letters = place.bytes().filter(u8::is_ascii_alphabetic).count();
    if letters < 2
        || !place
            .bytes()
            .all(|b| b.is_ascii_uppercase() || matches!(b, b' ' | b'.' | b'\'' | b'-' | b'/'))
    {
        return None;
    }
    let after = lead + comma + 1;
    // Lex no further than the token that straddles 40 bytes after the comma.
    let rest = line.get(after..)?;
    let cut = rest
        .char_indices()
        .find(|&(k, c)| k >= 40 && c.is_whitespace())
        .map_or(rest.len(), |(k, _)| k);
    let sub = rest.get(..cut)?;
    let mut toks = Vec::with_capacity(16);
    Lexer::new().lex_into(sub, &mut toks);
    let keep = toks
        .iter()
        .take(10)
        .take_while(|t| t.span.start < 40)
        .count();
    toks.truncate(keep);
    let opts = Options::default();
    let memo = RefCell::new(Vec::new());
    reset_memo(&memo, toks.len());
    let cx = Cx {
        text: sub,
        toks: &toks,
        opts: &opts,
        memo: &memo,
    };
    let x = cx.phrase(0, 0)?;
    let dash = toks.get(x.end)?;
    if !matches!(dash.kind, Kind::Punct('-' | '–' | '—')) {
        return None;
    }
    let r = match x.repr {
        Repr::Day { date, .. } => Some(ReferenceDate::new(date, Grain::Day)),
        Repr::MonthDay { .. } => None,
        _ => return None,
    };
    Some((after + dash.span.end, r))
}
