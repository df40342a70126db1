//! Properties of the numeral grammar over generated input.
#![allow(clippy::unwrap_used)]

use finnews_numeral::{
    cardinal_prefix, cardinal_prefix_ja, number_prefix, ordinal_prefix, parse_cardinal,
};
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

/// `n` written as Japanese news writes it: sections of four under 万, 億 and 兆, no `零` for
/// skipped places, a bare `十`, `百` or `千` for one of them.
fn japanese(n: u64) -> String {
    const DIGITS: [char; 10] = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
    const SMALL: [&str; 4] = ["", "十", "百", "千"];
    const BIG: [&str; 4] = ["", "万", "億", "兆"];
    if n == 0 {
        return "〇".into();
    }
    let mut out = String::new();
    for k in (0..4).rev() {
        let sec = (n / 10_000_u64.pow(k)) % 10_000;
        if sec == 0 {
            continue;
        }
        for p in (0..4).rev() {
            let d = (sec / 10_u64.pow(p)) % 10;
            if d == 0 {
                continue;
            }
            if !(d == 1 && p > 0) {
                out.push(DIGITS[usize::try_from(d).unwrap()]);
            }
            out.push_str(SMALL[p as usize]);
        }
        out.push_str(BIG[k as usize]);
    }
    // A bare `千` or `百` opening the number before another small unit (`千百兆`) reads as a word
    // (`千百年来`: for centuries); news writes `一千百兆` or digits there.
    if out.starts_with(['千', '百']) && out.chars().nth(1).is_some_and(|c| "百十".contains(c)) {
        out.insert(0, '一');
    }
    out
}

/// `n` in Chinese financial capitals (`壹万贰仟零伍拾`), traditional or simplified.
fn capitals(n: u64, traditional: bool) -> String {
    let from = "零一二三四五六七八九十百千万亿";
    let to: &str = if traditional {
        "零壹貳參肆伍陸柒捌玖拾佰仟萬億"
    } else {
        "零壹贰叁肆伍陆柒捌玖拾佰仟万亿"
    };
    chinese(n)
        .chars()
        .map(|c| {
            from.chars()
                .position(|f| f == c)
                .and_then(|k| to.chars().nth(k))
                .unwrap_or(c)
        })
        .collect()
}

/// `n` as digits joined to scale characters, as Chinese and Japanese news mixes them: each
/// four-digit section in ASCII digits under its big unit (`3兆1472億`, `5万4000`).
fn mixed(n: u64, big: [&str; 4]) -> String {
    if n == 0 {
        return "0".into();
    }
    let mut out = String::new();
    for k in (0..4).rev() {
        let sec = (n / 10_000_u64.pow(k)) % 10_000;
        if sec == 0 {
            continue;
        }
        out.push_str(&sec.to_string());
        out.push_str(big[k as usize]);
    }
    out
}

proptest! {
    #[test]
    fn japanese_numerals_round_trip(n in 0u64..10_000_000_000_000_000) {
        let text = japanese(n);
        let got = cardinal_prefix_ja(&text).map(|x| (x.value, x.len));
        prop_assert_eq!(got, Some((Decimal::from(n), text.len())), "{}", text);
    }

    #[test]
    fn capital_numerals_round_trip(n in 0u64..1_000_000_000_000, traditional: bool) {
        let text = capitals(n, traditional);
        prop_assert_eq!(parse_cardinal(&text).ok(), Some(Decimal::from(n)), "{}", text);
    }

    #[test]
    fn digits_under_cjk_scales_round_trip(n in 1u64..10_000_000_000_000_000, ja: bool) {
        let big = if ja { ["", "万", "億", "兆"] } else { ["", "万", "亿", "万亿"] };
        let text = mixed(n, big);
        let got = number_prefix(&text).map(|x| (x.value, x.len));
        prop_assert_eq!(got, Some((Decimal::from(n), text.len())), "{}", text);
    }

    #[test]
    fn cjk_decimals_round_trip(int in 0u64..100_000_000, frac in 1u32..1000) {
        let frac = format!("{frac:03}");
        let frac = frac.trim_end_matches('0');
        const DIGITS: [char; 10] = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
        let text = format!(
            "{}点{}",
            chinese(int),
            frac.chars().map(|c| DIGITS[c.to_digit(10).unwrap() as usize]).collect::<String>()
        );
        let want: Decimal = format!("{int}.{frac}").parse().unwrap();
        prop_assert_eq!(parse_cardinal(&text).ok(), Some(want), "{}", text);
    }
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
