//! The subject of a fact: a named possessor of the metric, the body's first named entity for a
//! sentence that names none (an anaphor: `the port's`, `its`), a wire title's company by its
//! ticker, a Japanese lead's topic and a CJK title's name. Sentences written for these tests;
//! items by hand: `[text|kind]`.

mod common;

use common::doc;
use finnews_fact::{Fact, extract};
use finnews_segment::{Options, segment};

fn subjects(marked: &str) -> Vec<Option<String>> {
    let d = doc(marked);
    let seg = segment(&d.text, &Options::default());
    let facts: Vec<Fact<&str>> = extract(&d.text, &seg.blocks, &seg.sentences, &d.items);
    facts
        .iter()
        .map(|f| f.subject.as_ref().map(|s| s.text.to_owned()))
        .collect()
}

#[test]
fn a_named_possessor_of_the_metric_is_the_subject() {
    let s = subjects(
        "Freight volumes climb\n\nWESTPORT, May 3 - Norland's seasonally adjusted freight \
         volume rose [1.2 pct|p] in [April|d], the ministry said.",
    );
    assert_eq!(s, [Some("Norland".to_owned())]);
}

#[test]
fn an_anaphor_takes_the_entity_the_body_named_first() {
    let s = subjects(
        "Harbour results\n\nIn [2025|d], Kestrel Harbour's container business grew \
         strongly.\n\nThe port's cargo revenue reached [4.2 bln dlrs|m] in [2025|d].",
    );
    assert_eq!(s, [Some("Kestrel Harbour".to_owned())]);
}

#[test]
fn a_sentence_opening_with_a_name_and_its_verb_names_the_entity() {
    let s = subjects(
        "Results\n\nVantor Mills Inc said it sold more paper. Its net income was [12 mln dlrs|m] \
         in [1987|d].",
    );
    assert_eq!(s, [Some("Vantor Mills Inc".to_owned())]);
}

#[test]
fn a_capitalised_common_noun_opening_a_sentence_is_no_entity() {
    // `Traders` is capitalised only because it opens the sentence.
    let s = subjects(
        "Market report\n\nTraders said volumes were thin. Turnover was [310 mln shares|n] on \
         [Tuesday|d].",
    );
    assert_eq!(s, [None]);
}

#[test]
fn a_wire_title_names_the_company_by_its_ticker() {
    let s = subjects(
        "ORBEN TOOL WORKS <ORBT> 1ST QTR NET\n\n    DAYTON, Ohio, April 2 -\n    Shr [12 cts|m] \
         vs [nine cts|m]\n Reuter",
    );
    assert_eq!(
        s,
        [
            Some("ORBEN TOOL WORKS".to_owned()),
            Some("ORBEN TOOL WORKS".to_owned())
        ]
    );
    let s = subjects(
        "<MAPLE RIDGE FOODS LTD> YEAR NET\n\n    TORONTO, April 2 -\n    Net [4.1 mln|m] vs \
         [3.8 mln|m]\n Reuter",
    );
    assert_eq!(s[0].as_deref(), Some("MAPLE RIDGE FOODS LTD"));
}

#[test]
fn a_headline_in_capitals_yields_to_the_bodys_name() {
    let s = subjects(
        "COPPER OUTPUT SEEN HIGHER\n\n    LIMA, May 4 - Chile's copper output rose to [1.4 mln \
         tonnes|n] in [1986|d].",
    );
    assert_eq!(s, [Some("Chile".to_owned())]);
}

#[test]
fn a_japanese_lead_names_its_topic_and_a_cjk_title_its_first_name() {
    let s = subjects(
        "北星電機、増収増益\n\n北星電機は[5日|d]、決算を発表した。売上高は[3200億円|m]だった。",
    );
    assert_eq!(s, [Some("北星電機".to_owned())]);
    let s = subjects("北星電機、増収増益\n\n売上高は[3200億円|m]だった。");
    assert_eq!(s, [Some("北星電機".to_owned())]);
}
