//! The linker over tokens lexed once for the whole document (`extract_with_tokens`) finds the
//! facts `extract` finds, cue phrases are read from the lexicon's classes, and a sentence whose
//! edge falls inside a token is read from its own text.

use finnews_core::Span;
use finnews_core::lexer::lex;
use finnews_fact::{Direction, Item, ItemKind, Role, extract, extract_with_tokens};
use finnews_segment::{Block, BlockKind, Options, Sentence, segment};

fn find(text: &str, s: &str) -> Span {
    let i = text.find(s).expect("in text");
    Span::new(i, i + s.len())
}

#[test]
fn shared_tokens_give_the_same_facts() {
    let text = "Acme profit\n\nNet profit rose 4.5% year-on-year to 120 mln dlrs in 2023, \
                compared with 98 mln dlrs in 2022. 出口同比增长8.2%。売上高は2.4兆円見通し。";
    let items = [
        Item::new(find(text, "4.5%"), ItemKind::Percent),
        Item::new(find(text, "120 mln dlrs"), ItemKind::Money),
        Item::new(find(text, "2023"), ItemKind::Date),
        Item::new(find(text, "98 mln dlrs"), ItemKind::Money),
        Item::new(find(text, "2022"), ItemKind::Date),
        Item::new(find(text, "8.2%"), ItemKind::Percent),
        Item::new(find(text, "2.4兆円"), ItemKind::Money),
    ];
    let seg = segment(text, &Options::default());
    let tokens = lex(text);
    let shared = extract_with_tokens(text, &tokens, &seg.blocks, &seg.sentences, &items);
    assert_eq!(shared, extract(text, &seg.blocks, &seg.sentences, &items));
    assert_eq!(shared.len(), 5);
    // `year-on-year` is one cue phrase read through its hyphens; `同比` one read over glued
    // CJK characters.
    let pct = &shared[0];
    assert_eq!(
        (pct.role, pct.direction),
        (Role::Change, Some(Direction::Up))
    );
    assert_eq!(pct.basis, Some(finnews_fact::Basis::YearOnYear));
    let zh = shared
        .iter()
        .find(|f| f.value == 5)
        .expect("the Chinese percent");
    assert_eq!(zh.basis, Some(finnews_fact::Basis::YearOnYear));
    assert_eq!(zh.direction, Some(Direction::Up));
    let ja = shared
        .iter()
        .find(|f| f.value == 6)
        .expect("the Japanese amount");
    assert_eq!(ja.status, finnews_fact::Status::Forecast);
}

#[test]
fn cue_words_are_matched_without_regard_to_case() {
    let text = "EXPORTS FELL 3 PCT.";
    let items = [Item::new(find(text, "3 PCT"), ItemKind::Percent)];
    let seg = segment(text, &Options::default());
    let facts = extract_with_tokens(text, &lex(text), &seg.blocks, &seg.sentences, &items);
    assert_eq!(facts[0].direction, Some(Direction::Down));
}

#[test]
fn a_sentence_edge_inside_a_token_reads_the_sentence_alone() {
    // Two sentences given by hand, the second starting inside the word `dlrsRevenue`.
    let text = "Profit reached 5 mln dlrsRevenue rose 3 pct";
    let cut = text.find("Revenue").unwrap();
    let blocks = [Block {
        kind: BlockKind::Paragraph,
        span: Span::new(0, text.len()),
    }];
    let sentences = [
        Sentence {
            span: Span::new(0, cut),
            block: 0,
        },
        Sentence {
            span: Span::new(cut, text.len()),
            block: 0,
        },
    ];
    let items = [
        Item::new(find(text, "5 mln dlrs"), ItemKind::Money),
        Item::new(find(text, "3 pct"), ItemKind::Percent),
    ];
    let facts = extract_with_tokens(text, &lex(text), &blocks, &sentences, &items);
    assert_eq!(facts.len(), 2);
    assert_eq!(facts[0].metric.as_ref().map(|m| m.text), Some("Profit"));
    assert_eq!(facts[1].role, Role::Change);
    assert_eq!(facts[1].metric.as_ref().map(|m| m.text), Some("Revenue"));
    assert_eq!(
        facts[1].metric.as_ref().unwrap().span,
        find(text, "Revenue")
    );
}
