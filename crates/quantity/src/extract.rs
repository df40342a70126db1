use finnews_core::Span;
use finnews_numeral::cardinal_prefix;
use iso_currency::Currency;
use rust_decimal::Decimal;

use crate::error::{Error, ErrorKind};
use crate::types::{Amount, Options, PercentUnit, Quantity, QuantityKind};

/// Finds every quantity in `text`, in order of position, spans not overlapping.
///
/// # Example
///
/// ```
/// use finnews_quantity::{extract, Options};
/// let found = extract("Over 1,800 companies, up 7.7%", &Options::default());
/// assert_eq!(found.iter().map(|q| q.text).collect::<Vec<_>>(), ["1,800", "7.7%"]);
/// ```
#[must_use]
pub fn extract<'a>(text: &'a str, options: &Options) -> Vec<Quantity<'a>> {
    let _ = options;
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let prev_is_word = i > 0 && (bytes[i - 1].is_ascii_alphanumeric() || bytes[i - 1] == b'.');
        if bytes[i].is_ascii_digit() && !prev_is_word {
            if let Some(n) = cardinal_prefix(&text[i..]) {
                let mut end = i + n.len;
                let mut kind = QuantityKind::Number;
                let mut value = n.value;
                if let Some(rest) = text[end..].strip_prefix(" billion") {
                    let _ = rest;
                    end += " billion".len();
                    value *= Decimal::from(1_000_000_000_u64);
                }
                let mut start = i;
                if bytes.get(end) == Some(&b'%') {
                    end += 1;
                    kind = QuantityKind::Percent {
                        unit: PercentUnit::Percent,
                    };
                } else if text[..i].ends_with("RMB ") {
                    start -= 4;
                    kind = QuantityKind::Money {
                        currency: Currency::CNY,
                    };
                }
                let span = Span::new(start, end);
                out.push(Quantity {
                    span,
                    text: &text[span.range()],
                    kind,
                    amount: Amount::Exact(value),
                    modifier: None,
                });
                i = end;
                continue;
            }
        }
        i += 1;
    }
    out
}

/// Parses the whole of `text` as one quantity.
///
/// # Errors
///
/// [`ErrorKind::NoQuantity`] when no quantity starts the text, [`ErrorKind::TrailingInput`] when
/// text is left after it.
///
/// # Example
///
/// ```
/// use finnews_quantity::{parse, QuantityKind, Currency};
/// let q = parse("RMB 398.95 billion")?;
/// assert_eq!(q.kind, QuantityKind::Money { currency: Currency::CNY });
/// assert_eq!(q.amount.low().to_string(), "398950000000.00");
/// # Ok::<(), finnews_quantity::Error>(())
/// ```
pub fn parse(text: &str) -> Result<Quantity<'_>, Error> {
    let found = extract(text, &Options::default());
    let Some(first) = found.into_iter().next() else {
        return Err(Error::new(Span::new(0, text.len()), ErrorKind::NoQuantity));
    };
    if first.span.start != 0 {
        return Err(Error::new(
            Span::new(0, first.span.start),
            ErrorKind::NoQuantity,
        ));
    }
    if first.span.end != text.len() {
        return Err(Error::new(
            Span::new(first.span.end, text.len()),
            ErrorKind::TrailingInput,
        ));
    }
    Ok(first)
}
