//! Results tables whose header names one period per column, and release times in a page's
//! header lines. Items are given by hand: `[text|kind]`.

mod common;

use common::{Doc, doc};
use finnews_fact::{Fact, Period, PeriodOffset, extract};
use finnews_segment::{Options, segment};

fn facts(d: &Doc) -> Vec<Fact<&str>> {
    let seg = segment(&d.text, &Options::default());
    extract(&d.text, &seg.blocks, &seg.sentences, &d.items)
}

fn period_text<'a>(d: &'a Doc, f: &Fact<&str>) -> Option<&'a str> {
    f.period.mention().map(|i| &d.text[d.items[i].span.range()])
}

fn value_text<'a>(d: &'a Doc, f: &Fact<&str>) -> &'a str {
    &d.text[d.items[f.value].span.range()]
}

#[test]
fn each_value_of_a_row_takes_the_period_of_its_column() {
    let d = doc(
        "Orbital Tools posted higher revenue on strong demand from its airline customers.\n\n\
         Revenue by region (in thousands)    [H1 2023|d]    [H1 2022|d]\n\
         Americas                             [$7,410|m]     [$6,902|m]\n\
         Asia                                 [$3,115|m]     [$2,877|m]\n",
    );
    let f = facts(&d);
    let got: Vec<_> = f
        .iter()
        .map(|f| (value_text(&d, f), period_text(&d, f), f.period_offset))
        .collect();
    assert_eq!(
        got,
        [
            ("$7,410", Some("H1 2023"), None),
            ("$6,902", Some("H1 2022"), None),
            ("$3,115", Some("H1 2023"), None),
            ("$2,877", Some("H1 2022"), None),
        ]
    );
}

#[test]
fn three_period_columns_and_a_row_of_plain_numbers() {
    let d = doc("Monthly shipments were reported by the association.\n\n\
         \t[Mar 2021|d]\t[Feb 2021|d]\t[Mar 2020|d]\n\
         Units\t[812|n]\t[790|n]\t[655|n]\n");
    let f = facts(&d);
    let periods: Vec<_> = f.iter().map(|f| period_text(&d, f)).collect();
    assert_eq!(
        periods,
        [Some("Mar 2021"), Some("Feb 2021"), Some("Mar 2020")]
    );
}

#[test]
fn one_date_then_a_bare_earlier_year_makes_a_year_earlier_column() {
    let d = doc("Brightwell Foods released its results.\n\n\
         [Six months ended March 31, 2019|d]   2018\n\
         Operating profit   [$41.7|m]   [$38.2|m]\n");
    let f = facts(&d);
    assert_eq!(f.len(), 2);
    assert_eq!(f[0].period, f[1].period);
    assert_eq!(
        period_text(&d, &f[0]),
        Some("Six months ended March 31, 2019")
    );
    assert_eq!(f[0].period_offset, None);
    assert_eq!(f[1].period_offset, Some(PeriodOffset::YearEarlier));
}

#[test]
fn a_row_whose_count_differs_from_the_header_is_left_to_the_other_rules() {
    // Three values under two periods (a change column): no column is guessed.
    let d = doc("Kestrel Mining reported output for the quarter.\n\n\
         Tonnes milled    [Q2 2020|d]    [Q2 2019|d]\n\
         Gold             [1,204|n]      [1,150|n]     [5%|p]\n");
    let f = facts(&d);
    assert!(f.iter().all(|f| f.period_offset.is_none()));
    let periods: Vec<_> = f.iter().map(|f| period_text(&d, f)).collect();
    // (Every value of the row keeps one period: the column rule did not split them.)
    assert!(periods.windows(2).all(|w| w[0] == w[1]), "{periods:?}");
}

#[test]
fn numbers_side_by_side_in_prose_are_no_table_row() {
    let d = doc(
        "The tender closed [yesterday|d], traders said. Late [yesterday|d] the\n\
         exporter sold [two|n] [5,000 tonne|n] cargoes for [May|d] shipment.\n",
    );
    let f = facts(&d);
    let p: Vec<_> = f.iter().map(|f| period_text(&d, f)).collect();
    // (Not the columns of the line above: the clause's own date.)
    assert_eq!(p[1], Some("May"), "{p:?}");
}

#[test]
fn a_release_time_in_the_header_dates_no_body_value() {
    let d = doc("Central bank holds its policy rate\n\n\
         Embargoed until [4:30 p.m. CET|d]\n\n\
         The council kept the main refinancing rate at [3.75 percent|p]. The deposit rate \
         stays at [3.25 percent|p].\n");
    let f = facts(&d);
    assert_eq!(f.len(), 2);
    for x in &f {
        assert_ne!(period_text(&d, x), Some("4:30 p.m. CET"));
    }
    assert!(
        f.iter()
            .all(|x| matches!(x.period, Period::Reference | Period::None))
    );
}

#[test]
fn a_period_in_the_title_still_dates_the_body() {
    let d = doc("DELTA PUMPS [1ST QTR|d] NET\n\n\
         Shr [14 cts|m] vs [10 cts|m]\n    Net [2.3 mln|m] vs [1.6 mln|m]\n");
    let f = facts(&d);
    assert_eq!(period_text(&d, &f[0]), Some("1ST QTR"));
}
