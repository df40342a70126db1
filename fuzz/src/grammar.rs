//! Documents built from grammar pieces, so the fuzzer spends its time in the deep states of the
//! parsers (a number followed by a scale word and a currency name, a month name followed by a
//! day and a year, a quarter, a range) rather than in byte noise.
//!
//! The pieces are data tables; the fuzzer's bytes choose among them and fill in the numbers.

use std::fmt;

use libfuzzer_sys::arbitrary::{self, Arbitrary, Unstructured};

use crate::FuzzOptions;

/// Scale words, as written in English, Chinese and Japanese news.
const SCALES: &[&str] = &[
    "thousand", "million", "billion", "trillion", "bn", "mn", "mln", "m", "k", "K", "M", "B",
    "bln", "lakh", "crore", "hundred", "dozen", "万", "亿", "千", "百万", "千万", "万亿", "兆",
    "億", "萬", "billions", "Million", "BILLION",
];

/// Currency codes, symbols and names.
const CURRENCIES: &[&str] = &[
    "USD",
    "EUR",
    "JPY",
    "CNY",
    "RMB",
    "GBP",
    "HKD",
    "CHF",
    "INR",
    "KRW",
    "AUD",
    "CAD",
    "XAU",
    "XXX",
    "ABC",
    "$",
    "US$",
    "HK$",
    "C$",
    "A$",
    "S$",
    "NT$",
    "€",
    "£",
    "¥",
    "￥",
    "₩",
    "₹",
    "元",
    "美元",
    "人民币",
    "円",
    "日元",
    "欧元",
    "dollars",
    "dollar",
    "yuan",
    "yen",
    "euros",
    "euro",
    "pounds",
    "sterling",
    "rupees",
    "won",
    "renminbi",
    "Swiss francs",
    "U.S. dollars",
    "cents",
    "pence",
    "港元",
    "英镑",
];

/// Percent, unit and measure words.
const UNITS: &[&str] = &[
    "%",
    "％",
    "percent",
    "per cent",
    "pct",
    "percentage points",
    "percentage point",
    "basis points",
    "bp",
    "bps",
    "百分点",
    "个百分点",
    "km2",
    "km²",
    "square meters",
    "sq m",
    "平方米",
    "tonnes",
    "tons",
    "t",
    "吨",
    "barrels",
    "bpd",
    "MW",
    "GW",
    "kWh",
    "GB",
    "TB",
    "TEU",
    "TEUs",
    "mu",
    "hectares",
    "ounces",
    "oz",
    "kg",
    "公斤",
    "litres",
    "miles",
    "km",
    "公里",
    "倍",
    "times",
];

/// Modifiers and range words.
const MODIFIERS: &[&str] = &[
    "about",
    "around",
    "nearly",
    "almost",
    "more than",
    "over",
    "above",
    "up to",
    "at least",
    "at most",
    "under",
    "less than",
    "below",
    "approximately",
    "some",
    "超过",
    "逾",
    "约",
    "近",
    "不到",
    "以上",
    "左右",
    "多",
];

/// Month names and abbreviations.
const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Sept",
    "Oct",
    "Nov",
    "Dec",
    "Jan.",
    "Sept.",
    "JANUARY",
    "march",
    "1月",
    "12月",
    "十二月",
    "正月",
    "13月",
];

/// Weekdays.
const WEEKDAYS: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wed",
    "Thursday",
    "Fri.",
    "Sunday",
    "周一",
    "星期五",
    "月曜日",
];

/// Period and relative words.
const PERIODS: &[&str] = &[
    "Q1",
    "Q2",
    "Q3",
    "Q4",
    "Q5",
    "Q0",
    "1Q",
    "4Q",
    "H1",
    "H2",
    "H3",
    "first quarter",
    "second quarter",
    "third quarter",
    "fourth quarter",
    "fifth quarter",
    "first half",
    "second half",
    "first half of this year",
    "the end of",
    "the beginning of",
    "mid-",
    "the middle of",
    "early",
    "late",
    "last year",
    "this year",
    "next year",
    "a year earlier",
    "a year ago",
    "last month",
    "next month",
    "yesterday",
    "today",
    "tomorrow",
    "last week",
    "the past three months",
    "the previous quarter",
    "year-on-year",
    "year-to-date",
    "FY",
    "fiscal",
    "fiscal year",
    "the fiscal year ending",
    "consecutive quarters",
    "years",
    "months",
    "weeks",
    "days",
    "year",
    "quarter",
    "decade",
    "上半年",
    "下半年",
    "第一季度",
    "第四季度",
    "一季度",
    "去年",
    "今年",
    "明年",
    "同比",
    "上月",
    "年度",
    "年",
    "月",
    "日",
    "号",
    "季度",
    "年初",
    "年底",
    "1-6月",
    "前三季度",
    "since",
    "until",
    "through",
    "between",
    "from",
    "ended",
    "ending",
    "as of",
    "by the end of",
];

