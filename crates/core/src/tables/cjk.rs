//! The words of Chinese and Japanese quantities, as data: currency words (with the power of
//! ten some carry, `亿元`), their sub-units (`角`, `銭`), percent words and prefixes
//! (`个百分点`, `百分之`, `割`), measure units (`平方公里`, `ヘクタール`), modifiers written
//! before or after a quantity (`约`, `以上`, `程度`), approximation marks (`300多亿`), range
//! and list connectors, ordinal marks (`第`, `位`, `番目`), minus words, the Japanese decimal
//! point (`12・5%`) and the characters after a number that make it a date or duration
//! (`2020年`, `3か月`), which the quantity grammar leaves to the date grammar.
//!
//! Lookups at a position take the candidates sharing the first character, longest first.
//!
//! ```
//! use finnews_core::tables::cjk::{currency_at, percent_at, CjkPercent};
//! assert_eq!(currency_at("亿元的"), Some(("亿元", "CNY", 8)));
//! assert_eq!(percent_at("個百分點").map(|p| p.1), Some(CjkPercent::Point));
//! ```

use std::sync::OnceLock;

use super::cues::Bound;

/// Currency words written after a number: the word, its ISO 4217 code and the power of ten it
/// carries (`亿元` is 10^8 yuan).
pub const CURRENCIES: &[(&str, &str, u32)] = &[
    ("万亿元", "CNY", 12),
    ("萬億元", "CNY", 12),
    ("亿元", "CNY", 8),
    ("億元", "CNY", 8),
    ("万元", "CNY", 4),
    ("萬元", "CNY", 4),
    ("千元", "CNY", 3),
    ("元", "CNY", 0),
    ("圆", "CNY", 0),
    ("圓", "CNY", 0),
    ("块", "CNY", 0),
    ("塊", "CNY", 0),
    ("人民币", "CNY", 0),
    ("人民幣", "CNY", 0),
    ("人民元", "CNY", 0),
    ("美元", "USD", 0),
    ("美金", "USD", 0),
    ("美圆", "USD", 0),
    ("美圓", "USD", 0),
    ("港元", "HKD", 0),
    ("港币", "HKD", 0),
    ("港幣", "HKD", 0),
    ("新台币", "TWD", 0),
    ("新台幣", "TWD", 0),
    ("台币", "TWD", 0),
    ("台幣", "TWD", 0),
    ("日元", "JPY", 0),
    ("日圆", "JPY", 0),
    ("日圓", "JPY", 0),
    ("欧元", "EUR", 0),
    ("歐元", "EUR", 0),
    ("英镑", "GBP", 0),
    ("英鎊", "GBP", 0),
    ("韩元", "KRW", 0),
    ("韓元", "KRW", 0),
    ("瑞士法郎", "CHF", 0),
    ("澳元", "AUD", 0),
    ("加元", "CAD", 0),
    ("卢布", "RUB", 0),
    ("奈拉", "NGN", 0),
    ("兆円", "JPY", 12),
    ("億円", "JPY", 8),
    ("万円", "JPY", 4),
    ("萬円", "JPY", 4),
    ("千円", "JPY", 3),
    ("円", "JPY", 0),
    ("米ドル", "USD", 0),
    ("ドル", "USD", 0),
    ("香港ドル", "HKD", 0),
    ("ニュー台湾ドル", "TWD", 0),
    ("台湾ドル", "TWD", 0),
    ("豪ドル", "AUD", 0),
    ("カナダドル", "CAD", 0),
    ("ユーロ", "EUR", 0),
    ("ウォン", "KRW", 0),
    ("スイスフラン", "CHF", 0),
    ("スイス・フラン", "CHF", 0),
    ("ルーブル", "RUB", 0),
    ("ナイラ", "NGN", 0),
];

/// Currency words written before a number (`人民币3.14`, `人民币 3.14 亿元`).
pub const CURRENCY_PREFIXES: &[(&str, &str)] = &[
    ("人民币", "CNY"),
    ("人民幣", "CNY"),
    ("美元", "USD"),
    ("港币", "HKD"),
    ("港幣", "HKD"),
    ("新台币", "TWD"),
    ("新台幣", "TWD"),
];

