//! The lexicon: every word table of the finnews crates, registered once under a [`Class`], and
//! one O(1) lookup from a word to all its classes.
//!
//! Each table is data, in one place (the calendar tables here, re-exported from a private
//! `calendar` module; the number, money, unit and cue tables in [`crate::tables`]).
//! [`lexicon()`] builds the lookup once, on first use: an open-addressing hash table keyed on the
//! ASCII-lowercased word whose value is an [`EntryId`] with the word's [`Classes`] and, per
//! class, the row of the table it came from, so a grammar asks the token's classes and reads the
//! typed value from the table row; it never compares strings of its own. A lookup is O(1) and
//! allocates nothing: a table by first byte and length (with a bit per last byte) turns most
//! unlisted words away after one load; the others are packed into two machine words eight bytes
//! at a time, lowercased eight bytes at once, hashed and probed.
//!
//! ```
//! use finnews_core::lexicon::{lexicon, Class, MONTHS};
//!
//! let lx = lexicon();
//! let e = lx.lookup("Sept").unwrap();
//! assert!(lx.classes(e).has(Class::Month));
//! let row = lx.row(e, Class::Month).unwrap();
//! assert_eq!(MONTHS[row].1, 9);
//! assert!(lx.lookup("market").is_none());
//! ```

mod calendar;

use std::collections::HashMap;
use std::num::NonZeroU32;

use crate::tables;
use std::sync::OnceLock;

pub use calendar::*;

/// A class of words: the table a word is listed in.
///
/// A word can be in several classes (`end` is a qualifier adjective, a qualifier noun and a date
/// word). Classes without a table yet are reserved for the number and money tables.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[repr(u8)]
#[non_exhaustive]
pub enum Class {
    /// A month name or abbreviation ([`MONTHS`]).
    Month,
    /// A weekday name or abbreviation ([`WEEKDAYS`]).
    Weekday,
    /// A season name ([`SEASONS`]).
    Season,
    /// A unit of time ([`TIME_UNITS`]).
    TimeUnit,
    /// A word pointing from the reference period ([`DEICTICS`]).
    Deictic,
    /// A qualifier before a period ([`QUALIFIER_ADJECTIVES`]).
    QualifierAdjective,
    /// A qualifier noun in `the NOUN of` ([`QUALIFIER_NOUNS`]).
    QualifierNoun,
    /// A part of the day ([`DAY_PARTS`]).
    DayPart,
    /// A word that makes the four-digit number after it a year ([`YEAR_CONTEXT`]).
    YearContext,
    /// A determiner before a year used as an adjective ([`YEAR_DETERMINERS`]).
    YearDeterminer,
    /// A word before a bare plural time unit making it a duration ([`BARE_DURATION_BEFORE`]).
    BareDurationBefore,
    /// A word after a bare plural time unit making it a duration ([`BARE_DURATION_AFTER`]).
    BareDurationAfter,
    /// A word after which an ambiguous month name is a month ([`MONTH_CONTEXT`]).
    MonthContext,
    /// A word that may open a temporal phrase ([`LEADERS`]).
    Leader,
    /// A time zone after a clock time ([`TIME_ZONES`]).
    TimeZone,
    /// A vague amount (`several`) ([`VAGUE_AMOUNTS`]).
    VagueAmount,
    /// An adjective between a number and its time unit ([`DURATION_FILLERS`]).
    DurationFiller,
    /// A word after `N units` making a point in time (`ago`) ([`SHIFTS`]).
    Shift,
    /// A Japanese era name ([`ERAS`]).
    Era,
    /// A Chinese half-year word ([`CJK_HALVES`]).
    CjkHalf,
    /// A word referring to the present or the past alone (`now`) ([`REF_WORDS`]).
    RefWord,
    /// A day named from the reference day (`yesterday`) ([`RELATIVE_DAYS`]).
    RelativeDay,
    /// A function word the date grammar reads by name ([`DATE_WORDS`]).
    DateWord,
    /// A word that anchors a temporal expression ([`DATE_TRIGGERS`]).
    DateTrigger,
    /// The first character of a CJK word that anchors a temporal expression
    /// ([`CJK_DATE_WORDS`]).
    CjkLead,
    /// A scale word (`million`, `bn`, `万`).
    Scale,
    /// A currency word (`dollars`, `yen`).
    CurrencyWord,
    /// A currency symbol (`$`, `€`).
    CurrencySymbol,
    /// A unit of measure.
    Unit,
    /// A modifier of an amount (`about`, `over`).
    Modifier,
    /// A number word (`seven`, `dozen`).
    NumberWord,
    /// An ordinal word (`seventh`).
    OrdinalWord,
    /// A CJK numeral character (`三`, `万`).
    CjkNumeral,
    /// A word or CJK character of a fact cue phrase
    /// ([`tables::facts::words`]; the row is the word's id there).
    FactCue,
    /// A word that can open an English quantity: a number, ordinal, plural ordinal (`fifths`)
    /// or fraction word, an article (`a`, `an`), or the first word of a `percent of` phrase
    /// ([`tables::cues::PERCENT_OF_WORDS`]) or of a point fraction
    /// ([`tables::cues::POINT_FRACTIONS`]). A word without it starts none. The row is not
    /// meaningful (the class gathers several tables).
    QuantityStart,
    /// A word the English numeral grammar reads: a number, ordinal, plural ordinal or fraction
    /// word, or a connective ([`tables::numbers::CONNECTIVES`]): the words that have a
    /// [`tables::numbers::numeral_class`]. [`Lexicon::numeral_class`] gives that class from the
    /// entry. The row is not meaningful (the class gathers several tables).
    Numeral,
}

