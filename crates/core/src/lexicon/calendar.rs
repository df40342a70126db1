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
    /// A business day (`4営業日`, `5个工作日`): a weekday.
    BusinessDay,
    /// Two weeks ([`UNIT_MULTIPLES`]).
    Fortnight,
    /// A weekend, Saturday and Sunday (`three weekends`).
    Weekend,
}

/// Units that are a whole number of another: `a fortnight` is two weeks.
pub const UNIT_MULTIPLES: &[(TimeUnit, TimeUnit, u8)] = &[(TimeUnit::Fortnight, TimeUnit::Week, 2)];

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
    // `two nights` (a stay) counts days; a lone `night` is a part of the day (`Friday night`).
    ("nights", TimeUnit::Day, true),
    ("seconds", TimeUnit::Second, true),
    // `this workweek`: the week (its business days are not told apart from the week).
    ("workweek", TimeUnit::Week, false),
    ("fortnight", TimeUnit::Fortnight, false),
    ("fortnights", TimeUnit::Fortnight, true),
    // `three weekends` (`P3WE`); the singular `weekend` is a date word (`this weekend`).
    ("weekends", TimeUnit::Weekend, true),
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
    ("upcoming", 1),
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
    // `CY 2008`: a calendar year.
    "cy",
    "spring",
    "summer",
    "autumn",
    "fall",
    "winter",
    "than",
    // `before 2000 but not 1998`, `all years except 2020`
    "not",
    "except",
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
    "all",
    "calendar",
    // `more than 4 days`: the comparison opens the duration.
    "than",
    // `the next four business days`, `this working week` (the [`DateWord::Business`] rows of [`DATE_WORDS`]).
    "business",
    "working",
    "trading",
    // `earlier in the year`, `later in the week`.
    "earlier",
    "later",
    // `to date`, `till date`: up to the present.
    "to",
    "till",
];

/// Abbreviations of the end of the reference's period: `EOY` (the end of this year), `EOM`,
/// `EOQ`. Each is also a [`DATE_TRIGGERS`] word.
pub const PERIOD_END_ABBREVIATIONS: &[(&str, TimeUnit)] = &[
    ("eoy", TimeUnit::Year),
    ("eoq", TimeUnit::Quarter),
    ("eom", TimeUnit::Month),
];

/// Abbreviations of the reference's period up to now: `YTD` (year to date: the year, from its
/// start), `QTD`, `MTD`. Each is also a [`DATE_TRIGGERS`] word.
pub const PERIOD_TO_DATE_ABBREVIATIONS: &[(&str, TimeUnit)] = &[
    ("ytd", TimeUnit::Year),
    ("qtd", TimeUnit::Quarter),
    ("mtd", TimeUnit::Month),
];

/// Letters glued to a count that abbreviate a time unit (`10D`, `2W`, `3Y`: as written in
/// schedules and bond tenors), upper-case only (`M` is left out: `5M` is five million).
pub const UNIT_LETTERS: &[(&str, TimeUnit)] = &[
    ("D", TimeUnit::Day),
    ("W", TimeUnit::Week),
    ("Y", TimeUnit::Year),
];

/// Time zones written after a clock time (`15:00 GMT`, `3:30 pm JST`), lower-case: the one
/// table the date grammar and the dateline reader of `finnews-segment` share.
pub const TIME_ZONES: &[&str] = &[
    "gmt", "utc", "et", "est", "edt", "ct", "cst", "cdt", "pt", "pst", "pdt", "mst", "mdt", "bst",
    "cet", "cest", "msk", "ist", "jst", "kst", "hkt", "sgt", "wib", "aest", "aedt",
];

/// The years a written four-digit number can name, first and last: news dates fall in them,
/// and a number outside is a quantity (`MAY  2515` in a volume table is no date).
pub const YEARS: (u32, u32) = (1600, 2199);

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

/// Words of the future tense that, a few words before a bare weekday in its clause, make it
/// the coming one (`the committee will meet on Wednesday`, `is scheduled to report on
/// Friday`). Lower case.
pub const FUTURE_MARKERS: &[&str] = &["will", "shall", "scheduled", "slated", "upcoming"];

/// Era names (Japanese, the Republic of China, Chinese reign names) with the Gregorian year
/// before their first year (`康熙三年` is 1664).
pub const ERAS: &[(&str, i32)] = &[
    ("令和", 2018),
    ("平成", 1988),
    ("昭和", 1925),
    ("大正", 1911),
    ("明治", 1867),
    ("民国", 1911),
    ("民國", 1911),
    ("神龙", 704),
    ("神龍", 704),
    ("洪武", 1367),
    ("永乐", 1402),
    ("永樂", 1402),
    ("万历", 1572),
    ("萬曆", 1572),
    ("崇祯", 1627),
    ("崇禎", 1627),
    ("顺治", 1643),
    ("順治", 1643),
    ("康熙", 1661),
    ("雍正", 1722),
    ("乾隆", 1735),
    ("嘉庆", 1795),
    ("嘉慶", 1795),
    ("道光", 1820),
    ("咸丰", 1850),
    ("咸豐", 1850),
    ("同治", 1861),
    ("光绪", 1874),
    ("光緒", 1874),
    ("宣统", 1908),
    ("宣統", 1908),
];

