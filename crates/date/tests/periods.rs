//! Periods as an analyst reads them (contract 1.1): intervals, quarters named by their end,
//! fiscal quarters, comparison anchors, years before nouns. Examples are our own.

use finnews_date::{NaiveDate, Options, ReferenceDate, TemporalValue, TimexMod, extract};

fn at(y: i32, m: u32, d: u32) -> Options {
    let day = NaiveDate::from_ymd_opt(y, m, d).expect("valid test date");
    Options::default().with_reference(Some(ReferenceDate::day(day)))
}

/// A mention as (text, timex, range).
type Found = (String, String, Option<(String, String)>);

/// (text, timex, range) of every date or duration found.
fn found(text: &str, opts: &Options) -> Vec<Found> {
    extract(text, opts)
        .iter()
        .map(|t| {
            let range = t
                .value
                .range()
                .map(|r| (r.first().to_string(), r.last().to_string()));
            (t.text.to_owned(), t.timex(), range)
        })
        .collect()
}

fn span(a: &str, b: &str) -> Option<(String, String)> {
    Some((a.to_owned(), b.to_owned()))
}

fn entry(
    text: &str,
    timex: &str,
    range: Option<(String, String)>,
) -> (String, String, Option<(String, String)>) {
    (text.to_owned(), timex.to_owned(), range)
}

#[test]
fn ranges_of_months_are_one_interval() {
    let r = at(2024, 7, 15);
    assert_eq!(
        found("Output for February-May 2023 fell.", &r),
        [entry(
            "February-May 2023",
            "2023-02/2023-05",
            span("2023-02-01", "2023-05-31")
        )]
    );
    // the year written once serves both ends; an end before the first moves to the next year
    assert_eq!(
        found("orders placed Oct - Jan, 2021 rose", &r),
        [entry(
            "Oct - Jan, 2021",
            "2020-10/2021-01",
            span("2020-10-01", "2021-01-31")
        )]
    );
    assert_eq!(
        found("shipments Feb/Aug 1991 were late", &r),
        [entry(
            "Feb/Aug 1991",
            "1991-02/1991-08",
            span("1991-02-01", "1991-08-31")
        )]
    );
    // no year written: the whole period nearest the reference
    assert_eq!(
        found("from August to October", &r)
            .first()
            .map(|x| x.1.clone()),
        Some("2024-08/2024-10".to_owned())
    );
    // without a reference the years stay unknown and there is no range
    assert_eq!(
        found("between August and October", &Options::default()),
        [entry("August and October", "XXXX-08/XXXX-10", None)]
    );
}

#[test]
fn ranges_of_days_and_years() {
    let r = at(2024, 7, 15);
    assert_eq!(
        found("the fair runs 11 to 14 September", &r),
        [entry(
            "11 to 14 September",
            "2024-09-11/2024-09-14",
            span("2024-09-11", "2024-09-14")
        )]
    );
    assert_eq!(
        found("the April 2-9 period", &r),
        [entry(
            "April 2-9",
            "2024-04-02/2024-04-09",
            span("2024-04-02", "2024-04-09")
        )]
    );
    assert_eq!(
        found("between 2016 and 2018 prices doubled", &r),
        [entry(
            "2016 and 2018",
            "2016/2018",
            span("2016-01-01", "2018-12-31")
        )]
    );
    assert_eq!(
        found("from 1995 through 2001", &r),
        [entry(
            "1995 through 2001",
            "1995/2001",
            span("1995-01-01", "2001-12-31")
        )]
    );
    assert_eq!(
        found("valid May 3, 2019 - 06/30/2019 only", &r),
        [entry(
            "May 3, 2019 - 06/30/2019",
            "2019-05-03/2019-06-30",
            span("2019-05-03", "2019-06-30")
        )]
    );
    // ends out of order are no interval
    assert!(
        found("from 2019 to 2011", &r)
            .iter()
            .all(|x| !x.1.contains('/'))
    );
}

#[test]
fn coordinations_stay_one_mention_each() {
    let r = at(1990, 5, 1);
    let years: Vec<_> = found("in 1986, 1987 and 1988", &r)
        .into_iter()
        .map(|x| x.1)
        .collect();
    assert_eq!(years, ["1986", "1987", "1988"]);
    let days: Vec<_> = found("on April 20 and 21", &r)
        .into_iter()
        .map(|x| x.1)
        .collect();
    assert_eq!(days, ["1990-04-20", "1990-04-21"]);
}

