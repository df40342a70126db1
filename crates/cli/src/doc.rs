//! One analysed document as the writers see it: owned (it outlives the worker that analysed it),
//! and holding the text once, with mentions as spans into it.

use std::ops::Range;

use finnews::date::{DateRange, ReferenceDate, TemporalValue, Timex};
use finnews::quantity::{Amount, Decimal, Modifier, PercentUnit, QuantityKind};
use finnews::segment::{Block, Sentence};
use finnews::{Mention, Span};

/// The kind of a mention, as the contract names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, clap::ValueEnum)]
pub(crate) enum Kind {
    /// An amount of money.
    Money,
    /// A percentage, percentage points or basis points.
    Percent,
    /// A physical or data measure.
    Measure,
    /// A plain number or count.
    Number,
    /// A rank: 5th, second.
    Ordinal,
    /// A date or period.
    Date,
    /// A length of time.
    Duration,
}

impl Kind {
    pub(crate) const ALL: [Kind; 7] = [
        Kind::Money,
        Kind::Percent,
        Kind::Measure,
        Kind::Number,
        Kind::Ordinal,
        Kind::Date,
        Kind::Duration,
    ];

    /// The contract's name.
    pub(crate) const fn code(self) -> &'static str {
        match self {
            Kind::Money => "money",
            Kind::Percent => "percent",
            Kind::Measure => "measure",
            Kind::Number => "number",
            Kind::Ordinal => "ordinal",
            Kind::Date => "date",
            Kind::Duration => "duration",
        }
    }

    const fn bit(self) -> u8 {
        1 << self as u8
    }
}

/// A set of kinds (`--kinds`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Kinds(u8);

impl Kinds {
    /// Every kind, or the listed ones when the list is not empty.
    pub(crate) fn from_list(list: &[Kind]) -> Kinds {
        if list.is_empty() {
            return Kinds(Kind::ALL.iter().fold(0, |acc, k| acc | k.bit()));
        }
        Kinds(list.iter().fold(0, |acc, k| acc | k.bit()))
    }

    pub(crate) fn contains(self, k: Kind) -> bool {
        self.0 & k.bit() != 0
    }

    /// Whether every kind is kept (no `--kinds`, or all of them listed).
    pub(crate) fn all(self) -> bool {
        Kind::ALL.iter().all(|&k| self.contains(k))
    }
}

/// A mention without its borrowed text (the text is `Outcome::text()[span]`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Fact {
    Quantity {
        span: Span,
        kind: QuantityKind,
        amount: Amount,
        modifier: Option<Modifier>,
    },
    Temporal {
        span: Span,
        value: TemporalValue,
    },
}

impl Fact {
    pub(crate) fn from_mention(m: &Mention<'_>) -> Fact {
        match m {
            Mention::Quantity(q) => Fact::Quantity {
                span: q.span,
                kind: q.kind,
                amount: q.amount,
                modifier: q.modifier,
            },
            Mention::Temporal(t) => Fact::Temporal {
                span: t.span,
                value: t.value.clone(),
            },
        }
    }

    pub(crate) fn span(&self) -> Span {
        match self {
            Fact::Quantity { span, .. } | Fact::Temporal { span, .. } => *span,
        }
    }

    pub(crate) fn kind(&self) -> Kind {
        match self {
            Fact::Quantity { kind, .. } => match kind {
                QuantityKind::Money { .. } => Kind::Money,
                QuantityKind::Percent { .. } => Kind::Percent,
                QuantityKind::Measure { .. } => Kind::Measure,
                QuantityKind::Ordinal => Kind::Ordinal,
                _ => Kind::Number,
            },
            Fact::Temporal { value, .. } => match value {
                TemporalValue::Duration { .. } => Kind::Duration,
                _ => Kind::Date,
            },
        }
    }

    /// The mention's exact slice of the document's text.
    pub(crate) fn text<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.span().range()).unwrap_or("")
    }
}

/// Where a document's reference date came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Source {
    /// The document's own dateline.
    Dateline,
    /// `--reference-date`.
    Argument,
    /// The JSON Lines input object's `reference_date`.
    Input,
}

impl Source {
    pub(crate) const fn code(self) -> &'static str {
        match self {
            Source::Dateline => "dateline",
            Source::Argument => "argument",
            Source::Input => "input",
        }
    }
}

/// A document's reference date and where it came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Reference {
    pub(crate) date: ReferenceDate,
    pub(crate) source: Source,
}

