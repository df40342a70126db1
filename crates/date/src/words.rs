//! What a token's word means to the date grammar, read from the lexicon's tables.
//!
//! The tables themselves live in `finnews_core::lexicon` as data; the lexer gives each token its
//! classes and lexicon entry, and these helpers turn the table row into the date crate's types.

use finnews_core::lexer::Token;
use finnews_core::lexicon::{self as lx, Class, DateWord, PartOfDay, Qualifier, TimeUnit};

use crate::timex::{DayPart, DurUnit, Season};
use crate::types::Mod;

/// The value of `class`'s table row for this token.
fn row<'t, T>(t: &Token, class: Class, table: &'t [T]) -> Option<&'t T> {
    table.get(t.row(class)?)
}

/// A time unit word: the unit and whether the word is plural.
pub(crate) fn unit(t: &Token) -> Option<(DurUnit, bool)> {
    let &(_, u, plural) = row(t, Class::TimeUnit, lx::TIME_UNITS)?;
    let u = unit_of(u)?;
    Some((u, plural))
}

/// A time unit word counted in another unit: the unit, whether the word is plural and how many
/// of the unit one of it is (`fortnight`: weeks, 2; `week`: weeks, 1).
pub(crate) fn unit_count(t: &Token) -> Option<(DurUnit, bool, u8)> {
    if let Some((u, plural)) = unit(t) {
        return Some((u, plural, 1));
    }
    let &(_, u, plural) = row(t, Class::TimeUnit, lx::TIME_UNITS)?;
    let &(_, base, n) = lx::UNIT_MULTIPLES.iter().find(|r| r.0 == u)?;
    let base = unit_of(base)?;
    Some((base, plural, n))
}

fn unit_of(u: TimeUnit) -> Option<DurUnit> {
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
        _ => return None,
    })
}

/// A unit letter glued to a count (`10D`, `3Y`), as the lexicon's [`lx::UNIT_LETTERS`] write
/// it (case matters).
pub(crate) fn unit_letter(word: &str) -> Option<DurUnit> {
    let &(_, u) = lx::UNIT_LETTERS.iter().find(|r| r.0 == word)?;
    unit_of(u)
}

/// `EOY`, `EOM`: the unit whose end the abbreviation names ([`lx::PERIOD_END_ABBREVIATIONS`]).
pub(crate) fn period_end(word: &str) -> Option<DurUnit> {
    let &(_, u) = lx::PERIOD_END_ABBREVIATIONS
        .iter()
        .find(|r| r.0.eq_ignore_ascii_case(word))?;
    unit_of(u)
}

/// `this` (0), `last` (-1), `next` (+1).
pub(crate) fn deictic(t: &Token) -> Option<i32> {
    row(t, Class::Deictic, lx::DEICTICS).map(|r| i32::from(r.1))
}

fn qualifier(q: Qualifier) -> Mod {
    match q {
        Qualifier::Start => Mod::Start,
        Qualifier::Mid => Mod::Mid,
        Qualifier::End => Mod::End,
    }
}

/// Words right before a date that bound it, as TIMEX3 writes the bound (`no later than Dec.
/// 31` is that day `ON_OR_BEFORE`): the lower-case words in text order.
pub(crate) const DATE_BOUNDS: &[(&[&str], Mod)] = &[
    (&["on", "or", "before"], Mod::OnOrBefore),
    (&["on", "or", "after"], Mod::OnOrAfter),
    (&["no", "later", "than"], Mod::OnOrBefore),
    (&["not", "later", "than"], Mod::OnOrBefore),
    (&["no", "earlier", "than"], Mod::OnOrAfter),
    (&["not", "earlier", "than"], Mod::OnOrAfter),
    (&["on", "or", "about"], Mod::Approx),
    (&["on", "or", "around"], Mod::Approx),
];

/// The bound of [`DATE_BOUNDS`] whose words are the words right before a date (`word(k)` is
/// the k-th word back from it, from 0, `None` when that token is no word).
pub(crate) fn date_bound<'a>(word: impl Fn(usize) -> Option<&'a str>) -> Option<Mod> {
    let last = word(0)?;
    DATE_BOUNDS.iter().find_map(|&(words, m)| {
        let (w0, rest) = words.split_last()?;
        (w0.eq_ignore_ascii_case(last)
            && rest
                .iter()
                .rev()
                .enumerate()
                .all(|(k, w)| word(k + 1).is_some_and(|t| t.eq_ignore_ascii_case(w))))
        .then_some(m)
    })
}

