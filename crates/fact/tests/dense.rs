//! Long, dense documents: thousands of values in one sentence, mixed with dates, cue words,
//! clause marks and CJK text. Every index of every fact must point at an item of the right kind
//! and every phrase must be a span of the text on character boundaries. (Cost is measured by the
//! benchmarks, never timed here.)

use finnews_core::Span;
use finnews_core::lexer::lex;
use finnews_fact::{Fact, Item, ItemKind, Period, extract, extract_with_tokens};
use finnews_segment::{Options, segment};

/// Builds a document from pieces; a piece marked `Some(kind)` is an item of that kind.
fn build(pieces: &[(&str, Option<ItemKind>)], repeat: usize) -> (String, Vec<Item>) {
    let mut text = String::new();
    let mut items = Vec::new();
    for _ in 0..repeat {
        for &(p, kind) in pieces {
            let start = text.len();
            text.push_str(p);
            if let Some(k) = kind {
                items.push(Item::new(Span::new(start, text.len()), k));
            }
        }
    }
    (text, items)
}

fn check(text: &str, items: &[Item], facts: &[Fact<&str>]) {
    let mut last = None;
    for f in facts {
        let value = items.get(f.value).expect("the value is an item");
        assert!(value.kind.is_quantity(), "a fact's value is a quantity");
        assert!(last < Some(f.value), "one fact per value, sorted by value");
        last = Some(f.value);
        if let Period::Mention(p) = f.period {
            assert_eq!(items.get(p).map(|i| i.kind), Some(ItemKind::Date));
        }
        if let Some(c) = f.compared_to {
            assert_eq!(items.get(c).map(|i| i.kind), Some(ItemKind::Date));
        }
        let phrases = [&f.metric, &f.subject, &f.denominator]
            .into_iter()
            .flatten()
            .chain(&f.qualifiers);
        for p in phrases {
            assert_eq!(
                text.get(p.span.range()),
                Some(p.text),
                "a phrase is its span's text"
            );
        }
    }
}

#[test]
fn thousands_of_values_in_one_sentence_give_valid_facts() {
    use ItemKind::{Date, Money, Percent};
    let pieces = [
        ("Net profit rose ", None),
        ("7.7%", Some(Percent)),
        (" year on year to ", None),
        ("120 mln dlrs", Some(Money)),
        (" in ", None),
        ("2023", Some(Date)),
        (", compared with ", None),
        ("98 mln dlrs", Some(Money)),
        (" in ", None),
        ("2022", Some(Date)),
        ("; sales are expected to fall ", None),
        ("3.2%", Some(Percent)),
        (" (", None),
        ("USD 4 bln", Some(Money)),
        (") while exports ", None),
        ("1,2.3", Some(ItemKind::Number)),
        (" ", None),
    ];
    let (text, items) = build(&pieces, 600);
    let seg = segment(&text, &Options::default());
    let facts = extract(&text, &seg.blocks, &seg.sentences, &items);
    assert!(facts.len() > 2000, "{} facts", facts.len());
    check(&text, &items, &facts);
    // The shared tokens give the same facts.
    let tokens = lex(&text);
    assert_eq!(
        facts,
        extract_with_tokens(&text, &tokens, &seg.blocks, &seg.sentences, &items)
    );
}

#[test]
fn values_with_nothing_between_them_give_valid_facts() {
    // Only values: the dense inputs of the pathological benchmark.
    let (text, items) = build(&[("7.7%", Some(ItemKind::Percent)), (" ", None)], 5000);
    let seg = segment(&text, &Options::default());
    let facts = extract(&text, &seg.blocks, &seg.sentences, &items);
    assert_eq!(facts.len(), 5000);
    check(&text, &items, &facts);
}

#[test]
fn dense_chinese_and_japanese_give_valid_facts() {
    use ItemKind::{Date, Money, Percent};
    let pieces = [
        ("出口同比增长", None),
        ("8.2%", Some(Percent)),
        ("，", None),
        ("2024年6月", Some(Date)),
        ("末贷款余额为", None),
        ("398.95亿元", Some(Money)),
        ("，比年初增加", None),
        ("42.93亿元", Some(Money)),
        ("、売上高は", None),
        ("2.4兆円", Some(Money)),
        ("見通し", None),
    ];
    let (text, items) = build(&pieces, 800);
    let seg = segment(&text, &Options::default());
    let facts = extract(&text, &seg.blocks, &seg.sentences, &items);
    assert!(facts.len() > 2000, "{} facts", facts.len());
    check(&text, &items, &facts);
}
