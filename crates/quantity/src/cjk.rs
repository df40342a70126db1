//! Chinese and Japanese quantities: numerals written with digits, CJK numerals or both
//! (`3兆1472億`, `5万4千6百`, `三千九百八十九点五`, `12・5`), their scale words, approximation
//! marks (`300多亿`), currency words before or after (`人民币3.14`, `亿元`, `億円`, `ドル`) and
//! sub-units (`56元7角8分`), percent words (`%`, `个百分点`, `百分之八`, `3割`), measure units
//! (`平方公里`, `万千瓦`, `ヘクタール`), modifiers before or after (`约`, `不到`, `以上`, `程度`),
//! ranges (`三到四万美元`, `5〜6億円`, `1から1.25%`), a unit written once for two numbers
//! (`增2.2個和0.8個百分點`) and ordinals (`第5`, `第三`, `第5位`, `3番目`, `首次`).
//!
//! The extractor asks [`at`] first wherever a number may start; a quantity that involves
//! nothing CJK (`10.1%` in a Chinese sentence) is left to the general grammar. Every word comes
//! from [`finnews_core::tables::cjk`]; the numerals themselves from `finnews_numeral`.

use crate::iso::Currency;
use finnews_core::Span;
use finnews_core::tables::cjk::{
    ADJECTIVE_TAILS, APPROX_MARKS, CODE_LABELS, COUNTER_LABELS, COUNTERS, CURRENCY_PREFIXES,
    CjkPercent, DECIMAL_POINTS, DISCOUNT_VERBS, FIRST_WORDS, FRACTION_MARKS, FROM_TO, HALF,
    INDEX_MOVES, INDEX_POINT_WORDS, LIST_JOINERS, LIST_MARKS, MINUS, MIXED_JOINERS,
    MODIFIERS_AFTER, MODIFIERS_BEFORE, NAMED_ORDINALS, NOT_PERCENT_BEFORE, ORDINAL_PREFIXES,
    ORDINAL_SUFFIXES, PER_UNIT_AFTER, PER_UNIT_BEFORE, POINT_COUNTERS, RANGE_CONNECTORS,
    ROUNDING_NOTES, SUB_UNIT_JOINERS, SUB_UNITS, TENTHS_BARE_MINOR, TENTHS_MINOR, THOUSANDS,
    UNIT_LABELS, UNIT_ONLY_CURRENCIES, currency_at, date_after, percent_alone_at, percent_at,
    percent_at_spaced, percent_prefix_at, spaced_len, starts_with_any, unit_at,
};
use finnews_core::tables::numbers::{CjkNumeral, cjk_numeral};
use finnews_core::tables::units::{UnitFit, unit_candidates};
use finnews_numeral::{
    NumeralForm, cardinal_prefix, cjk_range_prefix, japanese_tail, number_prefix_parts,
    scale_prefix,
};
use nom::Parser;
use nom::branch::alt;
use nom::character::complete::satisfy;
use nom::combinator::map_opt;
use nom::multi::many_m_n;
use rust_decimal::Decimal;

use crate::cues::modifier;
use crate::extract::is_whole;
use crate::types::{Amount, Modifier, PercentUnit, Quantity, QuantityKind};
use crate::units::Unit;

type Res<'a, O> = nom::IResult<&'a str, O, ()>;

/// What follows a number and types it.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Typed {
    Plain,
    Money(Currency),
    Percent(PercentUnit),
    Measure(Unit),
    /// A word that makes the number no quantity at all (`十折`: ten tenths of the price is no
    /// discount).
    Void,
}

/// One quantity read without its modifiers: `[start, end)`, its value, its type and the
/// factor its words applied after the number (a scale, `亿元`, tenths), for ranges.
#[derive(Debug, Clone, Copy)]
struct Core {
    end: usize,
    value: Decimal,
    typed: Typed,
    factor: Option<Decimal>,
    approx: bool,
    /// Something CJK was read (a numeral, a word, a full-width digit).
    cjk: bool,
    /// The low end of an approximate range written in the numeral (`三四万`: 30,000 to
    /// 40,000; `value` is then the high end).
    low: Option<Decimal>,
}

/// Where the first `分` of `b` starts: its first byte found by `memchr`, the other two
/// compared (no searcher built per call: most searches end a few characters on).
fn find_fen(b: &[u8]) -> Option<usize> {
    const FEN: &[u8] = "分".as_bytes();
    let mut from = 0;
    while let Some(x) = memchr::memchr(FEN[0], &b[from..]) {
        let at = from + x;
        if b[at..].starts_with(FEN) {
            return Some(at);
        }
        from = at + 1;
    }
    None
}

/// A CJK character that can start a number: a CJK numeral or a full-width digit.
fn cjk_number_char(c: char) -> bool {
    ('０'..='９').contains(&c) || cjk_numeral(c).is_some()
}

fn is_kana(c: char) -> bool {
    ('\u{3041}'..='\u{30ff}').contains(&c)
}

fn is_han(c: char) -> bool {
    ('\u{4E00}'..='\u{9FFF}').contains(&c) || ('\u{3400}'..='\u{4DBF}').contains(&c)
}

fn pow10(p: u32) -> Decimal {
    Decimal::from(10_i64.pow(p.min(18)))
}

/// Where the last run of ASCII digits, `.` and `,` that [`may_start`] measured ends. Every byte
/// of a run has the same run end, so a long run (`1,2.3,1,2.3,…`) is scanned once, not once per
/// number in it: the scan stays linear in the text.
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct RunMemo {
    from: usize,
    to: usize,
    /// Whether the text has kana (Japanese), once asked.
    japanese: Option<bool>,
    /// How far the text was searched for the words that say whose `元` a story means, and the
    /// currency of the last one found (see [`RunMemo::yuan_owner`]).
    yuan_to: usize,
    yuan: Option<Currency>,
    /// The first `分` at or after `fen_from` is at `fen_at` (`usize::MAX`: none), once asked
    /// (see [`RunMemo::fraction_may_follow`]).
    fen_from: usize,
    fen_at: Option<usize>,
    /// The last numeral run measured for [`numeral_limit`] (see [`RunMemo::numeral_limit`]).
    limit: Option<LimitRun>,
}

/// A run of numeral characters scanned once from `from`: every character from `from` up to
/// `stop` is numeric and none after `from` starts a unit word; `last` is where the last of
/// them starts; `stop` is a unit word (`unit`), the run's end, or the end of the scan (`capped`,
/// [`LIMIT_SCAN`] bytes on: unknown beyond).
#[derive(Debug, Clone, Copy)]
struct LimitRun {
    from: usize,
    last: usize,
    stop: usize,
    unit: bool,
    capped: bool,
}

/// How far one [`RunMemo::numeral_limit`] scan reads (more than [`numeral_limit`]'s 64 bytes,
/// so a long run of numerals is scanned about once, not once per number in it).
const LIMIT_SCAN: usize = 1024;

impl RunMemo {
    /// The currency a bare `元` at byte `i` means: that of the last currency word before `i`
    /// that qualifies a yuan-like unit (`新台币`, `港币`, `人民币`: a prefix word that is not
    /// itself such a unit, as `美元` is), so a Taiwan story's `1,500亿元` is TWD. Searched
    /// once over the text as the reading moves forward (linear), again from the start only if
    /// asked about an earlier position.
    fn yuan_owner(&mut self, text: &str, i: usize) -> Option<Currency> {
        if i < self.yuan_to {
            self.yuan_to = 0;
            self.yuan = None;
        }
        let seg = text.get(self.yuan_to..i)?;
        let mut last: Option<(usize, Currency)> = None;
        for &(w, code) in CURRENCY_PREFIXES {
            if UNIT_ONLY_CURRENCIES.iter().any(|u| w.ends_with(u)) {
                continue;
            }
            if let Some(p) = seg.rfind(w)
                && last.is_none_or(|(q, _)| p > q)
                && let Some(c) = Currency::from_code(code)
            {
                last = Some((p, c));
            }
        }
        if let Some((_, c)) = last {
            self.yuan = Some(c);
        }
        self.yuan_to = i;
        self.yuan
    }

