use rust_decimal::Decimal;

use crate::error::{Error, ErrorKind};

/// A numeral read from the start of a text.
///
/// # Example
///
/// ```
/// use finnews_numeral::{cardinal_prefix, NumeralForm};
/// let n = cardinal_prefix("700,000 people").unwrap();
/// assert_eq!(n.value, 700_000.into());
/// assert_eq!(n.len, "700,000".len());
/// assert_eq!(n.form, NumeralForm::Digits);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Numeral {
    /// The exact value.
    pub value: Decimal,
    /// How many bytes of the text the numeral covers.
    pub len: usize,
    /// How it was written.
    pub form: NumeralForm,
}

/// How a numeral was written.
///
/// # Example
///
/// ```
/// use finnews_numeral::{cardinal_prefix, NumeralForm};
/// assert_eq!(cardinal_prefix("12").unwrap().form, NumeralForm::Digits);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum NumeralForm {
    /// ASCII or full-width digits, with optional separators and decimal point.
    Digits,
    /// English number words (`twenty-eight`).
    Words,
    /// CJK numerals (`三千九百`), possibly mixed with digits (`3,989.5亿`).
    Cjk,
}

/// Reads a cardinal numeral from the start of `text`: the longest one that starts there.
///
/// Returns `None` when `text` does not start with a numeral.
///
/// # Example
///
/// ```
/// use rust_decimal::Decimal;
/// let n = finnews_numeral::cardinal_prefix("12.99% up").unwrap();
/// assert_eq!(n.value, Decimal::new(1299, 2));
/// assert_eq!(n.len, 5);
/// assert!(finnews_numeral::cardinal_prefix("up 12").is_none());
/// ```
#[must_use]
pub fn cardinal_prefix(text: &str) -> Option<Numeral> {
    digits_prefix(text)
}

/// Reads an ordinal numeral (`5th`, `31st`, `second`, `twenty-first`, `第五`) from the start of
/// `text`.
///
/// # Example
///
/// ```
/// let n = finnews_numeral::ordinal_prefix("5th Summit").unwrap();
/// assert_eq!(n.value, 5.into());
/// assert_eq!(n.len, 3);
/// ```
#[must_use]
pub fn ordinal_prefix(text: &str) -> Option<Numeral> {
    let n = digits_prefix(text)?;
    if !n.value.fract().is_zero() {
        return None;
    }
    let rest = &text[n.len..];
    let suffix = ["st", "nd", "rd", "th"].iter().find(|s| {
        rest.get(..2).is_some_and(|r| r.eq_ignore_ascii_case(s))
            && !rest[2..].starts_with(|c: char| c.is_alphanumeric())
    })?;
    Some(Numeral {
        len: n.len + suffix.len(),
        ..n
    })
}

/// Parses a whole text as one cardinal numeral.
///
/// # Errors
///
/// [`ErrorKind::ExpectedNumeral`] when the text does not start with a numeral,
/// [`ErrorKind::TrailingInput`] when something follows it.
///
/// # Example
///
/// ```
/// use rust_decimal::Decimal;
/// assert_eq!(finnews_numeral::parse_cardinal("1,800")?, Decimal::from(1800));
/// assert!(finnews_numeral::parse_cardinal("1,800 firms").is_err());
/// # Ok::<(), finnews_numeral::Error>(())
/// ```
pub fn parse_cardinal(text: &str) -> Result<Decimal, Error> {
    let n = cardinal_prefix(text).ok_or_else(|| Error::new(0, ErrorKind::ExpectedNumeral))?;
    if n.len != text.len() {
        return Err(Error::new(n.len, ErrorKind::TrailingInput));
    }
    Ok(n.value)
}

/// ASCII digits with optional `,` thousands groups and a `.` fraction.
fn digits_prefix(text: &str) -> Option<Numeral> {
    let b = text.as_bytes();
    let mut i = 0;
    let mut mantissa: i128 = 0;
    let mut scale: u32 = 0;
    let mut any = false;
    let push = |m: i128, d: u8| {
        m.checked_mul(10)
            .and_then(|m| m.checked_add(i128::from(d - b'0')))
    };
    while i < b.len() {
        let c = b[i];
        if c.is_ascii_digit() {
            mantissa = push(mantissa, c)?;
            any = true;
            i += 1;
        } else if c == b','
            && any
            && b.len() >= i + 4
            && b[i + 1..i + 4].iter().all(u8::is_ascii_digit)
            && b.get(i + 4).is_none_or(|d| !d.is_ascii_digit())
        {
            i += 1;
        } else {
            break;
        }
    }
    if !any {
        return None;
    }
    if b.get(i) == Some(&b'.') && b.get(i + 1).is_some_and(u8::is_ascii_digit) {
        i += 1;
        while i < b.len() && b[i].is_ascii_digit() {
            if scale < 28 {
                mantissa = push(mantissa, b[i])?;
                scale += 1;
            }
            i += 1;
        }
    }
    let value = Decimal::try_from_i128_with_scale(mantissa, scale).ok()?;
    Some(Numeral {
        value,
        len: i,
        form: NumeralForm::Digits,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grouped_digits() {
        assert_eq!(parse_cardinal("3,989.5").unwrap(), Decimal::new(39895, 1));
        assert_eq!(cardinal_prefix("1,23").unwrap().len, 1);
    }
}
