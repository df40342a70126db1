//! The typed TIMEX3 value: every value the crate produces is built from checked parts, so an
//! impossible month, quarter or day cannot be represented, and it renders as the TIMEX3 string.

use core::fmt;

use chrono::{Datelike, Months, NaiveDate};
use rust_decimal::Decimal;

use crate::types::{DateRange, FiscalYearNaming, Options};

/// A TIMEX3 `value`: a calendar date or period (`2020-09-29`, `2013-10`, `2024-H1`, `FY2023`,
/// `XXXX-06`, `PRESENT_REF`) or a duration (`P20Q`, `P3Y`, `PT2H`).
///
/// Values are only made by this crate's grammar, from checked parts; print one with `Display`
/// (or [`Timex::to_string`](ToString::to_string)) to get the TIMEX3 string.
///
/// # Example
///
/// ```
/// use finnews_date::{extract, Options, TemporalValue};
/// let t = &extract("in the third quarter of 2023", &Options::default())[0];
/// let TemporalValue::Date { timex, .. } = &t.value else { panic!() };
/// assert_eq!(timex.to_string(), "2023-Q3");
/// assert!(!timex.is_duration());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Timex(pub(crate) Repr);

/// A year: known, or unknown (`XXXX`).
pub(crate) type Year = Option<i32>;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Repr {
    /// A day; `part` a part of the day (`TMO`, `TAF`, `TEV`, `TNI`).
    Day {
        date: NaiveDate,
        part: Option<DayPart>,
    },
    /// A day and a clock time (`2013-03-23T15:00`).
    DayTime {
        date: NaiveDate,
        hour: u8,
        minute: u8,
    },
    /// A month and day of an unknown year (always a valid day of a leap year).
    MonthDay {
        month: u8,
        day: u8,
    },
    /// A weekday of an unknown week (ISO number 1-7).
    Weekday(u8),
    Month {
        year: Year,
        month: u8,
    },
    Year(i32),
    UnknownYear,
    Decade(i32),
    Century(i32),
    Quarter {
        year: Year,
        q: u8,
    },
    Half {
        year: Year,
        h: u8,
    },
    Season {
        year: Year,
        season: Season,
    },
    Week {
        year: i32,
        week: u8,
    },
    /// The first `q` quarters of a year (`the first three quarters of 2023`), written as the year.
    YearToQuarter {
        year: Year,
        q: u8,
    },
    Fiscal {
        year: Year,
        quarter: Option<u8>,
    },
    /// A fiscal year given by its last day (`the fiscal year ending March 31, 2024`).
    FiscalEnding {
        name: i32,
        first: NaiveDate,
        last: NaiveDate,
    },
    PresentRef,
    PastRef,
    FutureRef,
    Duration {
        amount: Option<Decimal>,
        unit: DurUnit,
    },
}

/// A part of the day, as TIMEX3 writes it after `T`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum DayPart {
    Morning,
    Afternoon,
    Evening,
    Night,
}

/// A season, as TIMEX3 writes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Season {
    Spring,
    Summer,
    Fall,
    Winter,
}

/// The unit of a duration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum DurUnit {
    Year,
    Half,
    Quarter,
    Month,
    Week,
    Day,
    Decade,
    Century,
    Hour,
    Minute,
    Second,
}

impl Timex {
    /// Whether this is a duration (`P3Y`) rather than a date or period.
    ///
    /// # Example
    ///
    /// ```
    /// use finnews_date::{extract, Options, TemporalValue};
    /// let t = &extract("for three years", &Options::default())[0];
    /// let TemporalValue::Duration { timex } = &t.value else { panic!("a duration") };
    /// assert!(timex.is_duration());
    /// assert_eq!(timex.to_string(), "P3Y");
    /// ```
    #[must_use]
    pub fn is_duration(&self) -> bool {
        matches!(self.0, Repr::Duration { .. })
    }

    /// The first and last day the value covers, when it is known (a duration, an unknown year
    /// or a `*_REF` value covers no known days).
    pub(crate) fn range(&self, opts: &Options) -> Option<DateRange> {
        let (first, last) = match self.0 {
            Repr::Day { date, .. } | Repr::DayTime { date, .. } => (date, date),
            Repr::Month {
                year: Some(y),
                month,
            } => month_range(y, month)?,
            Repr::Year(y) => (ymd(y, 1, 1)?, ymd(y, 12, 31)?),
            Repr::Decade(d) => (ymd(d * 10, 1, 1)?, ymd(d * 10 + 9, 12, 31)?),
            Repr::Century(c) => (ymd(c * 100, 1, 1)?, ymd(c * 100 + 99, 12, 31)?),
            Repr::Quarter { year: Some(y), q } => months_span(y, 3 * (u32::from(q) - 1) + 1, 3)?,
            Repr::Half { year: Some(y), h } => months_span(y, 6 * (u32::from(h) - 1) + 1, 6)?,
            Repr::YearToQuarter { year: Some(y), q } => months_to(y, 3 * u32::from(q))?,
            Repr::Season {
                year: Some(y),
                season,
            } => {
                let start = match season {
                    Season::Spring => 3,
                    Season::Summer => 6,
                    Season::Fall => 9,
                    Season::Winter => 12,
                };
                months_span(y, start, 3)?
            }
            Repr::Week { year, week } => {
                let first =
                    NaiveDate::from_isoywd_opt(year, u32::from(week), chrono::Weekday::Mon)?;
                (first, first.checked_add_days(chrono::Days::new(6))?)
            }
            Repr::Fiscal {
                year: Some(y),
                quarter,
            } => {
                let start = opts.fiscal_year_start.number_from_month();
                let begins = match opts.fiscal_year_naming {
                    FiscalYearNaming::StartYear => y,
                    FiscalYearNaming::EndYear if start == 1 => y,
                    FiscalYearNaming::EndYear => y - 1,
                };
                let fy_first = ymd(begins, start, 1)?;
                match quarter {
                    None => {
                        let last = fy_first.checked_add_months(Months::new(12))?.pred_opt()?;
                        (fy_first, last)
                    }
                    Some(q) => {
                        let f = fy_first.checked_add_months(Months::new(3 * (u32::from(q) - 1)))?;
                        (f, f.checked_add_months(Months::new(3))?.pred_opt()?)
                    }
                }
            }
            Repr::FiscalEnding { first, last, .. } => (first, last),
            _ => return None,
        };
        DateRange::new(first, last)
    }
}

