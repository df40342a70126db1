//! Currency tables: ISO 4217 codes (from `iso_currency`), symbols, names and newswire
//! abbreviations. The ONE place for them.

use std::collections::HashMap;
use std::sync::LazyLock;

use iso_currency::Currency;

/// A currency read from the text, or the bare yen sign whose currency the document decides.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Cur {
    Known(Currency),
    /// `¥` / `￥` alone.
    Yen,
}

/// How an amount in a currency word is counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Sub {
    /// The unit itself (dollars).
    Unit,
    /// A hundredth of it (cents, `cts`, pence).
    Cent,
    /// Only money after a scale word or a currency cue (`pounds` is a weight otherwise).
    Weak,
}

/// Symbols written before (or after) a number. Longest first where one is a prefix of another.
pub(crate) const SYMBOLS: &[(&str, Cur)] = &[
    ("US$", Cur::Known(Currency::USD)),
    ("U.S.$", Cur::Known(Currency::USD)),
    ("HK$", Cur::Known(Currency::HKD)),
    ("NT$", Cur::Known(Currency::TWD)),
    ("S$", Cur::Known(Currency::SGD)),
    ("A$", Cur::Known(Currency::AUD)),
    ("AU$", Cur::Known(Currency::AUD)),
    ("C$", Cur::Known(Currency::CAD)),
    ("CA$", Cur::Known(Currency::CAD)),
    ("NZ$", Cur::Known(Currency::NZD)),
    ("R$", Cur::Known(Currency::BRL)),
    ("Mex$", Cur::Known(Currency::MXN)),
    ("MX$", Cur::Known(Currency::MXN)),
    ("$", Cur::Known(Currency::USD)),
    ("€", Cur::Known(Currency::EUR)),
    ("£", Cur::Known(Currency::GBP)),
    ("₩", Cur::Known(Currency::KRW)),
    ("₹", Cur::Known(Currency::INR)),
    ("₽", Cur::Known(Currency::RUB)),
    ("₺", Cur::Known(Currency::TRY)),
    ("₱", Cur::Known(Currency::PHP)),
    ("₫", Cur::Known(Currency::VND)),
    ("₪", Cur::Known(Currency::ILS)),
    ("₦", Cur::Known(Currency::NGN)),
    ("₴", Cur::Known(Currency::UAH)),
    ("₡", Cur::Known(Currency::CRC)),
    ("₾", Cur::Known(Currency::GEL)),
    ("₭", Cur::Known(Currency::LAK)),
    ("฿", Cur::Known(Currency::THB)),
    ("ரூ", Cur::Known(Currency::LKR)),
    ("Rs.", Cur::Known(Currency::INR)),
    ("Rs", Cur::Known(Currency::INR)),
    ("RMB", Cur::Known(Currency::CNY)),
    ("Rmb", Cur::Known(Currency::CNY)),
    ("rmb", Cur::Known(Currency::CNY)),
    ("人民币", Cur::Known(Currency::CNY)),
    ("港币", Cur::Known(Currency::HKD)),
    ("美元", Cur::Known(Currency::USD)),
    ("¥", Cur::Yen),
    ("￥", Cur::Yen),
];

/// Qualifiers written before a `$` (as `hk $`, `us $`, `c $`): the dollar they name.
pub(crate) const DOLLAR_QUALIFIERS: &[(&str, Currency)] = &[
    ("us", Currency::USD),
    ("u.s.", Currency::USD),
    ("u.s", Currency::USD),
    ("usd", Currency::USD),
    ("hk", Currency::HKD),
    ("hkd", Currency::HKD),
    ("nt", Currency::TWD),
    ("s", Currency::SGD),
    ("sgd", Currency::SGD),
    ("a", Currency::AUD),
    ("au", Currency::AUD),
    ("aud", Currency::AUD),
    ("c", Currency::CAD),
    ("ca", Currency::CAD),
    ("cad", Currency::CAD),
    ("nz", Currency::NZD),
    ("nzd", Currency::NZD),
    ("mex", Currency::MXN),
    ("mxn", Currency::MXN),
    ("r", Currency::BRL),
];

