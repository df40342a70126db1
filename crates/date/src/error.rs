use core::fmt;

use finnews_core::Span;

/// Why a text is not a temporal expression, or why a value is not a valid date.
///
/// # Example
///
/// ```
/// let err = finnews_date::parse("hello", &finnews_date::Options::default()).unwrap_err();
/// assert_eq!(err.kind(), &finnews_date::ErrorKind::NoDate);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not a date at bytes {span}: {kind}")]
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
    /// let err = finnews_date::parse("", &finnews_date::Options::default()).unwrap_err();
    /// assert_eq!(err.span().start(), 0);
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
    /// use finnews_date::{parse, ErrorKind, Options};
    /// assert_eq!(parse("", &Options::default()).unwrap_err().kind(), &ErrorKind::NoDate);
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
/// assert_eq!(finnews_date::ErrorKind::NoDate.to_string(), "expected a temporal expression, found none");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// No temporal expression where one was expected.
    NoDate,
    /// A temporal expression was read, but more text follows it.
    TrailingInput,
}

impl fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ErrorKind::NoDate => "expected a temporal expression, found none",
            ErrorKind::TrailingInput => {
                "expected the end of the temporal expression, found more text"
            }
        })
    }
}
