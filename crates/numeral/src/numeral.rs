//! The numeral grammar, as nom parsers over `&str`: digits with group separators and decimals
//! (ASCII and full-width), English number words with `and` and hyphens, ordinals, fractions,
//! scale words and CJK numerals. nom stays inside: the public functions take and return plain
//! values. Every word comes from [`finnews_core::tables::numbers`].

use finnews_core::tables::numbers::{
    CJK_ORDINAL_PREFIX, CONNECTIVES, CjkNumeral, Connective, DIGITS_PLURAL_SUFFIX, FRACTION_OF_A,
    FRACTION_WORDS, NUMBER_WORDS, NumberWord as Word, NumeralClass, ORDINAL_SUFFIXES,
    ORDINAL_WORDS, ScaleWord, cjk_numeral, scale_candidates, scale_may_start, vulgar_fraction,
};
use nom::branch::alt;
use nom::bytes::complete::{tag, tag_no_case, take_while_m_n, take_while1};
use nom::character::complete::{anychar, char, satisfy};
use nom::combinator::{cut, map_opt, not, opt, peek, recognize, verify};
use nom::multi::fold_many_m_n;
use nom::sequence::{pair, preceded};
use nom::{IResult, Parser};
use rust_decimal::Decimal;

use crate::error::{Error, ErrorKind};

/// The result of an internal parser: the rest of the input, or a failure that carries nothing
/// (positions are computed from the rest).
type Res<'a, O> = IResult<&'a str, O, ()>;

/// Bytes consumed from `input` when `rest` is left.
fn used(input: &str, rest: &str) -> usize {
    input.len() - rest.len()
}

/// A numeral read from the start of a text.
///
/// # Example
///
/// ```
/// use finnews_numeral::{cardinal_prefix, NumeralForm};
/// let n = cardinal_prefix("700,000 people").unwrap();
/// assert_eq!(n.value, 700_000.into());
/// assert_eq!(n.len, "700,000".len());
/// assert_eq!(n.form, NumeralForm::Digits);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Numeral {
    /// The exact value.
    pub value: Decimal,
    /// How many bytes of the text the numeral covers.
    pub len: usize,
    /// How it was written.
    pub form: NumeralForm,
}

/// How a numeral was written.
///
/// # Example
///
/// ```
/// use finnews_numeral::{cardinal_prefix, NumeralForm};
/// assert_eq!(cardinal_prefix("12").unwrap().form, NumeralForm::Digits);
/// assert_eq!(cardinal_prefix("twelve").unwrap().form, NumeralForm::Words);
/// assert_eq!(cardinal_prefix("十二").unwrap().form, NumeralForm::Cjk);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum NumeralForm {
    /// ASCII or full-width digits, with optional separators and decimal point.
    Digits,
    /// English number words (`twenty-eight`).
    Words,
    /// CJK numerals (`三千九百`).
    Cjk,
}

/// A scale word read after a number: `million`, `bn`, `k`, `lakh`, `亿`, `万亿`.
///
/// # Example
///
/// ```
/// use rust_decimal::Decimal;
/// let s = finnews_numeral::scale_prefix(" billion yuan").unwrap();
/// assert_eq!(s.factor, Decimal::from(1_000_000_000_u64));
/// assert_eq!(s.len, " billion".len());
/// assert!(!s.ambiguous);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Scale {
    /// The multiplier (`1000000` for `million`).
    pub factor: Decimal,
    /// Its power of ten (`6` for `million`).
    pub power: u32,
    /// Bytes covered, leading spaces included.
    pub len: usize,
    /// `true` for a letter that is a scale only in context: lower-case `m` is million in `$5m`
    /// but metres in `5m deep`.
    pub ambiguous: bool,
}

/// Whether `n / d` is a terminating decimal (the reduced denominator has only factors 2, 5).
fn terminates(n: Decimal, d: Decimal) -> bool {
    let (Some(nn), Some(dd)) = (int_of(n), int_of(d)) else {
        return true;
    };
    let gcd = {
        let (mut a, mut b) = (nn, dd);
        while b != 0 {
            (a, b) = (b, a % b);
        }
        a
    };
    if gcd == 0 {
        return true;
    }
    let mut r = dd / gcd;
    while r % 2 == 0 {
        r /= 2;
    }
    while r % 5 == 0 {
        r /= 5;
    }
    r == 1
}

/// A non-negative integer decimal (after scaling out its fraction) as `u128`, with the
/// fraction's power of ten folded in: `n` and `d` are compared as a ratio, so both are
/// scaled alike by the caller's exactness only when integral.
fn int_of(x: Decimal) -> Option<u128> {
    let x = x.abs().normalize();
    if !is_integer(x) {
        return None;
    }
    u128::try_from(x.mantissa()).ok()
}

/// `n / d`, rounded to 15 significant digits when the quotient does not terminate (`1/3`).
fn divide(n: Decimal, d: Decimal) -> Option<Decimal> {
    let q = n.checked_div(d)?;
    if terminates(n, d) {
        return Some(q.normalize());
    }
    let int_digits = {
        let mut k = 0u32;
        let mut x = q.abs().trunc();
        while !x.is_zero() {
            x = (x / Decimal::TEN).trunc();
            k += 1;
        }
        k
    };
    let dp = if int_digits == 0 {
        // Leading zeros after the point do not count.
        let mut z = 0u32;
        let mut x = q.abs();
        while x < Decimal::new(1, 1) && z < 20 {
            x *= Decimal::TEN;
            z += 1;
        }
        15 + z
    } else {
        15_u32.saturating_sub(int_digits)
    };
    Some(q.round_dp(dp).normalize())
}

/// Divides `n` by `d` (public so callers reading `3/4` round the same way).
///
/// # Example
///
/// ```
/// use rust_decimal::Decimal;
/// let third = finnews_numeral::fraction(Decimal::ONE, Decimal::from(3)).unwrap();
/// assert_eq!(third.to_string(), "0.333333333333333");
/// assert_eq!(finnews_numeral::fraction(Decimal::ONE, Decimal::from(4)).unwrap().to_string(), "0.25");
/// ```
#[must_use]
pub fn fraction(n: Decimal, d: Decimal) -> Option<Decimal> {
    if d.is_zero() {
        return None;
    }
    divide(n, d)
}

fn pow10(p: u32) -> Decimal {
    Decimal::from(10_i64.pow(p.min(18)))
}

/// Reads a cardinal numeral from the start of `text`: the longest one that starts there.
///
/// Digits (`2,316`, `1 800`, `12,34,567`, `.5`, full-width `１２３`) stop before any scale word
/// (`3 billion` reads `3`: see [`scale_prefix`] and [`number_prefix`]); English number words
/// (`two hundred and five`, `a dozen`, `twenty-one trillion`, `three quarters`) and CJK numerals
/// (`三千九百八十九点五`, `一万二千`, `两亿`) are read whole.
///
/// Returns `None` when `text` does not start with a numeral.
///
/// # Example
///
/// ```
/// use rust_decimal::Decimal;
/// let n = finnews_numeral::cardinal_prefix("12.99% up").unwrap();
/// assert_eq!(n.value, Decimal::new(1299, 2));
/// assert_eq!(n.len, 5);
/// assert_eq!(finnews_numeral::cardinal_prefix("twenty-eight days").unwrap().value, 28.into());
/// assert!(finnews_numeral::cardinal_prefix("up 12").is_none());
/// ```
#[must_use]
pub fn cardinal_prefix(text: &str) -> Option<Numeral> {
    cardinal(text).ok().map(|(_, n)| n)
}

/// [`cardinal_prefix`] as Japanese reads a CJK numeral: a digit after the last unit counts
/// ones (`九百九` is 909, `一万三` is 10003), where Chinese counts it in the next unit down (990,
/// 13000). Everything else reads as [`cardinal_prefix`] reads it.
///
/// # Example
///
/// ```
/// use finnews_numeral::{cardinal_prefix, cardinal_prefix_ja};
/// assert_eq!(cardinal_prefix_ja("八百一円").unwrap().value, 801.into());
/// assert_eq!(cardinal_prefix("八百一").unwrap().value, 810.into());
/// assert_eq!(cardinal_prefix_ja("三千五百").unwrap().value, 3500.into());
/// ```
#[must_use]
pub fn cardinal_prefix_ja(text: &str) -> Option<Numeral> {
    cardinal_prefix(text).map(|n| japanese_tail(text, n))
}

/// A CJK numeral `n` read from the start of `text`, its last digit after a unit counted in ones
/// (see [`cardinal_prefix_ja`]); any other numeral unchanged.
#[must_use]
pub fn japanese_tail(text: &str, n: Numeral) -> Numeral {
    if n.form != NumeralForm::Cjk {
        return n;
    }
    let mut back = text
        .get(..n.len)
        .unwrap_or_default()
        .chars()
        .rev()
        .filter(|&c| c != ' ');
    let (Some(CjkNumeral::Digit(d @ 1..)), Some(CjkNumeral::Small(p) | CjkNumeral::Big(p))) = (
        back.next().and_then(cjk_numeral),
        back.next().and_then(cjk_numeral),
    ) else {
        return n;
    };
    if p < 2 {
        return n;
    }
    let d = Decimal::from(d);
    let value = d
        .checked_mul(pow10(p - 1))
        .and_then(|elided| n.value.checked_sub(elided))
        .and_then(|v| v.checked_add(d));
    match value {
        Some(value) => Numeral { value, ..n },
        None => n,
    }
}

/// [`cardinal_prefix`] as a nom parser: digits, number words, a vulgar fraction or a CJK
/// numeral, whichever the first character allows.
fn cardinal(input: &str) -> Res<'_, Numeral> {
    let first = *input.as_bytes().first().ok_or(nom::Err::Error(()))?;
    if first.is_ascii_alphabetic() {
        let (value, len) = words(input, false).ok_or(nom::Err::Error(()))?;
        return Ok((
            &input[len..],
            Numeral {
                value,
                len,
                form: NumeralForm::Words,
            },
        ));
    }
    if first.is_ascii() {
        return digits(input);
    }
    // One look at the first character picks the one parser that can start there: callers such
    // as the date grammar ask at every CJK character, most of which start no numeral.
    let c = input.chars().next().ok_or(nom::Err::Error(()))?;
    if digit_value(c).is_some() || c == '．' {
        digits(input)
    } else if vulgar_fraction(c).is_some() {
        vulgar(input)
    } else if cjk_numeral(c).is_some() {
        cjk(input)
    } else {
        Err(nom::Err::Error(()))
    }
}