/// Sub-units written after a whole amount (`56元7角8分`, `10円5銭`, `2ドル3セント`): the
/// currency, the word and its power of ten below the unit.
pub const SUB_UNITS: &[(&str, &str, u32)] = &[
    ("CNY", "角", 1),
    ("CNY", "毛", 1),
    ("CNY", "分", 2),
    ("JPY", "銭", 2),
    ("USD", "セント", 2),
    ("USD", "美分", 2),
];

/// Words after a sub-unit joining the next one (`545ドルと5セント`).
pub const SUB_UNIT_JOINERS: &[&str] = &["と", "又", "零"];

/// What a CJK percent word means.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CjkPercent {
    /// `%`, `％`, `パーセント`.
    Percent,
    /// `个百分点`, `ポイント`: percentage points.
    Point,
    /// `个基点`: basis points.
    Basis,
    /// `成`, `割`: tenths (`3割` is 30%).
    Tenths,
    /// `折`: a price at that share (`八折` is 80%, `75折` 75%).
    Discount,
}

/// Percent words written after a number.
pub const PERCENT_WORDS: &[(&str, CjkPercent)] = &[
    ("%", CjkPercent::Percent),
    ("％", CjkPercent::Percent),
    ("パーセント", CjkPercent::Percent),
    ("个百分点", CjkPercent::Point),
    ("個百分點", CjkPercent::Point),
    ("個百分点", CjkPercent::Point),
    ("个百分點", CjkPercent::Point),
    ("百分点", CjkPercent::Point),
    ("百分點", CjkPercent::Point),
    ("ポイント", CjkPercent::Point),
    ("个基点", CjkPercent::Basis),
    ("個基點", CjkPercent::Basis),
    ("个基點", CjkPercent::Basis),
    ("基点", CjkPercent::Basis),
    ("基點", CjkPercent::Basis),
    ("ベーシスポイント", CjkPercent::Basis),
    ("割", CjkPercent::Tenths),
    ("成", CjkPercent::Tenths),
    ("折", CjkPercent::Discount),
];

/// Words before a number that make it a share of a whole (`百分之八`, `千分之五`): the word and
/// the power of ten that divides the number to give percent.
pub const PERCENT_PREFIXES: &[(&str, u32)] = &[
    ("百分之", 0),
    ("佰分之", 0),
    ("千分之", 1),
    ("仟分之", 1),
    ("万分之", 2),
    ("萬分之", 2),
    ("十万分之", 3),
    ("十萬分之", 3),
    ("百万分之", 4),
    ("百萬分之", 4),
    ("千万分之", 5),
    ("千萬分之", 5),
    ("亿分之", 6),
    ("億分之", 6),
    ("万万分之", 6),
    ("萬萬分之", 6),
    ("百万万分之", 8),
    ("百萬萬分之", 8),
];

/// Percent words that carry their own number (`打对折`: half price, `半成`: half a tenth): the
/// word, the percent it means and whether it needs a verb of [`DISCOUNT_VERBS`] before it to be
/// one (`对折` alone is a fold).
pub const PERCENT_WORDS_ALONE: &[(&str, u32, bool)] = &[
    ("对折", 50, true),
    ("對折", 50, true),
    ("半折", 50, false),
    ("半成", 5, false),
    ("半割", 5, false),
];

/// Verbs before a discount word that make it a price (`打对折`: sell at half price).
pub const DISCOUNT_VERBS: &[&str] = &["打"];

/// Characters after a word of [`PERCENT_WORDS_ALONE`] that make it part of another word
/// (`对折叠`: to fold, `半成品`: a semi-finished product, `对折扣`: about the discount).
pub const NOT_PERCENT_AFTER: &[char] = &[
    '叠', '疊', '扣', '品', '算', '合', '射', '线', '線', '旧', '舊', '价', '價', '熟', '年', '员',
    '員', '功', '本', '立', '就', '绩', '績', '为', '為', '了', '交', '长', '長', '果', '效', '型',
    '都', '分', '形', '片', '衣',
];

/// The smaller share written after tenths (`3割5分` is 35%): the word after the digit and the
/// power of ten below a tenth it counts (`分`: a hundredth). A bare digit after Chinese `成`
/// counts hundredths too (`七成六` is 76%).
pub const TENTHS_MINOR: &[(&str, u32)] = &[("分", 1)];

/// The tenths words after which a bare digit counts hundredths (`七成六` is 76%; Japanese writes
/// `7割6分`).
pub const TENTHS_BARE_MINOR: &[&str] = &["成"];

