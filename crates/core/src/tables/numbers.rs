//! Number words, ordinal words, fraction words, scale words and CJK numerals: the tables of the
//! numeral grammar, with their lookups.

use std::sync::OnceLock;

use super::{Buckets, ByteSet, WordMap};

/// What an English number word does in the numeral grammar.
///
/// # Example
///
/// ```
/// use finnews_core::tables::numbers::{number_word, NumberWord};
/// assert_eq!(number_word("million"), Some(NumberWord::Big(6)));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NumberWord {
    /// zero..nine.
    Unit(u32),
    /// ten..nineteen.
    Teen(u32),
    /// twenty..ninety.
    Tens(u32),
    /// hundred.
    Hundred,
    /// thousand, million, ... lakh, crore: the power of ten.
    Big(u32),
    /// dozen.
    Dozen,
}

/// English cardinal number words (lower case).
pub const NUMBER_WORDS: &[(&str, NumberWord)] = &[
    ("zero", NumberWord::Unit(0)),
    ("nought", NumberWord::Unit(0)),
    ("naught", NumberWord::Unit(0)),
    ("one", NumberWord::Unit(1)),
    ("two", NumberWord::Unit(2)),
    ("three", NumberWord::Unit(3)),
    ("four", NumberWord::Unit(4)),
    ("five", NumberWord::Unit(5)),
    ("six", NumberWord::Unit(6)),
    ("seven", NumberWord::Unit(7)),
    ("eight", NumberWord::Unit(8)),
    ("nine", NumberWord::Unit(9)),
    ("ten", NumberWord::Teen(10)),
    ("eleven", NumberWord::Teen(11)),
    ("twelve", NumberWord::Teen(12)),
    ("thirteen", NumberWord::Teen(13)),
    ("fourteen", NumberWord::Teen(14)),
    ("fifteen", NumberWord::Teen(15)),
    ("sixteen", NumberWord::Teen(16)),
    ("seventeen", NumberWord::Teen(17)),
    ("eighteen", NumberWord::Teen(18)),
    ("nineteen", NumberWord::Teen(19)),
    ("twenty", NumberWord::Tens(20)),
    ("thirty", NumberWord::Tens(30)),
    ("forty", NumberWord::Tens(40)),
    ("fourty", NumberWord::Tens(40)),
    ("fifty", NumberWord::Tens(50)),
    ("sixty", NumberWord::Tens(60)),
    ("seventy", NumberWord::Tens(70)),
    ("eighty", NumberWord::Tens(80)),
    ("ninety", NumberWord::Tens(90)),
    ("hundred", NumberWord::Hundred),
    ("hundreds", NumberWord::Hundred),
    ("thousand", NumberWord::Big(3)),
    ("million", NumberWord::Big(6)),
    ("billion", NumberWord::Big(9)),
    ("trillion", NumberWord::Big(12)),
    ("lakh", NumberWord::Big(5)),
    ("lakhs", NumberWord::Big(5)),
    ("lac", NumberWord::Big(5)),
    ("crore", NumberWord::Big(7)),
    ("crores", NumberWord::Big(7)),
    ("dozen", NumberWord::Dozen),
    ("dozens", NumberWord::Dozen),
    ("dzs", NumberWord::Dozen),
    ("doz", NumberWord::Dozen),
    ("dozs", NumberWord::Dozen),
];

/// English ordinal words (lower case), with the [`NumberWord`] they are the ordinal of. A plural
/// (`fifths`) is the word with an `s`.
pub const ORDINAL_WORDS: &[(&str, NumberWord)] = &[
    ("first", NumberWord::Unit(1)),
    ("second", NumberWord::Unit(2)),
    ("third", NumberWord::Unit(3)),
    ("fourth", NumberWord::Unit(4)),
    ("fifth", NumberWord::Unit(5)),
    ("sixth", NumberWord::Unit(6)),
    ("seventh", NumberWord::Unit(7)),
    ("eighth", NumberWord::Unit(8)),
    ("ninth", NumberWord::Unit(9)),
    ("nineth", NumberWord::Unit(9)),
    ("tenth", NumberWord::Teen(10)),
    ("eleventh", NumberWord::Teen(11)),
    ("twelfth", NumberWord::Teen(12)),
    ("thirteenth", NumberWord::Teen(13)),
    ("fourteenth", NumberWord::Teen(14)),
    ("fifteenth", NumberWord::Teen(15)),
    ("sixteenth", NumberWord::Teen(16)),
    ("seventeenth", NumberWord::Teen(17)),
    ("eighteenth", NumberWord::Teen(18)),
    ("nineteenth", NumberWord::Teen(19)),
    ("twentieth", NumberWord::Tens(20)),
    ("thirtieth", NumberWord::Tens(30)),
    ("fortieth", NumberWord::Tens(40)),
    ("fiftieth", NumberWord::Tens(50)),
    ("sixtieth", NumberWord::Tens(60)),
    ("seventieth", NumberWord::Tens(70)),
    ("eightieth", NumberWord::Tens(80)),
    ("ninetieth", NumberWord::Tens(90)),
    ("hundredth", NumberWord::Hundred),
    ("thousandth", NumberWord::Big(3)),
    ("millionth", NumberWord::Big(6)),
    ("billionth", NumberWord::Big(9)),
    ("trillionth", NumberWord::Big(12)),
];

