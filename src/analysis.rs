use chrono::{Month, NaiveDate};
use finnews_core::lexer::Token;
use finnews_date::{ReferenceDate, Temporal};
use finnews_fact::Fact;
use finnews_quantity::Quantity;
use finnews_segment::{Block, Sentence};

use crate::mention::{Mention, MentionKind};

/// How [`analyze`] reads a document.
///
/// Built with `with_*` methods from [`Options::default`]; the component crates' own options
/// ([`QuantityOptions`](crate::QuantityOptions), [`DateOptions`](crate::DateOptions)) plug in
/// whole.
///
/// # Example
///
/// ```
/// use finnews::{Options, date::{NaiveDate, Month}};
/// let day = NaiveDate::from_ymd_opt(2024, 7, 15).unwrap();
/// let opts = Options::default()
///     .with_reference_date(day)
///     .with_fiscal_year_start(Month::April);
/// assert_eq!(opts.fiscal_year_start(), Month::April);
/// assert_eq!(opts.reference_date(), Some(day));
/// assert_eq!(opts.without_reference_date().reference_date(), None);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Options {
    reference_date: Option<NaiveDate>,
    /// Where a caller's reference date stands: after the dateline, or before it.
    reference: Reference,
    quantity: finnews_quantity::Options,
    date: finnews_date::Options,
    /// Whether to link the mentions into facts (on by default).
    no_facts: bool,
}

/// How a caller's reference date ranks against the document's dateline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
enum Reference {
    /// Used when the document has no dateline (`source: argument`).
    #[default]
    Fallback,
    /// Wins over the dateline, reported as given by the caller (`source: argument`).
    Override,
    /// Wins over the dateline, reported as the input's own (`source: input`).
    Input,
}

impl Options {
    /// The date relative expressions resolve against when the document has no dateline of its
    /// own. A dateline found in the document wins over it. Its source is
    /// [`ReferenceSource::Argument`].
    ///
    /// # Example
    ///
    /// ```
    /// use finnews::{analyze, Options, ReferenceSource, date::NaiveDate};
    /// let d = NaiveDate::from_ymd_opt(2024, 7, 15).unwrap();
    /// let a = analyze("Loans rose.", &Options::default().with_reference_date(d));
    /// assert_eq!(a.reference_date.unwrap().source, ReferenceSource::Argument);
    /// ```
    #[must_use]
    pub fn with_reference_date(mut self, date: NaiveDate) -> Options {
        self.reference_date = Some(date);
        self.reference = Reference::Fallback;
        self
    }

    /// No reference date from the caller: relative expressions resolve against the document's
    /// dateline, or stay unresolved (`XXXX-06`).
    ///
    /// # Example
    ///
    /// ```
    /// use finnews::{Options, date::NaiveDate};
    /// let d = NaiveDate::from_ymd_opt(2024, 7, 15).unwrap();
    /// let opts = Options::default().with_reference_date(d).without_reference_date();
    /// assert_eq!(opts, Options::default());
    /// ```
    #[must_use]
    pub fn without_reference_date(mut self) -> Options {
        self.reference_date = None;
        self.reference = Reference::Fallback;
        self
    }

    /// A reference date that belongs to the input itself (the `reference_date` of a JSON Lines
    /// record): it wins even over the document's own dateline, and its source is
    /// [`ReferenceSource::Input`].
    ///
    /// # Example
    ///
    /// ```
    /// use finnews::{analyze, Options, ReferenceSource, date::NaiveDate};
    /// let d = NaiveDate::from_ymd_opt(2024, 7, 15).unwrap();
    /// let opts = Options::default().with_input_reference_date(d);
    /// let a = analyze("Title\n\nSeptember 29, 2020\n\nText.", &opts);
    /// let r = a.reference_date.unwrap();
    /// assert_eq!((r.date.date(), r.source), (d, ReferenceSource::Input));
    /// ```
    #[must_use]
    pub fn with_input_reference_date(mut self, date: NaiveDate) -> Options {
        self.reference_date = Some(date);
        self.reference = Reference::Input;
        self
    }

