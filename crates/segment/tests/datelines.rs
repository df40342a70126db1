//! Datelines in the shapes newswires and sites write them (examples written for these tests).

mod common;

use common::blocks;
use finnews_segment::{BlockKind, DatelineDate, dateline};

fn day(year: i32, month: u8, day: u8) -> Option<DatelineDate> {
    Some(DatelineDate::Day { year, month, day })
}

/// The dateline block of `text` and the date read from it.
fn found(text: &str) -> (String, Option<DatelineDate>) {
    let b = blocks(text);
    let (_, t) = b
        .iter()
        .find(|(k, _)| *k == BlockKind::Dateline)
        .unwrap_or_else(|| panic!("no dateline in {b:?}"));
    (t.to_string(), dateline(t).and_then(|d| d.date))
}

#[test]
fn newswire_with_region_runs_into_the_body() {
    let text = "ACME SELLS UNIT\n\nDENVER, Colo., Feb 26 - Acme Corp said it sold its\nunit for 12 mln dlrs.";
    let b = blocks(text);
    assert_eq!(b[1], (BlockKind::Dateline, "DENVER, Colo., Feb 26 -"));
    assert_eq!(b[2].0, BlockKind::Paragraph);
    assert!(b[2].1.starts_with("Acme Corp said"));
    assert_eq!(
        dateline("DENVER, Colo., Feb 26 -").unwrap().date,
        Some(DatelineDate::MonthDay { month: 2, day: 26 })
    );
}

#[test]
fn newswire_on_its_own_line_and_without_region() {
    let text = "GRAIN PRICES FIRM\n\n    OMAHA, March 2 -\n\nGrain prices rose on Monday.";
    assert_eq!(found(text).0, "OMAHA, March 2 -");
    // Title-case place, two regions, a `Reuter` tag.
    assert!(dateline("Halifax, Nova Scotia, April 3 - Fishing").is_some());
    assert!(dateline("OSLO, March 12, Reuter - Norway").is_some());
    // A headline with a date and a dash is not a dateline (a sentence, not a place).
    assert!(dateline("Oil prices rose March 3 - a record").is_none());
}

#[test]
fn labelled_dates() {
    assert_eq!(
        found("Harbour revenue up\nUpdated: 2021-02-03\n\nRevenue rose.").1,
        day(2021, 2, 3)
    );
    assert_eq!(
        found("港口收入增长\n\n发布时间：2022-08-09\n\n收入增长。").1,
        day(2022, 8, 9)
    );
    assert_eq!(
        found("決算短信\n\n発表日：2023年5月12日\n\n売上高は増加した。").1,
        day(2023, 5, 12)
    );
    assert_eq!(
        found("決算短信\n\n公表日 2023年5月12日(金)\n\n売上高は増加した。").1,
        day(2023, 5, 12)
    );
    // A label, a date and a newswire place: the paragraph starts after the dash.
    let text = "date 2022-11-30 OSAKA -- Factory output grew in November.";
    let b = blocks(text);
    assert_eq!(b[0], (BlockKind::Dateline, "date 2022-11-30 OSAKA --"));
    assert_eq!(
        b[1],
        (BlockKind::Paragraph, "Factory output grew in November.")
    );
    // A label and a date followed by other text: the dateline is the label and the date.
    let text = "date 2022-11-30 Statistics Office of the Region of Somewhere";
    assert_eq!(blocks(text)[0], (BlockKind::Dateline, "date 2022-11-30"));
}

#[test]
fn date_lines() {
    assert_eq!(
        found("Harbour report\n\n9 June 2018\n\nTraffic grew.").1,
        day(2018, 6, 9)
    );
    assert_eq!(
        found("Harbour report\n\nWednesday, May 6, 2026\n\nTraffic grew.").1,
        day(2026, 5, 6)
    );
    assert_eq!(
        found("Harbour report\n\nMon Feb 3, 2025 9:05 am EST Markets\n\nTraffic grew.").1,
        day(2025, 2, 3)
    );
    assert_eq!(
        found("Harbour report\n\n2019-10-04 16:45\n\nTraffic grew.").1,
        day(2019, 10, 4)
    );
    assert_eq!(
        found("港口报告\n\n2020年3月8日 09:15\n\n吞吐量增长。").1,
        day(2020, 3, 8)
    );
    assert_eq!(
        found("港口报告\n\n2020年03月08日 09:15 来源：本地日报\n\n吞吐量增长。").0,
        "2020年03月08日 09:15 来源：本地日报"
    );
    // An impossible day is not a date.
    assert!(dateline("2019-02-30").is_none());
    // A date opening a sentence is not a dateline.
    assert!(dateline("March 4, 2025 was a busy day for the port.").is_none());
}

