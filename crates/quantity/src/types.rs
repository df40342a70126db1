use core::fmt;
use core::str::FromStr;

use crate::iso::Currency;
use finnews_core::decimal::{self, canonical};
use finnews_core::text::display_padded;
use finnews_core::{FromStrError, Span};
use rust_decimal::Decimal;

use crate::units::Unit;

/// One quantity found in a text.
///
/// # Example
///
/// ```
/// use finnews_quantity::{extract, Options, QuantityKind, PercentUnit, Amount};
/// let q = &extract("loans rose 7.7% on the year", &Options::default())[0];
/// assert_eq!(q.text, "7.7%");
/// assert_eq!(&"loans rose 7.7% on the year"[q.span.range()], "7.7%");
/// assert_eq!(q.kind, QuantityKind::Percent { unit: PercentUnit::Percent });
/// assert_eq!(q.amount, Amount::Exact("7.7".parse().unwrap()));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quantity<'a> {
    /// Where it was read: byte offsets into the text given to [`extract`](crate::extract).
    pub span: Span,
    /// The exact slice of the input at `span`, modifier words included (`about 160`).
    pub text: &'a str,
    /// What is counted: money in a currency, a percentage, a measure, a number, an ordinal.
    pub kind: QuantityKind,
    /// The value, or the two ends of a written range (`3-5 billion`), scale applied.
    pub amount: Amount,
    /// A hedge or bound written before it (`about`, `more than`, `up to`).
    pub modifier: Option<Modifier>,
}

/// What a [`Quantity`] counts.
///
/// Its text form (`Display` and `FromStr`) is the contract's `kind` name, followed for money,
/// percentages and measures by `:` and the contract's code of the currency or unit:
/// `money:CNY`, `percent:basis_point`, `measure:km2`, `number`, `ordinal`.
///
/// # Example
///
/// ```
/// use finnews_quantity::{QuantityKind, Currency, Unit};
/// let k = QuantityKind::Money { currency: Currency::USD };
/// assert_eq!(k.name(), "money");
/// assert_eq!(k.to_string(), "money:USD");
/// assert_eq!("measure:km2".parse(), Ok(QuantityKind::Measure { unit: Unit::Km2 }));
/// assert_eq!("number".parse(), Ok(QuantityKind::Number));
/// assert!("money:XYZ".parse::<QuantityKind>().is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum QuantityKind {
    /// An amount of money in an ISO 4217 currency.
    Money {
        /// The currency, resolved from a code, symbol or name (and, for `¥`, from context).
        currency: Currency,
    },
    /// A percentage, a change in percentage points, or basis points.
    Percent {
        /// Which of the three.
        unit: PercentUnit,
    },
    /// A physical or data measure in one of the canonical units.
    Measure {
        /// The canonical unit; its dimension is [`Unit::dimension`].
        unit: Unit,
    },
    /// A plain count or number.
    Number,
    /// A rank or position: `5th`, `second`, `第五`.
    Ordinal,
}

impl QuantityKind {
    /// The contract's `kind` name: `money`, `percent`, `measure`, `number` or `ordinal`.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(finnews_quantity::QuantityKind::Number.name(), "number");
    /// ```
    #[must_use]
    pub const fn name(self) -> &'static str {
        match self {
            QuantityKind::Money { .. } => "money",
            QuantityKind::Percent { .. } => "percent",
            QuantityKind::Measure { .. } => "measure",
            QuantityKind::Number => "number",
            QuantityKind::Ordinal => "ordinal",
        }
    }

    /// The currency of money.
    ///
    /// # Example
    ///
    /// ```
    /// use finnews_quantity::{QuantityKind, Currency};
    /// assert_eq!(QuantityKind::Money { currency: Currency::EUR }.currency(), Some(Currency::EUR));
    /// assert_eq!(QuantityKind::Number.currency(), None);
    /// ```
    #[must_use]
    pub const fn currency(self) -> Option<Currency> {
        match self {
            QuantityKind::Money { currency } => Some(currency),
            _ => None,
        }
    }

    /// The unit of a measure.
    ///
    /// # Example
    ///
    /// ```
    /// use finnews_quantity::{QuantityKind, Unit};
    /// assert_eq!(QuantityKind::Measure { unit: Unit::Teu }.unit(), Some(Unit::Teu));
    /// assert_eq!(QuantityKind::Ordinal.unit(), None);
    /// ```
    #[must_use]
    pub const fn unit(self) -> Option<Unit> {
        match self {
            QuantityKind::Measure { unit } => Some(unit),
            _ => None,
        }
    }

    /// The unit of a percentage.
    ///
    /// # Example
    ///
    /// ```
    /// use finnews_quantity::{QuantityKind, PercentUnit};
    /// let k = QuantityKind::Percent { unit: PercentUnit::PercentagePoint };
    /// assert_eq!(k.percent_unit(), Some(PercentUnit::PercentagePoint));
    /// ```
    #[must_use]
    pub const fn percent_unit(self) -> Option<PercentUnit> {
        match self {
            QuantityKind::Percent { unit } => Some(unit),
            _ => None,
        }
    }
}

