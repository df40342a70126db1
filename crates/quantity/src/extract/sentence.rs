//! Context within the sentence: an amount written without its currency takes the currency of
//! the money it is set against.
//!
//! Three shapes, each asked of the words around the amount (the tables of
//! [`finnews_core::tables::cues`]), never of particular texts:
//!
//! - a scaled amount with no noun of its own (`fell to one billion dlrs from 1.5 billion`,
//!   `down by 202.4 billion compared with ...`, `its share of the loss was 82.5 mln.`) takes the
//!   currency of the money in its sentence, else (when the sentence speaks of money) the
//!   document's nearest;
//! - a results-table row (`Net 661,000 vs 325,000`, `Revs 13.6 mln vs 13.4 mln`) is money in the
//!   document's currency, unless its label counts things (`Avg shrs`);
//! - a price level after a change in a sub-unit (`lost 2p at 1,333`) is in that sub-unit.
//!
//! Each look is bounded (a sentence window of [`WINDOW`] bytes each way, a few neighbours), so
//! the pass stays linear in the text.

use crate::iso::Currency;
use finnews_core::tables::cues::{VERSUS_WORDS, context, has_context};
use finnews_numeral::scale_prefix;
use rust_decimal::Decimal;

use crate::currency::is_subunit_word;
use crate::types::{Amount, Quantity, QuantityKind};

/// How far a sentence or a line is looked for, each way, in bytes.
const WINDOW: usize = 320;

/// How many mentions on each side are looked at for a money mention in the same sentence.
const NEIGHBOURS: usize = 12;

/// The smallest power of ten a scale word must carry for a bare amount to be read as money
/// (`mln`, `billion`; not `thousand`).
const MONEY_SCALE_POWER: u32 = 6;

