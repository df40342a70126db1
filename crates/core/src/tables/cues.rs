//! The cue words around a quantity: modifiers that hedge or bound it, words that make a number
//! an identifier or a clock time, percent words, signs, range connectors and fraction
//! connectors.

use std::sync::OnceLock;

use super::{Buckets, ByteSet, WordMap};

/// How a modifier word bounds the quantity after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Bound {
    /// About, roughly.
    Approx,
    /// More than.
    Over,
    /// Less than.
    Under,
    /// At least.
    AtLeast,
    /// At most.
    AtMost,
}

/// What a percent word counts in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PercentKind {
    /// Percent.
    Percent,
    /// Percentage points.
    PercentagePoint,
    /// Basis points.
    BasisPoint,
}

/// Words written before a quantity that hedge or bound it. Matched case-insensitively, ending
/// right before the quantity (one space, or none for CJK).
pub const MODIFIERS: &[(&str, Bound)] = &[
    ("approximately", Bound::Approx),
    ("approx.", Bound::Approx),
    ("approx", Bound::Approx),
    ("about a", Bound::Approx),
    ("about", Bound::Approx),
    ("around a", Bound::Approx),
    ("around", Bound::Approx),
    ("some", Bound::Approx),
    ("roughly", Bound::Approx),
    ("nearly", Bound::Approx),
    ("almost", Bound::Approx),
    ("close to", Bound::Approx),
    ("circa", Bound::Approx),
    ("over", Bound::Over),
    ("more than", Bound::Over),
    ("above", Bound::Over),
    ("exceeding", Bound::Over),
    ("in excess of", Bound::Over),
    ("upwards of", Bound::Over),
    ("under", Bound::Under),
    ("less than", Bound::Under),
    ("fewer than", Bound::Under),
    ("below", Bound::Under),
    ("at least", Bound::AtLeast),
    ("no less than", Bound::AtLeast),
    ("no fewer than", Bound::AtLeast),
    ("up to", Bound::AtMost),
    ("ranging to", Bound::AtMost),
    ("ranging up to", Bound::AtMost),
    ("at most", Bound::AtMost),
    ("no more than", Bound::AtMost),
    ("大约", Bound::Approx),
    ("大約", Bound::Approx),
    ("约", Bound::Approx),
    ("約", Bound::Approx),
    ("近", Bound::Approx),
    ("超过", Bound::Over),
    ("超過", Bound::Over),
    ("逾", Bound::Over),
    ("不到", Bound::Under),
    ("不足", Bound::Under),
    ("至少", Bound::AtLeast),
    ("最多", Bound::AtMost),
];

/// Words that make the number after them an identifier, not a quantity (`Article 5`,
/// `Room 1203`, `Windows 11`). Lower case; matched on the word right before the number.
pub const IDENTIFIER_WORDS: &[&str] = &[
    // Stock indexes named with their member count (`Nikkei 225`, `Stoxx 600`, `CAC 40`).
    "nikkei",
    "nasdaq",
    "stoxx",
    "russell",
    "cac",
    "dax",
    "asx",
    "nifty",
    "kospi",
    "article",
    "articles",
    "room",
    "rooms",
    "tower",
    "windows",
    "version",
    "ver",
    "v",
    "no",
    "nos",
    "number",
    "section",
    "sections",
    "chapter",
    "clause",
    "paragraph",
    "annex",
    "rule",
    "item",
    "page",
    "pages",
    "p",
    "pp",
    "vol",
    "volume",
    "line",
    "route",
    "highway",
    "exit",
    "building",
    "floor",
    "gate",
    "platform",
    "flight",
    "model",
    "iphone",
    "galaxy",
    "boeing",
    "airbus",
    "covid",
    "phase",
    "level",
    "grade",
    "class",
    "type",
    "block",
    "lot",
    "plot",
    "unit",
    "suite",
    "apartment",
    "apt",
    "box",
    "code",
    "zip",
    "tel",
    "phone",
    "fax",
    "ext",
    "id",
    "figure",
    "fig",
    "table",
    "step",
    "chart",
    "series",
    "stage",
    "round",
    "term",
    "part",
    "district",
    "street",
    "road",
    "avenue",
    "lane",
    "bus",
    "train",
    "ios",
    "android",
    "python",
    "channel",
    "pier",
    "terminal",
    "berth",
    "hall",
    "booth",
    "act",
    "resolution",
    "decree",
    "order",
    "law",
    "bill",
    "case",
    "docket",
    "patent",
    "standard",
    "iso",
    "row",
    "seat",
    "team",
    "slide",
    "slides",
    "exhibit",
    "footnote",
    "note",
    "notes",
    "appendix",
    "ref",
];

