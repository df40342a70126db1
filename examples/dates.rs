//! `finnews-date` on its own: temporal expressions as TIMEX3 values, resolved against a
//! reference date, with the days they cover.
//!
//! ```text
//! cargo run --example dates -- "by the end of June, in the first half of this year" 2024-07-15
//! ```

use finnews_date::{NaiveDate, Options, ReferenceDate, TemporalValue, extract};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let text = args.next().unwrap_or_else(|| {
        "Loans grew in the first half of this year and by the end of June, for 20 consecutive \
         quarters, in FY2023."
            .into()
    });
    let mut options = Options::default();
    if let Some(day) = args.next() {
        let day: NaiveDate = day.parse()?;
        options = options.with_reference(Some(ReferenceDate::day(day)));
    }
    for t in extract(&text, &options) {
        let timex = t.timex_value();
        match t.value {
            TemporalValue::Date {
                modifier, range, ..
            } => {
                let covers = range
                    .map(|r| format!("{} to {}", r.first(), r.last()))
                    .unwrap_or_else(|| "days unknown".into());
                let modifier = modifier.map(|m| format!(" {m}")).unwrap_or_default();
                println!(
                    "{:<32} {timex}{modifier}  ({covers}; year {:?})",
                    t.text,
                    timex.year()
                );
            }
            TemporalValue::Duration { .. } => println!(
                "{:<32} {timex}  ({:?} x {:?})",
                t.text,
                timex.duration_amount(),
                timex.duration_unit()
            ),
        }
    }
    Ok(())
}