/// A set of [`Class`]es, one bit each.
///
/// ```
/// use finnews_core::lexicon::{Class, Classes};
/// let c = Classes::EMPTY.with(Class::Month).with(Class::Leader);
/// assert!(c.has(Class::Month));
/// assert!(!c.has(Class::Weekday));
/// assert!(c.any(Classes::of(&[Class::Weekday, Class::Leader])));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Classes(u64);

impl Classes {
    /// No class.
    pub const EMPTY: Classes = Classes(0);

    /// The set of the given classes.
    #[must_use]
    pub const fn of(classes: &[Class]) -> Classes {
        let mut bits = 0u64;
        let mut i = 0;
        while i < classes.len() {
            bits |= 1 << classes[i] as u8;
            i += 1;
        }
        Classes(bits)
    }

    /// This set with `class` added.
    #[must_use]
    pub const fn with(self, class: Class) -> Classes {
        Classes(self.0 | 1 << class as u8)
    }

    /// Whether `class` is in the set.
    #[must_use]
    pub const fn has(self, class: Class) -> bool {
        self.0 & (1 << class as u8) != 0
    }

    /// Whether the two sets share a class.
    #[must_use]
    pub const fn any(self, other: Classes) -> bool {
        self.0 & other.0 != 0
    }

    /// Whether the set is empty.
    #[must_use]
    pub const fn is_empty(self) -> bool {
        self.0 == 0
    }
}

/// The handle of one word in the [`Lexicon`], as [`Lexicon::lookup`] returns it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct EntryId(NonZeroU32);

#[derive(Debug, Clone, Copy)]
struct Entry {
    classes: Classes,
    /// Where this entry's rows start in `Lexicon::rows` (one row per class, in class order).
    rows: u32,
}

/// The word lookup built from every table; get it with [`lexicon()`].
#[derive(Debug)]
pub struct Lexicon {
    /// Open addressing, linear probing; a power of two long, at most a quarter full.
    slots: Vec<Slot>,
    shift: u32,
    /// The prefilter, by first byte and length: `filter[f(first)][len]` has bit `f(last) % 64`
    /// set for each word held (`f` is [`fold`], seven bits of it for the first byte). Most words
    /// that no table lists stop here, after one load.
    filter: Box<[[u64; MAX_WORD + 1]; 128]>,
    entries: Vec<Entry>,
    rows: Vec<u16>,
    /// Per entry of [`Class::Numeral`], its word's [`tables::numbers::numeral_class`] (filled
    /// on first use by [`Lexicon::numeral_class_of`]; the words are listed under their entry).
    numerals: OnceLock<Vec<tables::numbers::NumeralClass>>,
    /// Per entry, its word (lower case): what [`Lexicon::numeral_class_of`] fills its table from.
    words: Vec<Box<[u8]>>,
}

/// One word of the table: its lower-cased bytes packed into two words, its length (0: empty
/// slot) and its entry.
#[derive(Debug, Clone, Copy, Default)]
struct Slot {
    k0: u64,
    k1: u64,
    /// The classes of the entry, here so that a hit reads one slot only.
    classes: Classes,
    len: u32,
    /// The entry's index (never 0: entry 0 is a placeholder), 0 in an empty slot.
    id: u32,
}

/// Longest word the lexicon holds (bytes); longer words are never looked up.
const MAX_WORD: usize = 16;

/// The word's bytes, ASCII-lowercased, packed into two little-endian words (byte `j` of the
/// word at bits `8 * (j % 8)` of word `j / 8`, zero bytes after its end).
///
/// Whole-word loads instead of a loop over the bytes: two (possibly overlapping) loads of the
/// word's first and last 8, 4, 2 or 1 bytes, the second shifted into place (an overlapped byte is
/// the same byte in both, so OR-ing them is exact), then [`lower8`] on each word.
#[inline]
fn pack(word: &[u8]) -> Option<(u64, u64)> {
    let n = word.len();
    if n > MAX_WORD {
        return None;
    }
    if n > 8 {
        let head = u64::from_le_bytes(*word.first_chunk::<8>()?);
        // Bytes 8.. of the word: its last eight bytes, shifted down past those in `head`.
        let tail = u64::from_le_bytes(*word.last_chunk::<8>()?) >> ((16 - n) * 8);
        Some((lower8(head), lower8(tail)))
    } else {
        Some((lower8(pack_short(word)), 0))
    }
}

