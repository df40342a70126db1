//! Currencies as news writes them: symbols, dollar qualifiers, names and newswire
//! abbreviations, CJK currency words, and the words that tie a document to China or Japan. A
//! currency is named by its ISO 4217 code.

use std::sync::OnceLock;

use super::{Buckets, ByteSet, WordMap};

/// What a currency symbol stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Symbol {
    /// The currency of this ISO 4217 code.
    Code(&'static str),
    /// A bare yen sign (`¥`, `￥`): CNY or JPY, as the document decides.
    Yen,
}

/// How an amount in a currency word is counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SubUnit {
    /// The unit itself (dollars).
    Unit,
    /// A hundredth of it (cents, `cts`, pence).
    Cent,
    /// Only money after a scale word or a currency cue (`pounds` is a weight otherwise).
    Weak,
}

/// Symbols and letter abbreviations written before (or after) a number, matched with their
/// exact case.
pub const SYMBOLS: &[(&str, Symbol)] = &[
    ("US$", Symbol::Code("USD")),
    ("U.S.$", Symbol::Code("USD")),
    ("HK$", Symbol::Code("HKD")),
    ("NT$", Symbol::Code("TWD")),
    ("S$", Symbol::Code("SGD")),
    ("A$", Symbol::Code("AUD")),
    ("AU$", Symbol::Code("AUD")),
    ("C$", Symbol::Code("CAD")),
    ("CA$", Symbol::Code("CAD")),
    ("NZ$", Symbol::Code("NZD")),
    ("R$", Symbol::Code("BRL")),
    ("Mex$", Symbol::Code("MXN")),
    ("MX$", Symbol::Code("MXN")),
    ("$", Symbol::Code("USD")),
    ("€", Symbol::Code("EUR")),
    ("£", Symbol::Code("GBP")),
    ("₩", Symbol::Code("KRW")),
    ("₹", Symbol::Code("INR")),
    ("₽", Symbol::Code("RUB")),
    ("₺", Symbol::Code("TRY")),
    ("₱", Symbol::Code("PHP")),
    ("₫", Symbol::Code("VND")),
    ("₪", Symbol::Code("ILS")),
    ("₦", Symbol::Code("NGN")),
    ("₴", Symbol::Code("UAH")),
    ("₡", Symbol::Code("CRC")),
    ("₾", Symbol::Code("GEL")),
    ("₭", Symbol::Code("LAK")),
    ("฿", Symbol::Code("THB")),
    ("ரூ", Symbol::Code("LKR")),
    ("SFr.", Symbol::Code("CHF")),
    ("SFr", Symbol::Code("CHF")),
    ("DM", Symbol::Code("DEM")),
    ("FFr", Symbol::Code("FRF")),
    ("Rs.", Symbol::Code("INR")),
    ("Rs", Symbol::Code("INR")),
    ("RMB", Symbol::Code("CNY")),
    ("Rmb", Symbol::Code("CNY")),
    ("rmb", Symbol::Code("CNY")),
    ("人民币", Symbol::Code("CNY")),
    ("港币", Symbol::Code("HKD")),
    ("美元", Symbol::Code("USD")),
    ("¥", Symbol::Yen),
    ("￥", Symbol::Yen),
];

/// Qualifiers written before a `$` (as `hk $`, `us $`, `c $`), lower case: the dollar they name.
pub const DOLLAR_QUALIFIERS: &[(&str, &str)] = &[
    ("us", "USD"),
    ("u.s.", "USD"),
    ("u.s", "USD"),
    ("usd", "USD"),
    ("hk", "HKD"),
    ("hkd", "HKD"),
    ("nt", "TWD"),
    ("s", "SGD"),
    ("sgd", "SGD"),
    ("a", "AUD"),
    ("au", "AUD"),
    ("aud", "AUD"),
    ("c", "CAD"),
    ("ca", "CAD"),
    ("cad", "CAD"),
    ("nz", "NZD"),
    ("nzd", "NZD"),
    ("mex", "MXN"),
    ("mxn", "MXN"),
    ("r", "BRL"),
];

