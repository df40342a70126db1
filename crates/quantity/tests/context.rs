//! Context within the sentence and identifiers (issue 13 items 4, 6, 7): examples of our own.
#![allow(clippy::unwrap_used)]

use finnews_quantity::{
    Amount, Currency, Decimal, Modifier, Options, PercentUnit, Quantity, QuantityKind, Unit,
    extract,
};
use proptest::prelude::*;

fn found(text: &str) -> Vec<Quantity<'_>> {
    extract(text, &Options::default())
}

fn texts<'a>(q: &[Quantity<'a>]) -> Vec<&'a str> {
    q.iter().map(|q| q.text).collect()
}

fn dec(s: &str) -> Decimal {
    s.parse().unwrap()
}

fn money(q: &Quantity<'_>) -> Option<Currency> {
    match q.kind {
        QuantityKind::Money { currency } => Some(currency),
        _ => None,
    }
}

#[test]
fn scaled_amount_takes_the_currency_it_is_set_against() {
    let q = found("Earnings slid to 2.4 billion yen from 3.1 billion a year before.");
    assert_eq!(texts(&q), ["2.4 billion yen", "3.1 billion"]);
    assert_eq!(money(&q[1]), Some(Currency::JPY));
    assert_eq!(q[1].amount, Amount::Exact(dec("3100000000")));
}

#[test]
fn scaled_amount_in_a_money_sentence_takes_the_document_currency() {
    let q = found("Its costs were 40 mln stg. Its part of the charge came to 12.5 mln.");
    assert_eq!(money(&q[1]), Some(Currency::GBP));
}

#[test]
fn scaled_amount_with_a_noun_of_its_own_stays_a_number() {
    let q = found("Debt rose to 9 mln dlrs and it issued 4.5 mln shares.");
    assert_eq!(q[1].text, "4.5 mln");
    assert_eq!(q[1].kind, QuantityKind::Number);
}

#[test]
fn scaled_amount_without_money_anywhere_stays_a_number() {
    let q = found("Traffic rose to 2.2 billion from 1.9 billion.");
    assert!(q.iter().all(|q| q.kind == QuantityKind::Number));
}

#[test]
fn a_code_glued_to_a_v_is_no_versus_word() {
    // `V2500` is an engine, not a results-table `v`: the line is no table row.
    let text = "It signed a 2 billion dlr order.\n    The 12 jets use CF6 or V2500 engines.\n";
    let q = found(text);
    assert_eq!(texts(&q), ["2 billion dlr", "12"]);
    assert_eq!(money(&q[1]), None);
}

#[test]
fn results_table_rows_are_money_but_share_counts_are_not() {
    let text = "Shr 42 cts vs 17 cts\n    Net 812,000 vs 344,000\n    Revs 21.7 mln vs 19.2 mln\n    Avg shrs 2,120,000 vs 2,040,000\n";
    let q = found(text);
    let kinds: Vec<Option<Currency>> = q.iter().map(money).collect();
    assert_eq!(
        kinds,
        [
            Some(Currency::USD),
            Some(Currency::USD),
            Some(Currency::USD),
            Some(Currency::USD),
            Some(Currency::USD),
            Some(Currency::USD),
            None,
            None
        ]
    );
}

#[test]
fn price_level_after_a_pence_change_is_in_pence() {
    let q = found("Shell gained 7p to 1,412 and Boots eased a penny at 288.");
    assert_eq!(texts(&q), ["7p", "1,412", "a penny", "288"]);
    assert_eq!(q[0].amount, Amount::Exact(dec("0.07")));
    assert_eq!(q[1].amount, Amount::Exact(dec("14.12")));
    assert_eq!(money(&q[1]), Some(Currency::GBP));
    assert_eq!(q[2].amount, Amount::Exact(dec("0.01")));
    assert_eq!(q[3].amount, Amount::Exact(dec("2.88")));
}