/// Characters before a word of [`PERCENT_WORDS_ALONE`] that make it part of a phrase
/// (`一半成了`: half became, `大半成本`).
pub const NOT_PERCENT_BEFORE: &[char] = &['一', '大', '过', '過', '多'];

/// The counter word before a percent word (`1.3个和1.5个百分点`: the first `个` takes the unit
/// of the second).
pub const POINT_COUNTERS: &[&str] = &["个", "個"];

/// Words joining two quantities that share a unit written once after the second.
pub const LIST_JOINERS: &[&str] = &["和", "與", "与", "及", "、"];

/// Measure units written after a number: the word and the canonical unit code.
pub const UNITS: &[(&str, &str)] = &[
    ("平方公里", "km2"),
    ("平方千米", "km2"),
    ("平方米", "m2"),
    ("㎡", "m2"),
    ("㎢", "km2"),
    ("㎞", "km"),
    ("㎏", "kg"),
    ("平方公尺", "m2"),
    ("平米", "m2"),
    ("公顷", "ha"),
    ("公頃", "ha"),
    ("亩", "mu"),
    ("畝", "mu"),
    ("公里", "km"),
    ("千米", "km"),
    ("米", "m"),
    ("吨", "t"),
    ("噸", "t"),
    ("公吨", "t"),
    ("公斤", "kg"),
    ("千克", "kg"),
    ("桶", "bbl"),
    ("升", "l"),
    ("立方米", "m3"),
    ("千瓦时", "kWh"),
    ("千瓦時", "kWh"),
    ("千瓦", "kW"),
    ("兆瓦时", "MWh"),
    ("兆瓦", "MW"),
    ("吉瓦", "GW"),
    ("标箱", "TEU"),
    ("標箱", "TEU"),
    ("标准箱", "TEU"),
    ("標準箱", "TEU"),
    ("盎司", "oz"),
    ("千字节", "KB"),
    ("兆字节", "MB"),
    ("吉字节", "GB"),
    ("平方キロメートル", "km2"),
    ("平方キロ", "km2"),
    ("平方メートル", "m2"),
    ("ヘクタール", "ha"),
    ("キロメートル", "km"),
    ("メートルトン", "t"),
    ("メートル", "m"),
    ("マイル", "mi"),
    ("エーカー", "acre"),
    ("トン", "t"),
    ("キログラム", "kg"),
    ("ポンド", "lb"),
    ("オンス", "oz"),
    ("バレル", "bbl"),
    ("リットル", "l"),
    ("キロワット時", "kWh"),
    ("キロワット", "kW"),
    ("メガワット", "MW"),
    ("ギガワット", "GW"),
];

/// Modifiers written right before a number (`约5亿元`, `不到2.6万港元`).
pub const MODIFIERS_BEFORE: &[(&str, Bound)] = &[
    ("大约", Bound::Approx),
    ("大約", Bound::Approx),
    ("约", Bound::Approx),
    ("約", Bound::Approx),
    ("将近", Bound::Approx),
    ("將近", Bound::Approx),
    ("接近", Bound::Approx),
    ("近", Bound::Approx),
    ("およそ", Bound::Approx),
    ("不超过", Bound::AtMost),
    ("不超過", Bound::AtMost),
    ("不高于", Bound::AtMost),
    ("不高於", Bound::AtMost),
    ("不低于", Bound::AtLeast),
    ("不低於", Bound::AtLeast),
    ("不少于", Bound::AtLeast),
    ("不少於", Bound::AtLeast),
    ("超过", Bound::Over),
    ("超過", Bound::Over),
    ("超", Bound::Over),
    ("逾", Bound::Over),
    ("少なくとも", Bound::AtLeast),
    ("不到", Bound::Under),
    ("不足", Bound::Under),
    ("低于", Bound::Under),
    ("低於", Bound::Under),
    ("至少", Bound::AtLeast),
    ("最多", Bound::AtMost),
];

