//! The one error of every `FromStr` in finnews, and the helper the code-named enums share.

use core::fmt;

/// A text form could not be read: an unknown code (`"furlong"` as a unit), a malformed decimal or
/// TIMEX3 value.
///
/// The message names what was being read and what was found, then either the valid codes or what
/// was expected.
///
/// # Example
///
/// ```
/// use finnews_core::FromStrError;
///
/// let e = FromStrError::new("grain", "week").with_expected(&["day", "month", "year"]);
/// assert_eq!(e.to_string(), "unknown grain `week`: expected one of day, month, year");
/// assert_eq!(e.found(), "week");
/// assert_eq!(e.expected(), ["day", "month", "year"]);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FromStrError {
    what: &'static str,
    found: String,
    expected: Vec<&'static str>,
    reason: Option<&'static str>,
}

impl FromStrError {
    /// An error reading `found` as a `what` (`"unit"`, `"TIMEX3 value"`, ...).
    ///
    /// # Example
    ///
    /// ```
    /// let e = finnews_core::FromStrError::new("unit", "furlong");
    /// assert_eq!(e.to_string(), "unknown unit `furlong`");
    /// ```
    #[must_use]
    pub fn new(what: &'static str, found: &str) -> FromStrError {
        // Only a prefix of the input is kept: an error message need not carry a whole document.
        let end = (0..=found.len().min(80))
            .rev()
            .find(|&i| found.is_char_boundary(i))
            .unwrap_or(0);
        FromStrError {
            what,
            found: found[..end].to_owned(),
            expected: Vec::new(),
            reason: None,
        }
    }

    /// The same error listing the valid codes.
    ///
    /// # Example
    ///
    /// ```
    /// let e = finnews_core::FromStrError::new("flag", "x").with_expected(&["a", "b"]);
    /// assert_eq!(e.expected(), ["a", "b"]);
    /// ```
    #[must_use]
    pub fn with_expected(mut self, codes: &[&'static str]) -> FromStrError {
        self.expected = codes.to_vec();
        self
    }

    /// The same error saying what was wrong with the text.
    ///
    /// # Example
    ///
    /// ```
    /// let e = finnews_core::FromStrError::new("decimal", "1e5").with_reason("no exponents");
    /// assert_eq!(e.to_string(), "invalid decimal `1e5`: no exponents");
    /// ```
    #[must_use]
    pub fn with_reason(mut self, reason: &'static str) -> FromStrError {
        self.reason = Some(reason);
        self
    }

    /// What was being read (`"unit"`, `"decimal"`, `"TIMEX3 value"`, ...).
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(finnews_core::FromStrError::new("unit", "x").what(), "unit");
    /// ```
    #[must_use]
    pub fn what(&self) -> &'static str {
        self.what
    }

    /// The text that could not be read (its first 80 bytes at most).
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(finnews_core::FromStrError::new("unit", "x").found(), "x");
    /// ```
    #[must_use]
    pub fn found(&self) -> &str {
        &self.found
    }

    /// The valid codes, when the text form is one of a fixed list; empty otherwise.
    ///
    /// # Example
    ///
    /// ```
    /// assert!(finnews_core::FromStrError::new("decimal", "x").expected().is_empty());
    /// ```
    #[must_use]
    pub fn expected(&self) -> &[&'static str] {
        &self.expected
    }
}

impl fmt::Display for FromStrError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let adjective = if self.reason.is_some() {
            "invalid"
        } else {
            "unknown"
        };
        write!(f, "{adjective} {} `{}`", self.what, self.found)?;
        if let Some(reason) = self.reason {
            write!(f, ": {reason}")?;
        } else if !self.expected.is_empty() {
            f.write_str(": expected one of ")?;
            for (i, code) in self.expected.iter().enumerate() {
                if i > 0 {
                    f.write_str(", ")?;
                }
                f.write_str(code)?;
            }
        }
        Ok(())
    }
}

impl std::error::Error for FromStrError {}

