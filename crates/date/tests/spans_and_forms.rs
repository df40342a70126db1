//! Periods of a count of units from a day, and other date forms added for English text:
//! each test uses examples of its own.

mod common;

use common::{at, found, pairs};

#[test]
fn units_starting_from_a_day_are_one_interval() {
    // A Wednesday.
    let wed = at(2023, 3, 8);
    assert_eq!(
        found(
            "The plant will close for 4 days starting next Monday.",
            &wed
        ),
        pairs(&[("4 days starting next Monday", "2023-03-13/2023-03-16")])
    );
    assert_eq!(
        found("Trading halts for two weeks beginning on March 20.", &wed),
        pairs(&[("two weeks beginning on March 20", "2023-03-20/2023-04-02")])
    );
    assert_eq!(
        found("The offer runs for 5 days, from tomorrow.", &wed),
        pairs(&[("5 days, from tomorrow", "2023-03-09/2023-03-13")])
    );
    assert_eq!(
        found(
            "A ban of three months starting from April 1, 2023 applies.",
            &wed
        ),
        pairs(&[(
            "three months starting from April 1, 2023",
            "2023-04-01/2023-06-30"
        )])
    );
    // Without `for` or `starting`, `N days from X` stays the day it points to.
    assert_eq!(
        found("Payment is due 10 days from today.", &wed),
        pairs(&[("10 days from today", "2023-03-18")])
    );
    // A year before `fiscal year` is no count of years.
    assert_eq!(
        found("Its 2023 fiscal year starting on April 1 was weak.", &wed),
        pairs(&[("2023 fiscal year", "FY2023"), ("April 1", "2023-04-01")])
    );
    // A start that is no day gives no interval: the duration and the month stay apart.
    assert_eq!(
        found("The quota holds for 2 months starting in May.", &wed),
        pairs(&[("2 months", "P2M"), ("May", "2023-05")])
    );
}

#[test]
fn lower_case_months_after_in_and_a_comma_day() {
    let r = at(2021, 2, 10);
    assert_eq!(
        found("The vote was moved to a date in may.", &r),
        pairs(&[("may", "2021-05")])
    );
    assert_eq!(
        found("Payment in nov, as agreed.", &r),
        pairs(&[("nov", "2020-11")])
    );
    // A verb, or a word after the name: no month.
    assert_eq!(found("A rise in may follow.", &r), pairs(&[]));
    assert_eq!(
        found("The board meets on April, 9th.", &r),
        pairs(&[("April, 9th", "2021-04-09")])
    );
    // An ordinal that qualifies a noun is no day of the month.
    assert_eq!(
        found("Orders fell in April, 2nd-quarter sales rose.", &r),
        pairs(&[("April", "2021-04"), ("2nd-quarter", "2021-Q2")])
    );
}

#[test]
fn counts_before_past_and_open_ended_years() {
    let r = at(2021, 2, 10);
    assert_eq!(
        found("Prices doubled over the 3 past decades.", &r),
        pairs(&[("the 3 past decades", "P30Y")])
    );
    assert_eq!(
        found("Cars built in 2009 or earlier are exempt.", &r),
        pairs(&[("2009 or earlier", "2009")])
    );
    let t = &finnews_date::extract("Models from 2015 or later qualify.", &r)[0];
    assert_eq!((t.text, t.timex().as_str()), ("2015 or later", "2015"));
    let finnews_date::TemporalValue::Date { modifier, .. } = &t.value else {
        panic!("a date: {t:?}");
    };
    assert_eq!(modifier.map(|m| m.code()), Some("ON_OR_AFTER"));
}

#[test]
fn counted_quarters_in_words_and_decades_in_words() {
    let r = at(2021, 2, 10);
    // `three quarters` alone is a fraction; after a deictic it counts quarters.
    assert_eq!(
        found("Margins shrank over the past three quarters.", &r),
        pairs(&[("the past three quarters", "P3Q")])
    );
    assert_eq!(
        found("Output rose in the previous nine quarters.", &r),
        pairs(&[("the previous nine quarters", "P9Q")])
    );
    assert_eq!(
        found("He sold three quarters of the shares.", &r),
        pairs(&[])
    );
    assert_eq!(
        found("Rates were high in the eighties and since the fifties.", &r),
        pairs(&[("the eighties", "198"), ("the fifties", "195")])
    );
    // An age is no decade.
    assert_eq!(
        found("The founder, in his seventies, retired.", &r),
        pairs(&[])
    );
}

#[test]
fn one_night_is_a_day_of_stay() {
    let r = at(2021, 2, 10);
    assert_eq!(
        found("The hotel booked us for 1 night only.", &r),
        pairs(&[("1 night", "P1D")])
    );
    // `a night` before a noun, or as a rate, is no duration.
    assert_eq!(
        found("They launched a night trading session.", &r),
        pairs(&[])
    );
    assert_eq!(found("The lab runs 500 tests a night.", &r), pairs(&[]));
}
