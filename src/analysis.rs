use chrono::{Month, NaiveDate};
use finnews_core::Span;
use finnews_date::{ReferenceDate, Temporal};
use finnews_quantity::Quantity;
use finnews_segment::{Block, BlockKind, Sentence};

/// How [`analyze`] reads a document.
///
/// # Example
///
/// ```
/// use finnews::{Options, date::{NaiveDate, Month}};
/// let opts = Options::default()
///     .with_reference_date(NaiveDate::from_ymd_opt(2024, 7, 15))
///     .with_fiscal_year_start(Month::April);
/// assert_eq!(opts.fiscal_year_start(), Month::April);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Options {
    reference_date: Option<NaiveDate>,
    reference_overrides_dateline: bool,
    quantity: finnews_quantity::Options,
    date: finnews_date::Options,
}

impl Options {
    /// The date relative expressions resolve against when the document has no dateline of its
    /// own. A dateline found in the document wins over it.
    ///
    /// # Example
    ///
    /// ```
    /// use finnews::{analyze, Options, ReferenceSource, date::NaiveDate};
    /// let d = NaiveDate::from_ymd_opt(2024, 7, 15);
    /// let a = analyze("Loans rose.", &Options::default().with_reference_date(d));
    /// assert_eq!(a.reference_date.unwrap().source, ReferenceSource::Argument);
    /// ```
    #[must_use]
    pub fn with_reference_date(mut self, date: Option<NaiveDate>) -> Options {
        self.reference_date = date;
        self.reference_overrides_dateline = false;
        self
    }

    /// A reference date that wins even over the document's own dateline (the per-document
    /// `reference_date` of the command's JSON Lines input).
    ///
    /// # Example
    ///
    /// ```
    /// use finnews::{analyze, Options, date::NaiveDate};
    /// let d = NaiveDate::from_ymd_opt(2024, 7, 15);
    /// let a = analyze("Title\n\nSeptember 29, 2020\n\nText.", &Options::default().with_reference_date_override(d));
    /// assert_eq!(a.reference_date.unwrap().date.date(), d.unwrap());
    /// ```
    #[must_use]
    pub fn with_reference_date_override(mut self, date: Option<NaiveDate>) -> Options {
        self.reference_date = date;
        self.reference_overrides_dateline = date.is_some();
        self
    }

    /// The first month of a fiscal year (default January).
    ///
    /// # Example
    ///
    /// ```
    /// use finnews::{Options, date::Month};
    /// assert_eq!(Options::default().with_fiscal_year_start(Month::April).fiscal_year_start(), Month::April);
    /// ```
    #[must_use]
    pub fn with_fiscal_year_start(mut self, month: Month) -> Options {
        self.date = self.date.with_fiscal_year_start(month);
        self
    }

    /// The first month of a fiscal year.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(finnews::Options::default().fiscal_year_start(), finnews::date::Month::January);
    /// ```
    #[must_use]
    pub fn fiscal_year_start(&self) -> Month {
        self.date.fiscal_year_start
    }

    /// The reference date given by the caller, if any.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(finnews::Options::default().reference_date(), None);
    /// ```
    #[must_use]
    pub fn reference_date(&self) -> Option<NaiveDate> {
        self.reference_date
    }

    /// Replaces the quantity crate's options (e.g. to fix what a bare `¥` means).
    ///
    /// # Example
    ///
    /// ```
    /// use finnews::{Options, quantity::{self, Currency}};
    /// let q = quantity::Options::default().with_yen(Some(Currency::JPY));
    /// let opts = Options::default().with_quantity_options(q);
    /// # let _ = opts;
    /// ```
    #[must_use]
    pub fn with_quantity_options(mut self, options: finnews_quantity::Options) -> Options {
        self.quantity = options;
        self
    }

