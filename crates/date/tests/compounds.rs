//! Compounds of a shift with a weekday, counts before a deictic, fortnights and years in words.

mod common;

use common::{at, found, pairs};

#[test]
fn a_weekday_of_the_week_a_shift_lands_in() {
    // Reference Thursday 2024-03-14.
    let o = at(2024, 3, 14);
    // Alone, `N weeks from now` stays a duration and `now`, as TimeML reads it.
    assert_eq!(
        found("Payment is due three weeks from now.", &o),
        pairs(&[("three weeks", "P3W"), ("now", "PRESENT_REF")])
    );
    // Three weeks on is Thursday 2024-04-04: the Tuesday of that week.
    assert_eq!(
        found("The vote is Tuesday three weeks from now.", &o),
        pairs(&[("Tuesday three weeks from now", "2024-04-02")])
    );
    // Ten days after March 20 is Saturday March 30: the Friday of that week.
    assert_eq!(
        found("It closes Friday, 10 days after March 20.", &o),
        pairs(&[("Friday, 10 days after March 20", "2024-03-29")])
    );
    // Two months after Easter 2024 (March 31) is May 31, a Friday: the Monday of that week.
    assert_eq!(
        found("Trading resumes two months after Easter on Monday.", &o),
        pairs(&[("two months after Easter on Monday", "2024-05-27")])
    );
    // A weekday before a shift counted from the reference stays apart.
    assert_eq!(
        found("On Friday two weeks later the board met.", &o).len(),
        2
    );
}

#[test]
fn a_count_before_its_deictic() {
    let o = at(2024, 3, 14);
    assert_eq!(
        found("Output should rise over the 3 upcoming years.", &o),
        pairs(&[("the 3 upcoming years", "P3Y")])
    );
    assert_eq!(
        found(
            "It fell in the upcoming two months and in 6 previous weeks.",
            &o
        ),
        pairs(&[
            ("the upcoming two months", "P2M"),
            ("6 previous weeks", "P6W")
        ])
    );
    // A singular unit after a count and a deictic is the deictic's period, not a duration.
    assert_eq!(
        found("They sold 3 last year.", &o),
        pairs(&[("last year", "2023")])
    );
}

#[test]
fn a_fortnight_is_two_weeks() {
    let o = at(2024, 3, 14);
    assert_eq!(
        found("Shares gained over the past fortnight.", &o),
        pairs(&[("the past fortnight", "P2W")])
    );
    assert_eq!(
        found("Talks may last the next two fortnights.", &o),
        pairs(&[("the next two fortnights", "P4W")])
    );
    assert_eq!(
        found("It took a fortnight.", &o),
        pairs(&[("a fortnight", "P2W")])
    );
    // Two weeks on from the reference's: ISO week 13 of 2024.
    assert_eq!(
        found("A fortnight later the bid was raised.", &o),
        pairs(&[("A fortnight later", "2024-W13")])
    );
}

#[test]
fn a_year_in_words_after_in() {
    let o = at(2024, 3, 14);
    assert_eq!(
        found(
            "The firm was founded in nineteen eighty two and listed in two thousand and nine.",
            &o
        ),
        pairs(&[
            ("nineteen eighty two", "1982"),
            ("two thousand and nine", "2009")
        ])
    );
    assert_eq!(
        found("It opened in March two thousand.", &o),
        pairs(&[("March two thousand", "2000-03")])
    );
    // Counts, not years.
    assert!(found("a rise in two thousand and nine cases", &o).is_empty());
    assert_eq!(
        found("In March two thousand workers struck.", &o),
        pairs(&[("March", "2024-03")])
    );
}

#[test]
fn a_compact_date() {
    let o = at(2024, 3, 14);
    assert_eq!(
        found("Filed 20230915 as scheduled.", &o),
        pairs(&[("20230915", "2023-09-15")])
    );
    // Not a date: no such month, or too many digits.
    assert!(found("Order 20231315 shipped.", &o).is_empty());
    assert!(found("Order 202309150 shipped.", &o).is_empty());
}

#[test]
fn a_compact_date_inside_a_link_is_none() {
    let o = at(2024, 3, 14);
    assert!(found("see urn:newsml:example.com:20230915:abc here", &o).is_empty());
    assert!(found("file report-20230915.pdf", &o).is_empty());
}

#[test]
fn the_nth_week_of_a_month() {
    let o = at(2024, 3, 14);
    // 1 May 2024 is a Wednesday: week 1 runs from Monday 29 April.
    assert_eq!(
        found("Deliveries start in the first week of May 2024.", &o),
        pairs(&[("the first week of May 2024", "2024-04-29/2024-05-05")])
    );
    assert_eq!(
        found("Talks resume the 2nd week of April.", &o),
        pairs(&[("the 2nd week of April", "2024-04-08/2024-04-14")])
    );
    // No sixth week.
    assert_eq!(
        found("the sixth week of May 2024", &o),
        pairs(&[("May 2024", "2024-05")])
    );
}

#[test]
fn week_one_of_a_month_holds_its_first_thursday() {
    let o = at(2024, 3, 14);
    // 1 September 2024 is a Sunday: week 1 is 2-8 September, not the week ending on the 1st.
    assert_eq!(
        found("the first week of September 2024", &o),
        pairs(&[("the first week of September 2024", "2024-09-02/2024-09-08")])
    );
}

#[test]
fn the_last_week_of_this_month() {
    // March 2024 ends on a Sunday: its last full week is 25-31 March.
    let o = at(2024, 3, 14);
    assert_eq!(
        found("Results come in the last week of this month.", &o),
        pairs(&[("the last week of this month", "2024-03-25/2024-03-31")])
    );
}

#[test]
fn a_weekday_of_the_nth_week() {
    let o = at(2024, 3, 14);
    assert_eq!(
        found("Pay day is the 2nd week of April on Friday.", &o),
        pairs(&[("the 2nd week of April on Friday", "2024-04-12")])
    );
}

#[test]
fn an_abbreviated_month_after_week_of() {
    let o = at(2024, 3, 14);
    assert_eq!(
        found("Due in the 1st week of Apr. at the latest.", &o),
        pairs(&[("the 1st week of Apr.", "2024-04-01/2024-04-07")])
    );
}
