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
    // A start that is no day gives no interval: the duration and the month stay apart.
    assert_eq!(
        found("The quota holds for 2 months starting in May.", &wed),
        pairs(&[("2 months", "P2M"), ("May", "2023-05")])
    );
}