    /// Replaces the date crate's options (fiscal-year naming, day-first numeric dates). Its
    /// reference date is ignored: the one set here, or the dateline, is used.
    ///
    /// # Example
    ///
    /// ```
    /// use finnews::{Options, date::{self, FiscalYearNaming}};
    /// let d = date::Options::default().with_fiscal_year_naming(FiscalYearNaming::EndYear);
    /// let opts = Options::default().with_date_options(d);
    /// # let _ = opts;
    /// ```
    #[must_use]
    pub fn with_date_options(mut self, options: finnews_date::Options) -> Options {
        self.date = options;
        self
    }
}

/// Where the reference date of an [`Analysis`] came from.
///
/// # Example
///
/// ```
/// use finnews::{analyze, Options, ReferenceSource};
/// let a = analyze("Title\n\nSeptember 29, 2020\n\nText.", &Options::default());
/// assert_eq!(a.reference_date.unwrap().source, ReferenceSource::Dateline);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ReferenceSource {
    /// Found in the document.
    Dateline,
    /// Given by the caller.
    Argument,
}

impl ReferenceSource {
    /// The contract's name: `dateline` or `argument`.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(finnews::ReferenceSource::Dateline.code(), "dateline");
    /// ```
    #[must_use]
    pub const fn code(self) -> &'static str {
        match self {
            ReferenceSource::Dateline => "dateline",
            ReferenceSource::Argument => "argument",
        }
    }
}

/// The reference date a document was analysed against, and where it came from.
///
/// # Example
///
/// ```
/// use finnews::{analyze, Options, date::Grain};
/// let a = analyze("JETRO Topics\n\nOctober 2013\n\nText.", &Options::default());
/// let r = a.reference_date.unwrap();
/// assert_eq!(r.date.grain(), Grain::Month);
/// assert_eq!(r.date.date().to_string(), "2013-10-01");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ResolvedReference {
    /// The date and its grain.
    pub date: ReferenceDate,
    /// Where it came from.
    pub source: ReferenceSource,
}

/// One fact found in a document: a quantity or a temporal expression.
///
/// # Example
///
/// ```
/// use finnews::{analyze, Mention, Options};
/// let a = analyze("Up 7.7% in October 2016.", &Options::default());
/// assert_eq!(a.mentions.iter().map(Mention::text).collect::<Vec<_>>(), ["7.7%", "October 2016"]);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mention<'a> {
    /// Money, a percentage, a measure, a number or an ordinal.
    Quantity(Quantity<'a>),
    /// A date, period or duration.
    Temporal(Temporal<'a>),
}

impl<'a> Mention<'a> {
    /// Where the mention was read.
    ///
    /// # Example
    ///
    /// ```
    /// let a = finnews::analyze("Up 7.7%", &finnews::Options::default());
    /// assert_eq!(a.mentions[0].span().range(), 3..7);
    /// ```
    #[must_use]
    pub fn span(&self) -> Span {
        match self {
            Mention::Quantity(q) => q.span,
            Mention::Temporal(t) => t.span,
        }
    }

    /// The exact input slice.
    ///
    /// # Example
    ///
    /// ```
    /// let a = finnews::analyze("Up 7.7%", &finnews::Options::default());
    /// assert_eq!(a.mentions[0].text(), "7.7%");
    /// ```
    #[must_use]
    pub fn text(&self) -> &'a str {
        match self {
            Mention::Quantity(q) => q.text,
            Mention::Temporal(t) => t.text,
        }
    }

    /// The contract's `kind` of the mention.
    ///
    /// # Example
    ///
    /// ```
    /// let a = finnews::analyze("Up 7.7%", &finnews::Options::default());
    /// assert_eq!(a.mentions[0].kind(), "percent");
    /// ```
    #[must_use]
    pub fn kind(&self) -> &'static str {
        match self {
            Mention::Quantity(q) => q.kind.name(),
            Mention::Temporal(t) => match t.value {
                finnews_date::TemporalValue::Duration { .. } => "duration",
                _ => "date",
            },
        }
    }
}