    /// Whether a fraction mark ([`FRACTION_MARKS`], each starting with `分`) may follow byte
    /// `p`: whether a `分` stands anywhere after it. Each byte is searched about once as the
    /// reading moves forward (an earlier position searches only up to where the last search
    /// began), so a text of numbers without one never reads a denominator twice.
    fn fraction_may_follow(&mut self, text: &str, p: usize) -> bool {
        let b = text.as_bytes();
        let p = p.min(b.len());
        match self.fen_at {
            Some(at) if self.fen_from <= p && p <= at => {}
            Some(_) if p < self.fen_from => {
                // The next `分` after `p` is before `fen_from`, or the known one.
                if let Some(x) = find_fen(&b[p..self.fen_from]) {
                    self.fen_at = Some(p + x);
                }
                self.fen_from = p;
            }
            _ => {
                self.fen_from = p;
                self.fen_at = Some(find_fen(&b[p..]).map_or(usize::MAX, |x| p + x));
            }
        }
        self.fen_at.is_some_and(|at| at != usize::MAX)
    }

    /// [`numeral_limit`] of `text[p..]`, from the run of numerals last scanned when `p` is
    /// inside it (the same answer: every character between `p` and the run's stop is numeric
    /// and starts no unit, so the scan from `p` goes on to the stop unless it passes its 64
    /// bytes first). A run of numerals (`5万4千6百` repeated) is read once, not once per number.
    fn numeral_limit(&mut self, text: &str, p: usize) -> usize {
        let len = text.len() - p;
        let known = self
            .limit
            .filter(|r| r.from <= p && p < r.stop && !(r.capped && r.last.saturating_sub(p) <= 64));
        let r = match known {
            Some(r) => r,
            None => {
                let r = limit_run(text, p);
                self.limit = Some(r);
                r
            }
        };
        if r.last - p > 64 || !r.unit {
            len
        } else {
            r.stop - p
        }
    }

    /// Whether `text` is Japanese (it has kana): scanned once, on the first question.
    fn japanese(&mut self, text: &str) -> bool {
        *self
            .japanese
            .get_or_insert_with(|| text.chars().any(is_kana))
    }
}

/// Cheap test whether a CJK quantity may start at byte `i`: a CJK numeral, a full-width digit,
/// a CJK prefix word, or ASCII digits touching CJK text.
fn may_start(text: &str, i: usize, memo: &mut RunMemo) -> bool {
    let b = text.as_bytes();
    let c = b[i];
    if c.is_ascii_digit() {
        if i > 0 && (b[i - 1] >= 0x80) {
            return true;
        }
        let j = if memo.from <= i && i < memo.to {
            memo.to
        } else {
            let mut j = i;
            while j < b.len() && (b[j].is_ascii_digit() || b[j] == b'.' || b[j] == b',') {
                j += 1;
            }
            memo.from = i;
            memo.to = j;
            j
        };
        // A `%` or up to four spaces may stand between the digits and the CJK text.
        let k = if b.get(j) == Some(&b'%') {
            j + 1
        } else {
            j + b[j..].iter().take(4).take_while(|&&x| x == b' ').count()
        };
        return b.get(j).is_some_and(|&x| x >= 0x80) || b.get(k).is_some_and(|&x| x >= 0x80);
    }
    if c < 0x80 {
        return false;
    }
    let Some(ch) = text[i..].chars().next() else {
        return false;
    };
    cjk_number_char(ch)
        || percent_alone_at(&text[i..]).is_some()
        || starts_with_any(&text[i..], ORDINAL_PREFIXES).is_some()
        || starts_with_any(&text[i..], FIRST_WORDS).is_some()
}

/// The CJK quantity starting at byte `i` of `text` (its number, or a prefix word such as
/// `第` or `百分之`), not reaching back before `floor`: `None` when there is none or when it
/// involves nothing CJK.
pub(crate) fn at<'a>(
    text: &'a str,
    i: usize,
    floor: usize,
    memo: &mut RunMemo,
) -> Option<Read<'a>> {
    read(text, i, floor, memo).map(|r| match r {
        Ok(q) => Read::Emit(q),
        Err(to) => Read::Skip(to),
    })
}

/// What [`at`] found.
pub(crate) enum Read<'a> {
    /// A quantity.
    Emit(Quantity<'a>),
    /// No quantity before this byte (a date such as `第一季度` or `2020年`).
    Skip(usize),
}

