//! Chinese and Japanese dates, periods and durations: `2021年3月15日`, `令和5年`, `2026年3月期`,
//! `前三季度`, `1～6月`, `9月末`, `去年同期`, `来週の月曜日`, `三年半`, `连续20个季度`, `5年後`.
//!
//! A child module of the grammar (it reads the window through [`Cx`]'s helpers and resolves
//! against the reference date the same way the English rules do). CJK text has no spaces, so a
//! phrase is read by nom parsers over the text from its start token; where the parse ends is
//! mapped back to a token end (a phrase never ends inside a token). Every word comes from the
//! lexicon's calendar tables (`finnews_core::lexicon::CJK_*`): the grammar names what a word
//! does ([`CjkMark`]), never the word.

use core::cell::{Cell, RefCell};

use chrono::{Datelike, Days, Months, NaiveDate};
use finnews_core::lexer::{Kind, Token};
use finnews_core::lexicon::{self as lx, CjkMark as K, Qualifier, TimeUnit};
use finnews_core::tables::cjk;
use finnews_core::tables::numbers::{CJK_NUMERALS, CjkNumeral};
use nom::combinator::opt;
use nom::{IResult, Parser};
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;

use super::{Anchor, Cx, M};
use crate::timex::{DurUnit, Parts, Point, Repr, Season, Timex, Year, month_range, ymd};
use crate::types::{FiscalYearNaming, Mod, Options, Temporal, TemporalValue};

type R<'s, T> = IResult<&'s str, T, ()>;

/// Spaces within a line (ASCII or ideographic), never a line break.
fn space0(s: &str) -> R<'_, ()> {
    let n = s
        .char_indices()
        .find(|&(_, c)| !(c.is_whitespace() && c != '\n' && c != '\r'))
        .map_or(s.len(), |(k, _)| k);
    Ok((&s[n..], ()))
}

fn fail<T>() -> Result<T, nom::Err<()>> {
    Err(nom::Err::Error(()))
}

fn need<T>(x: Option<T>) -> Result<T, nom::Err<()>> {
    x.ok_or(nom::Err::Error(()))
}

/// Slots of an [`Ix`]: a character's rows are in the slot of its code modulo this.
const SLOTS: usize = 1024;

/// A word table indexed by first character: the rows a text can start with are those of the
/// slot of its first character (its code modulo [`SLOTS`]), compared longest first; no search.
/// Most texts start with no word of a table, and an empty slot says so at once.
pub(super) struct Ix<T: 'static> {
    /// Sorted by slot, then longest word first.
    rows: Vec<(&'static str, T)>,
    /// Each slot's rows: `rows[start..end]`.
    slots: Vec<(u16, u16)>,
}

impl<T: Copy> Ix<T> {
    fn new(words: impl IntoIterator<Item = (&'static str, T)>) -> Ix<T> {
        let slot = |w: &str| w.chars().next().map_or(0, |c| c as usize % SLOTS);
        let mut rows: Vec<(&'static str, T)> =
            words.into_iter().filter(|(w, _)| !w.is_empty()).collect();
        rows.sort_by(|a, b| slot(a.0).cmp(&slot(b.0)).then(b.0.len().cmp(&a.0.len())));
        let mut slots = vec![(0u16, 0u16); SLOTS];
        for (k, r) in rows.iter().enumerate() {
            let k = u16::try_from(k).unwrap_or(u16::MAX);
            if let Some(e) = slots.get_mut(slot(r.0)) {
                if e.1 == 0 {
                    e.0 = k;
                }
                e.1 = k.saturating_add(1);
            }
        }
        Ix { rows, slots }
    }

    /// The rows that may start `s` (every row whose word starts with its first character,
    /// longest first, and perhaps rows of other characters), none for most texts.
    fn bucket(&self, s: &str) -> &[(&'static str, T)] {
        let Some(c) = s.chars().next() else {
            return &[];
        };
        let (a, b) = self
            .slots
            .get(c as usize % SLOTS)
            .copied()
            .unwrap_or((0, 0));
        self.rows.get(usize::from(a)..usize::from(b)).unwrap_or(&[])
    }

    /// The longest word `s` starts with that `keep` accepts: its length and value.
    fn longest(&self, s: &str, keep: impl Fn(T) -> bool) -> Option<(usize, T)> {
        self.bucket(s)
            .iter()
            .find(|&&(w, v)| keep(v) && has_prefix(s, w))
            .map(|&(w, v)| (w.len(), v))
    }
}

/// Whether `s` starts with `w`, byte by byte (the words are a few bytes long).
#[inline]
fn has_prefix(s: &str, w: &str) -> bool {
    let (s, w) = (s.as_bytes(), w.as_bytes());
    s.len() >= w.len() && s.iter().zip(w).all(|(a, b)| a == b)
}

/// The lexicon's CJK calendar tables, indexed ([`Ix`]).
mod ix {
    use std::sync::LazyLock;

    use finnews_core::lexicon::{self as lx, CjkMark, Qualifier, TimeUnit};
    use finnews_core::tables::cjk;

    use super::Ix;

    fn two<T: Copy>(t: &'static [(&'static str, T)]) -> Ix<T> {
        Ix::new(t.iter().copied())
    }
    fn three<A: Copy, B: Copy>(t: &'static [(&'static str, A, B)]) -> Ix<(A, B)> {
        Ix::new(t.iter().map(|&(w, a, b)| (w, (a, b))))
    }
    fn one(t: &'static [&'static str]) -> Ix<()> {
        Ix::new(t.iter().map(|&w| (w, ())))
    }

    pub(super) static MARKS: LazyLock<Ix<CjkMark>> = LazyLock::new(|| two(lx::CJK_MARKS));
    pub(super) static ERAS: LazyLock<Ix<i32>> = LazyLock::new(|| two(lx::ERAS));
    pub(super) static ERA_LETTERS: LazyLock<Ix<i32>> = LazyLock::new(|| two(lx::ERA_LETTERS));
    pub(super) static FIRST_LAST: LazyLock<Ix<i8>> = LazyLock::new(|| two(lx::CJK_FIRST_LAST));
    pub(super) static HALVES: LazyLock<Ix<u8>> = LazyLock::new(|| two(lx::CJK_HALVES));
    pub(super) static JA_TERM_HALVES: LazyLock<Ix<u8>> = LazyLock::new(|| two(lx::JA_TERM_HALVES));
    pub(super) static PERIOD_PARTS: LazyLock<Ix<Qualifier>> =
        LazyLock::new(|| two(lx::CJK_PERIOD_PARTS));
    pub(super) static QUARTER_WORDS: LazyLock<Ix<()>> =
        LazyLock::new(|| one(lx::CJK_QUARTER_WORDS));
    pub(super) static RELATIVE_DAYS: LazyLock<Ix<i8>> =
        LazyLock::new(|| two(lx::CJK_RELATIVE_DAYS));
    pub(super) static RELATIVE_FISCAL_YEARS: LazyLock<Ix<i8>> =
        LazyLock::new(|| two(lx::CJK_RELATIVE_FISCAL_YEARS));
    pub(super) static RELATIVE_MONTHS: LazyLock<Ix<i8>> =
        LazyLock::new(|| two(lx::CJK_RELATIVE_MONTHS));
    pub(super) static RELATIVE_SEASONS: LazyLock<Ix<(i8, u8)>> =
        LazyLock::new(|| three(lx::CJK_RELATIVE_SEASONS));
    pub(super) static RELATIVE_WEEKS: LazyLock<Ix<i8>> =
        LazyLock::new(|| two(lx::CJK_RELATIVE_WEEKS));
    pub(super) static RELATIVE_YEARS: LazyLock<Ix<(i8, i8)>> =
        LazyLock::new(|| three(lx::CJK_RELATIVE_YEARS));
    pub(super) static SEASONS: LazyLock<Ix<u8>> = LazyLock::new(|| two(lx::CJK_SEASONS));
    pub(super) static SHIFTS: LazyLock<Ix<i8>> = LazyLock::new(|| two(lx::CJK_SHIFTS));
    pub(super) static TIME_UNITS: LazyLock<Ix<(TimeUnit, bool)>> =
        LazyLock::new(|| three(lx::CJK_TIME_UNITS));
    pub(super) static WEEKDAY_DAYS: LazyLock<Ix<u8>> = LazyLock::new(|| two(lx::CJK_WEEKDAY_DAYS));
    pub(super) static WEEKDAY_PREFIXES: LazyLock<Ix<()>> =
        LazyLock::new(|| one(lx::CJK_WEEKDAY_PREFIXES));
    pub(super) static JA_WEEKDAYS: LazyLock<Ix<u8>> = LazyLock::new(|| two(lx::JA_WEEKDAYS));
    pub(super) static HOLIDAYS: LazyLock<Ix<(u8, u8)>> = LazyLock::new(|| three(lx::CJK_HOLIDAYS));
    pub(super) static WEEKDAY_LEADS: LazyLock<Ix<i8>> =
        LazyLock::new(|| two(lx::CJK_WEEKDAY_LEADS));
    pub(super) static GLOSS_OPENS: LazyLock<Ix<()>> =
        LazyLock::new(|| Ix::new(lx::CJK_GLOSS_BRACKETS.iter().map(|&(o, _)| (o, ()))));
    pub(super) static GLOSS_CLOSES: LazyLock<Ix<()>> =
        LazyLock::new(|| Ix::new(lx::CJK_GLOSS_BRACKETS.iter().map(|&(_, c)| (c, ()))));
    pub(super) static DATE_WORD_NAMES: LazyLock<Ix<()>> =
        LazyLock::new(|| one(lx::CJK_NAMES_WITH_DATE_WORDS));
    pub(super) static WEEKEND_MARKS: LazyLock<Ix<()>> =
        LazyLock::new(|| one(lx::CJK_WEEKEND_MARKS));
    pub(super) static RELATIVE_HALF_YEARS: LazyLock<Ix<i8>> =
        LazyLock::new(|| two(lx::CJK_RELATIVE_HALF_YEARS));
    pub(super) static PART_HALVES: LazyLock<Ix<(TimeUnit, u8)>> =
        LazyLock::new(|| three(lx::CJK_PART_HALVES));
    pub(super) static STREAK_AFTER: LazyLock<Ix<()>> = LazyLock::new(|| one(cjk::STREAK_AFTER));
    pub(super) static SAME_PERIOD_WORDS: LazyLock<Ix<()>> =
        LazyLock::new(|| one(cjk::SAME_PERIOD_WORDS));
    pub(super) static HALF_YEAR_REPORTS: LazyLock<Ix<()>> =
        LazyLock::new(|| one(cjk::HALF_YEAR_REPORTS));
    pub(super) static ENDED_MARKS: LazyLock<Ix<()>> = LazyLock::new(|| one(cjk::ENDED_MARKS));
    pub(super) static SHORT_QUARTER_WORDS: LazyLock<Ix<()>> =
        LazyLock::new(|| one(cjk::SHORT_QUARTER_WORDS));
    pub(super) static DIFFERENCE_MARKS: LazyLock<Ix<()>> =
        LazyLock::new(|| one(cjk::DIFFERENCE_MARKS));
}

/// The longest word of `table` that `s` starts with, and its value.
fn word<'s, T: Copy>(table: &'static Ix<T>) -> impl Fn(&'s str) -> R<'s, T> {
    move |s: &'s str| {
        let (n, v) = need(table.longest(s, |_| true))?;
        Ok((&s[n..], v))
    }
}

/// Any word of `list`, the longest.
fn any_of<'s>(list: &'static Ix<()>) -> impl Fn(&'s str) -> R<'s, ()> {
    word(list)
}

/// A mark of kind `k` ([`lx::CJK_MARKS`]), the longest.
fn mark<'s>(k: K) -> impl Fn(&'s str) -> R<'s, ()> {
    move |s: &'s str| {
        let (n, _) = need(ix::MARKS.longest(s, |kk| kk == k))?;
        Ok((&s[n..], ()))
    }
}

/// `月` after `前N` (`前10月`: the first ten months, as Taiwan writes it), read as the counted
/// month unit.
fn first_n_months(s: &str) -> R<'_, (TimeUnit, bool)> {
    let (r, ()) = mark(K::Month)(s)?;
    // not the day of a month (`前10月5日`)
    if r.starts_with(|c: char| c.is_ascii_digit() || is_numeral_char(c)) {
        return fail();
    }
    Ok((r, (TimeUnit::Month, true)))
}

/// The same period of another year (`同期`, `同月`: `上年同期`, `前年同月`).
fn same_period(s: &str) -> R<'_, ()> {
    mark(K::SamePeriod)(s).or_else(|_| any_of(&ix::SAME_PERIOD_WORDS)(s))
}

fn has(k: K, s: &str) -> bool {
    mark(k)(s).is_ok()
}

/// A number as `finnews_numeral` reads it (digits, full-width digits, CJK numerals), with the
/// number of characters it takes.
fn amount(s: &str) -> R<'_, (Decimal, usize)> {
    let n = need(finnews_numeral::cardinal_prefix(s))?;
    let text = need(s.get(..n.len))?;
    // `1,000` and `12・5` are no part of a date.
    if n.value.is_sign_negative() || text.contains([',', '，']) {
        return fail();
    }
    Ok((&s[n.len..], (n.value, text.chars().count())))
}

/// A whole number, with its character count and whether it starts with a zero (`08年`).
fn int(s: &str) -> R<'_, (u32, usize, bool)> {
    if let Some((v, n, len)) = plain_digits(s) {
        let zero = s.starts_with(['0', '０']);
        return Ok((&s[len..], (v, n, zero)));
    }
    // A run of CJK digits (`二〇二一`, `二零零四`) is read digit by digit.
    let digits = cjk_digit_run(s);
    if digits.1 >= 2 {
        let zero = s.chars().next().is_some_and(|c| {
            CJK_NUMERALS
                .iter()
                .any(|&(ch, k)| ch == c && k == CjkNumeral::Digit(0))
        });
        return Ok((&s[digits.2..], (digits.0, digits.1, zero)));
    }
    let (rest, (v, n)) = amount(s)?;
    if !v.fract().is_zero() {
        return fail();
    }
    let zero = s.starts_with(['0', '０']);
    Ok((rest, (need(v.to_u32())?, n, zero)))
}

/// A run of one to nine ASCII or full-width digits that a calendar mark or time unit follows
/// (`2021年`, `１２月`, `3日`): its value, digit count and byte length, read without the
/// numeral grammar (which reads the same there). `None` where the numeral grammar must read it
/// (`3.5万`, `1,000`, `3万`).
fn plain_digits(s: &str) -> Option<(u32, usize, usize)> {
    let mut v = 0u32;
    let mut n = 0;
    let mut len = 0;
    for c in s.chars() {
        let d = match c {
            '0'..='9' => c as u32 - '0' as u32,
            '０'..='９' => c as u32 - '０' as u32,
            _ => break,
        };
        if n == 9 {
            return None;
        }
        v = v * 10 + d;
        n += 1;
        len += c.len_utf8();
    }
    let rest = &s[len..];
    let next = rest.chars().next()?;
    (n > 0
        && (is_han(next) || is_kana(next))
        && !is_numeral_char(next)
        && (ix::MARKS.longest(rest, |_| true).is_some()
            || ix::TIME_UNITS.longest(rest, |_| true).is_some()))
    .then_some((v, n, len))
}

/// Whether `c` may continue a numeral (a CJK digit or scale character).
fn is_numeral_char(c: char) -> bool {
    CJK_NUMERALS.iter().any(|&(ch, _)| ch == c)
}

/// The value, digit count and byte length of a run of two to four CJK digit characters.
fn cjk_digit_run(s: &str) -> (u32, usize, usize) {
    let mut v = 0u32;
    let mut n = 0;
    let mut len = 0;
    for c in s.chars().take(5) {
        let Some(d) = CJK_NUMERALS.iter().find_map(|&(ch, k)| match k {
            CjkNumeral::Digit(d) if ch == c => Some(d),
            _ => None,
        }) else {
            break;
        };
        v = v * 10 + d;
        n += 1;
        len += c.len_utf8();
    }
    if n == 2 || n == 4 {
        (v, n, len)
    } else {
        (0, 0, 0)
    }
}

/// An ASCII or full-width digit.
fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || ('０'..='９').contains(&c)
}