/// Words before a single number that make it a pronoun, not a count (`the one you mentioned`).
pub const ONE_DETERMINERS: &[&str] = &[
    "the", "this", "that", "which", "each", "every", "any", "no", "one", "no", "someone",
];

/// Percent words after a number, lower case: what they count in.
pub const PERCENT_WORDS: &[(&str, PercentKind)] = &[
    ("percentage points", PercentKind::PercentagePoint),
    ("percentage point", PercentKind::PercentagePoint),
    ("percentage pts", PercentKind::PercentagePoint),
    ("pct points", PercentKind::PercentagePoint),
    ("pct point", PercentKind::PercentagePoint),
    ("pp", PercentKind::PercentagePoint),
    ("ppts", PercentKind::PercentagePoint),
    ("ppt", PercentKind::PercentagePoint),
    ("basis points", PercentKind::BasisPoint),
    ("basis point", PercentKind::BasisPoint),
    ("bps", PercentKind::BasisPoint),
    ("bp", PercentKind::BasisPoint),
    ("percentage", PercentKind::Percent),
    ("percents", PercentKind::Percent),
    ("percent", PercentKind::Percent),
    ("per cent", PercentKind::Percent),
    ("pct", PercentKind::Percent),
    ("%", PercentKind::Percent),
    ("％", PercentKind::Percent),
];

/// Percent abbreviations that, written in capitals with a space after the number, are more often
/// names than units (`In 2003 BP invested`, the oil company): they count as units only in lower
/// case or touching the number (`50bp`, `50BP`, `50 bps`).
pub const NAME_LIKE_PERCENT_ABBREVIATIONS: &[&str] = &["bp", "bps", "pp", "ppt", "ppts"];

/// Words that, followed by ` of` and a number, make a percentage (`percent of 10`).
pub const PERCENT_OF_WORDS: &[&str] = &["percent", "percents", "per cent"];

/// The word joining a percent word to its number in [`PERCENT_OF_WORDS`].
pub const PERCENT_OF: &str = " of ";

/// The CJK words written before a number that make it a percentage (`百分之八`).
pub const CJK_PERCENT_PREFIXES: &[&str] = &["百分之"];

/// CJK characters after a number that make it a share in tenths (`七成`, 70%).
pub const CJK_TENTHS: &[char] = &['成'];

/// CJK characters after a number that make it a discount price (`八折`, 80%).
pub const CJK_DISCOUNT: &[char] = &['折'];

/// Words after a number that make it a clock time (`2 pm`).
pub const TIME_WORDS: &[&str] = &[
    "am", "pm", "a.m.", "p.m.", "a.m", "p.m", "gmt", "utc", "hrs", "hours", "o'clock",
];

/// CJK characters after digits that make them a date or time (`2020年`, `9月`, `29日`).
pub const CJK_DATE_CHARS: &[char] = &[
    '年', '月', '日', '号', '時', '时', '点', '分', '秒', '周', '週', '天',
];

/// Minus signs written right before a number (`-3.2%`, `−3.2%`, `负3`).
pub const MINUS_SIGNS: &[&str] = &["-", "−", "负", "負"];

/// Minus words written before a number (`minus 5`, `negative one`), lower case.
pub const MINUS_WORDS: &[&str] = &["minus", "negative"];

/// Characters a signed number may follow (besides spaces and the start of the text).
pub const SIGN_OPENERS: &[char] = &['(', '[', ':', ','];

/// Quotes around a code name (`“1028”`): opening and closing characters.
pub const CODE_QUOTES_OPEN: &[char] = &['“', '"', '「', '『'];

/// See [`CODE_QUOTES_OPEN`].
pub const CODE_QUOTES_CLOSE: &[char] = &['”', '"', '」', '』'];

/// How a range joins its two ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RangeOpener {
    /// `between X and Y`.
    Between,
    /// `from X to Y`: not read as one range (a change followed by a level).
    From,
}

