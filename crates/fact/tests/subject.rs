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

#[test]
fn a_company_form_alone_names_no_one_and_a_name_inside_the_lead_does() {
    // A scrape lost the name before `Inc.`; the lead names the company later, inside a sentence.
    let s = subjects(
        "On Monday, Inc. reported higher sales. It was the [first|o] time that Delmora Foods \
         has posted a loss. Revenue climbed to [3.1 bln dlrs|m] in the [third quarter|d].",
    );
    assert_eq!(s, [Some("Delmora Foods".to_owned())]);
}

#[test]
fn an_acronym_subject_reads_as_the_name_it_is_defined_for() {
    let s = subjects(
        "Port update\n\nThe ministry signed an agreement with the Westbay Free Trade Zone \
         (WFTZ) on [Monday|d].\n\nThe WFTZ was founded in [2001|d]. Exports reached \
         [2.4 bln dlrs|m] in [2025|d].",
    );
    assert_eq!(s, [Some("Westbay Free Trade Zone".to_owned())]);
}

#[test]
fn a_cjk_place_name_in_the_title_or_the_lead_is_the_subject() {
    let s = subjects(
        "无锡市一季度经济运行\n\n一季度，全市地区生产总值[3600亿元|m]，同比增长[5.2%|p]。",
    );
    assert_eq!(s, [Some("无锡市".to_owned()), Some("无锡市".to_owned())]);
    let s = subjects("[11月2日|d]，滨江区召开会议。截至[9月末|d]，存款余额[920亿元|m]。");
    assert_eq!(s, [Some("滨江区".to_owned())]);
    // `市场` is a market, not a city.
    let s = subjects("[11月2日|d]，股票市场成交额[920亿元|m]。");
    assert_eq!(s, [None]);
}

#[test]
fn a_name_after_the_metrics_of_is_its_owner() {
    let s = subjects(
        "Quarterly accounts\n\nThe gross domestic product of Ruritania was [412.5 bln crowns|m] \
         in the [first quarter|d].",
    );
    assert_eq!(s, [Some("Ruritania".to_owned())]);
    // A bearing's place, a holding's issuer, a possessive's unit and a name across the `of`
    // own nothing.
    for text in [
        "Site survey\n\nThe new mine lies [240 km|n] west of Portmere, officials said.",
        "Holdings\n\nThe fund now holds [1.2 mln|n] shares of Brackwell Corp, it said.",
        "Writedown\n\nThe writedown of oil reserves of its Celton unit was [110 mln dlrs|m].",
        "Rates\n\nThe discount rate of the Bank of Norland stood at [3.5 pct|p] on [Monday|d].",
    ] {
        let s = subjects(text);
        assert!(
            s.iter().all(|x| !matches!(
                x.as_deref(),
                Some("Portmere" | "Brackwell Corp" | "Celton" | "Norland")
            )),
            "{text}: {s:?}"
        );
    }
}

#[test]
fn a_headline_in_capitals_names_what_the_body_writes_as_a_name() {
    // The body writes `Arvane Steel Corp` as a name, not `ARVANE STEEL RAISES`.
    let s = subjects(
        "ARVANE STEEL RAISES DIVIDEND\n\n    OSLO, May 4 - Shareholders will receive [40 cts|m] \
         a share, Arvane Steel Corp said.",
    );
    assert_eq!(s, [Some("Arvane Steel Corp".to_owned())]);
    // An abbreviation's letters stay one name (`U.S.`, not `U`).
    let s = subjects(
        "U.S. TIMBER FUTURES SETTLE LOWER\n\n    CHICAGO, May 4 - In thin dealings, futures \
         settled [2 cts|m] lower as U.S. timber stocks grew.",
    );
    assert_eq!(s, [Some("U.S.".to_owned())]);
}