impl fmt::Display for QuantityKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        display_padded(f, |w| {
            w.write_str(self.name())?;
            match *self {
                QuantityKind::Money { currency } => write!(w, ":{}", currency.code()),
                QuantityKind::Percent { unit } => write!(w, ":{}", unit.code()),
                QuantityKind::Measure { unit } => write!(w, ":{}", unit.code()),
                QuantityKind::Number | QuantityKind::Ordinal => Ok(()),
            }
        })
    }
}

impl FromStr for QuantityKind {
    type Err = FromStrError;

    fn from_str(s: &str) -> Result<QuantityKind, FromStrError> {
        let (name, detail) = match s.split_once(':') {
            Some((n, d)) => (n, Some(d)),
            None => (s, None),
        };
        let bad = || {
            FromStrError::new("quantity kind", s)
                .with_reason("expected `money:<ISO 4217 code>`, `percent:<unit>`, `measure:<unit>`, `number` or `ordinal`")
        };
        Ok(match (name, detail) {
            ("money", Some(code)) => QuantityKind::Money {
                currency: Currency::from_code(code).ok_or_else(bad)?,
            },
            ("percent", Some(code)) => QuantityKind::Percent {
                unit: code.parse().map_err(|_| bad())?,
            },
            ("measure", Some(code)) => QuantityKind::Measure {
                unit: code.parse().map_err(|_| bad())?,
            },
            ("number", None) => QuantityKind::Number,
            ("ordinal", None) => QuantityKind::Ordinal,
            _ => return Err(bad()),
        })
    }
}

/// The unit of a percentage.
///
/// Its text form (`Display`, `FromStr`, serde) is its contract code.
///
/// # Example
///
/// ```
/// use finnews_quantity::PercentUnit;
/// assert_eq!(PercentUnit::BasisPoint.code(), "basis_point");
/// assert_eq!(PercentUnit::BasisPoint.to_string(), "basis_point");
/// assert_eq!("percentage_point".parse(), Ok(PercentUnit::PercentagePoint));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PercentUnit {
    /// `7.7%`, `12.99 percent`, `5 per cent`, `3 pct`.
    Percent,
    /// `0.25 percentage points`.
    PercentagePoint,
    /// `50 basis points`, `50bp`, `50 bps`.
    BasisPoint,
}

impl PercentUnit {
    /// Every percentage unit.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(finnews_quantity::PercentUnit::ALL.len(), 3);
    /// ```
    pub const ALL: [PercentUnit; 3] = [
        PercentUnit::Percent,
        PercentUnit::PercentagePoint,
        PercentUnit::BasisPoint,
    ];

    /// The contract's code: `percent`, `percentage_point` or `basis_point`.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(finnews_quantity::PercentUnit::Percent.code(), "percent");
    /// ```
    #[must_use]
    pub const fn code(self) -> &'static str {
        match self {
            PercentUnit::Percent => "percent",
            PercentUnit::PercentagePoint => "percentage_point",
            PercentUnit::BasisPoint => "basis_point",
        }
    }
}

finnews_core::code_text_form!(PercentUnit, "percent unit");

