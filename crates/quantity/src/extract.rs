use std::sync::LazyLock;

use crate::iso::Currency;
use finnews_core::Span;
use finnews_core::lexer::{Gap, Kind, Token};
use finnews_core::lexicon::{Class, month_number};
use finnews_core::tables::cjk::CODE_LABELS;
use finnews_core::tables::cues::{
    AND_WORD, BETWEEN_CONNECTORS, CJK_DATE_CHARS, CJK_DISCOUNT, CJK_PERCENT_PREFIXES, CJK_TENTHS,
    CODE_QUOTES_CLOSE, CODE_QUOTES_OPEN, COMPOUND_HYPHENS, EXPONENT_LETTERS, EXPONENT_TIMES_TEN,
    FRACTION_CONNECTORS, FractionJoin, INDEX_POINT_WORDS, LIST_CONNECTORS, MAX_PHONE_LEN,
    MAX_REFERENCE_DIGITS, MINUS_SIGNS, MINUS_WORDS, MIXED_FRACTION_SEPARATORS, MONTH_OF,
    NAME_LIKE_PERCENT_ABBREVIATIONS, NOT_RANK_AFTER_FIRST, ONE_PRONOUN_FOLLOWERS, PERCENT_OF,
    PERCENT_OF_WORDS, PERCENT_WORDS, PERIOD_QUALIFIERS, PERIOD_WORDS, PHONE_SEPARATORS,
    POINT_FRACTIONS, POINT_WORDS, PercentKind, RANGE_CONNECTORS, RANGE_OPENERS, RANGE_TO,
    REFERENCE_BRACKETS, RangeOpener, SECURITY_CODE_DIGITS, SIGN_OPENERS, SPACED_METRE_FOLLOWERS,
    SPACED_UNIT_JOINS, TIME_WORDS, TRAILING_PERIOD_WORDS, URL_MARKERS, context, dollar_country,
    has_context, is_identifier_word, is_one_determiner, modifiers_ending_with, percent_first_bytes,
    percent_of_first_bytes, point_fraction_first_bytes, time_first_bytes,
};
use finnews_core::tables::money::{
    CENT_WORDS, DOLLAR_SIGN, MILLION_CODE_PREFIX, ONE_SUBUNIT_WORDS,
    SPACED_SINGLE_LETTER_QUALIFIERS, TOUCHING_NAMES, VERB_NAMES, cjk_suffix_candidates,
    dollar_qualifier, is_wordlike_code, symbol_may_end, symbols_ending_with, symbols_starting_with,
};
use finnews_core::tables::numbers::{
    CJK_ORDINAL_PREFIX, CjkNumeral, Connective, NumeralClass, SCALE_WORDS, cjk_numeral,
    fraction_word,
};
use finnews_core::tables::units::{UNIT_BRACKETS, UnitFit as Fit, unit_candidates, unit_may_start};
use finnews_numeral::{
    Numeral, NumeralForm, cardinal_prefix, is_numeral_word, number_prefix, number_prefix_parts,
    ordinal_prefix, scale_prefix,
};
use nom::branch::alt;
use nom::bytes::complete::{tag, take_while, take_while_m_n};
use nom::character::complete::{char, one_of, satisfy};
use nom::combinator::{map_opt, map_res, not, opt, recognize, verify};
use nom::multi::fold_many0;
use nom::sequence::{preceded, terminated};
use nom::{IResult, Parser};
use rust_decimal::Decimal;

use crate::cues::{modifier, percent_unit};
use crate::currency::{Cur, NAMES_BY_FIRST, Sub, from_code, resolve_shared, resolve_yen};
use crate::error::{Error, ErrorKind};
use crate::types::{Amount, Modifier, Options, PercentUnit, Quantity, QuantityKind};
use crate::units::Unit;

mod sentence;

/// The largest count of a trailing period (`the three previous quarters`).
const MAX_TRAILING_COUNT: u32 = 60;

/// How many words before a range a change word is looked for.
const CHANGE_LOOKBACK_WORDS: usize = 8;

/// How many times the first end of `N to M` after a change word the second must be for the two to
/// be a change and a level rather than a range.
const CHANGE_LEVEL_RATIO: Decimal = Decimal::TEN;

/// The result of a grammar piece: the rest of the text, or a failure that carries nothing.
type Res<'a, O> = IResult<&'a str, O, ()>;

/// Finds every quantity in `text`, in order of position, spans not overlapping.
///
/// # Example
///
/// ```
/// use finnews_quantity::{extract, Options};
/// let found = extract("Over 1,800 companies, up 7.7%", &Options::default());
/// assert_eq!(found.iter().map(|q| q.text).collect::<Vec<_>>(), ["Over 1,800", "7.7%"]);
/// ```
#[must_use]
pub fn extract<'a>(text: &'a str, options: &Options) -> Vec<Quantity<'a>> {
    // Alone, the grammar steps over the bytes with the soft wraps turned into spaces by the
    // lexer's own rule: faster than lexing first, and the same result as
    // [`extract_with_tokens`] over the lexer's tokens (a property test holds them equal).
    by_bytes(text, options)
}

/// The byte grammar stepped over every byte (no tokens), over the text with its soft wraps
/// unwrapped by the lexer's own function; mentions sliced from the original text.
fn by_bytes<'a>(text: &'a str, options: &Options) -> Vec<Quantity<'a>> {
    match finnews_core::lexer::unwrap_soft_wraps(text) {
        std::borrow::Cow::Borrowed(_) => extract_flat(text, &[], options),
        std::borrow::Cow::Owned(flat) => extract_flat(&flat, &[], options)
            .into_iter()
            .map(|q| Quantity {
                text: text.get(q.span.range()).unwrap_or_default(),
                ..q
            })
            .collect(),
    }
}

/// [`extract`] over the tokens of `text` that a caller has already lexed (with
/// [`finnews_core::lexer::Lexer::new`] or [`lex`](finnews_core::lexer::lex), over this same
/// `text`): the grammar is tried only where a token can start a quantity, and ordinary words
/// are passed over by their lexicon classes. The result is the same as [`extract`]'s.
///
/// # Example
///
/// ```
/// use finnews_quantity::{extract, extract_with_tokens, Options};
/// let text = "Sales rose 5.93\nmln dlrs, up 7.7%";
/// let tokens = finnews_core::lexer::lex(text);
/// let found = extract_with_tokens(text, &tokens, &Options::default());
/// assert_eq!(found.iter().map(|q| q.text).collect::<Vec<_>>(), ["5.93\nmln dlrs", "7.7%"]);
/// assert_eq!(found, extract(text, &Options::default()));
/// ```
#[must_use]
pub fn extract_with_tokens<'a>(
    text: &'a str,
    tokens: &[Token],
    options: &Options,
) -> Vec<Quantity<'a>> {
    // A soft line wrap is whitespace to the grammar (`5.93⏎mln dlrs`): read the text with its
    // wraps turned into spaces (same byte offsets) and slice each mention from the original.
    match unwrap_wraps(text, tokens) {
        None => extract_flat(text, tokens, options),
        Some(flat) => extract_flat(&flat, tokens, options)
            .into_iter()
            .map(|q| Quantity {
                span: q.span,
                text: text.get(q.span.range()).unwrap_or_default(),
                kind: q.kind,
                amount: q.amount,
                modifier: q.modifier,
            })
            .collect(),
    }
}

/// `text` with the line breaks of every soft wrap (a token whose gap is [`Gap::Wrap`]) turned
/// into spaces, byte for byte; `None` when it has none.
fn unwrap_wraps(text: &str, tokens: &[Token]) -> Option<String> {
    let b = text.as_bytes();
    if !b.contains(&b'\n') && !b.contains(&b'\r') {
        // No line break at all (one fast scan): nothing to look at per token.
        return None;
    }
    let mut flat: Option<Vec<u8>> = None;
    // Only the gap is read per token (most are no wrap); the previous token's end is read at a
    // wrap.
    for (k, t) in tokens.iter().enumerate() {
        if t.gap != Gap::Wrap {
            continue;
        }
        let start = t.span.start();
        let prev_end = k.checked_sub(1).map_or(0, |j| tokens[j].span.end());
        if start <= b.len() && prev_end <= start {
            let f = flat.get_or_insert_with(|| b.to_vec());
            for c in &mut f[prev_end..start] {
                if matches!(*c, b'\n' | b'\r') {
                    *c = b' ';
                }
            }
        }
    }
    // Only ASCII line breaks were replaced by ASCII spaces: still UTF-8.
    flat.map(|f| String::from_utf8(f).unwrap_or_else(|_| text.to_owned()))
}

/// [`extract_with_tokens`] over a text whose soft wraps are already spaces.
fn extract_flat<'a>(text: &'a str, tokens: &[Token], options: &Options) -> Vec<Quantity<'a>> {
    let mut ex = Extractor {
        text,
        b: text.as_bytes(),
        options,
        yen: None,
        shared: None,
        floor: 0,
        money_range: false,
        url_window: std::cell::Cell::new(None),
        ascii: text.is_ascii(),
        url_free: url_free(text.as_bytes()),
    };
    let mut out = Vec::new();
    let b = text.as_bytes();
    let percent_of_first = percent_of_first_bytes();
    let mut run_memo = crate::cjk::RunMemo::default();
    // The byte grammar is tried where the text can start a quantity. Between tokens (and in the
    // rest of a token a step stopped inside) every byte is looked at; at the start of a token
    // that is an ordinary ASCII word, the step would only skip the word, which its lexicon
    // filter tells at once.
    let mut i = 0;
    for (k, t) in tokens.iter().enumerate() {
        let s = t.span.start();
        if s < i {
            continue;
        }
        if s >= b.len() {
            break;
        }
        if i + 1 == s && b[i] == b' ' {
            // The most common gap: one space (a byte the step passes over).
            i = s;
        }
        while i < s {
            if SKIP[usize::from(b[i])] {
                i += 1;
            } else {
                i = ex.step(i, &mut out, &mut run_memo, None);
            }
        }
        if i > s {
            continue;
        }
        let c = b[s];
        if matches!(t.kind, Kind::Word) && !t.classes.has(Class::QuantityStart) {
            // The most common token first: an ASCII word no quantity table lists, followed by
            // white space or the end (the check below, in one place; a white-space byte or
            // the end is a character boundary).
            let e = t.span.end();
            if c.is_ascii_alphabetic() && b.get(e).map_or(e == b.len(), u8::is_ascii_whitespace) {
                debug_assert!(
                    skipped_word_finds_nothing(&ex, s, e, &run_memo),
                    "a skipped word starts a quantity at {s}"
                );
                i = e;
                continue;
            }
        }
        if c >= 0x80 && !text.is_char_boundary(s) {
            // (Tokens of another text are no trouble: the steps stay on this one.)
            continue;
        }
        if SKIP[usize::from(c)] || (c == b'.' && !b.get(s + 1).is_some_and(u8::is_ascii_digit)) {
            // An ASCII sign or mark (a full stop not before a digit): one byte the step would
            // pass over.
            i = s + 1;
            continue;
        }
        let mut known = None;
        if matches!(t.kind, Kind::Word) && c.is_ascii_alphabetic() {
            // What the step does at a word that starts no `percent of` phrase and no numeral:
            // skip it. (A word with letters beyond ASCII is passed over whole.)
            let e = t.span.end();
            if !t.classes.has(Class::QuantityStart)
                && text.is_char_boundary(e)
                && b.get(e).is_none_or(u8::is_ascii_whitespace)
            {
                // One bit: a word no numeral, fraction, article or `percent of` table lists
                // starts no quantity; the step would only pass over it. (A word glued to what
                // follows, `twx0` or `twx(@0`, takes the finer checks below: where the numeral
                // prefilter lets it through, the step passes over the digits or, in a URL or an
                // address, over the whole run.)
                debug_assert!(
                    skipped_word_finds_nothing(&ex, s, e, &run_memo),
                    "a skipped word starts a quantity at {s}"
                );
                i = e;
                continue;
            }
            if !text.is_char_boundary(e) {
                // (Not this text's token.)
                i = ex.step(i, &mut out, &mut run_memo, None);
                continue;
            }
            let starts_word = s == 0 || !b[s - 1].is_ascii_alphanumeric();
            if !starts_word {
                i = e;
                continue;
            }
            let w = text.get(s..e).unwrap_or_default();
            let percent_of = percent_of_first.has(Some(&c)) && starts_percent_of(w);
            if !(is_numeral_word(w) || percent_of) {
                i = e;
                continue;
            }
            // The word's numeral class, from its token's lexicon entry: looked up once by the
            // lexer, reused by the article check and by the step.
            let word = KnownWord {
                start: s,
                end: e,
                class: token_numeral_class(t, w),
            };
            known = Some(word);
            if !percent_of && article_before_plain_word(text, word.class, e, tokens.get(k + 1)) {
                // What the step does at an article before an ordinary word (`a year`): skip it.
                debug_assert!(
                    skipped_word_finds_nothing(&ex, s, e, &run_memo),
                    "a skipped article starts a quantity at {s}"
                );
                i = e;
                continue;
            }
        }
        i = ex.step(i, &mut out, &mut run_memo, known);
    }
    while i < b.len() {
        i = ex.step(i, &mut out, &mut run_memo, None);
    }
    sentence::carry_currency(text, &mut out);
    out
}

/// Whether the word of numeral class `class` (a token ending at `e`) is an article that the
/// next token `next`, an ordinary word, follows after one space: no numeral, fraction, sub-unit (`a penny`) or point
/// fraction (`a full point`) can start there, and the step passes over the article.
fn article_before_plain_word(
    text: &str,
    class: NumeralClass,
    e: usize,
    next: Option<&Token>,
) -> bool {
    let Some(n) = next else { return false };
    let b = text.as_bytes();
    if b.get(e) != Some(&b' ')
        || n.span.start() != e + 1
        || !matches!(n.kind, Kind::Word)
        || n.classes.has(Class::QuantityStart)
    {
        return false;
    }
    let Some(nw) = text.get(n.span.range()) else {
        return false;
    };
    !nw.is_empty()
        && nw.bytes().all(|c| c.is_ascii_alphabetic())
        && !ARTICLE_READS_FIRST[usize::from(nw.as_bytes()[0].to_ascii_lowercase())]
        && class.connective == Some(Connective::Article)
}

/// A word whose numeral class is already known (from its token's lexicon entry): the word at
/// `start..end` of the text.
#[derive(Clone, Copy)]
struct KnownWord {
    start: usize,
    end: usize,
    class: NumeralClass,
}

/// The numeral class of the word `w`, the text of the word token `t`: from the token's lexicon
/// entry when `w` is ASCII letters only (the lexer looked that very word up, so the entry is
/// what [`numeral_class`] would find, and no entry means no class), else by a lookup.
fn token_numeral_class(t: &Token, w: &str) -> NumeralClass {
    if !w.bytes().all(|c| c.is_ascii_alphabetic()) || w.len() >= 16 {
        return numeral_class(w);
    }
    let class = t.entry.map_or_else(NumeralClass::default, |id| {
        finnews_core::lexicon::lexicon().numeral_class_of(id)
    });
    debug_assert_eq!(class, numeral_class(w), "token class of {w:?}");
    class
}

/// The first letters (lower case) of the words an article's step reads after it besides
/// numerals: the sub-units of [`ONE_SUBUNIT_WORDS`] and every word of [`POINT_FRACTIONS`].
static ARTICLE_READS_FIRST: LazyLock<[bool; 256]> = LazyLock::new(|| {
    let mut t = [false; 256];
    let words = ONE_SUBUNIT_WORDS.iter().copied().chain(
        POINT_FRACTIONS
            .iter()
            .flat_map(|(p, _, _)| p.split([' ', '-'])),
    );
    for w in words {
        if let Some(&c) = w.as_bytes().first() {
            t[usize::from(c.to_ascii_lowercase())] = true;
        }
    }
    t
});

