//! Linking values to metrics, subjects and periods.
//!
//! One pass copies the tokens of the sentences that matter and marks, per token, the item
//! covering it and its sentence; a second pass, over the few tokens that can start a cue phrase
//! or end a clause, marks the cue phrases and the clause segments and files each cue word and
//! each date under what the linker looks for ([`Marks`]). Each quantity item is then read by
//! bounded scans around it (a fixed number of tokens) and by lookups in those marks (the nearest
//! date, movement word, status word... before or after a token: a binary search, never a walk
//! over the window), so the cost is linear in the text, whatever the density of values.
//!
//! The buffers are kept per thread and reused by the next document.

use std::cell::Cell;

use finnews_core::Span;
use finnews_core::lexer::{Kind, Lexer, Token};
use finnews_core::lexicon::{Class, Lexicon, lexicon};
use finnews_core::tables::facts::{CJK_PLACE_ENDS, CJK_PLACE_NOT_BEFORE};
use finnews_segment::{Block, BlockKind, Sentence};

use crate::cues::{Cues, phrases};
use crate::types::{
    Basis, Direction, Fact, Item, ItemKind, Period, PeriodOffset, Phrase, Role, Status,
};

const NONE: u32 = u32::MAX;
/// The word id of a token no cue phrase holds.
const NO_WORD: u16 = u16::MAX;
/// How far (in tokens) a scan around a value reaches.
const WINDOW: usize = 160;
/// The longest noun phrase taken as a metric, in tokens.
const MAX_NP: usize = 16;

/// A token index as stored (`u32`; [`NONE`] past the end of what fits).
#[inline]
fn ix(i: usize) -> u32 {
    u32::try_from(i).unwrap_or(NONE)
}

/// One token with what the linker needs of it.
#[derive(Debug, Clone, Copy)]
struct Tok {
    span: Span,
    kind: Kind,
    /// Its word's id among the cue words ([`crate::cues::words`]), or [`NO_WORD`].
    fid: u16,
    /// The item covering it.
    item: u32,
    /// Its sentence.
    sent: u32,
    /// The cues of the phrase starting here (empty inside a phrase).
    cue: Cues,
    /// For a token inside a phrase: the phrase's first token.
    head: u32,
    /// For a token starting a phrase: the token after its end.
    end: u32,
}

impl Tok {
    /// The linker's view of a lexer token of sentence `sent`.
    #[inline(always)]
    fn of(t: &Token, sent: u32, lx: &Lexicon) -> Tok {
        let fid = if t.classes.has(Class::FactCue) && matches!(t.kind, Kind::Word | Kind::Cjk(_)) {
            t.entry
                .and_then(|e| lx.row(e, Class::FactCue))
                .and_then(|r| u16::try_from(r).ok())
                .unwrap_or(NO_WORD)
        } else {
            NO_WORD
        };
        Tok {
            span: t.span,
            kind: t.kind,
            fid,
            item: NONE,
            sent,
            cue: Cues::NONE,
            head: NONE,
            end: NONE,
        }
    }
}

/// Whether the second pass must look at a token that is no cue word: it may end a clause or
/// end a status (a semicolon).
#[inline(always)]
fn may_mark_kind(kind: Kind) -> bool {
    match kind {
        Kind::Punct(c) => is_boundary_punct(c),
        Kind::Symbol(c) => matches!(c, ';' | '；'),
        _ => false,
    }
}

/// A segment of a sentence: between clause punctuation and clause or comparison words.
#[derive(Debug, Clone, Copy, Default)]
struct Seg {
    /// Opened by a comparison word (`than`, `from`, `vs`, `since`).
    compare: bool,
    /// Opened by `from` (the earlier side of a movement).
    from: bool,
}

/// Token indices where something the linker looks for is, ascending: the nearest one before
/// or after a token is a binary search away.
#[derive(Debug, Default)]
struct Marks(Vec<u32>);

impl Marks {
    #[inline]
    fn push(&mut self, i: usize) {
        self.0.push(ix(i));
    }

    /// The last mark before token `i`.
    #[inline]
    fn before(&self, i: usize) -> Option<usize> {
        let p = self.0.partition_point(|&m| (m as usize) < i);
        p.checked_sub(1).map(|p| self.0[p] as usize)
    }

    /// The last mark in `lo..i`.
    #[inline]
    fn last_in(&self, lo: usize, i: usize) -> Option<usize> {
        self.before(i).filter(|&k| k >= lo)
    }

    /// The first mark at or after token `i`.
    #[inline]
    fn from(&self, i: usize) -> Option<usize> {
        let p = self.0.partition_point(|&m| (m as usize) < i);
        self.0.get(p).map(|&m| m as usize)
    }

    /// The first mark in `i..hi`.
    #[inline]
    fn first_in(&self, i: usize, hi: usize) -> Option<usize> {
        self.from(i).filter(|&k| k < hi)
    }
}

/// The cue words and dates of a document, filed by what the linker asks about them. Cue marks
/// are phrase heads (the tokens a walk over phrases stops at).
#[derive(Debug, Default)]
struct Index {
    /// Tokens of date items.
    date: Marks,
    /// Tokens of date items that can be a period (not the other side of a comparison).
    period_date: Marks,
    /// Tokens of quantity items.
    quantity: Marks,
    /// Clause words, status words (`expects`, `target`, `if`) and semicolons.
    status: Marks,
    /// Words of a direction (`UP`, `DOWN`).
    direction: Marks,
    /// Movement words (`CHANGE`).
    change: Marks,
    /// Basis phrases (`year on year`, `month on month`, `since the start of`).
    basis: Marks,
    /// Basis phrases and comparison words.
    versus: Marks,
    /// The words a CJK metric comes before (topic particles, verbs, movement, level, rank and
    /// share words).
    governing: Marks,
    /// Verbs.
    verb: Marks,
    /// Present-tense state words that are not level words.
    present: Marks,
    /// Market or movement verbs that are not movement nouns (a market report's topic).
    market: Marks,
}

impl Index {
    fn clear(&mut self) {
        for m in [
            &mut self.date,
            &mut self.period_date,
            &mut self.quantity,
            &mut self.status,
            &mut self.direction,
            &mut self.change,
            &mut self.basis,
            &mut self.versus,
            &mut self.governing,
            &mut self.verb,
            &mut self.present,
            &mut self.market,
        ] {
            m.0.clear();
        }
    }

    /// Files the phrase head at token `i` with cues `c` (heads come in order).
    #[inline]
    fn head(&mut self, i: usize, c: Cues) {
        let basis = Cues::YEAR_ON_YEAR | Cues::PERIOD_ON_PERIOD | Cues::SINCE_START;
        // Most heads are function words (`the`, `of`, `in`) filed under nothing.
        if !c.any(filed()) {
            return;
        }
        if c.any(Cues::CLAUSE | Cues::CONDITIONAL | Cues::TARGET | Cues::FORECAST) {
            self.status.push(i);
        }
        if c.any(Cues::UP | Cues::DOWN) {
            self.direction.push(i);
        }
        if c.has(Cues::CHANGE) {
            self.change.push(i);
        }
        if c.any(basis) {
            self.basis.push(i);
        }
        if c.any(basis | Cues::COMPARE) {
            self.versus.push(i);
        }
        if c.any(governing()) {
            self.governing.push(i);
        }
        if c.has(Cues::VERB) {
            self.verb.push(i);
        }
        if c.has(Cues::PRESENT) && !c.has(Cues::LEVEL) {
            self.present.push(i);
        }
        let moves = c.has(Cues::MARKET) || (c.has(Cues::VERB) && c.any(Cues::UP | Cues::DOWN));
        if moves && !c.has(Cues::CHANGE_NOUN) {
            self.market.push(i);
        }
    }
}

/// The cues [`Index::head`] files a phrase head under.
#[inline]
fn filed() -> Cues {
    Cues::CLAUSE
        | Cues::CONDITIONAL
        | Cues::TARGET
        | Cues::FORECAST
        | Cues::UP
        | Cues::DOWN
        | Cues::CHANGE
        | Cues::YEAR_ON_YEAR
        | Cues::PERIOD_ON_PERIOD
        | Cues::SINCE_START
        | Cues::COMPARE
        | governing()
        | Cues::PRESENT
        | Cues::MARKET
}

/// The words a CJK metric comes before.
#[inline]
fn governing() -> Cues {
    Cues::TOPIC | Cues::VERB | Cues::CHANGE | Cues::LEVEL | Cues::RANK | Cues::SHARE
}

/// The linker's buffers, kept per thread and reused by the next document.
#[derive(Debug, Default)]
struct Buffers {
    toks: Vec<Tok>,
    segs: Vec<Seg>,
    seg_start: Vec<u32>,
    item_toks: Vec<(usize, usize)>,
    sent_toks: Vec<(usize, usize)>,
    sent_kind: Vec<BlockKind>,
    anchor: Vec<bool>,
    /// Item indices by start.
    order: Vec<usize>,
    /// Tokens the second pass looks at.
    marked: Vec<u32>,
    /// The items sorted by start, when they do not come so.
    sorted: Vec<Item>,
    /// Tokens of a sentence lexed alone.
    lexed: Vec<Token>,
    index: Index,
}

thread_local! {
    /// The linker's buffers, reused across documents on one thread.
    static BUFFERS: Cell<Option<Box<Buffers>>> = const { Cell::new(None) };
}

/// The thread's buffers, empty (new ones if they are in use).
fn take_buffers() -> Box<Buffers> {
    let mut b = BUFFERS.with(Cell::take).unwrap_or_default();
    b.toks.clear();
    b.segs.clear();
    b.seg_start.clear();
    b.item_toks.clear();
    b.sent_toks.clear();
    b.sent_kind.clear();
    b.anchor.clear();
    b.order.clear();
    b.marked.clear();
    b.sorted.clear();
    b.lexed.clear();
    b.index.clear();
    b
}

/// Gives the buffers back for the next document (not a huge one's).
fn give_buffers(b: Box<Buffers>) {
    if b.toks.capacity() <= 1 << 16 && b.marked.capacity() <= 1 << 16 {
        BUFFERS.with(|c| c.set(Some(b)));
    }
}

struct Doc<'a, 'b> {
    text: &'a str,
    items: &'b [Item],
    toks: Vec<Tok>,
    segs: Vec<Seg>,
    /// The first token of each segment (ascending; segment 0 is empty).
    seg_start: Vec<u32>,
    /// The segment [`Doc::seg_of`] found last.
    seg_hint: Cell<usize>,
    /// A run of values side by side too long for a table row (positions in `order`).
    long_run: Cell<(usize, usize)>,
    /// Token range of each item.
    item_toks: Vec<(usize, usize)>,
    /// Token range of each sentence.
    sent_toks: Vec<(usize, usize)>,
    /// Block kind of each sentence.
    sent_kind: Vec<BlockKind>,
    /// Whether a date item is the other side of a comparison.
    anchor: Vec<bool>,
    /// Item indices by start.
    order: Vec<usize>,
    index: Index,
    /// The rest of the buffers, handed back at the end.
    spare: Box<Buffers>,
}

fn is_boundary_punct(c: char) -> bool {
    matches!(
        c,
        ',' | ';'
            | ':'
            | '('
            | ')'
            | '['
            | ']'
            | '，'
            | '；'
            | '：'
            | '（'
            | '）'
            | '、'
            | '。'
            | '!'
            | '?'
            | '！'
            | '？'
            | '【'
            | '】'
            | '"'
            | '“'
            | '”'
            | '—'
    )
}

fn is_open_paren(c: char) -> bool {
    matches!(c, '(' | '（' | '[' | '【')
}

impl<'a, 'b> Doc<'a, 'b> {
    fn new(
        text: &'a str,
        tokens: &[Token],
        sentences: &[Sentence],
        blocks: &[Block],
        items: &'b [Item],
    ) -> Doc<'a, 'b> {
        let mut spare = take_buffers();
        let mut toks = std::mem::take(&mut spare.toks);
        let mut sent_toks = std::mem::take(&mut spare.sent_toks);
        let mut marked = std::mem::take(&mut spare.marked);
        read_sentences(
            text,
            tokens,
            sentences,
            blocks,
            items,
            &mut spare,
            (&mut toks, &mut sent_toks, &mut marked),
        );
        let mut index = std::mem::take(&mut spare.index);
        // Items and sentences over tokens (both sorted by start): two pointers.
        let mut order = std::mem::take(&mut spare.order);
        order.extend(0..items.len());
        order.sort_by_key(|&i| items[i].span.start());
        let mut item_toks = std::mem::take(&mut spare.item_toks);
        item_toks.resize(items.len(), (0, 0));
        let mut k = 0;
        // Each token goes to the first item covering it, so the tokens of later items come
        // later: the marks are filed in order.
        for &i in &order {
            let sp = items[i].span;
            let marks = match items[i].kind {
                ItemKind::Date => Some(&mut index.date),
                kind if kind.is_quantity() => Some(&mut index.quantity),
                _ => None,
            };
            // (Items are close together in dense text, far apart in prose: a short walk, then
            // a binary search.)
            let mut walk = 0;
            while walk < 8 && toks.get(k).is_some_and(|t| t.span.start() < sp.start()) {
                k += 1;
                walk += 1;
            }
            if toks.get(k).is_some_and(|t| t.span.start() < sp.start()) {
                k += toks[k..].partition_point(|t| t.span.start() < sp.start());
            }
            let first = k;
            let mut j = k;
            let mut marks = marks;
            while j < toks.len() && toks[j].span.start() < sp.end() {
                if toks[j].item == NONE {
                    toks[j].item = ix(i);
                    if let Some(m) = marks.as_deref_mut() {
                        m.push(j);
                    }
                }
                j += 1;
            }
            item_toks[i] = (first, j);
        }
        let mut sent_kind = std::mem::take(&mut spare.sent_kind);
        sent_kind.extend(
            sentences
                .iter()
                .map(|s| blocks.get(s.block).map_or(BlockKind::Paragraph, |b| b.kind)),
        );
        let mut anchor = std::mem::take(&mut spare.anchor);
        anchor.resize(items.len(), false);
        let mut d = Doc {
            text,
            items,
            toks,
            segs: std::mem::take(&mut spare.segs),
            seg_start: std::mem::take(&mut spare.seg_start),
            seg_hint: Cell::new(0),
            long_run: Cell::new((1, 0)),
            item_toks,
            sent_toks,
            sent_kind,
            anchor,
            order,
            index,
            spare,
        };
        d.mark_cues_and_segments(&marked);
        d.spare.marked = marked;
        d.mark_anchors();
        let Index {
            date, period_date, ..
        } = &mut d.index;
        period_date.0.extend(
            date.0
                .iter()
                .filter(|&&k| !d.anchor[d.toks[k as usize].item as usize]),
        );
        d
    }

    /// Hands the buffers back for the next document.
    fn recycle(self) {
        let mut b = self.spare;
        b.toks = self.toks;
        b.segs = self.segs;
        b.seg_start = self.seg_start;
        b.item_toks = self.item_toks;
        b.sent_toks = self.sent_toks;
        b.sent_kind = self.sent_kind;
        b.anchor = self.anchor;
        b.order = self.order;
        b.index = self.index;
        give_buffers(b);
    }

    /// The segment of token `i`. Values are read in order, so the segment of the last call is
    /// the place to look first (a short walk on); elsewhere a binary search finds it.
    #[inline]
    fn seg_of(&self, i: usize) -> usize {
        let starts = &self.seg_start;
        let mut s = self.seg_hint.get();
        if s < starts.len() && starts[s] as usize <= i {
            for _ in 0..8 {
                match starts.get(s + 1) {
                    Some(&next) if next as usize <= i => s += 1,
                    _ => {
                        self.seg_hint.set(s);
                        return s;
                    }
                }
            }
        }
        s = starts
            .partition_point(|&t| t as usize <= i)
            .saturating_sub(1);
        self.seg_hint.set(s);
        s
    }

    /// The first token of segment `s` (the end of the tokens past the last segment).
    #[inline]
    fn seg_first(&self, s: usize) -> usize {
        self.seg_start
            .get(s)
            .map_or(self.toks.len(), |&t| t as usize)
    }

    /// Whether token `i` is a company-form word (`Co`, `Inc`): part of a name, never one alone.
    fn suffix(&self, i: usize) -> bool {
        let fid = self.toks[i].fid;
        fid != NO_WORD && lone_words().get(usize::from(fid)).is_some_and(|l| l.suffix)
    }

    /// Whether token `i` is a word that makes the name after its `of` no owner (`west`,
    /// `shares`: [`Cues::NOT_OWNER`]).
    fn not_owner(&self, i: usize) -> bool {
        let fid = self.toks[i].fid;
        fid != NO_WORD
            && lone_words()
                .get(usize::from(fid))
                .is_some_and(|l| l.not_owner)
    }

