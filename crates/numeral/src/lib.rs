/*!
The numeral layer of finnews: reads the numbers that news writes, as exact
[`Decimal`](rust_decimal::Decimal)s, never floats.

Both the quantity crate (`finnews-quantity`) and the date crate (`finnews-date`) sit on top of
it, so a numeral is read the same way wherever it appears.

```
use finnews_numeral::{cardinal_prefix, parse_cardinal};
use rust_decimal::Decimal;

assert_eq!(parse_cardinal("2,316")?, Decimal::from(2316));
let n = cardinal_prefix("154.4 billion").unwrap();
assert_eq!(n.value, Decimal::new(1544, 1));
assert_eq!(n.len, 5);
# Ok::<(), finnews_numeral::Error>(())
```

# Untrusted input

Every function here takes arbitrary text, never panics, and runs in time linear in the length
of the text it looks at.
*/
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod error;
mod numeral;

pub use crate::error::{Error, ErrorKind};
pub use crate::numeral::{
    Numeral, NumeralForm, Scale, cardinal_prefix, cardinal_prefix_ja, cjk_range_prefix, fraction,
    is_numeral_start, is_numeral_word, japanese_tail, may_begin_numeral_word, number_prefix,
    number_prefix_parts, numeral_words, ordinal_prefix, parse_cardinal, scale_prefix,
};
