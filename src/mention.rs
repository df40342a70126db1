use core::fmt;

use finnews_core::Span;
use finnews_core::text::display_padded;
use finnews_date::{DateRange, Temporal, TemporalValue, Timex, TimexMod};
use finnews_quantity::{Amount, Currency, Modifier, PercentUnit, Quantity, QuantityKind, Unit};

/// One fact found in a document: a quantity or a temporal expression.
///
/// Read it with [`kind`](Mention::kind) and [`value`](Mention::value) (one flat, typed view of
/// every kind), or reach the component crate's own type with
/// [`as_quantity`](Mention::as_quantity) and [`as_temporal`](Mention::as_temporal).
///
/// # Example
///
/// ```
/// use finnews::{analyze, MentionKind, MentionValue, Options};
/// use finnews::quantity::{Amount, PercentUnit};
///
/// let a = analyze("Up 7.7% in October 2016.", &Options::default());
/// assert_eq!(a.mentions.iter().map(|m| m.text()).collect::<Vec<_>>(), ["7.7%", "October 2016"]);
/// assert_eq!(a.mentions[0].kind(), MentionKind::Percent);
/// let MentionValue::Percent { amount, unit, .. } = a.mentions[0].value() else { panic!() };
/// assert_eq!((amount.to_string(), unit), ("7.7".to_string(), PercentUnit::Percent));
/// assert_eq!(a.mentions[1].value().timex().unwrap().month(), Some(10));
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
    /// use finnews::MentionKind;
    /// let a = finnews::analyze("Up 7.7% for three years", &finnews::Options::default());
    /// assert_eq!(a.mentions[0].kind(), MentionKind::Percent);
    /// assert_eq!(a.mentions[1].kind(), MentionKind::Duration);
    /// assert_eq!(a.mentions[1].kind().to_string(), "duration");
    /// assert_eq!(a.mentions[1].kind(), "duration"); // compares with the contract's name
    /// ```
    #[must_use]
    pub fn kind(&self) -> MentionKind {
        self.value().kind()
    }

    /// What the mention says, typed: one flat enum over every kind, so a single `match` reads
    /// any mention.
    ///
    /// # Example
    ///
    /// ```
    /// use finnews::{analyze, MentionValue, Options};
    /// use finnews::quantity::Currency;
    ///
    /// let a = analyze("Loans reached RMB 398.95 billion.", &Options::default());
    /// match a.mentions[0].value() {
    ///     MentionValue::Money { amount, currency, .. } => {
    ///         assert_eq!(amount.to_string(), "398950000000");
    ///         assert_eq!(currency, Currency::CNY);
    ///     }
    ///     other => panic!("not money: {other:?}"),
    /// }
    /// ```
    #[must_use]
    pub fn value(&self) -> MentionValue {
        match self {
            Mention::Quantity(q) => MentionValue::from_quantity(q),
            Mention::Temporal(t) => MentionValue::from_temporal(t),
        }
    }

    /// The quantity, when the mention is money, a percentage, a measure, a number or an
    /// ordinal.
    ///
    /// # Example
    ///
    /// ```
    /// let a = finnews::analyze("about 160 companies in 2019", &finnews::Options::default());
    /// let q = a.mentions[0].as_quantity().unwrap();
    /// assert_eq!(q.modifier, Some(finnews::quantity::Modifier::Approx));
    /// assert!(a.mentions[1].as_quantity().is_none());
    /// ```
    #[must_use]
    pub fn as_quantity(&self) -> Option<&Quantity<'a>> {
        match self {
            Mention::Quantity(q) => Some(q),
            Mention::Temporal(_) => None,
        }
    }

    /// The temporal expression, when the mention is a date, period or duration.
    ///
    /// # Example
    ///
    /// ```
    /// let a = finnews::analyze("about 160 companies in 2019", &finnews::Options::default());
    /// let t = a.mentions[1].as_temporal().unwrap();
    /// assert_eq!(t.timex_value().year(), Some(2019));
    /// assert!(a.mentions[0].as_temporal().is_none());
    /// ```
    #[must_use]
    pub fn as_temporal(&self) -> Option<&Temporal<'a>> {
        match self {
            Mention::Temporal(t) => Some(t),
            Mention::Quantity(_) => None,
        }
    }

    /// The same mention holding its own copy of the text, independent of the analysed
    /// document.
    ///
    /// # Example
    ///
    /// ```
    /// let owned = {
    ///     let text = String::from("Up 7.7%");
    ///     let a = finnews::analyze(&text, &finnews::Options::default());
    ///     a.mentions[0].to_owned_mention()
    /// }; // `text` is gone, the owned mention lives on
    /// assert_eq!(owned.text(), "7.7%");
    /// ```
    #[must_use]
    pub fn to_owned_mention(&self) -> crate::OwnedMention {
        crate::OwnedMention::from(self)
    }
}

