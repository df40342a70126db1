//! Properties of the extractor over generated input.
#![allow(clippy::unwrap_used)]

use finnews_quantity::{Amount, Currency, Decimal, Options, QuantityKind, extract};
use proptest::prelude::*;

/// `1234567.89` written with thousands separators: `1,234,567.89`.
fn grouped(int: u64, frac: Option<u32>) -> String {
    let digits = int.to_string();
    let mut out = String::new();
    for (k, c) in digits.chars().enumerate() {
        if k > 0 && (digits.len() - k).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    if let Some(f) = frac {
        out.push('.');
        out.push_str(&format!("{f:02}"));
    }
    out
}

const SCALES: &[(&str, u64)] = &[
    ("", 1),
    (" thousand", 1_000),
    (" million", 1_000_000),
    (" mln", 1_000_000),
    ("m", 1_000_000),
    (" billion", 1_000_000_000),
    ("bn", 1_000_000_000),
    (" bln", 1_000_000_000),
    (" trillion", 1_000_000_000_000),
    ("tn", 1_000_000_000_000),
];

/// Currency forms: (before, after, currency).
const FORMS: &[(&str, &str, Currency)] = &[
    ("$", "", Currency::USD),
    ("US$", "", Currency::USD),
    ("USD ", "", Currency::USD),
    ("RMB ", "", Currency::CNY),
    ("RMB", "", Currency::CNY),
    ("HK$", "", Currency::HKD),
    ("€", "", Currency::EUR),
    ("£", "", Currency::GBP),
    ("EUR ", "", Currency::EUR),
    ("", " yuan", Currency::CNY),
    ("", " dlrs", Currency::USD),
    ("", " euros", Currency::EUR),
    ("", " yen", Currency::JPY),
    ("", " CHF", Currency::CHF),
];

proptest! {
    #[test]
    fn amounts_round_trip(
        int in 0u64..10_000_000_000,
        frac in proptest::option::of(0u32..100),
        scale in 0usize..SCALES.len(),
        form in 0usize..FORMS.len(),
    ) {
        let (sw, factor) = SCALES[scale];
        let (before, after, cur) = FORMS[form];
        // `5m` needs a currency sign before it to be million.
        prop_assume!(sw != "m" || !before.is_empty());
        let num = grouped(int, frac);
        let written = format!("{before}{num}{sw}{after}");
        let text = format!("The company said {written} on Tuesday.");
        let found = extract(&text, &Options::default());
        prop_assert_eq!(found.len(), 1, "{} gave {:?}", text, found);
        let q = &found[0];
        prop_assert_eq!(q.text, written.as_str());
        prop_assert_eq!(q.kind, QuantityKind::Money { currency: cur });
        let mut v = Decimal::from(int);
        if let Some(f) = frac {
            v += Decimal::new(i64::from(f), 2);
        }
        v *= Decimal::from(factor);
        prop_assert_eq!(q.amount, Amount::Exact(v));
    }

    #[test]
    fn spans_are_ordered_disjoint_and_exact(text in "\\PC{0,200}") {
        let found = extract(&text, &Options::default());
        let mut last = 0;
        for q in &found {
            prop_assert!(q.span.start() >= last);
            prop_assert!(q.span.start() < q.span.end());
            prop_assert!(text.is_char_boundary(q.span.start()));
            prop_assert!(text.is_char_boundary(q.span.end()));
            prop_assert_eq!(&text[q.span.range()], q.text);
            last = q.span.end();
        }
    }

    #[test]
    fn numeric_noise_never_panics(text in "[0-9a-zA-Z .,%$¥元亿万千百十一二三-]{0,120}") {
        let found = extract(&text, &Options::default());
        for q in &found {
            prop_assert_eq!(&text[q.span.range()], q.text);
        }
    }

    #[test]
    fn number_word_soup_never_panics(
        words in proptest::collection::vec(
            "(one|two|twenty|hundred|thousand|million|billion|trillion|lakh|crore|and|a|half|quarter|dozen|point|first|fifths|thirds|over|out of|minus|-|万|亿|十|百|千|九|点|[0-9]{1,4}|%|bn|m|\\$)",
            0..60,
        ),
    ) {
        let text = words.join(" ");
        for q in extract(&text, &Options::default()) {
            prop_assert_eq!(&text[q.span.range()], q.text);
        }
    }

    #[test]
    fn unrelated_words_do_not_change_amounts(
        words in proptest::collection::vec("(the|company|said|its|board|approved|plans|for|new|projects|with|partners|in|Jiangsu)", 0..12),
        a in 1u64..1_000_000,
        b in 1u64..1_000_000,
    ) {
        let base = format!("Sales were RMB {a} million. Costs were {b}% higher.");
        let filler = words.join(" ");
        let padded = format!("Sales were RMB {a} million. {filler} Costs were {b}% higher.");
        let x = extract(&base, &Options::default());
        let y = extract(&padded, &Options::default());
        prop_assert_eq!(x.len(), 2);
        prop_assert_eq!(y.len(), 2);
        for (p, q) in x.iter().zip(&y) {
            prop_assert_eq!(p.kind, q.kind);
            prop_assert_eq!(p.amount, q.amount);
            prop_assert_eq!(p.text, q.text);
        }
    }
}