/// Debug check of the token walk: the steps of the byte walk from a word that [`extract_flat`]
/// passes over by its classes (at `i`, ending at `e`) push nothing and resume exactly at `e`,
/// where the token walk resumes.
fn skipped_word_finds_nothing(
    ex: &Extractor<'_, '_>,
    i: usize,
    e: usize,
    run_memo: &crate::cjk::RunMemo,
) -> bool {
    let mut probe = Extractor {
        text: ex.text,
        b: ex.b,
        options: ex.options,
        yen: ex.yen,
        shared: ex.shared,
        floor: ex.floor,
        money_range: false,
        url_window: ex.url_window.clone(),
        ascii: ex.ascii,
        url_free: ex.url_free,
    };
    let mut out = Vec::new();
    let mut memo = *run_memo;
    let mut at = i;
    while at < e && out.is_empty() {
        at = probe.step(at, &mut out, &mut memo, None);
    }
    out.is_empty() && at == e
}

impl<'a> Extractor<'a, '_> {
    /// One step of the byte grammar at `i`: skips what cannot start a quantity, reads what can,
    /// pushes what it found; the next position (past `i`).
    #[allow(clippy::too_many_lines)]
    fn step(
        &mut self,
        mut i: usize,
        out: &mut Vec<Quantity<'a>>,
        run_memo: &mut crate::cjk::RunMemo,
        known: Option<KnownWord>,
    ) -> usize {
        let ex = self;
        let text = ex.text;
        let b = ex.b;
        let percent_of_first = percent_of_first_bytes();
        // Skip bytes that cannot start anything: spaces and ASCII punctuation.
        while i < b.len() && SKIP[usize::from(b[i])] {
            i += 1;
        }
        if i >= b.len() {
            return i;
        }
        let c = b[i];
        // The CJK reader starts only at a digit or a non-ASCII character, and at a digit only
        // before non-ASCII text (`cjk::may_start`): an all-ASCII text has none.
        debug_assert!(
            !ex.ascii || {
                let mut memo = *run_memo;
                crate::cjk::at(text, i, ex.floor, &mut memo).is_none()
            },
            "the CJK reader finds something in ASCII text at {i}"
        );
        let cjk = if c >= 0x80 || (c.is_ascii_digit() && !ex.ascii) {
            crate::cjk::at(text, i, ex.floor, run_memo)
        } else {
            None
        };
        let step = if let Some(r) = cjk {
            match r {
                crate::cjk::Read::Emit(q) => Step::Emit(q),
                crate::cjk::Read::Skip(to) => Step::Skip(to),
            }
        } else if c.is_ascii_digit() {
            ex.at_number(i)
        } else if c.is_ascii_alphabetic() {
            let e = finnews_core::lexer::ascii_letters_end(b, i + 1);
            // A word starts where no letter or digit comes before: `دsecond` is one word to
            // the lexer, so its tail starts nothing (a CJK character before is a boundary).
            let starts_word = i == 0
                || if b[i - 1] < 0x80 {
                    !b[i - 1].is_ascii_alphanumeric()
                } else {
                    text[..i]
                        .chars()
                        .next_back()
                        .is_none_or(|p| !p.is_alphanumeric() || finnews_core::lexer::is_cjk(p))
                };
            let pct = if starts_word && percent_of_first.has(Some(&c)) {
                ex.percent_of(i, e)
            } else {
                None
            };
            if let Some(q) = pct {
                Step::Emit(q)
            } else if starts_word && is_numeral_word(&text[i..e]) {
                // One lookup (what `is_numeral_start` asks), none when the caller's token
                // brought the word's class.
                let class = match known {
                    Some(k) if k.start == i && k.end == e => k.class,
                    _ => numeral_class(&text[i..e]),
                };
                let article = class.connective == Some(Connective::Article);
                if let Some(q) = article.then(|| ex.article_subunit(i, e)).flatten() {
                    // `a penny`.
                    Step::Emit(q)
                } else if let Some(q) = point_fraction_first_bytes()
                    .has(Some(&c))
                    .then(|| ex.point_fraction(i))
                    .flatten()
                {
                    // `a quarter point`, `half a percentage point`.
                    Step::Emit(q)
                } else if article && (!next_word_numeral(b, text, e) || ex.article_before_rank(e)) {
                    // No numeral after the article, or `a third straight year`: the article is
                    // not part of the ranking after it. (The cheap test first: both skip.)
                    Step::Skip(e)
                } else {
                    let start = article
                        || class.number.is_some()
                        || class.ordinal.is_some()
                        || class.fraction.is_some();
                    if start && e - i <= 16 {
                        match ex.at_number(i) {
                            Step::None => Step::Skip(e),
                            s => s,
                        }
                    } else if ex.in_url(i) {
                        // What `at_number` would do: no numeral can start with this word.
                        Step::Skip(run_end(b, i))
                    } else {
                        Step::Skip(alnum_end(b, i))
                    }
                }
            } else {
                Step::Skip(e)
            }
        } else if c == b'.' && b.get(i + 1).is_some_and(u8::is_ascii_digit) {
            if i > 0 && (b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'.') {
                Step::Skip(run_end(b, i))
            } else {
                ex.at_number(i)
            }
        } else if c >= 0x80 {
            let ch = text[i..].chars().next().unwrap_or(' ');
            if is_cjk_start(ch)
                || ch == CJK_ORDINAL_PREFIX
                || CJK_PERCENT_PREFIXES
                    .iter()
                    .any(|p| text[i..].starts_with(p))
            {
                match ex.at_number(i) {
                    Step::None => Step::Skip(i + ch.len_utf8()),
                    s => s,
                }
            } else {
                Step::Skip(i + ch.len_utf8())
            }
        } else {
            Step::None
        };
        match step {
            Step::Emit(q) => {
                i = q.span.end().max(i + 1);
                ex.floor = q.span.end();
                out.push(q);
            }
            Step::Skip(to) => i = to.max(i + 1),
            Step::None => i += 1,
        }
        while i < b.len() && !text.is_char_boundary(i) {
            i += 1;
        }
        i
    }
}

/// What the numeral tables say about `w`
/// ([`finnews_core::tables::numbers::numeral_class`]), by one lexicon lookup.
#[inline]
fn numeral_class(w: &str) -> NumeralClass {
    finnews_core::lexicon::lexicon().numeral_class(w.as_bytes())
}

/// Whether `word` is the first word of a [`PERCENT_OF_WORDS`] phrase (what
/// [`Extractor::percent_of`] starts with).
fn starts_percent_of(word: &str) -> bool {
    // The first words, and a bit per length among them (most words are refused by it).
    static FIRST_WORDS: LazyLock<(Vec<&'static str>, u64)> = LazyLock::new(|| {
        let mut v: Vec<&str> = PERCENT_OF_WORDS
            .iter()
            .filter_map(|w| w.split(' ').next())
            .collect();
        v.sort_unstable();
        v.dedup();
        let lens = v.iter().fold(0_u64, |m, w| {
            m | 1_u64.checked_shl(w.len() as u32).unwrap_or(0)
        });
        (v, lens)
    });
    let (words, lens) = &*FIRST_WORDS;
    1_u64
        .checked_shl(u32::try_from(word.len()).unwrap_or(u32::MAX))
        .is_some_and(|bit| lens & bit != 0)
        && words
            .iter()
            .any(|f| f.len() == word.len() && f.eq_ignore_ascii_case(word))
}

fn is_cjk_start(ch: char) -> bool {
    ('０'..='９').contains(&ch)
        || finnews_core::tables::numbers::vulgar_fraction(ch).is_some()
        || matches!(
            cjk_numeral(ch),
            Some(CjkNumeral::Digit(_) | CjkNumeral::Small(1))
        )
}

/// One to `n` ASCII digits as a number.
fn small_int(n: usize) -> impl FnMut(&str) -> Res<'_, u32> {
    move |input| {
        map_res(
            take_while_m_n(1, n, |c: char| c.is_ascii_digit()),
            str::parse::<u32>,
        )
        .parse(input)
    }
}

/// No ASCII letter or digit next.
fn word_end(input: &str) -> Res<'_, ()> {
    not(satisfy(|c: char| c.is_ascii_alphanumeric())).parse(input)
}

/// `a/b` with small integers, `a < b`, not part of a date (`5/17/2018`): its value.
fn slash_fraction(input: &str) -> Res<'_, Decimal> {
    let (rest, (n, _, d)) = terminated(
        (small_int(3), char('/'), small_int(3)),
        not(satisfy(|c: char| c.is_ascii_alphanumeric() || c == '/')),
    )
    .parse(input)?;
    if n == 0 || d < 2 || n >= d || d > 64 {
        return Err(nom::Err::Error(()));
    }
    let v =
        finnews_numeral::fraction(Decimal::from(n), Decimal::from(d)).ok_or(nom::Err::Error(()))?;
    Ok((rest, v))
}

/// [`slash_fraction`] at byte `p` of `text`: its value and end.
fn slash_fraction_at(text: &str, p: usize) -> Option<(Decimal, usize)> {
    let (rest, v) = slash_fraction(text.get(p..)?).ok()?;
    Some((v, text.len() - rest.len()))
}

/// `e10`, `e+14`, `e-1`, `x10^6`: the factor.
fn exponent(input: &str) -> Res<'_, Decimal> {
    let (rest, (_, sign, e, _)) = (
        alt((recognize(one_of(EXPONENT_LETTERS)), tag(EXPONENT_TIMES_TEN))),
        opt(one_of("-+")),
        small_int(2),
        word_end,
    )
        .parse(input)?;
    if e > 24 {
        return Err(nom::Err::Error(()));
    }
    let f = Decimal::from_i128_with_scale(10_i128.pow(e), 0);
    Ok((
        rest,
        if sign == Some('-') {
            Decimal::ONE / f
        } else {
            f
        },
    ))
}

/// Whether an [`exponent`] can start with byte `c`.
fn exponent_may_start(c: u8) -> bool {
    c.is_ascii()
        && (EXPONENT_LETTERS.contains(&char::from(c))
            || EXPONENT_TIMES_TEN.as_bytes().first() == Some(&c))
}

/// `^23`, `^-1`, `^+23`, `^--23`: whether the exponent is negative, and the exponent.
fn power(input: &str) -> Res<'_, (bool, u32)> {
    let (rest, (_, neg, e, _)) = (
        char('^'),
        fold_many0(one_of("-+"), || false, |neg, c| neg ^ (c == '-')),
        small_int(2),
        word_end,
    )
        .parse(input)?;
    Ok((rest, (neg, e)))
}

/// `base` raised to the [`power`] at byte `p` of `text` (15 significant digits when not
/// exact), and the end.
fn power_at(text: &str, p: usize, base: Decimal) -> Option<(Decimal, usize)> {
    let (rest, (neg, e)) = power(text.get(p..)?).ok()?;
    let mut v = Decimal::ONE;
    for _ in 0..e {
        v = v.checked_mul(base)?;
    }
    let v = if neg {
        finnews_numeral::fraction(Decimal::ONE, v)?
    } else {
        v
    };
    Some((round_significant(v, 15), text.len() - rest.len()))
}

/// `v` rounded to `digits` significant digits.
fn round_significant(v: Decimal, digits: u32) -> Decimal {
    let abs = v.abs();
    if abs.is_zero() {
        return v;
    }
    let mut int_digits: i64 = 0;
    let mut x = abs.trunc();
    while !x.is_zero() {
        x = (x / Decimal::TEN).trunc();
        int_digits += 1;
    }
    if int_digits == 0 {
        let mut y = abs;
        while y < Decimal::new(1, 1) && int_digits > -28 {
            y *= Decimal::TEN;
            int_digits -= 1;
        }
    }
    let dp = i64::from(digits) - int_digits;
    if dp < 0 {
        return v;
    }
    v.round_dp(u32::try_from(dp.min(28)).unwrap_or(28))
        .normalize()
}

/// Whether the word after `e` (past spaces) can be part of a numeral (`a dozen`, `a half`).
fn next_word_numeral(b: &[u8], text: &str, e: usize) -> bool {
    let mut p = e;
    while p < b.len() && b[p] == b' ' && p - e < 3 {
        p += 1;
    }
    let mut q = p;
    while q < b.len() && b[q].is_ascii_alphabetic() {
        q += 1;
    }
    q > p && (is_numeral_word(&text[p..q]) || fraction_word(&text[p..q]).is_some())
}

/// The second bytes of the [`FRACTION_CONNECTORS`] (` over `, ` in `): no connector can
/// follow a number whose next two bytes are a space and anything else.
static FRACTION_CONNECTOR_SECOND: LazyLock<[bool; 256]> = LazyLock::new(|| {
    let mut t = [false; 256];
    for &(conn, _) in FRACTION_CONNECTORS {
        if let Some(&c) = conn.as_bytes().get(1) {
            t[usize::from(c)] = true;
        }
    }
    t
});

/// The first bytes (either ASCII case) of the [`INDEX_POINT_WORDS`].
static INDEX_POINT_FIRST: LazyLock<[bool; 256]> = LazyLock::new(|| {
    let mut t = [false; 256];
    for w in INDEX_POINT_WORDS {
        if let Some(&c) = w.as_bytes().first() {
            t[usize::from(c.to_ascii_lowercase())] = true;
            t[usize::from(c.to_ascii_uppercase())] = true;
        }
    }
    t
});

/// ASCII bytes that never start a quantity (everything but letters, digits and `.`).
static SKIP: [bool; 256] = {
    let mut t = [false; 256];
    let mut c = 0;
    while c < 128 {
        let b = c as u8;
        t[c] = !(b.is_ascii_alphanumeric() || b == b'.');
        c += 1;
    }
    t
};

/// The bytes a currency or percent can start with after a number (besides capitals, which
/// may start an ISO code).
static SUFFIX_FIRST: LazyLock<[bool; 256]> = LazyLock::new(|| {
    let mut s = [false; 256];
    for c in 0..=255u8 {
        s[usize::from(c)] = c.is_ascii_uppercase()
            || !symbols_starting_with(c).is_empty()
            || !cjk_suffix_candidates(c).is_empty()
            || percent_first_bytes().has(Some(&c));
    }
    for k in NAMES_BY_FIRST.keys() {
        if let Some(&c) = k.as_bytes().first() {
            s[usize::from(c)] = true;
            s[usize::from(c.to_ascii_uppercase())] = true;
        }
    }
    s
});

fn suffix_may_start(c: Option<&u8>) -> bool {
    c.is_some_and(|&c| SUFFIX_FIRST[usize::from(c)])
}

/// Currency name first words by first byte: a bit per length, to rule a word out before the
/// hash lookup in [`NAMES_BY_FIRST`].
static NAME_GATE: LazyLock<[u32; 256]> = LazyLock::new(|| {
    let mut g = [0u32; 256];
    for k in NAMES_BY_FIRST.keys() {
        if let Some(&c) = k.as_bytes().first()
            && k.len() < 32
        {
            g[usize::from(c)] |= 1 << k.len();
        }
    }
    g
});

/// Currency name first words by their first two lower-case letters: a bit per length (what
/// [`NAME_GATE`] says by the first byte alone). A word whose first two bytes are not both
/// lower-case letters is not asked.
static NAME_PAIR_GATE: LazyLock<[[u32; 26]; 26]> = LazyLock::new(|| {
    let mut g = [[0u32; 26]; 26];
    for k in NAMES_BY_FIRST.keys() {
        if let [x @ b'a'..=b'z', y @ b'a'..=b'z', ..] = *k.as_bytes() {
            let slot = &mut g[usize::from(x - b'a')][usize::from(y - b'a')];
            *slot |= 1_u32
                .checked_shl(u32::try_from(k.len()).unwrap_or(u32::MAX))
                .unwrap_or(u32::MAX);
        }
    }
    g
});

enum Step<'a> {
    Emit(Quantity<'a>),
    Skip(usize),
    None,
}

/// The end of the run of non-space characters containing byte `i`.
fn run_end(b: &[u8], mut i: usize) -> usize {
    // CJK text has no spaces: a run also ends at a non-ASCII character.
    while i < b.len() && !b[i].is_ascii_whitespace() && b[i] < 0x80 {
        i += 1;
    }
    i
}

