/*!
Date normalisation for finance news.

`finnews-date` finds temporal expressions (dates, months, quarters, halves, fiscal years,
relative expressions, durations) and normalises them to TimeML TIMEX3 values, with the first and
last day each covers, resolved against a reference date: the document's own dateline or one the
caller gives. Without a reference date, relative expressions keep their unresolved TIMEX3 form
(`XXXX-06`) and no range: nothing is invented.

```
use chrono::NaiveDate;
use finnews_date::{extract, Options, ReferenceDate};

let reference = ReferenceDate::day(NaiveDate::from_ymd_opt(2024, 7, 15).unwrap());
let opts = Options::default().with_reference(Some(reference));
let found = extract("Signed on September 29, 2020.", &opts);
assert_eq!(found[0].text, "September 29, 2020");
assert_eq!(found[0].timex(), "2020-09-29");
```

# Crate features

* `serde`: [`Temporal`] serialises as a `date` or `duration` mention of the finnews output
  contract; [`ReferenceDate`] as `{"date", "grain"}`.

# Untrusted input

[`extract`] takes any text, never panics, reads no clock and runs in time linear in its length.
*/
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod error;
mod extract;
mod grammar;
mod timex;
mod token;
mod types;
mod words;

pub use crate::error::{Error, ErrorKind};
pub use crate::extract::{dateline_prefix, extract, parse};
pub use crate::timex::Timex;
pub use crate::types::{
    DateRange, FiscalYearNaming, Grain, Mod, Options, ReferenceDate, Temporal, TemporalValue,
};
pub use chrono::{Month, NaiveDate};
