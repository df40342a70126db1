//! The nom numeral grammar against the hand-written one it replaced: the old implementation is
//! kept verbatim in `oracle_old/` and every public function must give the same answer on
//! random and realistic inputs.
#![allow(clippy::unwrap_used, dead_code, unreachable_pub)]

#[path = "oracle_old/error.rs"]
mod error;
#[path = "oracle_old/numeral.rs"]
#[allow(clippy::all, clippy::pedantic)]
mod old;
#[path = "oracle_old/tables.rs"]
mod tables;

use proptest::prelude::*;

/// CJK numerals were read anew after the migration (place-holding zeros, repeated and leading
/// units, digits joined to CJK scale words): the old grammar is no oracle for them, and
/// `tests/properties.rs` checks them instead.
fn cjk(s: &str) -> bool {
    s.chars()
        .any(|c| ('\u{3000}'..='\u{9fff}').contains(&c) || ('\u{f900}'..='\u{faff}').contains(&c))
}

/// A full-width point after full-width digits, then ASCII digits (`１．2025`): read anew as a
/// list marker then a number (the old grammar read one decimal), checked by the unit tests.
fn mixed_point(s: &str) -> bool {
    let cs: Vec<char> = s.chars().collect();
    cs.windows(3)
        .any(|w| ('０'..='９').contains(&w[0]) && w[1] == '．' && w[2].is_ascii_digit())
}

/// Every public reading of `s`, new and old, as comparable strings.
fn check(s: &str) {
    if cjk(s) || mixed_point(s) {
        return;
    }
    let n = |x: Option<finnews_numeral::Numeral>| {
        x.map(|n| (n.value.to_string(), n.len, format!("{:?}", n.form)))
    };
    let o =
        |x: Option<old::Numeral>| x.map(|n| (n.value.to_string(), n.len, format!("{:?}", n.form)));
    assert_eq!(
        n(finnews_numeral::cardinal_prefix(s)),
        o(old::cardinal_prefix(s)),
        "cardinal {s:?}"
    );
    assert_eq!(
        n(finnews_numeral::ordinal_prefix(s)),
        o(old::ordinal_prefix(s)),
        "ordinal {s:?}"
    );
    assert_eq!(
        n(finnews_numeral::number_prefix(s)),
        o(old::number_prefix(s)),
        "number {s:?}"
    );
    assert_eq!(
        finnews_numeral::number_prefix_parts(s).map(|(a, b)| (n(Some(a)), n(Some(b)))),
        old::number_prefix_parts(s).map(|(a, b)| (o(Some(a)), o(Some(b)))),
        "parts {s:?}"
    );
    assert_eq!(
        finnews_numeral::scale_prefix(s).map(|x| (
            x.factor.to_string(),
            x.power,
            x.len,
            x.ambiguous
        )),
        old::scale_prefix(s).map(|x| (x.factor.to_string(), x.power, x.len, x.ambiguous)),
        "scale {s:?}"
    );
    assert_eq!(
        finnews_numeral::parse_cardinal(s)
            .map(|d| d.to_string())
            .map_err(|e| (e.offset(), e.to_string())),
        old::parse_cardinal(s)
            .map(|d| d.to_string())
            .map_err(|e| (e.offset(), e.to_string())),
        "parse {s:?}"
    );
    let w = s
        .split(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("");
    assert_eq!(
        finnews_numeral::is_numeral_start(w),
        old::is_numeral_start(w),
        "start {w:?}"
    );
    assert_eq!(
        finnews_numeral::is_numeral_word(w),
        old::is_numeral_word(w),
        "word {w:?}"
    );
}

/// Realistic pieces of numerals, joined at random.
const PIECES: &[&str] = &[
    "0",
    "1",
    "2",
    "3",
    "5",
    "12",
    "31",
    "100",
    "1986",
    "2,316",
    "1,23",
    "12,34,567",
    "1 800",
    "3,989.5",
    ".5",
    "0.25",
    "１２３",
    "．５",
    "，",
    " ",
    "  ",
    "-",
    " - ",
    ",",
    ".",
    "/",
    "a",
    "an",
    "A",
    "and",
    "AND",
    "one",
    "two",
    "Three",
    "five",
    "ten",
    "twelve",
    "twenty",
    "Twenty",
    "forty",
    "ninety",
    "hundred",
    "hundreds",
    "thousand",
    "million",
    "billion",
    "trillion",
    "lakh",
    "crore",
    "dozen",
    "dozens",
    "half",
    "halves",
    "quarter",
    "quarters",
    "first",
    "second",
    "third",
    "fifth",
    "fifths",
    "twentieth",
    "hundredth",
    "millionth",
    "point",
    "zero",
    "nought",
    "of",
    " of a ",
    "st",
    "nd",
    "rd",
    "th",
    "TH",
    "mln",
    "bn",
    "bln",
    "MM",
    "M",
    "m",
    "k",
    "K",
    "b",
    "G",
    "tn",
    "mn",
    "billon",
    "万",
    "亿",
    "万亿",
    "千",
    "兆",
    "萬",
    "億",
    "十",
    "百",
    "千",
    "零",
    "〇",
    "一",
    "二",
    "两",
    "三",
    "五",
    "九",
    "点",
    "點",
    "第",
    "壹",
    "拾",
    "佰",
    "½",
    "¾",
    "⅞",
    "元",
    "年",
    "x",
    "é",
    "dlrs",
    "pct",
    "\u{a0}",
    "\u{202f}",
    "someone",
    "have",
    "in",
];

fn joined() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 1..8).prop_map(|v| v.concat())
}