/// What was found in one document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Doc {
    /// Where the text lies in `Outcome::buf`.
    pub(crate) text: Range<usize>,
    pub(crate) lossy: bool,
    pub(crate) reference: Option<Reference>,
    pub(crate) blocks: Vec<Block>,
    pub(crate) sentences: Vec<Sentence>,
    pub(crate) mentions: Vec<Fact>,
    /// The facts (contract 1.2), their indices into `mentions`; their phrases are spans of the
    /// text ([`phrase_text`]).
    pub(crate) facts: Vec<DocFact>,
    /// A huge document, not analysed yet: the writer reads it a window at a time as it writes
    /// ([`finnews::analyze_windows`]), so that no list of all its mentions or facts is held;
    /// `reference`, `blocks`, `sentences`, `mentions` and `facts` above are then empty.
    pub(crate) stream: Option<Box<Stream>>,
    /// Whether the worker already wrote the document's JSON line (straight from the analysis:
    /// see `process::run_into`); the fields above are then empty.
    pub(crate) rendered: bool,
}

impl Doc {
    /// A document with nothing found (yet): the text's place and whether it was repaired.
    pub(crate) fn empty(text: Range<usize>, lossy: bool) -> Doc {
        Doc {
            text,
            lossy,
            reference: None,
            blocks: Vec::new(),
            sentences: Vec::new(),
            mentions: Vec::new(),
            facts: Vec::new(),
            stream: None,
            rendered: false,
        }
    }
}

/// How the writer analyses a streamed document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Stream {
    pub(crate) options: finnews::Options,
    /// The mention kinds kept.
    pub(crate) kinds: Kinds,
}

/// The reference date of an analysis as the writers show it.
pub(crate) fn reference(r: Option<finnews::ResolvedReference>) -> Option<Reference> {
    r.map(|r| Reference {
        date: r.date,
        source: match r.source {
            finnews::ReferenceSource::Dateline => Source::Dateline,
            finnews::ReferenceSource::Input => Source::Input,
            _ => Source::Argument,
        },
    })
}

/// The mentions of `kinds` among `mentions` (a whole document's, or one window's whose first
/// mention is the document's mention `first`), and the facts that keep their value among them.
/// `--kinds` drops mentions: the facts' indices follow, numbered from `kept_before` (the
/// mentions kept before `mentions`), a fact whose value is dropped goes, and a period or
/// comparison whose mention is dropped becomes null.
pub(crate) fn kept(
    mentions: &[Mention<'_>],
    facts: Vec<finnews::Fact<&str>>,
    kinds: Kinds,
    first: usize,
    kept_before: usize,
) -> (Vec<Fact>, Vec<DocFact>) {
    if kinds.all() {
        // Every mention kept: an index moves by `kept_before - first` (none of this list is
        // dropped), with no table of new indexes.
        let kept: Vec<Fact> = mentions.iter().map(Fact::from_mention).collect();
        let n = kept.len();
        let at = |i: usize| {
            i.checked_sub(first)
                .filter(|&k| k < n)
                .map(|k| kept_before + k)
        };
        return (kept, reindexed(facts, at));
    }
    let mut new_index: Vec<Option<usize>> = Vec::with_capacity(mentions.len());
    let mut kept = Vec::with_capacity(mentions.len());
    for m in mentions {
        let f = Fact::from_mention(m);
        if kinds.contains(f.kind()) {
            new_index.push(Some(kept_before + kept.len()));
            kept.push(f);
        } else {
            new_index.push(None);
        }
    }
    let at = |i: usize| {
        i.checked_sub(first)
            .and_then(|i| new_index.get(i).copied().flatten())
    };
    (kept, reindexed(facts, at))
}

/// The facts as the writers get them, their mention indexes moved by `at` (a fact whose value
/// has no new index goes, a period or comparison without one becomes null).
fn reindexed(facts: Vec<finnews::Fact<&str>>, at: impl Fn(usize) -> Option<usize>) -> Vec<DocFact> {
    facts
        .into_iter()
        .filter_map(|f| {
            let mut f = doc_fact(f);
            f.value = at(f.value)?;
            f.period = match f.period {
                finnews::fact::Period::Mention(i) => {
                    at(i).map_or(finnews::fact::Period::None, finnews::fact::Period::Mention)
                }
                p => p,
            };
            f.compared_to = f.compared_to.and_then(&at);
            Some(f)
        })
        .collect()
}

/// A fact as the writers get it: the library's fact with each phrase reduced to its span (its
/// text is the document's at that span), so no fact owns a string.
pub(crate) type DocFact = finnews::Fact<()>;

/// The text of a fact's phrase: the document's text at its span.
pub(crate) fn phrase_text<'t, T>(p: &finnews::fact::Phrase<T>, text: &'t str) -> &'t str {
    text.get(p.span.range()).unwrap_or("")
}

