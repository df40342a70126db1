//! Mechanisms checked on pages written for the purpose (none from the dev set): a comparison's
//! date is not the period of the value before it, nor the passage's period; `per` inside a
//! metric; a part phrase (`of which`) and a reporting verb (`saying`) end the metric on their
//! left; a short bracketed name inside a Chinese metric; a title's verb ends its subject.

mod pages;

use finnews_fact::{Item, ItemKind, Period, Role};
use pages::{facts, find, metric};

#[test]
fn a_date_after_a_comparison_word_is_not_the_value_s_period() {
    let text = "Operating profit reached 95 mln euros in the third quarter. Operating margin \
                was 8.2 pct, up 0.6 points from the previous quarter.";
    let items = [
        Item::new(find(text, "95 mln euros"), ItemKind::Money),
        Item::new(find(text, "the third quarter"), ItemKind::Date),
        Item::new(find(text, "8.2 pct"), ItemKind::Percent),
        Item::new(find(text, "0.6 points"), ItemKind::Percent).with_points(),
        Item::new(find(text, "the previous quarter"), ItemKind::Date),
    ];
    let f = facts(text, &items);
    let up = f.iter().find(|f| f.value == 3).expect("the change");
    assert_eq!(up.role, Role::Change);
    assert_eq!(up.period, Period::Mention(1), "{up:?}");
    let level = f.iter().find(|f| f.value == 2).expect("the margin");
    assert_eq!(level.period, Period::Mention(1));
}

#[test]
fn the_passage_period_is_not_the_other_side_of_a_comparison() {
    let text = "Group revenue was 2.1 bln dlrs in the first quarter, compared with 1.8 bln \
                dlrs in the first quarter of 2024. Operating income was 310 mln dlrs.";
    let items = [
        Item::new(find(text, "2.1 bln dlrs"), ItemKind::Money),
        Item::new(find(text, "the first quarter,"), ItemKind::Date),
        Item::new(find(text, "1.8 bln dlrs"), ItemKind::Money),
        Item::new(find(text, "the first quarter of 2024"), ItemKind::Date),
        Item::new(find(text, "310 mln dlrs"), ItemKind::Money),
    ];
    let f = facts(text, &items);
    let earlier = f
        .iter()
        .find(|f| f.value == 2)
        .expect("the compared amount");
    assert_eq!(earlier.period, Period::Mention(3));
    let next = f.iter().find(|f| f.value == 4).expect("the next sentence");
    assert_eq!(next.period, Period::Mention(1), "{next:?}");
}

#[test]
fn per_between_two_words_stays_inside_the_metric() {
    let text = "Basic earnings per share were 2.35 dlrs in 2024.";
    let items = [
        Item::new(find(text, "2.35 dlrs"), ItemKind::Money),
        Item::new(find(text, "2024"), ItemKind::Date),
    ];
    let f = facts(text, &items);
    assert_eq!(metric(&f[0]), "Basic earnings per share");
}

#[test]
fn a_part_phrase_and_a_reporting_verb_end_the_metric_on_their_left() {
    let text = "Officials were quoted as saying industrial output totalled 3.4 bln dlrs in \
                April, of which machinery accounted for 1.1 bln dlrs.";
    let items = [
        Item::new(find(text, "3.4 bln dlrs"), ItemKind::Money),
        Item::new(find(text, "April"), ItemKind::Date),
        Item::new(find(text, "1.1 bln dlrs"), ItemKind::Money),
    ];
    let f = facts(text, &items);
    assert_eq!(metric(&f[0]), "industrial output");
    let part = f.iter().find(|f| f.value == 2).expect("the part");
    assert!(!metric(part).contains("which"), "{part:?}");
}