/// Whether the number at the start of `s` is written with a leading zero (`08年`, `零八年`): a
/// year, never an amount.
fn zero_led(s: &str) -> bool {
    s.starts_with(['0', '０']) || int(s).is_ok_and(|(_, (_, _, zero))| zero)
}

fn in_range(v: u32, lo: u32, hi: u32) -> Result<u32, nom::Err<()>> {
    if (lo..=hi).contains(&v) {
        Ok(v)
    } else {
        fail()
    }
}

/// A year head: how the phrase names its year.
#[derive(Debug, Clone, Copy)]
enum Head {
    /// A written year; `short` when written with two digits and no leading zero (`16年`, which
    /// alone is rather 16 years).
    Abs { year: i32, short: bool },
    /// A year named from the reference (`今年`, `去年`).
    Rel(i32),
}

/// What one point parse read.
#[derive(Debug, Clone, Copy)]
struct Pt {
    repr: Repr,
    modifier: Option<Mod>,
    /// Whether the year is written (not taken from the reference).
    year_written: bool,
}

fn pt(repr: Repr, modifier: Option<Mod>, year_written: bool) -> Pt {
    Pt {
        repr,
        modifier,
        year_written,
    }
}

fn qualifier(q: Qualifier) -> Mod {
    match q {
        Qualifier::Start => Mod::Start,
        Qualifier::Mid => Mod::Mid,
        Qualifier::End => Mod::End,
    }
}

fn dur_unit(u: TimeUnit) -> Option<DurUnit> {
    Some(match u {
        TimeUnit::Year => DurUnit::Year,
        TimeUnit::Half => DurUnit::Half,
        TimeUnit::Quarter => DurUnit::Quarter,
        TimeUnit::Month => DurUnit::Month,
        TimeUnit::Week => DurUnit::Week,
        TimeUnit::Day => DurUnit::Day,
        TimeUnit::Decade => DurUnit::Decade,
        TimeUnit::Century => DurUnit::Century,
        TimeUnit::Hour => DurUnit::Hour,
        TimeUnit::Minute => DurUnit::Minute,
        TimeUnit::Second => DurUnit::Second,
        TimeUnit::BusinessDay => DurUnit::BusinessDay,
        _ => return None,
    })
}

/// Whether the anchor token `a` is a CJK character or touches one (`2021年`, `包括2012-01-01`):
/// its window is then read as CJK text (one token a character, so the tokens counted ahead
/// start at the anchor).
pub(crate) fn cjk_near(toks: &[Token], a: usize) -> bool {
    let cjk = |k: usize| toks.get(k).is_some_and(|t| matches!(t.kind, Kind::Cjk(_)));
    cjk(a) || cjk(a + 1) || a.checked_sub(1).is_some_and(cjk)
}

/// The part of a period written after it (`三季度末`, `2024年度末`): the rest and the `mod`;
/// none when `allowed` is false (the first quarters `前三季度` are an interval, which takes no
/// `mod`).
fn period_part(s: &str, allowed: bool) -> (&str, Option<Mod>) {
    match word(&ix::PERIOD_PARTS)(s) {
        Ok((r, q)) if allowed => (r, Some(qualifier(q))),
        _ => (s, None),
    }
}

fn is_han(c: char) -> bool {
    ('\u{4E00}'..='\u{9FFF}').contains(&c) || ('\u{3400}'..='\u{4DBF}').contains(&c)
}

/// A season of [`lx::CJK_SEASONS`] by its number.
fn season(n: u8) -> Result<Season, nom::Err<()>> {
    Ok(match n {
        1 => Season::Spring,
        2 => Season::Summer,
        3 => Season::Fall,
        4 => Season::Winter,
        _ => return fail(),
    })
}

fn is_kana(c: char) -> bool {
    ('\u{3041}'..='\u{30FA}').contains(&c)
}

/// Whether `s` has a kana character ([`is_kana`]), read from its bytes: a kana is written
/// `E3 81..=83 xx` in UTF-8, so no character is decoded.
fn has_kana(s: &str) -> bool {
    let b = s.as_bytes();
    let mut i = 0;
    while let Some(k) = b.get(i..).and_then(|r| r.iter().position(|&c| c == 0xE3)) {
        let j = i + k;
        if let (Some(&b1), Some(&b2)) = (b.get(j + 1), b.get(j + 2)) {
            let c = 0x3000 | (u32::from(b1 & 0x3F) << 6) | u32::from(b2 & 0x3F);
            if (0x3041..=0x30FA).contains(&c) {
                return true;
            }
        }
        i = j + 1;
    }
    false
}

/// A number read at a position: the length of the text from it, and what [`int`] read there
/// (its length in bytes and value), if anything.
type IntMemo = (usize, Option<(usize, (u32, usize, bool))>);

/// One reading of CJK text at an anchor: the window's context, with what the parsers ask
/// repeatedly (the numbers at each position, whether the text is Japanese) read once.
struct Cj<'c, 'a, 'b> {
    cx: &'c Cx<'a, 'b>,
    ja: Cell<Option<bool>>,
    /// The numbers read so far, by the length of the text after their start (every text the
    /// parsers read is a suffix of the same window).
    ints: RefCell<[IntMemo; 8]>,
    next_int: Cell<usize>,
}

impl<'a, 'b> core::ops::Deref for Cj<'_, 'a, 'b> {
    type Target = Cx<'a, 'b>;

    fn deref(&self) -> &Cx<'a, 'b> {
        self.cx
    }
}

impl Cx<'_, '_> {
    /// A Chinese or Japanese date, period or duration starting at token `i`.
    pub(super) fn r_cjk(&self, i: usize) -> Option<M> {
        // Only where CJK text is at hand: the token or one of the next three (`2021年`,
        // `1995 - 1997年`, `R5年`); English text never pays for this rule.
        if !(i..i + 4).any(|k| self.tok(k).is_some_and(|t| matches!(t.kind, Kind::Cjk(_)))) {
            return None;
        }
        let cj = Cj {
            cx: self,
            ja: Cell::new(None),
            ints: RefCell::new([(usize::MAX, None); 8]),
            next_int: Cell::new(0),
        };
        cj.read(i)
    }
}

