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

The [`lexicon`] module holds the calendar word tables (month and weekday names, time units, the
date grammar's words, ...) and [`tables`] the numeral and quantity ones (number and scale words,
currencies, units, modifiers), each in one place as data; the lexicon gives one O(1) lookup
from a word to every class it belongs to. The [`lexer`] reads a text once into tokens (words, numbers, CJK characters,
symbols, punctuation, line breaks as soft wraps or block boundaries), each with its span and its
lexicon classes: the grammars of the other crates run on those tokens.

```
use finnews_core::lexer::lex;
use finnews_core::lexicon::Class;

let text = "the third quarter of 2024";
let toks = lex(text);
assert_eq!(toks.len(), 5);
assert!(toks[2].classes.has(Class::TimeUnit));
assert_eq!(toks[4].text(text), "2024");
```

Exact decimals print one way everywhere ([`decimal::canonical`]: `398950000000`, never
`398950000000.00`), and every text form (`FromStr`) of every crate fails with one error type,
[`FromStrError`], which says what was read and what was expected.

# Crate features

* `serde`: `Span` serialises as the two-element array `[start, end]` of the output contract.
*/
#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod decimal;
pub mod lexer;
pub mod lexicon;
mod span;
pub mod tables;
pub mod text;

pub use crate::span::Span;
pub use crate::text::FromStrError;
pub use rust_decimal::Decimal;