#[test]
fn a_bracketed_name_inside_a_chinese_metric_is_kept() {
    let text = "9月末，普惠小微贷款(本外币)余额32.9万亿元，同比增长12.1%。";
    let items = [
        Item::new(find(text, "9月末"), ItemKind::Date),
        Item::new(find(text, "32.9万亿元"), ItemKind::Money),
        Item::new(find(text, "12.1%"), ItemKind::Percent),
    ];
    let f = facts(text, &items);
    assert_eq!(metric(&f[0]), "普惠小微贷款(本外币)余额");
    assert_eq!(metric(&f[1]), "普惠小微贷款(本外币)余额");
    // A bracket with no name before it is not taken into the phrase.
    let text = "余额(本外币)32.9万亿元。";
    let items = [Item::new(find(text, "32.9万亿元"), ItemKind::Money)];
    let f = facts(text, &items);
    assert!(!metric(&f[0]).starts_with('('), "{:?}", f[0]);
}

#[test]
fn a_title_s_reporting_verb_ends_its_subject() {
    let text = "Northwind Bank Reports Record Profit\n\nNet profit was 50 mln dlrs in 2024.";
    let items = [
        Item::new(find(text, "50 mln dlrs"), ItemKind::Money),
        Item::new(find(text, "2024"), ItemKind::Date),
    ];
    let f = facts(text, &items);
    assert_eq!(
        f[0].subject.as_ref().map(|s| s.text),
        Some("Northwind Bank")
    );
}

#[test]
fn a_span_from_one_date_to_another_dates_the_change() {
    let text = "Sales rose 4.1 pct from March 2023 to March 2024, the company said.";
    let items = [
        Item::new(find(text, "4.1 pct"), ItemKind::Percent),
        Item::new(find(text, "March 2023 to March 2024"), ItemKind::Date),
    ];
    let f = facts(text, &items);
    assert_eq!(f[0].period, Period::Mention(1));
    // A single date after `from` is the other side: not the period.
    let text = "In May, sales rose 4.1 pct from April.";
    let items = [
        Item::new(find(text, "May"), ItemKind::Date),
        Item::new(find(text, "4.1 pct"), ItemKind::Percent),
        Item::new(find(text, "April"), ItemKind::Date),
    ];
    let f = facts(text, &items);
    assert_eq!(f[0].period, Period::Mention(0));
}

#[test]
fn gaining_before_a_percent_is_a_rise() {
    let text = "The stock ended at 31 dlrs after gaining 3.5 pct in early trade.";
    let items = [
        Item::new(find(text, "31 dlrs"), ItemKind::Money),
        Item::new(find(text, "3.5 pct"), ItemKind::Percent),
    ];
    let f = facts(text, &items);
    let g = f.iter().find(|f| f.value == 1).expect("the gain");
    assert_eq!(g.role, Role::Change, "{g:?}");
    assert_eq!(g.direction, Some(finnews_fact::Direction::Up));
}

#[test]
fn an_extraordinary_gain_is_an_amount_not_a_movement() {
    let text = "Second-half earnings include an extraordinary gain of 7.2 mln stg from a sale.";
    let items = [Item::new(find(text, "7.2 mln stg"), ItemKind::Money)];
    let f = facts(text, &items);
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].role, Role::Level, "{:?}", f[0]);
    assert_eq!(f[0].direction, None);
}

#[test]
fn japanese_mikomu_marks_a_forecast() {
    let text = "来期の営業利益は980億円を見込む。";
    let items = [Item::new(find(text, "980億円"), ItemKind::Money)];
    let f = facts(text, &items);
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].status, finnews_fact::Status::Forecast, "{:?}", f[0]);
}

#[test]
fn a_comparison_word_ending_the_text_after_a_value_is_read_safely() {
    // `from` is the last token: the look for a date after it must stop at the text's end.
    for text in ["Sales rose 5 pct from", "Sales rose 5 pct from the"] {
        let items = [Item::new(find(text, "5 pct"), ItemKind::Percent)];
        let f = facts(text, &items);
        assert_eq!(f.len(), 1, "{text:?}: {f:?}");
        assert_eq!(f[0].period, Period::Reference, "{text:?}");
    }
}