/// A quantity's value: one number, or the two ends of a written range.
///
/// Values are exact and have the scale word applied (`1.5 crore` is `15000000`).
///
/// Its text form (`Display` and `FromStr`) writes each decimal as the output contract does, in
/// shortest exact form ([`finnews_core::decimal::canonical`]: `398950000000`, not
/// `398950000000.00`), and a range as `low-high` (`3-5`, `-2--1`).
///
/// # Example
///
/// ```
/// use finnews_quantity::{Amount, Decimal};
/// let r = Amount::Range { low: Decimal::from(3), high: Decimal::from(5) };
/// assert_eq!(r.low(), Decimal::from(3));
/// assert_eq!(r.to_string(), "3-5");
/// assert_eq!(format!("[{r:>5}]"), "[  3-5]");
/// assert_eq!(Amount::Exact(Decimal::TEN).high(), Decimal::TEN);
///
/// let exact: Amount = "398950000000.00".parse()?;
/// assert_eq!(exact.value(), Some(Decimal::from(398_950_000_000_u64)));
/// assert_eq!(exact.to_string(), "398950000000");
/// assert_eq!("-2--1".parse::<Amount>()?, Amount::Range { low: Decimal::from(-2), high: Decimal::from(-1) });
/// # Ok::<(), finnews_quantity::FromStrError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Amount {
    /// A single value.
    Exact(Decimal),
    /// A range `low`–`high`, as written (`3 to 5 billion yuan`, `5%-7%`).
    Range {
        /// The lower end as written.
        low: Decimal,
        /// The upper end as written.
        high: Decimal,
    },
}

impl Amount {
    /// The single value, or the lower end of a range.
    ///
    /// # Example
    ///
    /// ```
    /// use finnews_quantity::{Amount, Decimal};
    /// assert_eq!(Amount::Exact(Decimal::ONE).low(), Decimal::ONE);
    /// ```
    #[must_use]
    pub const fn low(self) -> Decimal {
        match self {
            Amount::Exact(v) | Amount::Range { low: v, .. } => v,
        }
    }

    /// The single value, or the upper end of a range.
    ///
    /// # Example
    ///
    /// ```
    /// use finnews_quantity::{Amount, Decimal};
    /// assert_eq!(Amount::Exact(Decimal::ONE).high(), Decimal::ONE);
    /// ```
    #[must_use]
    pub const fn high(self) -> Decimal {
        match self {
            Amount::Exact(v) | Amount::Range { high: v, .. } => v,
        }
    }

    /// The value, when it is a single one (not a range).
    ///
    /// # Example
    ///
    /// ```
    /// use finnews_quantity::{Amount, Decimal};
    /// assert_eq!(Amount::Exact(Decimal::ONE).value(), Some(Decimal::ONE));
    /// assert_eq!(Amount::Range { low: Decimal::ONE, high: Decimal::TWO }.value(), None);
    /// ```
    #[must_use]
    pub const fn value(self) -> Option<Decimal> {
        match self {
            Amount::Exact(v) => Some(v),
            Amount::Range { .. } => None,
        }
    }

    /// Whether this is a written range.
    ///
    /// # Example
    ///
    /// ```
    /// use finnews_quantity::{Amount, Decimal};
    /// assert!(Amount::Range { low: Decimal::ONE, high: Decimal::TWO }.is_range());
    /// assert!(!Amount::Exact(Decimal::ONE).is_range());
    /// ```
    #[must_use]
    pub const fn is_range(self) -> bool {
        matches!(self, Amount::Range { .. })
    }
}

impl fmt::Display for Amount {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        display_padded(f, |w| match *self {
            Amount::Exact(v) => write!(w, "{}", canonical(v)),
            Amount::Range { low, high } => write!(w, "{}-{}", canonical(low), canonical(high)),
        })
    }
}

impl FromStr for Amount {
    type Err = FromStrError;

    fn from_str(s: &str) -> Result<Amount, FromStrError> {
        // The range separator is the first `-` after a digit (a leading `-` is a sign).
        let sep = s
            .as_bytes()
            .windows(2)
            .position(|w| w[0].is_ascii_digit() && w[1] == b'-')
            .map(|i| i + 1);
        let dec = |t: &str| {
            decimal::parse(t).map_err(|_| {
                FromStrError::new("amount", s)
                    .with_reason("expected a decimal (`7.7`, `-1.5`) or a range `low-high` (`3-5`)")
            })
        };
        match sep {
            Some(i) => Ok(Amount::Range {
                low: dec(&s[..i])?,
                high: dec(&s[i + 1..])?,
            }),
            None => Ok(Amount::Exact(dec(s)?)),
        }
    }
}

