//! Dates as real documents write them: years written short after an apostrophe (`'21`) after a
//! quarter, a half or a month, and the numeric forms, `end-`/`mid-` years and lowercase weekdays
//! that already read (kept here so that they stay read).

mod common;

use common::{at, found, pairs};

#[test]
fn apostrophe_years_after_periods() {
    let o = at(2024, 10, 18);
    assert_eq!(
        found("Margins widened in the second quarter of '19.", &o),
        pairs(&[("the second quarter of '19", "2019-Q2")])
    );
    assert_eq!(
        found("Deliveries slowed in Q4 '20 and in 2H '21.", &o),
        pairs(&[("Q4 '20", "2020-Q4"), ("2H '21", "2021-H2")])
    );
    assert_eq!(
        found("Orders peaked in the first half of ’23.", &o),
        pairs(&[("the first half of ’23", "2023-H1")])
    );
    assert_eq!(
        found("The plant closed in November '98.", &o),
        pairs(&[("November '98", "1998-11")])
    );
    // A table header: months glued to their short years.
    assert_eq!(
        found("              Sep'85   Aug'85", &o),
        pairs(&[("Sep'85", "1985-09"), ("Aug'85", "1985-08")])
    );
}

#[test]
fn apostrophe_not_a_year() {
    let o = at(2024, 10, 18);
    // A decade is no single year, and digits running on are no short year.
    assert!(
        found("Bonds rallied as in the '90s.", &o)
            .iter()
            .all(|(_, v)| v != "1990")
    );
    assert!(
        found("The third quarter '215 units", &o)
            .iter()
            .all(|(_, v)| v != "2021-Q3" && v != "2015-Q3")
    );
}

#[test]
fn numeric_and_edge_forms_stay_read() {
    let o = at(2024, 10, 18);
    assert_eq!(
        found("Paid on 3/14/2023 and on 14.03.2023 and on 2023.03.14.", &o),
        pairs(&[
            ("3/14/2023", "2023-03-14"),
            ("14.03.2023", "2023-03-14"),
            ("2023.03.14", "2023-03-14")
        ])
    );
    assert_eq!(
        found("Data for 2022/08 were revised.", &o),
        pairs(&[("2022/08", "2022-08")])
    );
    assert_eq!(
        found("The facility runs to end-2027; rates peak by mid-2026.", &o),
        pairs(&[("end-2027", "2027"), ("mid-2026", "2026")])
    );
    assert_eq!(
        found("Talks resume on tuesday.", &o),
        pairs(&[("tuesday", "2024-10-15")])
    );
    assert_eq!(
        found("The notes are due 2031.", &o),
        pairs(&[("2031", "2031")])
    );
}

#[test]
fn dashed_day_month_year() {
    let o = at(2024, 10, 18);
    assert_eq!(
        found("The hearing was moved to 21-11-2024.", &o),
        pairs(&[("21-11-2024", "2024-11-21")])
    );
    assert_eq!(
        found("Coupons paid 6-30-2023 and 12-31-2023.", &o),
        pairs(&[("6-30-2023", "2023-06-30"), ("12-31-2023", "2023-12-31")])
    );
    // A longer code is no date.
    assert!(
        found("Call ref 12-11-2023-44 now.", &o)
            .iter()
            .all(|(_, v)| v != "2023-12-11" && v != "2023-11-12")
    );
}

#[test]
fn range_ends_read_against_each_other() {
    // A Wednesday.
    let o = at(2023, 3, 8);
    // The closing weekday follows the first end.
    assert_eq!(
        found("The desk is shut from next Tuesday to Thursday.", &o),
        pairs(&[("next Tuesday to Thursday", "2023-03-14/2023-03-16")])
    );
    // `Month the Nth`.
    assert_eq!(
        found("Bids close on March the 30th 2023.", &o),
        pairs(&[("March the 30th 2023", "2023-03-30")])
    );
    // `Month in YEAR`, and a year named after the last end belongs to it.
    assert_eq!(
        found("Output fell in May in 2021.", &o),
        pairs(&[("May in 2021", "2021-05")])
    );
    assert_eq!(
        found(
            "Exports rose between October 2021 and January this year.",
            &o
        ),
        pairs(&[("October 2021 and January this year", "2021-10/2023-01")])
    );
}

#[test]
fn range_last_end_takes_its_year_and_ordinal_day() {
    let o = at(2023, 3, 8);
    assert_eq!(
        found("Imports rose from July to September in 2019.", &o),
        pairs(&[("July to September in 2019", "2019-07/2019-09")])
    );
    assert_eq!(
        found("Between May and August of 2020, stocks fell.", &o),
        pairs(&[("May and August of 2020", "2020-05/2020-08")])
    );
    // A split year after `in` is no calendar year of the last end.
    assert!(
        found("from July to September in 2019/20", &o)
            .iter()
            .all(|(_, v)| v != "2019-07/2019-09")
    );
    assert_eq!(
        found("The fair runs June 3rd through 7th.", &o),
        pairs(&[("June 3rd through 7th", "2023-06-03/2023-06-07")])
    );
    // An ordinal before a word counts something.
    assert_eq!(
        found("Sales peaked on May 2nd, 12th straight record.", &o),
        pairs(&[("May 2nd", "2023-05-02")])
    );
    assert_eq!(
        found("The plant restarts around October 4-9th.", &o),
        pairs(&[("October 4-9th", "2022-10-04/2022-10-09")])
    );
}