    /// Whether token `x` starts where token `x - 1` ends (no space between them); `false` for
    /// the first token and past the last.
    fn glued(&self, x: usize) -> bool {
        x > 0
            && self
                .toks
                .get(x)
                .is_some_and(|t| t.span.start() == self.toks[x - 1].span.end())
    }

    /// The opening bracket of a short bracketed aside (a ticker, an exchange code: `(NYSE: ACM)`)
    /// whose closing bracket is token `i`, after a capitalised word: no item inside, at most
    /// six tokens.
    fn aside_before(&self, i: usize, lo: usize) -> Option<usize> {
        if self.punct(i) != Some(')') {
            return None;
        }
        let mut k = i;
        while k > lo && i - k < 7 {
            k -= 1;
            if self.toks[k].item != NONE {
                return None;
            }
            if self.punct(k) == Some('(') {
                // (After a name, or its company form's full stop: `Acme Inc. (NYSE: ACM)`.)
                let name = k > lo
                    && (self.cap(k - 1)
                        || (self.punct(k - 1) == Some('.') && k - 1 > lo && self.cap(k - 2)));
                return (name && k + 1 < i).then_some(k);
            }
        }
        None
    }

    /// Whether token `i` is capitalised (a word starting with an upper-case letter).
    fn cap(&self, i: usize) -> bool {
        let t = &self.toks[i];
        matches!(t.kind, Kind::Word)
            && match self.text.as_bytes().get(t.span.start()) {
                Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
                _ => self
                    .text
                    .get(t.span.start()..)
                    .and_then(|r| r.chars().next())
                    .is_some_and(char::is_uppercase),
            }
    }

    /// The lowest token a walk back over cue phrases (from phrase head to phrase head) from
    /// token `a` down to token `lo` reads: `lo`, or the first token of the phrase `lo` is
    /// inside; `a` when the walk reads nothing. The heads it reads are the heads from there up
    /// to `a`.
    #[inline]
    fn walk_floor(&self, lo: usize, a: usize) -> usize {
        if lo >= a {
            return a;
        }
        match self.toks.get(lo) {
            Some(t) if t.head != NONE => (t.head as usize).min(lo),
            _ => lo,
        }
    }

    fn tok_text(&self, i: usize) -> &'a str {
        self.toks
            .get(i)
            .and_then(|t| self.text.get(t.span.range()))
            .unwrap_or("")
    }

    /// The cue phrase a token belongs to: (its cues, its first token).
    fn cue_at(&self, i: usize) -> (Cues, usize) {
        let t = &self.toks[i];
        if t.head != NONE {
            let h = t.head as usize;
            (self.toks[h].cue, h)
        } else {
            (t.cue, i)
        }
    }

    fn punct(&self, i: usize) -> Option<char> {
        match self.toks.get(i)?.kind {
            Kind::Punct(c) | Kind::Symbol(c) => Some(c),
            _ => None,
        }
    }

    fn is_cjk(&self, i: usize) -> bool {
        matches!(self.toks.get(i).map(|t| t.kind), Some(Kind::Cjk(_)))
    }

    /// Date items in a comparison segment, or right after a comparison or basis word, are the
    /// other side of a comparison, never the period of a value.
    fn mark_anchors(&mut self) {
        for i in 0..self.items.len() {
            let item = self.items[i];
            if item.kind != ItemKind::Date {
                continue;
            }
            let (a, b) = self.item_toks[i];
            if a >= b || a >= self.toks.len() {
                continue;
            }
            let seg = self.segs.get(self.seg_of(a)).copied().unwrap_or_default();
            let mut anchor = seg.compare;
            // Inside or right after a comparison/basis phrase (`比年初`, `since`).
            let basis = Cues::YEAR_ON_YEAR | Cues::PERIOD_ON_PERIOD | Cues::SINCE_START;
            for j in a..b {
                if self.cue_at(j).0.any(basis) {
                    anchor = true;
                }
            }
            if a > 0 {
                let (c, _) = self.cue_at(a - 1);
                if c.any(Cues::COMPARE | basis) {
                    anchor = true;
                }
            }
            self.anchor[i] = anchor;
        }
    }

    fn span_of(&self, a: usize, b: usize) -> Option<Span> {
        if a >= b || b > self.toks.len() {
            return None;
        }
        Span::try_new(self.toks[a].span.start(), self.toks[b - 1].span.end())
    }

    fn phrase(&self, a: usize, b: usize) -> Option<Phrase<&'a str>> {
        let span = self.span_of(a, b)?;
        Some(Phrase {
            span,
            text: self.text.get(span.range())?,
        })
    }

    fn sent_range(&self, i: usize) -> (usize, usize) {
        let s = self.toks[i].sent;
        if s == NONE {
            return (i, i + 1);
        }
        self.sent_toks[s as usize]
    }

    fn is_word(&self, i: usize) -> bool {
        matches!(self.toks[i].kind, Kind::Word)
    }

    /// A word-like token that can be part of a noun phrase.
    fn np_token(&self, i: usize) -> bool {
        match self.toks[i].kind {
            Kind::Word | Kind::Number { .. } => true,
            Kind::Punct(c) | Kind::Symbol(c) => {
                matches!(c, '-' | '–' | '\'' | '’' | '/' | '&' | '.' | '(' | ')')
            }
            _ => false,
        }
    }

    /// The English noun phrase ending before token `end` (exclusive), within the sentence
    /// starting at `lo`. With `prep_stop`, a preposition ends it (`revenues of`: the phrase
    /// right before `of`).
    fn np_left(&self, end: usize, lo: usize, prep_stop: bool) -> NpLeft {
        let stops = Cues::STOP
            | Cues::PART
            | Cues::VERB
            | Cues::CLAUSE
            | Cues::COMPARE
            | Cues::PRONOUN
            | Cues::FORECAST
            | Cues::TARGET
            | Cues::CONDITIONAL
            | Cues::PER
            | Cues::YEAR_ON_YEAR
            | Cues::PERIOD_ON_PERIOD
            | Cues::SINCE_START;
        let mut j = end;
        let mut np_end = end;
        let mut start = end;
        let mut n = 0;
        let mut saw_conj = false;
        // Where a dated phrase right before `end` starts (a phrase must go on before it).
        let mut pp_at_end = None;
        while j > lo && n < MAX_NP {
            let i = j - 1;
            let t = &self.toks[i];
            if t.item != NONE {
                // A date inside a prepositional phrase (`profit for the April-June period`)
                // is walked over; the phrase is cut at its preposition later.
                let it = t.item as usize;
                let (ia, _) = self.item_toks[it];
                let mut k = ia;
                while k > lo && self.cue_at(k - 1).0.has(Cues::DET) {
                    k -= 1;
                }
                // (Right before the verb only after a word: `Revenue for the quarter was`.)
                let in_pp = self.items[it].kind == ItemKind::Date
                    && (start < np_end
                        || (k >= lo + 2 && self.toks[k - 2].item == NONE && self.is_word(k - 2)))
                    && k > lo
                    && self.cue_at(k - 1).0.has(Cues::PREP)
                    && self.cue_at(k - 1).1 == k - 1;
                if in_pp {
                    if start == np_end {
                        pp_at_end = Some(k - 1);
                    }
                    j = k - 1;
                    start = j;
                    n += 1;
                    continue;
                }
                break;
            }
            // A bracketed aside right before the verb is the name's (`Acme Corp (NYSE: ACM)
            // reported`): the phrase ends before it.
            if start == np_end
                && let Some(k) = self.aside_before(i, lo)
            {
                j = k;
                np_end = j;
                start = j;
                continue;
            }
            let (c, h) = self.cue_at(i);
            if c.has(Cues::ADVERB) && start == np_end {
                j = h.min(i);
                np_end = j;
                start = j;
                continue;
            }
            let movement = c.has(Cues::CHANGE) && !c.has(Cues::CHANGE_NOUN);
            // `per` between two words is inside the phrase (`earnings per share were`).
            let inner_per = c == Cues::PER
                && start < np_end
                && i > lo
                && self.is_word(i - 1)
                && self.toks[i - 1].item == NONE;
            // A movement noun is part of a phrase (`loan growth ranking second`).
            if (c.any(stops) && !c.any(Cues::DET | Cues::CHANGE_NOUN) && !inner_per)
                || movement
                || (prep_stop && c.any(Cues::PREP | Cues::LEVEL))
            {
                if start == np_end && c.has(Cues::PRONOUN) {
                    return NpLeft::Pronoun;
                }
                if start == np_end {
                    return NpLeft::Blocked;
                }
                break;
            }
            if c.has(Cues::ADVERB) && start == np_end {
                j = h.min(i);
                np_end = j;
                start = j;
                continue;
            }
            if c.has(Cues::CONJ) {
                saw_conj = true;
            }
            if let Some(p) = self.punct(i) {
                if p == ','
                    && saw_conj
                    && i > lo
                    && self.is_word(i - 1)
                    && self.cue_at(i - 1).0.is_empty()
                {
                    j = i;
                    start = i;
                    n += 1;
                    continue;
                }
                if !self.np_token(i) {
                    break;
                }
            } else if !self.np_token(i) {
                break;
            }
            j = h.min(i);
            start = j;
            n += 1;
            // A determiner after a word that takes no noun phrase after it starts the phrase
            // (`left its discount rate unchanged at`; not `sales of the group`).
            if c.has(Cues::DET)
                && h == i
                && i > lo
                && self.is_word(i - 1)
                && !self.cap(i)
                && !self.cap(i - 1)
                && !self
                    .cue_at(i - 1)
                    .0
                    .any(Cues::OF | Cues::PREP | Cues::CONJ | Cues::DET)
            {
                break;
            }
        }
        if pp_at_end == Some(start) {
            return NpLeft::Empty;
        }
        match self.trim_np(start, np_end) {
            // (A name before a dated phrase is not what is measured: `Equatorial in 1985
            // earned`.)
            Some((a, b)) if pp_at_end.is_some() && is_entity(self, a, b, false) => NpLeft::Empty,
            Some((a, b)) => NpLeft::Phrase(a, b),
            None => NpLeft::Empty,
        }
    }

    /// Strips determiners, possessors, leading prepositions and trailing function words, and
    /// cuts a noun phrase at its first inner preposition (the head comes before it).
    fn trim_np(&self, mut a: usize, mut b: usize) -> Option<(usize, usize)> {
        // The possessor: everything up to the last `'s` / `’s`.
        let mut k = a;
        while k + 1 < b {
            if matches!(self.punct(k), Some('\'' | '’'))
                && self.cue_at(k + 1).0.has(Cues::POSSESSIVE)
            {
                a = k + 2;
            }
            k += 1;
        }
        loop {
            if a >= b {
                return None;
            }
            let (c, _) = self.cue_at(a);
            if c.any(Cues::DET | Cues::PREP | Cues::FILLER | Cues::CONJ | Cues::ADVERB)
                || self.punct(a).is_some()
            {
                a += 1;
                continue;
            }
            break;
        }
        // Cut at the first inner preposition.
        let mut k = a + 1;
        while k < b {
            let (c, h) = self.cue_at(k);
            let glued = matches!(self.punct(k - 1), Some('-'))
                && self.toks[k - 1].span.end() == self.toks[k].span.start();
            if h == k && c.has(Cues::PREP) && !c.has(Cues::OF) && !glued {
                b = k;
                break;
            }
            k += 1;
        }
        loop {
            if b <= a {
                return None;
            }
            let (c, _) = self.cue_at(b - 1);
            if c.any(Cues::DET | Cues::PREP | Cues::OF | Cues::FILLER | Cues::CONJ)
                || matches!(self.punct(b - 1), Some(p) if p != ')')
            {
                b -= 1;
                continue;
            }
            break;
        }
        // Unbalanced brackets at the edges.
        if matches!(self.punct(b - 1), Some(')')) && !(a..b).any(|i| self.punct(i) == Some('(')) {
            b -= 1;
        }
        (a < b).then_some((a, b))
    }

    /// The English noun phrase starting at token `a` (a count noun after a number, the
    /// complement after `of`), within the sentence ending at `hi`. With `lower`, its first word
    /// must not be capitalised (a name after a number is not what it counts).
    fn np_right(&self, a: usize, hi: usize, lower: bool) -> Option<(usize, usize)> {
        let mut i = a;
        // Leading determiners.
        while i < hi && self.cue_at(i).0.has(Cues::DET) && self.toks[i].item == NONE {
            i += 1;
        }
        let start = i;
        if lower
            && start < hi
            && self.cap(start)
            && !(start + 1 < hi && self.is_word(start + 1) && !self.cap(start + 1))
        {
            return None;
        }
        let mut n = 0;
        while i < hi && n < MAX_NP / 2 {
            let t = &self.toks[i];
            if t.item != NONE {
                break;
            }
            let (c, h) = self.cue_at(i);
            // A word glued to a hyphen is part of its compound (`medium-to long-term`).
            let glued = i > start
                && matches!(self.punct(i - 1), Some('-'))
                && self.toks[i - 1].span.end() == t.span.start();
            if glued && self.is_word(i) {
                i += 1;
                n += 1;
                continue;
            }
            if h == i && c.has(Cues::CONJ) {
                // `small and micro enterprises` goes on; `clusters and 28 chains` ends.
                let next_word = i + 1 < hi
                    && self.is_word(i + 1)
                    && self.toks[i + 1].item == NONE
                    && self.cue_at(i + 1).0.is_empty();
                if next_word {
                    i += 1;
                    n += 1;
                    continue;
                }
                break;
            }
            if h == i && i > start && c.has(Cues::DET) && !self.cue_at(i - 1).0.has(Cues::OF) {
                break;
            }
            if c.any(
                Cues::STOP
                    | Cues::VERB
                    | Cues::PREP
                    | Cues::CLAUSE
                    | Cues::COMPARE
                    | Cues::CHANGE
                    | Cues::PER
                    | Cues::FORECAST
                    | Cues::ADVERB
                    | Cues::YEAR_ON_YEAR
                    | Cues::PERIOD_ON_PERIOD
                    | Cues::SINCE_START,
            ) && !c.has(Cues::SHARE_NOUN)
            {
                break;
            }
            match t.kind {
                Kind::Word => {}
                Kind::Punct('-' | '\'' | '’' | '/' | '&') => {}
                _ => break,
            }
            i += 1;
            n += 1;
        }
        if start >= i || !self.is_word(start) {
            return None;
        }
        self.trim_np(start, i)
    }

    /// The opening bracket of a short bracketed name (words, CJK characters or numbers, no
    /// item) whose closing bracket is token `i`, not before token `lo`, glued to a CJK
    /// character before it.
    fn bracket_before(&self, i: usize, lo: usize) -> Option<usize> {
        if !matches!(self.punct(i), Some(')' | '）')) {
            return None;
        }
        let mut k = i;
        while k > lo && i - k < 6 {
            k -= 1;
            match self.punct(k) {
                Some('(' | '（') => {
                    let glued = k > lo
                        && self.is_cjk(k - 1)
                        && self.toks[k - 1].span.end() == self.toks[k].span.start();
                    return (glued && k + 1 < i).then_some(k);
                }
                Some(_) => return None,
                None => {}
            }
            let ok = self.toks[k].item == NONE
                && matches!(
                    self.toks[k].kind,
                    Kind::Cjk(_) | Kind::Word | Kind::Number { .. }
                );
            if !ok {
                return None;
            }
        }
        None
    }

    /// A CJK noun phrase ending before token `end`: characters back to punctuation, an item, or
    /// a cue word other than a particle or a status word.
    fn cjk_left(&self, end: usize, lo: usize) -> Option<(usize, usize)> {
        let mut j = end;
        let mut n = 0;
        while j > lo && n < MAX_NP {
            let i = j - 1;
            let t = &self.toks[i];
            // A short bracketed name inside the phrase (`广义货币(M2)余额`).
            if j < end
                && let Some(k) = self.bracket_before(i, lo)
            {
                j = k;
                n += 1;
                continue;
            }
            if t.item != NONE || !matches!(t.kind, Kind::Cjk(_) | Kind::Word) {
                break;
            }
            let (c, h) = self.cue_at(i);
            // Cue words that end a metric phrase besides the verbs.
            let enders = Cues::LEVEL
                | Cues::TOPIC
                | Cues::COMPARE
                | Cues::SHARE
                | Cues::RANK
                | Cues::YEAR_ON_YEAR
                | Cues::PERIOD_ON_PERIOD
                | Cues::SINCE_START;
            let stops = Cues::VERB | enders;
            // A movement word inside a compound noun, a plain character right after it, is
            // part of the phrase (`增加值` value added, `增长率` growth rate).
            let compound = c.has(Cues::CHANGE)
                && !c.any(enders)
                && j < end
                && self.is_cjk(j)
                && self.toks[j].item == NONE
                && self.cue_at(j).0.is_empty();
            if c.any(stops) && !compound {
                break;
            }
            j = h.min(i);
            n += 1;
        }
        let (mut a, mut b) = (j, end);
        // No bracket at the start.
        while a < b && self.punct(a).is_some() {
            a += 1;
        }
        // Trim particles and status words at both edges.
        while a < b {
            let (c, h) = self.cue_at(a);
            if h == a && c.any(Cues::PARTICLE) {
                a = self.toks[a].end.min(b as u32) as usize;
                continue;
            }
            break;
        }
        while b > a {
            let (c, h) = self.cue_at(b - 1);
            if h >= a && c.any(Cues::PARTICLE | Cues::FORECAST | Cues::TARGET) {
                b = h;
                continue;
            }
            break;
        }
        (a < b).then_some((a, b))
    }
}

