//! The facade's own behaviour: reference-date precedence, how quantity and date mentions are
//! merged, and the invariants of `analyze` on any input.

use finnews::date::{Grain, NaiveDate};
use finnews::{Mention, Options, ReferenceSource, analyze};
use proptest::prelude::*;

fn day(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

#[test]
fn dateline_wins_over_argument_and_override_wins_over_dateline() {
    let text = "Bank report\n\nSeptember 29, 2020\n\nLoans rose 7.7%.";
    let a = analyze(text, &Options::default());
    let r = a.reference_date.expect("dateline");
    assert_eq!(
        (r.date.date(), r.date.grain(), r.source),
        (
            day(2020, 9, 29).unwrap(),
            Grain::Day,
            ReferenceSource::Dateline
        )
    );

    let a = analyze(
        text,
        &Options::default().with_reference_date(day(2024, 7, 15).unwrap()),
    );
    assert_eq!(
        a.reference_date.map(|r| r.source),
        Some(ReferenceSource::Dateline)
    );

    let a = analyze(
        text,
        &Options::default().with_reference_date_override(day(2024, 7, 15)),
    );
    let r = a.reference_date.expect("override");
    assert_eq!(
        (r.date.date(), r.source),
        (day(2024, 7, 15).unwrap(), ReferenceSource::Argument)
    );

    // A date that came with the input wins over the dateline and says so.
    let a = analyze(
        text,
        &Options::default().with_input_reference_date(day(2024, 7, 15).unwrap()),
    );
    let r = a.reference_date.expect("input date");
    assert_eq!(
        (r.date.date(), r.source),
        (day(2024, 7, 15).unwrap(), ReferenceSource::Input)
    );

    let a = analyze("Loans rose 7.7%.", &Options::default());
    assert!(a.reference_date.is_none());
}

#[test]
fn a_month_dateline_has_month_grain() {
    let a = analyze(
        "JETRO Topics\n\nOctober 2013\n\nOn October 31, 2013, JETRO signed.",
        &Options::default(),
    );
    let r = a.reference_date.expect("dateline");
    assert_eq!(
        (r.date.date(), r.date.grain()),
        (day(2013, 10, 1).unwrap(), Grain::Month)
    );
}

#[test]
fn dates_are_not_also_numbers() {
    let a = analyze(
        "The zone was established in 1992 and grew for 20 consecutive quarters.",
        &Options::default(),
    );
    let kinds: Vec<(&str, &str)> = a
        .mentions
        .iter()
        .map(|m| (m.kind().code(), m.text()))
        .collect();
    assert!(kinds.contains(&("date", "1992")), "{kinds:?}");
    assert!(
        kinds.contains(&("duration", "20 consecutive quarters")),
        "{kinds:?}"
    );
    assert!(!kinds.iter().any(|(k, _)| *k == "number"), "{kinds:?}");
}

#[test]
fn money_keeps_its_currency_and_exact_value() {
    let a = analyze("GDP RMB 154.4 billion", &Options::default());
    let Some(Mention::Quantity(q)) = a.mentions.first() else {
        panic!("no quantity: {:?}", a.mentions)
    };
    assert_eq!(q.text, "RMB 154.4 billion");
    assert_eq!(q.amount.low(), "154400000000".parse().unwrap());
    assert_eq!(
        q.kind,
        finnews::quantity::QuantityKind::Money {
            currency: finnews::quantity::Currency::CNY
        }
    );
}

fn check_invariants(text: &str, options: &Options) -> Result<(), TestCaseError> {
    let a = analyze(text, options);
    let mut last = 0;
    for m in &a.mentions {
        let s = m.span();
        prop_assert!(s.start() >= last, "mentions out of order or overlapping");
        prop_assert_eq!(s.slice(text), Some(m.text()));
        last = s.end();
    }
    let mut last = 0;
    for b in &a.blocks {
        prop_assert!(b.span.start() >= last && b.span.slice(text).is_some());
        last = b.span.end();
    }
    for s in &a.sentences {
        let b = a
            .blocks
            .get(s.block)
            .ok_or_else(|| TestCaseError::fail("sentence names no block"))?;
        prop_assert!(b.span.contains(s.span));
    }
    // Every non-blank line is covered by some block.
    let mut pos = 0;
    for line in text.split_inclusive(['\n', '\r']) {
        let start = pos;
        pos += line.len();
        let is_blank = line.chars().all(|c| c.is_whitespace() || c == '\u{feff}');
        if !is_blank {
            let end = pos;
            prop_assert!(
                a.blocks
                    .iter()
                    .any(|b| b.span.start() < end && start < b.span.end()),
                "line {:?} not covered",
                line
            );
        }
    }
    Ok(())
}

fn newsy() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("RMB ".to_owned()),
        Just("USD".to_owned()),
        Just("$".to_owned()),
        Just("¥".to_owned()),
        Just(" billion".to_owned()),
        Just(" mln dlrs".to_owned()),
        Just("%".to_owned()),
        Just(" percent".to_owned()),
        Just("October ".to_owned()),
        Just("Sept. ".to_owned()),
        Just("the first half of this year".to_owned()),
        Just("Q3 ".to_owned()),
        Just("亿元".to_owned()),
        Just("三千九百".to_owned()),
        Just("about ".to_owned()),
        Just("\n".to_owned()),
        Just("\n\n".to_owned()),
        Just("\r\n".to_owned()),
        Just(". ".to_owned()),
        Just("Ltd. ".to_owned()),
        Just("• ".to_owned()),
        Just("Area: ".to_owned()),
        "[0-9]{1,6}",
        "[0-9]{1,3}(,[0-9]{3}){0,3}(\\.[0-9]{1,2})?",
        "[a-zA-Z]{1,8} ",
        "\\PC{0,4}",
    ];
    proptest::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

proptest! {
    #[test]
    fn analyze_keeps_its_invariants_on_newsy_text(text in newsy(), y in 1990i32..2030, m in 1u32..=12) {
        check_invariants(&text, &Options::default())?;
        let date = day(y, m, 1).expect("a real day");
        check_invariants(&text, &Options::default().with_reference_date(date))?;
    }

    #[test]
    fn analyze_keeps_its_invariants_on_any_text(text in "\\PC{0,200}|[\\s\\S]{0,200}") {
        check_invariants(&text, &Options::default())?;
    }
}

#[test]
fn overlaps_resolve_to_the_mentions_that_cover_most_text() {
    let text = "The loan runs between 12 and 18 months.";
    let a = analyze(text, &Options::default());
    let got: Vec<(&str, &str)> = a
        .mentions
        .iter()
        .map(|m| (m.kind().code(), m.text()))
        .collect();
    // Whatever each layer reads, the kept mentions never overlap and `18 months` survives.
    assert!(
        got.iter()
            .any(|(k, t)| *k == "duration" && t.contains("18 months")),
        "{got:?}"
    );
    let mut last = 0;
    for m in &a.mentions {
        assert!(m.span().start() >= last);
        last = m.span().end();
    }
}