/// Fraction denominators that are not ordinal words (lower case): the word, its denominator,
/// and whether it is plural (`halves`).
pub const FRACTION_WORDS: &[(&str, u32, bool)] = &[
    ("half", 2, false),
    ("halves", 2, true),
    ("quarter", 4, false),
    ("quarters", 4, true),
];

/// The small words of the English numeral grammar that are not numbers themselves.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Connective {
    /// `a`, `an`: one (`a dozen`, `a half`).
    Article,
    /// `and` (`two hundred and five`, `one and a half`).
    And,
    /// `point` (`two point five`).
    Point,
    /// `of` (`two thirds of a million`).
    Of,
}

/// The connective words of the English numeral grammar (lower case).
pub const CONNECTIVES: &[(&str, Connective)] = &[
    ("a", Connective::Article),
    ("an", Connective::Article),
    ("and", Connective::And),
    ("point", Connective::Point),
    ("of", Connective::Of),
];

/// The words between a fraction and its scale word (`two thirds of a million`).
pub const FRACTION_OF_A: &str = " of a ";

/// Ordinal suffixes written after digits (`1st`, `2nd`, `3rd`, `5th`), lower case.
pub const ORDINAL_SUFFIXES: &[&str] = &["st", "nd", "rd", "th"];

/// The suffix that makes digits the plural name of a thing (`747s`, `1980s`, `DC10s`): a
/// group of digits that carries it names things and is no thousands group of the number
/// before it (`15 747s` is fifteen 747s, not 15,747).
///
/// ```
/// assert_eq!(finnews_core::tables::numbers::DIGITS_PLURAL_SUFFIX, "s");
/// ```
pub const DIGITS_PLURAL_SUFFIX: &str = "s";

/// What a CJK numeral character does.
///
/// # Example
///
/// ```
/// use finnews_core::tables::numbers::{cjk_numeral, CjkNumeral};
/// assert_eq!(cjk_numeral('亿'), Some(CjkNumeral::Big(8)));
/// assert_eq!(cjk_numeral('元'), None);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CjkNumeral {
    /// A digit 0..9.
    Digit(u32),
    /// 十, 百, 千: a power of ten below ten thousand.
    Small(u32),
    /// 万, 亿, 兆: a power of ten from ten thousand up.
    Big(u32),
    /// 点: the decimal point.
    Point,
}

/// CJK numeral characters, simplified, traditional and financial forms.
pub const CJK_NUMERALS: &[(char, CjkNumeral)] = &[
    ('零', CjkNumeral::Digit(0)),
    ('〇', CjkNumeral::Digit(0)),
    ('一', CjkNumeral::Digit(1)),
    ('壹', CjkNumeral::Digit(1)),
    ('二', CjkNumeral::Digit(2)),
    ('贰', CjkNumeral::Digit(2)),
    ('貳', CjkNumeral::Digit(2)),
    ('两', CjkNumeral::Digit(2)),
    ('倆', CjkNumeral::Digit(2)),
    ('俩', CjkNumeral::Digit(2)),
    ('兩', CjkNumeral::Digit(2)),
    ('三', CjkNumeral::Digit(3)),
    ('叁', CjkNumeral::Digit(3)),
    ('參', CjkNumeral::Digit(3)),
    ('四', CjkNumeral::Digit(4)),
    ('肆', CjkNumeral::Digit(4)),
    ('五', CjkNumeral::Digit(5)),
    ('伍', CjkNumeral::Digit(5)),
    ('六', CjkNumeral::Digit(6)),
    ('陆', CjkNumeral::Digit(6)),
    ('陸', CjkNumeral::Digit(6)),
    ('七', CjkNumeral::Digit(7)),
    ('柒', CjkNumeral::Digit(7)),
    ('八', CjkNumeral::Digit(8)),
    ('捌', CjkNumeral::Digit(8)),
    ('九', CjkNumeral::Digit(9)),
    ('玖', CjkNumeral::Digit(9)),
    ('十', CjkNumeral::Small(1)),
    ('拾', CjkNumeral::Small(1)),
    ('百', CjkNumeral::Small(2)),
    ('佰', CjkNumeral::Small(2)),
    ('千', CjkNumeral::Small(3)),
    ('仟', CjkNumeral::Small(3)),
    ('万', CjkNumeral::Big(4)),
    ('萬', CjkNumeral::Big(4)),
    ('亿', CjkNumeral::Big(8)),
    ('億', CjkNumeral::Big(8)),
    ('兆', CjkNumeral::Big(12)),
    ('点', CjkNumeral::Point),
    ('點', CjkNumeral::Point),
];

