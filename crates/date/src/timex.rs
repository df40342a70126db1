//! The typed TIMEX3 value: every value the crate produces is built from checked parts, so an
//! impossible month, quarter or day cannot be represented, and it renders as the TIMEX3 string.
//! `FromStr` reads back every string `Display` writes, ISO 8601 intervals (`2024-01/2024-06`)
//! included.

use core::convert::Infallible;
use core::fmt;
use core::str::FromStr;

use chrono::{Datelike, Months, NaiveDate};
use finnews_core::FromStrError;
use finnews_core::decimal::{self, canonical};
use rust_decimal::Decimal;

use crate::types::{DateRange, FiscalYearNaming, Options};

/// A TIMEX3 `value`: a calendar date or period (`2020-09-29`, `2013-10`, `2024-H1`, `FY2023`,
/// `XXXX-06`, `PRESENT_REF`), an interval between two of them (`2024-01/2024-06`, contract 1.1),
/// or a duration (`P20Q`, `P3Y`, `PT2H`).
///
/// `Display` writes the TIMEX3 string and `FromStr` reads it back; two values are equal when
/// they write the same string. The accessors read its parts: [`year`](Timex::year),
/// [`quarter`](Timex::quarter), [`half`](Timex::half), [`month`](Timex::month),
/// [`day`](Timex::day), [`is_fiscal`](Timex::is_fiscal), [`interval`](Timex::interval), ...
/// An unknown part (`XXXX`) reads as `None`.
///
/// Without a reference date a relative period keeps the unresolved form of its grain, every
/// unknown digit an `X` as in ISO-TimeML: `XXXX-XX-XX` (a day: `yesterday`), `XXXX-WXX` (a
/// week: `next week`), `XXXX-XX` (a month), `XXXX-QX` (a quarter), `XXXX-HX` (a half) and
/// `XXXX` (a year); every accessor reads such a value as `None`, and it covers no known days.
///
/// # Example
///
/// ```
/// use finnews_date::{extract, Options, Timex};
/// let t = &extract("in the third quarter of 2023", &Options::default())[0];
/// let timex = t.timex_value();
/// assert_eq!(timex.to_string(), "2023-Q3");
/// assert_eq!(format!("[{timex:<9}]"), "[2023-Q3  ]");
/// assert_eq!((timex.year(), timex.quarter()), (Some(2023), Some(3)));
/// assert!(!timex.is_duration());
///
/// let h1: Timex = "2024-01/2024-06".parse()?;
/// let (first, last) = h1.interval().unwrap();
/// assert_eq!((first.month(), last.month()), (Some(1), Some(6)));
/// assert_eq!(h1.year(), None); // an interval is not within one named year...
/// assert_eq!(first.year(), Some(2024)); // ...its ends are
///
/// // No reference date: `next week` is some week, its year and number unknown.
/// let t = &extract("Talks resume next week.", &Options::default())[0];
/// assert_eq!(t.timex(), "XXXX-WXX");
/// assert_eq!(t.value.range(), None);
/// let quarter: Timex = "XXXX-QX".parse()?;
/// assert_eq!((quarter.year(), quarter.quarter(), quarter.month()), (None, None, None));
/// assert_eq!(quarter.to_string(), "XXXX-QX");
/// # Ok::<(), finnews_date::FromStrError>(())
/// ```
#[derive(Debug, Clone, Copy)]
pub struct Timex(pub(crate) Repr);

/// A year: known, or unknown (`XXXX`).
pub(crate) type Year = Option<i32>;

/// A TIMEX3 value of any shape.
pub(crate) type Repr = Form<Point>;

/// A TIMEX3 value that is not an interval: what an interval's two ends are.
pub(crate) type Point = Form<Infallible>;

/// The shapes of a TIMEX3 value. `E` is what an interval's ends are: [`Point`] for a full value,
/// `Infallible` for a point (which then cannot be an interval).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Form<E> {
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
    /// A day, week, month, quarter or half of an unknown year and position (`next week`,
    /// `last month` without a reference date): `XXXX-XX-XX`, `XXXX-WXX`, `XXXX-XX`,
    /// `XXXX-QX`, `XXXX-HX`.
    Unresolved(Cal),
    /// A part of an unknown day (`yesterday afternoon` without a reference date):
    /// `XXXX-XX-XXTAF`.
    UnresolvedPart(DayPart),
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
    /// The weekend (Saturday and Sunday) of an ISO week (`2018-W48-WE`).
    Weekend {
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
    /// A fiscal year given by its last day (`the fiscal year ending March 31, 2024`), or a
    /// fiscal quarter given by its last day (`2ND QTR JAN 31`, `quarter: Some(2)`): its name and
    /// the days it covers.
    FiscalEnding {
        name: i32,
        quarter: Option<u8>,
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
    /// A duration of several units (`1年2个月`: `P1Y2M`; `8天20小时`: `P8DT20H`).
    Compound(Parts),
    /// From the start of `first` to the end of `last` (`2024-01/2024-06`).
    Interval {
        first: E,
        last: E,
    },
}

impl<E> Form<E> {
    /// The same value with interval ends converted by `f`; `None` when `f` refuses one.
    fn try_map<F>(self, f: impl Fn(E) -> Option<F>) -> Option<Form<F>> {
        Some(match self {
            Form::Day { date, part } => Form::Day { date, part },
            Form::DayTime { date, hour, minute } => Form::DayTime { date, hour, minute },
            Form::MonthDay { month, day } => Form::MonthDay { month, day },
            Form::Weekday(d) => Form::Weekday(d),
            Form::Month { year, month } => Form::Month { year, month },
            Form::Year(y) => Form::Year(y),
            Form::UnknownYear => Form::UnknownYear,
            Form::Unresolved(c) => Form::Unresolved(c),
            Form::UnresolvedPart(p) => Form::UnresolvedPart(p),
            Form::Decade(d) => Form::Decade(d),
            Form::Century(c) => Form::Century(c),
            Form::Quarter { year, q } => Form::Quarter { year, q },
            Form::Half { year, h } => Form::Half { year, h },
            Form::Season { year, season } => Form::Season { year, season },
            Form::Week { year, week } => Form::Week { year, week },
            Form::Weekend { year, week } => Form::Weekend { year, week },
            Form::YearToQuarter { year, q } => Form::YearToQuarter { year, q },
            Form::Fiscal { year, quarter } => Form::Fiscal { year, quarter },
            Form::FiscalEnding {
                name,
                quarter,
                first,
                last,
            } => Form::FiscalEnding {
                name,
                quarter,
                first,
                last,
            },
            Form::PresentRef => Form::PresentRef,
            Form::PastRef => Form::PastRef,
            Form::FutureRef => Form::FutureRef,
            Form::Duration { amount, unit } => Form::Duration { amount, unit },
            Form::Compound(p) => Form::Compound(p),
            Form::Interval { first, last } => Form::Interval {
                first: f(first)?,
                last: f(last)?,
            },
        })
    }

    /// The value as TIMEX3 writes it, with the distinctions the string does not make dropped
    /// (the first quarters of a year are the year, a fiscal year given by its end is its name,
    /// a duration in halves, decades or centuries is one in months or years): two values are
    /// the same TIMEX3 value exactly when their canonical forms are equal.
    fn canonical(self) -> Form<E> {
        match self {
            Form::YearToQuarter { year: Some(y), .. } => Form::Year(y),
            Form::YearToQuarter { year: None, .. } => Form::UnknownYear,
            Form::FiscalEnding { name, quarter, .. } => Form::Fiscal {
                year: Some(name),
                quarter,
            },
            Form::Duration { amount, unit } => {
                let (factor, unit) = unit.canonical();
                Form::Duration {
                    amount: amount
                        .and_then(|a| a.checked_mul(Decimal::from(factor)))
                        .map(canonical),
                    unit,
                }
            }
            other => other,
        }
    }
}

impl Point {
    /// This point as a full value.
    pub(crate) fn widen(self) -> Repr {
        // A point has no interval: its ends are `Infallible`.
        self.try_map(|never| match never {})
            .unwrap_or(Form::UnknownYear)
    }
}

impl Repr {
    /// This value as an interval end, unless it is itself an interval.
    pub(crate) fn as_point(self) -> Option<Point> {
        self.try_map(|_| None)
    }

    fn canonical_full(self) -> Repr {
        match self.canonical() {
            Form::Interval { first, last } => Form::Interval {
                first: first.canonical(),
                last: last.canonical(),
            },
            other => other,
        }
    }
}

impl PartialEq for Timex {
    fn eq(&self, other: &Timex) -> bool {
        self.0.canonical_full() == other.0.canonical_full()
    }
}

impl Eq for Timex {}

impl core::hash::Hash for Timex {
    fn hash<H: core::hash::Hasher>(&self, state: &mut H) {
        // `Decimal` hashes its value, not its scale, so equal amounts hash alike.
        self.0.canonical_full().hash(state);
    }
}

/// A part of the day, as TIMEX3 writes it after `T`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum DayPart {
    Morning,
    Afternoon,
    Evening,
    Night,
}