/// [`at`]: `Err(to)` to skip.
fn read<'a>(
    text: &'a str,
    i: usize,
    floor: usize,
    memo: &mut RunMemo,
) -> Option<Result<Quantity<'a>, usize>> {
    if !text.is_char_boundary(i) || !may_start(text, i, memo) {
        return None;
    }
    let rest = &text[i..];
    // `首次`: the first time.
    if let Some(w) = starts_with_any(rest, FIRST_WORDS) {
        return Some(Ok(quantity(
            text,
            i,
            i + w.len(),
            QuantityKind::Ordinal,
            Amount::Exact(Decimal::ONE),
            None,
        )));
    }
    // `第5`, `第三`, `第5位`, `第3万`.
    if let Some(p) = starts_with_any(rest, ORDINAL_PREFIXES) {
        return ordinal_after(text, i, i + p.len());
    }
    // `百分之八`, `千分之五`.
    if let Some((wl, div)) = percent_prefix_at(rest) {
        let (r, sp) = spaces(&text[i + wl..]);
        let p = i + wl + sp;
        let d = pow10(div);
        let (amount, len) = if let Some((lo, hi, l)) = cjk_range_prefix(r) {
            // `百分之二三十`: twenty or thirty percent.
            let (low, high) = (lo.checked_div(d)?, hi.checked_div(d)?);
            (Amount::Range { low, high }, l)
        } else {
            let n = cardinal_prefix(r).or_else(|| {
                // `百分之百`: a lone unit character counts one of it.
                let (v, len) = lone_unit(r, true)?;
                Some(finnews_numeral::Numeral {
                    value: v,
                    len,
                    form: NumeralForm::Cjk,
                })
            })?;
            let mut value = n.value.checked_div(d)?;
            let mut len = n.len;
            // `百分之15k`: a Latin thousands letter after digits.
            if n.form == NumeralForm::Digits
                && let (t, ksp) = spaces(&r[len..])
                && let Some(k) = starts_with_any(t, THOUSANDS)
                && !t[k.len()..].starts_with(|c: char| c.is_ascii_alphanumeric())
            {
                value = value.checked_mul(Decimal::from(1000))?;
                len += ksp + k.len();
            }
            (Amount::Exact(value), len)
        };
        let end = p + len;
        let (end, m) = modifier_after(text, end);
        let (start, mb) = modifier_before(text, i, floor);
        return Some(Ok(quantity(
            text,
            start,
            end,
            QuantityKind::Percent {
                unit: PercentUnit::Percent,
            },
            amount,
            m.or(mb),
        )));
    }
    // `打对折` (half price), `半成` (5%): a percent word that carries its own number, unless
    // the character before makes it part of a longer phrase (`一半成了`: half became).
    if let Some((wl, v, verb)) = percent_alone_at(rest) {
        let before = &text[floor.min(i)..i];
        if before
            .chars()
            .next_back()
            .is_some_and(|c| NOT_PERCENT_BEFORE.contains(&c))
            || (verb && !DISCOUNT_VERBS.iter().any(|w| before.ends_with(w)))
        {
            return Some(Err(i + wl));
        }
        let (end, m) = modifier_after(text, i + wl);
        let (start, mb) = modifier_before(text, i, floor);
        return Some(Ok(quantity(
            text,
            start,
            end,
            QuantityKind::Percent {
                unit: PercentUnit::Percent,
            },
            Amount::Exact(Decimal::from(v)),
            m.or(mb),
        )));
    }
    // Rank suffixes after a whole number: `3番目`, `2位に`.
    let prev = text[..i].chars().next_back();
    if prev.is_some_and(|c| c.is_ascii_alphanumeric()) {
        return None;
    }
    // `2020年`, `3月`: ASCII digits a date word follows are the date grammar's (what
    // [`core_at`] and the checks below would conclude, read at once).
    // Not where the word is also a currency, unit, percent or fraction word (`100日元`,
    // `3分の2`).
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if digits > 0
        && let tail = &rest[digits..]
        && date_after(tail)
        && currency_at(tail).is_none()
        && unit_at(tail).is_none()
        && percent_at_spaced(tail).is_none()
        && !FRACTION_MARKS.iter().any(|m| spaced_len(tail, m).is_some())
    {
        return Some(Err(i + digits));
    }
    let mut core = core_at(text, i, memo)?;
    if matches!(core.typed, Typed::Void) {
        return Some(Err(core.end));
    }
    if let Some(to) = no_quantity(text, i, floor, &core) {
        return Some(Err(to));
    }
    // A whole number and a fraction: `三百五又三分之一`, `二と四分の一`.
    if matches!(core.typed, Typed::Plain)
        && let (t, sp) = spaces(&text[core.end..])
        && let Some(j) = starts_with_any(t, MIXED_JOINERS)
        && let (_, sp2) = spaces(&t[j.len()..])
        && let fs = core.end + sp + j.len() + sp2
        && let Some((f, l)) = cjk_fraction(text, fs)
        && f < Decimal::ONE
    {
        // Rounded as one fraction: `三又三分之一` is 10/3.
        let (n, d) = cjk_fraction_parts(text, fs)?;
        core.value = finnews_numeral::fraction(core.value.checked_mul(d)?.checked_add(n)?, d)?;
        core.end = fs + l;
        core.cjk = true;
    }
    // A prefix currency: `人民币3.14`, `人民币 3.14 亿元`.
    let mut start = i;
    let mut cjk = core.cjk;
    if let Some((s, cur)) = currency_before(text, i, floor) {
        match core.typed {
            Typed::Plain => core.typed = Typed::Money(cur),
            Typed::Money(c) if c == cur => {}
            // `新台幣3142億元`: the word after names only the unit, the one before whose it is
            Typed::Money(_) if unit_only_currency(&text[i..core.end]) => {
                core.typed = Typed::Money(cur);
            }
            _ => return None,
        }
        start = s;
        cjk = true;
    } else if let Typed::Money(c) = core.typed
        && c == Currency::CNY
        && unit_only_currency(&text[i..core.end])
        && let Some(owner) = memo.yuan_owner(text, i)
    {
        // `新台币2,360亿元 … 1,500亿元`: the story's `元` is the one its currency word named.
        core.typed = Typed::Money(owner);
    }
    // A unit written once for two numbers: `1.3个和1.5个百分点`.
    if matches!(core.typed, Typed::Plain)
        && let Some((end, unit)) = shared_point(text, core.end, memo)
    {
        core.typed = Typed::Percent(unit);
        core.end = end;
        cjk = true;
    }
    // A range: `三到四万美元`, `5〜6億円`, `1から1.25%`.
    let mut high = None;
    if let Some(low) = core.low {
        // `三四万美元`: the range is written in the numeral itself.
        high = Some(core.value);
        core.value = low;
        cjk = true;
    } else if let Some(conn) = starts_with_any(&text[core.end..], RANGE_CONNECTORS)
        && (matches!(core.typed, Typed::Plain) || !FROM_TO.contains(&conn))
    {
        let bs = core.end + conn.len();
        if let Some(b) = core_at(text, bs, memo)
            && !matches!(b.typed, Typed::Plain)
            && (matches!(core.typed, Typed::Plain) || core.typed == b.typed)
            && !core.value.is_sign_negative()
        {
            let mut low = core.value;
            if core.factor.is_none()
                && let Some(f) = b.factor
            {
                low = low.checked_mul(f)?;
            }
            if low <= b.value {
                high = Some(b.value);
                core = Core { value: low, ..b };
                cjk = true;
            }
        }
    }
    // Ordinal suffixes: `3番目`, `2位に`.
    if matches!(core.typed, Typed::Plain)
        && high.is_none()
        && is_whole(core.value)
        && let Some(&(w, needs)) = ORDINAL_SUFFIXES
            .iter()
            .find(|(w, _)| has_prefix(&text.as_bytes()[core.end..], w))
        && (!needs || text[core.end + w.len()..].starts_with(is_kana))
    {
        let (s, m) = modifier_before(text, i, floor);
        return Some(Ok(quantity(
            text,
            s,
            core.end + w.len(),
            QuantityKind::Ordinal,
            Amount::Exact(core.value),
            m,
        )));
    }
    if date_after(&text[core.end..]) {
        return Some(Err(core.end));
    }
    // A count: `三双`, `十个`, `五十打` (a dozen multiplies).
    let mut counted = false;
    if matches!(core.typed, Typed::Plain)
        && high.is_none()
        && is_whole(core.value)
        && counter_may_start(&text[core.end..])
        && let Some(&(w, m)) = COUNTERS
            .iter()
            .find(|(w, _)| has_prefix(&text.as_bytes()[core.end..], w))
    {
        if m > 1 {
            core.value = core.value.checked_mul(Decimal::from(m))?;
            core.end += w.len();
            counted = true;
        } else {
            counted = core.value > Decimal::ONE;
            // `5000人左右`: a modifier after the counter takes the counter into the span
            if counted && modifier_after(text, core.end + w.len()).1.is_some() {
                core.end += w.len();
            }
        }
        cjk = true;
    }
    // A sign: `负3`, `マイナス5`, `－12%`.
    let mut neg = false;
    if let Some(m) = MINUS
        .iter()
        .find(|m| start >= floor + m.len() && text[..start].ends_with(**m))
    {
        let s = start - m.len();
        let ok = m.as_bytes()[0] >= 0x80
            || text[..s]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_ascii_alphanumeric());
        if ok && high.is_none() {
            neg = true;
            start = s;
            cjk |= m.as_bytes()[0] >= 0x80;
        }
    }
    let (end, m_after) = modifier_after(text, core.end);
    let (s2, m_before) = modifier_before(text, start, floor);
    cjk |= m_after.is_some() || s2 < start;
    if !cjk {
        return None;
    }
    // A bare CJK numeral of one character (`一`, `十`) is a word more often than a number.
    if matches!(core.typed, Typed::Plain)
        && !counted
        && !neg
        && text[i..core.end].chars().count() < 2
        && !text[i..].starts_with(|c: char| c.is_ascii_digit())
        && high.is_none()
    {
        return None;
    }
    let value = if neg { -core.value } else { core.value };
    let kind = match core.typed {
        Typed::Plain => QuantityKind::Number,
        Typed::Money(c) => QuantityKind::Money { currency: c },
        Typed::Percent(u) => QuantityKind::Percent { unit: u },
        Typed::Measure(u) => QuantityKind::Measure { unit: u },
        Typed::Void => return None,
    };
    let amount = match high {
        Some(h) => Amount::Range {
            low: value,
            high: h,
        },
        None => Amount::Exact(value),
    };
    let modifier = m_after
        .or(m_before)
        .or(core.approx.then_some(Modifier::Approx));
    Some(Ok(quantity(text, s2, end, kind, amount, modifier)))
}

fn quantity(
    text: &str,
    start: usize,
    end: usize,
    kind: QuantityKind,
    amount: Amount,
    modifier: Option<Modifier>,
) -> Quantity<'_> {
    Quantity {
        span: Span::new(start, end),
        text: text.get(start..end).unwrap_or_default(),
        kind,
        amount,
        modifier,
    }
}

/// `第` at `i`, its number ending at... : an ordinal, unless a date (`第一季度`) or a name
/// (`第一产业`) follows.
fn ordinal_after(text: &str, i: usize, p: usize) -> Option<Result<Quantity<'_>, usize>> {
    let r = &text[p..];
    let (n, _) = number_prefix_parts(r)?;
    if !is_whole(n.value) || n.value.is_sign_negative() {
        return None;
    }
    let mut end = p + n.len;
    if date_after(&text[end..]) || starts_with_any(&text[end..], NAMED_ORDINALS).is_some() {
        return Some(Err(end));
    }
    if let Some(&(w, _)) = ORDINAL_SUFFIXES
        .iter()
        .find(|(w, _)| text[end..].starts_with(w))
    {
        end += w.len();
    }
    Some(Ok(quantity(
        text,
        i,
        end,
        QuantityKind::Ordinal,
        Amount::Exact(n.value),
        None,
    )))
}

