//! The owned, Python-free form of one analysis: what the worker threads produce with the GIL
//! released, and what the Python objects read from afterwards.

use chrono::NaiveDate;
use finnews::date::TemporalValue;
use finnews::quantity::{Amount, QuantityKind};
use finnews::{Analysis, Mention, Options, Span};
use rust_decimal::Decimal;

/// Where something lies: the contract's UTF-8 byte offsets and the Python string indices
/// (code points) of the same span.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Pos {
    pub(crate) byte_start: usize,
    pub(crate) byte_end: usize,
    pub(crate) start: usize,
    pub(crate) end: usize,
}

impl Pos {
    /// The byte range, for slicing the document's text.
    pub(crate) fn bytes(self) -> std::ops::Range<usize> {
        self.byte_start..self.byte_end
    }
}

/// The reference date of a document, with the contract's grain and source names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Reference {
    pub(crate) date: NaiveDate,
    pub(crate) grain: &'static str,
    pub(crate) source: &'static str,
}

/// One block of the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct BlockData {
    pub(crate) kind: &'static str,
    pub(crate) pos: Pos,
}

/// One sentence and the index of its block.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct SentenceData {
    pub(crate) block: usize,
    pub(crate) pos: Pos,
}

/// One mention with every field of the contract, each `None` where the kind has no such field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct MentionData {
    pub(crate) kind: &'static str,
    pub(crate) pos: Pos,
    /// Normalised (shortest exact form), as the contract writes it.
    pub(crate) value: Option<Decimal>,
    pub(crate) low: Option<Decimal>,
    pub(crate) high: Option<Decimal>,
    pub(crate) currency: Option<&'static str>,
    pub(crate) unit: Option<&'static str>,
    pub(crate) dimension: Option<&'static str>,
    pub(crate) modifier: Option<&'static str>,
    pub(crate) timex: Option<String>,
    pub(crate) timex_mod: Option<&'static str>,
    pub(crate) range: Option<(NaiveDate, NaiveDate)>,
}

impl MentionData {
    /// The currency code for money, the unit code for percentages and measures: the one
    /// `unit` column of the tables.
    pub(crate) fn unit_or_currency(&self) -> Option<&'static str> {
        self.currency.or(self.unit)
    }
}

/// Everything found in one document, owning its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Doc {
    pub(crate) text: String,
    pub(crate) reference: Option<Reference>,
    pub(crate) blocks: Vec<BlockData>,
    pub(crate) sentences: Vec<SentenceData>,
    pub(crate) mentions: Vec<MentionData>,
    /// The facts (contract 1.2), their indices into `mentions`.
    pub(crate) facts: Vec<finnews::OwnedFact>,
}

impl Doc {
    /// Analyzes `text` and keeps the result in owned form.
    pub(crate) fn analyze(text: String, options: &Options) -> Doc {
        let analysis = finnews::analyze(&text, options);
        let (reference, blocks, sentences, mentions) = convert(&text, &analysis);
        let facts = analysis
            .facts
            .iter()
            .map(finnews::Fact::to_owned_fact)
            .collect();
        drop(analysis);
        Doc {
            text,
            reference,
            blocks,
            sentences,
            mentions,
            facts,
        }
    }

    /// The text of a span.
    pub(crate) fn slice(&self, pos: Pos) -> &str {
        self.text.get(pos.bytes()).unwrap_or_default()
    }
}

type Parts = (
    Option<Reference>,
    Vec<BlockData>,
    Vec<SentenceData>,
    Vec<MentionData>,
);

fn convert(text: &str, a: &Analysis<'_>) -> Parts {
    let reference = a.reference_date.map(|r| Reference {
        date: r.date.date(),
        grain: r.date.grain().code(),
        source: r.source.code(),
    });
    let mut at = CharIndex::new(text);
    let blocks = a
        .blocks
        .iter()
        .map(|b| BlockData {
            kind: b.kind.code(),
            pos: at.pos(b.span),
        })
        .collect();
    let mut at = CharIndex::new(text);
    let sentences = a
        .sentences
        .iter()
        .map(|s| SentenceData {
            block: s.block,
            pos: at.pos(s.span),
        })
        .collect();
    let mut at = CharIndex::new(text);
    let mentions = a
        .mentions
        .iter()
        .map(|m| mention(m, at.pos(m.span())))
        .collect();
    (reference, blocks, sentences, mentions)
}

fn mention(m: &Mention<'_>, pos: Pos) -> MentionData {
    let mut d = MentionData {
        kind: m.kind().code(),
        pos,
        value: None,
        low: None,
        high: None,
        currency: None,
        unit: None,
        dimension: None,
        modifier: None,
        timex: None,
        timex_mod: None,
        range: None,
    };
    #[allow(unreachable_patterns)] // `Mention` may grow kinds; they keep kind, span and text
    match m {
        Mention::Quantity(q) => {
            match q.amount {
                Amount::Exact(v) => d.value = Some(v.normalize()),
                Amount::Range { low, high } => {
                    d.low = Some(low.normalize());
                    d.high = Some(high.normalize());
                }
            }
            match q.kind {
                QuantityKind::Money { currency } => d.currency = Some(currency.code()),
                QuantityKind::Percent { unit } => d.unit = Some(unit.code()),
                QuantityKind::Measure { unit } => {
                    d.unit = Some(unit.code());
                    d.dimension = Some(unit.dimension().code());
                }
                _ => {}
            }
            d.modifier = q.modifier.map(|x| x.code());
        }
        Mention::Temporal(t) => {
            d.timex = Some(t.timex());
            if let TemporalValue::Date {
                modifier, range, ..
            } = &t.value
            {
                d.timex_mod = modifier.map(|x| x.code());
                d.range = range.map(|r| (r.first(), r.last()));
            }
        }
        _ => {}
    }
    d
}

/// Turns byte offsets into code-point offsets in one forward walk over the text: the spans of
/// each list (blocks, sentences, mentions) come in increasing order, so the whole list costs one
/// pass. An offset before the cursor (never produced by the facade) restarts the walk, which
/// keeps the answer right whatever the order.
struct CharIndex<'a> {
    bytes: &'a [u8],
    ascii: bool,
    byte: usize,
    chars: usize,
}

impl<'a> CharIndex<'a> {
    fn new(text: &'a str) -> CharIndex<'a> {
        CharIndex {
            bytes: text.as_bytes(),
            ascii: text.is_ascii(),
            byte: 0,
            chars: 0,
        }
    }

    fn at(&mut self, byte: usize) -> usize {
        let byte = byte.min(self.bytes.len());
        if self.ascii {
            return byte;
        }
        if byte < self.byte {
            self.byte = 0;
            self.chars = 0;
        }
        let step = self.bytes.get(self.byte..byte).unwrap_or_default();
        // Every byte that is not a UTF-8 continuation byte (0b10xxxxxx) starts a code point.
        self.chars += step.iter().filter(|&&b| (b & 0xC0) != 0x80).count();
        self.byte = byte;
        self.chars
    }

    fn pos(&mut self, span: Span) -> Pos {
        let start = self.at(span.start());
        let end = self.at(span.end());
        Pos {
            byte_start: span.start(),
            byte_end: span.end(),
            start,
            end,
        }
    }
}
