//! The lexer: one pass over the text, one token per word, number, CJK character, symbol and
//! punctuation mark, and one per line break when asked, each with its [`Span`] and the
//! [`Classes`] the [`lexicon`](crate::lexicon) gives its word.
//!
//! # Tokens
//!
//! * [`Kind::Word`]: a run of letters (ASCII, or alphabetic and not CJK). `A320` is a word and a
//!   number; `don't` is `don`, `'`, `t`.
//! * [`Kind::Number`]: a run of digits (ASCII or full-width) with its separators: `,ddd` groups
//!   (exactly three digits after each comma, none after the decimal point) and one decimal point
//!   followed by digits. `1,234.5` is one token; `1,23` is `1`, `,`, `23`. `，` and `．` count as
//!   `,` and `.`.
//! * [`Kind::Cjk`]: one CJK character (Han, kana, `々〆〇`); a run of them is a run of glued
//!   tokens.
//! * [`Kind::Symbol`]: currency and math signs (`$ % & + < = > ^ | ~ # @ *`, `€ £ ¥ ％`, ...).
//! * [`Kind::Punct`]: any other non-space character.
//! * [`Kind::Break`]: only with [`Lexer::with_breaks`]: a whitespace run holding a line break,
//!   before the next token.
//!
//! # Line breaks
//!
//! Every token records the whitespace before it as its [`Gap`]. A whitespace run with no line
//! break is [`Gap::Space`]. A run with one line break is a soft wrap ([`Gap::Wrap`]: a line
//! wrapped inside a paragraph, whitespace to every grammar) unless the next line is indented
//! (starts with a space or tab) or opens with a list marker (`-`, `*`, `•`, `·`, `–`, `—`,
//! `1.`, `1)`, `(a)` followed by a space), which make it a block boundary ([`Gap::Block`]). A run
//! with two or more line breaks (a blank line), a form feed or a paragraph separator (U+2029) is a
//! block boundary. U+2028 counts as a line break; `\r\n` and a lone `\r` count as one.
//!
//! ```
//! use finnews_core::lexer::{lex, Gap, Kind};
//! use finnews_core::lexicon::Class;
//!
//! let text = "Sales rose 5.93\nmln dlrs in March.\n\n    Net fell";
//! let toks = lex(text);
//! let words: Vec<&str> = toks.iter().map(|t| t.text(text)).collect();
//! assert_eq!(words, ["Sales", "rose", "5.93", "mln", "dlrs", "in", "March", ".", "Net", "fell"]);
//! assert_eq!(toks[2].kind, Kind::Number { grouped: false, decimal: true });
//! assert_eq!(toks[3].gap, Gap::Wrap);
//! assert_eq!(toks[8].gap, Gap::Block);
//! assert!(toks[6].classes.has(Class::Month));
//! ```

use crate::Span;
use crate::lexicon::{Classes, EntryId, lexicon};

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    /// A run of letters.
    Word,
    /// A run of digits; `grouped` when it has `,ddd` groups, `decimal` when it has a fraction.
    Number {
        /// Has `,ddd` thousands groups.
        grouped: bool,
        /// Has a decimal point and fraction digits.
        decimal: bool,
    },
    /// One CJK character.
    Cjk(char),
    /// A currency or math sign.
    Symbol(char),
    /// Any other non-space character.
    Punct(char),
    /// A line break (only from a [`Lexer::with_breaks`] lexer).
    Break(Break),
}

/// What a line break separates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Break {
    /// A line wrapped inside a paragraph: whitespace to every grammar.
    Wrap,
    /// A block boundary: a blank line, an indented line or a list item.
    Block,
}

/// The whitespace before a token.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Gap {
    /// None: the token touches the one before it.
    None,
    /// Spaces or tabs, no line break.
    Space,
    /// A soft line wrap inside a paragraph.
    Wrap,
    /// A block boundary (also before the first token of the text).
    Block,
}

/// One token: what it is, where it is, the whitespace before it, and its lexicon classes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Token {
    /// Byte range in the lexed text, on character boundaries.
    pub span: Span,
    /// What the token is.
    pub kind: Kind,
    /// The whitespace before it.
    pub gap: Gap,
    /// The lexicon classes of its word (empty for numbers, punctuation and unknown words).
    pub classes: Classes,
    /// Its lexicon entry, when a table lists its word: ask [`Token::row`] (or
    /// [`Lexicon::row`](crate::lexicon::Lexicon::row)) for the row.
    pub entry: Option<EntryId>,
}