/// Words before a quantity that open a range, lower case with their trailing space.
pub const RANGE_OPENERS: &[(&str, RangeOpener)] = &[
    ("between ", RangeOpener::Between),
    ("from ", RangeOpener::From),
];

/// The connector after `between X`.
pub const BETWEEN_CONNECTORS: &[&str] = &[" and "];

/// Connectors between the two ends of a range with no opener (`3-5`, `3 to 5`, `三到四`).
pub const RANGE_CONNECTORS: &[&str] = &["-", "–", "—", " - ", " – ", "~", "～", " to ", "至", "到"];

/// The word connector of a range that a change word before it makes a change and a level
/// (`rose 5 pct to 7 pct`).
pub const RANGE_TO: &str = "to";

/// How a fraction in words joins its numerator and denominator.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FractionJoin {
    /// `one over three`: the clause must end after the denominator.
    Over,
    /// `one out of three`: the denominator is the larger number.
    OutOf,
    /// `1 in 20`: the larger denominator, spelled or small, closing the clause.
    In,
}

/// Connectors of a fraction in words (`one over three`, `one out of three`, `1 in 20`).
pub const FRACTION_CONNECTORS: &[(&str, FractionJoin)] = &[
    (" over ", FractionJoin::Over),
    (" out of ", FractionJoin::OutOf),
    (" in ", FractionJoin::In),
];

/// Exponent markers after a number (`1e10`, `1.3x10^6`): the letters and the written factor.
pub const EXPONENT_LETTERS: &[char] = &['e', 'E'];

/// See [`EXPONENT_LETTERS`].
pub const EXPONENT_TIMES_TEN: &str = "x10^";

/// Connectors between numbers after a month (`October 30 and 31`, `May 4, 5`).
pub const LIST_CONNECTORS: &[&str] = &[" and ", " or ", " to ", ", ", " & "];

/// The word between a month and a day after it (`4th of May`), with its trailing space.
pub const MONTH_OF: &str = "of ";

/// The word joining dollars and cents (`thirteen dollars and forty-five cents`), with its
/// trailing space.
pub const AND_WORD: &str = "and ";

/// Separators of a mixed fraction (`10 1/2`, `7-3/4`).
pub const MIXED_FRACTION_SEPARATORS: &[&str] = &[" ", "  ", "-"];

/// Hyphens and dashes that join a number word into a compound adjective (`one-time`).
pub const COMPOUND_HYPHENS: &[char] = &['-', '–'];

/// URL and address markers: a number in a run containing one is part of an address.
pub const URL_MARKERS: &[&str] = &["://", "www.", "@"];

/// What a spaced `m` may be followed by to be metres (`1 m x 1 m`).
pub const SPACED_METRE_FOLLOWERS: &[&str] = &[
    " x ",
    " tall",
    " high",
    " long",
    " wide",
    " deep",
    " thick",
    " above",
    " below",
    " in height",
    " in length",
    " in diameter",
    " underground",
    " away",
];

/// Joins after a spaced `m` that make it metres when a number follows (`from 1,200 m to 1,450
/// m`, `between 5 m and 8 m`).
pub const SPACED_UNIT_JOINS: &[&str] = &[" to ", " and ", " or ", " - ", "-"];

/// Words after a plain number that count index or price points (`3/16 point`, `around 50
/// points`): part of the number's span, lower case.
pub const INDEX_POINT_WORDS: &[&str] = &["points", "point"];

/// Words after an amount without a currency (`fell to one billion dlrs from 1.5 billion last
/// year`, `was 82.5 mln.`) that leave it an amount of the money the sentence names: no noun
/// takes the amount for its own (`1.5 billion shares`). Lower case.
pub const ELLIPSIS_FOLLOWERS: &[&str] = &[
    "vs",
    "versus",
    "from",
    "to",
    "against",
    "compared",
    "in",
    "a",
    "an",
    "the",
    "last",
    "this",
    "or",
    "and",
    "but",
    "on",
    "at",
    "for",
    "with",
    "after",
    "before",
    "while",
    "as",
    "than",
    "previously",
    "earlier",
    "ago",
    "year",
    "said",
    "says",
    "reported",
    "respectively",
    "over",
    "during",
    "when",
    "which",
    "by",
    "of",
    "is",
    "was",
    "were",
    "are",
    "be",
    "up",
    "down",
];

