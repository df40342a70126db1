//! The cue table: every word list and threshold the segmenter decides with, in one place.
//!
//! | cue | where it is used | evidence |
//! | --- | --- | --- |
//! | [`WRAP_MIN_WIDTH`], [`WRAP_MAX_WIDTH`], [`WRAP_MIN_LINES`] | line joining | a run of at least 3 lines no wider than 100 characters whose widest line has at least 40 is hard-wrapped prose |
//! | first word would not fit | line joining | in wrapped prose a line ends early only where the next word would not have fit in the wrap width (columns include the indentation; the lead line after a dateline on its own line counts the dateline in front of it) |
//! | lower-case continuation | line joining | a line of 3+ words without terminal punctuation followed by a line starting lower-case, a digit or a bracket continues the sentence (not after a Title-Case line) |
//! | closing punctuation first | line joining | a line cannot start with `.`, `,`, `;`, `:`, `)` |
//! | CJK line end | line joining | a line ending in a CJK character without trailing white space continues on the next; with trailing white space it is a hard break |
//! | fragments | line joining | consecutive lines of at most [`FRAGMENT_WIDTH`] characters are one broken word |
//! | indentation | line joining | a line indented 2+ columns deeper than the previous starts a paragraph (newswire indents) |
//! | list markers | line joining, blocks, sentences | `•`, `-`, `*`, `1.`, `1)`, `(a)`, `a)`, `iv)`, `①` … start a list item ([`crate::marker`]) |
//! | key/value shape | blocks | `Key: value` with a key of 1-3 words and a value holding a digit or at most [`FIELD_MAX_VALUE_WORDS`] words is a field; a further `Key:` inside the value starts another field |
//! | table run | blocks | a stretch of lines (no blank line) without terminal punctuation holding a key/value line, a comparison row ([`ROW_COMPARATORS`], figures in digits, number words or [`EMPTY_CELLS`]) or a row of figures, or made of short rows with a figure each, are table rows: fields |
//! | link-like phrases | blocks | a short line holding a word of [`BOILERPLATE_WORDS`] or a menu separator is boilerplate |
//! | footer zone | blocks | after a boilerplate line in the body, short lines without terminal punctuation are boilerplate too |
//! | breadcrumb | blocks | list items before the title, short and without terminal punctuation, are navigation; a line repeating one of their items (other than the last, the current page) is navigation |
//! | headline shape | blocks | a single line of at most [`TITLE_MAX_WORDS`] words not ending in `.`, `,`, `;`, `:` is the title when it is the first such line, a heading afterwards (at most [`HEADING_MAX_WORDS`] words, and only as the first line of its run) |
//! | position | blocks | the title and datelines are looked for only before the first body block |
//! | abbreviations | sentences | [`ABBREVIATIONS`] with their class |
//! | rules and leaders | sentences | [`RULE_CHARS`] repeated [`RULE_MIN`] times at a sentence end, or periods before a page number, are layout and left out |
//! | sentence starters | sentences | [`STARTERS`]: after a dotted acronym (`U.S.`) only these words start a new sentence |

/// Deepest nesting of open quotes and brackets the sentence splitter tracks; openers beyond it
/// are read as plain characters. Real text never nests this deep; the cap keeps the work per
/// quote and the memory per opener constant on hostile input such as a megabyte of `((((`.
pub(crate) const MAX_BRACKET_DEPTH: usize = 64;
/// The widest line (in characters) of a run must be at least this for the run to count as
/// hard-wrapped prose.
pub(crate) const WRAP_MIN_WIDTH: usize = 40;
/// Lines wider than this are not hard-wrapped: each is its own block.
pub(crate) const WRAP_MAX_WIDTH: usize = 100;
/// A hard-wrapped run has at least this many lines.
pub(crate) const WRAP_MIN_LINES: usize = 3;
/// A run of lines at one indentation is no hard-wrapped text when at least `NUM / DEN` of its
/// lines at least [`WRAP_MIN_WIDTH`] wide (and [`WRAP_MIN_LINES`] of them) end a sentence.
pub(crate) const PAGE_LINE_ENDS_NUM: usize = 3;
/// See [`PAGE_LINE_ENDS_NUM`].
pub(crate) const PAGE_LINE_ENDS_DEN: usize = 4;
/// Lines of at most this many characters in a row are pieces of one broken word.
pub(crate) const FRAGMENT_WIDTH: usize = 2;
/// A line continues on the next one only when it has at least this many words.
pub(crate) const CONTINUATION_MIN_WORDS: usize = 3;
/// The title has at most this many words.
pub(crate) const TITLE_MAX_WORDS: usize = 40;
/// A heading has at most this many words.
pub(crate) const HEADING_MAX_WORDS: usize = 12;
/// Navigation items, boilerplate lines and footer lines have at most this many words.
pub(crate) const SHORT_MAX_WORDS: usize = 8;
/// A key of a key/value field has at most this many words.
pub(crate) const FIELD_MAX_KEY_WORDS: usize = 3;
/// A field value without a digit has at most this many words.
pub(crate) const FIELD_MAX_VALUE_WORDS: usize = 4;
/// A table row has at most this many words.
pub(crate) const ROW_MAX_WORDS: usize = 30;

/// Characters whose repetition is a drawn rule (`-----`, `/////`), not text; such runs at the
/// ends of a sentence are left out of it.
pub(crate) const RULE_CHARS: &[u8] = b"/*=-_#~+<>";
/// A rule (or a table-of-contents leader of periods) has at least this many characters.
pub(crate) const RULE_MIN: usize = 3;

/// Words and phrases of links and buttons (share, print, back to top, ...), lower-case.
/// A short line holding one of them is boilerplate.
pub(crate) const BOILERPLATE_WORDS: &[&str] = &[
    "share",
    "print",
    "pdf",
    "back to top",
    "to top",
    "top of page",
    "tweet",
    "e-mail this",
    "email this",
    "subscribe",
    "newsletter",
    "download",
    "copyright",
    "©",
    "all rights reserved",
    "related articles",
    "related news",
    "read more",
    "more news",
    "privacy policy",
    "terms of use",
    "cookie",
    "扫一扫",
    "手机",
    "分享",
    "打印",
    "返回顶部",
    "关闭窗口",
    "当前页",
    "版权所有",
    "印刷",
    "ページトップ",
    "picture of",
    "image of",
    "photo of",
    "logo",
    "related stories",
    "related links",
    "cookies",
    "also read",
    "read also",
    "most read",
    "was this page useful",
    "sign up",
    "follow us",
    "for release",
    "for immediate release",
    "関連リンク",
    "ページの先頭",
    "先頭へ戻る",
];

/// Openings of footer and banner lines (copyright notices, cookie banners), lower-case: a line
/// starting with one is boilerplate whatever its length or final period. `copyright` counts
/// only before a year or a copyright sign (`Copyright 2026 ...`, `Copyright © ...`).
pub(crate) const FOOTER_OPENERS: &[&str] = &[
    "©",
    "(c) ",
    "copyright ",
    "we use cookies",
    "this website uses cookies",
    "this site uses cookies",
    "版权所有",
    "版權所有",
];