enum NpLeft {
    Phrase(usize, usize),
    /// A pronoun subject (`which`, `it`): the metric is carried.
    Pronoun,
    /// Nothing before (punctuation or the sentence start).
    Empty,
    /// A word that cannot be in a noun phrase right before (`would lose`, `to earn`).
    Blocked,
}

/// The linker's tokens: only what it reads, the sentences holding an item, the title's first
/// sentence (its names) and the first sentence of the body (a market report's topic), taken from
/// the document's tokens. A sentence whose edge falls inside a token (never in news text) is
/// lexed alone, so that a sentence's tokens are always the ones its own text gives. Fills `out`
/// with the tokens, each marked with its sentence, `sent_toks` with each sentence's token range
/// (empty for a sentence not read), and `marked` with the tokens the second pass looks at
/// (those that may start a cue phrase or end a clause, and each sentence's first).
fn read_sentences(
    text: &str,
    tokens: &[Token],
    sentences: &[Sentence],
    blocks: &[Block],
    items: &[Item],
    spare: &mut Buffers,
    (out, sent_toks, marked): (&mut Vec<Tok>, &mut Vec<(usize, usize)>, &mut Vec<u32>),
) {
    // The items by start (as they come, nearly always).
    let mut sorted = std::mem::take(&mut spare.sorted);
    let starts: &[Item] = if items.is_sorted_by_key(|i| i.span.start()) {
        items
    } else {
        sorted.extend_from_slice(items);
        sorted.sort_by_key(|i| i.span.start());
        &sorted
    };
    let last_quantity = starts
        .iter()
        .rev()
        .find(|i| i.kind.is_quantity())
        .map_or(0, |i| i.span.start());
    let first_of = |kind: BlockKind| {
        sentences
            .iter()
            .position(|s| blocks.get(s.block).is_some_and(|b| b.kind == kind))
    };
    // The title's names are the subject when a sentence names none.
    let (first_body, title) = (first_of(BlockKind::Paragraph), first_of(BlockKind::Title));
    let lx = lexicon();
    let lone = lone_words();
    sent_toks.resize(sentences.len(), (0, 0));
    let mut k = 0;
    // The first item at or after the last sentence's start (sentences come in order: a short
    // walk; a binary search otherwise).
    let mut i = 0;
    for (n, sen) in sentences.iter().enumerate() {
        let (a, b) = (sen.span.start(), sen.span.end());
        if i > 0 && starts[i - 1].span.start() >= a {
            i = starts.partition_point(|p| p.span.start() < a);
        }
        while starts.get(i).is_some_and(|p| p.span.start() < a) {
            i += 1;
        }
        let mut quantity = false;
        // The end of the sentence's last date, and whether it holds a date.
        let mut date_end = None;
        for p in starts[i..].iter().take_while(|p| p.span.start() < b) {
            if p.kind.is_quantity() {
                quantity = true;
                break;
            }
            if p.kind == ItemKind::Date {
                date_end = Some(date_end.unwrap_or(0).max(p.span.end()));
            }
        }
        let from = out.len();
        let whole = quantity || Some(n) == first_body || Some(n) == title;
        // A sentence without a quantity is read for its dates alone (the passage's period
        // when a later sentence's value has none): up to its last date and as many tokens
        // after it as a cue phrase running on from it can hold; not at all after the
        // document's last quantity.
        let upto = match date_end {
            _ if whole => None,
            Some(e) if a < last_quantity => Some(e),
            _ => {
                sent_toks[n] = (from, from);
                continue;
            }
        };
        let sent = ix(n);
        if k < tokens.len() && tokens[k].span.start() < a {
            k += tokens[k..].partition_point(|t| t.span.start() < a);
        }
        let first = k;
        k += tokens[k..].partition_point(|t| t.span.start() < b);
        let straddles = (first > 0 && tokens[first - 1].span.end() > a)
            || (k > first && tokens[k - 1].span.end() > b);
        let own: &[Token] = if straddles {
            spare.lexed.clear();
            if let Some(slice) = text.get(sen.span.range()) {
                Lexer::new().lex_into(slice, &mut spare.lexed);
                for t in &mut spare.lexed {
                    t.span = t.span.shift(a);
                }
            }
            &spare.lexed
        } else {
            &tokens[first..k]
        };
        let own = match upto {
            Some(e) => {
                let m = own.partition_point(|t| t.span.start() < e);
                &own[..own.len().min(m + tail_tokens())]
            }
            None => own,
        };
        out.extend(own.iter().map(|t| Tok::of(t, sent, lx)));
        if out.len() > from {
            // A sentence's first token opens a segment.
            marked.push(ix(from));
            let mut prev = out[from].kind;
            for (j, t) in (from + 1..).zip(out[from + 1..].iter_mut()) {
                let after = std::mem::replace(&mut prev, t.kind);
                let mark = if t.fid == NO_WORD {
                    may_mark_kind(t.kind)
                } else if let Some(&Lone {
                    cues: Some(c),
                    quiet: true,
                    ..
                }) = lone.get(usize::from(t.fid))
                {
                    // A quiet word (`the`, `of`) is a phrase of its own that the second pass
                    // would file under nothing: its cues are set here. (No possessive's `s`
                    // after a full stop: the `S` of `U.S.` is a letter of a name.)
                    if c != Cues::POSSESSIVE || !matches!(after, Kind::Punct('.')) {
                        t.cue = c;
                        t.end = ix(j + 1);
                    }
                    false
                } else {
                    // (A company form or a no-owner word starts no phrase.)
                    !lone
                        .get(usize::from(t.fid))
                        .is_some_and(|l| l.suffix || l.not_owner)
                };
                if mark {
                    marked.push(ix(j));
                }
            }
        }
        sent_toks[n] = (from, out.len());
    }
    spare.sorted = sorted;
}

/// The cue phrase starting at token `i` (longest match): the token after its end and its cues.
/// The lexer gave each token its word id, so a phrase is matched by comparing ids.
#[inline(always)]
fn phrase_at(toks: &[Tok], i: usize, lone: &[Lone]) -> Option<(usize, Cues)> {
    let fid = toks.get(i)?.fid;
    if fid == NO_WORD {
        return None;
    }
    // Most cue words are read alone: when no cue word follows, only a one-word phrase can
    // match, and the first one of the word's list is known (`lone`, from [`lone_words`]).
    let lone = lone.get(usize::from(fid)).copied().unwrap_or_default();
    if lone.longer {
        let mut j = i + 1;
        let glued = toks.get(j).map_or(NO_WORD, |t| t.fid);
        while j < toks.len() && matches!(toks[j].kind, Kind::Punct('-')) {
            j += 1;
        }
        let next = toks.get(j).map_or(NO_WORD, |t| t.fid);
        if glued != NO_WORD || next != NO_WORD {
            return longest_phrase_at(toks, i, fid);
        }
    }
    lone.cues.map(|c| (i + 1, c))
}

/// What the phrases starting with one cue word are like.
#[derive(Debug, Clone, Copy, Default)]
struct Lone {
    /// The cues of its first phrase of one word, if it has one.
    cues: Option<Cues>,
    /// Whether a phrase of more words starts with it.
    longer: bool,
    /// A word read alone whose cues the second pass files under nothing and that opens no
    /// segment (`the`, `of`, `a`): its phrase is marked when the token is copied.
    quiet: bool,
    /// A company-form word (`Co`, `Inc`): no phrase, only a mark that it is never a name alone.
    suffix: bool,
    /// A word that makes the name after its `of` no owner ([`Cues::NOT_OWNER`]): only a mark.
    not_owner: bool,
}

/// Per cue word ([`crate::cues::words`]), what its phrases are like (derived from the table
/// once).
fn lone_words() -> &'static [Lone] {
    static LONE: std::sync::OnceLock<Vec<Lone>> = std::sync::OnceLock::new();
    LONE.get_or_init(|| {
        (0..crate::cues::words().len())
            .map(|w| {
                let ps = phrases(w);
                let cues = ps.iter().find(|p| p.rest.is_empty()).map(|p| p.cues);
                let longer = ps.iter().any(|p| !p.rest.is_empty());
                let loud = filed() | Cues::CONJ | Cues::COMPARE | Cues::CLAUSE;
                let suffix = !longer && cues == Some(Cues::ENTITY_SUFFIX);
                let not_owner = !longer && cues == Some(Cues::NOT_OWNER);
                let cues = cues.filter(|_| !suffix && !not_owner);
                Lone {
                    cues,
                    longer,
                    quiet: !longer && cues.is_some_and(|c| !c.any(loud)),
                    suffix,
                    not_owner,
                }
            })
            .collect()
    })
}

/// How many tokens after a sentence's last date a cue phrase starting at or before the date's
/// end can reach: the longest phrase's words, each with a hyphen before it, and one more.
fn tail_tokens() -> usize {
    static TAIL: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    *TAIL.get_or_init(|| {
        let longest = (0..crate::cues::words().len())
            .flat_map(|w| phrases(w).iter().map(|p| p.rest.len() + 1))
            .max()
            .unwrap_or(1);
        2 * longest + 1
    })
}

/// [`phrase_at`] by reading each phrase of word `fid` in the table's order (longest first).
#[inline(never)]
fn longest_phrase_at(toks: &[Tok], i: usize, fid: u16) -> Option<(usize, Cues)> {
    'phrases: for p in phrases(usize::from(fid)) {
        let mut j = i + 1;
        for &u in &*p.rest {
            // English phrases read through hyphens (`year-on-year`).
            while !p.cjk && j < toks.len() && matches!(toks[j].kind, Kind::Punct('-')) {
                j += 1;
            }
            if j >= toks.len()
                || toks[j].fid != u
                || (p.cjk && toks[j].span.start() != toks[j - 1].span.end())
            {
                continue 'phrases;
            }
            j += 1;
        }
        return Some((j, p.cues));
    }
    None
}

impl Doc<'_, '_> {
    /// The second pass, over the tokens that may start a cue phrase or end a clause (`marked`,
    /// in order): marks the cue phrase starting at each (longest match, left to right) and the
    /// tokens inside it, files each phrase head under its cues, and numbers the clause segments:
    /// a new one at each sentence, clause punctuation, and clause or comparison word. Every other
    /// token starts no phrase and opens no segment.
    fn mark_cues_and_segments(&mut self, marked: &[u32]) {
        let toks = &mut self.toks;
        let lone = lone_words();
        self.segs.push(Seg::default());
        self.seg_start.push(0);
        // Tokens before this one are inside a phrase already found.
        let mut free = 0;
        for &m in marked {
            let i = m as usize;
            if i >= toks.len() {
                break;
            }
            if i >= free
                && let Some((end, c)) = phrase_at(toks, i, lone)
            {
                toks[i].cue = c;
                toks[i].end = ix(end);
                let head = ix(i);
                if end > i + 1 {
                    for t in toks.iter_mut().take(end).skip(i + 1) {
                        t.head = head;
                        t.cue = Cues::NONE;
                    }
                }
                free = end;
                self.index.head(i, c);
            }
            let (sent, kind, cue) = (toks[i].sent, toks[i].kind, toks[i].cue);
            if matches!(kind, Kind::Punct(';' | '；') | Kind::Symbol(';' | '；')) {
                self.index.status.push(i);
            }
            // Only a phrase's first token has cues (and it is inside no other phrase).
            let new = if i == 0 || toks[i - 1].sent != sent {
                Some(Seg::default())
            } else if let Kind::Punct(c) = kind {
                is_boundary_punct(c).then(Seg::default)
            } else if cue.is_empty() {
                None
            } else if cue.has(Cues::CONJ) && toks.get(i + 1).is_some_and(|n| n.item != NONE) {
                Some(Seg::default())
            } else if cue.any(Cues::COMPARE | Cues::CLAUSE) {
                Some(Seg {
                    compare: cue.has(Cues::COMPARE),
                    from: cue.has(Cues::FROM),
                })
            } else {
                None
            };
            if let Some(s) = new {
                self.segs.push(s);
                self.seg_start.push(m);
            }
        }
    }
}

/// State carried along the document.
#[derive(Default)]
struct Carry<'a> {
    /// The last period date of an earlier sentence.
    date: Option<usize>,
    /// A results table's sub-heading that names no date (`Nine mths`, `Year`) came after the
    /// carried date: the rows below it are for a period no mention names.
    blank: bool,
    /// The sentence the carried date is from.
    topic: Option<Phrase<&'a str>>,
    /// The first entity of the title.
    title_subject: Option<Phrase<&'a str>>,
    /// The first entity the body names as a possessor or a sentence's subject.
    /// (Found when a value first needs it.)
    body_entity: std::cell::OnceCell<Option<Phrase<&'a str>>>,
    /// A name the lead makes the subject of a verb inside a sentence (the last resort).
    inner_entity: std::cell::OnceCell<Option<Phrase<&'a str>>>,
    /// Whether the title is written in capitals.
    title_caps: bool,
    /// The name an all-capitals title opens with, as the body writes it (found when a value
    /// first needs it).
    caps_title: std::cell::OnceCell<Option<Phrase<&'a str>>>,
}

/// Finds the facts of a document: one per quantity mention that states something measured.
///
/// `items` are the document's mentions in order (their indices are the facts' indices);
/// `blocks` and `sentences` its segmentation. Facts are sorted by value.
///
/// # Example
///
/// ```
/// use finnews_core::Span;
/// use finnews_fact::{extract, Item, ItemKind, Role, Direction, Basis};
/// use finnews_segment::{segment, Options};
///
/// let text = "Net profit rose 4.5% year on year to 120 mln dlrs in 2023.";
/// let find = |s: &str| { let i = text.find(s).unwrap(); Span::new(i, i + s.len()) };
/// let items = [
///     Item::new(find("4.5%"), ItemKind::Percent),
///     Item::new(find("120 mln dlrs"), ItemKind::Money),
///     Item::new(find("2023"), ItemKind::Date),
/// ];
/// let seg = segment(text, &Options::default());
/// let facts = extract(text, &seg.blocks, &seg.sentences, &items);
/// assert_eq!(facts[0].role, Role::Change);
/// assert_eq!(facts[0].direction, Some(Direction::Up));
/// assert_eq!(facts[0].basis, Some(Basis::YearOnYear));
/// assert_eq!(facts[1].role, Role::Level);
/// assert_eq!(facts[1].metric.as_ref().unwrap().text, "Net profit");
/// assert_eq!(facts[1].period.mention(), Some(2));
/// ```
///
/// It lexes `text` itself; a caller that already holds the document's tokens (as
/// [`finnews_core::lexer::lex`] gives them) passes them to [`extract_with_tokens`] instead and
/// nothing is lexed twice.
#[must_use]
pub fn extract<'a>(
    text: &'a str,
    blocks: &[Block],
    sentences: &[Sentence],
    items: &[Item],
) -> Vec<Fact<&'a str>> {
    if items.iter().all(|i| !i.kind.is_quantity()) {
        return Vec::new();
    }
    let mut tokens = Vec::new();
    Lexer::new().lex_into(text, &mut tokens);
    extract_with_tokens(text, &tokens, blocks, sentences, items)
}

