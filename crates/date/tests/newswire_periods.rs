//! Periods as newswires, results releases and factsheets write them: weeks and months named by
//! their end, quarters set off by a comma, the last of coordinated quarters, split years,
//! `last night`, `the coming summer`, day-first numeric dates, `YTD`. Examples are our own.

mod common;

use common::{at, found, pairs};
use finnews_date::extract;

/// The (first, last) day of the one mention found.
fn range_of(text: &str, y: i32, m: u32, d: u32) -> Option<(String, String)> {
    let v = extract(text, &at(y, m, d));
    assert_eq!(v.len(), 1, "one mention in {text:?}: {v:?}");
    v[0].value
        .range()
        .map(|r| (r.first().to_string(), r.last().to_string()))
}

fn days(a: &str, b: &str) -> Option<(String, String)> {
    Some((a.to_owned(), b.to_owned()))
}

#[test]
fn a_week_named_by_its_last_day_is_that_iso_week() {
    let r = at(1991, 5, 14);
    assert_eq!(
        found(
            "Shipments in the week ended May 10 rose to 4,100 tonnes.",
            &r
        ),
        pairs(&[("the week ended May 10", "1991-W19")])
    );
    assert_eq!(
        found("Claims (week ending May 4) were 410K.", &r),
        pairs(&[("week ending May 4", "1991-W18")])
    );
    assert_eq!(
        range_of("stocks for the week ending yesterday", 1991, 5, 14),
        days("1991-05-13", "1991-05-19")
    );
    // a heading: `Week of` a day
    assert_eq!(
        found("Markets Diary - Week of June 3, 2030", &r),
        pairs(&[("Week of June 3, 2030", "2030-W23")])
    );
    // `week of` after a word that counts it is no week of a day
    assert_eq!(
        found("after a week of May 10 protests", &r),
        pairs(&[("a week", "P1W"), ("May 10", "1991-05-10")])
    );
}

#[test]
fn months_named_by_their_end_are_an_interval_of_months() {
    let r = at(1991, 5, 14);
    assert_eq!(
        found("For the nine months ended Feb 28, 1991, net rose.", &r),
        pairs(&[("the nine months ended Feb 28, 1991", "1990-06/1991-02")])
    );
    assert_eq!(
        range_of("Sales for the six months ended March 31 fell.", 1991, 5, 14),
        days("1990-10-01", "1991-03-31")
    );
    assert_eq!(
        found("in the 12 months ending in April", &r),
        pairs(&[("the 12 months ending in April", "1990-05/1991-04")])
    );
    // a count of months with no end named stays a duration
    assert_eq!(
        found("over the nine months to come", &r),
        pairs(&[("the nine months", "P9M")])
    );
}

#[test]
fn a_quarter_may_set_its_end_off_with_a_comma() {
    let r = at(1991, 5, 14);
    // the third quarter ending in March is a fiscal one: July to June years
    assert_eq!(
        found("Revenue for the third quarter, ended March 31, rose.", &r),
        pairs(&[("the third quarter, ended March 31", "FY1990-Q3")])
    );
    assert_eq!(
        range_of("Its second quarter, ending June 30, was weak.", 1991, 5, 14),
        days("1991-04-01", "1991-06-30")
    );
    // a comma and no verb: the quarter and the day apart
    assert_eq!(
        found("the third quarter, March 31 aside", &r).len(),
        2,
        "two mentions"
    );
}

#[test]
fn the_last_of_coordinated_quarters_takes_the_plural_unit() {
    let r = at(1991, 5, 14);
    let v = found("growth in the first and second halves of 1992", &r);
    assert!(
        v.contains(&("second halves of 1992".to_owned(), "1992-H2".to_owned())),
        "{v:?}"
    );
    let v = found("in the third and fourth quarters of 1990", &r);
    assert!(
        v.contains(&("fourth quarters of 1990".to_owned(), "1990-Q4".to_owned())),
        "{v:?}"
    );
    // a plural unit with no coordination before it is no quarter
    let v = found("its fourth quarters of 1990 were weak", &r);
    assert!(!v.iter().any(|(_, t)| t == "1990-Q4"), "{v:?}");
}

#[test]
fn split_years_before_their_noun() {
    let r = at(1991, 5, 14);
    assert_eq!(
        found("estimates for the 1990/91 harvest", &r),
        pairs(&[("1990/91", "1990/1991")])
    );
    assert_eq!(
        found("results for the 2031/32 financial year", &r),
        pairs(&[("the 2031/32 financial year", "FY2031")])
    );
    assert_eq!(
        found("in its 2030/2031 fiscal year", &r),
        pairs(&[("2030/2031 fiscal year", "FY2030")])
    );
    // not consecutive years: no split year
    assert_eq!(found("the 1990/93 harvest", &r), pairs(&[]));
}