    /// A reference date that wins over the dateline but is reported as the caller's
    /// (`source: argument`): the command's behaviour under contract 1.0, kept until callers
    /// move to [`Options::with_input_reference_date`]. `None` clears the reference date.
    #[doc(hidden)]
    #[must_use]
    pub fn with_reference_date_override(mut self, date: Option<NaiveDate>) -> Options {
        self.reference_date = date;
        self.reference = if date.is_some() {
            Reference::Override
        } else {
            Reference::Fallback
        };
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
    /// use finnews::{Options, QuantityOptions, quantity::Currency};
    /// let q = QuantityOptions::default().with_yen(Some(Currency::JPY));
    /// let opts = Options::default().with_quantity_options(q.clone());
    /// assert_eq!(opts.quantity_options(), &q);
    /// ```
    #[must_use]
    pub fn with_quantity_options(mut self, options: finnews_quantity::Options) -> Options {
        self.quantity = options;
        self
    }

    /// The quantity crate's options.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(finnews::Options::default().quantity_options().yen, None);
    /// ```
    #[must_use]
    pub fn quantity_options(&self) -> &finnews_quantity::Options {
        &self.quantity
    }

    /// Replaces the date crate's options (fiscal-year naming, day-first numeric dates). Its
    /// reference date is ignored: the one set here, or the dateline, is used.
    ///
    /// # Example
    ///
    /// ```
    /// use finnews::{DateOptions, Options, date::FiscalYearNaming};
    /// let d = DateOptions::default().with_fiscal_year_naming(FiscalYearNaming::EndYear);
    /// let opts = Options::default().with_date_options(d);
    /// assert_eq!(opts.date_options().fiscal_year_naming, FiscalYearNaming::EndYear);
    /// ```
    #[must_use]
    pub fn with_date_options(mut self, options: finnews_date::Options) -> Options {
        self.date = options;
        self
    }

    /// Whether [`analyze`] links mentions into [`Analysis::facts`] (on by default). Callers who
    /// only want the mentions turn it off and pay nothing for facts.
    ///
    /// # Example
    ///
    /// ```
    /// use finnews::{analyze, Options};
    /// let text = "Loans reached RMB 3 billion.";
    /// assert_eq!(analyze(text, &Options::default()).facts.len(), 1);
    /// let opts = Options::default().with_facts(false);
    /// assert!(!opts.facts() && analyze(text, &opts).facts.is_empty());
    /// ```
    #[must_use]
    pub fn with_facts(mut self, on: bool) -> Options {
        self.no_facts = !on;
        self
    }

    /// Whether [`analyze`] links mentions into facts.
    ///
    /// # Example
    ///
    /// ```
    /// assert!(finnews::Options::default().facts());
    /// ```
    #[must_use]
    pub fn facts(&self) -> bool {
        !self.no_facts
    }

    /// The date crate's options.
    ///
    /// # Example
    ///
    /// ```
    /// assert!(!finnews::Options::default().date_options().day_first);
    /// ```
    #[must_use]
    pub fn date_options(&self) -> &finnews_date::Options {
        &self.date
    }
}

/// Where the reference date of an [`Analysis`] came from.
///
/// Its text form (`Display`, `FromStr`, serde) is the contract's name.
///
/// # Example
///
/// ```
/// use finnews::{analyze, Options, ReferenceSource};
/// let a = analyze("Title\n\nSeptember 29, 2020\n\nText.", &Options::default());
/// assert_eq!(a.reference_date.unwrap().source, ReferenceSource::Dateline);
/// assert_eq!("argument".parse(), Ok(ReferenceSource::Argument));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ReferenceSource {
    /// Found in the document (`dateline`).
    Dateline,
    /// Given by the caller (`argument`).
    Argument,
    /// Given with the input document, e.g. a JSON Lines record's `reference_date` (`input`).
    Input,
}

impl ReferenceSource {
    /// Every source.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(finnews::ReferenceSource::ALL.len(), 3);
    /// ```
    pub const ALL: [ReferenceSource; 3] = [
        ReferenceSource::Dateline,
        ReferenceSource::Argument,
        ReferenceSource::Input,
    ];

    /// The contract's name: `dateline`, `argument` or `input`.
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
            ReferenceSource::Input => "input",
        }
    }
}

finnews_core::code_text_form!(ReferenceSource, "reference date source");

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

/// Everything finnews found in one document.
///
/// It borrows the mentions' text from the document; [`Analysis::into_owned`] gives an
/// [`OwnedAnalysis`](crate::OwnedAnalysis) that does not. With the `serde` feature it serialises
/// as one document of the output contract.
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
    /// The facts the quantities state (contract 1.2), sorted by value; their indices point into
    /// [`mentions`](Analysis::mentions). Empty when [`Options::with_facts`] turned them off.
    pub facts: Vec<Fact<&'a str>>,
}

impl Analysis<'_> {
    /// The same analysis, owning its mentions' text, so that it outlives the document.
    ///
    /// # Example
    ///
    /// ```
    /// let owned = {
    ///     let text = String::from("Up 7.7%");
    ///     finnews::analyze(&text, &finnews::Options::default()).into_owned()
    /// };
    /// assert_eq!(owned.mentions[0].text(), "7.7%");
    /// ```
    #[must_use]
    pub fn into_owned(self) -> crate::OwnedAnalysis {
        crate::OwnedAnalysis::from(self)
    }

    /// The mentions of one kind, in order.
    ///
    /// # Example
    ///
    /// ```
    /// use finnews::{analyze, MentionKind, Options};
    /// let a = analyze("RMB 3 billion, up 7.7%, USD 5 million", &Options::default());
    /// let money: Vec<&str> = a.mentions_of(MentionKind::Money).map(|m| m.text()).collect();
    /// assert_eq!(money, ["RMB 3 billion", "USD 5 million"]);
    /// ```
    pub fn mentions_of(&self, kind: MentionKind) -> impl Iterator<Item = &Mention<'_>> {
        self.mentions.iter().filter(move |m| m.kind() == kind)
    }
}