/// [`extract`] over the document's tokens, already lexed: `tokens` are the tokens of the whole
/// of `text` in order, as [`finnews_core::lexer::lex`] (or [`Lexer::new`]) gives them, each with
/// its lexicon classes, and without line break tokens (a break token would read as a mark
/// between words, giving other facts). The linker reads the cue words from
/// those classes ([`Class::FactCue`]) and lexes nothing again; the facts are the ones
/// [`extract`] finds.
///
/// # Example
///
/// ```
/// use finnews_core::{lexer::lex, Span};
/// use finnews_fact::{extract, extract_with_tokens, Item, ItemKind, Role};
/// use finnews_segment::{segment, Options};
///
/// let text = "Exports fell 3.2% from a year earlier. Imports stood at 40 bln dlrs.";
/// let find = |s: &str| { let i = text.find(s).unwrap(); Span::new(i, i + s.len()) };
/// let items = [
///     Item::new(find("3.2%"), ItemKind::Percent),
///     Item::new(find("40 bln dlrs"), ItemKind::Money),
/// ];
/// let seg = segment(text, &Options::default());
/// let tokens = lex(text); // lexed once, shared with every other reader of the text
/// let facts = extract_with_tokens(text, &tokens, &seg.blocks, &seg.sentences, &items);
/// assert_eq!(facts, extract(text, &seg.blocks, &seg.sentences, &items));
/// assert_eq!(facts[0].role, Role::Change);
/// assert_eq!(facts[1].metric.as_ref().unwrap().text, "Imports");
/// ```
#[must_use]
pub fn extract_with_tokens<'a>(
    text: &'a str,
    tokens: &[Token],
    blocks: &[Block],
    sentences: &[Sentence],
    items: &[Item],
) -> Vec<Fact<&'a str>> {
    if items.iter().all(|i| !i.kind.is_quantity()) {
        return Vec::new();
    }
    let d = Doc::new(text, tokens, sentences, blocks, items);
    // At most one fact per quantity.
    let mut facts: Vec<Fact<&'a str>> =
        Vec::with_capacity(items.iter().filter(|i| i.kind.is_quantity()).count());
    let mut carry = Carry {
        date: None,
        blank: false,
        topic: topic_metric(&d),
        title_subject: None,
        body_entity: std::cell::OnceCell::new(),
        inner_entity: std::cell::OnceCell::new(),
        title_caps: false,
        caps_title: std::cell::OnceCell::new(),
    };
    match title_ticker(&d) {
        Some(name) => carry.title_subject = Some(name),
        None => {
            carry.title_subject = title_subject(&d)
                .or_else(|| cjk_title_name(&d))
                .or_else(|| {
                    let s = d.sent_kind.iter().position(|k| *k == BlockKind::Title)?;
                    let (a, b) = d.sent_toks[s];
                    let (x, y) = cjk_place(&d, a, b)?;
                    d.phrase(x, y)
                });
            carry.title_caps = title_caps(&d);
        }
    }
    // A clock time in the title and header lines before the first body sentence (`For release
    // at 2:00 p.m. EST`) is the release's moment, not a period: it dates no body value.
    // (The body starts at its first sentence that ends as one: a short line such as
    // `Embargoed until 4:30 p.m. CET` is a header line whatever its block.)
    let first_body = (0..d.sent_kind.len())
        .find(|&s| {
            let (a, b) = d.sent_toks[s];
            matches!(d.sent_kind[s], BlockKind::Paragraph | BlockKind::Field)
                && b > a
                && matches!(d.punct(b - 1), Some('.' | '!' | '?' | '。' | '！' | '？'))
        })
        .unwrap_or(usize::MAX);
    let mut cur_sent = NONE;
    // Facts of the current sentence start here (indices into `facts`).
    let mut sent_first_fact = 0usize;
    // Sentences before `next_sent` have been carried over.
    let mut next_sent = 0usize;
    for n in 0..d.order.len() {
        let vi = d.order[n];
        let (a, b) = d.item_toks[vi];
        if a >= b || a >= d.toks.len() {
            continue;
        }
        let s = d.toks[a].sent;
        if s == NONE || !items[vi].kind.is_quantity() {
            continue;
        }
        let s = s as usize;
        if s as u32 != cur_sent {
            // Leaving the current sentence: the period of its last dated fact, else its last
            // period date, is the passage's; sentences without values pass their dates on.
            if cur_sent != NONE {
                let from_facts = facts[sent_first_fact..].iter().rev().find_map(|f| {
                    // (Not the other side of a comparison: `compared with $365 million in
                    // the second quarter of 2024` does not date the passage.)
                    f.period
                        .mention()
                        .filter(|&p| f.period_offset.is_none() && !d.anchor[p])
                });
                let had_facts = facts.len() > sent_first_fact;
                let own = if had_facts {
                    from_facts
                } else {
                    last_period_date(&d, cur_sent as usize)
                };
                if let Some(p) = own.filter(|&p| cur_sent as usize >= first_body || !stamp(&d, p)) {
                    carry.date = Some(p);
                    carry.blank = false;
                }
                next_sent = next_sent.max(cur_sent as usize + 1);
            }
            while next_sent < s {
                if let Some(p) = last_period_date(&d, next_sent)
                    && (next_sent >= first_body || !stamp(&d, p))
                {
                    carry.date = Some(p);
                    carry.blank = false;
                } else if carry.date.is_some() && sub_heading(&d, sentences, next_sent) {
                    carry.blank = true;
                }
                next_sent += 1;
            }
            cur_sent = s as u32;
            sent_first_fact = facts.len();
        }
        let kind = d.sent_kind[s];
        if matches!(
            kind,
            BlockKind::Navigation | BlockKind::Boilerplate | BlockKind::Dateline
        ) {
            continue;
        }
        if let Some(f) = read_value(&d, n, &facts[sent_first_fact..], &facts, &carry) {
            facts.push(f);
        }
    }
    fill_missing_metrics(&d, &mut facts);
    d.recycle();
    facts
}

/// Whether date item `it` of a header line is the release's moment rather than a period: a
/// clock time (a `:` between two numbers: `2:00 p.m.`). (A line that is a date alone is no
/// stamp: `Qtr ends March 7` above a wire table dates its rows.)
fn stamp(d: &Doc<'_, '_>, it: usize) -> bool {
    let (a, b) = d.item_toks[it];
    (a + 1..b.saturating_sub(1)).any(|i| {
        d.punct(i) == Some(':')
            && matches!(d.toks[i - 1].kind, Kind::Number { .. })
            && matches!(d.toks[i + 1].kind, Kind::Number { .. })
    })
}

/// Whether sentence `s` is a results table's sub-heading between its rows: a short field line
/// of one to three words naming a period by a unit of time (`Nine mths`, `Year`, `Six mths`,
/// `52 weeks`), with table rows (field lines) before and after it. Under it, the rows are for
/// the cumulative period it names, not the quarter the table's heading dates.
fn sub_heading(d: &Doc<'_, '_>, sentences: &[Sentence], s: usize) -> bool {
    let field = |k: usize| d.sent_kind.get(k) == Some(&BlockKind::Field);
    if s == 0 || !field(s) || !field(s - 1) || !field(s + 1) {
        return false;
    }
    let Some(line) = sentences.get(s).and_then(|x| d.text.get(x.span.range())) else {
        return false;
    };
    let line = line.trim();
    if line.len() > 24 || line.contains("  ") {
        return false;
    }
    let words = line.split_ascii_whitespace().count();
    // The period it names: a unit of time from the lexicon (`mths`, `Year`, `weeks`), so that a
    // category line between rows (`Operating items`, `Total`) keeps the table's period.
    let lx = lexicon();
    let names_period = || {
        line.split([' ', '.']).any(|w| {
            lx.lookup(w)
                .is_some_and(|e| lx.classes(e).has(Class::TimeUnit))
        })
    };
    (1..=3).contains(&words)
        && line
            .bytes()
            .all(|c| c.is_ascii_alphanumeric() || c == b' ' || c == b'.')
        && line
            .bytes()
            .next()
            .is_some_and(|c| c.is_ascii_alphanumeric())
        && names_period()
}

/// The last date of a sentence that can be a period (not a comparison anchor).
fn last_period_date(d: &Doc<'_, '_>, s: usize) -> Option<usize> {
    if matches!(
        d.sent_kind.get(s),
        Some(BlockKind::Dateline | BlockKind::Navigation | BlockKind::Boilerplate)
    ) {
        return None;
    }
    let (a, b) = d.sent_toks[s];
    let k = d.index.period_date.last_in(a, b)?;
    Some(d.toks[k].item as usize)
}

/// The metric of a market report: the subject of a market or movement verb in the first
/// sentence of the body (`Share prices opened mixed`, `Shipping stocks slipped`).
fn topic_metric<'a>(d: &Doc<'a, '_>) -> Option<Phrase<&'a str>> {
    let s = d
        .sent_kind
        .iter()
        .position(|k| *k == BlockKind::Paragraph)?;
    let (a, b) = d.sent_toks[s];
    let i = d.index.market.first_in(a, b.min(a + WINDOW))?;
    if let NpLeft::Phrase(x, y) = d.np_left(i, a, false)
        && !is_entity(d, x, y, false)
    {
        return d.phrase(x, y);
    }
    None
}

/// The company a wire title names by its ticker: the name in angle brackets (`<CCL INDUSTRIES
/// INC> 4TH QTR NET`), or the words from the title's start to a bracketed code (`CHILDREN'S
/// DISCOVERY <CDCRA> 4TH QTR LOSS`).
fn title_ticker<'a>(d: &Doc<'a, '_>) -> Option<Phrase<&'a str>> {
    let s = d.sent_kind.iter().position(|k| *k == BlockKind::Title)?;
    let (a, b) = d.sent_toks[s];
    let p = (a..b).find(|&i| d.punct(i) == Some('<'))?;
    let q = (p + 1..b).find(|&i| d.punct(i) == Some('>'))?;
    let inner = (p + 1..q).filter(|&i| d.is_word(i)).count();
    let spaced = (p + 2..q).any(|i| d.toks[i].span.start() > d.toks[i - 1].span.end());
    let (x, y) = if spaced && inner >= 2 {
        (p + 1, q)
    } else {
        (a, p)
    };
    if x >= y || (x..y).any(|i| d.toks[i].item != NONE) || !(x..y).any(|i| d.is_word(i)) {
        return None;
    }
    // (Words before the code that hold a verb or a preposition are a headline, not the
    // ticker's name: `PESCH SEES SHAREHOLDER SUPPORT IN AMI <AMI>`, `RENAULT TO FORGIVE
    // AMERICAN MOTORS <AMO>`.)
    if x == a && headline_words(d, x, y) {
        return None;
    }
    d.phrase(x, y)
}

/// Whether title tokens `x..y` hold a cue word that no name holds (a status word, a preposition,
/// a clause word: `SEES`, `IN`, `TO`; not `AND`, `OF`, `THE`, nor a word glued to a hyphen):
/// a headline rather than a name.
fn headline_words(d: &Doc<'_, '_>, x: usize, y: usize) -> bool {
    let headline = Cues::FORECAST | Cues::TARGET | Cues::PREP | Cues::STOP | Cues::CLAUSE;
    (x..y).any(|i| {
        let (c, h) = d.cue_at(i);
        h == i && c.any(headline) && !c.has(Cues::OF) && !d.glued(i) && !d.glued(i + 1)
    })
}

/// The first run of capitalised words in the title.
fn title_subject<'a>(d: &Doc<'a, '_>) -> Option<Phrase<&'a str>> {
    let (i, j) = title_run(d)?;
    d.phrase(i, j)
}

/// The tokens of the title's first run of capitalised words ([`title_subject`]).
fn title_run(d: &Doc<'_, '_>) -> Option<(usize, usize)> {
    let s = d.sent_kind.iter().position(|k| *k == BlockKind::Title)?;
    let (a, b) = d.sent_toks[s];
    let mut i = a;
    while i < b {
        if d.cap(i) && d.cue_at(i).0.is_empty() && d.toks[i].item == NONE {
            let mut j = i + 1;
            while j < b
                && (d.cap(j) || matches!(d.punct(j), Some('/' | '&' | '.' | '-')))
                && d.toks[j].item == NONE
                && d.cue_at(j).0.is_empty()
            {
                j += 1;
            }
            while j > i + 1 && d.punct(j - 1).is_some() {
                j -= 1;
            }
            // (A word the run cuts where it goes on glued is none: the `M` of `U.S. M-1`.)
            if j < b
                && j > i + 1
                && d.glued(j)
                && (d.punct(j) == Some('-') || matches!(d.toks[j].kind, Kind::Number { .. }))
            {
                j -= 1;
                // (An abbreviation keeps its full stop: `U.S.`.)
                while j > i + 1 && d.punct(j - 1).is_some_and(|c| c != '.') {
                    j -= 1;
                }
            }
            // A title's first word is capitalised whatever it is: alone, it names someone
            // only when written in capitals (`Industrial production rises` names no one).
            let lone_first = i == a
                && (i..j).filter(|&k| d.is_word(k)).count() == 1
                && d.tok_text(i).chars().any(char::is_lowercase);
            if lone_first {
                return None;
            }
            return Some((i, j));
        }
        i += 1;
    }
    None
}

/// The name an all-capitals title opens with, as the body writes it: the longest start of
/// the title's first capitalised run ([`title_run`]) that the body writes with every word
/// capitalised (`ACME WIDGETS RAISES DIVIDEND` over `Acme Widgets Inc said`: `Acme Widgets`);
/// a capitals run alone cannot tell a name from the verb after it.
fn caps_title_name<'a>(d: &Doc<'a, '_>) -> Option<Phrase<&'a str>> {
    let (i, j) = title_run(d)?;
    let s = d.toks[i].sent;
    let mut best: Option<(usize, usize)> = None;
    let mut best_len = 0;
    let first = d.tok_text(i);
    // Whether the body writes the first word at all; in lower case (a common word: `trade`);
    // capitalised where no sentence starts (a name: `shares of Pennwalt`).
    let (mut seen, mut lower, mut inside) = (false, false, false);
    // A one-word match that opens a sentence, where any word is capitalised, and that the
    // lexicon knows as a common word (`Average rates fell`): a name only when the body also
    // writes it capitalised inside a sentence.
    let mut opening: Option<(usize, usize)> = None;
    // (A cheap look at the length and the first byte before the word itself.)
    let bytes = d.text.as_bytes();
    let (len, b0) = (first.len(), first.as_bytes().first().copied().unwrap_or(0));
    for x in j..d.toks.len() {
        let t = &d.toks[x];
        if t.span.end() - t.span.start() != len
            || !bytes
                .get(t.span.start())
                .is_some_and(|c| c.eq_ignore_ascii_case(&b0))
            || t.sent == s
            || !d.tok_text(x).eq_ignore_ascii_case(first)
        {
            continue;
        }
        seen = true;
        if !d.cap(x) {
            lower |= !sentence_first(d, x);
            continue;
        }
        let first_word = sentence_first(d, x);
        inside |= !first_word;
        // Token by token: the same words, each capitalised, glued where the title's are.
        let mut n = 1;
        while i + n < j
            && x + n < d.toks.len()
            && d.tok_text(x + n).eq_ignore_ascii_case(d.tok_text(i + n))
            && d.glued(x + n) == d.glued(i + n)
        {
            n += 1;
        }
        // (A place the title writes as its adjective ends the name: `South Africa` for `SOUTH
        // AFRICAN GOLD`.)
        let place = i + n < j && x + n < d.toks.len() && n > 0 && d.cap(x + n) && {
            let (w, t) = (d.tok_text(x + n), d.tok_text(i + n));
            w.len() >= 4
                && t.get(..w.len()).is_some_and(|h| h.eq_ignore_ascii_case(w))
                && t.get(w.len()..).is_some_and(|e| {
                    finnews_core::tables::facts::PLACE_ADJECTIVE_ENDS
                        .iter()
                        .any(|s| e.eq_ignore_ascii_case(s))
                })
                && d.glued(x + n) == d.glued(i + n)
        };
        if place {
            n += 1;
        }
        // (Ends on a capitalised word, or an abbreviation's full stop: `U.S.`; a lower-case
        // word only inside: `Lyonnaise des Eaux`, not `Acme widgets`.)
        while n > 0
            && !d.cap(x + n - 1)
            && !(n > 1 && d.punct(x + n - 1) == Some('.') && d.cap(x + n - 2))
        {
            n -= 1;
        }
        // (A name the body goes on with otherwise is another: `South Africa` for `SOUTH
        // AFRICAN GOLD`.)
        // (A company form the body adds is the name's: `Acme Widgets Inc`.)
        while n > 0 && !place && x + n < d.toks.len() && d.suffix(x + n) {
            n += 1;
        }
        // (A word cut where the title's goes on glued is no name: `U.S. M` of `U.S. M-1`.)
        while n > 0 && i + n < j && d.glued(i + n) && d.glued(x + n) && d.is_word(x + n - 1) {
            n -= 1;
        }
        // (An abbreviation of letters and full stops ends a name where the title's does: `U.S.
        // Treasury` for `U.S. HOUSE`; not `N.` of `N.Y.`, nor `Sen.`.)
        let abbrev = n >= 4
            && (x..x + n).all(|k| d.punct(k) == Some('.') || d.tok_text(k).len() == 1)
            && d.punct(x + n - 1) == Some('.')
            && (i + n >= j || !d.glued(i + n));
        let goes_on = n < j - i
            && !abbrev
            && !place
            && x + n < d.toks.len()
            && d.cap(x + n)
            && d.toks[x + n].sent == d.toks[x].sent;
        let words = (x..x + n).filter(|&k| d.is_word(k)).count();
        if words == 1 && first_word && d.toks[x].fid != NO_WORD && !goes_on {
            opening = opening.or(Some((x, x + n)));
            continue;
        }
        if words > best_len && !goes_on {
            best_len = words;
            best = Some((x, x + n));
            if n == j - i {
                break;
            }
        }
    }
    // (One word the body also writes in lower case is a common word, not a name.)
    if best_len == 1 && lower {
        best = None;
    }
    if best.is_none() && inside && !lower {
        best = opening;
    }
    match best {
        Some((x, y)) => d.phrase(x, y),
        // (A body that never writes the title's first word cannot tell: the title's run, or
        // before a ticker, the run's last words from the first the body writes capitalised:
        // `USAIR` of `U.S. OKAYS USAIR <U>`.)
        None if !seen => {
            let ticker = j < d.toks.len() && d.punct(j) == Some('<');
            let k = (i + 1..j)
                .filter(|_| ticker)
                .take(8)
                .find(|&k| d.is_word(k) && body_writes_capitalised(d, k, j));
            d.phrase(k.unwrap_or(i), j)
        }
        None => None,
    }
}