/// A phrase that makes a line holding it a footer line (`... Daily. All rights reserved.`),
/// lower-case.
pub(crate) const FOOTER_PHRASES: &[&str] = &["all rights reserved"];

/// A footer line (a copyright notice, a cookie banner) has at most this many bytes.
pub(crate) const FOOTER_MAX_BYTES: usize = 400;

/// Whether `line` is a footer line: it opens with one of [`FOOTER_OPENERS`] or holds one of
/// [`FOOTER_PHRASES`], and is at most [`FOOTER_MAX_BYTES`] long. The segmenter asks
/// [`DocCues::is_footer`], which gives the same answers (a test compares the two).
#[cfg(test)]
pub(crate) fn is_footer(line: &str) -> bool {
    if line.len() > FOOTER_MAX_BYTES {
        return false;
    }
    let b = line.as_bytes();
    // A phrase is found by its last four bytes (one vector search; most lines have none), then
    // compared whole in any letter case.
    footer_opens(b)
        || FOOTER_FINDERS.iter().any(|(p, tail)| {
            tail.find_iter(b).any(|at| {
                let end = at + tail.needle().len();
                end >= p.len() && b[end - p.len()..end].eq_ignore_ascii_case(p.as_bytes())
            })
        })
}

/// Whether `b` opens with one of [`FOOTER_OPENERS`] (`copyright ` only before a year, a sign or
/// a bracket).
fn footer_opens(b: &[u8]) -> bool {
    // Every opener has two bytes or more: the first two (ASCII letters lower-cased) refuse
    // nearly every line (`The`, `Company`, `We` pass a first-byte test, not this one).
    let Some(&[b0, b1]) = b.first_chunk::<2>() else {
        return false;
    };
    let head = u16::from_le_bytes([b0.to_ascii_lowercase(), b1.to_ascii_lowercase()]);
    FOOTER_HEADS.contains(&head)
        && FOOTER_OPENERS.iter().any(|o| {
            b.len() >= o.len()
                && b[..o.len()].eq_ignore_ascii_case(o.as_bytes())
                && (!o.ends_with(' ')
                    || b[o.len()..]
                        .first()
                        .is_some_and(|&c| c.is_ascii_digit() || c >= 0x80 || c == b'('))
        })
}

/// Where the phrases of [`FOOTER_PHRASES`] stand in one document, found by one search over the
/// whole text instead of one per line: most documents hold none, and a line's question becomes a
/// binary search in a short sorted list.
#[derive(Debug, Default)]
pub(crate) struct DocCues {
    /// (end, index in [`FOOTER_PHRASES`]) of every tail of a footer phrase, by end.
    footer_tails: Vec<(usize, usize)>,
    /// Whether the text has been searched: only when a line short enough to be a footer is
    /// asked about (a text of one long line is never searched).
    indexed: bool,
}

impl DocCues {
    /// Forgets the last text: the next question searches the text it names.
    pub(crate) fn reset(&mut self) {
        self.indexed = false;
    }

    /// Indexes `text` (the positions answer questions about spans of this text only).
    fn index(&mut self, text: &str) {
        let b = text.as_bytes();
        self.indexed = true;
        self.footer_tails.clear();
        // A tail has no border (a test holds it), so its matches in the whole text are those in
        // every line.
        for (k, (_, tail)) in FOOTER_FINDERS.iter().enumerate() {
            let n = tail.needle().len();
            let mut from = 0;
            while let Some(at) = tail.find(&b[from..]) {
                from += at + n;
                self.footer_tails.push((from, k));
            }
        }
        if FOOTER_FINDERS.len() > 1 {
            self.footer_tails.sort_unstable();
        }
    }

    /// Whether `text[s..e]` (`text` the indexed text) is a footer line: it opens with one of
    /// [`FOOTER_OPENERS`] or holds one of [`FOOTER_PHRASES`], and is at most
    /// [`FOOTER_MAX_BYTES`] long.
    pub(crate) fn is_footer(&mut self, text: &str, s: usize, e: usize) -> bool {
        if e - s > FOOTER_MAX_BYTES {
            return false;
        }
        let b = text.as_bytes();
        if footer_opens(&b[s..e]) {
            return true;
        }
        if !self.indexed {
            self.index(text);
        }
        let k = self.footer_tails.partition_point(|&(end, _)| end <= s);
        self.footer_tails[k..]
            .iter()
            .take_while(|&&(end, _)| end <= e)
            .any(|&(end, i)| {
                let p = FOOTER_PHRASES[i];
                end >= s + p.len() && b[end - p.len()..end].eq_ignore_ascii_case(p.as_bytes())
            })
    }
}

/// The first two bytes of each of [`FOOTER_OPENERS`] (lower-case, as one number), a quick
/// refusal; built at compile time (an opener shorter than two bytes fails the build).
const FOOTER_HEADS: [u16; FOOTER_OPENERS.len()] = {
    let mut h = [0u16; FOOTER_OPENERS.len()];
    let mut i = 0;
    while i < FOOTER_OPENERS.len() {
        let b = FOOTER_OPENERS[i].as_bytes();
        h[i] = u16::from_le_bytes([b[0].to_ascii_lowercase(), b[1].to_ascii_lowercase()]);
        i += 1;
    }
    h
};

/// [`FOOTER_PHRASES`] with a searcher for the last four bytes of each, built once.
static FOOTER_FINDERS: std::sync::LazyLock<Vec<(&'static str, memchr::memmem::Finder<'static>)>> =
    std::sync::LazyLock::new(|| {
        FOOTER_PHRASES
            .iter()
            .map(|p| {
                let b = p.as_bytes();
                (
                    *p,
                    memchr::memmem::Finder::new(&b[b.len().saturating_sub(4)..]),
                )
            })
            .collect()
    });

/// Openings of credit and contact lines (`Reporting by Jane Doe; Editing by Mark Smith`,
/// `Media Contact:`), lower-case: a line starting with one, followed by no letter or digit, is
/// boilerplate.
pub(crate) const CREDIT_OPENERS: &[&str] = &[
    "additional reporting by",
    "reporting by",
    "reported by",
    "writing by",
    "editing by",
    "edited by",
    "compiled by",
    "media contacts",
    "media contact",
    "media inquiries",
    "investor contacts",
    "investor contact",
];

/// A credit line has at most this many bytes.
pub(crate) const CREDIT_MAX_BYTES: usize = 240;

/// The press-release trailer naming its issuer (`SOURCE Acme Robotics Inc.`): this word in
/// capitals, then a name that is not in capitals (a headline in capitals may open with it).
pub(crate) const SOURCE_TRAILER: &str = "SOURCE ";

