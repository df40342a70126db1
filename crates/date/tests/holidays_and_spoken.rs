//! Holidays by name, days and years in words, weekdays of a named week, and days of a month
//! written `the Nth day of`.

mod common;

use common::{at, found, pairs};
use finnews_date::Options;

#[test]
fn fixed_holidays_take_the_nearest_year_or_the_one_written() {
    let o = at(2023, 11, 2);
    assert_eq!(
        found("Retailers brace for Christmas Eve traffic.", &o),
        pairs(&[("Christmas Eve", "2023-12-24")])
    );
    assert_eq!(
        found("Sales over Christmas 2012 were weak.", &o),
        pairs(&[("Christmas 2012", "2012-12-25")])
    );
    assert_eq!(
        found("Markets shut on Independence Day of next year.", &o),
        pairs(&[("Independence Day of next year", "2024-07-04")])
    );
    // Without a reference the fixed day stays unresolved.
    assert_eq!(
        found("closed on New Year’s Day", &Options::default()),
        pairs(&[("New Year’s Day", "XXXX-01-01")])
    );
}

#[test]
fn rule_based_holidays_are_computed_for_the_year() {
    let o = at(2022, 3, 1);
    // The fourth Thursday of November 2022 is the 24th; Black Friday the day after.
    assert_eq!(
        found("Thanksgiving 2022 and Black Friday 2022 lifted sales.", &o),
        pairs(&[
            ("Thanksgiving 2022", "2022-11-24"),
            ("Black Friday 2022", "2022-11-25")
        ])
    );
    // Western Easter 2024 fell on March 31; Good Friday two days before.
    assert_eq!(
        found(
            "Exchanges close on Good Friday 2024 and Easter Monday 2024.",
            &o
        ),
        pairs(&[
            ("Good Friday 2024", "2024-03-29"),
            ("Easter Monday 2024", "2024-04-01")
        ])
    );
    // The last Monday of May 2021 was the 31st; the first Monday of September 2021 the 6th.
    assert_eq!(
        found("between Memorial Day 2021 and Labor Day 2021", &o)[0].1,
        "2021-05-31/2021-09-06"
    );
}

#[test]
fn holidays_before_and_after_the_reference_and_shifted() {
    let o = at(2021, 6, 15);
    assert_eq!(
        found("Since last Easter prices rose.", &o),
        pairs(&[("last Easter", "2021-04-04")])
    );
    assert_eq!(
        found("Before next Easter they will cut.", &o),
        pairs(&[("next Easter", "2022-04-17")])
    );
    assert_eq!(
        found("It closed 10 days before Christmas.", &at(2021, 11, 1)),
        pairs(&[("10 days before Christmas", "2021-12-15")])
    );
}

#[test]
fn holiday_words_alone_are_no_dates() {
    let o = at(2021, 6, 15);
    assert!(found("Good results from Black Rock and New York.", &o).is_empty());
    assert!(found("The Labor Party and Earth sciences; Christmases past.", &o).is_empty());
}

#[test]
fn a_weekday_of_a_named_week() {
    // 2022-03-09 is a Wednesday.
    let o = at(2022, 3, 9);
    assert_eq!(
        found("The board meets next week on Thursday.", &o),
        pairs(&[("next week on Thursday", "2022-03-17")])
    );
    assert_eq!(
        found("Filed last week Monday.", &o),
        pairs(&[("last week Monday", "2022-02-28")])
    );
    assert_eq!(
        found("Votes on Friday of the following week.", &o),
        pairs(&[("Friday of the following week", "2022-03-18")])
    );
    assert_eq!(
        found("It fell on Tuesday of last week.", &o),
        pairs(&[("Tuesday of last week", "2022-03-01")])
    );
    // A weekday after a comma is a date of its own.
    assert_eq!(found("next week, Friday", &o).len(), 2);
}