#[test]
fn first_months_of_a_year() {
    let r = at(2024, 7, 15);
    assert_eq!(
        found("in the first eight months of 2022", &r),
        [entry(
            "the first eight months of 2022",
            "2022-01/2022-08",
            span("2022-01-01", "2022-08-31")
        )]
    );
    // the first half stays a half
    assert_eq!(found("the first half of 2022", &r)[0].1, "2022-H1");
}

#[test]
fn quarters_named_by_their_end() {
    let r = at(2024, 8, 2);
    assert_eq!(
        found("profit for the quarter ended March 31 rose", &r),
        [entry(
            "the quarter ended March 31",
            "2024-Q1",
            span("2024-01-01", "2024-03-31")
        )]
    );
    assert_eq!(
        found("the December quarter", &at(2024, 2, 10)),
        [entry(
            "the December quarter",
            "2023-Q4",
            span("2023-10-01", "2023-12-31")
        )]
    );
    // a numbered quarter that is its calendar quarter; the fiscal year of any other
    assert_eq!(
        found("3RD QTR SEPT 30 NET", &at(1987, 10, 20))[0].1,
        "1987-Q3"
    );
    // a fiscal quarter: the three months ending on that date, its fiscal year named by its start
    assert_eq!(
        found("XYZ CORP 3RD QTR FEB 28 NET", &at(1988, 3, 20)),
        [entry(
            "3RD QTR FEB 28",
            "FY1987-Q3",
            span("1987-12-01", "1988-02-28")
        )]
    );
    assert_eq!(
        found(
            "in its fourth fiscal quarter ending June 30",
            &at(1990, 5, 1)
        )[0]
        .1,
        "FY1989-Q4"
    );
    assert_eq!(
        found(
            "in its first fiscal quarter ending October 31",
            &at(1990, 9, 1)
        ),
        [entry(
            "first fiscal quarter ending October 31",
            "FY1990-Q1",
            span("1990-08-01", "1990-10-31")
        )]
    );
}

#[test]
fn fiscal_quarters_and_years_as_named() {
    let r = at(2024, 8, 2);
    assert_eq!(found("guidance for Q2 FY26", &r)[0].1, "FY2026-Q2");
    assert_eq!(found("4Q FY23 results", &r)[0].1, "FY2023-Q4");
    assert_eq!(found("fiscal Q1 2025", &r)[0].1, "FY2025-Q1");
    assert_eq!(
        found("the third fiscal quarter of 2023", &r)[0].1,
        "FY2023-Q3"
    );
    assert_eq!(
        found("the 2022 fiscal year", &r)[0].0,
        "the 2022 fiscal year"
    );
    assert_eq!(
        found("FY24/3 net", &r),
        [entry("FY24/3", "FY2023", span("2023-04-01", "2024-03-31"))]
    );
    assert_eq!(
        found("the fiscal year ending June 2025", &r),
        [entry(
            "the fiscal year ending June 2025",
            "FY2024",
            span("2024-07-01", "2025-06-30")
        )]
    );
    assert_eq!(found("FY'21", &r)[0].1, "FY2021");
}

#[test]
fn comparison_anchors_take_the_period_of_their_sentence() {
    let r = at(2024, 8, 2);
    assert_eq!(
        found(
            "Revenue for the quarter ended June 30 rose from a year earlier.",
            &r
        )[1],
        entry(
            "a year earlier",
            "2023-Q2",
            span("2023-04-01", "2023-06-30")
        )
    );
    assert_eq!(
        found(
            "Sales from March to May rose 4% over the same period last year.",
            &r
        )[1],
        entry(
            "the same period last year",
            "2023-03/2023-05",
            span("2023-03-01", "2023-05-31")
        )
    );
    // the previous sentence counts
    let two = found(
        "In the third quarter of 2023 net rose. It was 5 mln a year ago.",
        &r,
    );
    assert_eq!(two[1].1, "2022-Q3");
    // two sentences away: the contract's rule (the reference year minus one)
    let far = found(
        "In the third quarter of 2023 net rose. Costs fell. It was 5 mln a year ago.",
        &r,
    );
    assert_eq!(far[1].1, "2023");
    // a dateline is not the period a sentence is about
    let wire = found(
        "CHICAGO, March 2 - Net rose from a year ago.",
        &at(1987, 3, 2),
    );
    assert_eq!(wire[1].1, "1986");
    // a quarter anchor takes a quarter, not the year named in between
    let q = found(
        "Third-quarter 2023 profit, the best since 2019, beat the year-ago quarter.",
        &r,
    );
    assert_eq!(q.last().map(|x| x.1.as_str()), Some("2022-Q3"));
    // a numbered fiscal quarter last year: that quarter named before, a year earlier
    let fq = found(
        "Net for its second fiscal quarter ending March 31 will rise. Analysts agree. \
         In the second fiscal quarter last year it earned 9 mln.",
        &at(1987, 3, 5),
    );
    assert_eq!(
        fq.last().cloned(),
        Some(entry(
            "the second fiscal quarter last year",
            "FY1985-Q2",
            span("1986-01-01", "1986-03-31")
        ))
    );
}