/// The calendar unit of an unresolved value ([`Form::Unresolved`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Cal {
    Day,
    Week,
    Month,
    Quarter,
    Half,
}

impl Cal {
    const ALL: [Cal; 5] = [Cal::Day, Cal::Week, Cal::Month, Cal::Quarter, Cal::Half];

    /// The unit of a relative period; `None` for units with no unresolved form here.
    pub(crate) const fn of(unit: DurUnit) -> Option<Cal> {
        match unit {
            DurUnit::Day => Some(Cal::Day),
            DurUnit::Week => Some(Cal::Week),
            DurUnit::Month => Some(Cal::Month),
            DurUnit::Quarter => Some(Cal::Quarter),
            DurUnit::Half => Some(Cal::Half),
            _ => None,
        }
    }

    /// The TIMEX3 string (the ISO-TimeML `X` placeholders for every unknown digit).
    const fn code(self) -> &'static str {
        match self {
            Cal::Day => "XXXX-XX-XX",
            Cal::Week => "XXXX-WXX",
            Cal::Month => "XXXX-XX",
            Cal::Quarter => "XXXX-QX",
            Cal::Half => "XXXX-HX",
        }
    }
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
    /// A business day (TIMEX3 as Recognizers-Text writes it: `P4BD`).
    BusinessDay,
    /// A weekend (`three weekends`: `P3WE`, the TIMEX3 unit `WE`).
    Weekend,
}

impl DurUnit {
    /// The unit TIMEX3 writes this one in, and how many of it one of this is.
    const fn canonical(self) -> (u8, DurUnit) {
        match self {
            DurUnit::Half => (6, DurUnit::Month),
            DurUnit::Decade => (10, DurUnit::Year),
            DurUnit::Century => (100, DurUnit::Year),
            other => (1, other),
        }
    }

    /// The TIMEX3 letter, and whether it comes after `T` (a time unit).
    const fn letter(self) -> (char, bool) {
        match self {
            DurUnit::Year | DurUnit::Decade | DurUnit::Century => ('Y', false),
            DurUnit::Half | DurUnit::Month => ('M', false),
            DurUnit::Quarter => ('Q', false),
            DurUnit::Week => ('W', false),
            DurUnit::Day => ('D', false),
            DurUnit::Hour => ('H', true),
            DurUnit::Minute => ('M', true),
            DurUnit::Second => ('S', true),
            DurUnit::BusinessDay => ('B', false),
            DurUnit::Weekend => ('W', false),
        }
    }

    /// What follows the letter (`BD`: a business day).
    const fn letter_tail(self) -> &'static str {
        match self {
            DurUnit::BusinessDay => "D",
            DurUnit::Weekend => "E",
            _ => "",
        }
    }
}

/// The whole numbers of years, months, weeks, days, hours, minutes and seconds of a duration
/// of several units, in the order TIMEX3 writes them (`P1Y2M3W4DT5H6M7S`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub(crate) struct Parts(pub(crate) [u16; 7]);

impl Parts {
    /// The units in the order of [`Parts`].
    pub(crate) const UNITS: [DurUnit; 7] = [
        DurUnit::Year,
        DurUnit::Month,
        DurUnit::Week,
        DurUnit::Day,
        DurUnit::Hour,
        DurUnit::Minute,
        DurUnit::Second,
    ];

    /// Adds `n` of `unit` (halves, decades and centuries in the unit TIMEX3 writes them in);
    /// `None` for a quarter, an amount too large, or a unit already given.
    pub(crate) fn add(self, n: u16, unit: DurUnit) -> Option<Parts> {
        let (factor, unit) = unit.canonical();
        let k = Parts::UNITS.iter().position(|&u| u == unit)?;
        let mut p = self;
        let slot = p.0.get_mut(k)?;
        if *slot != 0 || n == 0 {
            return None;
        }
        *slot = n.checked_mul(u16::from(factor))?;
        Some(p)
    }
}

impl fmt::Display for Parts {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("P")?;
        let mut timed = false;
        for (&n, unit) in self.0.iter().zip(Parts::UNITS) {
            if n == 0 {
                continue;
            }
            let (letter, time) = unit.letter();
            if time && !timed {
                f.write_str("T")?;
                timed = true;
            }
            write!(f, "{n}{letter}")?;
        }
        Ok(())
    }
}

