//! Forms newswires and statistics releases write: mixed numbers as counts (`2-1/2 years`),
//! days two away from the reference (`the day before yesterday`), parts of days with no
//! reference, weekdays that end a span of days, and `全年`, the year a release reports on.

mod common;

use common::{at, found, pairs};
use finnews_date::{Options, extract};

#[test]
fn mixed_numbers_count_units() {
    let o = at(2025, 6, 10);
    assert_eq!(
        found(
            "The bonds mature in 7-1/2 years with a 1-1/2 year grace period.",
            &o
        ),
        pairs(&[("7-1/2 years", "P7.5Y"), ("1-1/2 year", "P1.5Y")])
    );
    assert_eq!(
        found("Talks lasted 6-3/4 hours.", &o),
        pairs(&[("6-3/4 hours", "PT6.75H")])
    );
    // A numeric date, a larger numerator or digits glued on are no mixed number.
    assert!(
        found("Filed 4-5/3 months ago", &o)
            .iter()
            .all(|(_, t)| !t.contains('.'))
    );
    assert!(
        found("see 9-1/2019 years", &o)
            .iter()
            .all(|(_, t)| !t.contains('.'))
    );
}

#[test]
fn days_two_away_from_the_reference() {
    let o = at(2025, 3, 3);
    assert_eq!(
        found("The deal was signed the day before yesterday.", &o),
        pairs(&[("the day before yesterday", "2025-03-01")])
    );
    assert_eq!(
        found("Trading resumes the day after tomorrow morning.", &o),
        pairs(&[("the day after tomorrow morning", "2025-03-05TMO")])
    );
    // With no reference: some day, and its part kept.
    let none = Options::default();
    assert_eq!(
        found("Shares slid the day after tomorrow.", &none),
        pairs(&[("the day after tomorrow", "XXXX-XX-XX")])
    );
    assert_eq!(
        found("Prices rose yesterday evening.", &none),
        pairs(&[("yesterday evening", "XXXX-XX-XXTEV")])
    );
    let t = &extract("Prices rose tomorrow night.", &none)[0];
    assert_eq!(t.value.range(), None);
    let v: finnews_date::Timex = "XXXX-XX-XXTNI"
        .parse()
        .expect("an unresolved part of a day");
    assert_eq!((v.to_string().as_str(), v.day()), ("XXXX-XX-XXTNI", None));
}

#[test]
fn a_weekday_ends_the_days_from_the_first() {
    let o = at(2025, 3, 6); // a Thursday
    assert_eq!(
        found("上周二到周四停牌", &o),
        pairs(&[("上周二到周四", "2025-02-25/2025-02-27")])
    );
    // the digit after a weekday word opens no month
    let v = found("从星期二到九月底", &o);
    assert!(v.iter().all(|(w, _)| !w.starts_with('二')), "{v:?}");
}

#[test]
fn the_whole_reported_year() {
    let o = at(2025, 2, 28);
    let v = found(
        "2024年某市经济运行情况\n全年地区生产总值增长4.8%，比上年加快0.3个百分点。",
        &o,
    );
    assert!(v.contains(&("全年".to_owned(), "2024".to_owned())), "{v:?}");
    assert!(v.contains(&("上年".to_owned(), "2023".to_owned())), "{v:?}");
    // Nothing reported before: the reference's year.
    assert_eq!(
        found("预计全年出口增长3%。", &o),
        pairs(&[("全年", "2025")])
    );
    // `全年级`, `全年齢`: all grades, all ages, no year.
    assert!(found("全年级学生参加", &o).is_empty());
    assert!(found("全年齢対象のソフト", &o).is_empty());
}

#[test]
fn a_day_in_numerals_after_a_written_year_needs_no_mark() {
    let o = at(2025, 3, 6);
    assert_eq!(
        found("公告日期：二〇二三年九月二十", &o),
        pairs(&[("二〇二三年九月二十", "2023-09-20")])
    );
    // a clock time or digits are no such day
    assert!(
        found("二〇二三年九月二十点", &o)
            .iter()
            .all(|(_, t)| t != "2023-09-20")
    );
    assert!(
        found("2023年9月20", &o)
            .iter()
            .all(|(_, t)| t != "2023-09-20")
    );
}