impl Token {
    /// The token's text.
    ///
    /// ```
    /// let t = finnews_core::lexer::lex("  Q3");
    /// assert_eq!(t[0].text("  Q3"), "Q");
    /// ```
    #[must_use]
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.span.range()).unwrap_or("")
    }

    /// The row of `class`'s table listing this token's word.
    ///
    /// ```
    /// use finnews_core::lexicon::{Class, WEEKDAYS};
    /// let t = finnews_core::lexer::lex("Tues");
    /// assert_eq!(WEEKDAYS[t[0].row(Class::Weekday).unwrap()].1, 2);
    /// ```
    #[must_use]
    #[inline]
    pub fn row(&self, class: crate::lexicon::Class) -> Option<usize> {
        if !self.classes.has(class) {
            return None;
        }
        lexicon().row(self.entry?, class)
    }

    /// Whether the token is a word, number or CJK character (no sign, mark or break).
    #[must_use]
    pub fn is_alnum(&self) -> bool {
        matches!(self.kind, Kind::Word | Kind::Number { .. } | Kind::Cjk(_))
    }
}

/// A reusable lexer; [`lex`] is the one-off form.
///
/// ```
/// use finnews_core::lexer::{Kind, Lexer};
/// let mut toks = Vec::new();
/// Lexer::new().with_breaks(true).lex_into("one\ntwo", &mut toks);
/// assert_eq!(toks.len(), 3);
/// assert!(matches!(toks[1].kind, Kind::Break(_)));
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct Lexer {
    breaks: bool,
}

// Byte classes of ASCII (and the lead bytes of everything else).
const OTHER: u8 = 0;
const LETTER: u8 = 1;
const DIGIT: u8 = 2;
const SPACE: u8 = 3;
const NEWLINE: u8 = 4;
const SYMBOL: u8 = 5;
const HIGH: u8 = 6;

const BYTE_CLASS: [u8; 256] = {
    let mut t = [OTHER; 256];
    let mut i = 0;
    while i < 256 {
        let b = i as u8;
        t[i] = if b >= 0x80 {
            HIGH
        } else if b.is_ascii_alphabetic() {
            LETTER
        } else if b.is_ascii_digit() {
            DIGIT
        } else if matches!(b, b'\n' | b'\r' | 0x0C) {
            NEWLINE
        } else if matches!(b, b' ' | b'\t' | 0x0B) {
            SPACE
        } else if matches!(
            b,
            b'$' | b'%'
                | b'&'
                | b'+'
                | b'<'
                | b'='
                | b'>'
                | b'^'
                | b'|'
                | b'~'
                | b'#'
                | b'@'
                | b'*'
        ) {
            SYMBOL
        } else {
            OTHER
        };
        i += 1;
    }
    t
};

/// Whether a byte after a single space starts a token the main loop reads directly (no
/// whitespace, line break or non-ASCII character, which need [`Lexer::whitespace`]'s look).
const PLAIN_AFTER_SPACE: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    while i < 256 {
        t[i] = !matches!(BYTE_CLASS[i], SPACE | NEWLINE | HIGH);
        i += 1;
    }
    t
};

const HIGH_BITS: u64 = 0x8080_8080_8080_8080;
/// Bit 5 of every byte: ORed into ASCII letters, lower-cases them.
const LOWER: u64 = 0x2020_2020_2020_2020;

/// The eight bytes from `i` as a little-endian word, zeros past the end of `b`.
#[inline(always)]
fn load8(b: &[u8], i: usize) -> u64 {
    match b.get(i..).and_then(<[u8]>::first_chunk::<8>) {
        Some(c) => u64::from_le_bytes(*c),
        None => {
            let mut a = [0u8; 8];
            let rest = b.get(i..).unwrap_or_default();
            a[..rest.len()].copy_from_slice(rest);
            u64::from_le_bytes(a)
        }
    }
}

/// The high bit of each byte of `x` that is an ASCII letter.
#[inline(always)]
const fn letter_bits(x: u64) -> u64 {
    // Lower-case every ASCII letter; a byte is a letter when it is then in `a..=z`.
    let x = x | LOWER;
    let low = x & !HIGH_BITS;
    let ge_a = low + 0x1F1F_1F1F_1F1F_1F1F; // high bit set where low >= 0x61
    let gt_z = low + 0x0505_0505_0505_0505; // high bit set where low >= 0x7B
    ge_a & !gt_z & !x & HIGH_BITS
}

/// The first `len` (0 to 7) bytes of `x`, ASCII letters, lower-cased; zero above them.
#[inline(always)]
const fn lower_letters(x: u64, len: usize) -> u64 {
    (x | LOWER) & ((1u64 << (len * 8)) - 1)
}

/// Whether `c` is a CJK character (Han, kana, `々〆〇`).
#[must_use]
pub fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x3005..=0x3007)
}

fn is_letter(c: char) -> bool {
    c.is_alphabetic() && !is_cjk(c)
}

fn is_symbol(c: char) -> bool {
    matches!(
        c,
        '¢'..='¥' | '°' | '±' | '×' | '÷' | '‰' | '§' | '％' | '＄' | '￥' | '￡' | '＋'
    ) || matches!(c as u32, 0x20A0..=0x20CF | 0x2200..=0x22FF)
}