/// Up to eight bytes packed into a little-endian word (not lowercased).
#[inline]
fn pack_short(word: &[u8]) -> u64 {
    let n = word.len();
    if let Some(w) = word.first_chunk::<8>() {
        u64::from_le_bytes(*w)
    } else if let (Some(a), Some(b)) = (word.first_chunk::<4>(), word.last_chunk::<4>()) {
        u64::from(u32::from_le_bytes(*a)) | u64::from(u32::from_le_bytes(*b)) << ((n - 4) * 8)
    } else if let (Some(a), Some(b)) = (word.first_chunk::<2>(), word.last_chunk::<2>()) {
        u64::from(u16::from_le_bytes(*a)) | u64::from(u16::from_le_bytes(*b)) << ((n - 2) * 8)
    } else {
        word.first().map_or(0, |&b| u64::from(b))
    }
}

/// [`u8::to_ascii_lowercase`] on each of the eight bytes of `x` at once: `A`..=`Z` gain 0x20,
/// every other byte (non-ASCII ones too) is kept.
#[inline]
const fn lower8(x: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // Each byte's low seven bits plus a constant never carries into the next byte.
    let low7 = x & !HIGH;
    let from_a = low7 + ONES * (0x80 - b'A' as u64); // high bit: low7 >= 'A'
    let past_z = low7 + ONES * (0x80 - b'Z' as u64 - 1); // high bit: low7 > 'Z'
    let upper = from_a & !past_z & !x & HIGH; // and the byte is ASCII
    x | upper >> 2
}

/// A byte with bit 5 set: the same for an ASCII letter in either case (`f(b) ==
/// f(b.to_ascii_lowercase())` for every byte), so the prefilter needs no lowercasing.
#[inline]
const fn fold(b: u8) -> u8 {
    b | 0x20
}

/// The prefilter's row and bit of a word of `1..=MAX_WORD` bytes.
#[inline]
fn filter_at(first: u8, last: u8) -> (usize, u64) {
    (usize::from(fold(first) & 0x7F), 1 << (fold(last) & 63))
}

/// The multiplier of [`slot_hash`].
const HASH_MUL: u64 = 0x9E37_79B9_7F4A_7C15;

#[inline]
fn slot_hash(k0: u64, k1: u64) -> u64 {
    // Multiplicative hashing: the slot is taken from the top bits. The length is not hashed
    // (the packed words of two words of different lengths differ unless a word holds NUL
    // bytes; the slot compares lengths anyway).
    (k0 ^ k1.rotate_left(29)).wrapping_mul(HASH_MUL)
}

impl Lexicon {
    /// The entry of `word` (ASCII letters compared without case), if any table lists it.
    ///
    /// ```
    /// use finnews_core::lexicon::{lexicon, Class};
    /// let lx = lexicon();
    /// assert!(lx.lookup("QUARTER").is_some_and(|e| lx.classes(e).has(Class::TimeUnit)));
    /// ```
    #[must_use]
    pub fn lookup(&self, word: &str) -> Option<EntryId> {
        self.lookup_bytes(word.as_bytes())
    }

    /// [`Lexicon::lookup`] on the bytes of a word.
    #[must_use]
    #[inline]
    pub fn lookup_bytes(&self, word: &[u8]) -> Option<EntryId> {
        let n = word.len();
        let (Some(&first), Some(&last)) = (word.first(), word.last()) else {
            return None;
        };
        let (row, bit) = filter_at(first, last);
        if self.filter.get(row)?.get(n)? & bit == 0 {
            return None;
        }
        let (k0, k1) = pack(word)?;
        let mask = self.slots.len() - 1;
        let mut i = (slot_hash(k0, k1) >> self.shift) as usize & mask;
        // The table is at most a quarter full: a probe ends at an empty slot soon.
        for _ in 0..self.slots.len() {
            let s = self.slots.get(i)?;
            if s.len == 0 {
                return None;
            }
            if s.k0 == k0 && s.k1 == k1 && s.len as usize == word.len() {
                return NonZeroU32::new(s.id).map(EntryId);
            }
            i = (i + 1) & mask;
        }
        None
    }

