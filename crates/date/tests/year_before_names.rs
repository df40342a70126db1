//! A year after a determiner qualifies the name after it as it qualifies a common noun; codes,
//! clock times and table cells stay out.

mod common;

use common::{at, found, pairs};

#[test]
fn a_year_before_a_name_is_a_year() {
    let r = at(2024, 6, 3);
    assert_eq!(
        found("Analysts cut their 2024 Brent forecast again.", &r),
        pairs(&[("2024", "2024")])
    );
    assert_eq!(
        found("The ruling breaches the 1998 Basel accord, they said.", &r),
        pairs(&[("1998", "1998")])
    );
    assert_eq!(
        found("It must comply with a 2010 U.K. statute.", &r),
        pairs(&[("2010", "2010")])
    );
    // A lower-case noun, as before.
    assert_eq!(
        found("Its 2019 report was late.", &r),
        pairs(&[("2019", "2019")])
    );
}

#[test]
fn codes_clock_times_and_cells_are_no_years() {
    let r = at(2024, 6, 3);
    // A 24-hour clock before a time zone.
    assert_eq!(
        found("Questions come at the 2100 GMT session.", &r),
        pairs(&[])
    );
    // A determiner glued to a number is a code's letter; a cell glued to digits is a code.
    let cells = found(
        "NOV7  2010A  2015  JAN8  2020B  2025\nthe 2030 DEC7 row",
        &r,
    );
    assert!(cells.iter().all(|(t, _)| !t.starts_with("20")), "{cells:?}");
}