/// A full-width digit's value.
fn wide_digit(c: char) -> Option<u32> {
    ('\u{FF10}'..='\u{FF19}')
        .contains(&c)
        .then(|| c as u32 - 0xFF10)
}

/// The byte length of a digit (ASCII or full-width) at `i`, or 0.
#[inline]
fn digit_at(b: &[u8], i: usize) -> usize {
    match b.get(i) {
        Some(c) if c.is_ascii_digit() => 1,
        // U+FF10..U+FF19 is EF BC 90..99.
        Some(0xEF)
            if b.get(i + 1) == Some(&0xBC)
                && b.get(i + 2).is_some_and(|c| (0x90..=0x99).contains(c)) =>
        {
            3
        }
        _ => 0,
    }
}

/// The byte length of a separator (`,` `.` or full-width `，` `．`) at `i` and whether it is a
/// comma, or `None`.
#[inline]
fn separator_at(b: &[u8], i: usize) -> Option<(usize, bool)> {
    match b.get(i)? {
        b',' => Some((1, true)),
        b'.' => Some((1, false)),
        // U+FF0C `，` is EF BC 8C, U+FF0E `．` is EF BC 8E.
        0xEF if b.get(i + 1) == Some(&0xBC) => match b.get(i + 2)? {
            0x8C => Some((3, true)),
            0x8E => Some((3, false)),
            _ => None,
        },
        _ => None,
    }
}

/// Digits (ASCII or full-width) from `i`: their count and end byte.
#[inline]
fn digit_run(b: &[u8], mut i: usize) -> (usize, usize) {
    let mut n = 0;
    loop {
        let k = digit_at(b, i);
        if k == 0 {
            return (n, i);
        }
        n += 1;
        i += k;
    }
}

/// The first char at byte `i` (on a boundary).
#[inline]
fn char_at(text: &str, i: usize) -> Option<char> {
    text.get(i..)?.chars().next()
}

/// Whether a list marker followed by a space starts at `i`: `-`, `*`, `•`, `·`, `–`, `—`, `1.`,
/// `1)`, `(a)`, `(1)`.
fn list_marker_at(text: &str, i: usize) -> bool {
    // The common case: a line that opens with a letter.
    if text
        .as_bytes()
        .get(i)
        .is_some_and(|&c| BYTE_CLASS[c as usize] == LETTER)
    {
        return false;
    }
    let Some(rest) = text.get(i..) else {
        return false;
    };
    let mut cs = rest.chars();
    let spaced = |s: &str| s.starts_with([' ', '\t']);
    match cs.next() {
        Some('-' | '*' | '•' | '·' | '–' | '—') => spaced(cs.as_str()),
        Some(c) if c.is_ascii_digit() => {
            let tail = rest.trim_start_matches(|c: char| c.is_ascii_digit());
            rest.len() - tail.len() <= 3 && tail.strip_prefix(['.', ')']).is_some_and(spaced)
        }
        Some('(') => {
            let inner = cs.as_str();
            let tail = inner.trim_start_matches(|c: char| c.is_ascii_alphanumeric());
            let n = inner.len() - tail.len();
            (1..=3).contains(&n) && tail.strip_prefix(')').is_some_and(spaced)
        }
        _ => false,
    }
}

impl Lexer {
    /// A lexer that records line breaks as [`Gap`]s only, without [`Kind::Break`] tokens.
    #[must_use]
    pub const fn new() -> Lexer {
        Lexer { breaks: false }
    }

    /// Whether to emit a [`Kind::Break`] token for each whitespace run holding a line break
    /// (before the next token; a break at the end of the text gives none).
    #[must_use]
    pub const fn with_breaks(self, breaks: bool) -> Lexer {
        Lexer { breaks }
    }

