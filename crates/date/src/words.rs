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
    let u = match u {
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
    };
    Some((u, plural))
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
