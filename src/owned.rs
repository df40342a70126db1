use finnews_core::Span;
use finnews_date::{Temporal, TemporalValue};
use finnews_quantity::{Amount, Modifier, Quantity, QuantityKind};
use finnews_segment::{Block, Sentence};

use crate::analysis::{Analysis, ResolvedReference};
use crate::mention::{Mention, MentionKind, MentionValue};

/// An [`Analysis`] that owns its mentions' text: it outlives the document, and it is what the
/// contract's JSON reads back into (with the `serde` feature).
///
/// [`OwnedAnalysis::as_analysis`] lends it out as an `Analysis` again, so every reader of an
/// `Analysis` also reads one that came from JSON; [`Analysis::into_owned`] makes one.
///
/// # Example
///
/// ```
/// use finnews::{analyze, OwnedAnalysis, Options};
///
/// let owned: OwnedAnalysis = {
///     let text = String::from("Loans rose 7.7% in 2019.");
///     analyze(&text, &Options::default()).into_owned()
/// };
/// assert_eq!(owned.mentions[0].text(), "7.7%");
/// assert_eq!(owned.as_analysis().mentions[1].text(), "2019");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct OwnedAnalysis {
    /// The reference date relative expressions were resolved against, if any.
    pub reference_date: Option<ResolvedReference>,
    /// The blocks of the page, in order.
    pub blocks: Vec<Block>,
    /// The sentences, in order, each inside one block.
    pub sentences: Vec<Sentence>,
    /// Every mention, sorted by span start, not overlapping.
    pub mentions: Vec<OwnedMention>,
    /// The facts (contract 1.2), sorted by value.
    pub facts: Vec<finnews_fact::OwnedFact>,
}

impl OwnedAnalysis {
    /// The same analysis, borrowing the mentions' text from this one.
    ///
    /// # Example
    ///
    /// ```
    /// let a = finnews::analyze("Up 7.7%", &finnews::Options::default());
    /// let owned = a.clone().into_owned();
    /// assert_eq!(owned.as_analysis(), a);
    /// ```
    #[must_use]
    pub fn as_analysis(&self) -> Analysis<'_> {
        Analysis {
            reference_date: self.reference_date,
            blocks: self.blocks.clone(),
            sentences: self.sentences.clone(),
            mentions: self.mentions.iter().map(OwnedMention::as_mention).collect(),
            facts: self
                .facts
                .iter()
                .map(finnews_fact::Fact::as_borrowed)
                .collect(),
        }
    }
}

impl From<Analysis<'_>> for OwnedAnalysis {
    fn from(a: Analysis<'_>) -> OwnedAnalysis {
        OwnedAnalysis {
            reference_date: a.reference_date,
            blocks: a.blocks,
            sentences: a.sentences,
            mentions: a.mentions.iter().map(OwnedMention::from).collect(),
            facts: a
                .facts
                .iter()
                .map(finnews_fact::Fact::to_owned_fact)
                .collect(),
        }
    }
}

/// A [`Mention`] that owns its text.
///
/// # Example
///
/// ```
/// use finnews::{MentionKind, OwnedMention};
/// let a = finnews::analyze("RMB 398.95 billion", &finnews::Options::default());
/// let m: OwnedMention = a.mentions[0].to_owned_mention();
/// assert_eq!(m.kind(), MentionKind::Money);
/// assert_eq!(m.value().amount().unwrap().to_string(), "398950000000");
/// assert_eq!(m.as_mention(), a.mentions[0]);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OwnedMention {
    span: Span,
    text: String,
    data: Data,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Data {
    Quantity {
        kind: QuantityKind,
        amount: Amount,
        modifier: Option<Modifier>,
    },
    Temporal(TemporalValue),
}

impl OwnedMention {
    /// Where the mention was read.
    ///
    /// # Example
    ///
    /// ```
    /// let a = finnews::analyze("Up 7.7%", &finnews::Options::default()).into_owned();
    /// assert_eq!(a.mentions[0].span().range(), 3..7);
    /// ```
    #[must_use]
    pub fn span(&self) -> Span {
        self.span
    }

