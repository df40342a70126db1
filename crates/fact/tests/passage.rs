//! Sentences without a quantity are read only for their dates (the passage's period): up to
//! their last date and a cue phrase's length after it. These tests check that what that reading
//! keeps is what the whole sentence gave: the last date that can be a period, a comparison's
//! side skipped, a phrase running on past the date still read as a phrase. Items are given by
//! hand: `[text|kind]`.

mod common;

use common::{Doc, doc};
use finnews_fact::{Fact, extract};
use finnews_segment::{Options, segment};

fn facts(d: &Doc) -> Vec<Fact<&str>> {
    let seg = segment(&d.text, &Options::default());
    extract(&d.text, &seg.blocks, &seg.sentences, &d.items)
}

fn period_text<'a>(d: &'a Doc, f: &Fact<&str>) -> Option<&'a str> {
    f.period.mention().map(|i| &d.text[d.items[i].span.range()])
}

#[test]
fn a_sentence_without_values_dates_the_next_ones_by_its_last_period_date() {
    let d = doc(
        "The cooperative met in [May|d] and reviewed the harvest of [autumn 1998|d] at length \
         with its growers and their lenders.\n\nWheat output was [4.1 mln tonnes|m].",
    );
    let f = facts(&d);
    assert_eq!(f.len(), 1);
    assert_eq!(period_text(&d, &f[0]), Some("autumn 1998"));
}

#[test]
fn a_comparison_date_of_a_sentence_without_values_is_not_the_passages_period() {
    let d = doc(
        "Trading in [March|d] was quiet compared with [February|d], the dealers said in a long \
         note to clients.\n\nTurnover was [310 mln dlrs|m].",
    );
    let f = facts(&d);
    assert_eq!(period_text(&d, &f[0]), Some("March"));
}

#[test]
fn a_basis_phrase_running_on_past_a_date_still_marks_it_as_a_comparison_side() {
    // `since the start of` holds the date's first words; the phrase is read whole although the
    // sentence is read only a little past its last date.
    let d = doc(
        "The board met in [June|d] and said demand had improved since [the start of the year|d] \
         across all of its many markets and product lines.\n\nOrders were [2.2 bln yen|m].",
    );
    let f = facts(&d);
    assert_eq!(period_text(&d, &f[0]), Some("June"));
}

#[test]
fn sentences_after_the_last_value_change_nothing() {
    let one = doc("Sales were [9 mln dlrs|m] in [1998|d].");
    let more = doc(
        "Sales were [9 mln dlrs|m] in [1998|d]. The company expects a better [1999|d], \
         compared with [1997|d], its chairman said.",
    );
    let (a, b) = (facts(&one), facts(&more));
    assert_eq!(a.len(), 1);
    assert_eq!(a[0].role, b[0].role);
    assert_eq!(period_text(&one, &a[0]), period_text(&more, &b[0]));
    assert_eq!(a[0].metric, b[0].metric);
}
