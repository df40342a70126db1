//! The word tables of the numeral and quantity grammars, as data: number words, ordinal words,
//! scale words, fraction words, CJK numerals ([`numbers`]), currency codes, symbols, names and
//! aliases ([`money`]), measure units ([`units`]) and the cue words around a quantity
//! (modifiers, identifier words, percent words: [`cues`]).
//!
//! Each table is a `pub const` slice, in one place, so every reader (the numeral and quantity
//! grammars, a lexicon that classifies tokens) builds from the same entries. Next to each table
//! sit its lookups: O(1) hash lookups on the ASCII-lowercased word (looked up through a small
//! stack buffer, no allocation), or, for tables matched at a position (symbols, multi-word
//! names), the candidates sharing a first (or last) byte, longest first.
//!
//! ```
//! use finnews_core::tables::numbers::{number_word, NumberWord};
//! assert_eq!(number_word("Twenty"), Some(NumberWord::Tens(20)));
//! assert_eq!(number_word("twentyish"), None);
//! ```

pub mod cjk;
pub mod cues;
pub mod facts;
pub mod money;
pub mod numbers;
pub mod units;

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// The longest word the exact-word maps hold (longer words are never in a table).
const MAX_WORD: usize = 32;

/// `word` lower-cased (ASCII) into `buf`; `None` when it is longer than the buffer.
///
/// # Example
///
/// ```
/// let mut buf = [0u8; 32];
/// assert_eq!(finnews_core::tables::ascii_lower("MiLLion", &mut buf), Some("million"));
/// ```
#[must_use]
#[inline]
pub fn ascii_lower<'b>(word: &str, buf: &'b mut [u8; MAX_WORD]) -> Option<&'b str> {
    let w = word.as_bytes();
    let out = buf.get_mut(..w.len())?;
    out.copy_from_slice(w);
    out.make_ascii_lowercase();
    core::str::from_utf8(out).ok()
}

/// FNV-1a: a fast hash for short words (table keys are fixed data, not chosen by a text's
/// author), shared by every word index of the workspace.
///
/// ```
/// use std::collections::HashMap;
/// use std::hash::BuildHasherDefault;
/// let mut m: HashMap<&str, u8, BuildHasherDefault<finnews_core::tables::Fnv>> = HashMap::default();
/// m.insert("dlrs", 1);
/// assert_eq!(m.get("dlrs"), Some(&1));
/// ```
#[derive(Debug, Default, Clone, Copy)]
pub struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// An exact-word map, case-insensitive for ASCII: built once from a table. Two cheap gates (the
/// word's length and its first byte) refuse most words before the hash lookup.
struct WordMap<V: 'static> {
    map: HashMap<&'static str, V, BuildHasherDefault<Fnv>>,
    /// Bit `n` set when a word of `n` bytes is in the map.
    lens: u64,
    /// Which first bytes (either ASCII case) a word in the map starts with.
    first: [bool; 256],
}

impl<V: Copy> WordMap<V> {
    /// From `(word, value)` pairs; the first entry of a word wins. Words are stored lower-case
    /// (every table lists them so).
    fn new(entries: impl IntoIterator<Item = (&'static str, V)>) -> WordMap<V> {
        let mut map = HashMap::default();
        let mut lens = 0u64;
        let mut first = [false; 256];
        for (w, v) in entries {
            map.entry(w).or_insert(v);
            if let Some(&c) = w.as_bytes().first()
                && w.len() < 64
            {
                lens |= 1 << w.len();
                first[usize::from(c.to_ascii_lowercase())] = true;
                first[usize::from(c.to_ascii_uppercase())] = true;
            }
        }
        WordMap { map, lens, first }
    }

    #[inline]
    fn get(&self, word: &str) -> Option<V> {
        let &c = word.as_bytes().first()?;
        if word.len() > MAX_WORD
            || self.lens & (1 << word.len()) == 0
            || !self.first[usize::from(c)]
        {
            return None;
        }
        if word.bytes().all(|b| !b.is_ascii_uppercase()) {
            return self.map.get(word).copied();
        }
        let mut buf = [0u8; MAX_WORD];
        self.map.get(ascii_lower(word, &mut buf)?).copied()
    }
}

/// Entries bucketed by one byte of their spelling (the first or the last, ASCII-lowercased),
/// longest first in each bucket: the candidates for a match at a position.
struct Buckets<E: 'static>(Vec<Vec<E>>);

impl<E: Copy> Buckets<E> {
    fn new(entries: impl IntoIterator<Item = E>, key: impl Fn(&E) -> (u8, usize)) -> Buckets<E> {
        let mut v: Vec<Vec<E>> = vec![Vec::new(); 256];
        for e in entries {
            let (b, _) = key(&e);
            v[usize::from(b.to_ascii_lowercase())].push(e);
        }
        for bucket in &mut v {
            bucket.sort_by_key(|e| core::cmp::Reverse(key(e).1));
        }
        Buckets(v)
    }

    #[inline]
    fn get(&self, byte: u8) -> &[E] {
        self.0
            .get(usize::from(byte.to_ascii_lowercase()))
            .map_or(&[], Vec::as_slice)
    }
}

/// A 256-entry byte set: which bytes (ASCII either case) can begin (or end) a table's entries.
#[derive(Clone, Debug)]
pub struct ByteSet([bool; 256]);

impl ByteSet {
    fn of<'s>(words: impl Iterator<Item = &'s str>, last: bool) -> ByteSet {
        let mut f = [false; 256];
        for w in words {
            let b = w.as_bytes();
            let Some(&c) = (if last { b.last() } else { b.first() }) else {
                continue;
            };
            f[usize::from(c)] = true;
            f[usize::from(c.to_ascii_uppercase())] = true;
            f[usize::from(c.to_ascii_lowercase())] = true;
        }
        ByteSet(f)
    }

    /// Whether `c` is in the set (`None` is not).
    ///
    /// # Example
    ///
    /// ```
    /// let first = finnews_core::tables::cues::percent_first_bytes();
    /// assert!(first.has(Some(&b'%')));
    /// assert!(!first.has(Some(&b'z')));
    /// ```
    #[must_use]
    #[inline]
    pub fn has(&self, c: Option<&u8>) -> bool {
        c.is_some_and(|&c| self.0[usize::from(c)])
    }

    /// Adds a byte.
    fn add(&mut self, c: u8) {
        self.0[usize::from(c)] = true;
    }
}
