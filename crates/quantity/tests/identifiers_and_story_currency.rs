//! Real-document mechanisms (issue 13 item 6, issue 14 money): identifiers written around a
//! number, list markers before a number of the other digit width, and a story's bare `元`.
//! Examples of our own.
#![allow(clippy::unwrap_used)]

use finnews_quantity::{Currency, Options, Quantity, QuantityKind, extract};

fn found(text: &str) -> Vec<Quantity<'_>> {
    extract(text, &Options::default())
}

fn texts<'a>(q: &[Quantity<'a>]) -> Vec<&'a str> {
    q.iter().map(|q| q.text).collect()
}

fn currencies(q: &[Quantity<'_>]) -> Vec<Option<Currency>> {
    q.iter()
        .map(|q| match q.kind {
            QuantityKind::Money { currency } => Some(currency),
            _ => None,
        })
        .collect()
}

#[test]
fn the_total_after_a_page_or_slide_number_is_no_count() {
    assert!(found("Annual report, page 7 of 48").is_empty());
    assert!(found("Slide 2 of 30: outlook").is_empty());
    // a count of a count stays
    assert_eq!(
        texts(&found("Only 9 of 40 branches reopened.")),
        ["9", "40"]
    );
}

#[test]
fn a_code_written_with_leading_zeros_is_no_count() {
    assert!(found("Its CUSIP is 459200101 and the other 084670702.").len() <= 1);
    assert!(found("Listed as 002594 in Shenzhen.").is_empty());
    // short zero-led numbers may be days or cells; plain numbers are counts
    assert_eq!(texts(&found("It sold 12345 units.")), ["12345"]);
}

#[test]
fn a_number_after_a_cjk_code_label_and_a_space_is_no_quantity() {
    assert!(found("証券コード 6758 URL https://www.sony.com/").is_empty());
    assert!(found("股票代码 600036").is_empty());
}

#[test]
fn a_list_marker_before_a_number_of_the_other_width_is_no_decimal() {
    let q = found("２．800億円を投資する。");
    assert_eq!(texts(&q), ["800億円"]);
    assert_eq!(q[0].amount.to_string(), "80000000000");
    // one width on both sides: a decimal
    assert_eq!(found("３．５％上昇")[0].amount.to_string(), "3.5");
}

#[test]
fn a_bare_yuan_takes_the_currency_the_story_named() {
    let q = found("鸿海营收新台币6,150亿元，约合190亿美元；其中电子产品4,200亿元。");
    assert_eq!(texts(&q), ["新台币6,150亿元", "190亿美元", "4,200亿元"]);
    assert_eq!(
        currencies(&q),
        [
            Some(Currency::TWD),
            Some(Currency::USD),
            Some(Currency::TWD)
        ]
    );
    // a later currency word takes over; without one, yuan are renminbi
    let q = found("港币80元买入，人民币20元卖出，再以15元卖出。");
    assert_eq!(
        currencies(&q),
        [
            Some(Currency::HKD),
            Some(Currency::CNY),
            Some(Currency::CNY)
        ]
    );
    assert_eq!(currencies(&found("售价99元。")), [Some(Currency::CNY)]);
}

#[test]
fn a_stock_index_named_by_its_member_count_is_no_count() {
    let q = found("The Stoxx 600 added 0.8% while the Nikkei 225 shed 112 points to 38,105.");
    assert_eq!(texts(&q), ["0.8%", "112 points", "38,105"]);
    // The index word alone before a level is no name: the level stays.
    let q = found("The Nasdaq closed at 18,240 and the CAC 40 at 8,012.");
    assert_eq!(texts(&q), ["18,240", "8,012"]);
}
