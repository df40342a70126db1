use core::cell::RefCell;

use chrono::Datelike;

use finnews_core::Span;
use finnews_core::lexer::{Gap, Kind, Lexer, Token};
use finnews_core::lexicon::{Class, Classes, DateWord as W, lexicon};

use crate::error::{Error, ErrorKind};
use crate::grammar::{Anchor, Cx, LEADS, M, Memos, digits_value, reset_memo, two_digit_year};
use crate::timex::{Repr, Timex, Year, ymd};
use crate::types::{Grain, Options, ReferenceDate, Temporal, TemporalValue};
use crate::words;

/// How far before a trigger a phrase may start (`the first half of` before `half`).
const BACK_TOKENS: usize = 6;
const BACK_BYTES: usize = 48;
/// How far after a trigger the grammar may look.
const AHEAD_BYTES: usize = 64;
const MAX_TOKENS: usize = 18;
/// How many tokens after a trigger the window keeps at least, however many come before it.
const AHEAD_TOKENS: usize = 10;

/// Words of the quantity tables: a bare number before one is no day.
const QUANTITY_CLASSES: Classes = Classes::of(&[
    Class::Scale,
    Class::CurrencyWord,
    Class::Unit,
    Class::Modifier,
]);

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

/// The classes a CJK token needs for [`is_anchor`] to take it.
const CJK_ANCHORS: Classes = Classes::of(&[Class::DateTrigger, Class::CjkLead]);

thread_local! {
    /// The token buffer, reused across calls on one thread.
    static TOKENS: RefCell<Vec<Token>> = const { RefCell::new(Vec::new()) };
    /// The grammar's memo, reused across calls on one thread.
    static MEMO: RefCell<Memos> = RefCell::new(Memos::default());
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

/// [`extract`] over the tokens of `text`, already lexed (by [`Lexer::new`], without line break
/// tokens): a caller that shares one lexing of the text among several readers lexes nothing
/// twice. The result is [`extract`]'s.
///
/// # Example
///
/// ```
/// use finnews_date::{extract, extract_with_tokens, Options};
/// let text = "On September 28, 2020, Mizuho signed";
/// let tokens = finnews_core::lexer::lex(text);
/// let found = extract_with_tokens(text, &tokens, &Options::default());
/// assert_eq!(found, extract(text, &Options::default()));
/// assert_eq!(found[0].timex(), "2020-09-28");
/// ```
#[must_use]
pub fn extract_with_tokens<'a>(
    text: &'a str,
    tokens: &[Token],
    options: &Options,
) -> Vec<Temporal<'a>> {
    extract_tokens(text, tokens, options)
}

/// Whether token `a` can anchor a phrase: a number, an anchor word, `Q3`/`H1`, a CJK date
/// character or word.
fn is_anchor(text: &str, toks: &[Token], a: usize) -> bool {
    let t = &toks[a];
    match t.kind {
        Kind::Number { .. } => true,
        Kind::Word => {
            t.classes.any(ANCHORS)
                // `in nineteen ninety six`: a year in words after `in`.
                || (t.classes.has(Class::NumberWord)
                    && a > 0
                    && toks[a - 1].kind == Kind::Word
                    && words::date_word(&toks[a - 1]) == Some(W::In))
                || (t.classes.has(Class::DateWord)
                    && t.span.len() == 1
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
                    && text.get(t.span.start()..).is_some_and(opens_cjk_date_word))
        }
        _ => false,
    }
}

/// The first words of the holidays' names ([`finnews_core::lexicon::HOLIDAYS`]), once each.
static HOLIDAY_FIRST_WORDS: std::sync::LazyLock<Vec<&'static str>> =
    std::sync::LazyLock::new(|| {
        let mut v: Vec<&'static str> = finnews_core::lexicon::HOLIDAYS
            .iter()
            .filter_map(|(name, _)| name.split(' ').next())
            .collect();
        v.sort_unstable_by_key(|w| w.to_ascii_lowercase());
        v.dedup_by(|a, b| a.eq_ignore_ascii_case(b));
        v
    });

/// Whether `word` opens a holiday's name (as `words::opens_holiday` says): a binary search of
/// the first words, compared in ASCII lower case.
fn opens_holiday(word: &str) -> bool {
    HOLIDAY_FIRST_WORDS
        .binary_search_by(|w| {
            w.bytes()
                .map(|c| c.to_ascii_lowercase())
                .cmp(word.bytes().map(|c| c.to_ascii_lowercase()))
        })
        .is_ok()
}

/// The holidays' names ([`finnews_core::lexicon::HOLIDAYS`]) as [`holiday_may_start`] reads
/// them: the first word, and the second where a space follows the first (`new`, `year`), once
/// each.
/// Each head is kept with the lower-cased first byte of its first word, and sorted by it.
#[allow(clippy::type_complexity)]
static HOLIDAY_HEADS: std::sync::LazyLock<Vec<(u8, &'static str, Option<&'static str>)>> =
    std::sync::LazyLock::new(|| {
        let seg = |s: &'static str| &s[..s.find([' ', '\'']).unwrap_or(s.len())];
        let mut v: Vec<(u8, &'static str, Option<&'static str>)> = finnews_core::lexicon::HOLIDAYS
            .iter()
            .filter_map(|&(name, _)| {
                let first = seg(name);
                let second = name[first.len()..].strip_prefix(' ').map(seg);
                Some((
                    first.as_bytes().first()?.to_ascii_lowercase(),
                    first,
                    second,
                ))
            })
            .collect();
        v.sort_unstable();
        v.dedup();
        v
    });

/// Whether a holiday's name may be spelled at byte `p` (`words::holiday` reads it there): its
/// first word, and after spaces or tabs its second, as the name writes them (any ASCII case).
/// `New York` spells no `New Year`, and the whole table need not be read.
pub(crate) fn holiday_may_start(text: &str, p: usize) -> bool {
    let b = text.as_bytes().get(p..).unwrap_or(&[]);
    let starts = |b: &[u8], w: &str| {
        b.get(..w.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(w.as_bytes()))
    };
    let Some(c) = b.first().map(u8::to_ascii_lowercase) else {
        return false;
    };
    let heads = &*HOLIDAY_HEADS;
    let k = heads.partition_point(|h| h.0 < c);
    heads[k..]
        .iter()
        .take_while(|h| h.0 == c)
        .any(|&(_, first, second)| {
            if !starts(b, first) {
                return false;
            }
            let Some(second) = second else {
                return true;
            };
            let rest = &b[first.len()..];
            let k = rest
                .iter()
                .take_while(|&&c| c == b' ' || c == b'\t')
                .count();
            k > 0 && starts(&rest[k..], second)
        })
}

/// A cheap first look at whether token `t` can open a phrase before its anchor
/// ([`Cx::can_lead`]): a word with no leading class that opens no numeral
/// ([`may_open_numeral`]) cannot, and the numeral grammar need not be asked.
fn may_lead(text: &str, t: &Token, numerals: bool) -> bool {
    if t.kind != Kind::Word || t.classes.any(LEADS) || !numerals {
        return true;
    }
    may_open_numeral(text, t)
}