/// The end of the run of ASCII letters and digits from `i`.
fn alnum_end(b: &[u8], mut i: usize) -> usize {
    while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_') {
        i += 1;
    }
    i
}

struct Extractor<'a, 'o> {
    text: &'a str,
    b: &'a [u8],
    options: &'o Options,
    yen: Option<Currency>,
    /// The last word several countries use that the document decided (`francs` → FRF): its
    /// row in `SHARED_NAMES` and currency.
    shared: Option<(u8, Currency)>,
    floor: usize,
    /// Reading the second end of a range whose first end is money with its currency before it
    /// (`£140-150m`): an ambiguous scale (`m`) is the money scale there, not metres.
    money_range: bool,
    /// The window [`Self::in_url`] read last: its bounds, whether each is the end of its
    /// white-space run, and whether it holds no byte a URL marker starts with.
    url_window: std::cell::Cell<UrlWindow>,
    /// The text is all ASCII: no CJK reading can start in it.
    ascii: bool,
    /// No URL marker ([`URL_MARKERS`]) anywhere in the text: [`Self::in_url`] is false
    /// everywhere.
    url_free: bool,
}

/// Whether no [`URL_MARKERS`] entry occurs anywhere in `b`: one scan for their first bytes
/// (a document without any is the common case; [`Extractor::in_url`] then reads no window).
fn url_free(b: &[u8]) -> bool {
    URL_FINDERS.iter().all(|f| f.find(b).is_none())
}

/// One searcher per [`URL_MARKERS`] entry, built once.
static URL_FINDERS: LazyLock<Vec<memchr::memmem::Finder<'static>>> = LazyLock::new(|| {
    URL_MARKERS
        .iter()
        .map(|m| memchr::memmem::Finder::new(m.as_bytes()))
        .collect()
});

/// See [`Extractor::url_window`].
type UrlWindow = Option<((usize, usize, bool, bool), bool)>;

/// How far [`Extractor::in_url`] reads a white-space run each way to tell that no URL can be in
/// it.
const URL_WINDOW: usize = 256;

/// One quantity read at a position, before modifiers.
#[derive(Debug, Clone, Copy)]
struct Found {
    start: usize,
    end: usize,
    kind: QuantityKind,
    value: Decimal,
    /// The scale factor written after the number, if any.
    scale: Option<Decimal>,
    /// A unit, currency or percent was written (not a bare number).
    typed: bool,
    /// Where the number itself started (after any prefix currency or sign).
    num_start: usize,
    /// The upper end of a range.
    high: Option<Decimal>,
    /// The amount was counted in a sub-unit written after it (`45 cts`).
    cent: bool,
}

/// Lower-cased ASCII word ending right before byte `end` (skipping `spaces` spaces first).
/// The word joining an identifier's number to the total (`page 3 of 12`).
const OF_WORD: &str = "of";

/// The fewest digits of a number written with a leading zero that make it a code (`000858`,
/// `037833100`), not a count: `05` and `007` may be days or cells.
const MIN_ZERO_LED_CODE: usize = 5;

fn word_before(text: &str, end: usize) -> Option<(usize, &str)> {
    let b = text.as_bytes();
    let mut e = end;
    let mut n = 0;
    while e > 0 && b[e - 1] == b' ' && n < 2 {
        e -= 1;
        n += 1;
    }
    if n == 0 {
        return None;
    }
    let mut s = e;
    while s > 0 && (b[s - 1].is_ascii_alphabetic() || b[s - 1] == b'.') {
        s -= 1;
    }
    if s == e {
        return None;
    }
    let w = text.get(s..e)?;
    Some((s, w.trim_end_matches('.')))
}

fn starts_with_ci(hay: &str, needle: &str) -> bool {
    hay.get(..needle.len())
        .is_some_and(|h| h.eq_ignore_ascii_case(needle))
}

/// A name written before a number that names a thing with it (`FTSE 100`, `AirPods 4`): a
/// word with a capital inside, or an acronym in capitals in running text (`lower_after`: a
/// lower-case word follows the number; in a headline or a table in capitals, `UP 14` is no
/// name).
fn is_name_word(w: &str, lower_after: bool) -> bool {
    let b = w.as_bytes();
    if b.len() < 2 || !b.iter().all(u8::is_ascii_alphabetic) {
        return false;
    }
    (lower_after && b.iter().all(u8::is_ascii_uppercase))
        || b.windows(2)
            .any(|p| p[0].is_ascii_lowercase() && p[1].is_ascii_uppercase())
}

/// Whether `v` has no fractional part: at once when it is written with no decimal places, by
/// one remainder when its digits fit 64 bits (`2.3`: 23 is no multiple of 10), else by
/// [`Decimal::fract`].
#[inline]
pub(crate) fn is_whole(v: Decimal) -> bool {
    let s = v.scale();
    if s == 0 {
        return true;
    }
    match u64::try_from(v.mantissa().unsigned_abs()) {
        Ok(m) if s <= 19 => m % 10_u64.pow(s) == 0,
        _ => v.fract().is_zero(),
    }
}

/// `v` as a whole number (`3`, `3.00`), or `None` when it has a fraction (or does not fit):
/// [`is_whole`] and the value at once.
#[inline]
fn whole_value(v: Decimal) -> Option<i128> {
    let s = v.scale();
    let m = v.mantissa();
    if s == 0 {
        return Some(m);
    }
    // Digits that fit 64 bits (nearly all): one 64-bit remainder, not a 128-bit one.
    if s <= 19
        && let Ok(u) = u64::try_from(m.unsigned_abs())
    {
        let p = 10_u64.pow(s);
        if u % p != 0 {
            return None;
        }
        let q = i128::from(u / p);
        return Some(if m < 0 { -q } else { q });
    }
    let p = 10_i128.checked_pow(s)?;
    (m % p == 0).then(|| m / p)
}

/// `pos` is at a word boundary: end of text or not followed by an ASCII letter or digit.
fn boundary(b: &[u8], pos: usize) -> bool {
    b.get(pos).is_none_or(|c| !c.is_ascii_alphanumeric())
}