/// The character that makes a CJK ordinal (`第五`).
pub const CJK_ORDINAL_PREFIX: char = '第';

/// A scale word or abbreviation written after a number: its power of ten, and whether it is an
/// ambiguous single letter that only context makes a scale (`m` is million in `$5m`, metres in
/// `5m deep`).
///
/// Matched case-insensitively unless `exact` is set (then the case must match: `M`, `G`, `MM`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ScaleWord {
    /// The spelling.
    pub word: &'static str,
    /// The power of ten; `dozen` (12) is written as power 1 with factor 12.
    pub power: u32,
    /// The multiplier.
    pub factor: u64,
    /// A letter that is a scale only in context.
    pub ambiguous: bool,
    /// Matched with its exact case.
    pub exact: bool,
}

const fn sw(word: &'static str, power: u32, ambiguous: bool, exact: bool) -> ScaleWord {
    ScaleWord {
        word,
        power,
        factor: 10_u64.pow(power),
        ambiguous,
        exact,
    }
}

/// Every scale word.
pub const SCALE_WORDS: &[ScaleWord] = &[
    ScaleWord {
        word: "dozen",
        power: 1,
        factor: 12,
        ambiguous: false,
        exact: false,
    },
    ScaleWord {
        word: "dozens",
        power: 1,
        factor: 12,
        ambiguous: false,
        exact: false,
    },
    ScaleWord {
        word: "dzs",
        power: 1,
        factor: 12,
        ambiguous: false,
        exact: false,
    },
    ScaleWord {
        word: "dozs",
        power: 1,
        factor: 12,
        ambiguous: false,
        exact: false,
    },
    sw("hundred", 2, false, false),
    sw("thousand", 3, false, false),
    sw("million", 6, false, false),
    sw("billion", 9, false, false),
    sw("trillion", 12, false, false),
    sw("lakh", 5, false, false),
    sw("lakhs", 5, false, false),
    sw("crore", 7, false, false),
    sw("crores", 7, false, false),
    sw("thousands", 3, false, false),
    sw("millions", 6, false, false),
    sw("billions", 9, false, false),
    sw("mln", 6, false, false),
    sw("mn", 6, false, false),
    sw("mil", 6, false, false),
    sw("mio", 6, false, false),
    sw("MM", 6, false, true),
    sw("bln", 9, false, false),
    sw("bn", 9, false, false),
    sw("billon", 9, false, false),
    sw("tln", 12, false, false),
    sw("trn", 12, false, false),
    sw("tn", 12, false, false),
    sw("k", 3, false, false),
    sw("M", 6, false, true),
    sw("m", 6, true, true),
    sw("b", 9, false, false),
    sw("G", 9, false, true),
    sw("万亿", 12, false, true),
    sw("萬億", 12, false, true),
    sw("千亿", 11, false, true),
    sw("千億", 11, false, true),
    sw("百亿", 10, false, true),
    sw("百億", 10, false, true),
    sw("十亿", 9, false, true),
    sw("十億", 9, false, true),
    sw("千万", 7, false, true),
    sw("千萬", 7, false, true),
    sw("百万", 6, false, true),
    sw("百萬", 6, false, true),
    sw("十万", 5, false, true),
    sw("十萬", 5, false, true),
    sw("万", 4, false, true),
    sw("萬", 4, false, true),
    sw("亿", 8, false, true),
    sw("億", 8, false, true),
    sw("兆", 12, false, true),
    sw("千", 3, false, true),
    sw("仟", 3, false, true),
    sw("百", 2, false, true),
    sw("佰", 2, false, true),
];

/// Unicode vulgar fractions: numerator and denominator.
pub const VULGAR_FRACTIONS: &[(char, u32, u32)] = &[
    ('½', 1, 2),
    ('⅓', 1, 3),
    ('⅔', 2, 3),
    ('¼', 1, 4),
    ('¾', 3, 4),
    ('⅕', 1, 5),
    ('⅖', 2, 5),
    ('⅗', 3, 5),
    ('⅘', 4, 5),
    ('⅙', 1, 6),
    ('⅚', 5, 6),
    ('⅛', 1, 8),
    ('⅜', 3, 8),
    ('⅝', 5, 8),
    ('⅞', 7, 8),
];