    /// Lexes `text` into `out` (cleared first): reuse `out` across documents to avoid an
    /// allocation per document.
    pub fn lex_into(&self, text: &str, out: &mut Vec<Token>) {
        out.clear();
        let lx = lexicon();
        let b = text.as_bytes();
        let n = b.len();
        let mut i = 0;
        let mut gap = Gap::Block;
        while let Some(&c) = b.get(i) {
            let start = i;
            let (kind, entry, classes) = match BYTE_CLASS[c as usize] {
                LETTER => {
                    // The common case: words of ASCII letters separated by single spaces,
                    // read in this inner loop without going back to the dispatch.
                    loop {
                        let (end, entry, classes) = word(text, i, lx);
                        out.push(Token {
                            span: Span::new(i, end),
                            kind: Kind::Word,
                            gap,
                            classes,
                            entry,
                        });
                        i = end;
                        gap = Gap::None;
                        // The two bytes after the word in one load.
                        match b.get(i..).and_then(<[u8]>::first_chunk::<2>) {
                            Some(&[b' ', next]) if BYTE_CLASS[next as usize] == LETTER => {
                                i += 1;
                                gap = Gap::Space;
                            }
                            Some(&[b' ', next]) if PLAIN_AFTER_SPACE[next as usize] => {
                                i += 1;
                                gap = Gap::Space;
                                break;
                            }
                            _ => break,
                        }
                    }
                    continue;
                }
                SPACE => {
                    i += 1;
                    while i < n && BYTE_CLASS[b[i] as usize] == SPACE {
                        i += 1;
                    }
                    if i < n && (b[i] >= 0x80 || BYTE_CLASS[b[i] as usize] == NEWLINE) {
                        i = self.whitespace(text, start, &mut gap, out);
                    } else if gap == Gap::None {
                        gap = Gap::Space;
                    }
                    continue;
                }
                NEWLINE => {
                    // The common cases: `\n` then a word (a soft wrap) or `\n` then an indent
                    // and a word (a block boundary); anything else takes the full look.
                    if c == b'\n' {
                        let mut j = i + 1;
                        while b.get(j).is_some_and(|&c| c == b' ' || c == b'\t') {
                            j += 1;
                        }
                        let indented = j > i + 1;
                        if b.get(j).is_some_and(|&c| {
                            BYTE_CLASS[c as usize] == LETTER
                                || (indented && PLAIN_AFTER_SPACE[c as usize])
                        }) {
                            let block = indented;
                            if gap != Gap::Block {
                                gap = if block { Gap::Block } else { Gap::Wrap };
                            }
                            if self.breaks {
                                out.push(Token {
                                    span: Span::new(i, j),
                                    kind: Kind::Break(if block {
                                        Break::Block
                                    } else {
                                        Break::Wrap
                                    }),
                                    gap: Gap::None,
                                    classes: Classes::EMPTY,
                                    entry: None,
                                });
                            }
                            i = j;
                            continue;
                        }
                    }
                    i = self.whitespace(text, start, &mut gap, out);
                    continue;
                }
                DIGIT => {
                    let (kind, end) = number(b, i);
                    i = end;
                    (kind, None, Classes::EMPTY)
                }
                SYMBOL => {
                    i += 1;
                    let entry = lx.lookup_bytes(&b[start..i]);
                    let classes = entry.map_or(Classes::EMPTY, |e| lx.classes(e));
                    (Kind::Symbol(c as char), entry, classes)
                }
                HIGH => {
                    let Some(ch) = char_at(text, i) else {
                        // Not on a boundary: cannot happen for a `&str`; step over it.
                        i += 1;
                        continue;
                    };
                    if ch.is_whitespace() {
                        i = self.whitespace(text, start, &mut gap, out);
                        continue;
                    }
                    let kind = if wide_digit(ch).is_some() {
                        let (kind, end) = number(b, i);
                        i = end;
                        kind
                    } else if is_cjk(ch) {
                        i += ch.len_utf8();
                        Kind::Cjk(ch)
                    } else if is_letter(ch) {
                        i = letters(text, i);
                        Kind::Word
                    } else if is_symbol(ch) {
                        i += ch.len_utf8();
                        Kind::Symbol(ch)
                    } else {
                        i += ch.len_utf8();
                        Kind::Punct(ch)
                    };
                    let entry = match kind {
                        Kind::Word | Kind::Cjk(_) | Kind::Symbol(_) => {
                            lx.lookup_bytes(&b[start..i])
                        }
                        _ => None,
                    };
                    (kind, entry, entry.map_or(Classes::EMPTY, |e| lx.classes(e)))
                }
                _ => {
                    i += 1;
                    (Kind::Punct(c as char), None, Classes::EMPTY)
                }
            };
            out.push(Token {
                span: Span::new(start, i),
                kind,
                gap,
                classes,
                entry,
            });
            gap = Gap::None;
            // The common case: one space, then the next token.
            if let (Some(b' '), Some(&next)) = (b.get(i), b.get(i + 1))
                && PLAIN_AFTER_SPACE[next as usize]
            {
                i += 1;
                gap = Gap::Space;
            }
        }
    }