/// The unit of a duration [`Timex`], as TIMEX3 writes it (`Y`, `Q`, `M`, `W`, `D` and, after
/// `T`, `H`, `M`, `S`).
///
/// # Example
///
/// ```
/// use finnews_date::{Timex, DurationUnit};
/// let t: Timex = "P20Q".parse()?;
/// assert_eq!(t.duration_unit(), Some(DurationUnit::Quarter));
/// assert_eq!(DurationUnit::Quarter.to_string(), "Q");
/// # Ok::<(), finnews_date::FromStrError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DurationUnit {
    /// `Y`.
    Year,
    /// `Q`.
    Quarter,
    /// `M` (before `T`).
    Month,
    /// `W`.
    Week,
    /// `D`.
    Day,
    /// `H` (after `T`).
    Hour,
    /// `M` (after `T`).
    Minute,
    /// `S` (after `T`).
    Second,
    /// `BD`: a business day, as Recognizers-Text writes it (TIMEX3 has no letter for it).
    BusinessDay,
    /// `WE`: a weekend (`three weekends`: `P3WE`).
    Weekend,
}

impl fmt::Display for DurationUnit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            DurationUnit::Year => "Y",
            DurationUnit::Quarter => "Q",
            DurationUnit::Month | DurationUnit::Minute => "M",
            DurationUnit::Week => "W",
            DurationUnit::Day => "D",
            DurationUnit::Hour => "H",
            DurationUnit::Second => "S",
            DurationUnit::BusinessDay => "BD",
            DurationUnit::Weekend => "WE",
        })
    }
}

