//! Scraped pages as they come to text: wire tags after datelines, era dates, menus, breadcrumb
//! labels, footers and CJK headlines (examples written for these tests).

mod common;

use BlockKind::{Boilerplate, Dateline, Navigation, Paragraph, Title};
use common::blocks;
use finnews_segment::{BlockKind, DatelineDate, Options, dateline, segment};

#[test]
fn a_wire_service_tag_after_the_date_belongs_to_the_dateline() {
    for (line, head) in [
        (
            "OSLO, May 4 (Reuters) - Norway's wealth fund said",
            "OSLO, May 4 (Reuters) -",
        ),
        (
            "LIMA, June 9 (AP) — Peru's central bank held",
            "LIMA, June 9 (AP) —",
        ),
        (
            "DALLAS, Oct. 12, 2025 /PRNewswire/ -- Zeta Corp. today reported",
            "DALLAS, Oct. 12, 2025 /PRNewswire/ --",
        ),
        (
            "AUSTIN, Texas, Jan. 8, 2026 /Business Wire/ - Omega Inc. said",
            "AUSTIN, Texas, Jan. 8, 2026 /Business Wire/ -",
        ),
    ] {
        let d = dateline(line).unwrap_or_else(|| panic!("{line}"));
        assert_eq!(&line[..d.len], head);
    }
    // The tag between dashes before the date (`CITY--(SERVICE)--date--`).
    for (line, head) in [
        (
            "DENVER--(BUSINESS WIRE)--Sep. 9, 2025-- Kappa Mining Corp. posted",
            "DENVER--(BUSINESS WIRE)--Sep. 9, 2025--",
        ),
        (
            "SANTA CLARA, Calif.--(BUSINESS WIRE)--Nov. 20, 2025--Lambda Chips Inc. said",
            "SANTA CLARA, Calif.--(BUSINESS WIRE)--Nov. 20, 2025--",
        ),
        (
            "LAS VEGAS -- (GLOBE NEWSWIRE) -- June 2, 2026 -- Mu Gaming said",
            "LAS VEGAS -- (GLOBE NEWSWIRE) -- June 2, 2026 --",
        ),
    ] {
        let d = dateline(line).unwrap_or_else(|| panic!("{line}"));
        assert_eq!(&line[..d.len], head);
    }
    // A bracket that is no short name, or no dash after it: no dateline.
    assert!(dateline("OSLO, May 4 (the fund said 12 stocks) - x").is_none());
    assert!(dateline("OSLO, May 4 (Reuters) Norway's fund said").is_none());
    let text = "Fund sells bonds\n\nOSLO, May 4 (Reuters) - The fund sold bonds on Monday.";
    let b = blocks(text);
    assert_eq!(b[1], (Dateline, "OSLO, May 4 (Reuters) -"));
    assert_eq!(b[2], (Paragraph, "The fund sold bonds on Monday."));
}

#[test]
fn era_dates_are_datelines() {
    assert_eq!(
        dateline("令和7年11月20日").unwrap().date,
        Some(DatelineDate::Day {
            year: 2025,
            month: 11,
            day: 20
        })
    );
    assert_eq!(
        dateline("平成31年4月").unwrap().date,
        Some(DatelineDate::Month {
            year: 2019,
            month: 4
        })
    );
    assert_eq!(
        dateline("令和元年5月1日").unwrap().date,
        Some(DatelineDate::Day {
            year: 2019,
            month: 5,
            day: 1
        })
    );
    assert!(dateline("令和年").is_none());
    let seg = segment(
        "令和7年11月20日\n財務省\n\n国債の発行について",
        &Options::default(),
    );
    assert_eq!(
        seg.dateline_date,
        Some(DatelineDate::Day {
            year: 2025,
            month: 11,
            day: 20
        })
    );
}

#[test]
fn a_date_running_into_a_cjk_phrase_is_no_date_line() {
    // `2025年10月の家計調査` is a title about October, not the page's date.
    assert!(dateline("2025年10月の家計調査").is_none());
    let text =
        "2025年10月の家計調査\n\n発表日：2025年12月5日\n\n消費支出は前年同月比1.2%増加した。";
    let seg = segment(text, &Options::default());
    assert_eq!(
        seg.dateline_date,
        Some(DatelineDate::Day {
            year: 2025,
            month: 12,
            day: 5
        })
    );
    assert_eq!(blocks(text)[0], (Title, "2025年10月の家計調査"));
}

