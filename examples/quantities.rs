//! `finnews-quantity` on its own: money, percentages, measures, numbers and ordinals in a
//! sentence, with exact values.
//!
//! ```text
//! cargo run --example quantities -- "Revenue rose 12.5% to RMB 3.2 billion, about 1,800 tonnes."
//! ```

use finnews_quantity::{Options, QuantityKind, extract};

fn main() {
    let text = std::env::args().nth(1).unwrap_or_else(|| {
        "Revenue rose 12.5% to RMB 3.2 billion on about 1,800 tonnes, the 5th year running.".into()
    });
    for q in extract(&text, &Options::default()) {
        let what = match q.kind {
            QuantityKind::Money { currency } => format!("money in {}", currency.code()),
            QuantityKind::Percent { unit } => format!("percent ({unit})"),
            QuantityKind::Measure { unit } => format!("measure in {unit} ({})", unit.dimension()),
            QuantityKind::Number => "number".to_string(),
            QuantityKind::Ordinal => "ordinal".to_string(),
        };
        let modifier = q.modifier.map(|m| format!(" [{m}]")).unwrap_or_default();
        println!("{:<28} {:>14}{modifier}  {what}", q.text, q.amount);
    }
}