/// `early`, `mid`, `late`, `end` before a period.
pub(crate) fn qualifier_adjective(t: &Token) -> Option<Mod> {
    row(t, Class::QualifierAdjective, lx::QUALIFIER_ADJECTIVES).map(|r| qualifier(r.1))
}

/// `beginning`, `middle`, `end` in `the NOUN of`.
pub(crate) fn qualifier_noun(t: &Token) -> Option<Mod> {
    row(t, Class::QualifierNoun, lx::QUALIFIER_NOUNS).map(|r| qualifier(r.1))
}

/// A part of the day.
pub(crate) fn day_part(t: &Token) -> Option<DayPart> {
    Some(match row(t, Class::DayPart, lx::DAY_PARTS)?.1 {
        PartOfDay::Morning => DayPart::Morning,
        PartOfDay::Afternoon => DayPart::Afternoon,
        PartOfDay::Evening => DayPart::Evening,
        PartOfDay::Night => DayPart::Night,
    })
}

/// A season name.
pub(crate) fn season(t: &Token) -> Option<Season> {
    match row(t, Class::Season, lx::SEASONS)?.1 {
        3 => Some(Season::Spring),
        6 => Some(Season::Summer),
        9 => Some(Season::Fall),
        12 => Some(Season::Winter),
        _ => None,
    }
}

/// `ago`, `earlier` (-1), `later`, `hence` (+1).
pub(crate) fn shift(t: &Token) -> Option<i32> {
    row(t, Class::Shift, lx::SHIFTS).map(|r| i32::from(r.1))
}

/// `now` (0), `recently` (-1).
pub(crate) fn ref_word(t: &Token) -> Option<i8> {
    row(t, Class::RefWord, lx::REF_WORDS).map(|r| r.1)
}

/// `today` (0), `yesterday` (-1), `tomorrow` (+1).
pub(crate) fn relative_day(t: &Token) -> Option<i64> {
    row(t, Class::RelativeDay, lx::RELATIVE_DAYS).map(|r| i64::from(r.1))
}

/// A month name's number.
pub(crate) fn month(t: &Token) -> Option<u8> {
    row(t, Class::Month, lx::MONTHS).map(|r| r.1)
}

/// A weekday name's ISO number.
pub(crate) fn weekday(t: &Token) -> Option<u8> {
    row(t, Class::Weekday, lx::WEEKDAYS).map(|r| r.1)
}

/// The grammar word this token is, if any.
pub(crate) fn date_word(t: &Token) -> Option<DateWord> {
    row(t, Class::DateWord, lx::DATE_WORDS).map(|r| r.1)
}

/// The holiday whose name (a [`lx::HOLIDAYS`] row) the text at byte `start` spells, and the
/// byte its name ends at; the longest name wins (`Christmas Eve` over `Christmas`).
pub(crate) fn holiday(text: &str, start: usize) -> Option<(lx::HolidayRule, usize)> {
    let rest = text.get(start..)?;
    let first = rest.as_bytes().first()?.to_ascii_lowercase();
    let rows = &*HOLIDAYS_BY_FIRST;
    let k = rows.partition_point(|r| r.0 < first);
    let mut best: Option<(lx::HolidayRule, usize)> = None;
    // The rows of one first letter keep the table's order: the first of equally long names wins.
    for &(_, row) in rows[k..].iter().take_while(|r| r.0 == first) {
        let (name, rule) = lx::HOLIDAYS[row];
        if let Some(n) = spells(rest, name)
            && best.is_none_or(|(_, b)| n > b)
        {
            best = Some((rule, n));
        }
    }
    best.map(|(r, n)| (r, start + n))
}

/// The rows of [`lx::HOLIDAYS`] by the lower-cased first byte of the name, in table order within
/// one byte: a name spells the text only if their first bytes agree (ignoring ASCII case).
static HOLIDAYS_BY_FIRST: std::sync::LazyLock<Vec<(u8, usize)>> = std::sync::LazyLock::new(|| {
    let mut v: Vec<(u8, usize)> = lx::HOLIDAYS
        .iter()
        .enumerate()
        .filter_map(|(k, (name, _))| Some((name.as_bytes().first()?.to_ascii_lowercase(), k)))
        .collect();
    v.sort_unstable();
    v
});

