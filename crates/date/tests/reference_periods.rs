//! Session 22 (H-endt): counts of weekends, the last week of a month (the ISO week holding its
//! last Thursday), the reference's day and week after `for` / `of` / `in`, a lower-case month
//! after `the`, years after `not` / `except`, and weekday abbreviations in a coordination.
//! The sentences are our own.

#[allow(dead_code)]
mod common;

use common::{at, found, pairs};
use finnews_date::{DurationUnit, Timex};

#[test]
fn counts_of_weekends_are_durations() {
    let o = at(2024, 3, 6);
    assert_eq!(
        found("The repairs took four weekends to finish.", &o),
        pairs(&[("four weekends", "P4WE")])
    );
    assert_eq!(
        found("Volunteers gave 2 weekends in May.", &o),
        pairs(&[("2 weekends", "P2WE"), ("May", "2024-05")])
    );
    // A bare plural is a recurrence, no duration.
    assert_eq!(found("The shop closes on weekends.", &o), pairs(&[]));
    let t: Timex = "P3WE".parse().expect("a weekend duration parses");
    assert_eq!(t.duration_unit(), Some(DurationUnit::Weekend));
    assert_eq!(t.to_string(), "P3WE");
}

#[test]
fn the_last_week_of_a_month_holds_its_last_thursday() {
    let o = at(2024, 3, 6);
    // July 2021 ends on a Saturday: the week of Monday 26 July, into August.
    assert_eq!(
        found("Shipments slowed in the last week of July 2021.", &o),
        pairs(&[("the last week of July 2021", "2021-07-26/2021-08-01")])
    );
    // September 2022 ends on a Friday, its last Thursday the 29th.
    assert_eq!(
        found("Talks resumed during the last week of September 2022.", &o),
        pairs(&[("the last week of September 2022", "2022-09-26/2022-10-02")])
    );
    // June 2022 ends on a Thursday.
    assert_eq!(
        found("Orders fell in the last week of June 2022.", &o),
        pairs(&[("the last week of June 2022", "2022-06-27/2022-07-03")])
    );
    // After `last month` / `next month`: the month the deictic names (February 2024 ends on a
    // Thursday, the 29th).
    assert_eq!(
        found("Prices peaked in the last week of last month.", &o),
        pairs(&[("the last week of last month", "2024-02-26/2024-03-03")])
    );
    assert_eq!(
        found("The vote is set for the last week of next month.", &o),
        pairs(&[("the last week of next month", "2024-04-22/2024-04-28")])
    );
}

#[test]
fn the_day_and_the_week_of_the_reference() {
    let o = at(2024, 3, 6);
    assert_eq!(
        found("The index lost 1.2 pct for the day.", &o),
        pairs(&[("the day", "2024-03-06")])
    );
    assert_eq!(
        found("Copper was the worst performer of the week.", &o),
        pairs(&[("the week", "2024-W10")])
    );
    assert_eq!(
        found("Bond yields rose sharply in the week.", &o),
        pairs(&[("the week", "2024-W10")])
    );
    // Not before a word that points elsewhere, not a possessive, not the idiom `in the day`.
    assert_eq!(
        found("Look at the plans for the week ahead.", &o),
        pairs(&[])
    );
    assert_eq!(found("Most of the week's gains came late.", &o), pairs(&[]));
    assert_eq!(
        found("Things were simpler back in the day.", &o),
        pairs(&[])
    );
    // The day or week alone, without `for` / `of` / `in`, is no date.
    assert_eq!(found("The day was long.", &o), pairs(&[]));
}

#[test]
fn a_lower_case_month_after_the() {
    let o = at(2024, 3, 6);
    assert_eq!(
        found("We moved to Lisbon in the october.", &o),
        pairs(&[("october", "2023-10")])
    );
    // An ambiguous name stays a word; a noun after the month keeps it out.
    assert_eq!(found("They saw the march.", &o), pairs(&[]));
    assert_eq!(found("the october issue sold out", &o), pairs(&[]));
}

#[test]
fn years_after_not_and_except() {
    let o = at(2024, 3, 6);
    assert_eq!(
        found("Exports grew every year except 2009 and 2015.", &o),
        pairs(&[("2009", "2009"), ("2015", "2015")])
    );
    assert_eq!(
        found("Count sales after 2001, but not 2004.", &o),
        pairs(&[("2001", "2001"), ("2004", "2004")])
    );
}

#[test]
fn weekday_abbreviations_in_a_coordination() {
    let o = at(2024, 3, 6);
    // The abbreviation resolves as the full name does.
    let full = found("Deliveries go out Thursday or Friday.", &o);
    let short = found("Deliveries go out Thursday or Fri.", &o);
    assert_eq!(short.len(), 2, "{short:?}");
    assert_eq!(short[1].0, "Fri.");
    assert_eq!(short[1].1, full[1].1);
    assert_eq!(
        found("Open Mon and Tue only.", &o)
            .last()
            .map(|p| p.0.as_str()),
        Some("Tue")
    );
    // An abbreviation alone stays a word.
    assert_eq!(found("Wed or not, he stays.", &o), pairs(&[]));
}