#[test]
fn key_value_line_ending_in_a_date() {
    let text = "Notice of results\n\nPlease read the attached notice, which explains everything.\n\nRef No : 1234Q  Example Holdings PLC  28 February 2023\n\nResults rose.";
    assert_eq!(
        found(text),
        (
            "Ref No : 1234Q  Example Holdings PLC  28 February 2023".to_owned(),
            day(2023, 2, 28)
        )
    );
}

#[test]
fn closing_source_line_when_nothing_above_dates_the_story() {
    let text =
        "Port traffic rises\n\nTraffic at the port rose 5 percent.\n\n(Harbour News, May 7, 2019)";
    assert_eq!(found(text).1, day(2019, 5, 7));
    // Only one dateline: a story dated above keeps that one.
    let text = "Port traffic rises\n\nMay 1, 2019\n\nTraffic rose.\n\n(Harbour News, May 7, 2019)";
    assert_eq!(found(text).1, day(2019, 5, 1));
}

#[test]
fn prose_is_not_a_dateline() {
    for line in [
        "The company said on March 2 that sales rose.",
        "2024 was a record year.",
        "Revenue: up 5% in 2023 compared with 2022.",
        "SALES ROSE 5 PCT",
        "(Reporting by Jane Doe; Editing by John Roe)",
    ] {
        assert!(dateline(line).is_none(), "{line}");
    }
}

#[test]
fn newswire_dateline_run_into_a_lede_on_a_page() {
    let text = "Chip sales rise\nSales rose in May, the group said on its page OTTAWA—June 5, 2024—The Example Association today announced sales.";
    let b = blocks(text);
    assert_eq!(b[2], (BlockKind::Dateline, "OTTAWA—June 5, 2024—"));
    assert_eq!(b[3].1, "The Example Association today announced sales.");
    assert_eq!(dateline(b[2].1).and_then(|d| d.date), day(2024, 6, 5));
}

#[test]
fn a_dash_joined_to_the_body_still_ends_the_dateline() {
    assert_eq!(
        dateline("OMAHA, March 2 -The exchange said").unwrap().len,
        "OMAHA, March 2 -".len()
    );
    // A hyphenated word after the day is not a dash.
    assert!(dateline("OMAHA, March 2-based").is_none());
}

#[test]
fn chinese_newswire_dateline() {
    let text = "中新社广州3月9日电(记者张三)广州港今年前两个月货物吞吐量同比增长5%。";
    let b = blocks(text);
    assert_eq!(b[0], (BlockKind::Dateline, "中新社广州3月9日电"));
    assert_eq!(b[1].0, BlockKind::Paragraph);
    assert!(b[1].1.starts_with("(记者张三)广州港"));
    assert_eq!(
        dateline(b[0].1).and_then(|d| d.date),
        Some(DatelineDate::MonthDay { month: 3, day: 9 })
    );
    // With its year.
    assert_eq!(
        dateline("本报天津2022年11月30日電 天津港吞吐量增长。").map(|d| (d.len, d.date)),
        Some(("本报天津2022年11月30日電".len(), day(2022, 11, 30)))
    );
    // A sentence with a date and no `电` is not one.
    assert!(dateline("广州港3月9日发布数据显示吞吐量增长。").is_none());
    assert!(dateline("广州港3月32日电").is_none());
}

#[test]
fn bylines_source_lines_and_bracketed_labels_with_dates() {
    assert_eq!(
        found("Harbour report\n\nBy Ann Lee | June 9, 2018\n\nTraffic grew.").1,
        day(2018, 6, 9)
    );
    assert_eq!(
        found("港口报告\n\n来源：港务局 2020-03-08 09:15\n\n吞吐量增长。").1,
        day(2020, 3, 8)
    );
    assert_eq!(
        found("港口报告\n\n【发布时间：2020-03-08】\n\n吞吐量增长。"),
        ("【发布时间：2020-03-08】".to_owned(), day(2020, 3, 8))
    );
    // Separators, `at`, and a short trailer after the time.
    assert_eq!(
        found("Harbour report\n\nJune 9, 2018 / 9:05 AM / Updated an hour ago\n\nTraffic grew.").0,
        "June 9, 2018 / 9:05 AM / Updated an hour ago"
    );
    assert_eq!(
        found("Harbour report\n\nJune 9, 2018 at 9:05 a.m. EDT\n\nTraffic grew.").0,
        "June 9, 2018 at 9:05 a.m. EDT"
    );
    // Day, month and year with periods.
    assert_eq!(
        found("Harbour report\n\n09.06.2018\n\nTraffic grew.").1,
        day(2018, 6, 9)
    );
    assert!(dateline("31.02.2018").is_none());
    // Prose opening with `By` and a date is not a byline.
    assert!(dateline("By June 9, 2018 the port had grown by a third.").is_none());
    assert!(dateline("By Ann Lee, who said traffic grew on June 9, 2018.").is_none());
}
