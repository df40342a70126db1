use std::borrow::Cow;

/// Bytes decoded as UTF-8 text for [`analyze`](crate::analyze).
///
/// # Example
///
/// ```
/// let d = finnews::decode(b"\xEF\xBB\xBFHello", false)?;
/// assert_eq!(&*d.text, "\u{feff}Hello"); // the BOM stays: offsets match the bytes
/// assert!(d.bom && !d.repaired);
/// # Ok::<(), finnews::DecodeError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded<'a> {
    /// The text. A byte-order mark is kept (the segmenter treats it as white space), so every
    /// offset into the text is also an offset into the original bytes, unless `repaired`.
    pub text: Cow<'a, str>,
    /// Whether the bytes started with a UTF-8 byte-order mark.
    pub bom: bool,
    /// Whether invalid sequences were replaced with U+FFFD (only in lossy mode). Offsets then
    /// refer to the repaired text.
    pub repaired: bool,
}

/// The bytes are not valid UTF-8.
///
/// # Example
///
/// ```
/// let err = finnews::decode(b"ab\xFFcd", false).unwrap_err();
/// assert_eq!(err.offset, 2);
/// assert_eq!(err.to_string(), "invalid UTF-8 at byte offset 2");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("invalid UTF-8 at byte offset {offset}")]
pub struct DecodeError {
    /// Offset of the first byte that is not part of a valid UTF-8 sequence.
    pub offset: usize,
}

/// Decodes `bytes` as UTF-8. With `lossy`, invalid sequences become U+FFFD instead of an error.
///
/// # Errors
///
/// [`DecodeError`] with the offset of the first invalid byte, when not `lossy`.
///
/// # Example
///
/// ```
/// let d = finnews::decode(b"ab\xFFcd", true)?;
/// assert_eq!(&*d.text, "ab\u{fffd}cd");
/// assert!(d.repaired);
/// # Ok::<(), finnews::DecodeError>(())
/// ```
pub fn decode(bytes: &[u8], lossy: bool) -> Result<Decoded<'_>, DecodeError> {
    let bom = bytes.starts_with(b"\xEF\xBB\xBF");
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(Decoded {
            text: Cow::Borrowed(text),
            bom,
            repaired: false,
        }),
        Err(e) if !lossy => Err(DecodeError {
            offset: e.valid_up_to(),
        }),
        Err(_) => Ok(Decoded {
            text: String::from_utf8_lossy(bytes),
            bom,
            repaired: true,
        }),
    }
}
