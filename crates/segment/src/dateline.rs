//! Datelines: the line that dates a story, read by one small scanner per candidate line.
//!
//! The scanner refuses most lines on their first byte (a dateline starts with a letter, a digit,
//! a bracket or a CJK label) and parses dates itself, with the one month and weekday tables of
//! `finnews_core::lexicon` and the label tables of [`crate::cues`]. Its shapes:
//!
//! | shape | example | covers |
//! | --- | --- | --- |
//! | newswire | `PORTLAND, Ore., Feb 26 -` | up to the dash; the paragraph starts after it |
//! | Chinese newswire | `新华社北京4月21日电` | up to `电`; the paragraph starts after it |
//! | publication label | `Updated: 2020-01-21`, `発表日：2024年7月15日`, `date 2023-06-22 TOKYO --` | the label and the date (and a newswire place with its dash) |
//! | date line | `Tuesday, March 4, 2025`, `Fri Jan 17, 2025 3:30 pm JST`, `2024年07月15日 10:30 来源：新华网` | the whole line (a date, a time, a short trailer or a source label) |
//! | key/value line ending in a date | `RNS Number : 5444Y  HSBC Holdings PLC  31 July 2024` | the whole line |
//! | closing source line | `(Xinhua, March 3, 2021)` | the whole line |
//!
//! Every step moves forward over at most a fixed number of words, so a line costs time linear
//! in its first few hundred bytes at most.

use finnews_core::lexicon::{Class, ERAS, MONTHS, WEEKDAYS, lexicon};
use finnews_core::tables::cjk::{PUBLICATION_BRACKETS, PUBLICATION_MARKS, SIGN_OFF_SEPARATORS};

use crate::cues;

/// A dateline read at the start of a line by [`dateline`].
///
/// # Example
///
/// ```
/// use finnews_segment::{dateline, DatelineDate};
/// let d = dateline("Updated: 2020-01-21").unwrap();
/// assert_eq!(d.len, 19);
/// assert_eq!(d.date, Some(DatelineDate::Day { year: 2020, month: 1, day: 21 }));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Dateline {
    /// How many bytes of the line the dateline covers (from the start of the line).
    pub len: usize,
    /// The date it names, when it names one.
    pub date: Option<DatelineDate>,
}

/// The date a dateline names, at the grain it is written.
///
/// # Example
///
/// ```
/// use finnews_segment::{dateline, DatelineDate};
/// let d = dateline("CHICAGO, March 2 - Grain prices rose.").unwrap();
/// assert_eq!(d.date, Some(DatelineDate::MonthDay { month: 3, day: 2 }));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DatelineDate {
    /// A day with its year.
    Day {
        /// The year.
        year: i32,
        /// The month, 1-12.
        month: u8,
        /// The day of the month (valid for the month and year).
        day: u8,
    },
    /// A day without a year (the newswire's `Feb 26`): the year comes from the caller.
    MonthDay {
        /// The month, 1-12.
        month: u8,
        /// The day of the month, 1-31.
        day: u8,
    },
    /// A month of a year (`October 2013`).
    Month {
        /// The year.
        year: i32,
        /// The month, 1-12.
        month: u8,
    },
    /// A year alone on its line.
    Year {
        /// The year.
        year: i32,
    },
}

/// Which shape a dateline has (position rules depend on it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Form {
    /// `PLACE, Date -`.
    Wire,
    /// `Updated: date`.
    Labelled,
    /// A date (weekday, time, short trailer) alone on its line.
    DateLine,
    /// A key/value line ending in a date.
    Field,
    /// `(Source, date)` alone on its line.
    Source,
}

/// A dateline found with its shape.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Found {
    pub(crate) len: usize,
    pub(crate) date: Option<DatelineDate>,
    pub(crate) form: Form,
}

/// Reads a dateline at the start of `line`: a newswire dateline (`SALVADOR, Feb 26 - `), a
/// publication label with its date (`Updated: 2020-01-21`, `发布时间：2024-07-15`), a line that is
/// a date (`Tuesday, March 4, 2025`, `2024年7月15日 10:30`), a key/value line ending in a date, or
/// a closing source line (`(Xinhua, March 3, 2021)`).
///
/// Returns the bytes it covers and the date it names. Never panics; the cost is bounded by the
/// first few hundred bytes of the line.
///
/// # Example
///
/// ```
/// use finnews_segment::{dateline, DatelineDate};
/// let d = dateline("SALVADOR, Feb 26 - Showers continued").unwrap();
/// assert_eq!(d.len, "SALVADOR, Feb 26 -".len());
/// assert_eq!(dateline("October 2013").unwrap().date, Some(DatelineDate::Month { year: 2013, month: 10 }));
/// assert!(dateline("The CND was established in 1992.").is_none());
/// ```
#[must_use]
pub fn dateline(line: &str) -> Option<Dateline> {
    detect(line).map(|f| Dateline {
        len: f.len,
        date: f.date,
    })
}

/// The default dateline detector of [`crate::Options`]: the length [`dateline`] finds.
pub(crate) fn dateline_len(line: &str) -> Option<usize> {
    detect(line).map(|f| f.len)
}

/// A newswire dateline inside the first bytes of a line, after white space (`... in October
/// WASHINGTON—Dec. 4, 2023—The association ...`, where a page lost the line break before it):
/// its start and the bytes it covers. Only a place in capitals with a date is taken.
pub(crate) fn wire_inside(line: &str) -> Option<(usize, Found)> {
    let b = line.as_bytes();
    let limit = b.len().min(INSIDE_MAX_BYTES);
    let mut i = 1;
    while i + 3 < limit {
        if b[i].is_ascii_uppercase()
            && b[i + 1].is_ascii_uppercase()
            && b[i + 2].is_ascii_uppercase()
            && matches!(b[i - 1], b' ' | b'\n')
        {
            let rest = &line[i..];
            let c = Cur {
                s: rest,
                b: rest.as_bytes(),
                end: trim_end(rest.as_bytes()),
            };
            if let Some(f) = c.wire(0)
                && c.b[..f.len]
                    .iter()
                    .take_while(|&&c| c.is_ascii() && !matches!(c, b',' | b'-'))
                    .all(|c| !c.is_ascii_lowercase())
            {
                return Some((i, f));
            }
        }
        i += 1;
    }
    None
}

/// How far into a first paragraph a run-in newswire dateline is looked for.
const INSIDE_MAX_BYTES: usize = 400;

/// Bytes that can start a dateline (after leading white space): ASCII letters and digits, `(`,
/// `*` (wire flags), and the lead bytes of full-width digits and CJK labels.
fn can_start(c: u8) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, b'(' | b'[' | b'*' | 0xE3..=0xE9 | 0xEF)
}