/// Everything the numeral tables say about one word: found with one lookup.
///
/// # Example
///
/// ```
/// use finnews_core::tables::numbers::{numeral_class, NumberWord};
/// let c = numeral_class("Fifths");
/// assert_eq!(c.ordinal, Some((NumberWord::Unit(5), true)));
/// assert_eq!(c.number, None);
/// assert!(numeral_class("have").is_empty());
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct NumeralClass {
    /// As a cardinal number word ([`number_word`]).
    pub number: Option<NumberWord>,
    /// As an ordinal word, and whether plural ([`ordinal_word`]).
    pub ordinal: Option<(NumberWord, bool)>,
    /// As a fraction word ([`fraction_word`]).
    pub fraction: Option<(u32, bool)>,
    /// As a connective ([`connective`]).
    pub connective: Option<Connective>,
}

impl NumeralClass {
    /// In none of the tables.
    #[must_use]
    #[inline]
    pub fn is_empty(&self) -> bool {
        *self == NumeralClass::default()
    }
}

struct Maps {
    number: WordMap<NumberWord>,
    ordinal: WordMap<NumberWord>,
    fraction: WordMap<(u32, bool)>,
    connective: WordMap<Connective>,
    class: WordMap<NumeralClass>,
    /// [`CJK_NUMERALS`] sorted by character, for a binary search (no hashing per character).
    cjk: Vec<(char, CjkNumeral)>,
    /// One bit per `char % 1024` of a CJK numeral: most characters are turned away by one test.
    cjk_filter: [u64; 16],
    scales: Buckets<&'static ScaleWord>,
    scale_first: ByteSet,
}

#[inline]
fn maps() -> &'static Maps {
    static M: OnceLock<Maps> = OnceLock::new();
    M.get_or_init(|| {
        let mut scale_first = ByteSet([false; 256]);
        for s in SCALE_WORDS {
            let c = s.word.as_bytes()[0];
            scale_first.add(c);
            if !s.exact {
                scale_first.add(c.to_ascii_uppercase());
                scale_first.add(c.to_ascii_lowercase());
            }
        }
        let mut classes: std::collections::HashMap<String, NumeralClass> =
            std::collections::HashMap::new();
        for &(w, n) in NUMBER_WORDS {
            classes
                .entry(w.to_owned())
                .or_default()
                .number
                .get_or_insert(n);
        }
        for &(w, n) in ORDINAL_WORDS {
            classes
                .entry(w.to_owned())
                .or_default()
                .ordinal
                .get_or_insert((n, false));
        }
        for &(w, n) in ORDINAL_WORDS {
            let plural = classes.entry(format!("{w}s")).or_default();
            plural.ordinal.get_or_insert((n, true));
        }
        for &(w, d, p) in FRACTION_WORDS {
            classes
                .entry(w.to_owned())
                .or_default()
                .fraction
                .get_or_insert((d, p));
        }
        for &(w, c) in CONNECTIVES {
            classes
                .entry(w.to_owned())
                .or_default()
                .connective
                .get_or_insert(c);
        }
        let class = WordMap::new(
            classes
                .into_iter()
                .map(|(w, c)| (&*Box::leak(w.into_boxed_str()), c)),
        );
        Maps {
            class,
            number: WordMap::new(NUMBER_WORDS.iter().copied()),
            ordinal: WordMap::new(ORDINAL_WORDS.iter().copied()),
            fraction: WordMap::new(FRACTION_WORDS.iter().map(|&(w, d, p)| (w, (d, p)))),
            connective: WordMap::new(CONNECTIVES.iter().copied()),
            cjk_filter: {
                let mut f = [0u64; 16];
                for &(c, _) in CJK_NUMERALS {
                    let k = u32::from(c) as usize % 1024;
                    f[k / 64] |= 1 << (k % 64);
                }
                f
            },
            cjk: {
                let mut v: Vec<(char, CjkNumeral)> = CJK_NUMERALS.to_vec();
                v.sort_by_key(|&(c, _)| c);
                v.dedup_by_key(|&mut (c, _)| c);
                v
            },
            scales: Buckets::new(SCALE_WORDS.iter(), |s| (s.word.as_bytes()[0], s.word.len())),
            scale_first,
        }
    })
}