/// Modifiers written right after a quantity (`4%左右`, `2.9兆円程度`, `100人以上`).
pub const MODIFIERS_AFTER: &[(&str, Bound)] = &[
    ("左右", Bound::Approx),
    ("上下", Bound::Approx),
    ("程度", Bound::Approx),
    ("前後", Bound::Approx),
    ("以上", Bound::AtLeast),
    ("以下", Bound::AtMost),
    ("以内", Bound::AtMost),
    ("未満", Bound::Under),
    ("近く", Bound::Approx),
    ("前后", Bound::Approx),
    ("超え", Bound::Over),
    ("超", Bound::Over),
    ("余り", Bound::Over),
    ("強", Bound::Over),
    ("弱", Bound::Under),
    ("足らず", Bound::Under),
];

/// Marks of an approximate number written inside it (`300多亿元`, `十余万`, `二十几万`).
pub const APPROX_MARKS: &[char] = &['多', '余', '餘', '几', '幾'];

/// Connectors between the two ends of a range (`三到四万美元`, `5〜6億円`, `1から1.25%`).
pub const RANGE_CONNECTORS: &[&str] = &["到", "至", "〜", "～", "~", "-", "－", "から", "—"];

/// Range connectors that read `from ... to` after a quantity with its unit (`12兆円から13兆円に`
/// is a change, two amounts): a range only when the first number has no unit (`1から1.25%`).
pub const FROM_TO: &[&str] = &["から"];

/// Counter words after a number that make it a count (`三双`, `十个`, `十本`): the word and
/// the multiplier it carries when it is a unit of its own (`打`, `ダース`: a dozen, kept in the
/// span), else 1 (the counter stays out of the span). `一` before a counter of 1 reads as an
/// article (`一个`, `一家`), as English `a` does, and is not a count.
pub const COUNTERS: &[(&str, u32)] = &[
    ("打", 12),
    ("ダース", 12),
    ("只", 1),
    ("隻", 1),
    ("双", 1),
    ("雙", 1),
    ("对", 1),
    ("對", 1),
    ("个", 1),
    ("個", 1),
    ("本", 1),
    ("匹", 1),
    ("斤", 1),
    ("张", 1),
    ("張", 1),
    ("台", 1),
    ("件", 1),
    ("名", 1),
    ("人", 1),
    ("条", 1),
    ("條", 1),
    ("辆", 1),
    ("輛", 1),
    ("头", 1),
    ("頭", 1),
    ("枚", 1),
    ("冊", 1),
    ("杯", 1),
    ("塊", 1),
    ("キロ", 1),
];

/// The marks between a denominator and its numerator (`五分之一`, `三分の二`).
pub const FRACTION_MARKS: &[&str] = &["分之", "分の"];

/// Words joining a whole number and a fraction (`三百五又三分之一`, `二と四分の一`).
pub const MIXED_JOINERS: &[&str] = &["又", "と"];

/// Latin thousands letters touching a number in CJK text (`12k个百分点`, `15Ｋ`).
pub const THOUSANDS: &[&str] = &["k", "K", "Ｋ"];

/// The half written after tenths (`三成半` is 35%, `七割半` 75%).
pub const HALF: &str = "半";

/// Minus words and signs written right before a number (`负3`, `マイナス5`, `－12%`).
pub const MINUS: &[&str] = &["负", "負", "マイナス", "－", "−", "-", "△", "▲"];

/// The Japanese decimal point between two digit runs (`12・5%`, `０・７５％`).
pub const DECIMAL_POINTS: &[char] = &['・'];

/// The character before a number that makes it an ordinal (`第5`, `第三`).
pub const ORDINAL_PREFIXES: &[&str] = &["第", "だい"];

/// Words after a number that make it a rank (`第5位`, `2位に`, `3番目`): the word and whether
/// it needs `第` before the number or kana after it to be one (`3位专家` counts people).
pub const ORDINAL_SUFFIXES: &[(&str, bool)] = &[("番目", false), ("位", true)];

/// Words after `第N` that make it a name, not a rank (`第一产业`: the primary sector,
/// `第三方`: a third party, `第一财经`: a news group).
pub const NAMED_ORDINALS: &[&str] = &["产业", "產業", "方", "财经", "財經", "次産業", "次所得"];

/// Words that are the ordinal one by themselves (`首次`: the first time).
pub const FIRST_WORDS: &[&str] = &["首次", "首个", "首個", "首位", "初めて", "最初"];