#[test]
fn long_menus_breadcrumb_labels_and_skip_links_are_navigation() {
    let text = "Skip to content\nHome | Markets | Economy | Companies | Opinion | Data\n\nYou are here: Home > Economy\n\nFactory orders rise in May\n\nOrders rose 2% in May.";
    let b = blocks(text);
    assert_eq!(b[0].0, Navigation);
    assert_eq!(b[1].0, Navigation);
    assert_eq!(b[2].0, Navigation);
    assert_eq!(b[3], (Title, "Factory orders rise in May"));
    let b = blocks("您的位置：首页 > 要闻\n\n外汇储备连续三个月上升\n\n正文。");
    assert_eq!(b[0].0, Navigation);
    assert_eq!(b[1].0, Title);
    // A headline with bars but long entries is no menu.
    let b = blocks(
        "Stocks rally as bond yields fall back from highs | Dollar slips against yen\n\nText.",
    );
    assert_eq!(b[0].0, Title);
}

#[test]
fn copyright_lines_and_cookie_banners_are_boilerplate() {
    let text = "Rates unchanged\n\nThe bank kept rates unchanged.\n\nCopyright 2025 Example News Ltd. All rights reserved. Not for redistribution.\n\nThis website uses cookies. By continuing you agree to our use of cookies.";
    let b = blocks(text);
    assert_eq!(b[2].0, Boilerplate);
    assert_eq!(b[3].0, Boilerplate);
    // `Copyright` as a word of prose is not a notice.
    let b = blocks("Rates unchanged\n\nCopyright law was amended in 1998.");
    assert_eq!(b[1].0, Paragraph);
}

#[test]
fn a_cjk_who_what_headline_before_the_title_is_the_title() {
    let text = "财政部：前10个月国有企业利润总额同比增长1.5%\n\n2025年11月25日 09:30 来源：人民网\n\n正文。";
    let b = blocks(text);
    assert_eq!(b[0].0, Title);
    assert_eq!(b[1].0, Dateline);
    // After the title, a short key/value line stays a field.
    let b = blocks("外汇储备上升\n\n作者：张三\n\n正文。");
    assert_eq!(b[1].0, BlockKind::Field);
}

#[test]
fn cjk_link_lines_stay_apart() {
    let text = "売上高は増加した。\n\nこのページを印刷する\nページの先頭へ戻る";
    let b = blocks(text);
    assert_eq!(
        &b[1..],
        [
            (Boilerplate, "このページを印刷する"),
            (Boilerplate, "ページの先頭へ戻る")
        ]
    );
}

#[test]
fn a_time_abbreviation_before_a_time_zone_ends_no_sentence() {
    let text = "The company will hold a call on Friday at 9:30 a.m. PT. Shares of the group rose \
                after the close, and the board meets at 4 p.m. EST to vote on the plan.";
    let s: Vec<&str> = segment(text, &Options::default())
        .sentences
        .iter()
        .map(|s| &text[s.span.range()])
        .collect();
    assert_eq!(s.len(), 2, "{s:?}");
    assert!(s[0].ends_with("a.m. PT."), "{s:?}");
    // Before another capitalised word, the period still ends the sentence.
    let text = "The auction closes each day at 4 p.m. Bids after that are void.";
    let s = segment(text, &Options::default()).sentences;
    assert_eq!(s.len(), 2);
}

fn reference(text: &str) -> Option<DatelineDate> {
    let seg = segment(text, &Options::default());
    seg.blocks
        .iter()
        .find(|b| b.kind == Dateline)
        .and_then(|b| dateline(&text[b.span.range()]))
        .and_then(|d| d.date)
}

