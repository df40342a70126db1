//! The grammar: rules over a token window, each reading one temporal phrase from a start token.
//!
//! Every rule is a function from a start token to the longest phrase it reads there (its end
//! token and value). Rules never look further than the window, so the work per candidate is
//! bounded; recursion (a qualifier around an inner phrase) is bounded by [`MAX_DEPTH`].

use core::cell::RefCell;

use chrono::{Datelike, Days, NaiveDate};
use finnews_core::lexer::{Gap, Kind, Token};
use finnews_core::lexicon::{Class, Classes, DateWord as W, lexicon};
use finnews_core::lexicon::{FUTURE_MARKERS, YEARS};
use finnews_numeral::{cardinal_prefix, ordinal_prefix};
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;

use crate::timex::{Cal, DurUnit, Form, Parts, Repr, Season, Year, month_range, months_to, ymd};
use crate::toks::{Numeric, Toks};
use crate::types::{FiscalYearNaming, Mod, Options};
use crate::words;

/// Chinese and Japanese dates, periods and durations (`r_cjk`).
#[path = "cjk.rs"]
mod cjk;
pub(crate) use cjk::{cjk_anchor, cjk_near};

const MAX_DEPTH: u8 = 4;
/// Words that can open a phrase before the word that anchors it: leaders (`the`, `fiscal`),
/// deictics (`last`), qualifiers (`early`, `end`).
pub(crate) const LEADS: Classes = Classes::of(&[
    Class::Leader,
    Class::Deictic,
    Class::QualifierAdjective,
    Class::QualifierNoun,
]);
/// The classes of the words [`Cx::r_words`] reads first (with the grammar words `tonight`,
/// `recent`, `CY`, `to`, `till`).
const WORDS_START: Classes = Classes::of(&[
    Class::RelativeDay,
    Class::NumberWord,
    Class::RefWord,
    Class::Shift,
    Class::DateTrigger,
    Class::TimeUnit,
]);
/// The classes some rule reads a word of first (with the grammar words, [`Class::DateWord`]): a
/// word of none of them that opens no numeral starts no phrase outside CJK text.
const PHRASE_WORD: Classes = Classes::of(&[
    Class::DateWord,
    Class::Deictic,
    Class::QualifierAdjective,
    Class::QualifierNoun,
    Class::Month,
    Class::TimeUnit,
    Class::Weekday,
    Class::RelativeDay,
    Class::NumberWord,
    Class::RefWord,
    Class::Shift,
    Class::DateTrigger,
    Class::VagueAmount,
    Class::Season,
    Class::DayPart,
    Class::Leader,
]);
/// A bare weekday within this many days after the reference is read forward, else backward.
const FUTURE_DAYS: i64 = 1;

/// One phrase read by the grammar.
#[derive(Debug, Clone, Copy)]
pub(crate) struct M {
    /// Index of the token after the phrase.
    pub(crate) end: usize,
    pub(crate) repr: Repr,
    pub(crate) modifier: Option<Mod>,
    /// Whether the phrase may take a leading `the` (`the third quarter`, `the 1990s`).
    pub(crate) det: bool,
    /// Whether the phrase is a comparison anchor (`a year ago`), resolved against the period
    /// its sentence is about once the whole text is read.
    pub(crate) anchor: Anchor,
}

/// What a comparison anchor compares with: the period its sentence is about, a year earlier.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) enum Anchor {
    /// Not an anchor.
    #[default]
    None,
    /// `a year ago`, `the year-earlier period`, `the same period last year`: any period.
    Any,
    /// `the year-ago quarter`, `the same quarter last year`: a quarter (calendar or fiscal).
    Quarter,
    /// `the second fiscal quarter last year`: the fiscal quarter of that number named before.
    FiscalQuarter(u8),
    /// `the previous year`, `the prior year`: any period longer than a day.
    Year,
    /// `the same 1986 period`: the other side of a comparison, named in full. It is resolved
    /// as written and is never the period a later anchor compares with.
    Compared,
}

fn m(end: usize, repr: Repr) -> Option<M> {
    Some(M {
        end,
        repr,
        modifier: None,
        det: false,
        anchor: Anchor::None,
    })
}

fn as_anchor(x: Option<M>, anchor: Anchor) -> Option<M> {
    x.map(|mut x| {
        x.anchor = anchor;
        x
    })
}

fn with_det(x: Option<M>) -> Option<M> {
    x.map(|mut x| {
        x.det = true;
        x
    })
}

fn better(best: &mut Option<M>, cand: Option<M>) {
    if let Some(c) = cand
        && best.is_none_or(|b| c.end > b.end)
    {
        *best = Some(c);
    }
}

pub(crate) struct Cx<'a, 'b> {
    pub(crate) text: &'a str,
    pub(crate) toks: &'b [Token],
    pub(crate) opts: &'b Options,
    /// Numerals already read at each token (the rules ask for the same ones repeatedly).
    pub(crate) memo: &'b RefCell<Memos>,
}

/// What the numeral readers found at one token, once asked.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Memo {
    /// The window ([`Memos::gen`]) the entry was written for; any other is stale, as if empty.
    generation: u32,
    card: Option<Option<(Decimal, usize)>>,
    ord: Option<Option<(u32, usize)>>,
    /// The phrase read here: the depth it was read at, whether the depth limit played no part
    /// in it (then it holds at any depth), and the phrase.
    phrase: Option<(u8, bool, Option<M>)>,
}

/// The memo of one window: an entry per token. A new window takes a new generation instead of
/// clearing the entries (most windows ask for a few tokens only).
#[derive(Debug, Default)]
pub(crate) struct Memos {
    /// The current window's generation (never 0, which marks entries never written).
    generation: u32,
    /// How many tokens the window has.
    len: usize,
    v: Vec<Memo>,
    /// How many times a phrase read met the depth limit (or a phrase that had): a read that
    /// leaves it unchanged holds at any depth.
    cuts: u32,
}

impl Memos {
    /// The entry of token `i` of the current window, if one was written.
    fn get(&self, i: usize) -> Option<&Memo> {
        if i >= self.len {
            return None;
        }
        self.v.get(i).filter(|m| m.generation == self.generation)
    }

    /// The entry of token `i` of the current window, to write (emptied if stale).
    fn get_mut(&mut self, i: usize) -> Option<&mut Memo> {
        if i >= self.len {
            return None;
        }
        let generation = self.generation;
        let m = self.v.get_mut(i)?;
        if m.generation != generation {
            *m = Memo {
                generation,
                ..Memo::default()
            };
        }
        Some(m)
    }
}

/// Resets `memo` for a window of `n` tokens.
pub(crate) fn reset_memo(memo: &RefCell<Memos>, n: usize) {
    let mut m = memo.borrow_mut();
    m.generation = m.generation.wrapping_add(1);
    if m.generation == 0 {
        m.v.clear();
        m.generation = 1;
    }
    if m.v.len() < n {
        m.v.resize(n, Memo::default());
    }
    m.len = n;
}

