//! A soft line wrap inside a paragraph is whitespace to the grammar; a block boundary is not.

use finnews_quantity::{Options, QuantityKind, extract};
use proptest::prelude::*;

fn read(text: &str) -> Vec<(String, String, String)> {
    extract(text, &Options::default())
        .iter()
        .map(|q| (q.text.to_owned(), q.kind.to_string(), q.amount.to_string()))
        .collect()
}

#[test]
fn a_wrapped_amount_is_one_mention_whose_span_holds_the_break() {
    let text = "Exports rose by 12.25\nbillion yen in the year.";
    let found = extract(text, &Options::default());
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].text, "12.25\nbillion yen");
    assert_eq!(&text[found[0].span.range()], found[0].text);
    assert_eq!(found[0].amount.to_string(), "12250000000");
}

#[test]
fn a_wrapped_percentage_and_a_wrapped_crlf_amount() {
    assert_eq!(
        read("a stake of 41\npct in the unit"),
        [("41\npct".into(), "percent:percent".into(), "41".into())]
    );
    let crlf = read("sold for 7.5\r\nmln dlrs");
    assert_eq!(crlf.len(), 1);
    assert_eq!(crlf[0].0, "7.5\r\nmln dlrs");
    assert_eq!(crlf[0].1, "money:USD");
}

#[test]
fn a_blank_line_or_an_indented_line_is_not_a_wrap() {
    for text in [
        "The total was 64\n\npct of it",
        "The total was 64\n    pct of it",
    ] {
        let found = extract(text, &Options::default());
        assert_eq!(found.len(), 1, "{text:?}");
        assert_eq!(found[0].text, "64");
        assert_eq!(found[0].kind, QuantityKind::Number);
    }
}

proptest! {
    /// Replacing one space of a sentence by a line break (a soft wrap) changes no mention's
    /// kind, value or span; only its text shows the break.
    #[test]
    fn a_soft_wrap_reads_like_a_space(
        words in prop::collection::vec(prop::sample::select(vec![
            "sales", "rose", "about", "12.5", "pct", "to", "3.4", "billion", "dlrs", "in",
            "1987", "from", "one", "mln", "yen", "a", "share", "up", "more", "than", "45",
        ]), 2..14),
        at in any::<prop::sample::Index>(),
    ) {
        let line = words.join(" ");
        let spaces: Vec<usize> = line.match_indices(' ').map(|(i, _)| i).collect();
        prop_assume!(!spaces.is_empty());
        let i = spaces[at.index(spaces.len())];
        let mut wrapped = line.clone();
        wrapped.replace_range(i..=i, "\n");
        let one: Vec<_> = extract(&line, &Options::default())
            .iter().map(|q| (q.span, q.kind, q.amount.to_string())).collect();
        let two: Vec<_> = extract(&wrapped, &Options::default())
            .iter().map(|q| (q.span, q.kind, q.amount.to_string())).collect();
        prop_assert_eq!(one, two);
    }
}