/// Whether the body (the tokens after `from`) writes title word `k` capitalised.
fn body_writes_capitalised(d: &Doc<'_, '_>, k: usize, from: usize) -> bool {
    let w = d.tok_text(k);
    let s = d.toks[k].sent;
    (from..d.toks.len()).any(|x| {
        d.toks[x].span.end() - d.toks[x].span.start() == w.len()
            && d.toks[x].sent != s
            && d.cap(x)
            && d.tok_text(x).eq_ignore_ascii_case(w)
    })
}

/// Whether a phrase names an entity: every word capitalised (a sentence's first word alone
/// only when written in capitals or the subject of a market verb: `Unilever gained 10p`), or,
/// for a market verb, its last word (`In lower oils BP shed 6p`).
fn is_entity(d: &Doc<'_, '_>, a: usize, b: usize, market: bool) -> bool {
    let mut words = 0;
    let mut all_cap = true;
    let mut last_cap = false;
    for i in a..b {
        if d.is_word(i) {
            let cap = d.cap(i);
            all_cap &= cap;
            last_cap = cap;
            words += 1;
        }
    }
    if words == 0 || words > 4 {
        return false;
    }
    // A company form alone is a garbled name (`On Wednesday, Co. reported`).
    if words == 1 && (a..b).any(|i| d.is_word(i) && d.suffix(i)) {
        return false;
    }
    if market && last_cap {
        return true;
    }
    if !all_cap {
        return false;
    }
    let first_of_sentence = sentence_first(d, a);
    if words == 1 && first_of_sentence {
        let w = d.tok_text(a);
        return w.len() > 1 && w.chars().all(|c| !c.is_lowercase());
    }
    // A sentence's first word, capitalised by its place, before an acronym names a measure, not
    // someone: `Adjusted EPS rose`, `Core CPI rose` (a company form is no measure: `Foo AG`).
    if words == 2 && first_of_sentence && measure_pair(d, a, b) {
        return false;
    }
    true
}

/// Whether token `a` is its sentence's first word, capitalised by its place whatever it is
/// (the first word after an opening quote starts the sentence too: `"Backlog reached`).
fn sentence_first(d: &Doc<'_, '_>, a: usize) -> bool {
    d.toks[a].sent != NONE && {
        let s0 = d.sent_toks[d.toks[a].sent as usize].0;
        s0 <= a && a - s0 <= 2 && (s0..a).all(|k| d.punct(k).is_some())
    }
}

/// Whether tokens `a..b` are a word then an acronym that is no company form (`Adjusted EPS`,
/// `Core CPI`): at a sentence's start, a measure rather than a name.
fn measure_pair(d: &Doc<'_, '_>, a: usize, b: usize) -> bool {
    b == a + 2
        && d.is_word(a)
        && d.is_word(a + 1)
        && d.tok_text(a)
            .bytes()
            .skip(1)
            .all(|c| c.is_ascii_lowercase())
        && acronym(d.tok_text(a + 1))
        && d.cue_at(a + 1).0.is_empty()
        && !d.suffix(a + 1)
}

/// A metric found for a value, and the entity named as the verb's subject.
struct MetricFound<'a> {
    metric: Option<Phrase<&'a str>>,
    subject: Option<Phrase<&'a str>>,
}

#[inline(always)]
fn read_value<'a>(
    d: &Doc<'a, '_>,
    n: usize,
    in_sentence: &[Fact<&'a str>],
    all: &[Fact<&'a str>],
    carry: &Carry<'a>,
) -> Option<Fact<&'a str>> {
    let vi = d.order[n];
    let item = d.items[vi];
    let (a, b) = d.item_toks[vi];
    let (lo, hi) = d.sent_range(a);
    let lo = lo.max(a.saturating_sub(WINDOW));
    let hi = hi.min(b + WINDOW);
    let prev = in_sentence.last();

    // A currency conversion in brackets copies the fact of the amount it converts.
    if a >= 2 && d.punct(a - 1).is_some_and(is_open_paren) {
        let before = d.toks[a - 2].item;
        if before != NONE
            && d.items[before as usize].kind == ItemKind::Money
            && item.kind == ItemKind::Money
            && let Some(p) = prev.filter(|p| p.value == before as usize)
        {
            let mut f = p.clone();
            f.value = vi;
            return Some(f);
        }
    }

    let field = d.sent_kind[d.toks[a].sent as usize] == BlockKind::Field;
    let segi = d.seg_of(a);
    let seg = d.segs[segi];

    // ---- role and direction
    let (mut role, mut direction) = role_of(d, vi, (a, b), (lo, hi), segi)?;
    let joined = prev.filter(|p| joined_to(d, p.value, a));
    // `3,647 shares, or 0.4 pct`: a percent restating an amount is its share of the whole.
    let restates = item.kind == ItemKind::Percent
        && joined.is_some_and(|p| {
            d.items[p.value].kind != ItemKind::Percent && d.cue_between(p.value, a, Cues::ALT)
        });
    if role.is_none() && restates {
        // (A movement restated in percent is the same movement: `fell 212.5 points, or 0.5
        // percent`.)
        match joined {
            Some(p) if p.role == Role::Change => {
                role = Some(Role::Change);
                direction = p.direction;
            }
            _ => role = Some(Role::Share),
        }
    }
    if role.is_none()
        && let Some(p) = joined
    {
        role = Some(p.role);
        direction = p.direction;
    }
    let mut role = role.unwrap_or(match item.kind {
        ItemKind::Percent if item.points => Role::Change,
        _ => Role::Level,
    });

    // ---- metric and subject
    // `including 9.9 trillion won`, `of which 37 percent`: a part of the value before takes
    // its metric.
    let part_of_prev = prev.is_some()
        && a > lo
        && (a.saturating_sub(3)..a).any(|k| k >= lo && d.cue_at(k).0.has(Cues::PART));
    // (A counted noun of its own still names it: `including about 160 Japanese companies`.)
    let counted = b < hi && d.is_word(b) && d.cue_at(b).0.is_empty();
    // A movement in brackets right after an amount is the amount's (`1,530億円（同12.4%増）`,
    // `5 bln dlrs (up 3 pct)`).
    let bracket_of_prev = role == Role::Change
        && prev.is_some_and(|p| {
            let pb = d.item_toks[p.value].1;
            pb < a && a - pb <= 4 && d.punct(pb).is_some_and(is_open_paren)
        });
    let found = if (part_of_prev && !counted) || bracket_of_prev {
        MetricFound {
            metric: prev.and_then(|p| p.metric.clone()),
            subject: None,
        }
    } else {
        metric_of(d, vi, a, b, lo, hi, field)
    };
    let mut metric = found.metric;
    if metric.is_none() && found.subject.is_some() {
        // An entity moved (`ICI lost 2p at 1,333`): the market report's metric.
        metric = carry.topic.clone();
    }
    if metric.is_none() {
        metric = prev.and_then(|p| p.metric.clone());
    }
    if metric.is_none() && field {
        metric = all.last().and_then(|p| p.metric.clone());
    }
    if item.kind == ItemKind::Percent
        && role == Role::Level
        && let Some(m) = &metric
    {
        let (ma, mb) = (m.span.start(), m.span.end());
        // The window's tokens inside the metric (tokens are in order: a binary search).
        let w0 = a.saturating_sub(WINDOW).min(d.toks.len());
        let w = &d.toks[w0..(w0 + 2 * WINDOW).min(d.toks.len())];
        let from = w.partition_point(|t| t.span.start() < ma);
        if w[from..]
            .iter()
            .take_while(|t| t.span.start() < mb)
            .any(|t| t.span.end() <= mb && t.head == NONE && t.cue.has(Cues::SHARE_NOUN))
        {
            role = Role::Share;
        }
    }
    if role == Role::Change && direction.is_none() {
        direction = direction_near(d, a, b, lo, hi, segi);
    }
    if role != Role::Change {
        direction = None;
    }
    // (A row's label before its value is what the row measures, not who: `Motion Control
    // $612 $580`.)
    let subject = left_entity(d, a, lo)
        .filter(|e| metric.as_ref().is_none_or(|m| m.span != e.span))
        .or(found.subject)
        .or_else(|| metric.as_ref().and_then(|m| possessor(d, m.span, lo, hi)))
        .or_else(|| metric.as_ref().and_then(|m| of_owner(d, m.span, lo, hi)))
        .or_else(|| prev.and_then(|p| p.subject.clone()))
        .or_else(|| all.last().and_then(|p| p.subject.clone()))
        .or_else(|| {
            // An all-capitals title's first run of words is a headline, not a name: the
            // body's entity comes first there.
            let body = || carry.body_entity.get_or_init(|| body_entity(d)).clone();
            // (A name inside a lead sentence only when nothing else names one.)
            let inner = || {
                carry
                    .inner_entity
                    .get_or_init(|| inner_entity(d).and_then(|(x, y)| d.phrase(x, y)))
                    .clone()
            };
            if carry.title_caps {
                body()
                    .or_else(|| carry.caps_title.get_or_init(|| caps_title_name(d)).clone())
                    .or_else(inner)
            } else {
                carry.title_subject.clone().or_else(body).or_else(inner)
            }
        });

    // ---- status
    let status = if seg.from {
        Status::Actual
    } else {
        status_of(d, a, b, lo, hi)
    };

    // ---- period
    let (mut period, mut offset) = period_of(d, segi, a, b, lo, hi, seg, field, role, carry);
    if status == Status::Conditional {
        period = Period::None;
    }
    if let Some(p) = joined.filter(|_| d.cue_between(prev.map_or(0, |p| p.value), a, Cues::ALT)) {
        period = p.period;
        offset = p.period_offset;
    }
    // (Most values have no neighbour side by side: the row is looked at only then.)
    let beside = (n > 0 && side_by_side(d, d.order[n - 1], vi))
        || (n + 1 < d.order.len() && side_by_side(d, vi, d.order[n + 1]));
    if let Some((p, o)) = beside.then(|| table_column(d, n)).flatten() {
        (period, offset) = (p, o);
    } else if field && seg.compare {
        offset = Some(PeriodOffset::YearEarlier);
        if let Some(p) = prev {
            period = p.period;
            if metric.is_none() || d.toks[a].sent == d.toks[d.item_toks[p.value].0].sent {
                metric = p.metric.clone();
            }
        }
        // (No period, nothing to shift: a row under a sub-heading that names none.)
        if period == Period::None {
            offset = None;
        }
    }

    // ---- basis
    let (basis, compared_to) = if role == Role::Change {
        basis_of(d, segi, a, b, lo, hi)
    } else {
        (None, None)
    };

    // ---- denominator: `29 cts per share`, `a share`
    let denominator = denominator_of(d, b, hi);

    let mut f = Fact::new(vi, role);
    f.metric = metric;
    f.subject = subject;
    f.period = period;
    f.period_offset = offset;
    f.direction = direction;
    f.basis = basis;
    f.compared_to = compared_to;
    f.denominator = denominator;
    f.status = status;
    Some(f)
}

impl Doc<'_, '_> {
    /// Whether a word that is a noun or a verb (`increase`, `growth`) is used as a noun: a
    /// determiner within two words before it (`a notable increase`).
    fn noun_use(&self, i: usize, lo: usize) -> bool {
        let mut k = i;
        let mut n = 0;
        while k > lo && n < 3 {
            k -= 1;
            if self.toks[k].item != NONE || self.punct(k).is_some() {
                return false;
            }
            if self.cue_at(k).0.has(Cues::DET) {
                return true;
            }
            n += 1;
        }
        false
    }

    /// The token after a bracketed aside starting at `b` (a conversion: `(about USD8.8
    /// billion)`), or `b`.
    fn skip_brackets(&self, b: usize, hi: usize) -> usize {
        if !self.punct(b).is_some_and(is_open_paren) {
            return b;
        }
        let mut j = b + 1;
        while j < hi && j < b + 16 {
            if matches!(self.punct(j), Some(')' | '）' | ']' | '】')) {
                return j + 1;
            }
            j += 1;
        }
        b
    }

    /// Whether the only words between item `p`'s end and token `a` include `w`.
    fn cue_between(&self, p: usize, a: usize, c: Cues) -> bool {
        let (_, pb) = self.item_toks[p];
        (pb..a).any(|i| self.cue_at(i).0.has(c))
    }
}

/// Whether the value at token `a` is the next member of a list after item `p`: only commas,
/// semicolons, `and`, `or`, brackets between.
fn joined_to(d: &Doc<'_, '_>, p: usize, a: usize) -> bool {
    let (_, mut pb) = d.item_toks[p];
    // `912,147 shares, or 9.4 pct`: the counted noun of the earlier value.
    if pb < a && d.is_word(pb) && d.cue_at(pb).0.is_empty() {
        pb += 1;
    }
    if pb > a || a - pb > 4 {
        return false;
    }
    (pb..a).all(|i| {
        matches!(d.punct(i), Some(',' | ';' | '，' | '；' | '、' | ')' | '('))
            || d.cue_at(i).0.any(Cues::CONJ | Cues::FILLER)
    })
}

