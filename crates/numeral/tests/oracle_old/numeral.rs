use rust_decimal::Decimal;

use crate::error::{Error, ErrorKind};
use crate::tables::{
    CJK_CHARS, Cjk, FRACTION_WORDS, NUMBER_WORDS, ORDINAL_WORDS, SCALE_WORDS, VULGAR_FRACTIONS,
    Word,
};

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
    if !x.fract().is_zero() {
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
    let b = text.as_bytes();
    let first = *b.first()?;
    if digit_at(b, 0).is_some() || (is_point(b, 0).is_some_and(|w| digit_at(b, w).is_some())) {
        digits_prefix(text)
    } else if first.is_ascii_alphabetic() {
        words(text, false).map(|(value, len)| Numeral {
            value,
            len,
            form: NumeralForm::Words,
        })
    } else if first >= 0x80 {
        let c = text.chars().next()?;
        if let Some(&(_, n, d)) = VULGAR_FRACTIONS.iter().find(|(v, _, _)| *v == c) {
            return Some(Numeral {
                value: divide(Decimal::from(n), Decimal::from(d))?,
                len: c.len_utf8(),
                form: NumeralForm::Digits,
            });
        }
        cjk_prefix(text)
    } else {
        None
    }
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
    let b = text.as_bytes();
    let first = *b.first()?;
    if digit_at(b, 0).is_some() {
        let n = digits_prefix(text)?;
        if !n.value.fract().is_zero() || n.value.is_sign_negative() {
            return None;
        }
        let rest = text.get(n.len..)?;
        let suffix = ["st", "nd", "rd", "th"].iter().find(|s| {
            rest.get(..2).is_some_and(|r| r.eq_ignore_ascii_case(s))
                && !rest
                    .get(2..)
                    .is_some_and(|r| r.starts_with(|c: char| c.is_alphanumeric()))
        })?;
        Some(Numeral {
            len: n.len + suffix.len(),
            ..n
        })
    } else if first.is_ascii_alphabetic() {
        words(text, true).map(|(value, len)| Numeral {
            value,
            len,
            form: NumeralForm::Words,
        })
    } else if let Some(rest) = text.strip_prefix('第') {
        let n = cardinal_prefix(rest)?;
        if !n.value.fract().is_zero() {
            return None;
        }
        Some(Numeral {
            len: n.len + '第'.len_utf8(),
            form: if n.form == NumeralForm::Digits {
                NumeralForm::Digits
            } else {
                NumeralForm::Cjk
            },
            value: n.value,
        })
    } else {
        None
    }
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
    let b = text.as_bytes();
    let mut pos = 0;
    while pos < b.len() && pos < 4 && b[pos] == b' ' {
        pos += 1;
    }
    static FIRST: std::sync::LazyLock<[bool; 256]> = std::sync::LazyLock::new(|| {
        let mut f = [false; 256];
        for s in SCALE_WORDS {
            let c = s.word.as_bytes()[0];
            f[usize::from(c)] = true;
            if !s.exact {
                f[usize::from(c.to_ascii_uppercase())] = true;
                f[usize::from(c.to_ascii_lowercase())] = true;
            }
        }
        f
    });
    if !b.get(pos).is_some_and(|&c| FIRST[usize::from(c)]) {
        return None;
    }
    static BUCKETS: std::sync::LazyLock<Vec<Vec<&'static crate::tables::ScaleWord>>> =
        std::sync::LazyLock::new(|| {
            let mut v = vec![Vec::new(); 256];
            for s in SCALE_WORDS {
                v[usize::from(s.word.as_bytes()[0].to_ascii_lowercase())].push(s);
            }
            v
        });
    let rest = text.get(pos..)?;
    let mut best: Option<&crate::tables::ScaleWord> = None;
    for &s in &BUCKETS[usize::from(b[pos].to_ascii_lowercase())] {
        let Some(head) = rest.get(..s.word.len()) else {
            continue;
        };
        let matched = if s.exact {
            head == s.word
        } else {
            head.eq_ignore_ascii_case(s.word)
        };
        if !matched {
            continue;
        }
        let ascii = s.word.as_bytes()[0].is_ascii();
        if ascii {
            let after = rest.as_bytes().get(s.word.len());
            let punct_after = rest
                .get(s.word.len()..)
                .and_then(|r| r.chars().next())
                .is_some_and(|c| !c.is_ascii() && !c.is_alphanumeric());
            if after.is_some_and(|c| c.is_ascii_alphanumeric() || *c >= 0x80) && !punct_after {
                continue;
            }
            // A single ambiguous letter must touch its number.
            if pos > 0 && s.ambiguous {
                continue;
            }
        } else if pos > 1 {
            continue;
        }
        if best.is_none_or(|b| b.word.len() < s.word.len()) {
            best = Some(s);
        }
    }
    let s = best?;
    Some(Scale {
        factor: Decimal::from(s.factor),
        power: s.power,
        len: pos + s.word.len(),
        ambiguous: s.ambiguous,
    })
}

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
    let (first, mut end, mut power, plain) = chunk(text, 0)?;
    let mut value = first.value;
    while let Some((_, limit)) = power {
        // `and a half`, `and three quarters` of the last scale.
        if let Some(after_and) = and_sep(text, end)
            && let Some((fnum, fden, fend, _)) = fraction_parts(text, after_and)
        {
            let whole = value
                .checked_mul(fden)?
                .checked_add(fnum.checked_mul(limit)?)?;
            value = divide(whole, fden)?;
            end = fend;
            break;
        }
        let next = and_sep(text, end).or_else(|| space_sep(text, end));
        let Some(np) = next else { break };
        let Some((n, nend, npow, _)) = chunk(text, np) else {
            break;
        };
        if n.value.is_zero() || n.value >= limit || n.value.is_sign_negative() {
            break;
        }
        value = value.checked_add(n.value)?;
        end = nend;
        power = npow;
    }
    Some((
        Numeral {
            value,
            len: end,
            form: first.form,
        },
        plain,
    ))
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
        .chain(FRACTION_WORDS.iter().map(|(w, _)| *w))
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
    let w = word.as_bytes();
    if w.is_empty() || w.len() > 16 {
        return false;
    }
    let mut buf = [0u8; 16];
    buf[..w.len()].copy_from_slice(w);
    buf[..w.len()].make_ascii_lowercase();
    let Ok(l) = core::str::from_utf8(&buf[..w.len()]) else {
        return false;
    };
    matches!(l, "a" | "an")
        || NUMBER_MAP.contains_key(l)
        || ordinal_word(l).is_some()
        || FRACTION_WORDS.iter().any(|(f, _)| *f == l)
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
    add(&mut f, b"an", 2);
    f
};

