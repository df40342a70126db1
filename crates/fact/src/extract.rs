//! Linking values to metrics, subjects and periods.
//!
//! One pass lexes the text and marks, per token, the item covering it, its sentence, its clause
//! segment and the cue phrase starting at it. Each quantity item is then read by bounded scans
//! around it (a fixed number of tokens), so the cost is linear in the text.

use std::cell::Cell;

use finnews_core::Span;
use finnews_core::lexer::{Kind, Lexer, Token};
use finnews_core::lexicon::{Class, Lexicon, lexicon};
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

/// One token with what the linker needs of it.
#[derive(Debug, Clone, Copy)]
struct Tok {
    span: Span,
    kind: Kind,
    /// Starts with an upper-case letter.
    cap: bool,
    /// Its word's id among the cue words ([`crate::cues::words`]), or [`NO_WORD`].
    fid: u16,
    /// The item covering it.
    item: u32,
    /// Its sentence.
    sent: u32,
    /// Its clause segment.
    seg: u32,
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
    fn of(t: &Token, sent: u32, text: &str, lx: &Lexicon) -> Tok {
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
            cap: matches!(t.kind, Kind::Word)
                && match text.as_bytes().get(t.span.start) {
                    Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
                    _ => text
                        .get(t.span.start..)
                        .and_then(|r| r.chars().next())
                        .is_some_and(char::is_uppercase),
                },
            fid,
            item: NONE,
            sent,
            seg: 0,
            cue: Cues::NONE,
            head: NONE,
            end: NONE,
        }
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

struct Doc<'a> {
    text: &'a str,
    toks: Vec<Tok>,
    segs: Vec<Seg>,
    items: Vec<Item>,
    /// Token range of each item.
    item_toks: Vec<(usize, usize)>,
    /// Token range of each sentence.
    sent_toks: Vec<(usize, usize)>,
    /// Block kind of each sentence.
    sent_kind: Vec<BlockKind>,
    /// Whether a date item is the other side of a comparison.
    anchor: Vec<bool>,
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

impl<'a> Doc<'a> {
    fn new(
        text: &'a str,
        tokens: &[Token],
        sentences: &[Sentence],
        blocks: &[Block],
        items: &[Item],
    ) -> Doc<'a> {
        let (mut toks, sent_toks) = read_sentences(text, tokens, sentences, blocks, items);
        // Items and sentences over tokens (both sorted by start): two pointers.
        let mut order: Vec<usize> = (0..items.len()).collect();
        order.sort_by_key(|&i| items[i].span.start);
        let mut item_toks = vec![(0usize, 0usize); items.len()];
        let mut k = 0;
        for &i in &order {
            let sp = items[i].span;
            while k < toks.len() && toks[k].span.start < sp.start {
                k += 1;
            }
            let first = k;
            let mut j = k;
            while j < toks.len() && toks[j].span.start < sp.end {
                if toks[j].item == NONE {
                    toks[j].item = u32::try_from(i).unwrap_or(NONE);
                }
                j += 1;
            }
            item_toks[i] = (first, j);
        }
        let sent_kind = sentences
            .iter()
            .map(|s| blocks.get(s.block).map_or(BlockKind::Paragraph, |b| b.kind))
            .collect();
        let segs = mark_cues_and_segments(&mut toks);
        let mut d = Doc {
            text,
            toks,
            segs,
            item_toks,
            sent_toks,
            sent_kind,
            anchor: vec![false; items.len()],
            items: items.to_vec(),
        };
        d.mark_anchors();
        d
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
            let seg = self
                .segs
                .get(self.toks[a].seg as usize)
                .copied()
                .unwrap_or_default();
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
        Span::try_new(self.toks[a].span.start, self.toks[b - 1].span.end)
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
                let in_pp = self.items[it].kind == ItemKind::Date
                    && start < np_end
                    && k > lo
                    && self.cue_at(k - 1).0.has(Cues::PREP)
                    && self.cue_at(k - 1).1 == k - 1;
                if in_pp {
                    j = k - 1;
                    start = j;
                    n += 1;
                    continue;
                }
                break;
            }
            let (c, h) = self.cue_at(i);
            if c.has(Cues::ADVERB) && start == np_end {
                j = h.min(i);
                np_end = j;
                start = j;
                continue;
            }
            let movement = c.has(Cues::CHANGE) && !c.has(Cues::CHANGE_NOUN);
            // A movement noun is part of a phrase (`loan growth ranking second`).
            if (c.any(stops) && !c.any(Cues::DET | Cues::CHANGE_NOUN))
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
        }
        match self.trim_np(start, np_end) {
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
                && self.toks[k - 1].span.end == self.toks[k].span.start;
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
            && self.toks[start].cap
            && !(start + 1 < hi && self.is_word(start + 1) && !self.toks[start + 1].cap)
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
                && self.toks[i - 1].span.end == t.span.start;
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

    /// A CJK noun phrase ending before token `end`: characters back to punctuation, an item, or
    /// a cue word other than a particle or a status word.
    fn cjk_left(&self, end: usize, lo: usize) -> Option<(usize, usize)> {
        let mut j = end;
        let mut n = 0;
        while j > lo && n < MAX_NP {
            let i = j - 1;
            let t = &self.toks[i];
            if t.item != NONE || !matches!(t.kind, Kind::Cjk(_) | Kind::Word) {
                break;
            }
            let (c, h) = self.cue_at(i);
            let stops = Cues::VERB
                | Cues::LEVEL
                | Cues::TOPIC
                | Cues::COMPARE
                | Cues::SHARE
                | Cues::RANK
                | Cues::YEAR_ON_YEAR
                | Cues::PERIOD_ON_PERIOD
                | Cues::SINCE_START;
            if c.any(stops) {
                break;
            }
            j = h.min(i);
            n += 1;
        }
        let (mut a, mut b) = (j, end);
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
/// lexed alone, so that a sentence's tokens are always the ones its own text gives. Returns the
/// tokens, each marked with its sentence, and each sentence's token range (empty for a sentence
/// not read).
fn read_sentences(
    text: &str,
    tokens: &[Token],
    sentences: &[Sentence],
    blocks: &[Block],
    items: &[Item],
) -> (Vec<Tok>, Vec<(usize, usize)>) {
    let mut out = take_buffer();
    let mut starts: Vec<usize> = items.iter().map(|i| i.span.start).collect();
    starts.sort_unstable();
    let first_of = |kind: BlockKind| {
        sentences
            .iter()
            .position(|s| blocks.get(s.block).is_some_and(|b| b.kind == kind))
    };
    // The title's names are the subject when a sentence names none.
    let (first_body, title) = (first_of(BlockKind::Paragraph), first_of(BlockKind::Title));
    let lx = lexicon();
    let tok = |t: &Token, sent: u32| Tok::of(t, sent, text, lx);
    let mut sent_toks = vec![(0usize, 0usize); sentences.len()];
    let mut buf: Vec<Token> = Vec::new();
    let mut k = 0;
    for (n, sen) in sentences.iter().enumerate() {
        let i = starts.partition_point(|&p| p < sen.span.start);
        let has_item = starts.get(i).is_some_and(|&p| p < sen.span.end);
        let from = out.len();
        if !has_item && Some(n) != first_body && Some(n) != title {
            sent_toks[n] = (from, from);
            continue;
        }
        let sent = u32::try_from(n).unwrap_or(NONE);
        let (a, b) = (sen.span.start, sen.span.end);
        if k < tokens.len() && tokens[k].span.start < a {
            k += tokens[k..].partition_point(|t| t.span.start < a);
        }
        let first = k;
        k += tokens[k..].partition_point(|t| t.span.start < b);
        let straddles = (first > 0 && tokens[first - 1].span.end > a)
            || (k > first && tokens[k - 1].span.end > b);
        if straddles {
            if let Some(slice) = text.get(sen.span.range()) {
                Lexer::new().lex_into(slice, &mut buf);
                for t in &mut buf {
                    t.span = t.span.shift(a);
                }
                out.extend(buf.iter().map(|t| tok(t, sent)));
            }
        } else {
            out.extend(tokens[first..k].iter().map(|t| tok(t, sent)));
        }
        sent_toks[n] = (from, out.len());
    }
    (out, sent_toks)
}

thread_local! {
    /// The linker's token buffer, reused across documents on one thread.
    static BUFFER: Cell<Vec<Tok>> = const { Cell::new(Vec::new()) };
}

/// The thread's token buffer, empty (a new one if it is in use).
fn take_buffer() -> Vec<Tok> {
    let mut v = BUFFER.with(Cell::take);
    v.clear();
    v
}

/// Gives a token buffer back for the next document (not a huge one's).
fn give_buffer(mut v: Vec<Tok>) {
    if v.capacity() <= 1 << 16 {
        v.clear();
        BUFFER.with(|b| b.set(v));
    }
}

/// The cue phrase starting at token `i` (longest match): the token after its end and its cues.
/// The lexer gave each token its word id, so a phrase is matched by comparing ids.
#[inline]
fn phrase_at(toks: &[Tok], i: usize) -> Option<(usize, Cues)> {
    let fid = toks.get(i)?.fid;
    if fid == NO_WORD {
        return None;
    }
    'phrases: for p in phrases(usize::from(fid)) {
        let mut j = i + 1;
        for &u in &*p.rest {
            // English phrases read through hyphens (`year-on-year`).
            while !p.cjk && j < toks.len() && matches!(toks[j].kind, Kind::Punct('-')) {
                j += 1;
            }
            if j >= toks.len()
                || toks[j].fid != u
                || (p.cjk && toks[j].span.start != toks[j - 1].span.end)
            {
                continue 'phrases;
            }
            j += 1;
        }
        return Some((j, p.cues));
    }
    None
}

/// One pass over the tokens: marks the cue phrase starting at each token (longest match, left
/// to right) and the tokens inside it, and numbers the clause segments: a new one at each
/// sentence, clause punctuation, and clause or comparison word.
fn mark_cues_and_segments(toks: &mut [Tok]) -> Vec<Seg> {
    let mut segs = vec![Seg::default()];
    let mut prev_sent = NONE;
    // Tokens before this one are inside a phrase already found.
    let mut free = 0;
    for i in 0..toks.len() {
        if i >= free
            && let Some((end, c)) = phrase_at(toks, i)
        {
            toks[i].cue = c;
            toks[i].end = u32::try_from(end).unwrap_or(NONE);
            let head = u32::try_from(i).unwrap_or(NONE);
            for t in toks.iter_mut().take(end).skip(i + 1) {
                t.head = head;
                t.cue = Cues::NONE;
            }
            free = end;
        }
        let (sent, kind, cue) = (toks[i].sent, toks[i].kind, toks[i].cue);
        // Only a phrase's first token has cues (and it is inside no other phrase).
        let new = if sent != prev_sent {
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
        prev_sent = sent;
        if let Some(s) = new {
            segs.push(s);
        }
        toks[i].seg = u32::try_from(segs.len() - 1).unwrap_or(0);
    }
    segs
}

/// State carried along the document.
#[derive(Default)]
struct Carry<'a> {
    /// The last period date of an earlier sentence.
    date: Option<usize>,
    /// The sentence the carried date is from.
    topic: Option<Phrase<&'a str>>,
    /// The first entity of the title.
    title_subject: Option<Phrase<&'a str>>,
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
    let mut facts: Vec<Fact<&'a str>> = Vec::new();
    let mut carry = Carry {
        date: None,
        topic: topic_metric(&d),
        title_subject: title_subject(&d),
    };
    let mut cur_sent = NONE;
    // Facts of the current sentence start here (indices into `facts`).
    let mut sent_first_fact = 0usize;
    let mut order: Vec<usize> = (0..items.len()).collect();
    order.sort_by_key(|&i| items[i].span.start);
    // Sentences before `next_sent` have been carried over.
    let mut next_sent = 0usize;
    for &vi in &order {
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
                let from_facts = facts[sent_first_fact..]
                    .iter()
                    .rev()
                    .find_map(|f| f.period.mention().filter(|_| f.period_offset.is_none()));
                let had_facts = facts.len() > sent_first_fact;
                let own = if had_facts {
                    from_facts
                } else {
                    last_period_date(&d, cur_sent as usize)
                };
                if let Some(p) = own {
                    carry.date = Some(p);
                }
                next_sent = next_sent.max(cur_sent as usize + 1);
            }
            while next_sent < s {
                if let Some(p) = last_period_date(&d, next_sent) {
                    carry.date = Some(p);
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
        if let Some(f) = read_value(&d, vi, &facts[sent_first_fact..], &facts, &carry) {
            facts.push(f);
        }
    }
    fill_missing_metrics(&d, &mut facts);
    give_buffer(d.toks);
    facts
}

/// The last date of a sentence that can be a period (not a comparison anchor).
fn last_period_date(d: &Doc<'_>, s: usize) -> Option<usize> {
    if matches!(
        d.sent_kind.get(s),
        Some(BlockKind::Dateline | BlockKind::Navigation | BlockKind::Boilerplate)
    ) {
        return None;
    }
    let (a, b) = d.sent_toks[s];
    let mut last = None;
    let mut i = a;
    while i < b {
        let it = d.toks[i].item;
        if it != NONE {
            let it = it as usize;
            if d.items[it].kind == ItemKind::Date && !d.anchor[it] {
                last = Some(it);
            }
            i = d.item_toks[it].1.max(i + 1);
        } else {
            i += 1;
        }
    }
    last
}

/// The metric of a market report: the subject of a market or movement verb in the first
/// sentence of the body (`Share prices opened mixed`, `Shipping stocks slipped`).
fn topic_metric<'a>(d: &Doc<'a>) -> Option<Phrase<&'a str>> {
    let s = d
        .sent_kind
        .iter()
        .position(|k| *k == BlockKind::Paragraph)?;
    let (a, b) = d.sent_toks[s];
    let mut i = a;
    while i < b.min(a + WINDOW) {
        let (c, h) = d.cue_at(i);
        let moves = c.has(Cues::MARKET) || (c.has(Cues::VERB) && c.any(Cues::UP | Cues::DOWN));
        if h == i && moves && !c.has(Cues::CHANGE_NOUN) {
            if let NpLeft::Phrase(x, y) = d.np_left(i, a, false)
                && !is_entity(d, x, y, false)
            {
                return d.phrase(x, y);
            }
            return None;
        }
        i += 1;
    }
    None
}