impl Timex {
    /// The interval from the start of `first` to the end of `last` (`2024-01/2024-06`), as
    /// contract 1.1 writes a period given by its two ends. `None` when either end is a duration
    /// or itself an interval.
    ///
    /// # Example
    ///
    /// ```
    /// use finnews_date::Timex;
    /// let q1: Timex = "2024-Q1".parse()?;
    /// let q3: Timex = "2024-Q3".parse()?;
    /// let first_three = Timex::from_ends(q1, q3).unwrap();
    /// assert_eq!(first_three.to_string(), "2024-Q1/2024-Q3");
    /// assert_eq!(first_three.interval(), Some((q1, q3)));
    /// assert!(Timex::from_ends(q1, "P3M".parse()?).is_none());
    /// # Ok::<(), finnews_date::FromStrError>(())
    /// ```
    #[must_use]
    pub fn from_ends(first: Timex, last: Timex) -> Option<Timex> {
        let end = |t: Timex| {
            t.0.as_point()
                .filter(|p| !matches!(p, Form::Duration { .. }))
        };
        Some(Timex(Form::Interval {
            first: end(first)?,
            last: end(last)?,
        }))
    }

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
        matches!(self.0, Repr::Duration { .. } | Repr::Compound(_))
    }

    /// Whether this is an interval between two dates or periods (`2024-01/2024-06`).
    ///
    /// # Example
    ///
    /// ```
    /// use finnews_date::Timex;
    /// assert!("2019/2021".parse::<Timex>()?.is_interval());
    /// assert!(!"2019".parse::<Timex>()?.is_interval());
    /// # Ok::<(), finnews_date::FromStrError>(())
    /// ```
    #[must_use]
    pub fn is_interval(&self) -> bool {
        matches!(self.0, Repr::Interval { .. })
    }

    /// The two ends of an interval; `None` for any other value.
    ///
    /// # Example
    ///
    /// ```
    /// use finnews_date::Timex;
    /// let t: Timex = "XXXX-03-03/XXXX-03-07".parse()?;
    /// let (first, last) = t.interval().unwrap();
    /// assert_eq!((first.day(), last.day()), (Some(3), Some(7)));
    /// assert_eq!(first.year(), None); // the year is unknown
    /// # Ok::<(), finnews_date::FromStrError>(())
    /// ```
    #[must_use]
    pub fn interval(&self) -> Option<(Timex, Timex)> {
        match self.0 {
            Form::Interval { first, last } => Some((Timex(first.widen()), Timex(last.widen()))),
            _ => None,
        }
    }

    /// The year the value names, when it names one: a day, month, quarter, half, season, ISO
    /// week or year of a known year; for a fiscal value, the fiscal year's name (`FY2023` gives
    /// 2023; see [`is_fiscal`](Timex::is_fiscal)). `None` for an unknown year (`XXXX-06`), a
    /// decade, century, interval, duration or `*_REF` value.
    ///
    /// # Example
    ///
    /// ```
    /// use finnews_date::Timex;
    /// let year = |s: &str| s.parse::<Timex>().map(|t| t.year());
    /// assert_eq!(year("2020-09-29")?, Some(2020));
    /// assert_eq!(year("2024-H1")?, Some(2024));
    /// assert_eq!(year("FY2023-Q2")?, Some(2023));
    /// assert_eq!(year("XXXX-06")?, None);
    /// assert_eq!(year("P3Y")?, None);
    /// # Ok::<(), finnews_date::FromStrError>(())
    /// ```
    #[must_use]
    pub fn year(&self) -> Option<i32> {
        match self.0 {
            Form::Day { date, .. } | Form::DayTime { date, .. } => Some(date.year()),
            Form::Year(y) | Form::Week { year: y, .. } | Form::Weekend { year: y, .. } => Some(y),
            Form::FiscalEnding { name, .. } => Some(name),
            Form::Month { year, .. }
            | Form::Quarter { year, .. }
            | Form::Half { year, .. }
            | Form::Season { year, .. }
            | Form::YearToQuarter { year, .. }
            | Form::Fiscal { year, .. } => year,
            _ => None,
        }
    }

    /// The quarter (1-4) of a quarter value: of the calendar year (`2024-Q3`) or, when
    /// [`is_fiscal`](Timex::is_fiscal), of the fiscal year (`FY2024-Q2`).
    ///
    /// # Example
    ///
    /// ```
    /// use finnews_date::Timex;
    /// assert_eq!("2024-Q3".parse::<Timex>()?.quarter(), Some(3));
    /// assert_eq!("FY2024-Q2".parse::<Timex>()?.quarter(), Some(2));
    /// assert_eq!("2024-06".parse::<Timex>()?.quarter(), None);
    /// # Ok::<(), finnews_date::FromStrError>(())
    /// ```
    #[must_use]
    pub fn quarter(&self) -> Option<u8> {
        match self.0 {
            Form::Quarter { q, .. } => Some(q),
            Form::Fiscal { quarter, .. } | Form::FiscalEnding { quarter, .. } => quarter,
            _ => None,
        }
    }

    /// The half (1 or 2) of a half-year value (`2024-H1`, `XXXX-H2`).
    ///
    /// # Example
    ///
    /// ```
    /// use finnews_date::Timex;
    /// assert_eq!("XXXX-H1".parse::<Timex>()?.half(), Some(1));
    /// assert_eq!("2024".parse::<Timex>()?.half(), None);
    /// # Ok::<(), finnews_date::FromStrError>(())
    /// ```
    #[must_use]
    pub fn half(&self) -> Option<u8> {
        match self.0 {
            Form::Half { h, .. } => Some(h),
            _ => None,
        }
    }

    /// The month (1-12) of a month or day value, its year known or not.
    ///
    /// # Example
    ///
    /// ```
    /// use finnews_date::Timex;
    /// assert_eq!("2013-10".parse::<Timex>()?.month(), Some(10));
    /// assert_eq!("XXXX-06".parse::<Timex>()?.month(), Some(6));
    /// assert_eq!("2020-09-29".parse::<Timex>()?.month(), Some(9));
    /// assert_eq!("2024-Q3".parse::<Timex>()?.month(), None);
    /// # Ok::<(), finnews_date::FromStrError>(())
    /// ```
    #[must_use]
    pub fn month(&self) -> Option<u8> {
        match self.0 {
            Form::Day { date, .. } | Form::DayTime { date, .. } => u8::try_from(date.month()).ok(),
            Form::MonthDay { month, .. } | Form::Month { month, .. } => Some(month),
            _ => None,
        }
    }

    /// The day of the month (1-31) of a day value, its year known or not.
    ///
    /// # Example
    ///
    /// ```
    /// use finnews_date::Timex;
    /// assert_eq!("2020-09-29".parse::<Timex>()?.day(), Some(29));
    /// assert_eq!("XXXX-12-25".parse::<Timex>()?.day(), Some(25));
    /// assert_eq!("2020-09".parse::<Timex>()?.day(), None);
    /// # Ok::<(), finnews_date::FromStrError>(())
    /// ```
    #[must_use]
    pub fn day(&self) -> Option<u8> {
        match self.0 {
            Form::Day { date, .. } | Form::DayTime { date, .. } => u8::try_from(date.day()).ok(),
            Form::MonthDay { day, .. } => Some(day),
            _ => None,
        }
    }

    /// The calendar date of a day value of a known year.
    ///
    /// # Example
    ///
    /// ```
    /// use finnews_date::{NaiveDate, Timex};
    /// let t: Timex = "2013-03-23T15:00".parse()?;
    /// assert_eq!(t.date(), NaiveDate::from_ymd_opt(2013, 3, 23));
    /// assert_eq!("XXXX-03-23".parse::<Timex>()?.date(), None);
    /// # Ok::<(), finnews_date::FromStrError>(())
    /// ```
    #[must_use]
    pub fn date(&self) -> Option<NaiveDate> {
        match self.0 {
            Form::Day { date, .. } | Form::DayTime { date, .. } => Some(date),
            _ => None,
        }
    }

    /// Whether the value names a fiscal year or a quarter of one (`FY2023`, `FY2024-Q2`).
    ///
    /// # Example
    ///
    /// ```
    /// use finnews_date::Timex;
    /// assert!("FY2023".parse::<Timex>()?.is_fiscal());
    /// assert!(!"2023".parse::<Timex>()?.is_fiscal());
    /// # Ok::<(), finnews_date::FromStrError>(())
    /// ```
    #[must_use]
    pub fn is_fiscal(&self) -> bool {
        matches!(self.0, Form::Fiscal { .. } | Form::FiscalEnding { .. })
    }

    /// How many units a duration lasts (`P20Q` gives 20); `None` for `PXY` (an unknown number)
    /// and for values that are not durations. A duration in halves, decades or centuries is
    /// counted in the unit TIMEX3 writes it in (`P6M`, `P10Y`).
    ///
    /// # Example
    ///
    /// ```
    /// use finnews_date::{Decimal, Timex};
    /// assert_eq!("P1.5Y".parse::<Timex>()?.duration_amount(), Some(Decimal::new(15, 1)));
    /// assert_eq!("PXY".parse::<Timex>()?.duration_amount(), None);
    /// # Ok::<(), finnews_date::FromStrError>(())
    /// ```
    #[must_use]
    pub fn duration_amount(&self) -> Option<Decimal> {
        match self.0.canonical() {
            Form::Duration { amount, .. } => amount,
            _ => None,
        }
    }

    /// The unit of a duration (`P20Q` gives [`DurationUnit::Quarter`]); `None` for values that
    /// are not durations.
    ///
    /// # Example
    ///
    /// ```
    /// use finnews_date::{DurationUnit, Timex};
    /// assert_eq!("PT2H".parse::<Timex>()?.duration_unit(), Some(DurationUnit::Hour));
    /// assert_eq!("P6M".parse::<Timex>()?.duration_unit(), Some(DurationUnit::Month));
    /// # Ok::<(), finnews_date::FromStrError>(())
    /// ```
    #[must_use]
    pub fn duration_unit(&self) -> Option<DurationUnit> {
        match self.0.canonical() {
            Form::Duration { unit, .. } => Some(match unit {
                DurUnit::Year | DurUnit::Decade | DurUnit::Century => DurationUnit::Year,
                DurUnit::Quarter => DurationUnit::Quarter,
                DurUnit::Half | DurUnit::Month => DurationUnit::Month,
                DurUnit::Week => DurationUnit::Week,
                DurUnit::Day => DurationUnit::Day,
                DurUnit::Hour => DurationUnit::Hour,
                DurUnit::Minute => DurationUnit::Minute,
                DurUnit::Second => DurationUnit::Second,
                DurUnit::BusinessDay => DurationUnit::BusinessDay,
                DurUnit::Weekend => DurationUnit::Weekend,
            }),
            _ => None,
        }
    }

    /// The first and last day the value covers, when it is known (a duration, an unknown year
    /// or a `*_REF` value covers no known days). An interval covers from the first day of its
    /// first end to the last day of its last end.
    pub(crate) fn range(&self, opts: &Options) -> Option<DateRange> {
        let (first, last) = match self.0 {
            Form::Interval { first, last } => (days(first, opts)?.0, days(last, opts)?.1),
            other => days(other, opts)?,
        };
        DateRange::new(first, last)
    }
}