    /// The exact slice of the document that was read.
    ///
    /// # Example
    ///
    /// ```
    /// let a = finnews::analyze("Up 7.7%", &finnews::Options::default()).into_owned();
    /// assert_eq!(a.mentions[0].text(), "7.7%");
    /// ```
    #[must_use]
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The contract's `kind`.
    ///
    /// # Example
    ///
    /// ```
    /// let a = finnews::analyze("Up 7.7%", &finnews::Options::default()).into_owned();
    /// assert_eq!(a.mentions[0].kind(), finnews::MentionKind::Percent);
    /// ```
    #[must_use]
    pub fn kind(&self) -> MentionKind {
        self.value().kind()
    }

    /// What the mention says, typed (see [`Mention::value`]).
    ///
    /// # Example
    ///
    /// ```
    /// let a = finnews::analyze("in 2019", &finnews::Options::default()).into_owned();
    /// assert_eq!(a.mentions[0].value().timex().unwrap().year(), Some(2019));
    /// ```
    #[must_use]
    pub fn value(&self) -> MentionValue {
        self.as_mention().value()
    }

    /// The mention, borrowing its text from this one: the quantity or temporal expression of
    /// the component crate, as [`analyze`](crate::analyze) returns it.
    ///
    /// # Example
    ///
    /// ```
    /// use finnews::Mention;
    /// let a = finnews::analyze("about 160 firms", &finnews::Options::default()).into_owned();
    /// let Mention::Quantity(q) = a.mentions[0].as_mention() else { panic!() };
    /// assert_eq!(q.text, "about 160");
    /// ```
    #[must_use]
    pub fn as_mention(&self) -> Mention<'_> {
        match self.data {
            Data::Quantity {
                kind,
                amount,
                modifier,
            } => Mention::Quantity(Quantity {
                span: self.span,
                text: &self.text,
                kind,
                amount,
                modifier,
            }),
            Data::Temporal(ref value) => Mention::Temporal(Temporal {
                span: self.span,
                text: &self.text,
                value: value.clone(),
            }),
        }
    }
}

impl From<&Mention<'_>> for OwnedMention {
    fn from(m: &Mention<'_>) -> OwnedMention {
        let data = match m {
            Mention::Quantity(q) => Data::Quantity {
                kind: q.kind,
                amount: q.amount,
                modifier: q.modifier,
            },
            Mention::Temporal(t) => Data::Temporal(t.value.clone()),
        };
        OwnedMention {
            span: m.span(),
            text: m.text().to_owned(),
            data,
        }
    }
}

impl From<Mention<'_>> for OwnedMention {
    fn from(m: Mention<'_>) -> OwnedMention {
        OwnedMention::from(&m)
    }
}

