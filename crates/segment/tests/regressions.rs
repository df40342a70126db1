//! Inputs the fuzzer found that once broke the segmenter, replayed as tests.

use finnews_segment::{Options, segment};

/// A period followed by a word whose 64th byte falls inside a multi-byte character: the word
/// look-ahead used to cut the word at byte 64 and panic.
#[test]
fn long_word_after_a_period_with_a_multibyte_char_at_byte_64() {
    let text = format!(".{}で", "M".repeat(63));
    let seg = segment(&text, &Options::default());
    assert_eq!(seg.blocks.len(), 1);
    for s in &seg.sentences {
        assert!(s.span.slice(&text).is_some());
    }
    // The same with the character straddling other cut points.
    for n in 60..70 {
        let text = format!("Mr. {}で and more. Next", "a".repeat(n));
        let seg = segment(&text, &Options::default());
        assert!(seg.sentences.iter().all(|s| s.span.slice(&text).is_some()));
    }
}

/// The fuzzer's original reproducer file, replayed byte for byte.
#[test]
fn fuzzer_reproducer_replays() {
    let bytes = include_bytes!("regressions/word-at-64-byte-cap-splits-char.bin");
    let text = String::from_utf8_lossy(bytes);
    let seg = segment(&text, &Options::default());
    assert!(seg.sentences.iter().all(|s| s.span.slice(&text).is_some()));
}

/// Deep bracket nesting followed by many quotes: the splitter's bracket stack is capped, so each
/// quote costs constant work (no scan of a deep stack per quote) and the result stays valid.
#[test]
fn deep_nesting_then_quotes_stays_valid() {
    let text = format!(
        "{}{}. Next sentence.",
        "(".repeat(20_000),
        "\" a".repeat(20_000)
    );
    let seg = segment(&text, &Options::default());
    assert!(!seg.blocks.is_empty());
    assert!(seg.sentences.iter().all(|s| s.span.slice(&text).is_some()));
}