impl<'a> Extractor<'a, '_> {
    fn yen(&mut self) -> Currency {
        if let Some(c) = self.options.yen {
            return c;
        }
        if let Some(c) = self.yen {
            return c;
        }
        let c = resolve_yen(self.text, Currency::JPY);
        self.yen = Some(c);
        c
    }

    fn cur(&mut self, c: Cur) -> Currency {
        match c {
            Cur::Known(c) => c,
            Cur::Yen => self.yen(),
            Cur::Shared(row) => match self.shared {
                Some((r, c)) if r == row => c,
                _ => {
                    let c = resolve_shared(self.text, row).unwrap_or(Currency::XXX);
                    self.shared = Some((row, c));
                    c
                }
            },
        }
    }

    fn at_number(&mut self, i: usize) -> Step<'a> {
        let Some(f) = self.read(i, true) else {
            return self.skip_from(i);
        };
        let f = match f {
            Ok(f) => f,
            Err(skip) => return Step::Skip(skip),
        };
        let (start, modifier) = self.modifier_before(f.start);
        let span = Span::new(start, f.end);
        let Some(text) = self.text.get(span.range()) else {
            return Step::Skip(f.end);
        };
        let amount = match f.high {
            Some(high) => Amount::Range { low: f.value, high },
            None => Amount::Exact(f.value),
        };
        Step::Emit(Quantity {
            span,
            text,
            kind: f.kind,
            amount,
            modifier,
        })
    }

    /// `percent of 10`, `per cent of twenty-two`: the word at `i..e` starts it.
    fn percent_of(&self, i: usize, e: usize) -> Option<Quantity<'a>> {
        let text = self.text;
        // The word at `i..e` must be the first word of one of the phrases.
        let word = &text[i..e];
        let (r, _) = PERCENT_OF_WORDS
            .iter()
            .filter(|w| {
                w.split(' ')
                    .next()
                    .is_some_and(|f| f.eq_ignore_ascii_case(word))
            })
            .find_map(|w| (ascii_ci(w), tag(PERCENT_OF)).parse(&text[i..]).ok())?;
        let n = number_prefix(r)?;
        let end = text.len() - r.len() + n.len;
        if !boundary(self.b, end) {
            return None;
        }
        let span = Span::new(i, end);
        Some(Quantity {
            span,
            text: &text[i..end],
            kind: QuantityKind::Percent {
                unit: PercentUnit::Percent,
            },
            amount: Amount::Exact(n.value),
            modifier: None,
        })
    }

    /// `a penny`, `a cent`: an article at `i..e` before a sub-unit word is one of it.
    fn article_subunit(&self, i: usize, e: usize) -> Option<Quantity<'a>> {
        let text = self.text;
        if numeral_class(&text[i..e]).connective != Some(Connective::Article) {
            return None;
        }
        let r = text[e..].strip_prefix(' ')?;
        let w = ONE_SUBUNIT_WORDS
            .iter()
            .find(|w| starts_with_ci(r, w) && boundary(self.b, e + 1 + w.len()))?;
        let (_, (Cur::Known(currency), Sub::Cent)) = currency_name(true)(r).ok()? else {
            return None;
        };
        let end = e + 1 + w.len();
        Some(Quantity {
            span: Span::new(i, end),
            text: &text[i..end],
            kind: QuantityKind::Money { currency },
            amount: Amount::Exact(Decimal::new(1, 2)),
            modifier: None,
        })
    }

    /// `a quarter point`, `half a percentage point`, `a full point` at `i`: percentage points.
    fn point_fraction(&self, i: usize) -> Option<Quantity<'a>> {
        let text = self.text;
        let rest = &text[i..];
        let &(phrase, num, scale) = POINT_FRACTIONS
            .iter()
            .find(|(p, _, _)| starts_with_ci(rest, p))?;
        let r = rest[phrase.len()..].strip_prefix(' ')?;
        let unit = POINT_WORDS
            .iter()
            .find(|w| starts_with_ci(r, w) && boundary(self.b, i + phrase.len() + 1 + w.len()))?;
        let end = i + phrase.len() + 1 + unit.len();
        let (start, modifier) = self.modifier_before(i);
        Some(Quantity {
            span: Span::new(start, end),
            text: &text[start..end],
            kind: QuantityKind::Percent {
                unit: PercentUnit::PercentagePoint,
            },
            amount: Amount::Exact(Decimal::new(num, scale)),
            modifier,
        })
    }

    /// Whether the article ending at `e` stands before an ordinal word that a ranking word
    /// follows (`a third straight year`, `a second time`).
    fn article_before_rank(&self, e: usize) -> bool {
        let text = self.text;
        let b = self.b;
        if numeral_class(text.get(e.saturating_sub(2)..e).unwrap_or_default().trim()).connective
            != Some(Connective::Article)
        {
            return false;
        }
        let p = e + 1;
        if b.get(e) != Some(&b' ') {
            return false;
        }
        let mut q = p;
        while q < b.len() && b[q].is_ascii_alphabetic() && q - p < 16 {
            q += 1;
        }
        let Some(o) = ordinal_prefix(&text[p..q]) else {
            return false;
        };
        if o.len != q - p || b.get(q) != Some(&b' ') {
            return false;
        }
        let mut r = q + 1;
        while r < b.len() && b[r].is_ascii_alphabetic() && r - q < 16 {
            r += 1;
        }
        has_context(&text[q + 1..r], context::RANK_FOLLOWER)
    }

    fn skip_from(&self, i: usize) -> Step<'a> {
        if self.b[i].is_ascii_alphanumeric() {
            Step::Skip(alnum_end(self.b, i))
        } else {
            Step::None
        }
    }

    /// A modifier word right before `start`: the new start and the modifier.
    fn modifier_before(&self, start: usize) -> (usize, Option<Modifier>) {
        let head = &self.text[self.floor.min(start)..start];
        let hb = head.as_bytes();
        let at_last = match hb.last() {
            Some(b' ') => hb.len().checked_sub(2),
            _ => hb.len().checked_sub(1),
        };
        let Some(&last) = at_last.and_then(|k| hb.get(k)) else {
            return (start, None);
        };
        let candidates = modifiers_ending_with(last);
        if candidates.is_empty() {
            return (start, None);
        }
        // A modifier ends at `last`, so the byte before `last` is its next to last byte (either
        // ASCII case): one bit refuses most words before the candidates are compared.
        if let Some(&before) = at_last
            .and_then(|k| k.checked_sub(1))
            .and_then(|j| hb.get(j))
            && MODIFIER_NEXT_TO_LAST[usize::from(last)][usize::from(before >> 6)]
                & (1 << (before & 63))
                == 0
        {
            return (start, None);
        }
        for &(m, bound) in candidates {
            let ascii = m.as_bytes()[0].is_ascii();
            let rest = if ascii {
                match head.strip_suffix(' ') {
                    Some(r) => r,
                    None => continue,
                }
            } else {
                head
            };
            if rest.len() < m.len() {
                continue;
            }
            let at = rest.len() - m.len();
            let Some(tail) = rest.get(at..) else { continue };
            if !tail.eq_ignore_ascii_case(m) {
                continue;
            }
            if ascii && at > 0 && rest.as_bytes()[at - 1].is_ascii_alphanumeric() {
                continue;
            }
            return (start - head.len() + at, Some(modifier(bound)));
        }
        (start, None)
    }

    /// Byte `i` is inside a URL, an e-mail address or a path.
    fn in_url(&self, i: usize) -> bool {
        if self.url_free {
            // No marker anywhere in the text: none in any window around `i`.
            return false;
        }
        let b = self.b;
        // A long white-space run (`1,2.3,1,2.3`, no space for kilobytes) is read once in a
        // wider window (up to `URL_WINDOW` bytes each way) for the numbers in it: a window
        // without any byte a marker starts with holds no URL in the narrower one looked at
        // below.
        let covers = |(s, e, whole_s, whole_e): (usize, usize, bool, bool)| {
            s <= i && i < e && (whole_s || s + 64 <= i) && (whole_e || i + 64 <= e)
        };
        let known = self.url_window.get().filter(|&(w, _)| covers(w));
        if known.is_some_and(|(_, clean)| clean) {
            return false;
        }
        // Whether the run holds a byte that can start a marker, noted on the way.
        let mut may = false;
        let rs = {
            let mut s = i;
            while s > self.floor && !b[s - 1].is_ascii_whitespace() && i - s < 64 {
                s -= 1;
                may |= URL_FIRST[usize::from(b[s])];
            }
            s
        };
        let re = {
            let mut e = i;
            while e < b.len() && !b[e].is_ascii_whitespace() && e - i < 64 {
                may |= URL_FIRST[usize::from(b[e])];
                e += 1;
            }
            e
        };
        if !may {
            let capped = (rs > self.floor && !b[rs - 1].is_ascii_whitespace())
                || (re < b.len() && !b[re].is_ascii_whitespace());
            if capped && known.is_none() {
                self.url_window.set(Some(self.url_window_at(i)));
            }
            return false;
        }
        // One pass for `://`, `www.` and `@`.
        // (A window cut inside a character is not looked at.)
        if !self.text.is_char_boundary(rs) || !self.text.is_char_boundary(re) {
            return false;
        }
        let run = b.get(rs..re).unwrap_or_default();
        (0..run.len()).any(|k| {
            URL_FIRST[usize::from(run[k])]
                && URL_MARKERS
                    .iter()
                    .any(|m| run[k..].starts_with(m.as_bytes()))
        })
    }

    /// The window of the white-space run around `i` that [`Self::in_url`] remembers: up to
    /// [`URL_WINDOW`] bytes each way, whether each bound ends the run, and whether no byte in it
    /// starts a URL marker.
    fn url_window_at(&self, i: usize) -> ((usize, usize, bool, bool), bool) {
        let b = self.b;
        let lo = i.saturating_sub(URL_WINDOW);
        let mut s = i;
        while s > lo && !b[s - 1].is_ascii_whitespace() {
            s -= 1;
        }
        let hi = (i + URL_WINDOW).min(b.len());
        let mut e = i;
        while e < hi && !b[e].is_ascii_whitespace() {
            e += 1;
        }
        let whole_s = s == 0 || b[s - 1].is_ascii_whitespace();
        let whole_e = e == b.len() || b[e].is_ascii_whitespace();
        let clean = !b[s..e].iter().any(|&c| URL_FIRST[usize::from(c)]);
        ((s, e, whole_s, whole_e), clean)
    }

    /// Reads one quantity whose number starts at `i` (with any currency and sign before it).
    /// `Ok(None)` is not used: `None` means no numeral here, `Err(to)` means skip to `to`.
    #[allow(clippy::too_many_lines)]
    fn read(&mut self, i: usize, allow_range: bool) -> Option<Result<Found, usize>> {
        let text = self.text;
        let b = self.b;
        let rest = &text[i..];
        // ---- context before the number
        let prev = if i > self.floor { b[i - 1] } else { b' ' };
        let mut prefix: Option<(usize, Cur)> = None;
        // A `+` right before: a phone number's country code, unless a unit follows (`+7.9%`).
        let plus = prev == b'+' && i > self.floor;
        if prev == b'*' && i > self.floor {
            return Some(Err(run_end(b, i)));
        }
        if prev.is_ascii_alphabetic() && i > self.floor {
            // Letters touching the number: a currency code (`USD115`, `RMB3.5tn`) or an
            // identifier (`A320`, `G20`).
            let mut s = i;
            while s > self.floor && b[s - 1].is_ascii_alphabetic() {
                s -= 1;
            }
            match self.prefix_word(s, i) {
                Some(c) => prefix = Some((s, c)),
                None => return Some(Err(run_end(b, i))),
            }
        } else if i >= 2 && i - 1 > self.floor && !b[i].is_ascii_alphabetic() {
            let before = b[i - 2];
            let code = match prev {
                // `COVID-19`, `v2.3`, `3.1.4`, `Class_1`.
                b'-' | b'.' | b'_' | b'\\' => before.is_ascii_alphanumeric(),
                // Dates `5/17`, times `10:30`; `PDF/14KB` is fine.
                b'/' | b':' => before.is_ascii_digit(),
                // Hashtags, handles, footnote marks (`Sales*3`, `*1`).
                b'#' | b'@' | b'*' => true,
                _ => false,
            };
            if code {
                return Some(Err(run_end(b, i)));
            }
        }
        // List markers: `1. Site Top`, `2) About Us` at the start of a line.
        if b[i].is_ascii_digit() {
            let mut s = i;
            while s > 0 && matches!(b[s - 1], b' ' | b'\t') {
                s -= 1;
            }
            let line_start = s == 0 || matches!(b[s - 1], b'\n' | b'\r');
            let mut e = i;
            while e < b.len() && b[e].is_ascii_digit() {
                e += 1;
            }
            if line_start
                && e - i <= 2
                && matches!(b.get(e), Some(b'.' | b')'))
                && matches!(b.get(e + 1), Some(b' ' | b'\t'))
            {
                return Some(Err(e + 1));
            }
            if let Some(e) = self.phone_shape_end(i) {
                return Some(Err(e));
            }
        }
        if prefix.is_none() {
            prefix = self.prefix_currency(i);
        }
        if self.in_url(i) {
            return Some(Err(run_end(b, i)));
        }
        // Quoted code names: “1028”.
        // ---- the number
        let (num, ordinal) = if let Some(r) = rest
            .as_bytes()
            .first()
            .is_some_and(|&c| c >= 0x80)
            .then(|| {
                CJK_PERCENT_PREFIXES
                    .iter()
                    .find_map(|p| rest.strip_prefix(p))
            })
            .flatten()
        {
            let n = cardinal_prefix(r)?;
            let end = text.len() - r.len() + n.len;
            return Some(Ok(Found {
                start: i,
                end,
                kind: QuantityKind::Percent {
                    unit: PercentUnit::Percent,
                },
                value: n.value,
                scale: None,
                typed: true,
                num_start: i,
                high: None,
                cent: false,
            }));
        } else {
            let parts = number_prefix_parts(rest);
            let card = parts.map(|(c, _)| c);
            // Digits are an ordinal only with a letter suffix right after them (`5th`).
            let may_be_ordinal = !b[i].is_ascii_digit()
                || card.is_none_or(|c| b.get(i + c.len).is_some_and(u8::is_ascii_alphabetic));
            let ord = if may_be_ordinal {
                ordinal_prefix(rest)
            } else {
                None
            };
            match (parts, ord) {
                (Some((c, p)), Some(o)) if c.len > o.len => (c, Some(p)),
                (_, Some(o)) => (o, None),
                (Some((c, p)), None) => (c, Some(p)),
                (None, None) => return None,
            }
        };
        let num = unit_over_letter_scale(text, i, num);
        // The plain cardinal at `i` (what `cardinal_prefix` reads), for cardinals only.
        let (plain, ordinal) = match ordinal {
            Some(p) => (Some(p), false),
            None => (None, true),
        };
        let mut end = i + num.len;
        let mut value = num.value;
        let mut scale = match plain {
            Some(p) if p.len < num.len && !p.value.is_zero() && !ordinal => {
                value.checked_div(p.value)
            }
            _ => None,
        };
        if ordinal {
            if num.form == NumeralForm::Digits && self.month_adjacent(i, end) {
                return Some(Err(end));
            }
            if num.form == NumeralForm::Words && !self.is_rank(i, end, value) {
                return Some(Err(end));
            }
            // `the second fiscal quarter`: an ordinal of a period belongs to the date.
            if self.period_after(end, PERIOD_QUALIFIERS) {
                return Some(Err(end));
            }
            if !boundary(b, end) {
                return Some(Err(run_end(b, i)));
            }
            return Some(Ok(Found {
                start: i,
                end,
                kind: QuantityKind::Ordinal,
                value,
                scale: None,
                typed: true,
                num_start: i,
                high: None,
                cent: false,
            }));
        }
        // CJK numerals alone must carry something (a unit, a currency) or be long.
        let cjk_alone = num.form == NumeralForm::Cjk && text[i..end].chars().count() < 2;
        let digits_int = num.form == NumeralForm::Digits
            && scale.is_none()
            && is_whole(value)
            && b[i].is_ascii_digit();
        // Fractions `3/4`, mixed `10 1/2`, `7-3/4` (newswire).
        if digits_int {
            if b.get(end) == Some(&b'/')
                && let Some((f, fe)) = slash_fraction_at(text, i)
            {
                value = f;
                end = fe;
            } else {
                for sep in MIXED_FRACTION_SEPARATORS {
                    if let Some(r) = text[end..].strip_prefix(sep)
                        && r.starts_with(|c: char| c.is_ascii_digit())
                        && let Some((f, fe)) = slash_fraction_at(text, end + sep.len())
                        && fe > end + sep.len() + 2
                    {
                        value = value.checked_add(f)?;
                        end = fe;
                        break;
                    }
                }
            }
        }
        // Exponents: `1e10`, `12.32e+14`, `1.3x10^6`; powers `2.5^-1`.
        // (One look at the next byte first: most numbers have neither.)
        let after = b.get(end).copied().unwrap_or(b' ');
        if num.form == NumeralForm::Digits && scale.is_none() {
            if exponent_may_start(after)
                && let Ok((r, f)) = exponent(&text[end..])
            {
                value = value.checked_mul(f)?;
                scale = Some(f);
                end = text.len() - r.len();
            } else if after == b'^'
                && let Some((v, fe)) = power_at(text, end, value)
            {
                value = v;
                scale = Some(Decimal::ONE);
                end = fe;
            }
        }
        // Spelled fractions: `one over three`, `2000 over 3`, `one out of three`.
        if b.get(end) == Some(&b' ')
            && b.get(end + 1)
                .is_some_and(|&c| FRACTION_CONNECTOR_SECOND[usize::from(c)])
            && scale.is_none()
            && prefix.is_none()
            && value > Decimal::ZERO
        {
            for &(conn, join) in FRACTION_CONNECTORS {
                let smaller = join != FractionJoin::Over;
                let Some(r) = text[end..].strip_prefix(conn) else {
                    continue;
                };
                let Some(d) = number_prefix(r) else { continue };
                let de = end + conn.len() + d.len;
                let clause_end = text[de..]
                    .trim_start_matches(' ')
                    .starts_with(|c: char| !c.is_alphanumeric() && c != '$')
                    || text[de..].trim().is_empty();
                if d.value.is_zero() || (smaller && d.value <= value) || (!smaller && !clause_end) {
                    continue;
                }
                // `1 in twenty-one`: only a spelled or small denominator closing the clause
                // (`3 in 2020` is a date).
                if join == FractionJoin::In
                    && (!clause_end
                        || (d.form == NumeralForm::Digits && d.value > Decimal::ONE_HUNDRED))
                {
                    continue;
                }
                if smaller && !clause_end && !boundary(b, de) {
                    continue;
                }
                value = finnews_numeral::fraction(value, d.value)?;
                scale = Some(Decimal::ONE);
                end = de;
                break;
            }
        }
        // ---- what touches the number
        let next = b.get(end).copied().unwrap_or(b' ');
        let next2 = b.get(end + 1).copied().unwrap_or(b' ');
        if next == b':' && next2.is_ascii_digit() {
            return Some(Err(run_end(b, i)));
        }
        if next == b'.' && next2.is_ascii_alphanumeric() {
            return Some(Err(run_end(b, i)));
        }
        if next == b'/' && next2.is_ascii_digit() {
            return Some(Err(run_end(b, i)));
        }
        if next == b'-' && next2.is_ascii_digit() {
            // Three or more groups: a date or a phone number.
            let mut p = end + 1;
            let mut groups = 1;
            let mut last_len = 0;
            loop {
                let e = {
                    let mut e = p;
                    while e < b.len() && b[e].is_ascii_digit() {
                        e += 1;
                    }
                    e
                };
                if e == p {
                    break;
                }
                groups += 1;
                last_len = e - p;
                if b.get(e) == Some(&b'-') {
                    p = e + 1;
                } else {
                    break;
                }
            }
            if groups >= 3 {
                return Some(Err(run_end(b, i)));
            }
            // A local phone number `555-0147`: three digits, then four with a leading zero or
            // after an area code in brackets (`(212) 555-0147`).
            let area = i >= 2 && b[i - 1] == b' ' && b[i - 2] == b')';
            if groups == 2
                && end - i == 3
                && last_len == 4
                && (b.get(end + 1) == Some(&b'0') || area)
            {
                return Some(Err(run_end(b, i)));
            }
        }
        // (Every CJK date character is beyond ASCII: one byte test first.)
        if b.get(end).is_some_and(|&x| x >= 0x80)
            && let Some(c) = text[end..].chars().next()
            && CJK_DATE_CHARS.contains(&c)
            && num.form != NumeralForm::Words
        {
            return Some(Err(end + c.len_utf8()));
        }
        // `5-billion-yuan`: a scale word joined by hyphens to a currency after it.
        if scale.is_none()
            && next == b'-'
            && next2.is_ascii_alphabetic()
            && let Some(s) = scale_prefix(&text[end + 1..])
            && !s.ambiguous
            && b.get(end + 1 + s.len) == Some(&b'-')
            && self.currency_suffix(end + 1 + s.len, true, false).is_some()
        {
            value = value.checked_mul(s.factor)?;
            scale = Some(s.factor);
            end += 1 + s.len;
        }
        // ---- suffixes
        let mut kind = QuantityKind::Number;
        let mut country_start: Option<usize> = None;
        let mut cent = false;
        let mut typed = false;
        // Ambiguous `m`: million in money context, else metres.
        if ambiguous_scale_may_start(b, end)
            && let Some(s) = text.get(end..).and_then(scale_prefix)
            && s.ambiguous
        {
            let after = end + s.len;
            let money_after = self.currency_suffix(after, true, false).is_some();
            if prefix.is_some() || money_after || self.money_range {
                value = value.checked_mul(s.factor)?;
                scale = Some(s.factor);
                end = after;
            }
        }
        // Prefix currency.
        if let Some((_, c)) = prefix {
            let cur = self.cur(c);
            kind = QuantityKind::Money { currency: cur };
            typed = true;
            // `USD 22.5 million` already scaled; a currency code after (`$5 USD`) is absorbed.
        }
        // `七成` (70%), `75折` / `八折` (a price at 75% / 80%).
        // (Both marks are beyond ASCII: one byte test first.)
        let mark = if b.get(end).is_some_and(|&x| x >= 0x80) {
            text[end..].chars().next()
        } else {
            None
        };
        let tenths = mark.is_some_and(|c| CJK_TENTHS.contains(&c));
        let discount = mark.is_some_and(|c| CJK_DISCOUNT.contains(&c));
        if !typed && scale.is_none() && (tenths || discount) && value > Decimal::ZERO {
            let ten = Decimal::TEN;
            let v = if tenths || value < ten {
                value.checked_mul(ten)?
            } else {
                value
            };
            if v <= Decimal::ONE_HUNDRED {
                value = v;
                kind = QuantityKind::Percent {
                    unit: PercentUnit::Percent,
                };
                typed = true;
                end += mark.map_or(0, char::len_utf8);
            }
        }
        if let Some(p) = self.percent_suffix(end) {
            if !typed {
                kind = QuantityKind::Percent { unit: p.1 };
                typed = true;
                end = p.0;
            }
        } else if let Some((e, cur, factor, sub)) =
            self.currency_suffix(end, scale.is_some() || prefix.is_some(), prefix.is_some())
        {
            if !typed || matches!(kind, QuantityKind::Money { currency } if currency == cur) {
                let mut v = value;
                if let Some(f) = factor {
                    v = v.checked_mul(f)?;
                    scale = Some(scale.unwrap_or(Decimal::ONE).checked_mul(f)?);
                }
                if sub == Sub::Cent {
                    v = v.checked_div(Decimal::ONE_HUNDRED)?;
                    cent = true;
                }
                value = v;
                let mut cur = cur;
                let mut e = e;
                // Another country's dollar named around a bare `dlrs`: `Australian 100 mln
                // dlrs`, `4.3 billion dlr Canadian`.
                if cur == Currency::USD
                    && prefix.is_none()
                    && sub == Sub::Unit
                    && b[e - 1].is_ascii_alphabetic()
                {
                    if let Some((ae, c)) = self.country_word(e) {
                        cur = c;
                        e = ae;
                    } else if let Some((s, c)) = self.country_word_before(i) {
                        cur = c;
                        country_start = Some(s);
                    }
                }
                kind = QuantityKind::Money { currency: cur };
                typed = true;
                end = e;
            }
        } else if !typed && let Some((e, unit)) = self.unit_suffix(end) {
            kind = QuantityKind::Measure { unit };
            typed = true;
            end = e;
        }
        // `3/16 point`, `around 50 points`: index or price points, a plain number.
        if !typed
            && num.form == NumeralForm::Digits
            && b.get(end) == Some(&b' ')
            && b.get(end + 1)
                .is_some_and(|&c| INDEX_POINT_FIRST[usize::from(c)])
            && let Some(w) = INDEX_POINT_WORDS
                .iter()
                .find(|w| starts_with_ci(&text[end + 1..], w) && boundary(b, end + 1 + w.len()))
        {
            end += 1 + w.len();
        }
        if !typed && num.form != NumeralForm::Words && !boundary(b, end) {
            // Letters or digits touching the number: a code (`3D`, `11a`, `4G`).
            return Some(Err(run_end(b, i)));
        }
        if !typed && cjk_alone {
            return Some(Err(end));
        }
        // `3 dollars 50 cents`, `thirteen dollars and forty-five cents`, `15 USD 50`.
        if let QuantityKind::Money { .. } = kind
            && scale.is_none()
            && is_whole(value)
            && end > i + num.len
        {
            let mut p = end;
            if b.get(p) == Some(&b' ') {
                p += 1;
                if text[p..].starts_with(AND_WORD) {
                    p += AND_WORD.len();
                }
                if let Some(c) = cardinal_prefix(&text[p..])
                    && is_whole(c.value)
                    && c.value > Decimal::ZERO
                    && c.value < Decimal::ONE_HUNDRED
                {
                    let ce = p + c.len;
                    let mut q = ce;
                    let cents_word = CENT_WORDS.iter().find(|w| {
                        text[ce..]
                            .strip_prefix(' ')
                            .is_some_and(|r| starts_with_ci(r, w) && boundary(b, ce + 1 + w.len()))
                    });
                    if let Some(w) = cents_word {
                        q = ce + 1 + w.len();
                    }
                    let free = cents_word.is_some()
                        || (boundary(b, ce)
                            && self.percent_suffix(ce).is_none()
                            && self.unit_suffix(ce).is_none()
                            && scale_prefix(&text[ce..]).is_none()
                            && self.currency_suffix(ce, true, false).is_none()
                            && !text[ce..].starts_with(['%', '$']));
                    if free {
                        value = value.checked_add(c.value / Decimal::ONE_HUNDRED)?;
                        end = q;
                    }
                }
            }
        }
        // `one-time`, `zero–emission`: a number word inside a compound adjective.
        if !typed && num.form == NumeralForm::Words {
            let sep = text[end..]
                .chars()
                .next()
                .filter(|c| COMPOUND_HYPHENS.contains(c))
                .map_or(0, char::len_utf8);
            if sep > 0 {
                let ws = end + sep;
                let mut we = ws;
                while we < b.len() && b[we].is_ascii_alphabetic() {
                    we += 1;
                }
                if we > ws && !is_numeral_word(&text[ws..we]) {
                    return Some(Err(we));
                }
            }
        }
        // ---- things that are not quantities
        if !typed {
            // The value as a whole number, once (`None` when it has a fraction): the tests
            // below compare it with small bounds without decimal arithmetic.
            let whole = whole_value(value);
            let digits = &text[i..i + num.len];
            let year_like = num.form == NumeralForm::Digits
                && scale.is_none()
                && digits.len() == 4
                && digits.bytes().all(|c| c.is_ascii_digit())
                && (1900..=2099).contains(&digits.parse::<u32>().unwrap_or(0));
            if year_like {
                return Some(Err(end));
            }
            // `May 4`, and the wire's capitalised day words (`April One`).
            let day_form = num.form == NumeralForm::Digits
                || (num.form == NumeralForm::Words && b[i].is_ascii_uppercase());
            if day_form
                && scale.is_none()
                && whole.is_some_and(|v| v <= 31)
                && self.month_adjacent(i, end)
            {
                return Some(Err(end));
            }
            if plus {
                return Some(Err(self.phone_end(i)));
            }
            if self.is_reference(i, end, num.form) || self.is_security_code(i, end) {
                return Some(Err(run_end(b, i)));
            }
            // `the three previous quarters`: a trailing period, the date grammar's duration.
            if whole.is_some_and(|v| v <= i128::from(MAX_TRAILING_COUNT))
                && self.period_after(end, TRAILING_PERIOD_WORDS)
                && text[end..]
                    .trim_start()
                    .starts_with(|c: char| c.is_ascii_lowercase())
            {
                return Some(Err(end));
            }
            // `seven quarters`: a spelled improper fraction of a period word is a count of
            // periods, not a fraction (`one and three quarters` keeps its `and`).
            if num.form == NumeralForm::Words
                && whole.is_none()
                && value > Decimal::ONE
                && !text[i..end].contains(AND_WORD.trim_end())
                && text[i..end]
                    .rsplit(' ')
                    .next()
                    .is_some_and(|w| PERIOD_WORDS.iter().any(|p| p.eq_ignore_ascii_case(w)))
            {
                return Some(Err(end));
            }
            if num.form == NumeralForm::Words
                && value == Decimal::ONE
                && ONE_PRONOUN_FOLLOWERS
                    .iter()
                    .any(|f| text[end..].starts_with(f))
            {
                return Some(Err(end));
            }
            // A code written with leading zeros (`037833100`, `000858`): no count is written so.
            let digits = &b[i..end];
            if num.form == NumeralForm::Digits
                && digits.len() >= MIN_ZERO_LED_CODE
                && digits[0] == b'0'
                && digits.iter().all(u8::is_ascii_digit)
            {
                return Some(Err(end));
            }
            // `コード番号 7203`: a CJK code label, then spaces or a colon.
            // (Both the label and the full-width marks end with a byte beyond ASCII: the ASCII
            // spaces and colons are passed over by bytes first.)
            let mut lb = i;
            while lb > self.floor && matches!(b[lb - 1], b' ' | b':') {
                lb -= 1;
            }
            let label = if lb > self.floor && b[lb - 1] >= 0x80 {
                text[self.floor.min(i)..i].trim_end_matches([' ', '\u{3000}', ':', '：'])
            } else {
                &text[self.floor.min(i)..lb]
            };
            if label.len() < i - self.floor.min(i)
                && label.ends_with(|c: char| !c.is_ascii())
                && CODE_LABELS.iter().any(|w| label.ends_with(w))
            {
                return Some(Err(end));
            }
            if let Some((ws, w)) = word_before(text, i) {
                if num.form != NumeralForm::Words && is_identifier_word(w) {
                    return Some(Err(end));
                }
                // `page 3 of 12`: the total after an identifier's number.
                if num.form == NumeralForm::Digits
                    && w.eq_ignore_ascii_case(OF_WORD)
                    && self.identifier_number_before(ws)
                {
                    return Some(Err(end));
                }
                if num.form == NumeralForm::Digits
                    && scale.is_none()
                    && whole.is_some()
                    && is_name_word(w, self.lower_after(end))
                {
                    return Some(Err(end));
                }
                if num.form == NumeralForm::Words && value == Decimal::ONE && is_one_determiner(w) {
                    return Some(Err(end));
                }
            }
            // Clock times: `2 pm`, `6pm`.
            let mut p = end;
            while p < b.len() && b[p] == b' ' && p - end < 2 {
                p += 1;
            }
            if time_first_bytes().has(b.get(p))
                && TIME_WORDS.iter().any(|t| {
                    starts_with_ci(&text[p..], t) && (t.ends_with('.') || boundary(b, p + t.len()))
                })
            {
                return Some(Err(end));
            }
            // Quoted code names: “1028”, "1028".
            let before = text[..i].chars().next_back();
            let after = text[end..].chars().next();
            if before.is_some_and(|c| CODE_QUOTES_OPEN.contains(&c))
                && after.is_some_and(|c| CODE_QUOTES_CLOSE.contains(&c))
            {
                return Some(Err(end));
            }
        }
        // Sign.
        let mut start = country_start.unwrap_or(prefix.map_or(i, |(s, _)| s));
        if plus && prefix.is_none() {
            // `+7.9%`: the written plus is part of the span, and dropped from the value.
            start = i - 1;
        }
        let num_start = i;
        if let Some(neg_start) = self.sign_before(start) {
            value = -value;
            start = neg_start;
        }
        let mut found = Found {
            start,
            end,
            kind,
            value,
            scale,
            typed,
            num_start,
            high: None,
            cent,
        };
        if allow_range && let Some(r) = self.range_after(&found) {
            found = r;
        }
        Some(Ok(found))
    }

    /// A written minus before `start`: `-3.2%`, `−3.2%`, `minus 5`, `negative one`.
    fn sign_before(&self, start: usize) -> Option<usize> {
        let head = &self.text[self.floor.min(start)..start];
        // A sign ends with its own last byte, a word is followed by a space: any other byte
        // before the number rules both out at once.
        let &last = head.as_bytes().last()?;
        if !SIGN_LAST[usize::from(last)] {
            return None;
        }
        if last == b' ' {
            // No sign ends with a space: only a word can be the minus, and the byte before the
            // spaces must end one.
            let hb = head.as_bytes();
            let k = hb.len() - 1;
            let before = if k > 0 && hb[k - 1] == b' ' {
                k.checked_sub(2).map(|j| hb[j])
            } else {
                k.checked_sub(1).map(|j| hb[j])
            };
            if !before.is_some_and(|c| MINUS_WORD_LAST[usize::from(c)]) {
                return None;
            }
        }
        // (No sign ends with a space: after one, only a word can be the minus.)
        for sign in MINUS_SIGNS.iter().filter(|_| last != b' ') {
            if head.ends_with(sign) {
                let ok = self.text[..start - sign.len()]
                    .chars()
                    .next_back()
                    .is_none_or(|c| c.is_whitespace() || SIGN_OPENERS.contains(&c));
                if ok {
                    return Some(start - sign.len());
                }
            }
        }
        let (s, w) = word_before(self.text, start)?;
        if s < self.floor {
            return None;
        }
        MINUS_WORDS
            .iter()
            .any(|m| w.eq_ignore_ascii_case(m))
            .then_some(s)
    }

    /// Whether the ordinal word at `i..end` is a ranking: `first` not in a name in capitals
    /// (`First Interstate`, `FIRST INTERSTATE`), not in a fixed phrase (`first mortgage`), not an adverb
    /// (`first announced`, `said first,`).
    fn is_rank(&self, i: usize, end: usize, value: Decimal) -> bool {
        let text = self.text;
        let b = self.b;
        let mut p = end;
        if b.get(p) == Some(&b' ') {
            p += 1;
        }
        let mut e = p;
        while e < b.len() && b[e].is_ascii_alphabetic() && e - p < 24 {
            e += 1;
        }
        let next = &text[p..e];
        if value != Decimal::ONE {
            return true;
        }
        let capital = b[i].is_ascii_uppercase();
        if capital && p > end && next.starts_with(|c: char| c.is_ascii_uppercase()) {
            return false;
        }
        if p > end
            && NOT_RANK_AFTER_FIRST
                .iter()
                .any(|w| w.eq_ignore_ascii_case(next))
        {
            return false;
        }
        // A possessive (`the bank's first`) determines it too.
        let determined = word_before(text, i).is_some_and(|(s, w)| {
            has_context(w, context::RANK_DETERMINER)
                || (s > 0 && matches!(b[s - 1], b'\'' | b'\xe2'))
        });
        let closes = p == end && !matches!(b.get(end), Some(b'-'));
        let adverb = closes || next.ends_with("ed") || next.ends_with("ly");
        determined || !adverb
    }

    /// The end of a phone number whose digits start at `i` after a `+`: digit groups joined by
    /// [`PHONE_SEPARATORS`], at most [`MAX_PHONE_LEN`] bytes.
    fn phone_end(&self, i: usize) -> usize {
        let b = self.b;
        let mut end = i;
        let mut p = i;
        while p < b.len() && p - i < MAX_PHONE_LEN {
            if b[p].is_ascii_digit() {
                p += 1;
                end = p;
            } else if PHONE_SEPARATORS.contains(&b[p]) {
                p += 1;
            } else {
                break;
            }
        }
        // A closing bracket right after the last digits belongs to the number.
        if b.get(end) == Some(&b')') {
            end += 1;
        }
        end
    }

    /// The end of a phone number written without `+` that starts at the digit `i`, if it is one:
    /// three or more groups of digits, the first opening with `0` (`020 3123 4567`,
    /// `03-1234-5678`) or in brackets (`(03) 1234-5678`, `(212) 555-0147`: without the `0`,
    /// ten digits and a hyphen before the last four), set off by one space, hyphen or full
    /// stop, the last of four digits, nine digits or more in all.
    fn phone_shape_end(&self, i: usize) -> Option<usize> {
        let b = self.b;
        let bracketed = i > 0 && b[i - 1] == b'(';
        let leading_zero = b[i] == b'0' && b.get(i + 1).is_some_and(u8::is_ascii_digit);
        if !(bracketed || leading_zero) {
            return None;
        }
        let digits_at = |p: usize| {
            b[p.min(b.len())..]
                .iter()
                .take_while(|c| c.is_ascii_digit())
                .count()
        };
        let first = digits_at(i);
        if !(2..=5).contains(&first) {
            return None;
        }
        let mut p = i + first;
        if bracketed {
            if b.get(p) != Some(&b')') || (b[i] != b'0' && first != 3) {
                return None;
            }
            p += 1;
        }
        let (mut groups, mut total, mut last, mut last_sep) = (1, first, first, b' ');
        while p < b.len() && p - i < MAX_PHONE_LEN {
            let sep = b[p];
            if !PHONE_SEPARATORS.contains(&sep) || sep == b'(' || sep == b')' {
                break;
            }
            let n = digits_at(p + 1);
            if n == 0 || n > 4 {
                break;
            }
            groups += 1;
            total += n;
            last = n;
            last_sep = sep;
            p += 1 + n;
        }
        let ends = b.get(p).is_none_or(|c| !c.is_ascii_alphanumeric())
            && !(b.get(p) == Some(&b'.') && b.get(p + 1).is_some_and(u8::is_ascii_digit));
        // An area code without `0` (`(212) 555-0147`) has the hyphenated 3-4 digit tail.
        let tail = b[i] == b'0' || (groups == 3 && total == 10 && last_sep == b'-');
        (groups >= 3 && last == 4 && total >= 9 && ends && tail).then_some(p)
    }

    /// Whether a period word follows `end` (one space), after at most one of `between`
    /// (`fiscal quarter`, `previous quarters`; with an empty `between`, the period word right
    /// after).
    fn period_after(&self, end: usize, between: &[&str]) -> bool {
        let text = self.text;
        let b = self.b;
        let word = |p: usize| -> (usize, &str) {
            let mut e = p;
            while e < b.len() && b[e].is_ascii_alphabetic() && e - p < 16 {
                e += 1;
            }
            (e, &text[p..e])
        };
        if b.get(end) != Some(&b' ') {
            return false;
        }
        let (e1, w1) = word(end + 1);
        let is_period = |w: &str| PERIOD_WORDS.iter().any(|p| p.eq_ignore_ascii_case(w));
        if between.is_empty() {
            return is_period(w1);
        }
        if !between.iter().any(|q| q.eq_ignore_ascii_case(w1)) || b.get(e1) != Some(&b' ') {
            return false;
        }
        // A trailing period counts several (`previous months`); an ordinal's may be one
        // (`fiscal quarter`).
        let (e2, w2) = word(e1 + 1);
        let plural = w2.ends_with(['s', 'S']) || between != TRAILING_PERIOD_WORDS;
        is_period(w2) && plural && boundary(b, e2)
    }

    /// A reference number in brackets (`(4)`, `[12]`, `<7294>`) holding nothing else.
    fn is_reference(&self, i: usize, end: usize, form: NumeralForm) -> bool {
        let b = self.b;
        // Both readings below need an opening bracket right before the number: one byte first.
        if form != NumeralForm::Digits
            || i == 0
            || !REFERENCE_BRACKETS.iter().any(|&(open, _)| b[i - 1] == open)
            || !b[i..end].iter().all(u8::is_ascii_digit)
        {
            return false;
        }
        // `129 (138)`: a figure in brackets after another is last period's, not a reference.
        let mut p = i - 1;
        while p > 0 && b[p - 1] == b' ' && i - p < 8 {
            p -= 1;
        }
        if p > 0 && b[p - 1].is_ascii_digit() {
            return false;
        }
        // `(646) 555-0183`: an area code.
        let area = b.get(end) == Some(&b')')
            && b.get(end + 1) == Some(&b' ')
            && b.get(end + 2..end + 6)
                .is_some_and(|g| g[..3].iter().all(u8::is_ascii_digit) && g[3] == b'-');
        if area && b[i - 1] == b'(' {
            return true;
        }
        REFERENCE_BRACKETS.iter().any(|&(open, close)| {
            b[i - 1] == open
                && b.get(end) == Some(&close)
                && (open == b'<' || end - i <= MAX_REFERENCE_DIGITS)
        })
    }

    /// Whether digits end right before `end` (after one space) with an identifier word before
    /// them (`page 3` in `page 3 of 12`).
    fn identifier_number_before(&self, end: usize) -> bool {
        let b = self.b;
        if end < 2 || b[end - 1] != b' ' {
            return false;
        }
        let e = end - 1;
        let mut s = e;
        while s > 0 && b[s - 1].is_ascii_digit() && e - s < MAX_REFERENCE_DIGITS {
            s -= 1;
        }
        s < e
            && (s == 0 || !b[s - 1].is_ascii_alphanumeric())
            && word_before(self.text, s).is_some_and(|(_, w)| is_identifier_word(w))
    }

    /// A security code at the start of a line before the issuer's name in capitals (`7294
    /// YOROZU CORPORATION`).
    fn is_security_code(&self, i: usize, end: usize) -> bool {
        let b = self.b;
        if !SECURITY_CODE_DIGITS.contains(&(end - i)) || !b[i..end].iter().all(u8::is_ascii_digit) {
            return false;
        }
        let mut s = i;
        while s > 0 && matches!(b[s - 1], b' ' | b'\t') {
            s -= 1;
        }
        (s == 0 || b[s - 1] == b'\n') && b.get(end) == Some(&b' ') && self.caps_after(end)
    }

    /// Whether a lower-case word follows `end` after one space.
    fn lower_after(&self, end: usize) -> bool {
        self.b.get(end) == Some(&b' ') && self.b.get(end + 1).is_some_and(u8::is_ascii_lowercase)
    }

    /// Whether the word after `end` (one space) is written in capitals, two letters or more.
    fn caps_after(&self, end: usize) -> bool {
        let b = self.b;
        let p = end + 1;
        if b.get(end) != Some(&b' ') {
            return false;
        }
        let mut e = p;
        while e < b.len() && b[e].is_ascii_uppercase() {
            e += 1;
        }
        e - p >= 2 && !b.get(e).is_some_and(u8::is_ascii_lowercase)
    }

    /// Whether a change word (`rose`, `fell`, `by`) comes before `start` in its clause, within a
    /// few words.
    fn change_before(&self, start: usize) -> bool {
        let b = self.b;
        let mut p = start;
        let mut words = 0;
        while p > 0 && words < CHANGE_LOOKBACK_WORDS {
            // Past spaces and the punctuation inside a clause.
            while p > 0 && matches!(b[p - 1], b' ' | b'\n' | b'\t') {
                p -= 1;
            }
            if p == 0 || matches!(b[p - 1], b'.' | b';' | b':' | b'!' | b'?') {
                return false;
            }
            let e = p;
            while p > 0 && !matches!(b[p - 1], b' ' | b'\n' | b'\t') && e - p < 32 {
                p -= 1;
            }
            let w = self.text.get(p..e).unwrap_or_default();
            let w = w.trim_matches(|c: char| !c.is_ascii_alphanumeric());
            if has_context(w, context::CHANGE) {
                return true;
            }
            words += 1;
        }
        false
    }

    /// Is a capitalised month name right before or after the number (`May 4`, `5 October`,
    /// `4th of May`)?
    fn month_adjacent(&self, start: usize, end: usize) -> bool {
        let text = self.text;
        if let Some((_, w)) = word_before(text, start)
            && w.starts_with(|c: char| c.is_ascii_uppercase())
            && month_number(w).is_some()
        {
            return true;
        }
        let b = self.b;
        // `October 30 and 31`, `May 4, 5`.
        let head = &text[self.floor.min(start)..start];
        for conn in LIST_CONNECTORS {
            if !head.ends_with(' ') {
                break;
            }
            if let Some(h) = head.strip_suffix(conn) {
                let hb = h.as_bytes();
                let mut s = hb.len();
                while s > 0 && hb[s - 1].is_ascii_digit() && hb.len() - s < 2 {
                    s -= 1;
                }
                let abs = start - head.len() + s;
                if s < hb.len()
                    && (s == 0 || !hb[s - 1].is_ascii_digit())
                    && let Some((_, w)) = word_before(text, abs)
                    && w.starts_with(|c: char| c.is_ascii_uppercase())
                    && month_number(w).is_some()
                {
                    return true;
                }
            }
        }
        let mut p = end;
        if b.get(p) == Some(&b' ') {
            p += 1;
        } else {
            return false;
        }
        if text[p..].starts_with(MONTH_OF) {
            p += MONTH_OF.len();
        }
        let e = {
            let mut e = p;
            while e < b.len() && b[e].is_ascii_alphabetic() {
                e += 1;
            }
            e
        };
        let w = &text[p..e];
        w.starts_with(|c: char| c.is_ascii_uppercase()) && month_number(w).is_some()
    }

    /// A capitalised country word naming a dollar right after `end` (` Canadian`): its end and
    /// currency.
    fn country_word(&self, end: usize) -> Option<(usize, Currency)> {
        let b = self.b;
        let s = end + 1;
        if b.get(end) != Some(&b' ') || !b.get(s).is_some_and(u8::is_ascii_uppercase) {
            return None;
        }
        let mut e = s;
        while e < b.len() && (b[e].is_ascii_alphabetic() || b[e] == b'.') && e - s < 16 {
            e += 1;
        }
        if !boundary(b, e) {
            return None;
        }
        // `N.Z.` keeps its dots; a sentence's full stop after `Canadian` is not the word's.
        let w = &self.text[s..e];
        let (w, e) = match dollar_country(w) {
            Some(_) => (w, e),
            None => (w.trim_end_matches('.'), s + w.trim_end_matches('.').len()),
        };
        let c = Currency::from_code(dollar_country(w)?)?;
        Some((e, c))
    }

    /// A capitalised country word naming a dollar right before the number at `i`
    /// (`Australian 100`): its start and currency.
    fn country_word_before(&self, i: usize) -> Option<(usize, Currency)> {
        let (s, w) = word_before(self.text, i)?;
        if s < self.floor || !w.starts_with(|c: char| c.is_ascii_uppercase()) {
            return None;
        }
        let full = self.text.get(s..i)?.trim_end();
        let code = dollar_country(full).or_else(|| dollar_country(w))?;
        Some((s, Currency::from_code(code)?))
    }

    /// A currency word made only of letters (`USD`, `RMB`, `Rs`) at `s..e`.
    fn prefix_word(&self, s: usize, e: usize) -> Option<Cur> {
        let w = &self.text[s..e];
        for &(sym, c) in symbols_starting_with(*w.as_bytes().first()?) {
            if sym == w && sym.bytes().all(|x| x.is_ascii_alphabetic()) {
                return Cur::of(c);
            }
        }
        if let Some(c) = from_code(w) {
            return Some(Cur::Known(c));
        }
        None
    }

    /// A currency written before the number at `i`: its start and currency.
    fn prefix_currency(&self, i: usize) -> Option<(usize, Cur)> {
        let text = self.text;
        let b = self.b;
        let mut j = i;
        while j > self.floor && b[j - 1] == b' ' && i - j < 2 {
            j -= 1;
        }
        if j == 0 || j <= self.floor || !(symbol_may_end(b[j - 1]) || b[j - 1].is_ascii_uppercase())
        {
            return None;
        }
        let head = &text[self.floor..j];
        // Symbols, longest first; letter symbols (RMB, Rs) must start a word.
        let best = symbols_ending_with(b[j - 1]).iter().find_map(|&(sym, c)| {
            let s = j.checked_sub(sym.len())?;
            let fits = head.ends_with(sym)
                && !(sym.as_bytes()[0].is_ascii_alphabetic()
                    && s > 0
                    && b[s - 1].is_ascii_alphanumeric());
            fits.then_some((sym, c))
        });
        if let Some((sym, c)) = best
            && let Some(c) = Cur::of(c)
        {
            let mut s = j - sym.len();
            let mut cur = c;
            if sym == DOLLAR_SIGN {
                // Qualified dollars: `US$`, `usd$`, `hk $`, `c $`, `u.s $`.
                let mut q = s;
                while q > self.floor && (b[q - 1].is_ascii_alphabetic() || b[q - 1] == b'.') {
                    q -= 1;
                }
                let attached = &text[q..s];
                let mut spaced_q = None;
                if attached.is_empty() && s > self.floor + 1 && b[s - 1] == b' ' {
                    let mut q2 = s - 1;
                    while q2 > self.floor && (b[q2 - 1].is_ascii_alphabetic() || b[q2 - 1] == b'.')
                    {
                        q2 -= 1;
                    }
                    let w = &text[q2..s - 1];
                    if (w.len() >= 2
                        || SPACED_SINGLE_LETTER_QUALIFIERS
                            .iter()
                            .any(|q| w.eq_ignore_ascii_case(q)))
                        && (q2 == 0 || !b[q2 - 1].is_ascii_alphanumeric())
                    {
                        spaced_q = Some((q2, w));
                    }
                }
                let qual = if attached.is_empty() {
                    spaced_q
                } else {
                    Some((q, attached))
                };
                if let Some((qs, w)) = qual
                    && let Some(c) = dollar_qualifier(w).and_then(Currency::from_code)
                {
                    cur = Cur::Known(c);
                    s = qs;
                }
            }
            return Some((s, cur));
        }
        // Codes and `M`-prefixed codes: `USD 200`, `MAUD 60`.
        let mut s = j;
        while s > self.floor && b[s - 1].is_ascii_alphabetic() {
            s -= 1;
        }
        if s == j || (s > 0 && b[s - 1].is_ascii_alphanumeric()) {
            return None;
        }
        let w = &text[s..j];
        if let Some(c) = from_code(w)
            && (!is_wordlike_code(w) || j == i)
        {
            return Some((s, Cur::Known(c)));
        }
        None
    }

    /// A percent sign or word after `end`: its end and unit.
    fn percent_suffix(&self, end: usize) -> Option<(usize, PercentUnit)> {
        let text = self.text;
        let b = self.b;
        if !suffix_may_start(b.get(end)) && !suffix_may_start(b.get(end + 1)) {
            return None;
        }
        let p = if matches!(b.get(end), Some(&(b' ' | b'-'))) {
            end + 1
        } else {
            end
        };
        if !percent_first_bytes().has(b.get(p)) {
            return None;
        }
        let (rest, unit) = percent_after(&text[end..]).ok()?;
        Some((text.len() - rest.len(), unit))
    }

    /// A currency written after the number at `end`: end, currency, extra scale, sub-unit.
    /// `strong` lets `pounds` be money.
    fn currency_suffix(
        &mut self,
        end: usize,
        strong: bool,
        strong_prefix: bool,
    ) -> Option<(usize, Currency, Option<Decimal>, Sub)> {
        let text = self.text;
        let b = self.b;
        if !suffix_may_start(b.get(end)) && !suffix_may_start(b.get(end + 1)) {
            return None;
        }
        let rest = &text[end..];
        let at = |r: &str| text.len() - r.len();
        if let Ok((r, (c, f))) = cjk_money(rest) {
            return Some((at(r), c, f, Sub::Unit));
        }
        let (tail, sep) = opt(one_of::<_, _, ()>(" -")).parse(rest).ok()?;
        let hyphen = sep == Some('-');
        // Symbols after the number: `10 €`, `100₾` (not when a currency came before).
        if !hyphen
            && !strong_prefix
            && let Ok((r, c)) = symbol_after(tail)
        {
            let cur = self.cur(c);
            return Some((at(r), cur, None, Sub::Unit));
        }
        // ISO codes: `115USD`, `50 million USD`, `75 USD million`, `30 MUSD`.
        if !hyphen
            && tail.as_bytes().first().is_some_and(u8::is_ascii_uppercase)
            && let Ok((r, (c, f))) = alt((iso_code_after, million_code)).parse(tail)
        {
            return Some((at(r), c, f, Sub::Unit));
        }
        // Names touching the number only: `2p`.
        if sep.is_none()
            && let Some(&(name, code, sub)) = TOUCHING_NAMES
                .iter()
                .find(|(n, _, _)| tail.starts_with(n) && boundary(b, end + n.len()))
            && let Some(c) = Currency::from_code(code)
        {
            return Some((end + name.len(), c, None, sub));
        }
        // Names, up to three words: `us dollars`, `pounds sterling`, `hong kong dollars`.
        let (r, (c, sub)) = currency_name(strong)(tail).ok()?;
        // A currency word that is also a verb, after a bare year, is the verb (`in 1986 marks a
        // turning point`).
        let name = tail.get(..tail.len() - r.len()).unwrap_or_default();
        if !strong
            && VERB_NAMES.iter().any(|v| name.eq_ignore_ascii_case(v))
            && self.bare_year_before(end)
        {
            return None;
        }
        let c = self.cur(c);
        Some((at(r), c, None, sub))
    }

    /// Whether the four bytes before `end` are a year written bare (`1986`, not `1,986` or
    /// `0.1986`), within the lexicon's years.
    fn bare_year_before(&self, end: usize) -> bool {
        let b = self.b;
        let Some(s) = end.checked_sub(4) else {
            return false;
        };
        let digits = &b[s..end];
        if !digits.iter().all(u8::is_ascii_digit)
            || (s > 0 && matches!(b[s - 1], b'0'..=b'9' | b'.' | b','))
        {
            return false;
        }
        let v = digits
            .iter()
            .fold(0u32, |v, &c| v * 10 + u32::from(c - b'0'));
        (finnews_core::lexicon::YEARS.0..=finnews_core::lexicon::YEARS.1).contains(&v)
    }

    /// A measure unit after `end`: its end and canonical unit.
    fn unit_suffix(&self, end: usize) -> Option<(usize, Unit)> {
        let text = self.text;
        let b = self.b;
        let gate = |p: usize| b.get(p).is_some_and(|&c| unit_may_start(c));
        if !gate(end) && !gate(end + 1) && !gate(end + 2) {
            return None;
        }
        let (rest, unit) = unit_after(&text[end..]).ok()?;
        Some((text.len() - rest.len(), unit))
    }

    /// A range after a quantity: `3-5 billion`, `5%-7%`, `3 to 5 billion yuan`,
    /// `between 5% and 7%`.
    fn range_after(&mut self, a: &Found) -> Option<Found> {
        if a.kind == QuantityKind::Ordinal {
            return None;
        }
        let text = self.text;
        let b = self.b;
        // No connector of any kind next: no range (whatever opener came before).
        let c0 = b.get(a.end).copied().unwrap_or(0);
        let c1 = b.get(a.end + 1).copied();
        if !CONNECTOR_GATE.may_start(c0, c1) {
            return None;
        }
        let head = &text[self.floor.min(a.start)..a.start];
        let tail_of = |w: &str| {
            head.len() >= w.len()
                && head
                    .get(head.len() - w.len()..)
                    .is_some_and(|t| t.eq_ignore_ascii_case(w))
        };
        let opener = RANGE_OPENERS
            .iter()
            .find(|(w, _)| tail_of(w))
            .map(|&(_, o)| o);
        let rest = &text[a.end..];
        let connectors: &[&str] = match opener {
            Some(RangeOpener::Between) => BETWEEN_CONNECTORS,
            Some(RangeOpener::From) => &[],
            None => RANGE_CONNECTORS,
        };
        let (_, conn) = first_tag(connectors)(rest).ok()?;
        let bstart = a.end + conn.len();
        // A bare hyphen joins digits (`3-5`), not words (`three-four` is a compound).
        if !conn.starts_with(' ')
            && (!b[a.num_start].is_ascii_digit()
                || !b
                    .get(bstart)
                    .is_some_and(|c| c.is_ascii_digit() || !c.is_ascii_alphabetic()))
        {
            return None;
        }
        if bstart >= b.len() {
            return None;
        }
        // Money with its currency before the first end: the second end may repeat it
        // (`$1.35 billion to $1.40 billion`, `£96m-£100m`); the number starts after it.
        let money_prefixed = matches!(a.kind, QuantityKind::Money { .. }) && a.start < a.num_start;
        let mut nstart = bstart;
        if money_prefixed && !b[bstart].is_ascii_digit() {
            nstart = (bstart + 1..b.len().min(bstart + MAX_SYMBOL_GAP))
                .find(|&j| b[j].is_ascii_digit())
                .unwrap_or(bstart);
        }
        let saved = self.floor;
        self.floor = bstart;
        self.money_range = money_prefixed;
        let r = self.read(nstart, false);
        self.floor = saved;
        self.money_range = false;
        let bq = r?.ok()?;
        // The repeated currency must be exactly what lies between the connector and the number.
        let repeated = nstart > bstart;
        if repeated && (bq.start != bstart || bq.kind != a.kind) {
            return None;
        }
        if bq.value.is_sign_negative() || a.value.is_sign_negative() {
            return None;
        }
        let mut low = a.value;
        let mut kind = a.kind;
        // A unit written after the first end (`5.1 pct`) is that end's own: a bare second end
        // (`to 8.33 billion`) is another quantity, and after a change word (`rose 5 pct to 7
        // pct`, `by 4.2% or 8.1 billion yen to 201.5 billion yen`) both ends written in full
        // are a change and a level. A currency before the first end (`$2-3 billion`) serves
        // both.
        let suffixed = a.typed && a.start == a.num_start;
        if suffixed && !bq.typed {
            return None;
        }
        if (suffixed || repeated) && conn.trim() == RANGE_TO && self.change_before(a.start) {
            return None;
        }
        if !a.typed {
            kind = bq.kind;
        } else if bq.typed && bq.kind != a.kind {
            return None;
        }
        // `40 to 45 cts`: a bare first end counts in the second's sub-unit.
        if !a.typed && bq.cent {
            low = low.checked_div(Decimal::ONE_HUNDRED)?;
        }
        // A spelled second end reads its scale word as part of the numeral (`three to five
        // billion dlrs`): the word after its first word is that scale.
        let b_scale = bq.scale.or_else(|| {
            let w = b.get(bq.num_start)?;
            if !w.is_ascii_alphabetic() {
                return None;
            }
            let e = alnum_end(b, bq.num_start);
            let s = text.get(e..bq.end).and_then(scale_prefix)?;
            (!s.ambiguous).then_some(s.factor)
        });
        if a.scale.is_none()
            && let Some(f) = b_scale
        {
            let scaled = low.checked_mul(f)?;
            if scaled <= bq.value {
                low = scaled;
            }
        }
        if low > bq.value || bq.kind == QuantityKind::Ordinal {
            return None;
        }
        // After a change word, `N to M` with M an order of magnitude above N is a change and the
        // level it led to (`rose eight to 108 mln`, `by 9,000 to 717,000`), not a range: the ends
        // of a written range are of one size (`rose 5 to 6 pct`).
        if opener.is_none()
            && conn.trim() == RANGE_TO
            && low
                .checked_mul(CHANGE_LEVEL_RATIO)
                .is_some_and(|l| l <= bq.value)
            && self.change_before(a.start)
        {
            return None;
        }
        Some(Found {
            start: a.start,
            end: bq.end,
            kind,
            value: low,
            high: Some(bq.value),
            cent: bq.cent,
            scale: bq.scale,
            typed: true,
            num_start: a.num_start,
        })
    }
}