impl<'a> Cx<'a, '_> {
    // ---------- token helpers ----------

    fn tok(&self, i: usize) -> Option<&Token> {
        self.toks.get(i)
    }

    fn s(&self, i: usize) -> &'a str {
        self.toks
            .get(i)
            .and_then(|t| self.text.get(t.span.range()))
            .unwrap_or("")
    }

    fn word(&self, i: usize) -> Option<&'a str> {
        match self.tok(i)?.kind {
            Kind::Word => Some(self.s(i)),
            _ => None,
        }
    }

    /// The token at `i` when it is a word.
    fn wt(&self, i: usize) -> Option<&Token> {
        self.tok(i).filter(|t| t.kind == Kind::Word)
    }

    /// The tokens from `i` on, as nom input.
    fn toks_from(&self, i: usize) -> Toks<'_> {
        Toks {
            text: self.text,
            toks: self.toks.get(i..).unwrap_or(&[]),
        }
    }

    /// The grammar word at `i`.
    fn dw(&self, i: usize) -> Option<W> {
        self.wt(i).and_then(words::date_word)
    }

    fn is(&self, i: usize, w: W) -> bool {
        self.dw(i) == Some(w)
    }

    fn is_any(&self, i: usize, ws: &[W]) -> bool {
        self.dw(i).is_some_and(|x| ws.contains(&x))
    }

    /// Whether the word at `i` is in `class`.
    fn has(&self, i: usize, class: Class) -> bool {
        self.wt(i).is_some_and(|t| t.classes.has(class))
    }

    /// The sign or mark at `i`.
    fn mark(&self, i: usize) -> Option<char> {
        match self.tok(i)?.kind {
            Kind::Punct(c) | Kind::Symbol(c) => Some(c),
            _ => None,
        }
    }

    fn punct(&self, i: usize, c: char) -> bool {
        self.mark(i) == Some(c)
    }

    fn dash(&self, i: usize) -> bool {
        matches!(self.mark(i), Some('-' | '–' | '—'))
    }

    /// Whether token `i` touches token `i - 1` (no space between).
    fn glued(&self, i: usize) -> bool {
        i > 0
            && match (self.toks.get(i - 1), self.toks.get(i)) {
                (Some(a), Some(b)) => a.span.end() == b.span.start(),
                _ => false,
            }
    }

    /// A `-` or `/` at `i` glued to the tokens on both sides.
    fn glued_sep(&self, i: usize) -> Option<char> {
        let c = self.mark(i).filter(|c| matches!(c, '-' | '/'))?;
        (self.punct(i, c) && self.glued(i) && self.glued(i + 1)).then_some(c)
    }

    /// A plain digit run (no groups, no fraction): its value and digit count.
    fn plain(&self, i: usize) -> Option<(u32, usize)> {
        match self.tok(i)?.kind {
            Kind::Number {
                grouped: false,
                decimal: false,
            } => {
                let s = self.s(i);
                // ASCII digits (nearly every number): the value and count at once.
                let b = s.as_bytes();
                if (1..=9).contains(&b.len()) && b.iter().all(u8::is_ascii_digit) {
                    let v = b.iter().fold(0, |v, &c| v * 10 + u32::from(c - b'0'));
                    return Some((v, b.len()));
                }
                Some((digits_value(s)?, s.chars().count()))
            }
            _ => None,
        }
    }

    fn year4(&self, i: usize) -> Option<i32> {
        let (v, n) = self.plain(i)?;
        (n == 4 && (YEARS.0..=YEARS.1).contains(&v)).then_some(v as i32)
    }

    fn day_num(&self, i: usize) -> Option<(u32, usize)> {
        if let Some(o) = self.ordinal(i) {
            return (1..=31).contains(&o.0).then_some(o);
        }
        let (v, n) = self.plain(i)?;
        if n > 2 || !(1..=31).contains(&v) {
            return None;
        }
        // `31` glued to letters (`31x`) or to a decimal is no day.
        if self.tok(i + 1).is_some_and(|t| t.kind == Kind::Word) && self.glued(i + 1) {
            return None;
        }
        Some((v, i + 1))
    }

    /// The index of the token ending at byte `end`, plus one.
    fn after_byte(&self, from: usize, end: usize) -> Option<usize> {
        (from..self.toks.len())
            .take(12)
            .find(|&j| self.toks[j].span.end() == end)
            .map(|j| j + 1)
    }

    /// A cardinal numeral (digits, or number words / CJK numerals as `finnews_numeral` reads
    /// them) starting at token `i`.
    fn cardinal(&self, i: usize) -> Option<(Decimal, usize)> {
        if let Some(c) = self.memo.borrow().get(i).and_then(|m| m.card) {
            return c;
        }
        let c = self.cardinal_uncached(i);
        if let Some(m) = self.memo.borrow_mut().get_mut(i) {
            m.card = Some(c);
        }
        c
    }

    fn cardinal_uncached(&self, i: usize) -> Option<(Decimal, usize)> {
        let t = self.tok(i)?;
        if matches!(t.kind, Kind::Punct(_) | Kind::Symbol(_) | Kind::Break(_))
            || !crate::extract::may_open_numeral(self.text, t)
        {
            return None;
        }
        let rest = self.text.get(t.span.start()..)?;
        let n = cardinal_prefix(rest)?;
        // What the wrap lets it read goes only as far as a token ends.
        // Only a numeral joined by `and` (`two⏎and a half`, `one hundred and⏎five`): in
        // `six⏎quarters` the unit is the rule's to read, as with a space.
        if self.wrap_near(i)
            && let Some(m) = self.across_wrap(i, n)
            && let Some(j) = self.after_byte(i, t.span.start() + m.len)
            && (i + 1..j).any(|k| self.is(k, W::And))
        {
            return Some((m.value, j));
        }
        let j = self.after_byte(i, t.span.start() + n.len)?;
        // `2-1/2 years`, `1-1/2`: a whole number and a fraction joined by a hyphen, as wires
        // write mixed numbers.
        let after = t.span.start() + n.len;
        if self.text.as_bytes().get(after) == Some(&b'-')
            && mixed_shape(self.text.as_bytes().get(after..))
            && let Some((f, e)) = self.mixed_fraction(i, j)
        {
            return n.value.checked_add(f).map(|v| (v, e));
        }
        Some((n.value, j))
    }

    /// The fraction of a mixed number whose whole part is the plain number `i` (ending before
    /// token `j`): a glued hyphen, a numerator, a glued `/` and a larger denominator of at most
    /// two digits, nothing glued after (`2-1/2`; not `10-1/2017`, a date).
    // Kept out of line, as `across_wrap`: most numbers are not mixed and pay only the byte test.
    #[inline(never)]
    fn mixed_fraction(&self, i: usize, j: usize) -> Option<(Decimal, usize)> {
        let whole = self.tok(i)?;
        if j != i + 1
            || whole.kind
                != (Kind::Number {
                    grouped: false,
                    decimal: false,
                })
        {
            return None;
        }
        // `-N/D` as bytes: one or two digits each side of the slash
        let b = self.text.as_bytes().get(whole.span.end()..)?;
        let digits = |s: &[u8]| s.iter().take(3).take_while(|c| c.is_ascii_digit()).count();
        let nd = digits(b.get(1..)?);
        let dd = digits(b.get(2 + nd..)?);
        if b.first() != Some(&b'-') || b.get(1 + nd) != Some(&b'/') || !(1..=2).contains(&nd) {
            return None;
        }
        if !(1..=2).contains(&dd) || matches!(b.get(2 + nd + dd), Some(b'/' | b'-')) {
            return None;
        }
        let value = |s: &[u8]| s.iter().fold(0u32, |v, &c| v * 10 + u32::from(c - b'0'));
        let (num, den) = (value(&b[1..1 + nd]), value(&b[2 + nd..2 + nd + dd]));
        let end = whole.span.end() + 2 + nd + dd;
        // the tokens are the hyphen, the numerator, the slash and the denominator
        if num == 0 || num >= den || self.tok(j + 3)?.span.end() != end {
            return None;
        }
        // halves, quarters, eighths... are exact in a few places (no division); thirds round
        let f = match (1..=4).find(|&k| 10u32.pow(k) % den == 0) {
            Some(k) => Decimal::new(i64::from(num * (10u32.pow(k) / den)), k).normalize(),
            None => finnews_numeral::fraction(Decimal::from(num), Decimal::from(den))?,
        };
        Some((f, j + 4))
    }

    /// The numeral `n` read at token `i` read again when a soft line wrap comes soon after it
    /// (`two⏎and a half`): over the next few tokens of the paragraph with their wraps as spaces
    /// (a wrap is whitespace to every grammar), when that reads further.
    /// Whether a soft line wrap comes before one of the five tokens after `i` (most numerals have
    /// none: then [`Cx::across_wrap`] is not asked).
    #[inline]
    fn wrap_near(&self, i: usize) -> bool {
        self.toks
            .get(i + 1..)
            .is_some_and(|near| near.iter().take(5).any(|t| t.gap == Gap::Wrap))
    }

    // Kept out of line: inlined, its buffer made every cardinal read dearer (+3.6 M on 3,000
    // stories), though it rarely gets past its first check.
    #[inline(never)]
    fn across_wrap(
        &self,
        i: usize,
        n: finnews_numeral::Numeral,
    ) -> Option<finnews_numeral::Numeral> {
        // Only a numeral joined by `and` is read across a wrap.
        if !(i + 1..i + 4).any(|k| self.is(k, W::And)) {
            return None;
        }
        let start = self.tok(i)?.span.start();
        let read_end = start + n.len;
        let k = (i + 1..self.toks.len())
            .take(12)
            .find(|&k| self.toks[k].span.start() >= read_end)?;
        // A wrap before one of the next few tokens of the same paragraph (`two⏎and a half`,
        // `two and⏎a half`).
        let wrap = self.toks[k..]
            .iter()
            .take(4)
            .take_while(|t| t.gap != Gap::Block)
            .any(|t| t.gap == Gap::Wrap);
        if !wrap {
            return None;
        }
        let mut flat = self.text.as_bytes().get(start..read_end)?.to_vec();
        let mut prev_end = read_end;
        for t in self.toks[k..].iter().take(6) {
            if t.gap == Gap::Block {
                break;
            }
            let gap = self.text.as_bytes().get(prev_end..t.span.start())?;
            flat.extend(
                gap.iter()
                    .map(|&c| if matches!(c, b'\n' | b'\r') { b' ' } else { c }),
            );
            flat.extend_from_slice(self.text.as_bytes().get(t.span.range())?);
            prev_end = t.span.end();
        }
        let flat = String::from_utf8(flat).ok()?;
        cardinal_prefix(&flat).filter(|m| m.len > n.len)
    }

    fn ordinal(&self, i: usize) -> Option<(u32, usize)> {
        if let Some(c) = self.memo.borrow().get(i).and_then(|m| m.ord) {
            return c;
        }
        let c = self.ordinal_uncached(i);
        if let Some(m) = self.memo.borrow_mut().get_mut(i) {
            m.ord = Some(c);
        }
        c
    }

    /// An ordinal day of the month (`17th`) at `i`: the token after it.
    pub(crate) fn ordinal_day_end(&self, i: usize) -> Option<usize> {
        let (v, e) = self.ordinal(i)?;
        (1..=31).contains(&v).then_some(e)
    }

    fn ordinal_uncached(&self, i: usize) -> Option<(u32, usize)> {
        let t = self.tok(i)?;
        if matches!(t.kind, Kind::Punct(_) | Kind::Symbol(_) | Kind::Break(_))
            || !crate::extract::may_open_numeral(self.text, t)
        {
            return None;
        }
        // Digits make an ordinal only with a suffix (`5th`, `22ND`) or a group or point and
        // more digits between (`1,000th`): a suffix's first letter, a digit, `,`, a space or
        // `.` before a digit, or the lead byte of a full-width digit, comma or point (`EF`) or
        // of another group separator the numeral grammar reads (`、` E3, NBSP C2, U+2009 and
        // U+202F E2) follows the token. A CJK character (`2021年`) is none of these.
        if matches!(t.kind, Kind::Number { .. }) {
            let b = self.text.as_bytes();
            let e = t.span.end();
            let wide = |c: u8| matches!(c, 0xEF | 0xE3 | 0xC2 | 0xE2);
            let digitish = |k: usize| b.get(k).is_some_and(|&c| c.is_ascii_digit() || c == 0xEF);
            let may = match b.get(e) {
                Some(b's' | b'S' | b'n' | b'N' | b'r' | b'R' | b't' | b'T') => true,
                Some(b',' | b' ' | b'.') => digitish(e + 1),
                Some(&c) => c.is_ascii_digit() || wide(c),
                None => false,
            };
            if !may {
                return None;
            }
        }
        let rest = self.text.get(t.span.start()..)?;
        let n = ordinal_prefix(rest)?;
        let j = self.after_byte(i, t.span.start() + n.len)?;
        Some((n.value.to_u32()?, j))
    }

    /// A month name at `i`: (month, next token, whether it may stand alone).
    /// Whether the month word at `i` is an abbreviation (`Sept`, `Jan`; not `June`, `July`, `May`).
    fn month_abbrev(&self, i: usize) -> bool {
        self.word(i).is_some_and(|w| w.len() <= 4) && !self.is_any(i, &[W::June, W::July, W::May])
    }

    /// The token after the month word at `i`: past the full stop glued to an abbreviation
    /// (`Sept.`), never past the sentence's full stop after a full name (`in August.`).
    pub(crate) fn after_month_word(&self, i: usize) -> usize {
        if self.month_abbrev(i) && self.punct(i + 1, '.') && self.glued(i + 1) {
            i + 2
        } else {
            i + 1
        }
    }

    fn month(&self, i: usize) -> Option<(u8, usize, bool)> {
        let w = self.word(i)?;
        let mo = words::month(self.wt(i)?)?;
        let next = self.after_month_word(i);
        let abbrev = self.month_abbrev(i);
        let capital = w.starts_with(|c: char| c.is_ascii_uppercase());
        let ambiguous = self.is_any(i, &[W::May, W::March]);
        // A full, unambiguous name in lower case stands alone after a word that calls for a
        // month (`in april`).
        let alone = if abbrev {
            // `after Feb`, `in Oct,`: a capitalized abbreviation after a word that calls for a
            // month, with no word or number after it (`in Jan Smith's view` is a name).
            // In capitals only in text in capitals (`IN JAN`; `to DEC` is the company).
            capital
                && !ambiguous
                && self.prev_has(i, Class::MonthContext)
                && !self.next_is_word_or_number(next)
                && (!w.chars().all(|c| c.is_ascii_uppercase())
                    || self
                        .prev_word_text(i)
                        .is_some_and(|p| p.chars().all(|c| c.is_ascii_uppercase())))
        } else if capital {
            !ambiguous || self.prev_has(i, Class::MonthContext)
        } else {
            // `in the april.`: after `the` too, with no word or number after it.
            !ambiguous
                && (self.prev_has(i, Class::MonthContext)
                    || (self.prev_word_is(i, W::The) && !self.next_is_word_or_number(next)))
        };
        // Lower case only for a full, unambiguous name (`april 2017`), never alone; but an
        // ambiguous name or an abbreviation right after `in` with no word or number after it
        // (`due in may.`, `in dec`) is the month.
        if !capital && (abbrev || ambiguous) {
            if self.prev_word_is(i, W::In) && !self.next_is_word_or_number(next) {
                return Some((mo, next, true));
            }
            return None;
        }
        Some((mo, next, alone))
    }

    /// A month abbreviation in lower case right after a day (`14 nov`, `3 sept.`); never an
    /// ambiguous name (`13 may`).
    fn month_after_day(&self, i: usize) -> Option<(u8, usize, bool)> {
        let mo = words::month(self.wt(i)?)?;
        if self.is_any(i, &[W::May, W::March]) {
            return None;
        }
        let next = i + 1;
        if self.punct(next, '.') && self.glued(next) {
            return Some((mo, next + 1, false));
        }
        Some((mo, next, false))
    }

    /// Weekday `d` (1 = Monday) falling on day `dd` of a month: the nearest such date within a
    /// year of the reference, else the weekday alone.
    fn weekday_on_day(&self, d: u8, dd: u32) -> Repr {
        let found = self.ref_day().and_then(|r| {
            (-12i32..=12)
                .filter_map(|k| {
                    let first = NaiveDate::from_ymd_opt(r.year(), r.month(), 1)?;
                    let first = if k < 0 {
                        first.checked_sub_months(chrono::Months::new(k.unsigned_abs()))?
                    } else {
                        first.checked_add_months(chrono::Months::new(k.unsigned_abs()))?
                    };
                    let date = first.with_day(dd)?;
                    (date.weekday().number_from_monday() == u32::from(d)).then_some(date)
                })
                .min_by_key(|date| (*date - r).num_days().abs())
        });
        found.map_or(Repr::Weekday(d), |date| Repr::Day { date, part: None })
    }

    fn weekday(&self, i: usize) -> Option<(u8, usize, bool)> {
        let w = self.word(i)?;
        let d = words::weekday(self.wt(i)?)?;
        let full = w.len() >= 6;
        // Lower case only for a full name (`on monday`; `sun`, `wed` are words).
        if !full && !w.starts_with(|c: char| c.is_ascii_uppercase()) {
            return None;
        }
        let mut next = i + 1;
        if !full && self.punct(next, '.') && self.glued(next) {
            next += 1;
        }
        Some((d, next, full))
    }

    /// The classes of the word before token `i` (in the window, or read back from the text).
    fn prev_classes(&self, i: usize) -> Classes {
        let of = |k: usize| self.wt(k).map_or(Classes::EMPTY, |t| t.classes);
        if i > 1 && self.dash(i - 1) && self.glued(i - 1) && self.glued(i) {
            return of(i - 2);
        }
        if i > 0 {
            return of(i - 1);
        }
        let Some(t) = self.tok(i) else {
            return Classes::EMPTY;
        };
        let before = self.text.get(..t.span.start()).unwrap_or("").trim_end();
        let w_start = before
            .char_indices()
            .rev()
            .take_while(|&(_, c)| c.is_ascii_alphabetic())
            .last()
            .map_or(before.len(), |(k, _)| k);
        let lx = lexicon();
        before
            .get(w_start..)
            .and_then(|w| lx.lookup(w))
            .map_or(Classes::EMPTY, |e| lx.classes(e))
    }

    /// The word before token `i` (in the window, or read back from the text), if a word is
    /// there.
    fn prev_word_text(&self, i: usize) -> Option<&'a str> {
        if i > 0 {
            return self.word(i - 1);
        }
        let before = self.text.get(..self.tok(i)?.span.start())?.trim_end();
        let start = before
            .rfind(|c: char| !c.is_ascii_alphabetic())
            .map_or(0, |k| k + 1);
        before.get(start..).filter(|w| !w.is_empty())
    }

    /// Whether the word before token `i` (in the window, or read back from the text) is `w`.
    fn prev_word_is(&self, i: usize, w: W) -> bool {
        if i > 0 {
            return self.is(i - 1, w);
        }
        let Some(t) = self.tok(i) else {
            return false;
        };
        let before = self.text.get(..t.span.start()).unwrap_or("").trim_end();
        let start = before
            .rfind(|c: char| !c.is_ascii_alphabetic())
            .map_or(0, |k| k + 1);
        let lx = lexicon();
        before
            .get(start..)
            .and_then(|word| lx.lookup(word))
            .and_then(|e| finnews_core::lexicon::DATE_WORDS.get(lx.row(e, Class::DateWord)?))
            .is_some_and(|r| r.1 == w)
    }

    /// Whether token `i` comes right after a capitalized weekday and `or` / `and` (`Mon or`),
    /// read back from the text when the window starts at `i`.
    fn after_weekday_and_or(&self, i: usize) -> bool {
        if i >= 2 {
            return self.is_any(i - 1, &[W::Or, W::And]) && self.weekday(i - 2).is_some();
        }
        let Some(t) = self.tok(i) else {
            return false;
        };
        if !(self.prev_word_is(i, W::Or) || self.prev_word_is(i, W::And)) {
            return false;
        }
        let before = self.text.get(..t.span.start()).unwrap_or("").trim_end();
        let before = before
            .trim_end_matches(|c: char| c.is_ascii_alphabetic())
            .trim_end()
            .trim_end_matches('.');
        let start = before
            .rfind(|c: char| !c.is_ascii_alphabetic())
            .map_or(0, |k| k + 1);
        let lx = lexicon();
        before.get(start..).is_some_and(|word| {
            word.starts_with(|c: char| c.is_ascii_uppercase())
                && lx
                    .lookup(word)
                    .is_some_and(|e| lx.classes(e).has(Class::Weekday))
        })
    }

    /// Whether token `i` follows an amount: a number, a percent sign, or a currency, scale or
    /// unit word (`94 dlrs`, `3 mln`, `5%`).
    fn after_amount(&self, i: usize) -> bool {
        const AMOUNT: Classes = Classes::of(&[
            Class::CurrencyWord,
            Class::CurrencySymbol,
            Class::Scale,
            Class::Unit,
        ]);
        if i > 0 {
            return match self.tok(i - 1).map(|t| t.kind) {
                Some(Kind::Number { .. } | Kind::Symbol('%')) => true,
                Some(Kind::Word) => self.prev_classes(i).any(AMOUNT),
                _ => false,
            };
        }
        let before = self
            .tok(i)
            .and_then(|t| self.text.get(..t.span.start()))
            .unwrap_or("")
            .trim_end();
        before.ends_with(|c: char| c.is_ascii_digit() || c == '%')
            || self.prev_classes(i).any(AMOUNT)
    }

    /// Whether token `i` follows a currency sign (`$12`, `$ 12`).
    fn after_currency_symbol(&self, i: usize) -> bool {
        let Some(t) = self.tok(i) else {
            return false;
        };
        let before = self.text.get(..t.span.start()).unwrap_or("").trim_end();
        let Some(c) = before.chars().next_back() else {
            return false;
        };
        let lx = lexicon();
        lx.lookup(before.get(before.len() - c.len_utf8()..).unwrap_or(""))
            .is_some_and(|e| lx.classes(e).has(Class::CurrencySymbol))
    }

    fn prev_has(&self, i: usize, class: Class) -> bool {
        self.prev_classes(i).has(class)
    }

    // ---------- resolution against the reference ----------

    fn reference(&self) -> Option<NaiveDate> {
        self.opts.reference.map(|r| r.date())
    }

    fn ref_day(&self) -> Option<NaiveDate> {
        self.opts
            .reference
            .filter(|r| r.grain() == crate::types::Grain::Day)
            .map(|r| r.date())
    }

    /// The year that puts `period(year)` nearest the reference (earlier on a tie).
    fn nearest(&self, period: impl Fn(i32) -> Option<(NaiveDate, NaiveDate)>) -> Year {
        let r = self.reference()?;
        let y = r.year();
        let mut best: Option<(i64, i32)> = None;
        for cand in [y - 1, y, y + 1] {
            if let Some((f, l)) = period(cand) {
                let d = if r < f {
                    (f - r).num_days()
                } else if r > l {
                    (r - l).num_days()
                } else {
                    0
                };
                if best.is_none_or(|(bd, _)| d < bd) {
                    best = Some((d, cand));
                }
            }
        }
        best.map(|(_, c)| c)
    }

    fn month_nearest(&self, mo: u8) -> Repr {
        Repr::Month {
            year: self.nearest(|y| month_range(y, mo)),
            month: mo,
        }
    }

    fn month_day(&self, mo: u8, d: u32) -> Option<Repr> {
        ymd(2000, u32::from(mo), d)?;
        match self.nearest(|y| ymd(y, u32::from(mo), d).map(|x| (x, x))) {
            Some(y) => Some(Repr::Day {
                date: ymd(y, u32::from(mo), d)?,
                part: None,
            }),
            None => Some(Repr::MonthDay {
                month: mo,
                day: u8::try_from(d).ok()?,
            }),
        }
    }

    /// Quarter `n` (or half `n` when `!is_q`) of `year`, or of the year nearest the reference.
    fn quarter_or_half(&self, is_q: bool, n: u8, year: Option<i32>) -> Repr {
        match (is_q, year) {
            (true, Some(y)) => Repr::Quarter {
                year: Some(y),
                q: n,
            },
            (true, None) => self.quarter_nearest(n),
            (false, Some(y)) => Repr::Half {
                year: Some(y),
                h: n,
            },
            (false, None) => self.half_nearest(n),
        }
    }

    fn quarter_nearest(&self, q: u8) -> Repr {
        let f = |y: i32| {
            let a = ymd(y, 3 * u32::from(q) - 2, 1)?;
            let b = ymd(y, 3 * u32::from(q), 1)?;
            Some((a, month_range(y, b.month() as u8)?.1))
        };
        Repr::Quarter {
            year: self.nearest(f),
            q,
        }
    }

    fn half_nearest(&self, h: u8) -> Repr {
        let f = |y: i32| {
            let a = ymd(y, 6 * u32::from(h) - 5, 1)?;
            Some((a, month_range(y, 6 * h)?.1))
        };
        Repr::Half {
            year: self.nearest(f),
            h,
        }
    }

    fn season_nearest(&self, s: Season, shift: i32) -> Repr {
        let year = self.reference().and_then(|r| {
            let y = r.year();
            let cands = [y - 2, y - 1, y, y + 1];
            let range = |c: i32| Timexish::season(c, s);
            let idx = cands.iter().position(|&c| {
                range(c).is_some_and(|(f, l)| f <= r && r <= l)
                    || range(c).is_some_and(|(f, _)| f > r)
            })?;
            // `idx` is the current (or next) occurrence; `this` is the current one, or this
            // year's.
            let current = range(cands[idx]).is_some_and(|(f, _)| f <= r);
            let base = match shift {
                0 if current => idx as i32,
                0 => 2,
                s if s < 0 => idx as i32 - 1,
                _ => idx as i32 + 1,
            };
            cands.get(usize::try_from(base).ok()?).copied()
        });
        Repr::Season { year, season: s }
    }

    /// The season `s` that is under way at the reference or starts next after it.
    fn season_coming(&self, s: Season) -> Repr {
        let year = self.reference().and_then(|r| {
            (r.year() - 1..=r.year() + 1)
                .find(|&c| Timexish::season(c, s).is_some_and(|(_, l)| l >= r))
        });
        Repr::Season { year, season: s }
    }

    /// A season and its year: `summer 2024`, `the spring of 2023`, `the autumn of last
    /// year` (a winter only with its year in digits). `fall` (also a fall in prices) only after `the` or `in` (`a fall of 2000 tonnes`
    /// is none).
    fn r_season(&self, i: usize, depth: u8) -> Option<M> {
        let s = self.wt(i).and_then(words::season)?;
        if s == Season::Fall && !(self.prev_word_is(i, W::The) || self.prev_word_is(i, W::In)) {
            return None;
        }
        let k = if self.is(i + 1, W::Of) { i + 2 } else { i + 1 };
        let x = self.period(k, depth)?;
        let Repr::Year(y) = x.repr else {
            return None;
        };
        // `the warm winter this year` may be the one that ended: a winter (its months in two
        // years) takes only a year written out.
        if s == Season::Winter && self.year4(k).is_none() {
            return None;
        }
        with_det(m(
            x.end,
            Repr::Season {
                year: Some(y),
                season: s,
            },
        ))
    }

    /// Whether a word of the future tense ([`FUTURE_MARKERS`]) stands among the few words before
    /// token `i` in its clause (no comma, stop or bracket between): read back from the text, so
    /// the window's start does not matter.
    fn future_before(&self, i: usize) -> bool {
        /// How many words back are looked at.
        const WORDS: usize = 6;
        let Some(t) = self.tok(i) else {
            return false;
        };
        let start = t.span.start();
        let mut lo = start.saturating_sub(64);
        while !self.text.is_char_boundary(lo) {
            lo += 1;
        }
        let Some(before) = self.text.get(lo..start) else {
            return false;
        };
        let clause = before
            .rfind([',', ';', '.', ':', '(', ')', '!', '?'])
            .map_or(before, |k| &before[k + 1..]);
        clause
            .split_ascii_whitespace()
            .rev()
            .take(WORDS)
            .any(|w| FUTURE_MARKERS.iter().any(|m| m.eq_ignore_ascii_case(w)))
    }

    fn weekday_resolved(&self, d: u8, shift: i32) -> Repr {
        let Some(r) = self.ref_day() else {
            return Repr::Weekday(d);
        };
        let rw = r.weekday().number_from_monday() as i64;
        let delta = (i64::from(d) - rw).rem_euclid(7);
        let offset = match shift {
            0 if delta == 0 => 0,
            0 if delta <= FUTURE_DAYS => delta,
            0 => delta - 7,
            s if s < 0 => {
                if delta == 0 {
                    -7
                } else {
                    delta - 7
                }
            }
            _ => {
                if delta == 0 {
                    7
                } else {
                    delta
                }
            }
        };
        shift_days(r, offset).map_or(Repr::Weekday(d), |date| Repr::Day { date, part: None })
    }

    fn rel(&self, unit: DurUnit, k: i32) -> Option<Repr> {
        // Without a reference (or, for a week or day, without a reference day) the period
        // keeps its unresolved TIMEX3 form: `XXXX`, `XXXX-XX`, `XXXX-QX`, `XXXX-WXX`, ...
        let unresolved = || match unit {
            DurUnit::Year => Some(Repr::UnknownYear),
            u => Cal::of(u).map(Repr::Unresolved),
        };
        let Some(r) = self.reference() else {
            return unresolved();
        };
        let y = r.year();
        Some(match unit {
            DurUnit::Year => Repr::Year(y.checked_add(k)?),
            DurUnit::Decade => Repr::Decade(y.div_euclid(10).checked_add(k)?),
            DurUnit::Century => Repr::Century(y.div_euclid(100).checked_add(k)?),
            DurUnit::Month => {
                let idx = i64::from(y) * 12 + i64::from(r.month0()) + i64::from(k);
                Repr::Month {
                    year: Some(i32::try_from(idx.div_euclid(12)).ok()?),
                    month: u8::try_from(idx.rem_euclid(12) + 1).ok()?,
                }
            }
            DurUnit::Quarter => {
                let idx = i64::from(y) * 4 + i64::from(r.month0() / 3) + i64::from(k);
                Repr::Quarter {
                    year: Some(i32::try_from(idx.div_euclid(4)).ok()?),
                    q: u8::try_from(idx.rem_euclid(4) + 1).ok()?,
                }
            }
            DurUnit::Half => {
                let idx = i64::from(y) * 2 + i64::from(r.month0() / 6) + i64::from(k);
                Repr::Half {
                    year: Some(i32::try_from(idx.div_euclid(2)).ok()?),
                    h: u8::try_from(idx.rem_euclid(2) + 1).ok()?,
                }
            }
            DurUnit::Week => {
                let Some(r) = self.ref_day() else {
                    return unresolved();
                };
                let d = shift_days(r, i64::from(k) * 7)?;
                let w = d.iso_week();
                Repr::Week {
                    year: w.year(),
                    week: u8::try_from(w.week()).ok()?,
                }
            }
            DurUnit::Day => Repr::Day {
                date: match self.ref_day() {
                    Some(r) => shift_days(r, i64::from(k))?,
                    None => return unresolved(),
                },
                part: None,
            },
            _ => return None,
        })
    }

    /// The fiscal year (named per the options) that contains the reference, shifted by `k`.
    fn fiscal_rel(&self, k: i32) -> Repr {
        let year = self.reference().and_then(|r| {
            let start = self.opts.fiscal_year_start.number_from_month();
            let begins = if r.month() >= start {
                r.year()
            } else {
                r.year() - 1
            };
            let name = match self.opts.fiscal_year_naming {
                FiscalYearNaming::StartYear => begins,
                FiscalYearNaming::EndYear if start == 1 => begins,
                FiscalYearNaming::EndYear => begins + 1,
            };
            name.checked_add(k)
        });
        Repr::Fiscal {
            year,
            quarter: None,
        }
    }

    // ---------- the rules ----------

    /// Whether a phrase can start at token `i` before its trigger: a qualifier word, a number.
    pub(crate) fn can_lead(&self, i: usize, numerals: bool) -> bool {
        match self.tok(i).map(|t| t.kind) {
            Some(Kind::Word) => {
                self.tok(i).is_some_and(|t| t.classes.any(LEADS))
                    || (numerals && (self.cardinal(i).is_some() || self.ordinal(i).is_some()))
            }
            Some(Kind::Number { .. } | Kind::Cjk(_)) => true,
            Some(Kind::Punct(c)) => c == '\'' || c == '’',
            _ => false,
        }
    }

    /// The longest phrase starting at token `i`.
    pub(crate) fn phrase(&self, i: usize, depth: u8) -> Option<M> {
        if i >= self.toks.len() {
            return None;
        }
        if depth > MAX_DEPTH {
            let mut memo = self.memo.borrow_mut();
            memo.cuts = memo.cuts.wrapping_add(1);
            return None;
        }
        // A result read with at least as much depth left is as good as a new one; one the
        // depth limit played no part in holds at any depth (`the year`: `year` read after
        // `the` is not read again as the window's next start).
        let cached = self.memo.borrow().get(i).and_then(|m| m.phrase);
        if let Some((d, exact, p)) = cached
            && (d <= depth || exact)
        {
            if !exact {
                let mut memo = self.memo.borrow_mut();
                memo.cuts = memo.cuts.wrapping_add(1);
            }
            return p;
        }
        let cuts = self.memo.borrow().cuts;
        let p = self.phrase_uncached(i, depth);
        let mut memo = self.memo.borrow_mut();
        let exact = memo.cuts == cuts;
        if let Some(m) = memo.get_mut(i) {
            m.phrase = Some((depth, exact, p));
        }
        p
    }

    fn phrase_uncached(&self, i: usize, depth: u8) -> Option<M> {
        let mut best = None;
        // Each rule is tried only where its gate lets it: the gate asks what the rule reads
        // first (the start token's classes and grammar word, a number's shape, one token of
        // look-ahead), so a refused rule could not have matched. A debug build runs every
        // refused rule and checks that it finds nothing.
        macro_rules! gated {
            ($gate:expr, $rule:expr) => {{
                if $gate {
                    better(&mut best, $rule);
                } else {
                    debug_assert!($rule.is_none(), "gate refused {} at {i}", stringify!($rule));
                }
            }};
        }
        let t = self.tok(i)?;
        match t.kind {
            Kind::Word => {
                let c = t.classes;
                let dw = words::date_word(t);
                // Frequent leaders that open one phrase each (`to date`, `later in the year`)
                // or none (`business` in `next 4 business days`): the other rules are skipped.
                if matches!(dw, Some(W::To | W::Till | W::Business)) || words::shift(t).is_some() {
                    return self.r_words(i);
                }
                // Whether the word may open a numeral (a day, an ordinal, a count).
                let num = crate::extract::may_open_numeral(self.text, t);
                // The time unit the word names, and whether it is plural.
                let unit = words::unit(t);
                gated!(c.has(Class::Deictic), self.r_deictic(i));
                gated!(
                    dw == Some(W::The) && self.the_may_follow(i),
                    self.r_the(i, depth)
                );
                gated!(
                    c.has(Class::QualifierAdjective),
                    self.r_mod_adjective(i, depth)
                );
                gated!(c.has(Class::QualifierNoun), self.r_mod_noun(i, depth));
                gated!(c.has(Class::Month), self.r_month(i));
                gated!(
                    num && self.month_or_day_ahead(i) && self.day_month_word_may_follow(i),
                    self.r_day_month(i)
                );
                // `week` and a plain number.
                gated!(
                    unit == Some((DurUnit::Week, false))
                        && matches!(
                            self.tok(i + 1).map(|t| t.kind),
                            Some(Kind::Number {
                                grouped: false,
                                decimal: false
                            })
                        ),
                    self.r_week_number(i)
                );
                gated!(c.has(Class::Weekday), self.r_weekday(i));
                gated!(matches!(dw, Some(W::Q | W::H)), self.r_quarter_letter(i));
                gated!(
                    matches!(dw, Some(W::Fy | W::Fiscal | W::Financial)),
                    self.r_fiscal(i)
                );
                gated!(
                    c.any(WORDS_START) || matches!(dw, Some(W::Tonight | W::Recent | W::Cy)),
                    self.r_words(i)
                );
                gated!(
                    num && self.ahead_has(i, Classes::of(&[Class::TimeUnit])),
                    self.r_ordinal_period(i)
                );
                // `quarter`, `week` (`the week ended …`), or a month with a unit word after it
                // (or after its point).
                gated!(
                    matches!(unit, Some((DurUnit::Quarter | DurUnit::Week, false)))
                        || (unit == Some((DurUnit::Year, false))
                            && (self.punct(i + 1, ',')
                                || self.is_any(
                                    i + 1,
                                    &[W::Ended, W::Ending, W::Ends, W::To, W::Through, W::Thru]
                                )))
                        || (c.has(Class::Month)
                            && (self.has(i + 1, Class::TimeUnit)
                                || self.has(i + 2, Class::TimeUnit))),
                    self.r_quarter_named(i)
                );
                // A count of units after `first`/`last`: a unit word ahead.
                gated!(
                    matches!(dw, Some(W::Last | W::First))
                        && self.ahead_has(i, Classes::of(&[Class::TimeUnit])),
                    self.r_first_units(i)
                );
                // A unit word reads as a duration when plural (`for years`) or as a count
                // (`quarter`, a numeral too); else only after a count, `all` or a qualifier.
                gated!(
                    (c.has(Class::TimeUnit)
                        && (matches!(unit, Some((_, true)))
                            || num
                            || c.has(Class::VagueAmount)
                            || matches!(
                                dw,
                                Some(
                                    W::A | W::An
                                        | W::Nearly
                                        | W::Almost
                                        | W::More
                                        | W::Less
                                        | W::Fewer
                                )
                            )))
                        || (dw == Some(W::All) && self.has(i + 1, Class::TimeUnit))
                        || self.duration_may_follow(i, dw, c, num),
                    self.r_duration(i)
                );
                gated!(
                    (num || c.has(Class::VagueAmount) || matches!(dw, Some(W::A | W::An)))
                        && self.shift_may_follow(i),
                    self.r_shift(i)
                );
                // A holiday's name may start here (its first words, as the table spells them).
                gated!(
                    c.has(Class::DateTrigger)
                        && crate::extract::holiday_may_start(self.text, t.span.start()),
                    self.r_holiday(i)
                );
                gated!(dw == Some(W::Weekend), self.r_weekend(i));
                gated!(c.has(Class::Season), self.r_season(i, depth));
                better(&mut best, self.r_cjk(i));
            }
            Kind::Number { .. } => {
                better(&mut best, self.r_on_day(i));
                better(&mut best, self.r_clock(i));
                gated!(self.day_month_may_follow(i), self.r_day_month(i));
                gated!(self.may_numeric(i), self.r_numeric(i));
                gated!(self.quarter_digit_may_follow(i), self.r_quarter_digit(i));
                better(&mut best, self.r_ordinal_period(i));
                gated!(
                    self.is_any(i + 1, &[W::Fiscal, W::Financial]),
                    self.r_fiscal(i)
                );
                better(&mut best, self.r_year(i));
                gated!(
                    self.cardinal(i)
                        .is_some_and(|(_, j)| self.duration_goes_on(j)),
                    self.r_duration(i)
                );
                gated!(self.shift_may_follow(i), self.r_shift(i));
                better(&mut best, self.r_cjk(i));
            }
            Kind::Punct(_) => {
                better(&mut best, self.r_year(i));
            }
            Kind::Symbol(_) | Kind::Break(_) => {}
            Kind::Cjk(_) => {
                better(&mut best, self.r_cjk(i));
            }
        }
        best
    }

    // ---------- the dispatcher's gates ----------

    /// Whether a word of `classes` stands after token `i` in the window (no rule reads past
    /// the window): a day in words needs a month or unit after it (`second of August`, `the
    /// 15th day of next month`), an ordinal period a unit (`first quarter`, `21st century`).
    fn ahead_has(&self, i: usize, classes: Classes) -> bool {
        self.toks.get(i + 1..).is_some_and(|r| {
            r.iter()
                .any(|t| t.kind == Kind::Word && t.classes.any(classes))
        })
    }

    /// Whether [`Cx::r_duration`] may read a count at the word `i` (grammar word `dw`, classes
    /// `c`, `num`: whether it may open a numeral) and a unit after it: the count as
    /// [`Cx::count`] reads it (after `nearly`, `almost`, `more than`...), then
    /// [`Cx::duration_goes_on`].
    fn duration_may_follow(&self, i: usize, dw: Option<W>, c: Classes, num: bool) -> bool {
        let s = match dw {
            Some(W::Nearly | W::Almost) => i + 1,
            Some(W::More | W::Less | W::Fewer) if self.is(i + 1, W::Than) => i + 2,
            _ if num || c.has(Class::VagueAmount) || matches!(dw, Some(W::A | W::An)) => i,
            _ => return false,
        };
        self.count(s).is_some_and(|(_, j)| self.duration_goes_on(j))
    }

    /// Whether a duration's unit may follow its count, which ends before token `j`: a time
    /// unit, a filler (`consecutive`), a deictic (`10 previous weeks`), `past` (`the 5 past
    /// years`), `and`/`to`/`or` (`12 and 18 months`), `business`, `weekends`, `night` (`1 night`), a unit
    /// letter glued to the count (`10D`), or a glued dash and a unit (`10-year`).
    fn duration_goes_on(&self, j: usize) -> bool {
        const NEXT: Classes =
            Classes::of(&[Class::TimeUnit, Class::DurationFiller, Class::Deictic]);
        let Some(t) = self.tok(j) else {
            return false;
        };
        match t.kind {
            Kind::Word => {
                t.classes.any(NEXT)
                    || self.glued(j)
                    || matches!(
                        words::date_word(t),
                        Some(W::And | W::To | W::Or | W::Business | W::Past | W::Weekends)
                    )
                    || words::day_part(t) == Some(crate::timex::DayPart::Night)
            }
            _ => self.dash(j) && self.has(j + 1, Class::TimeUnit),
        }
    }

    /// Whether [`Cx::shift`] may read a count and a unit at `i`: the count as [`Cx::count`]
    /// reads it, and a time unit right after it or after coordinated counts (`2 or 3 years`,
    /// `3, 5 or 10 years`).
    fn shift_may_follow(&self, i: usize) -> bool {
        self.count(i).is_some_and(|(_, j)| {
            self.has(j, Class::TimeUnit) || self.coordinated_count(j).is_some()
        })
    }

    /// Whether [`Cx::r_the`] may read at `the` (token `i`): every reading needs the token after
    /// it, and a word there that no rule reads first (no class of [`PHRASE_WORD`], no numeral)
    /// opens no phrase and is none of the words `the` takes (`the same`, `the past`, `the
    /// year-ago`: grammar words), unless CJK text is near ([`Cx::r_cjk`]).
    fn the_may_follow(&self, i: usize) -> bool {
        let Some(t) = self.tok(i + 1) else {
            return false;
        };
        t.kind != Kind::Word
            || t.classes.any(PHRASE_WORD)
            || crate::extract::may_open_numeral(self.text, t)
            || (i + 1..i + 5).any(|k| self.tok(k).is_some_and(|t| matches!(t.kind, Kind::Cjk(_))))
    }

    /// Whether [`Cx::r_day_month`] may read a day at the number `i` and a month after it: the
    /// day (digits or a digit ordinal), then a month name (after `of` or a glued `-`/`/`), or
    /// `day` (`the 15th day of`).
    fn day_month_may_follow(&self, i: usize) -> bool {
        self.day_num(i).is_some_and(|(_, j)| {
            self.has(j, Class::Month)
                || self.is(j, W::Day)
                || (self.has(j + 1, Class::Month)
                    && (self.is(j, W::Of) || self.glued_sep(j).is_some()))
        })
    }

    /// Whether a month name or the word `day` stands after token `i` in the window: every
    /// reading of [`Cx::r_day_month`] at a word needs one (`second of August`, `the 15th day
    /// of next month`); `first quarter` has neither, and its numeral is not read for a day.
    fn month_or_day_ahead(&self, i: usize) -> bool {
        self.toks.get(i + 1..).is_some_and(|r| {
            r.iter().any(|t| {
                t.kind == Kind::Word
                    && (t.classes.has(Class::Month)
                        || (t.classes.has(Class::TimeUnit) && words::date_word(t) == Some(W::Day)))
            })
        })
    }

    /// Whether [`Cx::r_day_month`] may read a day in words at the word `i` and a month after
    /// it: a day (an ordinal, else a cardinal in words) and after it `day` (`the 15th day
    /// of`), `of` or a glued `-`/`/` and a month (`second of August`), or for a cardinal a
    /// month (`twenty five January`).
    fn day_month_word_may_follow(&self, i: usize) -> bool {
        if let Some((_, j)) = self.day_num(i) {
            return self.is(j, W::Day)
                || (self.has(j + 1, Class::Month)
                    && (self.is(j, W::Of) || self.glued_sep(j).is_some()));
        }
        self.day_words(i)
            .is_some_and(|(_, k)| self.has(k, Class::Month))
    }

    /// Whether [`Cx::r_quarter_digit`] may read at the number `i`: a year and a quarter or half
    /// after it (`2023 Q3`, `2023 fourth quarter`), or one digit glued to `Q` or `H` (`3Q23`).
    fn quarter_digit_may_follow(&self, i: usize) -> bool {
        if self.year4(i).is_some() {
            return self.is_any(i + 1, &[W::Q, W::H]) || self.ordinal(i + 1).is_some();
        }
        self.plain(i).is_some_and(|(_, n)| n == 1)
            && self.glued(i + 1)
            && self.is_any(i + 1, &[W::Q, W::H])
    }

    /// A date or period (not a duration) at `i`.
    fn period(&self, i: usize, depth: u8) -> Option<M> {
        self.phrase(i, depth + 1)
            .filter(|x| !matches!(x.repr, Repr::Duration { .. }))
    }

    /// `the` + a phrase that takes a determiner; `the past`, `the future`, `the same period
    /// last year`, `the past three months`.
    fn r_the(&self, i: usize, depth: u8) -> Option<M> {
        if !self.is(i, W::The) {
            return None;
        }
        let mut best = None;
        if let Some(inner) = self.phrase(i + 1, depth + 1).filter(|x| x.det) {
            better(&mut best, Some(inner));
        }
        // `the week of March 6`, `the week of the 18th`: the week that day is in.
        if let Some((DurUnit::Week, false)) = self.wt(i + 1).and_then(words::unit)
            && self.is(i + 2, W::Of)
        {
            let j = i + 3;
            let day = if self.is(j, W::The)
                && matches!(self.tok(j + 1).map(|t| t.kind), Some(Kind::Number { .. }))
                && let Some((d, e)) = self.ordinal(j + 1)
                && !self.next_is_word_or_number(e)
            {
                self.day_of_nearest_month(d).map(|r| (r, e))
            } else {
                self.period(j, depth).map(|x| (x.repr, x.end))
            };
            if let Some((Repr::Day { date, part: None }, e)) = day {
                let w = date.iso_week();
                better(
                    &mut best,
                    m(
                        e,
                        Repr::Week {
                            year: w.year(),
                            week: u8::try_from(w.week()).ok()?,
                        },
                    ),
                );
            }
        }
        // `the day before yesterday`, `the day after tomorrow`: a day from a day named from the
        // reference one, with its part (`the day after tomorrow morning`).
        if let Some(sign) = match self.dw(i + 2) {
            Some(W::Before) => Some(-1),
            Some(W::After) => Some(1),
            _ => None,
        } && let Some((DurUnit::Day, false)) = self.wt(i + 1).and_then(words::unit)
            && self.wt(i + 3).and_then(words::relative_day).is_some()
            && let Some(x) = self.r_words(i + 3)
        {
            let repr = match x.repr {
                Repr::Day { date, part } => {
                    shift_days(date, sign).map(|date| Repr::Day { date, part })
                }
                r @ (Repr::Unresolved(_) | Repr::UnresolvedPart(_)) => Some(r),
                Repr::PresentRef => Some(Repr::Unresolved(Cal::Day)),
                _ => None,
            };
            if let Some(repr) = repr {
                better(&mut best, m(x.end, repr));
            }
        }
        // `the weekend`: the one nearest the reference day.
        if self.is(i + 1, W::Weekend)
            && let Some(r) = self.nearest_weekend()
        {
            better(&mut best, m(i + 2, r));
        }
        // `down 5 pct for the day`, `the biggest gainer of the week`, `in the week`: the
        // reference's day or week, with nothing after it (`in the day` is an idiom; `the week
        // ahead`, `the day before` point elsewhere).
        if let Some((u @ (DurUnit::Day | DurUnit::Week), false)) =
            self.wt(i + 1).and_then(words::unit)
            && (self.prev_word_is(i, W::For)
                || self.prev_word_is(i, W::Of)
                || (u == DurUnit::Week && self.prev_word_is(i, W::In)))
            && !self.next_is_word_or_number(i + 2)
            && !self.dash(i + 2)
            // `the week's borrowings`: the week a report covers.
            && !self.punct(i + 2, '\'')
            && !self.punct(i + 2, '’')
            && let Some(r) = self.rel(u, 0)
        {
            better(&mut best, m(i + 2, r));
        }
        // the past / the future / the present
        if !self.next_is_unitlike(i + 2) {
            if self.is(i + 1, W::Past) {
                better(&mut best, m(i + 2, Repr::PastRef));
            } else if self.is(i + 1, W::Future) {
                better(&mut best, m(i + 2, Repr::FutureRef));
            } else if self.is(i + 1, W::Present)
                && !self.tok(i + 2).is_some_and(|t| t.kind == Kind::Word)
            {
                better(&mut best, m(i + 2, Repr::PresentRef));
            }
        }
        // `on the 18th`: that day of the month nearest the reference.
        if i > 0
            && self.is(i - 1, W::On)
            && matches!(self.tok(i + 1).map(|t| t.kind), Some(Kind::Number { .. }))
            && let Some((d, e)) = self.ordinal(i + 1)
            && !self.next_is_word_or_number(e)
            && let Some(r) = self.day_of_nearest_month(d)
        {
            better(&mut best, m(e, r));
        }
        // `the 21st this month`, `the 3rd next month`
        if matches!(self.tok(i + 1).map(|t| t.kind), Some(Kind::Number { .. }))
            && let Some((d, e)) = self.ordinal(i + 1)
            && let Some(k) = self.wt(e).and_then(words::deictic)
            && self
                .wt(e + 1)
                .and_then(words::unit)
                .is_some_and(|u| u == (DurUnit::Month, false))
            && let Some(Repr::Month {
                year: Some(y),
                month,
            }) = self.rel(DurUnit::Month, k)
            && let Some(date) = ymd(y, u32::from(month), d)
        {
            better(&mut best, m(e + 2, Repr::Day { date, part: None }));
        }
        // `the week after next`, `the month after next`: two units on.
        if let Some((u, false)) = self.wt(i + 1).and_then(words::unit)
            && self.is(i + 2, W::After)
            && self.is(i + 3, W::Next)
            && let Some(r) = self.rel(u, 2)
        {
            better(&mut best, m(i + 4, r));
        }
        // the same period/quarter/month last year
        if self.is(i + 1, W::Same) {
            let mut j = i + 2;
            let quarter = self.is(j, W::Quarter)
                || self
                    .wt(j)
                    .and_then(words::unit)
                    .is_some_and(|(u, _)| u == DurUnit::Quarter);
            if self.has(j, Class::TimeUnit) || self.is_any(j, &[W::Period, W::Time]) {
                j += 1;
            }
            if self.is(j, W::Of) {
                j += 1;
            }
            // `the same 1986 period` names its year: no comparison anchor (`r_year` reads
            // the year alone).
            let named_year = j == i + 2 && self.year4(j).is_some();
            if !named_year && let Some(inner) = self.period(j, depth) {
                // `the same period last year`: compared with the period the sentence is about.
                let anchor = match inner.repr {
                    Repr::Year(_) | Repr::UnknownYear if quarter => Anchor::Quarter,
                    Repr::Year(_) | Repr::UnknownYear => Anchor::Any,
                    _ => inner.anchor,
                };
                better(
                    &mut best,
                    Some(M {
                        end: inner.end,
                        anchor,
                        ..inner
                    }),
                );
            }
        }
        // the past / last / next / first N units: a duration
        if self.is_any(i + 1, &[W::Past, W::First, W::Final])
            || self
                .wt(i + 1)
                .and_then(words::deictic)
                .is_some_and(|k| k != 0)
        {
            let j = i + 2;
            let (amount, k) = match self.amount(j) {
                Some((a, k)) => (a, k),
                None => (Some(Decimal::ONE), j),
            };
            // `the past two quarters`: the numeral grammar reads `two quarters` as 0.5; here
            // the word is a count of the quarters after it.
            // (`the first three quarters of 2023` is the interval `r_first_units` reads.)
            let (amount, k) = if self.is(i + 1, W::First) {
                (amount, k)
            } else {
                self.count_of_quarters(j).unwrap_or((amount, k))
            };
            if let Some((u, plural, times)) = self.wt(k).and_then(words::unit_count) {
                // `the next fortnight`: a unit of several others is a span, not a period.
                let singular_ok = k == j
                    && !plural
                    && (self.is(i + 1, W::Past) || u == DurUnit::Decade || times > 1);
                let amount = amount.map(|a| a * Decimal::from(times));
                let numbered = k > j;
                if (singular_ok || (numbered && (plural || amount == Some(Decimal::from(times)))))
                    && u != DurUnit::Half
                {
                    better(&mut best, m(k + 1, Repr::Duration { amount, unit: u }));
                }
            }
        }
        // `the quarter`, `the latest quarter`: the last quarter reported, the one before the
        // reference's.
        let mut j = i + 1;
        if self.is_any(j, &[W::Latest, W::Recent])
            || (self.is(j, W::Most) && self.is(j + 1, W::Recent))
        {
            j += if self.is(j, W::Most) { 2 } else { 1 };
        }
        if self.is(j, W::Quarter)
            && !(self.dash(j + 1) && self.glued(j + 1))
            && let Some(r) = self.rel(DurUnit::Quarter, -1)
        {
            better(&mut best, m(j + 1, r));
        }
        // `the year-ago quarter`, `the year-earlier period`, `the year earlier quarter`
        if self.is(i + 1, W::Year) {
            let mut j = i + 2;
            if self.dash(j) && self.glued(j) && self.glued(j + 1) {
                j += 1;
            }
            if self.is_any(j, &[W::Ago, W::Earlier]) {
                let j = j + 1;
                if self.is(j, W::Period) {
                    better(
                        &mut best,
                        as_anchor(m(j + 1, self.rel(DurUnit::Year, -1)?), Anchor::Any),
                    );
                } else if self.is(j, W::Quarter)
                    || self
                        .wt(j)
                        .and_then(words::unit)
                        .is_some_and(|(u, p)| u == DurUnit::Quarter && !p)
                {
                    better(
                        &mut best,
                        as_anchor(m(j + 1, self.rel(DurUnit::Quarter, -5)?), Anchor::Quarter),
                    );
                }
            }
        }
        best.map(|mut b| {
            b.det = false;
            b
        })
    }

    /// A count in one word or number at `j` before the plural `quarters` (`three quarters`,
    /// which the numeral grammar reads as 0.75): the count and the token of the unit.
    fn count_of_quarters(&self, j: usize) -> Option<(Option<Decimal>, usize)> {
        if !matches!(
            self.wt(j + 1).and_then(words::unit),
            Some((DurUnit::Quarter, true))
        ) {
            return None;
        }
        let tok = self.s(j);
        let n = cardinal_prefix(tok).filter(|n| n.len == tok.len())?;
        (n.value > Decimal::ZERO && n.value.fract().is_zero()).then_some((Some(n.value), j + 1))
    }

    /// The count of a count and its unit (`for seven quarters`, `two quarters ago`): as
    /// [`Cx::amount`] reads it, but a whole count before the plural `quarters` is a count of
    /// quarters, not the fraction the numeral grammar reads (`three quarters` = 0.75), unless
    /// `of` follows (`three quarters of the shares`, `the first three quarters of 2023`).
    fn count(&self, i: usize) -> Option<(Option<Decimal>, usize)> {
        self.count_of_quarters(i)
            .filter(|&(_, k)| !self.is(k + 1, W::Of))
            .or_else(|| self.amount(i))
    }

    fn next_is_unitlike(&self, i: usize) -> bool {
        self.has(i, Class::TimeUnit) || self.amount(i).is_some()
    }

    /// An amount before a unit: a cardinal, `a`/`an`, or a vague word (`several`, `a few`).
    fn amount(&self, i: usize) -> Option<(Option<Decimal>, usize)> {
        // `a couple of weeks`, `the next couple weeks`: two.
        let couple = |c: usize| {
            let e = if self.is(c + 1, W::Of) { c + 2 } else { c + 1 };
            Some((Some(Decimal::TWO), e))
        };
        if self.is_any(i, &[W::A, W::An]) {
            if self.has(i + 1, Class::VagueAmount) {
                if self.is(i + 1, W::Couple) {
                    return couple(i + 1);
                }
                return Some((None, i + 2));
            }
            return Some((Some(Decimal::ONE), i + 1));
        }
        if self.has(i, Class::VagueAmount) {
            if self.is(i, W::Couple) {
                return couple(i);
            }
            return Some((None, i + 1));
        }
        let (v, j) = self.cardinal(i)?;
        (v > Decimal::ZERO && v < Decimal::from(100_000)).then_some((Some(v), j))
    }

    /// `this year`, `last month`, `next quarter`, `last June`, `next Monday`, `last summer`,
    /// `this fiscal year`.
    fn r_deictic(&self, i: usize) -> Option<M> {
        let k = words::deictic(self.wt(i)?)?;
        // `this calendar year`: the year; `this working week`: the week.
        let j = if (self.is(i + 1, W::Calendar)
            && self
                .wt(i + 2)
                .and_then(words::unit)
                .is_some_and(|u| u == (DurUnit::Year, false)))
            || (self.is(i + 1, W::Business)
                && self
                    .wt(i + 2)
                    .and_then(words::unit)
                    .is_some_and(|u| u == (DurUnit::Week, false)))
        {
            i + 2
        } else {
            i + 1
        };
        let det = |x: Option<M>| with_det(x);
        // `this weekend`: the one nearest the reference day; `next weekend`, `last weekend`: the
        // weekend of the next or last week.
        if self.is(j, W::Weekend) && k == 0 {
            return det(m(j + 1, self.nearest_weekend()?));
        }
        if self.is(j, W::Weekend) {
            let Repr::Week { year, week } = self.rel(DurUnit::Week, k)? else {
                return None;
            };
            return det(m(j + 1, Repr::Weekend { year, week }));
        }
        // `next 4 business days`, `last 3 years`: a duration counted from the reference, as
        // `the next 4 business days` is.
        // (`last` is also a verb, `would last 90 days`: only after `the`.)
        if (self.is_any(i, &[W::Next, W::Previous])
            || (self.is(i, W::Last) && self.prev_word_is(i, W::The)))
            && !self.is_any(j, &[W::A, W::An])
            && self.amount(j).is_some_and(|(a, _)| a.is_some())
            && let Some(d) = self.r_duration(j)
            && matches!(
                d.repr,
                Repr::Duration {
                    amount: Some(_),
                    ..
                } | Repr::Compound(_)
            )
            // A plural unit word (`the previous four-year period` is read from `four-year`).
            && self
                .wt(d.end - 1)
                .and_then(words::unit)
                .is_some_and(|(_, plural)| plural)
        {
            return det(m(d.end, d.repr));
        }
        // `the prior-year quarter`, `the previous year period`: a comparison anchor, as `the
        // year-ago quarter` is (`last` is not: `last year's quarter` is read elsewhere).
        if k < 0 && !self.is(i, W::Last) {
            let y = if self.dash(i + 1) && self.glued(i + 1) && self.glued(i + 2) {
                i + 2
            } else {
                j
            };
            let mut e = y + 1;
            if self.dash(e) && self.glued(e) && self.glued(e + 1) {
                e += 1;
            }
            if self.wt(y).and_then(words::unit) == Some((DurUnit::Year, false)) {
                if self.is(e, W::Period) {
                    return det(as_anchor(
                        m(e + 1, self.rel(DurUnit::Year, -1)?),
                        Anchor::Any,
                    ));
                }
                if self.wt(e).and_then(words::unit) == Some((DurUnit::Quarter, false)) {
                    return det(as_anchor(
                        m(e + 1, self.rel(DurUnit::Quarter, -5)?),
                        Anchor::Quarter,
                    ));
                }
            }
        }
        if let Some((u, false)) = self.wt(j).and_then(words::unit) {
            // `next week Monday`, `next week on Tuesday`, `last week - Friday`: that day of
            // that week.
            if u == DurUnit::Week {
                let c = if self.is(j + 1, W::On) || (self.dash(j + 1) && !self.glued(j + 1)) {
                    j + 2
                } else {
                    j + 1
                };
                if let Some((d, n, _)) = self.weekday(c)
                    && let Some(date) = self.day_of_week(k, d)
                {
                    return m(n, Repr::Day { date, part: None });
                }
            }
            if u == DurUnit::Decade || self.dash(j + 1) && self.glued(j + 1) {
                return None; // `last year-end` etc. handled elsewhere
            }
            // `the previous year`, `the prior year`: compared with the period the sentence is
            // about (`last year` is the year before the reference's).
            // `the current quarter ending in December`
            if u == DurUnit::Quarter
                && let Some(x) = self.quarter_ending(j + 1, None)
            {
                return det(Some(x));
            }
            // `the last week of 2016`: that year's last ISO week.
            if u == DurUnit::Week
                && self.is(i, W::Last)
                && self.is(j + 1, W::Of)
                && let Some((y, e)) = self.year_at(j + 2)
            {
                let w = NaiveDate::from_ymd_opt(y, 12, 28)?.iso_week().week();
                return det(m(e, week_of(y, w)?));
            }
            // `the last week of July`, `the last week of this month`, `the last week of last
            // month`: the ISO week holding the month's last Thursday (the week that holds most
            // of its days in the month, as for `7月の最後の週`), Monday to Sunday.
            if u == DurUnit::Week
                && self.is(i, W::Last)
                && self.is(j + 1, W::Of)
                && let Some(x) = self.r_month(j + 2).or_else(|| {
                    self.wt(j + 2)
                        .and_then(words::deictic)
                        .is_some()
                        .then(|| self.r_deictic(j + 2))
                        .flatten()
                })
            {
                let Repr::Month {
                    year: Some(y),
                    month,
                } = x.repr
                else {
                    return None;
                };
                let (_, last) = month_range(y, month)?;
                // The last Thursday, then its Monday and Sunday.
                let thursday = shift_days(
                    last,
                    -i64::from((last.weekday().num_days_from_monday() + 4) % 7),
                )?;
                let monday = shift_days(thursday, -3)?;
                let sunday = shift_days(thursday, 3)?;
                return det(m(
                    x.end,
                    Repr::Interval {
                        first: Form::Day {
                            date: monday,
                            part: None,
                        },
                        last: Form::Day {
                            date: sunday,
                            part: None,
                        },
                    },
                ));
            }
            // `next year's first quarter`, `last year's second half`
            if u == DurUnit::Year
                && let Some(Repr::Year(y)) = self.rel(u, k)
                && let Some(x) = self.possessive_period(j + 1, y)
            {
                return Some(x);
            }
            if u == DurUnit::Year && k < 0 && !self.is(i, W::Last) {
                return det(as_anchor(m(j + 1, self.rel(u, k)?), Anchor::Year));
            }
            return det(m(j + 1, self.rel(u, k)?));
        }
        if self.is_any(j, &[W::Fiscal, W::Financial]) && self.is(j + 1, W::Year) {
            // `the current financial year ending March 31`: the year its end names
            if let Some(x) = self.r_fiscal(j).filter(|x| x.end > j + 2) {
                return det(Some(x));
            }
            // `current financial year-end` is read elsewhere
            if self.dash(j + 2) && self.glued(j + 2) {
                return None;
            }
            return det(m(j + 2, self.fiscal_rel(k)));
        }
        // `last Easter`, `next Thanksgiving`: the one before or after the reference day.
        if let Some((rule, e)) = self.holiday_at(j) {
            let r = self.ref_day()?;
            let this = words::holiday_date(rule, r.year())?;
            let date = match k {
                0 => this,
                k if k < 0 && this < r => this,
                k if k < 0 => words::holiday_date(rule, r.year() - 1)?,
                _ if this > r => this,
                _ => words::holiday_date(rule, r.year() + 1)?,
            };
            return det(m(e, Repr::Day { date, part: None }));
        }
        if let Some((mo, n, _)) = self.month(j) {
            let year = match (k, self.reference()) {
                (_, None) => None,
                (0, Some(r)) => Some(r.year()),
                (k, Some(r)) => Some(if k < 0 {
                    if u32::from(mo) < r.month() {
                        r.year()
                    } else {
                        r.year() - 1
                    }
                } else if u32::from(mo) > r.month() {
                    r.year()
                } else {
                    r.year() + 1
                }),
            };
            // `last February 19`: that day of the month the deictic names.
            if let Some(x) = self.r_month(j) {
                match x.repr {
                    Repr::Day { .. } | Repr::MonthDay { .. } => {
                        let day = self.day_num(n).filter(|&(_, e)| e == x.end);
                        return match (year, day) {
                            (Some(y), Some((d, e))) => m(
                                e,
                                Repr::Day {
                                    date: ymd(y, u32::from(mo), d)?,
                                    part: None,
                                },
                            ),
                            // A year written out, or no reference: the date as written, read
                            // from the month on.
                            _ => None,
                        };
                    }
                    // `current September, 1989`: the written year wins.
                    Repr::Month { year: Some(_), .. } if x.end > n => return None,
                    _ => {}
                }
            }
            return det(m(n, Repr::Month { year, month: mo }));
        }
        if let Some((d, n, true)) = self.weekday(j) {
            // `next Tuesday, March 31`: the date written after the weekday.
            let c = if self.punct(n, ',') { n + 1 } else { n };
            if let Some(x) = self
                .r_month(c)
                .or_else(|| self.r_day_month(c))
                .or_else(|| self.numeric_day(c))
                .or_else(|| (c == n).then(|| self.dashed_pair(c, true)).flatten())
                .filter(|x| matches!(x.repr, Repr::Day { .. } | Repr::MonthDay { .. }))
            {
                return m(x.end, x.repr);
            }
            return det(m(n, self.weekday_resolved(d, k)));
        }
        if let Some(s) = self.wt(j).and_then(words::season) {
            // `the coming summer`: the next one to start (or the current one), not the one after.
            let x = if self.is(i, W::Coming) {
                self.season_coming(s)
            } else {
                self.season_nearest(s, k)
            };
            return det(m(j + 1, x));
        }
        // `this 5/12`, `next 6th of April`: that day in the reference's year (`this`), its next
        // occurrence after the reference day (`next`) or its last before it (`last`).
        if let Some(x) = self.r_day_month(j).or_else(|| self.numeric_day(j))
            && !self.writes_year(j, x.end)
            && let Some((mo, d)) = match x.repr {
                Repr::Day { date, part: None } => Some((date.month(), date.day())),
                Repr::MonthDay { month, day } => Some((u32::from(month), u32::from(day))),
                _ => None,
            }
            && let Some(r) = self.ref_day()
        {
            let this = ymd(r.year(), mo, d);
            let date = match k {
                0 => this?,
                k if k < 0 => match this {
                    Some(t) if t < r => t,
                    _ => ymd(r.year() - 1, mo, d)?,
                },
                _ => match this {
                    Some(t) if t > r => t,
                    _ => ymd(r.year() + 1, mo, d)?,
                },
            };
            return m(x.end, Repr::Day { date, part: None });
        }
        // `this morning`; `last night`, `last evening`: that part of the day before.
        if let Some(p) = self.wt(j).and_then(words::day_part)
            && (k == 0
                || (k == -1
                    && matches!(
                        p,
                        crate::timex::DayPart::Night | crate::timex::DayPart::Evening
                    )))
        {
            let date = shift_days(self.ref_day()?, i64::from(k))?;
            return m(
                j + 1,
                Repr::Day {
                    date,
                    part: Some(p),
                },
            );
        }
        None
    }

    /// `early 2025`, `mid-March`, `late last year`, `end-June`, `mid-1990s`.
    fn r_mod_adjective(&self, i: usize, depth: u8) -> Option<M> {
        let md = words::qualifier_adjective(self.wt(i)?)?;
        let mut j = i + 1;
        let hyph = self.dash(j) && self.glued(j);
        if hyph {
            j += 1;
        } else if self.is(i, W::End) || self.is(i, W::Mid) {
            return None;
        }
        let inner = self.period(j, depth)?;
        if matches!(
            inner.repr,
            Repr::Day { .. }
                | Repr::PresentRef
                | Repr::PastRef
                | Repr::FutureRef
                | Repr::Weekday(_)
        ) {
            return None;
        }
        Some(M {
            end: inner.end,
            repr: inner.repr,
            modifier: Some(md),
            det: false,
            anchor: Anchor::None,
        })
    }

    /// `the end of June`, `start of the year`, `the beginning of 2024`.
    fn r_mod_noun(&self, i: usize, depth: u8) -> Option<M> {
        let md = words::qualifier_noun(self.wt(i)?)?;
        if !self.is(i + 1, W::Of) {
            return None;
        }
        let mut j = i + 2;
        let had_the = self.is(j, W::The);
        if had_the {
            j += 1;
        }
        // `the year`, `the month`, `the quarter`: the reference period.
        let inner = if let Some((u, false)) = self.wt(j).and_then(words::unit) {
            let r = self.rel(u, 0)?;
            m(j + 1, r)
        } else if had_the {
            self.period(j - 1, depth).or_else(|| self.period(j, depth))
        } else {
            self.period(j, depth)
        }?;
        if matches!(
            inner.repr,
            Repr::PresentRef | Repr::PastRef | Repr::FutureRef
        ) {
            return None;
        }
        Some(M {
            end: inner.end,
            repr: inner.repr,
            modifier: Some(md),
            det: true,
            anchor: Anchor::None,
        })
    }

    /// `September 29, 2020`, `Sept. 29`, `October 2016`, `October`, `June of 2023`.
    fn r_month(&self, i: usize) -> Option<M> {
        let (mo, j, alone) = self.month(i)?;
        // `Sep-23-2020`, `Sep/23/2020`
        if let Some(c) = self.glued_sep(j)
            && self.plain(j + 1).is_some()
            && let Some((d, k)) = self.day_num(j + 1)
            && self.glued_sep(k) == Some(c)
            && let Some(y) = self.year4(k + 1)
        {
            let date = ymd(y, u32::from(mo), d)?;
            return m(k + 2, Repr::Day { date, part: None });
        }
        // `May twenty-nine`, `January twenty five nineteen eighty six`: a day in cardinal words
        // when it cannot be a count (`March ten banks`): a compound past twenty, a year after,
        // or nothing counted after it (`payable April one to holders`).
        let day = self
            .day_num(j)
            .or_else(|| {
                let (v, k) = self.day_words(j)?;
                ((v > 20 && v != 30) || self.year_after(k).is_some() || self.nothing_counted(k))
                    .then_some((v, k))
            })
            .or_else(|| {
                // `June the 28th`: an ordinal day after `the`, no noun after it (`June the
                // second round`).
                if !self.is(j, W::The) {
                    return None;
                }
                let (v, k) = self.ordinal(j + 1)?;
                ((1..=31).contains(&v) && !self.tok(k).is_some_and(|t| t.kind == Kind::Word))
                    .then_some((v, k))
            });
        if let Some((d, k)) = day {
            let mut e = k;
            if self.punct(e, ',') || (self.in_year_connector(e) && self.year_after(e + 1).is_some())
            {
                e += 1;
            }
            if let Some((y, ye)) = self.year_after(e)
                && let Some(date) = ymd(y, u32::from(mo), d)
            {
                return m(ye, Repr::Day { date, part: None });
            }
            // `March 10 million`, `May 5%`: no day.
            if self
                .tok(k)
                .is_some_and(|t| matches!(t.kind, Kind::Symbol('%') | Kind::Number { .. }))
            {
                return None;
            }
            return m(k, self.month_day(mo, d)?);
        }
        // `October, 1st`: a day written with its ordinal suffix after a comma, closing the
        // phrase (`October, 1st-half` is no day).
        if self.punct(j, ',')
            && matches!(self.tok(j + 1).map(|t| t.kind), Some(Kind::Number { .. }))
            && let Some((d, k)) = self.ordinal(j + 1)
            && k > j + 2
            && !self.next_is_word_or_number(k)
            && !self.dash(k)
        {
            return m(k, self.month_day(mo, d)?);
        }
        // `Oct/2`: a day after a slash, nothing numeric glued after it.
        if self.punct(j, '/')
            && self.glued(j)
            && self.glued(j + 1)
            && let Some((d, k)) = self.day_num(j + 1)
            && self.plain(j + 1).is_some()
            && !(self.glued(k)
                && self
                    .tok(k)
                    .is_some_and(|t| !matches!(t.kind, Kind::Punct(c) if c != '/' && c != '-')))
        {
            return m(k, self.month_day(mo, d)?);
        }
        let mut e = j;
        let glued_sep = (self.punct(e, '-') || self.punct(e, '/'))
            && self.glued(e)
            && self.glued(e + 1)
            && self.year4(e + 1).is_some();
        // `June of 2017`, `June/2017`, `June, 2017`, `June in 2017`
        if self.is(e, W::Of)
            || glued_sep
            || ((self.punct(e, ',') || self.in_year_connector(e)) && self.year4(e + 1).is_some())
        {
            e += 1;
        }
        // `October two thousand`: a round year in words closing the phrase.
        if let Some((y, ye)) = self
            .year_after(e)
            .or_else(|| self.year_words_alone(e, true))
        {
            return m(
                ye,
                Repr::Month {
                    year: Some(y),
                    month: mo,
                },
            );
        }
        alone.then(|| M {
            end: j,
            repr: self.month_nearest(mo),
            modifier: None,
            det: false,
            anchor: Anchor::None,
        })
    }

    /// `29 September 2020`, `29 Sep`, `31st of October`.
    fn r_day_month(&self, i: usize) -> Option<M> {
        // Every reading opens with a day (in digits, an ordinal or cardinal words): without one
        // the look back for a currency sign is not made.
        if self.day_num(i).is_none() && self.day_words(i).is_none() {
            return None;
        }
        // `$12 December 27`: an amount, not a day.
        if self.after_currency_symbol(i) {
            return None;
        }
        let Some((d, mut j)) = self.day_num(i) else {
            // `twenty five January nineteen eighty six`: a day in cardinal words before a
            // month, with a year.
            let (d, k) = self.day_words(i)?;
            let (mo, e, _) = self.month(k)?;
            let (y, ye) = self.year_after(e)?;
            let date = ymd(y, u32::from(mo), d)?;
            return m(ye, Repr::Day { date, part: None });
        };
        // `the 15th day of next month`, `the twenty-third day of September`, `the 31st day of
        // the month`
        if self.is(j, W::Day) && self.is(j + 1, W::Of) && self.ordinal(i).is_some() {
            let c = j + 2;
            let month_unit = |k: usize| {
                self.wt(k)
                    .and_then(words::unit)
                    .is_some_and(|u| u == (DurUnit::Month, false))
            };
            let rel = if self.is(c, W::The) && month_unit(c + 1) {
                Some(0)
            } else if month_unit(c + 1) {
                self.wt(c).and_then(words::deictic)
            } else {
                None
            };
            if let Some(k) = rel {
                let Repr::Month {
                    year: Some(y),
                    month,
                } = self.rel(DurUnit::Month, k)?
                else {
                    return None;
                };
                let date = ymd(y, u32::from(month), d)?;
                return with_det(m(c + 2, Repr::Day { date, part: None }));
            }
            if let Some((mo, e, _)) = self.month(c) {
                if let Some(y) = self.year4(e) {
                    let date = ymd(y, u32::from(mo), d)?;
                    return with_det(m(e + 1, Repr::Day { date, part: None }));
                }
                return with_det(m(e, self.month_day(mo, d)?));
            }
        }
        // `05-Aug-2016`, `23/Sep/2020`
        if let Some(c) = self.glued_sep(j)
            && let Some((mo, k, _)) = self.month(j + 1).or_else(|| self.month_after_day(j + 1))
            && self.glued_sep(k) == Some(c)
            && self.glued(k + 1)
            && let Some(y) = self.year4(k + 1)
        {
            return m(
                k + 2,
                Repr::Day {
                    date: ymd(y, u32::from(mo), d)?,
                    part: None,
                },
            );
        }
        if self.is(j, W::Of) {
            j += 1;
        } else if self.tok(i)?.kind == Kind::Word {
            // A day in words takes `of` (`second of August`; `first May` is no date).
            return None;
        }
        let (mo, k, _) = self.month(j).or_else(|| self.month_after_day(j))?;
        let mut e = k;
        if (self.punct(e, ',') || self.in_year_connector(e)) && self.year_after(e + 1).is_some() {
            e += 1;
        }
        if let Some((y, ye)) = self.year_after(e) {
            return m(
                ye,
                Repr::Day {
                    date: ymd(y, u32::from(mo), d)?,
                    part: None,
                },
            );
        }
        m(k, self.month_day(mo, d)?)
    }

    /// A day of the month in cardinal words (`twenty five`) at `i`.
    fn day_words(&self, i: usize) -> Option<(u32, usize)> {
        if self.tok(i)?.kind != Kind::Word {
            return None;
        }
        let (v, k) = self.cardinal(i)?;
        if !v.fract().is_zero() {
            return None;
        }
        let v = v.to_u32()?;
        (1..=31).contains(&v).then_some((v, k))
    }

    /// A year in words: `nineteen ninety six`, `twenty twenty`, `two thousand and fifteen`,
    /// `seventeen hundred thirty three` (a round `two thousand` may be a count: no year).
    fn year_words(&self, i: usize) -> Option<(i32, usize)> {
        let word = |k: usize| self.tok(k).is_some_and(|t| t.kind == Kind::Word);
        if !word(i) {
            return None;
        }
        let whole = |(v, k): (Decimal, usize)| {
            v.fract()
                .is_zero()
                .then(|| v.to_i32())
                .flatten()
                .map(|v| (v, k))
        };
        let (v, j) = whole(self.cardinal(i)?)?;
        if (11..=20).contains(&v)
            && word(j)
            && let Some((w, k)) = self.cardinal(j).and_then(whole)
            && (10..=99).contains(&w)
        {
            return Some((v * 100 + w, k));
        }
        ((i64::from(YEARS.0)..=i64::from(YEARS.1)).contains(&i64::from(v)) && v % 100 != 0)
            .then_some((v, j))
    }

    /// A year in words that ends a phrase: nothing after it reads on as a count (`in nineteen
    /// ninety six and ...`, not `in two thousand and fifteen cases`).
    fn year_words_alone(&self, i: usize, round: bool) -> Option<(i32, usize)> {
        let (y, e) = self.year_words(i).or_else(|| {
            let (v, e) = self.cardinal(i)?;
            (round && self.tok(i)?.kind == Kind::Word && v == Decimal::from(2000))
                .then_some((2000, e))
        })?;
        let ends = !self.next_is_word_or_number(e) || self.is_any(e, &[W::And, W::Or, W::To]);
        ends.then_some((y, e))
    }

    /// `of` or `in` before the year of a day (`3 May in 2019`; not `in 1986/87`, a season).
    fn in_year_connector(&self, e: usize) -> bool {
        self.is(e, W::Of) || (self.is(e, W::In) && self.glued_sep(e + 2).is_none())
    }

    /// A year written short (`'21`) at `i`, with the token after it.
    fn apos_year(&self, i: usize) -> Option<(i32, usize)> {
        if !matches!(self.mark(i), Some('\'' | '’')) {
            return None;
        }
        let (n, y) = crate::toks::apostrophe_year(self.toks_from(i))?;
        Some((y, i + n))
    }

    /// A year written at `e`: four digits, words, two digits after `of` (`April of 87`) or
    /// after an apostrophe (`March '22`); with the token after it.
    fn year_after(&self, e: usize) -> Option<(i32, usize)> {
        if let Some(y) = self.year4(e) {
            return Some((y, e + 1));
        }
        if let Some(x) = self.apos_year(e) {
            return Some(x);
        }
        if e > 0
            && self.is(e - 1, W::Of)
            && let Some((v, 2)) = self.plain(e)
            && !self.tok(e + 1).is_some_and(|t| {
                matches!(t.kind, Kind::Word | Kind::Number { .. } | Kind::Symbol(_))
            })
        {
            return Some((two_digit_year(v), e + 1));
        }
        self.year_words(e)
    }

    /// Whether a number ending before token `k` counts nothing after it: the text ends, a
    /// block line starts (`Pay April one⏎    Record March 13`), a stop or a comma follows
    /// (`redeemed on May one.`), or `to`/`and`/`or` with a space (`April one to holders`);
    /// not a glued dash (`one-third`) nor a noun (`March ten banks`).
    fn nothing_counted(&self, k: usize) -> bool {
        let Some(t) = self.tok(k) else {
            return true;
        };
        t.gap == Gap::Block
            || matches!(t.kind, Kind::Punct('.' | ',' | ';' | ':' | ')'))
            || (t.gap != Gap::None && self.is_any(k, &[W::To, W::And, W::Or]))
    }

    /// Whether token `i` is a word or a number (a phrase goes on there).
    fn next_is_word_or_number(&self, i: usize) -> bool {
        self.tok(i)
            .is_some_and(|t| matches!(t.kind, Kind::Word | Kind::Number { .. }))
    }

    /// Day `d` of the month, in the month that puts it nearest the reference day.
    fn day_of_nearest_month(&self, d: u32) -> Option<Repr> {
        let r = self.ref_day()?;
        let this = NaiveDate::from_ymd_opt(r.year(), r.month(), 1)?;
        let date = [-1i32, 0, 1]
            .into_iter()
            .filter_map(|k| {
                let first = if k < 0 {
                    this.checked_sub_months(chrono::Months::new(1))?
                } else {
                    this.checked_add_months(chrono::Months::new(k.unsigned_abs()))?
                };
                first.with_day(d)
            })
            .min_by_key(|x| (*x - r).num_days().abs())?;
        Some(Repr::Day { date, part: None })
    }

    /// After a year at `e`: `'s` and a period of that year (`'s first quarter`, `'s second
    /// half`, `'s March`), with the year put in.
    fn possessive_period(&self, e: usize, y: i32) -> Option<M> {
        if !((self.punct(e, '\'') || self.punct(e, '\u{2019}'))
            && self.glued(e)
            && self.is(e + 1, W::S)
            && self.glued(e + 1))
        {
            return None;
        }
        let x = self.period(e + 2, 1)?;
        let year = Some(y);
        let repr = match x.repr {
            Repr::Quarter { q, .. } => Repr::Quarter { year, q },
            Repr::Half { h, .. } => Repr::Half { year, h },
            Repr::Month { month, .. } => Repr::Month { year, month },
            _ => return None,
        };
        // `the prior year's second quarter`: the determiner belongs to the phrase.
        Some(M {
            end: x.end,
            repr,
            modifier: x.modifier,
            det: true,
            anchor: Anchor::None,
        })
    }

    /// Weekday `d` (1 = Monday) of the week `k` weeks from the reference's.
    fn day_of_week(&self, k: i32, d: u8) -> Option<NaiveDate> {
        let r = self.ref_day()?;
        let monday = i64::from(r.weekday().num_days_from_monday());
        shift_days(r, i64::from(k) * 7 - monday + i64::from(d) - 1)
    }

    /// `Tuesday, September 29`, `Monday`, `Friday afternoon`, `Tuesday of next week`.
    fn r_weekday(&self, i: usize) -> Option<M> {
        let (d, mut j, full) = self.weekday(i)?;
        // `Tuesday of next week`, `Monday of the following week`
        if self.is(j, W::Of) {
            let c = if self.is(j + 1, W::The) { j + 2 } else { j + 1 };
            if let Some(k) = self.wt(c).and_then(words::deictic)
                && self
                    .wt(c + 1)
                    .and_then(words::unit)
                    .is_some_and(|u| u == (DurUnit::Week, false))
                && let Some(date) = self.day_of_week(k, d)
            {
                return m(c + 2, Repr::Day { date, part: None });
            }
        }
        if self.punct(j, ',') {
            j += 1;
        }
        // `Monday two weeks from now`, `Friday, 3 days after May 5`: that weekday of the week
        // the shift lands in.
        if let Some(x) = self.shift(j, true)
            && let Some((_, u)) = self.amount(j)
            && self.is_any(u + 1, &[W::After, W::From, W::Before])
            && let Repr::Day { date, part: None } = x.repr
        {
            return m(
                x.end,
                Repr::Day {
                    date: weekday_in_week(date, d)?,
                    part: None,
                },
            );
        }
        if let Some(inner) = self
            .r_month(j)
            .or_else(|| self.r_day_month(j))
            .or_else(|| self.numeric_day(j))
            && matches!(inner.repr, Repr::Day { .. } | Repr::MonthDay { .. })
        {
            return m(inner.end, inner.repr);
        }
        // `Wednesday the thirty-first`: the nearest such weekday on that day of a month.
        if self.is(j, W::The)
            && let Some((dd, k)) = self.ordinal(j + 1)
            && (1..=31).contains(&dd)
            && !self.next_is_word_or_number(k)
        {
            return m(k, self.weekday_on_day(d, dd));
        }
        if let Some(x) = self.dashed_pair(j, false) {
            return Some(x);
        }
        // `Mon 13th`, `Friday 31.`: the nearest such weekday on that day of a month.
        if let Some((dd, k)) = self.day_num(j)
            && (self.ordinal(j).is_some()
                || !self
                    .tok(k)
                    .is_some_and(|t| matches!(t.kind, Kind::Word | Kind::Number { .. })))
        {
            return m(k, self.weekday_on_day(d, dd));
        }
        // An abbreviation stands alone only coordinated after another weekday (`Mon or Tue`,
        // `Thursday and Fri.`).
        if !full && !self.after_weekday_and_or(i) {
            return None;
        }
        let (_, j, _) = self.weekday(i)?;
        // The future tense reads it forward (the reference's own weekday stays that day).
        let today = self
            .ref_day()
            .is_some_and(|r| r.weekday().number_from_monday() == u32::from(d));
        let base = if !today && self.future_before(i) {
            self.weekday_resolved(d, 1)
        } else {
            self.weekday_resolved(d, 0)
        };
        if let Some(p) = self.wt(j).and_then(words::day_part)
            && let Repr::Day { date, .. } = base
        {
            return m(
                j + 1,
                Repr::Day {
                    date,
                    part: Some(p),
                },
            );
        }
        m(j, base)
    }

    /// `7-6` after a weekday: a month and day (`Friday 7-6`); with `decimal`, also `7.6` (after
    /// a deictic weekday, `this Friday 7.6`: alone, `Friday 7.5 pct` is a quantity).
    fn dashed_pair(&self, j: usize, decimal: bool) -> Option<M> {
        let pair = if let Some((a, 1..=2)) = self.plain(j)
            && self.glued_sep(j + 1) == Some('-')
            && let Some((b, 1..=2)) = self.plain(j + 2)
            // `6-5/16` is a price, `6-5-2024` a full date.
            && !self.glued(j + 3)
        {
            Some((a, b, j + 3))
        } else if decimal
            && matches!(self.tok(j).map(|t| t.kind), Some(Kind::Number { .. }))
            && let Some((a, b)) = self.s(j).split_once('.')
            && (1..=2).contains(&a.len())
            && (1..=2).contains(&b.len())
            && !self.amount_word(j + 1)
        {
            Some((a.parse().ok()?, b.parse().ok()?, j + 1))
        } else {
            None
        };
        if let Some((a, b, e)) = pair
            && let Some((mo, dd)) = pair_month_day(a, b, true, self.opts.day_first)
            && let Some(r) = self.month_day(u8::try_from(mo).ok()?, dd)
        {
            return m(e, r);
        }
        None
    }

    /// Whether token `i` makes the number before it an amount: a number or symbol, a scale,
    /// currency, unit or percent word (`7.5 pct`, `2.5 billion`).
    fn amount_word(&self, i: usize) -> bool {
        let Some(t) = self.tok(i) else {
            return false;
        };
        match t.kind {
            Kind::Number { .. } | Kind::Symbol(_) => true,
            Kind::Word => {
                t.classes.any(Classes::of(&[
                    Class::Scale,
                    Class::CurrencyWord,
                    Class::Unit,
                ])) || finnews_core::tables::cues::PERCENT_WORDS
                    .iter()
                    .any(|(w, _)| w.eq_ignore_ascii_case(self.s(i)))
            }
            _ => false,
        }
    }

    /// A numeric day with its separators (`7/6`, `2018-7-6`) after a weekday: `Friday 7/6`.
    fn numeric_day(&self, i: usize) -> Option<M> {
        // After a weekday even `4/8` is a day, not a fraction.
        if let Some((n, Numeric::Pair(a, b, _))) = crate::toks::numeric(self.toks_from(i)) {
            let (mo, d) = if self.opts.day_first { (b, a) } else { (a, b) };
            return m(i + n, self.month_day(u8::try_from(mo).ok()?, d)?);
        }
        self.r_numeric(i).filter(|x| x.end > i + 2)
    }

    /// `2020-09-29`, `2020/9/29`, `9/29/2020`, `2020-09`.
    /// Whether [`Cx::r_numeric`] can match at the number token `i`: every numeric date but two
    /// has a `-` or `/` as its next token (`2020-09`, `9/29/2020`, `2019-aug-01`, `2017-Q1`);
    /// the others are eight digits (`20240715`) or dotted (`15.07.2024`, `2023.11.20`: one, two
    /// or four digits, a point, one or two digits, a point and a digit, as `toks::dotted`
    /// reads them; a decimal such as `5.93` is none).
    fn may_numeric(&self, i: usize) -> bool {
        // A separator glued on both sides and what the readings put around it
        // (`toks::numeric`): a year and a plain number (`2020-09`) or a word (`2019-aug-01`,
        // `2017-Q1`); one or two digits and a year (`12-2015`, `03/2024`); with a `/`, one or
        // two digits on each side (`9/29`, `9/29/2020`); with dashes, day, month and year
        // (`15-07-2024`). `10-year`, `5-1/2` read none.
        if let Some(c @ ('-' | '/')) = self.mark(i + 1) {
            let gap = |k: usize| self.tok(k).is_some_and(|t| t.gap == Gap::None);
            let glued = (gap(i + 1) && gap(i + 2)) || (self.glued(i + 1) && self.glued(i + 2));
            let after = self.tok(i + 2).map(|t| t.kind);
            let plain_after = matches!(
                after,
                Some(Kind::Number {
                    grouped: false,
                    decimal: false,
                })
            );
            if glued
                && ((self.year4(i).is_some() && (plain_after || after == Some(Kind::Word)))
                    || (plain_after
                        && self.plain(i).is_some_and(|(_, n)| n <= 2)
                        && (self.year4(i + 2).is_some()
                            || (c == '/' && self.plain(i + 2).is_some_and(|(_, n)| n <= 2))
                            // `15-07-2024`
                            || (c == '-'
                                && self.plain(i + 2).is_some_and(|(_, n)| n <= 2)
                                && self.mark(i + 3) == Some('-')
                                && self.year4(i + 4).is_some()))))
            {
                return true;
            }
        }
        let Some(t) = self.tok(i) else {
            return false;
        };
        if t.span.len() == 8 {
            return true;
        }
        let b = self.text.as_bytes().get(t.span.start()..).unwrap_or(&[]);
        let k = b
            .iter()
            .position(|c| !c.is_ascii_digit())
            .unwrap_or(b.len());
        if b.get(k) != Some(&b'.') || !matches!(k, 1 | 2 | 4) {
            return false;
        }
        let after = b.get(k + 1..).unwrap_or(&[]);
        let m = after
            .iter()
            .take(3)
            .take_while(|c| c.is_ascii_digit())
            .count();
        matches!(m, 1 | 2)
            && after.get(m) == Some(&b'.')
            && after.get(m + 1).is_some_and(u8::is_ascii_digit)
    }

    fn r_numeric(&self, i: usize) -> Option<M> {
        // `2019-aug-01`, `2020/Sep/23`
        if let Some(y) = self.year4(i)
            && let Some(c) = self.glued_sep(i + 1)
            && let Some((mo, k, _)) = self.month(i + 2).or_else(|| self.month_after_day(i + 2))
            && self.glued_sep(k) == Some(c)
            && self.glued(k + 1)
            && let Some((d, e)) = self.day_num(k + 1)
            && self.plain(k + 1).is_some()
        {
            return m(
                e,
                Repr::Day {
                    date: ymd(y, u32::from(mo), d)?,
                    part: None,
                },
            );
        }
        if let Some(y) = self.year4(i) {
            // `2017-Q1`, `2019-H2`
            if self.punct(i + 1, '-')
                && self.glued(i + 1)
                && self.glued(i + 2)
                && let Some(x) = self.r_quarter_letter(i + 2).filter(|x| x.end == i + 4)
            {
                return match x.repr {
                    Repr::Quarter { q, .. } => m(x.end, Repr::Quarter { year: Some(y), q }),
                    Repr::Half { h, .. } => m(x.end, Repr::Half { year: Some(y), h }),
                    _ => None,
                };
            }
        }
        let (n, repr) = crate::toks::numeric(self.toks_from(i)).or_else(|| {
            // `15.07.2024`, `2023.11.20`: read from the text, ending where a token ends
            let start = self.tok(i)?.span.start();
            let (len, repr) = crate::toks::dotted(self.text.get(start..)?)?;
            let end = start + len;
            let k = (i..self.toks.len()).find(|&k| self.toks[k].span.end() == end)?;
            Some((k + 1 - i, repr))
        })?;
        let repr = match repr {
            Numeric::YearMonthDay(y, mo, d) => Repr::Day {
                date: ymd(y, mo, d)?,
                part: None,
            },
            Numeric::YearMonth(y, mo) => Repr::Month {
                year: Some(y),
                month: u8::try_from(mo).ok()?,
            },
            Numeric::Slashed(a, b, y) => {
                let (mo, d) = if self.opts.day_first { (b, a) } else { (a, b) };
                // `15/03/2012`: a first number that cannot be the month is the day.
                let (mo, d) = if mo > 12 && d <= 12 { (d, mo) } else { (mo, d) };
                Repr::Day {
                    date: ymd(y, mo, d)?,
                    part: None,
                }
            }
            Numeric::Pair(a, b, zero) => {
                let (mo, d) = pair_month_day(a, b, zero, self.opts.day_first)?;
                self.month_day(u8::try_from(mo).ok()?, d)?
            }
        };
        m(i + n, repr)
    }

    /// `3Q23`, `1H24`, `3Q`, `2023 Q3`, `2023 fourth quarter`.
    fn r_quarter_digit(&self, i: usize) -> Option<M> {
        if let Some(y) = self.year4(i) {
            // `2023 Q3` / `2023Q3`
            if let Some(x) = self.r_quarter_letter(i + 1) {
                if let Repr::Quarter { q, year: _ } = x.repr {
                    return m(x.end, Repr::Quarter { year: Some(y), q });
                }
                if let Repr::Half { h, year: _ } = x.repr {
                    return m(x.end, Repr::Half { year: Some(y), h });
                }
            }
            if let Some(x) = self.r_ordinal_period(i + 1) {
                match x.repr {
                    Repr::Quarter { q, year: None } | Repr::Quarter { q, year: Some(_) }
                        if x.end == self.ordinal_period_bare_end(i + 1)? =>
                    {
                        return m(x.end, Repr::Quarter { year: Some(y), q });
                    }
                    Repr::Half { h, .. } if x.end == self.ordinal_period_bare_end(i + 1)? => {
                        return m(x.end, Repr::Half { year: Some(y), h });
                    }
                    _ => {}
                }
            }
            return None;
        }
        let (n, digits) = self.plain(i)?;
        if digits != 1 || !self.glued(i + 1) {
            return None;
        }
        let is_q = self.is(i + 1, W::Q);
        let is_h = self.is(i + 1, W::H);
        if !(is_q && (1..=4).contains(&n) || is_h && (1..=2).contains(&n)) {
            return None;
        }
        let n = n as u8;
        let mut end = i + 2;
        let mut year = None;
        if self.glued(i + 2) {
            let (y, yn) = self.plain(i + 2)?;
            year = Some(match yn {
                2 => two_digit_year(y),
                4 => y as i32,
                _ => return None,
            });
            end = i + 3;
        } else if let Some(y) = self.year4(i + 2) {
            year = Some(y);
            end = i + 3;
        } else if let Some((y, e)) = self.apos_year(i + 2) {
            // `3Q '21`
            year = Some(y);
            end = e;
        }
        if is_q
            && year.is_none()
            && let Some(x) = self.fiscal_of(end, n)
        {
            return with_det(Some(x));
        }
        with_det(m(end, self.quarter_or_half(is_q, n, year)))
    }

    fn ordinal_period_bare_end(&self, i: usize) -> Option<usize> {
        let (_, mut j) = self.ordinal(i)?;
        if self.dash(j) && self.glued(j) {
            j += 1;
        }
        Some(j + 1)
    }

    /// `Q3`, `Q3 2023`, `Q3/2023`, `H1`, `H1 2024`.
    fn r_quarter_letter(&self, i: usize) -> Option<M> {
        let (n, q) = crate::toks::quarter_letter(self.toks_from(i))?;
        if q.quarter
            && q.year.is_none()
            && let Some(x) = self.fiscal_of(i + n, q.n)
        {
            return with_det(Some(x));
        }
        with_det(m(i + n, self.quarter_or_half(q.quarter, q.n, q.year)))
    }

    /// After a numbered quarter: the fiscal year it belongs to (`Q1 FY25`, `3Q FY24`).
    fn fiscal_of(&self, k: usize, q: u8) -> Option<M> {
        if !self.is(k, W::Fy) {
            return None;
        }
        let f = self.r_fiscal(k)?;
        let Repr::Fiscal {
            year: Some(y),
            quarter: None,
        } = f.repr
        else {
            return None;
        };
        m(
            f.end,
            Repr::Fiscal {
                year: Some(y),
                quarter: Some(q),
            },
        )
    }

    /// The quarter that ends on `end`, numbered `n` when the text numbers it: the calendar
    /// quarter when it is one (`the quarter ended June 30`, `3RD QTR SEPT 30`), else the
    /// fiscal quarter of those three months (`2ND QTR JAN 31` → `FY1986-Q2`, November to
    /// January), its fiscal year named as the options name fiscal years.
    fn quarter_by_end(&self, n: Option<u8>, end: NaiveDate) -> Option<Repr> {
        let cq = u8::try_from(end.month0() / 3 + 1).ok()?;
        let calendar_end = end.month().is_multiple_of(3);
        match n {
            None if calendar_end => Some(Repr::Quarter {
                year: Some(end.year()),
                q: cq,
            }),
            Some(n) if n == cq && calendar_end => Some(Repr::Quarter {
                year: Some(end.year()),
                q: n,
            }),
            Some(n) if (1..=4).contains(&n) => {
                let first =
                    ymd(end.year(), end.month(), 1)?.checked_sub_months(chrono::Months::new(2))?;
                let fy_start =
                    first.checked_sub_months(chrono::Months::new(3 * (u32::from(n) - 1)))?;
                let name = match self.opts.fiscal_year_naming {
                    FiscalYearNaming::EndYear if fy_start.month() != 1 => fy_start.year() + 1,
                    _ => fy_start.year(),
                };
                Some(Repr::FiscalEnding {
                    name,
                    quarter: Some(n),
                    first,
                    last: end,
                })
            }
            _ => None,
        }
    }

    /// After `quarter`: `ended June 30`, `ending in December`, or a bare end date as results
    /// headlines write it (`2ND QTR SEPT 30`).
    fn quarter_ending(&self, k: usize, n: Option<u8>) -> Option<M> {
        let mut j = k;
        // `the third quarter, ended March 31,`: the end date set off by a comma.
        if self.punct(j, ',') && self.is_any(j + 1, &[W::Ending, W::Ended]) {
            j += 1;
        }
        let verb = self.is_any(j, &[W::Ending, W::Ended, W::Ends]);
        if verb {
            j += 1;
            if self.is(j, W::In) {
                j += 1;
            }
        }
        let x = self.r_month(j)?;
        let end = match x.repr {
            Repr::Day { date, .. } => date,
            Repr::Month {
                year: Some(y),
                month,
            } if verb => month_range(y, month)?.1,
            _ => return None,
        };
        m(x.end, self.quarter_by_end(n, end)?)
    }

    /// After `week`: `ended`/`ending` and a day (`February 22`, `yesterday`), or `of` and a
    /// day where no word comes before `week` (a heading): the ISO week holding that day.
    fn week_ending(&self, k: usize) -> Option<M> {
        // `Week of October 13, 2025` as a heading writes it (`the week of` is read in `r_the`).
        let heading = self.is(k, W::Of) && self.prev_word_text(k - 1).is_none();
        if !(heading || self.is_any(k, &[W::Ending, W::Ended])) {
            return None;
        }
        let x = self.phrase(k + 1, MAX_DEPTH - 1)?;
        let Repr::Day { date, part: None } = x.repr else {
            return None;
        };
        let w = date.iso_week();
        m(
            x.end,
            Repr::Week {
                year: w.year(),
                week: u8::try_from(w.week()).ok()?,
            },
        )
    }

    /// `quarter ended June 30`, `September quarter`, `the March quarter`: a quarter named by
    /// its end.
    fn r_quarter_named(&self, i: usize) -> Option<M> {
        let is_quarter = |k: usize| {
            self.wt(k)
                .and_then(words::unit)
                .is_some_and(|(u, plural)| u == DurUnit::Quarter && !plural)
        };
        // `the quarter to June`, `the week to Friday`, `the year to September`, `the year
        // ended March 31, 2024`: the period named by its end (`to`/`through` after `the`).
        let unit = self.wt(i).and_then(words::unit);
        let to = self.is_any(i + 1, &[W::To, W::Through, W::Thru]);
        let to_ok = to && self.prev_word_is(i, W::The);
        if to_ok
            && matches!(unit, Some((DurUnit::Quarter | DurUnit::Week, false)))
            && let Some((end, is_day, e)) = self.period_end_at(i + 1, true)
        {
            let repr = if unit == Some((DurUnit::Week, false)) {
                if !is_day {
                    return None;
                }
                let w = end.iso_week();
                Repr::Week {
                    year: w.year(),
                    week: u8::try_from(w.week()).ok()?,
                }
            } else {
                self.quarter_by_end(None, end)?
            };
            return with_det(m(e, repr));
        }
        if unit == Some((DurUnit::Year, false)) {
            let (end, is_day, e) = self.period_end_at(i + 1, to_ok)?;
            // `over the year to December` may name the month alone (a rate's latest month):
            // `the year to` a bare month is no period; to a day (`the year to March 31`,
            // `the year to end-March`) it is.
            if !is_day && to {
                return None;
            }
            // Twelve months to December are its calendar year.
            if end.month() == 12 {
                return with_det(m(e, Repr::Year(end.year())));
            }
            return with_det(self.months_to(12, end, e));
        }
        if is_quarter(i) {
            return with_det(self.quarter_ending(i + 1, None));
        }
        // `the week ended February 22`, `week ending Oct 11`: the ISO week holding that day.
        if unit == Some((DurUnit::Week, false)) {
            return with_det(self.week_ending(i + 1));
        }
        let (mo, j, _) = self.month(i)?;
        if !is_quarter(j) || self.dash(j + 1) {
            return None;
        }
        let Repr::Month { year, month } = self.month_nearest(mo) else {
            return None;
        };
        with_det(m(
            j + 1,
            Repr::Quarter {
                year,
                q: (month - 1) / 3 + 1,
            },
        ))
    }

    /// `third quarter`, `the first half of this year`, `4TH QTR`, `1ST HALF`, `third-quarter`,
    /// `the second quarter of fiscal 2023`, `the 20th century`.
    fn r_ordinal_period(&self, i: usize) -> Option<M> {
        let (n, mut j) = self.ordinal(i)?;
        if n == 1
            && !self.dash(j)
            && let Some(x) = self.first_quarters(j)
        {
            return with_det(Some(x));
        }
        let hyphenated = self.dash(j) && self.glued(j);
        if hyphenated {
            j += 1;
        }
        // `the second fiscal quarter`, `the third calendar quarter`
        let fiscal_word = !hyphenated && self.is_any(j, &[W::Fiscal, W::Financial]);
        if fiscal_word || (!hyphenated && self.is(j, W::Calendar)) {
            j += 1;
        }
        let wt = self.wt(j)?;
        if self.is(j, W::Century) {
            let c = i32::try_from(n).ok()?.checked_sub(1)?;
            return m(j + 1, Repr::Century(c));
        }
        // `the third week of 2021`, `the ninth month of next year`
        if !fiscal_word
            && let Some((u @ (DurUnit::Week | DurUnit::Month), false)) = words::unit(wt)
            && self.is(j + 1, W::Of)
            && let Some((y, e)) = self.year_at(j + 2)
        {
            let x = match u {
                DurUnit::Week => week_of(y, n)?,
                _ => Repr::Month {
                    year: Some(y),
                    month: u8::try_from(n).ok().filter(|mo| (1..=12).contains(mo))?,
                },
            };
            return with_det(m(e, x));
        }
        // `the first week of March 2024`, `3rd week of Jan`: as ISO numbers a year's weeks,
        // week 1 is the Monday-to-Sunday week holding the month's first Thursday.
        if !fiscal_word
            && !hyphenated
            && let Some((DurUnit::Week, false)) = words::unit(wt)
            && self.is(j + 1, W::Of)
            // After `week of` even an abbreviation (`Oct.`) is the month.
            && let Some(x) = self.r_month(j + 2).or_else(|| {
                let (mo, e, _) = self.month(j + 2)?;
                m(e, self.month_nearest(mo))
            })
            && let Repr::Month {
                year: Some(y),
                month,
            } = x.repr
            && (1..=5).contains(&n)
        {
            let (first, last) = month_range(y, month)?;
            // Days from the 1st to its first Thursday, then back to that week's Monday.
            let to_thursday = (11 - i64::from(first.weekday().number_from_monday())) % 7;
            let monday = shift_days(first, to_thursday - 3 + i64::from(n - 1) * 7)?;
            if monday > last {
                return None;
            }
            // `the first week of May on Friday`: that day of the week.
            if self.is(x.end, W::On)
                && let Some((d, e, _)) = self.weekday(x.end + 1)
            {
                let date = weekday_in_week(monday, d)?;
                return with_det(m(e, Repr::Day { date, part: None }));
            }
            let sunday = shift_days(monday, 6)?;
            let day = |date| Form::Day { date, part: None };
            return with_det(m(
                x.end,
                Repr::Interval {
                    first: day(monday),
                    last: day(sunday),
                },
            ));
        }
        // `the second and third quarters of 1987`: the last ordinal of a coordination takes the
        // plural unit (each ordinal is its own quarter).
        let plural_ok = self.after_coordination(i);
        let unit = match words::unit(wt)? {
            (DurUnit::Quarter, p) if (1..=4).contains(&n) && (!p || plural_ok) => DurUnit::Quarter,
            (DurUnit::Half, p) if (1..=2).contains(&n) && (!p || plural_ok) => DurUnit::Half,
            _ => return None,
        };
        let n = n as u8;
        let mut k = j + 1;
        if self.is(k, W::Of) {
            k += 1;
        }
        // The year it belongs to.
        enum Y {
            Cal(Year),
            Fiscal(Year),
        }
        let mut target = None;
        let mut past_deictic = false;
        if let Some(y) = self.year4(k) {
            target = Some((Y::Cal(Some(y)), k + 1));
        } else if let Some((y, e)) = self.apos_year(k) {
            // `the third quarter of '21`
            target = Some((Y::Cal(Some(y)), e));
        } else if let Some(f) = self.r_fiscal(k) {
            match f.repr {
                Repr::Fiscal {
                    year,
                    quarter: None,
                } => target = Some((Y::Fiscal(year), f.end)),
                // `first half fiscal 1987, ended Feb 28`: the end is the half's, not the
                // year's; the fiscal year as named, the end left to be read on its own.
                Repr::FiscalEnding {
                    name,
                    quarter: None,
                    ..
                } => {
                    let e = (k + 1..f.end)
                        .find(|&t| self.punct(t, ',') || self.is_any(t, &[W::Ended, W::Ending]))
                        .unwrap_or(f.end);
                    target = Some((Y::Fiscal(Some(name)), e));
                }
                _ => {}
            }
        } else if let Some(d) = self.r_deictic(k) {
            past_deictic = words::deictic(self.wt(k)?).is_some_and(|k| k < 0);
            match d.repr {
                Repr::Year(y) => target = Some((Y::Cal(Some(y)), d.end)),
                Repr::UnknownYear => target = Some((Y::Cal(None), d.end)),
                Repr::Fiscal { year, .. } => target = Some((Y::Fiscal(year), d.end)),
                _ => {}
            }
        } else if k > j + 1 && self.is(k, W::The) && self.is(k + 1, W::Year) {
            target = Some((Y::Cal(self.reference().map(|r| r.year())), k + 2));
        }
        let det = |x: Option<M>| if hyphenated { x } else { with_det(x) };
        if unit == DurUnit::Quarter
            && target.is_none()
            && let Some(x) = self.quarter_ending(j + 1, Some(n))
        {
            return det(Some(x));
        }
        // `the second fiscal quarter last year`: that quarter a year before the one reported.
        if fiscal_word
            && past_deictic
            && unit == DurUnit::Quarter
            && let Some((Y::Cal(year), e)) = target
        {
            return det(as_anchor(
                m(
                    e,
                    Repr::Fiscal {
                        year,
                        quarter: Some(n),
                    },
                ),
                Anchor::FiscalQuarter(n),
            ));
        }
        // `the fourth fiscal quarter of 2024`
        let target = match target {
            Some((Y::Cal(Some(y)), e)) if fiscal_word && unit == DurUnit::Quarter => {
                Some((Y::Fiscal(Some(y)), e))
            }
            t => t,
        };
        let repr_end = match (unit, target) {
            (DurUnit::Quarter, Some((Y::Fiscal(year), e))) => (
                Repr::Fiscal {
                    year,
                    quarter: Some(n),
                },
                e,
            ),
            (DurUnit::Half, Some((Y::Fiscal(year), e))) => (
                Repr::Fiscal {
                    year,
                    quarter: None,
                },
                e,
            ),
            (DurUnit::Quarter, Some((Y::Cal(year), e))) => (Repr::Quarter { year, q: n }, e),
            (DurUnit::Half, Some((Y::Cal(year), e))) => (Repr::Half { year, h: n }, e),
            (DurUnit::Quarter, None) => (self.quarter_nearest(n), j + 1),
            (_, None) => (self.half_nearest(n), j + 1),
            (_, Some(_)) => return None,
        };
        det(m(repr_end.1, repr_end.0))
    }

    /// Whether the ordinal at `i` ends a coordination of ordinals (`second and third`, `first,
    /// second`), so that it may take a plural unit (`third quarters`).
    fn after_coordination(&self, i: usize) -> bool {
        let mut j = i;
        if j > 0 && self.is(j - 1, W::And) {
            j -= 1;
        }
        if j > 0 && self.punct(j - 1, ',') {
            j -= 1;
        }
        j < i && j > 0 && self.ordinal(j - 1).is_some_and(|(_, e)| e == j)
    }

    /// A year at `i`: written (`2021`) or named from the reference (`next year`), with the
    /// token after it.
    fn year_at(&self, i: usize) -> Option<(i32, usize)> {
        if let Some(y) = self.year4(i) {
            return Some((y, i + 1));
        }
        match self.r_deictic(i)? {
            M {
                repr: Repr::Year(y),
                end,
                ..
            } => Some((y, end)),
            _ => None,
        }
    }

    /// `week 10`, `week 3 of 2027`, `week 27 of last year`: an ISO week by its number, in the
    /// reference's year unless one is named.
    fn r_week_number(&self, i: usize) -> Option<M> {
        if !matches!(
            self.wt(i).and_then(words::unit),
            Some((DurUnit::Week, false))
        ) || !self.word(i)?.starts_with(|c: char| c.is_ascii_alphabetic())
            || (i > 0 && self.is_any(i - 1, &[W::A, W::An]))
        {
            return None;
        }
        let (n, digits) = self.plain(i + 1)?;
        if digits > 2 || self.glued(i + 1) || self.glued(i + 2) {
            return None;
        }
        let (y, e) = if self.is(i + 2, W::Of)
            && let Some(x) = self.year_at(i + 3)
        {
            x
        } else {
            (self.reference()?.year(), i + 2)
        };
        with_det(m(e, week_of(y, n)?))
    }

    /// `first six months of 2024`, `first nine months of last year`: the interval from the
    /// first month of the year to the `n`th.
    fn r_first_units(&self, i: usize) -> Option<M> {
        // `the first six months of 2024`, `the last four months of 2021`, `the first two weeks
        // of 2021` (Monday of its first ISO week on), `the last ten days of this year`.
        let last = self.is(i, W::Last);
        if !(last || self.is(i, W::First)) {
            return None;
        }
        let (amount, k) = self.amount(i + 1)?;
        let n = amount?.to_u32()?;
        let (unit, most) = match self.wt(k).and_then(words::unit) {
            Some((DurUnit::Month, true)) => (DurUnit::Month, 11),
            Some((DurUnit::Week, true)) => (DurUnit::Week, 51),
            Some((DurUnit::Day, true)) => (DurUnit::Day, 31),
            _ => return None,
        };
        if !(2..=most).contains(&n) || !self.is(k + 1, W::Of) {
            return None;
        }
        let e = k + 2;
        let (year, end) = if let Some(y) = self.year4(e) {
            // `1986/87` names a split (fiscal) year: not read here
            if self.punct(e + 1, '/') && self.glued(e + 1) {
                return None;
            }
            (Some(y), e + 1)
        } else if self.is(e, W::The) && self.is(e + 1, W::Year) {
            (self.reference().map(|r| r.year()), e + 2)
        } else {
            match self.r_deictic(e).map(|d| (d.repr, d.end)) {
                Some((Repr::Year(y), end)) => (Some(y), end),
                Some((Repr::UnknownYear, end)) => (None, end),
                _ => return None,
            }
        };
        let day = |date: NaiveDate| Repr::Day { date, part: None }.as_point();
        let (first, last) = match unit {
            DurUnit::Month => {
                let n = u8::try_from(n).ok()?;
                let (a, b) = if last { (13 - n, 12) } else { (1, n) };
                (
                    Repr::Month { year, month: a }.as_point()?,
                    Repr::Month { year, month: b }.as_point()?,
                )
            }
            DurUnit::Week => {
                let y = year?;
                let weeks = NaiveDate::from_ymd_opt(y, 12, 28)?.iso_week().week();
                let (a, b) = if last { (weeks + 1 - n, weeks) } else { (1, n) };
                let monday = |w: u32| NaiveDate::from_isoywd_opt(y, w, chrono::Weekday::Mon);
                (day(monday(a)?)?, day(shift_days(monday(b)?, 6)?)?)
            }
            _ => {
                let y = year?;
                let (a, b) = if last {
                    (ymd(y, 12, 32 - n)?, ymd(y, 12, 31)?)
                } else {
                    (ymd(y, 1, 1)?, ymd(y, 1, n)?)
                };
                (day(a)?, day(b)?)
            }
        };
        with_det(m(end, Repr::Interval { first, last }))
    }

    /// After `first`: `two quarters of 1990` (the first half), `three quarters of 2023` (the
    /// year up to the end of September), `three quarters` (the nearest such period).
    fn first_quarters(&self, j: usize) -> Option<M> {
        // One token (`three`, `3`): the numeral grammar reads `three quarters` as 0.75.
        let tok = self.s(j);
        let n = cardinal_prefix(tok).filter(|n| n.len == tok.len())?;
        let q = n
            .value
            .to_u8()
            .filter(|q| (2..=4).contains(q) && Decimal::from(*q) == n.value)?;
        let k = j + 1;
        if !matches!(
            self.wt(k).and_then(words::unit),
            Some((DurUnit::Quarter, true))
        ) {
            return None;
        }
        // The first `q` quarters: the interval from the first quarter to the `q`th (contract
        // 1.1), all four the year.
        let part = |year: Year| match q {
            4 => year.map_or(Repr::UnknownYear, Repr::Year),
            _ => match (
                Repr::Quarter { year, q: 1 }.as_point(),
                Repr::Quarter { year, q }.as_point(),
            ) {
                (Some(first), Some(last)) => Repr::Interval { first, last },
                _ => Repr::YearToQuarter { year, q },
            },
        };
        let mut e = k + 1;
        if self.is(e, W::Of) {
            e += 1;
            if let Some(y) = self.year4(e) {
                return m(e + 1, part(Some(y)));
            }
            if self.is(e, W::The) && self.is(e + 1, W::Year) {
                return m(e + 2, part(self.reference().map(|r| r.year())));
            }
            return match self.r_deictic(e).map(|d| (d.repr, d.end)) {
                Some((Repr::Year(y), end)) => m(end, part(Some(y))),
                Some((Repr::UnknownYear, end)) => m(end, part(None)),
                _ => None,
            };
        }
        let year = self.nearest(|y| months_to(y, 3 * u32::from(q)));
        m(k + 1, part(year))
    }

    /// Whether tokens `s..e` include a four-digit year.
    fn writes_year(&self, s: usize, e: usize) -> bool {
        (s..e).any(|k| self.year4(k).is_some())
    }

    /// The fiscal year whose last day is `last`, named as the options name fiscal years.
    fn fiscal_ending(&self, last: NaiveDate) -> Option<Repr> {
        let first = last
            .succ_opt()?
            .checked_sub_months(chrono::Months::new(12))?;
        let name = match self.opts.fiscal_year_naming {
            FiscalYearNaming::StartYear => first.year(),
            FiscalYearNaming::EndYear => last.year(),
        };
        Some(Repr::FiscalEnding {
            name,
            quarter: None,
            first,
            last,
        })
    }

    /// After a fiscal year written with its year `y` (`fiscal 2024`, `FY2024`) at token `k`:
    /// `ended`/`ending` (after an optional comma) and the day it ends, in `y` or the year after
    /// (`fiscal year 2024 ended June 30, 2024`): that fiscal year, named as the text names it
    /// (`FY2024`), with its days.
    fn fiscal_year_ended(&self, y: i32, k: usize) -> Option<M> {
        let k = if self.punct(k, ',') { k + 1 } else { k };
        if !self.is_any(k, &[W::Ended, W::Ending]) {
            return None;
        }
        let x = self.r_month(k + 1)?;
        let Repr::Day { date, .. } = x.repr else {
            return None;
        };
        if !(y..=y + 1).contains(&date.year()) {
            return None;
        }
        let Some(Repr::FiscalEnding { first, last, .. }) = self.fiscal_ending(date) else {
            return None;
        };
        m(
            x.end,
            Repr::FiscalEnding {
                name: y,
                quarter: None,
                first,
                last,
            },
        )
    }

    /// `fiscal 2023`, `fiscal year 2023/24`, `FY2023`, `FY23`, `FY 1986`, `the fiscal year
    /// ending March 31, 2024`, `2023 fiscal year`.
    fn r_fiscal(&self, i: usize) -> Option<M> {
        let fy = |y: i32| Repr::Fiscal {
            year: Some(y),
            quarter: None,
        };
        if self.wt(i).is_some() {
            if self.is(i, W::Fy) {
                let mut j = i + 1;
                // `FY'24`
                if (self.punct(j, '\'') || self.punct(j, '’')) && self.glued(j + 1) {
                    j += 1;
                }
                let (v, n) = self.plain(j)?;
                let y = match n {
                    2 => two_digit_year(v),
                    4 => v as i32,
                    _ => return None,
                };
                let mut end = j + 1;
                if self.punct(end, '/') && self.glued(end) && self.glued(end + 1) {
                    match self.plain(end + 1) {
                        // `FY25/3`: the fiscal year ending in March 2025
                        Some((mo, 1..=2)) if (1..=12).contains(&mo) && !(n == 4 && mo >= 10) => {
                            let last = month_range(y, u8::try_from(mo).ok()?)?.1;
                            return with_det(m(end + 2, self.fiscal_ending(last)?));
                        }
                        Some(_) => end += 2,
                        None => {}
                    }
                }
                if let Some(x) = self.fiscal_year_ended(y, end) {
                    return with_det(Some(x));
                }
                return with_det(m(end, fy(y)));
            }
            if self.is_any(i, &[W::Fiscal, W::Financial]) {
                let mut j = i + 1;
                if self.is(j, W::Year) {
                    j += 1;
                    if self.is_any(j, &[W::Ending, W::Ended, W::Ends, W::To]) {
                        let inner = self.r_month(j + 1).or_else(|| self.r_day_month(j + 1))?;
                        let end = match inner.repr {
                            Repr::Day { date, .. } => date,
                            // `the fiscal year ending March 2025`: its last day
                            Repr::Month {
                                year: Some(y),
                                month,
                            } if self.writes_year(j + 1, inner.end) => month_range(y, month)?.1,
                            _ => return None,
                        };
                        let first = end
                            .checked_sub_months(chrono::Months::new(12))?
                            .succ_opt()?;
                        let name = match self.opts.fiscal_year_naming {
                            FiscalYearNaming::StartYear => first.year(),
                            FiscalYearNaming::EndYear => end.year(),
                        };
                        return with_det(m(
                            inner.end,
                            Repr::FiscalEnding {
                                name,
                                quarter: None,
                                first,
                                last: end,
                            },
                        ));
                    }
                }
                // `fiscal Q4 2024`: the fourth quarter of fiscal 2024
                if let Some(x) = self
                    .r_quarter_letter(j)
                    .or_else(|| self.r_quarter_digit(j))
                    .filter(|x| self.writes_year(j, x.end))
                    && let Repr::Quarter { year: Some(y), q } = x.repr
                {
                    return with_det(m(
                        x.end,
                        Repr::Fiscal {
                            year: Some(y),
                            quarter: Some(q),
                        },
                    ));
                }
                let y = self.year4(j).or_else(|| {
                    // `fiscal '86`
                    (self.punct(j, '\'') || self.punct(j, '’'))
                        .then(|| self.plain(j + 1))
                        .flatten()
                        .filter(|&(_, n)| n == 2)
                        .map(|(v, _)| two_digit_year(v))
                })?;
                let mut end = if self.year4(j).is_some() {
                    j + 1
                } else {
                    j + 2
                };
                if self.punct(end, '/') && self.glued(end) && self.plain(end + 1).is_some() {
                    end += 2;
                }
                if let Some(x) = self.fiscal_year_ended(y, end) {
                    return with_det(Some(x));
                }
                return with_det(m(end, fy(y)));
            }
            return None;
        }
        // `2023 fiscal year`, `its 1987 fiscal year ending May 31`
        let y = self.year4(i)?;
        if self.is_any(i + 1, &[W::Fiscal, W::Financial]) && self.is(i + 2, W::Year) {
            if let Some(x) = self.r_fiscal(i + 1).filter(|x| x.end > i + 3) {
                return with_det(Some(x));
            }
            return with_det(m(i + 3, fy(y)));
        }
        None
    }

    /// A four-digit year where the words around it make it one (`in 1992`, `since 2019`,
    /// `(2019)`), and decades (`1990s`, `the '90s`).
    /// Whether the capitalized word at `after` names what the year `i` qualifies (`the 1976
    /// Berne accord`, `their 2024 Brent forecast`): not a time zone (`the 2000 EST session` is
    /// a clock time), not glued to a number (`DEC7` in a table), and no determiner glued to a
    /// number before the year (`2010A 2015`: a code's letter).
    fn name_after_year(&self, i: usize, after: usize) -> bool {
        self.word(after)
            .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_uppercase()))
            && !self.has(after, Class::TimeZone)
            && !self
                .tok(after + 1)
                .is_some_and(|t| matches!(t.kind, Kind::Number { .. }) && self.glued(after + 1))
            && (i == 0 || !self.glued(i - 1))
    }

    fn r_year(&self, i: usize) -> Option<M> {
        // `'90s`
        if self.punct(i, '\'') || self.punct(i, '’') {
            let (v, n) = self.plain(i + 1)?;
            if n == 2
                && v % 10 == 0
                && self.glued(i + 1)
                && self.glued(i + 2)
                && self.is(i + 2, W::S)
            {
                return with_det(m(i + 3, Repr::Decade(two_digit_year(v) / 10)));
            }
            return None;
        }
        let y = self.year4(i)?;
        // `2024's first quarter`
        if let Some(x) = self.possessive_period(i + 1, y) {
            return Some(x);
        }
        // `1990s`, `1990 s`
        let s_after = self.is(i + 1, W::S)
            && (self.glued(i + 1)
                || self
                    .tok(i)
                    .zip(self.tok(i + 1))
                    .is_some_and(|(a, b)| b.span.start() == a.span.end() + 1));
        if s_after && y % 10 == 0 {
            return with_det(m(i + 2, Repr::Decade(y / 10)));
        }
        if !(1800..=2199).contains(&y) {
            return None;
        }
        // `2018 or later`, `1990 or earlier`: the year, and those after (before) it.
        if self.is(i + 1, W::Or)
            && let Some(k) = self.wt(i + 2).and_then(words::shift)
        {
            return Some(M {
                modifier: Some(if k > 0 {
                    Mod::OnOrAfter
                } else {
                    Mod::OnOrBefore
                }),
                ..m(i + 3, Repr::Year(y))?
            });
        }
        // `1986/87`, `2025/2026`: a split year (a season, a crop or financial year) whose words
        // come after its second year.
        let split = self.punct(i + 1, '/')
            && self.glued(i + 1)
            && self.glued(i + 2)
            && self.plain(i + 2).is_some_and(|(v, n)| {
                (n == 2 && i64::from(v) == i64::from((y + 1).rem_euclid(100)))
                    || (n == 4 && i64::from(v) == i64::from(y) + 1)
            });
        let after = if split { i + 3 } else { i + 1 };
        // `the 2025/26 financial year`: the fiscal year named by the year it starts in; `the
        // 1986/87 fiscal year ending June 30`: the one that ends that day.
        if split
            && self.is_any(after, &[W::Fiscal, W::Financial])
            && let Some(f) = self.r_fiscal(after).filter(|f| f.end > after + 2)
        {
            return with_det(m(f.end, f.repr));
        }
        if split
            && self.is_any(after, &[W::Fiscal, W::Financial])
            && self
                .wt(after + 1)
                .and_then(words::unit)
                .is_some_and(|u| u == (DurUnit::Year, false))
        {
            return with_det(m(
                after + 2,
                Repr::Fiscal {
                    year: Some(y),
                    quarter: None,
                },
            ));
        }
        // `a 2010 raid`, `its 2019 report`, `their 2024 Brent forecast`: a determiner before, a
        // singular noun after (a name too).
        let attributive = (1900..=2099).contains(&y)
            && self.prev_has(i, Class::YearDeterminer)
            && self.word(after).is_some_and(|w| {
                (w.starts_with(|c: char| c.is_ascii_lowercase()) || self.name_after_year(i, after))
                    && !(w.ends_with('s')
                        && !w.ends_with("ss")
                        && !w.ends_with("is")
                        && !w.ends_with("us"))
                    && !self.has(after, Class::TimeUnit)
            });
        // `1986 sales`, `2024 Interim Results`: before a noun a year qualifies.
        let year_noun = (1900..=2099).contains(&y) && self.is(after, W::YearNoun);
        // `the same 1986 period`, `NOTE: 1985 year net`, `1987 nine mths net includes`: a year
        // before the period it qualifies (a singular unit, `period`, or a count of units).
        let period_after = (1900..=2099).contains(&y)
            && !split
            && (self.is(after, W::Period)
                || self
                    .wt(after)
                    .and_then(words::unit)
                    .is_some_and(|(u, plural)| !plural && u != DurUnit::Half)
                || self.cardinal(after).is_some_and(|(n, k)| {
                    n > Decimal::ZERO
                        && n < Decimal::from(12)
                        && self
                            .wt(k)
                            .and_then(words::unit)
                            .is_some_and(|(u, _)| matches!(u, DurUnit::Month | DurUnit::Week))
                }));
        // `>= 2019`, `=2019`: a year compared.
        // A `<` or `>` glued to what is before it closes a tag (`<BBCZ.Z> 1986`).
        let compared = self.tok(i).is_some_and(|t| {
            let b = self.text.get(..t.span.start()).unwrap_or("").trim_end();
            let mut rev = b.chars().rev();
            match rev.next() {
                Some('=' | '≤' | '≥') => true,
                Some('<' | '>') => rev.next().is_none_or(char::is_whitespace),
                _ => false,
            }
        });
        let ctx = attributive
            || year_noun
            || period_after
            || compared
            || self.prev_has(i, Class::YearContext)
            || (i > 0 && self.punct(i - 1, '(') && self.punct(i + 1, ')'));
        if !ctx {
            return None;
        }
        // `in 2019 yuan`, `by 2025 percent`: the next word is no unit of measure.
        if self.tok(i + 1).is_some_and(|t| t.kind == Kind::Symbol('%')) {
            return None;
        }
        // `in 2017 April`: that month of the year (no day after it).
        if let Some((mo, n, _)) = self.month(i + 1)
            && !self.is_any(i + 1, &[W::May, W::March])
            && self.day_num(n).is_none()
            && !self.next_is_word_or_number(n)
        {
            return m(
                n,
                Repr::Month {
                    year: Some(y),
                    month: mo,
                },
            );
        }
        let x = m(i + 1, Repr::Year(y));
        if period_after && self.prev_word_is(i, W::Same) {
            return as_anchor(x, Anchor::Compared);
        }
        x
    }

    /// `today`, `yesterday morning`, `tonight`, `now`, `recently`, `year-ago`, `year-end`,
    /// `recent years`.
    fn r_words(&self, i: usize) -> Option<M> {
        let wt = self.wt(i)?;
        // `the nineties`, `in eighties`: a decade of the 1900s in words (`in her nineties` is
        // an age).
        if let Some(W::Decade(d)) = words::date_word(wt)
            && (self.prev_word_is(i, W::The) || self.prev_word_is(i, W::In))
        {
            return with_det(m(i + 1, Repr::Decade(190 + i32::from(d))));
        }
        let day = |k: i64| self.ref_day().and_then(|r| shift_days(r, k));
        if let Some(k) = words::relative_day(wt) {
            let Some(date) = day(k) else {
                if k == 0 {
                    return m(i + 1, Repr::PresentRef);
                }
                // `yesterday`, `tomorrow morning` without a reference day: a day (and its
                // part), unresolved.
                return match self.wt(i + 1).and_then(words::day_part) {
                    Some(p) => m(i + 2, Repr::UnresolvedPart(p)),
                    None => m(i + 1, Repr::Unresolved(Cal::Day)),
                };
            };
            if let Some(p) = self.wt(i + 1).and_then(words::day_part) {
                return m(
                    i + 2,
                    Repr::Day {
                        date,
                        part: Some(p),
                    },
                );
            }
            return m(i + 1, Repr::Day { date, part: None });
        }
        // `in nineteen ninety six`, `in two thousand and fifteen`: a year in words after `in`.
        if self.has(i, Class::NumberWord)
            && self.prev_word_is(i, W::In)
            && let Some((y, e)) = self.year_words_alone(i, false)
        {
            return m(e, Repr::Year(y));
        }
        if self.is(i, W::Tonight) {
            let date = day(0)?;
            return m(
                i + 1,
                Repr::Day {
                    date,
                    part: Some(crate::timex::DayPart::Night),
                },
            );
        }
        if let Some(k) = words::ref_word(wt) {
            if self.is(i, W::Now) && self.dash(i + 1) {
                return None;
            }
            return m(
                i + 1,
                if k == 0 {
                    Repr::PresentRef
                } else {
                    Repr::PastRef
                },
            );
        }
        if self.is(i, W::Recent) {
            if let Some((unit, true)) = self.wt(i + 1).and_then(words::unit) {
                return m(i + 2, Repr::Duration { amount: None, unit });
            }
            return None;
        }
        // `earlier in the year`, `later in the week`: the reference's unit, its start or end.
        if let Some(k) = words::shift(wt)
            && self.is(i + 1, W::In)
            && self.is(i + 2, W::The)
            && let Some((u, false)) = self.wt(i + 3).and_then(words::unit)
            && matches!(u, DurUnit::Week | DurUnit::Month | DurUnit::Year)
        {
            return Some(M {
                end: i + 4,
                repr: self.rel(u, 0)?,
                modifier: Some(if k < 0 { Mod::Start } else { Mod::End }),
                det: false,
                anchor: Anchor::None,
            });
        }
        // `EOY`, `EOM`: the end of the reference's year, month.
        if wt.classes.has(Class::DateTrigger)
            && let Some(u) = words::period_end(wt.text(self.text))
        {
            return Some(M {
                end: i + 1,
                repr: self.rel(u, 0)?,
                modifier: Some(Mod::End),
                det: true,
                anchor: Anchor::None,
            });
        }
        // `YTD`, `QTD`: the reference's year, quarter, from its start (as `year to date`).
        if wt.classes.has(Class::DateTrigger)
            && let Some(&(_, u)) = finnews_core::lexicon::PERIOD_TO_DATE_ABBREVIATIONS
                .iter()
                .find(|r| r.0.eq_ignore_ascii_case(wt.text(self.text)))
        {
            let u = match u {
                finnews_core::lexicon::TimeUnit::Year => DurUnit::Year,
                finnews_core::lexicon::TimeUnit::Quarter => DurUnit::Quarter,
                finnews_core::lexicon::TimeUnit::Month => DurUnit::Month,
                _ => return None,
            };
            return Some(M {
                end: i + 1,
                repr: self.rel(u, 0)?,
                modifier: Some(Mod::Start),
                det: false,
                anchor: Anchor::None,
            });
        }
        // `to date`, `till date`: up to the present (`up to date` is no date).
        if self.is_any(i, &[W::To, W::Till])
            && self.is(i + 1, W::Date)
            && !self.prev_word_is(i, W::Up)
            // `to date 1`, `to date of birth`: the noun `date`.
            && !self.is_any(i + 2, &[W::Of, W::From])
            && !matches!(self.tok(i + 2).map(|t| t.kind), Some(Kind::Number { .. }))
        {
            return Some(M {
                end: i + 2,
                repr: Repr::PresentRef,
                modifier: Some(Mod::OnOrBefore),
                det: false,
                anchor: Anchor::None,
            });
        }
        // `CY18`, `cy2008`: a calendar year.
        if self.is(i, W::Cy)
            && self.glued(i + 1)
            && let Some((v, n)) = self.plain(i + 1)
            && (n == 2 || n == 4)
        {
            let y = if n == 2 {
                two_digit_year(v)
            } else {
                i32::try_from(v).ok()?
            };
            return m(i + 2, Repr::Year(y));
        }
        // `Year to date`, `week to date`: the reference's unit, from its start.
        if let Some((u, false)) = words::unit(wt)
            && matches!(
                u,
                DurUnit::Week | DurUnit::Month | DurUnit::Quarter | DurUnit::Year
            )
            && self.is(i + 1, W::To)
            && self.is(i + 2, W::Date)
        {
            let r = self.rel(u, 0)?;
            return Some(M {
                end: i + 3,
                repr: r,
                modifier: Some(Mod::Start),
                det: false,
                anchor: Anchor::None,
            });
        }
        // year-ago, year-earlier, year-end, year-to-date, month-end
        if let Some((u, false)) = words::unit(wt)
            && self.dash(i + 1)
            && self.glued(i + 1)
            && self.glued(i + 2)
        {
            self.wt(i + 2)?;
            if self.is_any(i + 2, &[W::Ago, W::Earlier]) && u == DurUnit::Year {
                return as_anchor(m(i + 3, self.rel(DurUnit::Year, -1)?), Anchor::Any);
            }
            if self.is(i + 2, W::End) {
                let r = self.rel(u, 0)?;
                return Some(M {
                    end: i + 3,
                    repr: r,
                    modifier: Some(Mod::End),
                    det: true,
                    anchor: Anchor::None,
                });
            }
            if self.is(i + 2, W::To) && self.dash(i + 3) && self.is(i + 4, W::Date) {
                let r = self.rel(u, 0)?;
                return Some(M {
                    end: i + 5,
                    repr: r,
                    modifier: Some(Mod::Start),
                    det: false,
                    anchor: Anchor::None,
                });
            }
        }
        None
    }

    /// `three years`, `20 consecutive quarters`, `10-year`, `a decade`, `several months`,
    /// `18 months`.
    fn r_duration(&self, i: usize) -> Option<M> {
        // `all day`, `all week`: one whole unit.
        if self.is(i, W::All)
            && let Some((u, false)) = self.wt(i + 1).and_then(words::unit)
            && matches!(
                u,
                DurUnit::Day | DurUnit::Week | DurUnit::Month | DurUnit::Year
            )
        {
            return m(
                i + 2,
                Repr::Duration {
                    amount: Some(Decimal::ONE),
                    unit: u,
                },
            );
        }
        let mut s = i;
        if self.is_any(s, &[W::Nearly, W::Almost]) {
            s += 1;
        } else if self.is_any(s, &[W::More, W::Less, W::Fewer]) && self.is(s + 1, W::Than) {
            s += 2;
        }
        if let Some((amount, mut j)) = self.count(s) {
            let hyph = self.dash(j) && self.glued(j) && self.glued(j + 1);
            if hyph {
                j += 1;
            }
            let mut fillers = 0;
            while !hyph && fillers < 2 && self.has(j, Class::DurationFiller) {
                j += 1;
                fillers += 1;
            }
            // `between 12 and 18 months`: the first number takes the unit of the second.
            if !hyph
                && fillers == 0
                && amount.is_some_and(|a| a < Decimal::from(1000))
                && !self.is_any(s, &[W::A, W::An])
                && self.is_any(j, &[W::And, W::To, W::Or])
                && let Some((Some(_), k)) = self.amount(j + 1)
                && !self.is_any(j + 1, &[W::A, W::An])
                && let Some((u, true)) = self.wt(k).and_then(words::unit)
                && u != DurUnit::Half
                && !self.has(k + 1, Class::Shift)
            {
                return m(j, Repr::Duration { amount, unit: u });
            }
            // `the 5 upcoming years`, `10 previous weeks`, `the 5 past years`: the count before
            // its deictic.
            if !hyph
                && fillers == 0
                && amount.is_some()
                && (self.wt(j).and_then(words::deictic).is_some_and(|k| k != 0)
                    || self.is(j, W::Past))
                && let Some((u, true)) = self.wt(j + 1).and_then(words::unit)
                && u != DurUnit::Half
            {
                return with_det(m(j + 2, Repr::Duration { amount, unit: u }));
            }
            // `10D`, `3Y`: a unit letter glued to the count.
            if !hyph
                && j == s + 1
                && self.glued(j)
                && amount.is_some()
                && matches!(self.tok(s)?.kind, Kind::Number { .. })
                && let Some(u) = self
                    .wt(j)
                    .and_then(|t| words::unit_letter(t.text(self.text)))
                && self.prev_has(s, Class::BareDurationBefore)
            {
                return m(j + 1, Repr::Duration { amount, unit: u });
            }
            // `4 business days`, `10 working days`: business days.
            let business = !hyph
                && self.is(j, W::Business)
                && self
                    .wt(j + 1)
                    .and_then(words::unit)
                    .is_some_and(|(u, _)| u == DurUnit::Day);
            if business {
                j += 1;
            }
            // `1 night`, `one night` (a stay): one day; a lone `night` is otherwise a part of the
            // day (`Friday night`, `a night trading session`), so only after a count of one.
            let (u, plural, times) = match self.wt(j).and_then(words::unit_count) {
                Some(x) => x,
                None if amount == Some(Decimal::ONE)
                    && !business
                    && !self.is_any(s, &[W::A, W::An])
                    && self.wt(j).and_then(words::day_part)
                        == Some(crate::timex::DayPart::Night)
                    && self
                        .wt(j)
                        .is_some_and(|t| !t.classes.has(Class::RelativeDay)) =>
                {
                    (DurUnit::Day, false, 1)
                }
                // `three weekends`: a count of weekends.
                None if !business && self.is(j, W::Weekends) => (DurUnit::Weekend, true, 1),
                None => return None,
            };
            // A blank line ends the count's paragraph: `21.5⏎⏎Calendar year` is no duration.
            if self
                .toks
                .get(s + 1..=j)
                .is_some_and(|r| r.iter().any(|t| t.gap == finnews_core::lexer::Gap::Block))
            {
                return None;
            }
            let u = if business { DurUnit::BusinessDay } else { u };
            let amount = amount.map(|a| a * Decimal::from(times));
            if u == DurUnit::Half && amount.is_some() {
                return None;
            }
            if hyph && plural {
                return None;
            }
            // `a year earlier` is a date (see r_shift); `year-on-year` is no duration.
            if self.dash(j + 1)
                && self.glued(j + 1)
                && self.is_any(j + 2, &[W::On, W::Over, W::Ago, W::Earlier, W::End, W::Old])
            {
                return None;
            }
            // `300 mln dlrs a year`, `5% a month`: a rate, no duration.
            if s == i
                && self.is_any(s, &[W::A, W::An])
                && self.after_amount(s)
                && !self.has(j + 1, Class::Shift)
                && !self.has(j + 1, Class::BareDurationAfter)
            {
                return None;
            }
            let is_digit = matches!(self.tok(s)?.kind, Kind::Number { .. });
            if is_digit && amount.is_none() {
                return None;
            }
            // `3 days starting next Monday`, `for 2 weeks from May 20`: a period of days.
            // (`the 1987 fiscal year starting on April 1` is a year, no count of years.)
            if !hyph
                && fillers == 0
                && amount.is_some_and(|a| a < Decimal::from(1000))
                && let Some(x) = self.units_from(amount, u, s, j + 1)
            {
                return Some(x);
            }
            // `the nine months ended December 31, 1986`, `the 12 months to March`, `the 52
            // weeks to Dec. 28`: the units up to that day or month.
            if !hyph
                && fillers == 0
                && let Some(x) = self.units_ended(amount, u, j + 1, self.prev_word_is(i, W::The))
            {
                return with_det(Some(x));
            }
            // `the six-month period ended June 30, 2025`
            if hyph
                && u == DurUnit::Month
                && self.is(j + 1, W::Period)
                && let Some(x) = self.months_ended(amount, j + 2)
            {
                return with_det(Some(x));
            }
            // `two years ago` is a date.
            if self.has(j + 1, Class::Shift) && !self.is(j + 2, W::Than) {
                return None;
            }
            if self.is_any(j + 1, &[W::After, W::From, W::Before])
                && self
                    .phrase(j + 2, MAX_DEPTH - 1)
                    .is_some_and(|b| matches!(b.repr, Repr::Day { part: None, .. }))
            {
                return None;
            }
            // `the 1986 year` is no duration of 1986 years.
            if !hyph && !plural && amount.is_some_and(|a| a >= Decimal::from(1000)) {
                return None;
            }
            // `2 years and 3 months`, `3 weeks 2 days`: one duration of several units (a shift
            // when `ago` or `later` follows: see `shift`).
            if !hyph
                && let Some(a) = amount
                && let Some((parts, e)) = self.more_parts(a, u, j + 1)
            {
                if self.has(e, Class::Shift) {
                    return None;
                }
                return with_det(m(e, Repr::Compound(parts)));
            }
            let x = m(j + 1, Repr::Duration { amount, unit: u });
            return if hyph { x } else { with_det(x) };
        }
        // Bare plurals after `for`/`over`/`within`: `for years`.
        let (u, true) = self.wt(i).and_then(words::unit)? else {
            return None;
        };
        let after = self.has(i + 1, Class::BareDurationAfter);
        if s == i && (after || self.prev_has(i, Class::BareDurationBefore)) {
            return m(
                i + 1,
                Repr::Duration {
                    amount: None,
                    unit: u,
                },
            );
        }
        None
    }

    /// After a count of units (`amount` of `u`, its first token `s`) at token `e`: `starting X`,
    /// `starting from X`, `beginning on X`, or `from X` after a duration's verb or `for` (`for 3
    /// days from today`, `took two weeks, from May 20`), X a day: the period of that many units
    /// from that day, the interval of its first and last days.
    fn units_from(&self, amount: Option<Decimal>, u: DurUnit, s: usize, e: usize) -> Option<M> {
        let n = amount?
            .to_u32()
            .filter(|&n| n > 0 && Some(Decimal::from(n)) == amount)?;
        let mut k = e;
        if self.punct(k, ',') {
            k += 1;
        }
        if self.is(k, W::Starting) {
            k += 1;
            if self.is_any(k, &[W::From, W::On]) {
                k += 1;
            }
        } else if self.is(k, W::From) && self.prev_has(s, Class::BareDurationBefore) {
            k += 1;
        } else {
            return None;
        }
        let x = self.phrase(k, MAX_DEPTH - 1)?;
        let Repr::Day {
            date: first,
            part: None,
        } = x.repr
        else {
            return None;
        };
        let after = match u {
            DurUnit::Day => first.checked_add_days(Days::new(u64::from(n))),
            DurUnit::Week => first.checked_add_days(Days::new(7 * u64::from(n))),
            DurUnit::Month => first.checked_add_months(chrono::Months::new(n)),
            DurUnit::Year => first.checked_add_months(chrono::Months::new(n.checked_mul(12)?)),
            _ => None,
        }?;
        let last = after.pred_opt()?;
        m(
            x.end,
            Repr::Interval {
                first: Form::Day {
                    date: first,
                    part: None,
                },
                last: Form::Day {
                    date: last,
                    part: None,
                },
            },
        )
    }

    /// After a count of months at token `e`: `ended`/`ending` (after an optional comma, and
    /// `in` before a month) and a day or month: the interval of the `amount` months that end
    /// with that one (`six months ended June 30, 2024` → `2024-01/2024-06`).
    fn months_ended(&self, amount: Option<Decimal>, e: usize) -> Option<M> {
        self.units_ended(amount, DurUnit::Month, e, false)
    }

    /// The end a period is named by, after a count of units or a unit word at token `e`:
    /// `ended`/`ending`/`ends` (after an optional comma, and `in` before a month), or, when
    /// `to_ok` (the count comes after `the`: `the 12 months to March`), `to`/`through`/`thru`;
    /// then a day (`June 30, 2024`, `Dec. 28`, `Friday`) or a month (`March`, `end-June`). Gives
    /// the end's day (its month's last day otherwise), whether a day is named (a day or
    /// `end-June`), and where the end ends.
    fn period_end_at(&self, e: usize, to_ok: bool) -> Option<(NaiveDate, bool, usize)> {
        let mut k = e;
        if self.punct(k, ',') && self.is_any(k + 1, &[W::Ended, W::Ending]) {
            k += 1;
        }
        let to = self.is_any(k, &[W::To, W::Through, W::Thru]);
        if !(self.is_any(k, &[W::Ended, W::Ending, W::Ends]) || (to_ok && to)) {
            return None;
        }
        k += 1;
        if !to && self.is(k, W::In) {
            k += 1;
        }
        let x = match self.r_month(k) {
            Some(x) => x,
            // `to end-June`, `through Friday`, `ending yesterday`
            None => self
                .phrase(k, MAX_DEPTH - 1)
                .filter(|x| matches!(x.modifier, None | Some(Mod::End)))?,
        };
        match x.repr {
            Repr::Day { date, part: None } => Some((date, true, x.end)),
            // `end-June` names the month's last day.
            Repr::Month {
                year: Some(y),
                month,
            } => Some((month_range(y, month)?.1, x.modifier.is_some(), x.end)),
            _ => None,
        }
    }

    /// After a count of units (`amount` of `u`) at token `e`, the end that names the period
    /// ([`Cx::period_end_at`]): the interval of those units up to it. Months and years give
    /// months (`six months ended June 30, 2024` → `2024-01/2024-06`, `the three years to
    /// end-September`), weeks and days give days (`the 52 weeks to Dec. 28`, `the four weeks
    /// ending July 13`).
    fn units_ended(&self, amount: Option<Decimal>, u: DurUnit, e: usize, to_ok: bool) -> Option<M> {
        let n = amount?
            .to_u32()
            .filter(|&n| n >= 1 && Some(Decimal::from(n)) == amount)?;
        let months = match u {
            DurUnit::Month if (2..=24).contains(&n) => Some(n),
            DurUnit::Quarter if (2..=8).contains(&n) => Some(3 * n),
            DurUnit::Year if (2..=10).contains(&n) => Some(12 * n),
            DurUnit::Week | DurUnit::Day if (2..=400).contains(&n) => None,
            _ => return None,
        };
        let (end, is_day, x_end) = self.period_end_at(e, to_ok)?;
        if let Some(n) = months {
            return self.months_to(n, end, x_end);
        }
        // Weeks and days need the day they end on.
        if !is_day {
            return None;
        }
        let days = if u == DurUnit::Week { 7 * n } else { n };
        let first = end.checked_sub_days(Days::new(u64::from(days - 1)))?;
        m(
            x_end,
            Repr::Interval {
                first: Form::Day {
                    date: first,
                    part: None,
                },
                last: Form::Day {
                    date: end,
                    part: None,
                },
            },
        )
    }

    /// The interval of the `n` months whose last is the month of `end`, the phrase ending
    /// before token `x_end`.
    fn months_to(&self, n: u32, end: NaiveDate, x_end: usize) -> Option<M> {
        let last = ymd(end.year(), end.month(), 1)?;
        let first = last.checked_sub_months(chrono::Months::new(n.checked_sub(1)?))?;
        let month = |d: NaiveDate| {
            Some(Form::Month {
                year: Some(d.year()),
                month: u8::try_from(d.month()).ok()?,
            })
        };
        m(
            x_end,
            Repr::Interval {
                first: month(first)?,
                last: month(last)?,
            },
        )
    }

    /// `on 29th`: that day of the month nearest the reference (an ordinal written with its
    /// suffix, nothing after it).
    fn r_on_day(&self, i: usize) -> Option<M> {
        let (d, e) = self.ordinal(i)?;
        if e < i + 2 || self.next_is_word_or_number(e) || !self.prev_word_is(i, W::On) {
            return None;
        }
        m(e, self.day_of_nearest_month(d)?)
    }

    /// After a duration's first part (`a` of `u`) at token `e`: further parts in ever smaller
    /// units of a day or more, each a whole count, joined by nothing, `,` or `and` (`2 years 1
    /// month 21 days`, `3 months and 2 weeks`): all the parts and the token after them; `None`
    /// when there is no second part.
    fn more_parts(&self, a: Decimal, u: DurUnit, e: usize) -> Option<(Parts, usize)> {
        let index = |u: DurUnit| Parts::UNITS[..4].iter().position(|&x| x == u);
        let mut last = index(u)?;
        // Cheap refusal: a compound goes on with `and`, `,` or a count.
        if !(self.is(e, W::And)
            || self.punct(e, ',')
            || matches!(self.tok(e).map(|t| t.kind), Some(Kind::Number { .. }))
            || self.has(e, Class::NumberWord)
            || self.is_any(e, &[W::A, W::An]))
        {
            return None;
        }
        let mut parts = Parts::default().add(a.to_u16().filter(|_| a.fract().is_zero())?, u)?;
        let mut e = e;
        let mut n = 1;
        while n < 4 {
            let k = if self.is(e, W::And) || self.punct(e, ',') {
                e + 1
            } else {
                e
            };
            let Some((Some(a), j)) = self.amount(k) else {
                break;
            };
            let Some((u, _)) = self.wt(j).and_then(words::unit) else {
                break;
            };
            let Some(ix) = index(u).filter(|&ix| ix > last) else {
                break;
            };
            let Some(p) = a
                .to_u16()
                .filter(|_| a.fract().is_zero())
                .and_then(|a| parts.add(a, u))
            else {
                break;
            };
            parts = p;
            last = ix;
            e = j + 1;
            n += 1;
        }
        (n >= 2).then_some((parts, e))
    }

    /// A holiday's name at token `i` (its first word is a date trigger): its rule and the
    /// token after the name.
    fn holiday_at(&self, i: usize) -> Option<(finnews_core::lexicon::HolidayRule, usize)> {
        let t = self.wt(i)?;
        if !t.classes.has(Class::DateTrigger) {
            return None;
        }
        let (rule, end) = words::holiday(self.text, t.span.start())?;
        Some((rule, self.after_byte(i, end)?))
    }

    /// `Christmas`, `Easter 2018`, `Thanksgiving of 2023`, `Independence Day of this year`:
    /// the holiday in the year written, else the one nearest the reference.
    fn r_holiday(&self, i: usize) -> Option<M> {
        let (rule, _) = self.holiday_at(i)?;
        let x = self.holiday_day(i)?;
        // `Labor Day weekend`, `Halloween weekend 2021`, `Labor Day 2021 weekend`.
        if self.is(x.end, W::Weekend)
            && let Repr::Day { date, .. } = x.repr
        {
            if !self.writes_year(i, x.end)
                && let Some(y) = self.year4(x.end + 1)
            {
                return m(x.end + 2, holiday_weekend(words::holiday_date(rule, y)?)?);
            }
            return m(x.end + 1, holiday_weekend(date)?);
        }
        Some(x)
    }

    /// `weekend of Thanksgiving 2023`, `the weekend of Halloween`: the holiday's weekend.
    fn r_weekend(&self, i: usize) -> Option<M> {
        if !self.is(i, W::Weekend) || !self.is(i + 1, W::Of) {
            return None;
        }
        let x = self.holiday_day(i + 2)?;
        let Repr::Day { date, .. } = x.repr else {
            return None;
        };
        with_det(m(x.end, holiday_weekend(date)?))
    }

    /// The weekend nearest the reference day: its own on a Saturday or Sunday, else the one
    /// before it up to a Wednesday and the next one from a Thursday.
    fn nearest_weekend(&self) -> Option<Repr> {
        let r = self.ref_day()?;
        let wd = i64::from(r.weekday().num_days_from_monday());
        let sat = if wd >= 5 || wd + 1 > 5 - wd {
            shift_days(r, 5 - wd)?
        } else {
            shift_days(r, -(wd + 2))?
        };
        let w = sat.iso_week();
        Some(Repr::Weekend {
            year: w.year(),
            week: u8::try_from(w.week()).ok()?,
        })
    }

    /// The holiday's day at `i` (in the year written, else nearest the reference).
    fn holiday_day(&self, i: usize) -> Option<M> {
        let (rule, j) = self.holiday_at(i)?;
        let day = |date| Repr::Day { date, part: None };
        let mut e = j;
        if (self.is(e, W::Of) || self.punct(e, ',')) && self.year4(e + 1).is_some() {
            e += 1;
        }
        if let Some(y) = self.year4(e) {
            return m(e + 1, day(words::holiday_date(rule, y)?));
        }
        // `of this year`, `of next year`
        if self.is(j, W::Of)
            && let Some(k) = self.wt(j + 1).and_then(words::deictic)
            && self
                .wt(j + 2)
                .and_then(words::unit)
                .is_some_and(|u| u == (DurUnit::Year, false))
            && let Some(r) = self.reference()
        {
            return m(j + 3, day(words::holiday_date(rule, r.year() + k)?));
        }
        match self.nearest(|y| words::holiday_date(rule, y).map(|d| (d, d))) {
            Some(y) => m(j, day(words::holiday_date(rule, y)?)),
            None => match rule {
                finnews_core::lexicon::HolidayRule::Fixed { month, day } => {
                    m(j, Repr::MonthDay { month, day })
                }
                _ => None,
            },
        }
    }

    /// The item of a coordinated shift that ends right before token `s`, the next item's first
    /// token (`two` in `two or three years ago`, `five` in `three, five or ten years ago`, whose
    /// anchor is the last item's unit): its first token and its phrase. A comma joins the
    /// item only when `comma` (an item before another one: the last joins with `and`/`or`).
    pub(crate) fn shift_before(&self, s: usize, comma: bool) -> Option<(usize, M)> {
        let c = s.checked_sub(1)?;
        if !(self.is_any(c, &[W::And, W::Or]) || (comma && self.punct(c, ','))) {
            return None;
        }
        (s.saturating_sub(5)..c).find_map(|k| {
            self.shift(k, false)
                .filter(|x| x.end + 1 == s)
                .map(|x| (k, x))
        })
    }

    /// The next count of a coordination of counts whose connector is token `j` (`and`, `or`,
    /// or a comma before a count: `three, five or ten years ago`) and the token after the
    /// list's last count, where its unit is; the counts grow (`5 and 10`, not `10 and 5`), at
    /// most four follow.
    fn coordinated_count(&self, j: usize) -> Option<(Decimal, usize)> {
        let mut j = j;
        let mut first = None;
        let mut prev = Decimal::ZERO;
        for _ in 0..4 {
            let comma = self.punct(j, ',');
            if !comma && !self.is_any(j, &[W::And, W::Or]) {
                return None;
            }
            let (Some(b), k) = self.amount(j + 1)? else {
                return None;
            };
            if self.is_any(j + 1, &[W::A, W::An]) || b <= prev {
                return None;
            }
            prev = b;
            let b0 = *first.get_or_insert(b);
            if !comma && self.has(k, Class::TimeUnit) {
                return Some((b0, k));
            }
            j = k;
        }
        None
    }

    /// `two years ago`, `a year earlier`, `three months later`.
    fn r_shift(&self, i: usize) -> Option<M> {
        self.shift(i, false)
    }

    /// A shift at `i`; `from_now`: also `two weeks from now`, counted from the reference day
    /// (only inside a compound: alone, `N years from now` is a duration and `now`, as TimeML
    /// reads them).
    fn shift(&self, i: usize, from_now: bool) -> Option<M> {
        let (amount, j) = self.count(i)?;
        // `two or three years ago`, `5 and 10 years later`: the first count of a coordination
        // takes the unit and the shift of the second (one mention per item, as `between 12 and
        // 18 months` gives two durations).
        if !self.is_any(i, &[W::A, W::An])
            && let Some((b, k)) = self.coordinated_count(j)
            && let Some((u, _, times)) = self.wt(k).and_then(words::unit_count)
            && let Some(sh) = self.wt(k + 1).and_then(words::shift)
            && !self.is(k + 2, W::Than)
            && let Some(a) = amount
            && a > Decimal::ZERO
            && a < b
            && b < Decimal::from(1000)
        {
            let n = a.to_i32()?.checked_mul(i32::from(times))?;
            if Decimal::from(a.to_i32()?) != a {
                return None;
            }
            return m(j, self.rel(u, n.checked_mul(sh)?)?);
        }
        let (u, _, times) = self.wt(j).and_then(words::unit_count)?;
        let n = amount?.to_i32()?.checked_mul(i32::from(times))?;
        // `2 weeks and 2 days ago`, `1 year 3 months later`: the reference day moved by each.
        if let Some((parts, e)) = self.more_parts(Decimal::from(n), u, j + 1)
            && let Some(k) = self.wt(e).and_then(words::shift)
            && !self.is(e + 1, W::Than)
        {
            let Some(mut date) = self.ref_day() else {
                // No reference day: the finest unit's unresolved form (`XXXX-XX-XX`).
                let finest = Parts::UNITS
                    .into_iter()
                    .zip(parts.0)
                    .filter(|&(_, n)| n != 0)
                    .map(|(u, _)| u)
                    .next_back()?;
                let repr = match finest {
                    DurUnit::Year => Repr::UnknownYear,
                    u => Repr::Unresolved(Cal::of(u)?),
                };
                return m(e + 1, repr);
            };
            let mut finest = DurUnit::Year;
            for (&n, unit) in parts.0.iter().zip(Parts::UNITS) {
                if n == 0 {
                    continue;
                }
                finest = unit;
                let steps = i64::from(n) * i64::from(k);
                date = match unit {
                    DurUnit::Year | DurUnit::Month => {
                        let months = if unit == DurUnit::Year {
                            steps * 12
                        } else {
                            steps
                        };
                        let mm = chrono::Months::new(u32::try_from(months.unsigned_abs()).ok()?);
                        if months >= 0 {
                            date.checked_add_months(mm)?
                        } else {
                            date.checked_sub_months(mm)?
                        }
                    }
                    DurUnit::Week => shift_days(date, steps * 7)?,
                    DurUnit::Day => shift_days(date, steps)?,
                    _ => return None,
                };
            }
            let repr = match finest {
                DurUnit::Month => Repr::Month {
                    year: Some(date.year()),
                    month: u8::try_from(date.month()).ok()?,
                },
                DurUnit::Week => {
                    let w = date.iso_week();
                    Repr::Week {
                        year: w.year(),
                        week: u8::try_from(w.week()).ok()?,
                    }
                }
                _ => Repr::Day { date, part: None },
            };
            return m(e + 1, repr);
        }
        let w = self.wt(j + 1)?;
        // `two days after today`, `three weeks from tomorrow`, `2 days before May 5`
        let sign = if self.is_any(j + 1, &[W::After, W::From]) {
            Some(1)
        } else if self.is(j + 1, W::Before) {
            Some(-1)
        } else {
            None
        };
        if let Some(sign) = sign {
            let base = self.phrase(j + 2, MAX_DEPTH - 1)?;
            let date = match base.repr {
                Repr::Day { date, part: None } => date,
                Repr::PresentRef if from_now && self.is(j + 2, W::Now) => self.ref_day()?,
                _ => return None,
            };
            let steps = n.checked_mul(sign)?;
            let date = match u {
                DurUnit::Day => shift_days(date, i64::from(steps))?,
                DurUnit::Week => shift_days(date, i64::from(steps) * 7)?,
                DurUnit::Month | DurUnit::Year => {
                    let months = if u == DurUnit::Year {
                        steps.checked_mul(12)?
                    } else {
                        steps
                    };
                    let mm = chrono::Months::new(months.unsigned_abs());
                    if months >= 0 {
                        date.checked_add_months(mm)?
                    } else {
                        date.checked_sub_months(mm)?
                    }
                }
                _ => return None,
            };
            // `3 weeks after Christmas on Friday`: that weekday of the week the shift lands in.
            if self.is(base.end, W::On)
                && let Some((d, e, _)) = self.weekday(base.end + 1)
            {
                let date = weekday_in_week(date, d)?;
                return m(e, Repr::Day { date, part: None });
            }
            return m(base.end, Repr::Day { date, part: None });
        }
        let k = words::shift(w)?;
        // `a month earlier than usual` compares lengths: a duration.
        if self.is(j + 2, W::Than) {
            return None;
        }
        let x = m(j + 2, self.rel(u, n.checked_mul(k)?)?);
        // `a year ago`, `a year earlier`: compared with the period the sentence is about.
        if n == 1 && k < 0 && u == DurUnit::Year {
            return as_anchor(x, Anchor::Any);
        }
        x
    }

    /// `15:00 GMT Saturday`, `10 a.m.`, `8 PM today`: a clock time on a day (the day named
    /// after it, else the reference day).
    fn r_clock(&self, i: usize) -> Option<M> {
        let (h, hn) = self.plain(i)?;
        if hn > 2 || h > 23 {
            return None;
        }
        let mut j = i + 1;
        let mut minute = 0;
        let mut colon = false;
        if self.punct(j, ':') && self.glued(j) && self.glued(j + 1) {
            let (mi, mn) = self.plain(j + 1)?;
            if mn != 2 || mi > 59 {
                return None;
            }
            minute = mi;
            colon = true;
            j += 2;
            if self.punct(j, ':') && self.glued(j) {
                return None; // `3:07:35` is a duration or a score
            }
        }
        // a.m. / p.m. / am / pm
        let mut hour = h;
        let mut meridiem = false;
        let (am, pm, dotted) = (
            self.is_any(j, &[W::Am, W::A]),
            self.is_any(j, &[W::Pm, W::P]),
            self.is_any(j, &[W::A, W::P]),
        );
        let dotted_ok = dotted && self.punct(j + 1, '.') && self.is(j + 2, W::M);
        if (am || pm) && (!dotted || dotted_ok) {
            meridiem = true;
            if h == 0 || h > 12 {
                return None;
            }
            if pm && h < 12 {
                hour += 12;
            } else if am && h == 12 {
                hour = 0;
            }
            j += if dotted { 3 } else { 1 };
            if dotted && self.punct(j, '.') && self.glued(j) {
                j += 1;
            }
        }
        if !colon && !meridiem {
            return None;
        }
        if self.has(j, Class::TimeZone) {
            j += 1;
        }
        // A day after it on the same line: `Saturday`, `today`, `March 23` (a time that ends a
        // line, as in a page's `2026/12/01 15:32`, leaves the next line's day alone).
        let same_line = self.toks.get(j).is_some_and(|t| {
            !matches!(
                t.gap,
                finnews_core::lexer::Gap::Wrap | finnews_core::lexer::Gap::Block
            )
        });
        let (date, end) = match same_line
            .then(|| self.phrase(j, MAX_DEPTH - 1))
            .flatten()
            .filter(|d| matches!(d.repr, Repr::Day { part: None, .. }))
        {
            Some(M {
                end,
                repr: Repr::Day { date, .. },
                ..
            }) => (date, end),
            _ => (self.ref_day()?, j),
        };
        m(
            end,
            Repr::DayTime {
                date,
                hour: u8::try_from(hour).ok()?,
                minute: u8::try_from(minute).ok()?,
            },
        )
    }
}

