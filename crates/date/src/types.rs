use chrono::{Month, NaiveDate};
use finnews_core::Span;

use crate::timex::Timex;

/// One temporal expression found in a text.
///
/// # Example
///
/// ```
/// use finnews_date::{extract, Options, TemporalValue};
/// let t = &extract("founded in October 2016", &Options::default())[0];
/// assert_eq!(t.text, "October 2016");
/// assert_eq!(t.timex(), "2016-10");
/// assert!(matches!(t.value, TemporalValue::Date { .. }));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Temporal<'a> {
    /// Where it was read: byte offsets into the text given to [`extract`](crate::extract).
    /// Prepositions (`by`, `since`, `on`, `in`) are left out; determiners and qualifiers
    /// (`the end of June`) are kept.
    pub span: Span,
    /// The exact slice of the input at `span`.
    pub text: &'a str,
    /// What it means.
    pub value: TemporalValue,
}

impl Temporal<'_> {
    /// The TIMEX3 value, as the contract writes it (`2020-09-29`, `XXXX-H1`, `P20Q`).
    ///
    /// # Example
    ///
    /// ```
    /// use finnews_date::{extract, Options};
    /// assert_eq!(extract("in 2019", &Options::default())[0].timex(), "2019");
    /// ```
    #[must_use]
    pub fn timex(&self) -> String {
        self.timex_value().to_string()
    }

    /// The typed TIMEX3 value.
    ///
    /// # Example
    ///
    /// ```
    /// use finnews_date::{extract, Options};
    /// let t = &extract("for 20 consecutive quarters", &Options::default())[0];
    /// assert!(t.timex_value().is_duration());
    /// ```
    #[must_use]
    pub fn timex_value(&self) -> Timex {
        match &self.value {
            TemporalValue::Date { timex, .. } | TemporalValue::Duration { timex } => *timex,
        }
    }
}

/// The meaning of a [`Temporal`]: a date or period, or a duration.
///
/// # Example
///
/// ```
/// use finnews_date::{extract, Options, TemporalValue};
/// let t = &extract("for 20 consecutive quarters", &Options::default())[0];
/// assert!(matches!(t.value, TemporalValue::Duration { .. }));
/// assert_eq!(t.timex(), "P20Q");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum TemporalValue {
    /// A calendar date or period.
    Date {
        /// TIMEX3 value: `2020-09-29`, `2013-10`, `2019`, `2024-Q3`, `2024-H1`, `FY2023`,
        /// `XXXX-06` (year unknown).
        timex: Timex,
        /// TIMEX3 `mod`: START, MID, END, APPROX, ...
        modifier: Option<Mod>,
        /// The first and last day covered, when known.
        range: Option<DateRange>,
    },
    /// A length of time.
    Duration {
        /// TIMEX3 duration: `P20Q`, `P3Y`, `P6M`.
        timex: Timex,
    },
}

/// The TIMEX3 `mod` attribute.
///
/// # Example
///
/// ```
/// assert_eq!(finnews_date::Mod::OnOrAfter.code(), "ON_OR_AFTER");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[allow(missing_docs)] // the TIMEX3 names say it
pub enum Mod {
    Start,
    Mid,
    End,
    Before,
    After,
    OnOrBefore,
    OnOrAfter,
    Approx,
}

impl Mod {
    /// The TIMEX3 spelling.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(finnews_date::Mod::End.code(), "END");
    /// ```
    #[must_use]
    pub const fn code(self) -> &'static str {
        match self {
            Mod::Start => "START",
            Mod::Mid => "MID",
            Mod::End => "END",
            Mod::Before => "BEFORE",
            Mod::After => "AFTER",
            Mod::OnOrBefore => "ON_OR_BEFORE",
            Mod::OnOrAfter => "ON_OR_AFTER",
            Mod::Approx => "APPROX",
        }
    }
}

/// The first and last day a date or period covers; `first <= last` always holds.
///
/// # Example
///
/// ```
/// use finnews_date::{DateRange, NaiveDate};
/// let d = |m, day| NaiveDate::from_ymd_opt(2024, m, day).unwrap();
/// let h1 = DateRange::new(d(1, 1), d(6, 30)).unwrap();
/// assert_eq!(h1.first(), d(1, 1));
/// assert!(DateRange::new(d(6, 30), d(1, 1)).is_none());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct DateRange {
    first: NaiveDate,
    last: NaiveDate,
}

impl DateRange {
    /// The range from `first` to `last`, or `None` when `first` is after `last`.
    ///
    /// # Example
    ///
    /// ```
    /// use finnews_date::{DateRange, NaiveDate};
    /// let d = NaiveDate::from_ymd_opt(2020, 9, 29).unwrap();
    /// assert!(DateRange::new(d, d).is_some());
    /// ```
    #[must_use]
    pub fn new(first: NaiveDate, last: NaiveDate) -> Option<DateRange> {
        (first <= last).then_some(DateRange { first, last })
    }