/// Season words after a year (`今年夏天`, `2016年の夏`), with the season: 1 spring, 2 summer,
/// 3 autumn, 4 winter. A bare `春` is left out (`春节`, `春闘` are no seasons).
pub const CJK_SEASONS: &[(&str, u8)] = &[
    ("春天", 1),
    ("春季", 1),
    ("夏天", 2),
    ("夏季", 2),
    ("夏", 2),
    ("秋天", 3),
    ("秋季", 3),
    ("秋", 3),
    ("冬天", 4),
    ("冬季", 4),
    ("冬", 4),
];

/// One-word seasons named from the reference year (`今夏` this summer, `昨秋` last autumn), with
/// the year offset and the season as in [`CJK_SEASONS`].
pub const CJK_RELATIVE_SEASONS: &[(&str, i8, u8)] = &[
    ("今夏", 0, 2),
    ("今秋", 0, 3),
    ("今冬", 0, 4),
    ("昨夏", -1, 2),
    ("昨秋", -1, 3),
    ("昨冬", -1, 4),
    ("来夏", 1, 2),
    ("来秋", 1, 3),
    ("来冬", 1, 4),
];

/// Words naming the first (1) or the last (-1) of a unit in a period (`2015年の最初の週`,
/// `7月の最後の週`).
pub const CJK_FIRST_LAST: &[(&str, i8)] = &[
    ("最初の", 1),
    ("最初", 1),
    ("最後の", -1),
    ("最後", -1),
    ("最后", -1),
];

/// Brackets that open a title (`《明日之后》`, `「今日头条」`): a relative day word right after
/// one and followed by more of the title is part of a name, not a date.
pub const CJK_TITLE_OPENS: &[char] = &['《', '「', '『', '〈'];

/// Names that open with a relative day word (`今日头条`, the news app; `今日美国`, USA Today),
/// and words that open with a year word (`全年龄`, all ages): the word is part of the name, not
/// a date, with or without title brackets.
pub const CJK_NAMES_WITH_DATE_WORDS: &[&str] = &[
    "今日头条",
    "今日頭條",
    "今日美国",
    "今日美國",
    "今日俄罗斯",
    "今日俄羅斯",
    "今日说法",
    "今日說法",
    "明日之后",
    "明日之後",
    "全年龄",
    "全年齡",
    "全年齢",
    "全年级",
    "全年級",
    "全年代",
    "全年度",
];

/// Chinese half-year words with the half they name.
pub const CJK_HALVES: &[(&str, u8)] = &[
    ("上半年", 1),
    ("下半年", 2),
    ("前半年", 1),
    ("后半年", 2),
    ("後半年", 2),
    ("上半期", 1),
    ("下半期", 2),
    ("前半", 1),
    ("後半", 2),
    ("后半", 2),
];

// ---------- Chinese and Japanese calendar words (read by the date crate's CJK grammar) ----------

/// What a CJK calendar mark does in a date phrase: the characters and words that glue numerals
/// into dates, periods and durations.
///
/// ```
/// use finnews_core::lexicon::{CjkMark, CJK_MARKS};
/// let year = CJK_MARKS.iter().find(|(w, _)| *w == "年").map(|r| r.1);
/// assert_eq!(year, Some(CjkMark::Year));
/// assert!(CJK_MARKS.iter().any(|&(w, k)| w == "から" && k == CjkMark::RangeTo));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CjkMark {
    /// After a year number (`2024年`).
    Year,
    /// After a time unit, an age (`18周岁`: eighteen years old, no weeks).
    Age,
    /// After a month number (`3月`).
    Month,
    /// After a day number (`15日`, `15号`).
    Day,
    /// A fiscal year after a year number (`2026年度`).
    FiscalYear,
    /// A term after a month (`2026年3月期`: the fiscal year ending March 2026).
    Term,
    /// The first year of an era (`令和元年`).
    EraFirst,
    /// Before an ordinal numeral (`第一季度`).
    Ordinal,
    /// The first N units of a period (`前三季度`).
    FirstN,
    /// The first one (`首季度`).
    Head,
    /// A particle linking a year to a part of it (`2018年の前半`, `2021年的第一周`).
    Link,
    /// Between the two ends of a range (`1-6月`, `1～6月`, `2014年から2018年`).
    RangeTo,
    /// A half more (`三年半`) or a half (`半年`).
    Half,
    /// The same period (`去年同期`, `2019年同期`).
    SamePeriod,
    /// Before a duration, kept in its span (`连续20个季度`).
    DurationLead,
    /// After a duration, kept in its span (`2年間`, `3日間`).
    DurationTail,
    /// A century after its ordinal number (`21世紀`, `20世纪`).
    Century,
    /// A decade after its first year (`1990年代`).
    Decade,
    /// A bound after a number of days making it a duration (`4日以上`, `3日以内`).
    Bound,
    /// A comparison after a year named from the reference (`前年比`: year on year, no date).
    Ratio,
    /// Between the items of a list (`１２月１８、１９日`).
    ListSep,
    /// Between the units of a duration of several (`一年又三个月`, `一年零三个月`).
    DurationJoin,
}