/// The number at `p` and what types it, with no modifier or sign.
fn core_at(text: &str, p: usize, memo: &mut RunMemo) -> Option<Core> {
    let rest = text.get(p..)?;
    let first = rest.chars().next()?;
    if !(first.is_ascii_digit() || cjk_number_char(first)) {
        return None;
    }
    // The numeral stops where a unit starting with a numeral character begins (`12千米`,
    // `5万千瓦`, `五十兆字节`).
    let limit = memo.numeral_limit(text, p);
    debug_assert_eq!(limit, numeral_limit(rest), "numeral limit at {p}");
    let head = &rest[..limit];
    let mut cjk = !first.is_ascii_digit();
    let mut range: Option<(Decimal, Decimal)> = None;
    let (mut value, mut len, mut factor) = if let Some((v, l)) = middle_dot(head) {
        cjk = true;
        (v, l, None)
    } else if memo.fraction_may_follow(text, p)
        && let Some((v, l)) = cjk_fraction(text, p)
    {
        return Some(Core {
            end: p + l,
            value: v,
            typed: Typed::Plain,
            factor: None,
            approx: false,
            cjk: true,
            low: None,
        });
    } else if let Some((v, l)) = lone_unit(head, false) {
        cjk = true;
        (v, l, None)
    } else if let Some((lo, hi, l)) = cjk_range_prefix(head).or_else(|| counted_pair(rest)) {
        // `二三十`, `三四万`: two neighbouring digits before their units, an approximate range.
        cjk = true;
        range = Some((lo, hi));
        // The ends are neighbouring digits times one scale: their difference is that scale.
        (hi, l, Some(hi.checked_sub(lo)?))
    } else {
        let (mut whole, plain) = number_prefix_parts(head)?;
        if whole.form == NumeralForm::Cjk && whole.len == plain.len && memo.japanese(text) {
            // Japanese counts a digit after the last unit in ones (`八百一` is 801).
            whole = japanese_tail(head, whole);
        }
        let factor = if whole.len > plain.len {
            whole.value.checked_div(plain.value)
        } else {
            // A CJK numeral ending in a unit (`四万`, `三千`) carries that unit as its scale.
            match head[..whole.len].chars().next_back().and_then(cjk_numeral) {
                Some(CjkNumeral::Small(p) | CjkNumeral::Big(p))
                    if whole.form == NumeralForm::Cjk =>
                {
                    Some(pow10(p))
                }
                _ => None,
            }
        };
        if whole.form == NumeralForm::Cjk || whole.len > plain.len {
            cjk |= !head[plain.len..whole.len].is_ascii() || whole.form == NumeralForm::Cjk;
        }
        (whole.value, whole.len, factor)
    };
    if !head[..len].is_ascii() {
        cjk = true;
    }
    // `二百・七一`: CJK digits after the Japanese decimal point.
    if is_whole(value)
        && let Some(c) = text[p + len..].chars().next()
        && DECIMAL_POINTS.contains(&c)
        && let Ok((r, digits)) = many_m_n(1, 12, cjk_digit).parse(&text[p + len + c.len_utf8()..])
    {
        let mut m: i64 = 0;
        for d in &digits {
            m = m.checked_mul(10)?.checked_add(i64::from(*d))?;
        }
        let frac = Decimal::new(m, u32::try_from(digits.len()).ok()?);
        value = value.checked_add(frac)?;
        len = text.len() - r.len() - p;
        factor = None;
        cjk = true;
    }
    let mut end = p + len;
    // An approximation mark before a scale or a word: `300多亿元`, `十多万`.
    let mut approx = false;
    let (t, sp) = spaces(&text[end..]);
    if let Some(c) = t.chars().next()
        && APPROX_MARKS.contains(&c)
    {
        let (after, sp2) = spaces(&t[c.len_utf8()..]);
        if scale_prefix(after).is_some_and(|s| !s.ambiguous && !after.is_ascii())
            || currency_at(after).is_some()
            || unit_at(after).is_some()
        {
            approx = true;
            cjk = true;
            end += sp + c.len_utf8() + sp2;
        }
    }
    // A scale word the numeral did not take (after a mark, or a space: `7 万`).
    if factor.is_none() || approx {
        // Up to four spaces before it (`1000  万`, `7  万  円`).
        let (tail, sp) = spaces(&text[end..]);
        let lim = numeral_limit(tail);
        if unit_at(tail).is_none()
            && let Some(s) = scale_prefix(&tail[..lim])
            && !s.ambiguous
            && !tail[..s.len].trim_start().is_ascii()
        {
            value = value.checked_mul(s.factor)?;
            factor = Some(factor.unwrap_or(Decimal::ONE).checked_mul(s.factor)?);
            end += sp + s.len;
            cjk = true;
        }
    }
    // `12k个百分点`: a Latin thousands letter before a CJK word.
    if factor.is_none()
        && let Some(k) = starts_with_any(&text[end..], THOUSANDS)
        && let (t, _) = spaces(&text[end + k.len()..])
        && t.starts_with(|c: char| !c.is_ascii())
        && (percent_at_spaced(t).is_some() || currency_at(t).is_some() || unit_at(t).is_some())
    {
        value = value.checked_mul(Decimal::from(1000))?;
        factor = Some(Decimal::from(1000));
        end += k.len();
        cjk = true;
    }
    // What types it.
    let (tail, sp) = spaces(&text[end..]);
    let mut typed = Typed::Plain;
    if let Some((wl, unit)) = percent_at_spaced(tail) {
        let w = &tail[..wl];
        let v = match unit {
            CjkPercent::Percent => Some((value, PercentUnit::Percent)),
            CjkPercent::Point => Some((value, PercentUnit::PercentagePoint)),
            CjkPercent::Basis => Some((value, PercentUnit::BasisPoint)),
            CjkPercent::Tenths if value <= Decimal::TEN => {
                Some((value.checked_mul(Decimal::TEN)?, PercentUnit::Percent))
            }
            CjkPercent::Discount if value < Decimal::TEN => {
                Some((value.checked_mul(Decimal::TEN)?, PercentUnit::Percent))
            }
            CjkPercent::Discount if value > Decimal::TEN && value < Decimal::ONE_HUNDRED => {
                Some((value, PercentUnit::Percent))
            }
            CjkPercent::Discount if sp == 0 => {
                // `十折`: ten tenths of the price is no discount, and no other quantity either.
                return Some(Core {
                    end: end + wl,
                    value,
                    typed: Typed::Void,
                    factor,
                    approx,
                    cjk: true,
                    low: None,
                });
            }
            _ => None,
        };
        // `21.07ポイント高の2757.59`: the move of an index in points, a plain number
        let after = &tail[wl..];
        if unit == CjkPercent::Point
            && INDEX_POINT_WORDS.contains(&w)
            && let Some(mv) = starts_with_any(after, INDEX_MOVES)
            && !after[mv.len()..].starts_with(ADJECTIVE_TAILS)
        {
            return Some(Core {
                end: end + sp + wl,
                value,
                typed: Typed::Plain,
                factor,
                approx,
                cjk: true,
                low: None,
            });
        }
        if let Some((v, u)) = v
            && (sp == 0 || !w.is_ascii())
        {
            value = v;
            typed = Typed::Percent(u);
            end += sp + w.len();
            if unit == CjkPercent::Tenths {
                factor = Some(Decimal::TEN);
                // `三成半`: and a half tenth.
                if text[end..].starts_with(HALF) {
                    value = value.checked_add(Decimal::from(5))?;
                    end += HALF.len();
                } else if let Some((d, l)) = tenths_minor(&text[end..], w) {
                    // `3割5分`, `七成六`: and hundredths.
                    value = value.checked_add(Decimal::from(d))?;
                    end += l;
                }
            }
            cjk |= !w.is_ascii();
        }
    } else if let Some((w, code, power)) = currency_at(tail)
        && let Some(c) = Currency::from_code(code)
        && (power == 0 || factor.is_none())
    {
        if power > 0 {
            value = value.checked_mul(pow10(power))?;
            factor = Some(pow10(power));
        }
        typed = Typed::Money(c);
        end += sp + w.len();
        cjk = true;
        // `45円67銭`, `4万9512円28銭` (a scaled whole amount takes its sub-units too)
        if power == 0 && is_whole(value) {
            let (e, v) = sub_units(text, end, code, value);
            end = e;
            value = v;
        }
    } else if let Some((w, code)) = unit_at(tail)
        && let Some(u) = Unit::from_code(code)
    {
        typed = Typed::Measure(u);
        end += sp + w.len();
        cjk = true;
        // `一吨半`: and a half.
        if is_whole(value) && text[end..].starts_with(HALF) {
            value = value.checked_add(Decimal::new(5, 1))?;
            end += HALF.len();
        }
    } else if sp == 0
        && cjk
        && let Some((l, u)) = ascii_unit(tail)
    {
        // `万kW`, `3.5万t`.
        typed = Typed::Measure(u);
        end += l;
    }
    // The low end of a range in the numeral takes the same words as the high end
    // (`三四万美元`, `二三十个百分点`).
    let low = match range {
        Some((lo, hi)) if !hi.is_zero() => Some(lo.checked_mul(value)?.checked_div(hi)?),
        _ => None,
    };
    Some(Core {
        end,
        value,
        typed,
        factor,
        approx,
        cjk,
        low,
    })
}