#[test]
fn coordinated_counts_before_a_shift_are_each_a_date() {
    let o = at(2023, 3, 8);
    // The first count takes the unit and the shift of the second: one date per item.
    assert_eq!(
        found("Prices were higher four or five years ago.", &o),
        pairs(&[("four", "2019"), ("five years ago", "2018")])
    );
    assert_eq!(
        found("The mill may reopen 2 or 3 months later.", &o),
        pairs(&[("2", "2023-05"), ("3 months later", "2023-06")])
    );
    // Without a shift the counts stay durations.
    assert_eq!(
        found("It will take 6 or 7 weeks.", &o),
        pairs(&[("6", "P6W"), ("7 weeks", "P7W")])
    );
    // A count that is no smaller is no first item of such a pair.
    assert_eq!(
        found("He sold nine or three years ago.", &o),
        pairs(&[("three years ago", "2020")])
    );
}

#[test]
fn years_before_results_words_and_periods() {
    let o = at(2025, 2, 20);
    // A year before a results word or the noun it qualifies.
    assert_eq!(
        found("The bank sees 2025 adjusted EPS growth.", &o),
        pairs(&[("2025", "2025")])
    );
    assert_eq!(
        found("Footnote: 2024 net includes a one-off gain.", &o),
        pairs(&[("2024", "2024")])
    );
    assert_eq!(
        found("It trimmed 2025 capital spending again.", &o),
        pairs(&[("2025", "2025")])
    );
    // A year before the period it qualifies: a singular unit, `period`, a count of months.
    assert_eq!(
        found("Footnote: 2024 six mths net excludes a charge.", &o),
        pairs(&[("2024", "2024"), ("six mths", "P6M")])
    );
    assert_eq!(
        found("Orders rose from the comparable 2023 period.", &o),
        pairs(&[("2023", "2023")])
    );
    // A year before other words stays unread.
    assert!(found("Shipped 2024 units overall.", &o).is_empty());
    assert!(found("It had 2024 employees.", &o).is_empty());
}

#[test]
fn a_named_year_of_a_comparison_is_no_base_for_an_anchor() {
    let o = at(2025, 2, 20);
    // `the same 2023 period` is the other side of the comparison: `a year earlier` in the next
    // sentence still compares with the reference year, not with 2023.
    let got = found(
        "Output fell from the same 2023 period. Exports rose from a year earlier.",
        &o,
    );
    assert_eq!(got, pairs(&[("2023", "2023"), ("a year earlier", "2024")]));
}

#[test]
fn a_whole_count_before_quarters_counts_quarters() {
    let o = at(2024, 5, 10);
    // The numeral grammar alone reads `two quarters` as 0.5; before a time unit's reading it is
    // a count of quarters.
    assert_eq!(
        found("Margins shrank for seven quarters in a row.", &o),
        pairs(&[("seven quarters", "P7Q")])
    );
    assert_eq!(
        found("Two quarters ago the bank cut its forecast.", &o),
        pairs(&[("Two quarters ago", "2023-Q4")])
    );
    assert_eq!(
        found("The plant should reopen three quarters later.", &o),
        pairs(&[("three quarters later", "2025-Q1")])
    );
    // With `of` it stays a share: no date.
    assert_eq!(
        found("Three quarters of the loans were repaid.", &o),
        pairs(&[])
    );
}

#[test]
fn a_day_in_words_after_a_month_when_it_counts_nothing() {
    let o = at(1987, 3, 2);
    // Wire style writes days below ten in words: a day when nothing counted follows.
    assert_eq!(
        found(
            "The dividend is payable April one to holders of record.",
            &o
        ),
        pairs(&[("April one", "1987-04-01")])
    );
    assert_eq!(
        found("    Pay May two\n    Record April 10", &o),
        pairs(&[("May two", "1987-05-02"), ("April 10", "1987-04-10")])
    );
    assert_eq!(
        found("The notes will be redeemed on June six.", &o),
        pairs(&[("June six", "1987-06-06")])
    );
    // A count of a noun stays a count: the month alone.
    assert_eq!(
        found("In March ten banks raised their rates.", &o),
        pairs(&[("March", "1987-03")])
    );
    assert_eq!(
        found("In April one-third of the crop was sold.", &o),
        pairs(&[("April", "1987-04")])
    );
}

#[test]
fn a_bare_weekday_in_the_future_tense_is_the_coming_one() {
    // 2024-10-16 is a Wednesday.
    let o = at(2024, 10, 16);
    assert_eq!(
        found("The board will vote on Monday on the merger.", &o),
        pairs(&[("Monday", "2024-10-21")])
    );
    assert_eq!(
        found("Hearings are scheduled to resume Tuesday.", &o),
        pairs(&[("Tuesday", "2024-10-22")])
    );
    // Without it, the past one (news reports what happened); a clause boundary ends the look.
    assert_eq!(
        found("The board voted on Monday on the merger.", &o),
        pairs(&[("Monday", "2024-10-14")])
    );
    assert_eq!(
        found("Rates will stay high, the governor said on Monday.", &o),
        pairs(&[("Monday", "2024-10-14")])
    );
    // The reference's own weekday stays that day.
    assert_eq!(
        found("The board will vote on Wednesday.", &o),
        pairs(&[("Wednesday", "2024-10-16")])
    );
}