    /// Reads the whitespace run from `start`, sets `gap` and emits a break token if asked;
    /// returns the end of the run.
    fn whitespace(&self, text: &str, start: usize, gap: &mut Gap, out: &mut Vec<Token>) -> usize {
        let b = text.as_bytes();
        let mut i = start;
        let mut breaks = 0u32;
        let mut forced = false;
        let mut first_break = None;
        let mut line_start = start;
        while i < b.len() {
            match b[i] {
                b' ' | b'\t' | 0x0B => i += 1,
                b'\n' => {
                    breaks += 1;
                    first_break.get_or_insert(i);
                    i += 1;
                    line_start = i;
                }
                b'\r' => {
                    i += 1;
                    if b.get(i) != Some(&b'\n') {
                        breaks += 1;
                        first_break.get_or_insert(i - 1);
                        line_start = i;
                    }
                }
                0x0C => {
                    forced = true;
                    first_break.get_or_insert(i);
                    i += 1;
                    line_start = i;
                }
                c if c >= 0x80 => match char_at(text, i) {
                    Some(ch) if ch.is_whitespace() => {
                        if ch == '\u{2028}' || ch == '\u{2029}' || ch == '\u{85}' {
                            breaks += 1;
                            forced |= ch == '\u{2029}';
                            first_break.get_or_insert(i);
                            i += ch.len_utf8();
                            line_start = i;
                        } else {
                            i += ch.len_utf8();
                        }
                    }
                    _ => break,
                },
                _ => break,
            }
        }
        let Some(first) = first_break else {
            if *gap == Gap::None {
                *gap = Gap::Space;
            }
            return i;
        };
        let block = forced || breaks >= 2 || i > line_start || list_marker_at(text, i);
        let g = if block { Gap::Block } else { Gap::Wrap };
        if *gap != Gap::Block {
            *gap = g;
        }
        if self.breaks && i < b.len() {
            out.push(Token {
                span: Span::new(first, i),
                kind: Kind::Break(if block { Break::Block } else { Break::Wrap }),
                gap: Gap::None,
                classes: Classes::EMPTY,
                entry: None,
            });
        }
        i
    }
}

/// The end of the run of ASCII letters that starts at byte `i` of `b` (`i` itself when `b[i]`
/// is no ASCII letter), read eight bytes at a time.
///
/// ```
/// use finnews_core::lexer::ascii_letters_end;
/// assert_eq!(ascii_letters_end(b"Mlns of dlrs", 0), 4);
/// assert_eq!(ascii_letters_end(b"abcdefghijklm 5", 2), 13);
/// assert_eq!(ascii_letters_end(b"5 mln", 0), 0);
/// ```
#[must_use]
#[inline]
pub fn ascii_letters_end(b: &[u8], i: usize) -> usize {
    ascii_letters(b, i)
}

/// The end of a run of ASCII letters from `i`, eight bytes at a time.
#[inline]
fn ascii_letters(b: &[u8], mut i: usize) -> usize {
    while let Some(chunk) = b.get(i..).and_then(<[u8]>::first_chunk::<8>) {
        let letters = letter_bits(u64::from_le_bytes(*chunk));
        if letters == HIGH_BITS {
            i += 8;
            continue;
        }
        return i + ((!letters & HIGH_BITS).trailing_zeros() / 8) as usize;
    }
    while i < b.len() && b[i].is_ascii_alphabetic() {
        i += 1;
    }
    i
}

/// The word that starts at byte `i` (an ASCII letter): its end, lexicon entry and classes.
#[inline(always)]
fn word(text: &str, i: usize, lx: &crate::lexicon::Lexicon) -> (usize, Option<EntryId>, Classes) {
    let b = text.as_bytes();
    // The common case: a word of ASCII letters, its end and its lexicon key read eight bytes
    // at a time.
    let x0 = load8(b, i);
    let m0 = letter_bits(x0);
    let (mut end, key) = if m0 != HIGH_BITS {
        let len = ((!m0 & HIGH_BITS).trailing_zeros() / 8) as usize;
        let end = i + len;
        if b.get(end).is_none_or(|&c| c < 0x80) {
            // Fewer than eight ASCII letters: a key of one word.
            return match lx.lookup_short_key(lower_letters(x0, len), len) {
                Some((e, classes)) => (end, Some(e), classes),
                None => (end, None, Classes::EMPTY),
            };
        }
        (end, None)
    } else {
        let x1 = load8(b, i + 8);
        let m1 = letter_bits(x1);
        if m1 != HIGH_BITS {
            let len = ((!m1 & HIGH_BITS).trailing_zeros() / 8) as usize;
            (i + 8 + len, Some((x0 | LOWER, lower_letters(x1, len))))
        } else {
            // Longer than any lexicon word unless it ends with non-ASCII letters (looked up
            // below).
            (ascii_letters(b, i + 16), None)
        }
    };
    let found = if b.get(end).is_some_and(|&c| c >= 0x80) {
        end = letters(text, end);
        b.get(i..end)
            .and_then(|w| lx.lookup_bytes(w))
            .map(|e| (e, lx.classes(e)))
    } else if let Some((k0, k1)) = key {
        lx.lookup_key(k0, k1, end - i)
    } else {
        None
    };
    match found {
        Some((e, classes)) => (end, Some(e), classes),
        None => (end, None, Classes::EMPTY),
    }
}

/// The end of a run of letters (ASCII or alphabetic non-CJK) from `i`.
fn letters(text: &str, mut i: usize) -> usize {
    let b = text.as_bytes();
    while i < b.len() {
        if b[i].is_ascii_alphabetic() {
            i += 1;
            continue;
        }
        if b[i] < 0x80 {
            break;
        }
        match char_at(text, i) {
            Some(ch) if is_letter(ch) => i += ch.len_utf8(),
            _ => break,
        }
    }
    i
}