/// CJK calendar marks, each with what it does (a character or word may be listed once).
pub const CJK_MARKS: &[(&str, CjkMark)] = &[
    ("年", CjkMark::Year),
    ("岁", CjkMark::Age),
    ("歲", CjkMark::Age),
    ("歳", CjkMark::Age),
    ("月", CjkMark::Month),
    ("日", CjkMark::Day),
    ("号", CjkMark::Day),
    ("號", CjkMark::Day),
    ("年度", CjkMark::FiscalYear),
    ("期", CjkMark::Term),
    ("元", CjkMark::EraFirst),
    ("第", CjkMark::Ordinal),
    ("前", CjkMark::FirstN),
    ("首", CjkMark::Head),
    ("の", CjkMark::Link),
    ("的", CjkMark::Link),
    ("-", CjkMark::RangeTo),
    ("－", CjkMark::RangeTo),
    ("–", CjkMark::RangeTo),
    ("—", CjkMark::RangeTo),
    ("~", CjkMark::RangeTo),
    ("～", CjkMark::RangeTo),
    ("〜", CjkMark::RangeTo),
    ("至", CjkMark::RangeTo),
    ("到", CjkMark::RangeTo),
    ("から", CjkMark::RangeTo),
    ("半", CjkMark::Half),
    ("同期", CjkMark::SamePeriod),
    ("连续", CjkMark::DurationLead),
    ("过去", CjkMark::DurationLead),
    ("過去", CjkMark::DurationLead),
    ("今后", CjkMark::DurationLead),
    ("今後", CjkMark::DurationLead),
    ("未来", CjkMark::DurationLead),
    ("ここ", CjkMark::DurationLead),
    ("向こう", CjkMark::DurationLead),
    ("連續", CjkMark::DurationLead),
    ("連続", CjkMark::DurationLead),
    ("长达", CjkMark::DurationLead),
    ("長達", CjkMark::DurationLead),
    ("为期", CjkMark::DurationLead),
    ("為期", CjkMark::DurationLead),
    ("世纪", CjkMark::Century),
    ("世紀", CjkMark::Century),
    ("年代", CjkMark::Decade),
    ("以上", CjkMark::Bound),
    ("以下", CjkMark::Bound),
    ("以内", CjkMark::Bound),
    ("未満", CjkMark::Bound),
    ("超", CjkMark::Bound),
    ("比", CjkMark::Ratio),
    ("、", CjkMark::ListSep),
    ("，", CjkMark::ListSep),
    (",", CjkMark::ListSep),
    ("和", CjkMark::ListSep),
    ("間", CjkMark::DurationTail),
    ("间", CjkMark::DurationTail),
    ("又", CjkMark::DurationJoin),
    ("零", CjkMark::DurationJoin),
    ("多", CjkMark::DurationJoin),
    ("余", CjkMark::DurationJoin),
    ("餘", CjkMark::DurationJoin),
];

/// Years named from the reference year, with their offset in Chinese and in Japanese text
/// (`前年` is two years back in Chinese, the year before in Japanese).
pub const CJK_RELATIVE_YEARS: &[(&str, i8, i8)] = &[
    ("今年", 0, 0),
    ("本年", 0, 0),
    ("当年", 0, 0),
    ("去年", -1, -1),
    ("上年", -1, -1),
    ("昨年", -1, -1),
    ("前年", -2, -1),
    ("明年", 1, 1),
    ("来年", 1, 1),
    ("來年", 1, 1),
    ("翌年", 1, 1),
    ("次年", 1, 1),
    // the whole year the text reports on (`全年国内生产总值`); the reference's year alone
    ("全年", 0, 0),
];

/// Fiscal years named from the reference: `本年度` (0), `前年度` (-1).
pub const CJK_RELATIVE_FISCAL_YEARS: &[(&str, i8)] = &[
    ("本年度", 0),
    ("今年度", 0),
    ("当年度", 0),
    ("前年度", -1),
    ("昨年度", -1),
    ("上年度", -1),
    ("来年度", 1),
    ("來年度", 1),
    ("次年度", 1),
    ("下年度", 1),
];

/// Months named from the reference month: `今月` (0), `上月` (-1), `来月` (+1).
pub const CJK_RELATIVE_MONTHS: &[(&str, i8)] = &[
    ("今月", 0),
    ("本月", 0),
    ("当月", 0),
    ("這個月", 0),
    ("这个月", 0),
    ("上上个月", -2),
    ("上上個月", -2),
    ("下下个月", 2),
    ("下下個月", 2),
    ("上月", -1),
    ("上个月", -1),
    ("上個月", -1),
    ("先月", -1),
    ("前月", -1),
    ("下月", 1),
    ("下个月", 1),
    ("下個月", 1),
    ("来月", 1),
    ("來月", 1),
    ("翌月", 1),
];

