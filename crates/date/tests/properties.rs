//! Properties of extraction and resolution, checked on generated input.

use finnews_date::{NaiveDate, Options, ReferenceDate, TemporalValue, extract, parse};
use proptest::prelude::*;

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const ABBREV: [&str; 12] = [
    "Jan.", "Feb.", "Mar.", "Apr.", "May", "Jun.", "Jul.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.",
];

fn date() -> impl Strategy<Value = NaiveDate> {
    (1900i32..2100, 1u32..=12, 1u32..=31)
        .prop_filter_map("valid day", |(y, m, d)| NaiveDate::from_ymd_opt(y, m, d))
}

fn formats(d: NaiveDate) -> Vec<String> {
    use chrono::Datelike;
    let (y, m, day) = (d.year(), d.month(), d.day());
    let mi = (m - 1) as usize;
    vec![
        format!("{} {day}, {y}", MONTHS[mi]),
        format!("{} {day}, {y}", ABBREV[mi]),
        format!("{day} {} {y}", MONTHS[mi]),
        format!("{y:04}-{m:02}-{day:02}"),
        format!("{y}/{m}/{day}"),
        format!("{m}/{day}/{y}"),
        format!("{y}年{m}月{day}日"),
        format!(
            "{}, {} {day}, {y}",
            [
                "Monday",
                "Tuesday",
                "Wednesday",
                "Thursday",
                "Friday",
                "Saturday",
                "Sunday"
            ][d.weekday().num_days_from_monday() as usize],
            MONTHS[mi]
        ),
    ]
}

/// Words and numbers news text is made of, to build adversarial inputs from.
const PIECES: &[&str] = &[
    "the",
    "end",
    "of",
    "June",
    "May",
    "March",
    "first",
    "half",
    "this",
    "year",
    "last",
    "quarter",
    "Q3",
    "3Q23",
    "H1",
    "FY",
    "fiscal",
    "2023",
    "1992",
    "31",
    "30",
    "and",
    "-",
    "/",
    ",",
    ".",
    "in",
    "since",
    "early",
    "mid",
    "late",
    "three",
    "20",
    "consecutive",
    "quarters",
    "months",
    "ago",
    "earlier",
    "a",
    "year-ago",
    "1,800",
    "COVID-19",
    "A320",
    "5th",
    "令和",
    "2",
    "年",
    "9",
    "月",
    "29",
    "日",
    "’90s",
    "1990s",
    "Monday",
    "yesterday",
    "now",
    "recently",
    "the past",
    "é",
    "中",
    " ",
    "\n",
    "(",
    ")",
    "'",
    "%",
    "1H24",
    "Sept.",
    "4TH",
    "QTR",
    "today",
    "tomorrow",
    "next",
    "week",
    "Friday",
    "summer",
    "15:00",
    "GMT",
    "10",
    "a.m.",
    "after",
    "decade",
    "century",
    "20th",
    "ending",
    "上半年",
    "度",
];

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..40).prop_map(|v| v.join(" "))
}

fn glued_text() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..40).prop_map(|v| v.concat())
}

proptest! {
    #[test]
    fn every_format_round_trips(d in date()) {
        for f in formats(d) {
            let t = parse(&f, &Options::default());
            prop_assert!(t.is_ok(), "{f}: {t:?}");
            prop_assert_eq!(t.map(|t| t.timex()).unwrap_or_default(), d.to_string(), "{}", f);
        }
    }

    #[test]
    fn shifting_the_reference_shifts_relative_years(d in date(), n in -50i32..50, s in text()) {
        use chrono::Datelike;
        let Some(d2) = NaiveDate::from_ymd_opt(d.year() + n, d.month(), d.day().min(28)) else {
            return Ok(());
        };
        let d1 = NaiveDate::from_ymd_opt(d.year(), d.month(), d.day().min(28)).unwrap_or(d);
        for phrase in ["this year", "last year", "next year", "a year earlier", "two years ago", "year-ago"] {
            let a = extract(phrase, &Options::default().with_reference(Some(ReferenceDate::day(d1))));
            let b = extract(phrase, &Options::default().with_reference(Some(ReferenceDate::day(d2))));
            prop_assert_eq!(a.len(), 1);
            prop_assert_eq!(b.len(), 1);
            let ya: i32 = a[0].timex().parse().unwrap_or(0);
            let yb: i32 = b[0].timex().parse().unwrap_or(0);
            prop_assert_eq!(yb - ya, n, "{}", phrase);
        }
        let _ = s;
    }

    #[test]
    fn ranges_are_ordered_and_spans_well_formed(s in text(), g in glued_text(), d in date()) {
        let opts = Options::default().with_reference(Some(ReferenceDate::day(d)));
        for input in [s.as_str(), g.as_str()] {
            for o in [&opts, &Options::default()] {
                let found = extract(input, o);
                let mut last_end = 0;
                for t in &found {
                    prop_assert!(t.span.start() >= last_end, "overlap in {input:?}: {found:?}");
                    prop_assert!(t.span.start() < t.span.end());
                    prop_assert!(input.is_char_boundary(t.span.start()) && input.is_char_boundary(t.span.end()));
                    prop_assert_eq!(&input[t.span.start()..t.span.end()], t.text);
                    last_end = t.span.end();
                    if let TemporalValue::Date { range: Some(r), .. } = &t.value {
                        prop_assert!(r.first() <= r.last());
                    }
                }
            }
        }
    }

    #[test]
    fn arbitrary_text_never_panics(s in "\\PC{0,200}") {
        let _ = extract(&s, &Options::default());
        let _ = finnews_date::dateline_prefix(&s);
        let _ = parse(&s, &Options::default());
    }
}