/// Whether `line` is a credit or contact line of [`CREDIT_OPENERS`] or a [`SOURCE_TRAILER`]
/// line.
pub(crate) fn is_credit_line(line: &str) -> bool {
    // In brackets on the wire: `(Reporting by Jane Doe; Editing by Mark Smith)`.
    let line = line.strip_prefix('(').unwrap_or(line);
    let b = line.as_bytes();
    let Some(&[b0, b1]) = b.first_chunk::<2>() else {
        return false;
    };
    let head = [b0.to_ascii_lowercase(), b1.to_ascii_lowercase()];
    if b.len() > CREDIT_MAX_BYTES || !CREDIT_HEADS.contains(&head) {
        return false;
    }
    if let Some(rest) = line.strip_prefix(SOURCE_TRAILER) {
        return rest.bytes().any(|c| c.is_ascii_lowercase());
    }
    CREDIT_OPENERS.iter().any(|o| {
        b.len() >= o.len()
            && b[..o.len()].eq_ignore_ascii_case(o.as_bytes())
            && !b.get(o.len()).is_some_and(u8::is_ascii_alphanumeric)
    })
}

/// The first two bytes (lower-case) of [`CREDIT_OPENERS`] and [`SOURCE_TRAILER`], a quick
/// refusal.
static CREDIT_HEADS: std::sync::LazyLock<Vec<[u8; 2]>> = std::sync::LazyLock::new(|| {
    let mut v: Vec<[u8; 2]> = CREDIT_OPENERS
        .iter()
        .chain(std::iter::once(&SOURCE_TRAILER))
        .filter_map(|o| o.as_bytes().first_chunk::<2>())
        .map(|h| h.map(|c| c.to_ascii_lowercase()))
        .collect();
    v.sort_unstable();
    v.dedup();
    v
});

/// Whole lines that are page navigation (skip links, menu buttons), lower-case.
pub(crate) const NAVIGATION_LINES: &[&str] = &[
    "skip to main content",
    "skip to content",
    "skip to navigation",
    "skip navigation",
    "jump to content",
    "main menu",
    "menu",
    "search",
    "跳转到主要内容",
    "跳到主要内容",
    "本文へ",
    "本文へスキップ",
    "本文へ移動",
    "メニュー",
    "メインメニュー",
    "ナビゲーションをスキップ",
];

/// Whether the whole of `line` is one of [`NAVIGATION_LINES`].
pub(crate) fn is_navigation_line(line: &str) -> bool {
    line.len() <= 40
        && line
            .as_bytes()
            .first()
            .is_some_and(|f| NAVIGATION_FIRST_BYTES[usize::from(*f)])
        && NAVIGATION_LINES
            .iter()
            .any(|l| l.eq_ignore_ascii_case(line))
}

/// The first bytes of [`NAVIGATION_LINES`] (both letter cases), a quick refusal.
static NAVIGATION_FIRST_BYTES: std::sync::LazyLock<[bool; 256]> =
    std::sync::LazyLock::new(|| first_bytes(NAVIGATION_LINES));

/// The first bytes of `words` in both letter cases, as a set.
fn first_bytes(words: &[&str]) -> [bool; 256] {
    let mut t = [false; 256];
    for o in words {
        if let Some(&c) = o.as_bytes().first() {
            t[usize::from(c.to_ascii_lowercase())] = true;
            t[usize::from(c.to_ascii_uppercase())] = true;
        }
    }
    t
}

/// Labels of a breadcrumb trail (`当前位置：首页 > 工作动态`, `You are here: Home > News`),
/// lower-case: a key/value line with one of them as its key is navigation.
pub(crate) const BREADCRUMB_LABELS: &[&str] = &[
    "you are here",
    "当前位置",
    "您的位置",
    "您当前的位置",
    "所在位置",
    "当前所在位置",
    "現在位置",
    "現在の位置",
    "現在地",
];

/// Whether `key` (a field's key, without its colon) is a breadcrumb label of
/// [`BREADCRUMB_LABELS`].
pub(crate) fn is_breadcrumb_label(key: &str) -> bool {
    let key = key.trim();
    BREADCRUMB_LABELS
        .iter()
        .any(|l| l.eq_ignore_ascii_case(key))
}

/// A menu line longer than [`SHORT_MAX_WORDS`] words is still a menu when it has at least this
/// many entries, each of at most [`MENU_ITEM_MAX_WORDS`] words
/// (`About us | Monetary policy | Statistics | Publications | Contact`).
pub(crate) const MENU_MIN_ITEMS: usize = 3;
/// Words of one entry of a long menu line.
pub(crate) const MENU_ITEM_MAX_WORDS: usize = 3;
/// Characters of one entry of a long menu line.
pub(crate) const MENU_ITEM_MAX_CHARS: usize = 24;
/// A long menu line has at most this many bytes.
pub(crate) const MENU_MAX_BYTES: usize = 240;

/// A line in capitals holding a link word ([`BOILERPLATE_WORDS`]) is a link label only up to
/// this many words; longer, it is a headline.
pub(crate) const LINK_MAX_CAPITAL_WORDS: usize = 4;

/// Lines that sign a story off (`Reuter`), lower-case: the whole line is boilerplate.
pub(crate) const SIGN_OFFS: &[&str] = &[
    "reuter",
    "reuters",
    "(end)",
    "end",
    "-0-",
    "###",
    "(完)",
    "（完）",
    "完",
];

/// Whether the whole line is a sign-off of [`SIGN_OFFS`].
#[inline]
pub(crate) fn is_sign_off(line: &str) -> bool {
    line.len() <= 12 && sign_off_words(line)
}

/// [`is_sign_off`] on a short line.
#[inline(never)]
fn sign_off_words(line: &str) -> bool {
    SIGN_OFFS.iter().any(|w| w.eq_ignore_ascii_case(line))
}

/// Words of counters and rating widgets (`- 5 Comment(s)`, `12 views`, `Rating: 4.5`),
/// lower-case.
pub(crate) const WIDGET_WORDS: &[&str] = &[
    "comment", "comments", "like", "likes", "view", "views", "reads", "share", "shares", "rating",
    "ratings", "vote", "votes", "stars",
];

/// A short line that is a widget: a list marker with no word of two letters after it (`• x`),
/// or at most four words holding a count and a widget word (`- 5 Comment(s)`).
#[inline]
pub(crate) fn is_widget(line: &str) -> bool {
    line.len() <= WIDGET_MAX_BYTES && short_widget(line)
}

/// [`is_widget`] on a line of at most [`WIDGET_MAX_BYTES`].
#[inline(never)]
fn short_widget(line: &str) -> bool {
    if line.is_ascii() {
        return is_widget_ascii(line.as_bytes());
    }
    let item = line.trim_start_matches(|c: char| !c.is_alphanumeric());
    let marked = item.len() < line.len();
    if marked && item.chars().filter(|c| c.is_alphanumeric()).count() <= 1 {
        return true;
    }
    if line.split_whitespace().nth(4).is_some() || !line.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    line.split(|c: char| !c.is_ascii_alphabetic())
        .any(|w| WIDGET_WORDS.iter().any(|p| p.eq_ignore_ascii_case(w)))
}