/// Weeks named from the reference week: `本周` (0), `上周` (-1), `来週` (+1).
pub const CJK_RELATIVE_WEEKS: &[(&str, i8)] = &[
    ("本周", 0),
    ("本週", 0),
    ("这周", 0),
    ("這週", 0),
    ("今週", 0),
    ("上上周", -2),
    ("上上週", -2),
    ("下下周", 2),
    ("下下週", 2),
    ("上周", -1),
    ("上週", -1),
    ("先週", -1),
    ("下周", 1),
    ("下週", 1),
    ("来週", 1),
    ("來週", 1),
    ("翌週", 1),
    ("这个周", 0),
    ("這個週", 0),
    ("上个周", -1),
    ("上個週", -1),
    ("下个周", 1),
    ("下個週", 1),
    ("上上个周", -2),
    ("上上個週", -2),
    ("下下个周", 2),
    ("下下個週", 2),
    ("前の週", -1),
    ("次の週", 1),
];

/// Days named from the reference day: `今天` (0), `昨日` (-1), `明後日` (+2).
pub const CJK_RELATIVE_DAYS: &[(&str, i8)] = &[
    ("今天", 0),
    ("今日", 0),
    ("本日", 0),
    ("昨天", -1),
    ("昨日", -1),
    ("明天", 1),
    ("明日", 1),
    ("前天", -2),
    ("一昨日", -2),
    ("后天", 2),
    ("後天", 2),
    ("明後日", 2),
    ("大前天", -3),
    ("大后天", 3),
    ("前日", -1),
    ("翌日", 1),
    ("次日", 1),
];

/// After a week named from the reference, its weekend (`下周末`, `今週末`).
pub const CJK_WEEKEND_MARKS: &[&str] = &["末"];

/// Half years named from the reference half (`上个半年`: the previous one).
pub const CJK_RELATIVE_HALF_YEARS: &[(&str, i8)] = &[
    ("上个半年", -1),
    ("上個半年", -1),
    ("前の半年", -1),
    ("下个半年", 1),
    ("下個半年", 1),
    ("次の半年", 1),
];

/// Halves of the reference month or week (`上半月`: its 1st to 15th; `下半周`: Thursday to
/// Sunday), with the unit and the half.
pub const CJK_PART_HALVES: &[(&str, TimeUnit, u8)] = &[
    ("上半月", TimeUnit::Month, 1),
    ("下半月", TimeUnit::Month, 2),
    ("上半周", TimeUnit::Week, 1),
    ("下半周", TimeUnit::Week, 2),
    ("上半週", TimeUnit::Week, 1),
    ("下半週", TimeUnit::Week, 2),
];

/// Holidays on a fixed day of the Gregorian calendar, with their month and day (`元旦`,
/// `国庆节`, `大晦日`, `独立記念日`). Holidays of the lunar calendar (`春节`) are left out.
pub const CJK_HOLIDAYS: &[(&str, u8, u8)] = &[
    ("元旦", 1, 1),
    ("情人节", 2, 14),
    ("情人節", 2, 14),
    ("妇女节", 3, 8),
    ("婦女節", 3, 8),
    ("劳动节", 5, 1),
    ("勞動節", 5, 1),
    ("儿童节", 6, 1),
    ("兒童節", 6, 1),
    ("国庆节", 10, 1),
    ("國慶節", 10, 1),
    ("圣诞节", 12, 25),
    ("聖誕節", 12, 25),
    ("建国記念の日", 2, 11),
    ("昭和の日", 4, 29),
    ("憲法記念日", 5, 3),
    ("みどりの日", 5, 4),
    ("こどもの日", 5, 5),
    ("独立記念日", 7, 4),
    ("文化の日", 11, 3),
    ("勤労感謝の日", 11, 23),
    ("クリスマス", 12, 25),
    ("大晦日", 12, 31),
];

/// Words before a weekday naming the week it is in from the reference week (`次の金曜日`: the
/// Friday of next week).
pub const CJK_WEEKDAY_LEADS: &[(&str, i8)] = &[("次の", 1), ("前の", -1)];

/// Brackets around a date that glosses the one before it (`金曜日（6月15日）`).
pub const CJK_GLOSS_BRACKETS: &[(&str, &str)] = &[("（", "）"), ("(", ")")];

/// Words that name a weekday after them (`星期一`, `周五`, `禮拜天`).
pub const CJK_WEEKDAY_PREFIXES: &[&str] = &["星期", "礼拜", "禮拜", "周", "週"];

/// The weekday characters after a [`CJK_WEEKDAY_PREFIXES`] word, ISO numbered (Monday 1).
pub const CJK_WEEKDAY_DAYS: &[(&str, u8)] = &[
    ("一", 1),
    ("二", 2),
    ("三", 3),
    ("四", 4),
    ("五", 5),
    ("六", 6),
    ("日", 7),
    ("天", 7),
];

/// Japanese weekday names (`金曜日`, `金曜`), ISO numbered.
pub const JA_WEEKDAYS: &[(&str, u8)] = &[
    ("月曜日", 1),
    ("火曜日", 2),
    ("水曜日", 3),
    ("木曜日", 4),
    ("金曜日", 5),
    ("土曜日", 6),
    ("日曜日", 7),
    ("月曜", 1),
    ("火曜", 2),
    ("水曜", 3),
    ("木曜", 4),
    ("金曜", 5),
    ("土曜", 6),
    ("日曜", 7),
];

