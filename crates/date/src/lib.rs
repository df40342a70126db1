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

# How it works

1. The text is lexed once (`finnews_core::lexer`): words, numbers, CJK characters and marks,
   each with its lexicon classes (month, weekday, time unit, date trigger, ...). The tokens
   that can anchor an expression are numbers, words of an anchoring class and CJK date
   characters; numbers and words no rule can use (`1,800 companies`) are dropped by cheap
   checks. A soft line wrap inside a paragraph is white space; a block boundary (a blank or an
   indented line) stops a phrase reaching back.
2. At each anchor the grammar (one function per family: absolute dates, months, quarters and
   halves, fiscal years, relative expressions, qualifiers, durations, CJK dates; numeric dates
   and lettered quarters are nom parsers over the tokens) reads the longest phrase that starts
   at most a few tokens before the anchor and covers it, asking the tokens' classes for every
   word. Numbers come from `finnews_numeral`.
3. The phrase becomes a typed [`Timex`] resolved against the reference date (a month or day
   without a year takes the year nearest the reference), with the days it covers; coordinated
   dates (`October 30 and 31`, `2020-2025`) become mentions of their own.

```
use chrono::NaiveDate;
use finnews_date::{extract, Options, ReferenceDate};

let r = ReferenceDate::day(NaiveDate::from_ymd_opt(2024, 7, 15).unwrap());
let found = extract("in the first half of this year, by the end of June", &Options::default().with_reference(Some(r)));
let values: Vec<String> = found.iter().map(|t| t.timex()).collect();
assert_eq!(values, ["2024-H1", "2024-06"]);
```

# Reading a TIMEX3 value

A [`Timex`] prints as its TIMEX3 string and parses back from it (`FromStr`), and its accessors
read its parts, so a program need not take the string apart:

```
use finnews_date::{Timex, TimexMod};

let q3: Timex = "2024-Q3".parse()?;
assert_eq!((q3.year(), q3.quarter(), q3.month()), (Some(2024), Some(3), None));
let fy: Timex = "FY2023".parse()?;
assert!(fy.is_fiscal());
let h1: Timex = "2024-01/2024-06".parse()?; // an interval (contract 1.1)
let (first, last) = h1.interval().unwrap();
assert_eq!((first.month(), last.month()), (Some(1), Some(6)));
assert_eq!("END".parse::<TimexMod>()?, TimexMod::End);
# Ok::<(), finnews_date::FromStrError>(())
```

# Crate features

* `serde`: [`Temporal`] serialises as a `date` or `duration` mention of the finnews output
  contract; [`ReferenceDate`] as `{"date", "grain"}` and [`DateRange`] as `[first, last]`, both
  ways; [`Timex`], [`TimexMod`] and [`Grain`] as their strings, both ways. Reading a whole
  mention back is the facade's job (`finnews::OwnedAnalysis`), since a `Temporal` borrows its
  text.

# Untrusted input

[`extract`] takes any text, never panics, reads no clock and runs in time linear in its length.
*/
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod error;
mod extract;
mod grammar;
mod timex;
mod toks;
mod types;
mod words;

pub use crate::error::{Error, ErrorKind};
pub use crate::extract::{dateline_prefix, extract, extract_with_tokens, parse};
pub use crate::timex::{DurationUnit, Timex};
#[doc(hidden)]
pub use crate::types::Mod;
pub use crate::types::{
    DateRange, FiscalYearNaming, Grain, Options, ReferenceDate, Temporal, TemporalValue, TimexMod,
};
pub use chrono::{Month, NaiveDate};
pub use finnews_core::FromStrError;
pub use rust_decimal::Decimal;
