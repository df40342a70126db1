//! Measure units as news writes them after a number: every surface form with its canonical
//! unit code of the output contract (`km2`, `t`, `kWh`, `TEU`, ...).

use std::sync::OnceLock;

use super::{Buckets, ByteSet};

/// How a unit alias may be written after its number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum UnitFit {
    /// Any case, with or without a space (`5 tonnes`, `5tonnes`, `6-mile`).
    Loose,
    /// Exact case, with or without a space (`5 MW`, `14KB`).
    Case,
    /// Exact case and touching the number (`100t`, `48m`).
    Touch,
}

/// Every surface form of a unit after a number, with its canonical code: the ONE table of unit
/// aliases. Longer forms win over shorter ones (`sq km` over `sq`).
pub const UNIT_ALIASES: &[(&str, &str, UnitFit)] = &[
    // area
    ("km2", "km2", UnitFit::Loose),
    ("km²", "km2", UnitFit::Loose),
    ("sq km", "km2", UnitFit::Loose),
    ("sq. km", "km2", UnitFit::Loose),
    ("square kilometres", "km2", UnitFit::Loose),
    ("square kilometers", "km2", UnitFit::Loose),
    ("square kilometre", "km2", UnitFit::Loose),
    ("square kilometer", "km2", UnitFit::Loose),
    ("平方公里", "km2", UnitFit::Loose),
    ("平方千米", "km2", UnitFit::Loose),
    ("m2", "m2", UnitFit::Case),
    ("m²", "m2", UnitFit::Case),
    ("sqm", "m2", UnitFit::Loose),
    ("sq m", "m2", UnitFit::Loose),
    ("square metres", "m2", UnitFit::Loose),
    ("square meters", "m2", UnitFit::Loose),
    ("square metre", "m2", UnitFit::Loose),
    ("square meter", "m2", UnitFit::Loose),
    ("平方米", "m2", UnitFit::Loose),
    ("hectares", "ha", UnitFit::Loose),
    ("hectare", "ha", UnitFit::Loose),
    ("ha", "ha", UnitFit::Case),
    ("公顷", "ha", UnitFit::Loose),
    ("acres", "acre", UnitFit::Loose),
    ("acre", "acre", UnitFit::Loose),
    ("mu", "mu", UnitFit::Case),
    ("亩", "mu", UnitFit::Loose),
    ("square feet", "sq_ft", UnitFit::Loose),
    ("square foot", "sq_ft", UnitFit::Loose),
    ("sq ft", "sq_ft", UnitFit::Loose),
    ("sq. ft.", "sq_ft", UnitFit::Loose),
    ("sq. ft", "sq_ft", UnitFit::Loose),
    ("sqft", "sq_ft", UnitFit::Loose),
    // length
    ("km", "km", UnitFit::Loose),
    ("kilometres", "km", UnitFit::Loose),
    ("kilometers", "km", UnitFit::Loose),
    ("kilometre", "km", UnitFit::Loose),
    ("kilometer", "km", UnitFit::Loose),
    ("公里", "km", UnitFit::Loose),
    ("千米", "km", UnitFit::Loose),
    ("m", "m", UnitFit::Touch),
    ("metres", "m", UnitFit::Loose),
    ("meters", "m", UnitFit::Loose),
    ("metre", "m", UnitFit::Loose),
    ("meter", "m", UnitFit::Loose),
    ("米", "m", UnitFit::Loose),
    ("miles", "mi", UnitFit::Loose),
    ("mile", "mi", UnitFit::Loose),
    // mass
    ("tonnes", "t", UnitFit::Loose),
    ("tonne", "t", UnitFit::Loose),
    ("metric tons", "t", UnitFit::Loose),
    ("metric ton", "t", UnitFit::Loose),
    ("tons", "t", UnitFit::Loose),
    ("ton", "t", UnitFit::Loose),
    ("t", "t", UnitFit::Touch),
    ("吨", "t", UnitFit::Loose),
    ("噸", "t", UnitFit::Loose),
    ("kg", "kg", UnitFit::Loose),
    ("kgs", "kg", UnitFit::Loose),
    ("kilograms", "kg", UnitFit::Loose),
    ("kilogram", "kg", UnitFit::Loose),
    ("kilogrammes", "kg", UnitFit::Loose),
    ("公斤", "kg", UnitFit::Loose),
    ("千克", "kg", UnitFit::Loose),
    ("lbs", "lb", UnitFit::Loose),
    ("lb", "lb", UnitFit::Loose),
    ("pounds", "lb", UnitFit::Loose),
    ("pound", "lb", UnitFit::Loose),
    ("ounces", "oz", UnitFit::Loose),
    ("ounce", "oz", UnitFit::Loose),
    ("oz", "oz", UnitFit::Loose),
    // volume
    ("barrels per day", "bbl", UnitFit::Loose),
    ("barrels a day", "bbl", UnitFit::Loose),
    ("barrels per day of oil", "bbl", UnitFit::Loose),
    ("bpd", "bbl", UnitFit::Loose),
    ("b/d", "bbl", UnitFit::Case),
    ("barrels", "bbl", UnitFit::Loose),
    ("barrel", "bbl", UnitFit::Loose),
    ("bbl", "bbl", UnitFit::Loose),
    ("bbls", "bbl", UnitFit::Loose),
    ("桶", "bbl", UnitFit::Loose),
    ("litres", "l", UnitFit::Loose),
    ("liters", "l", UnitFit::Loose),
    ("litre", "l", UnitFit::Loose),
    ("liter", "l", UnitFit::Loose),
    ("升", "l", UnitFit::Loose),
    ("cubic metres", "m3", UnitFit::Loose),
    ("cubic meters", "m3", UnitFit::Loose),
    ("cubic metre", "m3", UnitFit::Loose),
    ("cubic meter", "m3", UnitFit::Loose),
    ("m3", "m3", UnitFit::Case),
    ("m³", "m3", UnitFit::Case),
    ("立方米", "m3", UnitFit::Loose),
    ("cbm", "cbm", UnitFit::Loose),
    // energy
    ("kWh", "kWh", UnitFit::Case),
    ("kwh", "kWh", UnitFit::Case),
    ("kilowatt hours", "kWh", UnitFit::Loose),
    ("kilowatt-hours", "kWh", UnitFit::Loose),
    ("kilowatt hour", "kWh", UnitFit::Loose),
    ("kilowatt-hour", "kWh", UnitFit::Loose),
    ("千瓦时", "kWh", UnitFit::Loose),
    ("MWh", "MWh", UnitFit::Case),
    ("megawatt hours", "MWh", UnitFit::Loose),
    ("megawatt-hours", "MWh", UnitFit::Loose),
    ("megawatt hour", "MWh", UnitFit::Loose),
    ("GWh", "GWh", UnitFit::Case),
    ("gigawatt hours", "GWh", UnitFit::Loose),
    ("gigawatt-hours", "GWh", UnitFit::Loose),
    ("gigawatt hour", "GWh", UnitFit::Loose),
    ("TWh", "TWh", UnitFit::Case),
    ("terawatt hours", "TWh", UnitFit::Loose),
    ("terawatt-hours", "TWh", UnitFit::Loose),
    ("terawatt hour", "TWh", UnitFit::Loose),
    // power
    ("kW", "kW", UnitFit::Case),
    ("kilowatts", "kW", UnitFit::Loose),
    ("kilowatt", "kW", UnitFit::Loose),
    ("千瓦", "kW", UnitFit::Loose),
    ("MW", "MW", UnitFit::Case),
    ("megawatts", "MW", UnitFit::Loose),
    ("megawatt", "MW", UnitFit::Loose),
    ("兆瓦", "MW", UnitFit::Loose),
    ("GW", "GW", UnitFit::Case),
    ("gigawatts", "GW", UnitFit::Loose),
    ("gigawatt", "GW", UnitFit::Loose),
    // data
    ("KB", "KB", UnitFit::Case),
    ("kB", "KB", UnitFit::Case),
    ("kilobytes", "KB", UnitFit::Loose),
    ("kilobyte", "KB", UnitFit::Loose),
    ("MB", "MB", UnitFit::Case),
    ("megabytes", "MB", UnitFit::Loose),
    ("megabyte", "MB", UnitFit::Loose),
    ("GB", "GB", UnitFit::Case),
    ("gigabytes", "GB", UnitFit::Loose),
    ("gigabyte", "GB", UnitFit::Loose),
    ("TB", "TB", UnitFit::Case),
    ("terabytes", "TB", UnitFit::Loose),
    ("terabyte", "TB", UnitFit::Loose),
    // containers
    ("TEU", "TEU", UnitFit::Loose),
    ("TEUs", "TEU", UnitFit::Loose),
    ("标箱", "TEU", UnitFit::Loose),
];