impl Cj<'_, '_, '_> {
    /// [`int`], each position read once.
    fn int<'s>(&self, s: &'s str) -> R<'s, (u32, usize, bool)> {
        let key = s.len();
        if let Some(&(_, hit)) = self.ints.borrow().iter().find(|e| e.0 == key) {
            let (n, v) = need(hit)?;
            return Ok((&s[n..], v));
        }
        let r = int(s);
        let entry = r.as_ref().ok().map(|(rest, v)| (s.len() - rest.len(), *v));
        let k = self.next_int.get();
        if let Some(e) = self.ints.borrow_mut().get_mut(k) {
            *e = (key, entry);
        }
        self.next_int.set((k + 1) % 8);
        r
    }

    /// A Chinese or Japanese date, period or duration starting at token `i`.
    fn read(&self, i: usize) -> Option<M> {
        let t = self.tok(i)?;
        let lim = self.toks.last()?.span.end();
        let s = self.text.get(t.span.start()..lim)?;
        // `星期一到十月一日`, `礼拜三`: the digit after a weekday word is the weekday's, and opens
        // nothing (no month `一到十月`).
        if let Some(Kind::Cjk(c)) = i.checked_sub(1).and_then(|k| self.tok(k)).map(|t| t.kind)
            && lx::CJK_WEEKDAY_PREFIXES.iter().any(|w| w.ends_with(c))
            && word(&ix::WEEKDAY_DAYS)(s).is_ok()
            && lx::CJK_WEEKDAY_PREFIXES.iter().any(|w| {
                self.text
                    .get(..t.span.start())
                    .is_some_and(|b| b.ends_with(w))
            })
        {
            return None;
        }
        let mut best: Option<(usize, Pt)> = None;
        let mut keep = |rest: Option<&str>, p: Option<Pt>| {
            if let (Some(rest), Some(p)) = (rest, p) {
                let n = s.len() - rest.len();
                if n > 0 && best.is_none_or(|(b, _)| n > b) {
                    best = Some((n, p));
                }
            }
        };
        let first = self.point(s);
        if let Ok(a) = first {
            let (r, p) = self.interval(s, a).ok().unzip();
            keep(r, p);
        }
        let (r, p) = first.ok().unzip();
        keep(r, p);
        let dur = self.duration(s).ok();
        let (r, p) = dur.unzip();
        keep(r, p);
        // `3日続伸`, `2四半期ぶり`: the length of a run or a gap, never a date
        if let Some((r, p)) = dur
            && any_of(&ix::STREAK_AFTER)(r).is_ok()
            && best.is_none_or(|(b, _)| s.len() - r.len() >= b)
        {
            best = Some((s.len() - r.len(), p));
        }
        let (mut n, mut p) = best?;
        // `前年同月比`, `前年度比`, `前月比`, `前年末比`: in Japanese a comparison fused into one
        // word (year on year, month on month), no date
        if !p.year_written
            && !s.starts_with(|c: char| is_digit(c) || is_numeral_char(c))
            && (has(K::Ratio, &s[n..]) || any_of(&ix::DIFFERENCE_MARKS)(&s[n..]).is_ok())
            && self.japanese()
        {
            return None;
        }
        // `153円台後半`, `30代前半`: the upper part of a price band or an age band, no half
        if matches!(p.repr, Repr::Half { .. })
            && word(&ix::HALVES)(s).is_ok()
            && self.text[..t.span.start()]
                .chars()
                .next_back()
                .is_some_and(|c| cjk::NOT_HALF_BEFORE.contains(&c))
        {
            return None;
        }
        // `今日头条`: a name that opens with a relative day word
        if ix::DATE_WORD_NAMES.longest(s, |_| true).is_some() {
            return None;
        }
        // `《明日之后》`, `「今日头条」`: a relative word opening a title is part of its name
        if !p.year_written
            && self.text[..t.span.start()]
                .chars()
                .next_back()
                .is_some_and(|c| lx::CJK_TITLE_OPENS.contains(&c))
            && s[n..].chars().next().is_some_and(is_han)
        {
            return None;
        }
        // `5月9日火曜日`, `10月12号，星期一`: the weekday of a day belongs to its date
        if matches!(p.repr, Repr::Day { .. } | Repr::MonthDay { .. })
            && lx::CJK_MARKS
                .iter()
                .any(|(w, k)| *k == K::Day && s[..n].ends_with(w))
            && !lx::JA_WEEKDAYS.iter().any(|(w, _)| s[..n].ends_with(w))
        {
            let (k, weekday) = self.weekday_after(&s[n..]);
            // `31日の日曜日`: a day of no written month is that of the nearest month whose day
            // falls on the weekday written
            if let (Some(wd), Repr::Day { date, part }) = (weekday, p.repr)
                && date.weekday().number_from_monday() != u32::from(wd)
                && self.bare_day(&s[..n])
                && let Some(date) = self.day_on_weekday(date.day(), wd)
            {
                p.repr = Repr::Day { date, part };
            }
            n += k;
        }
        // `2024年9月30日止三個月`: the months ended on that day (`截至…止` frames a results
        // period in Hong Kong and Taiwan filings)
        if let Repr::Day { date, .. } = p.repr
            && let Some(k) = self.months_ended(&s[n..])
            && let Some(first) = date
                .with_day(1)
                .and_then(|d| d.checked_sub_months(Months::new(k - 1)))
        {
            p.repr = Repr::Interval {
                first: Point::Month {
                    year: Some(first.year()),
                    month: u8::try_from(first.month()).ok()?,
                },
                last: Point::Month {
                    year: Some(date.year()),
                    month: u8::try_from(date.month()).ok()?,
                },
            };
            n = s.len() - self.months_ended_rest(&s[n..])?.len();
        }
        // `18日の週`: the ISO week holding the day
        if let Repr::Day { date, .. } = p.repr
            && let Some(k) = self.week_of_day(&s[n..])
        {
            let iso = date.iso_week();
            p.repr = Repr::Week {
                year: iso.year(),
                week: u8::try_from(iso.week()).ok()?,
            };
            n += k;
        }
        // a phrase ends at its last word, never in the spaces after it (`2008年 奥运会`)
        let n = s[..n].trim_end().len();
        if n == 0 {
            return None;
        }
        let end = self.tok_end(t.span.start() + n)?;
        Some(M {
            end,
            repr: p.repr,
            modifier: p.modifier,
            det: false,
            anchor: Anchor::None,
        })
    }

    /// `止三個月` after a day: the number of months (2 to 12) of the period ended that day.
    fn months_ended(&self, s: &str) -> Option<u32> {
        if !cjk::ENDED_MARKS.iter().any(|w| s.starts_with(w)) {
            return None;
        }
        let (r, ()) = any_of(&ix::ENDED_MARKS)(s).ok()?;
        let (r, _) = space0(r).ok()?;
        let (r, (k, _, _)) = self.int(r).ok()?;
        let (_, (TimeUnit::Month, true)) = word(&ix::TIME_UNITS)(r).ok()? else {
            return None;
        };
        (2..=12).contains(&k).then_some(k)
    }

    /// What follows the months of [`Self::months_ended`].
    fn months_ended_rest<'s>(&self, s: &'s str) -> Option<&'s str> {
        let (r, ()) = any_of(&ix::ENDED_MARKS)(s).ok()?;
        let (r, _) = space0(r).ok()?;
        let (r, _) = self.int(r).ok()?;
        let (r, _) = word(&ix::TIME_UNITS)(r).ok()?;
        Some(r)
    }

    /// The length and ISO number of a weekday that follows a date (`火曜日`, `，星期一`; `（金）`
    /// is not read), or 0 and none.
    fn weekday_after(&self, s: &str) -> (usize, Option<u8>) {
        let (r, _) = opt(mark(K::ListSep)).parse(s).unwrap_or((s, None));
        let r = r.strip_prefix([',', '，', '、']).unwrap_or(r);
        let (r, _) = space0(r).unwrap_or((r, ()));
        // `21日の月曜日`
        let (r, _) = opt(mark(K::Link)).parse(r).unwrap_or((r, None));
        match self.weekday_word(r) {
            Ok((rest, d)) => (s.len() - rest.len(), Some(d)),
            Err(_) => (0, None),
        }
    }

    /// Whether `s` is a day written alone (`31日`, `十二号`): no month, no year.
    fn bare_day(&self, s: &str) -> bool {
        self.int(s)
            .and_then(|(r, _)| mark(K::Day)(r))
            .is_ok_and(|(r, ())| r.is_empty())
    }

    /// Day `d` of the month nearest the reference (within two years either way) in which it
    /// falls on ISO weekday `wd`.
    fn day_on_weekday(&self, d: u32, wd: u8) -> Option<NaiveDate> {
        let r = self.ref_day()?;
        let this = r.with_day(1)?;
        (1..=24u32)
            .flat_map(|k| {
                [
                    this.checked_sub_months(Months::new(k)),
                    this.checked_add_months(Months::new(k - 1)),
                ]
            })
            .flatten()
            .filter_map(|m| m.with_day(d))
            .filter(|x| x.weekday().number_from_monday() == u32::from(wd))
            .min_by_key(|x| (*x - r).num_days().abs())
    }

    /// The length of `の週` after a day (`18日の週`: the week holding it) in Japanese text: the
    /// week word alone, not `週間` (a duration), `週末`, `週明け` or `週2回`.
    fn week_of_day(&self, s: &str) -> Option<usize> {
        let (r, ()) = mark(K::Link)(s).ok()?;
        let (r2, (u, _)) = word(&ix::TIME_UNITS)(r).ok()?;
        let glued = r2
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_digit() || is_numeral_char(c) || is_han(c));
        (u == TimeUnit::Week
            && r[..r.len() - r2.len()].chars().count() == 1
            && !glued
            && self.japanese())
        .then_some(s.len() - r2.len())
    }

    /// The index after the token ending at byte `end`, if one does.
    fn tok_end(&self, end: usize) -> Option<usize> {
        let k = self.toks.partition_point(|t| t.span.end() < end);
        (self.toks.get(k)?.span.end() == end).then_some(k + 1)
    }

    /// Whether the window is Japanese text (it has kana).
    fn japanese(&self) -> bool {
        if let Some(ja) = self.ja.get() {
            return ja;
        }
        let ja = match (self.toks.first(), self.toks.last()) {
            (Some(a), Some(b)) => self
                .text
                .get(a.span.start()..b.span.end())
                .is_some_and(has_kana),
            _ => false,
        };
        self.ja.set(Some(ja));
        ja
    }

    fn ref_year(&self) -> Year {
        self.reference().map(|r| r.year())
    }

    // ---------- years ----------

    /// A written year: `2021年`, `二〇二一年`, `令和5年`, `令和元年`, `R5年`, `16年`. The mark `年`
    /// is left to the caller (it may be `年度`).
    fn year_number<'s>(&self, s: &'s str) -> R<'s, (i32, bool)> {
        // era name and year
        if let Ok((r, base)) = word(&ix::ERAS)(s).or_else(|_| {
            let (r, b) = word(&ix::ERA_LETTERS)(s)?;
            if r.starts_with(|c: char| c.is_ascii_digit()) {
                Ok((r, b))
            } else {
                fail()
            }
        }) {
            let (r, n) = match mark(K::EraFirst)(r) {
                Ok((r, ())) => (r, 1),
                Err(_) => {
                    let (r, (n, _, _)) = self.int(r)?;
                    (r, in_range(n, 1, 150)?)
                }
            };
            return Ok((r, (base + n as i32, false)));
        }
        let (r, (v, digits, zero)) = self.int(s)?;
        let y = match digits {
            4 => in_range(v, lx::YEARS.0, lx::YEARS.1)? as i32,
            2 => super::two_digit_year(v),
            _ => return fail(),
        };
        Ok((r, (y, digits == 2 && !zero)))
    }

    /// How the phrase names its year.
    /// `（令和6年）` after year `year` (`2024年（令和6年）9月`): the same year in another
    /// calendar, read through when the date goes on after it (a month, a day); else `s`.
    fn same_year_gloss<'s>(&self, s: &'s str, year: i32) -> &'s str {
        // most years are followed by no bracket: one look at the first character
        if !lx::CJK_GLOSS_BRACKETS.iter().any(|(o, _)| s.starts_with(o)) {
            return s;
        }
        let Ok((r, ())) = any_of(&ix::GLOSS_OPENS)(s) else {
            return s;
        };
        let Ok((r, (y, _))) = self.year_number(r) else {
            return s;
        };
        let Ok((r, ())) = mark(K::Year)(r) else {
            return s;
        };
        match any_of(&ix::GLOSS_CLOSES)(r) {
            Ok((r, ()))
                if y == year && r.starts_with(|c: char| is_digit(c) || is_numeral_char(c)) =>
            {
                r
            }
            _ => s,
        }
    }

    fn head<'s>(&self, s: &'s str) -> R<'s, Head> {
        if let Ok((r, (year, short))) = self.year_number(s) {
            let (r, _) = space0(r)?;
            if !has(K::FiscalYear, r)
                && let Ok((r, ())) = mark(K::Year)(r)
            {
                return Ok((self.same_year_gloss(r, year), Head::Abs { year, short }));
            }
        }
        let (r, k) = word(&ix::RELATIVE_YEARS)(s)?;
        let k = if self.japanese() { k.1 } else { k.0 };
        Ok((r, Head::Rel(i32::from(k))))
    }

    // ---------- points ----------

    /// One date or period (no interval of two written ends).
    fn point<'s>(&self, s: &'s str) -> R<'s, Pt> {
        let mut best: Option<(&'s str, Pt)> = None;
        let mut keep = |x: Result<(&'s str, Pt), nom::Err<()>>| {
            if let Ok((r, p)) = x
                && best.is_none_or(|(b, _)| r.len() < b.len())
            {
                best = Some((r, p));
            }
        };
        // Read once what the text opens with: a phrase that opens with digits is a year only
        // when two or four of them are written (no era or relative word opens with a digit:
        // `digit_led_words_are_numbers_only`), and no relative word opens with one.
        let digit_led = s.starts_with(is_digit);
        if !digit_led || matches!(self.int(s), Ok((_, (_, 2 | 4, _)))) {
            keep(self.year_led(s));
            keep(self.fiscal(s));
        }
        keep(self.yearless(s));
        if !digit_led {
            keep(self.relative(s));
        }
        need(best)
    }

    /// `2026年度`, `本年度`, `2024年度第1四半期`.
    fn fiscal<'s>(&self, s: &'s str) -> R<'s, Pt> {
        let (r, year, written) = if let Ok((r, (y, _))) = self.year_number(s) {
            let (r, _) = space0(r)?;
            let (r, ()) = mark(K::FiscalYear)(r)?;
            (r, Some(y), true)
        } else {
            let (r, k) = word(&ix::RELATIVE_FISCAL_YEARS)(s)?;
            let Repr::Fiscal { year, .. } = self.fiscal_rel(i32::from(k)) else {
                return fail();
            };
            (r, year, false)
        };
        let (r2, _) = opt(mark(K::Link)).parse(r)?;
        if let Ok((r3, (q, false))) = self.quarter_word(r2) {
            let (r3, part) = period_part(r3, true);
            return Ok((
                r3,
                pt(
                    Repr::Fiscal {
                        year,
                        quarter: Some(q),
                    },
                    part,
                    written,
                ),
            ));
        }
        // `2024年度末`, `前年度末`: the end (start) of the fiscal year, as `年末` of a year
        let (r, part) = period_part(r, true);
        Ok((
            r,
            pt(
                Repr::Fiscal {
                    year,
                    quarter: None,
                },
                part,
                written,
            ),
        ))
    }

    /// A quarter word: `一季度`, `第一季度`, `第4四半期`, `首季度` (`(q, false)`), or the first
    /// quarters `前三季度` (`(q, true)`).
    fn quarter_word<'s>(&self, s: &'s str) -> R<'s, (u8, bool)> {
        if let Ok((r, ())) = mark(K::Head)(s) {
            let (r, ()) = any_of(&ix::QUARTER_WORDS)(r)?;
            return Ok((r, (1, false)));
        }
        let (r, first) = match mark(K::FirstN)(s) {
            Ok((r, ())) => (r, true),
            Err(_) => (opt(mark(K::Ordinal)).parse(s)?.0, false),
        };
        let numbered = first || r.len() < s.len();
        let digits = r.starts_with(is_digit);
        let (r, (q, _, _)) = self.int(r)?;
        let q = in_range(q, 1, 4)? as u8;
        // `第3季`, `前3季`: the short quarter word only after `第` or `前` and digits (`第一季`
        // is more often a season of a show)
        let (r, ()) = any_of(&ix::QUARTER_WORDS)(r).or_else(|e| {
            if numbered && digits {
                any_of(&ix::SHORT_QUARTER_WORDS)(r)
            } else {
                Err(e)
            }
        })?;
        Ok((r, (q, first)))
    }

    /// The first, N-th or last week of a month (`10月の第1週`, `7月の最後の週`): the ISO week
    /// holding the month's first (N-th, last) Thursday, as a week holds most of its days.
    fn week_of_month<'s>(&self, s: &'s str, year: i32, month: u8) -> R<'s, Repr> {
        let (r, n) = match word(&ix::FIRST_LAST)(s) {
            Ok(x) => x,
            Err(_) => {
                let (r, ()) = mark(K::Ordinal)(s)?;
                let (r, (n, _, _)) = self.int(r)?;
                (r, in_range(n, 1, 5)? as i8)
            }
        };
        let (r, (u, _)) = word(&ix::TIME_UNITS)(r)?;
        if u != TimeUnit::Week {
            return fail();
        }
        let (first, last) = need(month_range(year, month))?;
        let thursday = u64::from(chrono::Weekday::Thu.num_days_from_monday());
        let thu = if n > 0 {
            let wd = u64::from(first.weekday().num_days_from_monday());
            let skip = (thursday + 7 - wd) % 7 + 7 * (n as u64 - 1);
            need(first.checked_add_days(Days::new(skip)))?
        } else {
            let wd = u64::from(last.weekday().num_days_from_monday());
            need(last.checked_sub_days(Days::new((wd + 7 - thursday) % 7)))?
        };
        if thu.month() != u32::from(month) {
            return fail();
        }
        let iso = thu.iso_week();
        Ok((
            r,
            Repr::Week {
                year: iso.year(),
                week: need(u8::try_from(iso.week()).ok())?,
            },
        ))
    }

    /// The N-th week or month of a year: `第31週`, `2021年的第一周`, `明年第九个月`, and the
    /// first or last week `2015年の最初の週`.
    fn nth_unit<'s>(&self, s: &'s str, year: Year) -> R<'s, Repr> {
        if let Ok((r, n)) = word(&ix::FIRST_LAST)(s)
            && let Ok((r, (TimeUnit::Week, _))) = word(&ix::TIME_UNITS)(r)
        {
            let y = need(year)?;
            // ISO week 1 holds January 4th, the last week December 28th
            let day = if n > 0 { ymd(y, 1, 4) } else { ymd(y, 12, 28) };
            let iso = need(day)?.iso_week();
            let week = need(u8::try_from(iso.week()).ok())?;
            return Ok((r, Repr::Week { year: y, week }));
        }
        let (r, ()) = mark(K::Ordinal)(s)?;
        let (r, (n, _, _)) = self.int(r)?;
        let (r, (u, _)) = word(&ix::TIME_UNITS)(r)?;
        match u {
            TimeUnit::Week => {
                let week = in_range(n, 1, 53)? as u8;
                let year = need(year)?;
                Ok((r, Repr::Week { year, week }))
            }
            TimeUnit::Month => {
                let month = in_range(n, 1, 12)? as u8;
                Ok((r, Repr::Month { year, month }))
            }
            _ => fail(),
        }
    }

    /// The first or last N weeks, months or days of year `y` (`前2周`, `最後 3 週`, `前10天`),
    /// as the interval of its first and last unit.
    fn first_units<'s>(&self, s: &'s str, y: i32) -> R<'s, Repr> {
        let (r, last) = match mark(K::FirstN)(s) {
            Ok((r, ())) => (r, false),
            Err(_) => {
                let (r, k) = word(&ix::FIRST_LAST)(s)?;
                (r, k < 0)
            }
        };
        let (r, _) = space0(r)?;
        let (r, (n, _, _)) = self.int(r)?;
        let (r, _) = space0(r)?;
        let (r, (u, _)) = word(&ix::TIME_UNITS)(r).or_else(|e| {
            // `前10月`: the first ten months, the counter left out
            if last { Err(e) } else { first_n_months(r) }
        })?;
        let (lo, hi): (Point, Point) = match dur_unit(u) {
            Some(DurUnit::Week) => {
                // ISO weeks: the last holds December 28th
                let weeks = need(ymd(y, 12, 28))?.iso_week().week();
                let n = in_range(n, 1, weeks)?;
                let (a, b) = if last { (weeks + 1 - n, weeks) } else { (1, n) };
                let wk = |w: u32| -> Result<Point, nom::Err<()>> {
                    Ok(Point::Week {
                        year: y,
                        week: need(u8::try_from(w).ok())?,
                    })
                };
                (wk(a)?, wk(b)?)
            }
            Some(DurUnit::Month) => {
                let n = in_range(n, 1, 12)?;
                let (a, b) = if last { (13 - n, 12) } else { (1, n) };
                let mo = |m: u32| -> Result<Point, nom::Err<()>> {
                    Ok(Point::Month {
                        year: Some(y),
                        month: need(u8::try_from(m).ok())?,
                    })
                };
                (mo(a)?, mo(b)?)
            }
            Some(DurUnit::Day) => {
                let (jan1, dec31) = (need(ymd(y, 1, 1))?, need(ymd(y, 12, 31))?);
                let days = u32::try_from((dec31 - jan1).num_days() + 1).unwrap_or(365);
                let n = u64::from(in_range(n, 1, days)? - 1);
                let (a, b) = if last {
                    (need(dec31.checked_sub_days(Days::new(n)))?, dec31)
                } else {
                    (jan1, need(jan1.checked_add_days(Days::new(n)))?)
                };
                (
                    Point::Day {
                        date: a,
                        part: None,
                    },
                    Point::Day {
                        date: b,
                        part: None,
                    },
                )
            }
            _ => return fail(),
        };
        if lo == hi {
            return Ok((r, lo.widen()));
        }
        Ok((
            r,
            Repr::Interval {
                first: lo,
                last: hi,
            },
        ))
    }

    /// A half word: `上半年`, `下半年`, `前半`, and in Japanese `上期`, `下期`.
    fn half_word<'s>(&self, s: &'s str) -> R<'s, u8> {
        word(&ix::HALVES)(s).or_else(|e| {
            // the Japanese term words only where one is written and the text is Japanese
            let (r, h) = word(&ix::JA_TERM_HALVES)(s)?;
            if self.japanese() { Ok((r, h)) } else { Err(e) }
        })
    }

    fn quarter_repr(&self, year: Option<Year>, q: u8, first: bool) -> Repr {
        let year = year.unwrap_or_else(|| {
            let upto = if first { 1 } else { q };
            self.started(|y| ymd(y, 3 * u32::from(upto) - 2, 1))
        });
        if first {
            if q == 1 {
                return Repr::Quarter { year, q: 1 };
            }
            return Repr::Interval {
                first: Point::Quarter { year, q: 1 },
                last: Point::Quarter { year, q },
            };
        }
        Repr::Quarter { year, q }
    }

    /// The year of a period named without one in a report: this year's when it has begun by the
    /// reference date, else last year's.
    fn started(&self, start: impl Fn(i32) -> Option<NaiveDate>) -> Year {
        let r = self.reference()?;
        let y = r.year();
        match start(y) {
            Some(d) if d <= r => Some(y),
            _ => Some(y - 1),
        }
    }

    /// The year of a range of months `a`-`b` named without one in a report: as [`Self::started`],
    /// but of the two years in which the months have begun by the reference date, the one whose
    /// last month ends nearer to it (`1-12月` in a January release is last year's; `4～9月` in
    /// May is this year's).
    fn months_reported(&self, a: u8, b: u8) -> Year {
        let r = self.reference()?;
        let y = self.started(|y| ymd(y, u32::from(a), 1))?;
        let end = |y: i32| {
            let last = if b == 12 {
                ymd(y + 1, 1, 1)
            } else {
                ymd(y, u32::from(b) + 1, 1)
            }?;
            Some((last - r).num_days())
        };
        match (end(y), end(y - 1)) {
            (Some(ahead), Some(behind)) if ahead > 0 && ahead > -behind => Some(y - 1),
            _ => Some(y),
        }
    }

    /// A phrase that starts with its year: `2021年3月15日`, `2020年一季度`, `去年上半年`,
    /// `2026年3月期`, `2025年末`, `上年同期`, `2018年の前半`.
    fn year_led<'s>(&self, s: &'s str) -> R<'s, Pt> {
        let (r, head) = self.head(s)?;
        let (r, _) = space0(r)?;
        let (year, short, written) = match head {
            Head::Abs { year, short } => (Some(year), short, true),
            Head::Rel(k) => (self.ref_year().and_then(|y| y.checked_add(k)), false, false),
        };
        // `前年比`: year on year
        if matches!(head, Head::Rel(_)) && has(K::Ratio, r) {
            return fail();
        }
        let (rl, _) = opt(mark(K::Link)).parse(r)?;
        // `2026年半年度`: the half-year report's period, the first half
        if written && let Ok((r2, ())) = any_of(&ix::HALF_YEAR_REPORTS)(r) {
            return Ok((r2, pt(Repr::Half { year, h: 1 }, None, written)));
        }
        // a half, a quarter
        if let Ok((r2, h)) = self.half_word(rl) {
            return Ok((r2, pt(Repr::Half { year, h }, None, written)));
        }
        if let Ok((r2, (q, first))) = self.quarter_word(rl) {
            let (r2, part) = period_part(r2, !first);
            return Ok((
                r2,
                pt(self.quarter_repr(Some(year), q, first), part, written),
            ));
        }
        if let Ok((r2, n)) = word(&ix::SEASONS)(rl) {
            let season = season(n)?;
            return Ok((r2, pt(Repr::Season { year, season }, None, written)));
        }
        if let Ok((r2, p)) = self.nth_unit(rl, year) {
            return Ok((r2, pt(p, None, written)));
        }
        if let Some(y) = year {
            // `2021年的前2周`, `今年的最後 3 週`
            if let Ok((r2, p)) = self.first_units(rl, y) {
                return Ok((r2, pt(p, None, written)));
            }
            // `今年の独立記念日`
            if let Ok((r2, (mo, d))) = word(&ix::HOLIDAYS)(rl) {
                let date = need(ymd(y, u32::from(mo), u32::from(d)))?;
                return Ok((r2, pt(Repr::Day { date, part: None }, None, written)));
            }
        }
        // the same period (resolved against the period the text is about afterwards)
        if let Ok((r2, ())) = same_period(r) {
            return Ok((
                r2,
                pt(year.map_or(Repr::UnknownYear, Repr::Year), None, written),
            ));
        }
        // months (`2025年3月`, `来年の２月`)
        for r in [r, rl] {
            if let Ok((r2, p)) = self.month_range(r, Some(year)) {
                return Ok((r2, pt(p.repr, p.modifier, written)));
            }
            if let Ok((r2, p)) = self.month_tail(r, Some(year), written) {
                return Ok((r2, p));
            }
        }
        // `2025年末`, `年初`
        if let Ok((r2, q)) = word(&ix::PERIOD_PARTS)(r) {
            return Ok((
                r2,
                pt(
                    year.map_or(Repr::UnknownYear, Repr::Year),
                    Some(qualifier(q)),
                    written,
                ),
            ));
        }
        // a year alone: `16年` alone is rather sixteen years
        if short {
            return fail();
        }
        Ok((
            r,
            pt(year.map_or(Repr::UnknownYear, Repr::Year), None, written),
        ))
    }

    /// `1995-1997年`, `2019 - 2021年`.
    fn year_range<'s>(&self, s: &'s str) -> R<'s, Pt> {
        let (r, (a, da, _)) = self.int(s)?;
        let (r, _) = space0(r)?;
        let (r, ()) = mark(K::RangeTo)(r)?;
        let (r, _) = space0(r)?;
        let (r, (b, db, _)) = self.int(r)?;
        let (r, _) = space0(r)?;
        // `2019-2021年度` are fiscal years
        if has(K::FiscalYear, r) {
            return fail();
        }
        let (r, ()) = mark(K::Year)(r)?;
        let (lo, hi) = lx::YEARS;
        let (a, b) = (in_range(a, lo, hi)?, in_range(b, lo, hi)?);
        if da != 4 || db != 4 || b <= a {
            return fail();
        }
        let repr = Repr::Interval {
            first: Point::Year(a as i32),
            last: Point::Year(b as i32),
        };
        Ok((r, pt(repr, None, true)))
    }

    /// `1-6月`, `1～6月`, `4～6月期` (a quarter).
    fn month_range<'s>(&self, s: &'s str, year: Option<Year>) -> R<'s, Pt> {
        let (r, (a, _, _)) = self.int(s)?;
        let (r, _) = space0(r)?;
        let (r, ()) = mark(K::RangeTo)(r)?;
        let (r, _) = space0(r)?;
        let (r, (b, _, _)) = self.int(r)?;
        let (r, ()) = mark(K::Month)(r)?;
        let a = in_range(a, 1, 12)? as u8;
        let b = in_range(b, 1, 12)? as u8;
        if b <= a {
            return fail();
        }
        let year = year.unwrap_or_else(|| self.months_reported(a, b));
        if let Ok((r2, ())) = mark(K::Term)(r)
            && a % 3 == 1
            && b == a + 2
        {
            let q = a.div_ceil(3);
            return Ok((r2, pt(Repr::Quarter { year, q }, None, false)));
        }
        // `4～9月期`: in Japanese the term word closes any range of months (the Chinese
        // `1-6月期间` is `during`)
        let r = match mark(K::Term)(r) {
            Ok((r2, ())) if self.japanese() => r2,
            _ => r,
        };
        Ok((
            r,
            pt(
                Repr::Interval {
                    first: Point::Month { year, month: a },
                    last: Point::Month { year, month: b },
                },
                None,
                false,
            ),
        ))
    }

    /// After a year (or none): `3月`, `3月15日`, `9月末`, `3月期`, `上旬`.
    fn month_tail<'s>(&self, s: &'s str, year: Option<Year>, written: bool) -> R<'s, Pt> {
        let (r, (mo, _, _)) = self.int(s)?;
        let (r, _) = space0(r)?;
        let (r, ()) = mark(K::Month)(r)?;
        let mo = in_range(mo, 1, 12)? as u8;
        // `2026年3月期`: the fiscal year ending in that month
        if let (Some(Some(y)), Ok((r2, ()))) = (year, mark(K::Term)(r)) {
            let last = month_range(y, mo).map(|x| x.1);
            let first = last
                .and_then(|l| l.checked_sub_months(Months::new(12)))
                .and_then(|d| d.succ_opt());
            if let (Some(first), Some(last)) = (first, last) {
                let name = match self.opts.fiscal_year_naming {
                    FiscalYearNaming::StartYear => first.year(),
                    FiscalYearNaming::EndYear => last.year(),
                };
                // `2026年3月期第2四半期`: a quarter of that fiscal year, its three months
                let (rq, _) = space0(r2)?;
                let (rq, _) = opt(mark(K::Link)).parse(rq)?;
                if let Ok((rq, (q, false))) = self.quarter_word(rq)
                    && let Some(qf) = first.checked_add_months(Months::new(3 * (u32::from(q) - 1)))
                    && let Some(ql) = qf
                        .checked_add_months(Months::new(3))
                        .and_then(|d| d.pred_opt())
                {
                    return Ok((
                        rq,
                        pt(
                            Repr::FiscalEnding {
                                name,
                                quarter: Some(q),
                                first: qf,
                                last: ql,
                            },
                            None,
                            true,
                        ),
                    ));
                }
                return Ok((
                    r2,
                    pt(
                        Repr::FiscalEnding {
                            name,
                            quarter: None,
                            first,
                            last,
                        },
                        None,
                        true,
                    ),
                ));
            }
        }
        // a day
        if let Ok((r2, (d, _, _))) = self.int(r)
            && let Ok((r3, ())) = mark(K::Day)(r2)
            && (1..=31).contains(&d)
        {
            let repr = match year {
                Some(Some(y)) => Repr::Day {
                    date: need(ymd(y, u32::from(mo), d))?,
                    part: None,
                },
                Some(None) => Repr::MonthDay {
                    month: mo,
                    day: d as u8,
                },
                None => need(self.month_day(mo, d))?,
            };
            return Ok((r3, pt(repr, None, written)));
        }
        // `二〇〇四年八月十五`: after a written year, a day in CJK numerals that ends the phrase
        // needs no `日` (`八月十五点` is a clock time, `3月8` with digits no day)
        if let Some(Some(y)) = year
            && r.starts_with(is_numeral_char)
            && let Ok((r2, (d, _, _))) = self.int(r)
            && (1..=31).contains(&d)
            && r2
                .chars()
                .next()
                .is_none_or(|c| !(is_han(c) || is_kana(c) || c.is_alphanumeric()))
        {
            let date = need(ymd(y, u32::from(mo), d))?;
            return Ok((r2, pt(Repr::Day { date, part: None }, None, written)));
        }
        // `12月18～19日`: the days from the first to the second of the month
        if let Ok((r2, (d, _, _))) = self.int(r)
            && (1..=31).contains(&d)
            && let Ok((r2, _)) = space0(r2)
            && let Ok((r2, ())) = mark(K::RangeTo)(r2)
            && let Ok((r2, _)) = space0(r2)
            && let Ok((r3, (d2, _, _))) = self.int(r2)
            && d2 > d
            && let Ok((r3, ())) = mark(K::Day)(r3)
        {
            let first = match year {
                Some(Some(y)) => ymd(y, u32::from(mo), d),
                None => match self.month_day(mo, d) {
                    Some(Repr::Day { date, .. }) => Some(date),
                    _ => None,
                },
                Some(None) => None,
            };
            let ends = match first {
                Some(date) => date.with_day(d2).map(|last| {
                    (
                        Point::Day { date, part: None },
                        Point::Day {
                            date: last,
                            part: None,
                        },
                    )
                }),
                // no year known: the days of an unknown year
                None => ymd(2000, u32::from(mo), d2).and_then(|_| {
                    Some((
                        Point::MonthDay {
                            month: mo,
                            day: u8::try_from(d).ok()?,
                        },
                        Point::MonthDay {
                            month: mo,
                            day: u8::try_from(d2).ok()?,
                        },
                    ))
                }),
            };
            let (first, last) = need(ends)?;
            return Ok((r3, pt(Repr::Interval { first, last }, None, written)));
        }
        // `１２月１８、１９日`: the first of two days
        if let Ok((r2, (d, _, _))) = self.int(r)
            && (1..=31).contains(&d)
            && let Ok((r2b, ())) = mark(K::ListSep)(r2)
            && let Ok((r3, _)) = self.int(r2b)
            && has(K::Day, r3)
        {
            let repr = match year {
                Some(Some(y)) => Repr::Day {
                    date: need(ymd(y, u32::from(mo), d))?,
                    part: None,
                },
                Some(None) => return fail(),
                None => need(self.month_day(mo, d))?,
            };
            return Ok((r2, pt(repr, None, written)));
        }
        let repr = match year {
            Some(year) => Repr::Month { year, month: mo },
            None => self.month_nearest(mo),
        };
        if let Repr::Month {
            year: Some(y),
            month,
        } = repr
            && let Ok((r2, _)) = opt(mark(K::Link)).parse(r)
            && let Ok((r3, w)) = self.week_of_month(r2, y, month)
        {
            return Ok((r3, pt(w, None, written)));
        }
        if let Ok((r2, q)) = word(&ix::PERIOD_PARTS)(r) {
            return Ok((r2, pt(repr, Some(qualifier(q)), written)));
        }
        Ok((r, pt(repr, None, written)))
    }

    /// A period with no year: `三季度`, `前三季度`, `上半年`, `9月末`, `23日`, `年末`, `月底`.
    fn yearless<'s>(&self, s: &'s str) -> R<'s, Pt> {
        if let Ok((r, (q, first))) = self.quarter_word(s) {
            let (r, part) = period_part(r, !first);
            return Ok((r, pt(self.quarter_repr(None, q, first), part, false)));
        }
        if let Ok((r, h)) = self.half_word(s) {
            let year = self.started(|y| ymd(y, 6 * u32::from(h) - 5, 1));
            return Ok((r, pt(Repr::Half { year, h }, None, false)));
        }
        if let Ok((r, p)) = self.nth_unit(s, self.ref_year()) {
            return Ok((r, pt(p, None, false)));
        }
        // `前11个月`, `前两个月`: the first months of the year the report is on (the latest
        // whose last such month has begun by the reference)
        if let Ok((r, ())) = mark(K::FirstN)(s)
            && let Ok((r, (n, _, _))) = self.int(r)
            && let Ok((r, _)) = space0(r)
            && let Ok((_, (TimeUnit::Month, true))) =
                word(&ix::TIME_UNITS)(r).or_else(|_| first_n_months(r))
            && (1..=12).contains(&n)
            && let Some(y) = self.started(|y| ymd(y, n, 1))
            && let Ok(x) = self.first_units(s, y)
        {
            return Ok((x.0, pt(x.1, None, false)));
        }
        // `1990年代`, `21世紀`
        if let Ok((r, (v, digits, _))) = self.int(s) {
            if digits == 4
                && let Ok((r2, ())) = mark(K::Decade)(r)
                && v % 10 == 0
            {
                return Ok((r2, pt(Repr::Decade(v as i32 / 10), None, true)));
            }
            // `九十年代`: a decade of the 1900s; `十九世纪七十年代`: of the century named
            if digits <= 3
                && (10..=90).contains(&v)
                && v % 10 == 0
                && let Ok((r2, ())) = mark(K::Decade)(r)
            {
                return Ok((r2, pt(Repr::Decade(190 + v as i32 / 10), None, true)));
            }
            if let Ok((r2, ())) = mark(K::Century)(r)
                && (1..=30).contains(&v)
            {
                if let Ok((r3, (d, dd, _))) = self.int(r2)
                    && dd <= 3
                    && (10..=90).contains(&d)
                    && d % 10 == 0
                    && let Ok((r4, ())) = mark(K::Decade)(r3)
                {
                    let decade = (v as i32 - 1) * 10 + d as i32 / 10;
                    return Ok((r4, pt(Repr::Decade(decade), None, true)));
                }
                return Ok((r2, pt(Repr::Century(v as i32 - 1), None, true)));
            }
        }
        if let Ok(x) = self.year_range(s) {
            return Ok(x);
        }
        if let Ok(x) = self.month_range(s, None) {
            return Ok(x);
        }
        if let Ok(x) = self.month_tail(s, None, false) {
            return Ok(x);
        }
        // `年末`, `年初`: this year's
        if let Ok((r, ())) = mark(K::Year)(s)
            && let Ok((r, q)) = word(&ix::PERIOD_PARTS)(r)
        {
            let repr = self.ref_year().map_or(Repr::UnknownYear, Repr::Year);
            return Ok((r, pt(repr, Some(qualifier(q)), false)));
        }
        // `月末`, `月初`: this month's
        if let Ok((r, ())) = mark(K::Month)(s)
            && let Ok((r, q)) = word(&ix::PERIOD_PARTS)(r)
        {
            let repr = need(self.rel(DurUnit::Month, 0))?;
            return Ok((r, pt(repr, Some(qualifier(q)), false)));
        }
        // a bare day of the reference month (or the nearest month)
        let (r, (d, _, _)) = self.int(s)?;
        // `18～19日`: the days from the first to the second, in the month nearest the reference
        // that holds the second
        if let Ok((r2, _)) = space0(r)
            && let Ok((r2, ())) = mark(K::RangeTo)(r2)
            && let Ok((r2, _)) = space0(r2)
            && let Ok((r3, (d2, _, _))) = self.int(r2)
            && d2 > d
            && d >= 1
            && let Ok((r3, ())) = mark(K::Day)(r3)
            && mark(K::DurationTail)(r3).is_err()
            && any_of(&ix::STREAK_AFTER)(r3).is_err()
            && let Some(last) = self.day_nearest(in_range(d2, 1, 31)?)
            && let Some(first) = last.with_day(d)
        {
            let day = |date| Point::Day { date, part: None };
            let repr = Repr::Interval {
                first: day(first),
                last: day(last),
            };
            return Ok((r3, pt(repr, None, false)));
        }
        let (r, ()) = mark(K::Day)(r)?;
        let d = in_range(d, 1, 31)?;
        let date = need(self.day_nearest(d))?;
        Ok((r, pt(Repr::Day { date, part: None }, None, false)))
    }

    /// Day `d` of the month that puts it nearest the reference day.
    fn day_nearest(&self, d: u32) -> Option<NaiveDate> {
        let r = self.ref_day()?;
        let this = r.with_day(1)?;
        let cands = [
            this.checked_sub_months(Months::new(1)),
            Some(this),
            this.checked_add_months(Months::new(1)),
        ];
        cands
            .into_iter()
            .flatten()
            .filter_map(|m| m.with_day(d))
            .min_by_key(|x| (*x - r).num_days().abs())
    }

    /// Words named from the reference: `今月`, `上月末`, `今月10日`, `来週の月曜日`, `下周一`,
    /// `金曜日`, `昨日`.
    fn relative<'s>(&self, s: &'s str) -> R<'s, Pt> {
        if let Ok((r, k)) = word(&ix::RELATIVE_MONTHS)(s) {
            let repr = need(self.rel(DurUnit::Month, i32::from(k)))?;
            if let Ok((r2, q)) = word(&ix::PERIOD_PARTS)(r) {
                return Ok((r2, pt(repr, Some(qualifier(q)), false)));
            }
            let (rl, _) = opt(mark(K::Link)).parse(r)?;
            // `今月の前半`
            if let Ok((r2, h)) = word(&ix::HALVES)(rl)
                && let Some(half) = half_of(repr, h)
            {
                return Ok((r2, pt(half, None, false)));
            }
            if let Repr::Month {
                year: Some(y),
                month,
            } = repr
                && let Ok((r2, (d, _, _))) = self.int(rl)
                && let Ok((r3, ())) = mark(K::Day)(r2)
            {
                let date = need(ymd(y, u32::from(month), d))?;
                return Ok((r3, pt(Repr::Day { date, part: None }, None, false)));
            }
            return Ok((r, pt(repr, None, false)));
        }
        if let Ok((r, k)) = word(&ix::RELATIVE_WEEKS)(s) {
            // `下周末`, `今週末`: the week's weekend
            if let Ok((r2, ())) = any_of(&ix::WEEKEND_MARKS)(r)
                && let Some(Repr::Week { year, week }) = self.rel(DurUnit::Week, i32::from(k))
            {
                return Ok((r2, pt(Repr::Weekend { year, week }, None, false)));
            }
            let (rl, _) = opt(mark(K::Link)).parse(r)?;
            // `今週の後半`
            if let Ok((r2, h)) = word(&ix::HALVES)(rl)
                && let Some(half) = self
                    .rel(DurUnit::Week, i32::from(k))
                    .and_then(|w| half_of(w, h))
            {
                return Ok((r2, pt(half, None, false)));
            }
            let day = self
                .weekday_word(rl)
                .or_else(|_| word(&ix::WEEKDAY_DAYS)(r));
            if let Ok((r2, d)) = day
                && let Some(date) = self.day_of_week(k, d)
            {
                return Ok(self.glossed(r2, pt(Repr::Day { date, part: None }, None, false)));
            }
            let repr = need(self.rel(DurUnit::Week, i32::from(k)))?;
            return Ok((r, pt(repr, None, false)));
        }
        if let Ok((r, d)) = self.weekday_word(s) {
            return Ok(self.glossed(r, pt(self.weekday_resolved(d, 0), None, false)));
        }
        // `次の金曜日`: a weekday of the week named
        if let Ok((r, k)) = word(&ix::WEEKDAY_LEADS)(s)
            && let Ok((r2, d)) = self.weekday_word(r)
        {
            let date = need(self.day_of_week(k, d))?;
            return Ok(self.glossed(r2, pt(Repr::Day { date, part: None }, None, false)));
        }
        // `元旦`, `国庆节`: the nearest
        if let Ok((r, (mo, d))) = word(&ix::HOLIDAYS)(s) {
            let repr = need(self.month_day(mo, u32::from(d)))?;
            return Ok((r, pt(repr, None, false)));
        }
        // `週の初め`, `年の終わり`: a part of the reference week, month or year
        if let Ok((r, (u, _))) = word(&ix::TIME_UNITS)(s)
            && let Ok((r, ())) = mark(K::Link)(r)
            && let Ok((r, q)) = word(&ix::PERIOD_PARTS)(r)
        {
            let unit = need(dur_unit(u).filter(|u| matches!(u, DurUnit::Week | DurUnit::Year)))?;
            let repr = need(self.rel(unit, 0))?;
            return Ok((r, pt(repr, Some(qualifier(q)), false)));
        }
        // `上个半年`: the half year before the reference's
        if let Ok((r, k)) = word(&ix::RELATIVE_HALF_YEARS)(s) {
            let repr = need(self.rel(DurUnit::Half, i32::from(k)))?;
            return Ok((r, pt(repr, None, false)));
        }
        // `上半月`, `下半周`: a half of the reference month or week
        if let Ok((r, (u, h))) = word(&ix::PART_HALVES)(s) {
            let unit = need(dur_unit(u))?;
            let repr = need(self.rel(unit, 0).and_then(|p| half_of(p, h)))?;
            return Ok((r, pt(repr, None, false)));
        }
        // `月の前半`: a half of this month
        if let Ok((r, ())) = mark(K::Month)(s)
            && let Ok((r, ())) = mark(K::Link)(r)
            && let Ok((r, h)) = word(&ix::HALVES)(r)
        {
            let repr = need(self.rel(DurUnit::Month, 0).and_then(|p| half_of(p, h)))?;
            return Ok((r, pt(repr, None, false)));
        }
        if let Ok((r, (k, n))) = word(&ix::RELATIVE_SEASONS)(s) {
            let year = self.ref_year().and_then(|y| y.checked_add(i32::from(k)));
            let season = season(n)?;
            return Ok((r, pt(Repr::Season { year, season }, None, false)));
        }
        let (r, k) = word(&ix::RELATIVE_DAYS)(s)?;
        // `前日比`: day on day
        if has(K::Ratio, r) {
            return fail();
        }
        let Some(day) = self.ref_day() else {
            // No reference day: `今日` is the present, `昨日` a day unresolved (`XXXX-XX-XX`).
            let repr = if k == 0 {
                Repr::PresentRef
            } else {
                Repr::Unresolved(crate::timex::Cal::Day)
            };
            return Ok((r, pt(repr, None, false)));
        };
        let date = need(super::shift_days(day, i64::from(k)))?;
        if let Some(x) = self.counted_from(r, date) {
            return Ok(x);
        }
        Ok((r, pt(Repr::Day { date, part: None }, None, false)))
    }

    /// A number of units counted from a day just read (`今日から2日後`, `昨日の2日前`,
    /// `今日から2週間以上前`): the day they shift to; or the period they last from it
    /// (`明日から3日以内`).
    fn counted_from<'s>(&self, s: &'s str, day: NaiveDate) -> Option<(&'s str, Pt)> {
        let (r, ()) = mark(K::RangeTo)(s).or_else(|_| mark(K::Link)(s)).ok()?;
        let (r, (n, _)) = amount(r).ok()?;
        let n = n.to_i32().filter(|&n| n > 0 && n < 1000 && !zero_led(r))?;
        let (r, _) = space0(r).ok()?;
        let (r, (u, _)) = word(&ix::TIME_UNITS)(r).ok()?;
        let unit = dur_unit(u)?;
        let (r, bound) = match mark(K::Bound)(r) {
            Ok((r2, ())) => (r2, Some(&r[..r.len() - r2.len()])),
            Err(_) => (r, None),
        };
        if bound.is_some_and(|b| lx::CJK_WITHIN.contains(&b)) {
            let last = shift_date(day, unit, n)?.pred_opt()?;
            let repr = Repr::Interval {
                first: Point::Day {
                    date: day,
                    part: None,
                },
                last: Point::Day {
                    date: last,
                    part: None,
                },
            };
            return Some((r, pt(repr, None, false)));
        }
        let (r, k) = word(&ix::SHIFTS)(r).ok()?;
        let date = shift_date(day, unit, n.checked_mul(i32::from(k))?)?;
        let modifier = bound.map(|_| if k < 0 { Mod::Before } else { Mod::After });
        Some((r, pt(Repr::Day { date, part: None }, modifier, false)))
    }

    /// Weekday `d` (ISO) of the week `k` weeks from the reference's.
    fn day_of_week(&self, k: i8, d: u8) -> Option<NaiveDate> {
        let base = self.ref_day()?;
        let monday =
            base.checked_sub_days(Days::new(u64::from(base.weekday().num_days_from_monday())))?;
        super::shift_days(monday, i64::from(k) * 7 + i64::from(d) - 1)
    }

    /// A weekday and the written date after it that says which day it is (`金曜日6月15日`,
    /// `金曜日（6月15日）`): the written date, over both; else the weekday as read.
    fn glossed<'s>(&self, s: &'s str, weekday: Pt) -> (&'s str, Pt) {
        let open = any_of(&ix::GLOSS_OPENS)(s).ok();
        let r = open.map_or(s, |(r, ())| r);
        let Ok((r, p)) = self.month_tail(r, None, false) else {
            return (s, weekday);
        };
        if !matches!(p.repr, Repr::Day { .. }) {
            return (s, weekday);
        }
        match (open, any_of(&ix::GLOSS_CLOSES)(r)) {
            (None, _) => (r, p),
            (Some(_), Ok((r2, ()))) => (r2, p),
            (Some(_), Err(_)) => (s, weekday),
        }
    }

    /// `星期一`, `周五`, `禮拜天`, `金曜日`.
    fn weekday_word<'s>(&self, s: &'s str) -> R<'s, u8> {
        if let Ok(x) = word(&ix::JA_WEEKDAYS)(s) {
            return Ok(x);
        }
        let (r, ()) = any_of(&ix::WEEKDAY_PREFIXES)(s)?;
        word(&ix::WEEKDAY_DAYS)(r)
    }

    // ---------- intervals ----------

    /// Two written ends joined as one period: `2014年から2018年`, `3月1日至6月30日`,
    /// `1月10日から20日`; `a` is the first end, read from `s`.
    fn interval<'s>(&self, s: &'s str, (r, a): (&'s str, Pt)) -> R<'s, Pt> {
        let (r, _) = space0(r)?;
        let (r, ()) = mark(K::RangeTo)(r)?;
        let (r, _) = space0(r)?;
        let mut first = need(a.repr.as_point())?;
        // the second end: a whole point, or a day of the first end's month
        let day_only = |r| -> R<'s, u32> {
            let (r2, (d, _, _)) = self.int(r)?;
            let (r2, ()) = mark(K::Day)(r2)?;
            Ok((r2, d))
        };
        // both ends written as numbers (`3月から9月`, not `来年の2月`)
        let numbers = self.int(s).is_ok() && self.int(r).is_ok();
        let (r, mut last, last_written) = match (a.repr, self.point(r)) {
            (Repr::Day { date, .. }, _) if day_only(r).is_ok() => {
                let (r2, d) = day_only(r)?;
                let date = need(date.with_day(d))?;
                (r2, Point::Day { date, part: None }, false)
            }
            // `上周一到周三`, `3月1日至周五`: a bare weekday ends the days from the first on
            (Repr::Day { date, .. }, _) if self.weekday_word(r).is_ok() => {
                let (r2, d) = self.weekday_word(r)?;
                let ahead = (i64::from(d) - i64::from(date.weekday().number_from_monday()))
                    .rem_euclid(7)
                    .unsigned_abs();
                let date = need(date.checked_add_days(Days::new(ahead)))?;
                (r2, Point::Day { date, part: None }, false)
            }
            // a qualifier on an end is dropped (`9月下旬から10月上旬`: September to October)
            (_, Ok((r2, b))) => {
                let last = need(b.repr.as_point())?;
                if !b.year_written {
                    (r2, need(with_year_of(first, last))?, false)
                } else if !a.year_written {
                    first = need(year_before(first, last))?;
                    (r2, last, true)
                } else {
                    (r2, last, true)
                }
            }
            (Repr::Day { date, .. }, _) => {
                let (r2, (d, _, _)) = self.int(r)?;
                let (r2, ()) = mark(K::Day)(r2)?;
                let date = need(date.with_day(d))?;
                (r2, Point::Day { date, part: None }, false)
            }
            _ => return fail(),
        };
        // no end writes a year: the year that puts the whole period nearest the reference
        if numbers
            && !a.year_written
            && !last_written
            && let Some(y) = self.nearest(|y| {
                let f = Timex(set_year(first, y)?.widen()).range(self.opts)?;
                let l = Timex(with_year_of(set_year(first, y)?, last)?.widen()).range(self.opts)?;
                Some((f.first(), l.last()))
            })
            && let Some(f) = set_year(first, y)
            && let Some(l) = with_year_of(f, last)
        {
            first = f;
            last = l;
        }
        // the first day may not come after the last
        if let (Some(f), Some(l)) = (
            Timex(first.widen()).range(self.opts),
            Timex(last.widen()).range(self.opts),
        ) && f.first() > l.last()
        {
            return fail();
        }
        let repr = Repr::Interval { first, last };
        Ok((r, pt(repr, None, a.year_written)))
    }

    // ---------- durations ----------

    /// `2年間`, `3か月`, `180天`, `三年半`, `半年`, `连续20个季度`, and the dates they shift to:
    /// `5年後`, `3日後`, `五年前`.
    fn duration<'s>(&self, s: &'s str) -> R<'s, Pt> {
        let (r, lead) = opt(mark(K::DurationLead)).parse(s)?;
        let (r, half_only) = match mark(K::Half)(r) {
            Ok((r2, ())) => (r2, true),
            Err(_) => (r, false),
        };
        let (r, (n, digits)) = if half_only {
            (r, (Decimal::new(5, 1), 0))
        } else {
            amount(r)?
        };
        if n <= Decimal::ZERO {
            return fail();
        }
        let (r, _) = space0(r)?;
        let (r, (unit, sure)) = word(&ix::TIME_UNITS)(r)?;
        let unit = need(dur_unit(unit))?;
        // `18周岁`, `3岁`: an age
        if has(K::Age, r) {
            return fail();
        }
        // `三年半`: a half more
        let (r, more_half) = match (half_only, mark(K::Half)(r)) {
            // `2026年半年度` is a year's half, never two thousand years and a half
            (false, Ok((r2, ()))) if digits != 4 => (r2, true),
            _ => (r, false),
        };
        let n = if more_half { n + Decimal::new(5, 1) } else { n };
        let (r, tail) = opt(mark(K::DurationTail)).parse(r)?;
        // `5年後`, `五年前`
        let zero = s.starts_with(['0', '０']) || self.int(s).is_ok_and(|(_, (_, _, z))| z);
        let plain = n < Decimal::from(1000) && digits != 4 && !zero;
        if !half_only
            && !more_half
            && n.fract().is_zero()
            && lead.is_none()
            && plain
            && let Ok((r2, k)) = word(&ix::SHIFTS)(r)
        {
            let steps = need(n.to_i32().and_then(|n| n.checked_mul(i32::from(k))))?;
            let repr = if unit == DurUnit::BusinessDay {
                let date = need(self.ref_day().and_then(|d| shift_date(d, unit, steps)))?;
                Repr::Day { date, part: None }
            } else {
                need(self.rel(unit, steps))?
            };
            return Ok((r2, pt(repr, None, false)));
        }
        // `4日以上`: the bound is kept in the span (a day of the month takes none)
        let (r, bounded) = match mark(K::Bound)(r) {
            Ok((r2, ())) if unit == DurUnit::Day && !sure && tail.is_none() => (r2, true),
            _ => (r, false),
        };
        // `3日続伸`: a streak word makes it a duration (looked up only where nothing else does)
        let marked = sure
            || tail.is_some()
            || lead.is_some()
            || half_only
            || more_half
            || bounded
            || any_of(&ix::STREAK_AFTER)(r).is_ok();
        if !marked {
            // `2025年` is a year, `23日` a day; `30年` thirty years.
            let whole = n.fract().is_zero();
            if !(unit == DurUnit::Year && whole && plain) {
                return fail();
            }
        }
        // `1年2个月`, `一年又三个月`, `8天20小时`: a duration of several units
        if !half_only
            && !more_half
            && !bounded
            && tail.is_none()
            && let Some(first) = n.to_u16().filter(|_| n.fract().is_zero())
            && let Some(parts) = Parts::default().add(first, unit)
            && let Some((r2, parts)) = self.more_units(r, parts)
        {
            let (r2, _) = opt(mark(K::DurationTail)).parse(r2)?;
            return Ok((r2, pt(Repr::Compound(parts), None, false)));
        }
        let (amount, unit) = if half_only && unit == DurUnit::Year {
            (Decimal::new(5, 1), DurUnit::Year)
        } else {
            (n, unit)
        };
        Ok((
            r,
            pt(
                Repr::Duration {
                    amount: Some(amount),
                    unit,
                },
                None,
                false,
            ),
        ))
    }
}

