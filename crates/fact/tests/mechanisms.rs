//! One test per mechanism, in English, Chinese and Japanese, on sentences written for these
//! tests. Items are given by hand (the mention crates are not needed here): `#…#` marks a
//! quantity of the kind named after it, `@…@` a date.

mod common;

use common::{Doc, doc};
use finnews_fact::{Basis, Direction, Fact, Period, PeriodOffset, Role, Status, extract};
use finnews_segment::{Options, segment};

fn facts(d: &Doc) -> Vec<Fact<&str>> {
    let seg = segment(&d.text, &Options::default());
    extract(&d.text, &seg.blocks, &seg.sentences, &d.items)
}

fn value_text<'a>(d: &'a Doc, f: &Fact<&str>) -> &'a str {
    &d.text[d.items[f.value].span.range()]
}

/// Each fact's value text, role and direction, in order.
fn roles<'a>(d: &'a Doc, f: &[Fact<&str>]) -> Vec<(&'a str, Role, Option<Direction>)> {
    f.iter()
        .map(|x| (value_text(d, x), x.role, x.direction))
        .collect()
}

fn metric<'a>(f: &'a Fact<&str>) -> &'a str {
    f.metric.as_ref().map_or("", |m| m.text)
}

fn period_text<'a>(d: &'a Doc, f: &Fact<&str>) -> Option<&'a str> {
    f.period.mention().map(|i| &d.text[d.items[i].span.range()])
}

#[test]
fn level_and_change_from_verbs_and_movement_nouns() {
    let d = doc(
        "By [the end of March|d], household deposits climbed to [EUR 4.2 billion|m], an \
                 increase of [EUR 0.3 billion|m] since the start of the year.",
    );
    let f = facts(&d);
    assert_eq!(f.len(), 2);
    assert_eq!((f[0].role, f[0].direction), (Role::Level, None));
    assert_eq!(metric(&f[0]), "household deposits");
    assert_eq!(
        (f[1].role, f[1].direction),
        (Role::Change, Some(Direction::Up))
    );
    assert_eq!(f[1].basis, Some(Basis::SincePeriodStart));
    assert_eq!(
        metric(&f[1]),
        "household deposits",
        "carried along the sentence"
    );
    assert_eq!(period_text(&d, &f[1]), Some("the end of March"));
}

#[test]
fn a_move_before_at_or_to_and_a_level_is_the_change_with_the_verbs_direction() {
    let d = doc(
        "Shipping stocks slipped in thin trade.\n\nAmong them, Maersk shed [40 crowns|m] at \
                 [9,800|n], Orient [2p|m] at [310|n] and Kawasaki gained [5p|m] to [1,020|n].",
    );
    let f = facts(&d);
    let roles = roles(&d, &f);
    assert_eq!(
        roles,
        [
            ("40 crowns", Role::Change, Some(Direction::Down)),
            ("9,800", Role::Level, None),
            ("2p", Role::Change, Some(Direction::Down)),
            ("310", Role::Level, None),
            ("5p", Role::Change, Some(Direction::Up)),
            ("1,020", Role::Level, None),
        ]
    );
    // A market report's metric is its first subject.
    assert!(f.iter().all(|x| metric(x) == "Shipping stocks"), "{f:#?}");
    assert_eq!(f[2].subject.as_ref().map(|s| s.text), Some("Orient"));
}

#[test]
fn shares_ranks_and_counted_nouns() {
    let d = doc(
        "Exports accounted for [31 percent|p] of output. The fund holds [12 percent|p] of \
                 Acme. Wage growth ranked [third|o] in the region, and [the first|o] plant opened \
                 with [450|n] skilled workers.",
    );
    let f = facts(&d);
    let got: Vec<(&str, Role, &str)> = f
        .iter()
        .map(|x| (value_text(&d, x), x.role, metric(x)))
        .collect();
    assert_eq!(got[0].1, Role::Share);
    assert_eq!(got[1], ("12 percent", Role::Share, "Acme"));
    assert_eq!(got[2], ("third", Role::Rank, "Wage growth"));
    assert_eq!(got[3], ("450", Role::Level, "skilled workers"));
    assert_eq!(f.len(), 4, "a sequence ordinal is not a fact");
}

#[test]
fn basis_from_the_sentence_and_versus_a_named_period() {
    let d = doc(
        "Retail sales were [980 billion yuan|m] in [the third quarter|d], up \
                 [4.1 percent|p] year-on-year and [0.6 percentage point|pp] lower than that of \
                 [2022|d].",
    );
    let f = facts(&d);
    assert_eq!(f[1].basis, Some(Basis::YearOnYear));
    assert_eq!(f[2].role, Role::Change);
    assert_eq!(f[2].direction, Some(Direction::Down));
    assert_eq!(f[2].basis, Some(Basis::VersusPeriod));
    assert_eq!(f[2].compared_to, Some(4));
    // The compared year is never the period.
    assert!(f.iter().all(|x| x.period == Period::Mention(1)), "{f:#?}");
}