/// Number words and ordinals.
const WORDS: &[&str] = &[
    "one",
    "two",
    "three",
    "ten",
    "eleven",
    "twelve",
    "twenty",
    "twenty-eight",
    "ninety-nine",
    "hundred",
    "one hundred",
    "a hundred",
    "a thousand",
    "half",
    "a half",
    "quarter",
    "zero",
    "first",
    "second",
    "third",
    "fifth",
    "twenty-first",
    "hundredth",
    "1st",
    "2nd",
    "3rd",
    "4th",
    "21st",
    "22nd",
    "111th",
    "0th",
    "第一",
    "第五",
    "第十二",
    "No.",
    "No. 1",
    "#1",
    "dozens",
    "several",
    "millions",
];

/// Separators and punctuation between pieces.
const SEPARATORS: &[&str] = &[
    " ", " ", " ", ", ", ",", ".", ". ", "-", "–", "—", " to ", " - ", "/", ":", "; ", "\n",
    "\n\n", "\r\n", "\r", "\t", "(", ")", "[", "]", "~", "～", "至", "到", " and ", " or ", "、",
    "，", "。", "：", "（", "）", "'", "\"", "“", "”", "\u{a0}", "\u{3000}", "\u{feff}", "\0",
    "\u{200b}", "\u{2009}", "+", "−", "*", "•", "·", "...", "…", "|",
];

/// Whole lines a news page has.
const LINES: &[&str] = &[
    "Share",
    "Print",
    "Back to top",
    "Home > News > Finance",
    "Related links",
    "Source: Xinhua",
    "Area: 508km2",
    "Population: 1.2 million",
    "By Reuters Staff",
    "SALVADOR, Feb 26 - ",
    "NEW YORK, March 3 - ",
    "September 29, 2020",
    "October 2013",
    "2020-09-29",
    "- item",
    "* item",
    "1. First",
    "(1) first",
    "① first",
    "Title",
    "REUTER",
    "&lt;",
    "&#3;",
];

/// CJK numeral characters.
const CJK_DIGITS: &[char] = &[
    '零', '〇', '一', '二', '两', '三', '四', '五', '六', '七', '八', '九', '十', '百', '千', '万',
    '亿', '兆', '点', '壹', '贰', '叁', '拾', '佰', '仟', '萬', '億', '负',
];

/// Digit sets: ASCII, full-width, Arabic-Indic.
const DIGIT_SETS: &[[char; 10]] = &[
    ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'],
    ['０', '１', '２', '３', '４', '５', '６', '７', '８', '９'],
    ['٠', '١', '٢', '٣', '٤', '٥', '٦', '٧', '٨', '٩'],
];

/// Group and decimal separators inside numbers.
const NUMBER_SEPARATORS: &[&str] = &[
    ",", ".", " ", "\u{a0}", "'", "，", "．", "\u{202f}", "_", "",
];

/// A document built from grammar pieces, and the options it is analysed with.
pub struct Doc {
    /// The rendered text.
    pub text: String,
    /// The options.
    pub options: FuzzOptions,
}

impl fmt::Debug for Doc {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Printed as a Rust snippet that reproduces the case.
        writeln!(f, "let text = {:?};", self.text)?;
        write!(f, "let options = {:?};", self.options)
    }
}

/// The most pieces one document gets.
const MAX_PIECES: usize = 400;

impl<'a> Arbitrary<'a> for Doc {
    fn arbitrary(u: &mut Unstructured<'a>) -> arbitrary::Result<Self> {
        let options = FuzzOptions::arbitrary(u)?;
        let mut text = String::new();
        let mut n = 0;
        while !u.is_empty() && n < MAX_PIECES && text.len() < crate::MAX_LEN {
            piece(u, &mut text, false)?;
            n += 1;
        }
        Ok(Doc { text, options })
    }
}

