//! Money ranges whose ends both carry the currency, percent words joined by a hyphen, and phone
//! numbers written without `+` (identifiers: no mention).
#![allow(clippy::unwrap_used)]

use finnews_quantity::{
    Amount, Currency, Decimal, Options, PercentUnit, Quantity, QuantityKind, extract,
    extract_with_tokens,
};

fn all(text: &str) -> Vec<Quantity<'_>> {
    let by_bytes = extract(text, &Options::default());
    let tokens = finnews_core::lexer::lex(text);
    let by_tokens = extract_with_tokens(text, &tokens, &Options::default());
    assert_eq!(by_bytes, by_tokens, "{text:?}: token walk differs");
    by_bytes
}

fn d(s: &str) -> Decimal {
    s.parse().unwrap()
}

fn money_range(text: &str, slice: &str, low: &str, high: &str, cur: Currency) {
    let found = all(text);
    assert_eq!(found.len(), 1, "{text:?} gave {found:?}");
    let q = &found[0];
    assert_eq!(q.text, slice, "{text:?}");
    assert_eq!(q.kind, QuantityKind::Money { currency: cur }, "{text:?}");
    assert_eq!(
        q.amount,
        Amount::Range {
            low: d(low),
            high: d(high)
        },
        "{text:?}"
    );
}

#[test]
fn currency_on_both_ends_is_one_range() {
    money_range(
        "Guidance is $2.05 billion to $2.15 billion for the year.",
        "$2.05 billion to $2.15 billion",
        "2050000000",
        "2150000000",
        Currency::USD,
    );
    money_range(
        "a cost of between $300 million and $340 million",
        "$300 million and $340 million",
        "300000000",
        "340000000",
        Currency::USD,
    );
    money_range(
        "proceeds of £12m-£15m are expected",
        "£12m-£15m",
        "12000000",
        "15000000",
        Currency::GBP,
    );
    money_range(
        "a bill of €4.5bn–€5bn looms",
        "€4.5bn–€5bn",
        "4500000000",
        "5000000000",
        Currency::EUR,
    );
}

#[test]
fn money_scale_on_the_second_end_serves_both() {
    // `m` after the second end is million, not metres, when the first end is money.
    money_range(
        "a refit costing £70-85m in all",
        "£70-85m",
        "70000000",
        "85000000",
        Currency::GBP,
    );
}

#[test]
fn a_change_between_two_full_amounts_stays_two() {
    // The contract: `rose from X to Y` is a change between two levels, never a range.
    let found = all("Sales rose from $3.1 billion to $3.6 billion.");
    assert_eq!(found.len(), 2, "{found:?}");
    let found = all("Sales climbed $3.1 billion to $36 billion.");
    assert_eq!(found.len(), 2, "{found:?}");
}

#[test]
fn a_different_currency_on_the_second_end_is_no_range() {
    let found = all("worth $5 million to €6 million");
    assert_eq!(found.len(), 2, "{found:?}");
}

#[test]
fn hyphenated_percent_words_before_a_noun() {
    for (text, slice, value) in [
        ("took a 35-pct holding in it", "35-pct", "35"),
        ("a 7.25-pct coupon", "7.25-pct", "7.25"),
        ("a 9-percent drop", "9-percent", "9"),
        ("its 60-per cent unit", "60-per cent", "60"),
    ] {
        let found = all(text);
        assert_eq!(found.len(), 1, "{text:?} gave {found:?}");
        assert_eq!(found[0].text, slice);
        assert_eq!(
            found[0].kind,
            QuantityKind::Percent {
                unit: PercentUnit::Percent
            }
        );
        assert_eq!(found[0].amount, Amount::Exact(d(value)));
    }
    // A sign after a hyphen is not a percent word.
    assert!(all("a 35-% cut").iter().all(|q| q.text != "35-%"));
}

#[test]
fn phone_numbers_give_no_mention() {
    for text in [
        "Call us on 0161 496 0123 today.",
        "Phone (06) 9876-5432 for details.",
        "Desk: (415) 555-0199.",
        "Fax 06-9876-5432",
        "Tel. 0161.496.0123",
    ] {
        let found = all(text);
        assert!(found.is_empty(), "{text:?} gave {found:?}");
    }
}

#[test]
fn numbers_like_phones_in_part_stay_numbers() {
    // Too few digits or groups for a phone: still read.
    assert_eq!(all("scores of 05 12 and 30").len(), 3);
    assert!(!all("it rose 0.5 pct").is_empty());
    // Bracketed accounting figures are not area codes.
    assert!(!all("a loss of (125) 300 4000").is_empty());
}