/// [`is_widget`] on an ASCII line, byte by byte (the same answer: for ASCII, `char` white
/// space is tab to carriage return and space, and letters and digits are the ASCII ones).
fn is_widget_ascii(b: &[u8]) -> bool {
    // Without a digit only a marker before a lone letter makes a widget (most short lines are
    // titles and labels opening with a letter, and hold no digit).
    let digit = |c: u8| u8::from(c.is_ascii_digit());
    let mut chunks = b.chunks_exact(16);
    let has_digit = chunks
        .by_ref()
        .any(|chunk| chunk.iter().fold(0u8, |a, &c| a | digit(c)) != 0)
        || chunks.remainder().iter().any(u8::is_ascii_digit);
    if !has_digit && b.first().is_some_and(u8::is_ascii_alphanumeric) {
        return false;
    }
    let lead = b
        .iter()
        .position(u8::is_ascii_alphanumeric)
        .unwrap_or(b.len());
    if lead > 0
        && b[lead..]
            .iter()
            .filter(|c| c.is_ascii_alphanumeric())
            .count()
            <= 1
    {
        return true;
    }
    let space = |c: &u8| matches!(c, b'\t'..=b'\r' | b' ');
    let mut words = 0;
    let mut in_space = true;
    for c in b {
        let sp = space(c);
        words += usize::from(in_space && !sp);
        in_space = sp;
    }
    if words > 4 || !has_digit {
        return false;
    }
    b.split(|c| !c.is_ascii_alphabetic()).any(|w| {
        WIDGET_WORDS
            .iter()
            .any(|p| p.as_bytes().eq_ignore_ascii_case(w))
    })
}

/// A widget line is at most this long.
pub(crate) const WIDGET_MAX_BYTES: usize = 40;

/// Words that set two figures of a results-table row against each other (`Net 5.1 mln vs 4.2
/// mln`), lower-case.
pub(crate) const ROW_COMPARATORS: &[&str] = &["vs", "vs.", "versus"];

/// Whether `word` is a figure of a table row: it holds a digit or is a number word of the
/// lexicon (`seven` in `Shr loss 24 cts vs profit seven cts`).
fn is_figure(word: &str) -> bool {
    if word.bytes().any(|b| b.is_ascii_digit()) || is_empty_cell(word) {
        return true;
    }
    let w = word.trim_matches(|c: char| !c.is_ascii_alphabetic());
    let lx = finnews_core::lexicon::lexicon();
    lx.lookup(w)
        .is_some_and(|id| lx.classes(id).has(finnews_core::lexicon::Class::NumberWord))
}

/// A results-table row: a capitalised label, a comparator of [`ROW_COMPARATORS`] with a figure
/// (digits or a number word) after it, at most [`ROW_MAX_WORDS`] words, no sentence end.
#[inline]
pub(crate) fn is_comparison_row(line: &str) -> bool {
    // Most lines start with a lower-case letter: refused here, without a call.
    match line.as_bytes().first() {
        None => false,
        Some(&c) if c < 0x80 && !c.is_ascii_uppercase() => false,
        Some(_) => comparison_row(line),
    }
}

/// [`is_comparison_row`] past its quick refusal.
#[inline(never)]
fn comparison_row(line: &str) -> bool {
    if !line.chars().next().is_some_and(char::is_uppercase) || line.ends_with('.') {
        return false;
    }
    // Every comparator is a word starting with `v` after a space: most lines have none, and
    // the bytes around each `v` settle it without reading the words.
    let b = line.as_bytes();
    let comparator_at = |i: usize| {
        i > 0
            && b[i - 1] == b' '
            && ROW_COMPARATORS.iter().any(|c| {
                b.get(i..i + c.len())
                    .is_some_and(|w| w.eq_ignore_ascii_case(c.as_bytes()))
                    && b.get(i + c.len()).is_none_or(|&n| n == b' ')
            })
    };
    if !memchr::memchr2_iter(b'v', b'V', b).any(comparator_at) {
        return false;
    }
    let mut n = 0;
    let mut seen_vs = false;
    for w in line.split_whitespace() {
        n += 1;
        if n > ROW_MAX_WORDS {
            return false;
        }
        if seen_vs {
            if is_figure(w) {
                return true;
            }
        } else if ROW_COMPARATORS.iter().any(|c| c.eq_ignore_ascii_case(w)) && n > 1 {
            seen_vs = true;
        }
    }
    false
}

/// Cells that stand for a missing figure in a table (`nil`, `NA`, `---`), lower-case.
pub(crate) const EMPTY_CELLS: &[&str] = &["nil", "na", "n/a", "(na)", "nc", "-", "--", "---", "—"];

/// Whether `word` is an empty cell of [`EMPTY_CELLS`].
pub(crate) fn is_empty_cell(word: &str) -> bool {
    EMPTY_CELLS.iter().any(|e| e.eq_ignore_ascii_case(word))
}

/// A short row of a one-column table (`Shr 14 cts`, `Net 510,917`, `Pay April 20`): at most
/// [`SHORT_ROW_MAX_WORDS`] words with a figure among them.
pub(crate) fn is_short_row(line: &str) -> bool {
    let mut words = 0;
    let mut figure = false;
    for w in line.split_whitespace() {
        words += 1;
        if words > SHORT_ROW_MAX_WORDS {
            return false;
        }
        figure |= w.bytes().any(|b| b.is_ascii_digit()) || is_empty_cell(w);
    }
    figure
}

/// A short row of a one-column table has at most this many words.
pub(crate) const SHORT_ROW_MAX_WORDS: usize = 6;

/// A row of figures (`Imports   3.31   3.29   3.08`, `Apr - Sep, 2022 71,966 542 779 314`,
/// `YoY +7.9% -74.5%`): at least two figures (a token with a digit or an empty cell of
/// [`EMPTY_CELLS`]), and at least as many figures as other words; at most [`ROW_MAX_WORDS`]
/// words.
pub(crate) fn is_figure_row(line: &str) -> bool {
    let mut words = 0;
    let mut figures = 0;
    for w in line.split_whitespace() {
        words += 1;
        if words > ROW_MAX_WORDS {
            return false;
        }
        if w.bytes().any(|b| b.is_ascii_digit()) || is_empty_cell(w) {
            figures += 1;
        }
    }
    figures >= 2 && figures * 2 >= words
}

/// A tag with its count (`Bank of England (4)`): a line ending in a bracketed number.
pub(crate) fn is_tag_count(line: &str) -> bool {
    let Some(inner) = line.strip_suffix(')') else {
        return false;
    };
    let Some(open) = inner.rfind('(') else {
        return false;
    };
    let n = &inner[open + 1..];
    !n.is_empty() && n.len() <= 5 && n.bytes().all(|b| b.is_ascii_digit()) && open > 0
}

/// A title of at most this many words may be a site name or ticker line: a longer headline
/// before the body and the dateline replaces it.
pub(crate) const CHROME_MAX_WORDS: usize = 5;

/// A lower-case line of at most this many words before the title is a site name.
pub(crate) const SITE_NAME_MAX_WORDS: usize = 2;

/// Phrases of a header sentence that say from when a page may be published (`Transmission of
/// material in this release is embargoed until 8:30 a.m. (ET) Wednesday, September 11, 2024`),
/// lower-case: the day after one, past a clock time, is the page's publication date.
pub(crate) const EMBARGO_PHRASES: &[&str] = &[
    "embargoed until",
    "embargoed till",
    "under embargo until",
    "not for release before",
    "not for publication before",
];