impl Cj<'_, '_, '_> {
    /// The units after the first of a duration of several (`2个月` after `1年`, `又三天`), each
    /// unit once: `None` unless one follows.
    fn more_units<'s>(&self, s: &'s str, mut parts: Parts) -> Option<(&'s str, Parts)> {
        let mut r = s;
        let mut more = false;
        // at most one of each unit: the loop ends by the seventh
        for _ in 0..Parts::UNITS.len() {
            let Some((r2, n, unit)) = self.unit_part(r) else {
                break;
            };
            let Some(p) = parts.add(n, unit) else {
                break;
            };
            parts = p;
            r = r2;
            more = true;
        }
        more.then_some((r, parts))
    }

    /// One whole number of a unit, after a joining word or none (`又三天`, `20小时`).
    fn unit_part<'s>(&self, s: &'s str) -> Option<(&'s str, u16, DurUnit)> {
        let joined = mark(K::DurationJoin)(s).ok().map(|(r, ())| r);
        for start in joined.into_iter().chain([s]) {
            let Ok((r, (n, _))) = amount(start) else {
                continue;
            };
            let (r, _) = space0(r).ok()?;
            let Ok((r, (unit, _))) = word(&ix::TIME_UNITS)(r) else {
                continue;
            };
            let (Some(n), Some(unit)) =
                (n.to_u16().filter(|_| n.fract().is_zero()), dur_unit(unit))
            else {
                continue;
            };
            if has(K::Age, r) {
                continue;
            }
            return Some((r, n, unit));
        }
        None
    }
}

