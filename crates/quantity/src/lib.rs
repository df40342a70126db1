/*!
Currency and unit parsing for finance news.

`finnews-quantity` finds every amount of money, percentage, measure, plain number and ordinal in
a text, with the exact byte span it was read from and an exact [`Decimal`] value (scale words
applied: `154.4 billion` is `154400000000`).

```
use finnews_quantity::{extract, Options, QuantityKind, Currency, Amount};
use rust_decimal::Decimal;

let text = "GDP RMB 154.4 billion";
let found = extract(text, &Options::default());
assert_eq!(found.len(), 1);
assert_eq!(found[0].text, "RMB 154.4 billion");
assert_eq!(found[0].kind, QuantityKind::Money { currency: Currency::CNY });
assert_eq!(found[0].amount, Amount::Exact(Decimal::from(154_400_000_000_u64)));
```

# Crate features

* `serde`: [`Quantity`] serialises as a mention of the finnews output contract
  (`docs/output-format.md` in the repository).

# Untrusted input

[`extract`] takes any text, never panics and runs in time linear in its length.
*/
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod cues;
mod currency;
mod error;
mod extract;
mod types;
mod units;

pub use crate::error::{Error, ErrorKind};
pub use crate::extract::{extract, parse};
pub use crate::types::{Amount, Modifier, Options, PercentUnit, Quantity, QuantityKind};
pub use crate::units::{Dimension, Unit};
pub use iso_currency::Currency;
pub use rust_decimal::Decimal;