/// Analyzes one document.
///
/// The reference date is, in order of precedence: one set with
/// [`Options::with_input_reference_date`]; the document's own dateline; the date set with
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
    analyze_windows(text, options).into_analysis()
}

/// Starts reading one document in windows: the document's structure (blocks, sentences) and
/// reference date now, its mentions and facts one window at a time, as [`windows`] yields them.
///
/// This is what [`analyze`] is built on. A document of ordinary size (up to 512 KiB) is one
/// window; a longer one is read in windows of whole paragraphs (about 256 KiB each, cut after
/// blank lines), so that a caller who writes each window's results out before asking for the
/// next holds only one window's mentions and facts at a time, however long the document. The
/// windows' mentions and facts, concatenated, are exactly [`analyze`]'s.
///
/// What a window does not see: the fact linker reads each window on its own, so in a document
/// longer than one window, facts after the first window take no subject from the document's
/// title and no period from a heading in an earlier window (a title a megabyte back rarely
/// names what a value belongs to). Mentions, blocks and sentences are unaffected: no mention,
/// sentence or paragraph crosses a blank line.
///
/// [`windows`]: WindowedAnalysis::windows
///
/// # Example
///
/// ```
/// use finnews::{analyze, analyze_windows, Options};
/// let text = "Mizuho signs MOU\n\nSeptember 29, 2020\n\nSales rose 5% to $3 billion in 2019.";
/// let options = Options::default();
/// let reading = analyze_windows(text, &options);
/// assert_eq!(reading.blocks().len(), 3);
/// let mut mentions = Vec::new();
/// for window in reading.windows() {
///     // The window's first mention has this index in the whole document.
///     assert_eq!(window.first_mention, mentions.len());
///     mentions.extend(window.mentions);
/// }
/// assert_eq!(mentions, analyze(text, &options).mentions);
/// ```
#[must_use]
pub fn analyze_windows<'a>(text: &'a str, options: &Options) -> WindowedAnalysis<'a> {
    WindowedAnalysis::new(text, options, WINDOW)
}

/// One document being read in windows (see [`analyze_windows`]): its reference date, blocks
/// and sentences, and the windows its mentions and facts are read in.
///
/// # Example
///
/// ```
/// let reading = finnews::analyze_windows("Up 7.7% in 2019.", &finnews::Options::default());
/// assert_eq!(reading.window_count(), 1);
/// assert_eq!(reading.sentences().len(), 1);
/// assert!(reading.reference_date().is_none());
/// ```
#[derive(Debug, Clone)]
pub struct WindowedAnalysis<'a> {
    text: &'a str,
    reference_date: Option<ResolvedReference>,
    blocks: Vec<Block>,
    sentences: Vec<Sentence>,
    date: finnews_date::Options,
    quantity: finnews_quantity::Options,
    facts: bool,
    windows: Vec<std::ops::Range<usize>>,
}

