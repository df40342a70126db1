//! The grammar's cheap gates (numeric dates, digit ordinals, holidays by first letter) refuse
//! only where their rule cannot match: in a debug build every refusal of the numeric gate is
//! checked against the rule run ungated (a `debug_assert` in the grammar), and the sentences
//! here cover the shapes each gate lets through and a few it refuses. Examples are our own.
//! The fixed-buffer `Timex` text is held to the formatter's.

#[allow(dead_code)]
mod common;

use common::{at, found};
use finnews_date::Timex;

/// The timex values found in `text`.
fn values(text: &str) -> Vec<String> {
    found(text, &at(2023, 6, 14))
        .into_iter()
        .map(|(_, v)| v)
        .collect()
}

#[test]
fn numeric_dates_pass_the_gate() {
    for (text, want) in [
        ("Shares rose on 2020-09-29 after the call.", "2020-09-29"),
        ("The note dated 2019/11/05 was filed.", "2019-11-05"),
        ("The meeting of 15.07.2024 was brief.", "2024-07-15"),
        ("Settlement 20240715 per the notice.", "2024-07-15"),
        ("Results for 2017-Q1 were late.", "2017-Q1"),
        ("The 2019-aug-01 filing was revised.", "2019-08-01"),
        ("Output in 2015-12 fell.", "2015-12"),
        ("By 12-2015 the plant was shut.", "2015-12"),
    ] {
        assert!(
            values(text).iter().any(|v| v == want),
            "{text}: {:?}",
            values(text)
        );
    }
}

#[test]
fn numbers_the_numeric_gate_refuses_are_no_numeric_dates() {
    // A number with neither `-`/`/` next, eight digits nor a point after its digits.
    for text in [
        "It sold 2020 cars and 15 trucks.",
        "Profit was 1,234 dlrs against 12 34 in the plan.",
        "They hold 1986 shares, 7 pct of the 41 class.",
        "Version 3 of 12 was shipped to 17 clients.",
    ] {
        let v = values(text);
        assert!(
            v.iter().all(|x| !x.contains('-') || x.starts_with('P')),
            "{text}: {v:?}"
        );
    }
}

#[test]
fn digit_ordinals_pass_the_gate() {
    for (text, want) in [
        ("Payment is due on the 5th of May 2021.", "2021-05-05"),
        ("Trading resumed on March 22ND, 2022.", "2022-03-22"),
        ("The vote is set for June 3rd 2020.", "2020-06-03"),
        ("Talks end on the 31st of December 2019.", "2019-12-31"),
    ] {
        assert!(
            values(text).iter().any(|v| v == want),
            "{text}: {:?}",
            values(text)
        );
    }
}

#[test]
fn holidays_are_found_by_their_first_letter_in_any_case() {
    for (text, want) in [
        ("Sales peaked on Christmas Eve 2020.", "2020-12-24"),
        ("Stores closed on CHRISTMAS DAY 2021.", "2021-12-25"),
        ("The market is shut on New Year's Day 2022.", "2022-01-01"),
    ] {
        assert!(
            values(text).iter().any(|v| v == want),
            "{text}: {:?}",
            values(text)
        );
    }
}

#[test]
fn timex_text_is_the_same_padded_or_not() {
    for s in [
        "2020-09-29",
        "2020-09-29TMO",
        "2013-03-23T15:00",
        "XXXX-06-01",
        "2013-10",
        "XXXX-06",
        "2024",
        "XXXX",
        "2024-Q3",
        "2024-H1",
        "2024-SU",
        "2018-W48",
        "FY2023",
        "FY2023-Q2",
        "FYXXXX",
        "PRESENT_REF",
        "P3Y",
        "PT2H",
        "2024-01/2024-06",
        "2023-Q4/2024-Q1",
        "199",
        "19",
    ] {
        let t: Timex = s.parse().expect(s);
        assert_eq!(t.to_string(), s);
        assert_eq!(format!("[{t:>18}]"), format!("[{s:>18}]"));
        assert_eq!(format!("[{t:<3}]"), format!("[{s:<3}]"));
    }
}
