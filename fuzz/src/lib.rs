//! Invariant checks shared by the finnews fuzz targets, the grammar-based input generator, and a
//! replay driver so the targets also run (on files) as plain binaries on a stable toolchain.
//!
//! Every check panics with a message naming the broken invariant; libFuzzer reports a panic as a
//! crash and saves the input.
#![forbid(unsafe_code)]

use std::fmt::Write as _;
use std::str::FromStr;

use finnews::{Analysis, Mention, ReferenceSource};
use finnews_core::Span;
use finnews_date::{
    DateRange, FiscalYearNaming, Grain, Month, NaiveDate, ReferenceDate, Temporal, TemporalValue,
};
use finnews_quantity::{Amount, Currency, Decimal, Quantity};
use libfuzzer_sys::arbitrary::{self, Arbitrary, Unstructured};

pub mod grammar;

/// Inputs longer than this are rejected (`Corpus::Reject`): the parsers are linear, long inputs
/// only slow the fuzzer down. The pathological benchmark covers size.
pub const MAX_LEN: usize = 64 * 1024;

/// Checks that `items` (span, text) are in order, non-overlapping, non-empty, inside `text`, on
/// char boundaries, and that each text is exactly the slice at its span.
pub fn check_spans<'a>(text: &str, what: &str, items: impl IntoIterator<Item = (Span, &'a str)>) {
    let mut prev_end = 0usize;
    for (i, (span, t)) in items.into_iter().enumerate() {
        assert!(
            span.start() < span.end(),
            "{what} #{i}: empty or reversed span {span:?}"
        );
        assert!(
            span.start() >= prev_end,
            "{what} #{i}: span {span:?} overlaps or precedes the previous one ending at {prev_end}"
        );
        assert!(
            span.end() <= text.len(),
            "{what} #{i}: span {span:?} past the end of the text ({})",
            text.len()
        );
        assert!(
            text.is_char_boundary(span.start()) && text.is_char_boundary(span.end()),
            "{what} #{i}: span {span:?} not on char boundaries"
        );
        assert_eq!(
            &text[span.range()],
            t,
            "{what} #{i}: text differs from the slice at {span:?}"
        );
        prev_end = span.end();
    }
}

/// Checks that a decimal is canonical enough to print and read back to the same value.
pub fn check_decimal(what: &str, v: Decimal) {
    assert!(v.scale() <= 28, "{what}: scale {} > 28", v.scale());
    let s = v.to_string();
    let back = Decimal::from_str(&s);
    assert_eq!(
        back,
        Ok(v),
        "{what}: {s:?} does not read back to the same value"
    );
}