/// The symbol that [`DOLLAR_QUALIFIERS`] qualify (`US$`, `hk $`).
pub const DOLLAR_SIGN: &str = "$";

/// Single-letter qualifiers that may stand apart from the `$` (`c $`); longer ones always may.
pub const SPACED_SINGLE_LETTER_QUALIFIERS: &[&str] = &["c"];

/// The letter that, before an ISO code, makes it millions of that currency (`30 MUSD`).
pub const MILLION_CODE_PREFIX: char = 'M';

/// Currency words written after a number, lower case, one or more words: the ISO code and how
/// the amount counts. Matched case-insensitively, at word boundaries.
pub const NAMES: &[(&str, &str, SubUnit)] = &[
    ("dollars", "USD", SubUnit::Unit),
    ("dollar", "USD", SubUnit::Unit),
    ("dlrs", "USD", SubUnit::Unit),
    ("dlr", "USD", SubUnit::Unit),
    ("us dollars", "USD", SubUnit::Unit),
    ("us dollar", "USD", SubUnit::Unit),
    ("u.s. dollars", "USD", SubUnit::Unit),
    ("u.s. dollar", "USD", SubUnit::Unit),
    ("american dollars", "USD", SubUnit::Unit),
    ("u.s. dlrs", "USD", SubUnit::Unit),
    ("us dlrs", "USD", SubUnit::Unit),
    ("cents", "USD", SubUnit::Cent),
    ("cts", "USD", SubUnit::Cent),
    ("cent", "USD", SubUnit::Cent),
    // the wire's singular (`one ct vs two cts`)
    ("ct", "USD", SubUnit::Cent),
    ("australian dollars", "AUD", SubUnit::Unit),
    ("australian dollar", "AUD", SubUnit::Unit),
    ("australian dlrs", "AUD", SubUnit::Unit),
    ("australian dlr", "AUD", SubUnit::Unit),
    ("canadian dollars", "CAD", SubUnit::Unit),
    ("canadian dollar", "CAD", SubUnit::Unit),
    ("canadian dlrs", "CAD", SubUnit::Unit),
    ("canadian dlr", "CAD", SubUnit::Unit),
    ("hong kong dollars", "HKD", SubUnit::Unit),
    ("hong kong dollar", "HKD", SubUnit::Unit),
    ("hk dollars", "HKD", SubUnit::Unit),
    ("hong kong dlrs", "HKD", SubUnit::Unit),
    ("hk dlrs", "HKD", SubUnit::Unit),
    ("hk dlr", "HKD", SubUnit::Unit),
    ("singapore dollars", "SGD", SubUnit::Unit),
    ("singapore dollar", "SGD", SubUnit::Unit),
    ("singapore dlrs", "SGD", SubUnit::Unit),
    ("new zealand dollars", "NZD", SubUnit::Unit),
    ("new zealand dlrs", "NZD", SubUnit::Unit),
    ("new zealand dollar", "NZD", SubUnit::Unit),
    ("n.z. dlrs", "NZD", SubUnit::Unit),
    ("n.z. dlr", "NZD", SubUnit::Unit),
    ("n.z. dollars", "NZD", SubUnit::Unit),
    ("nz dlrs", "NZD", SubUnit::Unit),
    ("nz dollars", "NZD", SubUnit::Unit),
    ("taiwan dollars", "TWD", SubUnit::Unit),
    ("taiwan dlrs", "TWD", SubUnit::Unit),
    ("new taiwan dollars", "TWD", SubUnit::Unit),
    ("yuan", "CNY", SubUnit::Unit),
    ("chinese yuan", "CNY", SubUnit::Unit),
    ("renminbi", "CNY", SubUnit::Unit),
    ("rmb", "CNY", SubUnit::Unit),
    ("kuai", "CNY", SubUnit::Unit),
    ("yen", "JPY", SubUnit::Unit),
    ("japanese yen", "JPY", SubUnit::Unit),
    ("won", "KRW", SubUnit::Unit),
    ("south korean won", "KRW", SubUnit::Unit),
    ("rupees", "INR", SubUnit::Unit),
    ("rupee", "INR", SubUnit::Unit),
    ("indian rupees", "INR", SubUnit::Unit),
    ("euros", "EUR", SubUnit::Unit),
    ("euro", "EUR", SubUnit::Unit),
    ("eur", "EUR", SubUnit::Unit),
    ("usd", "USD", SubUnit::Unit),
    ("pounds sterling", "GBP", SubUnit::Unit),
    ("sterling", "GBP", SubUnit::Unit),
    ("stg", "GBP", SubUnit::Unit),
    ("british pounds", "GBP", SubUnit::Unit),
    ("pence", "GBP", SubUnit::Cent),
    ("penny", "GBP", SubUnit::Cent),
    ("pounds", "GBP", SubUnit::Weak),
    ("pound", "GBP", SubUnit::Weak),
    ("swiss francs", "CHF", SubUnit::Unit),
    ("swiss franc", "CHF", SubUnit::Unit),
    ("turkish lira", "TRY", SubUnit::Unit),
    ("roubles", "RUB", SubUnit::Unit),
    ("rubles", "RUB", SubUnit::Unit),
    ("rupiah", "IDR", SubUnit::Unit),
    ("ringgit", "MYR", SubUnit::Unit),
    ("baht", "THB", SubUnit::Unit),
    ("rand", "ZAR", SubUnit::Unit),
    ("riyals", "SAR", SubUnit::Unit),
    ("mexican pesos", "MXN", SubUnit::Unit),
    ("philippine pesos", "PHP", SubUnit::Unit),
    ("dirhams", "AED", SubUnit::Unit),
    ("naira", "NGN", SubUnit::Unit),
    ("swedish crowns", "SEK", SubUnit::Unit),
    ("swedish kronor", "SEK", SubUnit::Unit),
    ("norwegian crowns", "NOK", SubUnit::Unit),
    ("norwegian kroner", "NOK", SubUnit::Unit),
    ("danish crowns", "DKK", SubUnit::Unit),
    ("danish kroner", "DKK", SubUnit::Unit),
    ("kronor", "SEK", SubUnit::Unit),
    // Currencies replaced by the euro and others ISO 4217 has withdrawn ([`WITHDRAWN`]), as
    // news archives write them (`1.80 marks`, `a 200 mln mark bond`; a bare `the 2,000 mark`
    // is a threshold, so the singular `mark` needs a scale word).
    ("deutsche marks", "DEM", SubUnit::Unit),
    ("deutsche mark", "DEM", SubUnit::Unit),
    ("west german marks", "DEM", SubUnit::Unit),
    ("german marks", "DEM", SubUnit::Unit),
    ("marks", "DEM", SubUnit::Unit),
    ("mark", "DEM", SubUnit::Weak),
    ("french francs", "FRF", SubUnit::Unit),
    ("french franc", "FRF", SubUnit::Unit),
    ("belgian francs", "BEF", SubUnit::Unit),
    ("belgian franc", "BEF", SubUnit::Unit),
    ("luxembourg francs", "LUF", SubUnit::Unit),
    ("dutch guilders", "NLG", SubUnit::Unit),
    ("guilders", "NLG", SubUnit::Unit),
    ("guilder", "NLG", SubUnit::Unit),
    ("italian lire", "ITL", SubUnit::Unit),
    ("italian lira", "ITL", SubUnit::Unit),
    ("lire", "ITL", SubUnit::Unit),
    ("spanish pesetas", "ESP", SubUnit::Unit),
    ("pesetas", "ESP", SubUnit::Unit),
    ("peseta", "ESP", SubUnit::Unit),
    ("austrian schillings", "ATS", SubUnit::Unit),
    ("schillings", "ATS", SubUnit::Unit),
    ("portuguese escudos", "PTE", SubUnit::Unit),
    ("escudos", "PTE", SubUnit::Unit),
    ("irish pounds", "IEP", SubUnit::Unit),
    ("irish punts", "IEP", SubUnit::Unit),
    ("punts", "IEP", SubUnit::Unit),
    ("punt", "IEP", SubUnit::Unit),
    ("drachmas", "GRD", SubUnit::Unit),
    ("drachmae", "GRD", SubUnit::Unit),
    ("finnish markka", "FIM", SubUnit::Unit),
    ("markkaa", "FIM", SubUnit::Unit),
    ("markka", "FIM", SubUnit::Unit),
    ("european currency units", "XEU", SubUnit::Unit),
    ("ecus", "XEU", SubUnit::Unit),
    ("ecu", "XEU", SubUnit::Unit),
    ("cruzados", "BRC", SubUnit::Unit),
    ("australs", "ARA", SubUnit::Unit),
    ("shekels", "ILS", SubUnit::Unit),
];

