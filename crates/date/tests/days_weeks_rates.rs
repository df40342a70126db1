//! Days written without a year or in words, weeks by number, and rates that are no durations.

mod common;

use common::{at, found, pairs};

#[test]
fn slashed_day_and_month_without_a_year() {
    let o = at(2021, 3, 10);
    assert_eq!(
        found("The vessel loads 27/03 at Santos.", &o),
        pairs(&[("27/03", "2021-03-27")])
    );
    assert_eq!(
        found("Ballots close on 9/14.", &at(2021, 8, 10)),
        pairs(&[("9/14", "2021-09-14")])
    );
    assert_eq!(
        found("The hearing moved to Sep/8.", &o),
        pairs(&[("Sep/8", "2021-09-08")])
    );
    // Fractions stay fractions: no date in a price quote or a share.
    assert!(found("The bond rose 3/4 to 98 7/8 and 5/16.", &o).is_empty());
    assert!(found("Pay 1/2 of it.", &o).is_empty());
}

#[test]
fn days_in_words_and_lowercase_abbreviations() {
    let o = at(2021, 3, 10);
    assert_eq!(
        found("They meet on the third of Sept.", &o),
        pairs(&[("third of Sept.", "2021-09-03")])
    );
    assert_eq!(
        found("Filed 21 oct for review.", &o),
        pairs(&[("21 oct", "2020-10-21")])
    );
    assert_eq!(
        found("signed the twelfth of June of 2009", &o),
        pairs(&[("twelfth of June of 2009", "2009-06-12")])
    );
    // An ordinal word without `of` before a month is no day; nor is `may` after a number.
    assert!(
        found("the first May meeting", &o)
            .iter()
            .all(|(_, t)| t != "2021-05-01")
    );
    assert!(found("All 13 may vote.", &o).is_empty());
}

#[test]
fn weeks_and_months_by_number() {
    let o = at(2021, 3, 10);
    assert_eq!(
        found("Output peaked in week 12 as expected.", &o),
        pairs(&[("week 12", "2021-W12")])
    );
    assert_eq!(
        found("Shipments from week 5 of 2019 onward", &o),
        pairs(&[("week 5 of 2019", "2019-W05")])
    );
    assert_eq!(
        found("the second week of next year", &o),
        pairs(&[("the second week of next year", "2022-W02")])
    );
    assert_eq!(
        found("the sixth month of 2020", &o),
        pairs(&[("the sixth month of 2020", "2020-06")])
    );
    assert_eq!(
        found("the last week of 2020", &o),
        pairs(&[("the last week of 2020", "2020-W53")])
    );
    assert_eq!(
        found("in the last week of August 2020", &o),
        pairs(&[("the last week of August 2020", "2020-08-24/2020-08-30")])
    );
    assert_eq!(
        found("profits rose in a week 3 firms", &o).len(),
        1,
        "a week is a duration, 3 no week number"
    );
}

#[test]
fn a_unit_after_an_amount_is_a_rate() {
    let o = at(2021, 3, 10);
    assert!(found("It costs the city 40 mln dlrs a year.", &o).is_empty());
    assert!(found("Rents rose 2% a month.", &o).is_empty());
    assert!(found("They pump 9,000 barrels a day", &o).is_empty());
    assert_eq!(found("He waited a year.", &o), pairs(&[("a year", "P1Y")]));
    // A comparison is no rate.
    assert_eq!(found("from 5 mln dlrs a year earlier", &o).len(), 1);
}

#[test]
fn weekday_on_a_day_of_the_month() {
    let o = at(2021, 3, 10);
    // The nearest Tuesday falling on a 13th.
    assert_eq!(
        found("Come back Tue 13th.", &o),
        pairs(&[("Tue 13th", "2021-04-13")])
    );
    // A count after a weekday is no day.
    assert_eq!(
        found("On Thursday 12 banks said so.", &o),
        pairs(&[("Thursday", "2021-03-11")])
    );
}

#[test]
fn dates_with_month_names_between_separators() {
    let o = at(2021, 3, 10);
    assert_eq!(
        found("Settled 07-Jan-2019 in full.", &o),
        pairs(&[("07-Jan-2019", "2019-01-07")])
    );
    assert_eq!(
        found("see 2018/oct/30 and 2/Feb/2017", &o),
        pairs(&[("2018/oct/30", "2018-10-30"), ("2/Feb/2017", "2017-02-02")])
    );
}
