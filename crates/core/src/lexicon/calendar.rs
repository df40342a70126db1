//! Calendar word tables: month, weekday and season names, time units and the words the date
//! grammar reads around them.
//!
//! Each table is data, in one place. The [`Lexicon`](super::Lexicon) registers every table under
//! its [`Class`](super::Class), so a token knows its classes after one lookup; the row a word
//! came from gives its value (`lexicon().row(entry, Class::Month)` indexes [`MONTHS`]).

use super::Class;

/// English month names and their abbreviations, lower-case, with the month number (1-12).
///
/// Abbreviations are listed without their period; callers accept an optional `.` after them.
pub const MONTHS: &[(&str, u8)] = &[
    ("january", 1),
    ("jan", 1),
    ("february", 2),
    ("feb", 2),
    ("march", 3),
    ("mar", 3),
    ("april", 4),
    ("apr", 4),
    ("may", 5),
    ("june", 6),
    ("jun", 6),
    ("july", 7),
    ("jul", 7),
    ("august", 8),
    ("aug", 8),
    ("september", 9),
    ("sept", 9),
    ("sep", 9),
    ("october", 10),
    ("oct", 10),
    ("november", 11),
    ("nov", 11),
    ("december", 12),
    ("dec", 12),
];

/// English weekday names and abbreviations, lower-case, with ISO weekday number (Monday = 1).
pub const WEEKDAYS: &[(&str, u8)] = &[
    ("monday", 1),
    ("mon", 1),
    ("tuesday", 2),
    ("tue", 2),
    ("tues", 2),
    ("wednesday", 3),
    ("wed", 3),
    ("thursday", 4),
    ("thu", 4),
    ("thur", 4),
    ("thurs", 4),
    ("friday", 5),
    ("fri", 5),
    ("saturday", 6),
    ("sat", 6),
    ("sunday", 7),
    ("sun", 7),
];

/// English season names, lower-case, with the month each starts in (northern meteorological
/// seasons: spring March, summer June, autumn/fall September, winter December).
pub const SEASONS: &[(&str, u8)] = &[
    ("spring", 3),
    ("summer", 6),
    ("autumn", 9),
    ("fall", 9),
    ("winter", 12),
];

/// The month a season starts in (3, 6, 9 or 12) for an English season name, any letter case.
///
/// # Example
///
/// ```
/// use finnews_core::lexicon::season_start_month;
/// assert_eq!(season_start_month("Autumn"), Some(9));
/// assert_eq!(season_start_month("WINTER"), Some(12));
/// assert_eq!(season_start_month("falls"), None);
/// ```
#[must_use]
pub fn season_start_month(word: &str) -> Option<u8> {
    lookup(SEASONS, Class::Season, word)
}

/// The month number (1-12) of an English month name or abbreviation, any letter case.
///
/// # Example
///
/// ```
/// use finnews_core::lexicon::month_number;
/// assert_eq!(month_number("Sept"), Some(9));
/// assert_eq!(month_number("OCTOBER"), Some(10));
/// assert_eq!(month_number("Mayor"), None);
/// ```
#[must_use]
pub fn month_number(word: &str) -> Option<u8> {
    lookup(MONTHS, Class::Month, word)
}

/// The ISO weekday number (Monday = 1 … Sunday = 7) of an English weekday name or abbreviation.
///
/// # Example
///
/// ```
/// assert_eq!(finnews_core::lexicon::weekday_number("Tuesday"), Some(2));
/// ```
#[must_use]
pub fn weekday_number(word: &str) -> Option<u8> {
    lookup(WEEKDAYS, Class::Weekday, word)
}

fn lookup(table: &[(&str, u8)], class: Class, word: &str) -> Option<u8> {
    let lx = super::lexicon();
    let row = lx.row(lx.lookup(word)?, class)?;
    table.get(row).map(|&(_, n)| n)
}

/// A unit of time named by a word (`year`, `qtr`, `hours`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TimeUnit {
    /// A year.
    Year,
    /// A half year.
    Half,
    /// A quarter.
    Quarter,
    /// A month.
    Month,
    /// A week.
    Week,
    /// A day.
    Day,
    /// Ten years.
    Decade,
    /// A hundred years.
    Century,
    /// An hour.
    Hour,
    /// A minute.
    Minute,
    /// A second.
    Second,
}