/// Nouns that make a sentence speak of money, so that a scaled amount without a currency in it
/// takes the currency of the document (`its share of the loss was 82.5 mln`). Lower case.
pub const MONEY_NOUNS: &[&str] = &[
    "loss",
    "losses",
    "profit",
    "profits",
    "revenue",
    "revenues",
    "revs",
    "sales",
    "income",
    "earnings",
    "debt",
    "debts",
    "cost",
    "costs",
    "price",
    "prices",
    "value",
    "assets",
    "deposits",
    "loans",
    "capital",
    "budget",
    "spending",
    "investment",
    "investments",
    "dividend",
    "dividends",
    "payment",
    "payments",
    "deficit",
    "surplus",
    "cash",
    "funds",
    "financing",
    "proceeds",
    "reserves",
    "turnover",
    "fee",
    "fees",
    "net",
    "charge",
    "charges",
    "writedown",
    "provision",
    "provisions",
    "credit",
    "credits",
    "borrowing",
    "borrowings",
    "expenses",
    "expenditure",
    "outlays",
    "tax",
    "taxes",
    "bid",
    "offer",
    "paid",
    "pay",
    "valued",
    "worth",
    "raised",
    "financed",
    "sold",
    "bought",
    "spent",
    "fund",
    "equity",
];

/// Words of a change (`rose`, `fell`, `by`): a change and the level after it (`rose 9.5 pct to
/// 10.9 mln`, `by 4.2% or 8.1 billion yen to 201.5 billion yen`) are two mentions, never one
/// range. Lower case.
pub const CHANGE_WORDS: &[&str] = &[
    "rose",
    "rise",
    "rises",
    "rising",
    "risen",
    "fell",
    "fall",
    "falls",
    "falling",
    "fallen",
    "up",
    "down",
    "increased",
    "increase",
    "increases",
    "decreased",
    "decrease",
    "declined",
    "decline",
    "declines",
    "gained",
    "gain",
    "gains",
    "lost",
    "lose",
    "climbed",
    "climb",
    "dropped",
    "drop",
    "drops",
    "jumped",
    "jump",
    "slipped",
    "slip",
    "eased",
    "ease",
    "grew",
    "grow",
    "shrank",
    "surged",
    "soared",
    "plunged",
    "slumped",
    "tumbled",
    "raised",
    "raise",
    "cut",
    "cuts",
    "lowered",
    "lower",
    "higher",
    "boosted",
    "added",
    "shed",
    "by",
    "advanced",
    "slid",
    "sank",
    "widened",
    "narrowed",
    "improved",
    "expanded",
    "contracted",
];

/// First words of a results-table row label that count things, not money (`Avg shrs 3,148,000
/// vs 3,011,000`). Lower case.
pub const COUNT_ROW_LABELS: &[&str] = &[
    "avg",
    "average",
    "shrs",
    "shares",
    "shs",
    "employees",
    "workers",
    "units",
    "customers",
    "subscribers",
    "accounts",
    "stores",
    "tonnes",
    "tons",
    "barrels",
    "ounces",
    "vehicles",
    "cars",
    "orders",
    "contracts",
    "passengers",
    "loads",
    "carloads",
];

/// The words between two sides of a results-table row (`Net 661,000 vs 325,000`). Lower case.
pub const VERSUS_WORDS: &[&str] = &["vs", "versus", "v"];

/// Words between a change of price in a sub-unit and the level it reached (`lost 2p at 1,333`,
/// `gained 10p to 2,560`): the level is in the same sub-unit. Lower case.
pub const PRICE_LEVEL_JOINS: &[&str] = &["at", "to"];

/// Words after a country's name that make a `dlrs` its dollar (`4.3 billion dlr Canadian`) and
/// before the amount (`Australian 100 mln dlrs`): the ISO code. Lower case.
pub const DOLLAR_COUNTRIES: &[(&str, &str)] = &[
    ("australian", "AUD"),
    ("canadian", "CAD"),
    ("hk", "HKD"),
    ("singapore", "SGD"),
    ("n.z.", "NZD"),
    ("nz", "NZD"),
    ("taiwan", "TWD"),
    ("taiwanese", "TWD"),
    ("u.s.", "USD"),
    ("us", "USD"),
];