/// Words after a number that make it a date, a time or a duration, left to the date grammar
/// (`2020年`, `9月`, `3か月`, `二季度`).
pub const DATE_AFTER: &[&str] = &[
    "年",
    "月",
    "日",
    "号",
    "號",
    "時",
    "时",
    "点",
    "點",
    "分",
    "秒",
    "周",
    "週",
    "天",
    "季",
    "个月",
    "個月",
    "ヶ月",
    "か月",
    "カ月",
    "ケ月",
    "箇月",
    "个季度",
    "個季度",
    "个星期",
    "個星期",
    "个工作日",
    "个交易日",
    "个小时",
    "個小時",
    "世纪",
    "世紀",
    "四半期",
    "半期",
];

/// Words after a number of time units that make it the length of a run or of a gap, never a
/// date: `3日続伸` (a three-day winning streak), `2四半期ぶり` (the first in two quarters),
/// `30年ぶり`. The word stays out of the duration's span (`３０年ぶり` → `３０年`).
pub const STREAK_AFTER: &[&str] = &[
    "続伸", "続落", "続騰", "続増", "続減", "連騰", "連続", "連勝", "連敗", "ぶり", "振り",
];

/// Words naming the same month or quarter of another year after a year word (`前年同月`,
/// `去年同月`): comparison anchors, like `同期`.
pub const SAME_PERIOD_WORDS: &[&str] = &["同月", "同季度", "同四半期"];

/// Words after a written year that name its first half as a reporting period (`2026年半年度`:
/// the half-year report of 2026, its first half).
pub const HALF_YEAR_REPORTS: &[&str] = &["半年度", "中期"];

/// Words written right before a date that make it the other term of a comparison (`比年初增加`,
/// `较上年末`, `と比べ`): such a date is never the period a later anchor (`去年同期`) shifts.
pub const COMPARED_BEFORE: &[&str] = &["比", "较", "較", "相比", "对比", "對比"];

/// Words after an amount that make it a rounding note, no quantity (`百万円未満切捨て`: amounts
/// are truncated below a million yen).
pub const ROUNDING_NOTES: &[&str] = &[
    "未満切捨て",
    "未満切り捨て",
    "未満切捨",
    "未満四捨五入",
    "未満は切り捨て",
    "未満を切り捨て",
];

/// Labels before the unit of a table or a page (`単位：百万円`, `单位：亿元`): the scale and
/// currency after them name the unit of the figures, no amount.
pub const UNIT_LABELS: &[&str] = &["単位", "单位", "單位"];

/// Words after a number (within a few characters: `1株当たり`, `1人あたり`) that make it the
/// denominator of a rate, no quantity.
pub const PER_UNIT_AFTER: &[&str] = &["当たり", "あたり", "當たり"];

/// Words right before a number that make it the denominator of a rate (`每10股派发`: per ten
/// shares), no quantity.
pub const PER_UNIT_BEFORE: &[&str] = &["每"];

/// Labels of page counters (`浏览次数：1326`): the number after them counts visits, no fact.
pub const COUNTER_LABELS: &[&str] = &[
    "浏览次数",
    "瀏覽次數",
    "浏览量",
    "瀏覽量",
    "阅读量",
    "閱讀量",
    "阅读数",
    "点击数",
    "點擊數",
    "访问量",
    "閲覧数",
    "アクセス数",
];

/// Labels of codes (`证券代码：600519`, `股份代號：700`, `証券コード：7203`): the number after
/// them names a security or a company, no quantity.
pub const CODE_LABELS: &[&str] = &[
    "证券代码",
    "證券代碼",
    "股票代码",
    "股票代碼",
    "股份代号",
    "股份代號",
    "证券代號",
    "基金代码",
    "基金代碼",
    "コード番号",
    "証券コード",
    "銘柄コード",
];

/// Currency words after a number that name only the unit, yuan or dollar (`元`, `億元`): a
/// currency written before the number says whose (`新台幣3142億元` is TWD, `港币100元` HKD).
pub const UNIT_ONLY_CURRENCIES: &[&str] = &[
    "万亿元",
    "萬億元",
    "亿元",
    "億元",
    "万元",
    "萬元",
    "千元",
    "元",
    "圆",
    "圓",
    "块",
    "塊",
];

/// Words after a number of Japanese points that make it a move of an index, no percentage
/// point (`21.07ポイント高の2757.59`: TOPIX rose 21.07 points), unless a kana of
/// [`ADJECTIVE_TAILS`] makes the word an adjective (`0.1ポイント高い`: a rate higher by 0.1 point).
pub const INDEX_MOVES: &[&str] = &["高", "安"];