/// The hundredths written after a tenths word `tenths` (`3割5分`, `七成六`, `七成 六`): one
/// digit, then a word of [`TENTHS_MINOR`] (or nothing, after a word of [`TENTHS_BARE_MINOR`]),
/// where nothing numeric or a date follows: the digit and the length read.
fn tenths_minor(s: &str, tenths: &str) -> Option<(u8, usize)> {
    let (t, sp) = spaces(s);
    let (r, d) = alt((digit, cjk_digit)).parse(t).ok()?;
    if sp > 1 || d == 0 {
        return None;
    }
    let mut used = s.len() - r.len();
    if let Some(w) = TENTHS_MINOR
        .iter()
        .find_map(|&(w, p)| (p == 1 && r.starts_with(w)).then_some(w))
    {
        used += w.len();
    } else if !TENTHS_BARE_MINOR.contains(&tenths.trim_matches(' ')) {
        return None;
    }
    let after = &s[used..];
    let next = after.chars().next();
    if next.is_some_and(|c| c.is_ascii_digit() || cjk_number_char(c) || DECIMAL_POINTS.contains(&c))
        || (used == s.len() - r.len() && date_after(after))
        || percent_at(after).is_some()
        || currency_at(after).is_some()
        || unit_at(after).is_some()
    {
        return None;
    }
    Some((d, used))
}

/// A fraction: the denominator, `分之` or `分の`, the numerator (`五分之一`, `３分の27`):
/// its value and length.
fn cjk_fraction(text: &str, p: usize) -> Option<(Decimal, usize)> {
    let (n, d, len) = fraction_at(text, p)?;
    Some((finnews_numeral::fraction(n, d)?, len))
}

/// [`cjk_fraction`]'s numerator and denominator.
fn cjk_fraction_parts(text: &str, p: usize) -> Option<(Decimal, Decimal)> {
    fraction_at(text, p).map(|(n, d, _)| (n, d))
}

/// The numerator, denominator and length of the fraction at `p`.
fn fraction_at(text: &str, p: usize) -> Option<(Decimal, Decimal, usize)> {
    let rest = text.get(p..)?;

    let d = number_prefix_parts(rest).map(|(d, _)| d).or_else(|| {
        // `百分の一`: a lone unit character counts one of it.
        let (v, len) = lone_unit(rest, true)?;
        Some(finnews_numeral::Numeral {
            value: v,
            len,
            form: NumeralForm::Cjk,
        })
    })?;
    let (r, _) = spaces(&rest[d.len..]);
    let ml = FRACTION_MARKS.iter().find_map(|m| spaced_len(r, m))?;
    let after = &r[ml..];
    let (r2, _) = spaces(after);
    let (n, _) = number_prefix_parts(r2)?;
    if d.value.is_zero() {
        return None;
    }
    Some((n.value, d.value, rest.len() - r2.len() + n.len))
}

/// `百`, `千` or `万` alone before a currency or percent word (`千円`, `百％`).
fn lone_unit(head: &str, any: bool) -> Option<(Decimal, usize)> {
    let c = head.chars().next()?;
    let Some(CjkNumeral::Small(p) | CjkNumeral::Big(p)) = cjk_numeral(c) else {
        return None;
    };
    let after = &head[c.len_utf8()..];
    if p < 2 || cardinal_prefix(head).is_some() {
        return None;
    }
    (any || currency_at(after).is_some() || percent_at(after).is_some())
        .then(|| (pow10(p), c.len_utf8()))
}

/// Two neighbouring CJK digits before a counter (`三四个百分点`, `五六家`): an approximate range
/// of the two, and its length.
fn counted_pair(s: &str) -> Option<(Decimal, Decimal, usize)> {
    let mut it = s.char_indices();
    let (_, a) = it.next()?;
    let (k, b) = it.next()?;
    let (Some(CjkNumeral::Digit(lo)), Some(CjkNumeral::Digit(hi))) =
        (cjk_numeral(a), cjk_numeral(b))
    else {
        return None;
    };
    let end = k + b.len_utf8();
    let after = s.get(end..)?;
    let counter = COUNTERS
        .iter()
        .any(|(w, _)| has_prefix(after.as_bytes(), w))
        || starts_with_any(after, POINT_COUNTERS).is_some();
    (lo > 0 && hi == lo + 1 && counter).then(|| (Decimal::from(lo), Decimal::from(hi), end))
}

/// Whether `t` starts with `w`, byte by byte: the suffix and counter words are a few bytes long
/// and most differ in their first three, so this stops before a library comparison is called.
#[inline]
fn has_prefix(t: &[u8], w: &str) -> bool {
    let w = w.as_bytes();
    t.len() >= w.len() && t.iter().zip(w).all(|(a, b)| a == b)
}

/// Whether `s` may start with a counter word ([`COUNTERS`]): its first character is the first
/// character of one (a bit set built once from the table; no false negatives).
fn counter_may_start(s: &str) -> bool {
    static F: std::sync::OnceLock<[u64; 16]> = std::sync::OnceLock::new();
    let f = F.get_or_init(|| {
        let mut f = [0_u64; 16];
        for c in COUNTERS.iter().filter_map(|(w, _)| w.chars().next()) {
            let k = u32::from(c) as usize % 1024;
            f[k / 64] |= 1 << (k % 64);
        }
        f
    });
    s.chars().next().is_some_and(|c| {
        let k = u32::from(c) as usize % 1024;
        f[k / 64] & (1 << (k % 64)) != 0
    })
}

/// Up to four spaces: the rest and how many.
fn spaces(s: &str) -> (&str, usize) {
    let t = s.trim_start_matches(' ');
    let n = s.len() - t.len();
    if n <= 4 { (t, n) } else { (s, 0) }
}

/// Where the numeral at the start of `s` must stop: before a unit that starts with a numeral
/// character (`千米`, `千瓦`, `兆字节`), else the end of `s`.
fn numeral_limit(s: &str) -> usize {
    for (k, c) in s.char_indices() {
        // ASCII: digits and separators go on, anything else ends the run (no lookup)
        if c.is_ascii() {
            if !(c.is_ascii_digit() || matches!(c, '.' | ',' | ' ')) || k > 64 {
                break;
            }
            continue;
        }
        let n = cjk_numeral(c);
        if k > 0
            && matches!(n, Some(CjkNumeral::Small(_) | CjkNumeral::Big(_)))
            && unit_may_start(c, s[k + c.len_utf8()..].chars().next())
            && unit_at(&s[k..]).is_some()
        {
            return k;
        }
        let numeric = n.is_some() || ('０'..='９').contains(&c) || matches!(c, '．' | '，');
        if !numeric || k > 64 {
            break;
        }
    }
    s.len()
}

/// Whether a CJK unit word ([`unit_at`]) may start with the numeral character `c` followed by
/// `next`: the second characters of the unit words that start with a numeral character, and
/// those characters that are a unit word alone, collected once from the unit table. No false
/// negatives (a word [`unit_at`] finds has its second character, or is one character long),
/// so [`numeral_limit`] asks the table only where a unit can stand (in `5万4千6百` it never
/// does).
fn unit_may_start(c: char, next: Option<char>) -> bool {
    struct Filter {
        /// Numeral characters that are a unit word by themselves.
        alone: Vec<char>,
        /// Second characters (hashed into 1,024 bits) of the unit words that start with a
        /// numeral character.
        second: [u64; 16],
    }
    static F: std::sync::OnceLock<Filter> = std::sync::OnceLock::new();
    let f = F.get_or_init(|| {
        let mut f = Filter {
            alone: Vec::new(),
            second: [0; 16],
        };
        for &(w, _) in finnews_core::tables::cjk::UNITS {
            let mut it = w.chars();
            if it.next().and_then(cjk_numeral).is_none() {
                continue;
            }
            match it.next() {
                None => f.alone.extend(w.chars()),
                Some(s) => {
                    let k = u32::from(s) as usize % 1024;
                    f.second[k / 64] |= 1 << (k % 64);
                }
            }
        }
        f
    });
    if f.alone.contains(&c) {
        return true;
    }
    next.is_some_and(|s| {
        let k = u32::from(s) as usize % 1024;
        f.second[k / 64] & (1 << (k % 64)) != 0
    })
}