/// Whether `b` holds a digit (ASCII, or the lead byte 0xEF of a full-width one): every shape
/// names its date with digits, so a line without one is refused at once (sixteen bytes per step,
/// by comparisons the compiler turns into vector instructions).
fn has_digit(b: &[u8]) -> bool {
    let digit = |c: u8| u8::from(c.wrapping_sub(b'0') < 10) | u8::from(c == 0xEF);
    let mut chunks = b.chunks_exact(16);
    for chunk in chunks.by_ref() {
        if chunk.iter().fold(0u8, |a, &c| a | digit(c)) != 0 {
            return true;
        }
    }
    chunks.remainder().iter().any(|&c| digit(c) != 0)
}

pub(crate) fn detect(line: &str) -> Option<Found> {
    let b = line.as_bytes();
    let lead = skip_ws(b, 0);
    if !can_start(*b.get(lead)?) || !has_digit(b) {
        return None;
    }
    let end = trim_end(b);
    let c = Cur { s: line, b, end };
    let inner = bracket_inner(b, lead);
    c.labelled(inner)
        .or_else(|| c.date_line(inner))
        .or_else(|| c.wire(lead))
        .or_else(|| c.place_date(lead))
        .or_else(|| c.cjk_wire(lead))
        .or_else(|| c.cjk_sign_off(lead))
        .or_else(|| c.byline(lead))
        .or_else(|| c.source_line(lead))
        .or_else(|| c.field(lead))
        .or_else(|| c.embargo(lead))
}

/// [`detect`] restricted to the shapes accepted after the first body block (labelled,
/// key/value and closing-source lines, a whole line that is a full day: a publication line
/// under a headline the page put after its chrome, or the day a notice is signed off with,
/// `2024年10月26日`, `国家统计局 2024年11月8日`, `2024年11月8日公表`): the same answer as
/// `detect(line)` filtered to those forms (a date line only when written in CJK), but the
/// newswire readers, which can only refuse such a
/// line, run only when a key/value or source reading has been found.
pub(crate) fn detect_late(line: &str) -> Option<Found> {
    let b = line.as_bytes();
    let lead = skip_ws(b, 0);
    if !can_start(*b.get(lead)?) || !has_digit(b) {
        return None;
    }
    let end = trim_end(b);
    let c = Cur { s: line, b, end };
    let inner = bracket_inner(b, lead);
    if let Some(f) = c.labelled(inner) {
        return Some(f);
    }
    // A whole line naming a full day in CJK writing (never a month or a year alone: those are
    // editions and section heads), or a name and the day it signs off with. Chinese and
    // Japanese notices close on the day they are issued; an English date alone on a line after
    // the body is more often a heading of a live page than the day of publication.
    if let Some(f) = c.date_line(inner) {
        let day = matches!(f.date, Some(DatelineDate::Day { .. }));
        let cjk = !b[..end].is_ascii();
        // One physical line: a date line never spans a line break (with `\r\n` or `\n`).
        let one_line = !b[..end].contains(&b'\n');
        return (cjk && one_line && day && f.form == Form::DateLine && f.len >= end).then_some(f);
    }
    if let Some(f) = c.cjk_sign_off(lead) {
        return Some(f);
    }
    if let Some(f) = c.embargo(lead) {
        return Some(f);
    }
    let late = c.source_line(lead).or_else(|| c.field(lead))?;
    // `detect` would have returned these first, and they are never of a late form.
    if c.wire(lead).is_some()
        || c.place_date(lead).is_some()
        || c.cjk_wire(lead).is_some()
        || c.byline(lead).is_some()
    {
        return None;
    }
    Some(late)
}

/// Whether `rest` is only the closing bracket of a bracketed publication line.
fn is_closing(rest: &str) -> bool {
    rest == ")" || PUBLICATION_BRACKETS.iter().any(|(_, c)| rest == *c)
}

/// Where a publication line in brackets (`【发布时间：2024-07-15】`, `[Updated: 2024-07-15]`)
/// starts inside its bracket; `lead` when the line has none.
fn bracket_inner(b: &[u8], lead: usize) -> usize {
    PUBLICATION_BRACKETS
        .iter()
        .find(|(o, _)| b[lead..].starts_with(o.as_bytes()))
        .map_or(lead, |(o, _)| lead + o.len())
}

#[inline]
fn is_ws_at(b: &[u8], i: usize) -> usize {
    match b.get(i) {
        Some(b' ' | b'\t' | b'\n' | b'\r') => 1,
        Some(0xC2) if b.get(i + 1) == Some(&0xA0) => 2,
        Some(0xE3) if b.get(i + 1) == Some(&0x80) && b.get(i + 2) == Some(&0x80) => 3,
        Some(0xEF) if b.get(i + 1) == Some(&0xBB) && b.get(i + 2) == Some(&0xBF) => 3,
        _ => 0,
    }
}

#[inline]
fn skip_ws(b: &[u8], mut i: usize) -> usize {
    loop {
        let n = is_ws_at(b, i);
        if n == 0 {
            return i;
        }
        i += n;
    }
}

fn trim_end(b: &[u8]) -> usize {
    let mut e = b.len();
    loop {
        if e >= 1 && matches!(b[e - 1], b' ' | b'\t' | b'\n' | b'\r') {
            e -= 1;
        } else if e >= 2 && b[e - 2] == 0xC2 && b[e - 1] == 0xA0 {
            e -= 2;
        } else if e >= 3 && b[e - 3..e] == [0xE3, 0x80, 0x80] {
            e -= 3;
        } else {
            return e;
        }
    }
}

/// A digit (ASCII or full-width) at `i`: its value and byte length.
#[inline]
fn digit_at(b: &[u8], i: usize) -> Option<(u32, usize)> {
    match b.get(i)? {
        c @ b'0'..=b'9' => Some((u32::from(c - b'0'), 1)),
        0xEF if b.get(i + 1) == Some(&0xBC) => match b.get(i + 2)? {
            c @ 0x90..=0x99 => Some((u32::from(c - 0x90), 3)),
            _ => None,
        },
        _ => None,
    }
}

/// The number of days of a month.
fn month_days(year: i32, month: u8) -> u8 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

fn year_ok(y: u32) -> Option<i32> {
    (1800..=2199)
        .contains(&y)
        .then(|| i32::try_from(y).ok())
        .flatten()
}

fn day_date(year: i32, month: u8, day: u32) -> Option<DatelineDate> {
    let day = u8::try_from(day).ok()?;
    ((1..=12).contains(&month) && day >= 1 && day <= month_days(year, month))
        .then_some(DatelineDate::Day { year, month, day })
}

/// One of the lexicon's calendar tables with the first three letters of its entries, derived
/// from the table itself: a word whose first three letters start no entry is refused without the
/// look-up. The set is a bit per letter triple (`prefixes[26 * a + b]` has bit `c`), for words
/// of ASCII letters, any case; an entry not starting with three ASCII letters turns the refusal
/// off.
struct Calendar {
    rows: &'static [(&'static str, u8)],
    prefixes: Option<Box<[u32; 26 * 26]>>,
}