#[test]
fn the_nth_day_of_a_month() {
    let o = at(2022, 3, 9);
    assert_eq!(
        found("Payment is due on the 20th day of next month.", &o),
        pairs(&[("the 20th day of next month", "2022-04-20")])
    );
    assert_eq!(
        found("Bids close before the twenty-eighth day of the month.", &o),
        pairs(&[("the twenty-eighth day of the month", "2022-03-28")])
    );
    assert_eq!(
        found("It opens on the fourth day of October 2023.", &o),
        pairs(&[("the fourth day of October 2023", "2023-10-04")])
    );
    // The Nth day of anything else is no date.
    assert!(found("on the third day of the strike", &o).is_empty());
}

#[test]
fn days_and_years_in_words() {
    let o = at(2022, 3, 9);
    assert_eq!(
        found("The mill opened on June twenty-two.", &o),
        pairs(&[("June twenty-two", "2022-06-22")])
    );
    assert_eq!(
        found("He was born on March twelve nineteen sixty four.", &o),
        pairs(&[("March twelve nineteen sixty four", "1964-03-12")])
    );
    assert_eq!(
        found("signed on eleven July two thousand and nine", &o),
        pairs(&[("eleven July two thousand and nine", "2009-07-11")])
    );
    assert_eq!(
        found("listed in November eighteen hundred forty two", &o),
        pairs(&[("November eighteen hundred forty two", "1842-11")])
    );
    assert_eq!(
        found("founded in June of 94", &o),
        pairs(&[("June of 94", "1994-06")])
    );
    assert_eq!(
        found("paid on 3 May in 2019", &o),
        pairs(&[("3 May in 2019", "2019-05-03")])
    );
    // A count after a month is no day nor year.
    assert_eq!(
        found("In March ten banks and two thousand clients left.", &o),
        pairs(&[("March", "2022-03")])
    );
}

#[test]
fn weekday_before_a_numeric_day_decades_and_amounts() {
    let o = at(2022, 3, 9);
    assert_eq!(
        found("The vote is on Friday 4/8.", &o),
        pairs(&[("Friday 4/8", "2022-04-08")])
    );
    assert_eq!(
        found("Due next Monday 3/14.", &o),
        pairs(&[("next Monday 3/14", "2022-03-14")])
    );
    assert_eq!(
        found("Bonds issued in the 1980 s matured.", &o),
        pairs(&[("the 1980 s", "198")])
    );
    // A number after a currency sign is an amount, not a day.
    assert_eq!(
        found("It cost $14 March 3.", &o),
        pairs(&[("March 3", "2022-03-03")])
    );
}

#[test]
fn an_interval_ending_today_keeps_todays_year() {
    let o = at(2024, 5, 10);
    assert_eq!(
        found("Prices rose between March 2023 and today.", &o),
        pairs(&[("March 2023 and today", "2023-03/2024-05-10")])
    );
    assert_eq!(
        found("It ran from 2 Feb 2022 to yesterday.", &o),
        pairs(&[("2 Feb 2022 to yesterday", "2022-02-02/2024-05-09")])
    );
}

#[test]
fn a_day_before_a_season_keeps_its_own_year() {
    let o = at(1987, 3, 2);
    let f = found("shipped up to February 2 in 1986/87.", &o);
    assert_eq!(f[0], ("February 2".to_owned(), "1987-02-02".to_owned()));
}

#[test]
fn whole_units_nights_calendar_years_and_dashed_quarters() {
    let o = at(2022, 3, 9);
    assert_eq!(
        found("Trading was thin all day.", &o),
        pairs(&[("all day", "P1D")])
    );
    assert_eq!(
        found("The crew stayed three nights.", &o),
        pairs(&[("three nights", "P3D")])
    );
    assert_eq!(
        found("Output fell this calendar year.", &o),
        pairs(&[("this calendar year", "2022")])
    );
    assert_eq!(
        found("Results for Q2-2021 are due.", &o),
        pairs(&[("Q2-2021", "2021-Q2")])
    );
    // `all` before anything but a unit is no date; a lone `night` stays a part of the day.
    assert!(found("all days are equal and all of them.", &o).is_empty());
    assert_eq!(
        found("on Friday night", &o),
        pairs(&[("Friday night", "2022-03-04TNI")])
    );
}