/// Whether the word token `t` may open a cardinal or ordinal numeral (`finnews_numeral`'s
/// `cardinal_prefix`, `ordinal_prefix`): the numeral grammar reads a word's letters (at most
/// 16) as its first word, and one the numeral tables do not list opens none. `true` for any
/// other token. One table look instead of a parse: most words at an anchor are no numeral.
pub(crate) fn may_open_numeral(text: &str, t: &Token) -> bool {
    if t.kind != Kind::Word {
        return true;
    }
    let b = text.as_bytes();
    let start = t.span.start();
    // Most words are refused by their first two letters (no letter at all: left to the
    // grammar).
    if let (Some(&c0), Some(&c1)) = (b.get(start), b.get(start + 1))
        && c0.is_ascii_alphabetic()
        && c1.is_ascii_alphabetic()
        && !finnews_numeral::may_begin_numeral_word(c0, c1)
    {
        debug_assert!(
            text.get(start..).is_none_or(|r| {
                finnews_numeral::cardinal_prefix(r).is_none()
                    && finnews_numeral::ordinal_prefix(r).is_none()
            }),
            "numeral prefix gate at {start}"
        );
        return false;
    }
    let limit = start.saturating_add(17).min(b.len());
    let mut k = start;
    while k < limit && b[k].is_ascii_alphabetic() {
        k += 1;
    }
    // Only an ASCII word of letters is looked up; anything else is left to the grammar.
    let letters = k - start;
    if letters == 0 || letters > 16 {
        return true;
    }
    let Some(w) = text.get(start..k) else {
        return true;
    };
    // The numeral crate's compile-time filter (by the first two letters and the length) lets
    // through every word a numeral can start with (`finnews_numeral::is_numeral_start`): no
    // hashing for the words that open none.
    // The filter passes a few words no numeral starts with (`last`, by `lakh`): the tables'
    // own test (`is_numeral_start`, no false negatives) refuses them. An article is read
    // below.
    let article = w.eq_ignore_ascii_case("a") || w.eq_ignore_ascii_case("an");
    let may =
        finnews_numeral::is_numeral_word(w) && (article || finnews_numeral::is_numeral_start(w));
    debug_assert!(
        may || text.get(start..).is_none_or(|r| {
            finnews_numeral::cardinal_prefix(r).is_none()
                && finnews_numeral::ordinal_prefix(r).is_none()
        }),
        "numeral gate: {w}"
    );
    if !may || !article {
        return may;
    }
    // An article opens a numeral only before a numeral word (`a hundred`, `a third`), after
    // the numeral grammar's separator (spaces, a `-`; one to six bytes): `a year` opens none.
    let spaces = |mut q: usize| {
        while b.get(q) == Some(&b' ') {
            q += 1;
        }
        q
    };
    let mut q = spaces(k);
    if b.get(q) == Some(&b'-') {
        q = spaces(q + 1);
    }
    let s = q;
    while q < b.len() && q - s < 32 && b[q].is_ascii_alphabetic() {
        q += 1;
    }
    let opens =
        (1..=6).contains(&(s - k)) && text.get(s..q).is_some_and(finnews_numeral::is_numeral_word);
    debug_assert!(
        opens
            || text.get(start..).is_none_or(|r| {
                finnews_numeral::cardinal_prefix(r).is_none()
                    && finnews_numeral::ordinal_prefix(r).is_none()
            }),
        "article gate at {start}"
    );
    opens
}

/// [`finnews_core::lexicon::CJK_DATE_WORDS`] by first character.
static CJK_DATE_WORDS: std::sync::LazyLock<Vec<(char, &'static str)>> =
    std::sync::LazyLock::new(|| {
        let mut v: Vec<(char, &'static str)> = finnews_core::lexicon::CJK_DATE_WORDS
            .iter()
            .filter_map(|&w| Some((w.chars().next()?, w)))
            .collect();
        v.sort_unstable();
        v
    });

/// Whether a word of [`finnews_core::lexicon::CJK_DATE_WORDS`] starts `rest`.
fn opens_cjk_date_word(rest: &str) -> bool {
    let Some(c) = rest.chars().next() else {
        return false;
    };
    let words = &*CJK_DATE_WORDS;
    let k = words.partition_point(|r| r.0 < c);
    words[k..]
        .iter()
        .take_while(|r| r.0 == c)
        .any(|r| rest.starts_with(r.1))
}

/// The first token at or after `k` (or `all.len()`) whose kind and classes [`is_anchor`] may
/// take: a number, a word of [`ANCHORS`] (or a one-letter grammar word, or a number word
/// after a grammar word), a CJK token of [`CJK_ANCHORS`]. Kept out of
/// the long loop that calls it, so that its own loop runs in registers.
#[inline(never)]
fn next_candidate(all: &[Token], k: usize) -> usize {
    /// The classes one of which a word needs to be a candidate (one bit test refuses most
    /// words).
    const WORD_MAYBE: Classes = ANCHORS.with(Class::DateWord).with(Class::NumberWord);
    let mut k = k;
    while let Some(t) = all.get(k) {
        let maybe = match t.kind {
            Kind::Number { .. } => true,
            // What `is_anchor` asks of a word, as far as its own bits and its neighbour's
            // class tell: a number word only after a grammar word (`in`), a grammar word only
            // of one letter (`Q`, `H`). Most `the`, `of`, `and` stop here.
            Kind::Word => {
                t.classes.any(WORD_MAYBE)
                    && (t.classes.any(ANCHORS)
                        || (t.classes.has(Class::DateWord) && t.span.len() == 1)
                        || (t.classes.has(Class::NumberWord)
                            && k > 0
                            && all[k - 1].kind == Kind::Word
                            && all[k - 1].classes.has(Class::DateWord)))
            }
            Kind::Cjk(_) => t.classes.any(CJK_ANCHORS),
            _ => false,
        };
        if maybe {
            break;
        }
        k += 1;
    }
    k
}

fn extract_tokens<'a>(text: &'a str, all: &[Token], options: &Options) -> Vec<Temporal<'a>> {
    let mut out = Vec::new();
    // Which mentions are comparison anchors, resolved once the whole text is read.
    let mut anchors: Vec<Anchor> = Vec::new();
    let bytes = text.as_bytes();
    let mut done = 0usize; // no new mention starts before this byte
    let mut skip = 0usize; // anchors before this byte belong to a token already tried
    let mut reach: Option<Reach> = None; // the CJK number gate's last reach
    // The memo's entries are reused from the last call on this thread (a window takes a new
    // generation of them, nothing is cleared).
    let memo: RefCell<Memos> = RefCell::new(MEMO.with(RefCell::take));
    let mut next = 0;
    loop {
        // Most tokens are words of no class that can anchor (`is_anchor`), punctuation or
        // spaces: a tight loop passes them.
        let a_all = next_candidate(all, next);
        let Some(at) = all.get(a_all) else {
            break;
        };
        next = a_all + 1;
        let p = at.span.start();
        if p < done || p < skip {
            continue;
        }
        if p > 0
            && bytes[p - 1].is_ascii_alphanumeric()
            && at.span.start() < bytes.len()
            && bytes[p].is_ascii()
        {
            continue; // inside a word or number
        }
        if !is_anchor(text, all, a_all) {
            continue;
        }
        // A holiday's first word (`Good`, `Black`, `New`) anchors only its holiday.
        if at.kind == Kind::Word
            && at.classes.has(Class::DateTrigger)
            && {
                let w = at.text(text);
                debug_assert_eq!(opens_holiday(w), words::opens_holiday(w));
                opens_holiday(w)
            }
            && {
                debug_assert!(holiday_may_start(text, p) || words::holiday(text, p).is_none());
                !holiday_may_start(text, p) || words::holiday(text, p).is_none()
            }
        {
            continue;
        }
        if bytes[p].is_ascii_digit() {
            match number_use(text, p, all.get(a_all + 1..).unwrap_or(&[])) {
                NumberUse::Hopeless(end) => {
                    skip = end;
                    continue;
                }
                // A number only CJK text follows: no phrase covers it unless a calendar word
                // is in its reach.
                NumberUse::Cjk(q) if !cjk_number_reaches(text, q, &mut reach) => {
                    skip = at.span.end();
                    continue;
                }
                NumberUse::Cjk(_) | NumberUse::Try => {}
            }
        }
        let unit_anchor = at.kind == Kind::Word && at.classes.has(Class::TimeUnit);
        // `second of August`: a day in words may open a phrase a month anchors.
        let month_anchor = at.kind == Kind::Word && at.classes.has(Class::Month);
        let ws = if prev_may_lead(text, all, a_all, unit_anchor || month_anchor) {
            window_start(text, p, done)
        } else {
            p
        };
        let mut first = a_all;
        while first > 0 && all[first - 1].span.start() >= ws {
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
        let from = if crate::grammar::cjk_near(all, a_all) {
            a_all
        } else {
            first
        }; // cjk-date: CJK counts ahead of the anchor
        // At most `MAX_TOKENS` from `from` (and at least `AHEAD_TOKENS` after the anchor: a long
        // run of words before it does not cut `the year ending March 31, 1988` short), none
        // starting at `limit` or after (the tokens are in text order: a binary search).
        let hi = all
            .len()
            .min(
                from.saturating_add(MAX_TOKENS)
                    .max(a_all.saturating_add(AHEAD_TOKENS)),
            )
            .max(first);
        let last = first + all[first..hi].partition_point(|t| t.span.start() < limit);
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
            if s < a && !may_lead(text, &toks[s], unit_anchor || month_anchor) {
                continue;
            }
            if s < a && !cx.can_lead(s, unit_anchor || month_anchor) {
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
                let s_all = first + s;
                let start = toks[s].span.start();
                let end = toks[x.end - 1].span.end();
                // `3 to 7 March`, `Apr - Sep, 2022`: a bare first end before the connector.
                if let Some((b_start, repr)) = back_interval(text, all, s_all, x, done, options) {
                    out.push(temporal(text, b_start, end, repr, None, options));
                    anchors.push(Anchor::None);
                    fit_gloss(text, &mut out, options);
                    done = end;
                    continue;
                }
                // `two or three years ago`, `three, five or ten years ago`: the items before the
                // last, read back from its anchor (at most four), put out in text order.
                let mut items = [None; 4];
                let mut at = s;
                for item in &mut items {
                    let Some((k, y)) = cx.shift_before(at, at < s) else {
                        break;
                    };
                    if toks[k].span.start() < done {
                        break;
                    }
                    *item = Some((k, y));
                    at = k;
                }
                for (k, y) in items.into_iter().rev().flatten() {
                    let k_end = toks[y.end - 1].span.end();
                    out.push(temporal(
                        text,
                        toks[k].span.start(),
                        k_end,
                        y.repr,
                        None,
                        options,
                    ));
                    anchors.push(y.anchor);
                }
                let modifier = on_or(text, all, s_all).or(x.modifier);
                out.push(temporal(text, start, end, x.repr, modifier, options));
                anchors.push(x.anchor);
                done = end;
                let lead = s_all
                    .checked_sub(1)
                    .and_then(|k| all.get(k))
                    .filter(|t| t.kind == Kind::Word)
                    .and_then(words::date_word);
                let n = out.len();
                let tail = coordinate(&cx, s, x, lead, options, &mut out);
                anchors.resize(anchors.len() + out.len() - n, Anchor::None);
                if out.len() == n {
                    fit_gloss(text, &mut out, options);
                }
                done = done.max(tail);
            }
            None => skip = toks[a].span.end(),
        }
    }
    MEMO.with(|m| *m.borrow_mut() = memo.into_inner());
    resolve_anchors(text, &mut out, &anchors, options);
    crate::grammar::cjk_anchor(text, &mut out, options);
    out
}

