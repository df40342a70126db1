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
pub enum TemporalValue {
    /// A calendar date or period.
    Date {
        /// TIMEX3 value: `2020-09-29`, `2013-10`, `2019`, `2024-Q3`, `2024-H1`, `FY2023`,
        /// `XXXX-06` (year unknown).
        timex: Timex,
        /// The TIMEX3 `mod` attribute (the contract's `mod` field): START, MID, END, APPROX, ...
        modifier: Option<TimexMod>,
        /// The first and last day covered, when known.
        range: Option<DateRange>,
    },
    /// A length of time.
    Duration {
        /// TIMEX3 duration: `P20Q`, `P3Y`, `P6M`.
        timex: Timex,
    },
}

impl TemporalValue {
    /// The TIMEX3 value, of a date or a duration.
    ///
    /// # Example
    ///
    /// ```
    /// use finnews_date::{extract, Options};
    /// let t = &extract("for 20 consecutive quarters", &Options::default())[0];
    /// assert_eq!(t.value.timex().to_string(), "P20Q");
    /// ```
    #[must_use]
    pub const fn timex(&self) -> Timex {
        match *self {
            TemporalValue::Date { timex, .. } | TemporalValue::Duration { timex } => timex,
        }
    }

    /// The TIMEX3 `mod` of a date (`None` for a duration).
    ///
    /// # Example
    ///
    /// ```
    /// use finnews_date::{extract, Options, TimexMod};
    /// let t = &extract("by the end of June 2024", &Options::default())[0];
    /// assert_eq!(t.value.modifier(), Some(TimexMod::End));
    /// ```
    #[must_use]
    pub const fn modifier(&self) -> Option<TimexMod> {
        match *self {
            TemporalValue::Date { modifier, .. } => modifier,
            TemporalValue::Duration { .. } => None,
        }
    }

    /// The days a date covers, when known (`None` for a duration).
    ///
    /// # Example
    ///
    /// ```
    /// use finnews_date::{extract, Options};
    /// let t = &extract("in October 2016", &Options::default())[0];
    /// let r = t.value.range().unwrap();
    /// assert_eq!((r.first().to_string(), r.last().to_string()), ("2016-10-01".into(), "2016-10-31".into()));
    /// ```
    #[must_use]
    pub const fn range(&self) -> Option<DateRange> {
        match *self {
            TemporalValue::Date { range, .. } => range,
            TemporalValue::Duration { .. } => None,
        }
    }
}

/// The TIMEX3 `mod` attribute of a date: the contract's `mod` field (`START` in `since the start
/// of the year`, `END` in `by the end of June`).
///
/// Quantities have their own qualifier, the contract's `modifier` field (`about`, `more than`),
/// which is `finnews_quantity::Modifier`: the two are different vocabularies, so different
/// types. In Rust both are read from a field called `modifier`.
///
/// Its text form (`Display`, `FromStr`, serde) is the TIMEX3 spelling.
///
/// # Example
///
/// ```
/// use finnews_date::TimexMod;
/// assert_eq!(TimexMod::OnOrAfter.code(), "ON_OR_AFTER");
/// assert_eq!(TimexMod::End.to_string(), "END");
/// assert_eq!("START".parse(), Ok(TimexMod::Start));
/// assert!("start".parse::<TimexMod>().is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TimexMod {
    /// The start of the period (`START`).
    Start,
    /// The middle of the period (`MID`).
    Mid,
    /// The end of the period (`END`).
    End,
    /// Before it (`BEFORE`).
    Before,
    /// After it (`AFTER`).
    After,
    /// On or before it (`ON_OR_BEFORE`).
    OnOrBefore,
    /// On or after it (`ON_OR_AFTER`).
    OnOrAfter,
    /// About it (`APPROX`).
    Approx,
}

/// The former name of [`TimexMod`].
#[doc(hidden)]
pub type Mod = TimexMod;

impl TimexMod {
    /// Every value.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(finnews_date::TimexMod::ALL.len(), 8);
    /// ```
    pub const ALL: [TimexMod; 8] = [
        TimexMod::Start,
        TimexMod::Mid,
        TimexMod::End,
        TimexMod::Before,
        TimexMod::After,
        TimexMod::OnOrBefore,
        TimexMod::OnOrAfter,
        TimexMod::Approx,
    ];

    /// The TIMEX3 spelling.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(finnews_date::TimexMod::End.code(), "END");
    /// ```
    #[must_use]
    pub const fn code(self) -> &'static str {
        match self {
            TimexMod::Start => "START",
            TimexMod::Mid => "MID",
            TimexMod::End => "END",
            TimexMod::Before => "BEFORE",
            TimexMod::After => "AFTER",
            TimexMod::OnOrBefore => "ON_OR_BEFORE",
            TimexMod::OnOrAfter => "ON_OR_AFTER",
            TimexMod::Approx => "APPROX",
        }
    }
}

finnews_core::code_text_form!(TimexMod, "TIMEX3 mod");

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
/// Its text form (`Display`, `FromStr`, serde) is its contract name.
///
/// # Example
///
/// ```
/// use finnews_date::Grain;
/// assert_eq!(Grain::Month.code(), "month");
/// assert_eq!("year".parse(), Ok(Grain::Year));
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
    /// Every grain, finest first.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(finnews_date::Grain::ALL[0], finnews_date::Grain::Day);
    /// ```
    pub const ALL: [Grain; 3] = [Grain::Day, Grain::Month, Grain::Year];

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

finnews_core::code_text_form!(Grain, "grain");

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
    use super::{DateRange, Grain, ReferenceDate, Temporal, TemporalValue};
    use chrono::NaiveDate;
    use serde::de::Error as _;
    use serde::ser::{SerializeMap, Serializer};
    use serde::{Deserialize, Deserializer, Serialize};

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
                        m.serialize_entry("range", r)?;
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

    /// `{"date": "YYYY-MM-DD", "grain": ...}`; other fields are ignored.
    impl<'de> Deserialize<'de> for ReferenceDate {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<ReferenceDate, D::Error> {
            #[derive(Deserialize)]
            struct Raw {
                date: NaiveDate,
                grain: Grain,
            }
            let raw = Raw::deserialize(d)?;
            let r = ReferenceDate::new(raw.date, raw.grain);
            if r.date() != raw.date {
                return Err(D::Error::custom(format!(
                    "reference date {} is not the first day of its {}",
                    raw.date, raw.grain
                )));
            }
            Ok(r)
        }
    }

    /// `["YYYY-MM-DD", "YYYY-MM-DD"]`, as in a mention's `range`.
    impl Serialize for DateRange {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            [self.first().to_string(), self.last().to_string()].serialize(s)
        }
    }

    /// `["YYYY-MM-DD", "YYYY-MM-DD"]`, the first day not after the last.
    impl<'de> Deserialize<'de> for DateRange {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<DateRange, D::Error> {
            let [first, last] = <[NaiveDate; 2]>::deserialize(d)?;
            DateRange::new(first, last)
                .ok_or_else(|| D::Error::custom("date range: the first day is after the last"))
        }
    }
}