#[test]
fn glossed_period_lies_in_the_fiscal_year() {
    let r = at(2025, 1, 17);
    let f = found(
        "the first half of the fiscal year ending March 2025 (April to September)",
        &r,
    );
    assert_eq!(f.last().map(|x| x.1.as_str()), Some("2024-04/2024-09"));
}

#[test]
fn years_before_nouns_and_counts() {
    let r = at(1987, 3, 2);
    assert_eq!(found("1986 sales rose", &r)[0].1, "1986");
    assert_eq!(found("Acme's 2024 budget", &r)[0].1, "2024");
    assert!(found("They sold 2020 cars.", &r).is_empty());
}

#[test]
fn on_or_before_and_year_to_date() {
    let r = at(1987, 3, 2);
    let t = &extract("exchange them on or before March 20.", &r)[0];
    assert_eq!(t.text, "March 20");
    assert_eq!(t.value.modifier(), Some(TimexMod::OnOrBefore));
    let y = &extract("Year to date, sales rose.", &r)[0];
    assert_eq!((y.text, y.timex()), ("Year to date", "1987".to_owned()));
    assert_eq!(y.value.modifier(), Some(TimexMod::Start));
}

#[test]
fn an_interval_has_no_mod_and_ordered_ends() {
    let r = at(2024, 7, 15);
    let mut intervals = Vec::new();
    for t in extract("late May to June, and from 8 to 12 March", &r) {
        if let TemporalValue::Date {
            timex,
            modifier,
            range,
        } = t.value
            && let Some((a, b)) = timex.interval()
        {
            assert_eq!(modifier, None, "{}", t.text);
            let r = range.expect("resolved");
            assert!(r.first() <= r.last());
            assert!(a.to_string() <= b.to_string());
            intervals.push((t.text, timex.to_string()));
        }
    }
    assert_eq!(
        intervals,
        [
            ("late May to June", "2024-05/2024-06".to_owned()),
            ("8 to 12 March", "2024-03-08/2024-03-12".to_owned())
        ]
    );
}

#[test]
fn dates_everywhere_they_are_written() {
    let r = at(2024, 7, 15);
    let one = |s: &str| {
        let f = found(s, &r);
        assert_eq!(f.len(), 1, "{s}: {f:?}");
        (f[0].0.clone(), f[0].1.clone())
    };
    assert_eq!(
        one("paid on 28.02.2023"),
        ("28.02.2023".into(), "2023-02-28".into())
    );
    assert_eq!(
        one("filed 2022.12.05"),
        ("2022.12.05".into(), "2022-12-05".into())
    );
    assert_eq!(
        one("data for 2022/10"),
        ("2022/10".into(), "2022-10".into())
    );
    assert_eq!(one("since 2018-11"), ("2018-11".into(), "2018-11".into()));
    assert_eq!(one("until 09-2026"), ("09-2026".into(), "2026-09".into()));
    assert_eq!(one("bonds due 2031"), ("2031".into(), "2031".into()));
    assert_eq!(one("by end-2026"), ("end-2026".into(), "2026".into()));
    assert_eq!(
        one("on wednesday"),
        ("wednesday".into(), "2024-07-10".into())
    );
    assert_eq!(one("in september"), ("september".into(), "2024-09".into()));
    // versions, fractions and next-year suffixes are no months
    assert!(found("release 1.2.3.4 ships", &r).is_empty());
    assert!(found("rose 1.25 pct", &r).is_empty());
    assert_eq!(one("in 2011/12"), ("2011/12".into(), "2011/2012".into()));
    // `sun` and `wed` in lower case are words
    assert!(found("the sun rose", &r).is_empty());
}

#[test]
fn a_dateline_dash_is_no_range() {
    let r = at(1987, 4, 7);
    let f = found("TORONTO, April 7 - This week's auction of bills", &r);
    assert_eq!(
        f.iter().map(|x| x.1.as_str()).collect::<Vec<_>>(),
        ["1987-04-07", "1987-W15"]
    );
}

#[test]
fn clock_times_are_no_years() {
    let r = at(1987, 6, 10);
    let f = found("a session between 1800 and 2100 local time", &r);
    assert!(f.iter().all(|x| !x.1.contains('/')), "{f:?}");
    assert_eq!(found("between 1800 and 1900 prices", &r)[0].1, "1800/1900");
}