impl<'a> WindowedAnalysis<'a> {
    /// Segments `text`, finds its reference date and cuts it into windows of about `window`
    /// bytes (one window when it is at most twice that).
    fn new(text: &'a str, options: &Options, window: usize) -> WindowedAnalysis<'a> {
        let seg = finnews_segment::segment(text, &finnews_segment::Options::default());
        let given = options.reference_date.map(ReferenceDate::day);
        // The segmenter found the dateline and read its date: no second read here.
        let dateline = seg
            .dateline_date
            .and_then(|d| reference_of(d, options.reference_date));
        let reference_date = match (options.reference, dateline, given) {
            (Reference::Input, _, Some(d)) => Some(ResolvedReference {
                date: d,
                source: ReferenceSource::Input,
            }),
            (Reference::Override, _, Some(d)) => Some(ResolvedReference {
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
        let date = options
            .date
            .clone()
            .with_reference(reference_date.map(|r| r.date));
        WindowedAnalysis {
            text,
            reference_date,
            blocks: seg.blocks,
            sentences: seg.sentences,
            date,
            quantity: options.quantity.clone(),
            facts: !options.no_facts,
            windows: windows(text, window),
        }
    }

    /// The reference date relative expressions resolve against, if any (as
    /// [`Analysis::reference_date`]).
    ///
    /// # Example
    ///
    /// ```
    /// let text = "Title\n\nSeptember 29, 2020\n\nText.";
    /// let reading = finnews::analyze_windows(text, &finnews::Options::default());
    /// assert_eq!(reading.reference_date().unwrap().date.date().to_string(), "2020-09-29");
    /// ```
    #[must_use]
    pub fn reference_date(&self) -> Option<ResolvedReference> {
        self.reference_date
    }

    /// The blocks of the whole document (as [`Analysis::blocks`]).
    ///
    /// # Example
    ///
    /// ```
    /// let reading = finnews::analyze_windows("Title\n\nText.", &finnews::Options::default());
    /// assert_eq!(reading.blocks().len(), 2);
    /// ```
    #[must_use]
    pub fn blocks(&self) -> &[Block] {
        &self.blocks
    }

    /// The sentences of the whole document (as [`Analysis::sentences`]).
    ///
    /// # Example
    ///
    /// ```
    /// let reading = finnews::analyze_windows("One. Two.", &finnews::Options::default());
    /// assert_eq!(reading.sentences().len(), 2);
    /// ```
    #[must_use]
    pub fn sentences(&self) -> &[Sentence] {
        &self.sentences
    }

    /// How many windows the document is read in: 1 up to 512 KiB.
    ///
    /// # Example
    ///
    /// ```
    /// let text = "Sales rose 5%.\n\n".repeat(100_000);
    /// let reading = finnews::analyze_windows(&text, &finnews::Options::default());
    /// assert!(reading.window_count() > 1);
    /// assert_eq!(reading.windows().count(), reading.window_count());
    /// ```
    #[must_use]
    pub fn window_count(&self) -> usize {
        self.windows.len()
    }

    /// The windows, in order, each with its mentions and (when [`Options::facts`] is on) its
    /// facts. Each call reads the windows again: a caller can make one pass for the mentions
    /// ([`mention_windows`](WindowedAnalysis::mention_windows)) and another for the facts,
    /// holding neither whole list.
    ///
    /// # Example
    ///
    /// ```
    /// use finnews::{analyze_windows, Options};
    /// let reading = analyze_windows("Loans reached RMB 3 billion.", &Options::default());
    /// let window = reading.windows().next().unwrap();
    /// assert_eq!(window.mentions[0].text(), "RMB 3 billion");
    /// assert_eq!(window.facts[0].value, 0);
    /// ```
    #[must_use]
    pub fn windows(&self) -> Windows<'_, 'a> {
        Windows {
            reading: self,
            next: 0,
            mentions_before: 0,
            facts: self.facts,
        }
    }

    /// The windows with their mentions only (no facts are linked, whatever the options say).
    ///
    /// # Example
    ///
    /// ```
    /// use finnews::{analyze_windows, Options};
    /// let reading = analyze_windows("Loans reached RMB 3 billion.", &Options::default());
    /// let window = reading.mention_windows().next().unwrap();
    /// assert_eq!(window.mentions.len(), 1);
    /// assert!(window.facts.is_empty());
    /// ```
    #[must_use]
    pub fn mention_windows(&self) -> Windows<'_, 'a> {
        Windows {
            facts: false,
            ..self.windows()
        }
    }

    /// Reads every window and gathers the whole [`Analysis`], as [`analyze`] returns it.
    ///
    /// # Example
    ///
    /// ```
    /// use finnews::{analyze, analyze_windows, Options};
    /// let text = "Up 7.7% in October 2016.";
    /// let opts = Options::default();
    /// assert_eq!(analyze_windows(text, &opts).into_analysis(), analyze(text, &opts));
    /// ```
    #[must_use]
    pub fn into_analysis(self) -> Analysis<'a> {
        let mut mentions: Vec<Mention<'a>> = Vec::new();
        let mut facts: Vec<Fact<&'a str>> = Vec::new();
        for mut w in self.windows() {
            if mentions.is_empty() && facts.is_empty() {
                mentions = w.mentions;
                facts = w.facts;
            } else {
                mentions.append(&mut w.mentions);
                facts.append(&mut w.facts);
            }
        }
        Analysis {
            reference_date: self.reference_date,
            blocks: self.blocks,
            sentences: self.sentences,
            mentions,
            facts,
        }
    }

    /// Reads the window `range`, whose first mention is the document's mention `base`.
    fn read(&self, range: std::ops::Range<usize>, base: usize, link: bool) -> Window<'a> {
        let text = self.text;
        let offset = range.start;
        let piece = &text[range];
        let whole = piece.len() == text.len();
        // Each window is lexed once; the date grammar, the quantity grammar and the fact
        // linker read the same tokens, and the tokens and the linker's tables never exceed one
        // window's worth.
        with_tokens(piece, |tokens| {
            let temporals = finnews_date::extract_with_tokens(piece, tokens, &self.date);
            let quantities = finnews_quantity::extract_with_tokens(piece, tokens, &self.quantity);
            let found = merge(temporals, quantities);
            let found_facts = if !link {
                Vec::new()
            } else if whole {
                facts_of(piece, tokens, &self.blocks, &self.sentences, &found)
            } else {
                let (blocks, sentences) =
                    local_structure(&self.blocks, &self.sentences, offset, piece.len());
                facts_of(piece, tokens, &blocks, &sentences, &found)
            };
            let (mentions, facts) = if offset == 0 && base == 0 {
                (found, found_facts)
            } else {
                (
                    found
                        .into_iter()
                        .map(|m| shift_mention(m, offset))
                        .collect(),
                    found_facts
                        .into_iter()
                        .map(|f| shift_fact(f, offset, base))
                        .collect(),
                )
            };
            Window {
                span: finnews_core::Span::new(offset, offset + piece.len()),
                first_mention: base,
                mentions,
                facts,
            }
        })
    }
}

/// The windows of a [`WindowedAnalysis`], read one at a time as they are asked for.
///
/// # Example
///
/// ```
/// let reading = finnews::analyze_windows("Up 7.7% in 2019.", &finnews::Options::default());
/// let mut windows = reading.windows();
/// assert_eq!(windows.next().unwrap().mentions.len(), 2);
/// assert!(windows.next().is_none());
/// ```
#[derive(Debug, Clone)]
pub struct Windows<'r, 'a> {
    reading: &'r WindowedAnalysis<'a>,
    next: usize,
    /// The mentions of the windows already read.
    mentions_before: usize,
    /// Whether facts are linked.
    facts: bool,
}

impl<'a> Iterator for Windows<'_, 'a> {
    type Item = Window<'a>;

    fn next(&mut self) -> Option<Window<'a>> {
        let range = self.reading.windows.get(self.next)?.clone();
        self.next += 1;
        let w = self.reading.read(range, self.mentions_before, self.facts);
        self.mentions_before += w.mentions.len();
        Some(w)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.reading.windows.len() - self.next;
        (n, Some(n))
    }
}