/// Everything finnews found in one document.
///
/// # Example
///
/// ```
/// let a = finnews::analyze("", &finnews::Options::default());
/// assert!(a.blocks.is_empty() && a.sentences.is_empty() && a.mentions.is_empty());
/// assert!(a.reference_date.is_none());
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Analysis<'a> {
    /// The reference date relative expressions were resolved against, if any.
    pub reference_date: Option<ResolvedReference>,
    /// The blocks of the page, in order, covering every non-blank line.
    pub blocks: Vec<Block>,
    /// The sentences, in order, each inside one block.
    pub sentences: Vec<Sentence>,
    /// Every quantity and temporal expression, sorted by span start, not overlapping.
    pub mentions: Vec<Mention<'a>>,
}

/// Analyzes one document.
///
/// The reference date is, in order of precedence: an override set with
/// [`Options::with_reference_date_override`]; the document's own dateline; the date set with
/// [`Options::with_reference_date`]; none.
///
/// # Example
///
/// ```
/// use finnews::{analyze, Options};
/// let a = analyze("Mizuho signs MOU\n\nSeptember 29, 2020\n\nOver 1,800 companies.", &Options::default());
/// assert_eq!(a.blocks.len(), 3);
/// assert_eq!(a.reference_date.unwrap().date.date().to_string(), "2020-09-29");
/// ```
#[must_use]
pub fn analyze<'a>(text: &'a str, options: &Options) -> Analysis<'a> {
    let seg = finnews_segment::segment(text, &finnews_segment::Options::default());
    let given = options.reference_date.map(ReferenceDate::day);
    // The segmenter found the dateline; its date is read from that one block.
    let dateline = seg
        .blocks
        .iter()
        .find(|b| b.kind == BlockKind::Dateline)
        .and_then(|b| finnews_segment::dateline(&text[b.span.range()]))
        .and_then(|d| reference_of(d.date?, options.reference_date));
    let reference_date = match (options.reference_overrides_dateline, dateline, given) {
        (true, _, Some(d)) => Some(ResolvedReference {
            date: d,
            source: ReferenceSource::Argument,
        }),
        (_, Some(d), _) => Some(ResolvedReference {
            date: d,
            source: ReferenceSource::Dateline,
        }),
        (_, None, Some(d)) => Some(ResolvedReference {
            date: d,
            source: ReferenceSource::Argument,
        }),
        (_, None, None) => None,
    };

    let date_options = options
        .date
        .clone()
        .with_reference(reference_date.map(|r| r.date));
    let temporals = finnews_date::extract(text, &date_options);
    let quantities = finnews_quantity::extract(text, &options.quantity);
    let mentions = merge(temporals, quantities);

    Analysis {
        reference_date,
        blocks: seg.blocks,
        sentences: seg.sentences,
        mentions,
    }
}

/// The reference date a dateline's date gives: a day without a year (`CHICAGO, March 2 -`)
/// takes the year that puts it nearest to the caller's date, as undated days resolve.
fn reference_of(
    d: finnews_segment::DatelineDate,
    given: Option<NaiveDate>,
) -> Option<ReferenceDate> {
    use finnews_date::Grain;
    use finnews_segment::DatelineDate as D;
    let ymd = |y: i32, m: u8, d: u8| NaiveDate::from_ymd_opt(y, u32::from(m), u32::from(d));
    match d {
        D::Day { year, month, day } => Some(ReferenceDate::new(ymd(year, month, day)?, Grain::Day)),
        D::Month { year, month } => Some(ReferenceDate::new(ymd(year, month, 1)?, Grain::Month)),
        D::Year { year } => Some(ReferenceDate::new(ymd(year, 1, 1)?, Grain::Year)),
        D::MonthDay { month, day } => {
            let r = given?;
            let y = chrono::Datelike::year(&r);
            (y - 1..=y + 1)
                .filter_map(|y| ymd(y, month, day))
                .min_by_key(|c| (*c - r).num_days().abs())
                .map(|c| ReferenceDate::new(c, Grain::Day))
        }
        _ => None,
    }
}