/// A Unicode vulgar fraction (`½`).
fn vulgar(input: &str) -> Res<'_, Numeral> {
    let (rest, (n, d)) = map_opt(anychar, vulgar_fraction).parse(input)?;
    let value = divide(Decimal::from(n), Decimal::from(d)).ok_or(nom::Err::Error(()))?;
    Ok((
        rest,
        Numeral {
            value,
            len: used(input, rest),
            form: NumeralForm::Digits,
        },
    ))
}

/// Reads an ordinal numeral (`5th`, `31st`, `second`, `twenty-first`, `第五`) from the start of
/// `text`.
///
/// # Example
///
/// ```
/// let n = finnews_numeral::ordinal_prefix("5th Summit").unwrap();
/// assert_eq!(n.value, 5.into());
/// assert_eq!(n.len, 3);
/// assert_eq!(finnews_numeral::ordinal_prefix("twenty-first century").unwrap().value, 21.into());
/// assert_eq!(finnews_numeral::ordinal_prefix("第五届").unwrap().value, 5.into());
/// assert!(finnews_numeral::ordinal_prefix("5 th").is_none());
/// ```
#[must_use]
pub fn ordinal_prefix(text: &str) -> Option<Numeral> {
    let first = *text.as_bytes().first()?;
    if first.is_ascii_alphabetic() {
        if !ordinal_word_ahead(text) {
            // Most number words read here are cardinals (`two companies`): the walk below would
            // add them up and stop with no ordinal.
            debug_assert!(words(text, true).is_none(), "ordinal gate refused {text:?}");
            return None;
        }
        words(text, true).map(|(value, len)| Numeral {
            value,
            len,
            form: NumeralForm::Words,
        })
    } else {
        alt((digit_ordinal, cjk_ordinal))
            .parse(text)
            .ok()
            .map(|(_, n)| n)
    }
}

/// How many words [`ordinal_word_ahead`] reads before it leaves the answer to the parser.
const ORDINAL_LOOKAHEAD_WORDS: usize = 8;

/// Whether the words from the start of `text` may reach an ordinal word: the ordinal reading of
/// [`words`] walks from word to word (through [`sep`]) only while each word is in a numeral
/// table, and ends with an ordinal only at an ordinal word. False when the walk meets a word in
/// no numeral table (or no word) before any ordinal word; true at an ordinal word or after
/// [`ORDINAL_LOOKAHEAD_WORDS`] listed words (the bound keeps every call short). No arithmetic:
/// one table look per word.
fn ordinal_word_ahead(text: &str) -> bool {
    let mut pos = 0;
    for _ in 0..ORDINAL_LOOKAHEAD_WORDS {
        let Some((wend, w)) = word_at(text, pos) else {
            return false;
        };
        if w.ordinal().is_some() {
            return true;
        }
        if w.class.is_empty() {
            return false;
        }
        let Some(p) = word_sep(text, wend) else {
            return false;
        };
        pos = p;
    }
    true
}

/// Whether `v` has no fractional part: at once when it is written with no decimal places (most
/// numbers), else by its fraction.
#[inline]
fn is_integer(v: Decimal) -> bool {
    v.scale() == 0 || v.fract().is_zero()
}

/// Whole digits and a suffix that is not followed by a letter or digit: `5th`, `31st`.
fn digit_ordinal(input: &str) -> Res<'_, Numeral> {
    let (_, _) = peek(digit).parse(input)?;
    let (rest, n) = verify(digits, |n: &Numeral| {
        is_integer(n.value) && !n.value.is_sign_negative()
    })
    .parse(input)?;
    let (rest, _) = ordinal_suffix(rest)?;
    Ok((
        rest,
        Numeral {
            len: used(input, rest),
            ..n
        },
    ))
}

/// One of the ordinal suffixes, any case, with no letter or digit after it.
fn ordinal_suffix(input: &str) -> Res<'_, &str> {
    for s in ORDINAL_SUFFIXES {
        if let Ok((rest, m)) = tag_no_case::<_, _, ()>(*s).parse(input)
            && not(satisfy::<_, _, ()>(char::is_alphanumeric))
                .parse(rest)
                .is_ok()
        {
            return Ok((rest, m));
        }
    }
    Err(nom::Err::Error(()))
}

/// `第` and a whole cardinal: `第五`, `第12`.
fn cjk_ordinal(input: &str) -> Res<'_, Numeral> {
    // After `第` a whole cardinal must follow: no other reading is tried.
    let (rest, n) = preceded(
        char(CJK_ORDINAL_PREFIX),
        cut(verify(cardinal, |n: &Numeral| is_integer(n.value))),
    )
    .parse(input)?;
    Ok((
        rest,
        Numeral {
            len: used(input, rest),
            form: if n.form == NumeralForm::Digits {
                NumeralForm::Digits
            } else {
                NumeralForm::Cjk
            },
            value: n.value,
        },
    ))
}

/// Parses a whole text as one cardinal numeral.
///
/// # Errors
///
/// [`ErrorKind::ExpectedNumeral`] when the text does not start with a numeral,
/// [`ErrorKind::TrailingInput`] when something follows it.
///
/// # Example
///
/// ```
/// use rust_decimal::Decimal;
/// assert_eq!(finnews_numeral::parse_cardinal("1,800")?, Decimal::from(1800));
/// assert_eq!(finnews_numeral::parse_cardinal("two hundred and five")?, Decimal::from(205));
/// assert!(finnews_numeral::parse_cardinal("1,800 firms").is_err());
/// # Ok::<(), finnews_numeral::Error>(())
/// ```
pub fn parse_cardinal(text: &str) -> Result<Decimal, Error> {
    let n = cardinal_prefix(text).ok_or_else(|| Error::new(0, ErrorKind::ExpectedNumeral))?;
    if n.len != text.len() {
        return Err(Error::new(n.len, ErrorKind::TrailingInput));
    }
    Ok(n.value)
}

/// Reads a scale word (`million`, `bn`, `mln`, `k`, `lakh`, `crore`, `万`, `亿`, `万亿`, `兆`)
/// at the start of `text`, after optional spaces.
///
/// # Example
///
/// ```
/// use rust_decimal::Decimal;
/// assert_eq!(finnews_numeral::scale_prefix("亿元").unwrap().factor, Decimal::from(100_000_000));
/// assert_eq!(finnews_numeral::scale_prefix("bn,").unwrap().len, 2);
/// assert!(finnews_numeral::scale_prefix("m deep").unwrap().ambiguous);
/// assert!(finnews_numeral::scale_prefix(" bond").is_none());
/// ```
#[must_use]
pub fn scale_prefix(text: &str) -> Option<Scale> {
    scale(text).ok().map(|(_, s)| s)
}

/// [`scale_prefix`] as a nom parser: up to four spaces, then the longest scale word that fits.
fn scale(input: &str) -> Res<'_, Scale> {
    // Up to four spaces (bytes: a space is one), then one look at the first byte.
    let n = input.bytes().take(4).take_while(|&c| c == b' ').count();
    let (spaces, rest) = input.split_at(n);
    let &first = rest.as_bytes().first().ok_or(nom::Err::Error(()))?;
    if !scale_may_start(first) {
        return Err(nom::Err::Error(()));
    }
    if let Some(&second) = rest.as_bytes().get(1)
        && second.is_ascii_alphabetic()
        && SCALE_SECOND[usize::from(first)] & (1 << (second.to_ascii_lowercase() - b'a')) == 0
    {
        // No scale word of this first byte has this second letter, and a one-letter one
        // cannot stand before a letter: one bit instead of every candidate.
        return Err(nom::Err::Error(()));
    }
    let fits = |s: &ScaleWord| -> bool {
        // The candidates of a CJK first byte share it: most differ in the second, one
        // comparison before the whole word's.
        let w = s.word.as_bytes();
        if s.exact && w.len() >= 2 && rest.as_bytes().get(1) != Some(&w[1]) {
            return false;
        }
        let Some(head) = rest.get(..s.word.len()) else {
            return false;
        };
        let matched = if s.exact {
            head == s.word
        } else {
            head.eq_ignore_ascii_case(s.word)
        };
        if !matched {
            return false;
        }
        if s.word.as_bytes()[0].is_ascii() {
            // A word ends at a non-letter; a single ambiguous letter touches its number.
            // A dash or other punctuation outside ASCII ends it too (`€2.1bn–€2.3bn`).
            let after = rest.as_bytes().get(s.word.len());
            let word_ends = after.is_none_or(|c| !c.is_ascii_alphanumeric() && *c < 0x80)
                || rest
                    .get(s.word.len()..)
                    .and_then(|r| r.chars().next())
                    .is_some_and(|c| !c.is_ascii() && !c.is_alphanumeric());
            word_ends && (!s.ambiguous || spaces.is_empty())
        } else {
            spaces.len() <= 1
        }
    };
    let s = scale_candidates(first)
        .iter()
        .find(|s| fits(s))
        .ok_or(nom::Err::Error(()))?;
    Ok((
        &rest[s.word.len()..],
        Scale {
            factor: Decimal::from(s.factor),
            power: s.power,
            len: spaces.len() + s.word.len(),
            ambiguous: s.ambiguous,
        },
    ))
}

/// By the first byte of a scale word, a bit per lower-case ASCII letter that is the second
/// byte (either case) of a scale word of two bytes or more ([`scale`]'s first refusal).
static SCALE_SECOND: std::sync::LazyLock<[u32; 256]> = std::sync::LazyLock::new(|| {
    let mut t = [0_u32; 256];
    for first in 0..=255_u8 {
        for s in scale_candidates(first) {
            if let Some(&c) = s.word.as_bytes().get(1)
                && c.is_ascii_alphabetic()
            {
                t[usize::from(first)] |= 1 << (c.to_ascii_lowercase() - b'a');
            }
        }
    }
    t
});

/// Reads a number with its scale words: `154.4 billion`, `3 lakh`, `1.5 crore`, `3,989.5亿`,
/// `4 thousand 3 hundred and 21`, `3 million and a half`. Ambiguous letters (`5m`) are left for
/// the caller to decide (see [`Scale::ambiguous`]).
///
/// # Example
///
/// ```
/// use rust_decimal::Decimal;
/// let n = finnews_numeral::number_prefix("3,989.5亿元").unwrap();
/// assert_eq!(n.value, Decimal::from(398_950_000_000_u64));
/// assert_eq!(n.len, "3,989.5亿".len());
/// assert_eq!(finnews_numeral::number_prefix("5m deep").unwrap().len, 1);
/// ```
#[must_use]
pub fn number_prefix(text: &str) -> Option<Numeral> {
    number_prefix_parts(text).map(|(n, _)| n)
}