/// Writes a value's text form with `write`, padded to the formatter's width when it has one
/// (`{:>14}`), so `Display` impls that write in several pieces still line up in a table.
///
/// # Errors
///
/// What `write` or the formatter returns.
///
/// # Example
///
/// ```
/// use core::fmt;
/// struct Pair(u8, u8);
/// impl fmt::Display for Pair {
///     fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
///         finnews_core::text::display_padded(f, |w| write!(w, "{}-{}", self.0, self.1))
///     }
/// }
/// assert_eq!(format!("[{:>5}]", Pair(3, 5)), "[  3-5]");
/// assert_eq!(Pair(3, 5).to_string(), "3-5");
/// ```
pub fn display_padded(
    f: &mut fmt::Formatter<'_>,
    write: impl Fn(&mut dyn fmt::Write) -> fmt::Result,
) -> fmt::Result {
    if f.width().is_none() {
        return write(f);
    }
    let mut s = String::new();
    write(&mut s)?;
    f.pad(&s)
}

/// Reads one of a fixed set of values by its code: the `FromStr` of every code-named enum
/// (`BlockKind`, `Grain`, `Unit`, ...), so they all accept exactly what their `Display` writes
/// and fail with the same message listing the valid codes.
///
/// # Errors
///
/// [`FromStrError`] listing every code of `all` when `s` is none of them (case matters: the
/// contract's codes are case-sensitive, `kWh` and `TEU` included).
///
/// # Example
///
/// ```
/// use finnews_core::text::parse_code;
///
/// #[derive(Debug, Clone, Copy, PartialEq)]
/// enum Side { Buy, Sell }
/// let code = |s: Side| match s { Side::Buy => "buy", Side::Sell => "sell" };
/// assert_eq!(parse_code("sell", "side", &[Side::Buy, Side::Sell], code), Ok(Side::Sell));
/// let e = parse_code("hold", "side", &[Side::Buy, Side::Sell], code).unwrap_err();
/// assert_eq!(e.to_string(), "unknown side `hold`: expected one of buy, sell");
/// ```
pub fn parse_code<T: Copy>(
    s: &str,
    what: &'static str,
    all: &[T],
    code: impl Fn(T) -> &'static str,
) -> Result<T, FromStrError> {
    all.iter().copied().find(|&v| code(v) == s).ok_or_else(|| {
        let codes: Vec<&'static str> = all.iter().map(|&v| code(v)).collect();
        FromStrError::new(what, s).with_expected(&codes)
    })
}

/// Gives a code-named enum its text form: `Display` writes `code()` (padded to the formatter's
/// width, if any), `FromStr` reads it back
/// (with [`parse_code`] over `ALL`), and with the calling crate's `serde` feature it serialises
/// and deserialises as that code.
///
/// The type must have `pub const ALL: [Self; N]` (every value) and `fn code(self) -> &'static
/// str`. For the finnews crates' own use; not part of the stable API.
#[doc(hidden)]
#[macro_export]
macro_rules! code_text_form {
    ($ty:ty, $what:literal) => {
        impl ::core::fmt::Display for $ty {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                // `pad` honours width and alignment: `{:>9}` lines codes up in a table.
                f.pad(self.code())
            }
        }

        impl ::core::str::FromStr for $ty {
            type Err = $crate::FromStrError;

            fn from_str(s: &str) -> ::core::result::Result<$ty, $crate::FromStrError> {
                $crate::text::parse_code(s, $what, &<$ty>::ALL, <$ty>::code)
            }
        }

        #[cfg(feature = "serde")]
        impl serde::Serialize for $ty {
            fn serialize<S: serde::Serializer>(
                &self,
                s: S,
            ) -> ::core::result::Result<S::Ok, S::Error> {
                s.serialize_str(self.code())
            }
        }

        #[cfg(feature = "serde")]
        impl<'de> serde::Deserialize<'de> for $ty {
            fn deserialize<D: serde::Deserializer<'de>>(
                d: D,
            ) -> ::core::result::Result<$ty, D::Error> {
                let s = <::std::borrow::Cow<'de, str> as serde::Deserialize>::deserialize(d)?;
                s.parse().map_err(<D::Error as serde::de::Error>::custom)
            }
        }
    };
}