/// Parts of a period written after it: `3月末`, `年底`, `年初`, `上旬`.
pub const CJK_PERIOD_PARTS: &[(&str, Qualifier)] = &[
    ("末", Qualifier::End),
    ("底", Qualifier::End),
    ("終わり", Qualifier::End),
    ("初め", Qualifier::Start),
    ("初", Qualifier::Start),
    ("上旬", Qualifier::Start),
    ("中旬", Qualifier::Mid),
    ("半ば", Qualifier::Mid),
    ("下旬", Qualifier::End),
];

/// Quarter words after a quarter number (`一季度`, `第4四半期`).
pub const CJK_QUARTER_WORDS: &[&str] = &["季度", "四半期"];

/// Time units after a number in a CJK duration (`2年間`, `3か月`, `180天`, `20个季度`,
/// `3小时`), and whether the unit alone makes the phrase a duration (`年` and `日` also name a
/// year and a day: `2025年`, `23日`; `时` and `分` a clock time or a cent, so they count only
/// after a larger unit: `8天20时`).
pub const CJK_TIME_UNITS: &[(&str, TimeUnit, bool)] = &[
    ("年", TimeUnit::Year, false),
    ("个年头", TimeUnit::Year, true),
    ("个月", TimeUnit::Month, true),
    ("個月", TimeUnit::Month, true),
    ("か月", TimeUnit::Month, true),
    ("ヶ月", TimeUnit::Month, true),
    ("ケ月", TimeUnit::Month, true),
    ("カ月", TimeUnit::Month, true),
    ("ヵ月", TimeUnit::Month, true),
    ("箇月", TimeUnit::Month, true),
    ("个季度", TimeUnit::Quarter, true),
    ("個季度", TimeUnit::Quarter, true),
    ("季度", TimeUnit::Quarter, true),
    ("四半期", TimeUnit::Quarter, true),
    ("个星期", TimeUnit::Week, true),
    ("個星期", TimeUnit::Week, true),
    ("星期", TimeUnit::Week, true),
    ("周", TimeUnit::Week, true),
    ("週間", TimeUnit::Week, true),
    ("週", TimeUnit::Week, true),
    ("天", TimeUnit::Day, true),
    ("日", TimeUnit::Day, false),
    ("个世纪", TimeUnit::Century, true),
    ("小时", TimeUnit::Hour, true),
    ("小時", TimeUnit::Hour, true),
    ("个小时", TimeUnit::Hour, true),
    ("個小時", TimeUnit::Hour, true),
    ("个钟头", TimeUnit::Hour, true),
    ("個鐘頭", TimeUnit::Hour, true),
    ("時間", TimeUnit::Hour, true),
    ("时", TimeUnit::Hour, false),
    ("時", TimeUnit::Hour, false),
    ("分钟", TimeUnit::Minute, true),
    ("分鐘", TimeUnit::Minute, true),
    ("分間", TimeUnit::Minute, true),
    ("分", TimeUnit::Minute, false),
    ("秒钟", TimeUnit::Second, true),
    ("秒鐘", TimeUnit::Second, true),
    ("秒間", TimeUnit::Second, true),
    ("秒", TimeUnit::Second, true),
    ("営業日", TimeUnit::BusinessDay, true),
    ("个工作日", TimeUnit::BusinessDay, true),
    ("個工作日", TimeUnit::BusinessDay, true),
    ("工作日", TimeUnit::BusinessDay, true),
    ("个营业日", TimeUnit::BusinessDay, true),
    ("营业日", TimeUnit::BusinessDay, true),
];

/// Words after a duration that make it a point in time: `五年前` (-1), `3日後` (+1).
pub const CJK_SHIFTS: &[(&str, i8)] = &[
    ("之前", -1),
    ("以前", -1),
    ("前", -1),
    ("之后", 1),
    ("之後", 1),
    ("以后", 1),
    ("以後", 1),
    ("后", 1),
    ("後", 1),
    ("あと", 1),
    ("先", 1),
];

/// Bounds after a number of units counted from a day that make the phrase the period that
/// many units long (`明日から3日以内`: the three days from tomorrow).
pub const CJK_WITHIN: &[&str] = &["以内", "之内", "内"];

/// Characters that end a sentence, for how far a period named before reaches (`上年同期`
/// resolves against the period of its own or the previous sentence).
pub const CJK_SENTENCE_ENDS: &[char] = &['。', '！', '？', '!', '?', '\n'];

/// Japanese half-year terms (`上期`, `下期`: the first and second half of a fiscal or calendar
/// year), read as halves in Japanese text only (in Chinese `上期` is the previous period).
pub const JA_TERM_HALVES: &[(&str, u8)] = &[("上期", 1), ("下期", 2)];

/// Era names written as one Latin letter before the year (`R5` is Reiwa 5), with the Gregorian
/// year before their first year.
pub const ERA_LETTERS: &[(&str, i32)] = &[("R", 2018), ("H", 1988), ("S", 1925)];

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
pub const RELATIVE_DAYS: &[(&str, i8)] = &[
    ("today", 0),
    ("yesterday", -1),
    ("tomorrow", 1),
    ("tmrw", 1),
];