#[test]
fn a_document_kind_label_before_a_separator_dates_the_page() {
    let text = "Harbour Bank lowers its deposit rate\n\nNews release | 7 March 2026\n\nThe \
                board of Harbour Bank lowered its deposit rate on Friday.\n";
    let b = blocks(text);
    assert_eq!(b[0], (Title, "Harbour Bank lowers its deposit rate"));
    assert_eq!(b[1], (Dateline, "News release | 7 March 2026"));
    assert_eq!(
        reference(text),
        Some(DatelineDate::Day {
            year: 2026,
            month: 3,
            day: 7
        })
    );
}

#[test]
fn an_edition_month_in_a_title_gives_way_to_the_real_date_line() {
    let text = "Tractor Exports: May 2026\n\nLisbon, 19 June 2026\n\nExports of tractors fell \
                4 percent in May, the association said.\n";
    let b = blocks(text);
    assert_eq!(b[0], (Title, "Tractor Exports: May 2026"));
    assert_eq!(b[1], (Dateline, "Lisbon, 19 June 2026"));
    let text = "Retail trade, Freedonia: May 2026\n\nRelease date: 2 July 2026\n\nRetail \
                sales rose in May.\n";
    let b = blocks(text);
    assert_eq!(b[0], (Title, "Retail trade, Freedonia: May 2026"));
    assert_eq!(
        reference(text),
        Some(DatelineDate::Day {
            year: 2026,
            month: 7,
            day: 2
        })
    );
    // A key/value line ending in a month is no dateline.
    assert!(dateline("Coffee Output: March 2026").is_none());
}

#[test]
fn credit_contact_and_source_trailer_lines_are_boilerplate() {
    let text = "Mill output rises\n\nThe mill made 12 tonnes more in June.\n\nAdditional \
                reporting by Ann Lee; Editing by Tom Ray\n\nInvestor Contacts:\n\nSOURCE Northwind \
                Mills Ltd.\n";
    let b = blocks(text);
    assert_eq!(b[2].0, Boilerplate, "{b:?}");
    assert_eq!(b[3], (Boilerplate, "Investor Contacts:"));
    assert_eq!(b[4], (Boilerplate, "SOURCE Northwind Mills Ltd."));
    // A headline in capitals opening with the word stays the title; prose opening with a
    // credit word stays prose.
    let text = "SOURCE CAPITAL SETS DIVIDEND\n\nReportingly, the fund paid 3 cents.\n";
    let b = blocks(text);
    assert_eq!(b[0], (Title, "SOURCE CAPITAL SETS DIVIDEND"));
    assert_eq!(b[1], (Paragraph, "Reportingly, the fund paid 3 cents."));
}

#[test]
fn a_breadcrumb_trail_before_the_title_is_navigation() {
    for trail in [
        "银行 > 数据发布",
        "首页>政务公开>统计信息",
        "ホーム ＞ 経済 ＞ 金融",
        "Research › Outlook",
        "Insights » Energy » Oil",
    ] {
        let text = format!("{trail}\n\nMill output rises for a third month\n\nOutput rose in May.");
        let b = blocks(&text);
        assert_eq!(b[0], (Navigation, trail), "{text}");
        assert_eq!(
            b[1],
            (Title, "Mill output rises for a third month"),
            "{text}"
        );
    }
    // Not a trail: a ticker in brackets, an item with a figure, a clause.
    for head in [
        "<XYZ> posts record profit",
        "Profit > forecast, shares jump",
        "Output > 5 pct in May",
        "Results > The firm said sales rose, and costs fell",
    ] {
        let text = format!("{head}\n\nOutput rose in May.");
        let b = blocks(&text);
        assert_eq!(b[0], (Title, head), "{text}");
    }
    // After the title a trail-like line is not taken for navigation by this rule.
    let b = blocks("Mill output rises\n\nOutput rose in May.\n\nLoans > deposits");
    assert_ne!(b[2].0, Navigation);
}