/// Everything the numeral tables say about `word` (any ASCII case), with one lookup.
///
/// # Example
///
/// ```
/// use finnews_core::tables::numbers::{numeral_class, Connective};
/// assert_eq!(numeral_class("AN").connective, Some(Connective::Article));
/// ```
#[must_use]
#[inline]
pub fn numeral_class(word: &str) -> NumeralClass {
    maps().class.get(word).unwrap_or_default()
}

/// The English number word `word` is (any ASCII case).
///
/// # Example
///
/// ```
/// use finnews_core::tables::numbers::{number_word, NumberWord};
/// assert_eq!(number_word("Seven"), Some(NumberWord::Unit(7)));
/// assert_eq!(number_word("seventh"), None);
/// ```
#[must_use]
#[inline]
pub fn number_word(word: &str) -> Option<NumberWord> {
    maps().number.get(word)
}

/// The ordinal word `word` is (any ASCII case), and whether it was plural (`fifths`).
///
/// # Example
///
/// ```
/// use finnews_core::tables::numbers::{ordinal_word, NumberWord};
/// assert_eq!(ordinal_word("Fifths"), Some((NumberWord::Unit(5), true)));
/// assert_eq!(ordinal_word("first"), Some((NumberWord::Unit(1), false)));
/// ```
#[must_use]
#[inline]
pub fn ordinal_word(word: &str) -> Option<(NumberWord, bool)> {
    let m = &maps().ordinal;
    if let Some(x) = m.get(word) {
        return Some((x, false));
    }
    let stem = word.strip_suffix('s').or_else(|| word.strip_suffix('S'))?;
    m.get(stem).map(|x| (x, true))
}

/// The denominator of a fraction word that is not an ordinal (`half` 2, `quarters` 4), and
/// whether it is plural.
///
/// # Example
///
/// ```
/// assert_eq!(finnews_core::tables::numbers::fraction_word("Quarters"), Some((4, true)));
/// ```
#[must_use]
#[inline]
pub fn fraction_word(word: &str) -> Option<(u32, bool)> {
    maps().fraction.get(word)
}

/// The connective `word` is (`a`, `an`, `and`, `point`, `of`), any ASCII case.
///
/// # Example
///
/// ```
/// use finnews_core::tables::numbers::{connective, Connective};
/// assert_eq!(connective("An"), Some(Connective::Article));
/// ```
#[must_use]
#[inline]
pub fn connective(word: &str) -> Option<Connective> {
    maps().connective.get(word)
}

/// What the CJK numeral character `c` does.
///
/// # Example
///
/// ```
/// use finnews_core::tables::numbers::{cjk_numeral, CjkNumeral};
/// assert_eq!(cjk_numeral('两'), Some(CjkNumeral::Digit(2)));
/// ```
#[must_use]
#[inline]
pub fn cjk_numeral(c: char) -> Option<CjkNumeral> {
    if c.is_ascii() {
        return None;
    }
    let m = maps();
    let k = u32::from(c) as usize % 1024;
    if m.cjk_filter[k / 64] & (1 << (k % 64)) == 0 {
        return None;
    }
    let cjk = &m.cjk;
    cjk.binary_search_by_key(&c, |&(k, _)| k)
        .ok()
        .and_then(|i| cjk.get(i))
        .map(|&(_, n)| n)
}

/// The numerator and denominator of a Unicode vulgar fraction character.
///
/// # Example
///
/// ```
/// assert_eq!(finnews_core::tables::numbers::vulgar_fraction('¾'), Some((3, 4)));
/// ```
#[must_use]
#[inline]
pub fn vulgar_fraction(c: char) -> Option<(u32, u32)> {
    VULGAR_FRACTIONS
        .iter()
        .find(|(v, _, _)| *v == c)
        .map(|&(_, n, d)| (n, d))
}

/// The scale words whose first byte is `byte` (either ASCII case), longest first.
///
/// # Example
///
/// ```
/// let c = finnews_core::tables::numbers::scale_candidates(b'm');
/// assert!(c.iter().any(|s| s.word == "million"));
/// assert!(c.windows(2).all(|w| w[0].word.len() >= w[1].word.len()));
/// ```
#[must_use]
#[inline]
pub fn scale_candidates(byte: u8) -> &'static [&'static ScaleWord] {
    maps().scales.get(byte)
}

/// Whether a scale word can start with `byte` (with its case where the word is exact).
///
/// # Example
///
/// ```
/// assert!(finnews_core::tables::numbers::scale_may_start(b'B'));
/// assert!(!finnews_core::tables::numbers::scale_may_start(b'x'));
/// ```
#[must_use]
#[inline]
pub fn scale_may_start(byte: u8) -> bool {
    maps().scale_first.has(Some(&byte))
}