/// [`number_prefix`], with the plain cardinal it starts with (what [`cardinal_prefix`] reads
/// at the same place), for callers that need both without parsing twice.
///
/// # Example
///
/// ```
/// use rust_decimal::Decimal;
/// let (whole, plain) = finnews_numeral::number_prefix_parts("2.5 billion yen").unwrap();
/// assert_eq!(whole.value, Decimal::from(2_500_000_000_u64));
/// assert_eq!(plain.value, Decimal::new(25, 1));
/// assert_eq!(plain.len, 3);
/// ```
#[must_use]
pub fn number_prefix_parts(text: &str) -> Option<(Numeral, Numeral)> {
    // Most numbers are plain ASCII digits with no scale word after them: read at once, the
    // same numeral the parsers below make (`chunk` finds no scale, so nothing continues it).
    let fast = if text.as_bytes().first().is_some_and(u8::is_ascii_digit) {
        // What `cardinal` reads at an ASCII digit.
        let (rest, num) = digits(text).ok()?;
        // Neither a space nor a byte a scale word starts with next: no scale (what `scale`
        // answers first, without the call).
        if rest
            .as_bytes()
            .first()
            .is_none_or(|&c| c != b' ' && !scale_may_start(c))
        {
            return Some((num, num));
        }
        let next = scale(rest);
        if next.is_err() {
            return Some((num, num));
        }
        Some(chunk_scales(text, rest, num, next).ok()?)
    } else {
        None
    };
    let (mut rest, first) = match fast {
        Some(c) => c,
        None => chunk(text).ok()?,
    };
    let plain = first.plain;
    let mut value = first.numeral.value;
    let mut power = first.last;
    while let Some((_, limit)) = power {
        // After a CJK scale word a smaller chunk may touch it (`5万4千6百`, `3兆1472億`).
        let cjk_tail = text[..used(text, rest)]
            .chars()
            .next_back()
            .is_some_and(|c| !c.is_ascii());
        if !cjk_tail && !may_continue(rest.as_bytes()) {
            break;
        }
        // `and a half`, `and three quarters` of the last scale.
        if let Ok((r, (fnum, fden, _))) = preceded(and_sep, fraction_parts).parse(rest) {
            let whole = value
                .checked_mul(fden)?
                .checked_add(fnum.checked_mul(limit)?)?;
            value = divide(whole, fden)?;
            rest = r;
            break;
        }
        // `4 thousand 3 hundred`, `2 million and 5 thousand`: a smaller chunk adds (touching
        // after a CJK scale word).
        let smaller = |c: &Chunk| {
            let v = c.numeral.value;
            !v.is_zero() && v < limit && !v.is_sign_negative()
        };
        let next = preceded(
            alt((and_sep, nom::combinator::value((), space_sep))),
            verify(chunk, smaller),
        )
        .parse(rest)
        .or_else(|e| {
            if cjk_tail {
                // `1千零20`: a zero holds the skipped places.
                preceded(opt(char('零')), verify(chunk, smaller)).parse(rest)
            } else {
                Err(e)
            }
        });
        let Ok((r, c)) = next else { break };
        value = value.checked_add(c.numeral.value)?;
        rest = r;
        power = c.last;
    }
    Some((
        Numeral {
            value,
            len: used(text, rest),
            form: first.numeral.form,
        },
        plain,
    ))
}

/// Whether what follows a scaled chunk (`rest`) can go on with ` and ...` or a smaller chunk
/// after spaces: false when no space follows, or when the spaces lead to a word that is in no
/// numeral table (so neither `and` nor a number word) or to an ASCII byte that starts no
/// number. One look instead of three parsers that would each fail (most scaled numbers are
/// followed by a currency or a plain word).
#[inline]
fn may_continue(rest: &[u8]) -> bool {
    let spaces = rest.iter().take_while(|&&c| c == b' ').count();
    if spaces == 0 {
        return false;
    }
    match rest.get(spaces) {
        Some(c) if c.is_ascii_alphabetic() => {
            let n = rest[spaces..]
                .iter()
                .take_while(|c| c.is_ascii_alphabetic())
                .count();
            may_have_class_bytes(&rest[spaces..spaces + n])
        }
        Some(c) if c.is_ascii() => c.is_ascii_digit() || *c == b'.',
        Some(_) => true,
        None => false,
    }
}

/// Every English word the numeral grammar reads (number words, ordinal words, `half`,
/// `quarter`), lower case: the strings a caller's first scan can look for.
///
/// # Example
///
/// ```
/// assert!(finnews_numeral::numeral_words().any(|w| w == "twenty"));
/// assert!(finnews_numeral::numeral_words().any(|w| w == "fifth"));
/// ```
pub fn numeral_words() -> impl Iterator<Item = &'static str> {
    NUMBER_WORDS
        .iter()
        .map(|(w, _)| *w)
        .chain(ORDINAL_WORDS.iter().map(|(w, _)| *w))
        .chain(FRACTION_WORDS.iter().map(|(w, _, _)| *w))
}

/// Whether an ASCII word (any case) is exactly one of the words an English numeral can start
/// with: a number word, an ordinal word (or its plural), `half`, `quarter`, `a`, `an`. Unlike
/// the looser [`is_numeral_word`] filter it has no false positives, so a word it rejects can
/// never start a [`cardinal_prefix`] or [`ordinal_prefix`] match.
///
/// # Example
///
/// ```
/// assert!(finnews_numeral::is_numeral_start("Twenty"));
/// assert!(finnews_numeral::is_numeral_start("fifths"));
/// assert!(!finnews_numeral::is_numeral_start("have"));
/// ```
#[must_use]
pub fn is_numeral_start(word: &str) -> bool {
    if word.is_empty() || word.len() > 16 {
        return false;
    }
    let c = finnews_core::lexicon::lexicon().numeral_class(word.as_bytes());
    c.connective == Some(Connective::Article)
        || c.number.is_some()
        || c.ordinal.is_some()
        || c.fraction.is_some()
}

/// Whether an ASCII word can begin an English numeral (`three`, `twenty`, `a`, `half`,
/// `first`, `fifths`): a cheap test to run before [`cardinal_prefix`] or [`ordinal_prefix`]
/// on words.
///
/// # Example
///
/// ```
/// assert!(finnews_numeral::is_numeral_word("Twenty"));
/// assert!(finnews_numeral::is_numeral_word("first"));
/// assert!(!finnews_numeral::is_numeral_word("the"));
/// ```
#[must_use]
#[inline]
pub fn is_numeral_word(word: &str) -> bool {
    let b = word.as_bytes();
    if b.len() == 1 {
        return b[0].eq_ignore_ascii_case(&b'a');
    }
    if b.len() < 2 || b.len() >= 32 || !b[0].is_ascii_alphabetic() || !b[1].is_ascii_alphabetic() {
        return false;
    }
    let (x, y) = (
        b[0].to_ascii_lowercase() - b'a',
        b[1].to_ascii_lowercase() - b'a',
    );
    NUMERAL_FILTER[usize::from(x)][usize::from(y)] & (1 << b.len()) != 0
}

/// Whether some word an English numeral can start with (those [`is_numeral_word`] lets
/// through) begins with the letters `first` and `second` (any case): a test a caller can make
/// before it has found where a word ends. `false` for anything but two ASCII letters.
///
/// # Example
///
/// ```
/// assert!(finnews_numeral::may_begin_numeral_word(b'T', b'w')); // `twenty`
/// assert!(!finnews_numeral::may_begin_numeral_word(b's', b'a')); // no numeral word
/// ```
#[must_use]
#[inline]
pub fn may_begin_numeral_word(first: u8, second: u8) -> bool {
    if !first.is_ascii_alphabetic() || !second.is_ascii_alphabetic() {
        return false;
    }
    let (x, y) = (
        first.to_ascii_lowercase() - b'a',
        second.to_ascii_lowercase() - b'a',
    );
    NUMERAL_FILTER[usize::from(x)][usize::from(y)] != 0
}

/// For [`is_numeral_word`]: by the first two lower-case letters, a bit per word length of the
/// number, ordinal (and plural ordinal) and fraction words, and `an`. Built at compile time.
static NUMERAL_FILTER: [[u32; 26]; 26] = {
    const fn add(f: &mut [[u32; 26]; 26], b: &[u8], len: usize) {
        if len >= 2 && len < 32 && b[0].is_ascii_lowercase() && b[1].is_ascii_lowercase() {
            f[(b[0] - b'a') as usize][(b[1] - b'a') as usize] |= 1 << len;
        }
    }
    let mut f = [[0u32; 26]; 26];
    let mut k = 0;
    while k < NUMBER_WORDS.len() {
        let w = NUMBER_WORDS[k].0.as_bytes();
        add(&mut f, w, w.len());
        k += 1;
    }
    k = 0;
    while k < ORDINAL_WORDS.len() {
        let w = ORDINAL_WORDS[k].0.as_bytes();
        add(&mut f, w, w.len());
        // The plural (`fifths`).
        add(&mut f, w, w.len() + 1);
        k += 1;
    }
    k = 0;
    while k < FRACTION_WORDS.len() {
        let w = FRACTION_WORDS[k].0.as_bytes();
        add(&mut f, w, w.len());
        k += 1;
    }
    k = 0;
    while k < CONNECTIVES.len() {
        if matches!(CONNECTIVES[k].1, Connective::Article) {
            let w = CONNECTIVES[k].0.as_bytes();
            add(&mut f, w, w.len());
        }
        k += 1;
    }
    f
};

/// For [`may_have_class`]: [`NUMERAL_FILTER`] with every connective (`and`, `point`, `of`)
/// added. Built at compile time.
static CLASS_FILTER: [[u32; 26]; 26] = {
    let mut f = NUMERAL_FILTER;
    let mut k = 0;
    while k < CONNECTIVES.len() {
        let w = CONNECTIVES[k].0.as_bytes();
        if w.len() >= 2 && w.len() < 32 && w[0].is_ascii_lowercase() && w[1].is_ascii_lowercase() {
            f[(w[0] - b'a') as usize][(w[1] - b'a') as usize] |= 1 << w.len();
        }
        k += 1;
    }
    f
};