/// The points words an index move may follow (see [`INDEX_MOVES`]).
pub const INDEX_POINT_WORDS: &[&str] = &["ポイント"];

/// Kana after `高`/`安` that make it an adjective or a verb (`高い`, `高く`, `高かった`,
/// `高め`, `高まる`, `安い`).
pub const ADJECTIVE_TAILS: &[char] = &['い', 'く', 'か', 'け', 'め', 'ま', 'す', 'さ', 'ね'];

/// Words right after a date that make it the other side of a difference fused into one word
/// (`前年同月差`: the change from the same month a year earlier), no date, like `前年同月比`.
pub const DIFFERENCE_MARKS: &[&str] = &["差"];

/// The word after a day that makes the months counted after it a period ended that day
/// (`截至2024年9月30日止三個月`: the three months ended 30 September 2024).
pub const ENDED_MARKS: &[&str] = &["止"];

/// The short quarter word written after `第N` or `前N` in digits (`民國113年第3季`, `前3季`:
/// Taiwan's third quarter and first three quarters); a bare `3季` is no quarter, and neither is
/// `第一季` (a show's first season as often as a quarter).
pub const SHORT_QUARTER_WORDS: &[&str] = &["季"];

/// Characters right before a half word that make it a part of a price or an age band, no half
/// year (`153円台後半`: in the upper 153s, `30代前半`: in the early thirties).
pub const NOT_HALF_BEFORE: &[char] = &['台', '代'];

/// Marks after a small number opening a line that make it a list marker (`1.国内增值税`,
/// `１．輸出`, `2、`), no quantity, unless a digit follows (`1.5亿元`).
pub const LIST_MARKS: &[char] = &['.', '．', '、'];

/// Words written right after the day a document was published, on its publication line
/// (`2024年11月8日公表`, `（2024年11月8日 発表）`, `2024年11月8日发布`).
pub const PUBLICATION_MARKS: &[&str] = &[
    "公表", "発表", "發表", "发表", "发布", "發布", "公布", "公告", "更新", "発行", "掲載", "付",
];

/// Brackets around a whole publication line (`（2024年11月8日 発表）`, `【2024-07-15】`): the
/// opening and closing marks.
pub const PUBLICATION_BRACKETS: &[(&str, &str)] = &[("（", "）"), ("【", "】"), ("[", "]")];

/// Year words that name a year from the period the text reports on, not from the day it was
/// published (`比上年增长`, `上年末` in a bulletin on 2023: 2022 and its end; `全年`, the whole
/// reported year), and whether they do so only in Japanese (Chinese `前年` is the year before
/// last, counted from today).
pub const ANAPHORIC_YEARS: &[(&str, bool)] = &[("上年", false), ("前年", true), ("全年", false)];

/// Separators between the name and the day of a closing sign-off line (`香港，2024年11月13日`,
/// `国家统计局 2024年11月8日`), besides white space.
pub const SIGN_OFF_SEPARATORS: &[&str] = &["，", "、", ","];

