use finnews_core::Span;

/// The kind of a [`Block`].
///
/// Its text form (`Display`, `FromStr`, serde) is the contract's name.
///
/// # Example
///
/// ```
/// use finnews_segment::BlockKind;
/// assert_eq!(BlockKind::ListItem.code(), "list_item");
/// assert_eq!(BlockKind::ListItem.to_string(), "list_item");
/// assert_eq!("dateline".parse(), Ok(BlockKind::Dateline));
/// assert!("footer".parse::<BlockKind>().is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum BlockKind {
    /// The headline of the article.
    Title,
    /// The line that dates the article (`September 29, 2020`, `SALVADOR, Feb 26 -`).
    Dateline,
    /// A section heading or subheading inside the article.
    Heading,
    /// Body text.
    Paragraph,
    /// One item of a bulleted or numbered list.
    ListItem,
    /// One key/value pair (`Area: 508km2`).
    Field,
    /// Breadcrumbs, menus, site section labels.
    Navigation,
    /// Share, print and back-to-top lines, footers, related-links labels.
    Boilerplate,
}

impl BlockKind {
    /// Every block kind, in the contract's order.
    ///
    /// # Example
    ///
    /// ```
    /// use finnews_segment::BlockKind;
    /// for k in BlockKind::ALL {
    ///     assert_eq!(k.to_string().parse::<BlockKind>(), Ok(k));
    /// }
    /// ```
    pub const ALL: [BlockKind; 8] = [
        BlockKind::Title,
        BlockKind::Dateline,
        BlockKind::Heading,
        BlockKind::Paragraph,
        BlockKind::ListItem,
        BlockKind::Field,
        BlockKind::Navigation,
        BlockKind::Boilerplate,
    ];

    /// The contract's name of the kind.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(finnews_segment::BlockKind::Boilerplate.code(), "boilerplate");
    /// ```
    #[must_use]
    pub const fn code(self) -> &'static str {
        match self {
            BlockKind::Title => "title",
            BlockKind::Dateline => "dateline",
            BlockKind::Heading => "heading",
            BlockKind::Paragraph => "paragraph",
            BlockKind::ListItem => "list_item",
            BlockKind::Field => "field",
            BlockKind::Navigation => "navigation",
            BlockKind::Boilerplate => "boilerplate",
        }
    }
}

finnews_core::code_text_form!(BlockKind, "block kind");

/// A block of a document: its kind and the bytes it covers.
///
/// Blocks are in order, do not overlap, and together cover every non-blank line.
///
/// # Example
///
/// ```
/// use finnews_segment::{segment, Options, BlockKind};
/// let seg = segment("Back to top", &Options::default());
/// assert_eq!(seg.blocks[0].span.range(), 0..11);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Block {
    /// What the block is.
    pub kind: BlockKind,
    /// The bytes it covers, without surrounding whitespace.
    pub span: Span,
}

/// A sentence, inside one block.
///
/// # Example
///
/// ```
/// use finnews_segment::{segment, Options};
/// let text = "Loans grew. Deposits fell.";
/// let seg = segment(text, &Options::default());
/// assert_eq!(&text[seg.sentences[1].span.range()], "Deposits fell.");
/// assert_eq!(seg.sentences[1].block, 0);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    /// The bytes it covers, without surrounding whitespace.
    pub span: Span,
    /// Index of the block it lies in.
    pub block: usize,
}

/// The blocks and sentences of a document.
///
/// # Example
///
/// ```
/// let seg = finnews_segment::segment("", &finnews_segment::Options::default());
/// assert!(seg.blocks.is_empty() && seg.sentences.is_empty());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Segmentation {
    /// The blocks, in document order.
    pub blocks: Vec<Block>,
    /// The sentences, in document order.
    pub sentences: Vec<Sentence>,
    /// The date the document's dateline names (that of the first [`BlockKind::Dateline`]
    /// block), read while segmenting so that a caller needs no second dateline read: the
    /// built-in detector's reading of the line it found the dateline on; with a caller's
    /// detector, [`dateline()`](crate::dateline()) on the block.
    ///
    /// ```
    /// use finnews_segment::{segment, DatelineDate, Options};
    /// let seg = segment("Title\n\nCHICAGO, March 2 - Grain rose.", &Options::default());
    /// assert_eq!(seg.dateline_date, Some(DatelineDate::MonthDay { month: 3, day: 2 }));
    /// ```
    pub dateline_date: Option<crate::DatelineDate>,
}