/// Currency words written after a number, lower case, one or more words. Matched
/// case-insensitively, at word boundaries.
pub(crate) const NAMES: &[(&str, Currency, Sub)] = &[
    ("dollars", Currency::USD, Sub::Unit),
    ("dollar", Currency::USD, Sub::Unit),
    ("dlrs", Currency::USD, Sub::Unit),
    ("dlr", Currency::USD, Sub::Unit),
    ("us dollars", Currency::USD, Sub::Unit),
    ("us dollar", Currency::USD, Sub::Unit),
    ("u.s. dollars", Currency::USD, Sub::Unit),
    ("u.s. dollar", Currency::USD, Sub::Unit),
    ("american dollars", Currency::USD, Sub::Unit),
    ("u.s. dlrs", Currency::USD, Sub::Unit),
    ("us dlrs", Currency::USD, Sub::Unit),
    ("cents", Currency::USD, Sub::Cent),
    ("cts", Currency::USD, Sub::Cent),
    ("cent", Currency::USD, Sub::Cent),
    ("australian dollars", Currency::AUD, Sub::Unit),
    ("australian dollar", Currency::AUD, Sub::Unit),
    ("australian dlrs", Currency::AUD, Sub::Unit),
    ("canadian dollars", Currency::CAD, Sub::Unit),
    ("canadian dollar", Currency::CAD, Sub::Unit),
    ("canadian dlrs", Currency::CAD, Sub::Unit),
    ("hong kong dollars", Currency::HKD, Sub::Unit),
    ("hong kong dollar", Currency::HKD, Sub::Unit),
    ("hk dollars", Currency::HKD, Sub::Unit),
    ("hong kong dlrs", Currency::HKD, Sub::Unit),
    ("singapore dollars", Currency::SGD, Sub::Unit),
    ("singapore dollar", Currency::SGD, Sub::Unit),
    ("singapore dlrs", Currency::SGD, Sub::Unit),
    ("new zealand dollars", Currency::NZD, Sub::Unit),
    ("new zealand dlrs", Currency::NZD, Sub::Unit),
    ("taiwan dollars", Currency::TWD, Sub::Unit),
    ("taiwan dlrs", Currency::TWD, Sub::Unit),
    ("new taiwan dollars", Currency::TWD, Sub::Unit),
    ("yuan", Currency::CNY, Sub::Unit),
    ("chinese yuan", Currency::CNY, Sub::Unit),
    ("renminbi", Currency::CNY, Sub::Unit),
    ("rmb", Currency::CNY, Sub::Unit),
    ("kuai", Currency::CNY, Sub::Unit),
    ("yen", Currency::JPY, Sub::Unit),
    ("japanese yen", Currency::JPY, Sub::Unit),
    ("won", Currency::KRW, Sub::Unit),
    ("south korean won", Currency::KRW, Sub::Unit),
    ("rupees", Currency::INR, Sub::Unit),
    ("rupee", Currency::INR, Sub::Unit),
    ("indian rupees", Currency::INR, Sub::Unit),
    ("euros", Currency::EUR, Sub::Unit),
    ("euro", Currency::EUR, Sub::Unit),
    ("eur", Currency::EUR, Sub::Unit),
    ("usd", Currency::USD, Sub::Unit),
    ("pounds sterling", Currency::GBP, Sub::Unit),
    ("sterling", Currency::GBP, Sub::Unit),
    ("stg", Currency::GBP, Sub::Unit),
    ("british pounds", Currency::GBP, Sub::Unit),
    ("pence", Currency::GBP, Sub::Cent),
    ("pounds", Currency::GBP, Sub::Weak),
    ("pound", Currency::GBP, Sub::Weak),
    ("swiss francs", Currency::CHF, Sub::Unit),
    ("swiss franc", Currency::CHF, Sub::Unit),
    ("turkish lira", Currency::TRY, Sub::Unit),
    ("roubles", Currency::RUB, Sub::Unit),
    ("rubles", Currency::RUB, Sub::Unit),
    ("rupiah", Currency::IDR, Sub::Unit),
    ("ringgit", Currency::MYR, Sub::Unit),
    ("baht", Currency::THB, Sub::Unit),
    ("rand", Currency::ZAR, Sub::Unit),
    ("riyals", Currency::SAR, Sub::Unit),
    ("mexican pesos", Currency::MXN, Sub::Unit),
    ("philippine pesos", Currency::PHP, Sub::Unit),
    ("dirhams", Currency::AED, Sub::Unit),
    ("naira", Currency::NGN, Sub::Unit),
    ("swedish crowns", Currency::SEK, Sub::Unit),
    ("swedish kronor", Currency::SEK, Sub::Unit),
    ("norwegian crowns", Currency::NOK, Sub::Unit),
    ("norwegian kroner", Currency::NOK, Sub::Unit),
    ("danish crowns", Currency::DKK, Sub::Unit),
    ("danish kroner", Currency::DKK, Sub::Unit),
];