/// The first and last day a value that is not an interval covers.
fn days<E>(form: Form<E>, opts: &Options) -> Option<(NaiveDate, NaiveDate)> {
    Some(match form {
        Form::Day { date, .. } | Form::DayTime { date, .. } => (date, date),
        Form::Month {
            year: Some(y),
            month,
        } => month_range(y, month)?,
        Form::Year(y) => (ymd(y, 1, 1)?, ymd(y, 12, 31)?),
        Form::Decade(d) => {
            let y = d.checked_mul(10)?;
            (ymd(y, 1, 1)?, ymd(y.checked_add(9)?, 12, 31)?)
        }
        Form::Century(c) => {
            let y = c.checked_mul(100)?;
            (ymd(y, 1, 1)?, ymd(y.checked_add(99)?, 12, 31)?)
        }
        Form::Quarter { year: Some(y), q } => months_span(y, 3 * (u32::from(q) - 1) + 1, 3)?,
        Form::Half { year: Some(y), h } => months_span(y, 6 * (u32::from(h) - 1) + 1, 6)?,
        Form::YearToQuarter { year: Some(y), q } => months_to(y, 3 * u32::from(q))?,
        Form::Season {
            year: Some(y),
            season,
        } => months_span(y, season.first_month(), 3)?,
        Form::Week { year, week } => {
            let first = NaiveDate::from_isoywd_opt(year, u32::from(week), chrono::Weekday::Mon)?;
            (first, first.checked_add_days(chrono::Days::new(6))?)
        }
        Form::Weekend { year, week } => {
            let sat = NaiveDate::from_isoywd_opt(year, u32::from(week), chrono::Weekday::Sat)?;
            (sat, sat.succ_opt()?)
        }
        Form::Fiscal {
            year: Some(y),
            quarter,
        } => {
            let start = opts.fiscal_year_start.number_from_month();
            let begins = match opts.fiscal_year_naming {
                FiscalYearNaming::StartYear => y,
                FiscalYearNaming::EndYear if start == 1 => y,
                FiscalYearNaming::EndYear => y.checked_sub(1)?,
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
        Form::FiscalEnding { first, last, .. } => (first, last),
        _ => return None,
    })
}

impl Season {
    const ALL: [Season; 4] = [Season::Spring, Season::Summer, Season::Fall, Season::Winter];

    const fn first_month(self) -> u32 {
        match self {
            Season::Spring => 3,
            Season::Summer => 6,
            Season::Fall => 9,
            Season::Winter => 12,
        }
    }

    const fn code(self) -> &'static str {
        match self {
            Season::Spring => "SP",
            Season::Summer => "SU",
            Season::Fall => "FA",
            Season::Winter => "WI",
        }
    }
}

impl DayPart {
    const ALL: [DayPart; 4] = [
        DayPart::Morning,
        DayPart::Afternoon,
        DayPart::Evening,
        DayPart::Night,
    ];

    const fn code(self) -> &'static str {
        match self {
            DayPart::Morning => "MO",
            DayPart::Afternoon => "AF",
            DayPart::Evening => "EV",
            DayPart::Night => "NI",
        }
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

impl<E: fmt::Display> fmt::Display for Form<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Form::Day { date, part } => {
                write!(
                    f,
                    "{:04}-{:02}-{:02}",
                    date.year(),
                    date.month(),
                    date.day()
                )?;
                if let Some(p) = part {
                    write!(f, "T{}", p.code())?;
                }
                Ok(())
            }
            Form::DayTime { date, hour, minute } => write!(
                f,
                "{:04}-{:02}-{:02}T{hour:02}:{minute:02}",
                date.year(),
                date.month(),
                date.day()
            ),
            Form::MonthDay { month, day } => write!(f, "XXXX-{month:02}-{day:02}"),
            Form::Weekday(d) => write!(f, "XXXX-WXX-{d}"),
            Form::Month { year, month } => {
                year_str(f, year)?;
                write!(f, "-{month:02}")
            }
            Form::Year(y) => write!(f, "{y:04}"),
            Form::UnknownYear => f.write_str("XXXX"),
            Form::Unresolved(c) => f.write_str(c.code()),
            Form::UnresolvedPart(p) => write!(f, "{}T{}", Cal::Day.code(), p.code()),
            Form::Decade(d) => write!(f, "{d:03}"),
            Form::Century(c) => write!(f, "{c:02}"),
            Form::Quarter { year, q } => {
                year_str(f, year)?;
                write!(f, "-Q{q}")
            }
            Form::Half { year, h } => {
                year_str(f, year)?;
                write!(f, "-H{h}")
            }
            Form::YearToQuarter { year, .. } => year_str(f, year),
            Form::Season { year, season } => {
                year_str(f, year)?;
                write!(f, "-{}", season.code())
            }
            Form::Week { year, week } => write!(f, "{year:04}-W{week:02}"),
            Form::Weekend { year, week } => write!(f, "{year:04}-W{week:02}-WE"),
            Form::Fiscal { year, quarter } => {
                f.write_str("FY")?;
                year_str(f, year)?;
                if let Some(q) = quarter {
                    write!(f, "-Q{q}")?;
                }
                Ok(())
            }
            Form::FiscalEnding { name, quarter, .. } => {
                write!(f, "FY{name:04}")?;
                if let Some(q) = quarter {
                    write!(f, "-Q{q}")?;
                }
                Ok(())
            }
            Form::PresentRef => f.write_str("PRESENT_REF"),
            Form::PastRef => f.write_str("PAST_REF"),
            Form::FutureRef => f.write_str("FUTURE_REF"),
            Form::Duration { amount, unit } => {
                let (factor, _) = unit.canonical();
                let (letter, timed) = unit.letter();
                f.write_str(if timed { "PT" } else { "P" })?;
                // Units TIMEX3 has no letter for are written in a unit it has.
                match amount.and_then(|a| a.checked_mul(Decimal::from(factor))) {
                    Some(a) => write!(f, "{}", canonical(a))?,
                    None => f.write_str("X")?,
                }
                write!(f, "{letter}{}", unit.letter_tail())
            }
            Form::Compound(p) => write!(f, "{p}"),
            Form::Interval {
                ref first,
                ref last,
            } => write!(f, "{first}/{last}"),
        }
    }
}

/// A value's text built in a fixed buffer: the common shapes (days, months, years, quarters
/// and intervals of them) without the formatting machinery. Digits are written directly, the
/// same text `Form`'s `Display` writes.
struct Buf {
    b: [u8; 48],
    n: usize,
}

impl Buf {
    const fn new() -> Buf {
        Buf { b: [0; 48], n: 0 }
    }

    /// Appends ASCII bytes; `false` when they do not fit.
    fn push(&mut self, s: &[u8]) -> bool {
        let Some(dst) = self.b.get_mut(self.n..self.n + s.len()) else {
            return false;
        };
        dst.copy_from_slice(s);
        self.n += s.len();
        true
    }

    /// `v` in exactly `width` digits (1 to 4), as `{v:0width$}` writes it; `false` when it
    /// does not fit the width (negative, or too many digits).
    fn digits(&mut self, v: i64, width: usize) -> bool {
        if v < 0 || v >= [1, 10, 100, 1000, 10_000][width.min(4)] {
            return false;
        }
        let mut d = [0u8; 4];
        let mut x = v;
        for k in (0..width).rev() {
            d[k] = b'0' + (x % 10) as u8;
            x /= 10;
        }
        self.push(&d[..width])
    }

    fn year(&mut self, y: Year) -> bool {
        match y {
            Some(y) => self.digits(i64::from(y), 4),
            None => self.push(b"XXXX"),
        }
    }