/// Publication labels that put a date on a page (`Updated: 2020-01-21`, `発表日：2024年7月15日`),
/// lower-case; the date after one is the page's dateline. Longer entries come before their
/// prefixes.
pub(crate) const DATE_LABELS: &[&str] = &[
    "last updated",
    "last modified",
    "updated",
    "update",
    "published",
    "publication date",
    "posted",
    "release date",
    "released",
    "issued",
    "dated",
    "date",
    "press release",
    "news release",
    "media release",
    "发布时间",
    "发布日期",
    "發佈時間",
    "發布時間",
    "發布日期",
    "发表时间",
    "更新时间",
    "时间",
    "日期",
    "発表日",
    "公表日",
    "更新日時",
    "更新日",
    "掲載日",
    "配信日",
    "公開日",
    "発行日",
    "日付",
];

/// After the first body block a dateline (a labelled date, a key/value line ending in a date, a
/// closing source line) is at most this many bytes long.
pub(crate) const LATE_DATELINE_MAX_BYTES: usize = 160;

/// Source labels that may follow a dateline on its line (`2024年07月15日 10:30 来源：新华网`),
/// lower-case.
pub(crate) const SOURCE_LABELS: &[&str] = &["source", "by", "来源", "來源", "出典", "出所", "作者"];

/// The word that closes a Chinese newswire dateline (`新华社北京4月21日电`: "cabled").
pub(crate) const CJK_WIRE_MARKS: &[&str] = &["电", "電"];

/// Whether `word` is a time-zone abbreviation that may follow the time of a dateline (`3:30 pm
/// JST`): a word of the lexicon's `TIME_ZONES` table (`finnews_core::lexicon`), any ASCII case.
pub(crate) fn is_time_zone(word: &str) -> bool {
    let lx = finnews_core::lexicon::lexicon();
    lx.lookup(word)
        .is_some_and(|id| lx.classes(id).has(finnews_core::lexicon::Class::TimeZone))
}

/// Characters that separate menu entries; a short line starting or ending with one, or
/// holding two, is a menu.
pub(crate) const MENU_SEPARATORS: &[char] = &['|', '»', '›', '>', '｜'];

/// Characters that lead from one item of a breadcrumb trail to the next (`首页>新闻中心`,
/// `マーケット ＞ 株式`, `Home › News`). An ASCII `>` counts only spaced or between CJK characters
/// (not in `<ABC>` or `a>b`).
pub(crate) const TRAIL_SEPARATORS: &[char] = &['>', '＞', '›', '»'];

/// Whether the whole of `line` is a breadcrumb trail: two or more items joined by
/// [`TRAIL_SEPARATORS`], each item of at most [`MENU_ITEM_MAX_WORDS`] words and
/// [`MENU_ITEM_MAX_CHARS`] characters, without digits or sentence punctuation. The caller asks
/// only before the title, where a line of that shape is the page's location, not a headline.
pub(crate) fn is_trail(line: &str) -> bool {
    if line.len() > MENU_MAX_BYTES
        || !line
            .as_bytes()
            .iter()
            .any(|&b| b == b'>' || b == 0xEF || b == 0xE2 || b == 0xC2)
    {
        return false;
    }
    // A `>` with a letter, digit or symbol of ASCII glued to it (`<WMB>` in a headline) refuses
    // the line wherever it stands, as the loop below would on reaching it: found first, without
    // reading the items before it.
    let b = line.as_bytes();
    let glued = |c: Option<&u8>| c.is_some_and(|&c| c < 0x80 && !matches!(c, 0x09..=0x0D | b' '));
    if memchr::memchr_iter(b'>', b)
        .any(|i| glued(i.checked_sub(1).map(|p| &b[p])) || glued(b.get(i + 1)))
    {
        return false;
    }
    let item_ok = |item: &str| {
        let item = item.trim();
        !item.is_empty()
            && item.split_whitespace().nth(MENU_ITEM_MAX_WORDS).is_none()
            && item.chars().nth(MENU_ITEM_MAX_CHARS).is_none()
            && !item.chars().any(|c| {
                c.is_numeric() || is_terminal(c) || matches!(c, ',' | '、' | '，' | '%' | '<')
            })
    };
    let mut items = 0;
    let mut start = 0;
    let mut prev = ' ';
    let mut chars = line.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if TRAIL_SEPARATORS.contains(&c) {
            let next = chars.peek().map_or(' ', |&(_, n)| n);
            if c == '>'
                && !(prev.is_whitespace() && next.is_whitespace() || is_cjk(prev) && is_cjk(next))
            {
                return false;
            }
            if !item_ok(&line[start..i]) {
                return false;
            }
            items += 1;
            start = i + c.len_utf8();
        }
        prev = c;
    }
    items >= 1 && item_ok(&line[start..])
}

/// The bytes that start a [`MENU_SEPARATORS`] character (a quick refusal for [`is_menu`]),
/// as a fixed-size set: the first of them repeated fills the unused places.
static MENU_FIRST_BYTES: std::sync::LazyLock<[u8; 8]> = std::sync::LazyLock::new(|| {
    let mut firsts: Vec<u8> = MENU_SEPARATORS
        .iter()
        .map(|c| {
            let mut buf = [0u8; 4];
            c.encode_utf8(&mut buf).as_bytes()[0]
        })
        .collect();
    firsts.sort_unstable();
    firsts.dedup();
    assert!(
        firsts.len() <= 8,
        "MENU_SEPARATORS: at most eight first bytes"
    );
    let mut t = [firsts[0]; 8];
    t[..firsts.len()].copy_from_slice(&firsts);
    t
});

/// How an abbreviation behaves before a capitalised word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum AbbrevClass {
    /// Titles and other words that precede what they qualify (`Mr.`, `No.`, `approx.`): never
    /// end a sentence before a capitalised word.
    Prefix,
    /// Company and name suffixes (`Co.`, `Inc.`, `Jr.`, `etc.`): end a sentence before a
    /// capitalised word that is not all capitals.
    Suffix,
    /// Times of day (`a.m.`, `p.m.`): end a sentence before any capitalised word unless the
    /// sentence so far is a short fronted phrase.
    Time,
    /// Other abbreviations (months): end a sentence only before a sentence starter.
    Plain,
}