#[test]
fn an_embargo_sentence_in_the_header_dates_the_page() {
    let text = "Producer Prices - May 2026\n\nThis news release is embargoed until 10:00 a.m. \
                (ET) Thursday, June 11, 2026\n\nProducer prices rose 0.3 percent in May, the \
                statistics office reported today.\n";
    let b = blocks(text);
    assert_eq!(b[0], (Title, "Producer Prices - May 2026"));
    assert_eq!(b[1].0, Dateline);
    assert_eq!(
        reference(text),
        Some(DatelineDate::Day {
            year: 2026,
            month: 6,
            day: 11
        })
    );
    // Without the phrase a sentence ending on a day is prose, and a phrase before a month
    // alone dates nothing.
    for text in [
        "Producer Prices\n\nThe board said it met on Thursday, June 11, 2026\n\nPrices rose.\n",
        "Producer Prices\n\nThe report is embargoed until June 2026\n\nPrices rose.\n",
    ] {
        assert_eq!(reference(text), None, "{text}");
    }
}

#[test]
fn a_page_of_one_paragraph_a_line_keeps_its_paragraphs_and_headings() {
    let text = "Orbit Freight\n\
Container volumes: June 2026\n\
8 July 2026\n\
Port volumes climbed by 4.1% in June to 712,300 boxes, the busiest June on record.\n\
Transshipment cargo rose 9.6% to 201,000 boxes, a 28.2% share of all handling.\n\
Regional Breakdown\n\
Northern terminals handled 311,000 boxes, up 2.2% on the same month last year.\n\
Southern terminals handled 401,300 boxes as two new cranes entered service.\n\
Accept all cookies\n\
Was this page useful?\n";
    let b = blocks(text);
    assert_eq!(
        b,
        [
            (Navigation, "Orbit Freight"),
            (Title, "Container volumes: June 2026"),
            (Dateline, "8 July 2026"),
            (
                Paragraph,
                "Port volumes climbed by 4.1% in June to 712,300 boxes, the busiest June on record."
            ),
            (
                Paragraph,
                "Transshipment cargo rose 9.6% to 201,000 boxes, a 28.2% share of all handling."
            ),
            (BlockKind::Heading, "Regional Breakdown"),
            (
                Paragraph,
                "Northern terminals handled 311,000 boxes, up 2.2% on the same month last year."
            ),
            (
                Paragraph,
                "Southern terminals handled 401,300 boxes as two new cranes entered service."
            ),
            (Boilerplate, "Accept all cookies"),
            (Boilerplate, "Was this page useful?"),
        ]
    );
}

#[test]
fn a_bracketed_credit_line_under_a_wrapped_story_is_its_own_block() {
    let text = "Mill output falls\n\nTURKU, May 5 (Reuters) - Output at the mill fell 4% in\n\
April from a year earlier as two lines were shut for\n\
maintenance, the operator said on Tuesday afternoon.\n\
(Reporting by Ilkka Virtanen; Editing by Joe Bloggs)\n";
    let b = blocks(text);
    assert_eq!(
        b.last(),
        Some(&(
            Boilerplate,
            "(Reporting by Ilkka Virtanen; Editing by Joe Bloggs)"
        ))
    );
    assert_eq!(b[b.len() - 2].0, Paragraph);
    assert!(b[b.len() - 2].1.ends_with("Tuesday afternoon."));
}

#[test]
fn release_and_update_lines_around_the_dateline_are_chrome() {
    let text = "Harbour Authority sets new tariffs\n\
For release at 9:00 a.m. CET\n\
Published Mon, Jun 1 2026 8:10 AM CET\n\
Updated Mon, Jun 1 2026 9:45 AM CET\n\
Tariff decisions\n\
Berth fees will rise by 3.5% from July, the authority said on Monday.\n\
Pilotage charges stay at 410 euros per call for the rest of the year.\n\
Ships calling weekly get a rebate of 12% on berth fees, down from 15%.\n";
    let b = blocks(text);
    assert_eq!(
        &b[..5],
        [
            (Title, "Harbour Authority sets new tariffs"),
            (Boilerplate, "For release at 9:00 a.m. CET"),
            (Dateline, "Published Mon, Jun 1 2026 8:10 AM CET"),
            (Boilerplate, "Updated Mon, Jun 1 2026 9:45 AM CET"),
            (BlockKind::Heading, "Tariff decisions"),
        ]
    );
    assert_eq!(b.len(), 8);
}
