//! One test per cue of the cue table, through the public API.

use finnews_segment::{BlockKind, BlockKind::*, Options, segment};

fn kinds(text: &str) -> Vec<(BlockKind, String)> {
    let seg = segment(text, &Options::default());
    seg.blocks
        .iter()
        .map(|b| (b.kind, text[b.span.range()].to_owned()))
        .collect()
}

fn sentences(text: &str) -> Vec<String> {
    let seg = segment(text, &Options::default());
    seg.sentences
        .iter()
        .map(|s| {
            text[s.span.range()]
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect()
}

#[test]
fn hard_wrapped_newswire_is_joined() {
    let text = "Title line\n\nShowers continued throughout the week in\nthe Bahia cocoa zone, alleviating the drought since early\nJanuary and improving prospects for the coming temporao,\nalthough normal humidity levels have not been restored,\nComissaria Smith said in its weekly review.\n    The dry period means the temporao will be late this year.\n";
    let k = kinds(text);
    assert_eq!(k.len(), 3, "{k:?}");
    assert_eq!(k[1].0, Paragraph);
    assert!(k[1].1.ends_with("weekly review."));
    assert_eq!(sentences(text).len(), 3);
}

#[test]
fn indentation_starts_a_paragraph() {
    let text = "It said proceeds from the offering will be used to finance a deal.\n    The company said it expects the offering to be priced at 20\ndlrs per unit.\n    It also said the plan was approved by the board of directors.";
    let k = kinds(text);
    assert_eq!(k.len(), 3, "{k:?}");
}

#[test]
fn lower_case_continuation_joins_but_short_lines_do_not() {
    assert_eq!(kinds("It was a cold \nnight in the city.").len(), 1);
    assert_eq!(
        kinds("features\ncontact manager\nevents, activities\n").len(),
        3
    );
}

#[test]
fn cjk_line_ends() {
    assert_eq!(kinds("これは父の\n家です。").len(), 1);
    assert_eq!(kinds("これは山です \nこれは山です").len(), 2);
}

#[test]
fn fragments_are_one_word() {
    assert_eq!(sentences("W\nA\nRN\nI\nNG\n"), ["W A RN I NG"]);
}

#[test]
fn list_markers() {
    let text = "Intro paragraph of the story, with a full sentence.\n\n• first item\n- second item\n* third item\n1. fourth item\n(a) fifth item\n① sixth item";
    let k = kinds(text);
    assert_eq!(k.len(), 7, "{k:?}");
    assert!(k[1..].iter().all(|(kind, _)| *kind == ListItem), "{k:?}");
}

#[test]
fn breadcrumb_before_title_is_navigation() {
    let text = "1. Home\n2. News\n3. Story headline here\n\nNews\n\nStory headline here\n\nBody text of the story. More.";
    let k: Vec<_> = kinds(text).into_iter().map(|(k, _)| k).collect();
    assert_eq!(
        k,
        [
            Navigation, Navigation, Navigation, Navigation, Title, Paragraph
        ]
    );
}

#[test]
fn key_value_fields() {
    let k = kinds("Body text comes first.\n\nArea: 508km2 Population: approx. 700,000");
    assert_eq!(k[1], (Field, "Area: 508km2".to_owned()));
    assert_eq!(k[2], (Field, "Population: approx. 700,000".to_owned()));
}

#[test]
fn table_rows_without_colon_are_fields() {
    let k = kinds(
        "Some body text here.\n\nBasic data Located in the north\nArea: 12km2\nGDP USD 1.5 billion",
    );
    assert!(k[1..].iter().all(|(kind, _)| *kind == Field), "{k:?}");
}

#[test]
fn long_key_value_is_not_a_field() {
    let k = kinds(
        "Body text comes first.\n\nReference: Overview of the Changzhou National High Tech District",
    );
    assert_eq!(k[1].0, Heading);
}

#[test]
fn boilerplate_and_footer_zone() {
    let k = kinds(
        "Title\n\nBody sentence here.\n\nShare this article\n\nOur global newsroom\nBack to top",
    );
    let k: Vec<_> = k.into_iter().map(|(k, _)| k).collect();
    assert_eq!(k, [Title, Paragraph, Boilerplate, Boilerplate, Boilerplate]);
}

#[test]
fn menus_are_navigation() {
    let k = kinds("Home | Markets | Companies\n\nHeadline\n\nBody.");
    assert_eq!(k[0].0, Navigation);
}

#[test]
fn title_then_headings() {
    let k = kinds(
        "Bank profits rise\n\nBody sentence one. Body two.\n\nOutlook for next year\n\nMore body text.",
    );
    let k: Vec<_> = k.into_iter().map(|(k, _)| k).collect();
    assert_eq!(k, [Title, Paragraph, Heading, Paragraph]);
}

#[test]
fn date_only_line_is_a_dateline() {
    let k = kinds("Headline\n\nSeptember 29, 2020\n\nBody.");
    assert_eq!(k[1], (Dateline, "September 29, 2020".to_owned()));
    // Only before the body.
    let k = kinds("Body first.\n\nSeptember 29, 2020");
    assert_ne!(k[1].0, Dateline);
}

fn wire(line: &str) -> Option<usize> {
    let dash = line.find(" - ")?;
    line[..dash].contains(", ").then_some(dash)
}

#[test]
fn newswire_dateline_prefix_is_its_own_block() {
    let opts = Options::default().with_dateline_detector(wire);
    let text = "COCOA REVIEW\n\nSALVADOR, Feb 26 - Showers continued throughout the week.";
    let seg = segment(text, &opts);
    let k: Vec<_> = seg
        .blocks
        .iter()
        .map(|b| (b.kind, &text[b.span.range()]))
        .collect();
    assert_eq!(
        k,
        [
            (Title, "COCOA REVIEW"),
            (Dateline, "SALVADOR, Feb 26 -"),
            (Paragraph, "Showers continued throughout the week.")
        ]
    );
}

#[test]
fn line_ending_variants() {
    let lf = kinds("Title\n\nOne line.\nTwo line.");
    for t in [
        "Title\r\n\r\nOne line.\r\nTwo line.",
        "Title\r\rOne line.\rTwo line.",
        "Title\u{2029}One line.\u{2028}Two line.",
        "Title\u{0c}One line.\nTwo line.",
    ] {
        let k: Vec<_> = kinds(t)
            .into_iter()
            .map(|(k, s)| (k, s.replace(['\r', '\u{2028}'], "\n")))
            .collect();
        assert_eq!(k, lf, "{t:?}");
    }
}

#[test]
fn bom_is_white_space() {
    let text = "\u{feff}Title\n\nBody.";
    let seg = segment(text, &Options::default());
    assert_eq!(seg.blocks[0].span.range(), 3..8);
}

#[test]
fn abbreviations_and_initials() {
    assert_eq!(
        sentences("Mizuho Bank, Ltd. signed it. Mr. J. P. Morgan agreed."),
        ["Mizuho Bank, Ltd. signed it.", "Mr. J. P. Morgan agreed."]
    );
    assert_eq!(
        sentences("They work for ABC Corp. They like it."),
        ["They work for ABC Corp.", "They like it."]
    );
    assert_eq!(
        sentences("I live in the U.S. How about you?"),
        ["I live in the U.S.", "How about you?"]
    );
    assert_eq!(
        sentences("The U.S. Government agreed."),
        ["The U.S. Government agreed."]
    );
    assert_eq!(
        sentences("Population: approx. 700,000 people. No. 5 won."),
        ["Population: approx. 700,000 people.", "No. 5 won."]
    );
    assert_eq!(
        sentences("It opens Sept. 30 e.g. Monday."),
        ["It opens Sept. 30 e.g. Monday."]
    );
}

#[test]
fn numbers_and_amounts() {
    assert_eq!(
        sentences("Loans rose 12.99% to US$1.5bn. Deposits fell."),
        ["Loans rose 12.99% to US$1.5bn.", "Deposits fell."]
    );
}

#[test]
fn ellipses_quotes_brackets() {
    assert_eq!(
        sentences("I never meant that.... She left."),
        ["I never meant that....", "She left."]
    );
    assert_eq!(
        sentences("He said, \"It is great.\" She agreed."),
        ["He said, \"It is great.\"", "She agreed."]
    );
    assert_eq!(
        sentences("He teaches (He worked as an engineer.) at school."),
        ["He teaches (He worked as an engineer.) at school."]
    );
}

#[test]
fn enumerations() {
    assert_eq!(
        sentences("1. The first item 2. The second item"),
        ["1. The first item", "2. The second item"]
    );
    assert_eq!(
        sentences("As payment for 1. above, pay 2. above."),
        ["As payment for 1. above, pay 2. above."]
    );
}

#[test]
fn cjk_sentences() {
    assert_eq!(
        sentences("我们明天一起去看《摔跤吧！爸爸》好吗？好！"),
        ["我们明天一起去看《摔跤吧！爸爸》好吗？", "好！"]
    );
    assert_eq!(
        sentences("「はい。」と言った。次です。"),
        ["「はい。」と言った。", "次です。"]
    );
    assert_eq!(
        sentences("Revenue rose 5%。利润增长。Profit rose."),
        ["Revenue rose 5%。", "利润增长。", "Profit rose."]
    );
}

#[test]
fn rules_and_leaders_are_not_text() {
    assert_eq!(
        sentences("==========\nHeader starts here"),
        ["Header starts here"]
    );
    assert_eq!(sentences("Chapter 2 ........... 16-17"), ["Chapter 2"]);
    assert_eq!(
        sentences("I never meant that...."),
        ["I never meant that...."]
    );
}

#[test]
fn prose_words_and_tickers_are_not_links() {
    let k = kinds("FEDERAL CO PREDICTS RECORD EARNINGS PER SHARE\n\nBody.");
    assert_eq!(k[0].0, Title);
    let k = kinds("GENERAL ELECTRIC <GE> TO BUY KRAFT <KRA> UNIT\n\nBody.");
    assert_eq!(k[0].0, Title);
    let k = kinds("Print this page\n\nHeadline\n\nBody.");
    assert_eq!(k[0].0, Boilerplate);
}