/// A cardinal followed by unambiguous scale words of rising power.
#[derive(Clone, Copy)]
struct Chunk {
    /// The value with its scales applied, its length and form.
    numeral: Numeral,
    /// The power and factor of its last scale word.
    last: Option<(u32, Decimal)>,
    /// The cardinal alone.
    plain: Numeral,
}

/// A cardinal and its scale words: `154.4 billion`, `3 lakh crore`.
fn chunk(input: &str) -> Res<'_, Chunk> {
    let (rest, n) = cardinal(input)?;
    chunk_scales(input, rest, n, scale(rest))
}

/// [`chunk`] after its cardinal `n` (read from `input`, `rest` after it), given what [`scale`]
/// reads at `rest` (`next`). Inlined in both callers, as the loop was in [`chunk`] (a call here
/// cost the CJK numerals read at every character about 2% more).
#[inline(always)]
fn chunk_scales<'a>(
    input: &'a str,
    mut rest: &'a str,
    n: Numeral,
    mut next: Res<'a, Scale>,
) -> Res<'a, Chunk> {
    let mut value = n.value;
    let mut last: Option<(u32, Decimal)> = None;
    while let Ok((r, s)) = next {
        // Scale words rise (`3 lakh crore`); a CJK one may repeat (`10万万`).
        let repeat = |p: u32| {
            s.power == p
                && rest
                    .trim_start()
                    .as_bytes()
                    .first()
                    .is_some_and(|&b| b >= 0x80)
        };
        if s.ambiguous || last.is_some_and(|(p, _)| s.power < p || (s.power == p && !repeat(p))) {
            break;
        }
        value = value.checked_mul(s.factor).ok_or(nom::Err::Error(()))?;
        rest = r;
        last = Some((s.power, s.factor));
        next = scale(rest);
    }
    Ok((
        rest,
        Chunk {
            numeral: Numeral {
                value,
                len: used(input, rest),
                ..n
            },
            last,
            plain: n,
        },
    ))
}

/// One or more spaces.
fn space_sep(input: &str) -> Res<'_, &str> {
    take_while1(|c| c == ' ').parse(input)
}

/// ` and ` (spaces around `and`, any case).
fn and_sep(input: &str) -> Res<'_, ()> {
    let (rest, _) = (
        space_sep,
        verify(word, |w: &WordToken| {
            w.connective() == Some(Connective::And)
        }),
        space_sep,
    )
        .parse(input)?;
    Ok((rest, ()))
}

// ------------------------------------------------------------------------------------ digits

/// The value of an ASCII or full-width digit.
fn digit_value(c: char) -> Option<u8> {
    match c {
        '0'..='9' => Some(c as u8 - b'0'),
        '０'..='９' => u8::try_from(u32::from(c) - u32::from('０')).ok(),
        _ => None,
    }
}

/// One digit, ASCII or full-width.
fn digit(input: &str) -> Res<'_, u8> {
    map_opt(anychar, digit_value).parse(input)
}

/// A run of digits, possibly empty: how many. Reads bytes (ASCII digits, and the three-byte
/// full-width digits `EF BC 90..99`) rather than decoding characters one by one.
fn digits0(input: &str) -> Res<'_, usize> {
    let b = input.as_bytes();
    let (mut i, mut n) = (0, 0);
    loop {
        match b.get(i) {
            Some(c) if c.is_ascii_digit() => i += 1,
            Some(0xEF)
                if b.get(i + 1) == Some(&0xBC) && matches!(b.get(i + 2), Some(0x90..=0x99)) =>
            {
                i += 3;
            }
            _ => break,
        }
        n += 1;
    }
    Ok((&input[i..], n))
}

/// A run of at least one digit: how many.
fn digit_run(input: &str) -> Res<'_, usize> {
    verify(digits0, |n| *n > 0).parse(input)
}

/// A decimal point, `.` or full-width `．`.
fn point(input: &str) -> Res<'_, char> {
    satisfy(|c| c == '.' || c == '．').parse(input)
}

/// A group separator: its class (0 comma, 1 space).
fn group_sep(input: &str) -> Res<'_, u8> {
    // One character decoded once and matched, not seven parsers tried in turn: this runs after
    // every digit run, in the date grammar too.
    map_opt(anychar, |c| match c {
        ',' | '，' | '、' => Some(0),
        ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}' => Some(1),
        _ => None,
    })
    .parse(input)
}

/// What the groups after the first run look like: how many, all of three digits, all but the
/// last of two, the last one's length.
#[derive(Clone, Copy)]
struct Groups {
    count: usize,
    all_three: bool,
    twos_before_last: bool,
    last: usize,
}

impl Groups {
    fn push(self, n: usize) -> Groups {
        Groups {
            count: self.count + 1,
            all_three: self.all_three && n == 3,
            twos_before_last: self.twos_before_last && (self.count == 0 || self.last == 2),
            last: n,
        }
    }
}

/// Thousands groups after a first run of `first_n` digits (`,234,567`, ` 800`), or Indian
/// groups (`,34,567`): up to eight groups with one kind of separator, kept only when they all
/// fit one pattern.
fn groups(first_n: usize) -> impl FnMut(&str) -> Res<'_, ()> {
    move |input: &str| {
        let (rest, (class, n)) = pair(group_sep, digit_run).parse(input)?;
        let start = Groups {
            count: 0,
            all_three: true,
            twos_before_last: true,
            last: 0,
        }
        .push(n);
        let (rest, g) = fold_many_m_n(
            0,
            7,
            preceded(verify(group_sep, |c| *c == class), digit_run),
            move || start,
            Groups::push,
        )
        .parse(rest)?;
        let indian =
            class == 0 && first_n <= 2 && g.count >= 2 && g.last == 3 && g.twos_before_last;
        // Spaced groups end where a word could: a last group that is a plural name (`15 747s`:
        // fifteen 747s) is no group, and the number ends before the space.
        let plural_name = class == 1
            && rest
                .strip_prefix(DIGITS_PLURAL_SUFFIX)
                .is_some_and(|r| r.chars().next().is_none_or(|c| !c.is_alphanumeric()));
        if (g.all_three || indian) && !plural_name {
            Ok((rest, ()))
        } else {
            Err(nom::Err::Error(()))
        }
    }
}

/// What [`digits`] reads at the start of `b` when it is only ASCII digits, optional comma
/// groups of three after a first run of one to three, and an optional fraction, at most 18
/// digits in all: its length, its digits as an integer and the number of fraction digits.
/// `None` whenever a byte after a run could make the general reading go another way (a space
/// or other separator before a digit, a full-width digit, an irregular group, more groups
/// than it reads): that reading decides then.
#[inline]
fn ascii_digits(b: &[u8]) -> Option<(usize, u64, u32)> {
    let run = |p: usize| ascii_digit_run(b, p);
    // A byte that may start a full-width digit or point, or a CJK or Unicode separator.
    let wide = |p: usize| matches!(b.get(p), Some(0xEF | 0xE3 | 0xC2 | 0xE2));
    let digit_at = |p: usize| b.get(p).is_some_and(|c| c.is_ascii_digit() || *c == 0xEF);
    let n = run(0);
    if n == 0 || n > 18 {
        return None;
    }
    if !matches!(
        b.get(n),
        Some(b',' | b' ' | b'.' | 0xEF | 0xE3 | 0xC2 | 0xE2)
    ) {
        // Nothing after the run can go on with it: the most common case, at once.
        let m = b[..n]
            .iter()
            .fold(0_u64, |m, &c| m * 10 + u64::from(c - b'0'));
        return Some((n, m, 0));
    }
    let mut p = n;
    let mut digits = n;
    if n <= 3 {
        let mut groups = 0;
        while b.get(p) == Some(&b',') && run(p + 1) == 3 && !digit_at(p + 4) {
            groups += 1;
            p += 4;
            digits += 3;
            if groups == 8 {
                return None;
            }
        }
        if matches!(b.get(p), Some(b',' | b' ')) && digit_at(p + 1) {
            // A first group of one digit or of four or more (`1,2.3`, `5 1987`), not carried on
            // by a full-width digit, fits neither groups of three nor Indian groups (whose
            // first is of two): the general reading keeps the run before the separator.
            let m = run(p + 1);
            if groups > 0 || matches!(m, 0 | 2 | 3) || b.get(p + 1 + m) == Some(&0xEF) {
                return None;
            }
            let mantissa = b[..n]
                .iter()
                .fold(0_u64, |m, &c| m * 10 + u64::from(c - b'0'));
            return Some((n, mantissa, 0));
        }
    }
    if wide(p) {
        return None;
    }
    let mut scale = 0;
    if b.get(p) == Some(&b'.') {
        let f = run(p + 1);
        if f > 0 {
            if wide(p + 1 + f) {
                return None;
            }
            digits += f;
            p += 1 + f;
            scale = f;
        } else if digit_at(p + 1) {
            return None;
        }
    }
    if digits > 18 {
        return None;
    }
    let mantissa = b[..p]
        .iter()
        .filter(|c| c.is_ascii_digit())
        .fold(0_u64, |m, &c| m * 10 + u64::from(c - b'0'));
    Some((p, mantissa, u32::try_from(scale).ok()?))
}

/// How many ASCII digits (at most 19) follow byte `p` of `b`.
#[inline(always)]
fn ascii_digit_run(b: &[u8], p: usize) -> usize {
    let mut k = 0;
    while k < 19 && b.get(p + k).is_some_and(u8::is_ascii_digit) {
        k += 1;
    }
    k
}

/// The value of what [`ascii_digits`] read (its bytes `read`, its digits as `mantissa` with
/// `scale` of them after the point).
#[inline]
fn ascii_value(read: &[u8], mantissa: u64, scale: u32) -> Option<Decimal> {
    if scale == 0 && !read.contains(&b',') {
        Some(Decimal::from(mantissa))
    } else {
        Decimal::try_from_i128_with_scale(i128::from(mantissa), scale).ok()
    }
}

/// Digits with optional `,` (or space) thousands groups, Indian groups, and a fraction:
/// `2,316`, `1 800`, `12,34,567`, `3,989.5`, `.5`, `１２３`.
fn digits(input: &str) -> Res<'_, Numeral> {
    if let Some((n, mantissa, scale)) = ascii_digits(input.as_bytes()) {
        // The common case (ASCII digits, comma groups of three, a fraction), decided by the
        // bytes after each run: the same value (digits and scale) the general reading makes.
        let value =
            ascii_value(&input.as_bytes()[..n], mantissa, scale).ok_or(nom::Err::Error(()))?;
        return Ok((
            &input[n..],
            Numeral {
                value,
                len: n,
                form: NumeralForm::Digits,
            },
        ));
    }
    digits_general(input)
}