    fn date(&mut self, d: NaiveDate) -> bool {
        self.digits(i64::from(d.year()), 4)
            && self.push(b"-")
            && self.digits(i64::from(d.month()), 2)
            && self.push(b"-")
            && self.digits(i64::from(d.day()), 2)
    }

    /// Writes a value that is not an interval; `false` for the shapes left to `Display`.
    fn point<E>(&mut self, x: &Form<E>) -> bool {
        match *x {
            Form::Day { date, part } => {
                self.date(date)
                    && part.is_none_or(|p| self.push(b"T") && self.push(p.code().as_bytes()))
            }
            Form::DayTime { date, hour, minute } => {
                self.date(date)
                    && self.push(b"T")
                    && self.digits(i64::from(hour), 2)
                    && self.push(b":")
                    && self.digits(i64::from(minute), 2)
            }
            Form::MonthDay { month, day } => {
                self.push(b"XXXX-")
                    && self.digits(i64::from(month), 2)
                    && self.push(b"-")
                    && self.digits(i64::from(day), 2)
            }
            Form::Month { year, month } => {
                self.year(year) && self.push(b"-") && self.digits(i64::from(month), 2)
            }
            Form::Year(y) => self.digits(i64::from(y), 4),
            Form::UnknownYear => self.push(b"XXXX"),
            Form::Unresolved(c) => self.push(c.code().as_bytes()),
            Form::UnresolvedPart(p) => {
                self.push(Cal::Day.code().as_bytes())
                    && self.push(b"T")
                    && self.push(p.code().as_bytes())
            }
            Form::Quarter { year, q } => {
                self.year(year) && self.push(b"-Q") && self.digits(i64::from(q), 1)
            }
            Form::Half { year, h } => {
                self.year(year) && self.push(b"-H") && self.digits(i64::from(h), 1)
            }
            Form::YearToQuarter { year, .. } => self.year(year),
            Form::Season { year, season } => {
                self.year(year) && self.push(b"-") && self.push(season.code().as_bytes())
            }
            Form::Fiscal { year, quarter } => {
                self.push(b"FY")
                    && self.year(year)
                    && quarter.is_none_or(|q| self.push(b"-Q") && self.digits(i64::from(q), 1))
            }
            Form::Week { year, week } => {
                self.digits(i64::from(year), 4)
                    && self.push(b"-W")
                    && self.digits(i64::from(week), 2)
            }
            Form::PresentRef => self.push(b"PRESENT_REF"),
            Form::PastRef => self.push(b"PAST_REF"),
            Form::FutureRef => self.push(b"FUTURE_REF"),
            _ => false,
        }
    }

    /// The text written, when every byte pushed was ASCII.
    fn as_str(&self) -> Option<&str> {
        std::str::from_utf8(&self.b[..self.n]).ok()
    }
}

impl fmt::Display for Timex {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut buf = Buf::new();
        let fast = match self.0 {
            Form::Interval {
                ref first,
                ref last,
            } => buf.point(first) && buf.push(b"/") && buf.point(last),
            ref x => buf.point(x),
        };
        if fast && let Some(s) = buf.as_str() {
            return if f.width().is_none() {
                f.write_str(s)
            } else {
                f.pad(s)
            };
        }
        // Padded as a whole when a width is given (`{:>10}` lines values up in a table).
        finnews_core::text::display_padded(f, |w| write!(w, "{}", self.0))
    }
}

impl FromStr for Timex {
    type Err = FromStrError;

    /// Reads a TIMEX3 value as finnews writes it: every form `Display` writes, and an interval
    /// `A/B` of two such values that are not durations.
    fn from_str(s: &str) -> Result<Timex, FromStrError> {
        let bad = || {
            FromStrError::new("TIMEX3 value", s).with_reason(
                "expected a date or period (`2020-09-29`, `2013-10`, `2024-Q3`, `2024-H1`, \
                 `FY2023`, `XXXX-06`, `XXXX-WXX`), an interval of two (`2024-01/2024-06`) or a duration \
                 (`P3Y`)",
            )
        };
        match s.split_once('/') {
            None => parse_point(s).map(|p| Timex(p.widen())).ok_or_else(bad),
            Some((a, b)) => {
                let a = parse_point(a).ok_or_else(bad)?;
                let b = parse_point(b).ok_or_else(bad)?;
                Timex::from_ends(Timex(a.widen()), Timex(b.widen())).ok_or_else(bad)
            }
        }
    }
}

/// A year of exactly four digits, or `XXXX`.
fn parse_year(s: &str) -> Option<Year> {
    if s == "XXXX" {
        return Some(None);
    }
    Some(Some(parse_digits(s, 4)?))
}

/// A number of exactly `n` ASCII digits.
fn parse_digits<T: FromStr>(s: &str, n: usize) -> Option<T> {
    (s.len() == n && s.bytes().all(|b| b.is_ascii_digit()))
        .then(|| s.parse().ok())
        .flatten()
}