pub(crate) fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    if !(0..=9999).contains(&y) {
        return None;
    }
    NaiveDate::from_ymd_opt(y, m, d)
}

pub(crate) fn month_range(y: i32, m: u8) -> Option<(NaiveDate, NaiveDate)> {
    months_span(y, u32::from(m), 1)
}

/// January 1 of `y` to the last day of its month `last_month`.
pub(crate) fn months_to(y: i32, last_month: u32) -> Option<(NaiveDate, NaiveDate)> {
    months_span(y, 1, last_month)
}

fn months_span(y: i32, first_month: u32, n: u32) -> Option<(NaiveDate, NaiveDate)> {
    let f = ymd(y, first_month, 1)?;
    let l = f.checked_add_months(Months::new(n))?.pred_opt()?;
    if l.year() > 9999 {
        return None;
    }
    Some((f, l))
}

fn year_str(f: &mut fmt::Formatter<'_>, y: Year) -> fmt::Result {
    match y {
        Some(y) => write!(f, "{y:04}"),
        None => f.write_str("XXXX"),
    }
}

impl fmt::Display for Timex {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Repr::Day { date, part } => {
                write!(
                    f,
                    "{:04}-{:02}-{:02}",
                    date.year(),
                    date.month(),
                    date.day()
                )?;
                if let Some(p) = part {
                    f.write_str(match p {
                        DayPart::Morning => "TMO",
                        DayPart::Afternoon => "TAF",
                        DayPart::Evening => "TEV",
                        DayPart::Night => "TNI",
                    })?;
                }
                Ok(())
            }
            Repr::DayTime { date, hour, minute } => write!(
                f,
                "{:04}-{:02}-{:02}T{hour:02}:{minute:02}",
                date.year(),
                date.month(),
                date.day()
            ),
            Repr::MonthDay { month, day } => write!(f, "XXXX-{month:02}-{day:02}"),
            Repr::Weekday(d) => write!(f, "XXXX-WXX-{d}"),
            Repr::Month { year, month } => {
                year_str(f, year)?;
                write!(f, "-{month:02}")
            }
            Repr::Year(y) => write!(f, "{y:04}"),
            Repr::UnknownYear => f.write_str("XXXX"),
            Repr::Decade(d) => write!(f, "{d:03}"),
            Repr::Century(c) => write!(f, "{c:02}"),
            Repr::Quarter { year, q } => {
                year_str(f, year)?;
                write!(f, "-Q{q}")
            }
            Repr::Half { year, h } => {
                year_str(f, year)?;
                write!(f, "-H{h}")
            }
            Repr::YearToQuarter { year, .. } => year_str(f, year),
            Repr::Season { year, season } => {
                year_str(f, year)?;
                f.write_str(match season {
                    Season::Spring => "-SP",
                    Season::Summer => "-SU",
                    Season::Fall => "-FA",
                    Season::Winter => "-WI",
                })
            }
            Repr::Week { year, week } => write!(f, "{year:04}-W{week:02}"),
            Repr::Fiscal { year, quarter } => {
                f.write_str("FY")?;
                year_str(f, year)?;
                if let Some(q) = quarter {
                    write!(f, "-Q{q}")?;
                }
                Ok(())
            }
            Repr::FiscalEnding { name, .. } => write!(f, "FY{name:04}"),
            Repr::PresentRef => f.write_str("PRESENT_REF"),
            Repr::PastRef => f.write_str("PAST_REF"),
            Repr::FutureRef => f.write_str("FUTURE_REF"),
            Repr::Duration { amount, unit } => {
                let timed = matches!(unit, DurUnit::Hour | DurUnit::Minute | DurUnit::Second);
                f.write_str(if timed { "PT" } else { "P" })?;
                // Units TIMEX3 has no letter for are written in a unit it has.
                let (factor, letter) = match unit {
                    DurUnit::Year => (1, "Y"),
                    DurUnit::Half => (6, "M"),
                    DurUnit::Quarter => (1, "Q"),
                    DurUnit::Month => (1, "M"),
                    DurUnit::Week => (1, "W"),
                    DurUnit::Day => (1, "D"),
                    DurUnit::Decade => (10, "Y"),
                    DurUnit::Century => (100, "Y"),
                    DurUnit::Hour => (1, "H"),
                    DurUnit::Minute => (1, "M"),
                    DurUnit::Second => (1, "S"),
                };
                match amount.and_then(|a| a.checked_mul(Decimal::from(factor))) {
                    Some(a) => write!(f, "{}", a.normalize())?,
                    None => f.write_str("X")?,
                }
                f.write_str(letter)
            }
        }
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Timex {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}
