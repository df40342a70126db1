//! A small tokenizer over a window of the text: words, digit runs, CJK characters, punctuation.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Letters (ASCII or non-CJK alphabetic).
    Word,
    /// Digits (ASCII or full-width); `grouped` when it has `,ddd` groups, `decimal` when it has a
    /// fraction.
    Num { grouped: bool, decimal: bool },
    /// One CJK character.
    Cjk(char),
    /// Any other non-space character.
    Punct(char),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Tok {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) kind: Kind,
}

fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x3005..=0x3007)
}

fn digit(c: char) -> bool {
    c.is_ascii_digit() || ('\u{FF10}'..='\u{FF19}').contains(&c)
}

fn letter(c: char) -> bool {
    c.is_ascii_alphabetic() || (!c.is_ascii() && c.is_alphabetic() && !is_cjk(c))
}

/// Tokenizes `text[from..]` into `out` (cleared first), stopping after `max` tokens or at
/// `limit` bytes.
pub(crate) fn tokenize(text: &str, from: usize, limit: usize, max: usize, out: &mut Vec<Tok>) {
    out.clear();
    let Some(rest) = text.get(from..) else {
        return;
    };
    let mut it = rest.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        let start = from + i;
        if start >= limit || out.len() >= max {
            break;
        }
        if c.is_whitespace() {
            continue;
        }
        let mut end = start + c.len_utf8();
        let kind = if letter(c) {
            while let Some(&(j, d)) = it.peek() {
                if !letter(d) {
                    break;
                }
                end = from + j + d.len_utf8();
                it.next();
            }
            Kind::Word
        } else if digit(c) {
            let mut grouped = false;
            let mut decimal = false;
            while let Some(&(j, d)) = it.peek() {
                if digit(d) {
                    end = from + j + d.len_utf8();
                    it.next();
                    continue;
                }
                if d == ',' || d == '.' {
                    // `,ddd` group or `.d` fraction: look ahead without consuming.
                    let after = &rest[j + 1..];
                    let run = after.bytes().take_while(u8::is_ascii_digit).count();
                    let ok = if d == ',' {
                        run == 3 && !decimal
                    } else {
                        run >= 1 && !decimal
                    };
                    if ok {
                        if d == ',' {
                            grouped = true;
                        } else {
                            decimal = true;
                        }
                        it.next();
                        for _ in 0..run {
                            it.next();
                        }
                        end = from + j + 1 + run;
                        continue;
                    }
                }
                break;
            }
            Kind::Num { grouped, decimal }
        } else if is_cjk(c) {
            Kind::Cjk(c)
        } else {
            Kind::Punct(c)
        };
        out.push(Tok { start, end, kind });
    }
}

/// The value of a digit run (ASCII or full-width), if it fits.
pub(crate) fn digits_value(s: &str) -> Option<u32> {
    let mut v: u32 = 0;
    let mut any = false;
    for c in s.chars() {
        let d = if c.is_ascii_digit() {
            c as u32 - '0' as u32
        } else if ('\u{FF10}'..='\u{FF19}').contains(&c) {
            c as u32 - 0xFF10
        } else {
            return None;
        };
        v = v.checked_mul(10)?.checked_add(d)?;
        any = true;
    }
    any.then_some(v)
}