impl ExactSizeIterator for Windows<'_, '_> {}

/// One window of a document (see [`analyze_windows`]): its mentions and facts, in the whole
/// document's coordinates and numbering.
///
/// # Example
///
/// ```
/// let reading = finnews::analyze_windows("Up 7.7% in 2019.", &finnews::Options::default());
/// let w = reading.windows().next().unwrap();
/// assert_eq!((w.span.start(), w.span.end(), w.first_mention), (0, 16, 0));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Window<'a> {
    /// Where the window lies in the document.
    pub span: finnews_core::Span,
    /// The document-wide index of the window's first mention (the mentions of the windows
    /// before it).
    pub first_mention: usize,
    /// The mentions that lie in the window, sorted by span start, with spans into the whole
    /// document.
    pub mentions: Vec<Mention<'a>>,
    /// The facts the window's mentions state, sorted by value, their indices numbering the
    /// whole document's mentions (as [`Analysis::facts`]).
    pub facts: Vec<Fact<&'a str>>,
}

/// The size of the windows a huge document is read in (see [`windows`]).
const WINDOW: usize = 1 << 18;

/// The windows a document is read in: the whole text when it is at most twice `size` bytes,
/// else pieces of at least `size` bytes, each ending after a blank line (no mention, sentence
/// or paragraph crosses a blank line, so every window reads as the whole text would). Text
/// without a blank line after a window's first `size` bytes stays in that window.
fn windows(text: &str, size: usize) -> Vec<std::ops::Range<usize>> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    while bytes.len() - start > 2 * size {
        match blank_line_after(bytes, start + size) {
            Some(cut) if cut < bytes.len() => {
                out.push(start..cut);
                start = cut;
            }
            _ => break,
        }
    }
    out.push(start..bytes.len());
    out
}

/// The offset just after the first blank line (a line of spaces, tabs or `\r` at most) that
/// starts at or after `from`, if any.
fn blank_line_after(bytes: &[u8], from: usize) -> Option<usize> {
    let mut i = from;
    while let Some(nl) = memchr::memchr(b'\n', &bytes[i..]) {
        let line_end = i + nl;
        let mut j = line_end + 1;
        while j < bytes.len() && matches!(bytes[j], b' ' | b'\t' | b'\r') {
            j += 1;
        }
        if j < bytes.len() && bytes[j] == b'\n' {
            return Some(j + 1);
        }
        i = j.min(bytes.len());
    }
    None
}

/// The blocks and sentences that start inside the window `offset..offset + len`, in the
/// window's coordinates (ends clipped to the window; sentences point at the window's blocks).
fn local_structure(
    blocks: &[Block],
    sentences: &[Sentence],
    offset: usize,
    len: usize,
) -> (Vec<Block>, Vec<Sentence>) {
    let end = offset + len;
    let local = |span: finnews_core::Span| {
        let s = span.start().clamp(offset, end) - offset;
        let e = span.end().clamp(offset, end) - offset;
        finnews_core::Span::new(s, e.max(s))
    };
    let first_block = blocks.partition_point(|b| b.span.start() < offset);
    let last_block = blocks.partition_point(|b| b.span.start() < end);
    let local_blocks: Vec<Block> = blocks[first_block..last_block]
        .iter()
        .map(|b| Block {
            span: local(b.span),
            ..*b
        })
        .collect();
    let first = sentences.partition_point(|s| s.span.start() < offset);
    let last = sentences.partition_point(|s| s.span.start() < end);
    let local_sentences: Vec<Sentence> = sentences[first..last]
        .iter()
        .filter(|s| (first_block..last_block).contains(&s.block))
        .map(|s| Sentence {
            span: local(s.span),
            block: s.block - first_block,
        })
        .collect();
    (local_blocks, local_sentences)
}

/// A span moved right by `offset` bytes.
fn shifted(span: finnews_core::Span, offset: usize) -> finnews_core::Span {
    finnews_core::Span::new(span.start() + offset, span.end() + offset)
}