#[test]
fn a_change_then_a_level_is_two_mentions() {
    let q = found("Output climbed 6.4 pct to 3.72 billion.");
    assert_eq!(texts(&q), ["6.4 pct", "3.72 billion"]);
    let q = found("Deposits rose 2 pct to 5 pct.");
    assert_eq!(texts(&q), ["2 pct", "5 pct"]);
    let q = found("Orders grew by 3.1% or 2.2 billion yen to 73.9 billion yen.");
    assert_eq!(texts(&q), ["3.1%", "2.2 billion yen", "73.9 billion yen"]);
    let q = found("Capex went from RMB 4 billion to RMB 6 billion.");
    assert_eq!(texts(&q), ["RMB 4 billion", "RMB 6 billion"]);
}

#[test]
fn a_bare_change_then_a_level_an_order_of_magnitude_up_is_two_mentions() {
    let q = found("Stocks jumped eleven to 240 mln tonnes.");
    assert_eq!(texts(&q), ["eleven", "240 mln tonnes"]);
    let q = found("Payrolls grew by 52,000 to 3.9 million.");
    assert_eq!(texts(&q), ["52,000", "3.9 million"]);
    // Ends of one size after a change word stay a range; no change word, no split.
    let q = found("Margins rose 3 to 4 pct. It sees 2 to 40 mln dlrs.");
    assert_eq!(texts(&q), ["3 to 4 pct", "2 to 40 mln dlrs"]);
}

#[test]
fn a_spelled_high_end_lends_its_scale_to_the_low_end() {
    let q = found("Banks need between two and four billion yen, or 2.5 to three million tonnes.");
    assert_eq!(
        q[0].amount,
        Amount::Range {
            low: dec("2000000000"),
            high: dec("4000000000")
        }
    );
    assert_eq!(
        q[1].amount,
        Amount::Range {
            low: dec("2500000"),
            high: dec("3000000")
        }
    );
}

#[test]
fn true_ranges_stay_one_mention() {
    let q =
        found("It sees 4-6 billion dlrs, between 4 and 6 billion dlrs, 3.75%-4%, 40 to 45 cts.");
    assert_eq!(q.len(), 4);
    assert!(q.iter().all(|q| matches!(q.amount, Amount::Range { .. })));
    assert_eq!(
        q[3].amount,
        Amount::Range {
            low: dec("0.40"),
            high: dec("0.45")
        }
    );
}

#[test]
fn point_fractions_are_percentage_points() {
    let q = found(
        "It trimmed rates by a quarter point, then half a percentage point, then a full point.",
    );
    let v: Vec<(Amount, QuantityKind)> = q.iter().map(|q| (q.amount, q.kind)).collect();
    let pp = QuantityKind::Percent {
        unit: PercentUnit::PercentagePoint,
    };
    assert_eq!(
        v,
        [
            (Amount::Exact(dec("0.25")), pp),
            (Amount::Exact(dec("0.5")), pp),
            (Amount::Exact(dec("1")), pp)
        ]
    );
}

#[test]
fn country_dollars() {
    let q = found(
        "It sold Australian 250 mln dlrs, 1.2 billion dlr Canadian, 80 mln HK dlrs, 60 mln N.Z. dlrs, 9 mln Swedish crowns and 7 mln Danish crowns.",
    );
    let c: Vec<Option<Currency>> = q.iter().map(money).collect();
    assert_eq!(
        c,
        [
            Some(Currency::AUD),
            Some(Currency::CAD),
            Some(Currency::HKD),
            Some(Currency::NZD),
            Some(Currency::SEK),
            Some(Currency::DKK)
        ]
    );
    assert_eq!(q[0].text, "Australian 250 mln dlrs");
    assert_eq!(q[1].text, "1.2 billion dlr Canadian");
}

#[test]
fn identifiers_are_not_quantities() {
    for text in [
        "Ring +44 (20) 7946-0321 or (646) 555-0183 today.",
        "As slide 14 shows, costs fell.",
        "Costs*2 fell.",
        "Kubota <6326> and 600036.SH rose.",
        "See the study [17] and the rules (3).",
        "8035 TOKYO ELECTRON LIMITED\nResults",
        "The Nikkei followed the DAX 40 higher.",
    ] {
        assert_eq!(found(text), vec![], "{text}");
    }
}