#[test]
fn last_night_and_the_coming_season() {
    let r = at(1991, 5, 14);
    assert_eq!(
        found("Rebels attacked the town last night.", &r),
        pairs(&[("last night", "1991-05-13TNI")])
    );
    assert_eq!(
        found("He said so last evening.", &r),
        pairs(&[("last evening", "1991-05-13TEV")])
    );
    // the coming season is the next to start, or the current one
    assert_eq!(
        found("demand in the coming summer", &r),
        pairs(&[("the coming summer", "1991-SU")])
    );
    assert_eq!(
        found("demand in the coming winter", &at(1991, 1, 10)),
        pairs(&[("the coming winter", "1990-WI")])
    );
    assert_eq!(
        found("demand next summer", &r),
        pairs(&[("next summer", "1992-SU")])
    );
}

#[test]
fn numeric_dates_and_to_date_abbreviations() {
    let r = at(2031, 9, 30);
    // a first number above 12 is the day
    assert_eq!(
        found("Inception: 23/04/2019", &r),
        pairs(&[("23/04/2019", "2019-04-23")])
    );
    assert_eq!(
        found("Inception: 04/23/2019", &r),
        pairs(&[("04/23/2019", "2019-04-23")])
    );
    assert_eq!(found("Return YTD: 4.2%", &r), pairs(&[("YTD", "2031")]));
    let v = extract("QTD flows", &r);
    assert_eq!(v[0].timex(), "2031-Q3");
    assert_eq!(v[0].value.modifier(), Some(finnews_date::TimexMod::Start));
}

#[test]
fn a_blank_line_ends_a_duration() {
    let r = at(2031, 9, 30);
    assert_eq!(
        found("Benchmark 19.7\n\nCalendar year returns", &r),
        pairs(&[])
    );
    assert_eq!(
        found("Benchmark 19.7\nyears", &r),
        pairs(&[("19.7\nyears", "P19.7Y")])
    );
}

#[test]
fn periods_of_months_and_fiscal_years_named_by_their_end() {
    let r = at(2031, 9, 30);
    assert_eq!(
        found("during the nine-month period ended June 30, 2031", &r),
        pairs(&[(
            "the nine-month period ended June 30, 2031",
            "2030-10/2031-06"
        )])
    );
    // a fiscal year written with its year and its end: named as written, with its days
    assert_eq!(
        found("for fiscal year 2031 ended June 30, 2031, sales rose", &r),
        pairs(&[("fiscal year 2031 ended June 30, 2031", "FY2031")])
    );
    assert_eq!(
        range_of("in FY2030, ended March 31, 2031", 2031, 9, 30),
        days("2030-04-01", "2031-03-31")
    );
    // after a half or quarter the end is the half's: the fiscal year as named, the day apart
    assert_eq!(
        found(
            "its first half of fiscal 2031, ended Feb 28, was weak",
            &at(2031, 4, 15)
        ),
        pairs(&[
            ("first half of fiscal 2031", "FY2031"),
            ("Feb 28", "2031-02-28")
        ])
    );
    // an end that is not that year's or the next is another date
    assert_eq!(
        found("fiscal 2031 ended June 30, 2029", &r).len(),
        2,
        "two mentions"
    );
}

#[test]
fn a_month_range_leaves_the_sentence_full_stop_and_a_time_leaves_the_next_line() {
    let r = at(2025, 10, 1);
    assert_eq!(
        found("Output rose between March and September.", &r),
        pairs(&[("March and September", "2025-03/2025-09")])
    );
    // A time that ends a line (a scraped page's timestamp) leaves the next line's day alone;
    // on the same line the day belongs to the time.
    let v = found("Posted 2025/10/01 09:15\n3日の会合で決まった。", &r);
    assert!(v.iter().any(|(t, _)| t == "09:15"), "{v:?}");
    assert_eq!(
        found("Trading resumes at 9:30 a.m. tomorrow.", &r),
        pairs(&[("9:30 a.m. tomorrow", "2025-10-02T09:30")])
    );
}

#[test]
fn the_year_ago_week_is_the_same_iso_week_a_year_earlier() {
    let r = at(1991, 5, 14);
    assert_eq!(
        found(
            "Loadings in the week ended May 10 were 4,100, against 3,900 in the year-ago week.",
            &r
        ),
        pairs(&[
            ("the week ended May 10", "1991-W19"),
            ("year-ago", "1990-W19")
        ])
    );
}

#[test]
fn a_month_and_year_with_a_third_group_is_no_date() {
    let r = at(2025, 1, 1);
    assert!(
        found("Call our desk on 04-1234-5678 today.", &r)
            .iter()
            .all(|(t, _)| t != "04-1234")
    );
    assert_eq!(
        found("Sales in 04-2024 rose.", &r),
        pairs(&[("04-2024", "2024-04")])
    );
}