/// Currency words that are also verbs (`marks`): after a bare year they are the verb (`in 1986
/// marks a turning point`). Lower case.
pub const VERB_NAMES: &[&str] = &["marks"];

/// ISO 4217 codes withdrawn from use (the standard's list of historic denominations) that news
/// archives still write of, with their English names: `iso_currency` lists only the codes in
/// use.
pub const WITHDRAWN: &[(&str, &str)] = &[
    ("ARA", "Argentine austral"),
    ("ATS", "Austrian schilling"),
    ("BEF", "Belgian franc"),
    ("BRC", "Brazilian cruzado"),
    ("DEM", "Deutsche Mark"),
    ("ESP", "Spanish peseta"),
    ("FIM", "Finnish markka"),
    ("FRF", "French franc"),
    ("GRD", "Greek drachma"),
    ("IEP", "Irish pound"),
    ("ITL", "Italian lira"),
    ("LUF", "Luxembourg franc"),
    ("NLG", "Netherlands guilder"),
    ("PTE", "Portuguese escudo"),
    ("XEU", "European Currency Unit"),
];

/// Currency words that several countries use (`francs`, `crowns`, `pesos`, `dinars`), lower
/// case, with how they are counted: each candidate's ISO code with the words that tie a
/// document to it (one capitalised word each, matched as a whole word in any ASCII case after
/// its capital). The candidate whose word comes first in the document wins (a dateline's city,
/// a title's country); the first candidate when none is named.
pub const SHARED_NAMES: &[(&str, SubUnit, Countries)] = &[
    ("francs", SubUnit::Unit, FRANC_COUNTRIES),
    ("franc", SubUnit::Unit, FRANC_COUNTRIES),
    ("crowns", SubUnit::Unit, CROWN_COUNTRIES),
    ("crown", SubUnit::Unit, CROWN_COUNTRIES),
    ("kroner", SubUnit::Unit, KRONER_COUNTRIES),
    ("pesos", SubUnit::Unit, PESO_COUNTRIES),
    ("peso", SubUnit::Unit, PESO_COUNTRIES),
    ("dinars", SubUnit::Unit, DINAR_COUNTRIES),
    ("dinar", SubUnit::Unit, DINAR_COUNTRIES),
    ("lira", SubUnit::Unit, LIRA_COUNTRIES),
];