/// A cardinal followed by unambiguous scale words: value, end, power and factor of the last
/// scale.
/// A chunk read by [`chunk`]: the numeral, its end, and the power and factor of its last scale.
type Chunk = (Numeral, usize, Option<(u32, Decimal)>, Numeral);

fn chunk(text: &str, pos: usize) -> Option<Chunk> {
    let n = cardinal_prefix(text.get(pos..)?)?;
    let mut value = n.value;
    let mut end = pos + n.len;
    let mut power: Option<(u32, Decimal)> = None;
    while let Some(s) = text.get(end..).and_then(scale_prefix) {
        if s.ambiguous || power.is_some_and(|(p, _)| s.power <= p) {
            break;
        }
        value = value.checked_mul(s.factor)?;
        end += s.len;
        power = Some((s.power, s.factor));
    }
    Some((Numeral { value, ..n }, end, power, n))
}

/// Position after ` and ` (spaces around `and`), if there.
fn and_sep(text: &str, pos: usize) -> Option<usize> {
    let p = space_sep(text, pos)?;
    let (end, w) = word_at(text, p)?;
    if w.as_str() != "and" {
        return None;
    }
    space_sep(text, end)
}

/// Position after one or more spaces at `pos`.
fn space_sep(text: &str, pos: usize) -> Option<usize> {
    let b = text.as_bytes();
    let mut p = pos;
    while p < b.len() && b[p] == b' ' {
        p += 1;
    }
    (p > pos).then_some(p)
}

// ------------------------------------------------------------------------------------ digits