/// The contract's `kind` of a [`Mention`].
///
/// Its text form (`Display`, `FromStr`, serde) is the contract's name; it also compares equal to
/// that name as a string.
///
/// # Example
///
/// ```
/// use finnews::MentionKind;
/// assert_eq!(MentionKind::Money.to_string(), "money");
/// assert_eq!("duration".parse(), Ok(MentionKind::Duration));
/// assert_eq!(MentionKind::Percent, "percent");
/// let err = "price".parse::<MentionKind>().unwrap_err();
/// assert_eq!(err.to_string(), "unknown mention kind `price`: expected one of money, percent, measure, number, ordinal, date, duration");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum MentionKind {
    /// An amount of money (`RMB 398.95 billion`).
    Money,
    /// A percentage, percentage points or basis points (`7.7%`).
    Percent,
    /// A physical or data measure (`508km2`).
    Measure,
    /// A plain number (`2,316`).
    Number,
    /// A rank (`5th`).
    Ordinal,
    /// A date or period (`the end of June`).
    Date,
    /// A length of time (`20 consecutive quarters`).
    Duration,
}

impl MentionKind {
    /// Every kind, in the contract's order.
    ///
    /// # Example
    ///
    /// ```
    /// use finnews::MentionKind;
    /// for k in MentionKind::ALL {
    ///     assert_eq!(k.to_string().parse::<MentionKind>(), Ok(k));
    /// }
    /// ```
    pub const ALL: [MentionKind; 7] = [
        MentionKind::Money,
        MentionKind::Percent,
        MentionKind::Measure,
        MentionKind::Number,
        MentionKind::Ordinal,
        MentionKind::Date,
        MentionKind::Duration,
    ];

    /// The contract's name (`money`, `percent`, `measure`, `number`, `ordinal`, `date`,
    /// `duration`).
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(finnews::MentionKind::Ordinal.code(), "ordinal");
    /// ```
    #[must_use]
    pub const fn code(self) -> &'static str {
        match self {
            MentionKind::Money => "money",
            MentionKind::Percent => "percent",
            MentionKind::Measure => "measure",
            MentionKind::Number => "number",
            MentionKind::Ordinal => "ordinal",
            MentionKind::Date => "date",
            MentionKind::Duration => "duration",
        }
    }

    /// Whether mentions of this kind are quantities (money, percent, measure, number,
    /// ordinal) rather than temporal expressions.
    ///
    /// # Example
    ///
    /// ```
    /// use finnews::MentionKind;
    /// assert!(MentionKind::Money.is_quantity());
    /// assert!(!MentionKind::Date.is_quantity());
    /// ```
    #[must_use]
    pub const fn is_quantity(self) -> bool {
        !matches!(self, MentionKind::Date | MentionKind::Duration)
    }
}

finnews_core::code_text_form!(MentionKind, "mention kind");

impl PartialEq<str> for MentionKind {
    fn eq(&self, other: &str) -> bool {
        self.code() == other
    }
}