/// A shared currency word's candidates: each ISO code with the words that name its country.
pub type Countries = &'static [(&'static str, &'static [&'static str])];

const FRANC_COUNTRIES: Countries = &[
    ("FRF", &["France", "French", "Paris", "Bourse"]),
    (
        "CHF",
        &[
            "Swiss",
            "Switzerland",
            "Zurich",
            "Geneva",
            "Basle",
            "Basel",
            "Berne",
            "Bern",
        ],
    ),
    ("BEF", &["Belgian", "Belgium", "Brussels", "Antwerp"]),
    ("LUF", &["Luxembourg"]),
];

const CROWN_COUNTRIES: Countries = &[
    ("SEK", &["Swedish", "Sweden", "Stockholm"]),
    ("DKK", &["Danish", "Denmark", "Copenhagen"]),
    ("NOK", &["Norwegian", "Norway", "Oslo"]),
    ("CZK", &["Czech", "Prague"]),
    ("ISK", &["Icelandic", "Iceland", "Reykjavik"]),
];

const KRONER_COUNTRIES: Countries = &[
    ("DKK", &["Danish", "Denmark", "Copenhagen"]),
    ("NOK", &["Norwegian", "Norway", "Oslo"]),
];

const PESO_COUNTRIES: Countries = &[
    ("MXN", &["Mexican", "Mexico"]),
    ("PHP", &["Philippine", "Philippines", "Manila"]),
    ("ARS", &["Argentine", "Argentina"]),
    ("CLP", &["Chilean", "Chile", "Santiago"]),
    ("COP", &["Colombian", "Colombia", "Bogota"]),
    ("UYU", &["Uruguayan", "Uruguay", "Montevideo"]),
    ("DOP", &["Dominican"]),
];