/// The first run of capitalised words in the title.
fn title_subject<'a>(d: &Doc<'a>) -> Option<Phrase<&'a str>> {
    let s = d.sent_kind.iter().position(|k| *k == BlockKind::Title)?;
    let (a, b) = d.sent_toks[s];
    let mut i = a;
    while i < b {
        if d.toks[i].cap && d.cue_at(i).0.is_empty() && d.toks[i].item == NONE {
            let mut j = i + 1;
            while j < b
                && (d.toks[j].cap || matches!(d.punct(j), Some('/' | '&' | '.' | '-')))
                && d.toks[j].item == NONE
                && d.cue_at(j).0.is_empty()
            {
                j += 1;
            }
            while j > i + 1 && d.punct(j - 1).is_some() {
                j -= 1;
            }
            return d.phrase(i, j);
        }
        i += 1;
    }
    None
}

/// Whether a phrase names an entity: every word capitalised (a sentence's first word alone
/// only when written in capitals or the subject of a market verb: `Unilever gained 10p`), or,
/// for a market verb, its last word (`In lower oils BP shed 6p`).
fn is_entity(d: &Doc<'_>, a: usize, b: usize, market: bool) -> bool {
    let mut words = 0;
    let mut all_cap = true;
    let mut last_cap = false;
    for i in a..b {
        if d.is_word(i) {
            all_cap &= d.toks[i].cap;
            last_cap = d.toks[i].cap;
            words += 1;
        }
    }
    if words == 0 || words > 4 {
        return false;
    }
    if market && last_cap {
        return true;
    }
    if !all_cap {
        return false;
    }
    let first_of_sentence = d.toks[a].sent != NONE && d.sent_toks[d.toks[a].sent as usize].0 == a;
    if words == 1 && first_of_sentence {
        let w = d.tok_text(a);
        return w.len() > 1 && w.chars().all(|c| !c.is_lowercase());
    }
    true
}