#[cfg(feature = "serde")]
mod serde_impl {
    use super::{Data, OwnedAnalysis, OwnedMention};
    use crate::analysis::ResolvedReference;
    use crate::mention::MentionKind;
    use finnews_core::{Span, decimal};
    use finnews_date::{DateRange, TemporalValue, Timex, TimexMod};
    use finnews_quantity::{
        Amount, Currency, Dimension, Modifier, PercentUnit, QuantityKind, Unit,
    };
    use finnews_segment::{Block, Sentence};
    use serde::de::Error as _;
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    impl Serialize for OwnedMention {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            self.as_mention().serialize(s)
        }
    }

    impl Serialize for OwnedAnalysis {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            self.as_analysis().serialize(s)
        }
    }

    /// One document of the output contract; other fields (the command's `id`, `lossy`) are
    /// ignored.
    impl<'de> Deserialize<'de> for OwnedAnalysis {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<OwnedAnalysis, D::Error> {
            #[derive(Deserialize)]
            struct Raw {
                reference_date: Option<ResolvedReference>,
                blocks: Vec<Block>,
                sentences: Vec<Sentence>,
                mentions: Vec<OwnedMention>,
                #[serde(default)]
                facts: Vec<finnews_fact::OwnedFact>,
            }
            let raw = Raw::deserialize(d)?;
            Ok(OwnedAnalysis {
                reference_date: raw.reference_date,
                blocks: raw.blocks,
                sentences: raw.sentences,
                mentions: raw.mentions,
                facts: raw.facts,
            })
        }
    }

    /// Every field a mention of any kind can have.
    #[derive(Deserialize)]
    struct RawMention {
        kind: MentionKind,
        span: Span,
        text: String,
        value: Option<String>,
        low: Option<String>,
        high: Option<String>,
        currency: Option<String>,
        unit: Option<String>,
        dimension: Option<Dimension>,
        modifier: Option<Modifier>,
        timex: Option<Timex>,
        #[serde(rename = "mod")]
        timex_mod: Option<TimexMod>,
        range: Option<DateRange>,
    }

    /// One mention of the output contract.
    impl<'de> Deserialize<'de> for OwnedMention {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<OwnedMention, D::Error> {
            let raw = RawMention::deserialize(d)?;
            mention(raw).map_err(D::Error::custom)
        }
    }

    fn mention(raw: RawMention) -> Result<OwnedMention, String> {
        let kind = raw.kind;
        if raw.text.len() != raw.span.len() {
            return Err(format!(
                "{kind} mention {:?}: its span {} is {} bytes long, its text {}",
                raw.text,
                raw.span,
                raw.span.len(),
                raw.text.len()
            ));
        }
        let missing = |field: &str| format!("{kind} mention {:?} has no `{field}`", raw.text);
        let dec = |field: &str, s: &str| {
            decimal::parse(s).map_err(|e| format!("{kind} mention {:?}: `{field}`: {e}", raw.text))
        };
        let amount = || -> Result<Amount, String> {
            match (&raw.value, &raw.low, &raw.high) {
                (Some(v), None, None) => Ok(Amount::Exact(dec("value", v)?)),
                (None, Some(l), Some(h)) => Ok(Amount::Range {
                    low: dec("low", l)?,
                    high: dec("high", h)?,
                }),
                _ => Err(format!(
                    "{kind} mention {:?} needs either `value` or both `low` and `high`",
                    raw.text
                )),
            }
        };
        let unit = || raw.unit.as_deref().ok_or_else(|| missing("unit"));
        let timex = || raw.timex.ok_or_else(|| missing("timex"));
        let quantity = |kind: QuantityKind| -> Result<Data, String> {
            Ok(Data::Quantity {
                kind,
                amount: amount()?,
                modifier: raw.modifier,
            })
        };
        let data = match kind {
            MentionKind::Money => {
                let code = raw.currency.as_deref().ok_or_else(|| missing("currency"))?;
                let currency = Currency::from_code(code)
                    .ok_or_else(|| format!("unknown currency `{code}` in {:?}", raw.text))?;
                quantity(QuantityKind::Money { currency })?
            }
            MentionKind::Percent => {
                let unit: PercentUnit = unit()?.parse().map_err(|e| format!("{e}"))?;
                quantity(QuantityKind::Percent { unit })?
            }
            MentionKind::Measure => {
                let unit: Unit = unit()?.parse().map_err(|e| format!("{e}"))?;
                if raw.dimension.is_some_and(|d| d != unit.dimension()) {
                    return Err(format!(
                        "measure {:?}: unit {unit} is not of dimension {}",
                        raw.text,
                        raw.dimension.map_or("", Dimension::code)
                    ));
                }
                quantity(QuantityKind::Measure { unit })?
            }
            MentionKind::Number => quantity(QuantityKind::Number)?,
            MentionKind::Ordinal => quantity(QuantityKind::Ordinal)?,
            MentionKind::Date => {
                let timex = timex()?;
                if timex.is_duration() {
                    return Err(format!("date {:?} has a duration timex {timex}", raw.text));
                }
                Data::Temporal(TemporalValue::Date {
                    timex,
                    modifier: raw.timex_mod,
                    range: raw.range,
                })
            }
            MentionKind::Duration => {
                let timex = timex()?;
                if !timex.is_duration() {
                    return Err(format!("duration {:?} has timex {timex}", raw.text));
                }
                Data::Temporal(TemporalValue::Duration { timex })
            }
        };
        Ok(OwnedMention {
            span: raw.span,
            text: raw.text,
            data,
        })
    }
}