/// Parses the whole of `text` as one quantity.
///
/// # Errors
///
/// [`ErrorKind::NoQuantity`] when no quantity starts the text, [`ErrorKind::TrailingInput`] when
/// text is left after it.
///
/// # Example
///
/// ```
/// use finnews_quantity::{parse, QuantityKind, Currency};
/// let q = parse("RMB 398.95 billion")?;
/// assert_eq!(q.kind, QuantityKind::Money { currency: Currency::CNY });
/// assert_eq!(q.amount.low().normalize().to_string(), "398950000000");
/// # Ok::<(), finnews_quantity::Error>(())
/// ```
pub fn parse(text: &str) -> Result<Quantity<'_>, Error> {
    let found = extract(text, &Options::default());
    let Some(first) = found.into_iter().next() else {
        return Err(Error::new(Span::new(0, text.len()), ErrorKind::NoQuantity));
    };
    if first.span.start() != 0 {
        return Err(Error::new(
            Span::new(0, first.span.start()),
            ErrorKind::NoQuantity,
        ));
    }
    if first.span.end() != text.len() {
        return Err(Error::new(
            Span::new(first.span.end(), text.len()),
            ErrorKind::TrailingInput,
        ));
    }
    Ok(first)
}

/// How many bytes after a range connector a repeated currency (`$`, `US$`, `€`) may take
/// before the second end's number.
const MAX_SYMBOL_GAP: usize = 5;

