//! Periods as statistics offices, central banks and results releases name them by their end
//! (`the 12 months to March`, `the year ended March 31`, `the week to Friday`), bounds written
//! before a date (`no later than`, `on or about`), lists of counts before one `ago`, comparison
//! anchors written `prior-year`, and seasons with their year.

mod common;

use common::{at, found, pairs};
use finnews_date::{TemporalValue, extract};

/// (text, timex, mod) of every mention.
fn with_mods(text: &str, o: &finnews_date::Options) -> Vec<(String, String, Option<String>)> {
    extract(text, o)
        .iter()
        .map(|t| {
            let m = match &t.value {
                TemporalValue::Date { modifier, .. } => modifier.map(|m| m.code().to_owned()),
                _ => None,
            };
            (t.text.to_owned(), t.timex(), m)
        })
        .collect()
}

#[test]
fn counts_of_units_to_an_end() {
    let o = at(2025, 5, 21);
    assert_eq!(
        found(
            "Rents rose 6.1% in the 12 months to April, the agency said.",
            &o
        ),
        pairs(&[("the 12 months to April", "2024-05/2025-04")])
    );
    assert_eq!(
        found("Output fell in the three months to end-March.", &o),
        pairs(&[("the three months to end-March", "2025-01/2025-03")])
    );
    assert_eq!(
        found("Wages grew in the six months through February.", &o),
        pairs(&[("the six months through February", "2024-09/2025-02")])
    );
    // Weeks and days count days back from the day named.
    assert_eq!(
        found("Volumes rose 2% in the 4 weeks to May 17.", &o),
        pairs(&[("the 4 weeks to May 17", "2025-04-20/2025-05-17")])
    );
    assert_eq!(
        found("Deliveries fell in the two weeks ending May 10.", &o),
        pairs(&[("the two weeks ending May 10", "2025-04-27/2025-05-10")])
    );
    // Without `the` a count and `to` move a deadline: no period.
    assert_eq!(
        found(
            "The regulator extended the consultation by two months to July.",
            &o
        ),
        pairs(&[("two months", "P2M"), ("July", "2025-07")])
    );
}

#[test]
fn a_year_quarter_or_week_to_an_end() {
    let o = at(2025, 5, 21);
    assert_eq!(
        found("Turnover rose 8% in the year to end-April.", &o),
        pairs(&[("the year to end-April", "2024-05/2025-04")])
    );
    // `over the year to April` may name the rate's latest month: the month alone.
    assert_eq!(
        found("Inflation eased to 2.6% over the year to April.", &o),
        pairs(&[("April", "2025-04")])
    );
    assert_eq!(
        found("Pretax profit for the year ended 31 March 2025 rose.", &o),
        pairs(&[("the year ended 31 March 2025", "2024-04/2025-03")])
    );
    // Twelve months to December are the calendar year.
    assert_eq!(
        found(
            "Year ended December 31, 2024: net sales of $3.1 billion.",
            &o
        ),
        pairs(&[("Year ended December 31, 2024", "2024")])
    );
    assert_eq!(
        found("Exports rose in the quarter to March.", &o),
        pairs(&[("the quarter to March", "2025-Q1")])
    );
    assert_eq!(
        found("Fund flows turned positive in the week to Wednesday.", &o),
        pairs(&[("the week to Wednesday", "2025-W21")])
    );
    // `the year to date` stays the year to date.
    let ytd = found("Sales are up 4% for the year to date.", &o);
    assert_eq!(ytd.len(), 1, "{ytd:?}");
    assert!(
        ytd[0].0.ends_with("year to date") && ytd[0].1 == "2025",
        "{ytd:?}"
    );
}

#[test]
fn a_long_run_of_words_does_not_cut_the_end_short() {
    let o = at(2025, 6, 19);
    assert_eq!(
        found(
            "Acme Holdings Co Ltd <ACME.T> said its group net profit in the year ending March 31, 2026, would rise.",
            &o
        ),
        pairs(&[("the year ending March 31, 2026", "2025-04/2026-03")])
    );
}

#[test]
fn bounds_written_before_a_date() {
    let o = at(2025, 3, 20);
    let got = with_mods(
        "Bids are due no later than April 4. The shares list on or about May 2, and trading resumes not earlier than Monday.",
        &o,
    );
    let want = [
        ("April 4", "2025-04-04", Some("ON_OR_BEFORE")),
        ("May 2", "2025-05-02", Some("APPROX")),
        ("Monday", "2025-03-17", Some("ON_OR_AFTER")),
    ];
    assert_eq!(got.len(), want.len(), "{got:?}");
    for ((t, v, m), (wt, wv, wm)) in got.iter().zip(want) {
        assert_eq!((t.as_str(), v.as_str(), m.as_deref()), (wt, wv, wm));
    }
}

#[test]
fn lists_of_counts_before_one_ago() {
    let o = at(2025, 7, 1);
    assert_eq!(
        found("Rates were higher two, four or six years ago.", &o),
        pairs(&[("two", "2023"), ("four", "2021"), ("six years ago", "2019")])
    );
    assert_eq!(
        found("Prices dipped three, five and seven days ago.", &o),
        pairs(&[
            ("three", "2025-06-28"),
            ("five", "2025-06-26"),
            ("seven days ago", "2025-06-24")
        ])
    );
    // Counts that do not grow are no list of one unit.
    assert!(
        found("It fell 9, 5 or 2 years ago.", &o)
            .iter()
            .all(|(t, _)| t != "9")
    );
}

#[test]
fn prior_year_anchors() {
    let o = at(2025, 2, 13);
    assert_eq!(
        found(
            "Revenue in the fourth quarter of 2024 was $2.1 billion, against $1.9 billion in the prior-year quarter.",
            &o
        ),
        pairs(&[
            ("the fourth quarter of 2024", "2024-Q4"),
            ("the prior-year quarter", "2023-Q4")
        ])
    );
    assert_eq!(
        found(
            "Sales in the first half of 2024 rose from the previous year period.",
            &o
        ),
        pairs(&[
            ("the first half of 2024", "2024-H1"),
            ("the previous year period", "2023-H1")
        ])
    );
}

#[test]
fn seasons_with_their_year() {
    let o = at(2025, 4, 16);
    assert_eq!(
        found(
            "The line reopened in the summer of 2024 and closes again in spring 2026.",
            &o
        ),
        pairs(&[
            ("the summer of 2024", "2024-SU"),
            ("spring 2026", "2026-SP")
        ])
    );
    assert_eq!(
        found("Demand peaked in the autumn of last year.", &o),
        pairs(&[("the autumn of last year", "2024-FA")])
    );
    assert_eq!(
        found("Orders recovered in the fall of 2023.", &o),
        pairs(&[("the fall of 2023", "2023-FA")])
    );
}