#[test]
fn a_figure_after_a_figure_in_brackets_is_kept() {
    let q = found("France 412 (398), Italy 270 (275).");
    assert_eq!(texts(&q), ["412", "398", "270", "275"]);
}

#[test]
fn first_in_names_and_fixed_phrases_is_no_ranking() {
    assert_eq!(
        found("First Fidelity Bancorp sold first mortgage notes."),
        vec![]
    );
    assert_eq!(found("The deal was first reported on Monday."), vec![]);
    let q = found("It is the bank's first loss and a fourth consecutive decline.");
    assert_eq!(texts(&q), ["first", "fourth"]);
    assert!(q.iter().all(|q| q.kind == QuantityKind::Ordinal));
}

#[test]
fn one_of_is_a_pronoun() {
    assert_eq!(found("It is one of the largest lenders."), vec![]);
}

#[test]
fn plus_sign_before_a_percent() {
    let q = found("Sales +4.2% and margin -1.5%");
    assert_eq!(texts(&q), ["+4.2%", "-1.5%"]);
    assert_eq!(q[0].amount, Amount::Exact(dec("4.2")));
}

#[test]
fn measures_of_length_volume_and_flow() {
    let q = found(
        "A mast 85 m tall, a shaft from 900 m to 1,150 m, 75 sq m, 3 mln tonnes, 40,000 bpd and 12,000 barrels per day.",
    );
    let units: Vec<(&str, Option<Unit>)> = q
        .iter()
        .map(|q| {
            (
                q.text,
                match q.kind {
                    QuantityKind::Measure { unit } => Some(unit),
                    _ => None,
                },
            )
        })
        .collect();
    assert_eq!(
        units,
        [
            ("85 m", Some(Unit::M)),
            ("900 m", Some(Unit::M)),
            ("1,150 m", Some(Unit::M)),
            ("75 sq m", Some(Unit::M2)),
            ("3 mln tonnes", Some(Unit::T)),
            ("40,000 bpd", Some(Unit::Bbl)),
            ("12,000 barrels per day", Some(Unit::Bbl)),
        ]
    );
}

#[test]
fn hyphenated_scale_money_and_index_points() {
    let q =
        found("a 7-billion-yuan fund; bonds gained 5/16 point; the index rose about 40 points.");
    assert_eq!(
        texts(&q),
        ["7-billion-yuan", "5/16 point", "about 40 points"]
    );
    assert_eq!(money(&q[0]), Some(Currency::CNY));
    assert_eq!(q[2].modifier, Some(Modifier::Approx));
}

proptest! {
    /// Whatever surrounds them, carried currencies and split changes keep spans exact and
    /// ordered.
    #[test]
    fn context_paths_keep_spans_exact(
        parts in proptest::collection::vec(
            "(rose|fell|by|to|from|vs|at|Net|Revs|Avg shrs|the loss|shares|2p|a penny|1,333|5.1 pct|8.33 billion|4 mln dlrs|Australian|dlr Canadian|\\(4\\)|<7294>|First|first|one of|a quarter point|120 m tall|bpd|\n    |\\. |, |é|亿元)",
            0..24,
        )
    ) {
        let text = parts.join(" ");
        let q = extract(&text, &Options::default());
        let mut last = 0;
        for m in &q {
            prop_assert!(m.span.start() >= last);
            prop_assert_eq!(&text[m.span.range()], m.text);
            last = m.span.end();
        }
    }
}

#[test]
fn counts_and_ranks_of_periods_are_left_to_dates() {
    assert_eq!(found("up from the four previous months"), vec![]);
    assert_eq!(found("in the third fiscal quarter"), vec![]);
    assert_eq!(found("over eleven quarters"), vec![]);
    // A figure before `last year` is no count of periods.
    let q = found("it sold 48,210 cars against 51,020 last year");
    assert_eq!(texts(&q), ["48,210", "51,020"]);
}