/// The same period a year earlier, at its grain; `None` for what has no year to move.
fn year_before(r: Repr) -> Option<Repr> {
    let back = |d: chrono::NaiveDate| d.checked_sub_months(chrono::Months::new(12));
    Some(match r {
        // the day a year earlier, without the part of day (`last night … a year ago`)
        Repr::Day { date, .. } => Repr::Day {
            date: back(date)?,
            part: None,
        },
        Repr::DayTime { date, .. } => Repr::Day {
            date: back(date)?,
            part: None,
        },
        Repr::Month {
            year: Some(y),
            month,
        } => Repr::Month {
            year: Some(y.checked_sub(1)?),
            month,
        },
        Repr::Year(y) => Repr::Year(y.checked_sub(1)?),
        // the same ISO week a year earlier (week 53 → 52 in a year without one)
        Repr::Week { year, week } => {
            let y = year.checked_sub(1)?;
            let has = |w: u8| {
                chrono::NaiveDate::from_isoywd_opt(y, u32::from(w), chrono::Weekday::Mon).is_some()
            };
            Repr::Week {
                year: y,
                week: if has(week) {
                    week
                } else {
                    week.checked_sub(1).filter(|&w| has(w))?
                },
            }
        }
        Repr::Quarter { year: Some(y), q } => Repr::Quarter {
            year: Some(y.checked_sub(1)?),
            q,
        },
        Repr::Half { year: Some(y), h } => Repr::Half {
            year: Some(y.checked_sub(1)?),
            h,
        },
        Repr::Season {
            year: Some(y),
            season,
        } => Repr::Season {
            year: Some(y.checked_sub(1)?),
            season,
        },
        Repr::YearToQuarter { year: Some(y), q } => Repr::YearToQuarter {
            year: Some(y.checked_sub(1)?),
            q,
        },
        Repr::Fiscal {
            year: Some(y),
            quarter,
        } => Repr::Fiscal {
            year: Some(y.checked_sub(1)?),
            quarter,
        },
        Repr::FiscalEnding {
            name,
            quarter,
            first,
            last,
        } => Repr::FiscalEnding {
            name: name.checked_sub(1)?,
            quarter,
            first: back(first)?,
            // the last day of the same month a year earlier (`February 29` → `February 28`)
            last: back(last.succ_opt()?)?.pred_opt()?,
        },
        Repr::Interval { first, last } => Repr::Interval {
            first: year_before(first.widen())?.as_point()?,
            last: year_before(last.widen())?.as_point()?,
        },
        _ => return None,
    })
}

/// How many sentence or paragraph boundaries lie in `text[from..to]` (a full stop, `?` or `!`
/// after a word or number and before white space; a blank line), counting a run of them as
/// one.
fn boundaries(text: &str, from: usize, to: usize) -> usize {
    let Some(seg) = text.get(from..to) else {
        return usize::MAX;
    };
    let b = seg.as_bytes();
    let mut count = 0;
    let mut pending = false;
    let mut newline = false;
    for (k, &c) in b.iter().enumerate() {
        match c {
            b'.' | b'?' | b'!' => {
                let before = k.checked_sub(1).map(|j| b[j]);
                let after = b.get(k + 1).copied();
                let word_end = before.is_some_and(|p| {
                    p.is_ascii_lowercase() || p.is_ascii_digit() || matches!(p, b')' | b'"')
                });
                if word_end && after.is_none_or(|a| a.is_ascii_whitespace() || a == b'"') {
                    pending = true;
                }
                newline = false;
            }
            b'\n' => {
                if newline {
                    pending = true;
                }
                newline = true;
            }
            b' ' | b'\t' | b'\r' | b'"' => {}
            _ => {
                if pending {
                    count += 1;
                    pending = false;
                }
                newline = false;
            }
        }
    }
    count + usize::from(pending)
}

/// Whether the mention at `span` is a dateline (`NEW YORK, March 5 -`, or a line that is only
/// a date): the period a sentence is about is never the story's own date.
fn is_dateline(text: &str, span: Span) -> bool {
    let ls = text
        .get(..span.start())
        .and_then(|t| t.rfind('\n'))
        .map_or(0, |k| k + 1);
    let Some(line) = text.get(ls..) else {
        return false;
    };
    let line_end = line.find('\n').map_or(line.len(), |k| k);
    if line
        .get(..line_end)
        .is_some_and(|l| l.trim().len() == span.len())
    {
        return true;
    }
    newswire_dateline(line.get(..line_end).unwrap_or(""))
        .is_some_and(|(len, _)| ls + len >= span.end())
}

/// How many mentions before an anchor are looked at for the period it compares with.
const ANCHOR_LOOKBACK: usize = 48;

/// Comparison anchors (`a year ago`, `the same period last year`) take the period their
/// sentence is about (the nearest date before them in the sentence, else in the previous one,
/// passing over other anchors), a year earlier at its grain. Without one they keep the
/// contract's reading (the year before the reference).
fn resolve_anchors<'a>(
    text: &'a str,
    out: &mut [Temporal<'a>],
    anchors: &[Anchor],
    opts: &Options,
) {
    for i in 0..out.len().min(anchors.len()) {
        let kind = anchors[i];
        if matches!(kind, Anchor::None | Anchor::Compared) {
            continue;
        }
        let mut at = out[i].span.start();
        let mut seen = 0;
        let mut found = None;
        // At most `ANCHOR_LOOKBACK` mentions back: linear time on any input.
        for j in (i.saturating_sub(ANCHOR_LOOKBACK)..i).rev() {
            seen += boundaries(text, out[j].span.end(), at);
            at = out[j].span.start();
            // A numbered fiscal quarter is found by its number, however far before.
            if seen > 1 && !matches!(kind, Anchor::FiscalQuarter(_)) {
                break;
            }
            if anchors[j] != Anchor::None {
                continue;
            }
            let TemporalValue::Date { timex, .. } = out[j].value else {
                continue;
            };
            if is_dateline(text, out[j].span) {
                break;
            }
            let fits = match kind {
                Anchor::Quarter => matches!(
                    timex.0,
                    Repr::Quarter { year: Some(_), .. }
                        | Repr::Fiscal {
                            year: Some(_),
                            quarter: Some(_)
                        }
                        | Repr::FiscalEnding {
                            quarter: Some(_),
                            ..
                        }
                ),
                Anchor::FiscalQuarter(n) => matches!(
                    timex.0,
                    Repr::Fiscal {
                        year: Some(_),
                        quarter: Some(q)
                    }
                        | Repr::FiscalEnding {
                            quarter: Some(q),
                            ..
                        } if q == n
                ),
                Anchor::Year => !matches!(timex.0, Repr::Day { .. } | Repr::DayTime { .. }),
                _ => true,
            };
            if !fits {
                continue;
            }
            if let Some(r) = year_before(timex.0) {
                found = Some(r);
                break;
            }
        }
        if let Some(r) = found {
            let t = &out[i];
            out[i] = temporal(text, t.span.start(), t.span.end(), r, None, opts);
        }
    }
}