/// How a holiday's date is found in a given year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum HolidayRule {
    /// The same month and day every year (Christmas: 12, 25).
    Fixed {
        /// Month, 1-12.
        month: u8,
        /// Day of the month.
        day: u8,
    },
    /// The `n`th `weekday` (ISO, Monday = 1) of `month` (`n` = -1: the last), moved `offset`
    /// days (Thanksgiving: the fourth Thursday of November; Black Friday: one day after it).
    NthWeekday {
        /// Month, 1-12.
        month: u8,
        /// ISO weekday, Monday = 1.
        weekday: u8,
        /// Which one: 1-5, or -1 for the last.
        n: i8,
        /// Days added to that weekday.
        offset: i8,
    },
    /// Days from Western (Gregorian) Easter Sunday (Good Friday: -2).
    Easter {
        /// Days added to Easter Sunday.
        offset: i16,
    },
    /// A day listed year by year (a lunar holiday: Eid al-Fitr), as `(year, month, day)`
    /// rows in year order; a year not listed has no date.
    Listed {
        /// The days, one row a year.
        days: &'static [(i16, u8, u8)],
    },
}

/// Eid al-Fitr (1 Shawwal) as observed in Saudi Arabia (Umm al-Qura), 2010-2026; other
/// countries may keep it a day later. Earlier years are left out rather than guessed (2013,
/// 2017, 2021 and 2022 were checked against press reports of the announcement).
pub const EID_AL_FITR: &[(i16, u8, u8)] = &[
    (2010, 9, 10),
    (2011, 8, 30),
    (2012, 8, 19),
    (2013, 8, 8),
    (2014, 7, 28),
    (2015, 7, 17),
    (2016, 7, 6),
    (2017, 6, 25),
    (2018, 6, 15),
    (2019, 6, 4),
    (2020, 5, 24),
    (2021, 5, 13),
    (2022, 5, 2),
    (2023, 4, 21),
    (2024, 4, 10),
    (2025, 3, 30),
    (2026, 3, 20),
];

/// Holidays by name, lower-case, words separated by one space and apostrophes written `'`
/// (a text may write `’`), with the rule that dates them. The first word of every name is a
/// [`DATE_TRIGGERS`] word, so a holiday is looked for only where one of them stands.
pub const HOLIDAYS: &[(&str, HolidayRule)] = &[
    ("new year's day", HolidayRule::Fixed { month: 1, day: 1 }),
    ("new years day", HolidayRule::Fixed { month: 1, day: 1 }),
    ("new year day", HolidayRule::Fixed { month: 1, day: 1 }),
    ("new year's eve", HolidayRule::Fixed { month: 12, day: 31 }),
    ("new years eve", HolidayRule::Fixed { month: 12, day: 31 }),
    ("groundhog day", HolidayRule::Fixed { month: 2, day: 2 }),
    ("valentine's day", HolidayRule::Fixed { month: 2, day: 14 }),
    ("valentines day", HolidayRule::Fixed { month: 2, day: 14 }),
    ("st patrick's day", HolidayRule::Fixed { month: 3, day: 17 }),
    (
        "st. patrick's day",
        HolidayRule::Fixed { month: 3, day: 17 },
    ),
    (
        "saint patrick's day",
        HolidayRule::Fixed { month: 3, day: 17 },
    ),
    ("earth day", HolidayRule::Fixed { month: 4, day: 22 }),
    (
        "international workers' day",
        HolidayRule::Fixed { month: 5, day: 1 },
    ),
    (
        "international workers day",
        HolidayRule::Fixed { month: 5, day: 1 },
    ),
    ("juneteenth", HolidayRule::Fixed { month: 6, day: 19 }),
    ("independence day", HolidayRule::Fixed { month: 7, day: 4 }),
    ("halloween", HolidayRule::Fixed { month: 10, day: 31 }),
    ("veterans day", HolidayRule::Fixed { month: 11, day: 11 }),
    ("veterans' day", HolidayRule::Fixed { month: 11, day: 11 }),
    ("veteran's day", HolidayRule::Fixed { month: 11, day: 11 }),
    ("christmas eve", HolidayRule::Fixed { month: 12, day: 24 }),
    ("christmas day", HolidayRule::Fixed { month: 12, day: 25 }),
    ("christmas", HolidayRule::Fixed { month: 12, day: 25 }),
    ("xmas", HolidayRule::Fixed { month: 12, day: 25 }),
    ("boxing day", HolidayRule::Fixed { month: 12, day: 26 }),
    (
        "martin luther king day",
        HolidayRule::NthWeekday {
            month: 1,
            weekday: 1,
            n: 3,
            offset: 0,
        },
    ),
    (
        "martin luther king jr. day",
        HolidayRule::NthWeekday {
            month: 1,
            weekday: 1,
            n: 3,
            offset: 0,
        },
    ),
    (
        "mlk day",
        HolidayRule::NthWeekday {
            month: 1,
            weekday: 1,
            n: 3,
            offset: 0,
        },
    ),
    (
        "presidents day",
        HolidayRule::NthWeekday {
            month: 2,
            weekday: 1,
            n: 3,
            offset: 0,
        },
    ),
    (
        "presidents' day",
        HolidayRule::NthWeekday {
            month: 2,
            weekday: 1,
            n: 3,
            offset: 0,
        },
    ),
    (
        "mother's day",
        HolidayRule::NthWeekday {
            month: 5,
            weekday: 7,
            n: 2,
            offset: 0,
        },
    ),
    (
        "mothers day",
        HolidayRule::NthWeekday {
            month: 5,
            weekday: 7,
            n: 2,
            offset: 0,
        },
    ),
    (
        "memorial day",
        HolidayRule::NthWeekday {
            month: 5,
            weekday: 1,
            n: -1,
            offset: 0,
        },
    ),
    (
        "father's day",
        HolidayRule::NthWeekday {
            month: 6,
            weekday: 7,
            n: 3,
            offset: 0,
        },
    ),
    (
        "fathers day",
        HolidayRule::NthWeekday {
            month: 6,
            weekday: 7,
            n: 3,
            offset: 0,
        },
    ),
    (
        "labor day",
        HolidayRule::NthWeekday {
            month: 9,
            weekday: 1,
            n: 1,
            offset: 0,
        },
    ),
    (
        "columbus day",
        HolidayRule::NthWeekday {
            month: 10,
            weekday: 1,
            n: 2,
            offset: 0,
        },
    ),
    (
        "thanksgiving day",
        HolidayRule::NthWeekday {
            month: 11,
            weekday: 4,
            n: 4,
            offset: 0,
        },
    ),
    (
        "thanksgiving",
        HolidayRule::NthWeekday {
            month: 11,
            weekday: 4,
            n: 4,
            offset: 0,
        },
    ),
    (
        "black friday",
        HolidayRule::NthWeekday {
            month: 11,
            weekday: 4,
            n: 4,
            offset: 1,
        },
    ),
    (
        "cyber monday",
        HolidayRule::NthWeekday {
            month: 11,
            weekday: 4,
            n: 4,
            offset: 4,
        },
    ),
    ("eid al-fitr", HolidayRule::Listed { days: EID_AL_FITR }),
    ("eid al fitr", HolidayRule::Listed { days: EID_AL_FITR }),
    ("eid ul-fitr", HolidayRule::Listed { days: EID_AL_FITR }),
    ("eid ul fitr", HolidayRule::Listed { days: EID_AL_FITR }),
    ("eid el-fitr", HolidayRule::Listed { days: EID_AL_FITR }),
    ("ash wednesday", HolidayRule::Easter { offset: -46 }),
    ("good friday", HolidayRule::Easter { offset: -2 }),
    ("easter sunday", HolidayRule::Easter { offset: 0 }),
    ("easter day", HolidayRule::Easter { offset: 0 }),
    ("easter monday", HolidayRule::Easter { offset: 1 }),
    ("easter", HolidayRule::Easter { offset: 0 }),
    ("ascension day", HolidayRule::Easter { offset: 39 }),
    ("pentecost", HolidayRule::Easter { offset: 49 }),
    ("whit monday", HolidayRule::Easter { offset: 50 }),
];