/// CJK currency words written right after a number: the currency and the power of ten they
/// carry (`亿元` is 10^8 yuan).
pub(crate) const CJK_SUFFIXES: &[(&str, Currency, u32)] = &[
    ("万亿元", Currency::CNY, 12),
    ("亿元", Currency::CNY, 8),
    ("万元", Currency::CNY, 4),
    ("千元", Currency::CNY, 3),
    ("元", Currency::CNY, 0),
    ("块", Currency::CNY, 0),
    ("美元", Currency::USD, 0),
    ("港元", Currency::HKD, 0),
    ("港币", Currency::HKD, 0),
    ("欧元", Currency::EUR, 0),
    ("英镑", Currency::GBP, 0),
    ("日元", Currency::JPY, 0),
    ("億円", Currency::JPY, 8),
    ("万円", Currency::JPY, 4),
    ("円", Currency::JPY, 0),
    ("韩元", Currency::KRW, 0),
];

/// ISO 4217 codes that are also everyday English words in capitals (`ALL 5 solutions`): read
/// as a currency only after a number.
pub(crate) const WORDLIKE_CODES: &[&str] = &[
    "ALL", "CUP", "TOP", "MOP", "TRY", "MAD", "PEN", "GEL", "SOS", "BAM", "AMD", "BOB", "CAD",
];

/// Lower-cased first word → the names starting with it, longest first.
/// Names grouped by their first word.
pub(crate) type NameIndex = HashMap<String, Vec<(&'static str, Currency, Sub)>>;

pub(crate) static NAMES_BY_FIRST: LazyLock<NameIndex> = LazyLock::new(|| {
    let mut m: NameIndex = HashMap::new();
    for &(name, cur, sub) in NAMES {
        let first = name.split(' ').next().unwrap_or(name).to_owned();
        m.entry(first).or_default().push((name, cur, sub));
    }
    // The whole ISO 4217 list by name (`turkish lira`, `swiss francs`), after the aliases.
    for numeric in 1..1000_u16 {
        let Some(cur) = Currency::from_numeric(numeric) else {
            continue;
        };
        let name = cur.name().to_ascii_lowercase();
        if !name.bytes().all(|b| b.is_ascii_lowercase() || b == b' ') {
            continue;
        }
        for form in [name.clone(), format!("{name}s")] {
            let leaked: &'static str = Box::leak(form.into_boxed_str());
            let first = leaked.split(' ').next().unwrap_or(leaked).to_owned();
            let list = m.entry(first).or_default();
            if !list.iter().any(|(n, _, _)| *n == leaked) {
                list.push((leaked, cur, Sub::Unit));
            }
        }
    }
    for v in m.values_mut() {
        v.sort_by_key(|(n, _, _)| core::cmp::Reverse(n.len()));
    }
    m
});

/// The currency of a three-letter code, upper case as ISO writes it.
pub(crate) fn from_code(code: &str) -> Option<Currency> {
    if code.len() == 3 && code.bytes().all(|b| b.is_ascii_uppercase()) {
        Currency::from_code(code)
    } else {
        None
    }
}

/// Words that tie a document to China or to Japan, for a bare `¥`.
const CHINA_CUES: &[&str] = &[
    "RMB",
    "yuan",
    "Yuan",
    "renminbi",
    "Renminbi",
    "China",
    "Chinese",
    "Beijing",
    "Shanghai",
    "Shenzhen",
    "CNY",
    "元",
    "人民币",
    "中国",
];
const JAPAN_CUES: &[&str] = &[
    "JPY", "yen", "Yen", "Japan", "Japanese", "Tokyo", "Osaka", "Nikkei", "円", "日本",
];

/// Decides what a bare `¥` stands for in `text`: CNY where the document speaks of China, JPY
/// where it speaks of Japan; `fallback` when it speaks of neither or both equally.
pub(crate) fn resolve_yen(text: &str, fallback: Currency) -> Currency {
    static AC: LazyLock<Option<aho_corasick::AhoCorasick>> = LazyLock::new(|| {
        aho_corasick::AhoCorasick::new(CHINA_CUES.iter().chain(JAPAN_CUES.iter())).ok()
    });
    let Some(ac) = AC.as_ref() else {
        return fallback;
    };
    let (mut cn, mut jp) = (0usize, 0usize);
    for m in ac.find_iter(text) {
        if m.pattern().as_usize() < CHINA_CUES.len() {
            cn += 1;
        } else {
            jp += 1;
        }
    }
    match cn.cmp(&jp) {
        core::cmp::Ordering::Greater => Currency::CNY,
        core::cmp::Ordering::Less => Currency::JPY,
        core::cmp::Ordering::Equal => fallback,
    }
}