/// The first byte of each range connector (with or without an opener) and its second byte
/// (`None` for a connector of one byte), without repeats.
static CONNECTOR_STARTS: LazyLock<Vec<(u8, Option<u8>)>> = LazyLock::new(|| {
    let mut v: Vec<(u8, Option<u8>)> = Vec::new();
    for c in RANGE_CONNECTORS.iter().chain(BETWEEN_CONNECTORS) {
        let cb = c.as_bytes();
        if let Some(&f) = cb.first() {
            let e = (f, cb.get(1).copied());
            if !v.contains(&e) {
                v.push(e);
            }
        }
    }
    v
});

/// The bytes a written minus can end with right before its number: the last byte of each of
/// [`MINUS_SIGNS`], and the space after one of [`MINUS_WORDS`].
static SIGN_LAST: LazyLock<[bool; 256]> = LazyLock::new(|| {
    let mut t = [false; 256];
    for sign in MINUS_SIGNS {
        if let Some(&c) = sign.as_bytes().last() {
            t[usize::from(c)] = true;
        }
    }
    t[usize::from(b' ')] = true;
    t
});

/// The bytes a minus word can end with (either ASCII case), and `.` (a word read before a
/// number drops its full stops).
static MINUS_WORD_LAST: LazyLock<[bool; 256]> = LazyLock::new(|| {
    let mut t = [false; 256];
    for w in MINUS_WORDS {
        if let Some(&c) = w.as_bytes().last() {
            t[usize::from(c.to_ascii_lowercase())] = true;
            t[usize::from(c.to_ascii_uppercase())] = true;
        }
    }
    t[usize::from(b'.')] = true;
    t
});

