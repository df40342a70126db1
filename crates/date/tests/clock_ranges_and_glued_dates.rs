//! A range of clock times on a named day, a whole ISO date glued to a word by a hyphen, and a
//! holiday listed year by year.

mod common;

use common::{at, found, pairs};

#[test]
fn a_clock_range_before_a_day_word_is_on_that_day() {
    let o = at(2024, 5, 14); // a Tuesday
    assert_eq!(
        found("Trading halts 9am-11am May 17 for maintenance.", &o),
        pairs(&[("9am-11am May 17", "2024-05-17T09:00/2024-05-17T11:00")])
    );
    assert_eq!(
        found("The auction runs 1pm-3pm tomorrow.", &o),
        pairs(&[("1pm-3pm tomorrow", "2024-05-15T13:00/2024-05-15T15:00")])
    );
    // A first end later than the last runs overnight: it starts the day before.
    assert_eq!(
        found("The outage lasts 11pm-4am May 18.", &o),
        pairs(&[("11pm-4am May 18", "2024-05-17T23:00/2024-05-18T04:00")])
    );
    // A first end that names its own day keeps it.
    assert_eq!(
        found("Bids open 9am today through 5pm tomorrow.", &o),
        pairs(&[(
            "9am today through 5pm tomorrow",
            "2024-05-14T09:00/2024-05-15T17:00"
        )])
    );
}

#[test]
fn a_whole_iso_date_may_follow_a_word_and_a_hyphen() {
    let o = at(2024, 5, 14);
    assert_eq!(
        found("Download minutes-2023-12-13.pdf from the site.", &o),
        pairs(&[("2023-12-13", "2023-12-13")])
    );
    // Not a date: a month 13, or a code whose digits run on.
    assert_eq!(found("Order part AX-2023-13-01 here.", &o), pairs(&[]));
    assert_eq!(found("Ticket KB-2023-12-130 was filed.", &o), pairs(&[]));
}

#[test]
fn a_listed_holiday_takes_the_day_of_its_year() {
    let o = at(2024, 5, 1);
    assert_eq!(
        found("Gulf bourses were shut for Eid al-Fitr.", &o),
        pairs(&[("Eid al-Fitr", "2024-04-10")])
    );
    assert_eq!(
        found("Remittances peaked before Eid ul Fitr 2021.", &o),
        pairs(&[("Eid ul Fitr 2021", "2021-05-13")])
    );
    // A year the list does not hold has no date.
    assert_eq!(found("before Eid al-Fitr 1990", &o), pairs(&[]));
}
