/*!
Shared vocabulary of the finnews crates.

Every finnews result points back into the text it came from with a [`Span`]: a half-open range
of UTF-8 byte offsets, `start <= end`, both on character boundaries of the original input. No
crate normalises the text before it reports offsets, so `&text[span.range()]` is always the exact
slice that was read.

```
use finnews_core::Span;

let text = "GDP RMB 154.4 billion";
let span = Span::new(4, 21);
assert_eq!(span.slice(text), Some("RMB 154.4 billion"));
assert_eq!(span.len(), 17);
```

Exact decimals print one way everywhere ([`decimal::canonical`]: `398950000000`, never
`398950000000.00`), and every text form (`FromStr`) of every crate fails with one error type,
[`FromStrError`], which says what was read and what was expected.

The [`lexicon`] module holds the word tables that more than one crate reads (month names), so
each table lives in one place.

# Crate features

* `serde`: `Span` serialises as the two-element array `[start, end]` of the output contract.
*/
#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod decimal;
pub mod lexicon;
pub mod tables;
mod span;
pub mod text;

pub use crate::span::Span;
pub use crate::text::FromStrError;
pub use rust_decimal::Decimal;