/// The connectors of a range by their first two bytes: `one[c]` when a connector is the one
/// byte `c`, bit `d` of `two[c]` when one starts with `c` then `d` (what [`CONNECTOR_STARTS`]
/// lists, as a table).
struct ConnectorGate {
    one: [bool; 256],
    two: Vec<[u64; 4]>,
}

static CONNECTOR_GATE: LazyLock<ConnectorGate> = LazyLock::new(|| {
    let mut g = ConnectorGate {
        one: [false; 256],
        two: vec![[0; 4]; 256],
    };
    for &(f, s) in CONNECTOR_STARTS.iter() {
        match s {
            None => g.one[usize::from(f)] = true,
            Some(d) => g.two[usize::from(f)][usize::from(d >> 6)] |= 1 << (d & 63),
        }
    }
    g
});

impl ConnectorGate {
    /// Whether a connector can start with `c0`, then `c1`.
    fn may_start(&self, c0: u8, c1: Option<u8>) -> bool {
        self.one[usize::from(c0)]
            || c1.is_some_and(|d| {
                self.two[usize::from(c0)][usize::from(d >> 6)] & (1 << (d & 63)) != 0
            })
    }
}

/// First bytes (either ASCII case) of the scale words that are a scale only in context.
static AMBIGUOUS_SCALE_FIRST: LazyLock<[bool; 256]> = LazyLock::new(|| {
    let mut t = [false; 256];
    for w in SCALE_WORDS.iter().filter(|w| w.ambiguous) {
        if let Some(&c) = w.word.as_bytes().first() {
            t[usize::from(c)] = true;
            t[usize::from(c.to_ascii_lowercase())] = true;
            t[usize::from(c.to_ascii_uppercase())] = true;
        }
    }
    t
});

/// Whether an ambiguous scale word can start at `end` after the spaces `scale_prefix` allows:
/// most numbers have none after them, and need no scale lookup for it.
fn ambiguous_scale_may_start(b: &[u8], end: usize) -> bool {
    let mut p = end;
    while b.get(p) == Some(&b' ') && p - end < 4 {
        p += 1;
    }
    b.get(p)
        .is_some_and(|&c| AMBIGUOUS_SCALE_FIRST[usize::from(c)])
}

/// The numeral `num` read at `i`, without a last scale word of letters that opens a unit
/// written with a slash (`13.2 million b/d` is 13.2 million barrels a day, not a scale `b`
/// after `million`): the unit lexicon is asked, so only a unit it knows wins over the scale.
/// Most numerals have no `/` after them and are returned at once.
fn unit_over_letter_scale(text: &str, i: usize, num: Numeral) -> Numeral {
    let b = text.as_bytes();
    let e = i + num.len;
    if b.get(e) != Some(&b'/') || !b.get(e - 1).is_some_and(u8::is_ascii_alphabetic) {
        return num;
    }
    let mut ws = e;
    while ws > i && e - ws < 4 && b[ws - 1].is_ascii_alphabetic() {
        ws -= 1;
    }
    let mut ne = ws;
    while ne > i && b[ne - 1] == b' ' {
        ne -= 1;
    }
    if ne <= i || !b[ne - 1].is_ascii_alphanumeric() {
        return num;
    }
    let Some(s) = text
        .get(ws..e)
        .and_then(scale_prefix)
        .filter(|s| s.len == e - ws)
    else {
        return num;
    };
    let unit_longer = unit_after(&text[ne..]).is_ok_and(|(r, _)| text.len() - r.len() > e);
    match num.value.checked_div(s.factor) {
        Some(value) if unit_longer => Numeral {
            value: value.normalize(),
            len: ne - i,
            form: num.form,
        },
        _ => num,
    }
}

/// For each byte, the bytes (either ASCII case) that come right before it in the modifiers
/// [`modifiers_ending_with`] it (every byte for a modifier of one byte): the first refusal of
/// [`Extractor::modifier_before`].
static MODIFIER_NEXT_TO_LAST: LazyLock<Vec<[u64; 4]>> = LazyLock::new(|| {
    let mut t = vec![[0_u64; 4]; 256];
    for last in 0..=255_u8 {
        let row = &mut t[usize::from(last)];
        for &(m, _) in modifiers_ending_with(last) {
            let mb = m.as_bytes();
            match mb.len().checked_sub(2).map(|k| mb[k]) {
                None => *row = [u64::MAX; 4],
                Some(c) => {
                    for x in [c, c.to_ascii_lowercase(), c.to_ascii_uppercase()] {
                        row[usize::from(x >> 6)] |= 1 << (x & 63);
                    }
                }
            }
        }
    }
    t
});

/// First bytes of the URL markers.
static URL_FIRST: LazyLock<[bool; 256]> = LazyLock::new(|| {
    let mut t = [false; 256];
    for m in URL_MARKERS {
        if let Some(&c) = m.as_bytes().first() {
            t[usize::from(c)] = true;
        }
    }
    t
});

/// `word`, any ASCII case (nom's `tag_no_case` folds Unicode case, char by char).
fn ascii_ci(word: &'static str) -> impl Fn(&str) -> Res<'_, &str> {
    move |input: &str| match input.get(..word.len()) {
        Some(h) if h.eq_ignore_ascii_case(word) => Ok((&input[word.len()..], h)),
        _ => Err(nom::Err::Error(())),
    }
}

/// The first of `table` that the input starts with (exact case).
fn first_tag(table: &'static [&'static str]) -> impl Fn(&str) -> Res<'_, &'static str> {
    move |input: &str| {
        table
            .iter()
            .find(|t| input.starts_with(**t))
            .map(|&t| (&input[t.len()..], t))
            .ok_or(nom::Err::Error(()))
    }
}

/// A percent sign or word after a number, touching it or after one space: `%`, `50bp`,
/// ` pct`, ` percentage points`. An abbreviation that reads as a name in capitals after a
/// space (`2003 BP`) is not one.
fn percent_after(input: &str) -> Res<'_, PercentUnit> {
    // One space, or a hyphen joining a percent word before a noun (`a 40-pct stake`, `a
    // 5-percent rise`).
    let (r, hyphen, space) = match input.as_bytes().first() {
        Some(b' ') => (&input[1..], false, true),
        Some(b'-') => (&input[1..], true, false),
        _ => (input, false, false),
    };
    if let [first, second, ..] = *r.as_bytes()
        && second.is_ascii_alphabetic()
        && PERCENT_SECOND[usize::from(first.to_ascii_lowercase())]
            & (1 << (second.to_ascii_lowercase() - b'a'))
            == 0
    {
        // No percent word starts with these two letters (any case).
        return Err(nom::Err::Error(()));
    }
    // Only the entries whose first two bytes can be the text's (in table order: the first that
    // fits wins, as over the whole table).
    for &(w, unit) in percent_candidates(r.as_bytes()) {
        let Ok((rest, written)) = ascii_ci(w)(r) else {
            continue;
        };
        if w.as_bytes()[0].is_ascii_alphabetic() && word_end(rest).is_err() {
            continue;
        }
        if hyphen && !w.as_bytes()[0].is_ascii_alphabetic() {
            continue;
        }
        if space
            && written.bytes().all(|c| c.is_ascii_uppercase())
            && NAME_LIKE_PERCENT_ABBREVIATIONS.contains(&w)
        {
            return Err(nom::Err::Error(()));
        }
        return Ok((rest, percent_unit(unit)));
    }
    Err(nom::Err::Error(()))
}

/// The [`PERCENT_WORDS`] entries that may be written at the start of `r`, in table order: by
/// its first byte (any ASCII case) and, when the second is an ASCII letter, that letter (any
/// case); a one-byte entry stays a candidate whatever follows it. An entry left out differs
/// from the text in one of its first two bytes.
fn percent_candidates(r: &[u8]) -> &'static [PercentEntry] {
    let Some(&first) = r.first() else {
        return &[];
    };
    let second = match r.get(1) {
        Some(c) if c.is_ascii_alphabetic() => usize::from(c.to_ascii_lowercase() - b'a'),
        _ => 26,
    };
    PERCENT_BY_PAIR[usize::from(first.to_ascii_lowercase())][second].as_slice()
}

/// A [`PERCENT_WORDS`] entry.
type PercentEntry = (&'static str, PercentKind);

/// See [`percent_candidates`]: per lower-cased first byte, per second letter (26: any other
/// byte or none), the entries in table order.
static PERCENT_BY_PAIR: LazyLock<Vec<Vec<Vec<PercentEntry>>>> = LazyLock::new(|| {
    let mut t = vec![vec![Vec::new(); 27]; 256];
    for &(w, unit) in PERCENT_WORDS {
        let b = w.as_bytes();
        let first = usize::from(b[0].to_ascii_lowercase());
        for (second, slot) in t[first].iter_mut().enumerate() {
            let fits = match b.get(1) {
                // A one-byte entry fits before anything.
                None => true,
                Some(c) if c.is_ascii_alphabetic() => {
                    second == usize::from(c.to_ascii_lowercase() - b'a')
                }
                // A second byte that is no letter is read in the "other" slot only.
                Some(_) => second == 26,
            };
            if fits {
                slot.push((w, unit));
            }
        }
    }
    t
});

/// By the lower-cased first byte of a [`PERCENT_WORDS`] entry, a bit per lower-case ASCII
/// letter that may follow it: the entry's second letter, or every letter after a one-byte sign
/// (`%`), which needs no word end.
static PERCENT_SECOND: LazyLock<[u32; 256]> = LazyLock::new(|| {
    let mut t = [0_u32; 256];
    for &(w, _) in PERCENT_WORDS {
        let b = w.as_bytes();
        let slot = &mut t[usize::from(b[0].to_ascii_lowercase())];
        match b.get(1) {
            Some(&c) if c.is_ascii_alphabetic() => *slot |= 1 << (c.to_ascii_lowercase() - b'a'),
            None if !b[0].is_ascii_alphabetic() => *slot |= (1 << 26) - 1,
            _ => {}
        }
    }
    t
});

/// How a unit is set off from its number.
#[derive(Clone, Copy, PartialEq, Eq)]
enum UnitSep {
    /// Touching it (`100t`).
    Touching,
    /// After one space (`5 tonnes`).
    Space,
    /// After a hyphen (`6-mile`).
    Hyphen,
    /// In brackets after a space (`20 (kg)`).
    Bracketed,
}

/// A unit after a number: touching, after a space or a hyphen, or in brackets.
fn unit_after(input: &str) -> Res<'_, Unit> {
    alt((
        unit_alias(UnitSep::Touching),
        preceded(char(' '), unit_alias(UnitSep::Space)),
        preceded(char('-'), unit_alias(UnitSep::Hyphen)),
        bracketed_unit,
    ))
    .parse(input)
}

