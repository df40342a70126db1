//! Weekends, business days, counted durations after a deictic, the week of a day, anaphors of
//! the reference's unit, calendar-year abbreviations and compared years.

mod common;

use common::{at, found, pairs};

#[test]
fn weekends_by_deictic_and_nearest() {
    // A Tuesday: the nearest weekend is the one just past.
    let tue = at(2022, 3, 15);
    assert_eq!(
        found("Talks broke down over the weekend.", &tue),
        pairs(&[("the weekend", "2022-W10-WE")])
    );
    assert_eq!(
        found("Talks broke down this weekend.", &tue),
        pairs(&[("this weekend", "2022-W10-WE")])
    );
    // A Thursday: the coming one.
    let thu = at(2022, 3, 17);
    assert_eq!(
        found("The board meets at the weekend.", &thu),
        pairs(&[("the weekend", "2022-W11-WE")])
    );
    assert_eq!(
        found("We fly out next weekend and came back last weekend.", &thu),
        pairs(&[
            ("next weekend", "2022-W12-WE"),
            ("last weekend", "2022-W10-WE")
        ])
    );
    // The range is the Saturday and the Sunday.
    let t = &finnews_date::extract("over the weekend", &thu)[0];
    let finnews_date::TemporalValue::Date { range, .. } = &t.value else {
        panic!("a date");
    };
    assert_eq!(
        range.map(|r| (r.first().to_string(), r.last().to_string())),
        Some(("2022-03-19".to_owned(), "2022-03-20".to_owned()))
    );
    // Without a reference there is no weekend to name.
    assert!(found("over the weekend", &finnews_date::Options::default()).is_empty());
}

#[test]
fn holiday_weekends() {
    let o = at(2022, 1, 10);
    // Memorial Day 2023 is Monday May 29: its weekend is the one before it.
    assert_eq!(
        found("Prices rose over Memorial Day weekend 2023.", &o),
        pairs(&[("Memorial Day weekend 2023", "2023-W21-WE")])
    );
    assert_eq!(
        found("Shops opened on Easter 2022 weekend.", &o),
        pairs(&[("Easter 2022 weekend", "2022-W15-WE")])
    );
    // Christmas 2021 was a Saturday.
    assert_eq!(
        found("sales over the weekend of Christmas 2021", &o),
        pairs(&[("the weekend of Christmas 2021", "2021-W51-WE")])
    );
}

#[test]
fn business_days_and_working_weeks() {
    let o = at(2023, 5, 3);
    assert_eq!(
        found("The offer expires 15 business days after it opens.", &o),
        pairs(&[("15 business days", "P15BD")])
    );
    assert_eq!(
        found("Refunds take three working days.", &o),
        pairs(&[("three working days", "P3BD")])
    );
    assert_eq!(
        found(
            "Shares must trade above 12 dlrs for the next ten trading days.",
            &o
        ),
        pairs(&[("the next ten trading days", "P10BD")])
    );
    assert_eq!(
        found("Deliveries start next 5 business days.", &o),
        pairs(&[("next 5 business days", "P5BD")])
    );
    assert_eq!(
        found("It closes this working week and reopens next workweek.", &o),
        pairs(&[
            ("this working week", "2023-W18"),
            ("next workweek", "2023-W19")
        ])
    );
}

#[test]
fn counted_durations_after_a_deictic() {
    let o = at(2023, 5, 3);
    assert_eq!(
        found("Output doubled over previous 4 years.", &o),
        pairs(&[("previous 4 years", "P4Y")])
    );
    // `last` is also a verb.
    assert_eq!(
        found("The talks would last 9 days.", &o),
        pairs(&[("9 days", "P9D")])
    );
    // A comma and an amount after a weekday: no month-day.
    assert_eq!(
        found(
            "It drained 3.5 billion last Friday, 2.5 billion on Monday.",
            &o
        ),
        pairs(&[("last Friday", "2023-04-28"), ("Monday", "2023-05-01")])
    );
    // `following` is also a preposition: the deictic is left out.
    assert_eq!(
        found("The deal came following six months of talks.", &o),
        pairs(&[("six months", "P6M")])
    );
    // `a couple of` counts two.
    assert_eq!(
        found("It will take a couple of weeks.", &o),
        pairs(&[("a couple of weeks", "P2W")])
    );
}

#[test]
fn deictic_days() {
    let o = at(2023, 5, 20);
    assert_eq!(
        found("Filing is due next 3/14.", &o),
        pairs(&[("next 3/14", "2024-03-14")])
    );
    assert_eq!(
        found("It was signed last 9th of August.", &o),
        pairs(&[("last 9th of August", "2022-08-09")])
    );
    assert_eq!(
        found("The vote is this 7/2.", &o),
        pairs(&[("this 7/2", "2023-07-02")])
    );
}

#[test]
fn week_of_a_day_and_a_day_after_on() {
    let o = at(2023, 5, 3);
    assert_eq!(
        found("The trial starts the week of June 12.", &o),
        pairs(&[("the week of June 12", "2023-W24")])
    );
    assert_eq!(
        found("Bids are due the week of the 22nd.", &o),
        pairs(&[("the week of the 22nd", "2023-W16")])
    );
    assert_eq!(
        found("Payment arrives on 9th.", &o),
        pairs(&[("9th", "2023-05-09")])
    );
}

