//! Properties of issue 7.
//!
//! The concatenation property is stated with the classifier's carried state, because the title,
//! the dateline and breadcrumbs are position cues: segmenting `a + "\n\n" + b` gives exactly
//! a's blocks and sentences, then b's (shifted by `a.len() + 2`) as segmented from the state
//! reached at the end of `a`, appended to a's segmentation (the one change b may make to a's
//! blocks: a title in a still-open header zone gives way to a longer headline of b). Nothing else crosses a blank line: no look-ahead past it, no
//! joining over it.

use proptest::prelude::*;

use crate::segment::{State, segment_with};
use crate::{Options, Segmentation, segment};

const TOKENS: &[&str] = &[
    "The",
    "company",
    "said",
    "Mr.",
    "U.S.",
    "Ltd.",
    "approx.",
    "1.",
    "2.",
    "(a)",
    "•",
    "-",
    "*",
    ".",
    "!",
    "?",
    "...",
    ",",
    ":",
    "\"",
    "'",
    "(",
    ")",
    "「",
    "」",
    "。",
    "中文",
    "です",
    "Area:",
    "508km2",
    "September",
    "29,",
    "2020",
    "Back",
    "to",
    "top",
    "share",
    "|",
    "12.5%",
    "①",
    "\n",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    "\u{0c}",
    "\u{2028}",
    "\u{2029}",
    "\u{feff}",
    "    ",
    "\t",
    "é",
    "J.",
    "P.",
    "Morgan",
    "a.m.",
    "Inc.",
    "e.g.",
    "SALVADOR,",
    "Feb",
    "26",
    "–",
    "—",
    "Updated:",
    "2024-07-15",
    "2024年7月15日",
    "発表日：",
    "10:30",
    "JST",
    "Reuter",
    "vs",
    "(Xinhua,",
    "2021)",
    "LONDON",
    "By",
    "来源：",
    "【发布时间：",
    "】",
    "新华社北京",
    "4月21日电",
    "15.07.2024",
    "/",
    "at",
    "Shr",
    "nil",
    "cts",
    "Net",
    "5.1",
    "mln",
    "0.000.00%",
    "\n    ",
];

fn doc() -> impl Strategy<Value = String> {
    prop::collection::vec((prop::sample::select(TOKENS), prop::bool::ANY), 0..80).prop_map(|v| {
        let mut s = String::new();
        for (t, space) in v {
            s.push_str(t);
            if space {
                s.push(' ');
            }
        }
        s
    })
}

fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![
        doc(),
        any::<String>(),
        "[a-zA-Z .!?\\n\\r:()\"'•1-9]{0,120}"
    ]
}

fn check_invariants(text: &str, seg: &Segmentation) -> Result<(), TestCaseError> {
    let mut prev_end = 0;
    for b in &seg.blocks {
        let r = b.span.range();
        prop_assert!(r.start < r.end && r.end <= text.len());
        prop_assert!(r.start >= prev_end, "blocks overlap or are out of order");
        prop_assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end));
        let t = &text[r.clone()];
        prop_assert_eq!(t, t.trim_matches(crate::cues::is_space), "untrimmed block");
        prev_end = r.end;
    }
    // Every non-blank character is in a block.
    let mut k = 0;
    for (i, c) in text.char_indices() {
        if crate::cues::is_space(c) || matches!(c, '\u{2028}' | '\u{2029}') {
            continue;
        }
        while k < seg.blocks.len() && seg.blocks[k].span.end() <= i {
            k += 1;
        }
        prop_assert!(
            k < seg.blocks.len() && seg.blocks[k].span.start() <= i,
            "character {:?} at {} is in no block",
            c,
            i
        );
    }
    let mut prev = 0;
    for s in &seg.sentences {
        let b = seg
            .blocks
            .get(s.block)
            .ok_or_else(|| TestCaseError::fail("bad block index"))?;
        prop_assert!(
            b.span.start() <= s.span.start() && s.span.end() <= b.span.end(),
            "sentence outside its block"
        );
        prop_assert!(s.span.start() < s.span.end() && s.span.start() >= prev);
        prop_assert!(text.is_char_boundary(s.span.start()) && text.is_char_boundary(s.span.end()));
        prev = s.span.end();
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn invariants(text in any_text()) {
        let seg = segment(&text, &Options::default());
        check_invariants(&text, &seg)?;
    }

    #[test]
    fn concatenation(a in doc(), b in doc()) {
        // b is segmented from the state reached at the end of a, appending to a's
        // segmentation (a title still in an open header zone may give way to a longer
        // headline of b, so b's blocks are appended to the same segmentation).
        let opts = Options::default();
        let mut state = State::default();
        let mut expected = Segmentation::default();
        segment_with(&a, &opts, &mut state, &mut expected);
        let (nb, ns) = (expected.blocks.len(), expected.sentences.len());
        segment_with(&b, &opts, &mut state, &mut expected);
        let shift = a.len() + 2;
        for bl in &mut expected.blocks[nb..] {
            bl.span = finnews_core::Span::new(bl.span.start() + shift, bl.span.end() + shift);
        }
        for s in &mut expected.sentences[ns..] {
            s.span = finnews_core::Span::new(s.span.start() + shift, s.span.end() + shift);
        }
        let joined = format!("{a}\n\n{b}");
        prop_assert_eq!(segment(&joined, &opts), expected);
    }

    #[test]
    fn dateline_covers_a_char_boundary_prefix(text in any_text()) {
        if let Some(d) = crate::dateline(&text) {
            prop_assert!(d.len > 0 && d.len <= text.len() && text.is_char_boundary(d.len));
        }
        if let Some((i, f)) = crate::dateline::wire_inside(&text) {
            prop_assert!(text.is_char_boundary(i) && text.is_char_boundary(i + f.len));
        }
    }

    #[test]
    fn lf_loop_same_as_general_loop(text in any_text()) {
        // Without a CR, a form feed or a byte 0xE2 the LF-only loop runs; the general loop must
        // give the same segmentation on any text.
        let opts = Options::default();
        let lf = text.replace(['\r', '\u{0c}'], "\n");
        prop_assert_eq!(segment(&lf, &opts), crate::segment::segment_general(&lf, &opts));
        prop_assert_eq!(segment(&text, &opts), crate::segment::segment_general(&text, &opts));
    }

    #[test]
    fn crlf_same_as_lf(text in doc()) {
        let lf = text.replace(['\r', '\u{2028}', '\u{2029}', '\u{0c}'], "\n");
        let crlf = lf.replace('\n', "\r\n");
        let opts = Options::default();
        let a = segment(&lf, &opts);
        let b = segment(&crlf, &opts);
        let view = |t: &str, s: &Segmentation| -> (Vec<_>, Vec<_>) {
            (
                s.blocks.iter().map(|x| (x.kind, t[x.span.range()].replace('\r', ""))).collect(),
                s.sentences.iter().map(|x| (x.block, t[x.span.range()].replace('\r', ""))).collect(),
            )
        };
        prop_assert_eq!(view(&lf, &a), view(&crlf, &b));
    }
}
