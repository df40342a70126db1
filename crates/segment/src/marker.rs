//! List markers: `•`, `-`, `*`, `1.`, `1)`, `1.)`, `(a)`, `a)`, `a.`, `iv)`, `①`.

/// The numbering style of a marker (items of one list share it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Style {
    /// A bullet: no number.
    Bullet,
    /// Digits, with the punctuation after them: 0 `.`, 1 `)`, 2 `.)`, 3 `(..)`.
    Digit(u8),
    /// A lower-case letter with its punctuation.
    Lower(u8),
    /// An upper-case letter with its punctuation.
    Upper(u8),
    /// A lower-case roman numeral with its punctuation.
    Roman(u8),
    /// An upper-case roman numeral with its punctuation.
    UpperRoman(u8),
    /// Circled and parenthesised numbers (`①`, `⑴`).
    Circled,
}

/// A list marker at the start of a string.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Marker {
    /// Bytes the marker covers (without the space after it).
    pub(crate) len: usize,
    /// Its style.
    pub(crate) style: Style,
    /// Its ordinal value (1 for `1.`, `a)`, `i)`, `①`); 0 for bullets.
    pub(crate) value: u32,
}

const BULLETS: &[char] = &[
    '•', '◦', '▪', '▫', '‣', '⁃', '●', '○', '■', '□', '◆', '◇', '★', '☆', '✓', '✔', '·', '※', '➢',
    '►', '–', '—',
];

fn roman_value(s: &str) -> Option<u32> {
    const R: &[&str] = &[
        "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii",
    ];
    R.iter()
        .position(|r| r.eq_ignore_ascii_case(s))
        .and_then(|p| u32::try_from(p + 1).ok())
}

/// Parses a list marker at the start of `s`. `strict` (used inside running text) refuses the
/// ambiguous forms that need a following item of the same list to be believed.
#[inline]
pub(crate) fn parse(s: &str) -> Option<Marker> {
    let b = s.as_bytes();
    // Quick refusal of ordinary words: an ASCII letter needs `.` or `)` within five bytes.
    let &b0 = b.first()?;
    if b0.is_ascii_alphabetic() && !b[..b.len().min(6)].iter().any(|&c| c == b'.' || c == b')') {
        return None;
    }
    if b0.is_ascii() && !b0.is_ascii_alphanumeric() && !matches!(b0, b'-' | b'*' | b'+' | b'(') {
        return None;
    }
    parse_after_refusal(s)
}

/// [`parse`] for a whole line (the line classifier and the line joiner, which call it on
/// every line): the same refusals, the ordinary-word one reading the first six bytes as one
/// word. The sentence splitter keeps [`parse`], whose scan loop it inlines.
#[inline]
pub(crate) fn parse_line(s: &str) -> Option<Marker> {
    let b = s.as_bytes();
    let &b0 = b.first()?;
    if b0.is_ascii_alphabetic() && !dot_or_paren_in_six(b) {
        return None;
    }
    if b0.is_ascii() && !b0.is_ascii_alphanumeric() && !matches!(b0, b'-' | b'*' | b'+' | b'(') {
        return None;
    }
    parse_after_refusal(s)
}

/// Whether one of the first six bytes of `b` is `.` or `)`: the six bytes read as one word and
/// tested together (no loop).
#[inline]
fn dot_or_paren_in_six(b: &[u8]) -> bool {
    const LO: u64 = 0x0101_0101_0101_0101;
    const HI: u64 = 0x8080_8080_8080_8080;
    const LOW7: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    let n = b.len().min(6);
    let mut w = [0u8; 8];
    w[..n].copy_from_slice(&b[..n]);
    let x = u64::from_le_bytes(w);
    // The high bit of each byte of `t` that is zero (exact: no borrow between bytes).
    let zero = |t: u64| !(((t & LOW7) + LOW7) | t) & HI;
    // Only the first `n` bytes count (the padding is zero, neither `.` nor `)`).
    (zero(x ^ (LO * u64::from(b'.'))) | zero(x ^ (LO * u64::from(b')')))) & (HI >> (8 * (8 - n)))
        != 0
}

/// [`parse`] past its quick refusals.
#[inline(never)]
fn parse_after_refusal(s: &str) -> Option<Marker> {
    let b = s.as_bytes();
    let &b0 = b.first()?;
    let first = s.chars().next()?;
    // Bullets, circled numbers and brackets never start with an ASCII letter or digit.
    if b0.is_ascii_alphanumeric() {
        return numbered(s, 0, false);
    }
    // Bullets.
    if matches!(first, '-' | '*' | '+') {
        return b
            .get(1)
            .is_some_and(|&c| c == b' ' || c == b'\t')
            .then_some(Marker {
                len: 1,
                style: Style::Bullet,
                value: 0,
            });
    }
    if BULLETS.contains(&first) {
        let len = first.len_utf8();
        let next = s[len..].chars().next();
        // Dashes need a space after them; other bullets may touch their item.
        if matches!(first, '–' | '—') && !next.is_some_and(char::is_whitespace) {
            return None;
        }
        return next.map(|_| Marker {
            len,
            style: Style::Bullet,
            value: 0,
        });
    }
    if let '\u{2460}'..='\u{249B}' = first {
        let v = first as u32 - 0x2460;
        return Some(Marker {
            len: first.len_utf8(),
            style: Style::Circled,
            value: v % 20 + 1,
        });
    }
    // Parenthesised: (1) (a) (iv) and fullwidth （1）.
    let (open_len, fullwidth) = if first == '(' {
        (1, false)
    } else if first == '（' {
        (3, true)
    } else {
        (0, false)
    };
    numbered(s, open_len, fullwidth)
}

