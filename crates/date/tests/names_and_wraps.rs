//! A year after a determiner qualifies the name after it as it qualifies a common noun (codes,
//! clock times and table cells stay out); a soft line wrap inside a spelled numeral is a space.

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

#[test]
fn a_soft_wrap_inside_a_spelled_numeral_is_a_space() {
    let r = at(2024, 6, 3);
    for text in [
        "The seat was empty for four\nand a half months.",
        "The seat was empty for four and\na half months.",
        "The seat was empty for four and a\nhalf months.",
    ] {
        let f = found(text, &r);
        assert_eq!(f.len(), 1, "{text}: {f:?}");
        assert_eq!(f[0].1, "P4.5M", "{text}");
        assert!(f[0].0.starts_with("four") && f[0].0.ends_with("months"));
    }
    // A unit after the wrap stays the rule's: `six⏎quarters` is six quarters, no fraction.
    assert_eq!(
        found("It may take four to six\nquarters to recover.", &r)
            .iter()
            .map(|(_, v)| v.as_str())
            .collect::<Vec<_>>(),
        ["P6Q"]
    );
    // A blank line ends the paragraph: nothing joins across it.
    let f = found("They paid four\n\nand a half months later.", &r);
    assert!(f.iter().all(|(t, _)| !t.contains('\n')), "{f:?}");
}

#[test]
fn a_year_lies_in_the_years_news_dates_fall_in() {
    let r = at(1987, 4, 7);
    // A price or volume after a month in a market table is no year.
    assert_eq!(
        found("JUL  2840   1995\nSEP  3110   2005\n", &r),
        pairs(&[])
    );
    assert_eq!(found("Oct 1470 bid, Dec 1490 asked", &r), pairs(&[]));
    // A numeric date's year is read in the same years (the dispatcher's gate and the reader
    // agree: a debug build checks it).
    assert_eq!(
        found("ref 1007/2/20 and 2019/2/20", &r),
        pairs(&[("2019/2/20", "2019-02-20")])
    );
    // Years far ahead that plans name still are years.
    assert_eq!(
        found("The bonds mature in May 2087.", &r),
        pairs(&[("May 2087", "2087-05")])
    );
}