/// ` (kg)`, ` [t]`: a unit in matching brackets after a space.
fn bracketed_unit(input: &str) -> Res<'_, Unit> {
    let (r, _) = char(' ').parse(input)?;
    let &open = r.as_bytes().first().ok_or(nom::Err::Error(()))?;
    let &(_, close) = UNIT_BRACKETS
        .iter()
        .find(|&&(o, _)| o == open)
        .ok_or(nom::Err::Error(()))?;
    let (r, unit) = unit_alias(UnitSep::Bracketed)(&r[1..])?;
    let (r, _) = char(char::from(close)).parse(r)?;
    Ok((r, unit))
}

/// The longest unit alias at the start of the input that may be written with `sep`: exact
/// case where the table says so, ending at a word boundary (CJK units need none); a
/// touching-only letter (`m`, `t`) after a space only between numbers or at a clause end
/// (`1 m x 1 m`).
fn unit_alias(sep: UnitSep) -> impl Fn(&str) -> Res<'_, Unit> {
    move |tail: &str| {
        let &first = tail.as_bytes().first().ok_or(nom::Err::Error(()))?;
        if let Some(&second) = tail.as_bytes().get(1)
            && second.is_ascii_alphabetic()
            && UNIT_SECOND[usize::from(first)] & (1 << (second.to_ascii_lowercase() - b'a')) == 0
        {
            // No alias of this first byte has this second letter (and a one-letter alias
            // cannot stand before a letter): one bit instead of every candidate.
            return Err(nom::Err::Error(()));
        }
        let mut best: Option<(usize, Unit)> = None;
        for &(alias, code, fit) in unit_candidates(first) {
            let written = match fit {
                Fit::Loose => ascii_ci(alias)(tail).is_ok(),
                Fit::Case | Fit::Touch => tail.starts_with(alias),
            };
            if !written {
                continue;
            }
            let rest = &tail[alias.len()..];
            if alias.as_bytes()[0].is_ascii()
                && (word_end(rest).is_err() || rest.starts_with(char::is_alphanumeric))
            {
                continue;
            }
            if fit == Fit::Touch && matches!(sep, UnitSep::Space | UnitSep::Hyphen) {
                let clause_or_number = rest.is_empty()
                    || rest.starts_with(['.', ',', ';', ')'])
                    || SPACED_METRE_FOLLOWERS.iter().any(|f| {
                        rest.starts_with(f)
                            && (f.ends_with(' ') || word_end(&rest[f.len()..]).is_ok())
                    })
                    || SPACED_UNIT_JOINS.iter().any(|j| {
                        rest.strip_prefix(j)
                            .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
                    })
                    || rest.starts_with(' ') && rest[1..].starts_with(|c: char| c.is_ascii_digit());
                if sep == UnitSep::Hyphen || !clause_or_number {
                    continue;
                }
            }
            if best.is_none_or(|(l, _)| alias.len() > l)
                && let Some(unit) = Unit::from_code(code)
            {
                best = Some((alias.len(), unit));
            }
        }
        best.map(|(l, u)| (&tail[l..], u))
            .ok_or(nom::Err::Error(()))
    }
}

/// By the first byte of a unit alias, a bit per lower-case ASCII letter that is the second
/// byte (either case) of an alias of two bytes or more ([`unit_alias`]'s first refusal).
static UNIT_SECOND: LazyLock<[u32; 256]> = LazyLock::new(|| {
    let mut t = [0_u32; 256];
    for first in 0..=255_u8 {
        for &(alias, _, _) in unit_candidates(first) {
            if let Some(&c) = alias.as_bytes().get(1)
                && c.is_ascii_alphabetic()
            {
                t[usize::from(first)] |= 1 << (c.to_ascii_lowercase() - b'a');
            }
        }
    }
    t
});

/// A CJK currency word touching its number, with the power of ten it carries: `亿元`, `円`.
fn cjk_money(input: &str) -> Res<'_, (Currency, Option<Decimal>)> {
    let &c0 = input
        .as_bytes()
        .first()
        .filter(|&&c| c >= 0x80)
        .ok_or(nom::Err::Error(()))?;
    cjk_suffix_candidates(c0)
        .iter()
        .find_map(|&(w, code, p)| {
            let rest = input.strip_prefix(w)?;
            let c = Currency::from_code(code)?;
            Some((rest, (c, (p > 0).then(|| Decimal::from(10_i64.pow(p))))))
        })
        .ok_or(nom::Err::Error(()))
}

/// A currency symbol after a number (`€`, `₾`, a lone `$`), not a letter symbol, a qualified
/// dollar or a symbol touching a number after it.
fn symbol_after(input: &str) -> Res<'_, Cur> {
    let &c0 = input
        .as_bytes()
        .first()
        .filter(|c| !c.is_ascii_alphanumeric())
        .ok_or(nom::Err::Error(()))?;
    for &(sym, c) in symbols_starting_with(c0) {
        let Some(rest) = input.strip_prefix(sym) else {
            continue;
        };
        if !sym.as_bytes()[0].is_ascii_alphabetic()
            && (sym == DOLLAR_SIGN || !sym.contains(DOLLAR_SIGN))
            && !rest.starts_with(|c: char| c.is_ascii_digit())
            && let Some(c) = Cur::of(c)
        {
            return Ok((rest, c));
        }
    }
    Err(nom::Err::Error(()))
}

/// A run of ASCII letters, digits and `_`: a code-like token.
fn code_token(input: &str) -> Res<'_, &str> {
    take_while(|c: char| c.is_ascii_alphanumeric() || c == '_').parse(input)
}

/// An ISO 4217 code (`USD`), with an unambiguous scale word after it (`75 USD million`).
fn iso_code_after(input: &str) -> Res<'_, (Currency, Option<Decimal>)> {
    let (rest, c) = map_opt(verify(code_token, |w: &str| w.len() == 3), from_code).parse(input)?;
    match scale_prefix(rest) {
        Some(s) if !s.ambiguous && s.len > 1 => Ok((&rest[s.len..], (c, Some(s.factor)))),
        _ => Ok((rest, (c, None))),
    }
}

/// Millions of a currency: `MUSD`.
fn million_code(input: &str) -> Res<'_, (Currency, Option<Decimal>)> {
    let (rest, c) = map_opt(verify(code_token, |w: &str| w.len() == 4), |w: &str| {
        w.strip_prefix(MILLION_CODE_PREFIX).and_then(from_code)
    })
    .parse(input)?;
    Ok((rest, (c, Some(Decimal::from(1_000_000)))))
}

/// A currency name of up to three words (`dollars`, `us dollars`, `hong kong dollars`), any
/// case: the longest listed under its first word. A weak name (`pounds`) is money only when
/// `strong`.
fn currency_name(strong: bool) -> impl Fn(&str) -> Res<'_, (Cur, Sub)> {
    move |input: &str| {
        let err = || nom::Err::Error(());
        // The run of letters and dots, looked at up to one byte past the longest allowed.
        let n = input
            .as_bytes()
            .iter()
            .take(13)
            .take_while(|&&c| c.is_ascii_alphabetic() || c == b'.')
            .count();
        if n == 0 || n > 12 {
            return Err(err());
        }
        let run = input.get(..n).ok_or_else(err)?;
        let word = run.trim_end_matches('.');
        let mut buf = [0u8; 32];
        let first = finnews_core::tables::ascii_lower(word, &mut buf).ok_or_else(err)?;
        let &c0 = first.as_bytes().first().ok_or_else(err)?;
        if NAME_GATE[usize::from(c0)] & (1 << first.len()) == 0 {
            return Err(err());
        }
        if let [x @ b'a'..=b'z', y @ b'a'..=b'z', ..] = *first.as_bytes()
            && NAME_PAIR_GATE[usize::from(x - b'a')][usize::from(y - b'a')] & (1 << first.len())
                == 0
        {
            // No first word of a name starts with these two letters at this length.
            return Err(err());
        }
        for &(name, c, sub) in NAMES_BY_FIRST.get(first).ok_or_else(err)? {
            if let Ok((rest, _)) = terminated(ascii_ci(name), word_end).parse(input) {
                if sub == Sub::Weak && !strong {
                    return Err(err());
                }
                return Ok((rest, (c, sub)));
            }
        }
        Err(err())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn the_token_walk_finds_what_the_byte_walk_finds() {
        let text = "Net rose to 5.93\nmln dlrs from a penny, up 7.7 pct; one third of the\n\n  \
                    shares (about 1,200) rose .5 per cent of 40 to a third straight year, \
                    RMB3.5tn and 3,989.5亿元 or 百分之八 at www.x.com/12 on 5/17.";
        let options = Options::default();
        let tokens = finnews_core::lexer::lex(text);
        let found = extract_with_tokens(text, &tokens, &options);
        assert!(found.len() >= 8, "{found:?}");
        assert_eq!(found, by_bytes(text, &options));
    }

    #[test]
    fn words_passed_over_by_their_classes_start_nothing() {
        // Near misses of numeral and percent words (which the numeral prefilter lets through,
        // but no table lists), glued to digits, signs and URLs: the token walk passes over
        // them by one bit (and checks, in debug builds, that the step finds nothing there).
        let text = "Twx 5 twe3 thirx, fivex% Sevens 2 Perx cent of 4, percentx of 7, halx a \
                    point, quartet 3 mln, aa 12, ann 7 dlrs, twoé 4 at www.twx.com/5-percent, \
                    A320 9 yen, rose0,000 twx0,000 sixt-4 and Ones 3; Thirds 5, an 8 and a third 9, \
                    twx(@0 万, rose(@1 万, halx@2 mln";
        let options = Options::default();
        let tokens = finnews_core::lexer::lex(text);
        let found = extract_with_tokens(text, &tokens, &options);
        assert!(found.len() >= 6, "{found:?}");
        assert_eq!(found, by_bytes(text, &options));
    }

    #[test]
    fn word_classes_from_tokens_agree_with_lookups() {
        // Articles and numeral words in every case, before plain words, numerals and sub-units:
        // the classes the token walk takes from the lexer's entries (checked against a lookup
        // in debug builds) give what the byte walk finds.
        let text = "A year on, AN eight-fold rise: a hundred cars, an Eighth, A penny, \
                    a quarter point and TWENTY-ONE firms; a Third straight year, an apple.";
        let options = Options::default();
        let tokens = finnews_core::lexer::lex(text);
        let found = extract_with_tokens(text, &tokens, &options);
        let texts: Vec<&str> = found.iter().map(|q| q.text).collect();
        assert!(texts.contains(&"a hundred"), "{texts:?}");
        assert!(texts.contains(&"TWENTY-ONE"), "{texts:?}");
        assert!(!texts.iter().any(|t| t.starts_with("A year")), "{texts:?}");
        assert_eq!(found, by_bytes(text, &options));
    }

    #[test]
    fn a_count_before_plural_model_numbers_keeps_its_count() {
        // `12 757s`: twelve aircraft of a model; the model number itself is no quantity.
        let options = Options::default();
        let found = extract("The carrier leases 12 757s and 3 A300s.", &options);
        let texts: Vec<&str> = found.iter().map(|q| q.text).collect();
        assert_eq!(texts, ["12", "3"]);
    }

    #[test]
    fn a_word_glued_to_letters_beyond_ascii_starts_nothing() {
        // `Onدsecond` is one word to the lexer: its ASCII tail is no ordinal, whichever walk
        // reads it (the token walk skips the word, the byte walk must agree).
        for text in [
            "Onدsecond quarter",
            "Onدsecond, quarter",
            "Éthree. x",
            "в2second",
        ] {
            let options = Options::default();
            let tokens = finnews_core::lexer::lex(text);
            let found = extract_with_tokens(text, &tokens, &options);
            assert_eq!(found, by_bytes(text, &options), "{text}");
            assert!(
                found
                    .iter()
                    .all(|q| !q.text.contains("second") && !q.text.contains("three")),
                "{text}: {found:?}"
            );
        }
        // After a CJK character a word still starts: `在second` reads as in mixed text.
        let found = by_bytes("第二位、second quarter", &Options::default());
        assert!(found.iter().any(|q| q.text == "second"), "{found:?}");
    }

    #[test]
    fn whole_numbers_by_remainder_agree_with_fract() {
        for t in [
            "2.3",
            "2.0",
            "-4.00",
            "0.001",
            "1000.000",
            "7",
            "-0.5",
            "12345678901234567890.10",
            "79228162514264337593543950335",
            "0.0000000000000000000000000001",
            "1.0000000000000000000000000000",
        ] {
            let v: Decimal = t.parse().unwrap();
            assert_eq!(is_whole(v), v.fract().is_zero(), "{t}");
        }
    }

    #[test]
    fn the_byte_gates_rest_on_their_tables() {
        // `sign_before` skips the signs after a space, `read` the CJK marks after an ASCII byte.
        assert!(MINUS_SIGNS.iter().all(|s| !s.ends_with(' ')));
        let cjk = CJK_DATE_CHARS.iter().chain(CJK_TENTHS).chain(CJK_DISCOUNT);
        assert!(cjk.copied().all(|c| !c.is_ascii()));
        // The URL markers are found anywhere in a text, and a text without them is free.
        assert!(url_free(b"rose 5 pct to 1,2.3 in www"));
        assert!(!url_free(b"see www.x.com/5 now") && !url_free(b"a@b 5") && !url_free(b"x://5"));
    }

    #[test]
    fn percent_candidates_keep_every_entry_that_can_match() {
        let mut texts: Vec<String> = PERCENT_WORDS
            .iter()
            .flat_map(|(w, _)| [w.to_string(), w.to_ascii_uppercase(), format!("{w} rise")])
            .collect();
        texts.extend(
            [
                "p", "pc", "Pct.", "bp,", "b", "%", "％x", "per", "PERcent", "é", "", "9", "pé",
            ]
            .map(str::to_owned),
        );
        for t in &texts {
            let all = PERCENT_WORDS
                .iter()
                .find(|(w, _)| ascii_ci(w)(t).is_ok())
                .map(|e| e.0);
            let some = percent_candidates(t.as_bytes())
                .iter()
                .find(|(w, _)| ascii_ci(w)(t).is_ok())
                .map(|e| e.0);
            assert_eq!(all, some, "{t}");
        }
    }

    #[test]
    fn tokens_of_another_text_do_not_panic() {
        let options = Options::default();
        let other = finnews_core::lexer::lex("pour 5 one trois € 12 万 and a half more words");
        for text in ["", "5", "é 3 mln", "一万 5%", "a b"] {
            let _ = extract_with_tokens(text, &other, &options);
        }
    }

    proptest! {
        #[test]
        fn token_walk_equals_byte_walk(
            words in proptest::collection::vec(
                "(one|a|an|first|third|half|per|cent|percent|of|pct|the|rose|mln|dlrs|yen|RMB|USD|\
                  twx|thirx|halx|perx|ones|thirds|quartet|aa|ann|A320|sixt|\
                  \\$|€|£|%|万|亿|百分之|第|[0-9]{1,4}|[0-9],[0-9]{3}|[0-9]\\.[0-9]|\\.5|\\(|\\)|,|\\.|\
                  -|/|:|@|www|\\n|\\n\\n|  \\n|\\t|\\n- |\\n1\\. )",
                0..40,
            ),
            glue in proptest::collection::vec(proptest::bool::ANY, 40),
        ) {
            let mut text = String::new();
            for (k, w) in words.iter().enumerate() {
                if k > 0 && !glue[k % glue.len()] {
                    text.push(' ');
                }
                text.push_str(w);
            }
            let options = Options::default();
            let tokens = finnews_core::lexer::lex(&text);
            prop_assert_eq!(extract_with_tokens(&text, &tokens, &options), by_bytes(&text, &options));
        }
    }
}