/// Gives the amounts without a currency in `found` (sorted, not overlapping, read from `text`)
/// the currency their context names.
pub(super) fn carry_currency(text: &str, found: &mut [Quantity<'_>]) {
    if !found
        .iter()
        .any(|q| matches!(q.kind, QuantityKind::Money { .. }))
    {
        return;
    }
    // The currency of the nearest money mention after each index.
    let mut next: Vec<Option<Currency>> = vec![None; found.len() + 1];
    for k in (0..found.len()).rev() {
        next[k] = match found[k].kind {
            QuantityKind::Money { currency } => Some(currency),
            _ => next[k + 1],
        };
    }
    let mut prev: Option<Currency> = None;
    let mut row_line: Option<(usize, usize, bool)> = None;
    let mut money_sentence: Option<(usize, usize, bool)> = None;
    for k in 0..found.len() {
        if let QuantityKind::Money { currency } = found[k].kind {
            prev = Some(currency);
            continue;
        }
        if found[k].kind != QuantityKind::Number || !text.is_char_boundary(found[k].span.start()) {
            continue;
        }
        if k > 0
            && let Some((currency, amount)) = price_level(text, &found[k - 1], &found[k])
        {
            found[k].kind = QuantityKind::Money { currency };
            found[k].amount = amount;
            prev = Some(currency);
            continue;
        }
        let q = &found[k];
        // Numbers share lines: each line is looked at once.
        let row = match row_line {
            Some((s, e, r)) if q.span.start() >= s && q.span.end() <= e => r,
            _ => {
                let (s, e) = line(text, q.span.start(), q.span.end());
                let r = table_row(text, q, s, e);
                row_line = Some((s, e, r));
                r
            }
        };
        let scaled = !row && scaled_alone(text, q);
        if !row && !scaled {
            continue;
        }
        // A row's other side is on its line (`Shr 12-1/2 cts vs 12-1/2`: in cents too).
        let (s0, s1) = if row {
            line(text, q.span.start(), q.span.end())
        } else {
            sentence(text, q.span.start(), q.span.end())
        };
        let in_sentence = nearest_money_within(found, k, s0, s1);
        let (currency, cents) = match in_sentence {
            Some((c, sub, j)) => (Some(c), sub && row && in_sub_unit_of(text, found, j, k)),
            None if row || speaks_of_money_memo(text, s0, s1, &mut money_sentence) => {
                (prev.or(next[k + 1]), false)
            }
            None => (None, false),
        };
        if let Some(currency) = currency {
            if cents && let Amount::Exact(v) = found[k].amount {
                let Some(v) = v.checked_div(Decimal::ONE_HUNDRED) else {
                    continue;
                };
                found[k].amount = Amount::Exact(v);
            }
            found[k].kind = QuantityKind::Money { currency };
            prev = Some(currency);
        }
    }
}

/// The ASCII word at `p..` (letters and dots), lower case not needed: tables fold case.
fn word_at(text: &str, p: usize) -> &str {
    let b = text.as_bytes();
    let mut e = p;
    while e < b.len() && (b[e].is_ascii_alphabetic() || b[e] == b'.') && e - p < 24 {
        e += 1;
    }
    text.get(p..e).unwrap_or_default().trim_end_matches('.')
}

/// Whether what follows `end` leaves the amount without a noun of its own: the end of the
/// text or of a clause, or a word of [`context::ELLIPSIS_FOLLOWER`].
fn nothing_owns(text: &str, end: usize) -> bool {
    let b = text.as_bytes();
    let mut p = end;
    while p < b.len() && b[p] == b' ' && p - end < 4 {
        p += 1;
    }
    match b.get(p) {
        None => true,
        Some(b'.' | b',' | b';' | b':' | b')' | b'\n' | b'\r') => true,
        Some(c) if c.is_ascii_alphabetic() => {
            has_context(word_at(text, p), context::ELLIPSIS_FOLLOWER)
        }
        _ => false,
    }
}

/// Where the run of ASCII letters that ends `t` starts.
fn last_word_start(t: &str) -> usize {
    t.char_indices()
        .rev()
        .find(|&(_, c)| !c.is_ascii_alphabetic())
        .map_or(0, |(i, c)| i + c.len_utf8())
}

/// A bare amount ending in a scale word of at least a million, with nothing after it that owns
/// it.
fn scaled_alone(text: &str, q: &Quantity<'_>) -> bool {
    let t = q.text.trim_end();
    let w0 = last_word_start(t);
    let last = &t[w0..];
    if last.is_empty() {
        return false;
    }
    let scaled = scale_prefix(last)
        .is_some_and(|s| s.len == last.len() && !s.ambiguous && s.power >= MONEY_SCALE_POWER);
    scaled && nothing_owns(text, q.span.end())
}

/// A number in a results-table row (its line is `s..e`): a line that starts with a label, holds
/// a `vs` between its two sides, and whose label does not count things (`Avg shrs`).
fn table_row(text: &str, q: &Quantity<'_>, s: usize, e: usize) -> bool {
    let b = text.as_bytes();
    // A line cut by the window is no table row.
    if (s > 0 && b[s - 1] != b'\n') || e < b.len() && b[e] != b'\n' {
        return false;
    }
    let mut p = s;
    while p < q.span.start() && matches!(b[p], b' ' | b'\t') {
        p += 1;
    }
    if !b.get(p).is_some_and(u8::is_ascii_alphabetic) {
        return false;
    }
    if has_context(word_at(text, p), context::COUNT_LABEL) {
        return false;
    }
    // A `vs` word in the line.
    let line = text.get(s..e).unwrap_or_default();
    let versus = |w: &str| has_context(w.trim_end_matches('.'), context::VERSUS);
    match VERSUS_FIRST.as_slice() {
        // Only the runs that start with a `vs` word's first letter can be one: found by
        // `memchr` rather than by reading every word of the line.
        &[x, y] => {
            let lb = line.as_bytes();
            // A word glued to a digit is a code (`V2500`), not a `v`.
            let glued =
                |c: Option<&u8>| c.is_some_and(|&c| in_dotted_word(c) || c.is_ascii_digit());
            memchr::memchr2_iter(x, y, lb).any(|p| {
                let end = dotted_word_end(lb, p);
                !glued(p.checked_sub(1).and_then(|q| lb.get(q)))
                    && !lb.get(end).is_some_and(u8::is_ascii_digit)
                    && versus(line.get(p..end).unwrap_or_default())
            })
        }
        _ => any_word(line, true, versus),
    }
}

/// The first bytes (both ASCII cases) of the [`context::VERSUS`] words.
static VERSUS_FIRST: std::sync::LazyLock<Vec<u8>> = std::sync::LazyLock::new(|| {
    let mut v: Vec<u8> = VERSUS_WORDS
        .iter()
        .filter_map(|w| w.as_bytes().first())
        .flat_map(|c| [c.to_ascii_lowercase(), c.to_ascii_uppercase()])
        .collect();
    v.sort_unstable();
    v.dedup();
    v
});

/// A byte of a word with dots (what [`any_word`] reads with `dots`).
fn in_dotted_word(c: u8) -> bool {
    c.is_ascii_alphabetic() || c == b'.'
}

/// The end of the run of letters and dots at `p` (a letter): what [`any_word`] reads there.
fn dotted_word_end(b: &[u8], p: usize) -> usize {
    let mut i = finnews_core::lexer::ascii_letters_end(b, p);
    while i < b.len() && in_dotted_word(b[i]) {
        i += 1;
    }
    i
}

/// Whether `f` holds for a run of ASCII letters (and dots, with `dots`) in `s`: what splitting
/// `s` at every other character finds, read byte by byte.
fn any_word(s: &str, dots: bool, mut f: impl FnMut(&str) -> bool) -> bool {
    let b = s.as_bytes();
    let in_word = |c: u8| c.is_ascii_alphabetic() || (dots && c == b'.');
    let mut i = 0;
    while i < b.len() {
        if !in_word(b[i]) {
            i += 1;
            continue;
        }
        let start = i;
        i = finnews_core::lexer::ascii_letters_end(b, i);
        while i < b.len() && in_word(b[i]) {
            i += 1;
        }
        // Both ends are ASCII bytes or the end: character boundaries.
        if f(s.get(start..i).unwrap_or_default()) {
            return true;
        }
    }
    false
}

/// A bare level right after a change in a sub-unit (`2p at 1,333`): its currency and amount.
fn price_level(text: &str, m: &Quantity<'_>, q: &Quantity<'_>) -> Option<(Currency, Amount)> {
    let QuantityKind::Money { currency } = m.kind else {
        return None;
    };
    let Amount::Exact(v) = q.amount else {
        return None;
    };
    if q.modifier.is_some() || !q.text.bytes().all(|c| c.is_ascii_digit() || c == b',') {
        return None;
    }
    let gap = text.get(m.span.end()..q.span.start())?.trim();
    if !has_context(gap, context::PRICE_JOIN) || !nothing_owns(text, q.span.end()) {
        return None;
    }
    let t = m.text.trim_end();
    let w0 = last_word_start(t);
    if !is_subunit_word(&t[w0..]) {
        return None;
    }
    Some((
        currency,
        Amount::Exact(v.checked_div(Decimal::ONE_HUNDRED)?),
    ))
}

/// The sentence around `start..end`, within [`WINDOW`] bytes each way.
fn sentence(text: &str, start: usize, end: usize) -> (usize, usize) {
    let b = text.as_bytes();
    let lo = start.saturating_sub(WINDOW);
    // Only a byte of [`SENTENCE_END`] can end a sentence: the others are passed by a table
    // look (`boundary_before` asks the rest).
    let mut s = start;
    while s > lo && !(SENTENCE_END[usize::from(b[s - 1])] && boundary_before(b, s)) {
        s -= 1;
    }
    let hi = (end + WINDOW).min(b.len());
    let mut e = end;
    while e < hi && !(SENTENCE_END[usize::from(b[e])] && boundary_before(b, e + 1)) {
        e += 1;
    }
    (s, e)
}

/// The bytes after which [`boundary_before`] can find a sentence end.
static SENTENCE_END: [bool; 256] = {
    let mut t = [false; 256];
    t[b'.' as usize] = true;
    t[b'!' as usize] = true;
    t[b'?' as usize] = true;
    t[b';' as usize] = true;
    t[b'\n' as usize] = true;
    t
};

/// Whether a sentence ends right before byte `p`: a full stop, `!`, `?` or `;` after a
/// lower-case letter, a digit or a bracket and before white space, or a line break before a
/// blank line or an indented one.
fn boundary_before(b: &[u8], p: usize) -> bool {
    if p == 0 || p > b.len() {
        return true;
    }
    let c = b[p - 1];
    let next = b.get(p).copied();
    if matches!(c, b'.' | b'!' | b'?' | b';') && next.is_none_or(|n| n.is_ascii_whitespace()) {
        return c != b'.'
            || p < 2
            || b[p - 2].is_ascii_lowercase()
            || b[p - 2].is_ascii_digit()
            || b[p - 2] == b')';
    }
    c == b'\n' && matches!(next, Some(b'\n' | b'\r' | b'\t') | None)
        || c == b'\n' && next == Some(b' ') && b.get(p + 1) == Some(&b' ')
}

/// The currency of the nearest money mention to `k` inside `s0..s1`, before it first,
/// whether it is counted in a sub-unit (`cts`), and its index.
fn nearest_money_within(
    found: &[Quantity<'_>],
    k: usize,
    s0: usize,
    s1: usize,
) -> Option<(Currency, bool, usize)> {
    let before = (0..k)
        .rev()
        .take(NEIGHBOURS)
        .take_while(|&j| found[j].span.start() >= s0);
    let after = (k + 1..found.len())
        .take(NEIGHBOURS)
        .take_while(|&j| found[j].span.end() <= s1);
    before.chain(after).find_map(|j| match found[j].kind {
        QuantityKind::Money { currency } => {
            let t = found[j].text.trim_end();
            Some((currency, is_subunit_word(&t[last_word_start(t)..]), j))
        }
        _ => None,
    })
}

/// Whether the bare amount `k` of a row counts in the sub-unit of money mention `j` next to
/// it: the other side of a `vs` (`Shr 12-1/2 cts vs 12-1/2`, `loss 12 cts vs profit 14`), or
/// what follows a sub-unit amount with no new label between (`Div 11.5p making 19.0`, `nine
/// cents (interim seven)`). Not a total before its per-share figure (`2,227,000 or four cts`,
/// also after another such pair: `… or four cts and 4,841,000 or nine cts`), not an amount with a scale word (`78 cts a share versus 23.8 mln`), and not the
/// first value of the next row, whose capitalised label follows a line break the lexer took
/// for a wrap in a table pasted without indentation (`Shr 45 cts⏎Net 100,000 vs 90,000`).
fn in_sub_unit_of(text: &str, found: &[Quantity<'_>], j: usize, k: usize) -> bool {
    let (a, b) = if j < k { (j, k) } else { (k, j) };
    let t = found[k].text.trim_end();
    if b != a + 1 || scale_prefix(&t[last_word_start(t)..]).is_some() {
        return false;
    }
    let Some(gap) = text.get(found[a].span.end()..found[b].span.start()) else {
        return false;
    };
    let versus = any_word(gap, true, |w| {
        has_context(w.trim_end_matches('.'), context::VERSUS)
    });
    if versus {
        return true;
    }
    // What follows the sub-unit amount: no new label between, and no per-share figure of its
    // own after it (`2,227,000 or four cts and 4,841,000 or nine cts`).
    let own_sub_unit = found.get(k + 1).is_some_and(|n| {
        let t = n.text.trim_end();
        matches!(n.kind, QuantityKind::Money { .. }) && is_subunit_word(&t[last_word_start(t)..])
    });
    j < k
        && !own_sub_unit
        && !any_word(gap, false, |w| {
            w.starts_with(|c: char| c.is_ascii_uppercase())
        })
}

/// The line around `start..end`, within [`WINDOW`] bytes each way.
fn line(text: &str, start: usize, end: usize) -> (usize, usize) {
    let b = text.as_bytes();
    let lo = start.saturating_sub(WINDOW);
    let s = b
        .get(lo..start)
        .and_then(|w| memchr::memrchr(b'\n', w))
        .map_or(lo.min(start), |k| lo + k + 1);
    let hi = (end + WINDOW).min(b.len());
    let e = b
        .get(end..hi)
        .and_then(|w| memchr::memchr(b'\n', w))
        .map_or(hi.max(end), |k| end + k);
    (s, e)
}

/// [`speaks_of_money`], remembered for the last sentence asked (numbers share sentences:
/// each is read once).
fn speaks_of_money_memo(
    text: &str,
    s0: usize,
    s1: usize,
    memo: &mut Option<(usize, usize, bool)>,
) -> bool {
    match *memo {
        Some((a, z, m)) if (a, z) == (s0, s1) => m,
        _ => {
            let m = speaks_of_money(text, s0, s1);
            *memo = Some((s0, s1, m));
            m
        }
    }
}

/// Whether `s0..s1` holds a word of [`context::MONEY_NOUN`].
fn speaks_of_money(text: &str, s0: usize, s1: usize) -> bool {
    text.get(s0..s1)
        .is_some_and(|s| any_word(s, false, |w| has_context(w, context::MONEY_NOUN)))
}