#[test]
fn a_row_of_cents_keeps_its_cents() {
    let q = found("Qtly div 7-1/2 cts vs 7-1/2 prior\n");
    assert_eq!(texts(&q), ["7-1/2 cts", "7-1/2"]);
    assert_eq!(q[1].amount, Amount::Exact(dec("0.075")));
    assert_eq!(money(&q[1]), Some(Currency::USD));
}

#[test]
fn area_codes_in_brackets() {
    assert_eq!(found("Call (718) 555-0199."), vec![]);
}

#[test]
fn a_capitalised_day_word_after_a_month_is_the_date_s() {
    assert_eq!(found("effective June Two, the rate"), vec![]);
    assert_eq!(texts(&found("in June two plants closed")), ["two"]);
}

#[test]
fn a_slash_unit_beats_a_one_letter_scale() {
    let q =
        found("Output held at 9.8 million b/d, and at 410 b/d in the small field; a 3 bn/yr plan.");
    let read: Vec<(&str, String, Option<Unit>)> = q
        .iter()
        .map(|q| {
            let v = match q.amount {
                Amount::Exact(v) => v.to_string(),
                _ => String::new(),
            };
            let u = match q.kind {
                QuantityKind::Measure { unit } => Some(unit),
                _ => None,
            };
            (q.text, v, u)
        })
        .collect();
    assert_eq!(
        read[0],
        ("9.8 million b/d", "9800000".to_string(), Some(Unit::Bbl))
    );
    assert_eq!(read[1], ("410 b/d", "410".to_string(), Some(Unit::Bbl)));
    // No unit opens at `bn/`: the scale stays.
    assert_eq!(read[2].0, "3 bn");
    assert_eq!(read[2].1, "3000000000");
}

#[test]
fn only_the_row_s_other_side_counts_in_its_sub_unit() {
    // A table pasted without indentation: the lexer joins its lines as a wrap, yet the row
    // under a sub-unit row is in whole units.
    let q = found("Earnings 52 cts vs 47 cts\nRevenue 240,000 vs 215,000\n");
    assert_eq!(texts(&q), ["52 cts", "47 cts", "240,000", "215,000"]);
    assert_eq!(q[2].amount, Amount::Exact(dec("240000")));
    assert_eq!(money(&q[2]), Some(Currency::USD));
    // The other side of a `vs` stays in the sub-unit, words of a direction between or not.
    let q = found("    Shr loss 12 cts vs profit 14\n    Shr 9-1/2 cts vs 8\n");
    assert_eq!(q[1].amount, Amount::Exact(dec("0.14")), "{q:?}");
    assert_eq!(q[3].amount, Amount::Exact(dec("0.08")), "{q:?}");
    // A total before its per-share figure is in whole units, and so is a scaled amount; a
    // figure that continues a sub-unit amount is in the sub-unit.
    let q = found(
        "    Net 5,120,000 vs 4,010,000
    Results exclude gains of 310,000 or six cts vs 2.1 mln or 41 cts.
    Div 9.5 cts vs 8 cts making 17.5
",
    );
    let v = |s: &str| q.iter().find(|q| q.text == s).map(|q| q.amount);
    assert_eq!(v("310,000"), Some(Amount::Exact(dec("310000"))), "{q:?}");
    assert_eq!(v("2.1 mln"), Some(Amount::Exact(dec("2100000"))), "{q:?}");
    assert_eq!(v("17.5"), Some(Amount::Exact(dec("0.175"))), "{q:?}");
    let q =
        found("    Net excludes gains of 310,000 or six cts and 720,000 or 14 cts vs one ct.\n");
    let v = |s: &str| q.iter().find(|q| q.text == s).map(|q| q.amount);
    assert_eq!(v("720,000"), Some(Amount::Exact(dec("720000"))), "{q:?}");
    assert_eq!(v("one ct"), Some(Amount::Exact(dec("0.01"))), "{q:?}");
}
