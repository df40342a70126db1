/*!
finnews turns finance and economics news into structured facts.

One call, [`analyze`], reads a document and returns its [`Analysis`]: the blocks of the page
(title, dateline, paragraphs, list items, key/value fields, navigation, boilerplate), its
sentences, and every quantity and temporal expression in it, each with its exact byte span and
exact value.

```
use finnews::{analyze, MentionKind, MentionValue, Options};
use finnews::quantity::Currency;

let text = "Changzhou loans\n\nBy the end of June, loans reached RMB 398.95 billion.";
let analysis = analyze(text, &Options::default());

let money = analysis.mentions_of(MentionKind::Money).next().unwrap();
assert_eq!(money.text(), "RMB 398.95 billion");
let MentionValue::Money { amount, currency, .. } = money.value() else { unreachable!() };
assert_eq!(currency, Currency::CNY);
assert_eq!(amount.to_string(), "398950000000");

let june = analysis.mentions_of(MentionKind::Date).next().unwrap();
assert_eq!(june.value().timex().unwrap().month(), Some(6));
```

**Start with the [guide](_guide)**: the [model](_guide::model), [reading values](_guide::values),
[options](_guide::options), [JSON both ways](_guide::json), the [crates alone](_guide::crates)
and the [output contract](_guide::contract) itself.

The facade only composes. Each layer is its own crate and can be used alone; they are
re-exported here:

| module | crate | what |
| --- | --- | --- |
| [`core`] | `finnews-core` | [`Span`], shared word tables |
| [`numeral`] | `finnews-numeral` | numerals as exact decimals |
| [`quantity`] | `finnews-quantity` | money, percentages, measures, numbers, ordinals |
| [`date`] | `finnews-date` | dates, periods, durations as TIMEX3 |
| [`segment`] | `finnews-segment` | blocks and sentences |

# Names

| type | what |
| --- | --- |
| [`Analysis`], [`OwnedAnalysis`] | one document's results, borrowing or owning the mentions' text |
| [`Mention`], [`OwnedMention`] | one quantity or temporal expression |
| [`MentionKind`] | the contract's seven kinds (`money`, ..., `duration`) |
| [`MentionValue`] | a mention's typed value, one variant per kind |
| [`analyze_windows`], [`WindowedAnalysis`], [`Window`] | one document read a window at a time, for documents too long to hold every mention at once |
| [`Options`] | how [`analyze`] reads; [`QuantityOptions`], [`DateOptions`], [`SegmentOptions`] are the component crates' own |
| [`FromStrError`] | the error of every `FromStr` (codes, amounts, TIMEX3 values) |

# Crate features

* `serde`: [`Analysis`] serialises as one document of the output contract (version 1,
  [`_guide::contract`]; `docs/output-format.md` in the repository), and [`OwnedAnalysis`] reads
  it back. The `finnews` command prints exactly that.

# Untrusted input

[`analyze`] takes any `&str`, never panics, and runs in time linear in its length. For bytes of
unknown encoding, [`decode`] checks UTF-8 and reports where it breaks.
*/
#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod _guide;
mod analysis;
mod decode;
mod mention;
mod owned;

pub use crate::analysis::{
    Analysis, Options, ReferenceSource, ResolvedReference, Window, WindowedAnalysis, Windows,
    analyze, analyze_windows,
};
pub use crate::decode::{DecodeError, Decoded, decode};
pub use crate::mention::{Mention, MentionKind, MentionValue};
pub use crate::owned::{OwnedAnalysis, OwnedMention};

/// The options of [`quantity::extract`] (what a bare `¥` means), plugged into [`Options`] with
/// [`Options::with_quantity_options`].
pub use finnews_quantity::Options as QuantityOptions;

/// The options of [`date::extract`] (fiscal years, day-first dates), plugged into [`Options`]
/// with [`Options::with_date_options`].
pub use finnews_date::Options as DateOptions;

/// The options of [`segment::segment`] (the dateline detector), for using the segmenter alone;
/// [`analyze`] sets its own.
pub use finnews_segment::Options as SegmentOptions;

pub use finnews_core::FromStrError;

pub use finnews_core as core;
pub use finnews_core::Span;
pub use finnews_date as date;
pub use finnews_fact as fact;
pub use finnews_fact::{Fact, OwnedFact};
pub use finnews_numeral as numeral;
pub use finnews_quantity as quantity;
pub use finnews_segment as segment;

/// The README's examples, compiled and run as doc tests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