/// Everything the tables say about the text at a position, by first character.
struct Maps {
    currency: Buckets<(&'static str, &'static str, u32)>,
    percent: Buckets<(&'static str, CjkPercent)>,
    unit: Buckets<(&'static str, &'static str)>,
    date: Buckets<&'static str>,
}

/// A table's rows by the first character of their word, longest word first within a
/// character. These lookups run at every CJK character of a text, and most characters start
/// no word: one bit (by the character's code modulo 4096) says so before any search; a hit is
/// a binary search of the few first characters.
struct Buckets<T> {
    firsts: [u64; 64],
    rows: Vec<(char, Vec<T>)>,
}

impl<T> Buckets<T> {
    fn get(&self, c: char) -> Option<&[T]> {
        let k = c as usize % 4096;
        if self
            .firsts
            .get(k / 64)
            .is_none_or(|w| w & (1 << (k % 64)) == 0)
        {
            return None;
        }
        let at = self.rows.binary_search_by_key(&c, |r| r.0).ok()?;
        self.rows.get(at).map(|r| r.1.as_slice())
    }
}

fn bucket<T: Copy>(
    items: impl Iterator<Item = T>,
    word: impl Fn(&T) -> &'static str,
) -> Buckets<T> {
    let mut rows: Vec<(char, Vec<T>)> = Vec::new();
    let mut firsts = [0u64; 64];
    for it in items {
        let Some(c) = word(&it).chars().next() else {
            continue;
        };
        match rows.iter_mut().find(|r| r.0 == c) {
            Some(r) => r.1.push(it),
            None => rows.push((c, vec![it])),
        }
        let k = c as usize % 4096;
        if let Some(w) = firsts.get_mut(k / 64) {
            *w |= 1 << (k % 64);
        }
    }
    rows.sort_by_key(|r| r.0);
    for r in &mut rows {
        r.1.sort_by_key(|t| std::cmp::Reverse(word(t).len()));
    }
    Buckets { firsts, rows }
}

fn maps() -> &'static Maps {
    static M: OnceLock<Maps> = OnceLock::new();
    M.get_or_init(|| Maps {
        currency: bucket(CURRENCIES.iter().copied(), |t| t.0),
        percent: bucket(PERCENT_WORDS.iter().copied(), |t| t.0),
        unit: bucket(UNITS.iter().copied(), |t| t.0),
        date: bucket(DATE_AFTER.iter().copied(), |t| t),
    })
}

/// The longest entry of a bucketed table that `text` starts with.
fn longest<T: Copy>(m: &Buckets<T>, text: &str, word: impl Fn(&T) -> &'static str) -> Option<T> {
    let c = text.chars().next()?;
    m.get(c)?
        .iter()
        .copied()
        .find(|t| has_prefix(text, word(t)))
}

/// The currency word `text` starts with: the word, its ISO code and its power of ten.
///
/// # Example
///
/// ```
/// assert_eq!(finnews_core::tables::cjk::currency_at("円に"), Some(("円", "JPY", 0)));
/// assert_eq!(finnews_core::tables::cjk::currency_at("年"), None);
/// ```
#[must_use]
pub fn currency_at(text: &str) -> Option<(&'static str, &'static str, u32)> {
    longest(&maps().currency, text, |t| t.0)
}

/// The percent word `text` starts with, and what it means.
///
/// # Example
///
/// ```
/// use finnews_core::tables::cjk::{percent_at, CjkPercent};
/// assert_eq!(percent_at("％増"), Some(("％", CjkPercent::Percent)));
/// ```
#[must_use]
pub fn percent_at(text: &str) -> Option<(&'static str, CjkPercent)> {
    longest(&maps().percent, text, |t| t.0)
}

/// The length of `word` at the start of `text`, ASCII spaces allowed between its characters
/// (`个 百 分点`), or `None`.
///
/// # Example
///
/// ```
/// assert_eq!(finnews_core::tables::cjk::spaced_len("百 分 之2", "百分之"), Some("百 分 之".len()));
/// assert_eq!(finnews_core::tables::cjk::spaced_len("百分点", "百分之"), None);
/// ```
#[must_use]
pub fn spaced_len(text: &str, word: &str) -> Option<usize> {
    // byte by byte: most calls fail on the first character, and cost a comparison or two
    let (t, w) = (text.as_bytes(), word.as_bytes());
    if let Some(&w0) = w.first()
        && t.first() != Some(&w0)
    {
        return None;
    }
    let (mut i, mut k) = (0, 0);
    while let Some(&lead) = w.get(k) {
        if k > 0 {
            let sp = t
                .get(i..)
                .unwrap_or_default()
                .iter()
                .take_while(|&&b| b == b' ')
                .count();
            if sp > 4 {
                return None;
            }
            i += sp;
        }
        let n = match lead {
            0..=0x7F => 1,
            0xC0..=0xDF => 2,
            0xE0..=0xEF => 3,
            _ => 4,
        };
        if t.get(i..i + n)? != w.get(k..k + n)? {
            return None;
        }
        i += n;
        k += n;
    }
    Some(i)
}

/// [`percent_at`], ASCII spaces allowed between the characters of a CJK word: the length
/// matched and what it means.
///
/// # Example
///
/// ```
/// use finnews_core::tables::cjk::{percent_at_spaced, CjkPercent};
/// assert_eq!(percent_at_spaced("个 百 分点"), Some(("个 百 分点".len(), CjkPercent::Point)));
/// ```
#[must_use]
pub fn percent_at_spaced(text: &str) -> Option<(usize, CjkPercent)> {
    let c = text.chars().next()?;
    maps()
        .percent
        .get(c)?
        .iter()
        .find_map(|&(w, p)| Some((spaced_len(text, w)?, p)))
}