/// Role and direction from the words around the value. `None` (outer) when the value is not a
/// fact (an ordinal that does not rank); `None` (inner) when the words do not decide.
#[allow(clippy::type_complexity)]
fn role_of(
    d: &Doc<'_, '_>,
    vi: usize,
    (a, b): (usize, usize),
    (lo, hi): (usize, usize),
    segi: usize,
) -> Option<(Option<Role>, Option<Direction>)> {
    let item = d.items[vi];
    let dir = |c: Cues| {
        if c.has(Cues::UP) {
            Some(Direction::Up)
        } else if c.has(Cues::DOWN) {
            Some(Direction::Down)
        } else {
            None
        }
    };
    if item.kind == ItemKind::Ordinal {
        // Ranks only: a rank word just before, or a superlative just after.
        let mut i = a;
        let mut n = 0;
        while i > lo && n < 5 {
            i -= 1;
            if d.cue_at(i).0.has(Cues::RANK) {
                return Some((Some(Role::Rank), None));
            }
            if d.toks[i].item != NONE {
                break;
            }
            n += 1;
        }
        let mut j = b;
        while j < hi && j < b + 3 {
            if d.cue_at(j).0.has(Cues::RANK) {
                return Some((Some(Role::Rank), None));
            }
            j += 1;
        }
        return None;
    }
    // Right after the value: `8.7% increase`, `4.7 off`, `6・5%増`, `lower`.
    let mut j = b;
    while j < hi && j < b + 2 {
        if d.punct(j).is_some() || d.toks[j].item != NONE {
            break;
        }
        let (c, h) = d.cue_at(j);
        if h == j && c.has(Cues::CHANGE) {
            return Some((Some(Role::Change), dir(c)));
        }
        if !c.any(Cues::FILLER) || d.is_cjk(j) {
            // `percentage point lower`: the unit is inside the item, so only fillers skip.
            if !c.has(Cues::UNIT_WORD) {
                break;
            }
        }
        j += 1;
    }
    // A percent of something is a share of it.
    if item.kind == ItemKind::Percent && b < hi && d.cue_at(b).0.has(Cues::OF) {
        // unless a movement word precedes (`an increase of 6.4 percent of ...` is rare)
        return Some((Some(Role::Share), None));
    }
    // Left of the value, skipping fillers.
    let mut i = a;
    let mut n = 0;
    while i > lo && n < 4 {
        let k = i - 1;
        if d.toks[k].item != NONE {
            break;
        }
        if d.punct(k).is_some() {
            break;
        }
        let (c, h) = d.cue_at(k);
        if c.has(Cues::FILLER) && !c.any(Cues::CHANGE | Cues::LEVEL | Cues::SHARE) {
            i = h;
            n += 1;
            continue;
        }
        if c.has(Cues::CHANGE) {
            return Some((Some(Role::Change), dir(c)));
        }
        if c.has(Cues::SHARE) {
            return Some((Some(Role::Share), None));
        }
        if c.any(Cues::LEVEL | Cues::FROM) {
            // `X at Y` below may still make it a change.
            break;
        }
        break;
    }
    // `lost 2p at 1,333`, `Dixons 4p to 373`: the value before `at/to` and another value is
    // the movement (its restatement between commas skipped: `gained $1.55, or 2.1%, to
    // $74.62`).
    let mut j = restated_end(d, b, hi).unwrap_or(b);
    if j < hi {
        let (c, h) = d.cue_at(j);
        if h == j && c.has(Cues::LEVEL) && !c.has(Cues::VERB) {
            j = d.toks[j].end.max(j as u32 + 1) as usize;
            if j < hi
                && d.toks[j].item != NONE
                && d.items[d.toks[j].item as usize].kind.is_quantity()
            {
                return Some((Some(Role::Change), None));
            }
        }
    }
    // Otherwise the left cue, if a level one.
    let mut i = a;
    let mut n = 0;
    while i > lo && n < 4 {
        let k = i - 1;
        if d.toks[k].item != NONE || d.punct(k).is_some() {
            break;
        }
        let (c, h) = d.cue_at(k);
        if c.has(Cues::FILLER) && !c.any(Cues::LEVEL) {
            i = h;
            n += 1;
            continue;
        }
        if c.any(Cues::LEVEL | Cues::FROM) {
            return Some((Some(Role::Level), None));
        }
        break;
    }
    // A percent with a movement word in its clause is a change.
    if item.kind == ItemKind::Percent {
        let from = lo.max(d.seg_first(segi));
        if let Some(k) = d.index.change.last_in(from, a) {
            return Some((Some(Role::Change), dir(d.toks[k].cue)));
        }
    }
    Some((None, None))
}

/// When the value ending at token `b` is restated right after it between commas (`$1.55, or
/// 2.1%,`): the token after the closing comma. (A few tokens read, no scan.)
fn restated_end(d: &Doc<'_, '_>, b: usize, hi: usize) -> Option<usize> {
    if b + 2 >= hi || d.punct(b) != Some(',') || !d.cue_at(b + 1).0.has(Cues::ALT) {
        return None;
    }
    let it = d.toks[b + 2].item;
    if it == NONE || !d.items[it as usize].kind.is_quantity() {
        return None;
    }
    let (x, y) = d.item_toks[it as usize];
    (x == b + 2 && y < hi && d.punct(y) == Some(',')).then_some(y + 1)
}

/// The nearest movement word: just after the value, else before it in the sentence.
fn direction_near(
    d: &Doc<'_, '_>,
    a: usize,
    b: usize,
    lo: usize,
    hi: usize,
    segi: usize,
) -> Option<Direction> {
    let dir = |c: Cues| {
        if c.has(Cues::UP) {
            Some(Direction::Up)
        } else if c.has(Cues::DOWN) {
            Some(Direction::Down)
        } else {
            None
        }
    };
    if let Some(k) = d.index.direction.last_in(lo, a) {
        return dir(d.toks[k].cue);
    }
    let end = hi.min(d.seg_first(segi + 1));
    let k = d.index.direction.first_in(b, end)?;
    dir(d.toks[k].cue)
}

/// Whether the value of tokens `a..b` ends a table row: set off by two spaces or a tab before
/// it, a line break after it (the word after it is the next row's label, not a counted noun:
/// `Net sales    $1,240    $1,168` over `Gross profit ...`). Prose wrapped at a value has one
/// space before it.
fn row_end(d: &Doc<'_, '_>, a: usize, b: usize) -> bool {
    if a == 0 || b >= d.toks.len() {
        return false;
    }
    let bytes = d.text.as_bytes();
    let after = bytes.get(d.toks[b - 1].span.end()..d.toks[b].span.start());
    let before = bytes.get(d.toks[a - 1].span.end()..d.toks[a].span.start());
    after.is_some_and(|g| g.contains(&b'\n'))
        && before.is_some_and(|g| {
            g.len() >= 2 && g.iter().all(|&c| c == b' ' || c == b'\t') || g.contains(&b'\t')
        })
}

/// Whether tokens `a..b` are a name before a possessive `'s`: one to four words, each
/// capitalised (at a sentence's start too: `Brazil's September trade surplus`).
fn named(d: &Doc<'_, '_>, a: usize, b: usize) -> bool {
    let words = (a..b).filter(|&i| d.is_word(i)).count();
    (1..=4).contains(&words) && (a..b).all(|i| !d.is_word(i) || d.cap(i))
}

/// Whether `word` occurs in `text` capitalised where no sentence starts (after a letter, a
/// digit or a comma and a space): a name, not a sentence's first word.
fn capitalised_inside(text: &str, word: &str) -> bool {
    if word.is_empty() {
        return false;
    }
    text.match_indices(word).take(64).any(|(i, _)| {
        let before = text[..i].trim_end_matches([' ', '\t']);
        before.len() < i
            && before
                .chars()
                .next_back()
                .is_some_and(|c| c.is_alphanumeric() || c == ',')
    })
}

/// The name a CJK title opens with before its first `、` or `，` (`トヨタ、日本企業の最高益更新へ`),
/// after a bracketed label (`【企業】`).
fn cjk_title_name<'a>(d: &Doc<'a, '_>) -> Option<Phrase<&'a str>> {
    let s = d.sent_kind.iter().position(|k| *k == BlockKind::Title)?;
    let (mut a, b) = d.sent_toks[s];
    if d.punct(a) == Some('【') {
        a = (a..b).find(|&i| d.punct(i) == Some('】'))? + 1;
    }
    let p = (a..b.min(a + 12)).find(|&i| matches!(d.punct(i), Some('、' | '，')))?;
    let plain = (a..p).all(|i| d.is_cjk(i) && d.toks[i].item == NONE && d.cue_at(i).0.is_empty());
    if p >= a + 2 && plain {
        return d.phrase(a, p);
    }
    None
}

/// Whether the title's words are all written in capitals (a wire headline).
fn title_caps(d: &Doc<'_, '_>) -> bool {
    let Some(s) = d.sent_kind.iter().position(|k| *k == BlockKind::Title) else {
        return false;
    };
    let (a, b) = d.sent_toks[s];
    let mut words = 0;
    for i in a..b {
        if d.is_word(i) {
            if d.tok_text(i).chars().any(char::is_lowercase) {
                return false;
            }
            words += 1;
        }
    }
    words > 1
}

/// The first entity the body names: a run of capitalised words before `'s` (`Changzhou's
/// manufacturing sector`), or opening a sentence as the subject of its verb (`Shenzhen has
/// spent`, `Canadian Pacific Ltd said`), in the first sentences the linker reads. The subject of a
/// value whose sentence names none (`the city's loans`, `its revenue`).
fn body_entity<'a>(d: &Doc<'a, '_>) -> Option<Phrase<&'a str>> {
    let (a, b) = lead_entity(d)?;
    // (One word an all-capitals title opens with: the name as the title gives it, when the body
    // writes it so: `Renault` under `RENAULT SA <RENA> …` over `Renault SA said`.)
    if b == a + 1
        && caps_title_opens_with(d, a)
        && let Some(p) = caps_title_name(d)
        && p.text.len() > d.tok_text(a).len()
        && p.text
            .get(..d.tok_text(a).len())
            .is_some_and(|h| h.eq_ignore_ascii_case(d.tok_text(a)))
    {
        return Some(p);
    }
    let (a, b) = defined_name(d, a, b).unwrap_or((a, b));
    d.phrase(a, b)
}

/// The token ranges of the lead: the first four body sentences with tokens, where a story names
/// what it is about.
fn lead_sentences<'d>(d: &'d Doc<'_, '_>) -> impl Iterator<Item = (usize, usize)> + 'd {
    d.sent_kind
        .iter()
        .zip(&d.sent_toks)
        .filter(|&(kind, &(lo, hi))| *kind == BlockKind::Paragraph && lo != hi)
        .map(|(_, &r)| r)
        .take(4)
}

/// The lead's first named sentence subject or possessor ([`body_entity`]), as tokens.
fn lead_entity(d: &Doc<'_, '_>) -> Option<(usize, usize)> {
    let name_run = |mut i: usize, lo: usize, end: usize| {
        while i > lo
            && d.toks[i - 1].item == NONE
            && d.cue_at(i - 1).0.is_empty()
            && (d.cap(i - 1)
                || (matches!(d.punct(i - 1), Some('.' | '-' | '&')) && i - 1 > lo && d.cap(i - 2)))
        {
            i -= 1;
        }
        (i < end).then_some(i)
    };
    // (The lead names it.)
    for (lo, hi) in lead_sentences(d) {
        // A sentence's subject: capitalised words (after a determiner) and its verb, or `said`.
        let mut i = lo;
        while i < hi && d.cue_at(i).0.has(Cues::DET) {
            i += 1;
        }
        let mut j = i;
        while j < hi
            && j < i + 5
            && d.toks[j].item == NONE
            && d.cue_at(j).0.is_empty()
            && (d.cap(j) || (matches!(d.punct(j), Some('.' | '-' | '&')) && j > i))
        {
            j += 1;
        }
        let mut v = j;
        while v < hi && d.cue_at(v).0.has(Cues::ADVERB) {
            v += 1;
        }
        // (A company form's full stop ends the name: `Harbor Valves Inc. reported`.)
        if j > i + 1 && d.punct(j - 1) == Some('.') && d.suffix(j - 2) {
            j -= 1;
        }
        if j > i && v < hi && d.cap(j - 1) {
            let (c, h) = d.cue_at(v);
            // One word opening the sentence is a name only when the text writes it capitalised
            // where a sentence does not start too (`Shenzhen`, not `Dealers said`).
            let one = (i..j).filter(|&k| d.is_word(k)).count() == 1;
            if h == v
                && c.any(Cues::VERB | Cues::STOP)
                && !c.any(Cues::PRONOUN | Cues::CLAUSE)
                && d.is_word(v)
                && (!one
                    || capitalised_inside(d.text, d.tok_text(i))
                    || (c.has(Cues::STOP) && !c.has(Cues::VERB) && caps_title_opens_with(d, i)))
            {
                return Some((i, j));
            }
        }
        // A Japanese news lead: the topic before `は` and the day (`トヨタ自動車は6日、`).
        if let Some(k) = (lo + 1..hi.min(lo + 16)).find(|&k| {
            matches!(d.toks[k].kind, Kind::Cjk('は'))
                && d.toks.get(k + 1).is_some_and(|t| {
                    t.item != NONE && d.items[t.item as usize].kind == ItemKind::Date
                })
        }) && (lo..k).all(|x| d.is_cjk(x) && d.toks[x].item == NONE && d.cue_at(x).0.is_empty())
        {
            return Some((lo, k));
        }
        // A CJK place name opening a clause (`10月27日下午,金坛区召开`).
        if (d.is_cjk(lo) || d.toks[lo].item != NONE)
            && let Some(x) = cjk_place(d, lo, hi)
        {
            return Some(x);
        }
        // A named possessor.
        for k in lo + 1..hi.saturating_sub(1).min(lo + 64) {
            if matches!(d.punct(k), Some('\'' | '’'))
                && d.cue_at(k + 1).0.has(Cues::POSSESSIVE)
                && let Some(i) = name_run(k, lo, k)
                && named(d, i, k)
            {
                return Some((i, k));
            }
        }
    }
    None
}

/// Whether an all-capitals title opens with the word of token `i` (`RENAULT TO FORGIVE …` over
/// `Renault said`): a one-word sentence opener before `said` is then the name the story is
/// about, though the body writes it only where a sentence starts.
fn caps_title_opens_with(d: &Doc<'_, '_>, i: usize) -> bool {
    let Some(s) = d.sent_kind.iter().position(|k| *k == BlockKind::Title) else {
        return false;
    };
    let (a, b) = d.sent_toks[s];
    a < b && d.is_word(a) && title_caps(d) && d.tok_text(a).eq_ignore_ascii_case(d.tok_text(i))
}

/// A CJK place name among tokens `lo..hi` (the first few): three to six plain characters from a
/// clause's start (punctuation, a date, the sentence's start) to a place-name end
/// ([`CJK_PLACE_ENDS`]: `苏州市`, `金坛区`), not a word that character starts (`市场`).
fn cjk_place(d: &Doc<'_, '_>, lo: usize, hi: usize) -> Option<(usize, usize)> {
    let hi = hi.min(lo + 40);
    let mut st = lo;
    for i in lo..hi {
        let plain = d.toks[i].item == NONE && d.cue_at(i).0.is_empty();
        let Kind::Cjk(c) = d.toks[i].kind else {
            st = i + 1;
            continue;
        };
        if !plain {
            st = i + 1;
            continue;
        }
        if CJK_PLACE_ENDS.contains(&c) {
            let len = i + 1 - st;
            let word = matches!(d.toks.get(i + 1).map(|t| t.kind), Some(Kind::Cjk(n)) if CJK_PLACE_NOT_BEFORE.contains(&n));
            if (3..=6).contains(&len) && !word {
                return Some((st, i + 1));
            }
            st = i + 1;
        }
    }
    None
}

/// A name that is the subject of a verb inside one of the lead's first sentences (`This is the
/// first time that Samsung has achieved`): when no sentence opens with a name.
fn inner_entity(d: &Doc<'_, '_>) -> Option<(usize, usize)> {
    for (lo, hi) in lead_sentences(d) {
        let hi = hi.min(lo + 64);
        let mut from = lo + 1;
        while let Some(v) = d.index.verb.first_in(from, hi) {
            from = v + 1;
            let c = d.toks[v].cue;
            if d.toks[v].item != NONE || !d.is_word(v) || c.any(Cues::PRONOUN | Cues::CLAUSE) {
                continue;
            }
            let mut j = v;
            while j > lo && d.cue_at(j - 1).0.has(Cues::ADVERB) {
                j -= 1;
            }
            let mut i = j;
            while i > lo
                && j - i < 4
                && d.cap(i - 1)
                && d.toks[i - 1].item == NONE
                && d.cue_at(i - 1).0.is_empty()
            {
                i -= 1;
            }
            // (Not the sentence's first word: the lead's own rule reads that.)
            // (After a word that is no preposition: `Bank of Denmark is` names no Denmark.)
            if i > lo
                && i < j
                && !(j == i + 1 && d.suffix(i))
                && d.is_word(i - 1)
                && !d.cue_at(i - 1).0.any(Cues::PREP | Cues::OF)
            {
                return Some((i, j));
            }
        }
    }
    None
}

/// The name an acronym stands for where the text defines it (`the Changzhou National High-tech
/// District (CND)`): the capitalised run (hyphenated words included) before the bracketed
/// acronym's first occurrence.
fn defined_name(d: &Doc<'_, '_>, a: usize, b: usize) -> Option<(usize, usize)> {
    let w = d.tok_text(a);
    if b != a + 1 || !(2..=6).contains(&w.len()) || !w.bytes().all(|c| c.is_ascii_uppercase()) {
        return None;
    }
    // The first `(` + acronym + `)` (a search in the text once per document).
    let bytes = d.text.as_bytes();
    let at = d
        .text
        .match_indices(w)
        .take(64)
        .find(|&(i, _)| i > 0 && bytes[i - 1] == b'(' && bytes.get(i + w.len()) == Some(&b')'))?
        .0;
    let k = d.toks.partition_point(|t| t.span.start() < at - 1);
    let glued = |x: usize, y: usize| d.toks[x].span.end() == d.toks[y].span.start();
    let mut i = k;
    while i > 0 && k - i < 8 {
        let t = i - 1;
        let ok = d.toks[t].item == NONE
            && (d.cap(t)
                || (t > 0 && d.cap(t - 1) && d.cue_at(t).0.any(Cues::OF | Cues::CONJ))
                || (matches!(d.punct(t), Some('-' | '–' | '&')) && glued(t, t + 1) && t > 0)
                || (d.is_word(t)
                    && t > 0
                    && glued(t - 1, t)
                    && matches!(d.punct(t - 1), Some('-' | '–'))));
        if !ok {
            break;
        }
        i = t;
    }
    while i < k && (!d.cap(i) || d.cue_at(i).0.has(Cues::DET)) {
        i += 1;
    }
    ((k - i) >= 2).then_some((i, k))
}