impl Calendar {
    fn new(rows: &'static [(&'static str, u8)]) -> Self {
        let mut set = Box::new([0u32; 26 * 26]);
        let mut ok = true;
        for (w, _) in rows {
            match w.as_bytes().first_chunk::<3>().and_then(|p| letters(*p)) {
                Some((ab, c)) => set[ab] |= 1 << c,
                None => ok = false,
            }
        }
        Calendar {
            rows,
            prefixes: ok.then_some(set),
        }
    }

    /// Whether some entry starts with the three bytes `p` (any letter case); `true` when the
    /// table cannot say.
    #[inline]
    fn has_prefix(&self, p: [u8; 3]) -> bool {
        let Some(set) = &self.prefixes else {
            return true;
        };
        letters(p).is_some_and(|(ab, c)| set[ab] & (1 << c) != 0)
    }
}

/// Three ASCII letters (any case) as the index of their first two in a 26 × 26 table and the
/// rank of the third.
#[inline]
fn letters(p: [u8; 3]) -> Option<(usize, u32)> {
    let rank = |b: u8| {
        b.is_ascii_alphabetic()
            .then(|| b.to_ascii_lowercase() - b'a')
    };
    let (a, b, c) = (rank(p[0])?, rank(p[1])?, rank(p[2])?);
    Some((usize::from(a) * 26 + usize::from(b), u32::from(c)))
}

static MONTH_TABLE: std::sync::LazyLock<Calendar> =
    std::sync::LazyLock::new(|| Calendar::new(MONTHS));
static WEEKDAY_TABLE: std::sync::LazyLock<Calendar> =
    std::sync::LazyLock::new(|| Calendar::new(WEEKDAYS));

/// The row value of `word` in one of the lexicon's calendar tables (`MONTHS`, `WEEKDAYS`): the
/// one O(1) word lookup of `finnews-core`, no table of our own.
fn lookup(class: Class, table: &Calendar, word: &[u8]) -> Option<u8> {
    // Quick refusal: a word of three letters or more shares its first three with an entry.
    if let Some(p) = word.first_chunk::<3>()
        && !table.has_prefix(*p)
    {
        return None;
    }
    let table = table.rows;
    let lx = lexicon();
    let row = lx.row(lx.lookup_bytes(word)?, class)?;
    table.get(row).map(|r| r.1)
}

/// A key/value line ending in a date is at most this long.
const FIELD_MAX_BYTES: usize = 160;

/// How many words a date line may carry after its date and time (`/ Updated 2 hours ago`).
const MAX_TRAILER_WORDS: usize = 4;

/// How many ideographs the agency and place of a Chinese newswire dateline have at most.
const CJK_WIRE_MAX_NAME_CHARS: usize = 12;

/// The most characters of the name before the day of a CJK sign-off line
/// (`贵州茅台酒股份有限公司董事会 2024年10月26日`).
const SIGN_OFF_MAX_NAME_CHARS: usize = 24;

/// A character of a name in a CJK sign-off line: an ideograph or a kana (`トヨタ自動車株式会社`).
fn is_cjk_name_char(c: char) -> bool {
    matches!(c, '\u{3041}'..='\u{30FF}' | '\u{3400}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}')
}

/// How many words a newswire place without a comma before its date has at most.
const MAX_BARE_PLACE_WORDS: usize = 3;

/// How many words of a dateline's place or source name are read at most.
const MAX_NAME_WORDS: usize = 5;

/// A wire service's tag after a newswire date (`(Reuters)`, `/PRNewswire/`) has at most this
/// many bytes between its brackets.
const AGENCY_MAX_BYTES: usize = 32;

/// A table of labels with the set of their first bytes (a quick refusal for [`Cur::label`]).
struct Labels {
    words: &'static [&'static str],
    first: [bool; 256],
}

impl Labels {
    fn new(words: &'static [&'static str]) -> Self {
        let mut first = [false; 256];
        for w in words {
            if let Some(&b) = w.as_bytes().first() {
                first[usize::from(b)] = true;
            }
        }
        Labels { words, first }
    }
}

static DATE_LABELS: std::sync::LazyLock<Labels> =
    std::sync::LazyLock::new(|| Labels::new(cues::DATE_LABELS));
/// The longest line (in bytes) read for an embargo sentence.
const EMBARGO_MAX_LINE: usize = 400;

/// [`cues::EMBARGO_PHRASES`], found in any case.
static EMBARGO: std::sync::LazyLock<Option<aho_corasick::AhoCorasick>> =
    std::sync::LazyLock::new(|| {
        aho_corasick::AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(cues::EMBARGO_PHRASES)
            .ok()
    });
static SOURCE_LABELS: std::sync::LazyLock<Labels> =
    std::sync::LazyLock::new(|| Labels::new(cues::SOURCE_LABELS));

struct Cur<'a> {
    s: &'a str,
    b: &'a [u8],
    /// End of the line without trailing white space.
    end: usize,
}