#[test]
fn earlier_or_later_in_the_unit_and_to_date() {
    let o = at(2023, 5, 3);
    let x = finnews_date::extract("Rates may rise later in the year.", &o);
    assert_eq!(x.len(), 1);
    assert_eq!(
        (x[0].text, x[0].timex().as_str()),
        ("later in the year", "2023")
    );
    assert!(matches!(
        x[0].value,
        finnews_date::TemporalValue::Date {
            modifier: Some(finnews_date::Mod::End),
            ..
        }
    ));
    assert_eq!(
        found("Shares fell earlier in the month.", &o),
        pairs(&[("earlier in the month", "2023-05")])
    );
    // `later in the day` is no date.
    assert!(found("It rallied later in the day.", &o).is_empty());
    assert_eq!(
        found("No bids have been received to date.", &o),
        pairs(&[("to date", "PRESENT_REF")])
    );
    assert!(found("Keep your records up to date.", &o).is_empty());
    assert_eq!(
        found("Month to date sales rose.", &o),
        pairs(&[("Month to date", "2023-05")])
    );
    assert!(found("values equal to date 3", &o).is_empty());
}

#[test]
fn calendar_year_abbreviations_compared_years_and_unit_letters() {
    let o = at(2023, 5, 3);
    assert_eq!(
        found("Revenue in CY2021 and cy22 grew.", &o),
        pairs(&[("CY2021", "2021"), ("cy22", "2022")])
    );
    assert_eq!(
        found("filter: year >= 2015", &o),
        pairs(&[("2015", "2015")])
    );
    // A ticker's closing bracket compares nothing.
    assert!(found("ACME <ACM.N> 1986 TOTALS", &o).is_empty());
    assert_eq!(found("The fever lasted 5D.", &o), pairs(&[("5D", "P5D")]));
    // A form or a satellite name is no duration.
    assert!(found("He filed a 13D and launched Insat 1D.", &o).is_empty());
    assert_eq!(
        found("Back in three days from tmrw.", &o),
        pairs(&[("three days from tmrw", "2023-05-07")])
    );
}

#[test]
fn durations_of_several_units_and_their_shifts() {
    let o = at(2023, 5, 3);
    assert_eq!(
        found("The notes mature in 9 years and 45 days.", &o),
        pairs(&[("9 years and 45 days", "P9Y45D")])
    );
    assert_eq!(
        found("He served 3 years, 4 months in prison.", &o),
        pairs(&[("3 years, 4 months", "P3Y4M")])
    );
    // Units must get smaller: a list is no compound.
    assert_eq!(
        found("over 4 days and 2 weeks", &o),
        pairs(&[("4 days", "P4D"), ("2 weeks", "P2W")])
    );
    assert_eq!(
        found("It opened 1 month and 3 days ago.", &o),
        pairs(&[("1 month and 3 days ago", "2023-03-31")])
    );
    assert_eq!(
        found("Results come 1 year 2 months later.", &o),
        pairs(&[("1 year 2 months later", "2024-07")])
    );
}

#[test]
fn weekday_with_a_dashed_day_and_period_end_abbreviations() {
    let o = at(2023, 5, 3);
    assert_eq!(
        found("Call me on Tuesday 5-9 at noon.", &o),
        pairs(&[("Tuesday 5-9", "2023-05-09")])
    );
    assert_eq!(
        found("Call me next Tuesday 5.9 please.", &o),
        pairs(&[("next Tuesday 5.9", "2023-05-09")])
    );
    // Without a deictic a decimal after a weekday is a quantity.
    assert_eq!(
        found("It rose Tuesday 5.9 pct.", &o),
        pairs(&[("Tuesday", "2023-05-02")])
    );
    assert_eq!(
        found("Ship it by EOM and close the books by EOY.", &o),
        pairs(&[("EOM", "2023-05"), ("EOY", "2023")])
    );
}

#[test]
fn month_abbreviations_alone_and_a_year_before_its_month() {
    let o = at(2023, 5, 3);
    assert_eq!(
        found("Prices eased after Oct, traders said.", &o),
        pairs(&[("Oct", "2023-10")])
    );
    // A name after it: no month.
    assert!(found("in Jan Peters' report", &o).is_empty());
    // In capitals only in text in capitals: `DEC` is a company in running text.
    assert!(found("Analysts compared IBM to DEC, then left.", &o).is_empty());
    assert_eq!(
        found("EXPORTS ROSE 3 PCT IN OCT, OFFICIAL", &o),
        pairs(&[("OCT", "2023-10")])
    );
    // A price after a weekday is no month-day.
    assert!(
        !found("TUES 6-5/16 6-3/16", &o)
            .iter()
            .any(|(t, _)| t.contains('-'))
    );
    assert_eq!(
        found("It launched in 2019 august.", &o),
        pairs(&[("2019 august", "2019-08")])
    );
}
