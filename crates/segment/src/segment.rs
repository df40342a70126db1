use finnews_core::Span;
use finnews_core::lexicon::month_number;

use crate::types::{Block, BlockKind, Options, Segmentation, Sentence};

/// Splits `text` into blocks and sentences.
///
/// # Example
///
/// ```
/// use finnews_segment::{segment, Options, BlockKind};
/// let seg = segment("Headline\n\nFirst paragraph. Second sentence.", &Options::default());
/// assert_eq!(seg.blocks[0].kind, BlockKind::Title);
/// assert_eq!(seg.sentences.len(), 3);
/// ```
#[must_use]
pub fn segment(text: &str, options: &Options) -> Segmentation {
    let mut seg = Segmentation::default();
    let mut pos = 0;
    for part in text.split("\n\n") {
        let lead = part.len() - part.trim_start().len();
        let trimmed = part.trim();
        if !trimmed.is_empty() {
            let span = Span::new(pos + lead, pos + lead + trimmed.len());
            let kind = if seg.blocks.is_empty() && !trimmed.contains(". ") {
                BlockKind::Title
            } else if (options.dateline)(trimmed) == Some(trimmed.len()) {
                BlockKind::Dateline
            } else {
                BlockKind::Paragraph
            };
            let block = seg.blocks.len();
            seg.blocks.push(Block { kind, span });
            let mut s = span.start;
            for (i, _) in text[span.range()].match_indices(". ") {
                let e = span.start + i + 1;
                seg.sentences.push(Sentence {
                    span: Span::new(s, e),
                    block,
                });
                s = e + 1;
            }
            seg.sentences.push(Sentence {
                span: Span::new(s, span.end),
                block,
            });
        }
        pos += part.len() + 2;
    }
    seg
}

/// The built-in dateline detector: a line that is only a month name with day and year numbers.
pub(crate) fn builtin_dateline(line: &str) -> Option<usize> {
    let mut words = line.split_whitespace();
    let first = words.next()?;
    month_number(first.trim_end_matches('.'))?;
    words
        .all(|w| w.trim_end_matches(',').bytes().all(|b| b.is_ascii_digit()))
        .then_some(line.len())
}