/// [`RunMemo::numeral_limit`]'s scan from `p`: the characters [`numeral_limit`] goes on over
/// (digits, separators, spaces, numerals), up to a unit word after `p`, another character, the
/// end of the text, or [`LIMIT_SCAN`] bytes.
fn limit_run(text: &str, p: usize) -> LimitRun {
    let s = &text[p..];
    let mut last = p;
    for (k, c) in s.char_indices() {
        let a = p + k;
        let stop = |unit, capped| LimitRun {
            from: p,
            last,
            stop: a,
            unit,
            capped,
        };
        if c.is_ascii() {
            if !(c.is_ascii_digit() || matches!(c, '.' | ',' | ' ')) {
                return stop(false, false);
            }
        } else {
            let n = cjk_numeral(c);
            if k > 0
                && matches!(n, Some(CjkNumeral::Small(_) | CjkNumeral::Big(_)))
                && unit_may_start(c, s[k + c.len_utf8()..].chars().next())
                && unit_at(&s[k..]).is_some()
            {
                return stop(true, false);
            }
            let numeric = n.is_some() || ('０'..='９').contains(&c) || matches!(c, '．' | '，');
            if !numeric {
                return stop(false, false);
            }
        }
        if k > LIMIT_SCAN {
            return stop(false, true);
        }
        last = a;
    }
    LimitRun {
        from: p,
        last,
        stop: text.len(),
        unit: false,
        capped: false,
    }
}

/// Digits, the Japanese middle dot and digits: `12・5`, `０・７５`.
fn middle_dot(s: &str) -> Option<(Decimal, usize)> {
    let (r, int) = many_m_n(1, 12, digit).parse(s).ok()?;
    let (r, _) = satisfy::<_, _, ()>(|c| DECIMAL_POINTS.contains(&c))
        .parse(r)
        .ok()?;
    let (r, frac) = many_m_n(1, 12, digit).parse(r).ok()?;
    let mut m: i64 = 0;
    for d in int.iter().chain(&frac) {
        m = m.checked_mul(10)?.checked_add(i64::from(*d))?;
    }
    let scale = u32::try_from(frac.len()).ok()?;
    Some((Decimal::new(m, scale), s.len() - r.len()))
}

/// One CJK digit character (`七`, `〇`).
fn cjk_digit(input: &str) -> Res<'_, u8> {
    map_opt(satisfy(|_| true), |c| match cjk_numeral(c) {
        Some(CjkNumeral::Digit(d)) => u8::try_from(d).ok(),
        _ => None,
    })
    .parse(input)
}

/// One ASCII or full-width digit.
fn digit(input: &str) -> Res<'_, u8> {
    map_opt(satisfy(|_| true), digit_value).parse(input)
}

fn digit_value(c: char) -> Option<u8> {
    match c {
        '0'..='9' => Some(c as u8 - b'0'),
        '０'..='９' => u8::try_from(u32::from(c) - u32::from('０')).ok(),
        _ => None,
    }
}

/// An ASCII unit touching a CJK scale word (`万kW`): its length and unit.
fn ascii_unit(s: &str) -> Option<(usize, Unit)> {
    let &first = s.as_bytes().first()?;
    if !first.is_ascii_alphabetic() {
        return None;
    }
    let word = s.bytes().take_while(u8::is_ascii_alphanumeric).count();
    unit_candidates(first)
        .iter()
        .filter(|(a, _, fit)| *fit != UnitFit::Loose || a.len() == word)
        .find(|(a, _, _)| a.len() == word && s.starts_with(a))
        .and_then(|&(a, code, _)| Some((a.len(), Unit::from_code(code)?)))
}

/// Sub-units after a whole amount of currency `code`: `7角8分`, `5銭`, `と5セント`.
fn sub_units(text: &str, mut end: usize, code: &str, mut value: Decimal) -> (usize, Decimal) {
    let mut last = 0u32;
    for _ in 0..2 {
        let mut p = end;
        if let Some(j) = starts_with_any(&text[p..], SUB_UNIT_JOINERS) {
            p += j.len();
        }
        let Some(n) = cardinal_prefix(&text[p..]) else {
            break;
        };
        if !is_whole(n.value) || n.value >= Decimal::ONE_HUNDRED || n.value.is_zero() {
            break;
        }
        let q = p + n.len;
        let Some(&(_, w, pw)) = SUB_UNITS
            .iter()
            .find(|(c, w, _)| *c == code && text[q..].starts_with(w))
        else {
            break;
        };
        if pw <= last {
            break;
        }
        let Some(v) = n
            .value
            .checked_div(pow10(pw))
            .and_then(|d| value.checked_add(d))
        else {
            break;
        };
        value = v;
        last = pw;
        end = q + w.len();
    }
    (end, value)
}

/// Whether the amount `written` ends in a currency word that names only the unit (`元`,
/// `億元`) right after its number.
fn unit_only_currency(written: &str) -> bool {
    UNIT_ONLY_CURRENCIES.iter().any(|w| {
        written.strip_suffix(w).is_some_and(|h| {
            h.chars()
                .next_back()
                .is_some_and(|c| c.is_ascii_digit() || cjk_number_char(c))
        })
    })
}

/// A currency word right before byte `i` (one space allowed), not before `floor`.
fn currency_before(text: &str, i: usize, floor: usize) -> Option<(usize, Currency)> {
    let head = &text[floor.min(i)..i];
    let head = head.strip_suffix(' ').unwrap_or(head);
    CURRENCY_PREFIXES.iter().find_map(|&(w, code)| {
        head.ends_with(w)
            .then(|| {
                Some((
                    floor.min(i) + head.len() - w.len(),
                    Currency::from_code(code)?,
                ))
            })
            .flatten()
    })
}

/// Where the number read at `i` (to `core.end`) is no quantity because of the words around
/// it: the end to skip to. A rounding note (`百万円未満切捨て`), the unit of a table after its
/// label (`単位：百万円`), the denominator of a rate (`1株当たり`, `每10股`), a page counter
/// (`浏览次数：1326`), a list marker (`（1）` opening a line).
fn no_quantity(text: &str, i: usize, floor: usize, core: &Core) -> Option<usize> {
    let after = &text[core.end..];
    if let Some(w) = starts_with_any(after, ROUNDING_NOTES) {
        return Some(core.end + w.len());
    }
    let before = &text[floor.min(i)..i];
    // the text before, without the spaces and the colon after a label
    let label = before.trim_end_matches([' ', '\u{3000}', ':', '：']);
    let written = &text[i..core.end];
    let no_digit = !written
        .chars()
        .any(|c| c.is_ascii_digit() || ('０'..='９').contains(&c));
    if no_digit
        && matches!(core.typed, Typed::Money(_))
        && label.len() < before.len()
        && UNIT_LABELS.iter().any(|w| label.ends_with(w))
    {
        return Some(core.end);
    }
    if !matches!(core.typed, Typed::Plain | Typed::Measure(_)) || core.low.is_some() {
        return None;
    }
    // `1株当たり`, `1人あたり`, `1トン当たり`: a word of a few letters, then the per-unit word
    if after
        .char_indices()
        .take(5)
        .take_while(|&(_, c)| c.is_alphabetic())
        .any(|(k, _)| k > 0 && starts_with_any(&after[k..], PER_UNIT_AFTER).is_some())
    {
        return Some(core.end);
    }
    if !matches!(core.typed, Typed::Plain) {
        return None;
    }
    if PER_UNIT_BEFORE.iter().any(|w| before.ends_with(w))
        || (label.len() < before.len()
            && (COUNTER_LABELS.iter().any(|w| label.ends_with(w))
                || CODE_LABELS.iter().any(|w| label.ends_with(w))))
    {
        return Some(core.end);
    }
    // `1.国内增值税`, `１．輸出`: a list marker opening a line (the grammar reads a line break
    // the lexer takes for a soft wrap as a space: a space after CJK text counts as one)
    let line_start = |pre: &str| {
        let t = pre.trim_end_matches([' ', '\t', '\u{3000}']);
        t.is_empty()
            || t.ends_with('\n')
            || (t.len() < pre.len() && t.chars().next_back().is_some_and(|c| !c.is_ascii()))
    };
    if let Some(m) = after.chars().next()
        && LIST_MARKS.contains(&m)
        // a digit of the number's width after the mark makes a decimal (`１．５`); one of
        // the other width starts the item (`１．2025年`)
        && !after[m.len_utf8()..].starts_with(|c: char| {
            let wide = text[..core.end].ends_with(|d: char| ('０'..='９').contains(&d));
            if wide { ('０'..='９').contains(&c) } else { c.is_ascii_digit() }
        })
        && core.value < Decimal::ONE_HUNDRED
        && is_whole(core.value)
        && line_start(&text[..i])
    {
        return Some(core.end + m.len_utf8());
    }
    // `（1）` opening a line (only the spaces before the bracket are looked at)
    if after.starts_with('）')
        && core.value < Decimal::ONE_HUNDRED
        && let Some(pre) = text[..i].strip_suffix('（')
        && let pre = pre.trim_end_matches([' ', '\t', '\u{3000}'])
        && (pre.is_empty() || pre.ends_with('\n'))
    {
        return Some(core.end);
    }
    None
}