/// A hedge or bound written before a quantity: the contract's `modifier` field of `money`,
/// `percent`, `measure` and `number` mentions.
///
/// Dates have their own qualifier, the TIMEX3 `mod` attribute (`START`, `END`, ...), which is
/// `finnews_date::TimexMod`; the two are different vocabularies and so different types.
///
/// Its text form (`Display`, `FromStr`, serde) is its contract code.
///
/// # Example
///
/// ```
/// use finnews_quantity::Modifier;
/// assert_eq!(Modifier::AtMost.code(), "at_most");
/// assert_eq!(Modifier::AtMost.to_string(), "at_most");
/// assert_eq!("approx".parse(), Ok(Modifier::Approx));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Modifier {
    /// about, approx., around, some, roughly, nearly, 约, 約.
    Approx,
    /// over, more than, above, exceeding, 超过, 逾.
    Over,
    /// under, less than, below, fewer than.
    Under,
    /// at least.
    AtLeast,
    /// up to, at most.
    AtMost,
}

impl Modifier {
    /// Every modifier.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(finnews_quantity::Modifier::ALL.len(), 5);
    /// ```
    pub const ALL: [Modifier; 5] = [
        Modifier::Approx,
        Modifier::Over,
        Modifier::Under,
        Modifier::AtLeast,
        Modifier::AtMost,
    ];

    /// The contract's code: `approx`, `over`, `under`, `at_least` or `at_most`.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(finnews_quantity::Modifier::Approx.code(), "approx");
    /// ```
    #[must_use]
    pub const fn code(self) -> &'static str {
        match self {
            Modifier::Approx => "approx",
            Modifier::Over => "over",
            Modifier::Under => "under",
            Modifier::AtLeast => "at_least",
            Modifier::AtMost => "at_most",
        }
    }
}

finnews_core::code_text_form!(Modifier, "modifier");

/// How [`extract`](crate::extract) resolves what the text leaves open.
///
/// # Example
///
/// ```
/// use finnews_quantity::{Options, Currency};
/// let opts = Options::default().with_yen(Some(Currency::JPY));
/// assert_eq!(opts.yen, Some(Currency::JPY));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct Options {
    /// The currency a bare `¥` / `￥` stands for. `None` (the default) decides from the
    /// document: CNY where it speaks of China (RMB, yuan, 元, Chinese places), JPY where it
    /// speaks of Japan.
    pub yen: Option<Currency>,
}

impl Options {
    /// Fixes the currency of a bare `¥` / `￥` instead of deciding it from context.
    ///
    /// # Example
    ///
    /// ```
    /// use finnews_quantity::{Options, Currency};
    /// assert_eq!(Options::default().with_yen(Some(Currency::CNY)).yen, Some(Currency::CNY));
    /// ```
    #[must_use]
    pub fn with_yen(mut self, yen: Option<Currency>) -> Options {
        self.yen = yen;
        self
    }
}

#[cfg(feature = "serde")]
mod serde_impl {
    use super::{Amount, Quantity, QuantityKind};
    use serde::ser::{Serialize, SerializeMap, Serializer};

    /// A decimal as the contract writes it (shortest exact form).
    fn dec(d: rust_decimal::Decimal) -> String {
        finnews_core::decimal::canonical(d).to_string()
    }

    impl Serialize for Quantity<'_> {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            let mut m = s.serialize_map(None)?;
            m.serialize_entry("kind", self.kind.name())?;
            m.serialize_entry("span", &self.span)?;
            m.serialize_entry("text", self.text)?;
            match self.amount {
                Amount::Exact(v) => m.serialize_entry("value", &dec(v))?,
                Amount::Range { low, high } => {
                    m.serialize_entry("low", &dec(low))?;
                    m.serialize_entry("high", &dec(high))?;
                }
            }
            match self.kind {
                QuantityKind::Money { currency } => {
                    m.serialize_entry("currency", currency.code())?
                }
                QuantityKind::Percent { unit } => m.serialize_entry("unit", unit.code())?,
                QuantityKind::Measure { unit } => {
                    m.serialize_entry("unit", unit.code())?;
                    m.serialize_entry("dimension", unit.dimension().code())?;
                }
                QuantityKind::Number | QuantityKind::Ordinal => {}
            }
            if let Some(modifier) = self.modifier {
                m.serialize_entry("modifier", modifier.code())?;
            }
            m.end()
        }
    }
}