/// Opening brackets a unit may be written in after its number (`20 (kg)`), with their closing
/// bracket.
pub const UNIT_BRACKETS: &[(u8, u8)] = &[(b'(', b')'), (b'[', b']'), (b'{', b'}'), (b'<', b'>')];

struct Maps {
    by_first: Buckets<(&'static str, &'static str, UnitFit)>,
    first: ByteSet,
}

#[inline]
fn maps() -> &'static Maps {
    static M: OnceLock<Maps> = OnceLock::new();
    M.get_or_init(|| Maps {
        by_first: Buckets::new(UNIT_ALIASES.iter().copied(), |e| {
            (e.0.as_bytes()[0], e.0.len())
        }),
        first: ByteSet::of(UNIT_ALIASES.iter().map(|x| x.0), false),
    })
}

/// The unit aliases starting with `byte` (either ASCII case), longest first.
///
/// # Example
///
/// ```
/// let c = finnews_core::tables::units::unit_candidates(b'K');
/// assert!(c.iter().any(|u| u.0 == "kWh" && u.1 == "kWh"));
/// ```
#[must_use]
#[inline]
pub fn unit_candidates(byte: u8) -> &'static [(&'static str, &'static str, UnitFit)] {
    maps().by_first.get(byte)
}

/// Whether a unit alias can start with `byte`.
///
/// # Example
///
/// ```
/// assert!(finnews_core::tables::units::unit_may_start(b't'));
/// assert!(!finnews_core::tables::units::unit_may_start(b'!'));
/// ```
#[must_use]
#[inline]
pub fn unit_may_start(byte: u8) -> bool {
    maps().first.has(Some(&byte))
}