/// A modifier word right before `start` (no space or one), not before `floor`.
fn modifier_before(text: &str, start: usize, floor: usize) -> (usize, Option<Modifier>) {
    let head = &text[floor.min(start)..start];
    let h = head.strip_suffix(' ').unwrap_or(head);
    for &(w, b) in MODIFIERS_BEFORE {
        if h.ends_with(w) {
            return (start - (head.len() - h.len()) - w.len(), Some(modifier(b)));
        }
    }
    (start, None)
}

/// A modifier word right after `end`: the new end and the modifier. A modifier of one
/// character glued to a Han character after it opens a longer word, no modifier (`5%超过`,
/// `超额`, `弱于`; but `200億円超を`, `3割強の`).
fn modifier_after(text: &str, end: usize) -> (usize, Option<Modifier>) {
    let (tail, sp) = spaces(&text[end..]);
    for &(w, b) in MODIFIERS_AFTER {
        if let Some(rest) = tail.strip_prefix(w) {
            if w.chars().nth(1).is_none() && rest.starts_with(is_han) {
                continue;
            }
            return (end + sp + w.len(), Some(modifier(b)));
        }
    }
    (end, None)
}

/// `个` (or `個`), a joiner and a number with a percent-point word: the end of the counter
/// and the unit it shares (`2.2個和0.8個百分點`).
fn shared_point(text: &str, end: usize, memo: &mut RunMemo) -> Option<(usize, PercentUnit)> {
    let counter = starts_with_any(&text[end..], POINT_COUNTERS)?;
    let ce = end + counter.len();
    let j = starts_with_any(&text[ce..], LIST_JOINERS)?;
    let b = core_at(text, ce + j.len(), memo)?;
    let unit = match b.typed {
        Typed::Percent(u @ (PercentUnit::PercentagePoint | PercentUnit::BasisPoint)) => u,
        _ => return None,
    };
    // The second number must carry the counter itself.
    let second = &text[ce + j.len()..b.end];
    POINT_COUNTERS
        .iter()
        .any(|c| second.contains(c))
        .then_some((ce, unit))
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::{Options, extract};

    fn one(s: &str) -> (String, String, String, Option<Modifier>) {
        let q = extract(s, &Options::default());
        assert_eq!(q.len(), 1, "{s}: {q:?}");
        let q = &q[0];
        (
            q.text.to_owned(),
            q.kind.to_string(),
            q.amount.to_string(),
            q.modifier,
        )
    }

    fn all(s: &str) -> Vec<(String, String)> {
        extract(s, &Options::default())
            .iter()
            .map(|q| (q.text.to_owned(), q.amount.to_string()))
            .collect()
    }

    #[test]
    fn currency_before_a_unit_only_word_codes_and_list_markers() {
        // the currency written before names whose yuan the word after counts
        let r = one("營收新台幣1520.8億元");
        assert_eq!(
            (r.0.as_str(), r.1.as_str(), r.2.as_str()),
            ("新台幣1520.8億元", "money:TWD", "152080000000")
        );
        assert_eq!(one("港币35元").1, "money:HKD");
        assert_eq!(one("收入35元").1, "money:CNY");
        // security and company codes, list markers opening a line
        assert!(all("股票代码：000651 格力电器").is_empty());
        assert!(all("（股份代號：0388）").is_empty());
        assert_eq!(all("概况\n2.企业所得税3260亿元")[0].0, "3260亿元");
        assert_eq!(all("３．輸入は8億円")[0].0, "8億円");
        assert_eq!(all("增长\n2.5亿元")[0].0, "2.5亿元");
        assert_eq!(all("共 3.5亿元")[0].0, "3.5亿元");
    }

    #[test]
    fn index_points_and_more_units() {
        // points with `高`/`安` move an index; `高い` compares rates
        let r = one("TOPIXは12.5ポイント安");
        assert_eq!(
            (r.0.as_str(), r.1.as_str(), r.2.as_str()),
            ("12.5ポイント", "number", "12.5")
        );
        assert_eq!(one("0.2ポイント高い水準").1, "percent:percentage_point");
        assert_eq!(one("0.3ポイント上昇").1, "percent:percentage_point");
        assert_eq!(one("延べ床面積は3,210㎡").1, "measure:m2");
        assert_eq!(one("812千㎡").2, "812000");
        assert_eq!(one("吞吐量120万标准箱").1, "measure:TEU");
        assert_eq!(one("黄金12万盎司").1, "measure:oz");
    }

    #[test]
    fn notes_labels_and_denominators_are_no_quantities() {
        // a rounding note and the unit of a table
        assert!(all("（千円未満切り捨て）").is_empty());
        assert!(all("（単位：千円）").is_empty());
        assert!(all("单位：万元").is_empty());
        // the amounts after a label are still read
        assert_eq!(all("単位：5千円"), vec![("5千円".into(), "5000".into())]);
        // the denominator of a rate
        assert_eq!(
            all("1人当たり3万円を配る"),
            vec![("3万円".into(), "30000".into())]
        );
        assert_eq!(all("每20股送红股5元"), vec![("5元".into(), "5".into())]);
        // a page counter, a list marker opening a line
        assert!(all("阅读量：8812").is_empty());
        assert!(all("（3）販売費").is_empty());
        assert_eq!(all("売上高（350）"), vec![("350".into(), "350".into())]);
    }

    #[test]
    fn scaled_yen_with_sen_and_modifiers_after_counters() {
        assert_eq!(
            all("終値は3万8120円55銭。"),
            vec![("3万8120円55銭".into(), "38120.55".into())]
        );
        let (text, _, value, m) = one("新增就业800人左右");
        assert_eq!((text.as_str(), value.as_str()), ("800人左右", "800"));
        assert_eq!(m, Some(Modifier::Approx));
        let (text, _, _, m) = one("株価は3割近く上昇");
        assert_eq!((text.as_str(), m), ("3割近く", Some(Modifier::Approx)));
        // a counter with no modifier stays out of the span
        assert_eq!(one("新增就业800人").0, "800");
    }

    #[test]
    fn compound_yen() {
        assert_eq!(
            all("売上高は3兆1472億円。予算は12兆8千億円から13兆円に増えた。利益率は12・5%。"),
            [
                ("3兆1472億円".to_owned(), "3147200000000".to_owned()),
                ("12兆8千億円".to_owned(), "12800000000000".to_owned()),
                ("13兆円".to_owned(), "13000000000000".to_owned()),
                ("12・5%".to_owned(), "12.5".to_owned()),
            ]
        );
    }

    #[test]
    fn money() {
        assert_eq!(one("56元7角8分").2, "56.78");
        assert_eq!(one("人民币 3.14 亿元").2, "314000000");
        assert_eq!(one("人民币3.14").1, "money:CNY");
        assert_eq!(one("5亿新台币").1, "money:TWD");
        assert_eq!(one("1.95香港ドル").1, "money:HKD");
        let r = one("三到四万美元");
        assert_eq!((r.1.as_str(), r.2.as_str()), ("money:USD", "30000-40000"));
        assert_eq!(one("5〜6億円").2, "500000000-600000000");
        let r = one("300多亿元");
        assert_eq!((r.2.as_str(), r.3), ("30000000000", Some(Modifier::Approx)));
        assert_eq!(one("不到2.6万港元").3, Some(Modifier::Under));
        assert_eq!(one("2.9兆円程度").3, Some(Modifier::Approx));
    }

    #[test]
    fn percent() {
        assert_eq!(one("百分之八").2, "8");
        assert_eq!(one("0.3个百分点").1, "percent:percentage_point");
        assert_eq!(one("15个基点").1, "percent:basis_point");
        assert_eq!(one("3割").2, "30");
        assert_eq!(one("０・７５％程度").2, "0.75");
        assert_eq!(
            all("增2.2個和0.8個百分點"),
            [
                ("2.2個".to_owned(), "2.2".to_owned()),
                ("0.8個百分點".to_owned(), "0.8".to_owned())
            ]
        );
        let r = one("1から1.25%程度");
        assert_eq!((r.2.as_str(), r.3), ("1-1.25", Some(Modifier::Approx)));
    }

    #[test]
    fn discounts_and_shares() {
        // A discount is the share of the price paid.
        assert_eq!(one("全场商品打对折销售").2, "50");
        assert_eq!(one("夏装半折").2, "50");
        assert_eq!(one("会员享八五折").2, "85");
        assert!(all("把纸对折两次").is_empty(), "a fold is no discount");
        assert!(all("十折就是原价").is_empty(), "ten tenths is no discount");
        // Tenths and the hundredths after them.
        assert_eq!(one("仅占半成").2, "5");
        assert!(all("半成品库存").is_empty());
        assert!(all("一半成了坏账").is_empty());
        assert_eq!(one("出口占七成八").2, "78");
        assert_eq!(one("賛成は4割2分だった").2, "42");
        assert_eq!(all("七成九月份"), [("七成".to_owned(), "70".to_owned())]);
    }

    #[test]
    fn japanese_reads_a_last_digit_in_ones() {
        assert_eq!(one("価格は八百一円です").2, "801");
        assert_eq!(one("一万三千円になります").2, "13000");
        assert_eq!(
            one("三百五元").2,
            "350",
            "Chinese counts it in the next unit down"
        );
    }

    #[test]
    fn spaced_scales() {
        assert_eq!(one("募集 300  万 元").2, "3000000");
        assert_eq!(one("合計 8  億  円").2, "800000000");
    }

    #[test]
    fn shares_of_big_powers() {
        assert_eq!(one("误差为百万分之三").2, "0.0003");
        assert_eq!(one("十万分之八").2, "0.008");
        assert_eq!(one("亿分之二").2, "0.000002");
        assert_eq!(
            one("百分之二十k").2,
            "20",
            "a CJK numeral takes no Latin letter"
        );
        assert_eq!(one("百分之4k").2, "4000");
    }

    #[test]
    fn ranges_written_in_the_numeral() {
        let r = one("损失五六万元");
        assert_eq!((r.1.as_str(), r.2.as_str()), ("money:CNY", "50000-60000"));
        assert_eq!(one("涨了三四个百分点").2, "3-4");
        assert_eq!(one("百分之七八十").2, "70-80");
        assert_eq!(one("七八千万美元").2, "70000000-80000000");
        assert_eq!(one("有二三十家").2, "20-30");
        // Digits that are no neighbours, or a run with no unit, are no range.
        assert!(!one("二四十万元").2.contains('-'));
        assert!(all("三四月份").iter().all(|(_, v)| !v.contains('-')));
    }

    #[test]
    fn the_filters_before_the_unit_and_fraction_tables_miss_nothing() {
        // The fraction gate looks for `分` only.
        assert!(FRACTION_MARKS.iter().all(|m| m.starts_with('分')));
        // Every unit word that starts with a numeral character passes the unit filter.
        for &(w, _) in finnews_core::tables::cjk::UNITS {
            let mut it = w.chars();
            if let Some(c) = it.next().filter(|&c| cjk_numeral(c).is_some()) {
                assert!(unit_may_start(c, it.next()), "{w}");
            }
        }
        assert!(!unit_may_start('万', Some('4')));
        for (w, _) in COUNTERS {
            assert!(counter_may_start(w), "{w}");
        }
        // The next `分` is remembered, forwards and backwards.
        let mut memo = RunMemo::default();
        let t = "三分之一和五万";
        assert!(memo.fraction_may_follow(t, 0));
        assert!(!memo.fraction_may_follow(t, 12));
        assert!(memo.fraction_may_follow(t, 3));
        assert!(!memo.fraction_may_follow(t, 6));
        assert!(!memo.fraction_may_follow(t, t.len()));
    }

    #[test]
    fn fractions_and_halves() {
        assert_eq!(one("五分之一").2, "0.2");
        assert_eq!(one("三分の二").2, "0.666666666666667");
        assert_eq!(one("二と四分の一").2, "2.25");
        assert_eq!(one("三又三分之一").2, "3.33333333333333");
        assert_eq!(one("一吨半").2, "1.5");
        assert_eq!(one("三成半").2, "35");
        assert_eq!(one("百 分 之 2.4").2, "2.4");
        assert_eq!(one("千円").2, "1000");
        assert_eq!(one("四点 五个百分点").2, "4.5");
    }

    #[test]
    fn japanese_forms() {
        assert_eq!(one("マイナス五・五").2, "-5.5");
        assert_eq!(one("二百・七一").2, "200.71");
        assert_eq!(one("百分の一").2, "0.01");
        assert_eq!(one("６、５４４").2, "6544");
    }

    #[test]
    fn counts() {
        assert_eq!(one("三双").0, "三");
        assert_eq!(one("五十打").2, "600");
        assert_eq!(one("百分之百").2, "100");
        // `一个` is an article, not a count.
        assert!(all("这是一个重要的变化").is_empty());
    }

    #[test]
    fn left_to_others() {
        // Dates, durations and English figures are not read here.
        assert!(
            crate::cjk::at("3月末", 0, 0, &mut RunMemo::default())
                .is_some_and(|r| matches!(r, Read::Skip(_)))
        );
        assert!(crate::cjk::at("10.1% up", 0, 0, &mut RunMemo::default()).is_none());
        assert!(all("第一产业").is_empty());
        // A code touching letters (`M2`) does not swallow the CJK text after it.
        assert_eq!(all("货币(M2)余额208.09万亿元").len(), 1);
        // Digits before a date word are skipped at once, to the end of the digits, unless
        // the word is also a currency or a fraction mark.
        assert!(matches!(
            crate::cjk::at("2031年度", 0, 0, &mut RunMemo::default()),
            Some(Read::Skip(4))
        ));
        assert_eq!(one("约250日元").1, "money:JPY");
        assert_eq!(all("4分の1000").len(), 1);
    }

    #[test]
    fn measures_and_ordinals() {
        assert_eq!(one("5万千瓦").1, "measure:kW");
        assert_eq!(one("5万千瓦").2, "50000");
        assert_eq!(one("12千米").2, "12");
        assert_eq!(one("19万平方メートル").1, "measure:m2");
        assert_eq!(one("第5位").2, "5");
        assert_eq!(one("第三").1, "ordinal");
        assert!(all("第一季度").is_empty());
        assert!(all("2020年").is_empty());
        assert_eq!(one("5万4千6百").2, "54600");
        assert_eq!(one("百三十二").2, "132");
    }

    #[test]
    fn triangle_minus_and_more_bounds() {
        // `△` and `▲` are the minus of Japanese tables
        let r = one("純利益　△2,340百万円");
        assert_eq!(
            (r.0.as_str(), r.2.as_str()),
            ("△2,340百万円", "-2340000000")
        );
        assert_eq!(one("（前年同期比▲4.5％）").2, "-4.5");
        // bounds written after the amount
        let r = one("投資額は300億円超となる");
        assert_eq!((r.0.as_str(), r.3), ("300億円超", Some(Modifier::Over)));
        assert_eq!(one("2兆円超えの黒字").3, Some(Modifier::Over));
        assert_eq!(one("シェアは4割強に達した").3, Some(Modifier::Over));
        assert_eq!(one("シェアは2割弱にとどまる").3, Some(Modifier::Under));
        assert_eq!(one("50億円余りを投じる").3, Some(Modifier::Over));
        // a one-character bound glued to a Han character opens a longer word
        assert_eq!(one("增长6%超出预期").3, None);
        // bounds written before it, the longest word first
        let r = one("成交额超300亿元");
        assert_eq!((r.0.as_str(), r.3), ("超300亿元", Some(Modifier::Over)));
        assert_eq!(one("不超过8%").3, Some(Modifier::AtMost));
        assert_eq!(one("不低于60%").3, Some(Modifier::AtLeast));
        assert_eq!(one("将近900亿元").0, "将近900亿元");
        assert_eq!(one("接近900亿元").0, "接近900亿元");
        // `首位`: the first place of a ranking
        assert_eq!(one("出荷台数で首位を守った").2, "1");
        // `第一次所得収支`, `第二次産業`: names of statistics, no rank; Chinese `第一次` is
        assert!(all("第一次所得収支の黒字").is_empty());
        assert!(all("第二次産業の就業者").is_empty());
        assert_eq!(one("第一次出现下降").2, "1");
    }
}