/// [`digits`] read by the general parsers (what [`ascii_digits`] must agree with).
fn digits_general(input: &str) -> Res<'_, Numeral> {
    let (rest, first_n) = digits0(input)?;
    // The byte after the run says whether a separator or a point can follow: the parsers below
    // run only then (digits are read at every position of CJK text, by the date grammar too).
    // Group separators start with `,`, a space, or the lead bytes of `，`/`、`/NBSP/U+2009/U+202F;
    // a point is `.` or `．` (lead byte 0xEF).
    let next = rest.as_bytes().first().copied();
    let (rest, _) = if (1..=3).contains(&first_n)
        && matches!(next, Some(b',' | b' ' | 0xEF | 0xE3 | 0xC2 | 0xE2))
    {
        opt(groups(first_n)).parse(rest)?
    } else {
        (rest, None)
    };
    let int = &input[..used(input, rest)];
    // `１．2025`: a full-width point after full-width digits, then ASCII digits, is a list
    // marker then a number (a year), not one decimal; `１．５`, `1.5`, `１１.92`, `7.２` are.
    let wide_int = int.chars().next_back().is_some_and(|c| !c.is_ascii());
    let same_width = |r: &str| {
        let mut cs = r.chars();
        !(wide_int && cs.next() == Some('．') && cs.next().is_some_and(|c| c.is_ascii_digit()))
    };
    let (rest, frac) = if matches!(rest.as_bytes().first(), Some(b'.' | 0xEF)) && same_width(rest) {
        opt(preceded(point, recognize(digit_run))).parse(rest)?
    } else {
        (rest, None)
    };
    if used(input, rest) == 0 {
        return Err(nom::Err::Error(()));
    }
    const LIMIT: i128 = 10_i128.pow(28);
    if frac.is_none() && int.len() <= 18 && int.bytes().all(|c| c.is_ascii_digit()) {
        // Plain ASCII digits that fit a `u64` (the common case): the value at once, the same
        // integer (scale 0) the general reading below makes.
        let v = int.bytes().fold(0_u64, |m, c| m * 10 + u64::from(c - b'0'));
        return Ok((
            rest,
            Numeral {
                value: Decimal::from(v),
                len: used(input, rest),
                form: NumeralForm::Digits,
            },
        ));
    }
    let mut mantissa: i128 = 0;
    for d in int.chars().filter_map(digit_value) {
        mantissa = mantissa
            .checked_mul(10)
            .and_then(|m| m.checked_add(i128::from(d)))
            .ok_or(nom::Err::Error(()))?;
    }
    let mut scale: u32 = 0;
    for d in frac
        .into_iter()
        .flat_map(str::chars)
        .filter_map(digit_value)
    {
        if scale < 28
            && let Some(m) = mantissa
                .checked_mul(10)
                .and_then(|m| m.checked_add(i128::from(d)))
            && m < LIMIT
        {
            mantissa = m;
            scale += 1;
        }
    }
    if mantissa >= LIMIT {
        return Err(nom::Err::Error(()));
    }
    let value =
        Decimal::try_from_i128_with_scale(mantissa, scale).map_err(|_| nom::Err::Error(()))?;
    Ok((
        rest,
        Numeral {
            value,
            len: used(input, rest),
            form: NumeralForm::Digits,
        },
    ))
}

// ------------------------------------------------------------------------------------- words

/// An ASCII word read by [`word`]: what the numeral tables say about it.
#[derive(Clone, Copy)]
struct WordToken {
    class: NumeralClass,
}

impl WordToken {
    fn number(&self) -> Option<Word> {
        self.class.number
    }

    fn ordinal(&self) -> Option<(Word, bool)> {
        self.class.ordinal
    }

    fn fraction(&self) -> Option<(u32, bool)> {
        self.class.fraction
    }

    fn connective(&self) -> Option<Connective> {
        self.class.connective
    }
}

/// An ASCII word of at most 16 letters, not followed by a letter or digit of any script.
fn word(input: &str) -> Res<'_, WordToken> {
    // The letters, read as bytes (an ASCII letter is one byte), eight at a time.
    let n = finnews_core::lexer::ascii_letters_end(input.as_bytes(), 0);
    if n == 0 || n > 16 {
        return Err(nom::Err::Error(()));
    }
    let (w, rest) = input.split_at(n);
    // Not followed by a letter or digit of any script: an ASCII byte says so at once.
    match rest.as_bytes().first() {
        Some(c) if c.is_ascii_alphanumeric() => return Err(nom::Err::Error(())),
        Some(c) if !c.is_ascii() => {
            not(satisfy(char::is_alphanumeric)).parse(rest)?;
        }
        _ => {}
    }
    // Most words are in no numeral table: the filter says so before the lexicon lookup.
    let class = if may_have_class(w) {
        finnews_core::lexicon::lexicon().numeral_class(w.as_bytes())
    } else {
        NumeralClass::default()
    };
    Ok((rest, WordToken { class }))
}

/// Whether `word` (ASCII letters) may have a [`numeral_class`](finnews_core::tables::numbers::numeral_class): false only for a word that is
/// in none of the tables the class is built from (number, ordinal and plural ordinal,
/// fraction words, connectives).
#[inline]
fn may_have_class(word: &str) -> bool {
    may_have_class_bytes(word.as_bytes())
}

/// [`may_have_class`] of a word's bytes.
#[inline]
fn may_have_class_bytes(b: &[u8]) -> bool {
    if b.len() < 2 || b.len() >= 32 || !b[0].is_ascii_alphabetic() || !b[1].is_ascii_alphabetic() {
        // (One-letter words and the rest: asked of the table itself.)
        return true;
    }
    let (x, y) = (
        b[0].to_ascii_lowercase() - b'a',
        b[1].to_ascii_lowercase() - b'a',
    );
    CLASS_FILTER[usize::from(x)][usize::from(y)] & (1 << b.len()) != 0
}

/// The separator between two number words: spaces, a hyphen, or ` - ` (at most six bytes).
fn sep(input: &str) -> Res<'_, &str> {
    let spaces = |s: &str| s.bytes().take_while(|&c| c == b' ').count();
    let mut n = spaces(input);
    if input.as_bytes().get(n) == Some(&b'-') {
        n += 1 + spaces(&input[n + 1..]);
    }
    if (1..=6).contains(&n) {
        Ok((&input[n..], &input[..n]))
    } else {
        Err(nom::Err::Error(()))
    }
}

/// The word at byte `pos` of `text`: its end and lower-cased text.
fn word_at(text: &str, pos: usize) -> Option<(usize, WordToken)> {
    let input = text.get(pos..)?;
    let (rest, w) = word(input).ok()?;
    Some((text.len() - rest.len(), w))
}

/// The position after the word separator at byte `pos` of `text`.
fn word_sep(text: &str, pos: usize) -> Option<usize> {
    let input = text.get(pos..)?;
    let (rest, _) = sep(input).ok()?;
    Some(text.len() - rest.len())
}

/// The value of a word as a fraction denominator (`fifth` → 5, `quarters` → 4), and whether it
/// was plural. `first` and `second` are never denominators.
fn denominator(w: &WordToken) -> Option<(Decimal, bool)> {
    if let Some((d, plural)) = w.fraction() {
        return Some((Decimal::from(d), plural));
    }
    let (word, plural) = w.ordinal()?;
    let d = match word {
        Word::Unit(1 | 2) | Word::Unit(0) => return None,
        Word::Unit(v) | Word::Teen(v) | Word::Tens(v) => Decimal::from(v),
        Word::Hundred => Decimal::ONE_HUNDRED,
        Word::Big(p) => pow10(p),
        Word::Dozen => return None,
    };
    Some((d, plural))
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Last {
    None,
    A,
    Unit,
    Teen,
    Tens,
    Hundred,
    Big,
}

/// `a half`, `one third`, `three quarters`, `two-fifths`: a fraction phrase at `pos`.
fn fraction_phrase(text: &str, pos: usize) -> Option<(Decimal, usize)> {
    let input = text.get(pos..)?;
    let (rest, (n, d, _)) = fraction_parts(input).ok()?;
    Some((divide(n, d)?, text.len() - rest.len()))
}

/// The numerator of a fraction phrase: `a`/`an` (one), a unit or teen word, or a tens word with
/// an optional unit (`fifty-four`); and whether it was a tens word.
fn numerator(input: &str) -> Res<'_, (Decimal, bool)> {
    let (rest, w) = word(input)?;
    if w.connective() == Some(Connective::Article) {
        return Ok((rest, (Decimal::ONE, false)));
    }
    match w.number() {
        Some(Word::Unit(v) | Word::Teen(v)) if v > 0 => Ok((rest, (Decimal::from(v), false))),
        Some(Word::Tens(v)) => {
            let unit = preceded(
                sep,
                map_opt(word, |u: WordToken| match u.number() {
                    Some(Word::Unit(u)) if u > 0 => Some(u),
                    _ => None,
                }),
            );
            let (rest, u) = opt(unit).parse(rest)?;
            Ok((rest, (Decimal::from(v + u.unwrap_or(0)), true)))
        }
        _ => Err(nom::Err::Error(())),
    }
}

/// The denominator of a fraction phrase: a tens word and an ordinal unit (`twenty-fifths`), or
/// one denominator word (`thirds`, `quarter`).
fn denominator_words(input: &str) -> Res<'_, Decimal> {
    let compound = map_opt(
        (word, sep, word),
        |(t, _, u): (WordToken, &str, WordToken)| match (t.number(), u.ordinal()) {
            (Some(Word::Tens(t)), Some((Word::Unit(u), _))) if u > 0 => Some(Decimal::from(t + u)),
            _ => None,
        },
    );
    let single = map_opt(word, |w: WordToken| denominator(&w).map(|(d, _)| d));
    alt((compound, single)).parse(input)
}

/// [`fraction_phrase`] as numerator, denominator and whether the numerator was a tens word.
fn fraction_parts(input: &str) -> Res<'_, (Decimal, Decimal, bool)> {
    let (rest, ((num, tens), _, den)) = (numerator, sep, denominator_words).parse(input)?;
    Ok((rest, (num, den, tens)))
}

