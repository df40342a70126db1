//! Properties of the numeral grammar over generated input.
#![allow(clippy::unwrap_used)]

use finnews_numeral::{cardinal_prefix, number_prefix, ordinal_prefix, parse_cardinal};
use proptest::prelude::*;
use rust_decimal::Decimal;

fn grouped(int: u64) -> String {
    let digits = int.to_string();
    let mut out = String::new();
    for (k, c) in digits.chars().enumerate() {
        if k > 0 && (digits.len() - k).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

proptest! {
    #[test]
    fn grouped_digits_round_trip(int in 0u64..u64::MAX, frac in 0u32..10_000) {
        let text = format!("{}.{frac:04}", grouped(int));
        let want = Decimal::from(int) + Decimal::new(i64::from(frac), 4);
        prop_assert_eq!(parse_cardinal(&text).unwrap(), want);
    }

    #[test]
    fn prefixes_stay_in_bounds(text in "\\PC{0,80}") {
        for n in [cardinal_prefix(&text), ordinal_prefix(&text), number_prefix(&text)]
            .into_iter()
            .flatten()
        {
            prop_assert!(n.len > 0 && n.len <= text.len());
            prop_assert!(text.is_char_boundary(n.len));
        }
    }
}