/// The bound the words just before token `s` give the date there (`on or before`, `no later
/// than`, `on or about`: [`words::DATE_BOUNDS`]): its TIMEX3 `mod`.
fn on_or(text: &str, all: &[Token], s: usize) -> Option<crate::types::Mod> {
    words::date_bound(|k| {
        all.get(s.checked_sub(k + 1)?)
            .filter(|t| t.kind == Kind::Word)
            .map(|t| t.text(text))
    })
}

/// Whether `t` joins two ends of a period: a dash, `to`, `through`, `till`, `until`, `~`; `and`
/// after `between`.
fn range_conn(t: &Token, between: bool) -> bool {
    match t.kind {
        Kind::Punct('-' | '–' | '—' | '～') | Kind::Symbol('~') => true,
        Kind::Word => match words::date_word(t) {
            Some(W::To | W::Through | W::Thru | W::Till | W::Until) => true,
            Some(W::And) => between,
            _ => false,
        },
        _ => false,
    }
}

/// The year an end of a period names, when known.
fn year_of(r: Repr) -> Year {
    match r {
        Repr::Day { date, .. } | Repr::DayTime { date, .. } => Some(date.year()),
        Repr::Year(y) => Some(y),
        Repr::Month { year, .. } | Repr::Quarter { year, .. } | Repr::Half { year, .. } => year,
        _ => None,
    }
}

/// `r` moved to year `y` (a day, month, quarter or half; a month and day of an unknown year).
fn with_year(r: Repr, y: i32) -> Option<Repr> {
    Some(match r {
        Repr::Day { date, part } => Repr::Day {
            date: ymd(y, date.month(), date.day())?,
            part,
        },
        Repr::MonthDay { month, day } => Repr::Day {
            date: ymd(y, u32::from(month), u32::from(day))?,
            part: None,
        },
        Repr::Month { month, .. } => Repr::Month {
            year: Some(y),
            month,
        },
        Repr::Quarter { q, .. } => Repr::Quarter { year: Some(y), q },
        Repr::Half { h, .. } => Repr::Half { year: Some(y), h },
        _ => return None,
    })
}

/// `r` moved by `d` years.
fn shift_years(r: Repr, d: i32) -> Option<Repr> {
    with_year(r, year_of(r)?.checked_add(d)?)
}

/// Two ends of a period no year is written for, moved together to the year that puts the
/// whole period nearest the reference (earlier on a tie), as the contract resolves a month.
fn nearest_pair(first: Repr, last: Repr, opts: &Options) -> Option<(Repr, Repr)> {
    let r = opts.reference?.date();
    let mut best: Option<(i64, Repr, Repr)> = None;
    for d in [-1, 0, 1] {
        let (Some(f), Some(l)) = (shift_years(first, d), shift_years(last, d)) else {
            continue;
        };
        let (Some(a), Some(b)) = (Timex(f).range(opts), Timex(l).range(opts)) else {
            continue;
        };
        let (a, b) = (a.first(), b.last());
        let dist = if r < a {
            (a - r).num_days()
        } else if r > b {
            (r - b).num_days()
        } else {
            0
        };
        if best.is_none_or(|(bd, _, _)| dist < bd) {
            best = Some((dist, f, l));
        }
    }
    best.map(|(_, f, l)| (f, l))
}

/// A period glossed in parentheses right after a longer one it lies in (`the fiscal year
/// ending March 2025 (April to September)`), with no year of its own: moved into it.
fn fit_gloss<'a>(text: &'a str, out: &mut [Temporal<'a>], opts: &Options) {
    let [.., prev, cur] = out else {
        return;
    };
    let between = text.get(prev.span.end()..cur.span.start()).unwrap_or("");
    if between.trim() != "(" || has_year_text(cur.text) {
        return;
    }
    let (Some(outer), TemporalValue::Date { timex, .. }) = (prev.value.range(), &cur.value) else {
        return;
    };
    let timex = *timex;
    let inside = |r: Repr| {
        Timex(r)
            .range(opts)
            .is_some_and(|x| outer.first() <= x.first() && x.last() <= outer.last())
    };
    if inside(timex.0) {
        return;
    }
    let moved = |d: i32| -> Option<Repr> {
        match timex.0 {
            Repr::Interval { first, last } => Some(Repr::Interval {
                first: shift_years(first.widen(), d)?.as_point()?,
                last: shift_years(last.widen(), d)?.as_point()?,
            }),
            r => shift_years(r, d),
        }
    };
    if let Some(r) = [-1, 1].into_iter().filter_map(moved).find(|&r| inside(r)) {
        let (start, end, modifier) = (cur.span.start(), cur.span.end(), cur.value.modifier());
        *cur = temporal(text, start, end, r, modifier, opts);
    }
}

/// Whether `s` writes a four-digit year.
fn has_year_text(s: &str) -> bool {
    s.as_bytes()
        .split(|b| !b.is_ascii_digit())
        .any(|run| run.len() == 4)
}

/// Whether the tokens `s..e` write a year (`2016`, `'21`).
fn writes_year(text: &str, toks: &[Token], s: usize, e: usize) -> bool {
    // `today`, `next Friday`: resolved from the reference, their year is known too.
    const RESOLVED: Classes = Classes::of(&[Class::RelativeDay, Class::Deictic]);
    toks.get(s..e).is_some_and(|ts| {
        ts.iter().enumerate().any(|(k, t)| {
            (t.kind == Kind::Word && t.classes.any(RESOLVED))
                || matches!(
                    t.kind,
                    Kind::Number {
                        grouped: false,
                        decimal: false
                    }
                ) && (t.span.len() == 4
                    || (k > 0
                        && matches!(ts[k - 1].kind, Kind::Punct('\'' | '’'))
                        && t.span.len() == 2))
                    && text.get(t.span.range()).is_some()
        })
    })
}

/// The first day of `first` and the last day of `last` in order, or unknown.
fn ordered(first: Repr, last: Repr, opts: &Options) -> bool {
    match (Timex(first).range(opts), Timex(last).range(opts)) {
        (Some(a), Some(b)) => a.first() <= b.last(),
        _ => true,
    }
}

/// The interval from `first` to `last` (contract 1.1), each end at the grain written; a year
/// written once serves both ends (`Apr - Sep, 2022`, `Nov-Feb 2017`). `None` when an end is
/// no date or period, or the ends are out of order.
fn interval(
    mut first: Repr,
    first_year: bool,
    mut last: Repr,
    last_year: bool,
    opts: &Options,
) -> Option<Repr> {
    let point = |r: Repr| match r {
        Repr::Duration { .. }
        | Repr::PresentRef
        | Repr::PastRef
        | Repr::FutureRef
        | Repr::Weekday(_)
        | Repr::Unresolved(_)
        | Repr::UnresolvedPart(_)
        | Repr::Interval { .. } => None,
        r => r.as_point(),
    };
    if !first_year
        && last_year
        && let Some(y) = year_of(last)
        && let Some(f) = with_year(first, y)
    {
        first = if ordered(f, last, opts) {
            f
        } else {
            y.checked_sub(1).and_then(|y| with_year(first, y))?
        };
    } else if first_year
        && !last_year
        && let Some(y) = year_of(first)
        && let Some(l) = with_year(last, y)
    {
        last = if ordered(first, l, opts) {
            l
        } else {
            y.checked_add(1).and_then(|y| with_year(last, y))?
        };
    }
    if !first_year
        && !last_year
        && let Some((f, l)) = nearest_pair(first, last, opts)
    {
        (first, last) = (f, l);
    }
    if !ordered(first, last, opts) {
        return None;
    }
    Some(Repr::Interval {
        first: point(first)?,
        last: point(last)?,
    })
}