/// Offset-based view of [`fraction_parts`] for the word machine.
fn fraction_parts_at(text: &str, pos: usize) -> Option<(Decimal, Decimal, usize, bool)> {
    let input = text.get(pos..)?;
    let (rest, (n, d, tens)) = fraction_parts(input).ok()?;
    Some((n, d, text.len() - rest.len(), tens))
}

/// English number words from the start of `text`: a cardinal, or (with `ordinal`) an ordinal
/// whose last word is an ordinal word. Returns value and length.
fn words(text: &str, ordinal: bool) -> Option<(Decimal, usize)> {
    // A first word in no numeral table starts nothing (the loop below would stop at it with
    // nothing read): the filter tells most words at once.
    let n = finnews_core::lexer::ascii_letters_end(text.as_bytes(), 0);
    if !may_have_class(&text[..n]) {
        return None;
    }
    let mut total = Decimal::ZERO;
    let mut current = Decimal::ZERO;
    let mut last = Last::None;
    let mut last_big: u32 = 0;
    let mut end = 0;
    let mut pos = 0;
    let mut after_and = false;
    let mut hundreds = Decimal::ZERO;
    loop {
        if last != Last::None {
            let Some(p) = word_sep(text, end) else { break };
            pos = p;
        }
        let Some((wend, w)) = word_at(text, pos) else {
            break;
        };
        if ordinal && let Some((word, false)) = w.ordinal() {
            let v = match (word, last) {
                (Word::Unit(d), Last::None | Last::Tens | Last::Hundred | Last::Big) => {
                    current.checked_add(Decimal::from(d))?
                }
                (Word::Teen(d) | Word::Tens(d), Last::None | Last::Hundred | Last::Big) => {
                    current.checked_add(Decimal::from(d))?
                }
                (Word::Hundred, Last::Unit | Last::Teen | Last::Tens) => {
                    current.checked_mul(Decimal::ONE_HUNDRED)?
                }
                (Word::Big(p), Last::Unit | Last::Teen | Last::Tens | Last::Hundred) => {
                    current.checked_mul(pow10(p))?
                }
                (Word::Big(p), Last::None) => pow10(p),
                _ => break,
            };
            return Some((total.checked_add(v)?, wend));
        }
        if w.connective() == Some(Connective::And) && last != Last::None && last != Last::A {
            let Some(p) = word_sep(text, wend) else { break };
            if !ordinal && let Some((fnum, fden, fend, tens)) = fraction_parts_at(text, p) {
                let base = total.checked_add(current)?;
                // `one hundred and thirty fifths` is (one hundred and thirty) fifths.
                if tens && last == Last::Hundred {
                    return Some((divide(base.checked_add(fnum)?, fden)?, fend));
                }
                // `one billion and a half million`, `five and a half million`.
                if let Some(q) = word_sep(text, fend)
                    && let Some((be, bw)) = word_at(text, q)
                    && let Some(Word::Big(bp)) = bw.number()
                {
                    let s = pow10(bp);
                    let whole = if last == Last::Big {
                        base.checked_mul(fden)?.checked_add(fnum.checked_mul(s)?)?
                    } else {
                        base.checked_mul(fden)?.checked_add(fnum)?.checked_mul(s)?
                    };
                    return Some((divide(whole, fden)?, be));
                }
                let mult = if last == Last::Big {
                    pow10(last_big)
                } else {
                    Decimal::ONE
                };
                let whole = base
                    .checked_mul(fden)?
                    .checked_add(fnum.checked_mul(mult)?)?;
                return Some((divide(whole, fden)?, fend));
            }
            if after_and {
                break;
            }
            let unit_next =
                word_at(text, p).is_some_and(|(_, w)| matches!(w.number(), Some(Word::Unit(_))));
            if matches!(last, Last::Hundred | Last::Big) || (last == Last::Tens && unit_next) {
                after_and = true;
                pos = p;
                // Re-enter the loop at the word after `and` without a separator.
                let Some((wend2, w2)) = word_at(text, pos) else {
                    break;
                };
                if ordinal
                    && let Some((Word::Unit(_) | Word::Teen(_) | Word::Tens(_), false)) =
                        w2.ordinal()
                {
                    let (v, e) = words(text.get(pos..)?, true)?;
                    return Some((total.checked_add(current)?.checked_add(v)?, pos + e));
                }
                match w2.number() {
                    Some(Word::Unit(d) | Word::Teen(d) | Word::Tens(d)) => {
                        current = current.checked_add(Decimal::from(d))?;
                        last = match w2.number() {
                            Some(Word::Unit(_)) => Last::Unit,
                            Some(Word::Teen(_)) => Last::Teen,
                            _ => Last::Tens,
                        };
                        end = wend2;
                        continue;
                    }
                    _ => break,
                }
            }
            break;
        }
        if last == Last::None {
            match (w.connective(), w.fraction()) {
                (Some(Connective::Article), _) => {
                    let p = word_sep(text, wend)?;
                    let (_, nw) = word_at(text, p)?;
                    match nw.number() {
                        Some(Word::Hundred | Word::Big(_) | Word::Dozen) => {
                            current = Decimal::ONE;
                            last = Last::A;
                            end = wend;
                            continue;
                        }
                        _ if !ordinal => return fraction_phrase(text, 0),
                        _ => return None,
                    }
                }
                (_, Some((d, false))) if !ordinal => {
                    let frac = divide(Decimal::ONE, Decimal::from(d))?;
                    let mut p = word_sep(text, wend)?;
                    let (mut e, mut nw) = word_at(text, p)?;
                    if nw.connective() == Some(Connective::Article) {
                        p = word_sep(text, e)?;
                        (e, nw) = word_at(text, p)?;
                    }
                    let _ = p;
                    return match nw.number()? {
                        Word::Big(pw) => Some((frac.checked_mul(pow10(pw))?, e)),
                        Word::Dozen => Some((frac.checked_mul(Decimal::from(12))?, e)),
                        Word::Hundred => Some((frac.checked_mul(Decimal::ONE_HUNDRED)?, e)),
                        _ => None,
                    };
                }
                _ => {}
            }
        }
        if w.connective() == Some(Connective::Point)
            && matches!(last, Last::Unit | Last::Teen | Last::Tens | Last::Hundred)
            && !ordinal
        {
            // `two hundred point zero three`, `point seventy-one`.
            let mut digits: i64 = 0;
            let mut n: u32 = 0;
            let mut e = wend;
            let mut q = word_sep(text, wend);
            while let Some(p) = q {
                let Some((we, dw)) = word_at(text, p) else {
                    break;
                };
                match dw.number() {
                    Some(Word::Unit(d)) if n < 12 => {
                        digits = digits * 10 + i64::from(d);
                        n += 1;
                        e = we;
                        q = word_sep(text, we);
                    }
                    Some(Word::Teen(v) | Word::Tens(v)) if n == 0 => {
                        digits = i64::from(v);
                        n = 2;
                        e = we;
                        // `seventy-one`
                        if let Word::Tens(_) = dw.number()?
                            && let Some(p2) = word_sep(text, we)
                            && let Some((we2, uw)) = word_at(text, p2)
                            && let Some(Word::Unit(u)) = uw.number()
                            && u > 0
                        {
                            digits += i64::from(u);
                            e = we2;
                        }
                        break;
                    }
                    _ => break,
                }
            }
            if n == 0 {
                break;
            }
            let frac = Decimal::new(digits, n);
            return Some((total.checked_add(current)?.checked_add(frac)?, e));
        }
        // `one twenty-fifth`, `three twenty-firsts`, `one hundred thirty-fifths`: a tens
        // word and an ordinal unit make the denominator.
        if !ordinal
            && last != Last::None
            && let Some(Word::Tens(t)) = w.number()
            && let Some(p) = word_sep(text, wend)
            && let Some((de, dw)) = word_at(text, p)
            && let Some((Word::Unit(u), plural)) = dw.ordinal()
            && u > 0
            && (plural || !matches!(last, Last::Hundred | Last::Big))
        {
            let n = total.checked_add(current)?;
            return Some((divide(n, Decimal::from(t + u))?, de));
        }
        if let Some(word) = w.number() {
            match (word, last) {
                (Word::Unit(d), Last::None | Last::Tens | Last::Hundred | Last::Big) => {
                    current = current.checked_add(Decimal::from(d))?;
                    last = Last::Unit;
                }
                (Word::Teen(d), Last::None | Last::Hundred | Last::Big) => {
                    current = current.checked_add(Decimal::from(d))?;
                    last = Last::Teen;
                }
                (Word::Tens(d), Last::None | Last::Hundred | Last::Big) => {
                    current = current.checked_add(Decimal::from(d))?;
                    last = Last::Tens;
                }
                (Word::Hundred, Last::Unit | Last::Teen | Last::Tens | Last::A) => {
                    current = current.checked_mul(Decimal::ONE_HUNDRED)?;
                    hundreds = current;
                    last = Last::Hundred;
                }
                (Word::Big(p), Last::Unit | Last::Teen | Last::Tens | Last::Hundred | Last::A) => {
                    let s = pow10(p);
                    if last_big > 0 && p > last_big {
                        total = total.checked_add(current)?.checked_mul(s)?;
                    } else {
                        total = total.checked_add(current.checked_mul(s)?)?;
                    }
                    current = Decimal::ZERO;
                    hundreds = Decimal::ZERO;
                    last = Last::Big;
                    last_big = p;
                }
                (Word::Big(p), Last::Big) if p > last_big => {
                    total = total.checked_mul(pow10(p))?;
                    last_big = p;
                }
                (Word::Dozen, Last::Unit | Last::Teen | Last::Tens | Last::Hundred | Last::A) => {
                    // `three hundred and two dozens`: the dozens are the part after the
                    // hundreds.
                    let small = current - hundreds;
                    let v = if hundreds > Decimal::ZERO && small > Decimal::ZERO {
                        total
                            .checked_add(hundreds)?
                            .checked_add(small.checked_mul(Decimal::from(12))?)?
                    } else {
                        total.checked_add(current)?.checked_mul(Decimal::from(12))?
                    };
                    if ordinal {
                        return None;
                    }
                    return Some((v, wend));
                }
                _ => break,
            }
            end = wend;
            after_and = false;
            continue;
        }
        if !ordinal
            && let Some((d, plural)) = denominator(&w)
            && last != Last::None
            && (plural || matches!(last, Last::Unit | Last::Teen))
        {
            let n = total.checked_add(current)?;
            let v = divide(n, d)?;
            // `two thirds of a million`.
            if let Some(rest) = text.get(wend..)
                && let Ok((r, _)) = tag::<_, _, ()>(FRACTION_OF_A).parse(rest)
                && let Some((be, bw)) = word_at(r, 0)
                && let Some(Word::Big(bp)) = bw.number()
            {
                let scaled = n.checked_mul(pow10(bp))?;
                return Some((divide(scaled, d)?, wend + FRACTION_OF_A.len() + be));
            }
            return Some((v, wend));
        }
        break;
    }
    if ordinal || last == Last::None || last == Last::A {
        return None;
    }
    Some((total.checked_add(current)?, end))
}