/// The percent prefix (`百分之`, `千分之`) at the start of `text`, spaces allowed between its
/// characters: the length matched and the power of ten dividing the number after it.
///
/// # Example
///
/// ```
/// assert_eq!(finnews_core::tables::cjk::percent_prefix_at("千分之五"), Some(("千分之".len(), 1)));
/// ```
#[must_use]
pub fn percent_prefix_at(text: &str) -> Option<(usize, u32)> {
    let first = *text.as_bytes().first()?;
    // every prefix is CJK: digits and Latin text (most calls) start none
    if first < 0x80 {
        return None;
    }
    PERCENT_PREFIXES
        .iter()
        .filter(|(w, _)| w.as_bytes().first() == Some(&first))
        .find_map(|&(w, d)| Some((spaced_len(text, w)?, d)))
}

/// The percent word of [`PERCENT_WORDS_ALONE`] at the start of `text`, unless a character of
/// [`NOT_PERCENT_AFTER`] follows it: its length, the percent it means and whether it needs a
/// verb of [`DISCOUNT_VERBS`] before it.
///
/// # Example
///
/// ```
/// use finnews_core::tables::cjk::percent_alone_at;
/// assert_eq!(percent_alone_at("对折出售"), Some(("对折".len(), 50, true)));
/// assert_eq!(percent_alone_at("半成品"), None);
/// ```
#[must_use]
pub fn percent_alone_at(text: &str) -> Option<(usize, u32, bool)> {
    let &(w, v, verb) = PERCENT_WORDS_ALONE
        .iter()
        .find(|(w, _, _)| has_prefix(text, w))?;
    let after = text[w.len()..].chars().next();
    (!after.is_some_and(|c| NOT_PERCENT_AFTER.contains(&c))).then_some((w.len(), v, verb))
}

/// The measure unit `text` starts with, and its canonical code.
///
/// # Example
///
/// ```
/// assert_eq!(finnews_core::tables::cjk::unit_at("平方公里的"), Some(("平方公里", "km2")));
/// ```
#[must_use]
pub fn unit_at(text: &str) -> Option<(&'static str, &'static str)> {
    longest(&maps().unit, text, |t| t.0)
}

/// Whether `text` starts with a word that makes the number before it a date or duration.
///
/// # Example
///
/// ```
/// assert!(finnews_core::tables::cjk::date_after("年3月"));
/// assert!(!finnews_core::tables::cjk::date_after("元"));
/// ```
#[must_use]
pub fn date_after(text: &str) -> bool {
    longest(&maps().date, text, |t| t).is_some()
}

/// The first entry of `table` that `text` starts with (tables of a few short words).
///
/// # Example
///
/// ```
/// use finnews_core::tables::cjk::{starts_with_any, RANGE_CONNECTORS};
/// assert_eq!(starts_with_any("到四万", RANGE_CONNECTORS), Some("到"));
/// ```
#[must_use]
pub fn starts_with_any(text: &str, table: &'static [&'static str]) -> Option<&'static str> {
    table.iter().copied().find(|w| has_prefix(text, w))
}

/// Whether `text` starts with `w`, byte by byte: the words are a few bytes long and most differ
/// in their first bytes, so this stops sooner than a library comparison is even called (these
/// tables are asked at every CJK character).
#[inline]
fn has_prefix(text: &str, w: &str) -> bool {
    let (t, w) = (text.as_bytes(), w.as_bytes());
    t.len() >= w.len() && t.iter().zip(w).all(|(a, b)| a == b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn longest_wins() {
        assert_eq!(currency_at("億円").map(|c| c.0), Some("億円"));
        assert_eq!(currency_at("香港ドル").map(|c| c.1), Some("HKD"));
        assert_eq!(unit_at("千瓦时").map(|u| u.1), Some("kWh"));
        assert_eq!(unit_at("千瓦").map(|u| u.1), Some("kW"));
        assert_eq!(percent_at("个百分点").map(|p| p.1), Some(CjkPercent::Point));
        assert!(date_after("个月"));
        assert!(!date_after("个百分点"));
    }
}