/// Half `h` (1 or 2) of a month (the 1st to the 15th, the 16th to its end) or of an ISO week
/// (Monday to Wednesday, Thursday to Sunday), as the interval of its days.
fn half_of(period: Repr, h: u8) -> Option<Repr> {
    let (first, last) = match period {
        Repr::Month {
            year: Some(y),
            month,
        } => {
            let (f, l) = month_range(y, month)?;
            match h {
                1 => (f, f.with_day(15)?),
                2 => (f.with_day(16)?, l),
                _ => return None,
            }
        }
        Repr::Week { year, week } => {
            let mon = NaiveDate::from_isoywd_opt(year, u32::from(week), chrono::Weekday::Mon)?;
            let thu = mon.checked_add_days(Days::new(3))?;
            match h {
                1 => (mon, thu.pred_opt()?),
                2 => (thu, mon.checked_add_days(Days::new(6))?),
                _ => return None,
            }
        }
        _ => return None,
    };
    Some(Repr::Interval {
        first: Point::Day {
            date: first,
            part: None,
        },
        last: Point::Day {
            date: last,
            part: None,
        },
    })
}

/// A day or month of a year put in year `y`.
fn set_year(p: Point, y: i32) -> Option<Point> {
    Some(match p {
        Point::Day { date, part } => Point::Day {
            date: ymd(y, date.month(), date.day())?,
            part,
        },
        Point::Month { month, .. } => Point::Month {
            year: Some(y),
            month,
        },
        Point::MonthDay { month, day } => Point::Day {
            date: ymd(y, u32::from(month), u32::from(day))?,
            part: None,
        },
        _ => return None,
    })
}