/// The digit at byte `i` (ASCII or full-width) and its width in bytes.
fn digit_at(b: &[u8], i: usize) -> Option<(u8, usize)> {
    match b.get(i)? {
        c @ b'0'..=b'9' => Some((c - b'0', 1)),
        0xEF => {
            if b.get(i + 1) == Some(&0xBC) {
                match b.get(i + 2)? {
                    c @ 0x90..=0x99 => Some((c - 0x90, 3)),
                    _ => None,
                }
            } else {
                None
            }
        }
        _ => None,
    }
}

/// A decimal point at byte `i` (`.` or full-width `．`): its width.
fn is_point(b: &[u8], i: usize) -> Option<usize> {
    match b.get(i)? {
        b'.' => Some(1),
        0xEF if b.get(i + 1) == Some(&0xBC) && b.get(i + 2) == Some(&0x8E) => Some(3),
        _ => None,
    }
}

/// A group separator at byte `i`: its class (0 comma, 1 space) and width.
fn group_sep(b: &[u8], i: usize) -> Option<(u8, usize)> {
    match b.get(i)? {
        b',' => Some((0, 1)),
        b' ' => Some((1, 1)),
        0xEF if b.get(i + 1) == Some(&0xBC) && b.get(i + 2) == Some(&0x8C) => Some((0, 3)),
        0xC2 if b.get(i + 1) == Some(&0xA0) => Some((1, 2)),
        0xE2 if b.get(i + 1) == Some(&0x80) && matches!(b.get(i + 2), Some(&0xAF | &0x89)) => {
            Some((1, 3))
        }
        _ => None,
    }
}

/// A run of digits from `i`: (count, end).
fn digit_run(b: &[u8], mut i: usize) -> (usize, usize) {
    let mut n = 0;
    while let Some((_, w)) = digit_at(b, i) {
        i += w;
        n += 1;
    }
    (n, i)
}

/// Digits with optional `,` (or space) thousands groups, Indian groups, and a fraction.
fn digits_prefix(text: &str) -> Option<Numeral> {
    let b = text.as_bytes();
    let (first_n, first_end) = digit_run(b, 0);
    // Groups after the first run.
    let mut int_end = first_end;
    if first_n > 0 && first_n <= 3 {
        let mut groups: [usize; 8] = [0; 8];
        let mut ends: [usize; 8] = [0; 8];
        let mut count = 0;
        let mut class = None;
        let mut p = first_end;
        while count < 8 {
            let Some((c, w)) = group_sep(b, p) else { break };
            if class.is_some_and(|k| k != c) {
                break;
            }
            let (n, e) = digit_run(b, p + w);
            if n == 0 {
                break;
            }
            class = Some(c);
            groups[count] = n;
            ends[count] = e;
            count += 1;
            p = e;
        }
        if count > 0 {
            let gs = &groups[..count];
            let western = gs.iter().all(|&n| n == 3);
            let indian = class == Some(0)
                && first_n <= 2
                && count >= 2
                && gs[count - 1] == 3
                && gs[..count - 1].iter().all(|&n| n == 2);
            // A trailing separator followed by more digits makes it a list, not a number.
            if western || indian {
                int_end = ends[count - 1];
            }
        }
    }
    let mut mantissa: i128 = 0;
    let mut scale: u32 = 0;
    let mut i = 0;
    while i < int_end {
        if let Some((d, w)) = digit_at(b, i) {
            mantissa = mantissa.checked_mul(10)?.checked_add(i128::from(d))?;
            i += w;
        } else {
            i += group_sep(b, i).map_or(1, |(_, w)| w);
        }
    }
    let mut end = int_end;
    if let Some(pw) = is_point(b, end)
        && digit_at(b, end + pw).is_some()
    {
        end += pw;
        while let Some((d, w)) = digit_at(b, end) {
            if scale < 28
                && let Some(m) = mantissa
                    .checked_mul(10)
                    .and_then(|m| m.checked_add(i128::from(d)))
                && m < 10_i128.pow(28)
            {
                mantissa = m;
                scale += 1;
            }
            end += w;
        }
    }
    if mantissa >= 10_i128.pow(28) {
        return None;
    }
    let value = Decimal::try_from_i128_with_scale(mantissa, scale).ok()?;
    Some(Numeral {
        value,
        len: end,
        form: NumeralForm::Digits,
    })
}