/// The fact with its phrases reduced to their spans (a fact of [`finnews::analyze`] takes its
/// phrases' text from the analysed text, at their spans).
pub(crate) fn doc_fact(f: finnews::Fact<&str>) -> DocFact {
    fn span(p: finnews::fact::Phrase<&str>) -> finnews::fact::Phrase<()> {
        finnews::fact::Phrase {
            span: p.span,
            text: (),
        }
    }
    finnews::Fact {
        value: f.value,
        role: f.role,
        metric: f.metric.map(span),
        subject: f.subject.map(span),
        period: f.period,
        period_offset: f.period_offset,
        direction: f.direction,
        basis: f.basis,
        compared_to: f.compared_to,
        denominator: f.denominator.map(span),
        qualifiers: if f.qualifiers.is_empty() {
            Vec::new()
        } else {
            f.qualifiers.into_iter().map(span).collect()
        },
        status: f.status,
    }
}

/// The `id` of an output line, as JSON text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Id {
    Null,
    /// A serialised path, for text input.
    Own(String),
    /// Verbatim from the JSON Lines input, which `Outcome::buf` holds.
    InBuf(Range<usize>),
}

/// One input's result: its document, or why it could not be analysed.
#[derive(Debug)]
pub(crate) struct Outcome {
    /// The bytes the text (and perhaps the id) are slices of: the document, or the input line.
    pub(crate) buf: String,
    pub(crate) id: Id,
    /// The document, or the error object's message.
    pub(crate) doc: Result<Doc, String>,
    /// The message for standard error, naming the input, when it failed.
    pub(crate) message: Option<String>,
    /// How many input bytes this outcome stands for (progress).
    pub(crate) input_bytes: u64,
}

/// The id as JSON text (`buf`: the outcome's buffer, which an [`Id::InBuf`] is a range of).
pub(crate) fn id_json<'x>(id: &'x Id, buf: &'x str) -> &'x str {
    match id {
        Id::Null => "null",
        Id::Own(s) => s,
        Id::InBuf(r) => buf.get(r.clone()).unwrap_or("null"),
    }
}

impl Outcome {
    /// The id as JSON text.
    pub(crate) fn id_json(&self) -> &str {
        id_json(&self.id, &self.buf)
    }

    /// The id as a person reads it: a string's contents, or any other value's JSON text.
    pub(crate) fn id_text(&self) -> std::borrow::Cow<'_, str> {
        let json = self.id_json();
        if json.starts_with('"')
            && let Ok(s) = serde_json::from_str::<std::borrow::Cow<'_, str>>(json)
        {
            return s;
        }
        std::borrow::Cow::Borrowed(json)
    }

    /// The document's text (empty for a failed input).
    pub(crate) fn text(&self) -> &str {
        match &self.doc {
            Ok(d) => self.buf.get(d.text.clone()).unwrap_or(""),
            Err(_) => "",
        }
    }
}

/// A mention's value fields, flat: what the TSV/CSV columns, the table and the page show.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Values {
    /// The exact value (quantities without a range), in shortest form.
    pub(crate) value: Option<Decimal>,
    /// The ends of a written range.
    pub(crate) low: Option<Decimal>,
    pub(crate) high: Option<Decimal>,
    /// The currency code (money) or the unit code (percent, measure).
    pub(crate) unit: Option<&'static str>,
    /// The TIMEX3 value (dates, durations).
    pub(crate) timex: Option<Timex>,
    /// The TIMEX3 `mod` (dates).
    pub(crate) tmod: Option<&'static str>,
    /// The quantity's modifier.
    pub(crate) modifier: Option<&'static str>,
    /// The first and last day a date covers.
    pub(crate) range: Option<DateRange>,
}