/// The English abbreviations, lower-case, without their final period, with their class.
/// Dotted forms not listed (`U.S.`, `e.g.`) are recognised by shape as [`AbbrevClass::Plain`].
pub(crate) const ABBREVIATIONS: &[(&str, AbbrevClass)] = &[
    ("mr", AbbrevClass::Prefix),
    ("mrs", AbbrevClass::Prefix),
    ("ms", AbbrevClass::Prefix),
    ("messrs", AbbrevClass::Prefix),
    ("dr", AbbrevClass::Prefix),
    ("prof", AbbrevClass::Prefix),
    ("st", AbbrevClass::Prefix),
    ("mt", AbbrevClass::Prefix),
    ("ft", AbbrevClass::Prefix),
    ("sen", AbbrevClass::Prefix),
    ("rep", AbbrevClass::Prefix),
    ("gov", AbbrevClass::Prefix),
    ("gen", AbbrevClass::Prefix),
    ("col", AbbrevClass::Prefix),
    ("capt", AbbrevClass::Prefix),
    ("lt", AbbrevClass::Prefix),
    ("sgt", AbbrevClass::Prefix),
    ("rev", AbbrevClass::Prefix),
    ("hon", AbbrevClass::Prefix),
    ("pres", AbbrevClass::Prefix),
    ("vs", AbbrevClass::Prefix),
    ("v", AbbrevClass::Prefix),
    ("no", AbbrevClass::Prefix),
    ("nos", AbbrevClass::Prefix),
    ("fig", AbbrevClass::Prefix),
    ("figs", AbbrevClass::Prefix),
    ("p", AbbrevClass::Prefix),
    ("pp", AbbrevClass::Prefix),
    ("vol", AbbrevClass::Prefix),
    ("art", AbbrevClass::Prefix),
    ("sec", AbbrevClass::Prefix),
    ("ch", AbbrevClass::Prefix),
    ("approx", AbbrevClass::Prefix),
    ("ca", AbbrevClass::Prefix),
    ("cf", AbbrevClass::Prefix),
    ("viz", AbbrevClass::Prefix),
    ("e.g", AbbrevClass::Prefix),
    ("i.e", AbbrevClass::Prefix),
    ("rs", AbbrevClass::Prefix),
    ("co", AbbrevClass::Suffix),
    ("cos", AbbrevClass::Suffix),
    ("corp", AbbrevClass::Suffix),
    ("inc", AbbrevClass::Suffix),
    ("ltd", AbbrevClass::Suffix),
    ("llc", AbbrevClass::Suffix),
    ("plc", AbbrevClass::Suffix),
    ("bros", AbbrevClass::Suffix),
    ("jr", AbbrevClass::Suffix),
    ("sr", AbbrevClass::Suffix),
    ("etc", AbbrevClass::Suffix),
    ("al", AbbrevClass::Suffix),
    ("a.m", AbbrevClass::Time),
    ("p.m", AbbrevClass::Time),
    ("dept", AbbrevClass::Plain),
    ("est", AbbrevClass::Plain),
    ("ave", AbbrevClass::Plain),
];

/// Words that commonly open an English sentence; after a dotted acronym (`U.S.`) or a month
/// abbreviation only these (capitalised) start a new sentence.
pub(crate) const STARTERS: &[&str] = &[
    "a",
    "an",
    "the",
    "this",
    "that",
    "these",
    "those",
    "there",
    "it",
    "its",
    "he",
    "she",
    "we",
    "they",
    "i",
    "you",
    "his",
    "her",
    "our",
    "their",
    "my",
    "what",
    "when",
    "where",
    "who",
    "why",
    "how",
    "in",
    "on",
    "at",
    "for",
    "but",
    "and",
    "however",
    "also",
    "so",
    "if",
    "as",
    "some",
    "many",
    "most",
    "more",
    "all",
    "each",
    "both",
    "after",
    "before",
    "since",
    "while",
    "thus",
    "hundreds",
    "thousands",
    "millions",
    "billions",
];

/// Words that continue the sentence before them even after a terminator and a bracket
/// (`...house!' (Which was very likely true.)`).
pub(crate) const CONTINUATIONS: &[&str] =
    &["which", "who", "whom", "whose", "where", "and", "or", "but"];

/// Whether `word` continues the previous sentence.
pub(crate) fn is_continuation(word: &str) -> bool {
    CONTINUATIONS.iter().any(|s| s.eq_ignore_ascii_case(word))
}

/// A word of at most 8 bytes, ASCII-lower-cased, as one integer (for the table look-ups).
fn key8(word: &str) -> Option<u64> {
    if word.len() > 8 {
        return None;
    }
    let mut key = [0u8; 8];
    for (k, b) in key.iter_mut().zip(word.bytes()) {
        *k = b.to_ascii_lowercase();
    }
    Some(u64::from_le_bytes(key))
}

/// [`ABBREVIATIONS`] as sorted keys, for a binary search.
static ABBREVIATION_KEYS: std::sync::LazyLock<Vec<(u64, AbbrevClass)>> =
    std::sync::LazyLock::new(|| {
        let mut v: Vec<(u64, AbbrevClass)> = ABBREVIATIONS
            .iter()
            .filter_map(|&(a, c)| key8(a).map(|k| (k, c)))
            .collect();
        v.sort_by_key(|&(k, _)| k);
        v
    });

/// The class of `word` (the text before a period, without it) when it is an abbreviation.
pub(crate) fn abbreviation(word: &str) -> Option<AbbrevClass> {
    let key = key8(word)?;
    let table = &*ABBREVIATION_KEYS;
    if let Ok(i) = table.binary_search_by_key(&key, |&(k, _)| k) {
        return Some(table[i].1);
    }
    // Month abbreviations come from the one month table (a word whose first byte starts no
    // month name is refused before the table is read).
    if word.len() <= 4
        && word
            .as_bytes()
            .first()
            .is_some_and(|&b| MONTH_FIRST_BYTES[usize::from(b.to_ascii_lowercase())])
        && finnews_core::lexicon::MONTHS
            .iter()
            .any(|(m, _)| m.eq_ignore_ascii_case(word) && !matches!(*m, "may" | "june" | "july"))
    {
        return Some(AbbrevClass::Plain);
    }
    None
}

/// The first bytes (lower-case) of the month names of `finnews_core::lexicon::MONTHS`.
static MONTH_FIRST_BYTES: std::sync::LazyLock<[bool; 256]> = std::sync::LazyLock::new(|| {
    let mut t = [false; 256];
    for (m, _) in finnews_core::lexicon::MONTHS {
        if let Some(&b) = m.as_bytes().first() {
            t[usize::from(b.to_ascii_lowercase())] = true;
        }
    }
    t
});

/// A word of at most 16 bytes, ASCII-lower-cased, with its length (for the table look-ups).
fn key16(word: &str) -> Option<(usize, u128)> {
    if word.len() > 16 {
        return None;
    }
    let mut key = [0u8; 16];
    for (k, b) in key.iter_mut().zip(word.bytes()) {
        *k = b.to_ascii_lowercase();
    }
    Some((word.len(), u128::from_le_bytes(key)))
}

/// [`STARTERS`] as sorted keys, for a binary search; `None` if an entry is longer than 16 bytes
/// (the search then falls back to the list).
static STARTER_KEYS: std::sync::LazyLock<Option<Vec<(usize, u128)>>> =
    std::sync::LazyLock::new(|| {
        let mut v = STARTERS
            .iter()
            .map(|w| key16(w))
            .collect::<Option<Vec<_>>>()?;
        v.sort_unstable();
        Some(v)
    });

/// Whether `word` opens sentences often enough to end a sentence after a dotted acronym.
pub(crate) fn is_starter(word: &str) -> bool {
    match STARTER_KEYS.as_ref() {
        // A word longer than every entry is none of them.
        Some(keys) => key16(word).is_some_and(|k| keys.binary_search(&k).is_ok()),
        None => STARTERS.iter().any(|s| s.eq_ignore_ascii_case(word)),
    }
}