/// Words after an ordinal `first` that make a fixed name, not a ranking (`first mortgage`,
/// `first lien`). Lower case.
pub const NOT_RANK_AFTER_FIRST: &[&str] = &[
    "mortgage",
    "mortgages",
    "lien",
    "liens",
    "aid",
    "lady",
    "name",
    "names",
    "hand",
    "person",
    "refusal",
];

/// Words before an ordinal that make it a ranking (`the first time`, `its second`): without one,
/// `first` before a past participle or at a clause end is an adverb (`first announced`).
/// Lower case.
pub const RANK_DETERMINERS: &[&str] = &[
    "the", "its", "their", "his", "her", "our", "my", "your", "a", "an", "this", "that", "for",
    "ranked", "ranking", "ranks", "came", "finished", "placed",
];

/// Words after `a <fraction word>` that make the word a ranking (`a third straight year`):
/// lower case.
pub const RANK_FOLLOWERS: &[&str] = &[
    "straight",
    "consecutive",
    "successive",
    "time",
    "round",
    "term",
    "place",
    "quarterly",
    "monthly",
    "annual",
    "year",
    "month",
    "week",
    "day",
];

/// Word fractions of a point that make it percentage points (`a quarter point`, `half a
/// percentage point`, `a full point`), lower case with their value as (numerator, scale).
pub const POINT_FRACTIONS: &[(&str, i64, u32)] = &[
    ("three quarters of a", 75, 2),
    ("three-quarters of a", 75, 2),
    ("a quarter", 25, 2),
    ("one quarter", 25, 2),
    ("a half", 5, 1),
    ("one half", 5, 1),
    ("half a", 5, 1),
    ("a full", 1, 0),
];

/// The point words after a [`POINT_FRACTIONS`] entry (after one space), lower case.
pub const POINT_WORDS: &[&str] = &[
    "percentage points",
    "percentage point",
    "percent point",
    "points",
    "point",
];

/// Words between a count and a period word that make the two a trailing period (`the three
/// previous quarters`), which the date grammar reads as a duration. Lower case.
pub const TRAILING_PERIOD_WORDS: &[&str] = &[
    "previous",
    "past",
    "last",
    "next",
    "prior",
    "preceding",
    "following",
    "coming",
];

/// Period words (plural and singular) that close a trailing period or follow an ordinal that
/// belongs to a date (`the second fiscal quarter`). Lower case.
pub const PERIOD_WORDS: &[&str] = &[
    "quarters", "quarter", "qtr", "qtrs", "years", "year", "months", "month", "weeks", "week",
    "days", "day", "halves", "half", "sessions",
];

/// Words between an ordinal and a period word that keep the two one date (`the fourth fiscal
/// quarter`, `the third calendar quarter`). Lower case.
pub const PERIOD_QUALIFIERS: &[&str] = &["fiscal", "financial", "calendar"];

/// Words after `one` that make it a pronoun (`one of which`), lower case with the space.
pub const ONE_PRONOUN_FOLLOWERS: &[&str] = &[" of "];

/// Characters that enclose a reference number (`(4)`, `[12]`, `<7294>`): open and close. A
/// security code in angle brackets may be long; the others hold at most
/// [`MAX_REFERENCE_DIGITS`] digits.
pub const REFERENCE_BRACKETS: &[(u8, u8)] = &[(b'(', b')'), (b'[', b']'), (b'<', b'>')];

/// Characters inside a phone number after its `+` country code (`+44 (20) 7946-0321`).
pub const PHONE_SEPARATORS: &[u8] = b" -.()";

/// The longest phone number read after a `+`, in bytes.
pub const MAX_PHONE_LEN: usize = 24;

/// The most digits of a reference number in round or square brackets.
pub const MAX_REFERENCE_DIGITS: usize = 2;

/// The digits of a security code written at the start of a line before the issuer's name in
/// capitals (`7294 YOROZU CORPORATION`).
pub const SECURITY_CODE_DIGITS: core::ops::RangeInclusive<usize> = 4..=6;