/// A number token from `i` (a digit there): its kind and end.
#[inline]
fn number(b: &[u8], i: usize) -> (Kind, usize) {
    let (_, mut end) = digit_run(b, i);
    let mut grouped = false;
    let mut decimal = false;
    while let Some((k, comma)) = separator_at(b, end) {
        let (run, after) = digit_run(b, end + k);
        // `１．2025`: a full-width point after full-width digits, then ASCII digits, is a list
        // marker then a year, not one decimal (`１．５`, `1.5`, `１１.92` are decimals).
        if k == 3 && !comma && !b[end - 1].is_ascii_digit() && digit_at(b, end + k) == 1 {
            break;
        }
        let ok = if comma {
            run == 3 && !decimal
        } else {
            run >= 1 && !decimal
        };
        if !ok {
            break;
        }
        if comma {
            grouped = true;
        } else {
            decimal = true;
        }
        end = after;
    }
    (Kind::Number { grouped, decimal }, end)
}

/// The text with every soft line wrap turned into spaces, byte for byte: each `\n` and `\r` of a
/// whitespace run that the lexer reads as [`Gap::Wrap`] becomes a space, so every byte offset of
/// the result is the same as in `text` and a grammar that reads spaces sees a wrapped paragraph
/// as one line. Block boundaries (a blank line, an indented line, a list item) stay as they are.
/// Borrowed when there is nothing to change.
///
/// ```
/// use finnews_core::lexer::unwrap_soft_wraps;
/// let text = "It fell 5.93\nmln dlrs.\n\nNext paragraph";
/// let flat = unwrap_soft_wraps(text);
/// assert_eq!(flat, "It fell 5.93 mln dlrs.\n\nNext paragraph");
/// assert_eq!(flat.len(), text.len());
/// assert!(matches!(unwrap_soft_wraps("one line"), std::borrow::Cow::Borrowed(_)));
/// ```
#[must_use]
pub fn unwrap_soft_wraps(text: &str) -> std::borrow::Cow<'_, str> {
    let b = text.as_bytes();
    // The result, built from slices of `text` and single spaces (no copy unless needed), and
    // how far `text` is copied into it.
    let mut out: Option<String> = None;
    let mut copied = 0;
    let mut sink = Vec::new();
    let mut i = 0;
    while let Some(at) = next_line_break(b, i) {
        // The common cases, as `Lexer::lex_into` reads them: `\n` then a word (a soft wrap)
        // or `\n` then an indent and a word (a block boundary, left as it is).
        if b[at] == b'\n' {
            let mut j = at + 1;
            while b.get(j).is_some_and(|&c| c == b' ' || c == b'\t') {
                j += 1;
            }
            let indented = j > at + 1;
            if let Some(&c) = b.get(j) {
                if !indented && BYTE_CLASS[c as usize] == LETTER {
                    let o = out.get_or_insert_with(|| String::with_capacity(text.len()));
                    o.push_str(text.get(copied..at).unwrap_or_default());
                    o.push(' ');
                    copied = at + 1;
                    i = j;
                    continue;
                }
                if indented && PLAIN_AFTER_SPACE[c as usize] {
                    i = j;
                    continue;
                }
            }
        }
        // The whitespace run around this line break: back over spaces and tabs, then forward.
        let mut start = at;
        while start > 0 && matches!(b[start - 1], b' ' | b'\t' | 0x0B) {
            start -= 1;
        }
        let mut gap = Gap::None;
        let end = Lexer::new().whitespace(text, start, &mut gap, &mut sink);
        if gap == Gap::Wrap && end < b.len() {
            let o = out.get_or_insert_with(|| String::with_capacity(text.len()));
            for (p, &c) in b.iter().enumerate().take(end).skip(start) {
                if p >= copied && matches!(c, b'\n' | b'\r') {
                    // `p` is an ASCII byte: a character boundary, and so is `p + 1`.
                    o.push_str(text.get(copied..p).unwrap_or_default());
                    o.push(' ');
                    copied = p + 1;
                }
            }
        }
        i = end.max(at + 1);
    }
    match out {
        Some(mut o) => {
            o.push_str(text.get(copied..).unwrap_or_default());
            std::borrow::Cow::Owned(o)
        }
        None => std::borrow::Cow::Borrowed(text),
    }
}

/// The first `\n` or `\r` at or after `i`, eight bytes at a time.
#[inline]
fn next_line_break(b: &[u8], mut i: usize) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH_BITS: u64 = 0x8080_8080_8080_8080;
    while let Some(chunk) = b.get(i..i + 8) {
        let mut a = [0u8; 8];
        a.copy_from_slice(chunk);
        let x = u64::from_le_bytes(a);
        // A zero byte of `x ^ c` is a byte equal to `c`: the classic "has zero byte" test, exact
        // for the lowest such byte (borrows only run upwards from a real zero).
        let n = x ^ (ONES * u64::from(b'\n'));
        let r = x ^ (ONES * u64::from(b'\r'));
        let zn = n.wrapping_sub(ONES) & !n & HIGH_BITS;
        let zr = r.wrapping_sub(ONES) & !r & HIGH_BITS;
        let z = zn | zr;
        if z != 0 {
            return Some(i + (z.trailing_zeros() / 8) as usize);
        }
        i += 8;
    }
    b.get(i..)?
        .iter()
        .position(|&c| c == b'\n' || c == b'\r')
        .map(|k| i + k)
}

