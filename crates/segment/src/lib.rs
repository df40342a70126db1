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

# How it works

1. **Lines.** Physical lines are found with `memchr`: LF, CRLF, lone CR and U+2028 break a line;
   a form feed or U+2029 also ends the run of lines like a blank line does. White space
   (including a byte-order mark U+FEFF, anywhere) is never part of a block; offsets are never
   shifted.
2. **Runs and soft wraps.** Consecutive non-blank lines form a run. Inside a run each line break
   is a soft wrap (the lines are joined into one block, as hard-wrapped newswire is) or a hard
   break, decided by general layout evidence: whether the next line's first word would have fit
   in the run's wrap width, lower-case continuation, deeper indentation (newswire paragraph
   indents), list markers, `Key: value` starts, CJK line ends.
3. **Blocks.** Each logical line is classified left to right. The position-dependent part
   (before or after the first body block, title and dateline seen, breadcrumb items, footer
   zone) is a small state; nothing looks past a blank line.
4. **Sentences** are split inside each block by one pass that finds terminators, quotes,
   brackets and list markers, and a second that decides each candidate from the words around it
   (abbreviation classes, initials, dotted acronyms, numbers, ellipses, enumerations, CJK `。！？`
   with closing quotes).

Every word list and threshold is in one cue table (the private `cues` module, documented there
and summarised here):

| cue | decides |
| --- | --- |
| wrap width (40-100 columns, 3+ lines, indentation counted) and "next word would have fit" | soft wrap vs. line break |
| the line a dateline on its own line was cut from: measured with the dateline in front, runs on unless it ends a sentence or is in capitals | soft wrap (the lead paragraph, not a heading) |
| lower-case / digit / bracket start after a 3+ word line without terminal punctuation, a comma at the end | soft wrap |
| 2+ columns deeper indentation | new paragraph |
| CJK last character without trailing space | soft wrap (with trailing space: break) |
| list markers `•` `-` `*` `1.` `1)` `(a)` `a)` `iv)` `①` | list item (navigation when short and before the title: a breadcrumb) |
| `Key: value` (1-3 word key; value with a digit or at most 4 words) | field; a second `Key:` on the line starts a second field |
| lines grouped with a key/value line, without terminal punctuation | fields (table rows such as `GDP RMB 154.4 billion`) |
| short line with a link-like phrase (share, print, PDF, back to top, 扫一扫 …) or menu separators | boilerplate / navigation |
| after boilerplate in the body, short lines without terminal punctuation | boilerplate (footer zone) |
| a line repeating a breadcrumb item other than the last | navigation (section label) |
| first headline-shaped line (no final `.` `,` `;` `:`, at most 40 words) before the body | title; later ones (at most 12 words) are headings |
| the dateline scanner ([`dateline()`]): newswire (`PORTLAND, Ore., Feb 26 -`), publication labels (`Updated:`, `発表日：`, `发布时间：`), date lines (`Tuesday, March 4, 2025`, `2024年7月15日 10:30`), before the body; labelled, key/value (`RNS Number : 5444Y … 31 July 2024`) and closing source lines (`(Xinhua, March 3, 2021)`) also after it; one per document | dateline; a dateline that does not fill its line is its own block, the rest of the line the first paragraph |
| a newswire dateline inside the first paragraph of an undated page (`… WASHINGTON—Dec. 4, 2023—The …`) | paragraph, dateline, paragraph |
| sign-offs (`Reuter`), widgets (`- 5 Comment(s)`, `• x`), chrome (`Picture of … logo`) | boilerplate |
| a tag with its count (`Bank of England (4)`), a lower-case site name, short lines between the title and the body or dateline | navigation |
| a longer headline in the header zone (before body and dateline) after a title of at most 5 words | the title (the earlier one becomes navigation) |
| results rows (`Net 5.1 mln vs 4.2 mln`, `Shr loss 24 cts vs profit seven cts`), rows of figures (`Imports   3.31   3.29`), short one-column rows (`Shr 41 cts` over `Net 2,120,000`) in a stretch without sentence ends (a note ends it; a title-case caption stays a heading) | field, one per row; a row never runs into the next line |
| Chinese newswire (`新华社北京4月21日电`), bylines and source labels before a date (`By Ann Lee \| June 9, 2018`, `来源：港务局 2020-03-08`), bracketed labels (`【发布时间：2020-03-08】`), `15.07.2024` | dateline |

**Decision on `Area: 508km2 Population: approx. 700,000`:** a line holding several key/value
pairs gives one `field` block per pair (`Area: 508km2`, `Population: approx. 700,000`).

```
use finnews_segment::{segment, BlockKind, Options};

let text = "Area: 508km2 Population: approx. 700,000";
let seg = segment(text, &Options::default());
let fields: Vec<_> = seg.blocks.iter().map(|b| (b.kind, &text[b.span.range()])).collect();
assert_eq!(fields, [
    (BlockKind::Field, "Area: 508km2"),
    (BlockKind::Field, "Population: approx. 700,000"),
]);
```

**Concatenation:** segmenting `a + "\n\n" + b` gives a's blocks and sentences, then b's as
segmented from the state reached at the end of `a` (so b's first headline is a heading, not a
title, once `a` has a title and a body or dateline). The one change b can make to a's blocks: while
the header zone is open (a title of at most five words, no body block, no dateline yet) a longer
headline in b takes the title, and a's title becomes navigation. This is the property tested.

# Crate features

* `serde`: [`Block`] and [`Sentence`] serialise as in the finnews output contract and
  deserialise from it; [`BlockKind`] as its name.

# Untrusted input

[`segment`] takes any text, never panics and runs in time linear in its length.
*/
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod cues;
mod dateline;
mod marker;
#[cfg(test)]
mod proptests;
mod segment;
mod sentence;
mod types;

pub use crate::dateline::{Dateline, DatelineDate, dateline};
pub use crate::segment::segment;
pub use crate::types::{Block, BlockKind, DatelineDetector, Options, Segmentation, Sentence};
pub use finnews_core::FromStrError;
