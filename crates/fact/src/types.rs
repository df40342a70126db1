//! The typed values of a fact.

use finnews_core::Span;

/// What kind of mention an [`Item`] is (the contract's seven kinds).
///
/// # Example
///
/// ```
/// use finnews_fact::ItemKind;
/// assert!(ItemKind::Money.is_quantity() && !ItemKind::Date.is_quantity());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ItemKind {
    /// An amount of money.
    Money,
    /// A percentage, percentage points or basis points.
    Percent,
    /// A physical or data measure.
    Measure,
    /// A plain number or count.
    Number,
    /// A rank: `5th`, `second`, `第一`.
    Ordinal,
    /// A date or period.
    Date,
    /// A length of time.
    Duration,
}

impl ItemKind {
    /// Money, percent, measure, number or ordinal.
    ///
    /// # Example
    ///
    /// ```
    /// assert!(finnews_fact::ItemKind::Ordinal.is_quantity());
    /// ```
    #[must_use]
    pub const fn is_quantity(self) -> bool {
        !matches!(self, ItemKind::Date | ItemKind::Duration)
    }
}

/// One mention as the fact linker sees it: where it is and what kind it is.
///
/// # Example
///
/// ```
/// use finnews_fact::{Item, ItemKind};
/// use finnews_core::Span;
/// let i = Item::new(Span::new(0, 4), ItemKind::Percent);
/// assert_eq!(i.kind, ItemKind::Percent);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Item {
    /// Where the mention is.
    pub span: Span,
    /// What kind of mention.
    pub kind: ItemKind,
    /// For a percent: percentage points or basis points (a change of a rate).
    pub points: bool,
}

impl Item {
    /// An item of this span and kind.
    ///
    /// # Example
    ///
    /// ```
    /// use finnews_fact::{Item, ItemKind};
    /// assert!(!Item::new(finnews_core::Span::new(0, 1), ItemKind::Number).points);
    /// ```
    #[must_use]
    pub const fn new(span: Span, kind: ItemKind) -> Item {
        Item {
            span,
            kind,
            points: false,
        }
    }

    /// The same item, marked as percentage points or basis points.
    ///
    /// # Example
    ///
    /// ```
    /// use finnews_fact::{Item, ItemKind};
    /// assert!(Item::new(finnews_core::Span::new(0, 1), ItemKind::Percent).with_points().points);
    /// ```
    #[must_use]
    pub const fn with_points(mut self) -> Item {
        self.points = true;
        self
    }
}

