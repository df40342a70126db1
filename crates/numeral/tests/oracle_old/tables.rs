//! The word tables of the numeral grammar: the ONE place for number words, ordinal words, CJK
//! numeral characters and scale words.

/// What an English number word does in the grammar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Word {
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
pub(crate) const NUMBER_WORDS: &[(&str, Word)] = &[
    ("zero", Word::Unit(0)),
    ("nought", Word::Unit(0)),
    ("naught", Word::Unit(0)),
    ("one", Word::Unit(1)),
    ("two", Word::Unit(2)),
    ("three", Word::Unit(3)),
    ("four", Word::Unit(4)),
    ("five", Word::Unit(5)),
    ("six", Word::Unit(6)),
    ("seven", Word::Unit(7)),
    ("eight", Word::Unit(8)),
    ("nine", Word::Unit(9)),
    ("ten", Word::Teen(10)),
    ("eleven", Word::Teen(11)),
    ("twelve", Word::Teen(12)),
    ("thirteen", Word::Teen(13)),
    ("fourteen", Word::Teen(14)),
    ("fifteen", Word::Teen(15)),
    ("sixteen", Word::Teen(16)),
    ("seventeen", Word::Teen(17)),
    ("eighteen", Word::Teen(18)),
    ("nineteen", Word::Teen(19)),
    ("twenty", Word::Tens(20)),
    ("thirty", Word::Tens(30)),
    ("forty", Word::Tens(40)),
    ("fourty", Word::Tens(40)),
    ("fifty", Word::Tens(50)),
    ("sixty", Word::Tens(60)),
    ("seventy", Word::Tens(70)),
    ("eighty", Word::Tens(80)),
    ("ninety", Word::Tens(90)),
    ("hundred", Word::Hundred),
    ("hundreds", Word::Hundred),
    ("thousand", Word::Big(3)),
    ("million", Word::Big(6)),
    ("billion", Word::Big(9)),
    ("trillion", Word::Big(12)),
    ("lakh", Word::Big(5)),
    ("lakhs", Word::Big(5)),
    ("lac", Word::Big(5)),
    ("crore", Word::Big(7)),
    ("crores", Word::Big(7)),
    ("dozen", Word::Dozen),
    ("dozens", Word::Dozen),
    ("dzs", Word::Dozen),
    ("doz", Word::Dozen),
    ("dozs", Word::Dozen),
];

/// English ordinal words (lower case), with the [`Word`] they are the ordinal of.
pub(crate) const ORDINAL_WORDS: &[(&str, Word)] = &[
    ("first", Word::Unit(1)),
    ("second", Word::Unit(2)),
    ("third", Word::Unit(3)),
    ("fourth", Word::Unit(4)),
    ("fifth", Word::Unit(5)),
    ("sixth", Word::Unit(6)),
    ("seventh", Word::Unit(7)),
    ("eighth", Word::Unit(8)),
    ("ninth", Word::Unit(9)),
    ("nineth", Word::Unit(9)),
    ("tenth", Word::Teen(10)),
    ("eleventh", Word::Teen(11)),
    ("twelfth", Word::Teen(12)),
    ("thirteenth", Word::Teen(13)),
    ("fourteenth", Word::Teen(14)),
    ("fifteenth", Word::Teen(15)),
    ("sixteenth", Word::Teen(16)),
    ("seventeenth", Word::Teen(17)),
    ("eighteenth", Word::Teen(18)),
    ("nineteenth", Word::Teen(19)),
    ("twentieth", Word::Tens(20)),
    ("thirtieth", Word::Tens(30)),
    ("fortieth", Word::Tens(40)),
    ("fiftieth", Word::Tens(50)),
    ("sixtieth", Word::Tens(60)),
    ("seventieth", Word::Tens(70)),
    ("eightieth", Word::Tens(80)),
    ("ninetieth", Word::Tens(90)),
    ("hundredth", Word::Hundred),
    ("thousandth", Word::Big(3)),
    ("millionth", Word::Big(6)),
    ("billionth", Word::Big(9)),
    ("trillionth", Word::Big(12)),
];

/// Fraction denominators that are not ordinal words: `half`, `quarter` (and plurals).
pub(crate) const FRACTION_WORDS: &[(&str, u32)] =
    &[("half", 2), ("halves", 2), ("quarter", 4), ("quarters", 4)];

/// What a CJK numeral character does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Cjk {
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
pub(crate) const CJK_CHARS: &[(char, Cjk)] = &[
    ('零', Cjk::Digit(0)),
    ('〇', Cjk::Digit(0)),
    ('一', Cjk::Digit(1)),
    ('壹', Cjk::Digit(1)),
    ('二', Cjk::Digit(2)),
    ('贰', Cjk::Digit(2)),
    ('貳', Cjk::Digit(2)),
    ('两', Cjk::Digit(2)),
    ('倆', Cjk::Digit(2)),
    ('俩', Cjk::Digit(2)),
    ('兩', Cjk::Digit(2)),
    ('三', Cjk::Digit(3)),
    ('叁', Cjk::Digit(3)),
    ('參', Cjk::Digit(3)),
    ('四', Cjk::Digit(4)),
    ('肆', Cjk::Digit(4)),
    ('五', Cjk::Digit(5)),
    ('伍', Cjk::Digit(5)),
    ('六', Cjk::Digit(6)),
    ('陆', Cjk::Digit(6)),
    ('陸', Cjk::Digit(6)),
    ('七', Cjk::Digit(7)),
    ('柒', Cjk::Digit(7)),
    ('八', Cjk::Digit(8)),
    ('捌', Cjk::Digit(8)),
    ('九', Cjk::Digit(9)),
    ('玖', Cjk::Digit(9)),
    ('十', Cjk::Small(1)),
    ('拾', Cjk::Small(1)),
    ('百', Cjk::Small(2)),
    ('佰', Cjk::Small(2)),
    ('千', Cjk::Small(3)),
    ('仟', Cjk::Small(3)),
    ('万', Cjk::Big(4)),
    ('萬', Cjk::Big(4)),
    ('亿', Cjk::Big(8)),
    ('億', Cjk::Big(8)),
    ('兆', Cjk::Big(12)),
    ('点', Cjk::Point),
    ('點', Cjk::Point),
];

/// A scale word or abbreviation written after a number: its power of ten, and whether it is an
/// ambiguous single letter that only context makes a scale (`m` is million in `$5m`, metres in
/// `5m deep`).
///
/// Matched case-insensitively unless `exact` is set (then the case must match: `M`, `G`, `MM`).
pub(crate) struct ScaleWord {
    pub(crate) word: &'static str,
    /// The power of ten; `dozen` (12) is written as power 1 with factor 12.
    pub(crate) power: u32,
    pub(crate) factor: u64,
    pub(crate) ambiguous: bool,
    pub(crate) exact: bool,
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

/// Every scale word, longest spellings first where one is a prefix of another.
pub(crate) const SCALE_WORDS: &[ScaleWord] = &[
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
    sw("千亿", 11, false, true),
    sw("百亿", 10, false, true),
    sw("十亿", 9, false, true),
    sw("千万", 7, false, true),
    sw("百万", 6, false, true),
    sw("十万", 5, false, true),
    sw("万", 4, false, true),
    sw("萬", 4, false, true),
    sw("亿", 8, false, true),
    sw("億", 8, false, true),
    sw("兆", 12, false, true),
    sw("千", 3, false, true),
];

/// Unicode vulgar fractions: numerator and denominator.
pub(crate) const VULGAR_FRACTIONS: &[(char, u32, u32)] = &[
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