const DINAR_COUNTRIES: Countries = &[
    ("KWD", &["Kuwaiti", "Kuwait"]),
    ("IQD", &["Iraqi", "Iraq", "Baghdad"]),
    ("BHD", &["Bahraini", "Bahrain", "Manama"]),
    ("JOD", &["Jordanian", "Jordan", "Amman"]),
    ("TND", &["Tunisian", "Tunisia", "Tunis"]),
    ("DZD", &["Algerian", "Algeria", "Algiers"]),
    ("LYD", &["Libyan", "Libya", "Tripoli"]),
    ("RSD", &["Serbian", "Serbia", "Belgrade"]),
];

const LIRA_COUNTRIES: Countries = &[
    ("TRY", &["Turkish", "Turkey", "Ankara", "Istanbul"]),
    ("ITL", &["Italian", "Italy", "Rome", "Milan"]),
];

/// Currency words that count only touching their number, exact case (`2p` is two pence; `2 p`
/// is not).
pub const TOUCHING_NAMES: &[(&str, &str, SubUnit)] = &[("p", "GBP", SubUnit::Cent)];

/// Sub-unit words that an article makes one of (`a penny`, `a cent`), lower case.
pub const ONE_SUBUNIT_WORDS: &[&str] = &["penny", "cent"];

/// The words for a hundredth of the currency written after a second amount
/// (`3 dollars 50 cents`), lower case.
pub const CENT_WORDS: &[&str] = &["cents", "cent", "cts"];

/// CJK currency words written right after a number: the ISO code and the power of ten they
/// carry (`亿元` is 10^8 yuan).
pub const CJK_SUFFIXES: &[(&str, &str, u32)] = &[
    ("万亿元", "CNY", 12),
    ("亿元", "CNY", 8),
    ("万元", "CNY", 4),
    ("千元", "CNY", 3),
    ("元", "CNY", 0),
    ("块", "CNY", 0),
    ("美元", "USD", 0),
    ("港元", "HKD", 0),
    ("港币", "HKD", 0),
    ("欧元", "EUR", 0),
    ("英镑", "GBP", 0),
    ("日元", "JPY", 0),
    ("億円", "JPY", 8),
    ("万円", "JPY", 4),
    ("円", "JPY", 0),
    ("韩元", "KRW", 0),
];

/// ISO 4217 codes that are also everyday English words in capitals (`ALL 5 solutions`): read
/// as a currency only after a number.
pub const WORDLIKE_CODES: &[&str] = &[
    "ALL", "CUP", "TOP", "MOP", "TRY", "MAD", "PEN", "GEL", "SOS", "BAM", "AMD", "BOB", "CAD",
];