impl Fact {
    pub(crate) fn values(&self) -> Values {
        match self {
            Fact::Quantity {
                kind,
                amount,
                modifier,
                ..
            } => {
                let (value, low, high) = match *amount {
                    Amount::Exact(v) => (Some(v.normalize()), None, None),
                    Amount::Range { low, high } => {
                        (None, Some(low.normalize()), Some(high.normalize()))
                    }
                };
                let unit = match kind {
                    QuantityKind::Money { currency } => Some(currency.code()),
                    QuantityKind::Percent { unit } => Some(unit.code()),
                    QuantityKind::Measure { unit } => Some(unit.code()),
                    _ => None,
                };
                Values {
                    value,
                    low,
                    high,
                    unit,
                    modifier: modifier.map(Modifier::code),
                    ..Values::default()
                }
            }
            Fact::Temporal { value, .. } => match value {
                TemporalValue::Date {
                    timex,
                    modifier,
                    range,
                } => Values {
                    timex: Some(*timex),
                    tmod: modifier.map(|m| m.code()),
                    range: *range,
                    ..Values::default()
                },
                TemporalValue::Duration { timex } => Values {
                    timex: Some(*timex),
                    ..Values::default()
                },
            },
        }
    }

    /// The value as a person reads it: `398950000000 CNY`, `5–7%`, `700000 (approx)`,
    /// `2024-06 END (2024-06-01..2024-06-30)`, `P20Q`.
    pub(crate) fn summary(&self) -> String {
        use std::fmt::Write as _;
        let v = self.values();
        let mut s = String::new();
        match (v.value, v.low, v.high) {
            (Some(x), _, _) => {
                let _ = write!(s, "{x}");
            }
            (None, Some(lo), Some(hi)) => {
                let _ = write!(s, "{lo}–{hi}");
            }
            _ => {}
        }
        match self {
            Fact::Quantity {
                kind: QuantityKind::Percent { unit },
                ..
            } => s.push_str(match unit {
                PercentUnit::Percent => "%",
                PercentUnit::PercentagePoint => " pp",
                PercentUnit::BasisPoint => " bp",
            }),
            _ => {
                if let Some(u) = v.unit {
                    s.push(' ');
                    s.push_str(u);
                }
            }
        }
        if let Some(m) = v.modifier {
            let _ = write!(s, " ({m})");
        }
        if let Some(t) = v.timex {
            let _ = write!(s, "{t}");
        }
        if let Some(m) = v.tmod {
            let _ = write!(s, " {m}");
        }
        if let Some(r) = v.range.filter(|r| r.first() != r.last()) {
            let _ = write!(s, " ({}..{})", r.first(), r.last());
        }
        s
    }
}

/// A fact's period as the writers show it: its TIMEX3 text and its first and last day, for a
/// date mention, the document's reference date (`"reference"`), or nothing; a `-P1Y` offset
/// shifts the days back a year and is appended to the text.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct FactPeriod {
    /// The period's text, without a string of its own: `Display` writes it.
    pub(crate) timex: PeriodText,
    pub(crate) first: Option<chrono::NaiveDate>,
    pub(crate) last: Option<chrono::NaiveDate>,
}

/// A fact period's text: a TIMEX3 value, `reference`, or nothing, then ` -P1Y` for an offset.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct PeriodText {
    base: Option<PeriodBase>,
    offset: Option<finnews::fact::PeriodOffset>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum PeriodBase {
    Timex(Timex),
    Reference,
}

impl std::fmt::Display for PeriodText {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.base {
            Some(PeriodBase::Timex(t)) => write!(f, "{t}")?,
            Some(PeriodBase::Reference) => f.write_str("reference")?,
            None => {}
        }
        match self.offset {
            Some(o) => write!(f, " {}", o.code()),
            None => Ok(()),
        }
    }
}

impl FactPeriod {
    pub(crate) fn of(f: &DocFact, doc: &Doc) -> FactPeriod {
        use finnews::fact::Period;
        let mut p = match f.period {
            Period::Mention(i) => match doc.mentions.get(i).map(Fact::values) {
                Some(v) => FactPeriod {
                    timex: PeriodText {
                        base: v.timex.map(PeriodBase::Timex),
                        offset: None,
                    },
                    first: v.range.map(|r| r.first()),
                    last: v.range.map(|r| r.last()),
                },
                None => FactPeriod::default(),
            },
            Period::Reference => match doc.reference {
                Some(r) => {
                    let d = r.date.date();
                    let last = match r.date.grain().code() {
                        "year" => {
                            chrono::NaiveDate::from_ymd_opt(chrono::Datelike::year(&d), 12, 31)
                        }
                        "month" => d
                            .checked_add_months(chrono::Months::new(1))
                            .and_then(|n| n.pred_opt()),
                        _ => Some(d),
                    };
                    FactPeriod {
                        timex: PeriodText {
                            base: Some(PeriodBase::Reference),
                            offset: None,
                        },
                        first: Some(d),
                        last,
                    }
                }
                None => FactPeriod {
                    timex: PeriodText {
                        base: Some(PeriodBase::Reference),
                        offset: None,
                    },
                    ..FactPeriod::default()
                },
            },
            Period::None => FactPeriod::default(),
        };
        if let Some(o) = f.period_offset {
            let back = |d: chrono::NaiveDate| d.checked_sub_months(chrono::Months::new(12));
            p.first = p.first.and_then(back);
            p.last = p.last.and_then(back);
            p.timex.offset = Some(o);
        }
        p
    }

