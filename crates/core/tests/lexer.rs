//! Properties of the lexer on any text, and its classification of numbers and line breaks.

use finnews_core::lexer::{Break, Gap, Kind, Lexer, lex};
use finnews_core::lexicon::Class;
use proptest::prelude::*;

fn check_cover(text: &str, with_breaks: bool) {
    let mut toks = Vec::new();
    Lexer::new()
        .with_breaks(with_breaks)
        .lex_into(text, &mut toks);
    let mut covered = vec![false; text.len()];
    let mut last_end = 0;
    for t in &toks {
        let (s, e) = (t.span.start(), t.span.end());
        assert!(s < e, "empty token {t:?}");
        assert!(s >= last_end, "tokens overlap or are out of order: {t:?}");
        assert!(text.is_char_boundary(s) && text.is_char_boundary(e));
        last_end = e;
        if matches!(t.kind, Kind::Break(_)) {
            assert!(text[s..e].chars().all(char::is_whitespace));
            continue;
        }
        assert!(!text[s..e].chars().any(char::is_whitespace), "{t:?}");
        for c in &mut covered[s..e] {
            *c = true;
        }
    }
    for (i, ch) in text.char_indices() {
        if !ch.is_whitespace() {
            assert!(covered[i], "char {ch:?} at {i} not covered in {text:?}");
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn spans_are_ordered_on_boundaries_and_cover_every_non_space_char(text in "\\PC{0,80}") {
        check_cover(&text, false);
        check_cover(&text, true);
    }

    #[test]
    fn newswire_like_text(text in "([A-Za-z]{1,8}|[0-9]{1,5}|[,.]|[ \n]{1,3}|[年月日元一二万]|[０-９，．]|[$%€-]|    ){0,40}") {
        check_cover(&text, false);
        check_cover(&text, true);
    }

    #[test]
    fn break_tokens_do_not_change_the_other_tokens(text in "([a-z]{1,5}|[0-9]{1,3}|[ \n]{1,3}|[-*.] ){0,30}") {
        let plain = lex(&text);
        let mut with = Vec::new();
        Lexer::new().with_breaks(true).lex_into(&text, &mut with);
        with.retain(|t| !matches!(t.kind, Kind::Break(_)));
        prop_assert_eq!(plain, with);
    }
}

#[test]
fn numbers_keep_their_separators() {
    let text = "1,234,567.89 1,23 12.5.6 ３，０００ 2024-07";
    let t: Vec<(&str, Kind)> = lex(text).iter().map(|t| (t.text(text), t.kind)).collect();
    let num = |grouped, decimal| Kind::Number { grouped, decimal };
    assert_eq!(t[0], ("1,234,567.89", num(true, true)));
    assert_eq!(t[1], ("1", num(false, false)));
    assert_eq!(t[2], (",", Kind::Punct(',')));
    assert_eq!(t[3], ("23", num(false, false)));
    assert_eq!(t[4], ("12.5", num(false, true)));
    assert_eq!(t[5], (".", Kind::Punct('.')));
    assert_eq!(t[7], ("３，０００", num(true, false)));
    assert_eq!(t[8], ("2024", num(false, false)));
    assert_eq!(t[9], ("-", Kind::Punct('-')));
}

#[test]
fn words_cjk_symbols_and_classes() {
    let text = "Café Q3 ＄5 2024年7月 up 5% in Sept.";
    let toks = lex(text);
    let t: Vec<&str> = toks.iter().map(|t| t.text(text)).collect();
    assert_eq!(
        t,
        [
            "Café", "Q", "3", "＄", "5", "2024", "年", "7", "月", "up", "5", "%", "in", "Sept", "."
        ]
    );
    assert_eq!(toks[3].kind, Kind::Symbol('＄'));
    assert_eq!(toks[6].kind, Kind::Cjk('年'));
    assert!(toks[6].classes.has(Class::DateTrigger));
    assert!(toks[13].classes.has(Class::Month));
    assert!(toks[12].classes.has(Class::YearContext));
    // `up` is a fact cue word now; `Café` is in no table.
    assert!(toks[9].classes.has(Class::FactCue) && !toks[9].classes.has(Class::Month));
    assert!(toks[0].classes.is_empty());
    assert_eq!(toks[2].gap, Gap::None);
    assert_eq!(toks[1].gap, Gap::Space);
}

#[test]
fn line_breaks_are_wraps_or_block_boundaries() {
    let text = "Title\n\n    SALVADOR - sales of 5.93\nmln dlrs\n    Next para\n- item one\n2. item two\nplain";
    let mut toks = Vec::new();
    Lexer::new().with_breaks(true).lex_into(text, &mut toks);
    let breaks: Vec<Break> = toks
        .iter()
        .filter_map(|t| match t.kind {
            Kind::Break(b) => Some(b),
            _ => None,
        })
        .collect();
    assert_eq!(
        breaks,
        [
            Break::Block,
            Break::Wrap,
            Break::Block,
            Break::Block,
            Break::Block,
            Break::Wrap
        ]
    );
    let plain = lex(text);
    let mln = plain.iter().find(|t| t.text(text) == "mln").unwrap();
    assert_eq!(mln.gap, Gap::Wrap);
    assert_eq!(plain[0].gap, Gap::Block);
    let crlf = lex("a\r\nb\r\n\r\nc");
    assert_eq!([crlf[1].gap, crlf[2].gap], [Gap::Wrap, Gap::Block]);
}

#[test]
fn a_break_at_the_end_gives_no_token() {
    let mut toks = Vec::new();
    Lexer::new()
        .with_breaks(true)
        .lex_into("end\n\n", &mut toks);
    assert_eq!(toks.len(), 1);
}

#[test]
fn words_of_every_length_end_where_their_letters_end() {
    for n in 1..40 {
        let w = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ".repeat(2);
        for end in ["", " x", "1", "[", "`", "@", "{", "é", "\u{80}", "-"] {
            let text = format!("{}{end}", &w[..n]);
            let toks = lex(&text);
            assert_eq!(
                toks[0].span.end(),
                if end == "é" { n + 2 } else { n },
                "{text:?}"
            );
        }
    }
}

proptest::proptest! {
    /// Unwrapping soft wraps keeps every byte offset: same length, and the only bytes that change
    /// are line breaks turned into spaces, never inside a blank line.
    #[test]
    fn unwrapping_soft_wraps_keeps_offsets(text in "[a-z0-9 .\\n\\r\\t-]{0,80}") {
        let flat = finnews_core::lexer::unwrap_soft_wraps(&text);
        proptest::prop_assert_eq!(flat.len(), text.len());
        for (a, b) in text.bytes().zip(flat.bytes()) {
            proptest::prop_assert!(a == b || (matches!(a, b'\n' | b'\r') && b == b' '));
        }
        for (i, _) in text.match_indices("\n\n") {
            proptest::prop_assert_eq!(&flat[i..i + 2], "\n\n");
        }
    }
}