macro_rules! code_enum {
    ($(#[$doc:meta])* $name:ident, $what:literal, [$($(#[$vdoc:meta])* $var:ident => $code:literal),+ $(,)?]) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum $name {
            $($(#[$vdoc])* $var,)+
        }

        impl $name {
            /// Every value, in the contract's order.
            pub const ALL: [$name; [$($code),+].len()] = [$($name::$var),+];

            /// The contract's name.
            #[must_use]
            pub const fn code(self) -> &'static str {
                match self {
                    $($name::$var => $code,)+
                }
            }
        }

        finnews_core::code_text_form!($name, $what);
    };
}

code_enum!(
    /// How a value relates to its metric.
    ///
    /// # Example
    ///
    /// ```
    /// use finnews_fact::Role;
    /// assert_eq!(Role::Change.code(), "change");
    /// assert_eq!("share".parse(), Ok(Role::Share));
    /// ```
    Role, "fact role", [
        /// The metric's value (a stock at a point or a flow over a period).
        Level => "level",
        /// A movement of the metric (absolute, relative, or of a rate).
        Change => "change",
        /// A part of a whole.
        Share => "share",
        /// A position among peers.
        Rank => "rank",
    ]
);

code_enum!(
    /// The sign of a change.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(finnews_fact::Direction::Down.to_string(), "down");
    /// ```
    Direction, "fact direction", [
        /// Rose, gained, 增, 増.
        Up => "up",
        /// Fell, lost, 下降, 減.
        Down => "down",
    ]
);

code_enum!(
    /// What a change is measured against, as the text states it.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(finnews_fact::Basis::YearOnYear.code(), "year_on_year");
    /// ```
    Basis, "fact basis", [
        /// The same period a year earlier (`year on year`, `同比`, `前年比`).
        YearOnYear => "year_on_year",
        /// The previous period (`month-on-month`, `环比`, `前期比`).
        PeriodOnPeriod => "period_on_period",
        /// The start of the period (`since the beginning of the year`, `比年初`).
        SincePeriodStart => "since_period_start",
        /// Another named period (with [`Fact::compared_to`]).
        VersusPeriod => "versus_period",
    ]
);

code_enum!(
    /// Whether a value is reported, expected, planned or hypothetical.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(finnews_fact::Status::default(), finnews_fact::Status::Actual);
    /// ```
    Status, "fact status", [
        /// A reported value.
        Actual => "actual",
        /// Someone's expectation of a value not yet reported.
        Forecast => "forecast",
        /// A value an actor plans or decides for itself.
        Target => "target",
        /// A value stated under a hypothesis.
        Conditional => "conditional",
    ]
);

// The enum is declared by a macro, so `#[derive(Default)]` cannot mark its variant.
#[allow(clippy::derivable_impls)]
impl Default for Status {
    fn default() -> Status {
        Status::Actual
    }
}

code_enum!(
    /// A shift of the period: the year-earlier column of a results table.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(finnews_fact::PeriodOffset::YearEarlier.code(), "-P1Y");
    /// ```
    PeriodOffset, "period offset", [
        /// One year back (`-P1Y`).
        YearEarlier => "-P1Y",
    ]
);

/// The time a value is for.
///
/// # Example
///
/// ```
/// use finnews_fact::Period;
/// assert_eq!(Period::Mention(3).mention(), Some(3));
/// assert_eq!(Period::Reference.mention(), None);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Period {
    /// The date mention of this index.
    Mention(usize),
    /// As of the document's reference date.
    Reference,
    /// Timeless or not stated.
    #[default]
    None,
}

impl Period {
    /// The mention index, when the period is a mention.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(finnews_fact::Period::None.mention(), None);
    /// ```
    #[must_use]
    pub const fn mention(self) -> Option<usize> {
        match self {
            Period::Mention(i) => Some(i),
            _ => None,
        }
    }
}

/// A phrase of the document: its span and its text (`&str` borrowed, `String` owned).
///
/// # Example
///
/// ```
/// use finnews_fact::Phrase;
/// use finnews_core::Span;
/// let p = Phrase { span: Span::new(0, 5), text: "loans" };
/// assert_eq!(p.to_owned_phrase().text, "loans");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Phrase<T> {
    /// Byte span in the document, on character boundaries.
    pub span: Span,
    /// The text as written.
    pub text: T,
}

impl<T: AsRef<str>> Phrase<T> {
    /// The same phrase owning its text.
    ///
    /// # Example
    ///
    /// ```
    /// let p = finnews_fact::Phrase { span: finnews_core::Span::new(0, 1), text: "x" };
    /// assert_eq!(p.to_owned_phrase().text, String::from("x"));
    /// ```
    #[must_use]
    pub fn to_owned_phrase(&self) -> Phrase<String> {
        Phrase {
            span: self.span,
            text: self.text.as_ref().to_owned(),
        }
    }
}