// --------------------------------------------------------------------------------------- CJK

/// One CJK numeral character.
fn cjk_char(input: &str) -> Res<'_, CjkNumeral> {
    map_opt(anychar, cjk_numeral).parse(input)
}

/// One CJK digit.
fn cjk_digit(input: &str) -> Res<'_, u32> {
    map_opt(cjk_char, |k| match k {
        CjkNumeral::Digit(d) => Some(d),
        _ => None,
    })
    .parse(input)
}

/// A CJK numeral: `三千九百八十九点五`, `一万二千`, `两亿`, `二〇二〇`.
fn cjk(input: &str) -> Res<'_, Numeral> {
    cjk_prefix(input)
        .map(|n| (&input[n.len..], n))
        .ok_or(nom::Err::Error(()))
}

/// The CJK numeral machine: digits, small units (十百千) inside a section, big units (万亿兆)
/// closing one, and a decimal point with its digits. A zero holds a place (`一千零十二` is
/// 1012), a repeated big unit multiplies (`四万万`), a leading `百` or `千` before a digit counts
/// one (`百三十二`), and a lone digit after a unit counts in the next unit down (`三百五`,
/// `两千三点一`).
fn cjk_prefix(text: &str) -> Option<Numeral> {
    let mut total = Decimal::ZERO;
    let mut section = Decimal::ZERO;
    let mut number: Option<Decimal> = None;
    let mut last_big: u32 = 0;
    let mut digit_run = false;
    let mut prev_unit: Option<u32> = None;
    let mut after_unit: Option<u32> = None;
    let mut run_len = 0u32;
    let mut any = false;
    let mut rest = text;
    loop {
        // One or two spaces between numeral characters are read through (`三千 八百 九十六`).
        let spaced = rest.trim_start_matches(' ');
        let skip = if any && rest.len() - spaced.len() <= 2 {
            rest.len() - spaced.len()
        } else {
            0
        };
        let Ok((r, k)) = cjk_char(&rest[skip..]) else {
            break;
        };
        match k {
            CjkNumeral::Digit(d) => {
                if !digit_run {
                    after_unit = prev_unit;
                    run_len = 0;
                }
                if d == 0 {
                    after_unit = None;
                }
                run_len += 1;
                let d = Decimal::from(d);
                number = Some(match number {
                    Some(n) if digit_run => n.checked_mul(Decimal::TEN)?.checked_add(d)?,
                    _ => d,
                });
                digit_run = true;
            }
            CjkNumeral::Small(p) => {
                if !any
                    && p > 1
                    && !matches!(
                        cjk_char(r),
                        Ok((_, CjkNumeral::Digit(1..) | CjkNumeral::Big(_)))
                    )
                {
                    return None;
                }
                // Small units fall inside a section: `七十百` stops before `百`.
                if number.is_none() && matches!(prev_unit, Some(q) if q < 4 && q <= p) {
                    break;
                }
                // A zero only holds the place: `零十` is ten.
                let n = number.filter(|n| !n.is_zero()).unwrap_or(Decimal::ONE);
                section = section.checked_add(n.checked_mul(pow10(p))?)?;
                number = None;
                digit_run = false;
            }
            CjkNumeral::Big(p) => {
                if !any {
                    return None;
                }
                let sec = section.checked_add(number.unwrap_or(Decimal::ZERO))?;
                if sec.is_zero() {
                    // `四万万`: a big unit right after another multiplies what is there.
                    if total.is_zero() || prev_unit != Some(last_big) {
                        break;
                    }
                    total = total.checked_mul(pow10(p))?;
                } else if last_big > 0 && p > last_big {
                    total = total.checked_add(sec)?.checked_mul(pow10(p))?;
                } else {
                    total = total.checked_add(sec.checked_mul(pow10(p))?)?;
                }
                section = Decimal::ZERO;
                number = None;
                digit_run = false;
                last_big = p;
            }
            CjkNumeral::Point => {
                if !any {
                    return None;
                }
                // Fraction digits (at most 15), then an optional big unit (`三点五亿`).
                let Ok((r2, (frac, n))) = fold_many_m_n(
                    1,
                    15,
                    preceded(take_while_m_n(0, 2, |c| c == ' '), cjk_digit),
                    || (0i64, 0u32),
                    |(f, n), d| (f * 10 + i64::from(d), n + 1),
                )
                .parse(r) else {
                    break;
                };
                let tail = elided(number, after_unit, run_len)?;
                let mut v = section
                    .checked_add(tail)?
                    .checked_add(Decimal::new(frac, n))?;
                let mut end = r2;
                if let Ok((r3, CjkNumeral::Big(p))) = cjk_char(r2) {
                    v = v.checked_mul(pow10(p))?;
                    end = r3;
                }
                return Some(Numeral {
                    value: total.checked_add(v)?,
                    len: used(text, end),
                    form: NumeralForm::Cjk,
                });
            }
        }
        prev_unit = match k {
            CjkNumeral::Small(p) | CjkNumeral::Big(p) => Some(p),
            _ => None,
        };
        any = true;
        rest = r;
    }
    if !any {
        return None;
    }
    let tail = elided(number, after_unit, run_len)?;
    let value = total.checked_add(section)?.checked_add(tail)?;
    Some(Numeral {
        value,
        len: used(text, rest),
        form: NumeralForm::Cjk,
    })
}

/// Reads an approximate range written as two neighbouring CJK digits before their units:
/// `二三十` (twenty or thirty), `三四万` (30,000 to 40,000), `五六百万`. Returns the low and
/// high ends and the length read; `None` for anything else (`二三` has no unit, `二三十五` goes on
/// with another digit, `二四十` names no neighbours).
///
/// # Example
///
/// ```
/// use finnews_numeral::cjk_range_prefix;
/// use rust_decimal::Decimal;
/// assert_eq!(cjk_range_prefix("三四万元"), Some((Decimal::from(30_000), Decimal::from(40_000), "三四万".len())));
/// assert_eq!(cjk_range_prefix("二三十家"), Some((Decimal::from(20), Decimal::from(30), "二三十".len())));
/// assert_eq!(cjk_range_prefix("三百"), None);
/// ```
#[must_use]
pub fn cjk_range_prefix(text: &str) -> Option<(Decimal, Decimal, usize)> {
    let mut chars = text.char_indices();
    let (_, a) = chars.next()?;
    let (_, b) = chars.next()?;
    let (Some(CjkNumeral::Digit(low)), Some(CjkNumeral::Digit(high))) =
        (cjk_numeral(a), cjk_numeral(b))
    else {
        return None;
    };
    if low == 0 || high != low + 1 {
        return None;
    }
    let mut power = 0u32;
    let mut last_small: Option<u32> = None;
    let mut units = 0;
    let mut end = a.len_utf8() + b.len_utf8();
    for (k, c) in chars {
        match cjk_numeral(c) {
            // Small units rise no further inside a section (`十百` is no numeral).
            Some(CjkNumeral::Small(p)) if last_small.is_none() && units == 0 => {
                last_small = Some(p);
                power += p;
            }
            Some(CjkNumeral::Big(p)) if power + p <= 18 => power += p,
            Some(CjkNumeral::Small(_) | CjkNumeral::Digit(_) | CjkNumeral::Point) => return None,
            _ => break,
        }
        units += 1;
        end = k + c.len_utf8();
    }
    if units == 0 {
        return None;
    }
    let scale = pow10(power);
    Some((
        Decimal::from(low).checked_mul(scale)?,
        Decimal::from(high).checked_mul(scale)?,
        end,
    ))
}