/// Lexes `text` with a [`Lexer::new`] lexer (no break tokens).
///
/// ```
/// use finnews_core::lexer::{lex, Kind};
/// let t = lex("1,234.5 bn");
/// assert_eq!(t[0].kind, Kind::Number { grouped: true, decimal: true });
/// assert_eq!(t[0].span, finnews_core::Span::new(0, 7));
/// ```
#[must_use]
pub fn lex(text: &str) -> Vec<Token> {
    let mut out = Vec::with_capacity(text.len() / 5 + 1);
    Lexer::new().lex_into(text, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::{
        BYTE_CLASS, Classes, DIGIT, Gap, HIGH, Kind, LETTER, Lexer, NEWLINE, SPACE, SYMBOL, Span,
        Token, char_at, is_cjk, is_letter, is_symbol, letters, lexicon, next_line_break, number,
        unwrap_soft_wraps, wide_digit,
    };

    /// The lexer as it first was, byte at a time, with a lexicon lookup of every word's bytes:
    /// the fast [`Lexer::lex_into`] must give exactly its tokens.
    fn reference_lex(lexer: &Lexer, text: &str, out: &mut Vec<Token>) {
        out.clear();
        let lx = lexicon();
        let b = text.as_bytes();
        let n = b.len();
        let mut i = 0;
        let mut gap = Gap::Block;
        while i < n {
            let c = b[i];
            let start = i;
            let kind = match BYTE_CLASS[c as usize] {
                SPACE => {
                    i += 1;
                    while i < n && BYTE_CLASS[b[i] as usize] == SPACE {
                        i += 1;
                    }
                    if i < n && (b[i] >= 0x80 || BYTE_CLASS[b[i] as usize] == NEWLINE) {
                        i = lexer.whitespace(text, start, &mut gap, out);
                    } else if gap == Gap::None {
                        gap = Gap::Space;
                    }
                    continue;
                }
                NEWLINE => {
                    i = lexer.whitespace(text, start, &mut gap, out);
                    continue;
                }
                LETTER => {
                    while i + 1 < n && b[i + 1].is_ascii_alphabetic() {
                        i += 1;
                    }
                    i += 1;
                    if i < n && b[i] >= 0x80 {
                        i = letters(text, i);
                    }
                    Kind::Word
                }
                DIGIT => {
                    let (kind, end) = number(b, i);
                    i = end;
                    kind
                }
                SYMBOL => {
                    i += 1;
                    Kind::Symbol(c as char)
                }
                HIGH => {
                    let Some(ch) = char_at(text, i) else {
                        // Not on a boundary: cannot happen for a `&str`; step over it.
                        i += 1;
                        continue;
                    };
                    if ch.is_whitespace() {
                        i = lexer.whitespace(text, start, &mut gap, out);
                        continue;
                    }
                    if wide_digit(ch).is_some() {
                        let (kind, end) = number(b, i);
                        i = end;
                        kind
                    } else if is_cjk(ch) {
                        i += ch.len_utf8();
                        Kind::Cjk(ch)
                    } else if is_letter(ch) {
                        i = letters(text, i);
                        Kind::Word
                    } else if is_symbol(ch) {
                        i += ch.len_utf8();
                        Kind::Symbol(ch)
                    } else {
                        i += ch.len_utf8();
                        Kind::Punct(ch)
                    }
                }
                _ => {
                    i += 1;
                    Kind::Punct(c as char)
                }
            };
            let entry = match kind {
                Kind::Word | Kind::Cjk(_) | Kind::Symbol(_) => lx.lookup_bytes(&b[start..i]),
                _ => None,
            };
            out.push(Token {
                span: Span::new(start, i),
                kind,
                gap,
                classes: entry.map_or(Classes::EMPTY, |e| lx.classes(e)),
                entry,
            });
            gap = Gap::None;
            // The common case: one space, then the next token.
            if i + 1 < n && b[i] == b' ' && BYTE_CLASS[b[i + 1] as usize] != SPACE {
                let next = BYTE_CLASS[b[i + 1] as usize];
                if next != NEWLINE && next != HIGH {
                    i += 1;
                    gap = Gap::Space;
                }
            }
        }
    }

    fn lex_both(text: &str, breaks: bool) -> (Vec<Token>, Vec<Token>) {
        let lexer = Lexer::new().with_breaks(breaks);
        let (mut fast, mut slow) = (Vec::new(), Vec::new());
        lexer.lex_into(text, &mut fast);
        reference_lex(&lexer, text, &mut slow);
        (fast, slow)
    }

    #[test]
    fn a_separator_joins_digits_of_one_width_only() {
        fn lex(t: &str) -> Vec<(&str, Kind)> {
            let mut out = Vec::new();
            Lexer::new().lex_into(t, &mut out);
            out.iter()
                .map(|k| (&t[k.span.start()..k.span.end()], k.kind))
                .collect()
        }
        // `３．2024年`: a list marker, then a year
        let t = lex("３．2024年");
        assert_eq!(
            t[0],
            (
                "３",
                Kind::Number {
                    grouped: false,
                    decimal: false
                }
            )
        );
        assert_eq!(t[2].0, "2024");
        // one width on both sides: one number
        assert_eq!(lex("３．５")[0].0, "３．５");
        assert_eq!(lex("1,250.75")[0].0, "1,250.75");
        assert_eq!(lex("１，２５０")[0].0, "１，２５０");
    }

    #[test]
    fn the_fast_lexer_agrees_with_the_reference_on_edges() {
        let long = "a".repeat(40);
        let texts = [
            "",
            "a",
            "Sales",
            "abcdefgh",
            "abcdefghi",
            "abcdefghijklmnop",
            "abcdefghijklmnopq",
            "internationalisation",
            "Mlns of dlrs\nin March\n    and\n\nthe",
            "café résumé naïve Zürich",
            "abcdefghé abcdefghijklmnopé",
            &long,
            "\n- item\n1. two\n(a) three\n\tfour",
            "end\n",
            "x \u{2028}y\u{2029}z\u{85}w \u{a0}v\r\nu\ru\x0cq\x0bp",
            "$5 % 3.2 1,234.5 ５,０００ US$ £ ¥ 万 年 令和",
            "JANUARY February mArCh sept. Tues",
        ];
        for t in texts {
            for breaks in [false, true] {
                let (fast, slow) = lex_both(t, breaks);
                assert_eq!(fast, slow, "{t:?} breaks {breaks}");
            }
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig {
            cases: 3000,
            ..proptest::prelude::ProptestConfig::default()
        })]

        #[test]
        fn the_fast_lexer_agrees_with_the_reference(
            text in "([A-Za-z]{1,20}|[a-zé]{1,10}|[0-9]{1,5}|[,.()*-]|[ \n\r\t]{1,5}|[年月日元万]|[０-９，．]|[$%€£]|(?i:million|march|tues|dlrs|pct|year|the|of|in))*"
        ) {
            for breaks in [false, true] {
                let (fast, slow) = lex_both(&text, breaks);
                proptest::prop_assert_eq!(fast, slow);
            }
        }

        #[test]
        fn the_fast_lexer_agrees_with_the_reference_on_any_text(text in "\\PC{0,60}") {
            for breaks in [false, true] {
                let (fast, slow) = lex_both(&text, breaks);
                proptest::prop_assert_eq!(fast, slow);
            }
        }
    }

    /// The byte-at-a-time form of [`unwrap_soft_wraps`]: a copy with each line-break byte of a
    /// soft wrap's whitespace run replaced.
    fn reference(text: &str) -> String {
        let b = text.as_bytes();
        let mut out = b.to_vec();
        let mut sink = Vec::new();
        let mut i = 0;
        while let Some(k) = b[i..].iter().position(|&c| c == b'\n' || c == b'\r') {
            let mut start = i + k;
            while start > 0 && matches!(b[start - 1], b' ' | b'\t' | 0x0B) {
                start -= 1;
            }
            let mut gap = Gap::None;
            let end = Lexer::new().whitespace(text, start, &mut gap, &mut sink);
            if gap == Gap::Wrap && end < b.len() {
                for c in &mut out[start..end] {
                    if matches!(*c, b'\n' | b'\r') {
                        *c = b' ';
                    }
                }
            }
            i = end.max(i + k + 1);
        }
        String::from_utf8(out).unwrap_or_default()
    }

    #[test]
    fn line_breaks_are_found_at_every_offset() {
        for len in 0..24 {
            for at in 0..len {
                for c in [b'\n', b'\r'] {
                    let mut v = vec![b'a'; len];
                    v[at] = c;
                    // A byte just above and below the break's value never counts.
                    if at + 1 < len {
                        v[at + 1] = c + 1;
                    }
                    assert_eq!(next_line_break(&v, 0), Some(at), "{len} {at}");
                    assert_eq!(next_line_break(&v, at + 1), None, "{len} {at}");
                }
            }
            assert_eq!(next_line_break(&vec![b'\x0b'; len], 0), None);
        }
    }

    proptest::proptest! {
        #[test]
        fn unwrapping_agrees_with_the_byte_at_a_time_form(
            text in "[a-zé0-9 .\\n\\r\\t\u{2028}-]{0,120}"
        ) {
            let flat = unwrap_soft_wraps(&text);
            proptest::prop_assert_eq!(flat.as_ref(), reference(&text));
        }
    }
}
