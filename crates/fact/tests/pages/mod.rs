//! Shared by the tests on written pages: items placed by finding their text, the facts of a
//! text, a fact's metric as text.

use finnews_core::Span;
use finnews_fact::{Fact, Item, extract};
use finnews_segment::{Options, segment};

/// The span of the first occurrence of `s` in `text`.
pub(crate) fn find(text: &str, s: &str) -> Span {
    let i = text.find(s).expect("in text");
    Span::new(i, i + s.len())
}

/// The facts of `text` with the given items, segmented with the default options.
pub(crate) fn facts<'a>(text: &'a str, items: &[Item]) -> Vec<Fact<&'a str>> {
    let seg = segment(text, &Options::default());
    extract(text, &seg.blocks, &seg.sentences, items)
}

/// A fact's metric as written (empty when it has none).
pub(crate) fn metric<'a>(f: &Fact<&'a str>) -> &'a str {
    f.metric.as_ref().map_or("", |m| m.text)
}