/// The digits after the last unit: `四百五` is 450 and `三万五` 35000, a lone digit after a
/// unit counting in the next unit down.
fn elided(number: Option<Decimal>, after_unit: Option<u32>, run_len: u32) -> Option<Decimal> {
    Some(match (number, after_unit) {
        (Some(n), Some(p)) if run_len == 1 && p >= 2 => n.checked_mul(pow10(p - 1))?,
        (n, _) => n.unwrap_or(Decimal::ZERO),
    })
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn v(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    fn card(s: &str) -> (String, usize) {
        let n = cardinal_prefix(s).unwrap();
        (n.value.normalize().to_string(), n.len)
    }

    #[test]
    fn a_point_joins_digits_of_one_width() {
        // `４．2023年`: a list marker, then a year
        assert_eq!(card("４．2023年"), ("4".to_owned(), 3));
        assert_eq!(card("４．２５"), ("4.25".to_owned(), 12));
        assert_eq!(card("4.25"), ("4.25".to_owned(), 4));
    }

    /// The compile-time filters are built from the tables' lower-case ASCII spellings: a table
    /// word spelled otherwise would be refused by them without a sound (a guard for whoever
    /// adds rows).
    #[test]
    fn every_table_word_passes_the_word_filters() {
        let words = NUMBER_WORDS
            .iter()
            .map(|w| w.0)
            .chain(ORDINAL_WORDS.iter().map(|w| w.0))
            .chain(FRACTION_WORDS.iter().map(|w| w.0))
            .chain(CONNECTIVES.iter().map(|w| w.0));
        for w in words {
            let ascii_word = w.len() >= 2 && w.bytes().take(2).all(|c| c.is_ascii_alphabetic());
            if !ascii_word {
                continue;
            }
            assert!(
                w.bytes().take(2).all(|c| c.is_ascii_lowercase()) && w.len() < 32,
                "{w:?}: table words are written in lower case, under 32 bytes"
            );
            assert!(may_have_class(w), "{w:?} refused by the class filter");
            assert!(
                may_have_class(&w.to_ascii_uppercase()),
                "{w:?} in capitals refused"
            );
        }
        for w in NUMBER_WORDS
            .iter()
            .map(|w| w.0)
            .chain(ORDINAL_WORDS.iter().map(|w| w.0))
        {
            if w.len() >= 2 && w.bytes().take(2).all(|c| c.is_ascii_alphabetic()) {
                assert!(
                    is_numeral_word(w),
                    "{w:?} refused by the numeral-word filter"
                );
            }
        }
    }

    #[test]
    fn the_ascii_shortcut_reads_what_the_general_parsers_read() {
        // Every string over digits, separators and points up to a few bytes long (and a
        // full-width digit): where the shortcut answers, it answers as the parsers do.
        let alphabet = ["1", "0", "9", ",", ".", " ", "a", "\u{ff13}", "\u{a0}"];
        let mut checked = 0;
        let mut strings = vec![String::new()];
        for _ in 0..7 {
            let mut next = Vec::new();
            for s in &strings {
                for a in alphabet {
                    next.push(format!("{s}{a}"));
                }
            }
            for s in &next {
                if let Some((n, m, scale)) = ascii_digits(s.as_bytes()) {
                    let (rest, general) = digits_general(s).unwrap();
                    let (rest2, fast) = digits(s).unwrap();
                    assert_eq!((rest, general.len), (rest2, fast.len), "{s:?}");
                    assert_eq!(general.value.to_string(), fast.value.to_string(), "{s:?}");
                    assert_eq!(general.value.scale(), scale, "{s:?}");
                    assert_eq!(n, general.len, "{s:?} {m}");
                    checked += 1;
                }
            }
            strings = next;
        }
        assert!(checked > 1000);
        // Long groups and fractions too.
        for s in [
            "1,234,567.891",
            "12,345",
            "999,999,999,999,999.5",
            "1,2345",
            "123,456 7",
        ] {
            if ascii_digits(s.as_bytes()).is_some() {
                assert_eq!(
                    digits_general(s).unwrap().1.value.to_string(),
                    digits(s).unwrap().1.value.to_string()
                );
            }
        }
    }

    #[test]
    fn grouped_digits() {
        assert_eq!(parse_cardinal("3,989.5").unwrap(), Decimal::new(39895, 1));
        assert_eq!(cardinal_prefix("1,23").unwrap().len, 1);
        assert_eq!(parse_cardinal("12,34,567").unwrap(), v("1234567"));
        assert_eq!(parse_cardinal("1 800").unwrap(), v("1800"));
        assert_eq!(parse_cardinal(".5").unwrap(), v("0.5"));
        assert_eq!(parse_cardinal("１２３").unwrap(), v("123"));
        assert_eq!(cardinal_prefix("22,24,26").unwrap().len, 2);
        assert_eq!(cardinal_prefix("30 2020").unwrap().len, 2);
        assert_eq!(cardinal_prefix("2019,2020").unwrap().len, 4);
    }

    #[test]
    fn a_spaced_group_with_a_plural_suffix_is_a_name() {
        // `40 737s`: forty aircraft of a model, not 40,737.
        let n = number_prefix("40 737s were ordered").unwrap();
        assert_eq!((n.value, n.len), (v("40"), 2));
        assert_eq!(cardinal_prefix("3 400s.").unwrap().len, 1);
        // A spaced group before a word or a comma group before the suffix stays a group.
        assert_eq!(cardinal_prefix("3 400 saws").unwrap().len, 5);
        assert_eq!(cardinal_prefix("3 400 s").unwrap().len, 5);
        assert_eq!(cardinal_prefix("3,400s").unwrap().len, 5);
        assert_eq!(cardinal_prefix("3 400sq").unwrap().len, 5);
    }

    #[test]
    fn english_words() {
        assert_eq!(card("three"), ("3".into(), 5));
        assert_eq!(card("twenty-eight days").0, "28");
        assert_eq!(card("two hundred and five").0, "205");
        assert_eq!(card("a dozen eggs"), ("12".into(), 7));
        assert_eq!(card("one-third").0, card("one third").0);
        assert_eq!(card("three quarters").0, "0.75");
        assert_eq!(card("half a billion").0, "500000000");
        assert_eq!(
            card("twenty-one trillion three hundred").0,
            "21000000000300"
        );
        assert_eq!(card("one and a half").0, "1.5");
        assert_eq!(card("two hundred point zero three").0, "200.03");
        assert_eq!(card("three lakh crore").0, "3000000000000");
        assert!(cardinal_prefix("a house").is_none());
        assert!(cardinal_prefix("someone").is_none());
        assert!(cardinal_prefix("thousands").is_none());
        assert_eq!(card("three-nought-four"), ("3".into(), 5));
    }

    #[test]
    fn english_ordinals() {
        let o = |s: &str| ordinal_prefix(s).map(|n| (n.value.to_string(), n.len));
        assert_eq!(o("first"), Some(("1".into(), 5)));
        assert_eq!(o("third quarter"), Some(("3".into(), 5)));
        assert_eq!(o("twenty-first"), Some(("21".into(), 12)));
        assert_eq!(o("twentieth"), Some(("20".into(), 9)));
        assert_eq!(o("one hundred twenty fifth").unwrap().0, "125");
        assert_eq!(o("two hundredth").unwrap().0, "200");
        assert_eq!(o("31st,"), Some(("31".into(), 4)));
        assert_eq!(o("second"), Some(("2".into(), 6)));
        assert!(o("a trillionth").is_none());
        assert!(o("twenty").is_none());
        assert!(o("5thx").is_none());
    }

    #[test]
    fn cjk() {
        assert_eq!(card("三千九百八十九点五").0, "3989.5");
        assert_eq!(card("一万二千").0, "12000");
        assert_eq!(card("两亿").0, "200000000");
        assert_eq!(card("十五").0, "15");
        assert_eq!(card("二〇二〇年").0, "2020");
        assert_eq!(card("三点五亿").0, "350000000");
        assert_eq!(card("一亿二千万").0, "120000000");
        assert_eq!(card("四百五").0, "450");
        assert_eq!(card("两千四百五").0, "2450");
        assert_eq!(card("三万五").0, "35000");
        assert_eq!(card("一百零五").0, "105");
        assert_eq!(card("三万亿").0, "3000000000000");
        assert_eq!(ordinal_prefix("第五").unwrap().value, v("5"));
        assert_eq!(ordinal_prefix("第12届").unwrap().value, v("12"));
        assert!(cardinal_prefix("万").is_none());
        // A zero holds the place of the unit after it.
        assert_eq!(card("一千零十二").0, "1012");
        assert_eq!(card("一百零十万").0, "1100000");
        // A repeated big unit multiplies; a leading hundred counts one.
        assert_eq!(card("四萬萬").0, "400000000");
        assert_eq!(card("百三十二").0, "132");
        assert_eq!(card("千三").0, "1300");
        assert_eq!(card("百億").0, "10000000000");
        assert_eq!(card("七十百").0, "70");
        assert!(cardinal_prefix("千").is_none());
        // Elision before the decimal point, financial capitals, spaces between characters.
        assert_eq!(card("两千三点一").0, "2300.1");
        assert_eq!(card("壹仟贰佰叁拾肆").0, "1234");
        assert_eq!(card("三千 九百 六十五").0, "3965");
    }

    #[test]
    fn cjk_ranges() {
        let r = |s: &str| cjk_range_prefix(s).map(|(a, b, l)| (a.to_string(), b.to_string(), l));
        assert_eq!(
            r("六七十人"),
            Some(("60".into(), "70".into(), "六七十".len()))
        );
        assert_eq!(
            r("两三千万"),
            Some(("20000000".into(), "30000000".into(), "两三千万".len()))
        );
        assert_eq!(
            r("八九亿"),
            Some(("800000000".into(), "900000000".into(), "八九亿".len()))
        );
        assert_eq!(r("一二三"), None, "no unit");
        assert_eq!(r("三五十"), None, "no neighbours");
        assert_eq!(r("四五十六"), None, "a digit goes on");
        assert_eq!(r("〇一十"), None, "zero starts no range");
        assert_eq!(r("五六十百"), None, "small units do not rise in a section");
        assert_eq!(r("5 6十"), None);
    }

    #[test]
    fn cardinal_picks_by_first_character() {
        let c = |s: &str| cardinal_prefix(s).unwrap().value;
        assert_eq!(c("．５"), Decimal::new(5, 1));
        assert_eq!(c("½"), Decimal::new(5, 1));
        assert_eq!(c("两千"), Decimal::from(2000));
        assert!(cardinal_prefix("万一").is_none());
        assert!(cardinal_prefix("的").is_none());
    }

    #[test]
    fn digits_joined_to_cjk_scales() {
        let n = |s: &str| number_prefix(s).map(|n| (n.value.normalize().to_string(), n.len));
        assert_eq!(n("5万4千6百"), Some(("54600".into(), "5万4千6百".len())));
        assert_eq!(
            n("3兆1472億円"),
            Some(("3147200000000".into(), "3兆1472億".len()))
        );
        assert_eq!(n("2兆4千億円").unwrap().0, "2400000000000");
        assert_eq!(n("36.2万亿").unwrap().0, "36200000000000");
        assert_eq!(n("4億23,800,000").unwrap().0, "423800000");
        assert_eq!(n("7百円").unwrap().0, "700");
        // Digits after a Latin scale word still need a separator.
        assert_eq!(n("5m4").unwrap().0, "5");
    }

    #[test]
    fn scales() {
        let n = |s: &str| number_prefix(s).map(|n| (n.value.normalize().to_string(), n.len));
        assert_eq!(n("154.4 billion yuan").unwrap().0, "154400000000");
        assert_eq!(n("3 lakh").unwrap().0, "300000");
        assert_eq!(n("1.5 crore").unwrap().0, "15000000");
        assert_eq!(n("1.2万").unwrap().0, "12000");
        assert_eq!(n("12兆").unwrap().0, "12000000000000");
        assert_eq!(n("3.5tn").unwrap().0, "3500000000000");
        assert_eq!(n("4 thousand 3 hundred and 21").unwrap().0, "4321");
        assert_eq!(n("3 hundred and 2 hundred"), Some(("300".into(), 9)));
        assert_eq!(n("3 million and a half").unwrap().0, "3500000");
        assert_eq!(n("5m deep"), Some(("5".into(), 1)));
        assert_eq!(n("10 mln dlrs").unwrap().0, "10000000");
        assert_eq!(n("3 bond"), Some(("3".into(), 1)));
    }
}