/// One fact: a quantity mention that states something measured, with what it measures, whose
/// it is, for when, and how (output contract 1.2). `T` is the text of its phrases: `&str` from
/// [`extract`](crate::extract), `String` in an [`OwnedFact`].
///
/// # Example
///
/// ```
/// use finnews_fact::{Fact, Role, Period, Status};
/// let f: Fact<&str> = Fact::new(0, Role::Level);
/// assert_eq!((f.period, f.status), (Period::None, Status::Actual));
/// assert_eq!(f.to_owned_fact().value, 0);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Fact<T> {
    /// Index of the value's mention.
    pub value: usize,
    /// How the value relates to the metric.
    pub role: Role,
    /// The phrase naming what is measured.
    pub metric: Option<Phrase<T>>,
    /// The entity the metric belongs to.
    pub subject: Option<Phrase<T>>,
    /// The time the value is for.
    pub period: Period,
    /// A shift of the period (the year-earlier column of a results table).
    pub period_offset: Option<PeriodOffset>,
    /// The sign of a change.
    pub direction: Option<Direction>,
    /// What a change is measured against, when the text states it.
    pub basis: Option<Basis>,
    /// The date mention of the compared period.
    pub compared_to: Option<usize>,
    /// The whole of a share, the unit of a per-unit rate, the field of a rank.
    pub denominator: Option<Phrase<T>>,
    /// Restrictions that change what the number means.
    pub qualifiers: Vec<Phrase<T>>,
    /// Reported, expected, planned or hypothetical.
    pub status: Status,
}

/// A fact that owns its phrases' text.
pub type OwnedFact = Fact<String>;

impl<T> Fact<T> {
    /// A fact of this value and role, with no metric, subject or period yet.
    ///
    /// # Example
    ///
    /// ```
    /// let f: finnews_fact::Fact<String> = finnews_fact::Fact::new(2, finnews_fact::Role::Rank);
    /// assert_eq!(f.value, 2);
    /// ```
    #[must_use]
    pub fn new(value: usize, role: Role) -> Fact<T> {
        Fact {
            value,
            role,
            metric: None,
            subject: None,
            period: Period::None,
            period_offset: None,
            direction: None,
            basis: None,
            compared_to: None,
            denominator: None,
            qualifiers: Vec::new(),
            status: Status::Actual,
        }
    }
}

impl<T: AsRef<str>> Fact<T> {
    /// The same fact owning its phrases' text.
    ///
    /// # Example
    ///
    /// ```
    /// let f: finnews_fact::Fact<&str> = finnews_fact::Fact::new(1, finnews_fact::Role::Share);
    /// assert_eq!(f.to_owned_fact().role, finnews_fact::Role::Share);
    /// ```
    #[must_use]
    pub fn to_owned_fact(&self) -> OwnedFact {
        Fact {
            value: self.value,
            role: self.role,
            metric: self.metric.as_ref().map(Phrase::to_owned_phrase),
            subject: self.subject.as_ref().map(Phrase::to_owned_phrase),
            period: self.period,
            period_offset: self.period_offset,
            direction: self.direction,
            basis: self.basis,
            compared_to: self.compared_to,
            denominator: self.denominator.as_ref().map(Phrase::to_owned_phrase),
            qualifiers: self
                .qualifiers
                .iter()
                .map(Phrase::to_owned_phrase)
                .collect(),
            status: self.status,
        }
    }
}

impl Fact<String> {
    /// The same fact borrowing its phrases' text from this one.
    ///
    /// # Example
    ///
    /// ```
    /// let f: finnews_fact::OwnedFact = finnews_fact::Fact::new(1, finnews_fact::Role::Level);
    /// assert_eq!(f.as_borrowed().to_owned_fact(), f);
    /// ```
    #[must_use]
    pub fn as_borrowed(&self) -> Fact<&str> {
        fn p(x: &Phrase<String>) -> Phrase<&str> {
            Phrase {
                span: x.span,
                text: x.text.as_str(),
            }
        }
        Fact {
            value: self.value,
            role: self.role,
            metric: self.metric.as_ref().map(p),
            subject: self.subject.as_ref().map(p),
            period: self.period,
            period_offset: self.period_offset,
            direction: self.direction,
            basis: self.basis,
            compared_to: self.compared_to,
            denominator: self.denominator.as_ref().map(p),
            qualifiers: self.qualifiers.iter().map(p).collect(),
            status: self.status,
        }
    }
}

