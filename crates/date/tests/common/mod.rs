//! Helpers shared by the date crate's integration tests: a reference day, the (text, timex) of
//! every mention, and expected pairs written as string slices.

use finnews_date::{NaiveDate, Options, ReferenceDate, extract};

/// Options with the reference date `y-m-d`.
pub(crate) fn at(y: i32, m: u32, d: u32) -> Options {
    let day = NaiveDate::from_ymd_opt(y, m, d).expect("valid test date");
    Options::default().with_reference(Some(ReferenceDate::day(day)))
}

/// (text, timex) of every mention.
pub(crate) fn found(text: &str, opts: &Options) -> Vec<(String, String)> {
    extract(text, opts)
        .iter()
        .map(|t| (t.text.to_owned(), t.timex()))
        .collect()
}

/// Expected (text, timex) pairs.
pub(crate) fn pairs(v: &[(&str, &str)]) -> Vec<(String, String)> {
    v.iter()
        .map(|(a, b)| ((*a).to_owned(), (*b).to_owned()))
        .collect()
}