    /// The entry and classes of a word given as its key: `len` bytes (1 to 16) packed
    /// little-endian into `k0` (bytes 0-7) and `k1` (bytes 8-15), ASCII-lowercased, zero above
    /// the word. The lexer builds the key while it finds the word's end; the result is
    /// [`Lexicon::lookup_bytes`]'s for the same word.
    #[inline]
    pub(crate) fn lookup_key(&self, k0: u64, k1: u64, len: usize) -> Option<(EntryId, Classes)> {
        let mask = self.slots.len() - 1;
        let mut i = (slot_hash(k0, k1) >> self.shift) as usize & mask;
        // The table is at most a quarter full: a probe ends at an empty slot soon. An empty
        // slot's key is 0, which no word's key is (`len` >= 1 and the first byte is no NUL).
        for _ in 0..self.slots.len() {
            let s = self.slots.get(i)?;
            if s.k0 == k0 && s.k1 == k1 && s.len as usize == len {
                return Some((EntryId(NonZeroU32::new(s.id)?), s.classes));
            }
            if s.len == 0 {
                return None;
            }
            i = (i + 1) & mask;
        }
        None
    }

    /// [`Lexicon::lookup_key`] for a word of one to eight bytes (`k1` is 0): one multiply to
    /// hash, and a probe that for most words ends at the first slot.
    #[inline(always)]
    pub(crate) fn lookup_short_key(&self, k0: u64, len: usize) -> Option<(EntryId, Classes)> {
        let mask = self.slots.len().wrapping_sub(1);
        let mut i = (k0.wrapping_mul(HASH_MUL) >> self.shift) as usize & mask;
        // The table is at most a quarter full: a probe ends at an empty slot soon (an empty
        // slot's key is 0, which no word's is).
        for _ in 0..self.slots.len() {
            let s = self.slots.get(i)?;
            if s.k0 == k0 && s.k1 == 0 && s.len as usize == len {
                return Some((EntryId(NonZeroU32::new(s.id)?), s.classes));
            }
            if s.len == 0 {
                return None;
            }
            i = (i + 1) & mask;
        }
        None
    }

    /// The classes of an entry.
    #[must_use]
    #[inline]
    pub fn classes(&self, id: EntryId) -> Classes {
        self.entries
            .get(id.0.get() as usize)
            .map_or(Classes::EMPTY, |e| e.classes)
    }

    /// What the numeral tables say about `word` (any ASCII case): the same as
    /// [`tables::numbers::numeral_class`], by one lexicon lookup instead of a hash map of its
    /// own. Empty for a word in no numeral table.
    ///
    /// ```
    /// use finnews_core::lexicon::lexicon;
    /// use finnews_core::tables::numbers::{numeral_class, NumberWord};
    /// let lx = lexicon();
    /// assert_eq!(lx.numeral_class(b"Seven").number, Some(NumberWord::Unit(7)));
    /// assert_eq!(lx.numeral_class(b"fifths"), numeral_class("fifths"));
    /// assert!(lx.numeral_class(b"market").is_empty());
    /// ```
    #[must_use]
    #[inline]
    pub fn numeral_class(&self, word: &[u8]) -> tables::numbers::NumeralClass {
        match self.lookup_bytes(word) {
            Some(id) => self.numeral_class_of(id),
            None => tables::numbers::NumeralClass::default(),
        }
    }

    /// [`Lexicon::numeral_class`] of an entry.
    #[must_use]
    #[inline]
    pub fn numeral_class_of(&self, id: EntryId) -> tables::numbers::NumeralClass {
        let numerals = self.numerals.get_or_init(|| {
            self.entries
                .iter()
                .zip(&self.words)
                .map(|(e, w)| match core::str::from_utf8(w) {
                    Ok(w) if e.classes.has(Class::Numeral) => tables::numbers::numeral_class(w),
                    _ => tables::numbers::NumeralClass::default(),
                })
                .collect()
        });
        numerals
            .get(id.0.get() as usize)
            .copied()
            .unwrap_or_default()
    }

    /// The row of `class`'s table that lists the entry's word, if it is in that class.
    #[must_use]
    #[inline]
    pub fn row(&self, id: EntryId, class: Class) -> Option<usize> {
        let e = self.entries.get(id.0.get() as usize)?;
        if !e.classes.has(class) {
            return None;
        }
        let below = e.classes.0 & ((1u64 << class as u8) - 1);
        let k = e.rows as usize + below.count_ones() as usize;
        self.rows.get(k).map(|&r| usize::from(r))
    }
}

/// Builds a [`Lexicon`]: one call of [`Builder::table`] per table.
#[derive(Debug, Default)]
struct Builder {
    /// Per word: (class, row) pairs.
    words: HashMap<Box<[u8]>, Vec<(Class, u16)>>,
}