#[test]
fn a_deals_target_or_a_name_going_on_with_a_number_owns_nothing() {
    for (text, not) in [
        (
            "Deal costs\n\nThe takeover of Brackwell Corp cost [12 mln dlrs|m], Harlan Group \
             said.",
            "Brackwell Corp",
        ),
        (
            "New coolant\n\nThe blend has [five pct|p] of the warming potential of Freon 22, \
             Coldline Inc said.",
            "Freon",
        ),
    ] {
        let s = subjects(text);
        assert!(!s.is_empty(), "{text}");
        assert!(s.iter().all(|x| x.as_deref() != Some(not)), "{text}: {s:?}");
    }
    // A number opening a compound after the name leaves the name whole.
    let s = subjects(
        "Notes priced\n\nA [150 mln dlr|m] issue of Hollin Corp 30-year notes was priced at par.",
    );
    assert_eq!(s, [Some("Hollin Corp".to_owned())]);
}

#[test]
fn a_common_word_opening_a_body_sentence_is_no_name_for_a_capitals_headline() {
    // `Average` opens its sentence only, and the lexicon knows it: no name.
    let s = subjects(
        "AVERAGE DEPOSIT RATES FALL\n\n    TOKYO, May 4 - Average deposit rates fell to \
         [4.1 pct|p] in the latest week.",
    );
    assert!(s.iter().all(|x| x.as_deref() != Some("Average")), "{s:?}");
    // A word the body also writes in lower case is a common word.
    let s = subjects(
        "TRADE ENVOYS SEE GAINS\n\n    GENEVA, May 4 - Exports may rise [3 pct|p] next year, \
         envoys at the trade talks agreed. Trade flows slowed.",
    );
    assert!(s.iter().all(|x| x.as_deref() != Some("Trade")), "{s:?}");
    // A name that opens a sentence only is still a name when the lexicon does not know it.
    let s = subjects(
        "VELDORIA DEVALUES CROWN\n\n    LUSAKA, May 4 - Veldoria cut its currency by [2 pct|p] \
         against the dollar.",
    );
    assert_eq!(s, [Some("Veldoria".to_owned())]);
}

#[test]
fn an_abbreviation_in_a_capitals_headline_is_a_whole_name() {
    // `U.S.` ends where the body goes on with another word.
    let s = subjects(
        "U.S. HOUSE PANEL BACKS AID\n\n    WASHINGTON, May 4 - A committee approved [300 mln \
         dlrs|m] in aid, more than the U.S. Embassy sought.",
    );
    assert_eq!(s, [Some("U.S.".to_owned())]);
    // A run is not cut inside a glued word: `U.S.`, not `U.S. M` of `U.S. M-1`.
    let s = subjects(
        "U.S. M-1 SUPPLY RISES\n\n    WASHINGTON, May 4 - The money supply rose [2 bln dlrs|m] \
         in the latest week.",
    );
    assert_eq!(s, [Some("U.S.".to_owned())]);
}

#[test]
fn a_capitals_headlines_place_adjective_names_the_place_the_body_writes() {
    let s = subjects(
        "NORTH VELDORIAN OUTPUT RISES\n\n    KARSTAD, May 4 - North Veldoria factory output \
         rose [3 pct|p] in [April|d].",
    );
    assert_eq!(s, [Some("North Veldoria".to_owned())]);
    // A plural is no adjective: `Orbis Mineral` is not the `ORBIS MINERALS` of the title.
    let s = subjects(
        "ORBIS MINERALS FINDS GOLD\n\n    TORONTO, May 4 - Drilling found [4 grams|n] a ton, \
         said Orbis Mineral Ltd's unit.",
    );
    assert!(
        s.iter().all(|x| x.as_deref() != Some("Orbis Mineral")),
        "{s:?}"
    );
}

#[test]
fn a_body_ending_on_the_capitals_headlines_first_word_is_read_without_a_panic() {
    // The title's first word joined by a hyphen, and the body's last token that word: the
    // headline match looks past the last token (it once indexed out of bounds there).
    let s = subjects(
        "ORBIS-VELD SAYS PROFIT UP [5 PCT|p]\n\nProfit rose [5 pct|p] in the year, it said, Orbis",
    );
    assert_eq!(s.len(), 2);
}
