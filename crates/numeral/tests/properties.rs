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

/// `n` written as a Chinese numeral the way news writes it: sections of four digits under
/// 万, 亿 and 万亿, `零` for skipped places, `十` for a leading ten in a section.
fn chinese(n: u64) -> String {
    const DIGITS: [char; 10] = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
    const SMALL: [&str; 4] = ["", "十", "百", "千"];
    const BIG: [&str; 4] = ["", "万", "亿", "万亿"];
    if n == 0 {
        return "零".into();
    }
    let mut sections = Vec::new();
    let mut m = n;
    while m > 0 {
        sections.push(m % 10_000);
        m /= 10_000;
    }
    let mut out = String::new();
    let mut zero = false;
    for (k, &sec) in sections.iter().enumerate().rev() {
        if sec == 0 {
            zero = !out.is_empty();
            continue;
        }
        if zero || (!out.is_empty() && sec < 1000) {
            out.push('零');
        }
        zero = false;
        let mut pending_zero = false;
        for p in (0..4).rev() {
            let d = (sec / 10_u64.pow(p)) % 10;
            if d == 0 {
                pending_zero = sec % 10_u64.pow(p + 1) != sec && !out.is_empty();
                continue;
            }
            if pending_zero {
                out.push('零');
                pending_zero = false;
            }
            if !(d == 1 && p == 1 && out.is_empty()) {
                out.push(DIGITS[usize::try_from(d).unwrap()]);
            }
            out.push_str(SMALL[p as usize]);
        }
        out.push_str(BIG[k]);
    }
    out
}

proptest! {
    #[test]
    fn cjk_numerals_round_trip(n in 0u64..10_000_000_000_000_000) {
        let text = chinese(n);
        prop_assert_eq!(parse_cardinal(&text).ok(), Some(Decimal::from(n)), "{}", text);
    }

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