#[test]
fn the_earlier_side_of_a_movement_takes_its_own_date_or_none() {
    let d = doc(
        "Orders rose to [600 mln dlrs|m] in [1988|d] from [450 mln dlrs|m] in [1987|d]. \
                 Its stake fell to [3,000|n] shares from [90,000|n] shares.",
    );
    let f = facts(&d);
    assert_eq!(period_text(&d, &f[0]), Some("1988"));
    assert_eq!(period_text(&d, &f[1]), Some("1987"));
    assert_eq!((f[1].role, f[1].status), (Role::Level, Status::Actual));
    assert_eq!(
        f[3].period,
        Period::None,
        "an undated earlier value has no period"
    );
}

#[test]
fn status_from_forecast_plan_and_hypothesis_words() {
    let d = doc(
        "The company expects revenue of [2.1 bln dlrs|m]. It plans to hire [300|n] \
                 engineers. It would lose [5 mln dlrs|m] if rates rose. Last year it earned \
                 [90 mln dlrs|m].",
    );
    let f = facts(&d);
    let s: Vec<Status> = f.iter().map(|x| x.status).collect();
    assert_eq!(
        s,
        [
            Status::Forecast,
            Status::Target,
            Status::Conditional,
            Status::Actual
        ]
    );
    assert_eq!(f[2].period, Period::None, "a hypothetical has no period");
}

#[test]
fn period_carried_from_the_passage_and_present_tense_is_the_reference_date() {
    let d = doc(
        "In [2023|d], the port handled [8.2 million|n] containers.\n\nThe rail link \
                 carried [41 million tonnes|n] of freight.\n\nThe port has [14|n] berths.",
    );
    let f = facts(&d);
    assert_eq!(
        period_text(&d, &f[1]),
        Some("2023"),
        "the passage's year carries on"
    );
    assert_eq!(f[2].period, Period::Reference, "a present-tense state");
}

#[test]
fn conversions_in_brackets_copy_the_fact_they_convert() {
    let d = doc("Profit rose to [1.2 trillion won|m] ([USD 870 million|m]) in [2024|d].");
    let f = facts(&d);
    assert_eq!(f.len(), 2);
    assert_eq!((f[1].role, metric(&f[1])), (f[0].role, metric(&f[0])));
    assert_eq!(f[1].period, f[0].period);
}

#[test]
fn results_table_rows_label_the_values_and_the_vs_column_is_a_year_earlier() {
    let d = doc(
        "ACME CORP [3RD QTR SEPT 30|d] NET\n\n    Shr [31 cts|m] vs [27 cts|m]\n    \
                 Revs [88.1 mln|n] vs [80.4 mln|n]\n",
    );
    let f = facts(&d);
    assert_eq!(f.len(), 4);
    let labels: Vec<&str> = f.iter().map(metric).collect();
    assert_eq!(labels, ["Shr", "Shr", "Revs", "Revs"]);
    assert!(f.iter().all(|x| x.period == Period::Mention(0)), "{f:#?}");
    let offsets: Vec<Option<PeriodOffset>> = f.iter().map(|x| x.period_offset).collect();
    assert_eq!(
        offsets,
        [
            None,
            Some(PeriodOffset::YearEarlier),
            None,
            Some(PeriodOffset::YearEarlier)
        ]
    );
}

#[test]
fn chinese_balances_changes_since_the_year_start_and_ranks() {
    let d = doc(
        "截至[6月末|d]，全市住户存款余额[约1.2万亿元|m]，比年初增加[860亿元|m]，同比增长[9.5%|p]，\
                 增速位居全省[第二|o]。",
    );
    let f = facts(&d);
    assert_eq!(f.len(), 4);
    assert_eq!(
        (f[0].role, metric(&f[0])),
        (Role::Level, "全市住户存款余额")
    );
    assert_eq!(
        (f[1].role, f[1].direction),
        (Role::Change, Some(Direction::Up))
    );
    assert_eq!(f[1].basis, Some(Basis::SincePeriodStart));
    assert_eq!(metric(&f[1]), "全市住户存款余额");
    assert_eq!(f[2].basis, Some(Basis::YearOnYear));
    assert_eq!((f[3].role, metric(&f[3])), (Role::Rank, "增速"));
    assert!(f.iter().all(|x| x.period == Period::Mention(0)));
}