/// Before a phrase read at token `s_all`: a bare first end and a range connector (`3 to 7
/// March`, `between 3 and 12 of Sept`, `Apr - Sep, 2022`). Returns where the interval starts
/// and its value.
fn back_interval(
    text: &str,
    all: &[Token],
    s_all: usize,
    x: M,
    done: usize,
    opts: &Options,
) -> Option<(usize, Repr)> {
    let conn = all.get(s_all.checked_sub(1)?)?;
    let prev = all.get(s_all.checked_sub(2)?)?;
    let here = all.get(s_all)?;
    if prev.span.start() < done || conn.gap == Gap::Block || here.gap == Gap::Block {
        return None;
    }
    let between = s_all >= 3
        && all[s_all - 3].kind == Kind::Word
        && words::date_word(&all[s_all - 3]) == Some(W::Between);
    let slash = conn.kind == Kind::Punct('/') && prev.kind == Kind::Word;
    if !(range_conn(conn, between) || slash) {
        return None;
    }
    // The bare end stands alone: not glued to what is before it (`10/1-5/7`).
    if s_all >= 3 && prev.gap == Gap::None {
        return None;
    }
    let first = match (prev.kind, x.repr) {
        (
            Kind::Number {
                grouped: false,
                decimal: false,
            },
            Repr::Day { date, .. },
        ) if matches!(here.kind, Kind::Number { .. }) && prev.span.len() <= 2 => {
            let d = digits_value(text.get(prev.span.range())?)?;
            if d == 0 || d >= date.day() {
                return None;
            }
            Repr::Day {
                date: ymd(date.year(), date.month(), d)?,
                part: None,
            }
        }
        (
            Kind::Number {
                grouped: false,
                decimal: false,
            },
            Repr::MonthDay { month, day },
        ) if matches!(here.kind, Kind::Number { .. }) && prev.span.len() <= 2 => {
            let d = digits_value(text.get(prev.span.range())?)?;
            if d == 0 || d >= u32::from(day) {
                return None;
            }
            Repr::MonthDay {
                month,
                day: u8::try_from(d).ok()?,
            }
        }
        (Kind::Word, Repr::Month { .. } | Repr::Day { .. } | Repr::MonthDay { .. })
            if here.kind == Kind::Word && here.classes.has(Class::Month) =>
        {
            let w = text.get(prev.span.range())?;
            if !w.starts_with(|c: char| c.is_ascii_uppercase()) {
                return None;
            }
            let mo = words::month(prev)?;
            let (lm, ly) = match x.repr {
                Repr::Month { month, year } => (month, year),
                Repr::Day { date, .. } => (date.month() as u8, Some(date.year())),
                Repr::MonthDay { month, .. } => (month, None),
                _ => return None,
            };
            Repr::Month {
                year: ly.map(|y| if mo <= lm { y } else { y - 1 }),
                month: mo,
            }
        }
        _ => return None,
    };
    let repr = interval(first, true, x.repr, true, opts)?;
    Some((prev.span.start(), repr))
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

/// What the number at an anchor may be worth.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum NumberUse {
    /// No rule can use it: the byte after it.
    Hopeless(usize),
    /// Worth parsing.
    Try,
    /// Worth parsing only for the CJK character after it (glued, or after spaces), which
    /// starts at this byte: see [`cjk_number_reaches`].
    Cjk(usize),
}

/// What the number at `p` is worth. A number is worth parsing when it has four digits (a year),
/// or when what touches it or follows it could make it part of a date or duration (a unit or
/// month word, `/`, `-`, an ordinal suffix, `年`...). `after` are the tokens after the number's
/// token: the next word's classes are read from its token when one spans it.
fn number_use(text: &str, p: usize, after: &[Token]) -> NumberUse {
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
    // A year, or a compact date (`20240715`).
    if plain
        && (digits == 4
            || (digits == 8 && text.get(p..q).and_then(crate::toks::compact_ymd).is_some()))
    {
        return NumberUse::Try;
    }
    // `15.07.2024`, `2023.11.20`: both points lie in the run read above (each has a digit
    // after it), the second at most seven bytes in, so a run with fewer than two there is no
    // such date (and a long run is not read again).
    if !plain
        && b[p..q.min(p + 8)].iter().filter(|&&c| c == b'.').count() >= 2
        && text.get(p..).and_then(crate::toks::dotted).is_some()
    {
        return NumberUse::Try;
    }
    if p > 0 && matches!(b[p - 1], b'\'') || text.get(..p).is_some_and(|s| s.ends_with('’')) {
        return NumberUse::Try;
    }
    // A CJK character after it (`2008年`, `2008 年`): worth parsing for the CJK grammar only.
    let cjk_at = |k: usize| {
        text.get(k..)
            .and_then(|r| r.chars().next())
            .is_some_and(finnews_core::lexer::is_cjk)
    };
    let next = b.get(q).copied();
    if plain && digits <= 2 {
        match next {
            Some(c) if c.is_ascii_alphabetic() || matches!(c, b'/' | b'-' | b':') => {
                return NumberUse::Try;
            }
            Some(c) if c >= 0x80 => {
                return if cjk_at(q) {
                    NumberUse::Cjk(q)
                } else {
                    NumberUse::Try
                };
            }
            _ => {}
        }
    }
    // The next word: a unit, a month, a filler, `of` (`31st of`)?
    let mut r = q;
    while r < b.len() && (b[r] == b' ' || (b[r] == b'-' && r == q)) {
        r += 1;
    }
    let w_end = r + b[r..]
        .iter()
        .take_while(|c| c.is_ascii_alphabetic())
        .count();
    // No ASCII word there (a sign, a CJK character): no classes. The lexer looked the word up
    // already when its token is exactly the word.
    let word_token = if w_end == r {
        debug_assert!(word_classes(text, r).is_empty() && date_word_at(text, r).is_none());
        None
    } else {
        after
            .iter()
            .take(3)
            .find(|t| t.span.start() >= r)
            .filter(|t| t.kind == Kind::Word && t.span.start() == r && t.span.end() == w_end)
    };
    let (classes, dw) = match word_token {
        _ if w_end == r => (Classes::EMPTY, None),
        Some(t) => {
            debug_assert_eq!(t.classes, word_classes(text, r));
            (t.classes, words::date_word(t))
        }
        None => {
            let classes = word_classes(text, r);
            let dw = if classes.has(Class::DateWord) {
                date_word_at(text, r)
            } else {
                None
            };
            (classes, dw)
        }
    };
    // `12 and 18 months`: a number, a conjunction, a number (the unit is checked later).
    let coordinated = matches!(dw, Some(W::And | W::To | W::Or))
        && b.get(w_end) == Some(&b' ')
        && b.get(w_end + 1).is_some_and(u8::is_ascii_digit);
    let useful = coordinated
        || classes.has(Class::TimeUnit)
        || matches!(dw, Some(W::Am | W::Pm | W::A | W::P))
        || classes.has(Class::DurationFiller)
        || (plain && digits <= 2 && (classes.has(Class::Month) || dw == Some(W::Of)));
    if useful {
        return NumberUse::Try;
    }
    // A CJK character after it, glued or after spaces (`2008 年`).
    // (When it is glued, `r` is `q`.)
    if !(next.is_some_and(|c| c >= 0x80) || b.get(r).is_some_and(|&c| c >= 0x80)) {
        NumberUse::Hopeless(q)
    } else if cjk_at(r) {
        NumberUse::Cjk(r)
    } else {
        NumberUse::Try
    }
}

/// What the CJK number gate knows of a character ([`CjkIndex`]).
const REACH: u8 = 1;
const JOINER: u8 = 2;
const CALENDAR: u8 = 4;