/// The named possessor of a metric phrase of the sentence (`Brazil's September trade surplus`,
/// `New Zealand's broadly defined M-3 money supply`): a run of capitalised words right before
/// `'s`, within a few tokens before the phrase (modifiers between are skipped, a verb or a value
/// ends the look). An anaphor (`the city's`, `its`) names no one here.
fn possessor<'a>(d: &Doc<'a, '_>, metric: Span, lo: usize, hi: usize) -> Option<Phrase<&'a str>> {
    // (An English phrase: a CJK one has no `'s`.)
    if !d
        .text
        .as_bytes()
        .get(metric.start())
        .is_some_and(u8::is_ascii_alphabetic)
    {
        return None;
    }
    let sent = &d.toks[lo..hi];
    let m = lo + sent.partition_point(|t| t.span.start() < metric.start());
    if m >= hi || d.toks[m].span.start() != metric.start() {
        return None;
    }
    let floor = m.saturating_sub(8).max(lo);
    let mut k = m;
    while k > floor + 1 {
        k -= 1;
        let (c, h) = d.cue_at(k);
        let it = d.toks[k].item;
        if (it != NONE && d.items[it as usize].kind != ItemKind::Date)
            || (h == k && c.any(Cues::VERB | Cues::CLAUSE | Cues::STOP))
        {
            return None;
        }
        if c.has(Cues::POSSESSIVE) && matches!(d.punct(k - 1), Some('\'' | '’')) {
            let end = k - 1;
            let mut i = end;
            while i > lo
                && d.toks[i - 1].item == NONE
                && (d.cap(i - 1)
                    || (matches!(d.punct(i - 1), Some('.' | '-')) && i - 1 > lo && d.cap(i - 2)))
                && d.cue_at(i - 1).0.is_empty()
            {
                i -= 1;
            }
            if named(d, i, end) {
                return d.phrase(i, end);
            }
            return None;
        }
    }
    None
}

/// The named owner a metric phrase of the sentence ends with after `of` (`the gross domestic
/// product of Ruritania`, `the net income of the Acme Group`): capitalised words (after a
/// determiner) from the phrase's last `of` to its end, when a lower-case word before the `of`
/// makes the phrase a measure rather than one name (`Bank of Ruritania` names no owner).
fn of_owner<'a>(d: &Doc<'a, '_>, metric: Span, lo: usize, hi: usize) -> Option<Phrase<&'a str>> {
    let sent = &d.toks[lo..hi];
    let m = lo + sent.partition_point(|t| t.span.start() < metric.start());
    let e = lo + sent.partition_point(|t| t.span.end() <= metric.end());
    if m >= e
        || d.toks[m].span.start() != metric.start()
        || d.toks[e - 1].span.end() != metric.end()
    {
        return None;
    }
    let k = (m + 1..e).rev().find(|&k| {
        let (c, h) = d.cue_at(k);
        h == k && c.has(Cues::OF)
    })?;
    if !(m..k).any(|i| d.is_word(i) && !d.cap(i)) {
        return None;
    }
    // (`west of Perth`, `shares of Acme`, `the takeover of Acme`: a bearing's place, the owned, a
    // deal's target.)
    // (`Bank of Japan`, `the Stock Exchange of Singapore`: a name across the `of` is one.)
    let before = k - 1;
    if d.not_owner(before) || d.cue_at(before).0.has(Cues::SHARE_NOUN) || d.cap(before) {
        return None;
    }
    // (A name the phrase cuts short is none: `the Organisation` of `for Economic Cooperation`,
    // the `U` of `U.S.`.)
    if e + 1 < hi
        && ((d.cue_at(e).0.any(Cues::PREP | Cues::OF)
            && d.cap(e + 1)
            && d.toks[e + 1].item == NONE)
            || (d.punct(e) == Some('.') && d.glued(e) && d.glued(e + 1) && d.is_word(e + 1)))
    {
        return None;
    }
    // (A name that goes on with a number is a product's or a series', cut short: `CFC 12`; not
    // a number that opens a compound after the name: `Acme Corp 30-year notes`.)
    if e < hi
        && matches!(d.toks[e].kind, Kind::Number { .. })
        && !(e + 1 < hi && d.glued(e + 1) && d.punct(e + 1) == Some('-'))
    {
        return None;
    }
    let mut i = k + 1;
    while i < e && d.cue_at(i).0.has(Cues::DET) {
        // (`of its Acme unit`: the owned.)
        if d.cue_at(i).0.has(Cues::NOT_OWNER) {
            return None;
        }
        i += 1;
    }
    let plain = (i..e).all(|x| d.toks[x].item == NONE && d.cue_at(x).0.is_empty());
    let lone_form = e == i + 1 && d.suffix(i);
    if i < e && d.cap(i) && plain && !lone_form && named(d, i, e) {
        return d.phrase(i, e);
    }
    None
}

/// Whether token `i` is a bare four-digit number that reads as a year (`2024`).
fn year_like(d: &Doc<'_, '_>, i: usize) -> bool {
    matches!(
        d.toks[i].kind,
        Kind::Number {
            grouped: false,
            decimal: false
        }
    ) && {
        let w = d.tok_text(i);
        w.len() == 4 && (w.starts_with("19") || w.starts_with("20"))
    }
}

/// Whether a word is an acronym: two or more letters, all capitals (`EPS`, `GDP`).
fn acronym(w: &str) -> bool {
    w.len() >= 2 && w.bytes().all(|c| c.is_ascii_uppercase())
}

/// The capitalised words right before the value (`Beecham 8p at 525`).
fn left_entity<'a>(d: &Doc<'a, '_>, a: usize, lo: usize) -> Option<Phrase<&'a str>> {
    let mut i = a;
    while i > lo && d.cap(i - 1) && d.toks[i - 1].item == NONE && d.cue_at(i - 1).0.is_empty() {
        i -= 1;
    }
    if i < a && i > lo {
        d.phrase(i, a)
    } else {
        None
    }
}

#[allow(clippy::too_many_arguments)]
fn metric_of<'a>(
    d: &Doc<'a, '_>,
    vi: usize,
    a: usize,
    b: usize,
    lo: usize,
    hi: usize,
    field: bool,
) -> MetricFound<'a> {
    let item = d.items[vi];
    let found = |x: usize, y: usize| MetricFound {
        metric: d.phrase(x, y),
        subject: None,
    };
    let none = MetricFound {
        metric: None,
        subject: None,
    };
    let cjk = (a > lo && d.is_cjk(a - 1)) || (b < hi && d.is_cjk(b));
    if cjk {
        // The characters right before the value (`存款余额约853.9亿元`), else the phrase before
        // the nearest governing particle or verb (`売上高の見通しは`, `增幅位列`).
        if item.kind != ItemKind::Ordinal
            && a > lo
            && d.is_cjk(a - 1)
            && d.cue_at(a - 1).0.is_empty()
            && let Some((x, y)) = d.cjk_left(a, lo)
        {
            return found(x, y);
        }
        return match d.index.governing.last_in(d.walk_floor(lo, a), a) {
            Some(i) => match d.cjk_left(i, lo) {
                Some((x, y)) => found(x, y),
                None => none,
            },
            None => none,
        };
    }
    // A row of a results table or a key/value line: the label before the value.
    if field && let Some(m) = label_left(d, a, lo) {
        return MetricFound {
            metric: Some(m),
            subject: None,
        };
    }
    // After the value: `of` + noun (`37 percent of the funds`, `12.3 billion yuan of special
    // funds`), a passive verb (`¥301.3b spent on`), a movement noun and what moved (`a 4.5 pct
    // decline in annual earnings`), or a counted noun (`1,800 companies`).
    if b < hi {
        let (c, h) = d.cue_at(b);
        if h == b && c.has(Cues::OF) {
            if let Some((x, y)) = d.np_right(b + 1, hi, false) {
                return found(x, y);
            }
        } else if h == b && c.has(Cues::CONTENT) {
            return found(b, d.toks[b].end.max(b as u32 + 1) as usize);
        } else if h == b && c.has(Cues::CHANGE_NOUN) {
            let k = d.toks[b].end.max(b as u32 + 1) as usize;
            if k < hi
                && d.cue_at(k).0.any(Cues::OF | Cues::IN)
                && let Some((x, y)) = d.np_right(k + 1, hi, false)
            {
                return found(x, y);
            }
        } else if (d.is_word(b) && c.is_empty() || c.has(Cues::SHARE_NOUN))
            && !row_end(d, a, b)
            && let Some((x, y)) = d.np_right(b, hi, true)
        {
            // A unit the quantity grammar left after the count counts what its `of` names
            // (`240,000 short tons of molybdenum concentrate`).
            if let Some(k) = (x..y.min(x + 3)).find(|&k| d.cue_at(k).0.has(Cues::UNIT_WORD))
                && k + 1 < y
                && d.cue_at(k + 1).0.has(Cues::OF)
                && let Some((p, q)) = d.np_right(k + 2, hi, false)
            {
                return found(p, q);
            }
            return found(x, y);
        } else if h == b
            && c.has(Cues::UNIT_WORD)
            && b + 1 < hi
            && d.cue_at(b + 1).0.has(Cues::OF)
            && let Some((x, y)) = d.np_right(b + 2, hi, false)
        {
            return found(x, y);
        }
    }
    // Before the value: `revenues of 176.3 mln dlrs` (not `an increase of`), `estimated net at
    // 40 cts`, `spending to about 100 mln dlrs`.
    if a > lo + 1 {
        let (c, h) = d.cue_at(a - 1);
        let via = (c.has(Cues::OF) && h == a - 1)
            || (c.has(Cues::LEVEL) && !c.has(Cues::VERB) && h == a - 1);
        if via
            && d.is_word(a - 2)
            && let NpLeft::Phrase(x, y) = d.np_left(a - 1, lo, true)
        {
            // A year the date reader left as a number does not start the measure: `expects
            // 2024 adjusted EPS of $8.90`.
            let x = if x + 1 < y && year_like(d, x) {
                x + 1
            } else {
                x
            };
            let (c2, _) = d.cue_at(y - 1);
            // (Not a name: `Acme of`; an acronym after a plain word is a measure: `adjusted
            // EPS of $8.90`.)
            let plain = (x..y).all(|k| !matches!(d.toks[k].kind, Kind::Number { .. }))
                && (!d.cap(y - 1)
                    || (acronym(d.tok_text(y - 1)) && (x..y).any(|k| d.is_word(k) && !d.cap(k))));
            if plain && !c2.any(Cues::CHANGE_NOUN | Cues::CHANGE) {
                return found(x, y);
            }
        }
    }
    // The subject of the governing verb.
    // (The verbs a walk back over the phrases of the window meets, nearest first.)
    let floor = d.walk_floor(lo, a);
    let mut next = d.index.verb.last_in(floor, a);
    let mut tries = 0;
    while let Some(i) = next
        && tries < 3
    {
        next = d.index.verb.last_in(floor, i);
        let c = d.toks[i].cue;
        if d.toks[i].item != NONE {
            continue;
        }
        if c.has(Cues::CHANGE_NOUN) && d.noun_use(i, lo) {
            continue;
        }
        tries += 1;
        let verb_end = d.toks[i].end.max(i as u32 + 1) as usize;
        // The verb's object before the value names what is measured, not its subject
        // (`Analysts cut their Brent forecast to $92`); a verb used as a noun right before
        // `of` and the value names it itself (`keep its cut of 1 mln bpd`).
        if tries == 1 {
            if let Some((x, y)) = object_before(d, verb_end, a) {
                // (A named subject is still the fact's: `Acme raised its dividend to`.)
                let subject = match d.np_left(i, lo, false) {
                    NpLeft::Phrase(p, q) if is_entity(d, p, q, c.has(Cues::MARKET)) => {
                        d.phrase(p, q)
                    }
                    _ => None,
                };
                return MetricFound {
                    metric: d.phrase(x, y),
                    subject,
                };
            }
            if c.has(Cues::CONTENT) && verb_end + 1 == a && d.noun_use(i, lo) && {
                let (oc, oh) = d.cue_at(verb_end);
                oh == verb_end && oc.has(Cues::OF)
            } {
                // (With the plain nouns before it: `a deficit cut of`.)
                let mut x = i;
                while x > lo
                    && d.is_word(x - 1)
                    && d.toks[x - 1].item == NONE
                    && d.cue_at(x - 1).0.is_empty()
                {
                    x -= 1;
                }
                return found(x, verb_end);
            }
        }
        // Money held or spent in something: `has 339 mln dlrs in loans to Brazil`, `cut 110
        // billion yuan in taxes`.
        let after = d.skip_brackets(b, hi);
        if tries == 1
            && item.kind == ItemKind::Money
            && c.any(Cues::CONTENT | Cues::PRESENT)
            && after + 1 < hi
        {
            let (pc, ph) = d.cue_at(after);
            if ph == after
                && pc.has(Cues::PREP)
                && !pc.has(Cues::AT)
                && let Some((x, y)) = d.np_right(after + 1, hi, false)
            {
                return found(x, y);
            }
        }
        match d.np_left(i, lo, false) {
            NpLeft::Pronoun => return none,
            NpLeft::Empty => {}
            NpLeft::Blocked => {
                if c.has(Cues::CONTENT) {
                    return found(i, verb_end);
                }
            }
            NpLeft::Phrase(x, y) => {
                if y == x + 1 && d.suffix(x) {
                    // (A company form alone: a name lost in the page's scrape.)
                    return none;
                }
                if is_entity(d, x, y, c.has(Cues::MARKET)) {
                    let subject = d.phrase(x, y);
                    let metric = if c.has(Cues::CONTENT) {
                        d.phrase(i, verb_end)
                    } else {
                        None
                    };
                    return MetricFound { metric, subject };
                }
                return found(x, y);
            }
        }
    }
    // A label right before the value with no verb (`GDP RMB 154.4 billion`).
    if let Some(m) = label_left(d, a, lo) {
        return MetricFound {
            metric: Some(m),
            subject: None,
        };
    }
    none
}

/// The object of a verb ending at `verb_end` when it fills the gap to a value at `a` after `to`
/// or `at`: a determiner, then up to five plain words (a year or a date among them skipped,
/// a status noun kept: `their 2024 Brent forecast to $92` gives `Brent forecast`).
fn object_before(d: &Doc<'_, '_>, verb_end: usize, a: usize) -> Option<(usize, usize)> {
    if a < verb_end + 3 || !d.cue_at(verb_end).0.has(Cues::DET) {
        return None;
    }
    let (pc, ph) = d.cue_at(a - 1);
    if ph != a - 1 || !pc.has(Cues::LEVEL) || pc.has(Cues::VERB) {
        return None;
    }
    let mut x = verb_end + 1;
    while x < a - 1 && (d.toks[x].item != NONE || year_like(d, x)) {
        let it = d.toks[x].item;
        if it != NONE && d.items[it as usize].kind != ItemKind::Date {
            return None;
        }
        x += 1;
    }
    let y = a - 1;
    let plain = (x..y).all(|k| {
        let c = d.cue_at(k).0;
        d.is_word(k)
            && d.toks[k].item == NONE
            && (c.is_empty() || (c.any(Cues::FORECAST | Cues::TARGET) && !c.has(Cues::VERB)))
    });
    (x < y && y - x <= 5 && plain).then_some((x, y))
}

/// The words right before a value, up to punctuation, another item or a cue word (a field
/// label: `Shr`, `Avg shrs`, `Population:`).
fn label_left<'a>(d: &Doc<'a, '_>, a: usize, lo: usize) -> Option<Phrase<&'a str>> {
    let mut end = a;
    if end > lo && matches!(d.punct(end - 1), Some(':' | '：')) {
        end -= 1;
    }
    let mut i = end;
    while i > lo && end - i < 6 {
        let k = i - 1;
        if d.toks[k].item != NONE || !d.is_word(k) {
            break;
        }
        let (c, _) = d.cue_at(k);
        if !c.is_empty() && !c.has(Cues::DET) {
            break;
        }
        i = k;
    }
    if i < end {
        // A label is a line's first words, not a sentence's middle.
        let (c, _) = d.cue_at(i);
        if c.has(Cues::DET) {
            return None;
        }
        d.phrase(i, end)
    } else {
        None
    }
}