/// A numbered or lettered marker whose body starts at `open_len` (after an opening bracket of
/// that many bytes, full-width when `fullwidth`).
fn numbered(s: &str, open_len: usize, fullwidth: bool) -> Option<Marker> {
    let b = s.as_bytes();
    let body_start = open_len;
    let mut i = body_start;
    while i < b.len() && i - body_start < 4 && b[i].is_ascii_alphanumeric() {
        i += 1;
    }
    let body = &s[body_start..i];
    if body.is_empty() {
        return None;
    }
    let rest = &s[i..];
    let punct: (usize, u8) = if open_len > 0 {
        if rest.starts_with(')') {
            (1, 3)
        } else if fullwidth && rest.starts_with('）') {
            (3, 3)
        } else {
            return None;
        }
    } else if rest.starts_with(".)") {
        (2, 2)
    } else if rest.starts_with(".）") {
        (4, 2)
    } else if rest.starts_with(')') {
        (1, 1)
    } else if rest.starts_with('）') {
        (3, 1)
    } else if rest.starts_with('.') {
        (1, 0)
    } else {
        return None;
    };
    let len = i + punct.0;
    // After `.` or `)` a space must follow (or a CJK character for the fullwidth forms).
    let after = s[len..].chars().next();
    let spaced = after.is_some_and(char::is_whitespace);
    if punct.1 == 0 && !spaced {
        return None;
    }
    if !spaced && !after.is_some_and(crate::cues::is_cjk) && after.is_some() && punct.0 == 1 {
        return None;
    }
    let (style, value) = if body.bytes().all(|c| c.is_ascii_digit()) {
        if body.len() > 3 {
            return None;
        }
        (Style::Digit(punct.1), body.parse::<u32>().ok()?)
    } else if let Some(v) =
        roman_value(body).filter(|_| body.len() > 1 || !matches!(body, "v" | "x" | "V" | "X"))
    {
        if body.bytes().all(|c| c.is_ascii_lowercase()) {
            (Style::Roman(punct.1), v)
        } else if body.bytes().all(|c| c.is_ascii_uppercase()) {
            if body.len() == 1 && punct.1 == 0 {
                // `I.` is a pronoun or an initial before it is a numeral.
                return None;
            }
            (Style::UpperRoman(punct.1), v)
        } else {
            return None;
        }
    } else if body.len() == 1 {
        let c = body.as_bytes()[0];
        if c.is_ascii_lowercase() {
            (Style::Lower(punct.1), u32::from(c - b'a') + 1)
        } else if c.is_ascii_uppercase() {
            (Style::Upper(punct.1), u32::from(c - b'A') + 1)
        } else {
            return None;
        }
    } else {
        return None;
    };
    Some(Marker { len, style, value })
}

/// Whether a marker may start a list item at the start of a line by itself (upper-case
/// letters with a period are initials until a following item proves otherwise).
pub(crate) fn line_start_ok(m: &Marker) -> bool {
    !matches!(m.style, Style::Upper(0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers() {
        assert_eq!(parse("1. Site").map(|m| (m.len, m.value)), Some((2, 1)));
        assert_eq!(parse("12) x").map(|m| m.value), Some(12));
        assert_eq!(parse("(iv) x").map(|m| m.style), Some(Style::Roman(3)));
        assert_eq!(parse("b. x").map(|m| m.style), Some(Style::Lower(0)));
        assert_eq!(parse("• item").map(|m| m.len), Some(3));
        assert_eq!(parse("① これ").map(|m| m.value), Some(1));
        assert_eq!(parse("1.）これ").map(|m| m.len), Some(5));
        assert!(parse("1.5 million").is_none());
        assert!(parse("2019. The").is_none());
        assert!(parse("-5%").is_none());
        assert!(parse("I. Jones").is_none());
        assert!(parse("Mr. X").is_none());
    }

    #[test]
    fn dot_or_paren_in_six_matches_the_byte_loop() {
        let bytes = [b'a', b'.', b')', b' ', b'(', 0xE3, b'1'];
        // Every string of up to eight bytes over a small alphabet, including `.` and `)` past
        // the sixth byte (which must not count).
        let mut stack: Vec<Vec<u8>> = vec![Vec::new()];
        while let Some(s) = stack.pop() {
            if !s.is_empty() {
                let naive = s[..s.len().min(6)].iter().any(|&c| c == b'.' || c == b')');
                assert_eq!(dot_or_paren_in_six(&s), naive, "{s:?}");
            }
            if s.len() < 8 && (s.len() < 5 || s.iter().all(|&c| c == b'a')) {
                for &c in &bytes {
                    let mut t = s.clone();
                    t.push(c);
                    stack.push(t);
                }
            }
        }
    }

    #[test]
    fn parse_line_agrees_with_parse() {
        for s in [
            "1. Site",
            "a) item",
            "Mr. X",
            "I. Jones",
            "Net 5.1 mln",
            "-5%",
            "- item",
            "• x",
            "(a) one",
            "b.c",
            "Abc)",
            "abcdef.",
            "abcdefg.",
            "x",
            "",
            "① one",
            "(1) two",
        ] {
            assert_eq!(parse_line(s), parse(s), "{s:?}");
        }
    }
}
