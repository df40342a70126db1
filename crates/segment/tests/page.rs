//! Page structure of scraped pages and wire stories (examples written for these tests).

mod common;

use BlockKind::{Boilerplate, Dateline, Field, Heading, Navigation, Paragraph, Title};
use common::blocks;
use finnews_segment::BlockKind;

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

#[test]
fn lead_line_cut_from_its_dateline_runs_on() {
    // The dateline stood on its own line; the lead line was wrapped with it in front, so it is
    // short, and its last words run on to the next line.
    let text = "PORT AUTHORITY PLANS EXPANSION\n\nHALIFAX, Nova Scotia, May 4 -\n\nThe Halifax Port Authority\nsaid it will spend about 40 mln dlrs to extend its container\nterminal by 2028, the authority's chairman said on Monday.\n    The expansion adds two berths and raises capacity by\nabout one third, the chairman told a news conference here.\n Reuter";
    let b = blocks(text);
    assert_eq!(b[1], (Dateline, "HALIFAX, Nova Scotia, May 4 -"));
    assert_eq!(b[2].0, Paragraph);
    assert!(
        b[2].1.starts_with("The Halifax Port Authority\nsaid it"),
        "{b:?}"
    );
    assert!(b.iter().all(|(k, _)| *k != Heading), "{b:?}");
    // A label in capitals after the dateline stays a line of its own.
    let text = "PORT TRAFFIC\n\nHALIFAX, May 4 -\n\nCONTAINER VOLUMES\nContainer volumes rose to 42,000 units in April from 39,000\nunits in March, the port authority said on Monday in a note.\nBulk cargo fell to 1.2 mln tonnes from 1.4 mln tonnes.";
    let b = blocks(text);
    assert_eq!(b[2], (Heading, "CONTAINER VOLUMES"));
}

#[test]
fn indentation_counts_in_the_wrap_width() {
    // `Asia` would fit after `in` only without the paragraph indentation.
    let text = "Shipping lines said on Monday that they would raise the rates by\na tenth for containers moving through the ports of the region.\n    Freight forwarders said the increase would hit exporters in\nAsia most, as they have few other routes for their cargo now.\n";
    let b = blocks(text);
    assert_eq!(b.len(), 2, "{b:?}");
    assert!(b[1].1.starts_with("Freight forwarders"));
    assert!(b[1].1.ends_with("cargo now."));
}

#[test]
fn results_table_rows_one_field_each() {
    let text = "ACME INC 3RD QTR NET\n\nTULSA, Okla., Oct 3 -\n\nShr loss 14 cts vs profit nine cts\n    Net loss 1,200,000 vs profit 800,000\n    Nine mths\n    Shr profit four cts vs profit 31 cts\n    Avg shrs 8,100,000 vs 8,000,000\n    1986 nine mths\n    NOTE: 1987 net includes a charge of 2.1 mln dlrs for the\nclosing of a plant.\n Reuter";
    let b = blocks(text);
    assert_eq!(
        &b[2..7],
        [
            (Field, "Shr loss 14 cts vs profit nine cts"),
            (Field, "Net loss 1,200,000 vs profit 800,000"),
            (Field, "Nine mths"),
            (Field, "Shr profit four cts vs profit 31 cts"),
            (Field, "Avg shrs 8,100,000 vs 8,000,000"),
        ],
        "{b:?}"
    );
    // A label row before the note, the note (a key/value line with a sentence), the sign-off.
    assert_eq!(b[7], (Field, "1986 nine mths"));
    assert!(b[8].1.starts_with("NOTE: 1987 net") && b[8].1.ends_with("plant."));
    assert_eq!(b[9], (Boilerplate, "Reuter"));
    // Figures written as words after the comparator make a row too.
    let b = blocks(
        "ACME SETS PAYOUT\n\nTULSA, Okla., Oct 3 -\n\nQtly div six cts vs five cts prior\n    Pay Nov 15\n    Record Nov 1",
    );
    assert_eq!(b[2], (Field, "Qtly div six cts vs five cts prior"));
    assert_eq!(b[3], (Field, "Pay Nov 15"));
    // The first row running on after the wire dateline.
    let b = blocks(
        "ACME INC 3RD QTR NET\n\n    TULSA, Okla., Oct 3 - Shr 12 cts vs 40 cts\n    Net 1.2 mln vs 3.9 mln",
    );
    assert_eq!(b[1], (Dateline, "TULSA, Okla., Oct 3 -"));
    assert_eq!(b[2], (Field, "Shr 12 cts vs 40 cts"));
    assert_eq!(b[3], (Field, "Net 1.2 mln vs 3.9 mln"));
}