/// A function that recognises a dateline at the start of a line and returns how many bytes it
/// covers. The facade crate plugs in the date crate's grammar; on its own this crate uses a
/// simple built-in one.
pub type DatelineDetector = fn(&str) -> Option<usize>;

/// How [`segment`](crate::segment) works.
///
/// # Example
///
/// ```
/// fn only_today(line: &str) -> Option<usize> { line.starts_with("Today").then_some(5) }
/// let opts = finnews_segment::Options::default().with_dateline_detector(only_today);
/// let seg = finnews_segment::segment("Title\n\nToday\n\nBody text here.", &opts);
/// assert_eq!(seg.blocks[1].kind, finnews_segment::BlockKind::Dateline);
/// ```
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub struct Options {
    /// Recognises dateline lines.
    pub dateline: DatelineDetector,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            dateline: crate::segment::builtin_dateline,
        }
    }
}

impl Options {
    /// Replaces the dateline detector.
    ///
    /// # Example
    ///
    /// ```
    /// let opts = finnews_segment::Options::default().with_dateline_detector(|_| None);
    /// # let _ = opts;
    /// ```
    #[must_use]
    pub fn with_dateline_detector(mut self, detector: DatelineDetector) -> Options {
        self.dateline = detector;
        self
    }
}

#[cfg(feature = "serde")]
mod serde_impl {
    use super::{Block, BlockKind, Sentence};
    use finnews_core::Span;
    use serde::ser::{SerializeMap, Serializer};
    use serde::{Deserialize, Deserializer, Serialize};

    impl Serialize for Block {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            let mut m = s.serialize_map(Some(2))?;
            m.serialize_entry("kind", self.kind.code())?;
            m.serialize_entry("span", &self.span)?;
            m.end()
        }
    }

    /// `{"kind": ..., "span": [start, end]}`; other fields are ignored.
    impl<'de> Deserialize<'de> for Block {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Block, D::Error> {
            #[derive(Deserialize)]
            struct Raw {
                kind: BlockKind,
                span: Span,
            }
            let Raw { kind, span } = Raw::deserialize(d)?;
            Ok(Block { kind, span })
        }
    }

    impl Serialize for Sentence {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            let mut m = s.serialize_map(Some(2))?;
            m.serialize_entry("span", &self.span)?;
            m.serialize_entry("block", &self.block)?;
            m.end()
        }
    }

    /// `{"span": [start, end], "block": index}`; other fields are ignored.
    impl<'de> Deserialize<'de> for Sentence {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Sentence, D::Error> {
            #[derive(Deserialize)]
            struct Raw {
                span: Span,
                block: usize,
            }
            let Raw { span, block } = Raw::deserialize(d)?;
            Ok(Sentence { span, block })
        }
    }

    #[cfg(test)]
    mod tests {
        use super::super::{Block, BlockKind, Sentence};
        use finnews_core::Span;

        #[test]
        fn blocks_and_sentences_round_trip() {
            let b = Block {
                kind: BlockKind::ListItem,
                span: Span::new(3, 9),
            };
            let json = serde_json::to_string(&b).expect("serialisable");
            assert_eq!(json, r#"{"kind":"list_item","span":[3,9]}"#);
            assert_eq!(serde_json::from_str::<Block>(&json).expect("readable"), b);
            let s = Sentence {
                span: Span::new(3, 5),
                block: 2,
            };
            let json = serde_json::to_string(&s).expect("serialisable");
            assert_eq!(
                serde_json::from_str::<Sentence>(&json).expect("readable"),
                s
            );
            assert!(serde_json::from_str::<Block>(r#"{"kind":"footer","span":[3,9]}"#).is_err());
        }
    }
}