/// Time unit words, singular and plural, with abbreviations newswire uses: the unit and whether
/// the word is plural.
pub const TIME_UNITS: &[(&str, TimeUnit, bool)] = &[
    ("year", TimeUnit::Year, false),
    ("years", TimeUnit::Year, true),
    ("yr", TimeUnit::Year, false),
    ("yrs", TimeUnit::Year, true),
    ("half", TimeUnit::Half, false),
    ("halves", TimeUnit::Half, true),
    ("quarter", TimeUnit::Quarter, false),
    ("quarters", TimeUnit::Quarter, true),
    ("qtr", TimeUnit::Quarter, false),
    ("qtrs", TimeUnit::Quarter, true),
    ("month", TimeUnit::Month, false),
    ("months", TimeUnit::Month, true),
    ("mth", TimeUnit::Month, false),
    ("mths", TimeUnit::Month, true),
    ("week", TimeUnit::Week, false),
    ("weeks", TimeUnit::Week, true),
    ("day", TimeUnit::Day, false),
    ("days", TimeUnit::Day, true),
    ("decade", TimeUnit::Decade, false),
    ("decades", TimeUnit::Decade, true),
    ("century", TimeUnit::Century, false),
    ("centuries", TimeUnit::Century, true),
    ("hour", TimeUnit::Hour, false),
    ("hours", TimeUnit::Hour, true),
    ("hr", TimeUnit::Hour, false),
    ("hrs", TimeUnit::Hour, true),
    ("minute", TimeUnit::Minute, false),
    ("minutes", TimeUnit::Minute, true),
    ("seconds", TimeUnit::Second, true),
];

/// Words that point from the reference period, with their step: `this year` (0), `last month`
/// (-1), `next quarter` (+1).
pub const DEICTICS: &[(&str, i8)] = &[
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

/// Where in a period a qualifier points: its start, middle or end.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Qualifier {
    /// The start of the period (`early`, `the beginning of`).
    Start,
    /// Its middle (`mid-`, `the middle of`).
    Mid,
    /// Its end (`late`, `end-`, `the close of`).
    End,
}

/// Qualifiers before a period: `early 2025`, `mid-March`, `end-June`.
pub const QUALIFIER_ADJECTIVES: &[(&str, Qualifier)] = &[
    ("early", Qualifier::Start),
    ("mid", Qualifier::Mid),
    ("late", Qualifier::End),
    ("end", Qualifier::End),
];

/// Nouns that qualify a period in `the NOUN of X`: `the end of June`, `the start of the year`.
pub const QUALIFIER_NOUNS: &[(&str, Qualifier)] = &[
    ("beginning", Qualifier::Start),
    ("start", Qualifier::Start),
    ("dawn", Qualifier::Start),
    ("middle", Qualifier::Mid),
    ("end", Qualifier::End),
    ("close", Qualifier::End),
];

/// A part of the day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PartOfDay {
    /// Morning.
    Morning,
    /// Afternoon.
    Afternoon,
    /// Evening.
    Evening,
    /// Night.
    Night,
}

/// Parts of the day: `Friday afternoon`, `this morning`.
pub const DAY_PARTS: &[(&str, PartOfDay)] = &[
    ("morning", PartOfDay::Morning),
    ("afternoon", PartOfDay::Afternoon),
    ("evening", PartOfDay::Evening),
    ("night", PartOfDay::Night),
];