impl Builder {
    /// Registers every word of a table under `class`; the n-th word is row n.
    fn table<'w>(&mut self, class: Class, words: impl IntoIterator<Item = &'w str>) {
        for (row, w) in words.into_iter().enumerate() {
            let key: Box<[u8]> = w.to_ascii_lowercase().into_bytes().into_boxed_slice();
            let rows = self.words.entry(key).or_default();
            // The first row of a word in a table wins (tables list each word once).
            if !rows.iter().any(|&(c, _)| c == class) {
                rows.push((class, u16::try_from(row).unwrap_or(u16::MAX)));
            }
        }
    }

    fn finish(self) -> Lexicon {
        let mut words: Vec<_> = self
            .words
            .into_iter()
            .filter(|(w, _)| w.len() <= MAX_WORD)
            .collect();
        words.sort();
        let size = (words.len() * 4).next_power_of_two().max(16);
        let mut lx = Lexicon {
            slots: vec![Slot::default(); size],
            shift: 64 - size.trailing_zeros(),
            filter: Box::new([[0; MAX_WORD + 1]; 128]),
            // Entry 0 is a placeholder: an id is never 0, so `Option<EntryId>` takes 4 bytes.
            entries: vec![Entry {
                classes: Classes::EMPTY,
                rows: 0,
            }],
            rows: Vec::new(),
            numerals: OnceLock::new(),
            words: vec![Box::default()],
        };
        let mask = size - 1;
        for (word, mut rows) in words {
            let Some((k0, k1)) = pack(&word) else {
                continue;
            };
            rows.sort();
            let classes = rows
                .iter()
                .fold(Classes::EMPTY, |c, &(class, _)| c.with(class));
            let id = u32::try_from(lx.entries.len()).unwrap_or(u32::MAX);
            lx.entries.push(Entry {
                classes,
                rows: u32::try_from(lx.rows.len()).unwrap_or(u32::MAX),
            });
            lx.rows.extend(rows.iter().map(|&(_, r)| r));
            if let (Some(&first), Some(&last)) = (word.first(), word.last()) {
                let (row, bit) = filter_at(first, last);
                lx.filter[row][word.len()] |= bit;
            }
            let mut i = (slot_hash(k0, k1) >> lx.shift) as usize & mask;
            while lx.slots[i].len != 0 {
                i = (i + 1) & mask;
            }
            lx.slots[i] = Slot {
                k0,
                k1,
                classes,
                len: u32::try_from(word.len()).unwrap_or(0),
                id,
            };
            lx.words.push(word);
        }
        lx
    }
}

fn keys<T>(table: &'static [(&'static str, T)]) -> impl Iterator<Item = &'static str> {
    table.iter().map(|r| r.0)
}

fn first_char(w: &str) -> &str {
    w.get(..w.chars().next().map_or(0, char::len_utf8))
        .unwrap_or("")
}

fn build() -> Lexicon {
    let mut b = Builder::default();
    // One line per table.
    b.table(Class::Month, keys(MONTHS));
    b.table(Class::Weekday, keys(WEEKDAYS));
    b.table(Class::Season, keys(SEASONS));
    b.table(Class::TimeUnit, TIME_UNITS.iter().map(|r| r.0));
    b.table(Class::Deictic, keys(DEICTICS));
    b.table(Class::QualifierAdjective, keys(QUALIFIER_ADJECTIVES));
    b.table(Class::QualifierNoun, keys(QUALIFIER_NOUNS));
    b.table(Class::DayPart, keys(DAY_PARTS));
    b.table(Class::YearContext, YEAR_CONTEXT.iter().copied());
    b.table(Class::YearDeterminer, YEAR_DETERMINERS.iter().copied());
    b.table(
        Class::BareDurationBefore,
        BARE_DURATION_BEFORE.iter().copied(),
    );
    b.table(
        Class::BareDurationAfter,
        BARE_DURATION_AFTER.iter().copied(),
    );
    b.table(Class::MonthContext, MONTH_CONTEXT.iter().copied());
    b.table(Class::Leader, LEADERS.iter().copied());
    b.table(Class::TimeZone, TIME_ZONES.iter().copied());
    b.table(Class::VagueAmount, VAGUE_AMOUNTS.iter().copied());
    b.table(Class::DurationFiller, DURATION_FILLERS.iter().copied());
    b.table(Class::Shift, keys(SHIFTS));
    b.table(Class::Era, keys(ERAS));
    // `R5年`: an era letter opens a date phrase.
    b.table(Class::Leader, keys(ERA_LETTERS));
    b.table(Class::CjkHalf, keys(CJK_HALVES));
    b.table(Class::RefWord, keys(REF_WORDS));
    b.table(Class::RelativeDay, keys(RELATIVE_DAYS));
    b.table(Class::DateWord, keys(DATE_WORDS));
    b.table(Class::DateTrigger, DATE_TRIGGERS.iter().copied());
    b.table(Class::CjkLead, CJK_DATE_WORDS.iter().map(|w| first_char(w)));
    // The numeral and quantity tables (`crate::tables`): a row is the index into that table.
    b.table(Class::NumberWord, keys(tables::numbers::NUMBER_WORDS));
    b.table(Class::OrdinalWord, keys(tables::numbers::ORDINAL_WORDS));
    b.table(
        Class::Scale,
        tables::numbers::SCALE_WORDS.iter().map(|s| s.word),
    );
    b.table(
        Class::CurrencyWord,
        tables::money::NAMES.iter().map(|r| r.0),
    );
    b.table(Class::CurrencySymbol, keys(tables::money::SYMBOLS));
    b.table(Class::Unit, tables::units::UNIT_ALIASES.iter().map(|r| r.0));
    b.table(Class::Modifier, keys(tables::cues::MODIFIERS));
    let cjk: Vec<String> = tables::numbers::CJK_NUMERALS
        .iter()
        .map(|(c, _)| c.to_string())
        .collect();
    b.table(Class::CjkNumeral, cjk.iter().map(String::as_str));
    b.table(Class::FactCue, tables::facts::words().iter().copied());
    // The words that can open an English quantity, from the numeral and cue tables.
    let plural_ordinals: Vec<String> = tables::numbers::ORDINAL_WORDS
        .iter()
        .map(|(w, _)| format!("{w}s"))
        .collect();
    let first_word = |w: &'static str| w.split([' ', '-']).next().unwrap_or(w);
    b.table(Class::QuantityStart, keys(tables::numbers::NUMBER_WORDS));
    b.table(Class::QuantityStart, keys(tables::numbers::ORDINAL_WORDS));
    b.table(
        Class::QuantityStart,
        plural_ordinals.iter().map(String::as_str),
    );
    b.table(
        Class::QuantityStart,
        tables::numbers::FRACTION_WORDS.iter().map(|r| r.0),
    );
    b.table(
        Class::QuantityStart,
        tables::numbers::CONNECTIVES
            .iter()
            .filter(|r| r.1 == tables::numbers::Connective::Article)
            .map(|r| r.0),
    );
    b.table(
        Class::QuantityStart,
        tables::cues::PERCENT_OF_WORDS.iter().map(|w| first_word(w)),
    );
    b.table(
        Class::QuantityStart,
        tables::cues::POINT_FRACTIONS
            .iter()
            .map(|r| first_word(r.0)),
    );
    // Every word `tables::numbers::numeral_class` knows (the tables its map is built from).
    b.table(Class::Numeral, keys(tables::numbers::NUMBER_WORDS));
    b.table(Class::Numeral, keys(tables::numbers::ORDINAL_WORDS));
    b.table(Class::Numeral, plural_ordinals.iter().map(String::as_str));
    b.table(
        Class::Numeral,
        tables::numbers::FRACTION_WORDS.iter().map(|r| r.0),
    );
    b.table(Class::Numeral, keys(tables::numbers::CONNECTIVES));
    b.finish()
}

