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
mod toks;
mod types;
mod words;

pub use crate::error::{Error, ErrorKind};
pub use crate::extract::{dateline_prefix, extract, parse};
pub use crate::timex::Timex;
pub use crate::types::{
    DateRange, FiscalYearNaming, Grain, Mod, Options, ReferenceDate, Temporal, TemporalValue,
};
pub use chrono::{Month, NaiveDate};