/// Words that anchor a temporal expression besides the month, weekday, season, time unit,
/// day-part and reference words of the other tables (each of which anchors too), and the CJK
/// characters `年` and `月` (CJK words are in [`CJK_DATE_WORDS`]).
pub const DATE_TRIGGERS: &[&str] = &[
    // `the nineties` (the [`DateWord::Decade`] rows of [`DATE_WORDS`])
    "thirties",
    "forties",
    "fifties",
    "sixties",
    "seventies",
    "eighties",
    "nineties",
    "today",
    "yesterday",
    "tomorrow",
    "tonight",
    "fiscal",
    "fy",
    "cy",
    // `EOY`, `EOM`, `EOQ` (`PERIOD_END_ABBREVIATIONS`)
    "eoy",
    "eoq",
    "eom",
    // `YTD`, `QTD`, `MTD` (`PERIOD_TO_DATE_ABBREVIATIONS`)
    "ytd",
    "qtd",
    "mtd",
    // `to date`
    "date",
    "past",
    "future",
    "present",
    "recent",
    "weekend",
    "mid",
    // The first words of the holidays (`HOLIDAYS`): a holiday is tried only where one stands.
    "new",
    "groundhog",
    "valentine",
    "valentines",
    "st",
    "saint",
    "earth",
    "international",
    "juneteenth",
    "independence",
    "halloween",
    "veterans",
    "veteran",
    "christmas",
    "xmas",
    "boxing",
    "martin",
    "mlk",
    "presidents",
    "mother",
    "mothers",
    "memorial",
    "father",
    "fathers",
    "labor",
    "columbus",
    "thanksgiving",
    "black",
    "cyber",
    "ash",
    "good",
    "easter",
    "ascension",
    "pentecost",
    "whit",
    "eid",
    "年",
    "月",
    "日",
    "号",
    "天",
    "周",
    "週",
    "季",
    "期",
    "旬",
    "曜",
    "拜",
];