static BOILERPLATE: std::sync::LazyLock<Option<aho_corasick::AhoCorasick>> =
    std::sync::LazyLock::new(|| {
        aho_corasick::AhoCorasick::builder()
            .kind(Some(aho_corasick::AhoCorasickKind::ContiguousNFA))
            .ascii_case_insensitive(true)
            .build(BOILERPLATE_WORDS)
            .ok()
    });

/// Three bytes at one end of a phrase.
type Ends = [u8; 3];

/// The first and the last three bytes (lower-case, sorted) of the ASCII entries of
/// [`BOILERPLATE_WORDS`]; `None` when an ASCII entry is shorter than three bytes or does not
/// start and end with a letter (the quick refusal then never applies).
static BOILERPLATE_ENDS: std::sync::LazyLock<Option<(Vec<Ends>, Vec<Ends>)>> =
    std::sync::LazyLock::new(|| {
        let mut heads = Vec::new();
        let mut tails = Vec::new();
        for w in BOILERPLATE_WORDS.iter().filter(|w| w.is_ascii()) {
            let b = w.as_bytes();
            let (h, t) = (b.first_chunk::<3>()?, b.last_chunk::<3>()?);
            if !h[0].is_ascii_alphabetic() || !t[2].is_ascii_alphabetic() {
                return None;
            }
            heads.push(h.map(|c| c.to_ascii_lowercase()));
            tails.push(t.map(|c| c.to_ascii_lowercase()));
        }
        // Sorted, for a binary search.
        for v in [&mut heads, &mut tails] {
            v.sort_unstable();
            v.dedup();
        }
        Some((heads, tails))
    });

/// A quick refusal for [`has_boilerplate_word`] on an ASCII line: every ASCII phrase starts and
/// ends with a letter and counts only at the line's first letter or digit or ending at its last,
/// so a line whose first and last three such bytes begin and end no phrase holds none. Lines
/// with other characters are never refused.
fn ascii_refusal(line: &str) -> bool {
    let b = line.as_bytes();
    let Some((heads, tails)) = BOILERPLATE_ENDS.as_ref() else {
        return false;
    };
    if !b.is_ascii() {
        return false;
    }
    let Some(lead) = b.iter().position(u8::is_ascii_alphanumeric) else {
        return true;
    };
    let tail = b
        .iter()
        .rposition(u8::is_ascii_alphanumeric)
        .map_or(0, |p| p + 1);
    let head = b.get(lead..).and_then(|h| h.first_chunk::<3>());
    let end = b.get(..tail).and_then(|t| t.last_chunk::<3>());
    let hit = |x: Option<&[u8; 3]>, set: &[[u8; 3]]| {
        x.is_some_and(|x| {
            set.binary_search(&x.map(|c| c.to_ascii_lowercase()))
                .is_ok()
        })
    };
    !hit(head, heads) && !hit(end, tails)
}

/// Whether a short line holds a link-like phrase (whole words for the ASCII entries).
pub(crate) fn has_boilerplate_word(line: &str) -> bool {
    let Some(ac) = BOILERPLATE.as_ref() else {
        return false;
    };
    let b = line.as_bytes();
    // A link label starts its line (`Print this page`, `PDF for print`, `Back to top`) or ends
    // a line of at most three words (`Click to print`); elsewhere the word is prose
    // (`EARNINGS PER SHARE`).
    let lead = || {
        line.len()
            - line
                .trim_start_matches(|c: char| !c.is_alphanumeric())
                .len()
    };
    let tail = || line.trim_end_matches(|c: char| !c.is_alphanumeric()).len();
    let few_words = || line.split_whitespace().nth(3).is_none();
    if ascii_refusal(line) {
        return false;
    }
    // Most lines hold none of the phrases: one unanchored search settles them.
    if !ac.is_match(line) {
        return false;
    }
    ac.find_overlapping_iter(line).any(|m| {
        let w = BOILERPLATE_WORDS[m.pattern().as_usize()];
        if !w.is_ascii() {
            return true;
        }
        let whole = (m.start() == 0 || !b[m.start() - 1].is_ascii_alphanumeric())
            && b.get(m.end()).is_none_or(|c| !c.is_ascii_alphanumeric());
        whole && (m.start() <= lead() || (m.end() >= tail() && few_words()))
    })
}

/// Whether a short line looks like a menu: separators standing between spaces, two of them, or
/// one opening or closing the line (`Home | News | Markets`, `扫一扫 |`).
pub(crate) fn is_menu(line: &str) -> bool {
    // Lines without a byte that can start a separator have none (the table is read once, not
    // once per byte).
    let first = &*MENU_FIRST_BYTES;
    // Sixteen bytes per step, compared with each first byte (no table look-up per byte).
    let hit = |c: u8| first.iter().fold(0u8, |a, &f| a | u8::from(c == f));
    let b = line.as_bytes();
    let mut chunks = b.chunks_exact(16);
    let mut from = None;
    for (k, chunk) in chunks.by_ref().enumerate() {
        if chunk.iter().fold(0u8, |a, &c| a | hit(c)) != 0 {
            from = Some(k * 16);
            break;
        }
    }
    let rest = b.len() - chunks.remainder().len();
    let Some(from) = from.or_else(|| {
        let tail = chunks.remainder();
        tail.iter().position(|&c| hit(c) != 0).map(|p| rest + p)
    }) else {
        return false;
    };
    // A separator counts only after white space or at the line start: one glued to an ASCII
    // character that is no white space (the `>` of `<ACM>`) never does, and a line holding no
    // other is refused before its characters are decoded.
    let spaced = |i: usize| i == 0 || b[i - 1] >= 0x80 || matches!(b[i - 1], 0x09..=0x0D | b' ');
    if !(from..b.len()).any(|i| hit(b[i]) != 0 && spaced(i)) {
        return false;
    }
    menu_walk(line)
}

/// The character walk behind [`is_menu`], without its byte refusals: a separator between white
/// space opening the line or ending it, or two anywhere.
fn menu_walk(line: &str) -> bool {
    let mut count = 0;
    let mut prev = ' ';
    let mut chars = line.chars().peekable();
    let mut first = true;
    while let Some(c) = chars.next() {
        if MENU_SEPARATORS.contains(&c) && prev.is_whitespace() {
            let next = chars.peek().copied();
            if next.is_none_or(char::is_whitespace) {
                if next.is_none() || first {
                    return true;
                }
                count += 1;
            }
        }
        first = false;
        prev = c;
    }
    count >= 2
}

/// Characters that end a sentence.
#[inline]
pub(crate) fn is_terminal(c: char) -> bool {
    matches!(
        c,
        '.' | '!' | '?' | '…' | '。' | '！' | '？' | '．' | '｡' | '‼' | '⁇'
    )
}

/// CJK sentence terminators (they end a sentence with no space after them).
#[inline]
pub(crate) fn is_cjk_terminal(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '．' | '｡')
}

/// Closing quotes and brackets that may follow a sentence terminator.
#[inline]
pub(crate) fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '’'
            | '”'
            | '»'
            | ')'
            | ']'
            | '}'
            | '」'
            | '』'
            | '）'
            | '］'
            | '｝'
            | '】'
            | '》'
            | '〉'
            | '〕'
            | '›'
    )
}