/// Classes of a context word (a bit each): see [`context_classes`].
pub mod context {
    /// [`super::ELLIPSIS_FOLLOWERS`].
    pub const ELLIPSIS_FOLLOWER: u8 = 1;
    /// [`super::MONEY_NOUNS`].
    pub const MONEY_NOUN: u8 = 2;
    /// [`super::CHANGE_WORDS`].
    pub const CHANGE: u8 = 4;
    /// [`super::COUNT_ROW_LABELS`].
    pub const COUNT_LABEL: u8 = 8;
    /// [`super::VERSUS_WORDS`].
    pub const VERSUS: u8 = 16;
    /// [`super::PRICE_LEVEL_JOINS`].
    pub const PRICE_JOIN: u8 = 32;
    /// [`super::RANK_DETERMINERS`].
    pub const RANK_DETERMINER: u8 = 64;
    /// [`super::RANK_FOLLOWERS`].
    pub const RANK_FOLLOWER: u8 = 128;
}

/// The context tables and their class bits.
const CONTEXT_TABLES: [(&[&str], u8); 8] = [
    (ELLIPSIS_FOLLOWERS, context::ELLIPSIS_FOLLOWER),
    (MONEY_NOUNS, context::MONEY_NOUN),
    (CHANGE_WORDS, context::CHANGE),
    (COUNT_ROW_LABELS, context::COUNT_LABEL),
    (VERSUS_WORDS, context::VERSUS),
    (PRICE_LEVEL_JOINS, context::PRICE_JOIN),
    (RANK_DETERMINERS, context::RANK_DETERMINER),
    (RANK_FOLLOWERS, context::RANK_FOLLOWER),
];

struct Maps {
    modifiers_by_last: Buckets<(&'static str, Bound)>,
    identifiers: WordMap<()>,
    one_determiners: WordMap<()>,
    percent_first: ByteSet,
    percent_of_first: ByteSet,
    time_first: ByteSet,
    context: WordMap<u8>,
    /// For each context class bit: a bit per word length and the first bytes (either ASCII
    /// case) of its words, to refuse a word before the hash lookup.
    context_gates: [(u64, [bool; 256]); 8],
    point_fraction_first: ByteSet,
    dollar_countries: WordMap<&'static str>,
}

#[inline]
fn maps() -> &'static Maps {
    static M: OnceLock<Maps> = OnceLock::new();
    M.get_or_init(|| {
        let time_first = ByteSet::of(TIME_WORDS.iter().copied(), false);

        Maps {
            modifiers_by_last: Buckets::new(MODIFIERS.iter().copied(), |e| {
                (*e.0.as_bytes().last().unwrap_or(&0), e.0.len())
            }),
            identifiers: WordMap::new(IDENTIFIER_WORDS.iter().map(|&w| (w, ()))),
            one_determiners: WordMap::new(ONE_DETERMINERS.iter().map(|&w| (w, ()))),
            percent_first: ByteSet::of(PERCENT_WORDS.iter().map(|x| x.0), false),
            percent_of_first: ByteSet::of(PERCENT_OF_WORDS.iter().copied(), false),
            time_first,
            context: {
                let mut m: std::collections::HashMap<&'static str, u8> =
                    std::collections::HashMap::new();
                for (table, bit) in CONTEXT_TABLES {
                    for &w in table {
                        *m.entry(w).or_insert(0) |= bit;
                    }
                }
                WordMap::new(m)
            },
            context_gates: {
                let mut g = [(0u64, [false; 256]); 8];
                for (table, bit) in CONTEXT_TABLES {
                    let k = bit.trailing_zeros() as usize;
                    for &w in table {
                        if let Some(&c) = w.as_bytes().first()
                            && w.len() < 64
                            && let Some(gate) = g.get_mut(k)
                        {
                            gate.0 |= 1 << w.len();
                            gate.1[usize::from(c.to_ascii_lowercase())] = true;
                            gate.1[usize::from(c.to_ascii_uppercase())] = true;
                        }
                    }
                }
                g
            },
            point_fraction_first: ByteSet::of(POINT_FRACTIONS.iter().map(|p| p.0), false),
            dollar_countries: WordMap::new(DOLLAR_COUNTRIES.iter().copied()),
        }
    })
}

/// The modifiers whose last byte is `byte` (either ASCII case), longest first.
///
/// # Example
///
/// ```
/// let c = finnews_core::tables::cues::modifiers_ending_with(b'n');
/// assert!(c.iter().any(|m| m.0 == "more than"));
/// ```
#[must_use]
#[inline]
pub fn modifiers_ending_with(byte: u8) -> &'static [(&'static str, Bound)] {
    maps().modifiers_by_last.get(byte)
}