impl Cur<'_> {
    #[inline]
    fn at(&self, i: usize) -> u8 {
        if i < self.end { self.b[i] } else { 0 }
    }

    /// A run of 1-4 digits at `i`: value, end, digit count (a fifth digit refuses).
    fn number(&self, i: usize) -> Option<(u32, usize, usize)> {
        let mut v = 0u32;
        let mut j = i;
        let mut n = 0;
        while j < self.end
            && let Some((d, l)) = digit_at(self.b, j)
        {
            n += 1;
            if n > 4 {
                return None;
            }
            v = v * 10 + d;
            j += l;
        }
        (n > 0).then_some((v, j, n))
    }

    /// An ASCII word (letters) at `i`: its end.
    #[inline]
    fn word(&self, i: usize) -> Option<usize> {
        let letters = self.b.get(i..self.end.min(i + 16)).map_or(0, |w| {
            w.iter().take_while(|c| c.is_ascii_alphabetic()).count()
        });
        let j = i + letters;
        (j > i && !self.at(j).is_ascii_alphabetic()).then_some(j)
    }

    #[inline]
    fn ws(&self, i: usize) -> usize {
        skip_ws(&self.b[..self.end], i)
    }

    /// Whether the text at `i` is `lit` (ASCII case-insensitive).
    #[inline]
    fn lit(&self, i: usize, lit: &str) -> bool {
        self.b
            .get(i..i + lit.len())
            .is_some_and(|s| i + lit.len() <= self.end && s.eq_ignore_ascii_case(lit.as_bytes()))
    }

    /// A month name at `i` (with an optional period): month and end.
    fn month(&self, i: usize) -> Option<(u8, usize)> {
        self.month_word(i, self.word(i)?)
    }

    /// [`Cur::month`] when the word at `i` is known to end at `e`.
    fn month_word(&self, i: usize, e: usize) -> Option<(u8, usize)> {
        let m = lookup(Class::Month, &MONTH_TABLE, &self.b[i..e])?;
        Some((m, if self.at(e) == b'.' { e + 1 } else { e }))
    }

    /// Whether a month name and a day number start at `i` (`March 13`): the digit after the
    /// word is looked at before the month table.
    fn month_day_at(&self, i: usize) -> bool {
        let Some(e) = self.word(i) else {
            return false;
        };
        let d = self.ws(if self.at(e) == b'.' { e + 1 } else { e });
        digit_at(self.b, d).is_some()
            && self
                .month(i)
                .is_some_and(|(_, me)| self.day(self.ws(me)).is_some())
    }

    /// A day number (1-31) at `i`, with an ordinal suffix: day and end.
    fn day(&self, i: usize) -> Option<(u32, usize)> {
        let (d, e, n) = self.number(i)?;
        if n > 2 || !(1..=31).contains(&d) {
            return None;
        }
        // An ordinal suffix starts with a letter: most days are followed by none.
        if !self.at(e).is_ascii_alphabetic() {
            return (!self.at(e).is_ascii_alphanumeric()).then_some((d, e));
        }
        for suf in ["st", "nd", "rd", "th"] {
            if self.lit(e, suf) && !self.at(e + 2).is_ascii_alphanumeric() {
                return Some((d, e + 2));
            }
        }
        (!self.at(e).is_ascii_alphanumeric()).then_some((d, e))
    }

    /// A four-digit year at `i` not followed by a letter or digit: year and end.
    fn year(&self, i: usize) -> Option<(i32, usize)> {
        let (y, e, n) = self.number(i)?;
        if n != 4 || self.at(e).is_ascii_alphanumeric() {
            return None;
        }
        Some((year_ok(y)?, e))
    }

    /// `, 2024` / ` 2024` after a day or month.
    fn year_after(&self, i: usize) -> Option<(i32, usize)> {
        let j = if self.at(i) == b',' { i + 1 } else { i };
        let k = self.ws(j);
        if k == i {
            return None;
        }
        self.year(k)
    }

    /// A date at `i`, with an optional weekday before it: the date and its end.
    fn date(&self, i: usize) -> Option<(DatelineDate, usize)> {
        let mut j = i;
        let first_word = self.word(i);
        if let Some(e) = first_word
            && lookup(Class::Weekday, &WEEKDAY_TABLE, &self.b[i..e]).is_some()
        {
            let mut k = e;
            if self.at(k) == b'.' {
                k += 1;
            }
            if self.at(k) == b',' {
                k += 1;
            }
            let k2 = self.ws(k);
            if k2 == e {
                return None;
            }
            j = k2;
        }
        if self.at(j).is_ascii_alphabetic() {
            // Month first: `March 4, 2025`, `Feb 26`, `October 2013` (the first word is read
            // once).
            let (m, e) = if j == i {
                self.month_word(i, first_word?)?
            } else {
                self.month(j)?
            };
            let k = self.ws(e);
            if k > e
                && let Some((d, de)) = self.day(k)
            {
                if let Some((y, ye)) = self.year_after(de) {
                    return Some((day_date(y, m, d)?, ye));
                }
                let d = u8::try_from(d).ok()?;
                return (d <= month_days(2000, m))
                    .then_some((DatelineDate::MonthDay { month: m, day: d }, de));
            }
            let (y, ye) = self.year_after(e)?;
            return Some((DatelineDate::Month { year: y, month: m }, ye));
        }
        if let Some(r) = self.era_year(j) {
            return r;
        }
        let (n1, e1, c1) = self.number(j)?;
        if c1 == 4 {
            let y = year_ok(n1)?;
            // 2024年7月15日
            if self.b[e1..].starts_with("年".as_bytes()) {
                return self.cjk_month_of(y, e1);
            }
            // 2024-07-15, 2024/07/15, 2024.07.15
            let sep = self.at(e1);
            if matches!(sep, b'-' | b'/' | b'.') {
                let (m, me, mc) = self.number(e1 + 1)?;
                if mc > 2 || self.at(me) != sep {
                    return None;
                }
                let (d, de, dc) = self.number(me + 1)?;
                if dc > 2 || self.at(de).is_ascii_alphanumeric() {
                    return None;
                }
                return Some((day_date(y, u8::try_from(m).ok()?, d)?, self.cjk_weekday(de)));
            }
            if self.at(e1).is_ascii_alphanumeric() {
                return None;
            }
            return Some((DatelineDate::Year { year: y }, e1));
        }
        // `15.07.2024`: day, month and year with periods, as Europe writes them.
        if c1 <= 2 && self.at(e1) == b'.' {
            let (m, me, mc) = self.number(e1 + 1)?;
            if mc > 2 || self.at(me) != b'.' {
                return None;
            }
            let (y, ye) = self.year(me + 1)?;
            return Some((day_date(y, u8::try_from(m).ok()?, n1)?, ye));
        }
        // Day first: `17 April 2019`, `2 March`.
        let (d, de) = self.day(j)?;
        let k = self.ws(de);
        if k == de {
            return None;
        }
        let (m, me) = self.month(k)?;
        if let Some((y, ye)) = self.year_after(me) {
            return Some((day_date(y, m, d)?, ye));
        }
        let d = u8::try_from(d).ok()?;
        (d <= month_days(2000, m)).then_some((DatelineDate::MonthDay { month: m, day: d }, me))
    }

    /// A weekday in brackets after a date (`(月)`, `（火）`, `(Tue)`): its end, else `i`.
    /// A year of a Japanese or Chinese era with its `年` (`令和8年`, `令和元年`) at `i`, and the
    /// month and day after it: `None` when no era name stands at `i`, else the date read.
    fn era_year(&self, i: usize) -> Option<Option<(DatelineDate, usize)>> {
        if self.at(i) < 0xE3 {
            return None;
        }
        // Era names are two characters of three bytes each.
        let name = self.b.get(i..i + 6)?;
        let lx = lexicon();
        let row = lx.row(lx.lookup_bytes(name)?, Class::Era)?;
        let base = ERAS.get(row)?.1;
        let k = self.ws(i + 6);
        let (n, e) = if self.b[k..].starts_with("元".as_bytes()) {
            (1, k + 3)
        } else {
            match self.number(k) {
                Some((n, e, c)) if c <= 2 && n >= 1 => (n, e),
                _ => return Some(None),
            }
        };
        let e = self.ws(e);
        if !self.b[e..].starts_with("年".as_bytes()) {
            return Some(None);
        }
        let y = i32::try_from(n)
            .ok()
            .and_then(|n| u32::try_from(base + n).ok())
            .and_then(year_ok);
        Some(y.and_then(|y| self.cjk_month_of(y, e)))
    }

    /// The month (and day) after the `年` at `e1` of year `y` (`2024年7月15日`, `2024年7月`).
    fn cjk_month_of(&self, y: i32, e1: usize) -> Option<(DatelineDate, usize)> {
        let k = self.ws(e1 + 3);
        let (m, me, mc) = self.number(k)?;
        let m = u8::try_from(m)
            .ok()
            .filter(|&m| (1..=12).contains(&m) && mc <= 2)?;
        let me = self.ws(me);
        if !self.b[me..].starts_with("月".as_bytes()) {
            return None;
        }
        let k = self.ws(me + 3);
        if let Some((d, de, dc)) = self.number(k)
            && dc <= 2
            && self.b[self.ws(de)..].starts_with("日".as_bytes())
        {
            let end = self.ws(de) + 3;
            return Some((day_date(y, m, d)?, self.cjk_weekday(end)));
        }
        Some((DatelineDate::Month { year: y, month: m }, me + 3))
    }

    fn cjk_weekday(&self, i: usize) -> usize {
        let k = self.ws(i);
        let open = if self.at(k) == b'(' {
            1
        } else if self.b[k..].starts_with("（".as_bytes()) {
            3
        } else {
            return i;
        };
        let inner = k + open;
        let close = self.b[inner..self.end.min(inner + 12)]
            .iter()
            .position(|&c| c == b')')
            .map(|p| (inner + p, 1))
            .or_else(|| {
                self.s
                    .get(inner..self.end.min(inner + 14))
                    .and_then(|t| t.find('）'))
                    .map(|p| (inner + p, 3))
            });
        match close {
            Some((c, l)) if c > inner => c + l,
            _ => i,
        }
    }

    /// A time after a date (`3:30 pm JST`, `10:30`, `15:30:00 GMT`): its end, else `i`.
    fn time(&self, i: usize) -> usize {
        let k = self.separator(self.ws(i));
        // `July 15, 2024 at 10:30 a.m.`
        let k = if self.lit(k, "at ") {
            self.ws(k + 3)
        } else {
            k
        };
        let Some((h, he, hc)) = self.number(k) else {
            return i;
        };
        if hc > 2 || h > 24 || !matches!(self.at(he), b':') {
            return i;
        }
        let Some((_, me, 2)) = self.number(he + 1) else {
            return i;
        };
        let mut end = me;
        if self.at(end) == b':'
            && let Some((_, se, 2)) = self.number(end + 1)
        {
            end = se;
        }
        let k = self.ws(end);
        for ampm in ["a.m.", "p.m.", "am", "pm"] {
            if self.lit(k, ampm) && !self.at(k + ampm.len()).is_ascii_alphabetic() {
                end = k + ampm.len();
                break;
            }
        }
        let k = self.ws(end);
        let (k, bracket) = if self.at(k) == b'(' {
            (k + 1, true)
        } else {
            (k, false)
        };
        if let Some(e) = self.word(k)
            && cues::is_time_zone(&self.s[k..e])
        {
            // `UTC+8`, `GMT+09:00`
            let mut e = e;
            if matches!(self.at(e), b'+' | b'-')
                && let Some((_, oe, _)) = self.number(e + 1)
            {
                e = oe;
                if self.at(e) == b':'
                    && let Some((_, oe2, 2)) = self.number(e + 1)
                {
                    e = oe2;
                }
            }
            if bracket {
                if self.at(e) == b')' {
                    return e + 1;
                }
            } else {
                return e;
            }
        }
        end
    }

    /// A publication label at `i` (`Updated:`, `date`, `発表日：`): the end of the label and its
    /// separator.
    fn label(&self, i: usize, labels: &Labels) -> Option<usize> {
        let first = self.at(i).to_ascii_lowercase();
        if !labels.first[usize::from(first)] {
            return None;
        }
        let l = labels.words.iter().find_map(|w| {
            let wb = w.as_bytes();
            if wb[0] != first || !self.lit(i, w) {
                return None;
            }
            let e = i + wb.len();
            (!w.is_ascii() || !self.at(e).is_ascii_alphanumeric()).then_some(e)
        })?;
        let mut k = self.ws(l);
        if self.at(k) == b':' {
            k += 1;
        } else if self.b[k..].starts_with("：".as_bytes()) {
            k += 3;
        } else {
            // `Press release | 18 September 2025`, `Published · 3 March 2024`
            k = self.separator(k);
        }
        let k2 = self.ws(k);
        // `Published on 3 March 2024`, `Updated at 10:30`
        for w in ["on ", "at "] {
            if self.lit(k2, w) {
                return Some(self.ws(k2 + w.len()));
            }
        }
        Some(k2)
    }

    /// Whether the rest of the line from `i` is a short trailer a date line may carry (`Earnings`,
    /// `来源：新华网`): at most three words without a sentence end, or a source label.
    fn trailer_ok(&self, i: usize) -> bool {
        let k = self.separator(self.ws(i));
        if k >= self.end {
            return true;
        }
        if self.label(k, &SOURCE_LABELS).is_some() {
            return true;
        }
        let rest = &self.s[k..self.end];
        // A closing bracket of a bracketed publication line (`【发布时间：2024-07-15】`).
        if is_closing(rest) {
            return true;
        }
        // `2024年11月8日公表`, `（2024年11月8日 発表）`: the day and the word that publishes on it.
        if let Some(m) = PUBLICATION_MARKS.iter().find(|m| rest.starts_with(**m)) {
            let after = self.ws(k + m.len());
            return after >= self.end || is_closing(&self.s[after..self.end]);
        }
        // A CJK word right after the date makes it part of a phrase (`2026年1月の鉱工業指数`:
        // the index of January), not a date line.
        if k == i && (0xE3..=0xE9).contains(&self.at(k)) {
            return false;
        }
        let mut words = 0;
        for _ in rest.split_whitespace() {
            words += 1;
            if words > MAX_TRAILER_WORDS {
                return false;
            }
        }
        !rest.chars().any(cues::is_terminal) && !rest.chars().next().is_some_and(cues::is_dash)
    }

    /// A separator between the parts of a publication line (`,`, `/`, `|`, `·`, `•`) at `i`,
    /// with the white space after it: its end, else `i`.
    fn separator(&self, i: usize) -> usize {
        if matches!(self.at(i), b',' | b'/' | b'|') {
            return self.ws(i + 1);
        }
        for sep in ["·", "•", "｜"] {
            if self.b[i.min(self.end)..self.end].starts_with(sep.as_bytes()) {
                return self.ws(i + sep.len());
            }
        }
        i
    }

    /// A full date (a day with its year) starting one of the next `tokens`
    /// white-space separated tokens from `i`, or right after a separator inside one: the date
    /// and its end.
    fn date_within(&self, i: usize, tokens: usize) -> Option<(DatelineDate, usize)> {
        let mut k = self.ws(i);
        for _ in 0..tokens {
            if k >= self.end {
                return None;
            }
            let k2 = self.separator(k);
            if let Some((d, e)) = self.date(k2)
                && matches!(d, DatelineDate::Day { .. })
            {
                return Some((d, e));
            }
            // The next token; a date may follow the name directly in CJK (`新华网2024-07-15`).
            let mut e = k2;
            while e < self.end && is_ws_at(self.b, e) == 0 {
                if digit_at(self.b, e).is_some()
                    && e > k2
                    && !self.b[e - 1].is_ascii_digit()
                    && let Some((d, de)) = self.date(e)
                    && matches!(d, DatelineDate::Day { .. })
                {
                    return Some((d, de));
                }
                e += 1;
            }
            k = self.ws(e);
        }
        None
    }

    /// `By Jane Doe | July 15, 2024`, `来源：新华网 2024-07-15 10:30`: a byline or a source label,
    /// a name of a few words, then a full date (with a time and a short trailer): a whole line.
    fn byline(&self, i: usize) -> Option<Found> {
        let k = if self.lit(i, "by ") {
            i + 3
        } else {
            self.label(i, &SOURCE_LABELS)?
        };
        if self.end - i > FIELD_MAX_BYTES {
            return None;
        }
        let (date, de) = self.date_within(k, MAX_NAME_WORDS + 1)?;
        let te = self.time(de);
        self.trailer_ok(te).then_some(Found {
            len: self.end,
            date: Some(date),
            form: Form::DateLine,
        })
    }

    /// The dashes after a newswire dateline (`-`, `--`, `—`), after optional white space and
    /// comma: their end.
    fn dash(&self, i: usize) -> Option<usize> {
        let mut k = self.ws(i);
        if self.at(k) == b',' {
            k = self.ws(k + 1);
        }
        let start = k;
        loop {
            let c = self.s.get(k..self.end)?.chars().next();
            match c {
                Some(c) if cues::is_dash(c) => k += c.len_utf8(),
                _ => break,
            }
        }
        // A hyphen joined to the words on both sides is a hyphenated word, not a dash
        // (`March 2 -The` has its dash; `March 2-based` does not).
        let joined = k == start + 1
            && start == i
            && self.at(start) == b'-'
            && self.at(k).is_ascii_alphanumeric();
        (k > start && !joined).then_some(k)
    }

    /// A place name at `i` (`SALVADOR`, `NEW YORK`, `Vancouver`, `Ore.`, `N.J.`): its end. Stops
    /// before a month name followed by a day, so `JOHANNESBURG March 13` leaves the date.
    fn place(&self, i: usize, capitals: bool) -> Option<usize> {
        let mut j = i;
        let mut end = None;
        for n in 0..MAX_NAME_WORDS {
            let c = self.at(j);
            if !c.is_ascii_uppercase() {
                break;
            }
            if n > 0 && self.month_day_at(j) {
                break;
            }
            let mut e = j;
            while e < self.end
                && (self.b[e].is_ascii_alphabetic()
                    || matches!(self.b[e], b'.' | b'\'' | b'-' | b'/' | b'&'))
                && e - j < 32
            {
                e += 1;
            }
            let w = &self.s[j..e];
            if capitals && w.bytes().any(|c| c.is_ascii_lowercase()) {
                break;
            }
            end = Some(e);
            let k = self.ws(e);
            if k == e || !self.at(k).is_ascii_alphabetic() {
                break;
            }
            j = k;
        }
        end
    }

    /// `PORTLAND, Ore., Feb 26 -`, `NEW YORK, March 2, 1987 --`, `JOHANNESBURG March 13 -`.
    fn wire(&self, i: usize) -> Option<Found> {
        let mut j = i;
        while self.at(j) == b'*' {
            j += 1;
        }
        let pe = self.place(j, false)?;
        let caps = !self.b[j..pe].iter().any(u8::is_ascii_lowercase);
        let mut k = self.ws(pe);
        let mut first = true;
        // The place, then up to two regions after commas (`Ore.,`, `British Columbia,`,
        // `W. Va.`), then the date and the dash.
        for _ in 0..3 {
            let comma = self.at(k) == b',';
            let mut after = if comma { self.ws(k + 1) } else { k };
            // `WASHINGTON—Dec. 4, 2023—`: a dash after a place in capitals.
            if first && caps && !comma {
                after = self.s[k..self.end]
                    .strip_prefix(['—', '–'])
                    .map_or(k, |r| self.ws(self.end - r.len()));
            }
            // `SAN FRANCISCO--(BUSINESS WIRE)--Feb. 27, 2025--`: the wire service's tag
            // between dashes before the date (the place may have taken the first dashes).
            let place_end = if first { pe } else { k };
            if !comma && (caps || !first) {
                let tag_at = if self.b[..place_end].last() == Some(&b'-') {
                    Some(k)
                } else {
                    self.dash(k)
                };
                if let Some(te) = tag_at.and_then(|t| self.agency_tag(self.ws(t)))
                    && let Some(d) = self.dash(te)
                {
                    after = self.ws(d);
                }
            }
            // A place without a comma before its date is short (`JOHANNESBURG March 13 -`,
            // `RIO DE JANEIRO March 3 -`): a longer run of capitals is a headline
            // (`SYRIA SEEKING WHITE SUGAR ON APRIL 8 - TRADE`).
            let bare_ok = comma
                || !first
                || self.s[j..pe]
                    .split_whitespace()
                    .nth(MAX_BARE_PLACE_WORDS)
                    .is_none();
            if (comma || caps || !first)
                && bare_ok
                && let Some((date, de)) = self.date(after)
                && !matches!(date, DatelineDate::Year { .. })
            {
                let mut de = de;
                // `WASHINGTON, March 12, Reuter -`
                let r = self.ws(if self.at(de) == b',' { de + 1 } else { de });
                if self.lit(r, "reuter") {
                    de = r + 6;
                } else if let Some(te) = self.agency_tag(r) {
                    // `TOKYO, March 2 (Reuters) -`, `NEW YORK, March 3, 2026 /PRNewswire/ --`
                    de = te;
                }
                let end = self.dash(de)?;
                return Some(Found {
                    len: end,
                    date: Some(date),
                    form: Form::Wire,
                });
            }
            if !comma {
                return None;
            }
            k = self.ws(self.place(after, false)?);
            first = false;
        }
        None
    }

    /// `TOKYO --` after a labelled date: a place in capitals and a dash.
    /// A wire service's tag after a newswire date, in brackets or between slashes
    /// (`(Reuters)`, `/PRNewswire/`, `(AP)`): a short name starting with a capital, its end.
    fn agency_tag(&self, i: usize) -> Option<usize> {
        let close = match self.at(i) {
            b'(' => b')',
            b'/' => b'/',
            _ => return None,
        };
        if !self.at(i + 1).is_ascii_uppercase() {
            return None;
        }
        let limit = self.end.min(i + 1 + AGENCY_MAX_BYTES);
        let inner = &self.b[i + 1..limit];
        let p = inner.iter().position(|&c| c == close)?;
        inner[..p]
            .iter()
            .all(|&c| c.is_ascii_alphabetic() || matches!(c, b' ' | b'-' | b'.' | b'&'))
            .then_some(i + 2 + p)
    }

    fn place_dash(&self, i: usize) -> Option<usize> {
        let pe = self.place(i, true)?;
        self.dash(pe)
    }

    /// `Updated: 2020-01-21`, `発表日：2024年7月15日`, `date 2023-06-22 TOKYO --`.
    fn labelled(&self, i: usize) -> Option<Found> {
        let k = self.label(i, &DATE_LABELS)?;
        let (date, de) = self.date(k)?;
        let te = self.time(de);
        let form = Form::Labelled;
        if matches!(date, DatelineDate::Year { .. }) {
            // `Date 2024 revenue ...` is prose; a labelled year stands alone.
            return (self.ws(te) >= self.end).then_some(Found {
                len: self.end,
                date: Some(date),
                form,
            });
        }
        if self.trailer_ok(te) {
            return Some(Found {
                len: self.end,
                date: Some(date),
                form,
            });
        }
        let r = self.ws(te);
        if let Some(pe) = self.place_dash(r) {
            return Some(Found {
                len: pe,
                date: Some(date),
                form,
            });
        }
        Some(Found {
            len: te,
            date: Some(date),
            form,
        })
    }

    /// A header sentence stating from when the page may be published ([`cues::EMBARGO_PHRASES`]):
    /// the phrase, a clock time if any, and a full day with its year ending the sentence; the
    /// whole line is the dateline.
    fn embargo(&self, i: usize) -> Option<Found> {
        // A header sentence, not a page run together on one line.
        if self.end - i > EMBARGO_MAX_LINE {
            return None;
        }
        let rest = &self.s[i..self.end];
        let m = EMBARGO.as_ref()?.find(rest)?;
        let k = i + m.end();
        let te = self.time(k);
        let (date, de) = self.date(self.ws(te))?;
        if !matches!(date, DatelineDate::Day { .. }) {
            return None;
        }
        // The day ends the sentence (a full stop at most after it).
        let e = if self.at(de) == b'.' { de + 1 } else { de };
        (self.ws(e) >= self.end).then_some(Found {
            len: self.end,
            date: Some(date),
            form: Form::Labelled,
        })
    }

    /// `Tuesday, March 4, 2025`, `17 April 2019`, `Fri Jan 17, 2025 3:30 pm JST Earnings`,
    /// `2024年07月15日 10:30 来源：新华网`, `Dec. 4, 2023 - The ...`.
    fn date_line(&self, i: usize) -> Option<Found> {
        let (date, de) = self.date(i)?;
        let te = self.time(de);
        let whole = self.ws(te) >= self.end;
        let form = Form::DateLine;
        match date {
            DatelineDate::Year { .. } => whole.then_some(Found {
                len: self.end,
                date: Some(date),
                form,
            }),
            // `APRIL 7 -`: a newswire dateline without its place.
            DatelineDate::MonthDay { .. } => self.dash(te).map(|end| Found {
                len: end,
                date: Some(date),
                form: Form::Wire,
            }),
            _ => {
                if self.trailer_ok(te) {
                    return Some(Found {
                        len: self.end,
                        date: Some(date),
                        form,
                    });
                }
                let end = self.dash(te)?;
                Some(Found {
                    len: end,
                    date: Some(date),
                    form,
                })
            }
        }
    }

    /// `Brussels, 25 September 2025`, `FRANKFURT, Germany, March 3, 2025`: a place, a comma and
    /// a full day, the whole line.
    fn place_date(&self, i: usize) -> Option<Found> {
        // The line ends in the day's year (a quick refusal).
        if !self.at(self.end.checked_sub(1)?).is_ascii_digit() {
            return None;
        }
        let mut k = self.place(i, false)?;
        for _ in 0..2 {
            if self.at(k) != b',' {
                return None;
            }
            let after = self.ws(k + 1);
            if let Some((date, de)) = self.date(after) {
                let whole =
                    matches!(date, DatelineDate::Day { .. }) && self.ws(self.time(de)) >= self.end;
                return whole.then_some(Found {
                    len: self.end,
                    date: Some(date),
                    form: Form::DateLine,
                });
            }
            k = self.place(after, false)?;
        }
        None
    }

    /// `新华社北京4月21日电`, `中新网上海2024年7月15日电`: the Chinese newswire dateline (an agency
    /// and a place in ideographs, a day, and `电`), up to its `电`; the story runs on after it.
    fn cjk_wire(&self, i: usize) -> Option<Found> {
        let mut j = i;
        let mut n = 0;
        while n < CJK_WIRE_MAX_NAME_CHARS {
            match self.s.get(j..self.end)?.chars().next() {
                Some(c) if ('\u{4E00}'..='\u{9FFF}').contains(&c) => {
                    j += c.len_utf8();
                    n += 1;
                }
                _ => break,
            }
        }
        if n < 2 {
            return None;
        }
        let (date, de) = match self.date(j) {
            Some((d @ DatelineDate::Day { .. }, e)) => (d, e),
            _ => self.cjk_month_day(j)?,
        };
        let rest = self.s.get(de..self.end)?;
        let wire = cues::CJK_WIRE_MARKS
            .iter()
            .find(|m| rest.starts_with(**m))?;
        Some(Found {
            len: de + wire.len(),
            date: Some(date),
            form: Form::Wire,
        })
    }

    /// `国家统计局 2024年11月8日`, `香港，2024年11月13日`: a name in CJK characters (an office, a
    /// company, a place), white space or a comma, and the full day the text is signed off with, to
    /// the end of the line (a time may follow).
    fn cjk_sign_off(&self, i: usize) -> Option<Found> {
        let mut j = i;
        let mut n = 0;
        while n < SIGN_OFF_MAX_NAME_CHARS {
            match self.s.get(j..self.end)?.chars().next() {
                Some(c) if is_cjk_name_char(c) => {
                    j += c.len_utf8();
                    n += 1;
                }
                _ => break,
            }
        }
        if n < 2 {
            return None;
        }
        let mut k = self.ws(j);
        if let Some(sep) = SIGN_OFF_SEPARATORS
            .iter()
            .find(|s| self.b[k..self.end].starts_with(s.as_bytes()))
        {
            k = self.ws(k + sep.len());
        }
        if k == j {
            return None;
        }
        let (date, de) = self.date(k)?;
        (matches!(date, DatelineDate::Day { .. }) && self.ws(self.time(de)) >= self.end).then_some(
            Found {
                len: self.end,
                date: Some(date),
                form: Form::Source,
            },
        )
    }

    /// `4月21日` at `i`: the day without its year, and its end.
    fn cjk_month_day(&self, i: usize) -> Option<(DatelineDate, usize)> {
        let (m, me, mc) = self.number(i)?;
        if mc > 2 || !self.b[me..].starts_with("月".as_bytes()) {
            return None;
        }
        let (d, de, dc) = self.number(me + 3)?;
        if dc > 2 || !self.b[de..].starts_with("日".as_bytes()) {
            return None;
        }
        let month = u8::try_from(m).ok().filter(|m| (1..=12).contains(m))?;
        let day = u8::try_from(d)
            .ok()
            .filter(|&d| d >= 1 && d <= month_days(2000, month))?;
        Some((DatelineDate::MonthDay { month, day }, de + 3))
    }

    /// `(Xinhua, March 3, 2021)`, `(Reuters, 4 March 2025)`: a whole line.
    fn source_line(&self, i: usize) -> Option<Found> {
        if self.at(i) != b'(' || self.b.get(self.end.checked_sub(1)?) != Some(&b')') {
            return None;
        }
        let j = self.ws(i + 1);
        let mut k = self.place(j, false)?;
        for _ in 0..2 {
            if self.at(k) != b',' {
                return None;
            }
            let after = self.ws(k + 1);
            if let Some((date, de)) = self.date(after) {
                if matches!(date, DatelineDate::Year { .. }) {
                    return None;
                }
                let te = self.time(de);
                return (self.ws(te) + 1 == self.end).then_some(Found {
                    len: self.end,
                    date: Some(date),
                    form: Form::Source,
                });
            }
            k = self.ws(self.place(after, false)?);
        }
        None
    }

    /// `RNS Number : 5444Y  HSBC Holdings PLC  31 July 2024`: a `Key: value` line (at most
    /// sixteen words, no sentence end) whose value ends in a full date.
    fn field(&self, i: usize) -> Option<Found> {
        if self.end - i > FIELD_MAX_BYTES {
            return None;
        }
        let head = &self.b[i..self.end.min(i + 48)];
        // The key ends on its own physical line (a break before the colon is no key, whether
        // the line ends in `\n` or `\r\n`).
        let colon = head
            .iter()
            .take_while(|&&c| c != b'\n' && c != b'\r')
            .position(|&c| c == b':')?
            + i;
        let rest = &self.s[colon + 1..self.end];
        // Periods inside abbreviations are fine; a sentence end is not.
        if rest.contains(". ") || rest.ends_with('.') {
            return None;
        }
        let mut k = self.ws(colon + 1);
        for _ in 0..16 {
            if k >= self.end {
                return None;
            }
            // A day only: a month closing a key/value line is an edition in a title
            // (`Car registrations: August 2025`), not the day of publication.
            if let Some((date, de)) = self.date(k)
                && matches!(date, DatelineDate::Day { .. })
                && self.ws(self.time(de)) >= self.end
            {
                return Some(Found {
                    len: self.end,
                    date: Some(date),
                    form: Form::Field,
                });
            }
            // Next word.
            let mut e = k;
            while e < self.end && is_ws_at(self.b, e) == 0 {
                e += 1;
            }
            k = self.ws(e);
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use finnews_core::lexicon::{Class, MONTHS, WEEKDAYS, lexicon};

    use super::{MONTH_TABLE, WEEKDAY_TABLE, lookup};

    /// The look-up straight from the lexicon, without the quick refusal.
    fn plain(class: Class, rows: &[(&str, u8)], word: &str) -> Option<u8> {
        let lx = lexicon();
        let row = lx.row(lx.lookup(word)?, class)?;
        rows.get(row).map(|r| r.1)
    }

    #[test]
    fn publication_words_brackets_and_sign_offs() {
        use super::{DatelineDate, Form, detect, detect_late};
        let day = |year, month, day| Some(DatelineDate::Day { year, month, day });
        for (line, d) in [
            ("2023年5月9日公表", day(2023, 5, 9)),
            ("（2023年5月9日 発表）", day(2023, 5, 9)),
            ("【2023-05-09 发布】", day(2023, 5, 9)),
            ("令和5年5月9日付", day(2023, 5, 9)),
            ("某市统计局 2023年5月9日", day(2023, 5, 9)),
            ("深圳，2023年5月9日", day(2023, 5, 9)),
            ("株式会社サンプル 2023年5月9日 15:00", day(2023, 5, 9)),
        ] {
            let f = detect(line).unwrap_or_else(|| panic!("{line}"));
            assert_eq!((f.len, f.date), (line.len(), d), "{line}");
            // and after the body (a line under a headline, or the day a notice is signed off)
            assert_eq!(detect_late(line).map(|f| f.date), Some(d), "{line}");
        }
        // A late date line names a full day on a line of its own.
        let f = detect_late("2023年5月9日 10:30").expect("a day and a time");
        assert_eq!(f.form, Form::DateLine);
        assert!(detect_late("Tuesday, May 9, 2023").is_none());
        for line in [
            "2023年5月",
            "2023年",
            "2023年5月9日の会合で決めた",
            "2023年5月9日公表の資料によると増えた。",
            "某市统计局称2023年5月9日起实施",
            "May 2023",
            "SALVADOR, Feb 26 - Showers continued",
            "的 2023年5月9日",
        ] {
            assert!(detect_late(line).is_none(), "{line}");
        }
        assert!(detect("2023年5月9日の会合").is_none());
    }

    #[test]
    fn the_prefix_refusal_keeps_every_entry() {
        for (w, v) in MONTHS {
            assert_eq!(
                lookup(Class::Month, &MONTH_TABLE, w.as_bytes()),
                Some(*v),
                "{w}"
            );
            let upper = w.to_ascii_uppercase();
            assert_eq!(
                lookup(Class::Month, &MONTH_TABLE, upper.as_bytes()),
                Some(*v)
            );
        }
        for (w, v) in WEEKDAYS {
            assert_eq!(
                lookup(Class::Weekday, &WEEKDAY_TABLE, w.as_bytes()),
                Some(*v),
                "{w}"
            );
        }
        for w in [
            "SALVADOR",
            "Feb",
            "febr",
            "Ma",
            "Mayor",
            "Sunday",
            "Sun",
            "Mon",
            "Monday",
            "x",
            "",
            "Decembers",
            "TUES",
        ] {
            assert_eq!(
                lookup(Class::Month, &MONTH_TABLE, w.as_bytes()),
                plain(Class::Month, MONTHS, w),
                "{w}"
            );
            assert_eq!(
                lookup(Class::Weekday, &WEEKDAY_TABLE, w.as_bytes()),
                plain(Class::Weekday, WEEKDAYS, w),
                "{w}"
            );
        }
    }
}
