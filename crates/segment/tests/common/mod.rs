//! Helpers shared by the segmentation tests.

use finnews_segment::{BlockKind, Options, segment};

/// Each block of `text` as (kind, the text it covers), with the default options.
pub(crate) fn blocks(text: &str) -> Vec<(BlockKind, &str)> {
    segment(text, &Options::default())
        .blocks
        .iter()
        .map(|b| (b.kind, &text[b.span.range()]))
        .collect()
}
