use core::fmt;

use finnews_core::Span;

/// Why a text is not a quantity.
///
/// # Example
///
/// ```
/// let err = finnews_quantity::parse("hello").unwrap_err();
/// assert_eq!(err.span().start(), 0);
/// assert_eq!(err.kind(), &finnews_quantity::ErrorKind::NoQuantity);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not a quantity at bytes {span}: {kind}")]
pub struct Error {
    span: Span,
    kind: ErrorKind,
}

impl Error {
    pub(crate) fn new(span: Span, kind: ErrorKind) -> Error {
        Error { span, kind }
    }

    /// Where in the parsed text the problem is.
    ///
    /// # Example
    ///
    /// ```
    /// let err = finnews_quantity::parse("5% and more").unwrap_err();
    /// assert_eq!(err.span().start(), 2);
    /// ```
    #[must_use]
    pub fn span(&self) -> Span {
        self.span
    }

    /// What went wrong.
    ///
    /// # Example
    ///
    /// ```
    /// use finnews_quantity::{parse, ErrorKind};
    /// assert_eq!(parse("").unwrap_err().kind(), &ErrorKind::NoQuantity);
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
/// use finnews_quantity::ErrorKind;
/// assert_eq!(ErrorKind::NoQuantity.to_string(), "expected a quantity, found none");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The text holds no quantity where one was expected.
    NoQuantity,
    /// A quantity was read, but more text follows it.
    TrailingInput,
}

impl fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ErrorKind::NoQuantity => "expected a quantity, found none",
            ErrorKind::TrailingInput => "expected the end of the quantity, found more text",
        })
    }
}
