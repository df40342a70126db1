//! One test per family of temporal expressions the crate reads.

use finnews_date::{
    Grain, Month, NaiveDate, Options, ReferenceDate, Temporal, TemporalValue, dateline_prefix,
    extract, parse,
};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid test date")
}

fn at(y: i32, m: u32, d: u32) -> Options {
    Options::default().with_reference(Some(ReferenceDate::day(day(y, m, d))))
}

/// (text, timex) of every mention.
fn found(text: &str, opts: &Options) -> Vec<(String, String)> {
    extract(text, opts)
        .iter()
        .map(|t| (t.text.to_owned(), t.timex()))
        .collect()
}

fn one(text: &str, opts: &Options) -> Temporal<'static> {
    let leaked: &'static str = Box::leak(text.to_owned().into_boxed_str());
    let all = extract(leaked, opts);
    assert_eq!(all.len(), 1, "{text}: {all:?}");
    all.into_iter().next().expect("one mention")
}

fn range(t: &Temporal<'_>) -> Option<(String, String)> {
    match &t.value {
        TemporalValue::Date { range, .. } => {
            range.map(|r| (r.first().to_string(), r.last().to_string()))
        }
        _ => None,
    }
}

fn modifier(t: &Temporal<'_>) -> Option<&'static str> {
    match &t.value {
        TemporalValue::Date { modifier, .. } => modifier.map(|m| m.code()),
        _ => None,
    }
}

#[test]
fn absolute_dates_in_news_formats() {
    let o = Options::default();
    for (text, timex) in [
        ("September 29, 2020", "2020-09-29"),
        ("Sept. 29, 2020", "2020-09-29"),
        ("29 September 2020", "2020-09-29"),
        ("29 Sep 2020", "2020-09-29"),
        ("2020-09-29", "2020-09-29"),
        ("2020/9/29", "2020-09-29"),
        ("9/29/2020", "2020-09-29"),
        ("Tuesday, September 29, 2020", "2020-09-29"),
        ("2020年9月29日", "2020-09-29"),
        ("令和2年9月29日", "2020-09-29"),
        ("平成元年1月8日", "1989-01-08"),
    ] {
        let t = one(text, &o);
        assert_eq!((t.text, t.timex().as_str()), (text, timex));
    }
    let dmy = Options::default().with_day_first(true);
    assert_eq!(one("29/9/2020", &dmy).timex(), "2020-09-29");
}

#[test]
fn months_years_decades() {
    let o = Options::default();
    assert_eq!(
        found("in October 2013", &o),
        [("October 2013".into(), "2013-10".into())]
    );
    assert_eq!(found("from Oct 2013", &o)[0].1, "2013-10");
    assert_eq!(
        found("established in 1992.", &o),
        [("1992".into(), "1992".into())]
    );
    assert_eq!(found("(figures as of 2019)", &o)[0].1, "2019");
    assert_eq!(
        found("in the 1990s", &o),
        [("the 1990s".into(), "199".into())]
    );
    assert_eq!(found("2013年10月", &o)[0].1, "2013-10");
}

#[test]
fn quarters_halves_fiscal() {
    let o = Options::default();
    for (text, timex) in [
        ("Q3 2023", "2023-Q3"),
        ("3Q23", "2023-Q3"),
        ("1H24", "2024-H1"),
        ("the third quarter of 2023", "2023-Q3"),
        ("4TH QTR 1986", "1986-Q4"),
        ("FY2023", "FY2023"),
        ("FY23", "FY2023"),
        ("FY 1986", "FY1986"),
        ("fiscal 2023", "FY2023"),
        ("fiscal year 2023/24", "FY2023"),
    ] {
        assert_eq!(one(text, &o).timex(), timex, "{text}");
    }
    assert_eq!(one("Q3", &o).timex(), "XXXX-Q3");
    let ref_ = at(2024, 7, 15);
    let h1 = one("the first half of this year", &ref_);
    assert_eq!(h1.timex(), "2024-H1");
    assert_eq!(range(&h1), Some(("2024-01-01".into(), "2024-06-30".into())));
    let no_ref = one("the first half of this year", &o);
    assert_eq!(no_ref.timex(), "XXXX-H1");
    assert_eq!(range(&no_ref), None);
    // fiscal-year start and naming
    let april = Options::default().with_fiscal_year_start(Month::April);
    let fy = one("fiscal 2023", &april);
    assert_eq!(range(&fy), Some(("2023-04-01".into(), "2024-03-31".into())));
    // the first quarters of a year: the interval from the first quarter to the last named
    // (contract 1.1)
    let q3 = one("the first three quarters of 2023", &o);
    assert_eq!(q3.timex(), "2023-Q1/2023-Q3");
    assert_eq!(range(&q3), Some(("2023-01-01".into(), "2023-09-30".into())));
    assert_eq!(
        one("the first two quarters of 1990", &o).timex(),
        "1990-Q1/1990-Q2"
    );
    let bare = one("the first three quarters", &ref_);
    assert_eq!(bare.timex(), "2024-Q1/2024-Q3");
    assert_eq!(
        range(&bare),
        Some(("2024-01-01".into(), "2024-09-30".into()))
    );
    let unresolved = one("the first three quarters", &o);
    assert_eq!(unresolved.timex(), "XXXX-Q1/XXXX-Q3");
    assert_eq!(range(&unresolved), None);
    let ending = one("the fiscal year ending March 31, 2024", &o);
    assert_eq!(ending.timex(), "FY2023");
    assert_eq!(
        range(&ending),
        Some(("2023-04-01".into(), "2024-03-31".into()))
    );
}

#[test]
fn relative_expressions() {
    let r = at(2024, 7, 15);
    for (text, timex) in [
        ("this year", "2024"),
        ("last year", "2023"),
        ("next quarter", "2024-Q4"),
        ("a year earlier", "2023"),
        ("yesterday", "2024-07-14"),
        ("last month", "2024-06"),
        ("the same period last year", "2023"),
        ("two years ago", "2022"),
    ] {
        let t = one(text, &r);
        assert_eq!((t.text, t.timex().as_str()), (text, timex));
    }
    let t = one("by the end of June", &r);
    assert_eq!(
        (t.text, t.timex().as_str(), modifier(&t)),
        ("the end of June", "2024-06", Some("END"))
    );
    let t = one("end-June", &r);
    assert_eq!((t.timex().as_str(), modifier(&t)), ("2024-06", Some("END")));
    let t = one("since the start of the year", &r);
    assert_eq!(
        (t.text, t.timex().as_str(), modifier(&t)),
        ("the start of the year", "2024", Some("START"))
    );
    let t = one("mid-2024", &r);
    assert_eq!(modifier(&t), Some("MID"));
    let t = one("early 2025", &r);
    assert_eq!((t.timex().as_str(), modifier(&t)), ("2025", Some("START")));
    let t = one("on Monday", &r);
    assert_eq!(t.text, "Monday");
    assert_eq!(t.timex(), "2024-07-15");
    assert_eq!(one("the past three months", &r).timex(), "P3M");
    // no reference: unresolved, no range
    let t = one("the end of June", &Options::default());
    assert_eq!(t.timex(), "XXXX-06");
    assert_eq!(range(&t), None);
}

#[test]
fn nearest_year_for_month_without_year() {
    assert_eq!(one("December", &at(2025, 1, 15)).timex(), "2024-12");
    assert_eq!(one("January", &at(2024, 12, 20)).timex(), "2025-01");
    assert_eq!(one("Feb 26", &at(1987, 2, 27)).timex(), "1987-02-26");
}

#[test]
fn coordination_and_ranges() {
    let r = at(2013, 10, 15);
    assert_eq!(
        found("on October 30 and 31", &r),
        [
            ("October 30".into(), "2013-10-30".into()),
            ("31".into(), "2013-10-31".into())
        ]
    );
    // A range of dates is one interval mention (contract 1.1).
    assert_eq!(
        found("October 30-31", &r),
        [("October 30-31".into(), "2013-10-30/2013-10-31".into())]
    );
    assert_eq!(
        found("from 2021 to 2023", &r),
        [("2021 to 2023".into(), "2021/2023".into())]
    );
    assert_eq!(
        found("between March and May", &r),
        [("March and May".into(), "2013-03/2013-05".into())]
    );
    // A hyphenated pair of years names both years (TimeML), unless `from` makes it a period.
    assert_eq!(found("in 2020-2025", &r).len(), 2);
    assert_eq!(
        found("from 2020-2025", &r),
        [("2020-2025".into(), "2020/2025".into())]
    );
}

#[test]
fn durations() {
    let o = Options::default();
    for (text, timex) in [
        ("20 consecutive quarters", "P20Q"),
        ("three years", "P3Y"),
        ("six months", "P6M"),
        ("a decade", "P10Y"),
        ("18 months", "P18M"),
        ("10-year", "P10Y"),
    ] {
        let t = one(text, &o);
        assert!(matches!(t.value, TemporalValue::Duration { .. }), "{text}");
        assert_eq!(t.timex(), timex, "{text}");
    }
    // `12 and 18 months`: the first number takes the unit of the second
    assert_eq!(
        found("between 12 and 18 months", &o),
        vec![
            ("12".to_owned(), "P12M".to_owned()),
            ("18 months".to_owned(), "P18M".to_owned())
        ]
    );
    assert_eq!(found("2 or 3 years", &o).len(), 2);
    // no clock time inside a race time
    assert!(found("finished in 3:07:35", &o).is_empty());
    // `the first nine months` stays a duration, as TimeBank annotates it
    let nine = one("the first nine months", &o);
    assert!(matches!(nine.value, TemporalValue::Duration { .. }));
    assert_eq!(nine.timex(), "P9M");
}

#[test]
fn newswire_conventions() {
    let r = at(1987, 2, 26);
    assert_eq!(one("1ST HALF", &r).timex(), "1987-H1");
    assert_eq!(one("mid-March", &r).timex(), "1987-03");
    assert_eq!(one("year-ago", &r).timex(), "1986");
    assert_eq!(one("4th qtr", &r).timex(), "1986-Q4");
}

#[test]
fn not_dates() {
    let o = at(2024, 7, 15);
    for text in [
        "Over 1,800 companies",
        "the “1028” industrial system",
        "2,316 supply chains",
        "COVID-19 cases",
        "Room 1203",
        "an A320 jet",
        "the 5th Summit",
        "for 20 consecutive",
        "sales rose 7.7% year-on-year",
        "you may go",
        "H1N1 flu",
    ] {
        assert!(
            extract(text, &o).is_empty(),
            "{text}: {:?}",
            extract(text, &o)
        );
    }
}

#[test]
fn datelines() {
    let (len, r) = dateline_prefix("September 29, 2020").expect("dateline");
    assert_eq!(len, 18);
    let r = r.expect("reference");
    assert_eq!((r.date(), r.grain()), (day(2020, 9, 29), Grain::Day));
    let (_, r) = dateline_prefix("October 2013").expect("dateline");
    assert_eq!(
        r.map(|r| (r.date(), r.grain())),
        Some((day(2013, 10, 1), Grain::Month))
    );
    let (len, r) = dateline_prefix("    SALVADOR, Feb 26 - Showers continued").expect("newswire");
    assert_eq!(len, "    SALVADOR, Feb 26 -".len());
    assert!(r.is_none());
    assert!(dateline_prefix("The CND was established in 1992.").is_none());
}

#[test]
fn parse_whole_text() {
    let o = Options::default();
    assert_eq!(
        parse("October 2013", &o).map(|t| t.timex()).ok(),
        Some("2013-10".to_owned())
    );
    assert!(parse("hello", &o).is_err());
    assert!(parse("October 2013 and more", &o).is_err());
}

#[test]
fn shifts_from_a_day() {
    let r = at(2018, 5, 31);
    assert_eq!(one("two days after today", &r).timex(), "2018-06-02");
    assert_eq!(one("three weeks from tomorrow", &r).timex(), "2018-06-22");
    // `the end of June` is no single day: the duration and the period stay apart.
    assert_eq!(
        found("two days after the end of June", &r),
        [
            ("two days".into(), "P2D".into()),
            ("the end of June".into(), "2018-06".into())
        ]
    );
}

#[test]
fn compact_periods() {
    let o = Options::default();
    assert_eq!(one("2017-Q1", &o).timex(), "2017-Q1");
    assert_eq!(one("2019-H2", &o).timex(), "2019-H2");
    assert_eq!(one("Dec-2018", &o).timex(), "2018-12");
    assert_eq!(one("Dec/2018", &o).timex(), "2018-12");
}

#[test]
fn clock_times_and_comparisons() {
    let r = at(2013, 3, 22);
    assert_eq!(one("at 15:00 GMT Saturday", &r).timex(), "2013-03-23T15:00");
    assert_eq!(one("at 10 a.m.", &r).timex(), "2013-03-22T10:00");
    assert!(extract("at 10 a.m.", &Options::default()).is_empty());
    // a comparison of lengths, not a date a month back
    assert_eq!(one("a month earlier than usual", &r).timex(), "P1M");
    assert_eq!(one("a month earlier", &r).timex(), "2013-02");
}

#[test]
fn a_soft_line_wrap_is_whitespace_but_a_block_break_is_not() {
    let o = at(1987, 3, 2);
    assert_eq!(
        found("sales rose last\nyear and in the first\nquarter", &o),
        vec![
            ("last\nyear".to_owned(), "1986".to_owned()),
            ("the first\nquarter".to_owned(), "1987-Q1".to_owned())
        ]
    );
    // A blank line or an indented line starts a new block: no phrase reaches back across it.
    assert!(found("sales rose last\n\nyear", &o).is_empty());
    assert!(
        found("he said it would come next\n    year", &o)
            .iter()
            .all(|(t, _)| !t.contains('\n'))
    );
}

#[test]
fn a_deictic_before_a_day_names_that_day() {
    let o = at(1987, 3, 2);
    assert_eq!(one("signed last October 28", &o).timex(), "1986-10-28");
    assert_eq!(one("due next June 30", &o).timex(), "1987-06-30");
    assert_eq!(
        one("which ends this September 30", &o).timex(),
        "1987-09-30"
    );
    assert_eq!(
        one("next Wednesday, March 11", &o).text,
        "next Wednesday, March 11"
    );
    // a written year wins over the deictic
    assert_eq!(one("the current September, 1989", &o).timex(), "1989-09");
}

#[test]
fn no_phrase_starts_inside_a_fraction() {
    let o = at(1987, 3, 2);
    // the whole mixed number counts the years; nothing starts at its denominator (`2 years`)
    assert_eq!(
        found("a record of 3-1/2 years", &o),
        vec![("3-1/2 years".to_owned(), "P3.5Y".to_owned())]
    );
}
