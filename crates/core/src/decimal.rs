//! Exact decimals as the output contract writes them.
//!
//! Every decimal finnews prints (a quantity's `value`, `low` and `high`, a duration's amount in
//! a TIMEX3 value, the `Display` of an `Amount`) goes through [`canonical`], so the JSON, the
//! Rust `Display` and `FromStr` agree on one text form: the shortest exact one, with no trailing
//! fractional zeros and no negative zero.

use rust_decimal::Decimal;

use crate::text::FromStrError;

/// The decimal in its shortest exact form: trailing fractional zeros dropped, `-0` made `0`.
///
/// The value is unchanged (`Decimal` compares numerically); only its scale, and so its printed
/// form, is. `canonical(d).to_string()` is what the output contract writes.
///
/// # Example
///
/// ```
/// use finnews_core::decimal::canonical;
/// use rust_decimal::Decimal;
///
/// let d: Decimal = "398950000000.00".parse()?;
/// assert_eq!(d.to_string(), "398950000000.00");
/// assert_eq!(canonical(d).to_string(), "398950000000");
/// assert_eq!(canonical("-0.0".parse()?).to_string(), "0");
/// assert_eq!(canonical("7.70".parse()?).to_string(), "7.7");
/// # Ok::<(), rust_decimal::Error>(())
/// ```
#[must_use]
pub fn canonical(d: Decimal) -> Decimal {
    d.normalize()
}

/// Reads a decimal string of the output contract: an optional `-`, digits, and optionally `.`
/// and more digits (`"154400000000"`, `"-1.5"`, `"7.70"`).
///
/// Stricter than `Decimal::from_str`, which also takes `+5`, `.5`, `1_000` and `1e5`: those are
/// not text forms finnews writes, so they are refused rather than guessed at.
///
/// # Errors
///
/// [`FromStrError`] when `s` is not of that form or does not fit a `Decimal` (28 digits).
///
/// # Example
///
/// ```
/// use finnews_core::decimal::parse;
/// assert_eq!(parse("-1.50")?.to_string(), "-1.50");
/// assert!(parse("1e5").is_err());
/// assert!(parse("1_000").is_err());
/// assert!(parse("").is_err());
/// # Ok::<(), finnews_core::FromStrError>(())
/// ```
pub fn parse(s: &str) -> Result<Decimal, FromStrError> {
    let bad = |reason| FromStrError::new("decimal", s).with_reason(reason);
    let digits = s.strip_prefix('-').unwrap_or(s);
    let (int, frac) = match digits.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (digits, None),
    };
    let all_digits = |p: &str| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit());
    if !all_digits(int) || frac.is_some_and(|f| !all_digits(f)) {
        return Err(bad(
            "expected digits with an optional leading `-` and one optional `.`",
        ));
    }
    s.parse::<Decimal>()
        .map_err(|_| bad("too many digits for an exact decimal"))
}

#[cfg(test)]
mod tests {
    use super::{canonical, parse};
    use proptest::prelude::*;
    use rust_decimal::Decimal;

    proptest! {
        /// What `canonical` prints, `parse` reads back to the same value and the same text.
        #[test]
        fn canonical_round_trips(mantissa in any::<i64>(), scale in 0u32..12) {
            let d = Decimal::new(mantissa, scale);
            let text = canonical(d).to_string();
            let back = parse(&text).expect("canonical text parses");
            prop_assert_eq!(back, d);
            prop_assert_eq!(canonical(back).to_string(), text);
        }

        /// The parser never panics and accepts only what it documents.
        #[test]
        fn parse_is_total(s in "\\PC{0,40}") {
            if let Ok(d) = parse(&s) {
                prop_assert!(s.bytes().all(|b| b.is_ascii_digit() || b == b'.' || b == b'-'));
                prop_assert_eq!(d, s.parse::<Decimal>().expect("same value"));
            }
        }
    }

    #[test]
    fn no_trailing_zeros_and_no_negative_zero() {
        let d = |s: &str| canonical(s.parse().expect("decimal")).to_string();
        assert_eq!(d("1.500"), "1.5");
        assert_eq!(d("100"), "100");
        assert_eq!(d("-0.000"), "0");
        assert_eq!(d("0.05"), "0.05");
    }
}