// ------------------------------------------------------------------------------------- words

/// A lower-cased ASCII word (at most 16 bytes).
#[derive(Clone, Copy)]
struct Lower {
    buf: [u8; 16],
    len: usize,
}

impl Lower {
    fn as_str(&self) -> &str {
        core::str::from_utf8(&self.buf[..self.len]).unwrap_or("")
    }
}

/// The ASCII word at `pos`: its end and lower-cased text. Not a word when a letter or digit
/// follows it.
fn word_at(text: &str, pos: usize) -> Option<(usize, Lower)> {
    let b = text.as_bytes();
    let mut end = pos;
    while end < b.len() && b[end].is_ascii_alphabetic() {
        end += 1;
    }
    if end == pos || end - pos > 16 {
        return None;
    }
    let next_is_word = text
        .get(end..)
        .and_then(|r| r.chars().next())
        .is_some_and(|c| c.is_alphanumeric());
    if next_is_word {
        return None;
    }
    let mut buf = [0u8; 16];
    for (k, c) in b[pos..end].iter().enumerate() {
        buf[k] = c.to_ascii_lowercase();
    }
    Some((
        end,
        Lower {
            buf,
            len: end - pos,
        },
    ))
}

/// The separator between two number words: spaces, a hyphen, or ` - `.
fn word_sep(text: &str, pos: usize) -> Option<usize> {
    let b = text.as_bytes();
    let mut p = pos;
    while p < b.len() && b[p] == b' ' {
        p += 1;
    }
    if b.get(p) == Some(&b'-') {
        p += 1;
        while p < b.len() && b[p] == b' ' {
            p += 1;
        }
    }
    (p > pos && p - pos <= 6).then_some(p)
}

/// FNV-1a: a fast hash for short ASCII words.
#[derive(Default, Clone, Copy)]
struct Fnv(u64);

impl core::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

type WordMap = std::collections::HashMap<&'static str, Word, core::hash::BuildHasherDefault<Fnv>>;

static NUMBER_MAP: std::sync::LazyLock<WordMap> =
    std::sync::LazyLock::new(|| NUMBER_WORDS.iter().copied().collect());
static ORDINAL_MAP: std::sync::LazyLock<WordMap> =
    std::sync::LazyLock::new(|| ORDINAL_WORDS.iter().copied().collect());

fn number_word(w: &str) -> Option<Word> {
    NUMBER_MAP.get(w).copied()
}

/// An ordinal word, and whether it was plural (`fifths`).
fn ordinal_word(w: &str) -> Option<(Word, bool)> {
    if let Some(&x) = ORDINAL_MAP.get(w) {
        return Some((x, false));
    }
    let stem = w.strip_suffix('s')?;
    ORDINAL_MAP.get(stem).map(|&x| (x, true))
}

/// The value of a word as a fraction denominator (`fifth` → 5, `quarters` → 4), and whether it
/// was plural. `first` and `second` are never denominators.
fn denominator(w: &str) -> Option<(Decimal, bool)> {
    if let Some(&(s, d)) = FRACTION_WORDS.iter().find(|(s, _)| *s == w) {
        return Some((Decimal::from(d), s.ends_with('s')));
    }
    let (word, plural) = ordinal_word(w)?;
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
    let (n, d, e, _) = fraction_parts(text, pos)?;
    Some((divide(n, d)?, e))
}

/// [`fraction_phrase`] as numerator, denominator and end.
fn fraction_parts(text: &str, pos: usize) -> Option<(Decimal, Decimal, usize, bool)> {
    let (mut end, w) = word_at(text, pos)?;
    let tens = matches!(number_word(w.as_str()), Some(Word::Tens(_)));
    let num = match w.as_str() {
        "a" | "an" => Decimal::ONE,
        s => match number_word(s)? {
            Word::Unit(v) | Word::Teen(v) if v > 0 => Decimal::from(v),
            // `fifty-four hundredths`
            Word::Tens(v) => {
                let mut n = v;
                if let Some(p) = word_sep(text, end)
                    && let Some((ue, uw)) = word_at(text, p)
                    && let Some(Word::Unit(u)) = number_word(uw.as_str())
                    && u > 0
                {
                    n += u;
                    end = ue;
                }
                Decimal::from(n)
            }
            _ => return None,
        },
    };
    let p = word_sep(text, end)?;
    let (dend, dw) = word_at(text, p)?;
    if let Some(Word::Tens(t)) = number_word(dw.as_str())
        && let Some(q) = word_sep(text, dend)
        && let Some((ue, uw)) = word_at(text, q)
        && let Some((Word::Unit(u), _)) = ordinal_word(uw.as_str())
        && u > 0
    {
        return Some((num, Decimal::from(t + u), ue, tens));
    }
    let (d, _) = denominator(dw.as_str())?;
    Some((num, d, dend, tens))
}