    /// The first day covered.
    ///
    /// # Example
    ///
    /// ```
    /// use finnews_date::{DateRange, NaiveDate};
    /// let d = NaiveDate::from_ymd_opt(2020, 9, 29).unwrap();
    /// assert_eq!(DateRange::new(d, d).unwrap().first(), d);
    /// ```
    #[must_use]
    pub const fn first(self) -> NaiveDate {
        self.first
    }

    /// The last day covered.
    ///
    /// # Example
    ///
    /// ```
    /// use finnews_date::{DateRange, NaiveDate};
    /// let d = NaiveDate::from_ymd_opt(2020, 9, 29).unwrap();
    /// assert_eq!(DateRange::new(d, d).unwrap().last(), d);
    /// ```
    #[must_use]
    pub const fn last(self) -> NaiveDate {
        self.last
    }
}

/// How precise a [`ReferenceDate`] is.
///
/// # Example
///
/// ```
/// assert_eq!(finnews_date::Grain::Month.code(), "month");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Grain {
    /// A day: `September 29, 2020`.
    Day,
    /// A month: `October 2013`.
    Month,
    /// A year: `2019`.
    Year,
}

impl Grain {
    /// The contract's name: `day`, `month` or `year`.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(finnews_date::Grain::Day.code(), "day");
    /// ```
    #[must_use]
    pub const fn code(self) -> &'static str {
        match self {
            Grain::Day => "day",
            Grain::Month => "month",
            Grain::Year => "year",
        }
    }
}

/// The date relative expressions resolve against, with its precision.
///
/// For a month or year grain, `date` is the first day of that month or year.
///
/// # Example
///
/// ```
/// use finnews_date::{ReferenceDate, Grain, NaiveDate};
/// let r = ReferenceDate::new(NaiveDate::from_ymd_opt(2013, 10, 17).unwrap(), Grain::Month);
/// assert_eq!(r.date(), NaiveDate::from_ymd_opt(2013, 10, 1).unwrap());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ReferenceDate {
    date: NaiveDate,
    grain: Grain,
}

impl ReferenceDate {
    /// A reference date of the given grain; the date is truncated to the start of its month or
    /// year for the coarser grains.
    ///
    /// # Example
    ///
    /// ```
    /// use finnews_date::{ReferenceDate, Grain, NaiveDate};
    /// let r = ReferenceDate::new(NaiveDate::from_ymd_opt(2019, 5, 5).unwrap(), Grain::Year);
    /// assert_eq!(r.date().to_string(), "2019-01-01");
    /// ```
    #[must_use]
    pub fn new(date: NaiveDate, grain: Grain) -> ReferenceDate {
        use chrono::Datelike;
        let date = match grain {
            Grain::Day => date,
            Grain::Month => date.with_day(1).unwrap_or(date),
            Grain::Year => date.with_ordinal(1).unwrap_or(date),
        };
        ReferenceDate { date, grain }
    }

    /// A reference date of day grain.
    ///
    /// # Example
    ///
    /// ```
    /// use finnews_date::{ReferenceDate, Grain, NaiveDate};
    /// let r = ReferenceDate::day(NaiveDate::from_ymd_opt(2024, 7, 15).unwrap());
    /// assert_eq!(r.grain(), Grain::Day);
    /// ```
    #[must_use]
    pub fn day(date: NaiveDate) -> ReferenceDate {
        ReferenceDate {
            date,
            grain: Grain::Day,
        }
    }

    /// The date (first day of the month or year for coarser grains).
    ///
    /// # Example
    ///
    /// ```
    /// use finnews_date::{ReferenceDate, NaiveDate};
    /// let d = NaiveDate::from_ymd_opt(2024, 7, 15).unwrap();
    /// assert_eq!(ReferenceDate::day(d).date(), d);
    /// ```
    #[must_use]
    pub const fn date(self) -> NaiveDate {
        self.date
    }

    /// How precise the date is.
    ///
    /// # Example
    ///
    /// ```
    /// use finnews_date::{ReferenceDate, Grain, NaiveDate};
    /// let d = NaiveDate::from_ymd_opt(2024, 7, 15).unwrap();
    /// assert_eq!(ReferenceDate::day(d).grain(), Grain::Day);
    /// ```
    #[must_use]
    pub const fn grain(self) -> Grain {
        self.grain
    }
}