/// `d` shifted by `k` units (a business day skips Saturdays and Sundays); `None` for a unit
/// that names no number of days.
fn shift_date(d: NaiveDate, unit: DurUnit, k: i32) -> Option<NaiveDate> {
    let months = |m: i32| {
        if m >= 0 {
            d.checked_add_months(Months::new(m.unsigned_abs()))
        } else {
            d.checked_sub_months(Months::new(m.unsigned_abs()))
        }
    };
    match unit {
        DurUnit::Day => super::shift_days(d, i64::from(k)),
        DurUnit::Week => super::shift_days(d, i64::from(k) * 7),
        DurUnit::Month => months(k),
        DurUnit::Year => months(k.checked_mul(12)?),
        DurUnit::BusinessDay => {
            let step = i64::from(k.signum());
            let mut day = d;
            let mut left = k.unsigned_abs();
            // at most 1000 business days: the loop ends within 1400 days
            while left > 0 {
                day = super::shift_days(day, step)?;
                if day.weekday().num_days_from_monday() < 5 {
                    left -= 1;
                }
                if (day - d).num_days().abs() > 1500 {
                    return None;
                }
            }
            Some(day)
        }
        _ => None,
    }
}

/// `first` in the year of `last` (or the year before when it would come after it): the first
/// end of `11月から2017年2月`.
fn year_before(first: Point, last: Point) -> Option<Point> {
    let y = match last {
        Point::Day { date, .. } => date.year(),
        Point::Month { year: Some(y), .. } => y,
        _ => return Some(first),
    };
    let key = |p: &Point| match *p {
        Point::Day { date, .. } => Some((date.month(), date.day())),
        Point::Month { month, .. } => Some((u32::from(month), 1)),
        _ => None,
    };
    let y = match (key(&first), key(&last)) {
        (Some(f), Some(l)) if f > l => y - 1,
        _ => y,
    };
    Some(match first {
        Point::Day { date, part } => Point::Day {
            date: ymd(y, date.month(), date.day())?,
            part,
        },
        Point::Month { month, .. } => Point::Month {
            year: Some(y),
            month,
        },
        other => other,
    })
}

/// `last` in the year of `first` (or the year after when it would come before it): the second
/// end of `2021年3月1日至6月30日`.
fn with_year_of(first: Point, last: Point) -> Option<Point> {
    let y = match first {
        Point::Day { date, .. } => date.year(),
        Point::Month { year: Some(y), .. } => y,
        Point::Quarter { year: Some(y), .. } | Point::Half { year: Some(y), .. } => y,
        _ => return Some(last),
    };
    let key = |p: &Point| match *p {
        Point::Day { date, .. } => Some((date.month(), date.day())),
        Point::Month { month, .. } => Some((u32::from(month), 1)),
        _ => None,
    };
    let (fk, lk) = (key(&first), key(&last));
    let y = match (fk, lk) {
        (Some(f), Some(l)) if l < f => y + 1,
        _ => y,
    };
    Some(match last {
        Point::Day { date, part } => Point::Day {
            date: ymd(y, date.month(), date.day())?,
            part,
        },
        Point::Month { month, .. } => Point::Month {
            year: Some(y),
            month,
        },
        Point::MonthDay { month, day } => Point::Day {
            date: ymd(y, u32::from(month), u32::from(day))?,
            part: None,
        },
        other => other,
    })
}

// ---------- periods named from the period the text is about ----------

/// What a mention names relative to the period before it.
#[derive(Debug, Clone, Copy)]
enum Anchored {
    /// The same period in another year: shifted by `k` years (`上年同期`), or in year `y`
    /// (`2019年同期`).
    Same {
        shift: Option<i32>,
        year: Option<i32>,
    },
    /// A month shifted from the period's month (`上月末`: -1, with its modifier).
    Month(i32, Option<Mod>),
    /// Day `d` of the period's month, in a list after it (`１２月１８、１９日`).
    Day(u32),
    /// A year counted from the year the text reports on, with the part of it named: `上年`
    /// (-1), `上年末` (-1, the end), `年末` and `年初` (0, the end or the start).
    Year(i32, Option<Mod>),
}

/// Reads what `s` (a whole mention's text) names relative to the period before it.
fn anchored(s: &str, ja: impl Fn() -> bool, after_list: bool) -> Option<Anchored> {
    let whole = |r: &str| r.is_empty();
    // `上年同期`, `去年同期`, `2019年同期`
    if let Ok((r, k)) = word(&ix::RELATIVE_YEARS)(s)
        && let Ok((r, ())) = same_period(r)
        && whole(r)
    {
        let k = if ja() { k.1 } else { k.0 };
        return Some(Anchored::Same {
            shift: Some(i32::from(k)),
            year: None,
        });
    }
    if let Ok((r, (v, digits, _))) = int(s)
        && let Ok((r, ())) = mark(K::Year)(r)
        && let Ok((r, ())) = same_period(r)
        && whole(r)
    {
        let y = match digits {
            4 => v as i32,
            2 => super::two_digit_year(v),
            _ => return None,
        };
        return Some(Anchored::Same {
            shift: None,
            year: Some(y),
        });
    }
    // `上年`, `上年末` (a year word of the reported period), `年末`, `年初`; never a number first
    let lead_digit = s.starts_with(is_digit);
    let anaphoric = !lead_digit
        && cjk::ANAPHORIC_YEARS
            .iter()
            .any(|&(w, ja_only)| s.starts_with(w) && (!ja_only || ja()));
    // a bare `年末` ends in its part (a cheap refusal of every other mention)
    let part_last = || lx::CJK_PERIOD_PARTS.iter().any(|(w, _)| s.ends_with(w));
    let year = if lead_digit || !(anaphoric || part_last()) {
        None
    } else if anaphoric {
        word(&ix::RELATIVE_YEARS)(s)
            .ok()
            .map(|(r, k)| (r, i32::from(if ja() { k.1 } else { k.0 })))
    } else {
        mark(K::Year)(s).ok().map(|(r, ())| (r, 0))
    };
    if let Some((r, k)) = year {
        let q = match word(&ix::PERIOD_PARTS)(r) {
            Ok((r2, q)) => whole(r2).then_some(Some(qualifier(q))),
            Err(_) => (anaphoric && whole(r)).then_some(None),
        };
        if let Some(q) = q {
            return Some(Anchored::Year(k, q));
        }
    }
    // `上月末`, `本月`, `月末`
    let (r, k) = match word(&ix::RELATIVE_MONTHS)(s) {
        Ok((r, k)) => (r, Some(i32::from(k))),
        Err(_) => match mark(K::Month)(s) {
            Ok((r, ())) if !r.is_empty() => (r, Some(0)),
            _ => (s, None),
        },
    };
    if let Some(k) = k {
        let (r, q) = match word(&ix::PERIOD_PARTS)(r) {
            Ok((r, q)) => (r, Some(qualifier(q))),
            Err(_) => (r, None),
        };
        return whole(r).then_some(Anchored::Month(k, q));
    }
    if after_list
        && let Ok((r, (d, _, _))) = int(s)
        && let Ok((r, ())) = mark(K::Day)(r)
        && whole(r)
    {
        return Some(Anchored::Day(d));
    }
    None
}

/// A value shifted by `k` years, or put in year `y`.
fn shift_year(p: Point, k: i32) -> Option<Point> {
    Some(match p {
        Point::Month {
            year: Some(y),
            month,
        } => Point::Month {
            year: Some(y.checked_add(k)?),
            month,
        },
        Point::Quarter { year: Some(y), q } => Point::Quarter {
            year: Some(y.checked_add(k)?),
            q,
        },
        Point::Half { year: Some(y), h } => Point::Half {
            year: Some(y.checked_add(k)?),
            h,
        },
        Point::Year(y) => Point::Year(y.checked_add(k)?),
        Point::Fiscal {
            year: Some(y),
            quarter,
        } => Point::Fiscal {
            year: Some(y.checked_add(k)?),
            quarter,
        },
        _ => return None,
    })
}

fn first_year(r: Repr) -> Option<i32> {
    let p = match r {
        Repr::Interval { first, .. } => first,
        other => other.as_point()?,
    };
    match p {
        Point::Month { year, .. }
        | Point::Quarter { year, .. }
        | Point::Half { year, .. }
        | Point::Fiscal { year, .. } => year,
        Point::Year(y) => Some(y),
        _ => None,
    }
}

fn shift_repr(r: Repr, k: i32) -> Option<Repr> {
    Some(match r {
        Repr::Interval { first, last } => Repr::Interval {
            first: shift_year(first, k)?,
            last: shift_year(last, k)?,
        },
        other => shift_year(other.as_point()?, k)?.widen(),
    })
}