/// Status from the words before the value in its clause (and after it, for CJK).
fn status_of(d: &Doc<'_, '_>, a: usize, b: usize, lo: usize, hi: usize) -> Status {
    let of = |c: Cues| {
        if c.has(Cues::CONDITIONAL) {
            Some(Status::Conditional)
        } else if c.has(Cues::TARGET) {
            Some(Status::Target)
        } else if c.has(Cues::FORECAST) {
            Some(Status::Forecast)
        } else {
            None
        }
    };
    // The nearest clause word, semicolon or status word a walk back over the phrases of the
    // clause meets.
    if let Some(i) = d.index.status.last_in(d.walk_floor(lo, a), a) {
        let c = d.toks[i].cue;
        if !(c.has(Cues::CLAUSE) || matches!(d.punct(i), Some(';' | '；')))
            && let Some(s) = of(c)
        {
            return s;
        }
    }
    // CJK: `2.4兆円見通し`.
    let mut j = b;
    while j < hi && j < b + 6 {
        if !d.is_cjk(j) {
            break;
        }
        let (c, h) = d.cue_at(j);
        if h == j
            && let Some(s) = of(c)
        {
            return s;
        }
        j += 1;
    }
    Status::Actual
}

#[allow(clippy::too_many_arguments)]
fn period_of(
    d: &Doc<'_, '_>,
    segi: usize,
    a: usize,
    b: usize,
    lo: usize,
    hi: usize,
    seg: Seg,
    field: bool,
    role: Role,
    carry: &Carry<'_>,
) -> (Period, Option<PeriodOffset>) {
    let date_at = |i: usize| -> Option<usize> {
        let it = d.toks.get(i)?.item;
        (it != NONE && d.items[it as usize].kind == ItemKind::Date).then_some(it as usize)
    };
    // A date right after the value dates it, even as a comparison's side (`79 mln dlrs in the
    // year ago quarter`).
    let mut j = b;
    while j < hi && j < b + 3 {
        if let Some(it) = date_at(j) {
            return (Period::Mention(it), None);
        }
        // Not across a comparison word (`up 14% from a year earlier` compares with that date),
        // but for a span `from X to Y` (`rose 5.6 pct from January 1985 to January 1986`).
        let c = d.cue_at(j).0;
        let span_from = c.has(Cues::FROM)
            && date_at(j + 1).is_some_and(|it| {
                let (x, y) = d.item_toks[it];
                (x + 1..y).any(|k| {
                    let (c, h) = d.cue_at(k);
                    h == k && c.has(Cues::LEVEL | Cues::PREP)
                })
            });
        if !c.any(Cues::PREP | Cues::DET) || (c.any(Cues::COMPARE) && !span_from) {
            break;
        }
        j += 1;
    }
    // (a) a date in the value's own clause segment: the nearest (in a comparison's segment,
    // its other side too, unless the value is the movement measured against that side:
    // `比上年末减少139万人`).
    let dates = if seg.compare {
        &d.index.date
    } else {
        &d.index.period_date
    };
    // A CJK movement inside its comparison (`比上年末减少139万人`, `前年比5%増`): the value is
    // the movement, not the compared side.
    let cjk_change =
        role == Role::Change && ((a > 0 && d.is_cjk(a - 1)) || (b < d.toks.len() && d.is_cjk(b)));
    let before = if cjk_change {
        &d.index.period_date
    } else {
        dates
    }
    .last_in(lo.max(d.seg_first(segi)), a)
    .map(|i| (a - i, i));
    let after = dates
        .first_in(b, hi.min(d.seg_first(segi + 1)))
        .map(|j| (j - b, j));
    let best = match (before, after) {
        (Some(x), Some(y)) => Some(if y.0 < x.0 { y } else { x }),
        (x, y) => x.or(y),
    };
    if let Some((_, i)) = best {
        return (Period::Mention(d.toks[i].item as usize), None);
    }
    // The earlier side of a comparison: its own date a little later (`from 552 mln dlrs in the
    // year earlier quarter`, `up from 668.5 billion won (...) a year ago`), else none.
    if seg.compare && !field {
        let mut j = b;
        let mut depth = 0i32;
        while j < hi && j < b + 16 {
            match d.punct(j) {
                Some(c) if is_open_paren(c) => depth += 1,
                Some(')' | '）' | ']' | '】') => depth -= 1,
                Some(',' | ';' | '，' | '；') if depth <= 0 => break,
                _ => {}
            }
            if let Some(it) = date_at(j) {
                return (Period::Mention(it), None);
            }
            let t = d.toks[j].item;
            if t != NONE && depth <= 0 && d.items[t as usize].kind.is_quantity() {
                break;
            }
            j += 1;
        }
        // (A movement against that side is for the sentence's or the passage's period.)
        if !cjk_change {
            return (Period::None, None);
        }
    }
    // (b) the sentence: the nearest preceding period date, else the nearest following.
    if let Some(i) = d.index.period_date.last_in(lo, a) {
        return (Period::Mention(d.toks[i].item as usize), None);
    }
    // A later date of the sentence (often a reporting date or an aside) only when the passage
    // gives none.
    if carry.date.is_none()
        && let Some(j) = d.index.period_date.first_in(b, hi)
    {
        return (Period::Mention(d.toks[j].item as usize), None);
    }
    // (c) a present-tense state with no date: as of the document's date.
    if d.index.present.first_in(lo, hi).is_some() {
        return (Period::Reference, None);
    }
    // (d) the passage: the last period date of an earlier sentence (none under a table's
    // sub-heading that names no date: `Nine mths`).
    if carry.blank && field {
        return (Period::None, None);
    }
    if let Some(it) = carry.date {
        return (Period::Mention(it), None);
    }
    (Period::Reference, None)
}

/// Basis from the basis phrases of the sentence: the first after the value (before the next
/// change), else the nearest before it; a comparison naming another period is `versus_period`.
fn basis_of(
    d: &Doc<'_, '_>,
    own: usize,
    a: usize,
    b: usize,
    lo: usize,
    hi: usize,
) -> (Option<Basis>, Option<usize>) {
    let basis_at = |i: usize| -> Option<(Basis, Option<usize>)> {
        let (c, h) = d.cue_at(i);
        if h != i {
            return None;
        }
        if c.has(Cues::YEAR_ON_YEAR) {
            return Some((Basis::YearOnYear, None));
        }
        if c.has(Cues::PERIOD_ON_PERIOD) {
            return Some((Basis::PeriodOnPeriod, None));
        }
        if c.has(Cues::SINCE_START) {
            return Some((Basis::SincePeriodStart, None));
        }
        if c.has(Cues::COMPARE) {
            // The comparison's segment: a basis phrase in it wins, else a date in it.
            let seg_end = d.seg_first(d.seg_of(i) + 1);
            let mut j = d.toks[i].end.max(i as u32 + 1) as usize;
            let mut date = None;
            while j < d.toks.len() && j < seg_end && j < i + 16 {
                let (c2, h2) = d.cue_at(j);
                if h2 == j && c2.has(Cues::YEAR_ON_YEAR) {
                    return Some((Basis::YearOnYear, None));
                }
                if h2 == j && c2.has(Cues::PERIOD_ON_PERIOD) {
                    return Some((Basis::PeriodOnPeriod, None));
                }
                if h2 == j && c2.has(Cues::SINCE_START) {
                    return Some((Basis::SincePeriodStart, None));
                }
                let t = d.toks[j].item;
                if t != NONE && d.items[t as usize].kind == ItemKind::Date && date.is_none() {
                    date = Some(t as usize);
                }
                if t != NONE && d.items[t as usize].kind.is_quantity() {
                    break;
                }
                j += 1;
            }
            return date.map(|t| (Basis::VersusPeriod, Some(t)));
        }
        None
    };
    // After the value, up to the next value, in its clause or a comparison right after it
    // (`up 8.7 percent year on year`, `0.4 point lower than that of 2018`; not `…，同比增长`,
    // where the phrase opens the next clause).
    // (The value's own tokens end at `b`: the next quantity token is another value's.)
    let compare_next = d.segs.get(own + 1).is_some_and(|s| s.compare);
    let mut end = hi.min(d.seg_first(own + if compare_next { 2 } else { 1 }));
    if let Some(q) = d.index.quantity.first_in(b, end) {
        end = q;
    }
    let mut j = b;
    while let Some(k) = d.index.versus.first_in(j, end) {
        if let Some(x) = basis_at(k) {
            return (Some(x.0), x.1);
        }
        j = k + 1;
    }
    // The nearest basis phrase a walk back over the phrases of the window meets.
    if let Some(i) = d.index.basis.last_in(d.walk_floor(lo, a), a)
        && let Some(x) = basis_at(i)
    {
        return (Some(x.0), x.1);
    }
    (None, None)
}

/// `29 cts per share`, `58 cts a share`, `16 mln dlrs per year`: the unit after `per`/`a`.
fn denominator_of<'a>(d: &Doc<'a, '_>, b: usize, hi: usize) -> Option<Phrase<&'a str>> {
    if b + 1 >= hi {
        return None;
    }
    let (c, h) = d.cue_at(b);
    if h == b && c.has(Cues::PER) && d.is_word(b + 1) && d.cue_at(b + 1).0.is_empty() {
        return d.phrase(b + 1, b + 2);
    }
    None
}

/// A fact with no metric takes the nearest fact's of the same block (a title's fact takes the
/// body's).
fn fill_missing_metrics<'a>(d: &Doc<'a, '_>, facts: &mut [Fact<&'a str>]) {
    let mut next: Option<Phrase<&'a str>> = None;
    for f in facts.iter_mut().rev() {
        if f.metric.is_none() {
            let (a, _) = d.item_toks[f.value];
            let title = d.toks.get(a).is_some_and(|t| {
                t.sent != NONE && d.sent_kind[t.sent as usize] == BlockKind::Title
            });
            if title {
                f.metric = next.clone();
            }
        } else {
            next = f.metric.clone();
        }
    }
    // A title's fact with no date of its own takes the body's first dated fact's period.
    let first_dated = facts.iter().find_map(|f| {
        let (a, _) = d.item_toks[f.value];
        let title = d
            .toks
            .get(a)
            .is_some_and(|t| t.sent != NONE && d.sent_kind[t.sent as usize] == BlockKind::Title);
        (!title)
            .then_some(f.period)
            .filter(|p| p.mention().is_some())
    });
    for f in facts.iter_mut() {
        let (a, _) = d.item_toks[f.value];
        let title = d
            .toks
            .get(a)
            .is_some_and(|t| t.sent != NONE && d.sent_kind[t.sent as usize] == BlockKind::Title);
        if title
            && f.period.mention().is_none()
            && let Some(p) = first_dated
        {
            f.period = p;
        }
    }
}

/// How far a table row or header line is looked for around a value (bytes; table lines are
/// short, and the bound keeps a long line of prose linear).
const TABLE_LINE: usize = 240;
/// How many lines above a row its column header is looked for.
const TABLE_LINES_UP: usize = 8;

/// Whether items `x` and `y` (in order) are quantities side by side in a table row: only
/// spaces or tabs between them.
#[inline(always)]
fn side_by_side(d: &Doc<'_, '_>, x: usize, y: usize) -> bool {
    let (ix, iy) = (d.items[x], d.items[y]);
    if !ix.kind.is_quantity() || !iy.kind.is_quantity() {
        return false;
    }
    let (e, s) = (ix.span.end(), iy.span.start());
    e < s
        && d.text.as_bytes()[e..s]
            .iter()
            .all(|&c| c == b' ' || c == b'\t')
}

/// The start of the line holding byte `at`, when it starts at most [`TABLE_LINE`] bytes back.
fn line_start(text: &str, at: usize) -> Option<usize> {
    let from = at.saturating_sub(TABLE_LINE);
    match text.as_bytes()[from..at].iter().rposition(|&c| c == b'\n') {
        Some(k) => Some(from + k + 1),
        None => (from == 0).then_some(0),
    }
}

/// The period of a results-table column: a value side by side with others in a row (`Motion
/// Control   $612   $580`) under a header line naming one period per column (`Net sales (in
/// millions)   Q3 2024   Q3 2023`, `FY2024 FY2023`) takes the period of its own column, the
/// first value the first. A header naming one date and then a bare year (`Three months ended
/// June 30, 2025 2024`) gives the second column that date a year back (`-P1Y`). `n` is the
/// value's position in `d.order`; rows of a different number of values than the header has
/// periods are left to the other rules.
#[inline(never)]
fn table_column(d: &Doc<'_, '_>, n: usize) -> Option<(Period, Option<PeriodOffset>)> {
    let ord = &d.order;
    let (x, y) = d.long_run.get();
    if (x..=y).contains(&n) {
        return None;
    }
    let mut first = n;
    while first > 0 && n - first < 8 && side_by_side(d, ord[first - 1], ord[first]) {
        first -= 1;
    }
    let mut last = n;
    while last + 1 < ord.len() && last - n < 8 && side_by_side(d, ord[last], ord[last + 1]) {
        last += 1;
    }
    // (A run longer than that is no row of a table read here: `7.7% 7.7% 7.7% …`.)
    if first == last {
        return None;
    }
    if (first > 0 && side_by_side(d, ord[first - 1], ord[first]))
        || (last + 1 < ord.len() && side_by_side(d, ord[last], ord[last + 1]))
    {
        d.long_run.set((first, last));
        return None;
    }
    let (rank, count) = (n - first, last - first + 1);
    let text = d.text;
    // The row: a label, then the values (no other mention on the line before them).
    let row = line_start(text, d.items[ord[first]].span.start())?;
    if first > 0 && d.items[ord[first - 1]].span.end() > row {
        return None;
    }
    // (The values end the row: `two 6,000 tonne cargoes` is prose.)
    let tail = d.items[ord[last]].span.end();
    let rest = &d.text.as_bytes()[tail..(tail + TABLE_LINE).min(d.text.len())];
    let eol = rest.iter().position(|&c| c == b'\n').unwrap_or(rest.len());
    if !rest[..eol].iter().all(u8::is_ascii_whitespace) {
        return None;
    }
    // The header: the nearest line above, in the same run of lines, with dates and no
    // quantity (rows of the same table in between).
    let mut end = row;
    for _ in 0..TABLE_LINES_UP {
        if end == 0 {
            return None;
        }
        let start = line_start(text, end - 1)?;
        let line = &text[start..end - 1];
        if line.trim().is_empty() {
            return None;
        }
        let k0 = ord.partition_point(|&i| d.items[i].span.start() < start);
        let k1 = ord.partition_point(|&i| d.items[i].span.start() < end);
        let on_line = &ord[k0..k1];
        if on_line.iter().any(|&i| d.items[i].kind.is_quantity()) {
            end = start;
            continue;
        }
        let mut dates = on_line
            .iter()
            .copied()
            .filter(|&i| d.items[i].kind == ItemKind::Date);
        let Some(d0) = dates.next() else {
            end = start;
            continue;
        };
        // (The periods end the header, side by side: `Q3 2024    Q3 2023`.)
        let mut gap = d.items[d0].span.end();
        for i in dates {
            let sp = d.items[i].span;
            if sp.start() < gap
                || !text[gap..sp.start()]
                    .bytes()
                    .all(|c| c == b' ' || c == b'\t')
            {
                return None;
            }
            gap = sp.end();
        }
        let column = |r: usize| -> Option<usize> {
            on_line
                .iter()
                .copied()
                .filter(|&i| d.items[i].kind == ItemKind::Date)
                .nth(r)
        };
        let periods = on_line
            .iter()
            .filter(|&&i| d.items[i].kind == ItemKind::Date)
            .count();
        if periods >= 2 {
            if periods != count || gap >= end || !text[gap..end - 1].trim().is_empty() {
                return None;
            }
            return Some((Period::Mention(column(rank)?), None));
        }
        // One date, then the year before it written bare: the year-earlier column.
        let sp = d.items[d0].span;
        if sp.end() >= end {
            return None;
        }
        let year_of = |s: &str| -> Option<u32> {
            let s = s.trim();
            (s.len() == 4 && s.bytes().all(|c| c.is_ascii_digit())).then(|| s.parse().ok())?
        };
        let own = text[sp.start()..sp.end()]
            .rsplit(|c: char| !c.is_ascii_digit())
            .find_map(year_of)?;
        if count == 2 && year_of(&text[sp.end()..end - 1]) == Some(own.wrapping_sub(1)) {
            return Some(if rank == 0 {
                (Period::Mention(d0), None)
            } else {
                (Period::Mention(d0), Some(PeriodOffset::YearEarlier))
            });
        }
        return None;
    }
    None
}