/// A value that is not an interval, in the form `Display` writes it.
fn parse_point(s: &str) -> Option<Point> {
    match s {
        "PRESENT_REF" => return Some(Form::PresentRef),
        "PAST_REF" => return Some(Form::PastRef),
        "FUTURE_REF" => return Some(Form::FutureRef),
        "XXXX" => return Some(Form::UnknownYear),
        _ => {}
    }
    if let Some(c) = Cal::ALL.into_iter().find(|c| c.code() == s) {
        return Some(Form::Unresolved(c));
    }
    if let Some(part) = s
        .strip_prefix(Cal::Day.code())
        .and_then(|t| t.strip_prefix('T'))
        .and_then(|t| DayPart::ALL.into_iter().find(|p| p.code() == t))
    {
        return Some(Form::UnresolvedPart(part));
    }
    if let Some(rest) = s.strip_prefix('P') {
        return parse_duration(rest);
    }
    if let Some(rest) = s.strip_prefix("FY") {
        let (year, quarter) = match rest.split_once("-Q") {
            Some((y, q)) => (
                y,
                Some(parse_digits::<u8>(q, 1).filter(|q| (1..=4).contains(q))?),
            ),
            None => (rest, None),
        };
        return Some(Form::Fiscal {
            year: parse_year(year)?,
            quarter,
        });
    }
    match s.len() {
        2 => return parse_digits(s, 2).map(Form::Century),
        3 => return parse_digits(s, 3).map(Form::Decade),
        4 => return parse_digits(s, 4).map(Form::Year),
        _ => {}
    }
    let (year, rest) = (s.get(..4)?, s.get(4..)?.strip_prefix('-')?);
    let year = parse_year(year)?;
    if let Some(season) = Season::ALL.into_iter().find(|x| x.code() == rest) {
        return Some(Form::Season { year, season });
    }
    if let Some(w) = rest.strip_prefix("WXX-") {
        let d = parse_digits::<u8>(w, 1).filter(|d| (1..=7).contains(d))?;
        return year.is_none().then_some(Form::Weekday(d));
    }
    if let Some(w) = rest.strip_prefix('W').and_then(|w| w.strip_suffix("-WE")) {
        let (year, week) = (year?, parse_digits::<u8>(w, 2)?);
        NaiveDate::from_isoywd_opt(year, u32::from(week), chrono::Weekday::Mon)?;
        return Some(Form::Weekend { year, week });
    }
    if let Some(w) = rest.strip_prefix('W') {
        let (year, week) = (year?, parse_digits::<u8>(w, 2)?);
        NaiveDate::from_isoywd_opt(year, u32::from(week), chrono::Weekday::Mon)?;
        return Some(Form::Week { year, week });
    }
    if let Some(q) = rest.strip_prefix('Q') {
        let q = parse_digits::<u8>(q, 1).filter(|q| (1..=4).contains(q))?;
        return Some(Form::Quarter { year, q });
    }
    if let Some(h) = rest.strip_prefix('H') {
        let h = parse_digits::<u8>(h, 1).filter(|h| (1..=2).contains(h))?;
        return Some(Form::Half { year, h });
    }
    let month = parse_digits::<u8>(rest.get(..2)?, 2).filter(|m| (1..=12).contains(m))?;
    let Some(rest) = rest.get(2..).filter(|r| !r.is_empty()) else {
        return Some(Form::Month { year, month });
    };
    let day = parse_digits::<u8>(rest.strip_prefix('-')?.get(..2)?, 2)?;
    let time = rest.get(3..)?;
    let Some(year) = year else {
        // A day of an unknown year: valid in some year, so in a leap year.
        ymd(2000, u32::from(month), u32::from(day))?;
        return time.is_empty().then_some(Form::MonthDay { month, day });
    };
    let date = ymd(year, u32::from(month), u32::from(day))?;
    if time.is_empty() {
        return Some(Form::Day { date, part: None });
    }
    let time = time.strip_prefix('T')?;
    if let Some(part) = DayPart::ALL.into_iter().find(|p| p.code() == time) {
        return Some(Form::Day {
            date,
            part: Some(part),
        });
    }
    let (h, m) = time.split_once(':')?;
    let (hour, minute) = (parse_digits::<u8>(h, 2)?, parse_digits::<u8>(m, 2)?);
    (hour < 24 && minute < 60).then_some(Form::DayTime { date, hour, minute })
}

/// A duration after its `P`: `20Q`, `1.5Y`, `XY`, `T2H`, and of several units `1Y2M`,
/// `8DT20H`.
fn parse_duration(s: &str) -> Option<Point> {
    let single = parse_single_duration(s);
    if single.is_some() {
        return single;
    }
    // several whole units, each at most once, in the order TIMEX3 writes them
    let mut parts = Parts::default();
    let mut last = None;
    let mut timed = false;
    let mut n = 0u16;
    let mut digits = 0;
    for c in s.chars() {
        if let Some(d) = c.to_digit(10) {
            n = n.checked_mul(10)?.checked_add(u16::try_from(d).ok()?)?;
            digits += 1;
            continue;
        }
        if c == 'T' && digits == 0 && !timed {
            timed = true;
            continue;
        }
        if digits == 0 {
            return None;
        }
        let k = Parts::UNITS.iter().position(|u| u.letter() == (c, timed))?;
        if last.is_some_and(|l| l >= k) {
            return None;
        }
        parts = parts.add(n, Parts::UNITS[k])?;
        last = Some(k);
        n = 0;
        digits = 0;
    }
    (digits == 0 && parts.0.iter().filter(|&&n| n > 0).count() >= 2)
        .then_some(Form::Compound(parts))
}

/// A duration of one unit after its `P`: `20Q`, `1.5Y`, `XY`, `T2H`.
fn parse_single_duration(s: &str) -> Option<Point> {
    for (tail, unit) in [("BD", DurUnit::BusinessDay), ("WE", DurUnit::Weekend)] {
        if let Some(n) = s.strip_suffix(tail) {
            let amount = match n {
                "X" => None,
                n => Some(decimal::parse(n).ok().filter(|d| !d.is_sign_negative())?),
            };
            return Some(Form::Duration { amount, unit });
        }
    }
    let (timed, s) = match s.strip_prefix('T') {
        Some(rest) => (true, rest),
        None => (false, s),
    };
    let letter = s.chars().next_back()?;
    let number = &s[..s.len() - letter.len_utf8()];
    let unit = [
        DurUnit::Year,
        DurUnit::Quarter,
        DurUnit::Month,
        DurUnit::Week,
        DurUnit::Day,
        DurUnit::Hour,
        DurUnit::Minute,
        DurUnit::Second,
    ]
    .into_iter()
    .find(|u| u.letter() == (letter, timed))?;
    let amount = match number {
        "X" => None,
        n => Some(decimal::parse(n).ok().filter(|d| !d.is_sign_negative())?),
    };
    Some(Form::Duration { amount, unit })
}

