//! Mechanisms checked on pages written for the purpose (a market wrap, a statistics bulletin,
//! results, a Japanese summary; none from the dev set): a movement restated in percent after
//! `or` is the same movement; a Chinese movement inside its comparison takes the sentence's
//! period, not the compared side's; a movement word inside a Chinese compound noun; a movement
//! in brackets after an amount takes the amount's metric; a dated phrase between a metric and
//! its verb.

mod pages;

use finnews_fact::{Direction, Fact, Item, ItemKind, Period, Role};
use pages::{facts, find, metric};

fn fact<'f, 'a>(f: &'f [Fact<&'a str>], value: usize) -> &'f Fact<&'a str> {
    f.iter().find(|f| f.value == value).expect("a fact")
}

#[test]
fn a_percent_restating_a_movement_is_that_movement() {
    let text = "The Nikkei average dropped 310.4 points, or 0.8 percent, to 38,120.5 on Tuesday.";
    let items = [
        Item::new(find(text, "310.4 points"), ItemKind::Number),
        Item::new(find(text, "0.8 percent"), ItemKind::Percent),
        Item::new(find(text, "38,120.5"), ItemKind::Number),
        Item::new(find(text, "Tuesday"), ItemKind::Date),
    ];
    let f = facts(text, &items);
    let pct = fact(&f, 1);
    assert_eq!(pct.role, Role::Change, "{pct:?}");
    assert_eq!(pct.direction, Some(Direction::Down));
    // A stake restated in percent stays a share.
    let text = "It bought 120,000 shares, or 6.1 pct of the company.";
    let items = [
        Item::new(find(text, "120,000"), ItemKind::Number),
        Item::new(find(text, "6.1 pct"), ItemKind::Percent),
    ];
    assert_eq!(facts(text, &items)[1].role, Role::Share);
}

#[test]
fn a_chinese_movement_takes_the_sentence_s_period_not_the_compared_side() {
    let text = "年末全市户籍人口352万人，比上年末减少3.1万人。";
    let items = [
        Item::new(find(text, "年末"), ItemKind::Date),
        Item::new(find(text, "352万"), ItemKind::Number),
        Item::new(find(text, "上年末"), ItemKind::Date),
        Item::new(find(text, "3.1万"), ItemKind::Number),
    ];
    let f = facts(text, &items);
    let down = fact(&f, 3);
    assert_eq!(down.role, Role::Change);
    assert_eq!(down.period, Period::Mention(0), "{down:?}");
    assert_eq!(fact(&f, 1).period, Period::Mention(0));
}

#[test]
fn a_movement_word_inside_a_chinese_compound_noun_is_part_of_the_metric() {
    let text = "全市第三产业增加值2610亿元，增长6.2%。";
    let items = [
        Item::new(find(text, "2610亿元"), ItemKind::Money),
        Item::new(find(text, "6.2%"), ItemKind::Percent),
    ];
    let f = facts(text, &items);
    assert!(metric(&f[0]).ends_with("第三产业增加值"), "{:?}", f[0]);
    // The movement verb right before a value still ends the phrase.
    let text = "出口总额增加120亿元。";
    let items = [Item::new(find(text, "120亿元"), ItemKind::Money)];
    let f = facts(text, &items);
    assert_eq!(f[0].role, Role::Change);
    assert_eq!(metric(&f[0]), "出口总额");
}

#[test]
fn a_movement_in_brackets_after_an_amount_is_the_amount_s() {
    let text = "経常利益は2,140億円（同9.6%増）となった。";
    let items = [
        Item::new(find(text, "2,140億円"), ItemKind::Money),
        Item::new(find(text, "9.6%"), ItemKind::Percent),
    ];
    let f = facts(text, &items);
    assert_eq!(metric(&f[0]), "経常利益");
    assert_eq!(metric(&f[1]), "経常利益", "{:?}", f[1]);
    assert_eq!(f[1].role, Role::Change);
}

#[test]
fn a_dated_phrase_between_the_metric_and_its_verb() {
    let text = "Operating revenue for the quarter was 412 mln dlrs.";
    let items = [
        Item::new(find(text, "the quarter"), ItemKind::Date),
        Item::new(find(text, "412 mln dlrs"), ItemKind::Money),
    ];
    let f = facts(text, &items);
    assert_eq!(metric(&f[0]), "Operating revenue");
    assert_eq!(f[0].period, Period::Mention(0));
}
