//! Currencies for the quantity grammar: the money tables of [`finnews_core::tables::money`]
//! with their ISO codes read as [`Currency`] values, and the ISO 4217 list by name.

use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::sync::LazyLock;

use crate::iso::Currency;
use finnews_core::tables::money::{
    CHINA_CUES, JAPAN_CUES, NAMES, SHARED_NAMES, Symbol, TOUCHING_NAMES,
};

pub(crate) use finnews_core::tables::money::SubUnit as Sub;

/// A currency read from the text, or a sign or word whose currency the document decides.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Cur {
    Known(Currency),
    /// `¥` / `￥` alone.
    Yen,
    /// A word several countries use (`francs`): the index of its row in [`SHARED_NAMES`].
    Shared(u8),
}

impl Cur {
    /// What a table symbol stands for (`None` for a code `iso_currency` does not know).
    pub(crate) fn of(s: Symbol) -> Option<Cur> {
        match s {
            Symbol::Code(c) => Currency::from_code(c).map(Cur::Known),
            Symbol::Yen => Some(Cur::Yen),
        }
    }
}

/// Lower-cased first word → the names starting with it, longest first.
/// Names grouped by their first word.
pub(crate) type NameIndex =
    HashMap<String, Vec<(&'static str, Cur, Sub)>, BuildHasherDefault<WordHasher>>;

/// The workspace's word hasher (FNV-1a) for the currency-name index.
pub(crate) type WordHasher = finnews_core::tables::Fnv;

pub(crate) static NAMES_BY_FIRST: LazyLock<NameIndex> = LazyLock::new(|| {
    let mut m: NameIndex = HashMap::default();
    for &(name, code, sub) in NAMES {
        let Some(cur) = Currency::from_code(code) else {
            continue;
        };
        // Keyed as the reader looks words up: without a trailing dot (`n.z.` → `n.z`).
        let first = name.split(' ').next().unwrap_or(name);
        let first = first.trim_end_matches('.').to_owned();
        m.entry(first)
            .or_default()
            .push((name, Cur::Known(cur), sub));
    }
    // Words several countries use, decided by the document.
    for (i, &(name, sub, _)) in SHARED_NAMES.iter().enumerate() {
        let Ok(i) = u8::try_from(i) else {
            continue;
        };
        let first = name.split(' ').next().unwrap_or(name).to_owned();
        m.entry(first)
            .or_default()
            .push((name, Cur::Shared(i), sub));
    }
    // The whole ISO 4217 list by name (`turkish lira`, `swiss francs`), after the aliases.
    for numeric in 1..1000_u16 {
        let Some(cur) = iso_currency::Currency::from_numeric(numeric) else {
            continue;
        };
        let name = cur.name().to_ascii_lowercase();
        let cur = Cur::Known(Currency::from(cur));
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

/// Decides what a word several countries use (row `row` of [`SHARED_NAMES`]) stands for in
/// `text`: the candidate whose country word comes first in the text (a capitalised whole word,
/// any ASCII case after its first letter: `Zurich`, `ZURICH`), else the row's first candidate.
/// One walk over the capitalised words, stopping at the first country word; nothing to build.
pub(crate) fn resolve_shared(text: &str, row: u8) -> Option<Currency> {
    let &(_, _, candidates) = SHARED_NAMES.get(usize::from(row))?;
    let b = text.as_bytes();
    let mut i = 0;
    let mut pick = 0;
    while i < b.len() {
        if !b[i].is_ascii_uppercase() || (i > 0 && b[i - 1].is_ascii_alphanumeric()) {
            i += 1;
            continue;
        }
        let e = finnews_core::lexer::ascii_letters_end(b, i);
        if b.get(e).is_none_or(|c| !c.is_ascii_alphanumeric())
            && let Some(w) = text.get(i..e)
            && let Some(k) = candidates
                .iter()
                .position(|(_, cues)| cues.iter().any(|c| c.eq_ignore_ascii_case(w)))
        {
            pick = k;
            break;
        }
        i = e.max(i + 1);
    }
    let (code, _) = candidates.get(pick)?;
    Currency::from_code(code)
}

/// Whether `word` (any ASCII case) names a hundredth of a currency (`cts`, `pence`, `penny`, a
/// touching `p`).
pub(crate) fn is_subunit_word(word: &str) -> bool {
    if TOUCHING_NAMES
        .iter()
        .any(|&(n, _, sub)| n == word && sub == Sub::Cent)
    {
        return true;
    }
    let mut buf = [0u8; 32];
    let Some(lower) = finnews_core::tables::ascii_lower(word, &mut buf) else {
        return false;
    };
    NAMES_BY_FIRST
        .get(lower)
        .is_some_and(|v| v.iter().any(|&(n, _, sub)| n == lower && sub == Sub::Cent))
}
