//! The date crate's own word tables, as data. Month and weekday names live in
//! `finnews_core::lexicon`; number words come from `finnews_numeral`.

use crate::timex::{DayPart, DurUnit, Season};
use crate::types::Mod;

/// Time units, singular and plural, with abbreviations newswire uses.
pub(crate) const UNITS: &[(&str, DurUnit, bool)] = &[
    ("year", DurUnit::Year, false),
    ("years", DurUnit::Year, true),
    ("yr", DurUnit::Year, false),
    ("yrs", DurUnit::Year, true),
    ("half", DurUnit::Half, false),
    ("halves", DurUnit::Half, true),
    ("quarter", DurUnit::Quarter, false),
    ("quarters", DurUnit::Quarter, true),
    ("qtr", DurUnit::Quarter, false),
    ("qtrs", DurUnit::Quarter, true),
    ("month", DurUnit::Month, false),
    ("months", DurUnit::Month, true),
    ("mth", DurUnit::Month, false),
    ("mths", DurUnit::Month, true),
    ("week", DurUnit::Week, false),
    ("weeks", DurUnit::Week, true),
    ("day", DurUnit::Day, false),
    ("days", DurUnit::Day, true),
    ("decade", DurUnit::Decade, false),
    ("decades", DurUnit::Decade, true),
    ("century", DurUnit::Century, false),
    ("centuries", DurUnit::Century, true),
    ("hour", DurUnit::Hour, false),
    ("hours", DurUnit::Hour, true),
    ("hr", DurUnit::Hour, false),
    ("hrs", DurUnit::Hour, true),
    ("minute", DurUnit::Minute, false),
    ("minutes", DurUnit::Minute, true),
    ("seconds", DurUnit::Second, true),
];

/// Words that point from the reference period: `this year`, `last month`, `next quarter`.
pub(crate) const DEICTICS: &[(&str, i32)] = &[
    ("this", 0),
    ("current", 0),
    ("last", -1),
    ("previous", -1),
    ("prior", -1),
    ("preceding", -1),
    ("next", 1),
    ("coming", 1),
    ("following", 1),
];

/// Qualifiers that give a TIMEX3 `mod` before a period: `early 2025`, `mid-March`, `end-June`.
pub(crate) const MOD_ADJECTIVES: &[(&str, Mod)] = &[
    ("early", Mod::Start),
    ("mid", Mod::Mid),
    ("late", Mod::End),
    ("end", Mod::End),
];

/// Nouns that give a `mod` in `the NOUN of X`: `the end of June`, `the start of the year`.
pub(crate) const MOD_NOUNS: &[(&str, Mod)] = &[
    ("beginning", Mod::Start),
    ("start", Mod::Start),
    ("dawn", Mod::Start),
    ("middle", Mod::Mid),
    ("end", Mod::End),
    ("close", Mod::End),
];

/// A season name (from [`finnews_core::lexicon::SEASONS`]).
pub(crate) fn season(word: &str) -> Option<Season> {
    match finnews_core::lexicon::season_start_month(word)? {
        3 => Some(Season::Spring),
        6 => Some(Season::Summer),
        9 => Some(Season::Fall),
        12 => Some(Season::Winter),
        _ => None,
    }
}

/// Parts of the day.
pub(crate) const DAY_PARTS: &[(&str, DayPart)] = &[
    ("morning", DayPart::Morning),
    ("afternoon", DayPart::Afternoon),
    ("evening", DayPart::Evening),
    ("night", DayPart::Night),
];

/// Words before a bare four-digit number that make it a year: `in 1992`, `since 2019`.
pub(crate) const YEAR_CONTEXT: &[&str] = &[
    "in",
    "since",
    "by",
    "from",
    "until",
    "till",
    "to",
    "of",
    "before",
    "after",
    "during",
    "through",
    "throughout",
    "between",
    "and",
    "or",
    "for",
    "around",
    "circa",
    "until",
    "early",
    "late",
    "mid",
    "calendar",
    "year",
    "spring",
    "summer",
    "autumn",
    "fall",
    "winter",
    "than",
];

/// Determiners before a year used as an adjective: `a 2010 raid`, `its 2019 report`.
pub(crate) const YEAR_DETERMINERS: &[&str] = &[
    "a", "an", "the", "his", "her", "its", "their", "our", "my", "your",
];

/// Words before a bare plural unit that make it a vague duration: `for years`.
pub(crate) const BARE_DURATION_BEFORE: &[&str] = &[
    "for", "within", "take", "takes", "took", "taking", "spent", "spend", "last", "lasted",
];

/// Words after a bare plural unit that make it a vague duration: `days before`.
pub(crate) const BARE_DURATION_AFTER: &[&str] = &["before", "after", "later"];

/// Words after which an ambiguous month name (`May`, `March`) is a month.
pub(crate) const MONTH_CONTEXT: &[&str] = &[
    "in",
    "since",
    "by",
    "from",
    "until",
    "till",
    "to",
    "of",
    "before",
    "after",
    "during",
    "through",
    "throughout",
    "between",
    "and",
    "or",
    "early",
    "late",
    "mid",
    "last",
    "next",
    "this",
    "end",
    "on",
    "for",
];

