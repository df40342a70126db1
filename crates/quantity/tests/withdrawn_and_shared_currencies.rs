//! Currencies ISO has withdrawn (`marks`, `guilders`, `lire`) and currency words several
//! countries use (`francs`, `crowns`, `pesos`), decided by the document.

use finnews_quantity::{Currency, Options, QuantityKind, extract};

/// The (text, currency code) of every money mention in `text`.
fn money(text: &str) -> Vec<(&str, &'static str)> {
    extract(text, &Options::default())
        .into_iter()
        .filter_map(|q| match q.kind {
            QuantityKind::Money { currency } => Some((q.text, currency.code())),
            _ => None,
        })
        .collect()
}

#[test]
fn replaced_european_currencies_are_money_in_their_withdrawn_codes() {
    assert_eq!(
        money("Exports rose to 4.5 billion marks while imports cost 900 mln guilders."),
        [("4.5 billion marks", "DEM"), ("900 mln guilders", "NLG")]
    );
    assert_eq!(
        money("The fund paid 75 billion lire, 3 mln pesetas and 12 mln schillings."),
        [
            ("75 billion lire", "ITL"),
            ("3 mln pesetas", "ESP"),
            ("12 mln schillings", "ATS")
        ]
    );
    assert_eq!(money("a grant of 40 mln Ecus"), [("40 mln Ecus", "XEU")]);
    assert_eq!(
        money("It costs DM 2.5 billion."),
        [("DM 2.5 billion", "DEM")]
    );
}

#[test]
fn a_singular_mark_is_money_only_after_a_scale_word() {
    assert_eq!(
        money("It sold a 250 mln mark bond."),
        [("250 mln mark", "DEM")]
    );
    assert!(money("The index closed above the 1,500 mark.").is_empty());
}

#[test]
fn marks_after_a_bare_year_is_the_verb() {
    assert!(money("Their result in 2019 marks a turn for the group.").is_empty());
    assert_eq!(
        money("The dollar ended at 1.7920 marks."),
        [("1.7920 marks", "DEM")]
    );
    assert_eq!(money("It paid 2,019 marks."), [("2,019 marks", "DEM")]);
}

#[test]
fn a_shared_currency_word_takes_the_country_the_document_names_first() {
    assert_eq!(
        money("GENEVA, May 4 - The group earned 31 mln francs."),
        [("31 mln francs", "CHF")]
    );
    assert_eq!(
        money("The Belgian utility earned 31 mln francs, its Brussels office said."),
        [("31 mln francs", "BEF")]
    );
    assert_eq!(
        money("Oslo's budget shows 8 billion crowns for roads."),
        [("8 billion crowns", "NOK")]
    );
    assert_eq!(
        money("The Chilean miner lost 2 billion pesos."),
        [("2 billion pesos", "CLP")]
    );
    // No country named: the word's first country.
    assert_eq!(money("It lost 5 mln francs."), [("5 mln francs", "FRF")]);
}

#[test]
fn an_adjective_before_the_word_beats_the_document() {
    assert_eq!(
        money("ZURICH - The bank bought 5 mln French francs."),
        [("5 mln French francs", "FRF")]
    );
}

#[test]
fn withdrawn_codes_read_and_write_back() {
    let c: Currency = "NLG".parse().expect("a withdrawn code reads");
    assert_eq!(c.code(), "NLG");
    assert!(c.is_withdrawn());
    assert_eq!(
        "money:FRF"
            .parse::<QuantityKind>()
            .map(|k| k.to_string())
            .as_deref(),
        Ok("money:FRF")
    );
}