/// Opening quotes and brackets.
#[inline]
pub(crate) fn is_opener(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '`'
            | '‘'
            | '“'
            | '«'
            | '('
            | '['
            | '{'
            | '「'
            | '『'
            | '（'
            | '［'
            | '｛'
            | '【'
            | '《'
            | '〈'
            | '〔'
            | '‹'
    )
}

/// The closer matching an opener, for brackets and typographic quotes.
pub(crate) fn closer_of(open: char) -> Option<char> {
    Some(match open {
        '(' => ')',
        '[' => ']',
        '{' => '}',
        '“' => '”',
        '‘' => '’',
        '`' => '\'',
        '«' => '»',
        '「' => '」',
        '『' => '』',
        '（' => '）',
        '［' => '］',
        '｛' => '｝',
        '【' => '】',
        '《' => '》',
        '〈' => '〉',
        '〔' => '〕',
        '‹' => '›',
        '"' => '"',
        '\'' => '\'',
        _ => return None,
    })
}

/// Whether `c` is a CJK ideograph, kana or CJK punctuation (for line joining and sentence ends).
#[inline]
pub(crate) fn is_cjk(c: char) -> bool {
    // Below U+3000 (every Latin letter and sign): one comparison.
    (c as u32) >= 0x3000
        && matches!(c as u32,
        0x3000..=0x303F | 0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF
        | 0xF900..=0xFAFF | 0xFF00..=0xFFEF | 0xAC00..=0xD7AF)
}

/// Dashes that may stand between a sentence end and the next sentence, or after a dateline.
#[inline]
pub(crate) fn is_dash(c: char) -> bool {
    matches!(c, '-' | '–' | '—' | '―')
}

/// White space for trimming: Unicode white space and the byte-order mark.
#[inline]
pub(crate) fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{feff}'
}

#[cfg(test)]
mod tests {
    use super::{ROW_COMPARATORS, is_comparison_row};

    /// The time zones are the lexicon's one table, in any ASCII case.
    #[test]
    fn time_zones_are_the_lexicon_table() {
        use super::is_time_zone;
        for z in ["CDT", "cdt", "Kst", "AEDT", "gmt"] {
            assert!(is_time_zone(z), "{z}");
        }
        for w in ["cat", "CD", "", "Ｇｍｔ", "march"] {
            assert!(!is_time_zone(w), "{w}");
        }
    }

    /// [`is_comparison_row`] looks for its comparators at the `v`s of a line.
    #[test]
    fn every_comparator_starts_with_v() {
        for c in ROW_COMPARATORS {
            assert!(c.starts_with('v'), "{c}");
        }
    }

    /// A `>` glued to an ASCII character refuses a trail wherever it stands; spaced `>` and `>`
    /// between CJK characters separate items.
    #[test]
    fn trails_and_glued_angle_brackets() {
        use super::is_trail;
        assert!(is_trail("Home > Markets > Bonds"));
        assert!(is_trail("首页>新闻中心>统计数据"));
        assert!(!is_trail("Home > Markets > ACME <ACM>"));
        assert!(!is_trail("ACME <ACM> > Markets"));
        assert!(!is_trail("Home >Markets > Bonds"));
        // A vertical tab is white space beside a separator, as the item walk reads it.
        assert!(is_trail("Home\u{b}> Markets"));
    }

    #[test]
    fn starters_and_month_abbreviations() {
        use super::{AbbrevClass, STARTERS, abbreviation, is_starter};
        for w in STARTERS {
            assert!(is_starter(w), "{w}");
            assert!(is_starter(&w.to_ascii_uppercase()), "{w}");
        }
        for w in ["Thee", "", "The\0", "Thousandsx", "Mr", "Über"] {
            assert_eq!(
                is_starter(w),
                STARTERS.iter().any(|s| s.eq_ignore_ascii_case(w)),
                "{w}"
            );
        }
        assert_eq!(abbreviation("Feb"), Some(AbbrevClass::Plain));
        assert_eq!(abbreviation("SEPT"), Some(AbbrevClass::Plain));
        assert_eq!(abbreviation("May"), None);
        assert_eq!(abbreviation("year"), None);
        assert_eq!(abbreviation("Inc"), Some(AbbrevClass::Suffix));
    }

    /// A footer phrase's tail has no border (no proper prefix that is also a suffix): its
    /// matches in a whole text are then exactly its matches in each line.
    #[test]
    fn footer_tails_have_no_border() {
        for (_, tail) in super::FOOTER_FINDERS.iter() {
            let t = tail.needle();
            for k in 1..t.len() {
                assert_ne!(t[..k], t[t.len() - k..], "{t:?}");
            }
        }
    }

    /// The document index answers as the line functions on every span of a text.
    #[test]
    fn document_cues_match_the_line_functions() {
        use super::{DocCues, is_footer};
        // Footer phrases in several cases and places, with lines in between.
        let texts = [
            "all rights reserved",
            "(c) 2026 Acme. All Rights Reserved\nCopyright 2026 all rights reservedx\nrights reserved",
            "© Acme\nCopyright Acme\n版权所有 Acme ALL RIGHTS RESERVED. Share prices vs 2 rved",
        ];
        for text in texts {
            let mut doc = DocCues::default();
            for s in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
                for e in (s..=text.len()).filter(|&i| text.is_char_boundary(i)) {
                    let t = &text[s..e];
                    assert_eq!(doc.is_footer(text, s, e), is_footer(t), "{t:?}");
                }
            }
        }
    }

    /// The byte refusals in front of [`super::is_menu`] change no answer: the separator walk
    /// alone, on lines with glued, spaced and non-ASCII separators.
    #[test]
    fn menu_refusals_keep_the_answers() {
        use super::{is_menu, menu_walk as walk};
        let lines = [
            "Home | News | Markets",
            "ACME <ACM> said on Monday it expects profit",
            "ACME CORP <ACM> | SHARES",
            "| Home",
            "Home |",
            "Home\u{a0}» News\u{3000}› Markets",
            "a|b|c",
            ">",
            "x >",
            "Shares rose > 5 pct to 10 > 9",
            "Long line without a separator at all, about sixty bytes long",
            "首页 ｜ 新闻 ｜ 数据",
            "\u{2014} em dash \u{2014} » x",
            "Home\u{b}| News |\u{b}x",
        ];
        for l in lines {
            assert_eq!(is_menu(l), walk(l), "{l:?}");
        }
    }

    #[test]
    fn comparison_rows() {
        assert!(is_comparison_row("Net 5.1 mln vs 4.2 mln"));
        assert!(is_comparison_row("Shr loss 24 cts VS profit seven cts"));
        assert!(is_comparison_row("Revs 12.0 mln versus 11.5 mln"));
        assert!(!is_comparison_row("Net rose versus the year before."));
        assert!(!is_comparison_row("Revenue vs. nothing"));
        assert!(!is_comparison_row("net 5.1 mln vs 4.2 mln"));
        assert!(!is_comparison_row("Net 5.1 mln avs 4.2 mln"));
    }
}