fn spaced() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 1..8).prop_map(|v| v.join(" "))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4000))]

    #[test]
    fn same_as_old_on_joined_pieces(s in joined()) {
        check(&s);
    }

    #[test]
    fn same_as_old_on_spaced_pieces(s in spaced()) {
        check(&s);
    }

    #[test]
    fn same_as_old_on_any_text(s in "\\PC{0,24}") {
        check(&s);
    }

    #[test]
    fn same_as_old_on_digit_text(s in "[0-9０-９,. \u{a0}\u{202f}，．]{0,24}") {
        check(&s);
    }
}

/// A fixed corpus of phrases news writes, each checked with every suffix start.
#[test]
fn same_as_old_on_a_small_corpus() {
    let corpus = [
        "2,316 cars",
        "1,23",
        "12,34,567",
        "1 800 firms",
        "3,989.5亿元",
        ".5 pct",
        "１２３",
        "22,24,26",
        "30 2020",
        "2019,2020",
        "1,234 567",
        "1,2345",
        "1,234,56",
        "three",
        "twenty-eight days",
        "two hundred and five",
        "a dozen eggs",
        "one-third",
        "one third",
        "three quarters",
        "half a billion",
        "twenty-one trillion three hundred",
        "one and a half",
        "two hundred point zero three",
        "three lakh crore",
        "a house",
        "someone",
        "thousands",
        "three-nought-four",
        "first",
        "third quarter",
        "twenty-first",
        "twentieth",
        "one hundred twenty fifth",
        "two hundredth",
        "31st,",
        "second",
        "a trillionth",
        "twenty",
        "5thx",
        "5 th",
        "三千九百八十九点五",
        "一万二千",
        "两亿",
        "十五",
        "二〇二〇年",
        "三点五亿",
        "一亿二千万",
        "四百五",
        "两千四百五",
        "三万五",
        "一百零五",
        "三万亿",
        "第五",
        "第12届",
        "万",
        "154.4 billion yuan",
        "3 lakh",
        "1.5 crore",
        "1.2万",
        "12兆",
        "3.5tn",
        "4 thousand 3 hundred and 21",
        "3 hundred and 2 hundred",
        "3 million and a half",
        "5m deep",
        "10 mln dlrs",
        "3 bond",
        "two thirds of a million",
        "one twenty-fifth",
        "three twenty-firsts",
        "one hundred thirty-fifths",
        "one hundred and thirty fifths",
        "one billion and a half million",
        "five and a half million",
        "point seventy-one",
        "fifty-four hundredths",
        "three hundred and two dozens",
        "a half",
        "an eighth",
        "quarter of a million",
        "half a dozen",
        "1 billion 200 million",
        "2.5 billion yen",
        "12.99% up",
        "700,000 people",
        "99999999999999999999999999999",
        "1234567890123456789012345678.5",
        "0.0000001",
        "1e10",
        "1,000,000,000,000,000,000,000,000,000",
        "十亿",
        "千亿",
        "百万",
        "1 mn",
        "2 MM",
        "9 G",
        "¼ mile",
        "⅞",
        "one-half",
        "two-thirds",
        "Fifth",
        "FIRST",
        "Twenty-First",
        "a hundred and one",
        "one thousand and one",
        "ninety-nine",
        "fourty",
        "nineth",
        "one  -  two",
        "one - two",
        "one--two",
        "1,234.5,6",
        "1 234 567.89",
        "1\u{a0}234",
        "1\u{202f}234",
        "12，345",
        "１２，３４５．６",
        "第三",
        "第一百",
        "第1.5",
    ];
    for phrase in corpus {
        for (i, _) in phrase.char_indices() {
            check(&phrase[i..]);
        }
        check(phrase);
    }
}