/// A metric found for a value, and the entity named as the verb's subject.
struct MetricFound<'a> {
    metric: Option<Phrase<&'a str>>,
    subject: Option<Phrase<&'a str>>,
}

fn read_value<'a>(
    d: &Doc<'a>,
    vi: usize,
    in_sentence: &[Fact<&'a str>],
    all: &[Fact<&'a str>],
    carry: &Carry<'a>,
) -> Option<Fact<&'a str>> {
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
    let seg = d.segs[d.toks[a].seg as usize];

    // ---- role and direction
    let (mut role, mut direction) = role_of(d, vi, a, b, lo, hi)?;
    let joined = prev.filter(|p| joined_to(d, p.value, a));
    // `3,647 shares, or 0.4 pct`: a percent restating an amount is its share of the whole.
    let restates = item.kind == ItemKind::Percent
        && joined.is_some_and(|p| {
            d.items[p.value].kind != ItemKind::Percent && d.cue_between(p.value, a, Cues::ALT)
        });
    if role.is_none() && restates {
        role = Some(Role::Share);
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
    let found = if part_of_prev && !counted {
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
        let (ma, mb) = (m.span.start, m.span.end);
        // The window's tokens inside the metric (tokens are in order: a binary search).
        let w0 = a.saturating_sub(WINDOW).min(d.toks.len());
        let w = &d.toks[w0..(w0 + 2 * WINDOW).min(d.toks.len())];
        let from = w.partition_point(|t| t.span.start < ma);
        if w[from..]
            .iter()
            .take_while(|t| t.span.start < mb)
            .any(|t| t.span.end <= mb && t.head == NONE && t.cue.has(Cues::SHARE_NOUN))
        {
            role = Role::Share;
        }
    }
    if role == Role::Change && direction.is_none() {
        direction = direction_near(d, a, b, lo, hi);
    }
    if role != Role::Change {
        direction = None;
    }
    let subject = left_entity(d, a, lo)
        .or(found.subject)
        .or_else(|| prev.and_then(|p| p.subject.clone()))
        .or_else(|| all.last().and_then(|p| p.subject.clone()))
        .or_else(|| carry.title_subject.clone());

    // ---- status
    let status = if seg.from {
        Status::Actual
    } else {
        status_of(d, a, b, lo, hi)
    };

    // ---- period
    let (mut period, mut offset) = period_of(d, vi, a, b, lo, hi, seg, field, carry);
    if status == Status::Conditional {
        period = Period::None;
    }
    if let Some(p) = joined.filter(|_| d.cue_between(prev.map_or(0, |p| p.value), a, Cues::ALT)) {
        period = p.period;
        offset = p.period_offset;
    }
    if field && seg.compare {
        offset = Some(PeriodOffset::YearEarlier);
        if let Some(p) = prev {
            period = p.period;
            if metric.is_none() || d.toks[a].sent == d.toks[d.item_toks[p.value].0].sent {
                metric = p.metric.clone();
            }
        }
    }

    // ---- basis
    let (basis, compared_to) = if role == Role::Change {
        basis_of(d, vi, a, b, lo, hi)
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

impl Doc<'_> {
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
fn joined_to(d: &Doc<'_>, p: usize, a: usize) -> bool {
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
    d: &Doc<'_>,
    vi: usize,
    a: usize,
    b: usize,
    lo: usize,
    hi: usize,
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
    // the movement.
    let mut j = b;
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
        let seg = d.toks[a].seg;
        let mut i = a;
        while i > lo && d.toks[i - 1].seg == seg {
            i -= 1;
            let (c, h) = d.cue_at(i);
            if h == i && c.has(Cues::CHANGE) {
                return Some((Some(Role::Change), dir(c)));
            }
        }
    }
    Some((None, None))
}

/// The nearest movement word: just after the value, else before it in the sentence.
fn direction_near(d: &Doc<'_>, a: usize, b: usize, lo: usize, hi: usize) -> Option<Direction> {
    let dir = |c: Cues| {
        if c.has(Cues::UP) {
            Some(Direction::Up)
        } else if c.has(Cues::DOWN) {
            Some(Direction::Down)
        } else {
            None
        }
    };
    let mut i = a;
    while i > lo {
        i -= 1;
        let (c, h) = d.cue_at(i);
        if h == i
            && let Some(x) = dir(c)
        {
            return Some(x);
        }
    }
    let seg = d.toks[a].seg;
    let mut j = b;
    while j < hi && d.toks[j].seg == seg {
        let (c, h) = d.cue_at(j);
        if h == j
            && let Some(x) = dir(c)
        {
            return Some(x);
        }
        j += 1;
    }
    None
}

/// The capitalised words right before the value (`Beecham 8p at 525`).
fn left_entity<'a>(d: &Doc<'a>, a: usize, lo: usize) -> Option<Phrase<&'a str>> {
    let mut i = a;
    while i > lo && d.toks[i - 1].cap && d.toks[i - 1].item == NONE && d.cue_at(i - 1).0.is_empty()
    {
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
    d: &Doc<'a>,
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
        let governing =
            Cues::TOPIC | Cues::VERB | Cues::CHANGE | Cues::LEVEL | Cues::RANK | Cues::SHARE;
        let mut i = a;
        while i > lo {
            let (c, h) = d.cue_at(i - 1);
            i = h.min(i - 1);
            if c.any(governing) {
                return match d.cjk_left(i, lo) {
                    Some((x, y)) => found(x, y),
                    None => none,
                };
            }
        }
        return none;
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
            && let Some((x, y)) = d.np_right(b, hi, true)
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
            let (c2, _) = d.cue_at(y - 1);
            let plain = (x..y).all(|k| !matches!(d.toks[k].kind, Kind::Number { .. }))
                && !d.toks[y - 1].cap;
            if plain && !c2.any(Cues::CHANGE_NOUN | Cues::CHANGE) {
                return found(x, y);
            }
        }
    }
    // The subject of the governing verb.
    let mut i = a;
    let mut tries = 0;
    while i > lo && tries < 3 {
        let (c, h) = d.cue_at(i - 1);
        i = h.min(i - 1);
        if !c.has(Cues::VERB) || d.toks[i].item != NONE {
            continue;
        }
        if c.has(Cues::CHANGE_NOUN) && d.noun_use(i, lo) {
            continue;
        }
        tries += 1;
        let verb_end = d.toks[i].end.max(i as u32 + 1) as usize;
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

/// The words right before a value, up to punctuation, another item or a cue word (a field
/// label: `Shr`, `Avg shrs`, `Population:`).
fn label_left<'a>(d: &Doc<'a>, a: usize, lo: usize) -> Option<Phrase<&'a str>> {
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
fn status_of(d: &Doc<'_>, a: usize, b: usize, lo: usize, hi: usize) -> Status {
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
    let mut i = a;
    while i > lo {
        i -= 1;
        let (c, h) = d.cue_at(i);
        i = h.min(i);
        if h == i {
            if c.has(Cues::CLAUSE) || matches!(d.punct(i), Some(';' | '；')) {
                break;
            }
            if let Some(s) = of(c) {
                return s;
            }
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
    d: &Doc<'_>,
    vi: usize,
    a: usize,
    b: usize,
    lo: usize,
    hi: usize,
    seg: Seg,
    field: bool,
    carry: &Carry<'_>,
) -> (Period, Option<PeriodOffset>) {
    let _ = vi;
    let date_at = |i: usize| -> Option<usize> {
        let it = d.toks[i].item;
        (it != NONE && d.items[it as usize].kind == ItemKind::Date).then_some(it as usize)
    };
    let segi = d.toks[a].seg;
    // A date right after the value dates it, even as a comparison's side (`79 mln dlrs in the
    // year ago quarter`).
    let mut j = b;
    while j < hi && j < b + 3 {
        if let Some(it) = date_at(j) {
            return (Period::Mention(it), None);
        }
        if !d.cue_at(j).0.any(Cues::PREP | Cues::DET) {
            break;
        }
        j += 1;
    }
    // (a) a date in the value's own clause segment: the nearest.
    let mut best: Option<(usize, usize)> = None;
    let mut i = a;
    while i > lo && d.toks[i - 1].seg == segi {
        i -= 1;
        if let Some(it) = date_at(i)
            && (!d.anchor[it] || seg.compare)
        {
            best = Some((a - i, it));
            break;
        }
    }
    let mut j = b;
    while j < hi && d.toks[j].seg == segi {
        if let Some(it) = date_at(j)
            && (!d.anchor[it] || seg.compare)
        {
            if best.is_none_or(|(dist, _)| j - b < dist) {
                best = Some((j - b, it));
            }
            break;
        }
        j += 1;
    }
    if let Some((_, it)) = best {
        return (Period::Mention(it), None);
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
        return (Period::None, None);
    }
    // (b) the sentence: the nearest preceding period date, else the nearest following.
    let mut i = a;
    while i > lo {
        i -= 1;
        if let Some(it) = date_at(i)
            && !d.anchor[it]
        {
            return (Period::Mention(it), None);
        }
    }
    // A later date of the sentence (often a reporting date or an aside) only when the passage
    // gives none.
    let later = (b..hi).find_map(|j| date_at(j).filter(|&it| !d.anchor[it]));
    if let (Some(it), None) = (later, carry.date) {
        return (Period::Mention(it), None);
    }
    // (c) a present-tense state with no date: as of the document's date.
    for i in lo..hi {
        let (c, h) = d.cue_at(i);
        if h == i && c.has(Cues::PRESENT) && !c.has(Cues::LEVEL) {
            return (Period::Reference, None);
        }
    }
    // (d) the passage: the last period date of an earlier sentence.
    if let Some(it) = carry.date {
        return (Period::Mention(it), None);
    }
    (Period::Reference, None)
}

/// Basis from the basis phrases of the sentence: the first after the value (before the next
/// change), else the nearest before it; a comparison naming another period is `versus_period`.
fn basis_of(
    d: &Doc<'_>,
    vi: usize,
    a: usize,
    b: usize,
    lo: usize,
    hi: usize,
) -> (Option<Basis>, Option<usize>) {
    let _ = vi;
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
            let seg = d.toks[i].seg;
            let mut j = d.toks[i].end.max(i as u32 + 1) as usize;
            let mut date = None;
            while j < d.toks.len() && d.toks[j].seg == seg && j < i + 16 {
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
    let own = d.toks[a].seg;
    let mut j = b;
    while j < hi {
        let t = d.toks[j].item;
        if t != NONE && t as usize != vi && d.items[t as usize].kind.is_quantity() {
            break;
        }
        let sg = d.toks[j].seg;
        if sg != own && !(sg == own + 1 && d.segs[sg as usize].compare) {
            break;
        }
        if let Some(x) = basis_at(j) {
            return (Some(x.0), x.1);
        }
        j += 1;
    }
    let mut i = a;
    while i > lo {
        i -= 1;
        let (c, h) = d.cue_at(i);
        i = h.min(i);
        if c.any(Cues::YEAR_ON_YEAR | Cues::PERIOD_ON_PERIOD | Cues::SINCE_START)
            && let Some(x) = basis_at(i)
        {
            return (Some(x.0), x.1);
        }
    }
    (None, None)
}

/// `29 cts per share`, `58 cts a share`, `16 mln dlrs per year`: the unit after `per`/`a`.
fn denominator_of<'a>(d: &Doc<'a>, b: usize, hi: usize) -> Option<Phrase<&'a str>> {
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
fn fill_missing_metrics<'a>(d: &Doc<'a>, facts: &mut [Fact<&'a str>]) {
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