/// A window's mention in the document's coordinates.
fn shift_mention(m: Mention<'_>, offset: usize) -> Mention<'_> {
    match m {
        Mention::Quantity(mut q) => {
            q.span = shifted(q.span, offset);
            Mention::Quantity(q)
        }
        Mention::Temporal(mut t) => {
            t.span = shifted(t.span, offset);
            Mention::Temporal(t)
        }
    }
}

/// A window's fact in the document's coordinates: spans moved by `offset` bytes, mention
/// indices by `base` (the mentions of the windows before).
fn shift_fact(mut f: Fact<&str>, offset: usize, base: usize) -> Fact<&str> {
    f.value += base;
    if let finnews_fact::Period::Mention(i) = &mut f.period {
        *i += base;
    }
    if let Some(i) = &mut f.compared_to {
        *i += base;
    }
    for p in [&mut f.metric, &mut f.subject, &mut f.denominator]
        .into_iter()
        .flatten()
        .chain(f.qualifiers.iter_mut())
    {
        p.span = shifted(p.span, offset);
    }
    f
}

thread_local! {
    /// The token buffer, reused across documents on one thread.
    static TOKENS: std::cell::RefCell<Vec<Token>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Runs `f` over the tokens of `text`, lexed into this thread's reused buffer (or a buffer of
/// its own if the thread's is in use).
fn with_tokens<R>(text: &str, f: impl FnOnce(&[Token]) -> R) -> R {
    let lexer = finnews_core::lexer::Lexer::new();
    TOKENS.with(|cell| match cell.try_borrow_mut() {
        Ok(mut toks) => {
            lexer.lex_into(text, &mut toks);
            let r = f(&toks);
            // A huge document's buffer is not kept for the next, small ones.
            if toks.capacity() > 1 << 20 {
                *toks = Vec::new();
            }
            r
        }
        Err(_) => {
            let mut toks = Vec::new();
            lexer.lex_into(text, &mut toks);
            f(&toks)
        }
    })
}

/// The facts of the mentions: each mention as the fact crate's item (span and kind).
fn facts_of<'a>(
    text: &'a str,
    tokens: &[Token],
    blocks: &[Block],
    sentences: &[Sentence],
    mentions: &[Mention<'a>],
) -> Vec<Fact<&'a str>> {
    use finnews_fact::{Item, ItemKind};
    use finnews_quantity::PercentUnit;
    let items: Vec<Item> = mentions
        .iter()
        .map(|m| {
            let kind = match m.kind() {
                MentionKind::Money => ItemKind::Money,
                MentionKind::Percent => ItemKind::Percent,
                MentionKind::Measure => ItemKind::Measure,
                MentionKind::Number => ItemKind::Number,
                MentionKind::Ordinal => ItemKind::Ordinal,
                MentionKind::Date => ItemKind::Date,
                MentionKind::Duration => ItemKind::Duration,
            };
            let item = Item::new(m.span(), kind);
            let points = m.as_quantity().is_some_and(|q| {
                matches!(
                    q.kind,
                    finnews_quantity::QuantityKind::Percent {
                        unit: PercentUnit::PercentagePoint | PercentUnit::BasisPoint
                    }
                )
            });
            if points { item.with_points() } else { item }
        })
        .collect();
    finnews_fact::extract_with_tokens(text, tokens, blocks, sentences, &items)
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
    // The two sorted lists interleaved by start (a temporal first on a tie), in one pass; most
    // documents have no overlap and are done.
    // The next mention of each list is looked at in place (`as_slice`), not peeked: each
    // mention is moved once, out of its list into the merged one.
    let mut all: Vec<Mention<'a>> = Vec::with_capacity(temporals.len() + quantities.len());
    let mut ts = temporals.into_iter();
    let mut qs = quantities.into_iter();
    let mut overlap = false;
    // A list out of order (or an empty span where mentions overlap) is left to the general path.
    let mut disorder = false;
    let mut empty = false;
    loop {
        let temporal = match (ts.as_slice().first(), qs.as_slice().first()) {
            (Some(t), Some(q)) => t.span.start() <= q.span.start(),
            (None, Some(_)) => false,
            (Some(_), None) => true,
            (None, None) => break,
        };
        let next = if temporal {
            ts.next().map(Mention::Temporal)
        } else {
            qs.next().map(Mention::Quantity)
        };
        let Some(m) = next else { break };
        if let Some(last) = all.last() {
            overlap |= last.span().overlaps(m.span());
            disorder |= last.span().start() > m.span().start();
        }
        empty |= m.span().is_empty();
        all.push(m);
    }
    if !overlap && !disorder {
        return all;
    }
    let scored: Vec<(finnews_core::Span, u64)> =
        all.iter().map(|m| (m.span(), weight(m))).collect();
    if disorder || empty {
        // The general path: one choice over the whole list; the kept mentions in the order of
        // their ends, then (stably) by start.
        let keep = choose(&scored);
        let mut order: Vec<usize> = (0..all.len()).collect();
        order.sort_by_key(|&i| (scored[i].0.end(), scored[i].0.start()));
        let mut slots: Vec<Option<Mention<'a>>> = all.into_iter().map(Some).collect();
        let mut out: Vec<Mention<'a>> = order
            .iter()
            .filter(|&&i| keep[i])
            .filter_map(|&i| slots.get_mut(i).and_then(Option::take))
            .collect();
        out.sort_by_key(|m| m.span().start());
        return out;
    }
    // In start order with no empty span, the mentions fall into clusters: a mention that starts
    // at or after every earlier one's end opens the next. No mention of a cluster overlaps one
    // of another, every mention of an earlier cluster ends before any mention of a later one
    // ends (and is counted below it), so the choice over the whole list is the choices over
    // each cluster on its own: a lone mention is kept (its weight is positive), a cluster of
    // several is chosen as the whole list would be. The kept mentions stay in start order.
    let keep = choose_by_clusters(&scored);
    let mut k = keep.iter();
    all.retain(|_| k.next().copied().unwrap_or(false));
    all
}

/// The mentions (spans and weights, sorted by start, no span empty) to keep, cluster by
/// cluster: what [`choose`] of the whole list gives (see [`merge`]).
fn choose_by_clusters(scored: &[(finnews_core::Span, u64)]) -> Vec<bool> {
    let mut keep = vec![true; scored.len()];
    let mut first = 0;
    let mut max_end = 0;
    for (i, (span, _)) in scored.iter().enumerate() {
        if i > 0 && span.start() >= max_end {
            if i - first > 1 {
                keep[first..i].copy_from_slice(&choose(&scored[first..i]));
            }
            first = i;
        }
        max_end = max_end.max(span.end());
    }
    if scored.len() - first > 1 {
        keep[first..].copy_from_slice(&choose(&scored[first..]));
    }
    keep
}

/// Which of the mentions (spans and weights, in the order given) the heaviest set of
/// non-overlapping ones keeps: weighted interval scheduling over the mentions sorted by end
/// (then start, stably), a mention kept only when it makes the set strictly heavier.
fn choose(scored: &[(finnews_core::Span, u64)]) -> Vec<bool> {
    let mut order: Vec<usize> = (0..scored.len()).collect();
    order.sort_by_key(|&i| (scored[i].0.end(), scored[i].0.start()));
    let ends: Vec<usize> = order.iter().map(|&i| scored[i].0.end()).collect();
    // best[i]: the best weight using only the first i mentions (by end).
    let mut best: Vec<u64> = Vec::with_capacity(order.len() + 1);
    best.push(0);
    for (i, &o) in order.iter().enumerate() {
        let (span, w) = scored[o];
        let before = ends[..i].partition_point(|&e| e <= span.start());
        let take = w + best[before];
        best.push(take.max(best[i]));
    }
    // Walk back to find which mentions were taken.
    let mut keep = vec![false; scored.len()];
    let mut i = order.len();
    while i > 0 {
        let (span, w) = scored[order[i - 1]];
        let before = ends[..i - 1].partition_point(|&e| e <= span.start());
        if w + best[before] > best[i - 1] {
            keep[order[i - 1]] = true;
            i = before;
        } else {
            i -= 1;
        }
    }
    keep
}

/// What a mention is worth when overlaps are resolved: the bytes it covers, with a small bonus
/// that makes a temporal expression win a tie with a quantity of the same length.
fn weight(m: &Mention<'_>) -> u64 {
    let len = u64::try_from(m.span().len()).unwrap_or(u64::MAX / 8);
    len.saturating_mul(4) + u64::from(matches!(m, Mention::Temporal(_)))
}

#[cfg(feature = "serde")]
mod serde_impl {
    use super::{Analysis, Mention, ReferenceSource, ResolvedReference};
    use chrono::NaiveDate;
    use finnews_date::{Grain, ReferenceDate};
    use serde::de::Error as _;
    use serde::ser::{SerializeMap, SerializeStruct, Serializer};
    use serde::{Deserialize, Deserializer, Serialize};

    /// `{"date": "YYYY-MM-DD", "grain": ..., "source": ...}`.
    impl<'de> Deserialize<'de> for ResolvedReference {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<ResolvedReference, D::Error> {
            #[derive(Deserialize)]
            struct Raw {
                date: NaiveDate,
                grain: Grain,
                source: ReferenceSource,
            }
            let raw = Raw::deserialize(d)?;
            let date = ReferenceDate::new(raw.date, raw.grain);
            if date.date() != raw.date {
                return Err(D::Error::custom(format!(
                    "reference date {} is not the first day of its {}",
                    raw.date, raw.grain
                )));
            }
            Ok(ResolvedReference {
                date,
                source: raw.source,
            })
        }
    }

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
            let mut st = s.serialize_struct("Analysis", 5)?;
            st.serialize_field("reference_date", &self.reference_date)?;
            st.serialize_field("blocks", &self.blocks)?;
            st.serialize_field("sentences", &self.sentences)?;
            st.serialize_field("mentions", &self.mentions)?;
            st.serialize_field("facts", &self.facts)?;
            st.end()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Analysis, Options, WindowedAnalysis, windows};

    proptest::proptest! {
        /// Choosing cluster by cluster keeps what one choice over the whole list keeps, for
        /// mentions in start order with no empty span (what `merge` hands it).
        #[test]
        fn choosing_by_clusters_is_choosing_over_the_whole_list(
            raw in proptest::collection::vec((0usize..60, 1usize..12, 0u64..2), 0..24)
        ) {
            let mut scored: Vec<(finnews_core::Span, u64)> = raw
                .iter()
                .map(|&(s, len, t)| (finnews_core::Span::new(s, s + len), len as u64 * 4 + t))
                .collect();
            scored.sort_by_key(|(span, _)| span.start());
            proptest::prop_assert_eq!(
                super::choose_by_clusters(&scored),
                super::choose(&scored)
            );
        }
    }

    fn analyze_in_windows<'a>(text: &'a str, options: &Options, size: usize) -> Analysis<'a> {
        WindowedAnalysis::new(text, options, size).into_analysis()
    }

    #[test]
    fn windows_end_after_blank_lines_and_cover_the_text() {
        let text = "aaaa bbbb\ncccc\n\ndddd eeee\n \nffff\n\ngggg";
        let w = windows(text, 4);
        assert_eq!(w.first().map(|r| r.start), Some(0));
        assert_eq!(w.last().map(|r| r.end), Some(text.len()));
        for pair in w.windows(2) {
            assert_eq!(pair[0].end, pair[1].start);
            assert!(text[..pair[0].end].ends_with('\n'));
            // Each cut follows a blank line.
            let before = text[..pair[0].end - 1].rsplit('\n').next().unwrap_or("");
            assert!(before.trim().is_empty(), "cut after {before:?}");
        }
        assert!(w.len() > 1);
        // A short text, or one without a blank line, is one window.
        assert_eq!(windows(text, 1 << 20), vec![0..text.len()]);
        assert_eq!(windows("a b c d e f g h i j", 2), vec![0..19]);
    }

    #[test]
    fn a_document_read_in_windows_has_the_mentions_of_a_whole_reading() {
        let para = "Net profit rose 5.1 pct to 8.33 billion dlrs in 1986, the company said on \
                    March 3. Sales fell to one billion dlrs from 1.5 billion in the first quarter.";
        let text: String = (0..40).map(|i| format!("{para} Item {i}.\n\n")).collect();
        let options = Options::default();
        let whole = analyze_in_windows(&text, &options, 1 << 20);
        let pieces = analyze_in_windows(&text, &options, 300);
        assert!(windows(&text, 300).len() > 5);
        assert!(!whole.mentions.is_empty());
        assert_eq!(whole.mentions, pieces.mentions);
        assert_eq!(whole.blocks, pieces.blocks);
        assert_eq!(whole.sentences, pieces.sentences);
        // Every fact points at a mention and its phrases slice the text as written.
        assert!(!pieces.facts.is_empty());
        for f in &pieces.facts {
            assert!(pieces.mentions[f.value].as_quantity().is_some());
            if let crate::fact::Period::Mention(i) = f.period {
                assert!(pieces.mentions[i].as_temporal().is_some());
            }
            for p in [&f.metric, &f.subject, &f.denominator]
                .into_iter()
                .flatten()
            {
                assert_eq!(&text[p.span.range()], p.text);
            }
        }
        // Paragraphs that do not lean on the title read the same either way.
        assert_eq!(whole.facts, pieces.facts);
    }

    #[test]
    fn the_windows_one_at_a_time_make_the_whole_analysis() {
        let para = "Exports rose 12% to $5 million in May 2024, the ministry said. Imports fell \
                    to 3.2 billion yen from 4 billion in the first quarter of 2023.";
        let text: String = (0..60)
            .map(|i| format!("Part {i}.\n\n{para}\n\n"))
            .collect();
        let options = Options::default();
        let reading = WindowedAnalysis::new(&text, &options, 400);
        assert!(reading.window_count() > 10);
        let whole = analyze_in_windows(&text, &options, 400);
        let (mut mentions, mut facts) = (Vec::new(), Vec::new());
        let mut end = 0;
        for w in reading.windows() {
            // The windows tile the text; each one's mentions lie inside it and are numbered
            // after those of the windows before.
            assert_eq!(w.span.start(), end);
            end = w.span.end();
            assert_eq!(w.first_mention, mentions.len());
            assert!(w.mentions.iter().all(|m| w.span.contains(m.span())));
            let here = w.first_mention..w.first_mention + w.mentions.len();
            assert!(w.facts.iter().all(|f| here.contains(&f.value)));
            mentions.extend(w.mentions);
            facts.extend(w.facts);
        }
        assert_eq!(end, text.len());
        assert_eq!(mentions, whole.mentions);
        assert_eq!(facts, whole.facts);
        assert!(!facts.is_empty());
        // The mentions alone, without facts, are the same mentions.
        let alone: Vec<_> = reading
            .mention_windows()
            .flat_map(|w| {
                assert!(w.facts.is_empty());
                w.mentions
            })
            .collect();
        assert_eq!(alone, whole.mentions);
        // And the windows' structure is the whole reading's.
        assert_eq!(reading.blocks(), &whole.blocks[..]);
        assert_eq!(reading.sentences(), &whole.sentences[..]);
        assert_eq!(reading.into_analysis(), whole);
    }
}