fn pick(u: &mut Unstructured<'_>, table: &[&str], out: &mut String) -> arbitrary::Result<()> {
    out.push_str(u.choose(table)?);
    Ok(())
}

/// Appends a number: digits in groups with separators, optional sign and fraction.
fn number(u: &mut Unstructured<'_>, out: &mut String) -> arbitrary::Result<()> {
    let digits = u.choose(DIGIT_SETS)?;
    let digits = if u.ratio(3, 4)? {
        &DIGIT_SETS[0]
    } else {
        digits
    };
    match u.int_in_range(0u8..=9)? {
        0 => out.push('-'),
        1 => out.push('+'),
        _ => {}
    }
    let groups = u.int_in_range(1u8..=6)?;
    let sep = *u.choose(NUMBER_SEPARATORS)?;
    for g in 0..groups {
        if g > 0 {
            out.push_str(if u.ratio(7, 8)? {
                sep
            } else {
                u.choose(NUMBER_SEPARATORS)?
            });
        }
        // Mostly groups of 3, sometimes odd lengths, sometimes very long runs.
        let len = match u.int_in_range(0u8..=15)? {
            0 => u.int_in_range(4usize..=40)?,
            1..=3 => u.int_in_range(1usize..=2)?,
            _ => 3,
        };
        for _ in 0..len {
            out.push(digits[usize::from(u.int_in_range(0u8..=9)?)]);
        }
    }
    if u.ratio(1, 3)? {
        out.push_str(u.choose(&[".", "．", ","])?);
        for _ in 0..u.int_in_range(1usize..=6)? {
            out.push(digits[usize::from(u.int_in_range(0u8..=9)?)]);
        }
    }
    Ok(())
}

/// Appends a number that reads as a day, month or year.
fn calendar_number(u: &mut Unstructured<'_>, out: &mut String) -> arbitrary::Result<()> {
    let v: u32 = match u.int_in_range(0u8..=5)? {
        0 => u.int_in_range(0..=40)?,
        1 => u.int_in_range(1900..=2100)?,
        2 => u.int_in_range(0..=99)?,
        3 => u.int_in_range(0..=99_999)?,
        4 => u.int_in_range(1..=12)?,
        _ => u.int_in_range(1..=31)?,
    };
    if u.ratio(1, 8)? {
        out.push('\'');
    }
    out.push_str(&v.to_string());
    Ok(())
}

fn cjk_number(u: &mut Unstructured<'_>, out: &mut String) -> arbitrary::Result<()> {
    for _ in 0..u.int_in_range(1usize..=12)? {
        out.push(*u.choose(CJK_DIGITS)?);
    }
    Ok(())
}

/// Appends one piece.
fn piece(u: &mut Unstructured<'_>, out: &mut String, nested: bool) -> arbitrary::Result<()> {
    match u.int_in_range(0u8..=23)? {
        22 if nested => number(u, out)?,
        0..=3 => number(u, out)?,
        4 | 5 => calendar_number(u, out)?,
        6 => pick(u, SCALES, out)?,
        7 | 8 => pick(u, CURRENCIES, out)?,
        9 => pick(u, UNITS, out)?,
        10 => pick(u, MODIFIERS, out)?,
        11 | 12 => pick(u, MONTHS, out)?,
        13 => pick(u, WEEKDAYS, out)?,
        14 | 15 => pick(u, PERIODS, out)?,
        16 => pick(u, WORDS, out)?,
        17..=19 => pick(u, SEPARATORS, out)?,
        20 => cjk_number(u, out)?,
        21 => {
            out.push('\n');
            pick(u, LINES, out)?;
            out.push('\n');
        }
        22 => {
            // A piece repeated: runs are where quadratic behaviour hides.
            let start = out.len();
            piece(u, out, true)?;
            let rep = out[start..].to_owned();
            for _ in 0..u.int_in_range(1usize..=64)? {
                if out.len() + rep.len() > crate::MAX_LEN {
                    break;
                }
                out.push_str(&rep);
            }
        }
        _ => {
            // Raw text from the fuzzer.
            let len = u.int_in_range(1usize..=16)?;
            let bytes = u.bytes(len.min(u.len()))?;
            out.push_str(&String::from_utf8_lossy(bytes));
        }
    }
    Ok(())
}