/// Words (besides qualifiers, deictics and numerals) that can open a phrase before its trigger.
pub(crate) const LEADERS: &[&str] = &[
    "the",
    "a",
    "an",
    "same",
    "past",
    "first",
    "final",
    "latest",
    "most",
    "recent",
    "nearly",
    "almost",
    "more",
    "less",
    "fewer",
    "several",
    "few",
    "many",
    "some",
    "couple",
    "fiscal",
    "financial",
    "fy",
    "year",
    "of",
];

/// Time zones written after a clock time (`15:00 GMT`); the value keeps the clock time as written.
pub(crate) const TIME_ZONES: &[&str] = &[
    "gmt", "utc", "et", "est", "edt", "ct", "cst", "cdt", "pt", "pst", "pdt", "bst", "cet", "cest",
    "jst", "hkt", "sgt",
];

/// Vague amounts: `several years`, `a few months` (TIMEX3 writes them `X`).
pub(crate) const VAGUE_AMOUNTS: &[&str] = &["several", "few", "many", "some", "couple"];

/// Adjectives allowed between a number and its unit: `20 consecutive quarters`.
pub(crate) const DURATION_FILLERS: &[&str] = &[
    "consecutive",
    "straight",
    "successive",
    "full",
    "more",
    "additional",
    "calendar",
    "fiscal",
    "financial",
];

/// Words after `N unit(s)` that make the phrase a point in time: `two years ago`.
pub(crate) const SHIFTS: &[(&str, i32)] =
    &[("ago", -1), ("earlier", -1), ("later", 1), ("hence", 1)];

/// Japanese era names with the Gregorian year before their first year.
pub(crate) const ERAS: &[(&str, i32)] = &[
    ("令和", 2018),
    ("平成", 1988),
    ("昭和", 1925),
    ("大正", 1911),
];

/// Words that alone refer to the present, the past or the future.
pub(crate) const REF_WORDS: &[(&str, i8)] = &[
    ("now", 0),
    ("currently", 0),
    ("presently", 0),
    ("nowadays", 0),
    ("recently", -1),
    ("lately", -1),
];

/// Words that start the scan for a temporal expression (besides digits, month and weekday
/// names, which come from their own tables).
pub(crate) const TRIGGERS: &[&str] = &[
    "today",
    "yesterday",
    "tomorrow",
    "tonight",
    "fiscal",
    "fy",
    "q1",
    "q2",
    "q3",
    "q4",
    "h1",
    "h2",
    "past",
    "future",
    "present",
    "recent",
    "morning",
    "afternoon",
    "evening",
    "weekend",
    "mid",
    "now",
    "currently",
    "presently",
    "nowadays",
    "recently",
    "lately",
    "spring",
    "summer",
    "autumn",
    "fall",
    "winter",
    "year",
    "month",
    "week",
    "day",
    "decade",
    "century",
    "centuries",
    "quarter",
    "qtr",
    "half",
    "halves",
    "hour",
    "minute",
    "seconds",
    "yr",
    "mth",
    "年",
    "月",
    "令和",
    "平成",
    "昭和",
    "大正",
    "上半年",
    "下半年",
    "季度",
];

/// Whether a whole word can anchor a phrase (so the scan can drop `market` for `mar`).
pub(crate) fn anchors(word: &str) -> bool {
    finnews_core::lexicon::month_number(word).is_some()
        || finnews_core::lexicon::weekday_number(word).is_some()
        || unit(word).is_some()
        || contains(TRIGGERS, word)
        || lookup(REF_WORDS, word).is_some()
        || season(word).is_some()
        || lookup(DAY_PARTS, word).is_some()
}

/// Whether a word can open a phrase before its trigger (cheap check, no numerals).
pub(crate) fn leads(word: &str) -> bool {
    contains(LEADERS, word)
        || lookup(DEICTICS, word).is_some()
        || lookup(MOD_ADJECTIVES, word).is_some()
        || lookup(MOD_NOUNS, word).is_some()
}

pub(crate) fn lookup<T: Copy>(table: &[(&str, T)], word: &str) -> Option<T> {
    table
        .iter()
        .find(|(w, _)| w.eq_ignore_ascii_case(word))
        .map(|&(_, v)| v)
}

pub(crate) fn unit(word: &str) -> Option<(DurUnit, bool)> {
    // Every unit word is 2-9 letters and starts with one of these.
    if !(2..=9).contains(&word.len())
        || !word
            .as_bytes()
            .first()
            .is_some_and(|b| b"yYhHqQmMwWdDcCsS".contains(b))
    {
        return None;
    }
    UNITS
        .iter()
        .find(|(w, _, _)| w.eq_ignore_ascii_case(word))
        .map(|&(_, u, p)| (u, p))
}

pub(crate) fn contains(table: &[&str], word: &str) -> bool {
    table.iter().any(|w| w.eq_ignore_ascii_case(word))
}
