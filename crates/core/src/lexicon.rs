//! Word tables shared by more than one finnews crate.
//!
//! Each table is data, in one place: the date crate reads month names from here to parse dates,
//! the segmentation crate to recognise a dateline line.

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
    lookup(SEASONS, word)
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
    lookup(MONTHS, word)
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
    lookup(WEEKDAYS, word)
}

fn lookup(table: &[(&str, u8)], word: &str) -> Option<u8> {
    if word.len() > 9 {
        return None;
    }
    table
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case(word))
        .map(|&(_, n)| n)
}