/// The lexicon of every table, built once on first use.
///
/// ```
/// use finnews_core::lexicon::{lexicon, Class};
/// let lx = lexicon();
/// let e = lx.lookup("ago").unwrap();
/// assert!(lx.classes(e).has(Class::Shift));
/// ```
#[must_use]
pub fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(build)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_table_word_is_found_in_its_class_at_its_row() {
        let lx = lexicon();
        for (row, (w, _)) in MONTHS.iter().enumerate() {
            let e = lx.lookup(w).expect("month listed");
            assert_eq!(lx.row(e, Class::Month), Some(row));
        }
        for (row, (w, _, _)) in TIME_UNITS.iter().enumerate() {
            let e = lx.lookup(&w.to_ascii_uppercase()).expect("unit listed");
            assert_eq!(lx.row(e, Class::TimeUnit), Some(row));
        }
        for (row, (w, _)) in DATE_WORDS.iter().enumerate() {
            let e = lx.lookup(w).expect("date word listed");
            assert_eq!(lx.row(e, Class::DateWord), Some(row));
        }
    }

    #[test]
    fn quantity_start_words_are_the_numeral_and_percent_words() {
        let lx = lexicon();
        let has = |w: &str| {
            lx.lookup(w)
                .is_some_and(|e| lx.classes(e).has(Class::QuantityStart))
        };
        for w in [
            "a", "An", "seven", "Dozen", "third", "fifths", "half", "quarters", "percent",
        ] {
            assert!(has(w), "{w}");
        }
        for w in ["per", "three", "one"] {
            assert!(has(w), "{w}");
        }
        for w in ["and", "point", "of", "market", "dollars", "Sept"] {
            assert!(!has(w), "{w}");
        }
    }

    #[test]
    fn the_numeral_class_by_lookup_is_the_tables_numeral_class() {
        use tables::numbers::{
            CONNECTIVES, FRACTION_WORDS, NUMBER_WORDS, ORDINAL_WORDS, numeral_class,
        };
        let lx = lexicon();
        let mut words: Vec<String> = NUMBER_WORDS
            .iter()
            .map(|r| r.0)
            .chain(ORDINAL_WORDS.iter().map(|r| r.0))
            .chain(FRACTION_WORDS.iter().map(|r| r.0))
            .chain(CONNECTIVES.iter().map(|r| r.0))
            .map(str::to_owned)
            .collect();
        let listed = words.len();
        for w in words.clone() {
            assert!(
                w.len() <= MAX_WORD,
                "{w} is longer than the lexicon's words"
            );
            words.push(format!("{w}s"));
            words.push(w.to_ascii_uppercase());
            words.push(format!("{}x", &w[..w.len() - 1]));
            words.push(w[1..].to_owned());
        }
        words.extend(["market", "Sept", "the", "", "twenty-one", "é", "sevené"].map(str::to_owned));
        for (k, w) in words.iter().enumerate() {
            let class = lx.numeral_class(w.as_bytes());
            assert_eq!(class, numeral_class(w), "{w}");
            if k < listed {
                assert!(!class.is_empty(), "{w}");
            }
        }
    }

    #[test]
    fn a_word_in_several_tables_has_each_class_and_row() {
        let lx = lexicon();
        let e = lx.lookup("End").expect("end");
        let c = lx.classes(e);
        assert!(c.has(Class::QualifierAdjective) && c.has(Class::QualifierNoun));
        assert!(c.has(Class::DateWord) && c.has(Class::MonthContext));
        assert!(!c.has(Class::Month));
        assert_eq!(
            QUALIFIER_NOUNS[lx.row(e, Class::QualifierNoun).unwrap()].0,
            "end"
        );
        assert_eq!(lx.row(e, Class::Month), None);
    }

    #[test]
    fn cjk_and_unknown_words() {
        let lx = lexicon();
        assert!(
            lx.lookup("令和")
                .is_some_and(|e| lx.classes(e).has(Class::Era))
        );
        assert!(lx.lookup("").is_none());
        assert!(lx.lookup("marketplace").is_none());
        assert!(lx.lookup(&"x".repeat(100)).is_none());
    }

    #[test]
    fn numeral_and_quantity_tables_have_their_classes() {
        let lx = lexicon();
        let has = |w: &str, c: Class| lx.lookup(w).is_some_and(|e| lx.classes(e).has(c));
        assert!(has("Million", Class::Scale));
        assert!(has("dlrs", Class::CurrencyWord));
        assert!(has("seventeen", Class::NumberWord));
        assert!(has("third", Class::OrdinalWord));
        assert!(has("万", Class::CjkNumeral));
        assert!(!has("sales", Class::Scale));
        let e = lx.lookup("million").unwrap();
        let row = lx.row(e, Class::Scale).unwrap();
        assert_eq!(tables::numbers::SCALE_WORDS[row].word, "million");
    }

    #[test]
    fn every_fact_cue_word_is_found_at_its_id() {
        let lx = lexicon();
        for (id, w) in tables::facts::words().iter().enumerate() {
            let e = lx.lookup(w).expect("fact cue word listed");
            assert_eq!(lx.row(e, Class::FactCue), Some(id), "{w}");
        }
        // A word of several tables keeps its other classes and rows.
        let e = lx.lookup("year").unwrap();
        assert!(lx.classes(e).has(Class::TimeUnit) && lx.classes(e).has(Class::FactCue));
        // A word of other tables only has no fact cue class.
        let e = lx.lookup("sales").unwrap();
        assert!(!lx.classes(e).has(Class::FactCue) && lx.row(e, Class::FactCue).is_none());
    }

    /// The reference the fast lookup must agree with on every input: the word packed byte by
    /// byte as the lookup first did, then compared with every slot (no prefilter, no hash).
    fn reference_lookup(lx: &Lexicon, word: &[u8]) -> Option<EntryId> {
        if word.is_empty() || word.len() > MAX_WORD {
            return None;
        }
        let k = reference_pack(word);
        lx.slots
            .iter()
            .find(|s| s.len != 0 && (s.k0, s.k1, s.len as usize) == (k.0, k.1, word.len()))
            .and_then(|s| NonZeroU32::new(s.id).map(EntryId))
    }

    fn reference_pack(word: &[u8]) -> (u64, u64) {
        let mut k = [0u64; 2];
        for (j, &c) in word.iter().enumerate() {
            k[j >> 3] |= u64::from(c.to_ascii_lowercase()) << ((j & 7) * 8);
        }
        (k[0], k[1])
    }

    /// Every key the lexicon holds, unpacked from its slots.
    fn keys_held(lx: &Lexicon) -> Vec<Vec<u8>> {
        lx.slots
            .iter()
            .filter(|s| s.len != 0)
            .map(|s| {
                let mut b = [s.k0.to_le_bytes(), s.k1.to_le_bytes()].concat();
                b.truncate(s.len as usize);
                b
            })
            .collect()
    }

    #[test]
    fn probes_are_short() {
        // Every key sits within a few slots of its hash's slot: the hash spreads the keys.
        let lx = lexicon();
        let mask = lx.slots.len() - 1;
        let mut longest = 0;
        for (at, s) in lx.slots.iter().enumerate().filter(|(_, s)| s.len != 0) {
            let home = (slot_hash(s.k0, s.k1) >> lx.shift) as usize & mask;
            longest = longest.max(at.wrapping_sub(home) & mask);
        }
        assert!(longest <= 8, "a key {longest} slots from its home");
    }

    #[test]
    fn the_short_key_lookup_agrees_with_the_byte_lookup() {
        let lx = lexicon();
        let check = |w: &[u8]| {
            if (1..=8).contains(&w.len()) {
                let (k0, k1) = pack(w).expect("short");
                assert_eq!(k1, 0);
                let want = lx.lookup_bytes(w).map(|e| (e, lx.classes(e)));
                assert_eq!(lx.lookup_short_key(k0, w.len()), want, "{w:?}");
                assert_eq!(lx.lookup_key(k0, 0, w.len()), want, "{w:?}");
            }
        };
        let mut found = 0;
        for k in keys_held(lx) {
            check(&k);
            check(&k.to_ascii_uppercase());
            check(&[k.as_slice(), b"s"].concat());
            check(&k[..k.len() - 1]);
            found += usize::from(k.len() <= 8);
        }
        assert!(found > 300, "{found} short keys");
        for w in ["market", "company", "Shares", "a", "zz", "abcdefgh"] {
            check(w.as_bytes());
        }
    }

    #[test]
    fn lower8_is_ascii_lowercase_on_every_byte() {
        for b in 0..=255u8 {
            let x = u64::from_le_bytes([b, b'Q', 0x80 | b, b'@', b'[', 0xDA, b.wrapping_add(1), b]);
            let want = u64::from_le_bytes(x.to_le_bytes().map(|c| c.to_ascii_lowercase()));
            assert_eq!(lower8(x), want, "byte {b:#04x}");
        }
    }

    #[test]
    fn every_key_in_every_case_is_found_as_the_reference_finds_it() {
        let lx = lexicon();
        let keys = keys_held(lx);
        assert!(keys.len() > 500, "{} keys", keys.len());
        for k in &keys {
            let upper = k.to_ascii_uppercase();
            let mut title = k.clone();
            title[0] = title[0].to_ascii_uppercase();
            for w in [k, &upper, &title] {
                let got = lx.lookup_bytes(w);
                assert!(got.is_some(), "{:?}", String::from_utf8_lossy(w));
                assert_eq!(got, reference_lookup(lx, w));
                assert_eq!(pack(w), Some(reference_pack(w)));
            }
            // Every proper prefix and the word with one more letter: as the reference says.
            for n in 0..k.len() {
                assert_eq!(lx.lookup_bytes(&k[..n]), reference_lookup(lx, &k[..n]));
            }
            let mut more = k.clone();
            more.push(b's');
            assert_eq!(lx.lookup_bytes(&more), reference_lookup(lx, &more));
        }
    }

    /// Bytes that exercise the lowercasing edges (`@`, `[`, `` ` ``, `{`, the letters, their
    /// non-ASCII twins with the high bit set) and UTF-8 lead bytes of CJK text.
    fn edge_bytes() -> impl proptest::strategy::Strategy<Value = u8> {
        use proptest::prelude::*;
        prop_oneof![
            b'a'..=b'z',
            b'A'..=b'Z',
            prop::sample::select(vec![b'@', b'[', b'`', b'{', b'-', b'.', b'$', b'0', b'9']),
            any::<u8>(),
            prop::sample::select(vec![0xC1, 0xDA, 0xDB, 0xE4, 0xE5, 0xE6, 0xBA, 0x80]),
        ]
    }

    proptest::proptest! {
        #[test]
        fn random_words_agree_with_the_reference(
            w in proptest::collection::vec(edge_bytes(), 0..20)
        ) {
            let lx = lexicon();
            proptest::prop_assert_eq!(lx.lookup_bytes(&w), reference_lookup(lx, &w));
            if w.len() <= MAX_WORD {
                proptest::prop_assert_eq!(pack(&w), Some(reference_pack(&w)));
            } else {
                proptest::prop_assert_eq!(pack(&w), None);
            }
        }

        #[test]
        fn mutated_table_words_agree_with_the_reference(
            pick in 0usize..10_000,
            flips in proptest::collection::vec(proptest::bool::ANY, 16),
            edit in 0usize..16,
            with in edge_bytes(),
            how in 0u8..4,
        ) {
            let lx = lexicon();
            let keys = keys_held(lx);
            let mut w = keys[pick % keys.len()].clone();
            for (c, &f) in w.iter_mut().zip(&flips) {
                if f {
                    *c = c.to_ascii_uppercase();
                }
            }
            let at = edit % (w.len() + 1);
            match how {
                0 => {}
                1 => w.insert(at, with),
                2 if at < w.len() => w[at] = with,
                _ => w.truncate(at),
            }
            proptest::prop_assert_eq!(lx.lookup_bytes(&w), reference_lookup(lx, &w));
        }
    }
}
