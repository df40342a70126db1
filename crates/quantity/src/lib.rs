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

# Text forms

Every value with a text form has `Display` and `FromStr`, and they agree: [`Amount`] writes its
decimals as the contract does (`398950000000`, never `398950000000.00`); [`QuantityKind`],
[`Unit`], [`Dimension`], [`PercentUnit`] and [`Modifier`] write their contract codes. A
[`Currency`] (an ISO 4217 code in use, from `iso_currency`, or one ISO has withdrawn that
archives still write of, such as `DEM` for `1.80 marks`) is read from its code by `FromStr`
and written as one by [`Currency::code`]; its own `Display` prints the currency's name.

```
use finnews_quantity::{Amount, Currency, QuantityKind, Unit};

let amount: Amount = "3-5".parse()?;
assert_eq!(amount.to_string(), "3-5");
assert_eq!("TEU".parse::<Unit>()?, Unit::Teu);
assert_eq!("money:CNY".parse::<QuantityKind>()?, QuantityKind::Money { currency: Currency::CNY });
# Ok::<(), finnews_quantity::FromStrError>(())
```

# Crate features

* `serde`: [`Quantity`] serialises as a mention of the finnews output contract
  (`docs/output-format.md` in the repository); the code-named enums ([`Unit`], [`Dimension`],
  [`PercentUnit`], [`Modifier`]) serialise and deserialise as their codes. Reading a whole
  mention back is the facade's job (`finnews::OwnedAnalysis`), since a `Quantity` borrows its
  text.

# Untrusted input

[`extract`] takes any text, never panics and runs in time linear in its length;
[`extract_with_tokens`] does the same over tokens the caller has already lexed.
*/
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod cjk;
mod cues;
mod currency;
mod display;
mod error;
mod extract;
mod iso;
mod types;
mod units;

pub use crate::error::{Error, ErrorKind};
pub use crate::extract::{extract, extract_with_tokens, parse};
pub use crate::iso::Currency;
pub use crate::types::{Amount, Modifier, Options, PercentUnit, Quantity, QuantityKind};
pub use crate::units::{Dimension, Unit};
pub use finnews_core::FromStrError;
pub use rust_decimal::Decimal;
