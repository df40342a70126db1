//! Relative dates without a reference date (or, for days and weeks, without a reference day):
//! found, with the unresolved TIMEX3 value of their grain and no range; with a reference they
//! resolve as before.

mod common;

use common::{at, found, pairs};
use finnews_date::{Grain, NaiveDate, Options, ReferenceDate, Timex, extract};

fn none() -> Options {
    Options::default()
}

#[test]
fn deictic_units_keep_their_grain() {
    assert_eq!(
        found("Shipments resume next week and slowed last month.", &none()),
        pairs(&[("next week", "XXXX-WXX"), ("last month", "XXXX-XX")])
    );
    assert_eq!(
        found("Margins narrowed in the previous quarter.", &none()),
        pairs(&[("the previous quarter", "XXXX-QX")])
    );
    assert_eq!(
        found("Orders picked up in the current half.", &none()),
        pairs(&[("the current half", "XXXX-HX")])
    );
    // A year keeps its existing form.
    assert_eq!(
        found("Output should grow next year.", &none()),
        pairs(&[("next year", "XXXX")])
    );
}

#[test]
fn days_and_counted_shifts() {
    assert_eq!(
        found("The mill shut yesterday and reopens tomorrow.", &none()),
        pairs(&[("yesterday", "XXXX-XX-XX"), ("tomorrow", "XXXX-XX-XX")])
    );
    // The count is part of the date, not a number of its own.
    assert_eq!(
        found("The bid came three weeks ago.", &none()),
        pairs(&[("three weeks ago", "XXXX-WXX")])
    );
    assert_eq!(
        found("It was repaid 4 months later.", &none()),
        pairs(&[("4 months later", "XXXX-XX")])
    );
    assert_eq!(
        found("The pact lapsed 1 week and 2 days ago.", &none()),
        pairs(&[("1 week and 2 days ago", "XXXX-XX-XX")])
    );
    // `today` stays the present reference.
    assert_eq!(
        found("Trading resumes today.", &none()),
        pairs(&[("today", "PRESENT_REF")])
    );
}

#[test]
fn durations_stay_durations() {
    assert_eq!(
        found("Prices rose over the past month.", &none()),
        found("Prices rose over the past month.", &at(2021, 5, 4))
    );
    assert_eq!(
        found("The strike lasted three weeks.", &none()),
        pairs(&[("three weeks", "P3W")])
    );
}

#[test]
fn unresolved_values_carry_no_range() {
    for text in [
        "next week",
        "last month",
        "this quarter",
        "yesterday",
        "last half",
    ] {
        let t = &extract(text, &none());
        assert_eq!(t.len(), 1, "{text}");
        assert_eq!(t[0].value.range(), None, "{text}");
        let v = t[0].timex_value();
        assert_eq!(
            (v.year(), v.month(), v.day(), v.quarter(), v.half()),
            (None, None, None, None, None)
        );
        assert!(!v.is_duration() && !v.is_interval());
    }
}

#[test]
fn a_month_reference_resolves_months_but_not_days() {
    let month = Options::default().with_reference(Some(ReferenceDate::new(
        NaiveDate::from_ymd_opt(2019, 7, 1).unwrap(),
        Grain::Month,
    )));
    assert_eq!(
        found("It fell last month and rose yesterday.", &month),
        pairs(&[("last month", "2019-06"), ("yesterday", "XXXX-XX-XX")])
    );
}

#[test]
fn with_a_reference_nothing_is_unresolved() {
    let r = at(2021, 5, 4);
    assert_eq!(
        found(
            "It fell last week, rose yesterday and slowed last quarter.",
            &r
        ),
        pairs(&[
            ("last week", "2021-W17"),
            ("yesterday", "2021-05-03"),
            ("last quarter", "2021-Q1"),
        ])
    );
}

#[test]
fn unresolved_strings_round_trip() {
    for s in ["XXXX-XX-XX", "XXXX-WXX", "XXXX-XX", "XXXX-QX", "XXXX-HX"] {
        let t: Timex = s.parse().expect(s);
        assert_eq!(t.to_string(), s);
        assert_eq!(t.year(), None);
    }
    // Not values: a partial placeholder or one on a known year.
    for s in ["XXXX-X", "2024-QX", "XXXX-WX", "XXXX-XX-X", "XXXX-HXX"] {
        assert!(s.parse::<Timex>().is_err(), "{s}");
    }
}

#[test]
fn cjk_relative_words_without_a_reference() {
    assert_eq!(
        found("先月の売上は伸びた。来週に発表する。", &none()),
        pairs(&[("先月", "XXXX-XX"), ("来週", "XXXX-WXX")])
    );
    assert_eq!(
        found("昨天公布，明天生效。", &none()),
        pairs(&[("昨天", "XXXX-XX-XX"), ("明天", "XXXX-XX-XX")])
    );
    // With a reference day they resolve.
    assert_eq!(
        found("昨天公布。", &at(2020, 3, 2)),
        pairs(&[("昨天", "2020-03-01")])
    );
}
