use chrono::NaiveDate;
use finnews_core::Span;
use finnews_core::lexicon::month_number;

use crate::error::{Error, ErrorKind};
use crate::types::{DateRange, Grain, Options, ReferenceDate, Temporal, TemporalValue};

/// Finds every temporal expression in `text`, in order, spans not overlapping.
///
/// # Example
///
/// ```
/// use finnews_date::{extract, Options};
/// let found = extract("On September 28, 2020, Mizuho signed", &Options::default());
/// assert_eq!(found[0].text, "September 28, 2020");
/// assert_eq!(found[0].timex(), "2020-09-28");
/// ```
#[must_use]
pub fn extract<'a>(text: &'a str, options: &Options) -> Vec<Temporal<'a>> {
    let _ = options;
    let mut out = Vec::new();
    let words = words(text);
    let mut k = 0;
    while k < words.len() {
        let (s, w) = words[k];
        let next = |j: usize| words.get(k + j).map(|&(_, w)| w);
        let year_of = |w: &str| {
            w.trim_end_matches([',', '.'])
                .parse::<i32>()
                .ok()
                .filter(|y| (1000..=2999).contains(y))
        };
        if let Some(m) = month_number(w.trim_end_matches('.')) {
            let day = next(1).and_then(|d| d.trim_end_matches(',').parse::<u32>().ok());
            if let (Some(d), Some(y)) = (day, next(2).and_then(year_of)) {
                if let Some(date) = NaiveDate::from_ymd_opt(y, u32::from(m), d) {
                    let (e, ew) = words[k + 2];
                    let end = e + ew.trim_end_matches([',', '.']).len();
                    push_date(
                        &mut out,
                        text,
                        s,
                        end,
                        date.to_string(),
                        DateRange::new(date, date),
                    );
                    k += 3;
                    continue;
                }
            }
            if let Some(y) = next(1).and_then(year_of) {
                let (e, ew) = words[k + 1];
                let end = e + ew.trim_end_matches([',', '.']).len();
                let first = NaiveDate::from_ymd_opt(y, u32::from(m), 1);
                let last = first
                    .and_then(|f| f.checked_add_months(chrono::Months::new(1)))
                    .and_then(|d| d.pred_opt());
                let range = first.zip(last).and_then(|(f, l)| DateRange::new(f, l));
                push_date(&mut out, text, s, end, format!("{y:04}-{m:02}"), range);
                k += 2;
                continue;
            }
        }
        if w == "in" {
            if let Some(y) = next(1).and_then(year_of) {
                let (e, ew) = words[k + 1];
                let end = e + ew.trim_end_matches([',', '.']).len();
                let range = NaiveDate::from_ymd_opt(y, 1, 1)
                    .zip(NaiveDate::from_ymd_opt(y, 12, 31))
                    .and_then(|(f, l)| DateRange::new(f, l));
                push_date(&mut out, text, e, end, format!("{y:04}"), range);
                k += 2;
                continue;
            }
        }
        if let (Ok(n), Some("consecutive"), Some(unit)) = (w.parse::<u32>(), next(1), next(2)) {
            if unit.trim_end_matches([',', '.']) == "quarters" {
                let (e, ew) = words[k + 2];
                let end = e + ew.trim_end_matches([',', '.']).len();
                let span = Span::new(s, end);
                out.push(Temporal {
                    span,
                    text: &text[span.range()],
                    value: TemporalValue::Duration {
                        timex: format!("P{n}Q"),
                    },
                });
                k += 3;
                continue;
            }
        }
        k += 1;
    }
    out
}

fn push_date<'a>(
    out: &mut Vec<Temporal<'a>>,
    text: &'a str,
    start: usize,
    end: usize,
    timex: String,
    range: Option<DateRange>,
) {
    let span = Span::new(start, end);
    out.push(Temporal {
        span,
        text: &text[span.range()],
        value: TemporalValue::Date {
            timex,
            modifier: None,
            range,
        },
    });
}

fn words(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        if c.is_whitespace() {
            if let Some(s) = start.take() {
                out.push((s, &text[s..i]));
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(s) = start {
        out.push((s, &text[s..]));
    }
    out
}

/// Parses the whole of `text` as one temporal expression.
///
/// # Errors
///
/// [`ErrorKind::NoDate`] when none starts the text, [`ErrorKind::TrailingInput`] when text is
/// left after it.
///
/// # Example
///
/// ```
/// use finnews_date::{parse, Options};
/// assert_eq!(parse("October 2013", &Options::default())?.timex(), "2013-10");
/// # Ok::<(), finnews_date::Error>(())
/// ```
pub fn parse<'a>(text: &'a str, options: &Options) -> Result<Temporal<'a>, Error> {
    let Some(first) = extract(text, options).into_iter().next() else {
        return Err(Error::new(Span::new(0, text.len()), ErrorKind::NoDate));
    };
    if first.span.start != 0 {
        return Err(Error::new(
            Span::new(0, first.span.start),
            ErrorKind::NoDate,
        ));
    }
    if first.span.end != text.trim_end().len() {
        return Err(Error::new(
            Span::new(first.span.end, text.len()),
            ErrorKind::TrailingInput,
        ));
    }
    Ok(first)
}

/// Reads a dateline at the start of `line`: a line that is only a date (`September 29, 2020`,
/// `October 2013`), or a newswire dateline opening a story (`SALVADOR, Feb 26 - `).
///
/// Returns the number of bytes the dateline covers (the whole trimmed line, or the newswire
/// prefix up to and including its dash), and the reference date it gives when it names a year.
///
/// # Example
///
/// ```
/// use finnews_date::{dateline_prefix, Grain};
/// let (len, r) = dateline_prefix("October 2013").unwrap();
/// assert_eq!(len, 12);
/// assert_eq!(r.unwrap().grain(), Grain::Month);
/// assert!(dateline_prefix("The CND was established in 1992.").is_none());
/// ```
#[must_use]
pub fn dateline_prefix(line: &str) -> Option<(usize, Option<ReferenceDate>)> {
    let trimmed = line.trim_end();
    let t = parse(trimmed, &Options::default()).ok()?;
    let TemporalValue::Date {
        range: Some(r),
        timex,
        ..
    } = &t.value
    else {
        return None;
    };
    let grain = match timex.len() {
        4 => Grain::Year,
        7 => Grain::Month,
        _ => Grain::Day,
    };
    Some((trimmed.len(), Some(ReferenceDate::new(r.first(), grain))))
}