#[cfg(feature = "serde")]
mod serde_impl {
    use super::{Fact, Period, Phrase};
    use serde::de::Error as _;
    use serde::ser::SerializeMap;
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    impl<T: AsRef<str>> Serialize for Phrase<T> {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            let mut m = s.serialize_map(Some(2))?;
            m.serialize_entry("span", &self.span)?;
            m.serialize_entry("text", self.text.as_ref())?;
            m.end()
        }
    }

    impl<'de> Deserialize<'de> for Phrase<String> {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Phrase<String>, D::Error> {
            #[derive(Deserialize)]
            struct Raw {
                span: finnews_core::Span,
                text: String,
            }
            let r = Raw::deserialize(d)?;
            Ok(Phrase {
                span: r.span,
                text: r.text,
            })
        }
    }

    /// A mention index, `"reference"` or `null`.
    impl Serialize for Period {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            match self {
                Period::Mention(i) => s.serialize_u64(*i as u64),
                Period::Reference => s.serialize_str("reference"),
                Period::None => s.serialize_none(),
            }
        }
    }

    impl<'de> Deserialize<'de> for Period {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Period, D::Error> {
            #[derive(Deserialize)]
            #[serde(untagged)]
            enum Raw {
                Index(usize),
                Name(String),
            }
            match Option::<Raw>::deserialize(d)? {
                None => Ok(Period::None),
                Some(Raw::Index(i)) => Ok(Period::Mention(i)),
                Some(Raw::Name(n)) if n == "reference" => Ok(Period::Reference),
                Some(Raw::Name(n)) => Err(D::Error::custom(format!(
                    "period {n:?} is neither a mention index, \"reference\" nor null"
                ))),
            }
        }
    }

    /// The contract's key order: value, role, direction, basis, compared_to, metric, subject,
    /// period, period_offset, denominator, qualifiers, status (optional keys only when set;
    /// status only when not `actual`).
    impl<T: AsRef<str>> Serialize for Fact<T> {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            let mut m = s.serialize_map(None)?;
            m.serialize_entry("value", &self.value)?;
            m.serialize_entry("role", &self.role)?;
            if let Some(d) = self.direction {
                m.serialize_entry("direction", &d)?;
            }
            if let Some(b) = self.basis {
                m.serialize_entry("basis", &b)?;
            }
            if let Some(c) = self.compared_to {
                m.serialize_entry("compared_to", &c)?;
            }
            m.serialize_entry("metric", &self.metric)?;
            m.serialize_entry("subject", &self.subject)?;
            m.serialize_entry("period", &self.period)?;
            if let Some(o) = self.period_offset {
                m.serialize_entry("period_offset", &o)?;
            }
            if let Some(d) = &self.denominator {
                m.serialize_entry("denominator", d)?;
            }
            if !self.qualifiers.is_empty() {
                m.serialize_entry("qualifiers", &self.qualifiers)?;
            }
            if self.status != super::Status::Actual {
                m.serialize_entry("status", &self.status)?;
            }
            m.end()
        }
    }

    impl<'de> Deserialize<'de> for Fact<String> {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Fact<String>, D::Error> {
            #[derive(Deserialize)]
            struct Raw {
                value: usize,
                role: super::Role,
                #[serde(default)]
                metric: Option<Phrase<String>>,
                #[serde(default)]
                subject: Option<Phrase<String>>,
                #[serde(default)]
                period: Period,
                #[serde(default)]
                period_offset: Option<super::PeriodOffset>,
                #[serde(default)]
                direction: Option<super::Direction>,
                #[serde(default)]
                basis: Option<super::Basis>,
                #[serde(default)]
                compared_to: Option<usize>,
                #[serde(default)]
                denominator: Option<Phrase<String>>,
                #[serde(default)]
                qualifiers: Vec<Phrase<String>>,
                #[serde(default)]
                status: super::Status,
            }
            let r = Raw::deserialize(d)?;
            Ok(Fact {
                value: r.value,
                role: r.role,
                metric: r.metric,
                subject: r.subject,
                period: r.period,
                period_offset: r.period_offset,
                direction: r.direction,
                basis: r.basis,
                compared_to: r.compared_to,
                denominator: r.denominator,
                qualifiers: r.qualifiers,
                status: r.status,
            })
        }
    }
}