/// Resolves the mentions that name a period relative to the one the text is about (`上年同期`,
/// `上月末`, `月末`, `2019年同期`, the second day of `１２月１８、１９日`) against the nearest
/// date before them in the same paragraph or the previous sentence, whose year the text gives.
pub(crate) fn cjk_anchor(text: &str, out: &mut [Temporal<'_>], opts: &Options) {
    // The last period that can anchor: its value and where it ends.
    let mut anchor: Option<(Repr, usize)> = None;
    // The year of the last period named (not a day: a dateline or a publication day is not the
    // period a text reports on), which carries on over sentences that name only anchors.
    // (Its year is read only when a year word asks for it.)
    let mut carried: Option<Repr> = None;
    let carry = |carried: &mut Option<Repr>, r: Repr| {
        if !matches!(r, Repr::Day { .. } | Repr::DayTime { .. }) {
            *carried = Some(r);
        }
    };
    // The last date: its value and where it ends (for a gloss in brackets right after it).
    let mut prev: Option<(Repr, usize)> = None;
    for m in out.iter_mut() {
        let TemporalValue::Date {
            timex, modifier, ..
        } = m.value
        else {
            continue;
        };
        let start = m.span.start();
        // `2025年度第3四半期（10～12月）`: months glossed in brackets lie in the period before
        if let Some((long, end)) = prev
            && let Some(gap) = text.get(end..start)
            && ix::GLOSS_OPENS.longest(gap, |_| true).map(|x| x.0) == Some(gap.len())
            && !gap.is_empty()
            && m.text.starts_with(is_digit)
            && !has_year_mark(m.text)
            && let Some(repr) = glossed_in(timex.0, long, opts)
        {
            let timex = Timex(repr);
            m.value = TemporalValue::Date {
                timex,
                modifier,
                range: timex.range(opts),
            };
        }
        prev = Some((timex.0, m.span.end()));
        let TemporalValue::Date { timex, .. } = m.value else {
            continue;
        };
        if m.text.is_ascii() {
            // not CJK: may anchor, never anchored
            anchor = Some((timex.0, m.span.end()));
            carry(&mut carried, timex.0);
            continue;
        }
        let before = text.get(..start).unwrap_or("");
        let after_list = before.chars().next_back().is_some_and(has_list_sep);
        // Whether the text around is Japanese: looked at only where the reading depends on it.
        let ja = || {
            // the window's ends moved to character boundaries (a byte slice inside a
            // character would read as no text at all)
            let mut a = start.saturating_sub(60);
            while !text.is_char_boundary(a) {
                a -= 1;
            }
            let mut b = (m.span.end() + 60).min(text.len());
            while !text.is_char_boundary(b) {
                b += 1;
            }
            text.get(a..b).is_some_and(has_kana)
        };
        let Some(a) = anchored(m.text, ja, after_list) else {
            // `比年初增加`: the other term of a comparison is never the period the text is about
            if !compared(before) {
                anchor = Some((timex.0, m.span.end()));
                carry(&mut carried, timex.0);
            }
            continue;
        };
        // the same paragraph, or the previous sentence
        let in_reach = |at: usize| {
            let between = text.get(at..start).unwrap_or("");
            let ends = between.chars().filter(|&c| is_sentence_end(c)).count();
            let same_paragraph = !between.contains('\n');
            (same_paragraph || ends <= 1) && between.len() <= 1000
        };
        if let Anchored::Year(k, q) = a {
            // The period in reach (never a day), else the year the text carries on.
            let base = anchor
                .filter(|&(b, at)| {
                    !matches!(b, Repr::Day { .. } | Repr::DayTime { .. }) && in_reach(at)
                })
                .map(|(b, _)| b);
            let repr = match (q, base) {
                // `上年` after a period: that period a year earlier (R15)
                (None, Some(b)) => shift_repr(b, k),
                _ => base
                    .and_then(first_year)
                    .or_else(|| carried.and_then(first_year))
                    .and_then(|y| y.checked_add(k))
                    .map(Repr::Year),
            };
            if let Some(repr) = repr {
                let timex = Timex(repr);
                m.value = TemporalValue::Date {
                    timex,
                    modifier: q,
                    range: timex.range(opts),
                };
            }
            continue;
        }
        let Some((base, at)) = anchor else { continue };
        if !in_reach(at) {
            continue;
        }
        let new = match a {
            Anchored::Same { shift, year } => {
                if matches!(base, Repr::Day { .. } | Repr::DayTime { .. }) {
                    continue;
                }
                let k = match (shift, year) {
                    (Some(k), _) => Some(k),
                    (None, Some(y)) => first_year(base).map(|b| y - b),
                    _ => None,
                };
                k.and_then(|k| shift_repr(base, k)).map(|r| (r, None))
            }
            Anchored::Month(shift, q) => match base {
                Repr::Month {
                    year: Some(y),
                    month,
                } => ymd(y, u32::from(month), 1)
                    .and_then(|d| {
                        if shift >= 0 {
                            d.checked_add_months(Months::new(shift.unsigned_abs()))
                        } else {
                            d.checked_sub_months(Months::new(shift.unsigned_abs()))
                        }
                    })
                    .map(|d| {
                        (
                            Repr::Month {
                                year: Some(d.year()),
                                month: d.month() as u8,
                            },
                            q,
                        )
                    }),
                _ => None,
            },
            Anchored::Year(..) => None,
            Anchored::Day(d) => match base {
                Repr::Day { date, .. } if at + 3 >= start => date
                    .with_day(d)
                    .map(|date| (Repr::Day { date, part: None }, None)),
                _ => None,
            },
        };
        if let Some((repr, q)) = new {
            let timex = Timex(repr);
            m.value = TemporalValue::Date {
                timex,
                modifier: q.or(modifier.filter(|_| !matches!(a, Anchored::Same { .. }))),
                range: timex.range(opts),
            };
        }
    }
}

/// Whether a mention's text writes a year (`年` after a number).
fn has_year_mark(s: &str) -> bool {
    s.char_indices().any(|(k, _)| has(K::Year, &s[k..]))
}

/// A month or months of no written year (`10～12月`), put in the year that makes them lie in
/// period `long`, else (a quarter of a fiscal year whose months the options do not know) in
/// the year that starts them nearest the start of `long`.
fn glossed_in(short: Repr, long: Repr, opts: &Options) -> Option<Repr> {
    let range = Timex(long).range(opts)?;
    let (lo, hi) = (range.first(), range.last());
    let inside = |r: Repr| {
        Timex(r)
            .range(opts)
            .is_some_and(|x| x.first() >= lo && x.last() <= hi)
    };
    if inside(short) {
        return None;
    }
    let place = |y: i32| {
        let r = match short {
            Repr::Interval { first, last } => {
                let f = set_year(first, y)?;
                Repr::Interval {
                    first: f,
                    last: with_year_of(f, last)?,
                }
            }
            Repr::Month { .. } => set_year(need(short.as_point()).ok()?, y)?.widen(),
            _ => return None,
        };
        Some(r)
    };
    if let Some(r) = [lo.year(), hi.year()]
        .into_iter()
        .filter_map(place)
        .find(|&r| inside(r))
    {
        return Some(r);
    }
    (lo.year() - 1..=hi.year() + 1)
        .filter_map(place)
        .filter_map(|r| Some((r, Timex(r).range(opts)?.first())))
        .min_by_key(|(_, f)| (*f - lo).num_days().abs())
        .map(|(r, _)| r)
        .filter(|&r| r != short)
}

/// Whether `before` (the text before a date) ends with a comparison word (`比`, `较`): the date
/// is what something is compared with.
fn compared(before: &str) -> bool {
    finnews_core::tables::cjk::COMPARED_BEFORE
        .iter()
        .any(|w| before.ends_with(w))
}

fn has_list_sep(c: char) -> bool {
    let mut b = [0u8; 4];
    let s: &str = c.encode_utf8(&mut b);
    lx::CJK_MARKS
        .iter()
        .any(|&(w, k)| k == K::ListSep && w == s)
}

fn is_sentence_end(c: char) -> bool {
    finnews_core::lexicon::CJK_SENTENCE_ENDS.contains(&c)
}

#[cfg(test)]
mod tests {
    use chrono::{Datelike, NaiveDate};
    use proptest::prelude::*;

    use finnews_core::lexicon as lx;

    use super::is_digit;
    use crate::types::{Grain, Options, ReferenceDate, TemporalValue};
    use crate::{Month, extract};

    fn at(y: i32, m: u32, d: u32) -> Options {
        let date = NaiveDate::from_ymd_opt(y, m, d).expect("valid test date");
        Options::default().with_reference(Some(ReferenceDate::new(date, Grain::Day)))
    }

    /// `(text, timex, mod)` of every mention.
    fn read(text: &str, opts: &Options) -> Vec<(String, String, Option<String>)> {
        extract(text, opts)
            .into_iter()
            .map(|t| {
                assert_eq!(&text[t.span.range()], t.text);
                let m = match t.value {
                    TemporalValue::Date { modifier, .. } => modifier.map(|m| m.to_string()),
                    _ => None,
                };
                (t.text.to_string(), t.timex().to_string(), m)
            })
            .collect()
    }

    fn one(text: &str, opts: &Options) -> (String, String, Option<String>) {
        let v = read(text, opts);
        assert_eq!(v.len(), 1, "{text}: {v:?}");
        v.into_iter().next().expect("one mention")
    }

    fn timex(text: &str, opts: &Options) -> String {
        one(text, opts).1
    }

    proptest! {
        #[test]
        fn kana_read_from_bytes_as_from_chars(s in "[a-zぁ-ゖァ-ヺ一-龥ー・。、〜0-9]{0,12}") {
            prop_assert_eq!(super::has_kana(&s), s.chars().any(super::is_kana));
        }
    }

    #[test]
    fn taiwan_and_hong_kong_periods_and_glossed_years() {
        let o = at(2023, 11, 9);
        // the first N months without a counter, the short quarter word after `第N`/`前N`
        assert_eq!(timex("去年前8月出口成長", &o), "2022-01/2022-08");
        assert_eq!(timex("前7月累計", &o), "2023-01/2023-07");
        assert_eq!(timex("前7月5日", &o), "2023-07-05");
        assert_eq!(timex("民國111年第2季財報", &o), "2022-Q2");
        assert_eq!(timex("前2季獲利", &o), "2023-Q1/2023-Q2");
        assert!(read("第二季開播", &o).is_empty());
        assert!(
            read("3季度", &o)
                .iter()
                .all(|m| m.1 != "2023-Q3" || m.0 == "3季度")
        );
        // the months ended on a day
        assert_eq!(
            one("截至2022年12月31日止六個月的業績", &o),
            (
                "2022年12月31日止六個月".to_string(),
                "2022-07/2022-12".to_string(),
                None
            )
        );
        assert_eq!(timex("截至2023年3月31日止，貸款增加", &o), "2023-03-31");
        // a year glossed with its era year, read through to the month after it
        assert_eq!(
            one("2019年（令和元年）11月分の速報", &o).0,
            "2019年（令和元年）11月"
        );
        assert_eq!(read("2022年（令和4年）の実績", &o).len(), 2);
        // a fused difference is no date; a price band's upper part is no half
        assert!(read("就業者数は前年同月差12万人の増加", &o).is_empty());
        assert!(read("1ドル=149円台前半で推移", &o).is_empty());
        assert_eq!(timex("来年前半に回復", &o), "2024-H1");
        // a range of bare days
        assert_eq!(one("理事会は14～15日に開く", &o).1, "2023-11-14/2023-11-15");
    }

    #[test]
    fn fused_comparisons_streaks_and_same_months() {
        let opts = at(2025, 11, 14);
        // Japanese `前…比` words are comparisons, no dates
        for s in [
            "売上は前年同月比3％増えた",
            "前年度比で5％増となった",
            "前月比は0.2％の低下",
        ] {
            assert!(read(s, &opts).is_empty(), "{s}");
        }
        // a noun anchor after a month: that month a year earlier
        let v = read("8月の出荷は2カ月連続で前年同月を下回った", &opts);
        let anchor = v.last().expect("an anchor");
        assert_eq!(
            (anchor.0.as_str(), anchor.1.as_str()),
            ("前年同月", "2024-08")
        );
        // streaks and gaps are durations
        assert_eq!(one("株価は5日続落した", &opts).1, "P5D");
        assert_eq!(one("3四半期ぶりの増益", &opts).1, "P3Q");
    }

    #[test]
    fn fiscal_quarters_day_ranges_and_first_months() {
        let opts = at(2025, 11, 14);
        assert_eq!(timex("2025年9月期第3四半期の決算", &opts), "FY2024-Q3");
        assert_eq!(
            timex("日銀は10月29～30日に会合を開く", &opts),
            "2025-10-29/2025-10-30"
        );
        assert_eq!(timex("前10个月，出口增长", &opts), "2025-01/2025-10");
        assert_eq!(timex("2025年半年度报告", &opts), "2025-H1");
        // a qualifier on an end of an interval is dropped
        assert_eq!(
            timex("6月下旬から7月上旬にかけて", &opts),
            "2025-06/2025-07"
        );
    }

    #[test]
    fn glosses_and_compared_dates() {
        let opts = at(2026, 5, 20);
        // months glossed in brackets lie in the fiscal period before them
        let v = read("2025年度第3四半期（10～12月）の実績", &opts);
        assert_eq!(v.last().map(|x| x.1.as_str()), Some("2025-10/2025-12"));
        // `比年初` is compared with, never what a later anchor shifts
        let v = read("3月末，贷款余额比年初增加，增速较去年同期提高", &opts);
        assert_eq!(v.last().map(|x| x.1.as_str()), Some("2025-03"));
    }

    #[test]
    fn spaces_after_a_phrase_and_digits_after_cjk() {
        let opts = at(2024, 7, 15);
        // the phrase ends at its word, never in the spaces after it
        assert_eq!(one("2019年 销售额", &opts).0, "2019年");
        assert_eq!(one("前年 の売上", &opts).1, "2023");
        // an ISO date glued to the end of a long run of CJK text is read whole
        let long = "该公司在年报中披露其最近一次更新的日期为2023-11-30及以前的数据";
        assert_eq!(timex(long, &opts), "2023-11-30");
    }

    #[test]
    fn a_day_and_its_weekday_agree() {
        // 2024-07-15 is a Monday; the nearest 29th on a Sunday is 2024-09-29
        let opts = at(2024, 7, 15);
        assert_eq!(timex("29日の日曜日に会議", &opts), "2024-09-29");
        // a weekday that already agrees keeps the nearest month
        assert_eq!(timex("15日の月曜日に会議", &opts), "2024-07-15");
        // a written month is kept as written
        assert_eq!(timex("7月29日の日曜日", &opts), "2024-07-29");
    }

    #[test]
    fn the_week_of_a_day() {
        let opts = at(2024, 7, 15);
        let (text, tx, _) = one("3日の週に発表する", &opts);
        assert_eq!((text.as_str(), tx.as_str()), ("3日の週", "2024-W27"));
        assert_eq!(timex("9月25日の週に", &opts), "2024-W39");
        // a weekly duration, a weekend or a rate stays what it was
        assert_eq!(timex("3日の週末", &opts), "2024-07-03");
        assert_eq!(timex("3日の週2回", &opts), "2024-07-03");
        // Chinese `的周` is not read so
        assert_eq!(timex("3日的周报", &opts), "2024-07-03");
    }

    /// [`Cj::point`] skips the year-led and relative readings of a text that opens with
    /// digits (unless two or four of them may be a year): it may only because no word of
    /// those tables opens with a digit.
    #[test]
    fn digit_led_words_are_numbers_only() {
        let opens_with_digit = |w: &str| w.starts_with(is_digit);
        let words: Vec<&str> = lx::ERAS
            .iter()
            .map(|r| r.0)
            .chain(lx::ERA_LETTERS.iter().map(|r| r.0))
            .chain(lx::CJK_RELATIVE_YEARS.iter().map(|r| r.0))
            .chain(lx::CJK_RELATIVE_FISCAL_YEARS.iter().map(|r| r.0))
            .chain(lx::CJK_RELATIVE_MONTHS.iter().map(|r| r.0))
            .chain(lx::CJK_RELATIVE_WEEKS.iter().map(|r| r.0))
            .chain(lx::CJK_RELATIVE_DAYS.iter().map(|r| r.0))
            .chain(lx::CJK_RELATIVE_HALF_YEARS.iter().map(|r| r.0))
            .chain(lx::CJK_RELATIVE_SEASONS.iter().map(|r| r.0))
            .chain(lx::CJK_PART_HALVES.iter().map(|r| r.0))
            .chain(lx::CJK_HOLIDAYS.iter().map(|r| r.0))
            .chain(lx::CJK_WEEKDAY_LEADS.iter().map(|r| r.0))
            .chain(lx::CJK_WEEKDAY_PREFIXES.iter().copied())
            .chain(lx::JA_WEEKDAYS.iter().map(|r| r.0))
            .chain(lx::CJK_TIME_UNITS.iter().map(|r| r.0))
            .chain(lx::CJK_MARKS.iter().map(|r| r.0))
            .collect();
        assert!(words.len() > 100);
        assert!(
            !words.iter().any(|w| opens_with_digit(w)),
            "a calendar word opens with a digit"
        );
        // and the readings still hold where they apply
        let opts = at(2024, 7, 15);
        assert_eq!(timex("24年3月", &opts), "2024-03");
        assert_eq!(timex("2024年度", &opts), "FY2024");
        assert_eq!(timex("3月", &opts), "2024-03");
    }

    #[test]
    fn written_dates_and_months() {
        let o = at(2023, 11, 2);
        assert_eq!(timex("合同于2019年7月8日签署", &o), "2019-07-08");
        assert_eq!(timex("他们7月8日签署", &o), "2023-07-08");
        assert_eq!(timex("预计2027年实现", &o), "2027");
        assert_eq!(timex("二〇一九年五月", &o), "2019-05");
        assert_eq!(timex("２０２２年１０月１日", &o), "2022-10-01");
        assert_eq!(one("二〇一九年五月", &o).0, "二〇一九年五月");
    }

    #[test]
    fn eras_and_fiscal_years() {
        let o = at(2023, 11, 2);
        assert_eq!(timex("令和4年に", &o), "2022");
        assert_eq!(timex("平成元年に", &o), "1989");
        assert_eq!(timex("令和3年8月", &o), "2021-08");
        assert_eq!(timex("期限はR5年です", &o), "2023");
        assert_eq!(timex("H28年に", &o), "2016");
        assert_eq!(timex("2024年度の計画", &o), "FY2024");
        assert_eq!(timex("2025年3月期の決算", &o), "FY2024");
        assert_eq!(timex("22年3月期は", &o), "FY2021");
        assert_eq!(timex("本年度は", &o), "FY2023");
        let t = extract("2025年3月期の決算", &o);
        let TemporalValue::Date { range: Some(r), .. } = t[0].value else {
            panic!("a fiscal year with its range");
        };
        assert_eq!(
            r.first(),
            NaiveDate::from_ymd_opt(2024, 4, 1).expect("date")
        );
        assert_eq!(
            r.last(),
            NaiveDate::from_ymd_opt(2025, 3, 31).expect("date")
        );
        let april = o.with_fiscal_year_start(Month::April);
        let t = extract("2024年度の計画", &april);
        let TemporalValue::Date { range: Some(r), .. } = t[0].value else {
            panic!("a fiscal year with its range");
        };
        assert_eq!(
            r.first(),
            NaiveDate::from_ymd_opt(2024, 4, 1).expect("date")
        );
    }

    #[test]
    fn quarters_halves_and_first_quarters() {
        let o = at(2023, 10, 25);
        assert_eq!(timex("二季度增长", &o), "2023-Q2");
        assert_eq!(timex("第二季度增长", &o), "2023-Q2");
        assert_eq!(timex("首季度增长", &o), "2023-Q1");
        assert_eq!(timex("第3四半期の", &o), "2023-Q3");
        assert_eq!(timex("前两季度", &o), "2023-Q1/2023-Q2");
        assert_eq!(timex("2022年前三季度", &o), "2022-Q1/2022-Q3");
        assert_eq!(timex("去年下半年", &o), "2022-H2");
        assert_eq!(timex("上半年营收", &o), "2023-H1");
        assert_eq!(timex("2022年の後半", &o), "2022-H2");
        assert_eq!(timex("今期の上期は", &o), "2023-H1");
        // In Chinese `上期` is the previous period, no half.
        assert!(read("比上期增长", &o).is_empty());
    }

    #[test]
    fn period_ends_and_parts() {
        let o = at(2023, 10, 25);
        assert_eq!(
            one("截至6月末", &o),
            ("6月末".into(), "2023-06".into(), Some("END".into()))
        );
        assert_eq!(one("比年初增加", &o).2.as_deref(), Some("START"));
        assert_eq!(
            one("2024年底前", &o),
            ("2024年底".into(), "2024".into(), Some("END".into()))
        );
        assert_eq!(one("11月中旬", &o).2.as_deref(), Some("MID"));
        assert_eq!(one("月底前", &o).1, "2023-10");
    }

    #[test]
    fn month_ranges_are_one_interval() {
        let o = at(2023, 10, 25);
        assert_eq!(timex("1-9月累计", &o), "2023-01/2023-09");
        assert_eq!(timex("2022年1～8月", &o), "2022-01/2022-08");
        assert_eq!(timex("2019年至2021年", &o), "2019/2021");
        assert_eq!(timex("2016-2020年", &o), "2016/2020");
        assert_eq!(timex("在2008 年", &o), "2008");
        assert_eq!(timex("3月5日至9日", &o), "2024-03-05/2024-03-09");
        assert_eq!(timex("2024年4～6月期の", &o), "2024-Q2");
        assert_eq!(timex("11月から2月まで", &o), "2023-11/2024-02");
        // no year written: the whole period nearest the reference
        assert_eq!(timex("4月から10月まで", &o), "2023-04/2023-10");
        assert_eq!(timex("3月至5月", &at(2023, 9, 18)), "2023-03/2023-05");
        // a long sentence before a long period keeps it whole
        assert_eq!(
            one(
                "当社の費用の計算期間は２０２４年６月１日から６月３０日までです。",
                &o
            )
            .1,
            "2024-06-01/2024-06-30"
        );
    }

    #[test]
    fn relative_words() {
        let o = at(2023, 10, 25); // a Wednesday
        assert_eq!(timex("今年以来", &o), "2023");
        assert_eq!(timex("去年", &o), "2022");
        assert_eq!(timex("明年", &o), "2024");
        assert_eq!(timex("前年", &o), "2021");
        assert_eq!(timex("前年の実績", &o), "2022");
        assert_eq!(timex("来月に", &o), "2023-11");
        assert_eq!(timex("先月は", &o), "2023-09");
        assert_eq!(timex("昨天", &o), "2023-10-24");
        assert_eq!(timex("明日は", &o), "2023-10-26");
        assert_eq!(timex("金曜日に", &o), "2023-10-20");
        assert_eq!(timex("来週の月曜日に", &o), "2023-10-30");
        assert_eq!(timex("下周三", &o), "2023-11-01");
        assert_eq!(timex("于27日发布", &o), "2023-10-27");
        // `前年比` is year on year, no date.
        assert!(read("前年比5%増", &o).is_empty());
    }

    #[test]
    fn seasons_decades_reign_years() {
        let o = at(2023, 10, 25);
        assert_eq!(timex("去年冬天的销量", &o), "2022-WI");
        assert_eq!(timex("2024年の夏に", &o), "2024-SU");
        assert_eq!(timex("昨秋から", &o), "2022-FA");
        // `春节` is a holiday, not spring
        assert!(read("今年春节", &o).iter().all(|m| m.1 != "2023-SP"));
        assert_eq!(timex("八十年代", &o), "198");
        assert_eq!(timex("二十世纪五十年代", &o), "195");
        assert_eq!(timex("乾隆十年", &o), "1745");
        assert_eq!(timex("光绪元年三月", &o), "1875-03");
    }

    #[test]
    fn weekday_after_a_date_and_titles() {
        let o = at(2023, 10, 25);
        assert_eq!(
            one("11月3日金曜日に", &o),
            ("11月3日金曜日".into(), "2023-11-03".into(), None)
        );
        assert_eq!(one("2023年11月6日，星期一", &o).0, "2023年11月6日，星期一");
        // a relative word opening a title is part of its name
        assert!(read("《明天会更好》", &o).is_empty());
        assert!(read("「今日のニュース」", &o).len() == 1);
        // a name that opens with one is no date, a date beside it stays
        assert_eq!(one("今日美国报道了今天的消息", &o).0, "今天");
        // two weekdays in a list stay two dates
        assert_eq!(read("月曜日、火曜日に", &o).len(), 2);
        assert!(read("前日比で", &o).is_empty());
        assert_eq!(timex("翌日に", &o), "2023-10-26");
        assert_eq!(timex("10月の第1週", &o), "2023-W40");
        assert_eq!(timex("2024年の最後の週", &o), "2024-W52");
        assert_eq!(timex("上上个周五", &o), "2023-10-13");
        assert_eq!(timex("来年の２月に", &o), "2024-02");
        assert!(read("他今年18周岁", &o).iter().all(|m| m.1 != "P18W"));
        assert_eq!(timex("8月から来年の2月まで", &o), "2023-08/2024-02");
    }

    #[test]
    fn durations_and_shifts() {
        let o = at(2023, 10, 25);
        assert_eq!(timex("3年間", &o), "P3Y");
        assert_eq!(timex("6か月", &o), "P6M");
        assert_eq!(timex("9ヶ月", &o), "P9M");
        assert_eq!(timex("90天内", &o), "P90D");
        assert_eq!(timex("两年半", &o), "P2.5Y");
        assert_eq!(timex("连续8个季度", &o), "P8Q");
        assert_eq!(one("连续8个季度", &o).0, "连续8个季度");
        assert_eq!(
            one("过去五年里", &o),
            ("过去五年".into(), "P5Y".into(), None)
        );
        assert_eq!(timex("半个月", &o), "P0.5M");
        assert_eq!(timex("下下周", &o), "2023-W45");
        assert_eq!(timex("十年前", &o), "2013");
        assert_eq!(timex("2年後", &o), "2025");
        assert_eq!(timex("10日後", &o), "2023-11-04");
        assert_eq!(timex("三个月后", &o), "2024-01");
        // A written year is no amount of years.
        assert_eq!(timex("2018年以前", &o), "2018");
        assert_eq!(timex("08年", &o), "2008");
    }

    #[test]
    fn durations_of_several_units() {
        let o = at(2023, 10, 25);
        assert_eq!(timex("工期为两年零五个月", &o), "P2Y5M");
        assert_eq!(timex("历时3年又2个月", &o), "P3Y2M");
        assert_eq!(timex("还要6天12小时", &o), "P6DT12H");
        assert_eq!(timex("共9天又十五个小时", &o), "P9DT15H");
        assert_eq!(timex("三个星期又两天", &o), "P3W2D");
        assert_eq!(timex("5天又2个月", &o), "P2M5D");
        assert_eq!(timex("2年6か月の間", &o), "P2Y6M");
        assert_eq!(timex("4時間半", &o), "PT4.5H");
        assert_eq!(timex("用了2小时30分钟", &o), "PT2H30M");
        // a bound ends the first duration; a date stays a date; a cent is no minute
        assert_eq!(read("3日以上2週間以下", &o).len(), 2);
        assert_eq!(read("1年2月3日", &o)[0].1, "P1Y");
        assert!(read("今天20时开会", &o).iter().all(|m| m.1 != "PT20H"));
        assert!(read("单价5分", &o).is_empty());
        let t: crate::Timex = "P1Y3M20DT8H50M20S"
            .parse()
            .expect("a duration of several units");
        assert_eq!(t.to_string(), "P1Y3M20DT8H50M20S");
        assert!(t.is_duration());
        assert!("P3M1Y".parse::<crate::Timex>().is_err());
    }

    #[test]
    fn units_counted_from_a_day_and_business_days() {
        let o = at(2023, 10, 25); // a Wednesday
        assert_eq!(timex("明日から5日後に", &o), "2023-10-31");
        assert_eq!(timex("昨日の3日前", &o), "2023-10-21");
        assert_eq!(
            one("今日から1週間以上前に", &o),
            (
                "今日から1週間以上前".into(),
                "2023-10-18".into(),
                Some("BEFORE".into())
            )
        );
        assert_eq!(timex("今日から4日以内に", &o), "2023-10-25/2023-10-28");
        assert_eq!(timex("3営業日前", &o), "2023-10-20");
        assert_eq!(timex("将在5个工作日内", &o), "P5BD");
        assert_eq!(timex("今後10営業日", &o), "P10BD");
        // a day alone stays the day
        assert_eq!(one("今日から始まる", &o).1, "2023-10-25");
        let t: crate::Timex = "P5BD".parse().expect("business days");
        assert_eq!(t.to_string(), "P5BD");
    }

    #[test]
    fn weekends_and_halves_of_weeks_and_months() {
        let o = at(2023, 10, 25); // a Wednesday of ISO week 43
        assert_eq!(timex("下周末去", &o), "2023-W44-WE");
        assert_eq!(timex("今週末に", &o), "2023-W43-WE");
        assert_eq!(timex("上上个周末", &o), "2023-W41-WE");
        let t = extract("下周末去", &o);
        let TemporalValue::Date { range: Some(r), .. } = t[0].value else {
            panic!("a weekend with its days");
        };
        assert_eq!((r.first().day(), r.last().day()), (4, 5));
        assert_eq!(timex("下半月", &o), "2023-10-16/2023-10-31");
        assert_eq!(timex("上半周", &o), "2023-10-23/2023-10-25");
        assert_eq!(timex("来週の後半", &o), "2023-11-02/2023-11-05");
        assert_eq!(timex("月の前半に", &o), "2023-10-01/2023-10-15");
        assert_eq!(timex("上个半年", &o), "2023-H1");
        assert_eq!(timex("次の半年", &o), "2024-H1");
        let w: crate::Timex = "2023-W44-WE".parse().expect("a weekend");
        assert_eq!(w.to_string(), "2023-W44-WE");
    }

    #[test]
    fn year_words_of_a_report_resolve_against_the_year_it_reports_on() {
        // A bulletin on 2022, published in the spring of 2023: the publication day is no period
        // the text is about, and the report's year carries on across its sections.
        let o = at(2023, 4, 10);
        let text = "2022年某省统计公报\n发布日期：2023年4月10日\n一、概况\n全年粮食产量比上年增加3%。\n年末存款余额比上年末增长8%，年初以来增加较多。";
        let v = read(text, &o);
        let find = |w: &str| {
            v.iter()
                .find(|x| x.0 == w)
                .map(|x| (x.1.clone(), x.2.clone()))
                .unwrap_or_else(|| panic!("{w} in {v:?}"))
        };
        assert_eq!(find("上年"), ("2021".into(), None));
        assert_eq!(find("年末"), ("2022".into(), Some("END".into())));
        assert_eq!(find("上年末"), ("2021".into(), Some("END".into())));
        // `上年` after a named month in its sentence: that month a year earlier
        let v = read("2021年6月出口比上年增长5%。", &o);
        assert_eq!(v.last().map(|x| x.1.as_str()), Some("2020-06"));
        // Japanese `前年` is the year before the reported one; Chinese `前年` counts from today.
        let v = read("2020年の売上高は前年を上回った。", &o);
        assert_eq!(v.last().map(|x| x.1.as_str()), Some("2019"));
        let v = read("2020年销量不及前年。", &o);
        assert_eq!(v.last().map(|x| x.1.as_str()), Some("2021"));
        // Nothing before: the reference's year, as before.
        assert_eq!(read("年末余额增加。", &o)[0].1, "2023");
    }

    #[test]
    fn first_units_holidays_and_weekdays() {
        let o = at(2023, 10, 25); // a Wednesday
        assert_eq!(timex("2022年的前3周", &o), "2022-W01/2022-W03");
        assert_eq!(timex("今年的最後 2 週", &o), "2023-W51/2023-W52");
        assert_eq!(timex("2020年最后3个月", &o), "2020-10/2020-12");
        assert_eq!(timex("去年的前5天", &o), "2022-01-01/2022-01-05");
        assert_eq!(timex("国庆节期间", &o), "2023-10-01");
        assert_eq!(timex("去年圣诞节", &o), "2022-12-25");
        assert_eq!(timex("来年の元旦", &o), "2024-01-01");
        assert_eq!(timex("大晦日に", &o), "2023-12-31");
        assert_eq!(timex("次の月曜日に", &o), "2023-10-30");
        assert_eq!(timex("前の金曜日", &o), "2023-10-20");
        assert_eq!(one("20日の金曜日に", &o).0, "20日の金曜日");
        assert_eq!(
            one("今週の金曜日（10月27日）に", &o),
            ("今週の金曜日（10月27日）".into(), "2023-10-27".into(), None)
        );
        assert_eq!(one("週の初めに", &o).2.as_deref(), Some("START"));
        // `前の年齢` is an age
        assert!(read("その前の年齢", &o).is_empty());
        // `前の` alone names no day
        assert!(read("前の会議で", &o).is_empty());
    }

    #[test]
    fn periods_named_from_the_period_before() {
        let o = at(2023, 8, 1);
        let v = read("6月末余额增长3%，增速比上月末和上年同期高0.5个百分点。", &o);
        let got: Vec<_> = v.iter().map(|x| (x.1.as_str(), x.2.as_deref())).collect();
        assert_eq!(
            got,
            [
                ("2023-06", Some("END")),
                ("2023-05", Some("END")),
                ("2022-06", None)
            ]
        );
        let v = read("二季度收入增长8%，与2021年同期相比增长2%。", &o);
        assert_eq!(v[1].1, "2021-Q2");
        let v = read("本行は１０日、７月２４、２５日の会合", &o);
        assert_eq!(v.last().map(|x| x.1.as_str()), Some("2023-07-25"));
    }

    #[test]
    fn without_a_reference_relative_words_stay_open() {
        let o = Options::default();
        assert_eq!(timex("今年以来", &o), "XXXX");
        assert_eq!(timex("三季度", &o), "XXXX-Q3");
        assert!(read("23日发布", &o).is_empty());
    }

    fn cjk_number(n: u32) -> String {
        const D: [&str; 10] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
        match n {
            0..=9 => D[n as usize].to_string(),
            10..=19 => format!("十{}", if n > 10 { D[(n - 10) as usize] } else { "" }),
            _ => format!(
                "{}十{}",
                D[(n / 10) as usize],
                if n.is_multiple_of(10) {
                    ""
                } else {
                    D[(n % 10) as usize]
                }
            ),
        }
    }

    proptest! {
        #[test]
        fn a_written_date_reads_back(y in 1900i32..2100, m in 1u32..=12, d in 1u32..=28, cjk in any::<bool>()) {
            let text = if cjk {
                let yy: String = y.to_string().chars().map(|c| cjk_number(c.to_digit(10).unwrap_or(0))).collect();
                format!("在{yy}年{}月{}日", cjk_number(m), cjk_number(d))
            } else {
                format!("在{y}年{m}月{d}日")
            };
            let v = read(&text, &at(2020, 1, 1));
            prop_assert_eq!(v.len(), 1);
            prop_assert_eq!(&v[0].1, &format!("{y:04}-{m:02}-{d:02}"));
        }

        #[test]
        fn an_interval_runs_forward(a in 1u32..=12, b in 1u32..=12, y in 2000i32..2030) {
            let text = format!("{y}年{a}-{b}月");
            for t in extract(&text, &at(2024, 5, 1)) {
                if let TemporalValue::Date { range: Some(r), .. } = t.value {
                    prop_assert!(r.first() <= r.last());
                }
            }
        }

        #[test]
        fn any_cjk_text_keeps_spans_on_boundaries(s in "[年月日号天周期季度第前后後半間上下末初旬今去明来先0-9一二三四五六七八九十百千、，。～-]{0,40}") {
            for t in extract(&s, &at(2024, 5, 1)) {
                prop_assert!(s.is_char_boundary(t.span.start()) && s.is_char_boundary(t.span.end()));
                prop_assert_eq!(&s[t.span.range()], t.text);
                if let TemporalValue::Date { range: Some(r), .. } = t.value {
                    prop_assert!(r.first() <= r.last());
                }
            }
        }
    }

    #[test]
    fn fiscal_year_ends_and_reported_month_ranges() {
        let opts = at(2026, 5, 14);
        // the end of a fiscal year, and its comparison word (no date)
        assert_eq!(
            one("2025年度末の有利子負債", &opts),
            ("2025年度末".into(), "FY2025".into(), Some("END".into()))
        );
        assert_eq!(
            one("前年度末の水準", &opts),
            ("前年度末".into(), "FY2025".into(), Some("END".into()))
        );
        assert!(read("借入金は前年度末比で12億円減った", &opts).is_empty());
        // a whole year of months in a January release is last year's
        let jan = at(2026, 1, 22);
        assert_eq!(timex("1-12月，全国发电量增长", &jan), "2025-01/2025-12");
        assert_eq!(timex("1-2月，全国发电量增长", &jan), "2026-01/2026-02");
        // the half ahead in a May forecast is this year's
        assert_eq!(timex("4～9月期の受注高を見込む", &opts), "2026-04/2026-09");
        // in Japanese the term word belongs to the range; Chinese `期间` is `during`
        assert_eq!(one("4～9月期の受注高を見込む", &opts).0, "4～9月期");
        assert_eq!(one("1-5月期间，出口增长", &opts).0, "1-5月");
        // the end of a quarter
        assert_eq!(
            one("三季度末，贷款余额增长", &opts),
            ("三季度末".into(), "2025-Q3".into(), Some("END".into()))
        );
        assert_eq!(one("2026年一季度末的存款", &opts).2, Some("END".into()));
        assert_eq!(one("前三季度末", &opts).0, "前三季度");
    }
}