#[test]
fn japanese_topic_marked_metrics_and_trailing_change_words() {
    let d = doc(
        "ソニーは[14日|d]、[2025年3月期|d]の営業利益の見通しを[1兆3000億円|m]（前年比[8%|p]増）に\
                 引き上げた。売上高は[13兆円|m]（[2%|p]減）の見通し。",
    );
    let f = facts(&d);
    assert_eq!(f.len(), 4);
    assert_eq!(metric(&f[0]), "営業利益");
    assert_eq!(f[0].status, Status::Forecast);
    assert_eq!(period_text(&d, &f[0]), Some("2025年3月期"));
    assert_eq!(
        (f[1].role, f[1].direction, f[1].basis),
        (Role::Change, Some(Direction::Up), Some(Basis::YearOnYear))
    );
    assert_eq!(metric(&f[2]), "売上高");
    assert_eq!(
        (f[3].role, f[3].direction),
        (Role::Change, Some(Direction::Down))
    );
}

#[test]
fn hostile_inputs_give_valid_indices_and_spans() {
    let texts = [
        "",
        "[5|n]",
        "from from from [5%|p] than than [6|n] vs vs",
        "比比比[5亿元|m]增增增[6%|p]",
        "((((([7|n]",
    ];
    for t in texts {
        let d = doc(t);
        for f in facts(&d) {
            assert!(f.value < d.items.len());
            for i in [f.period.mention(), f.compared_to].into_iter().flatten() {
                assert!(i < d.items.len());
            }
            for p in [&f.metric, &f.subject, &f.denominator]
                .into_iter()
                .flatten()
            {
                assert_eq!(&d.text[p.span.range()], p.text);
            }
        }
    }
}

#[test]
fn a_workforce_a_company_employs_is_as_of_the_documents_date() {
    let d = doc(
        "Quillon Rail earned [41 mln dlrs|m] in [2025|d]. The company employs about \
         [2,300|n] people and operates [14|n] depots.",
    );
    let f = facts(&d);
    assert_eq!(f[0].period.mention(), Some(1));
    assert_eq!(
        f[1].period,
        Period::Reference,
        "employs: a present-tense state"
    );
    assert_eq!(
        f[2].period,
        Period::Reference,
        "operates: a present-tense state"
    );
}

#[test]
fn a_move_restated_in_percent_before_to_and_a_level_is_the_change() {
    let d = doc(
        "Copper futures settled down [$0.12|m], or [3.1%|p], at [$3.74|m] a pound, while zinc \
         climbed [45 dollars|m], or [1.6%|p], to [2,840 dollars|m].",
    );
    let f = facts(&d);
    let roles = roles(&d, &f);
    assert_eq!(
        roles,
        [
            ("$0.12", Role::Change, Some(Direction::Down)),
            ("3.1%", Role::Change, Some(Direction::Down)),
            ("$3.74", Role::Level, None),
            ("45 dollars", Role::Change, Some(Direction::Up)),
            ("1.6%", Role::Change, Some(Direction::Up)),
            ("2,840 dollars", Role::Level, None),
        ]
    );
    // `settled` is a market verb: its subject is what moved.
    assert_eq!(metric(&f[0]), "Copper futures");
}

#[test]
fn a_measure_named_by_an_acronym_is_no_entity_and_the_lead_company_carries() {
    let d = doc(
        "Harbor Valves Inc. reported quarterly revenue of [$212 million|m].\n\n\
         Adjusted EBITDA rose [9%|p] to [$48 million|m].\n\n\
         \"Demand stayed firm,\" the company said, and it expects full-year core EPS of \
         [$3.10|m].",
    );
    let f = facts(&d);
    let subjects: Vec<Option<&str>> = f
        .iter()
        .map(|x| x.subject.as_ref().map(|s| s.text))
        .collect();
    assert!(
        subjects[0].is_some_and(|s| s.starts_with("Harbor Valves"))
            && subjects.iter().all(|s| *s == subjects[0]),
        "{subjects:?}"
    );
    assert_eq!(metric(&f[1]), "Adjusted EBITDA");
    assert!(metric(&f[3]).ends_with("core EPS"), "{:?}", metric(&f[3]));
}

#[test]
fn a_verbs_object_or_a_verb_used_as_a_noun_names_the_metric() {
    // The object between the verb and `to` is what is measured, not the verb's subject.
    let d =
        doc("Brokers raised their [2026|d] copper forecast to [$9,800|m] a tonne on [Friday|d].");
    let f = facts(&d);
    assert_eq!(f.len(), 1);
    assert_eq!(metric(&f[0]), "copper forecast");
    // A verb after a determiner is a noun: it names the metric, with the nouns before it.
    let d = doc("The members agreed to extend their output cut of [400,000 barrels|n] a day.");
    let f = facts(&d);
    assert_eq!(f.len(), 1);
    assert_eq!(metric(&f[0]), "output cut");
}