impl PartialEq<&str> for MentionKind {
    fn eq(&self, other: &&str) -> bool {
        self.code() == *other
    }
}

/// What a [`Mention`] says, typed: the value fields of the contract's mention, one variant per
/// [`MentionKind`].
///
/// `Display` writes a short human form: the modifier, the amount and the currency or unit code
/// for quantities (`approx 160`, `398950000000 CNY`, `7.7 percent`); the TIMEX3 value and its
/// `mod` for dates (`2024-06 END`). It is for people; the contract's JSON is the exchange form.
///
/// # Example
///
/// ```
/// use finnews::{analyze, MentionValue, Options};
/// let a = analyze("about 160 companies, RMB 3 billion, by the end of June 2024", &Options::default());
/// let shown: Vec<String> = a.mentions.iter().map(|m| m.value().to_string()).collect();
/// assert_eq!(shown, ["approx 160", "3000000000 CNY", "2024-06 END"]);
/// assert!(matches!(a.mentions[0].value(), MentionValue::Number { .. }));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MentionValue {
    /// An amount of money.
    Money {
        /// The value (scale applied), or the two ends of a written range.
        amount: Amount,
        /// The ISO 4217 currency.
        currency: Currency,
        /// `about`, `more than`, ... (the contract's `modifier`).
        modifier: Option<Modifier>,
    },
    /// A percentage, percentage points or basis points.
    Percent {
        /// The value as written (`7.7` for `7.7%`).
        amount: Amount,
        /// Which of the three.
        unit: PercentUnit,
        /// `about`, `more than`, ... (the contract's `modifier`).
        modifier: Option<Modifier>,
    },
    /// A measure in a canonical unit.
    Measure {
        /// The value (scale applied).
        amount: Amount,
        /// The canonical unit; its dimension is [`Unit::dimension`].
        unit: Unit,
        /// `about`, `more than`, ... (the contract's `modifier`).
        modifier: Option<Modifier>,
    },
    /// A plain number.
    Number {
        /// The value (scale applied).
        amount: Amount,
        /// `about`, `more than`, ... (the contract's `modifier`).
        modifier: Option<Modifier>,
    },
    /// A rank.
    Ordinal {
        /// The rank (`5` for `5th`).
        amount: Amount,
    },
    /// A date or period.
    Date {
        /// The TIMEX3 value.
        timex: Timex,
        /// The TIMEX3 `mod` (the contract's `mod`).
        modifier: Option<TimexMod>,
        /// The first and last day covered, when known.
        range: Option<DateRange>,
    },
    /// A length of time.
    Duration {
        /// The TIMEX3 duration (`P20Q`).
        timex: Timex,
    },
}

impl MentionValue {
    fn from_quantity(q: &Quantity<'_>) -> MentionValue {
        let (amount, modifier) = (q.amount, q.modifier);
        match q.kind {
            QuantityKind::Money { currency } => MentionValue::Money {
                amount,
                currency,
                modifier,
            },
            QuantityKind::Percent { unit } => MentionValue::Percent {
                amount,
                unit,
                modifier,
            },
            QuantityKind::Measure { unit } => MentionValue::Measure {
                amount,
                unit,
                modifier,
            },
            QuantityKind::Number => MentionValue::Number { amount, modifier },
            QuantityKind::Ordinal => MentionValue::Ordinal { amount },
        }
    }

    fn from_temporal(t: &Temporal<'_>) -> MentionValue {
        match t.value {
            TemporalValue::Date {
                timex,
                modifier,
                range,
            } => MentionValue::Date {
                timex,
                modifier,
                range,
            },
            TemporalValue::Duration { timex } => MentionValue::Duration { timex },
        }
    }

