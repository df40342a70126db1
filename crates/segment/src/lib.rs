/*!
Document segmentation for scraped finance news.

`finnews-segment` turns the plain text of a news page into [`Block`]s (title, dateline, heading,
paragraph, list item, key/value field, navigation, boilerplate) and [`Sentence`]s inside them,
all as byte spans of the original text.

```
use finnews_segment::{segment, BlockKind, Options};

let text = "Mizuho signs MOU\n\nSeptember 29, 2020\n\nOn September 28, Mizuho signed. It was a good day.\n";
let seg = segment(text, &Options::default());
let kinds: Vec<_> = seg.blocks.iter().map(|b| b.kind).collect();
assert_eq!(kinds, [BlockKind::Title, BlockKind::Dateline, BlockKind::Paragraph]);
assert_eq!(seg.sentences.len(), 4);
```

# Crate features

* `serde`: [`Block`] and [`Sentence`] serialise as in the finnews output contract.

# Untrusted input

[`segment`] takes any text, never panics and runs in time linear in its length.
*/
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod cues;
mod marker;
mod segment;
mod sentence;
mod types;

pub use crate::segment::segment;
pub use crate::types::{Block, BlockKind, DatelineDetector, Options, Segmentation, Sentence};
