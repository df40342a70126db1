use finnews_core::Span;
use iso_currency::Currency;
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
/// # Example
///
/// ```
/// use finnews_quantity::{QuantityKind, Currency};
/// let k = QuantityKind::Money { currency: Currency::USD };
/// assert_eq!(k.name(), "money");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
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
}

/// The unit of a percentage.
///
/// # Example
///
/// ```
/// assert_eq!(finnews_quantity::PercentUnit::BasisPoint.code(), "basis_point");
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

/// A quantity's value: one number, or the two ends of a written range.
///
/// Values are exact and have the scale word applied (`1.5 crore` is `15000000`).
///
/// # Example
///
/// ```
/// use finnews_quantity::{Amount, Decimal};
/// let r = Amount::Range { low: Decimal::from(3), high: Decimal::from(5) };
/// assert_eq!(r.low(), Decimal::from(3));
/// assert_eq!(Amount::Exact(Decimal::TEN).high(), Decimal::TEN);
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
}

/// A hedge or bound written with a quantity.
///
/// # Example
///
/// ```
/// assert_eq!(finnews_quantity::Modifier::AtMost.code(), "at_most");
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

    /// A decimal in its shortest exact form: no trailing fractional zeros.
    fn dec(d: rust_decimal::Decimal) -> String {
        d.normalize().to_string()
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