    /// The kind of mention this is the value of.
    ///
    /// # Example
    ///
    /// ```
    /// use finnews::{MentionKind, MentionValue, quantity::{Amount, Decimal}};
    /// let v = MentionValue::Ordinal { amount: Amount::Exact(Decimal::from(5)) };
    /// assert_eq!(v.kind(), MentionKind::Ordinal);
    /// ```
    #[must_use]
    pub const fn kind(&self) -> MentionKind {
        match self {
            MentionValue::Money { .. } => MentionKind::Money,
            MentionValue::Percent { .. } => MentionKind::Percent,
            MentionValue::Measure { .. } => MentionKind::Measure,
            MentionValue::Number { .. } => MentionKind::Number,
            MentionValue::Ordinal { .. } => MentionKind::Ordinal,
            MentionValue::Date { .. } => MentionKind::Date,
            MentionValue::Duration { .. } => MentionKind::Duration,
        }
    }

    /// The amount of a quantity (`None` for dates and durations).
    ///
    /// # Example
    ///
    /// ```
    /// let a = finnews::analyze("2-3 billion yuan", &finnews::Options::default());
    /// let amount = a.mentions[0].value().amount().unwrap();
    /// assert_eq!(amount.to_string(), "2000000000-3000000000");
    /// ```
    #[must_use]
    pub const fn amount(&self) -> Option<Amount> {
        match *self {
            MentionValue::Money { amount, .. }
            | MentionValue::Percent { amount, .. }
            | MentionValue::Measure { amount, .. }
            | MentionValue::Number { amount, .. }
            | MentionValue::Ordinal { amount } => Some(amount),
            MentionValue::Date { .. } | MentionValue::Duration { .. } => None,
        }
    }

    /// The TIMEX3 value of a date or duration (`None` for quantities).
    ///
    /// # Example
    ///
    /// ```
    /// let a = finnews::analyze("in the third quarter of 2023", &finnews::Options::default());
    /// let timex = a.mentions[0].value().timex().unwrap();
    /// assert_eq!((timex.year(), timex.quarter()), (Some(2023), Some(3)));
    /// ```
    #[must_use]
    pub const fn timex(&self) -> Option<Timex> {
        match *self {
            MentionValue::Date { timex, .. } | MentionValue::Duration { timex } => Some(timex),
            _ => None,
        }
    }

    /// The quantity's `modifier` (`about`, `more than`, ...); `None` for dates, whose
    /// qualifier is the TIMEX3 `mod` in [`MentionValue::Date`].
    ///
    /// # Example
    ///
    /// ```
    /// use finnews::quantity::Modifier;
    /// let a = finnews::analyze("more than 1,800 companies", &finnews::Options::default());
    /// assert_eq!(a.mentions[0].value().modifier(), Some(Modifier::Over));
    /// ```
    #[must_use]
    pub const fn modifier(&self) -> Option<Modifier> {
        match *self {
            MentionValue::Money { modifier, .. }
            | MentionValue::Percent { modifier, .. }
            | MentionValue::Measure { modifier, .. }
            | MentionValue::Number { modifier, .. } => modifier,
            _ => None,
        }
    }
}

impl fmt::Display for MentionValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Padded as a whole when a width is given (`{:<24}` lines values up in a table).
        display_padded(f, |w| {
            if let Some(m) = self.modifier() {
                write!(w, "{m} ")?;
            }
            match *self {
                MentionValue::Money {
                    amount, currency, ..
                } => write!(w, "{amount} {}", currency.code()),
                MentionValue::Percent { amount, unit, .. } => write!(w, "{amount} {unit}"),
                MentionValue::Measure { amount, unit, .. } => write!(w, "{amount} {unit}"),
                MentionValue::Number { amount, .. } | MentionValue::Ordinal { amount } => {
                    write!(w, "{amount}")
                }
                MentionValue::Date {
                    timex, modifier, ..
                } => match modifier {
                    Some(m) => write!(w, "{timex} {m}"),
                    None => write!(w, "{timex}"),
                },
                MentionValue::Duration { timex } => write!(w, "{timex}"),
            }
        })
    }
}