/// Whether a fiscal year is named by the calendar year it starts in or the one it ends in.
///
/// # Example
///
/// ```
/// use finnews_date::{FiscalYearNaming, Options};
/// assert_eq!(Options::default().fiscal_year_naming, FiscalYearNaming::StartYear);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum FiscalYearNaming {
    /// `FY2023` starts in 2023 (Japanese companies; the contract's default).
    #[default]
    StartYear,
    /// `FY2023` ends in 2023 (US federal government, many US companies).
    EndYear,
}

/// How [`extract`](crate::extract) resolves expressions.
///
/// # Example
///
/// ```
/// use finnews_date::{Options, Month};
/// let o = Options::default().with_fiscal_year_start(Month::April);
/// assert_eq!(o.fiscal_year_start, Month::April);
/// assert!(o.reference.is_none());
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Options {
    /// The date relative expressions resolve against; `None` leaves them unresolved.
    pub reference: Option<ReferenceDate>,
    /// The first month of a fiscal year (default January).
    pub fiscal_year_start: Month,
    /// Whether `FY2023` is named by its start or end year.
    pub fiscal_year_naming: FiscalYearNaming,
    /// Whether `9/10/2020` is read day first (`true`) or, as by default, month first (US order).
    pub day_first: bool,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            reference: None,
            fiscal_year_start: Month::January,
            fiscal_year_naming: FiscalYearNaming::StartYear,
            day_first: false,
        }
    }
}

impl Options {
    /// Sets the reference date.
    ///
    /// # Example
    ///
    /// ```
    /// use finnews_date::{Options, ReferenceDate, NaiveDate};
    /// let r = ReferenceDate::day(NaiveDate::from_ymd_opt(2024, 7, 15).unwrap());
    /// assert_eq!(Options::default().with_reference(Some(r)).reference, Some(r));
    /// ```
    #[must_use]
    pub fn with_reference(mut self, reference: Option<ReferenceDate>) -> Options {
        self.reference = reference;
        self
    }

    /// Sets the first month of the fiscal year.
    ///
    /// # Example
    ///
    /// ```
    /// use finnews_date::{Options, Month};
    /// assert_eq!(Options::default().with_fiscal_year_start(Month::April).fiscal_year_start, Month::April);
    /// ```
    #[must_use]
    pub fn with_fiscal_year_start(mut self, month: Month) -> Options {
        self.fiscal_year_start = month;
        self
    }

    /// Sets how fiscal years are named.
    ///
    /// # Example
    ///
    /// ```
    /// use finnews_date::{Options, FiscalYearNaming};
    /// let o = Options::default().with_fiscal_year_naming(FiscalYearNaming::EndYear);
    /// assert_eq!(o.fiscal_year_naming, FiscalYearNaming::EndYear);
    /// ```
    #[must_use]
    pub fn with_fiscal_year_naming(mut self, naming: FiscalYearNaming) -> Options {
        self.fiscal_year_naming = naming;
        self
    }

    /// Reads all-numeric dates day first (`29/9/2020`) instead of month first.
    ///
    /// # Example
    ///
    /// ```
    /// assert!(finnews_date::Options::default().with_day_first(true).day_first);
    /// ```
    #[must_use]
    pub fn with_day_first(mut self, day_first: bool) -> Options {
        self.day_first = day_first;
        self
    }
}

#[cfg(feature = "serde")]
mod serde_impl {
    use super::{ReferenceDate, Temporal, TemporalValue};
    use serde::ser::{Serialize, SerializeMap, Serializer};

    impl Serialize for Temporal<'_> {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            let mut m = s.serialize_map(None)?;
            match &self.value {
                TemporalValue::Date {
                    timex,
                    modifier,
                    range,
                } => {
                    m.serialize_entry("kind", "date")?;
                    m.serialize_entry("span", &self.span)?;
                    m.serialize_entry("text", self.text)?;
                    m.serialize_entry("timex", &timex.to_string())?;
                    if let Some(md) = modifier {
                        m.serialize_entry("mod", md.code())?;
                    }
                    if let Some(r) = range {
                        let pair = [r.first().to_string(), r.last().to_string()];
                        m.serialize_entry("range", &pair)?;
                    }
                }
                TemporalValue::Duration { timex } => {
                    m.serialize_entry("kind", "duration")?;
                    m.serialize_entry("span", &self.span)?;
                    m.serialize_entry("text", self.text)?;
                    m.serialize_entry("timex", &timex.to_string())?;
                }
            }
            m.end()
        }
    }

    impl Serialize for ReferenceDate {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            let mut m = s.serialize_map(Some(2))?;
            m.serialize_entry("date", &self.date().to_string())?;
            m.serialize_entry("grain", self.grain().code())?;
            m.end()
        }
    }
}