#[test]
fn dashed_month_day_year_and_the_week_after_next() {
    let o = at(2022, 3, 9);
    assert_eq!(
        found("Filed Mar-14-2019 in court.", &o),
        pairs(&[("Mar-14-2019", "2019-03-14")])
    );
    assert_eq!(
        found("The vote is the week after next.", &o),
        pairs(&[("the week after next", "2022-W12")])
    );
}

#[test]
fn a_compared_duration_in_digits_opens_at_its_comparison() {
    let o = at(2022, 3, 9);
    assert_eq!(
        found("The plant has been idle for more than 10 years.", &o),
        pairs(&[("more than 10 years", "P10Y")])
    );
    assert_eq!(
        found("Talks lasted less than 3 weeks.", &o),
        pairs(&[("less than 3 weeks", "P3W")])
    );
}

#[test]
fn a_bare_day_of_the_month() {
    let o = at(2022, 3, 9);
    assert_eq!(
        found("The board meets on the 21st.", &o),
        pairs(&[("the 21st", "2022-03-21")])
    );
    assert_eq!(
        found("It was signed on the 28th, lawyers said.", &o),
        pairs(&[("the 28th", "2022-02-28")])
    );
    assert_eq!(
        found("Payment is due Thursday the thirty-first.", &o),
        pairs(&[("Thursday the thirty-first", "2022-03-31")])
    );
    // A ranking is no day.
    assert!(found("It ranked on the 5th floor and the 3rd place.", &o).is_empty());
}

#[test]
fn a_period_of_a_named_year() {
    let o = at(2022, 3, 9);
    assert_eq!(
        found("Growth slowed in last year's fourth quarter.", &o),
        pairs(&[("last year's fourth quarter", "2021-Q4")])
    );
    assert_eq!(
        found("They expect a rebound in next year’s second half.", &o),
        pairs(&[("next year’s second half", "2023-H2")])
    );
    assert_eq!(
        found("in 2019's third quarter", &o),
        pairs(&[("2019's third quarter", "2019-Q3")])
    );
    // A possessive before anything but a period: the year alone.
    assert_eq!(
        found("last year's results", &o),
        pairs(&[("last year", "2021")])
    );
}

#[test]
fn a_day_of_a_named_month() {
    let o = at(2022, 3, 9);
    assert_eq!(
        found("The offer closes around the 12th next month.", &o),
        pairs(&[("the 12th next month", "2022-04-12")])
    );
}

#[test]
fn every_holiday_opens_with_a_date_trigger() {
    use finnews_core::lexicon::{Class, HOLIDAYS, lexicon};
    let lx = lexicon();
    for (name, _) in HOLIDAYS {
        let first = name.split(' ').next().unwrap_or("");
        let first = first.split('\'').next().unwrap_or("").trim_end_matches('.');
        assert!(
            lx.lookup(first)
                .is_some_and(|e| lx.classes(e).has(Class::DateTrigger)),
            "{name}: `{first}` is no date trigger"
        );
    }
}

#[test]
fn the_first_or_last_units_of_a_year() {
    let o = at(2022, 3, 9);
    assert_eq!(
        found("Sales rose in the last four months of 2021.", &o),
        pairs(&[("the last four months of 2021", "2021-09/2021-12")])
    );
    // ISO week 1 of 2021 began on Monday, January 4.
    assert_eq!(
        found("Rooms are booked for the first 2 weeks of 2021.", &o),
        pairs(&[("the first 2 weeks of 2021", "2021-01-04/2021-01-17")])
    );
    assert_eq!(
        found("Trading was thin in the last ten days of last year.", &o),
        pairs(&[("the last ten days of last year", "2021-12-22/2021-12-31")])
    );
    // Of anything but a year: a duration and the period it lies in.
    assert_eq!(
        found("in the last two weeks of March", &o),
        pairs(&[("the last two weeks", "P2W"), ("March", "2022-03")])
    );
}

#[test]
fn a_determiner_before_a_possessive_year_stays_in_the_span() {
    let o = at(2022, 3, 9);
    assert_eq!(
        found("compared with the prior year's second quarter", &o),
        pairs(&[("the prior year's second quarter", "2021-Q2")])
    );
}