/// The value of a digit run (ASCII or full-width), if it fits.
pub(crate) fn digits_value(s: &str) -> Option<u32> {
    // ASCII digits that fit (nearly every number): no decoding, no overflow checks.
    let b = s.as_bytes();
    if (1..=9).contains(&b.len()) && b.iter().all(u8::is_ascii_digit) {
        return Some(b.iter().fold(0, |v, &c| v * 10 + u32::from(c - b'0')));
    }
    let mut v: u32 = 0;
    let mut any = false;
    for c in s.chars() {
        let d = if c.is_ascii_digit() {
            c as u32 - '0' as u32
        } else if ('\u{FF10}'..='\u{FF19}').contains(&c) {
            c as u32 - 0xFF10
        } else {
            return None;
        };
        v = v.checked_mul(10)?.checked_add(d)?;
        any = true;
    }
    any.then_some(v)
}

/// Reads a two-digit year: `23` is 2023, `86` is 1986.
/// Month and day of a slashed pair without a year (`22/04`, `11/20`), when it cannot be a
/// fraction: a second number written with a leading zero (`04`), a first number above 12
/// (`22/4`, day first), or a second above 12 (`11/20`, month first) but never a fraction's
/// sixteenths.
fn pair_month_day(a: u32, b: u32, zero: bool, day_first: bool) -> Option<(u32, u32)> {
    let month = 1..=12;
    let day = 1..=31;
    let (first, second) = if day_first {
        ((b, a), (a, b))
    } else {
        ((a, b), (b, a))
    };
    let fits = |(mo, d): (u32, u32)| month.contains(&mo) && day.contains(&d);
    if zero {
        return [first, second].into_iter().find(|&x| fits(x));
    }
    if a > 12 && month.contains(&b) && day.contains(&a) {
        return Some((b, a));
    }
    if month.contains(&a) && b > 12 && day.contains(&b) && b != 16 {
        return Some((a, b));
    }
    None
}

