//! Page structure of scraped pages and wire stories (examples written for these tests).

use BlockKind::{Boilerplate, Dateline, Field, Heading, Navigation, Paragraph, Title};
use finnews_segment::{BlockKind, Options, segment};

fn blocks(text: &str) -> Vec<(BlockKind, &str)> {
    segment(text, &Options::default())
        .blocks
        .iter()
        .map(|b| (b.kind, &text[b.span.range()]))
        .collect()
}

#[test]
fn first_line_of_a_wrapped_paragraph_is_not_a_heading() {
    let text = "ACME TO SELL UNIT\n\n    TULSA, Okla., March 3 - Acme Inc said it sold its\nvalve unit to a group of investors for 12 mln dlrs.\n    The sale closes in April.\n Reuter";
    let b = blocks(text);
    assert_eq!(b[0], (Title, "ACME TO SELL UNIT"));
    assert_eq!(b[1], (Dateline, "TULSA, Okla., March 3 -"));
    assert_eq!(b[2].0, Paragraph);
    assert!(b.iter().all(|(k, _)| *k != Heading), "{b:?}");
    assert_eq!(b.last(), Some(&(Boilerplate, "Reuter")));
}

#[test]
fn results_rows_are_fields() {
    let text = "ACME INC 1ST QTR NET\n\n    TULSA, Okla., March 3 -\n    Shr profit 12 cts vs loss 40 cts\n    Net 1.2 mln vs loss 3.9 mln\n    Revs 25.1 mln vs 22.0 mln";
    let b = blocks(text);
    assert_eq!(b[0].0, Title);
    assert_eq!(
        &b[2..],
        [
            (Field, "Shr profit 12 cts vs loss 40 cts"),
            (Field, "Net 1.2 mln vs loss 3.9 mln"),
            (Field, "Revs 25.1 mln vs 22.0 mln")
        ]
    );
}

#[test]
fn the_headline_is_the_title_not_the_page_chrome() {
    let text = "Image of Example Bank logo\n\nEXB Example Bank Story\n\nEXB - Example Bank PLC - Half-year results for the six months\n\nThe bank reported higher profits for the half year.";
    let b = blocks(text);
    let titles: Vec<_> = b.iter().filter(|(k, _)| *k == Title).collect();
    assert_eq!(
        titles,
        [&(
            Title,
            "EXB - Example Bank PLC - Half-year results for the six months"
        )]
    );
    assert_eq!(b[0].0, Boilerplate);
    assert_eq!(b[1].0, Navigation);
    // A site name in lower case before the headline.
    let b = blocks("newsdesk\n\nHarbour Traffic Rises to a Record\n\nTraffic rose.");
    assert_eq!(b[0], (Navigation, "newsdesk"));
    assert_eq!(b[1], (Title, "Harbour Traffic Rises to a Record"));
    // A headline with a digit under a site name on the next line.
    let b =
        blocks("City Portal\n¥12.5b spent on schools\nFrom: City Daily\n\nThe city spent more.");
    assert_eq!(b[1], (Title, "¥12.5b spent on schools"));
    assert_eq!(b[0].0, Navigation);
}

#[test]
fn widgets_tags_and_banners_are_not_content() {
    let b = blocks(
        "Harbour traffic rises\n\nTraffic rose.\n\n- 3 Comment(s)\n\n• x\n\n扫一扫在手机打开当前页",
    );
    assert_eq!(b[2].0, Boilerplate);
    assert_eq!(b[3].0, Boilerplate);
    assert_eq!(b[4].0, Boilerplate);
    let b = blocks("Central banks (12)\n\nThe central bank cut rates.");
    assert_eq!(b[0], (Navigation, "Central banks (12)"));
    assert!(b.iter().all(|(k, _)| *k != Title));
}

#[test]
fn cjk_headline_over_its_story_is_the_title() {
    let text = "【市場】港湾の取扱量が過去最高\n港湾の取扱量は前年比で5%増え、過去最高を更新した。港湾当局によると、輸出の増加が寄与したという。今後も増加が見込まれている。";
    let b = blocks(text);
    assert_eq!(b[0], (Title, "【市場】港湾の取扱量が過去最高"));
    assert_eq!(b[1].0, Paragraph);
}

#[test]
fn all_capitals_headlines_with_brackets_or_abbreviations() {
    let b = blocks("(ACME CORP) YEAR NET\n\nShr 12 cts vs 40 cts");
    assert_eq!(b[0], (Title, "(ACME CORP) YEAR NET"));
    let b = blocks("EXPORTS TO U.S.\n\nExports rose.");
    assert_eq!(b[0], (Title, "EXPORTS TO U.S."));
}
