//! The dispatcher tries each rule only where the start token's classes, its grammar word and a
//! token or two of look-ahead let the rule match (`Cx::phrase_uncached` in `grammar.rs`): in a
//! debug build every rule a gate refuses is run anyway and must find nothing (a
//! `debug_assert`). The sentences here (our own) pass through each gated rule, matching and
//! not: days in words, counts before units, shifts, lettered and numbered quarters, fiscal
//! years, dotted dates, ordinal periods, amounts that are no dates.

#[allow(dead_code)]
mod common;

use common::{at, found, pairs};

fn check(text: &str, want: &[(&str, &str)]) {
    assert_eq!(found(text, &at(2023, 6, 14)), pairs(want), "{text}");
}

#[test]
fn days_in_words_and_digits_before_a_month() {
    check(
        "The bonds mature on the second of August, traders said.",
        &[("second of August", "2023-08-02")],
    );
    check(
        "It was signed twenty five January nineteen eighty six in Paris.",
        &[("twenty five January nineteen eighty six", "1986-01-25")],
    );
    check(
        "The note is due the 15th day of next month.",
        &[("the 15th day of next month", "2023-07-15")],
    );
    check(
        "Talks resume on the 5th of May 2021 in Geneva.",
        &[("5th of May 2021", "2021-05-05")],
    );
    // After a currency sign a number is an amount: the month reads alone.
    check(
        "He paid $12 December 27 for the shares.",
        &[("December 27", "2022-12-27")],
    );
}

#[test]
fn counts_before_units_are_durations_or_shifts() {
    check(
        "Output fell for nearly three years before the plant closed.",
        &[("nearly three years", "P3Y")],
    );
    check(
        "Prices rose for more than two months in a row.",
        &[("more than two months", "P2M")],
    );
    check(
        "Sales rose a year ago and fell three weeks later.",
        &[("a year ago", "2022"), ("three weeks later", "2023-W27")],
    );
    check(
        "The deal closed 2 days before May 5 as planned.",
        &[("2 days before May 5", "2023-05-03")],
    );
    check(
        "It offered a 10-year bond and 10D paper.",
        &[("10-year", "P10Y")],
    );
    check(
        "The loans run between 12 and 18 months.",
        &[("12", "P12M"), ("18 months", "P18M")],
    );
    check(
        "Analysts see slower growth in the 5 upcoming years.",
        &[("the 5 upcoming years", "P5Y")],
    );
    check(
        "Shares fell one day and rose the next 4 business days.",
        &[("one day", "P1D"), ("the next 4 business days", "P4BD")],
    );
    // An article opens a numeral only before a numeral word.
    check(
        "A year earlier the bank earned a third more.",
        &[("A year earlier", "2022")],
    );
}

#[test]
fn quarters_fiscal_years_and_ordinal_periods() {
    check(
        "Earnings for 2023 Q3 and 3Q23 beat forecasts.",
        &[("2023 Q3", "2023-Q3"), ("3Q23", "2023-Q3")],
    );
    check(
        "The company's 1987 fiscal year ended in June.",
        &[("1987 fiscal year", "FY1987"), ("June", "2023-06")],
    );
    check(
        "Growth in the 21st century slowed after the first quarter.",
        &[("21st century", "20"), ("the first quarter", "2023-Q1")],
    );
}

#[test]
fn dotted_dates_pass_the_numeric_gate_and_decimals_do_not() {
    check(
        "The meeting of 15.07.2024 was brief; profit rose 5.93 mln dlrs.",
        &[("15.07.2024", "2024-07-15")],
    );
    check(
        "Version 3 of 12 was sent to 17 clients in March.",
        &[("March", "2023-03")],
    );
}