/// Words before a bare four-digit number that make it a year: `in 1992`, `since 2019`.
pub const YEAR_CONTEXT: &[&str] = &[
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
    "early",
    "late",
    "mid",
    "end",
    "due",
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
pub const YEAR_DETERMINERS: &[&str] = &[
    "a", "an", "the", "his", "her", "its", "their", "our", "my", "your",
];

/// Words before a bare plural unit that make it a vague duration: `for years`.
pub const BARE_DURATION_BEFORE: &[&str] = &[
    "for", "within", "take", "takes", "took", "taking", "spent", "spend", "last", "lasted",
];

/// Words after a bare plural unit that make it a vague duration: `days before`.
pub const BARE_DURATION_AFTER: &[&str] = &["before", "after", "later"];

/// Words after which an ambiguous month name (`May`, `March`) is a month.
pub const MONTH_CONTEXT: &[&str] = &[
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

/// Words (besides qualifiers, deictics and numerals) that can open a temporal phrase before the
/// word that anchors it: `the first half`, `fiscal 1987`.
pub const LEADERS: &[&str] = &[
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

/// Time zones written after a clock time (`15:00 GMT`).
pub const TIME_ZONES: &[&str] = &[
    "gmt", "utc", "et", "est", "edt", "ct", "cst", "cdt", "pt", "pst", "pdt", "bst", "cet", "cest",
    "jst", "hkt", "sgt",
];

/// Vague amounts: `several years`, `a few months`.
pub const VAGUE_AMOUNTS: &[&str] = &["several", "few", "many", "some", "couple"];

/// Adjectives allowed between a number and its time unit: `20 consecutive quarters`.
pub const DURATION_FILLERS: &[&str] = &[
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

/// Words after `N unit(s)` that make the phrase a point in time, with their direction:
/// `two years ago` (-1), `three months later` (+1).
pub const SHIFTS: &[(&str, i8)] = &[("ago", -1), ("earlier", -1), ("later", 1), ("hence", 1)];

/// Japanese era names with the Gregorian year before their first year.
pub const ERAS: &[(&str, i32)] = &[
    ("令和", 2018),
    ("平成", 1988),
    ("昭和", 1925),
    ("大正", 1911),
];

/// Chinese half-year words with the half they name.
pub const CJK_HALVES: &[(&str, u8)] = &[("上半年", 1), ("下半年", 2)];

/// Words that alone refer to the present (0) or the past (-1): `now`, `recently`.
pub const REF_WORDS: &[(&str, i8)] = &[
    ("now", 0),
    ("currently", 0),
    ("presently", 0),
    ("nowadays", 0),
    ("recently", -1),
    ("lately", -1),
];

/// Days named relative to the reference day, with their offset: `yesterday` (-1).
pub const RELATIVE_DAYS: &[(&str, i8)] = &[("today", 0), ("yesterday", -1), ("tomorrow", 1)];

/// Words that anchor a temporal expression besides the month, weekday, season, time unit,
/// day-part and reference words of the other tables (each of which anchors too), and the CJK
/// characters `年` and `月` (CJK words are in [`CJK_DATE_WORDS`]).
pub const DATE_TRIGGERS: &[&str] = &[
    "today",
    "yesterday",
    "tomorrow",
    "tonight",
    "fiscal",
    "fy",
    "past",
    "future",
    "present",
    "recent",
    "weekend",
    "mid",
    "年",
    "月",
];

/// CJK words that anchor a temporal expression (the lexer gives their first character the
/// class [`Class::CjkLead`](super::Class::CjkLead)).
pub const CJK_DATE_WORDS: &[&str] = &["令和", "平成", "昭和", "大正", "上半年", "下半年", "季度"];

/// The function words the date grammar reads by name. Each is a row of [`DATE_WORDS`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
#[allow(missing_docs)]
pub enum DateWord {
    The,
    A,
    An,
    Of,
    And,
    Or,
    To,
    Through,
    Thru,
    Past,
    Future,
    Present,
    Same,
    Period,
    Time,
    Latest,
    Recent,
    Most,
    First,
    Final,
    Nearly,
    Almost,
    More,
    Less,
    Fewer,
    Than,
    On,
    Over,
    Ago,
    Earlier,
    End,
    Old,
    After,
    From,
    Before,
    Am,
    Pm,
    /// `p` of `p.m.`.
    P,
    /// `m` of `a.m.`.
    M,
    /// `q` of `Q3`.
    Q,
    /// `h` of `H1`.
    H,
    /// `s` of `1990s`.
    S,
    Fy,
    Fiscal,
    Financial,
    Year,
    Quarter,
    Century,
    Ending,
    Ended,
    Ends,
    Tonight,
    Now,
    Date,
    June,
    July,
    May,
    March,
    Last,
    Next,
    Coming,
    Previous,
    Following,
    Mid,
    Day,
    /// `between` (`between 2019 and 2021`: an interval).
    Between,
    /// `till` (a range connector).
    Till,
    /// `until` (a range connector).
    Until,
    /// `in` (`the quarter ending in December`).
    In,
    /// `calendar` (`the third calendar quarter`).
    Calendar,
    /// `current` (`the current quarter ending in December`).
    Current,
    /// A noun a year can qualify (`1986 sales`, `the 2024 budget`, `2024 Interim Results`):
    /// the four-digit number before it is a year, not a count (`2020 cars`).
    YearNoun,
}

/// The words of [`DateWord`], lower-case.
pub const DATE_WORDS: &[(&str, DateWord)] = &[
    ("the", DateWord::The),
    ("a", DateWord::A),
    ("an", DateWord::An),
    ("of", DateWord::Of),
    ("and", DateWord::And),
    ("or", DateWord::Or),
    ("to", DateWord::To),
    ("through", DateWord::Through),
    ("thru", DateWord::Thru),
    ("past", DateWord::Past),
    ("future", DateWord::Future),
    ("present", DateWord::Present),
    ("same", DateWord::Same),
    ("period", DateWord::Period),
    ("time", DateWord::Time),
    ("latest", DateWord::Latest),
    ("recent", DateWord::Recent),
    ("most", DateWord::Most),
    ("first", DateWord::First),
    ("final", DateWord::Final),
    ("nearly", DateWord::Nearly),
    ("almost", DateWord::Almost),
    ("more", DateWord::More),
    ("less", DateWord::Less),
    ("fewer", DateWord::Fewer),
    ("than", DateWord::Than),
    ("on", DateWord::On),
    ("over", DateWord::Over),
    ("ago", DateWord::Ago),
    ("earlier", DateWord::Earlier),
    ("end", DateWord::End),
    ("old", DateWord::Old),
    ("after", DateWord::After),
    ("from", DateWord::From),
    ("before", DateWord::Before),
    ("am", DateWord::Am),
    ("pm", DateWord::Pm),
    ("p", DateWord::P),
    ("m", DateWord::M),
    ("q", DateWord::Q),
    ("h", DateWord::H),
    ("s", DateWord::S),
    ("fy", DateWord::Fy),
    ("fiscal", DateWord::Fiscal),
    ("financial", DateWord::Financial),
    ("year", DateWord::Year),
    ("quarter", DateWord::Quarter),
    ("century", DateWord::Century),
    ("ending", DateWord::Ending),
    ("ended", DateWord::Ended),
    ("ends", DateWord::Ends),
    ("tonight", DateWord::Tonight),
    ("now", DateWord::Now),
    ("date", DateWord::Date),
    ("june", DateWord::June),
    ("july", DateWord::July),
    ("may", DateWord::May),
    ("march", DateWord::March),
    ("last", DateWord::Last),
    ("next", DateWord::Next),
    ("coming", DateWord::Coming),
    ("previous", DateWord::Previous),
    ("following", DateWord::Following),
    ("mid", DateWord::Mid),
    ("day", DateWord::Day),
    ("between", DateWord::Between),
    ("till", DateWord::Till),
    ("until", DateWord::Until),
    ("in", DateWord::In),
    ("calendar", DateWord::Calendar),
    ("current", DateWord::Current),
    ("sales", DateWord::YearNoun),
    ("results", DateWord::YearNoun),
    ("budget", DateWord::YearNoun),
    ("budgets", DateWord::YearNoun),
    ("revenue", DateWord::YearNoun),
    ("revenues", DateWord::YearNoun),
    ("earnings", DateWord::YearNoun),
    ("profit", DateWord::YearNoun),
    ("profits", DateWord::YearNoun),
    ("output", DateWord::YearNoun),
    ("production", DateWord::YearNoun),
    ("forecast", DateWord::YearNoun),
    ("forecasts", DateWord::YearNoun),
    ("target", DateWord::YearNoun),
    ("targets", DateWord::YearNoun),
    ("figures", DateWord::YearNoun),
    ("interim", DateWord::YearNoun),
    ("dividend", DateWord::YearNoun),
    ("dividends", DateWord::YearNoun),
    ("accounts", DateWord::YearNoun),
    ("tax", DateWord::YearNoun),
    ("guidance", DateWord::YearNoun),
    ("outlook", DateWord::YearNoun),
    ("spending", DateWord::YearNoun),
    ("crop", DateWord::YearNoun),
    ("crops", DateWord::YearNoun),
    ("harvest", DateWord::YearNoun),
    ("season", DateWord::YearNoun),
    ("election", DateWord::YearNoun),
    ("elections", DateWord::YearNoun),
    ("exports", DateWord::YearNoun),
    ("imports", DateWord::YearNoun),
    ("deficit", DateWord::YearNoun),
    ("surplus", DateWord::YearNoun),
    ("income", DateWord::YearNoun),
    ("levels", DateWord::YearNoun),
    ("average", DateWord::YearNoun),
    ("quota", DateWord::YearNoun),
    ("quotas", DateWord::YearNoun),
    ("growth", DateWord::YearNoun),
    ("inflation", DateWord::YearNoun),
    ("loss", DateWord::YearNoun),
    ("losses", DateWord::YearNoun),
];