proptest! {
    #[test]
    fn extreme_references_never_panic(s in text(), g in glued_text()) {
        for d in [NaiveDate::MIN, NaiveDate::MAX, NaiveDate::from_ymd_opt(0, 1, 1).unwrap_or(NaiveDate::MIN), NaiveDate::from_ymd_opt(9999, 12, 31).unwrap_or(NaiveDate::MAX)] {
            for grain in [finnews_date::Grain::Day, finnews_date::Grain::Month, finnews_date::Grain::Year] {
                let o = Options::default()
                    .with_reference(Some(ReferenceDate::new(d, grain)))
                    .with_fiscal_year_start(finnews_date::Month::April)
                    .with_fiscal_year_naming(finnews_date::FiscalYearNaming::EndYear);
                for t in extract(&s, &o).iter().chain(extract(&g, &o).iter()) {
                    if let TemporalValue::Date { range: Some(r), .. } = &t.value {
                        prop_assert!(r.first() <= r.last());
                    }
                    prop_assert!(!t.timex().is_empty());
                }
            }
        }
    }
}

/// Ends of a period as text writes them, to join into ranges.
fn period_end() -> impl Strategy<Value = String> {
    let month = prop::sample::select(&MONTHS[..]).prop_map(str::to_owned);
    let abbrev = prop::sample::select(&ABBREV[..]).prop_map(str::to_owned);
    let day = (1u32..=31, prop::sample::select(&MONTHS[..])).prop_map(|(d, m)| format!("{m} {d}"));
    let bare_day = (1u32..=31).prop_map(|d| d.to_string());
    let year = (1950i32..2060).prop_map(|y| y.to_string());
    let month_year =
        (prop::sample::select(&ABBREV[..]), 1950i32..2060).prop_map(|(m, y)| format!("{m} {y}"));
    let quarter = (1u32..=4, 1990i32..2030).prop_map(|(q, y)| format!("Q{q} {y}"));
    prop_oneof![month, abbrev, day, bare_day, year, month_year, quarter]
}

proptest! {
    /// An interval's first day is never after its last day, its ends are in order, and it
    /// carries no `mod`.
    #[test]
    fn intervals_run_forward(
        a in period_end(),
        b in period_end(),
        conn in prop::sample::select(&["-", " - ", " to ", " through ", "/", " and ", "–", " till "][..]),
        lead in prop::sample::select(&["", "from ", "between ", "in "][..]),
        d in date(),
    ) {
        let text = format!("{lead}{a}{conn}{b} sales");
        for o in [Options::default().with_reference(Some(ReferenceDate::day(d))), Options::default()] {
            for t in extract(&text, &o) {
                prop_assert_eq!(&text[t.span.start()..t.span.end()], t.text);
                if let TemporalValue::Date { timex, modifier, range } = t.value
                    && let Some((first, last)) = timex.interval()
                {
                    prop_assert_eq!(modifier, None, "{}", text);
                    prop_assert!(!first.is_interval() && !last.is_interval());
                    if let Some(r) = range {
                        prop_assert!(r.first() <= r.last(), "{text}: {t:?}");
                    }
                }
            }
        }
    }
}