#[cfg(feature = "serde")]
impl serde::Serialize for Timex {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for Timex {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Timex, D::Error> {
        let s = <std::borrow::Cow<'de, str> as serde::Deserialize>::deserialize(d)?;
        s.parse().map_err(<D::Error as serde::de::Error>::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::{Cal, DayPart, DurUnit, Form, Point, Season, Timex, ymd};
    use crate::types::Options;
    use chrono::NaiveDate;
    use proptest::prelude::*;
    use rust_decimal::Decimal;

    fn year() -> impl Strategy<Value = Option<i32>> {
        prop_oneof![Just(None), (0i32..=9999).prop_map(Some)]
    }

    fn date() -> impl Strategy<Value = NaiveDate> {
        (0i32..=9999, 1u32..=12, 1u32..=31).prop_filter_map("a real day", |(y, m, d)| ymd(y, m, d))
    }

    fn point() -> impl Strategy<Value = Point> {
        let part = proptest::option::of(proptest::sample::select(DayPart::ALL.to_vec()));
        let unit = proptest::sample::select(vec![
            DurUnit::Year,
            DurUnit::Half,
            DurUnit::Quarter,
            DurUnit::Month,
            DurUnit::Week,
            DurUnit::Day,
            DurUnit::Decade,
            DurUnit::Century,
            DurUnit::Hour,
            DurUnit::Minute,
            DurUnit::Second,
        ]);
        let amount =
            proptest::option::of((0i64..1_000_000, 0u32..3).prop_map(|(m, s)| Decimal::new(m, s)));
        prop_oneof![
            (date(), part).prop_map(|(date, part)| Form::Day { date, part }),
            (date(), 0u8..24, 0u8..60).prop_map(|(date, hour, minute)| Form::DayTime {
                date,
                hour,
                minute
            }),
            (1u8..=12, 1u8..=31)
                .prop_filter("a day of a leap year", |&(m, d)| ymd(
                    2000,
                    m.into(),
                    d.into()
                )
                .is_some())
                .prop_map(|(month, day)| Form::MonthDay { month, day }),
            (1u8..=7).prop_map(Form::Weekday),
            (year(), 1u8..=12).prop_map(|(year, month)| Form::Month { year, month }),
            (0i32..=9999).prop_map(Form::Year),
            Just(Form::UnknownYear),
            proptest::sample::select(Cal::ALL.to_vec()).prop_map(Form::Unresolved),
            proptest::sample::select(DayPart::ALL.to_vec()).prop_map(Form::UnresolvedPart),
            (0i32..=999).prop_map(Form::Decade),
            (0i32..=99).prop_map(Form::Century),
            (year(), 1u8..=4).prop_map(|(year, q)| Form::Quarter { year, q }),
            (year(), 1u8..=2).prop_map(|(year, h)| Form::Half { year, h }),
            (year(), proptest::sample::select(Season::ALL.to_vec()))
                .prop_map(|(year, season)| Form::Season { year, season }),
            (1i32..=9998, 1u8..=52).prop_map(|(year, week)| Form::Week { year, week }),
            (year(), 1u8..=4).prop_map(|(year, q)| Form::YearToQuarter { year, q }),
            (year(), proptest::option::of(1u8..=4))
                .prop_map(|(year, quarter)| Form::Fiscal { year, quarter }),
            Just(Form::PresentRef),
            Just(Form::PastRef),
            Just(Form::FutureRef),
            (amount, unit).prop_map(|(amount, unit)| Form::Duration { amount, unit }),
        ]
    }

    fn timex() -> impl Strategy<Value = Timex> {
        prop_oneof![
            point().prop_map(|p| Timex(p.widen())),
            (point(), point()).prop_filter_map("two ends", |(a, b)| Timex::from_ends(
                Timex(a.widen()),
                Timex(b.widen())
            )),
        ]
    }

    proptest! {
        /// `Display` then `FromStr` gives back an equal value, which prints the same string.
        #[test]
        fn display_then_parse_round_trips(t in timex()) {
            let text = t.to_string();
            let back: Timex = text.parse().map_err(|e| TestCaseError::fail(format!("{text}: {e}")))?;
            prop_assert_eq!(back, t, "{}", text);
            prop_assert_eq!(back.to_string(), text);
        }

        /// Parsing never panics.
        #[test]
        fn parse_is_total(s in "[-0-9A-Z_/.:]{0,24}") {
            if let Ok(t) = s.parse::<Timex>() {
                prop_assert_eq!(t.to_string().parse::<Timex>(), Ok(t));
            }
        }

        /// An interval covers from its first end's first day to its last end's last day.
        #[test]
        fn interval_range_is_made_of_its_ends(a in point(), b in point()) {
            let opts = Options::default();
            if let Some(t) = Timex::from_ends(Timex(a.widen()), Timex(b.widen())) {
                let (first, last) = t.interval().expect("an interval");
                match (first.range(&opts), last.range(&opts), t.range(&opts)) {
                    (Some(f), Some(l), Some(r)) => {
                        prop_assert_eq!((r.first(), r.last()), (f.first(), l.last()));
                    }
                    (_, _, r) => prop_assert!(r.is_none() || first.range(&opts).is_some()),
                }
            }
        }
    }

    #[test]
    fn values_that_print_alike_are_equal() {
        let y = |t: Timex| t.to_string();
        let first_three = Timex(Form::YearToQuarter {
            year: Some(2023),
            q: 3,
        });
        assert_eq!(y(first_three), "2023");
        assert_eq!(first_three, "2023".parse().expect("year"));
        let halves = Timex(Form::Duration {
            amount: Some(Decimal::ONE),
            unit: DurUnit::Half,
        });
        assert_eq!(y(halves), "P6M");
        assert_eq!(halves, "P6M".parse().expect("duration"));
        assert_ne!(halves, "P6Y".parse().expect("duration"));
    }

    #[test]
    fn malformed_values_are_refused() {
        for bad in [
            "",
            "2024-13",
            "2024-02-30",
            "2024-Q5",
            "2024-H3",
            "FY2024-Q0",
            "XXXX-02-30",
            "P",
            "PT3Y",
            "P-1Y",
            "P1.5",
            "2024-01/P3M",
            "2024/2025/2026",
            "2024-W54",
            "20245",
            "XXXX-WXX-8",
            "2024-06-01T25:00",
            "2024-06-01TXX",
            "Q3",
            "2024-07-01 ",
        ] {
            assert!(bad.parse::<Timex>().is_err(), "{bad:?} parsed");
        }
        let e = "2024-13".parse::<Timex>().unwrap_err();
        assert!(
            e.to_string()
                .starts_with("invalid TIMEX3 value `2024-13`: expected"),
            "{e}"
        );
    }

    #[test]
    fn the_contract_examples_parse() {
        for good in [
            "2020-09-29",
            "2013-10",
            "2019",
            "2024-Q3",
            "2024-H1",
            "FY2023",
            "XXXX-06",
            "P20Q",
            "P3Y",
            "P6M",
            "2024-01/2024-06",
            "2024-Q1/2024-Q3",
            "XXXX-03-03/XXXX-03-07",
            "2019/2021",
            "PRESENT_REF",
            "2020-09-29TMO",
            "2013-03-23T15:00",
            "XXXX-WXX-2",
            "2024-W05",
            "201",
            "20",
            "2024-SU",
            "FYXXXX-Q1",
            "PXY",
            "PT2H",
        ] {
            let t: Timex = good.parse().unwrap_or_else(|e| panic!("{good}: {e}"));
            assert_eq!(t.to_string(), good);
        }
    }

    /// Every value the extractor produces from a sample of news phrasing reads back equal.
    #[test]
    fn extracted_values_round_trip() {
        let r = crate::ReferenceDate::day(NaiveDate::from_ymd_opt(2024, 7, 15).expect("date"));
        let opts = Options::default().with_reference(Some(r));
        let text = "On September 29, 2020 and in October 2016, in the third quarter of 2023, \
            in the first half of this year, by the end of June, in FY2023, for 20 consecutive \
            quarters, over the past three months, a year earlier, this spring, last week, on \
            Tuesday morning, the first three quarters of 2023, the 1990s, at 3 pm on March 23, \
            2013, for two and a half years, 2020-2025, today.";
        let found = crate::extract(text, &opts);
        assert!(found.len() >= 12, "{found:?}");
        for t in found {
            let timex = t.timex_value();
            let back: Timex = timex
                .to_string()
                .parse()
                .unwrap_or_else(|e| panic!("{}: {e}", t.text));
            assert_eq!(back, timex, "{}", t.text);
        }
    }
}