/// Merges the two lists (each sorted and internally non-overlapping) into one sorted list of
/// non-overlapping mentions.
///
/// Where quantities and temporal expressions overlap, the choice is the set of mentions that
/// covers the most text (weighted interval scheduling), temporal ones winning ties: `20
/// consecutive quarters` is a duration rather than the number 20, and in `between 12 and 18
/// months` the two durations `12` and `18 months` beat the number range `12 and 18`. Cost is
/// O(n log n) in the number of mentions, with no recursion.
fn merge<'a>(temporals: Vec<Temporal<'a>>, quantities: Vec<Quantity<'a>>) -> Vec<Mention<'a>> {
    let mut all: Vec<Mention<'a>> = Vec::with_capacity(temporals.len() + quantities.len());
    all.extend(temporals.into_iter().map(Mention::Temporal));
    all.extend(quantities.into_iter().map(Mention::Quantity));
    if !any_overlap(&all) {
        all.sort_by_key(|m| m.span().start);
        return all;
    }
    all.sort_by_key(|m| (m.span().end, m.span().start));
    let ends: Vec<usize> = all.iter().map(|m| m.span().end).collect();
    // best[i]: the best weight using only the first i mentions (by end).
    let mut best: Vec<u64> = Vec::with_capacity(all.len() + 1);
    best.push(0);
    for (i, m) in all.iter().enumerate() {
        let before = ends[..i].partition_point(|&e| e <= m.span().start);
        let take = weight(m) + best[before];
        best.push(take.max(best[i]));
    }
    // Walk back to find which mentions were taken.
    let mut keep = vec![false; all.len()];
    let mut i = all.len();
    while i > 0 {
        let m = &all[i - 1];
        let before = ends[..i - 1].partition_point(|&e| e <= m.span().start);
        if weight(m) + best[before] > best[i - 1] {
            keep[i - 1] = true;
            i = before;
        } else {
            i -= 1;
        }
    }
    let mut out: Vec<Mention<'a>> = all
        .into_iter()
        .zip(keep)
        .filter_map(|(m, k)| k.then_some(m))
        .collect();
    out.sort_by_key(|m| m.span().start);
    out
}

/// Whether any two mentions overlap (the lists are each free of overlaps, so a sort by start and
/// a check of neighbours suffices).
fn any_overlap(all: &[Mention<'_>]) -> bool {
    let mut spans: Vec<Span> = all.iter().map(Mention::span).collect();
    spans.sort_unstable_by_key(|s| s.start);
    spans.windows(2).any(|w| w[0].overlaps(w[1]))
}

/// What a mention is worth when overlaps are resolved: the bytes it covers, with a small bonus
/// that makes a temporal expression win a tie with a quantity of the same length.
fn weight(m: &Mention<'_>) -> u64 {
    let len = u64::try_from(m.span().len()).unwrap_or(u64::MAX / 8);
    len.saturating_mul(4) + u64::from(matches!(m, Mention::Temporal(_)))
}

#[cfg(feature = "serde")]
mod serde_impl {
    use super::{Analysis, Mention, ResolvedReference};
    use serde::ser::{Serialize, SerializeMap, SerializeStruct, Serializer};

    impl Serialize for ResolvedReference {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            let mut m = s.serialize_map(Some(3))?;
            m.serialize_entry("date", &self.date.date().to_string())?;
            m.serialize_entry("grain", self.date.grain().code())?;
            m.serialize_entry("source", self.source.code())?;
            m.end()
        }
    }

    impl Serialize for Mention<'_> {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            match self {
                Mention::Quantity(q) => q.serialize(s),
                Mention::Temporal(t) => t.serialize(s),
            }
        }
    }

    impl Serialize for Analysis<'_> {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            let mut st = s.serialize_struct("Analysis", 4)?;
            st.serialize_field("reference_date", &self.reference_date)?;
            st.serialize_field("blocks", &self.blocks)?;
            st.serialize_field("sentences", &self.sentences)?;
            st.serialize_field("mentions", &self.mentions)?;
            st.end()
        }
    }
}