/// ISO week `n` of year `y`, when the year has it.
fn week_of(y: i32, n: u32) -> Option<Repr> {
    NaiveDate::from_isoywd_opt(y, n, chrono::Weekday::Mon)?;
    Some(Repr::Week {
        year: y,
        week: u8::try_from(n).ok()?,
    })
}

/// The weekend a holiday falls in or, for a Monday holiday, ends (`Labor Day weekend`).
fn holiday_weekend(date: NaiveDate) -> Option<Repr> {
    let w = date.pred_opt()?.iso_week();
    Some(Repr::Weekend {
        year: w.year(),
        week: u8::try_from(w.week()).ok()?,
    })
}

pub(crate) fn two_digit_year(v: u32) -> i32 {
    let v = v as i32 % 100;
    if v < 70 { 2000 + v } else { 1900 + v }
}

/// Weekday `d` (1 = Monday) of the ISO week (Monday to Sunday) holding `date`.
fn weekday_in_week(date: NaiveDate, d: u8) -> Option<NaiveDate> {
    let monday = i64::from(date.weekday().num_days_from_monday());
    shift_days(date, i64::from(d) - 1 - monday)
}

/// Whether `b` (the text right after a number) opens the fraction of a mixed number: a hyphen,
/// one or two digits and a `/` (`-1/2`), read as bytes before any token is asked.
fn mixed_shape(b: Option<&[u8]>) -> bool {
    match b {
        Some([b'-', d, b'/', ..]) => d.is_ascii_digit(),
        Some([b'-', d, e, b'/', ..]) => d.is_ascii_digit() && e.is_ascii_digit(),
        _ => false,
    }
}

fn shift_days(d: NaiveDate, k: i64) -> Option<NaiveDate> {
    if k >= 0 {
        d.checked_add_days(Days::new(k.unsigned_abs()))
    } else {
        d.checked_sub_days(Days::new(k.unsigned_abs()))
    }
}

/// Period helpers that do not need the context.
struct Timexish;

impl Timexish {
    fn season(y: i32, s: Season) -> Option<(NaiveDate, NaiveDate)> {
        let start = match s {
            Season::Spring => 3,
            Season::Summer => 6,
            Season::Fall => 9,
            Season::Winter => 12,
        };
        let f = ymd(y, start, 1)?;
        Some((f, f.checked_add_months(chrono::Months::new(3))?.pred_opt()?))
    }
}