/// Whether `word` (any ASCII case) makes the number after it an identifier.
///
/// # Example
///
/// ```
/// assert!(finnews_core::tables::cues::is_identifier_word("Article"));
/// assert!(!finnews_core::tables::cues::is_identifier_word("about"));
/// ```
#[must_use]
#[inline]
pub fn is_identifier_word(word: &str) -> bool {
    maps().identifiers.get(word).is_some()
}

/// Whether `word` (any ASCII case) makes a following `one` a pronoun.
///
/// # Example
///
/// ```
/// assert!(finnews_core::tables::cues::is_one_determiner("The"));
/// ```
#[must_use]
#[inline]
pub fn is_one_determiner(word: &str) -> bool {
    maps().one_determiners.get(word).is_some()
}

/// The bytes a percent word can start with.
///
/// # Example
///
/// ```
/// assert!(finnews_core::tables::cues::percent_first_bytes().has(Some(&b'P')));
/// ```
#[must_use]
#[inline]
pub fn percent_first_bytes() -> &'static ByteSet {
    &maps().percent_first
}

/// The bytes a clock-time word can start with.
///
/// # Example
///
/// ```
/// assert!(finnews_core::tables::cues::time_first_bytes().has(Some(&b'p')));
/// ```
#[must_use]
#[inline]
pub fn time_first_bytes() -> &'static ByteSet {
    &maps().time_first
}

/// The bytes a word of [`PERCENT_OF_WORDS`] can start with.
///
/// # Example
///
/// ```
/// assert!(finnews_core::tables::cues::percent_of_first_bytes().has(Some(&b'P')));
/// ```
#[must_use]
#[inline]
pub fn percent_of_first_bytes() -> &'static ByteSet {
    &maps().percent_of_first
}

/// The [`context`] classes of `word` (any ASCII case), as bits; 0 for other words.
///
/// # Example
///
/// ```
/// use finnews_core::tables::cues::{context, context_classes};
/// assert_ne!(context_classes("Rose") & context::CHANGE, 0);
/// assert_ne!(context_classes("loss") & context::MONEY_NOUN, 0);
/// assert_eq!(context_classes("shares") & context::ELLIPSIS_FOLLOWER, 0);
/// ```
#[must_use]
#[inline]
pub fn context_classes(word: &str) -> u8 {
    maps().context.get(word).unwrap_or(0)
}

/// Whether `word` (any ASCII case) is in the context table of `class` (one of the
/// [`context`] bits): [`context_classes`] with a cheap refusal first for words of a length or
/// first letter that table never has.
///
/// # Example
///
/// ```
/// use finnews_core::tables::cues::{context, has_context};
/// assert!(has_context("VS", context::VERSUS));
/// assert!(!has_context("sales", context::VERSUS));
/// assert!(has_context("Sales", context::MONEY_NOUN));
/// ```
#[must_use]
#[inline]
pub fn has_context(word: &str, class: u8) -> bool {
    let m = maps();
    let Some(&c) = word.as_bytes().first() else {
        return false;
    };
    let Some((lens, first)) = m.context_gates.get(class.trailing_zeros() as usize) else {
        return false;
    };
    if word.len() >= 64 || lens & (1 << word.len()) == 0 || !first[usize::from(c)] {
        return false;
    }
    m.context.get(word).unwrap_or(0) & class != 0
}

/// The dollar a country word names (`Australian` → `AUD`), any ASCII case.
///
/// # Example
///
/// ```
/// assert_eq!(finnews_core::tables::cues::dollar_country("Canadian"), Some("CAD"));
/// assert_eq!(finnews_core::tables::cues::dollar_country("N.Z."), Some("NZD"));
/// ```
#[must_use]
#[inline]
pub fn dollar_country(word: &str) -> Option<&'static str> {
    maps().dollar_countries.get(word)
}

/// The bytes a [`POINT_FRACTIONS`] phrase can start with.
///
/// # Example
///
/// ```
/// assert!(finnews_core::tables::cues::point_fraction_first_bytes().has(Some(&b'H')));
/// ```
#[must_use]
#[inline]
pub fn point_fraction_first_bytes() -> &'static ByteSet {
    &maps().point_fraction_first
}
