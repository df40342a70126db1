use core::fmt;
use core::ops::Range;

/// A half-open range `[start, end)` of UTF-8 byte offsets into a text.
///
/// `start <= end` always holds: [`Span::new`] panics otherwise and [`Span::try_new`] returns
/// `None`, so a `Span` in hand is never inverted. Whether the offsets fall on character
/// boundaries of a given text is checked by [`Span::slice`].
///
/// # Example
///
/// ```
/// use finnews_core::Span;
///
/// let s = Span::new(3, 7);
/// assert_eq!(s.range(), 3..7);
/// assert!(s.contains(Span::new(4, 6)));
/// assert!(s.overlaps(Span::new(6, 9)));
/// assert!(!s.overlaps(Span::new(7, 9)));
/// assert_eq!((s.start(), s.end()), (3, 7));
/// ```
///
/// The fields are private, so an inverted span cannot be written by hand:
///
/// ```compile_fail
/// let inverted = finnews_core::Span { start: 7, end: 3 };
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Span {
    start: usize,
    end: usize,
}

impl Span {
    /// A span from `start` to `end`.
    ///
    /// # Panics
    ///
    /// When `start > end`; use [`Span::try_new`] for offsets that come from outside.
    ///
    /// # Example
    ///
    /// ```
    /// let s = finnews_core::Span::new(0, 4);
    /// assert_eq!(s.len(), 4);
    /// ```
    #[must_use]
    #[track_caller]
    pub const fn new(start: usize, end: usize) -> Span {
        assert!(start <= end, "Span::new: start > end");
        Span { start, end }
    }

    /// The first byte of the range.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(finnews_core::Span::new(3, 7).start(), 3);
    /// ```
    #[must_use]
    #[inline]
    pub const fn start(self) -> usize {
        self.start
    }

    /// One past the last byte of the range.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(finnews_core::Span::new(3, 7).end(), 7);
    /// ```
    #[must_use]
    #[inline]
    pub const fn end(self) -> usize {
        self.end
    }

    /// A span from `start` to `end`, or `None` when `start > end`.
    ///
    /// # Example
    ///
    /// ```
    /// use finnews_core::Span;
    /// assert_eq!(Span::try_new(5, 2), None);
    /// assert_eq!(Span::try_new(2, 5), Some(Span::new(2, 5)));
    /// ```
    #[must_use]
    pub const fn try_new(start: usize, end: usize) -> Option<Span> {
        if start <= end {
            Some(Span { start, end })
        } else {
            None
        }
    }

    /// The number of bytes covered.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(finnews_core::Span::new(2, 9).len(), 7);
    /// ```
    #[must_use]
    pub const fn len(self) -> usize {
        self.end - self.start
    }

    /// Whether the span covers no byte.
    ///
    /// # Example
    ///
    /// ```
    /// assert!(finnews_core::Span::new(4, 4).is_empty());
    /// ```
    #[must_use]
    pub const fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// The span as a `Range<usize>`, ready for slicing.
    ///
    /// # Example
    ///
    /// ```
    /// let text = "up 7.7%";
    /// assert_eq!(&text[finnews_core::Span::new(3, 7).range()], "7.7%");
    /// ```
    #[must_use]
    pub const fn range(self) -> Range<usize> {
        self.start..self.end
    }

    /// The slice of `text` this span covers, or `None` when the span is out of bounds or not on
    /// character boundaries of `text`.
    ///
    /// # Example
    ///
    /// ```
    /// use finnews_core::Span;
    /// let text = "约5亿元";
    /// assert_eq!(Span::new(0, 3).slice(text), Some("约"));
    /// assert_eq!(Span::new(0, 2).slice(text), None); // inside a character
    /// ```
    #[must_use]
    pub fn slice(self, text: &str) -> Option<&str> {
        text.get(self.range())
    }

    /// Whether `other` lies entirely inside this span.
    ///
    /// # Example
    ///
    /// ```
    /// use finnews_core::Span;
    /// assert!(Span::new(0, 10).contains(Span::new(0, 10)));
    /// assert!(!Span::new(0, 10).contains(Span::new(5, 11)));
    /// ```
    #[must_use]
    pub const fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// Whether the two spans share at least one byte.
    ///
    /// # Example
    ///
    /// ```
    /// use finnews_core::Span;
    /// assert!(Span::new(0, 5).overlaps(Span::new(4, 8)));
    /// assert!(!Span::new(0, 5).overlaps(Span::new(5, 8)));
    /// ```
    #[must_use]
    pub const fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// This span moved `by` bytes to the right, for results found in a slice of a larger text.
    ///
    /// # Example
    ///
    /// ```
    /// use finnews_core::Span;
    /// assert_eq!(Span::new(1, 3).shift(10), Span::new(11, 13));
    /// ```
    #[must_use]
    pub const fn shift(self, by: usize) -> Span {
        Span {
            start: self.start + by,
            end: self.end + by,
        }
    }

    /// The smallest span covering both.
    ///
    /// # Example
    ///
    /// ```
    /// use finnews_core::Span;
    /// assert_eq!(Span::new(1, 3).cover(Span::new(6, 8)), Span::new(1, 8));
    /// ```
    #[must_use]
    pub fn cover(self, other: Span) -> Span {
        Span {
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }
}

impl fmt::Debug for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}

impl fmt::Display for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "[{}, {})", self.start, self.end)
    }
}

impl From<Span> for Range<usize> {
    fn from(s: Span) -> Range<usize> {
        s.range()
    }
}

#[cfg(feature = "serde")]
mod serde_impl {
    use super::Span;
    use serde::de::Error as _;
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    impl Serialize for Span {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            [self.start, self.end].serialize(s)
        }
    }

    impl<'de> Deserialize<'de> for Span {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Span, D::Error> {
            let [start, end] = <[usize; 2]>::deserialize(d)?;
            Span::try_new(start, end).ok_or_else(|| D::Error::custom("span start is after its end"))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Span;
    use proptest::prelude::*;

    #[test]
    #[should_panic(expected = "start > end")]
    fn inverted_span_panics() {
        let _ = Span::new(3, 2);
    }

    #[cfg(feature = "serde")]
    #[test]
    fn serde_is_a_pair() {
        let s = Span::new(4, 21);
        assert_eq!(serde_json::to_string(&s).unwrap(), "[4,21]");
        assert_eq!(serde_json::from_str::<Span>("[4,21]").unwrap(), s);
        assert!(serde_json::from_str::<Span>("[5,2]").is_err());
    }

    proptest! {
        #[test]
        fn overlap_is_symmetric(a in 0usize..50, b in 0usize..50, c in 0usize..50, d in 0usize..50) {
            let x = Span::new(a.min(b), a.max(b));
            let y = Span::new(c.min(d), c.max(d));
            prop_assert_eq!(x.overlaps(y), y.overlaps(x));
            prop_assert!(x.cover(y).contains(x) && x.cover(y).contains(y));
        }
    }
}
