/*!
Facts from finance news: for each quantity a document states, *what* it measures (the metric),
*whose* it is (the subject), *for when* (the period), and whether it is a level, a change, a share
or a rank, with the direction, the basis and the status of the statement (output contract 1.2).

The crate works on what the other finnews crates already found: the text, its blocks and
sentences ([`finnews_segment`]), the mentions, given here as [`Item`]s (span and kind), and the
tokens of [`finnews_core::lexer`] ([`extract_with_tokens`]; [`extract`] lexes the text itself).
The cue words ([`cues`], data only) are part of the one lexicon, so each token arrives with its
cue word already looked up; the linker matches cue phrases over those ids, and links each value to its metric, subject and period by general rules over the tokens,
the sentence's clauses and the page's structure. Every index in a [`Fact`] points at an item, and
every [`Phrase`] is a span of the text on character boundaries. Cost is linear in the text.

```
use finnews_core::Span;
use finnews_fact::{extract, Item, ItemKind, Period, Role, Direction, Basis};
use finnews_segment::{segment, Options};

let text = "By the end of June, outstanding loans reached RMB 398.95 billion, \
            an increase of RMB 42.93 billion since the beginning of the year.";
let find = |s: &str| { let i = text.find(s).unwrap(); Span::new(i, i + s.len()) };
let items = [
    Item::new(find("the end of June"), ItemKind::Date),
    Item::new(find("RMB 398.95 billion"), ItemKind::Money),
    Item::new(find("RMB 42.93 billion"), ItemKind::Money),
    Item::new(find("the beginning of the year"), ItemKind::Date),
];
let seg = segment(text, &Options::default());
let facts = extract(text, &seg.blocks, &seg.sentences, &items);
assert_eq!(facts.len(), 2);
assert_eq!(facts[0].role, Role::Level);
assert_eq!(facts[0].metric.as_ref().unwrap().text, "outstanding loans");
assert_eq!(facts[0].period, Period::Mention(0));
assert_eq!((facts[1].role, facts[1].direction), (Role::Change, Some(Direction::Up)));
assert_eq!(facts[1].basis, Some(Basis::SincePeriodStart));
```
*/
#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod cues;
mod extract;
mod types;

pub use crate::extract::{extract, extract_with_tokens};
pub use crate::types::{
    Basis, Direction, Fact, Item, ItemKind, OwnedFact, Period, PeriodOffset, Phrase, Role, Status,
};