/// CJK words that anchor a temporal expression (the lexer gives their first character the
/// class [`Class::CjkLead`](super::Class::CjkLead)).
pub const CJK_DATE_WORDS: &[&str] = &[
    "全年",
    "今夏",
    "今秋",
    "今冬",
    "昨夏",
    "昨秋",
    "昨冬",
    "来夏",
    "来秋",
    "来冬",
    "神龙",
    "神龍",
    "洪武",
    "永乐",
    "永樂",
    "万历",
    "萬曆",
    "崇祯",
    "崇禎",
    "顺治",
    "順治",
    "康熙",
    "雍正",
    "乾隆",
    "嘉庆",
    "嘉慶",
    "道光",
    "咸丰",
    "咸豐",
    "同治",
    "光绪",
    "光緒",
    "宣统",
    "宣統",
    "令和",
    "平成",
    "昭和",
    "大正",
    "上半年",
    "下半年",
    "季度",
    "前半",
    "後半",
    "后半",
    "上期",
    "下期",
    "今年",
    "本年",
    "当年",
    "去年",
    "上年",
    "昨年",
    "前年",
    "明年",
    "来年",
    "來年",
    "翌年",
    "次年",
    "今月",
    "本月",
    "当月",
    "上月",
    "先月",
    "前月",
    "下月",
    "来月",
    "來月",
    "翌月",
    "今日",
    "本日",
    "前日",
    "翌日",
    "前の週",
    "次の週",
    "上个周",
    "上個週",
    "下个周",
    "下個週",
    "这个周",
    "這個週",
    "上上个周",
    "上上個週",
    "下下个周",
    "下下個週",
    "次日",
    "昨日",
    "明日",
    "今天",
    "昨天",
    "明天",
    "前天",
    "后天",
    "後天",
    "一昨日",
    "明後日",
    "上周",
    "下周",
    "本周",
    "今週",
    "先週",
    "来週",
    "翌週",
    "年末",
    "年底",
    "年初",
    "月末",
    "月底",
    "月初",
    "上旬",
    "中旬",
    "下旬",
    "同期",
    "星期",
    "礼拜",
    "禮拜",
    "上个半年",
    "上個半年",
    "前の半年",
    "下个半年",
    "下個半年",
    "次の半年",
    "上半月",
    "下半月",
    "上半周",
    "下半周",
    "上半週",
    "下半週",
    "元旦",
    "情人节",
    "情人節",
    "妇女节",
    "婦女節",
    "劳动节",
    "勞動節",
    "儿童节",
    "兒童節",
    "国庆节",
    "國慶節",
    "圣诞节",
    "聖誕節",
    "建国記念の日",
    "昭和の日",
    "憲法記念日",
    "みどりの日",
    "こどもの日",
    "独立記念日",
    "文化の日",
    "勤労感謝の日",
    "クリスマス",
    "大晦日",
    "次の",
    "前の",
];

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
    /// `all` (`all day`: one whole unit).
    All,
    /// A noun a year can qualify (`1986 sales`, `the 2024 budget`, `2024 Interim Results`):
    /// the four-digit number before it is a year, not a count (`2020 cars`).
    YearNoun,
    /// `weekend` (`this weekend`, `the weekend`, `Labor Day weekend`).
    Weekend,
    Weekends,
    For,
    /// `business`, `working`, `trading` before `day(s)`: `4 business days` → `P4BD`; before
    /// `week`: the week (`this working week`).
    Business,
    /// `cy` (`CY2008`, `cy18`: a calendar year).
    Cy,
    /// `couple` (`a couple of weeks`: two).
    Couple,
    /// `up` (`up to date` is no date).
    Up,
    /// `starting`, `beginning` (`3 days starting next Monday`: that many days from that day).
    Starting,
    /// A decade of the 1900s in words, by its digit (`nineties`: 9).
    Decade(u8),
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
    // `for the day` (the reference's day)
    ("for", DateWord::For),
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
    ("all", DateWord::All),
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
    // The words of results reports and their notes that a year qualifies (`1986 net`, `1987
    // operating profit`, `2024 adjusted EPS`, `its 1986 annual report`, `1987 capital
    // spending`) or whose subject is a year (`NOTE: 1987 includes a gain`).
    ("net", DateWord::YearNoun),
    ("operating", DateWord::YearNoun),
    ("pretax", DateWord::YearNoun),
    ("adjusted", DateWord::YearNoun),
    ("underlying", DateWord::YearNoun),
    ("annual", DateWord::YearNoun),
    ("capital", DateWord::YearNoun),
    ("turnover", DateWord::YearNoun),
    ("eps", DateWord::YearNoun),
    ("ebitda", DateWord::YearNoun),
    ("shipments", DateWord::YearNoun),
    ("deliveries", DateWord::YearNoun),
    ("includes", DateWord::YearNoun),
    ("excludes", DateWord::YearNoun),
    ("include", DateWord::YearNoun),
    ("exclude", DateWord::YearNoun),
    ("weekend", DateWord::Weekend),
    // `three weekends`: a count of weekends (`P3WE`); a bare `weekends` is a recurrence.
    ("weekends", DateWord::Weekends),
    ("business", DateWord::Business),
    ("working", DateWord::Business),
    ("trading", DateWord::Business),
    ("cy", DateWord::Cy),
    ("couple", DateWord::Couple),
    ("up", DateWord::Up),
    ("starting", DateWord::Starting),
    ("beginning", DateWord::Starting),
    ("thirties", DateWord::Decade(3)),
    ("forties", DateWord::Decade(4)),
    ("fifties", DateWord::Decade(5)),
    ("sixties", DateWord::Decade(6)),
    ("seventies", DateWord::Decade(7)),
    ("eighties", DateWord::Decade(8)),
    ("nineties", DateWord::Decade(9)),
];