/// The CJK calendar tables as the number gate reads them: every word the CJK grammar reads but
/// the marks that only join numbers (`至`, `、`, `又`), by first character; those marks; and
/// what each character may be.
struct CjkIndex {
    /// Characters with their [`REACH`], [`JOINER`] and [`CALENDAR`] bits, sorted.
    chars: Vec<(char, u8)>,
    /// Calendar words, sorted by first character.
    calendar: Vec<(char, &'static str)>,
    /// The marks that join numbers.
    joiners: Vec<&'static str>,
}

static CJK_INDEX: std::sync::LazyLock<CjkIndex> = std::sync::LazyLock::new(|| {
    use finnews_core::lexicon as lx;
    let mut words: Vec<&'static str> = Vec::new();
    words.extend(
        lx::CJK_MARKS
            .iter()
            .filter(|(_, k)| !is_joiner(*k))
            .map(|r| r.0),
    );
    words.extend(lx::ERAS.iter().map(|r| r.0));
    words.extend(lx::ERA_LETTERS.iter().map(|r| r.0));
    words.extend(lx::CJK_SEASONS.iter().map(|r| r.0));
    words.extend(lx::CJK_RELATIVE_SEASONS.iter().map(|r| r.0));
    words.extend(lx::CJK_FIRST_LAST.iter().map(|r| r.0));
    words.extend(lx::CJK_HALVES.iter().map(|r| r.0));
    words.extend(lx::CJK_RELATIVE_YEARS.iter().map(|r| r.0));
    words.extend(lx::CJK_RELATIVE_FISCAL_YEARS.iter().map(|r| r.0));
    words.extend(lx::CJK_RELATIVE_MONTHS.iter().map(|r| r.0));
    words.extend(lx::CJK_RELATIVE_WEEKS.iter().map(|r| r.0));
    words.extend(lx::CJK_RELATIVE_DAYS.iter().map(|r| r.0));
    words.extend(lx::CJK_WEEKEND_MARKS.iter().copied());
    words.extend(lx::CJK_RELATIVE_HALF_YEARS.iter().map(|r| r.0));
    words.extend(lx::CJK_PART_HALVES.iter().map(|r| r.0));
    words.extend(lx::CJK_HOLIDAYS.iter().map(|r| r.0));
    words.extend(lx::CJK_WEEKDAY_LEADS.iter().map(|r| r.0));
    words.extend(lx::CJK_WEEKDAY_PREFIXES.iter().copied());
    words.extend(lx::CJK_WEEKDAY_DAYS.iter().map(|r| r.0));
    words.extend(lx::JA_WEEKDAYS.iter().map(|r| r.0));
    words.extend(lx::CJK_PERIOD_PARTS.iter().map(|r| r.0));
    words.extend(lx::CJK_QUARTER_WORDS.iter().copied());
    words.extend(lx::CJK_TIME_UNITS.iter().map(|r| r.0));
    words.extend(lx::CJK_SHIFTS.iter().map(|r| r.0));
    words.extend(lx::CJK_WITHIN.iter().copied());
    words.extend(lx::JA_TERM_HALVES.iter().map(|r| r.0));
    words.extend(lx::CJK_DATE_WORDS.iter().copied());
    let mut calendar: Vec<(char, &'static str)> = words
        .into_iter()
        .filter_map(|w| Some((w.chars().next()?, w)))
        .collect();
    calendar.sort_unstable();
    calendar.dedup();
    let joiners: Vec<&'static str> = lx::CJK_MARKS
        .iter()
        .filter(|(_, k)| is_joiner(*k))
        .map(|r| r.0)
        .collect();
    let mut flags: std::collections::BTreeMap<char, u8> = std::collections::BTreeMap::new();
    let reach = ('0'..='9')
        .chain('０'..='９')
        .chain(['.', '．', '・', ' ', '　', '\t'])
        .chain(
            finnews_core::tables::numbers::CJK_NUMERALS
                .iter()
                .map(|r| r.0),
        );
    for c in reach {
        *flags.entry(c).or_default() |= REACH;
    }
    for w in &joiners {
        if let Some(c) = w.chars().next() {
            *flags.entry(c).or_default() |= JOINER;
        }
    }
    for &(c, _) in &calendar {
        *flags.entry(c).or_default() |= CALENDAR;
    }
    CjkIndex {
        chars: flags.into_iter().collect(),
        calendar,
        joiners,
    }
});

impl CjkIndex {
    fn flags(&self, c: char) -> u8 {
        self.chars
            .binary_search_by_key(&c, |r| r.0)
            .map_or(0, |k| self.chars[k].1)
    }

    /// Whether a calendar word starts `s`, whose first character is `c` with flags `f`.
    fn calendar_at(&self, s: &str, c: char, f: u8) -> bool {
        if f & CALENDAR == 0 {
            return false;
        }
        let k = self.calendar.partition_point(|r| r.0 < c);
        self.calendar[k..]
            .iter()
            .take_while(|r| r.0 == c)
            .any(|r| s.starts_with(r.1))
    }
}

/// The CJK marks that only join numbers (`1～6月`, `18、19日`, `一年又三个月`).
fn is_joiner(k: finnews_core::lexicon::CjkMark) -> bool {
    use finnews_core::lexicon::CjkMark as K;
    matches!(k, K::RangeTo | K::ListSep | K::DurationJoin)
}

/// The last reach the CJK number gate read: from any byte in `from..=to` (after a number), the
/// same answer.
#[derive(Debug, Clone, Copy)]
struct Reach {
    from: usize,
    to: usize,
    found: bool,
}

/// Whether the number before byte `q` of `text`, which a CJK character follows, reaches a word
/// of the CJK calendar tables: over digits, CJK numerals, decimal marks, spaces and the marks
/// that join numbers (`5万年`, `1～6月`, `18、19日`), and at most one character more (`10数年`).
/// Every CJK phrase that covers such a number names its calendar word right after it; where
/// none is in reach (`5万4千6百`, `3个百分点`) the grammar is not asked. The reach read last is
/// kept in `memo`: a number inside it has the same answer, so a run of numbers is read once.
fn cjk_number_reaches(text: &str, q: usize, memo: &mut Option<Reach>) -> bool {
    if let Some(m) = *memo
        && m.from <= q
        && q <= m.to
    {
        return m.found;
    }
    let ix = &*CJK_INDEX;
    let Some(mut s) = text.get(q..) else {
        return true;
    };
    let found = loop {
        let Some(c) = s.chars().next() else {
            break false;
        };
        let f = ix.flags(c);
        if ix.calendar_at(s, c, f) {
            break true;
        }
        let n = if f & REACH != 0 {
            c.len_utf8()
        } else if let Some(w) = (f & JOINER != 0)
            .then(|| ix.joiners.iter().find(|w| s.starts_with(**w)))
            .flatten()
        {
            w.len()
        } else {
            // One character more (`10数年`).
            let r = &s[c.len_utf8()..];
            break r
                .chars()
                .next()
                .is_some_and(|c2| ix.calendar_at(r, c2, ix.flags(c2)));
        };
        s = &s[n..];
    };
    *memo = Some(Reach {
        from: q,
        to: text.len() - s.len(),
        found,
    });
    found
}

/// Whether the word before token `a` could open a phrase that reaches it (`the` in `the end of`,
/// `three` in `three years`). Only spaces, a soft line wrap, dashes and apostrophes may stand
/// between them.
fn prev_may_lead(text: &str, toks: &[Token], a: usize, unit_anchor: bool) -> bool {
    let p = toks[a].span.start();
    let mut k = a;
    while k > 0 && matches!(toks[k - 1].kind, Kind::Punct('-' | '\'' | '’')) {
        k -= 1;
    }
    let Some(prev) = k.checked_sub(1).and_then(|k| toks.get(k)) else {
        return false;
    };
    // What the token is first (most words before an anchor lead nothing), then the gap, then
    // the numeral tables.
    let word = || text.get(prev.span.range()).unwrap_or("");
    let numeral_word = match prev.kind {
        Kind::Number { .. } | Kind::Cjk(_) => false,
        Kind::Word if prev.classes.any(LEADS) => false,
        Kind::Word if word().chars().next_back().is_some_and(|c| !c.is_ascii()) => false,
        Kind::Word if unit_anchor => true,
        _ => return false,
    };
    let gap = text.get(prev.span.end()..p).unwrap_or("");
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
    !numeral_word || opens_numeral(word())
}

/// Whether the word `w` (alone) opens a cardinal or ordinal numeral. A word of 2 to 16 ASCII
/// letters the numeral tables do not list ([`finnews_numeral::is_numeral_word`]) opens none:
/// the numeral grammar is not asked.
fn opens_numeral(w: &str) -> bool {
    if (2..=16).contains(&w.len())
        && w.bytes().all(|c| c.is_ascii_alphabetic())
        && !finnews_numeral::is_numeral_word(w)
    {
        debug_assert!(
            finnews_numeral::cardinal_prefix(w).is_none()
                && finnews_numeral::ordinal_prefix(w).is_none(),
            "numeral word gate: {w}"
        );
        return false;
    }
    finnews_numeral::cardinal_prefix(w).is_some() || finnews_numeral::ordinal_prefix(w).is_some()
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
    // `Nov-Feb 2017`: a month after a month and a dash.
    if t.kind == Kind::Word
        && t.classes.has(Class::Month)
        && let Some(head) = text.get(..t.span.start()).and_then(|h| h.strip_suffix('-'))
    {
        let w = head.len()
            - head
                .bytes()
                .rev()
                .take_while(u8::is_ascii_alphabetic)
                .count();
        if word_classes(text, w).has(Class::Month) {
            return true;
        }
    }
    let before = text.get(..t.span.start()).unwrap_or("");
    let mut rev = before.chars().rev();
    match rev.next() {
        Some(c) if c.is_ascii_alphanumeric() => return false,
        // `report-2002-10-09.xlsx`: a whole ISO date may follow a word and a hyphen.
        Some('-') if rev.next().is_some_and(|c| c.is_ascii_alphanumeric()) => {
            return iso_date_at(text.get(t.span.start()..).unwrap_or(""));
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

/// Whether `rest` opens with a whole ISO date `YYYY-MM-DD` (month 01-12, day 01-31) not
/// followed by another digit.
fn iso_date_at(rest: &str) -> bool {
    let b = rest.as_bytes();
    let digits =
        |r: core::ops::Range<usize>| b.get(r).is_some_and(|d| d.iter().all(u8::is_ascii_digit));
    let shape = digits(0..4)
        && b.get(4) == Some(&b'-')
        && digits(5..7)
        && b.get(7) == Some(&b'-')
        && digits(8..10);
    if !shape || b.get(10).is_some_and(u8::is_ascii_digit) {
        return false;
    }
    let two = |k: usize| u32::from(b[k] - b'0') * 10 + u32::from(b[k + 1] - b'0');
    (1..=12).contains(&two(5)) && (1..=31).contains(&two(8))
}

/// A phrase may not end glued to a letter or digit (`H1N1`).
fn end_ok(text: &str, toks: &[Token], end: usize) -> bool {
    let Some(t) = end.checked_sub(1).and_then(|k| toks.get(k)) else {
        return false;
    };
    !text
        .get(t.span.end()..)
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

/// After a date, reads the coordinated ones that inherit from it (`October 30 and 31`, `2019,
/// 2020 and 2021`: a mention each), or the second end of a period written as a range
/// (`2020-2025`, `2019-20`, `March to May`, `January 12, 2016 - 01/22/2016`, `between 2019 and
/// 2021`: the first mention becomes one interval). Returns the end byte of the last one read.
fn coordinate<'a>(
    cx: &Cx<'a, '_>,
    s: usize,
    first: M,
    lead: Option<W>,
    opts: &Options,
    out: &mut Vec<Temporal<'a>>,
) -> usize {
    let between = lead == Some(W::Between);
    let toks = cx.toks;
    let text = cx.text;
    let mut last = first;
    let mut end_byte = toks
        .get(first.end.wrapping_sub(1))
        .map_or(0, |t| t.span.end());
    for step in 0..8 {
        let c = last.end;
        let Some(conn) = toks.get(c) else { break };
        let is_slash = conn.kind == Kind::Punct('/');
        let is_comma = conn.kind == Kind::Punct(',');
        // A range joins the first mention to one more end; a list goes on.
        // A hyphenated pair of years (`the pandemic of 2009-2010`, `1957-58`) names both years,
        // as TimeML annotates it, unless `from` or `between` makes it a period.
        let year_pair = matches!(first.repr, Repr::Year(_))
            && matches!(conn.kind, Kind::Punct('-'))
            && conn.gap == Gap::None
            && toks.get(c + 1).is_some_and(|t| t.gap == Gap::None)
            && !matches!(lead, Some(W::From | W::Between));
        // A spaced dash after a date may end a dateline (`TORONTO, April 7 - This week`): a
        // range there needs a written second end (a number or a month), and no dateline.
        let spaced_dash =
            matches!(conn.kind, Kind::Punct('-' | '–' | '—')) && conn.gap != Gap::None;
        let dateline_dash = spaced_dash
            && (toks.get(c + 1).is_none_or(|t| {
                !(matches!(t.kind, Kind::Number { .. }) || t.classes.has(Class::Month))
            }) || out.last().is_some_and(|m| is_dateline(text, m.span)));
        let ranged =
            step == 0 && !year_pair && !dateline_dash && (range_conn(conn, between) || is_slash);
        let is_dash = (ranged && !is_slash && conn.kind != Kind::Word) || year_pair;
        let is_list = !ranged
            && (is_comma
                || year_pair
                || (conn.kind == Kind::Word
                    && matches!(words::date_word(conn), Some(W::And | W::Or)))
                || conn.kind == Kind::Symbol('&'));
        if !ranged && (!is_list || between) {
            break;
        }
        if conn.gap == Gap::Block {
            break;
        }
        let n = c + 1;
        let Some(nt) = toks.get(n) else { break };
        if ranged && nt.gap == Gap::Block {
            break;
        }
        // `April 1 to 15 pct`: after a word, a bare number followed by a unit, scale, currency
        // or percent word is a quantity, no day.
        let word_conn = conn.kind == Kind::Word;
        let plain_word_after = |k: usize| {
            toks.get(k).is_some_and(|t| {
                t.kind == Kind::Word
                    && (t.classes.any(QUANTITY_CLASSES)
                        || text.get(t.span.range()).is_some_and(|w| {
                            finnews_core::tables::cues::PERCENT_WORDS
                                .iter()
                                .any(|(p, _)| p.eq_ignore_ascii_case(w))
                        }))
            })
        };
        let special = (|| -> Option<(Repr, usize)> {
            Some(match (last.repr, nt.kind) {
                (
                    Repr::Day { date, .. },
                    Kind::Number {
                        grouped: false,
                        decimal: false,
                    },
                ) if !is_slash => {
                    use chrono::Datelike;
                    let d = digits_value(&text[nt.span.range()]).unwrap_or(0);
                    if nt.span.len() > 2
                        || d <= date.day()
                        || followed_by_month_or_num(cx, n)
                        || numeric_date_at(cx, n)
                        || (word_conn && plain_word_after(n + 1))
                    {
                        return None;
                    }
                    // `April 9th through 17th`: the day may be written as an ordinal.
                    let e = cx.ordinal_day_end(n).unwrap_or(n + 1);
                    // (no word after it: `July 1st, 17th times`)
                    if e > n + 1
                        && (followed_by_month_or_num(cx, e - 1)
                            || toks.get(e).is_some_and(|t| t.kind == Kind::Word))
                    {
                        return None;
                    }
                    match ymd(date.year(), date.month(), d) {
                        Some(date) => (Repr::Day { date, part: None }, e),
                        None => return None,
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
                        || numeric_date_at(cx, n)
                        || (word_conn && plain_word_after(n + 1))
                    {
                        return None;
                    }
                    let e = cx.ordinal_day_end(n).unwrap_or(n + 1);
                    // (no word after it: `July 1st, 17th times`)
                    if e > n + 1
                        && (followed_by_month_or_num(cx, e - 1)
                            || toks.get(e).is_some_and(|t| t.kind == Kind::Word))
                    {
                        return None;
                    }
                    (
                        Repr::MonthDay {
                            month,
                            day: d as u8,
                        },
                        e,
                    )
                }
                (
                    Repr::Year(y),
                    Kind::Number {
                        grouped: false,
                        decimal: false,
                    },
                ) => {
                    let s = &text[nt.span.range()];
                    // `1987, 1988 and 1989`: a list of years goes on after a comma.
                    if is_comma && s.len() != 4 {
                        return None;
                    }
                    let v = digits_value(s).unwrap_or(0) as i32;
                    let y2 = match s.len() {
                        4 => v,
                        2 if (is_dash || is_slash) && nt.span.start() == conn.span.end() => {
                            let c = two_digit_year(v as u32);
                            (y / 100) * 100 + c % 100
                        }
                        _ => return None,
                    };
                    if y2 <= y || y2 > y + 100 || followed_by_month_or_num(cx, n) {
                        return None;
                    }
                    (Repr::Year(y2), n + 1)
                }
                (Repr::Month { year, month }, Kind::Word) if !is_comma => {
                    let x = cx_month(cx, n)?;
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
                // `January 12, 2016 - 01/22/2016`, `2014 through May 2018`: any date or period.
                _ => return None,
            })
        })();
        // `January 12, 2016 - 01/22/2016`, `2014 through May 2018`: any date or period.
        let generic = || match cx.phrase(n, 0) {
            Some(x) if x.end > n && !matches!(x.repr, Repr::Duration { .. }) => {
                Some((x.repr, x.end))
            }
            _ => None,
        };
        let Some(next_repr) = special.or_else(|| if ranged { generic() } else { None }) else {
            break;
        };
        if !end_ok(text, toks, next_repr.1) {
            break;
        }
        let start = nt.span.start();
        let end = toks[next_repr.1 - 1].span.end();
        // `between 1800 and 2100 local time`, `1800-2100 GMT`: clock times, no years.
        let clock_after = |k: usize| {
            toks.get(k).is_some_and(|t| {
                t.classes.has(Class::TimeZone)
                    || (t.kind == Kind::Word && words::date_word(t) == Some(W::Time))
            })
        };
        if matches!(first.repr, Repr::Year(_))
            && (clock_after(next_repr.1) || clock_after(next_repr.1 + 1))
        {
            break;
        }
        if ranged {
            let first_year = writes_year(text, toks, s, first.end);
            let mut last_year = writes_year(text, toks, n, next_repr.1);
            let mut last_repr = next_repr.0;
            let mut end = end;
            // `from March in 1986 to April this year`: after a first end with its year, a
            // year named after the last end is the last end's.
            if first_year
                && !last_year
                && toks
                    .get(next_repr.1)
                    .is_some_and(|t| t.kind == Kind::Word && words::deictic(t).is_some())
                && let Some(x) = cx.phrase(next_repr.1, 0)
                && let Repr::Year(y) = x.repr
                && let Some(l) = with_year(last_repr, y)
                && end_ok(text, toks, x.end)
            {
                last_repr = l;
                last_year = true;
                end = toks[x.end - 1].span.end();
            }
            // `next Monday to Friday`: a bare weekday closing a range of days is the first
            // such day on or after the first end, not that weekday nearest the reference.
            // Only after a first end that names its day (`next Monday`, `Monday, May 4`):
            // `from Sunday to Thursday` alone is a working week, no dated range.
            if let (Repr::Day { date: f, .. }, Repr::Day { date: l, part }) =
                (first.repr, last_repr)
                && first.end > s + 1
                && next_repr.1 == n + 1
                && toks[n].classes.has(Class::Weekday)
            {
                let ahead = (7 + l.weekday().num_days_from_monday()
                    - f.weekday().num_days_from_monday())
                    % 7;
                if let Some(date) = f.checked_add_days(chrono::Days::new(u64::from(ahead))) {
                    last_repr = Repr::Day { date, part };
                    last_year = true;
                }
            }
            // `10am-2pm tomorrow`: a bare clock time opening a range of clock times is on the
            // day named after the last end (the day before when its time is later: `10pm-2am
            // Sunday`), not the reference day.
            let mut first_repr = first.repr;
            if let (
                Repr::DayTime { hour, minute, .. },
                Repr::DayTime {
                    date,
                    hour: lh,
                    minute: lm,
                },
            ) = (first.repr, last_repr)
                && (s..first.end).all(|k| clock_part(&toks[k]))
                && let Some(date) = if (hour, minute) <= (lh, lm) {
                    Some(date)
                } else {
                    date.pred_opt()
                }
            {
                first_repr = Repr::DayTime { date, hour, minute };
            }
            let Some(iv) = interval(first_repr, first_year, last_repr, last_year, opts) else {
                break;
            };
            let Some(head) = out.pop() else { break };
            out.push(temporal(text, head.span.start(), end, iv, None, opts));
            return end;
        }
        out.push(temporal(text, start, end, next_repr.0, None, opts));
        end_byte = end;
        last = M {
            end: next_repr.1,
            repr: next_repr.0,
            modifier: None,
            det: false,
            anchor: crate::grammar::Anchor::None,
        };
    }
    end_byte
}

/// A token of a written clock time alone: its digits, colon, `am` / `p.m.` and time zone (no
/// day word).
fn clock_part(t: &Token) -> bool {
    match t.kind {
        Kind::Number { .. } | Kind::Punct(':' | '.') => true,
        Kind::Word => {
            t.classes.has(Class::TimeZone)
                || matches!(
                    words::date_word(t),
                    Some(W::Am | W::Pm | W::A | W::P | W::M)
                )
        }
        _ => false,
    }
}

fn cx_word<'t>(text: &'t str, t: &Token) -> Option<&'t str> {
    (t.kind == Kind::Word)
        .then(|| text.get(t.span.range()))
        .flatten()
}

/// Whether `t` is a plain four-digit number (`2017`: no grouping, no decimal point), the shape of
/// a year written after a month.
fn is_plain_four_digits(t: &Token) -> bool {
    matches!(
        t.kind,
        Kind::Number {
            grouped: false,
            decimal: false
        }
    ) && t.span.len() == 4
}

/// A month name at token `i` (capitalized), with a year right after it if any.
fn cx_month(cx: &Cx<'_, '_>, i: usize) -> Option<(u8, Option<i32>, usize)> {
    let t = cx.toks.get(i)?;
    let w = cx_word(cx.text, t)?;
    if !w.starts_with(|c: char| c.is_ascii_uppercase()) {
        return None;
    }
    let mo = words::month(t)?;
    let j = cx.after_month_word(i);
    // A day after it makes it a date of its own, left to the main scan.
    // `September, 2022`
    if cx.toks.get(j).is_some_and(|t| t.kind == Kind::Punct(','))
        && let Some(nt) = cx.toks.get(j + 1)
        && is_plain_four_digits(nt)
    {
        let y = digits_value(cx.text.get(nt.span.range())?)? as i32;
        return Some((mo, Some(y), j + 2));
    }
    // `June in 2017`, `June of 2017` (not `in 1986/87`, a split year)
    if let Some(c) = cx.toks.get(j)
        && c.kind == Kind::Word
        && matches!(words::date_word(c), Some(W::In | W::Of))
        && let Some(nt) = cx.toks.get(j + 1)
        && is_plain_four_digits(nt)
        && !cx
            .toks
            .get(j + 2)
            .is_some_and(|t| t.gap == Gap::None && matches!(t.kind, Kind::Punct('/' | '-')))
    {
        let y = digits_value(cx.text.get(nt.span.range())?)? as i32;
        return Some((mo, Some(y), j + 2));
    }
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

/// Whether the number at token `n` opens a numeric date (`06/30/2019`, `30.06.2019`).
fn numeric_date_at(cx: &Cx<'_, '_>, n: usize) -> bool {
    let (Some(sep), Some(next)) = (cx.toks.get(n + 1), cx.toks.get(n + 2)) else {
        return false;
    };
    matches!(sep.kind, Kind::Punct('/' | '.' | '-'))
        && sep.gap == Gap::None
        && next.gap == Gap::None
        && matches!(next.kind, Kind::Number { .. })
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
    if first.span.start() != lead {
        return Err(Error::new(
            Span::new(0, first.span.start()),
            ErrorKind::NoDate,
        ));
    }
    if first.span.end() != trimmed_end {
        return Err(Error::new(
            Span::new(first.span.end(), text.len()),
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
        .take_while(|t| t.span.start() < 40)
        .count();
    toks.truncate(keep);
    let opts = Options::default();
    let memo = RefCell::new(Memos::default());
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
    Some((after + dash.span.end(), r))
}

#[cfg(test)]
mod gate_tests {
    use super::*;

    fn reaches(s: &str) -> bool {
        let q = s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len());
        cjk_number_reaches(s, q, &mut None)
    }

    #[test]
    fn a_number_reaches_a_calendar_word_over_numerals_and_joiners() {
        assert!(reaches("5万年前"));
        assert!(reaches("1～6月"));
        assert!(reaches("18、19日"));
        assert!(reaches("3至5月"));
        assert!(reaches("10数年"));
        assert!(reaches("3个月"));
        assert!(!reaches("5万4千6百"));
        assert!(!reaches("3个百分点和"));
        assert!(!reaches("7位"));
    }

    #[test]
    fn the_reach_read_once_answers_for_the_numbers_inside_it() {
        let text = "5万4千6百".repeat(50);
        let mut memo = None;
        assert!(!cjk_number_reaches(&text, 1, &mut memo));
        let m = memo.expect("kept");
        assert_eq!((m.from, m.to), (1, text.len()));
        // the last number of the run is inside the reach read
        assert!(!cjk_number_reaches(&text, text.len() - 3, &mut memo));
    }

    #[test]
    fn gated_numbers_lose_no_date() {
        let opts = Options::default();
        let found = extract("5万4千6百，1～6月，3个百分点，2021年3月", &opts);
        let texts: Vec<&str> = found.iter().map(|t| t.text).collect();
        assert_eq!(texts, ["1～6月", "2021年3月"]);
        assert!(extract(&"5万4千6百".repeat(200), &opts).is_empty());
    }

    #[test]
    fn a_holiday_is_read_only_where_its_name_may_start() {
        for (text, may) in [
            ("New Year's Day", true),
            ("new  year day", true),
            ("New York", false),
            ("Christmas", true),
            ("Good Friday", true),
            ("Good news", false),
            ("Newark", false),
        ] {
            assert_eq!(holiday_may_start(text, 0), may, "{text}");
            if !may {
                assert!(words::holiday(text, 0).is_none(), "{text}");
            }
        }
    }

    #[test]
    fn holiday_first_words_are_the_tables() {
        for w in ["New", "christmas", "GOOD", "year", "March"] {
            assert_eq!(opens_holiday(w), words::opens_holiday(w), "{w}");
        }
    }

    #[test]
    fn only_numeral_words_may_lead_a_unit() {
        let text = "three big years";
        let toks = finnews_core::lexer::lex(text);
        assert!(may_lead(text, &toks[0], true));
        assert!(!may_lead(text, &toks[1], true));
        assert!(may_lead(text, &toks[1], false));
        // `last` passes the numeral crate's two-letter filter (`lakh`) but opens no numeral.
        let text = "last years";
        let toks = finnews_core::lexer::lex(text);
        assert!(!may_open_numeral(text, &toks[0]));
    }
}
