use core::fmt;

/// Why a text is not a numeral.
///
/// Carries the byte offset in the parsed text where reading stopped, and what was expected
/// there.
///
/// # Example
///
/// ```
/// let err = finnews_numeral::parse_cardinal("12x").unwrap_err();
/// assert_eq!(err.offset(), 2);
/// assert_eq!(err.kind(), &finnews_numeral::ErrorKind::TrailingInput);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not a numeral at byte {offset}: {kind}")]
pub struct Error {
    offset: usize,
    kind: ErrorKind,
}

impl Error {
    pub(crate) fn new(offset: usize, kind: ErrorKind) -> Error {
        Error { offset, kind }
    }

    /// Byte offset in the parsed text where the error was found.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(finnews_numeral::parse_cardinal("").unwrap_err().offset(), 0);
    /// ```
    #[must_use]
    pub fn offset(&self) -> usize {
        self.offset
    }

    /// What went wrong.
    ///
    /// # Example
    ///
    /// ```
    /// use finnews_numeral::{parse_cardinal, ErrorKind};
    /// assert_eq!(parse_cardinal("").unwrap_err().kind(), &ErrorKind::ExpectedNumeral);
    /// ```
    #[must_use]
    pub fn kind(&self) -> &ErrorKind {
        &self.kind
    }
}

/// The kinds of [`Error`]. New kinds may be added in minor releases.
///
/// # Example
///
/// ```
/// use finnews_numeral::ErrorKind;
/// assert_eq!(ErrorKind::Overflow.to_string(), "the value does not fit an exact decimal");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// Expected the start of a numeral (a digit, a number word, a CJK numeral), found something
    /// else or the end of the input.
    ExpectedNumeral,
    /// A numeral was read, but text follows it.
    TrailingInput,
    /// The value does not fit the 96-bit mantissa of a `Decimal`.
    Overflow,
}

impl fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ErrorKind::ExpectedNumeral => "expected a numeral",
            ErrorKind::TrailingInput => "expected the end of the numeral, found more text",
            ErrorKind::Overflow => "the value does not fit an exact decimal",
        })
    }
}