    /// `2024-06 (2024-06-01..2024-06-30)`, or the TIMEX3 text alone.
    pub(crate) fn summary(&self) -> String {
        match (self.first, self.last) {
            (Some(a), Some(b)) if a != b => format!("{} ({a}..{b})", self.timex),
            _ => self.timex.to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use finnews::fact::{Basis, Direction, Period, PeriodOffset, Phrase, Role, Status};

    fn phrase<'t>(text: &'t str, part: &str) -> Phrase<&'t str> {
        let start = text.find(part).expect("part of the text");
        let span = finnews::Span::new(start, start + part.len());
        Phrase {
            span,
            text: &text[span.range()],
        }
    }

    #[test]
    fn a_doc_fact_keeps_every_field_and_reads_each_phrase_back_from_the_text() {
        let text = "Acme's net profit per share, before tax and excluding items, rose 5% on 2023.";
        let mut f = finnews::Fact::new(3, Role::Change);
        f.metric = Some(phrase(text, "net profit"));
        f.subject = Some(phrase(text, "Acme"));
        f.period = Period::Mention(4);
        f.period_offset = Some(PeriodOffset::YearEarlier);
        f.direction = Some(Direction::Up);
        f.basis = Some(Basis::VersusPeriod);
        f.compared_to = Some(4);
        f.denominator = Some(phrase(text, "share"));
        f.qualifiers = vec![phrase(text, "before tax"), phrase(text, "excluding items")];
        f.status = Status::Forecast;
        let d = doc_fact(f.clone());
        // The same fact once each phrase's text is read back from the document.
        let back = |p: &Phrase<()>| Phrase {
            span: p.span,
            text: phrase_text(p, text),
        };
        let rebuilt = finnews::Fact {
            value: d.value,
            role: d.role,
            metric: d.metric.as_ref().map(back),
            subject: d.subject.as_ref().map(back),
            period: d.period,
            period_offset: d.period_offset,
            direction: d.direction,
            basis: d.basis,
            compared_to: d.compared_to,
            denominator: d.denominator.as_ref().map(back),
            qualifiers: d.qualifiers.iter().map(back).collect(),
            status: d.status,
        };
        assert_eq!(rebuilt, f);
    }

    #[test]
    fn the_phrases_of_an_analysis_are_the_text_at_their_spans() {
        let text = "Acme Corp said its net profit rose 12% year on year to $5 million in the \
                    first quarter. Exports of wheat accounted for 30% of total exports in May.";
        let a = finnews::analyze(text, &finnews::Options::default());
        let mut phrases = 0;
        for f in &a.facts {
            let d = doc_fact(f.clone());
            let pairs = [(&f.metric, &d.metric), (&f.subject, &d.subject)];
            for (lib, ours) in pairs.into_iter().chain([(&f.denominator, &d.denominator)]) {
                assert_eq!(
                    lib.as_ref().map(|p| p.text),
                    ours.as_ref().map(|p| phrase_text(p, text))
                );
                phrases += usize::from(lib.is_some());
            }
        }
        assert!(phrases >= 2, "{phrases} phrases");
    }

    #[test]
    fn a_period_text_writes_what_the_facts_columns_show() {
        let text = |base, offset: bool| {
            PeriodText {
                base,
                offset: offset.then_some(PeriodOffset::YearEarlier),
            }
            .to_string()
        };
        assert_eq!(text(None, false), "");
        assert_eq!(text(None, true), " -P1Y");
        assert_eq!(text(Some(PeriodBase::Reference), false), "reference");
        assert_eq!(text(Some(PeriodBase::Reference), true), "reference -P1Y");
        let a = finnews::analyze("Sales fell in May 2024.", &finnews::Options::default());
        let timex = a
            .mentions
            .iter()
            .find_map(|m| Fact::from_mention(m).values().timex);
        let timex = timex.expect("a date");
        assert_eq!(text(Some(PeriodBase::Timex(timex)), true), "2024-05 -P1Y");
    }
}