/// Checks a list of quantities: spans, and every value.
pub fn check_quantities(text: &str, qs: &[Quantity<'_>]) {
    check_spans(text, "quantity", qs.iter().map(|q| (q.span, q.text)));
    for (i, q) in qs.iter().enumerate() {
        check_amount(&format!("quantity #{i} {:?}", q.text), q.amount);
    }
}

fn check_amount(what: &str, a: Amount) {
    match a {
        Amount::Exact(v) => check_decimal(what, v),
        Amount::Range { low, high } => {
            check_decimal(what, low);
            check_decimal(what, high);
        }
    }
}

/// Checks a date range: first <= last.
pub fn check_range(what: &str, r: DateRange) {
    assert!(
        r.first() <= r.last(),
        "{what}: range first {} > last {}",
        r.first(),
        r.last()
    );
}

/// Checks a list of temporal expressions: spans, TIMEX values, ranges.
pub fn check_temporals(text: &str, ts: &[Temporal<'_>]) {
    check_spans(text, "temporal", ts.iter().map(|t| (t.span, t.text)));
    for (i, t) in ts.iter().enumerate() {
        let what = format!("temporal #{i} {:?}", t.text);
        match &t.value {
            TemporalValue::Date { timex, range, .. } => {
                let timex = timex.to_string();
                assert!(!timex.is_empty(), "{what}: empty timex");
                if let Some(r) = range {
                    check_range(&what, *r);
                }
            }
            TemporalValue::Duration { timex } => {
                let timex = timex.to_string();
                assert!(
                    timex.starts_with('P') && timex.len() > 1,
                    "{what}: duration timex {timex:?} is not P..."
                );
            }
        }
    }
}

/// Whether a char counts as blank for the "blocks cover every non-blank line" invariant: white
/// space, the byte-order mark, and control characters (NUL and friends).
pub fn is_blank(c: char) -> bool {
    c.is_whitespace() || c == '\u{feff}' || c.is_control()
}

/// Checks blocks and sentences: blocks in order, non-overlapping, on boundaries, trimmed, and
/// covering every non-blank character; sentences in order, each inside its block.
pub fn check_segmentation(
    text: &str,
    blocks: &[finnews_segment::Block],
    sentences: &[finnews_segment::Sentence],
) {
    check_spans(
        text,
        "block",
        blocks
            .iter()
            .map(|b| (b.span, text.get(b.span.range()).unwrap_or(""))),
    );
    // Blocks are trimmed: white space and byte-order marks stay outside them.
    for (i, b) in blocks.iter().enumerate() {
        let t = &text[b.span.range()];
        let ws = |c: char| c.is_whitespace() || c == '\u{feff}';
        assert!(
            !t.starts_with(ws) && !t.ends_with(ws),
            "block #{i} {:?} is not trimmed: {t:?}",
            b.span
        );
    }
    // Coverage: every non-blank char lies inside a block (blocks are sorted).
    let mut bi = 0;
    for (i, c) in text.char_indices() {
        while bi < blocks.len() && blocks[bi].span.end() <= i {
            bi += 1;
        }
        if is_blank(c) {
            continue;
        }
        let covered = blocks.get(bi).is_some_and(|b| b.span.start() <= i);
        assert!(
            covered,
            "non-blank char {c:?} at byte {i} (line {}) is in no block",
            text[..i].matches('\n').count() + 1
        );
    }
    check_spans(
        text,
        "sentence",
        sentences
            .iter()
            .map(|s| (s.span, text.get(s.span.range()).unwrap_or(""))),
    );
    let mut prev_block = 0;
    for (i, s) in sentences.iter().enumerate() {
        assert!(
            s.block < blocks.len(),
            "sentence #{i}: block index {} out of {} blocks",
            s.block,
            blocks.len()
        );
        assert!(
            s.block >= prev_block,
            "sentence #{i}: block index {} after {}",
            s.block,
            prev_block
        );
        prev_block = s.block;
        let b = blocks[s.block].span;
        assert!(
            b.contains(s.span),
            "sentence #{i} {:?} not inside its block {:?}",
            s.span,
            b
        );
    }
}

/// Checks a numeral read at the start of `text`.
pub fn check_numeral(text: &str, n: &finnews_numeral::Numeral, what: &str) {
    assert!(n.len > 0, "{what}: empty numeral");
    assert!(
        n.len <= text.len(),
        "{what}: len {} past the end ({})",
        n.len,
        text.len()
    );
    assert!(
        text.is_char_boundary(n.len),
        "{what}: len {} not on a char boundary",
        n.len
    );
    check_decimal(what, n.value);
}

/// Runs the numeral layer on every char-boundary suffix start that could begin a numeral
/// (bounded: at most `limit` starts), checking each result.
pub fn check_numeral_layer(text: &str, limit: usize) {
    for (i, _) in text.char_indices().take(limit) {
        let rest = &text[i..];
        if let Some(n) = finnews_numeral::cardinal_prefix(rest) {
            check_numeral(rest, &n, "cardinal_prefix");
            // The numeral alone reads the same: nothing after it was needed to read it.
            let alone = &rest[..n.len];
            assert_eq!(
                finnews_numeral::parse_cardinal(alone).ok(),
                Some(n.value),
                "parse_cardinal({alone:?}) disagrees with cardinal_prefix"
            );
        }
        if let Some(n) = finnews_numeral::ordinal_prefix(rest) {
            check_numeral(rest, &n, "ordinal_prefix");
        }
        let _ = finnews_numeral::parse_cardinal(rest);
    }
}

/// Options for one run, read from the fuzzer's bytes.
#[derive(Debug, Clone)]
pub struct FuzzOptions {
    /// Caller's reference date.
    pub reference: Option<NaiveDate>,
    /// Whether it overrides the document's dateline.
    pub overrides: bool,
    /// Reference grain (for the date crate alone).
    pub grain: Grain,
    /// Fiscal year start.
    pub fiscal_year_start: Month,
    /// Fiscal year naming.
    pub naming: FiscalYearNaming,
    /// Day-first numeric dates.
    pub day_first: bool,
    /// What a bare yen sign means.
    pub yen: Option<Currency>,
}

impl<'a> Arbitrary<'a> for FuzzOptions {
    fn arbitrary(u: &mut Unstructured<'a>) -> arbitrary::Result<Self> {
        let reference = match u.int_in_range(0u8..=9)? {
            0 => None,
            // Extremes: arithmetic on them must be checked, not panic.
            1 => Some(if u.arbitrary()? {
                NaiveDate::MIN
            } else {
                NaiveDate::MAX
            }),
            2 => NaiveDate::from_num_days_from_ce_opt(u.arbitrary()?),
            _ => {
                let y = u.int_in_range(0..=9999)?;
                let m = u.int_in_range(1..=12)?;
                let d = u.int_in_range(1..=31)?;
                NaiveDate::from_ymd_opt(y, m, d).or(NaiveDate::from_ymd_opt(y, m, 28))
            }
        };
        let grain = *u.choose(&[Grain::Day, Grain::Month, Grain::Year])?;
        let m: u8 = u.int_in_range(1..=12)?;
        Ok(FuzzOptions {
            reference,
            overrides: u.arbitrary()?,
            grain,
            fiscal_year_start: Month::try_from(m).unwrap_or(Month::January),
            naming: if u.arbitrary()? {
                FiscalYearNaming::StartYear
            } else {
                FiscalYearNaming::EndYear
            },
            day_first: u.arbitrary()?,
            yen: *u.choose(&[None, Some(Currency::JPY), Some(Currency::CNY)])?,
        })
    }
}

impl FuzzOptions {
    /// The facade's options.
    pub fn facade(&self) -> finnews::Options {
        let o = finnews::Options::default();
        let o = match (self.reference, self.overrides) {
            (Some(d), true) => o.with_reference_date_override(Some(d)),
            (Some(d), false) => o.with_reference_date(d),
            (None, _) => o,
        };
        o.with_date_options(self.date())
            .with_fiscal_year_start(self.fiscal_year_start)
            .with_quantity_options(self.quantity())
    }

    /// The date crate's options.
    pub fn date(&self) -> finnews_date::Options {
        finnews_date::Options::default()
            .with_reference(self.reference.map(|d| ReferenceDate::new(d, self.grain)))
            .with_fiscal_year_start(self.fiscal_year_start)
            .with_fiscal_year_naming(self.naming)
            .with_day_first(self.day_first)
    }

    /// The quantity crate's options.
    pub fn quantity(&self) -> finnews_quantity::Options {
        finnews_quantity::Options::default().with_yen(self.yen)
    }
}

/// Checks the facade's analysis of `text`.
pub fn check_analysis(text: &str, opts: &FuzzOptions, a: &Analysis<'_>) {
    check_segmentation(text, &a.blocks, &a.sentences);
    check_spans(
        text,
        "mention",
        a.mentions.iter().map(|m| (m.span(), m.text())),
    );
    for (i, m) in a.mentions.iter().enumerate() {
        match m {
            Mention::Quantity(q) => check_amount(&format!("mention #{i} {:?}", q.text), q.amount),
            Mention::Temporal(t) => check_temporals(text, std::slice::from_ref(t)),
        }
    }
    check_facts(text, a);
    match (opts.reference, a.reference_date) {
        (Some(_), None) => panic!("a reference date was given but the analysis has none"),
        (Some(d), Some(r)) if opts.overrides => {
            assert_eq!(r.source, ReferenceSource::Argument, "override lost");
            assert_eq!(r.date.date(), d, "override changed the date");
        }
        (_, Some(r)) if r.source == ReferenceSource::Argument => {
            assert_eq!(Some(r.date.date()), opts.reference, "argument date changed");
        }
        _ => {}
    }
}

/// The facts of an analysis (contract 1.2): sorted by value, at most one per mention; every
/// index points at an existing mention of the right kind (value: a quantity; period and
/// `compared_to`: a date); every phrase is a span of the text on character boundaries that
/// slices to its text; `direction` and `basis` only on changes.
pub fn check_facts(text: &str, a: &Analysis<'_>) {
    use finnews::MentionKind as K;
    let n = a.mentions.len();
    for w in a.facts.windows(2) {
        assert!(
            w[0].value < w[1].value,
            "facts not sorted by value, or two on one value"
        );
    }
    for f in &a.facts {
        assert!(f.value < n, "fact value {} out of {n} mentions", f.value);
        let kind = a.mentions[f.value].kind();
        assert!(
            !matches!(kind, K::Date | K::Duration),
            "fact value {} is a {kind} mention",
            f.value
        );
        for i in [f.period.mention(), f.compared_to].into_iter().flatten() {
            assert!(i < n, "fact index {i} out of {n} mentions");
            assert_eq!(
                a.mentions[i].kind(),
                K::Date,
                "fact period {i} is not a date"
            );
        }
        if f.role != finnews::fact::Role::Change {
            assert!(
                f.direction.is_none() && f.basis.is_none(),
                "direction or basis on a non-change"
            );
        }
        let phrases = f
            .metric
            .iter()
            .chain(&f.subject)
            .chain(&f.denominator)
            .chain(&f.qualifiers);
        for p in phrases {
            check_spans(text, "fact phrase", std::iter::once((p.span, p.text)));
        }
    }
}

/// The analyze target: the facade, plus a check that every mention comes from one of the two
/// extractors (the merge invents nothing).
pub fn run_analyze(text: &str, opts: &FuzzOptions) {
    let facade = opts.facade();
    let a = finnews::analyze(text, &facade);
    check_analysis(text, opts, &a);
    // Facts are a layer on top: turning them off changes no mention.
    let plain = finnews::analyze(text, &facade.clone().with_facts(false));
    assert!(plain.facts.is_empty(), "facts when turned off");
    assert_eq!(plain.mentions, a.mentions, "facts changed the mentions");
    let qs = finnews_quantity::extract(text, &opts.quantity());
    let mut date_opts = opts.date();
    date_opts.reference = a.reference_date.map(|r| r.date);
    let ts = finnews_date::extract(text, &date_opts);
    for m in &a.mentions {
        let found = match m {
            Mention::Quantity(q) => qs.iter().any(|x| x.span == q.span),
            Mention::Temporal(t) => ts.iter().any(|x| x.span == t.span),
        };
        assert!(
            found,
            "mention {:?} at {:?} is from neither extractor",
            m.text(),
            m.span()
        );
    }
}

/// The quantity target.
pub fn run_quantity(text: &str, opts: &FuzzOptions) {
    let qs = finnews_quantity::extract(text, &opts.quantity());
    check_quantities(text, &qs);
    if let Ok(q) = finnews_quantity::parse(text) {
        assert_eq!(
            q.span,
            Span::new(0, text.len()),
            "parse: span not whole text"
        );
        check_quantities(text, std::slice::from_ref(&q));
    }
}

/// The date target.
pub fn run_date(text: &str, opts: &FuzzOptions) {
    let date_opts = opts.date();
    let ts = finnews_date::extract(text, &date_opts);
    check_temporals(text, &ts);
    if let Ok(t) = finnews_date::parse(text, &date_opts) {
        check_temporals(text, std::slice::from_ref(&t));
    }
    for line in text.lines().take(64) {
        if let Some((len, r)) = finnews_date::dateline_prefix(line) {
            assert!(
                len <= line.len() && line.is_char_boundary(len),
                "dateline_prefix({line:?}) = {len}: not a prefix length"
            );
            if let Some(r) = r {
                let _ = (r.date(), r.grain());
            }
        }
    }
}

/// The segment target: the built-in detector and the facade's.
pub fn run_segment(text: &str, facade_detector: bool) {
    let o = finnews_segment::Options::default();
    let o = if facade_detector {
        o.with_dateline_detector(|l| finnews_date::dateline_prefix(l).map(|(n, _)| n))
    } else {
        o
    };
    let s = finnews_segment::segment(text, &o);
    check_segmentation(text, &s.blocks, &s.sentences);
}

/// The numeral target.
pub fn run_numeral(text: &str) {
    check_numeral_layer(text, 4096);
}

/// Splits fuzzer bytes into options (from the first bytes) and text (the rest, lossily
/// decoded). Returns `None` for inputs over [`MAX_LEN`].
pub fn options_and_text(data: &[u8]) -> Option<(FuzzOptions, String)> {
    if data.len() > MAX_LEN {
        return None;
    }
    let split = data.len().min(12);
    let mut u = Unstructured::new(&data[..split]);
    let opts = FuzzOptions::arbitrary(&mut u).ok()?;
    Some((opts, String::from_utf8_lossy(&data[split..]).into_owned()))
}

/// Numeral target inputs are capped lower: each char position is tried as a numeral start.
pub const NUMERAL_MAX_LEN: usize = 1024;

/// Target `quantity`: options from the first bytes, the rest as text. Returns whether the input
/// was kept (`false`: rejected as too long).
pub fn target_quantity(data: &[u8]) -> bool {
    let Some((opts, text)) = options_and_text(data) else {
        return false;
    };
    run_quantity(&text, &opts);
    true
}

/// Target `date`.
pub fn target_date(data: &[u8]) -> bool {
    let Some((opts, text)) = options_and_text(data) else {
        return false;
    };
    run_date(&text, &opts);
    true
}

/// Target `analyze`.
pub fn target_analyze(data: &[u8]) -> bool {
    let Some((opts, text)) = options_and_text(data) else {
        return false;
    };
    run_analyze(&text, &opts);
    true
}

/// Target `segment`: the whole input as text; odd lengths use the facade's dateline detector.
pub fn target_segment(data: &[u8]) -> bool {
    if data.len() > MAX_LEN {
        return false;
    }
    run_segment(&String::from_utf8_lossy(data), data.len() % 2 == 1);
    true
}

/// Target `numeral`: the whole input as text, every position tried.
pub fn target_numeral(data: &[u8]) -> bool {
    if data.len() > NUMERAL_MAX_LEN {
        return false;
    }
    run_numeral(&String::from_utf8_lossy(data));
    true
}

/// Target `lex`: the whole input as text, lexed with and without break tokens.
pub fn target_lex(data: &[u8]) -> bool {
    if data.len() > MAX_LEN {
        return false;
    }
    run_lex(&String::from_utf8_lossy(data));
    true
}

/// The lexer's invariants: tokens are non-empty, in order, non-overlapping, on char boundaries;
/// every non-space character is in a token that is no break; a break token is white space only;
/// break tokens change no other token.
pub fn run_lex(text: &str) {
    use finnews_core::lexer::{Kind, Lexer};
    let mut plain = Vec::new();
    Lexer::new().lex_into(text, &mut plain);
    let mut with = Vec::new();
    Lexer::new().with_breaks(true).lex_into(text, &mut with);
    let mut next_char = 0usize; // every non-space char before this is covered
    let mut prev_end = 0usize;
    for (i, t) in with.iter().enumerate() {
        let (start, end) = (t.span.start(), t.span.end());
        assert!(start < end, "token #{i} {t:?}: empty");
        assert!(
            start >= prev_end,
            "token #{i} {t:?}: overlaps or precedes the one before"
        );
        assert!(
            end <= text.len() && text.is_char_boundary(start) && text.is_char_boundary(end),
            "token #{i} {t:?}: not on char boundaries"
        );
        let slice = &text[start..end];
        let gap = &text[next_char.min(start)..start];
        assert!(
            gap.chars().all(char::is_whitespace),
            "token #{i} {t:?}: non-space text {gap:?} before it is in no token"
        );
        if matches!(t.kind, Kind::Break(_)) {
            assert!(
                slice.chars().all(char::is_whitespace),
                "break #{i} {t:?}: not white space"
            );
        } else {
            assert!(
                !slice.chars().any(char::is_whitespace),
                "token #{i} {t:?}: holds white space"
            );
        }
        prev_end = end;
        next_char = end;
    }
    let tail = &text[next_char.min(text.len())..];
    assert!(
        tail.chars().all(char::is_whitespace),
        "text {tail:?} at the end is in no token"
    );
    with.retain(|t| !matches!(t.kind, Kind::Break(_)));
    assert_eq!(plain, with, "break tokens changed the other tokens");
}

/// Target `grammar`: a document built from grammar pieces, through every layer.
pub fn target_grammar(data: &[u8]) -> bool {
    if data.len() > MAX_LEN {
        return false;
    }
    let Ok(doc) = grammar::Doc::arbitrary_take_rest(Unstructured::new(data)) else {
        return false;
    };
    run_grammar(&doc);
    true
}

/// Runs every layer on a grammar document.
pub fn run_grammar(doc: &grammar::Doc) {
    let text = doc.text.as_str();
    run_analyze(text, &doc.options);
    run_quantity(text, &doc.options);
    run_date(text, &doc.options);
    run_segment(text, doc.text.len() % 2 == 1);
    let mut cut = text.len().min(NUMERAL_MAX_LEN);
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    run_numeral(&text[..cut]);
}

/// Runs the named target on `data`; `None` for an unknown name.
pub fn target(name: &str, data: &[u8]) -> Option<bool> {
    Some(match name {
        "quantity" => target_quantity(data),
        "date" => target_date(data),
        "segment" => target_segment(data),
        "numeral" => target_numeral(data),
        "analyze" => target_analyze(data),
        "grammar" => target_grammar(data),
        "lex" => target_lex(data),
        _ => return None,
    })
}

/// The names of all targets.
pub const TARGETS: [&str; 7] = [
    "quantity", "date", "segment", "numeral", "analyze", "grammar", "lex",
];

/// The whole of a fuzz target file: `finnews_fuzz::fuzz_main!("date");` after
/// `#![cfg_attr(fuzzing, no_main)]`. Under `cargo fuzz` it is the libFuzzer target that runs
/// [`target`] by name (inputs it rejects are not kept in the corpus); built plainly (stable, no
/// fuzzing flags) it is a binary that replays the files and directories named on its command line.
#[macro_export]
macro_rules! fuzz_main {
    ($name:literal) => {
        ::libfuzzer_sys::fuzz_target!(|data: &[u8]| -> ::libfuzzer_sys::Corpus {
            if $crate::target($name, data).unwrap_or(false) {
                ::libfuzzer_sys::Corpus::Keep
            } else {
                ::libfuzzer_sys::Corpus::Reject
            }
        });

        #[cfg(not(fuzzing))]
        fn main() {
            $crate::replay_main(|d| {
                let _ = $crate::target($name, d);
            });
        }
    };
}

/// Default options, for targets that read the whole input as text.
pub fn default_options() -> FuzzOptions {
    FuzzOptions {
        reference: NaiveDate::from_ymd_opt(2024, 7, 15),
        overrides: false,
        grain: Grain::Day,
        fiscal_year_start: Month::January,
        naming: FiscalYearNaming::StartYear,
        day_first: false,
        yen: None,
    }
}

/// Runs `f` on each file named on the command line (directories: every file inside), for the
/// stable-toolchain build of a target (`cargo build` in `fuzz/`, no libFuzzer flags). Prints a
/// summary; a panic aborts with the offending path on standard error.
pub fn replay_main(f: fn(&[u8])) {
    let mut files = Vec::new();
    for arg in std::env::args_os().skip(1) {
        let p = std::path::PathBuf::from(arg);
        if p.is_dir() {
            if let Ok(rd) = std::fs::read_dir(&p) {
                let mut v: Vec<_> = rd.filter_map(Result::ok).map(|e| e.path()).collect();
                v.sort();
                files.extend(v.into_iter().filter(|p| p.is_file()));
            }
        } else {
            files.push(p);
        }
    }
    let mut n = 0;
    for p in &files {
        match std::fs::read(p) {
            Ok(bytes) => {
                eprintln!("replay {}", p.display());
                f(&bytes);
                n += 1;
            }
            Err(e) => eprintln!("skip {}: {e}", p.display()),
        }
    }
    let mut msg = String::new();
    let _ = write!(msg, "replayed {n} inputs");
    println!("{msg}");
}