/// Words that tie a document to China, for a bare `¥`.
pub const CHINA_CUES: &[&str] = &[
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

/// Words that tie a document to Japan, for a bare `¥`.
pub const JAPAN_CUES: &[&str] = &[
    "JPY", "yen", "Yen", "Japan", "Japanese", "Tokyo", "Osaka", "Nikkei", "円", "日本",
];

struct Maps {
    symbols_by_last: Buckets<(&'static str, Symbol)>,
    symbols_by_first: Buckets<(&'static str, Symbol)>,
    symbol_last: ByteSet,
    qualifiers: WordMap<&'static str>,
    cjk: Buckets<(&'static str, &'static str, u32)>,
}

#[inline]
fn maps() -> &'static Maps {
    static M: OnceLock<Maps> = OnceLock::new();
    M.get_or_init(|| {
        // Exact-case tables bucket by the byte as written.
        let last = |e: &(&'static str, Symbol)| (*e.0.as_bytes().last().unwrap_or(&0), e.0.len());
        let first = |e: &(&'static str, Symbol)| (e.0.as_bytes()[0], e.0.len());
        Maps {
            symbols_by_last: Buckets::new(SYMBOLS.iter().copied(), last),
            symbols_by_first: Buckets::new(SYMBOLS.iter().copied(), first),
            symbol_last: ByteSet::of(SYMBOLS.iter().map(|x| x.0), true),
            qualifiers: WordMap::new(DOLLAR_QUALIFIERS.iter().copied()),
            cjk: Buckets::new(CJK_SUFFIXES.iter().copied(), |e| {
                (e.0.as_bytes()[0], e.0.len())
            }),
        }
    })
}

/// The symbols whose last byte is `byte` (ASCII letters: either case), longest first: the
/// candidates for a symbol ending right before a number. Compare them with their exact case.
///
/// # Example
///
/// ```
/// let c = finnews_core::tables::money::symbols_ending_with(b'$');
/// assert_eq!(c.last().map(|s| s.0), Some("$"));
/// ```
#[must_use]
#[inline]
pub fn symbols_ending_with(byte: u8) -> &'static [(&'static str, Symbol)] {
    maps().symbols_by_last.get(byte)
}

/// The symbols whose first byte is `byte` (ASCII letters: either case), longest first.
///
/// # Example
///
/// ```
/// let c = finnews_core::tables::money::symbols_starting_with("€".as_bytes()[0]);
/// assert!(c.iter().any(|s| s.0 == "€"));
/// ```
#[must_use]
#[inline]
pub fn symbols_starting_with(byte: u8) -> &'static [(&'static str, Symbol)] {
    maps().symbols_by_first.get(byte)
}

/// Whether a symbol can end with `byte` (either ASCII case).
///
/// # Example
///
/// ```
/// assert!(finnews_core::tables::money::symbol_may_end(b'$'));
/// ```
#[must_use]
#[inline]
pub fn symbol_may_end(byte: u8) -> bool {
    maps().symbol_last.has(Some(&byte))
}

/// The ISO code of the dollar a qualifier names (`HK` → `HKD`), any ASCII case.
///
/// # Example
///
/// ```
/// assert_eq!(finnews_core::tables::money::dollar_qualifier("HK"), Some("HKD"));
/// assert_eq!(finnews_core::tables::money::dollar_qualifier("zz"), None);
/// ```
#[must_use]
#[inline]
pub fn dollar_qualifier(word: &str) -> Option<&'static str> {
    maps().qualifiers.get(word)
}

/// The CJK currency words starting with `byte`, longest first.
///
/// # Example
///
/// ```
/// let c = finnews_core::tables::money::cjk_suffix_candidates("亿".as_bytes()[0]);
/// assert!(c.iter().any(|s| s.0 == "亿元"));
/// ```
#[must_use]
#[inline]
pub fn cjk_suffix_candidates(byte: u8) -> &'static [(&'static str, &'static str, u32)] {
    maps().cjk.get(byte)
}

/// Whether an ISO code is also an English word in capitals (`ALL`, `TOP`).
///
/// # Example
///
/// ```
/// assert!(finnews_core::tables::money::is_wordlike_code("TOP"));
/// assert!(!finnews_core::tables::money::is_wordlike_code("USD"));
/// ```
#[must_use]
#[inline]
pub fn is_wordlike_code(code: &str) -> bool {
    WORDLIKE_CODES.contains(&code)
}