/// Whether `word` opens a holiday's name.
pub(crate) fn opens_holiday(word: &str) -> bool {
    lx::HOLIDAYS.iter().any(|(name, _)| {
        name.split(' ')
            .next()
            .is_some_and(|w| w.eq_ignore_ascii_case(word))
    })
}

/// The length of `text`'s prefix that spells `name` (any letter case; a space in `name` is a
/// run of spaces or tabs, `'` is `'` or `’`), ending at a word boundary.
fn spells(text: &str, name: &str) -> Option<usize> {
    let t = text.as_bytes();
    let mut k = 0;
    for &c in name.as_bytes() {
        match c {
            b' ' => {
                let s = k;
                while t.get(k).is_some_and(|&b| b == b' ' || b == b'\t') {
                    k += 1;
                }
                if k == s {
                    return None;
                }
            }
            b'\'' => {
                if t.get(k) == Some(&b'\'') {
                    k += 1;
                } else if text.get(k..)?.starts_with('\u{2019}') {
                    k += '\u{2019}'.len_utf8();
                } else {
                    return None;
                }
            }
            _ => {
                if !t.get(k)?.eq_ignore_ascii_case(&c) {
                    return None;
                }
                k += 1;
            }
        }
    }
    if t.get(k).is_some_and(u8::is_ascii_alphanumeric) {
        return None;
    }
    Some(k)
}

/// The date of a holiday in year `y`.
pub(crate) fn holiday_date(rule: lx::HolidayRule, y: i32) -> Option<chrono::NaiveDate> {
    use chrono::{Datelike, NaiveDate};
    let add = |d: NaiveDate, k: i64| {
        if k >= 0 {
            d.checked_add_days(chrono::Days::new(k.unsigned_abs()))
        } else {
            d.checked_sub_days(chrono::Days::new(k.unsigned_abs()))
        }
    };
    match rule {
        lx::HolidayRule::Fixed { month, day } => {
            NaiveDate::from_ymd_opt(y, u32::from(month), u32::from(day))
        }
        lx::HolidayRule::NthWeekday {
            month,
            weekday,
            n,
            offset,
        } => {
            let wd = i64::from(weekday);
            let date = if n > 0 {
                let first = NaiveDate::from_ymd_opt(y, u32::from(month), 1)?;
                let delta = (wd - i64::from(first.weekday().number_from_monday())).rem_euclid(7);
                let d = add(first, delta + 7 * (i64::from(n) - 1))?;
                (d.month() == u32::from(month)).then_some(d)?
            } else {
                let (ny, nm) = if month == 12 {
                    (y + 1, 1)
                } else {
                    (y, u32::from(month) + 1)
                };
                let last = NaiveDate::from_ymd_opt(ny, nm, 1)?.pred_opt()?;
                let delta = (i64::from(last.weekday().number_from_monday()) - wd).rem_euclid(7);
                add(last, -delta)?
            };
            add(date, i64::from(offset))
        }
        lx::HolidayRule::Listed { days } => {
            let k = days.binary_search_by_key(&y, |r| i32::from(r.0)).ok()?;
            let (_, month, day) = days[k];
            NaiveDate::from_ymd_opt(y, u32::from(month), u32::from(day))
        }
        lx::HolidayRule::Easter { offset } => {
            // The anonymous Gregorian computus.
            if !(1583..=9999).contains(&y) {
                return None;
            }
            let a = y % 19;
            let b = y / 100;
            let c = y % 100;
            let d = b / 4;
            let e = b % 4;
            let f = (b + 8) / 25;
            let g = (b - f + 1) / 3;
            let h = (19 * a + b - d - g + 15) % 30;
            let i = c / 4;
            let k = c % 4;
            let l = (32 + 2 * e + 2 * i - h - k) % 7;
            let m = (a + 11 * h + 22 * l) / 451;
            let month = (h + l - 7 * m + 114) / 31;
            let day = (h + l - 7 * m + 114) % 31 + 1;
            let sunday =
                NaiveDate::from_ymd_opt(y, u32::try_from(month).ok()?, u32::try_from(day).ok()?)?;
            add(sunday, i64::from(offset))
        }
        _ => None,
    }
}
