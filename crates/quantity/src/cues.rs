//! Cue words around numbers: modifiers, identifier words, year prepositions, percent words.
//! The ONE place for each table.

use crate::types::Modifier;

/// Words written before a quantity that hedge or bound it. Matched case-insensitively, ending
/// right before the quantity (one space, or none for CJK).
pub(crate) const MODIFIERS: &[(&str, Modifier)] = &[
    ("approximately", Modifier::Approx),
    ("approx.", Modifier::Approx),
    ("approx", Modifier::Approx),
    ("about", Modifier::Approx),
    ("around", Modifier::Approx),
    ("some", Modifier::Approx),
    ("roughly", Modifier::Approx),
    ("nearly", Modifier::Approx),
    ("almost", Modifier::Approx),
    ("close to", Modifier::Approx),
    ("an estimated", Modifier::Approx),
    ("estimated", Modifier::Approx),
    ("circa", Modifier::Approx),
    ("over", Modifier::Over),
    ("more than", Modifier::Over),
    ("above", Modifier::Over),
    ("exceeding", Modifier::Over),
    ("in excess of", Modifier::Over),
    ("upwards of", Modifier::Over),
    ("under", Modifier::Under),
    ("less than", Modifier::Under),
    ("fewer than", Modifier::Under),
    ("below", Modifier::Under),
    ("at least", Modifier::AtLeast),
    ("no less than", Modifier::AtLeast),
    ("no fewer than", Modifier::AtLeast),
    ("up to", Modifier::AtMost),
    ("at most", Modifier::AtMost),
    ("no more than", Modifier::AtMost),
    ("大约", Modifier::Approx),
    ("大約", Modifier::Approx),
    ("约", Modifier::Approx),
    ("約", Modifier::Approx),
    ("近", Modifier::Approx),
    ("超过", Modifier::Over),
    ("超過", Modifier::Over),
    ("逾", Modifier::Over),
    ("不到", Modifier::Under),
    ("不足", Modifier::Under),
    ("至少", Modifier::AtLeast),
    ("最多", Modifier::AtMost),
];

/// Words that make the number after them an identifier, not a quantity (`Article 5`,
/// `Room 1203`, `Windows 11`). Lower case; matched on the word right before the number.
pub(crate) const IDENTIFIER_WORDS: &[&str] = &[
    "article", "articles", "room", "rooms", "tower", "windows", "version", "ver", "v", "no",
    "nos", "number", "section", "sections", "chapter", "clause", "paragraph", "annex", "rule",
    "item", "page", "pages", "p", "pp", "vol", "volume", "line", "route", "highway", "exit",
    "building", "floor", "gate", "platform", "flight", "model", "iphone", "galaxy", "boeing",
    "airbus", "covid", "phase", "level", "grade", "class", "type", "block", "lot", "plot", "unit",
    "suite", "apartment", "apt", "box", "code", "zip", "tel", "phone", "fax", "ext", "id",
    "figure", "fig", "table", "step", "chart", "series", "stage", "round", "term", "part",
    "district", "street", "road", "avenue", "lane", "bus", "train", "ios", "android", "python",
    "channel", "pier", "terminal", "berth", "hall", "booth", "act", "resolution", "decree",
    "order", "law", "bill", "case", "docket", "patent", "standard", "iso", "row", "seat", "team",
];

/// Words before a single number that make it a pronoun, not a count (`the one you mentioned`).
pub(crate) const ONE_DETERMINERS: &[&str] = &[
    "the", "this", "that", "which", "each", "every", "any", "no", "one", "no", "someone",
];

/// Percent words after a number, lower case: the unit they give.
pub(crate) const PERCENT_WORDS: &[(&str, crate::types::PercentUnit)] = &[
    ("percentage points", crate::types::PercentUnit::PercentagePoint),
    ("percentage point", crate::types::PercentUnit::PercentagePoint),
    ("percentage pts", crate::types::PercentUnit::PercentagePoint),
    ("pct points", crate::types::PercentUnit::PercentagePoint),
    ("pct point", crate::types::PercentUnit::PercentagePoint),
    ("pp", crate::types::PercentUnit::PercentagePoint),
    ("ppts", crate::types::PercentUnit::PercentagePoint),
    ("ppt", crate::types::PercentUnit::PercentagePoint),
    ("basis points", crate::types::PercentUnit::BasisPoint),
    ("basis point", crate::types::PercentUnit::BasisPoint),
    ("bps", crate::types::PercentUnit::BasisPoint),
    ("bp", crate::types::PercentUnit::BasisPoint),
    ("percentage", crate::types::PercentUnit::Percent),
    ("percents", crate::types::PercentUnit::Percent),
    ("percent", crate::types::PercentUnit::Percent),
    ("per cent", crate::types::PercentUnit::Percent),
    ("pct", crate::types::PercentUnit::Percent),
    ("%", crate::types::PercentUnit::Percent),
    ("％", crate::types::PercentUnit::Percent),
];

/// Words after a number that make it a clock time (`2 pm`).
pub(crate) const TIME_WORDS: &[&str] = &["am", "pm", "a.m.", "p.m.", "a.m", "p.m", "gmt", "utc", "hrs", "hours", "o'clock"];

/// CJK characters after digits that make them a date or time (`2020年`, `9月`, `29日`).
pub(crate) const CJK_DATE_CHARS: &[char] = &['年', '月', '日', '号', '時', '时', '点', '分', '秒', '周', '週', '天'];