/// English number words from the start of `text`: a cardinal, or (with `ordinal`) an ordinal
/// whose last word is an ordinal word. Returns value and length.
fn words(text: &str, ordinal: bool) -> Option<(Decimal, usize)> {
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
        let ws = w.as_str();
        if ordinal && let Some((word, false)) = ordinal_word(ws) {
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
        if ws == "and" && last != Last::None && last != Last::A {
            let Some(p) = word_sep(text, wend) else { break };
            if !ordinal && let Some((fnum, fden, fend, tens)) = fraction_parts(text, p) {
                let base = total.checked_add(current)?;
                // `one hundred and thirty fifths` is (one hundred and thirty) fifths.
                if tens && last == Last::Hundred {
                    return Some((divide(base.checked_add(fnum)?, fden)?, fend));
                }
                // `one billion and a half million`, `five and a half million`.
                if let Some(q) = word_sep(text, fend)
                    && let Some((be, bw)) = word_at(text, q)
                    && let Some(Word::Big(bp)) = number_word(bw.as_str())
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
            let unit_next = word_at(text, p)
                .is_some_and(|(_, w)| matches!(number_word(w.as_str()), Some(Word::Unit(_))));
            if matches!(last, Last::Hundred | Last::Big) || (last == Last::Tens && unit_next) {
                after_and = true;
                pos = p;
                // Re-enter the loop at the word after `and` without a separator.
                let Some((wend2, w2)) = word_at(text, pos) else {
                    break;
                };
                if ordinal
                    && let Some((Word::Unit(_) | Word::Teen(_) | Word::Tens(_), false)) =
                        ordinal_word(w2.as_str())
                {
                    let (v, e) = words(text.get(pos..)?, true)?;
                    return Some((total.checked_add(current)?.checked_add(v)?, pos + e));
                }
                match number_word(w2.as_str()) {
                    Some(Word::Unit(d) | Word::Teen(d) | Word::Tens(d)) => {
                        current = current.checked_add(Decimal::from(d))?;
                        last = match number_word(w2.as_str()) {
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
            match ws {
                "a" | "an" => {
                    let p = word_sep(text, wend)?;
                    let (_, nw) = word_at(text, p)?;
                    match number_word(nw.as_str()) {
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
                "half" | "quarter" if !ordinal => {
                    let frac = if ws == "half" {
                        Decimal::new(5, 1)
                    } else {
                        Decimal::new(25, 2)
                    };
                    let mut p = word_sep(text, wend)?;
                    let (mut e, mut nw) = word_at(text, p)?;
                    if matches!(nw.as_str(), "a" | "an") {
                        p = word_sep(text, e)?;
                        (e, nw) = word_at(text, p)?;
                    }
                    let _ = p;
                    return match number_word(nw.as_str())? {
                        Word::Big(pw) => Some((frac.checked_mul(pow10(pw))?, e)),
                        Word::Dozen => Some((frac.checked_mul(Decimal::from(12))?, e)),
                        Word::Hundred => Some((frac.checked_mul(Decimal::ONE_HUNDRED)?, e)),
                        _ => None,
                    };
                }
                _ => {}
            }
        }
        if ws == "point"
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
                match number_word(dw.as_str()) {
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
                        if let Word::Tens(_) = number_word(dw.as_str())?
                            && let Some(p2) = word_sep(text, we)
                            && let Some((we2, uw)) = word_at(text, p2)
                            && let Some(Word::Unit(u)) = number_word(uw.as_str())
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
            && let Some(Word::Tens(t)) = number_word(ws)
            && let Some(p) = word_sep(text, wend)
            && let Some((de, dw)) = word_at(text, p)
            && let Some((Word::Unit(u), plural)) = ordinal_word(dw.as_str())
            && u > 0
            && (plural || !matches!(last, Last::Hundred | Last::Big))
        {
            let n = total.checked_add(current)?;
            return Some((divide(n, Decimal::from(t + u))?, de));
        }
        if let Some(word) = number_word(ws) {
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
            && let Some((d, plural)) = denominator(ws)
            && last != Last::None
            && (plural || matches!(last, Last::Unit | Last::Teen))
        {
            let n = total.checked_add(current)?;
            let v = divide(n, d)?;
            // `two thirds of a million`.
            if let Some(rest) = text.get(wend..)
                && let Some(r) = rest.strip_prefix(" of a ")
                && let Some((be, bw)) = word_at(r, 0)
                && let Some(Word::Big(bp)) = number_word(bw.as_str())
            {
                let scaled = n.checked_mul(pow10(bp))?;
                return Some((divide(scaled, d)?, wend + " of a ".len() + be));
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

fn cjk_char(c: char) -> Option<Cjk> {
    CJK_CHARS.iter().find(|(k, _)| *k == c).map(|&(_, x)| x)
}

/// A CJK numeral: `三千九百八十九点五`, `一万二千`, `两亿`, `二〇二〇`.
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
    let mut end = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let Some(k) = cjk_char(c) else { break };
        match k {
            Cjk::Digit(d) => {
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
            Cjk::Small(p) => {
                if !any && p > 1 {
                    return None;
                }
                let n = number.unwrap_or(Decimal::ONE);
                section = section.checked_add(n.checked_mul(pow10(p))?)?;
                number = None;
                digit_run = false;
            }
            Cjk::Big(p) => {
                if !any {
                    return None;
                }
                let sec = section.checked_add(number.unwrap_or(Decimal::ZERO))?;
                if sec.is_zero() && total.is_zero() {
                    break;
                }
                if last_big > 0 && p > last_big {
                    total = total.checked_add(sec)?.checked_mul(pow10(p))?;
                } else {
                    total = total.checked_add(sec.checked_mul(pow10(p))?)?;
                }
                section = Decimal::ZERO;
                number = None;
                digit_run = false;
                last_big = p;
            }
            Cjk::Point => {
                if !any {
                    return None;
                }
                // Fraction digits, then an optional big unit (`三点五亿`).
                let mut frac: i64 = 0;
                let mut n: u32 = 0;
                let mut e = i + c.len_utf8();
                while let Some(&(j, c2)) = chars.peek() {
                    match cjk_char(c2) {
                        Some(Cjk::Digit(d)) if n < 15 => {
                            frac = frac * 10 + i64::from(d);
                            n += 1;
                            e = j + c2.len_utf8();
                            chars.next();
                        }
                        _ => break,
                    }
                }
                if n == 0 {
                    break;
                }
                let mut v = section
                    .checked_add(number.unwrap_or(Decimal::ZERO))?
                    .checked_add(Decimal::new(frac, n))?;
                if let Some(&(j, c2)) = chars.peek()
                    && let Some(Cjk::Big(p)) = cjk_char(c2)
                {
                    v = v.checked_mul(pow10(p))?;
                    e = j + c2.len_utf8();
                }
                return Some(Numeral {
                    value: total.checked_add(v)?,
                    len: e,
                    form: NumeralForm::Cjk,
                });
            }
        }
        prev_unit = match k {
            Cjk::Small(p) | Cjk::Big(p) => Some(p),
            _ => None,
        };
        any = true;
        end = i + c.len_utf8();
    }
    if !any {
        return None;
    }
    // `四百五` is 450 and `三万五` 35000: a lone digit after a unit counts in the next unit
    // down.
    let tail = match (number, after_unit) {
        (Some(n), Some(p)) if run_len == 1 && p >= 2 => n.checked_mul(pow10(p - 1))?,
        (n, _) => n.unwrap_or(Decimal::ZERO),
    };
    let value = total.checked_add(section)?.checked_add(tail)?;
    Some(Numeral {
        value,
        len: end,
        form: NumeralForm::Cjk,
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