#[test]
fn a_line_of_figures_is_not_a_heading() {
    let b = blocks(
        "Example Bank News Story\n\n0.000.00%\nLast trade - 00:00\n\nThe bank reported higher profits.",
    );
    assert_eq!(b[1], (Navigation, "0.000.00%"));
}

#[test]
fn a_dateline_line_does_not_run_into_the_next_line() {
    let text = "港口吞吐量增长\n发布时间：2023-03-09 来源：港务局\n港口吞吐量同比增长5%。";
    let b = blocks(text);
    assert_eq!(b[1], (Dateline, "发布时间：2023-03-09 来源：港务局"));
    assert_eq!(b[2], (Paragraph, "港口吞吐量同比增长5%。"));
}

#[test]
fn tables_of_figures_and_one_column_tables_are_fields() {
    // A statistics table in columns, under a caption in title case.
    let text = "HARBOUR CARGO\n\nHALIFAX, May 4 -\n\nCargo Handled at Halifax Port\n              1987     1986\nContainers    12.4     11.9\nBulk           3.1      nil\nNote - figures are provisional.";
    let b = blocks(text);
    assert_eq!(b[2], (Heading, "Cargo Handled at Halifax Port"));
    assert_eq!(
        &b[3..6],
        [
            (Field, "1987     1986"),
            (Field, "Containers    12.4     11.9"),
            (Field, "Bulk           3.1      nil"),
        ],
        "{b:?}"
    );
    assert_eq!(b[6].0, Paragraph);
    // A one-column results table: short rows with a figure each.
    let text = "ACME INC YEAR NET\n\nTULSA, Okla., Oct 3 -\n\nShr 41 cts\n    Net 2,120,000\n    Revs 40.6 mln\n Reuter";
    let b = blocks(text);
    assert_eq!(
        &b[2..5],
        [
            (Field, "Shr 41 cts"),
            (Field, "Net 2,120,000"),
            (Field, "Revs 40.6 mln")
        ],
        "{b:?}"
    );
    // A comparison with an empty cell after the comparator.
    let b = blocks(
        "ACME INC YEAR NET\n\nTULSA, Okla., Oct 3 -\n\nShr nil vs 12 cts\n    Net 1,200 vs nil",
    );
    assert_eq!(b[2], (Field, "Shr nil vs 12 cts"));
    assert_eq!(b[3], (Field, "Net 1,200 vs nil"));
}

#[test]
fn headlines_in_capitals_are_titles_not_links_or_datelines() {
    // A link word at the start of a long headline in capitals.
    let b = blocks(
        "SHARE DEALINGS IN HARBOUR GROUP HALTED FOR TWO DAYS\n\nHALIFAX, May 4 -\n\nDealings were halted.",
    );
    assert_eq!(
        b[0],
        (Title, "SHARE DEALINGS IN HARBOUR GROUP HALTED FOR TWO DAYS")
    );
    // A headline ending in a date and a dash before its source is not a newswire dateline.
    let b = blocks(
        "PORT WILL TENDER FOR DREDGING ON MAY 8 - OFFICIALS\n\nHALIFAX, May 4 -\n\nThe port will tender.",
    );
    assert_eq!(
        b[0],
        (Title, "PORT WILL TENDER FOR DREDGING ON MAY 8 - OFFICIALS")
    );
    assert_eq!(b[1], (Dateline, "HALIFAX, May 4 -"));
    // A row of figures under a short title does not take the title's place.
    let b = blocks(
        "HARBOUR FUTURES 11:20 EDT\n\nMAY7 285 1/4            UP  1 3/4\nJUL7 280 1/4            OFF   1/2",
    );
    assert_eq!(b[0], (Title, "HARBOUR FUTURES 11:20 EDT"));
    // Two rows of figures under the headline are a quote table: fields, not page chrome.
    assert_eq!(b[1], (Field, "MAY7 285 1/4            UP  1 3/4"));
    assert_eq!(b[2], (Field, "JUL7 280 1/4            OFF   1/2"));
}

#[test]
fn a_table_under_a_dateline_running_into_its_lead() {
    let text = "HARBOUR CARGO DETAILED\n\n    HALIFAX, May 4 - The port gave the following cargo figures,\nin mln tonnes, with comparisons --\n    Containers    12.4     11.9\n    Bulk           3.1      2.8\n    Total         15.5     14.7";
    let b = blocks(text);
    assert_eq!(b[1], (Dateline, "HALIFAX, May 4 -"));
    assert_eq!(b[2].0, Paragraph);
    assert_eq!(
        &b[3..],
        [
            (Field, "Containers    12.4     11.9"),
            (Field, "Bulk           3.1      2.8"),
            (Field, "Total         15.5     14.7")
        ],
        "{b:?}"
    );
}
