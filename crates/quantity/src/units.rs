//! The canonical units of the output contract, and their dimensions.

/// A canonical measurement unit of the output contract.
///
/// # Example
///
/// ```
/// use finnews_quantity::{Unit, Dimension};
/// assert_eq!(Unit::Km2.code(), "km2");
/// assert_eq!(Unit::Km2.dimension(), Dimension::Area);
/// assert_eq!(Unit::from_code("TEU"), Some(Unit::Teu));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
#[allow(missing_docs)] // each variant is documented by its code in `UNITS`
pub enum Unit {
    Km2,
    M2,
    Ha,
    Acre,
    Mu,
    SqFt,
    Km,
    M,
    Mi,
    T,
    Kg,
    Lb,
    Oz,
    Bbl,
    L,
    M3,
    Cbm,
    KWh,
    MWh,
    GWh,
    TWh,
    KW,
    MW,
    GW,
    KB,
    MB,
    GB,
    TB,
    Teu,
}

/// What a [`Unit`] measures.
///
/// # Example
///
/// ```
/// assert_eq!(finnews_quantity::Dimension::Containers.code(), "containers");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
#[allow(missing_docs)] // the names say it
pub enum Dimension {
    Area,
    Length,
    Mass,
    Volume,
    Energy,
    Power,
    Data,
    Containers,
}

/// Every canonical unit with its contract code and dimension: the one table of them.
pub(crate) const UNITS: &[(Unit, &str, Dimension)] = &[
    (Unit::Km2, "km2", Dimension::Area),
    (Unit::M2, "m2", Dimension::Area),
    (Unit::Ha, "ha", Dimension::Area),
    (Unit::Acre, "acre", Dimension::Area),
    (Unit::Mu, "mu", Dimension::Area),
    (Unit::SqFt, "sq_ft", Dimension::Area),
    (Unit::Km, "km", Dimension::Length),
    (Unit::M, "m", Dimension::Length),
    (Unit::Mi, "mi", Dimension::Length),
    (Unit::T, "t", Dimension::Mass),
    (Unit::Kg, "kg", Dimension::Mass),
    (Unit::Lb, "lb", Dimension::Mass),
    (Unit::Oz, "oz", Dimension::Mass),
    (Unit::Bbl, "bbl", Dimension::Volume),
    (Unit::L, "l", Dimension::Volume),
    (Unit::M3, "m3", Dimension::Volume),
    (Unit::Cbm, "cbm", Dimension::Volume),
    (Unit::KWh, "kWh", Dimension::Energy),
    (Unit::MWh, "MWh", Dimension::Energy),
    (Unit::GWh, "GWh", Dimension::Energy),
    (Unit::TWh, "TWh", Dimension::Energy),
    (Unit::KW, "kW", Dimension::Power),
    (Unit::MW, "MW", Dimension::Power),
    (Unit::GW, "GW", Dimension::Power),
    (Unit::KB, "KB", Dimension::Data),
    (Unit::MB, "MB", Dimension::Data),
    (Unit::GB, "GB", Dimension::Data),
    (Unit::TB, "TB", Dimension::Data),
    (Unit::Teu, "TEU", Dimension::Containers),
];

/// How a unit alias may be written after its number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Fit {
    /// Any case, with or without a space (`5 tonnes`, `5tonnes`, `6-mile`).
    Loose,
    /// Exact case, with or without a space (`5 MW`, `14KB`).
    Case,
    /// Exact case and touching the number (`100t`, `48m`).
    Touch,
}

/// Every surface form of a unit after a number, with its canonical unit: the ONE table of unit
/// aliases. Longer forms win over shorter ones (`sq km` over `sq`).
pub(crate) const UNIT_ALIASES: &[(&str, Unit, Fit)] = &[
    // area
    ("km2", Unit::Km2, Fit::Loose),
    ("km²", Unit::Km2, Fit::Loose),
    ("sq km", Unit::Km2, Fit::Loose),
    ("sq. km", Unit::Km2, Fit::Loose),
    ("square kilometres", Unit::Km2, Fit::Loose),
    ("square kilometers", Unit::Km2, Fit::Loose),
    ("square kilometre", Unit::Km2, Fit::Loose),
    ("square kilometer", Unit::Km2, Fit::Loose),
    ("平方公里", Unit::Km2, Fit::Loose),
    ("平方千米", Unit::Km2, Fit::Loose),
    ("m2", Unit::M2, Fit::Case),
    ("m²", Unit::M2, Fit::Case),
    ("sqm", Unit::M2, Fit::Loose),
    ("sq m", Unit::M2, Fit::Loose),
    ("square metres", Unit::M2, Fit::Loose),
    ("square meters", Unit::M2, Fit::Loose),
    ("square metre", Unit::M2, Fit::Loose),
    ("square meter", Unit::M2, Fit::Loose),
    ("平方米", Unit::M2, Fit::Loose),
    ("hectares", Unit::Ha, Fit::Loose),
    ("hectare", Unit::Ha, Fit::Loose),
    ("ha", Unit::Ha, Fit::Case),
    ("公顷", Unit::Ha, Fit::Loose),
    ("acres", Unit::Acre, Fit::Loose),
    ("acre", Unit::Acre, Fit::Loose),
    ("mu", Unit::Mu, Fit::Case),
    ("亩", Unit::Mu, Fit::Loose),
    ("square feet", Unit::SqFt, Fit::Loose),
    ("square foot", Unit::SqFt, Fit::Loose),
    ("sq ft", Unit::SqFt, Fit::Loose),
    ("sq. ft.", Unit::SqFt, Fit::Loose),
    ("sq. ft", Unit::SqFt, Fit::Loose),
    ("sqft", Unit::SqFt, Fit::Loose),
    // length
    ("km", Unit::Km, Fit::Loose),
    ("kilometres", Unit::Km, Fit::Loose),
    ("kilometers", Unit::Km, Fit::Loose),
    ("kilometre", Unit::Km, Fit::Loose),
    ("kilometer", Unit::Km, Fit::Loose),
    ("公里", Unit::Km, Fit::Loose),
    ("千米", Unit::Km, Fit::Loose),
    ("m", Unit::M, Fit::Touch),
    ("metres", Unit::M, Fit::Loose),
    ("meters", Unit::M, Fit::Loose),
    ("metre", Unit::M, Fit::Loose),
    ("meter", Unit::M, Fit::Loose),
    ("米", Unit::M, Fit::Loose),
    ("miles", Unit::Mi, Fit::Loose),
    ("mile", Unit::Mi, Fit::Loose),
    // mass
    ("tonnes", Unit::T, Fit::Loose),
    ("tonne", Unit::T, Fit::Loose),
    ("metric tons", Unit::T, Fit::Loose),
    ("metric ton", Unit::T, Fit::Loose),
    ("tons", Unit::T, Fit::Loose),
    ("ton", Unit::T, Fit::Loose),
    ("t", Unit::T, Fit::Touch),
    ("吨", Unit::T, Fit::Loose),
    ("噸", Unit::T, Fit::Loose),
    ("kg", Unit::Kg, Fit::Loose),
    ("kgs", Unit::Kg, Fit::Loose),
    ("kilograms", Unit::Kg, Fit::Loose),
    ("kilogram", Unit::Kg, Fit::Loose),
    ("kilogrammes", Unit::Kg, Fit::Loose),
    ("公斤", Unit::Kg, Fit::Loose),
    ("千克", Unit::Kg, Fit::Loose),
    ("lbs", Unit::Lb, Fit::Loose),
    ("lb", Unit::Lb, Fit::Loose),
    ("pounds", Unit::Lb, Fit::Loose),
    ("pound", Unit::Lb, Fit::Loose),
    ("ounces", Unit::Oz, Fit::Loose),
    ("ounce", Unit::Oz, Fit::Loose),
    ("oz", Unit::Oz, Fit::Loose),
    // volume
    ("barrels", Unit::Bbl, Fit::Loose),
    ("barrel", Unit::Bbl, Fit::Loose),
    ("bbl", Unit::Bbl, Fit::Loose),
    ("bbls", Unit::Bbl, Fit::Loose),
    ("桶", Unit::Bbl, Fit::Loose),
    ("litres", Unit::L, Fit::Loose),
    ("liters", Unit::L, Fit::Loose),
    ("litre", Unit::L, Fit::Loose),
    ("liter", Unit::L, Fit::Loose),
    ("升", Unit::L, Fit::Loose),
    ("cubic metres", Unit::M3, Fit::Loose),
    ("cubic meters", Unit::M3, Fit::Loose),
    ("cubic metre", Unit::M3, Fit::Loose),
    ("cubic meter", Unit::M3, Fit::Loose),
    ("m3", Unit::M3, Fit::Case),
    ("m³", Unit::M3, Fit::Case),
    ("立方米", Unit::M3, Fit::Loose),
    ("cbm", Unit::Cbm, Fit::Loose),
    // energy
    ("kWh", Unit::KWh, Fit::Case),
    ("kwh", Unit::KWh, Fit::Case),
    ("kilowatt hours", Unit::KWh, Fit::Loose),
    ("kilowatt-hours", Unit::KWh, Fit::Loose),
    ("kilowatt hour", Unit::KWh, Fit::Loose),
    ("kilowatt-hour", Unit::KWh, Fit::Loose),
    ("千瓦时", Unit::KWh, Fit::Loose),
    ("MWh", Unit::MWh, Fit::Case),
    ("megawatt hours", Unit::MWh, Fit::Loose),
    ("megawatt-hours", Unit::MWh, Fit::Loose),
    ("megawatt hour", Unit::MWh, Fit::Loose),
    ("GWh", Unit::GWh, Fit::Case),
    ("gigawatt hours", Unit::GWh, Fit::Loose),
    ("gigawatt-hours", Unit::GWh, Fit::Loose),
    ("gigawatt hour", Unit::GWh, Fit::Loose),
    ("TWh", Unit::TWh, Fit::Case),
    ("terawatt hours", Unit::TWh, Fit::Loose),
    ("terawatt-hours", Unit::TWh, Fit::Loose),
    ("terawatt hour", Unit::TWh, Fit::Loose),
    // power
    ("kW", Unit::KW, Fit::Case),
    ("kilowatts", Unit::KW, Fit::Loose),
    ("kilowatt", Unit::KW, Fit::Loose),
    ("千瓦", Unit::KW, Fit::Loose),
    ("MW", Unit::MW, Fit::Case),
    ("megawatts", Unit::MW, Fit::Loose),
    ("megawatt", Unit::MW, Fit::Loose),
    ("兆瓦", Unit::MW, Fit::Loose),
    ("GW", Unit::GW, Fit::Case),
    ("gigawatts", Unit::GW, Fit::Loose),
    ("gigawatt", Unit::GW, Fit::Loose),
    // data
    ("KB", Unit::KB, Fit::Case),
    ("kB", Unit::KB, Fit::Case),
    ("kilobytes", Unit::KB, Fit::Loose),
    ("kilobyte", Unit::KB, Fit::Loose),
    ("MB", Unit::MB, Fit::Case),
    ("megabytes", Unit::MB, Fit::Loose),
    ("megabyte", Unit::MB, Fit::Loose),
    ("GB", Unit::GB, Fit::Case),
    ("gigabytes", Unit::GB, Fit::Loose),
    ("gigabyte", Unit::GB, Fit::Loose),
    ("TB", Unit::TB, Fit::Case),
    ("terabytes", Unit::TB, Fit::Loose),
    ("terabyte", Unit::TB, Fit::Loose),
    // containers
    ("TEU", Unit::Teu, Fit::Loose),
    ("TEUs", Unit::Teu, Fit::Loose),
    ("标箱", Unit::Teu, Fit::Loose),
];

impl Unit {
    fn row(self) -> &'static (Unit, &'static str, Dimension) {
        // UNITS lists every variant once, in declaration order.
        &UNITS[self as usize]
    }

    /// The contract's canonical code (`km2`, `t`, `kWh`, `TEU`, ...).
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(finnews_quantity::Unit::KWh.code(), "kWh");
    /// ```
    #[must_use]
    pub fn code(self) -> &'static str {
        self.row().1
    }

    /// What the unit measures.
    ///
    /// # Example
    ///
    /// ```
    /// use finnews_quantity::{Unit, Dimension};
    /// assert_eq!(Unit::Bbl.dimension(), Dimension::Volume);
    /// ```
    #[must_use]
    pub fn dimension(self) -> Dimension {
        self.row().2
    }

    /// The unit with this exact canonical code.
    ///
    /// # Example
    ///
    /// ```
    /// use finnews_quantity::Unit;
    /// assert_eq!(Unit::from_code("sq_ft"), Some(Unit::SqFt));
    /// assert_eq!(Unit::from_code("furlong"), None);
    /// ```
    #[must_use]
    pub fn from_code(code: &str) -> Option<Unit> {
        UNITS
            .iter()
            .find(|(_, c, _)| *c == code)
            .map(|&(u, _, _)| u)
    }
}

impl Dimension {
    /// The contract's name of the dimension (`area`, `length`, ...).
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(finnews_quantity::Dimension::Energy.code(), "energy");
    /// ```
    #[must_use]
    pub const fn code(self) -> &'static str {
        match self {
            Dimension::Area => "area",
            Dimension::Length => "length",
            Dimension::Mass => "mass",
            Dimension::Volume => "volume",
            Dimension::Energy => "energy",
            Dimension::Power => "power",
            Dimension::Data => "data",
            Dimension::Containers => "containers",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_in_declaration_order() {
        for (i, (u, code, _)) in UNITS.iter().enumerate() {
            assert_eq!(*u as usize, i, "{code} out of order");
            assert_eq!(Unit::from_code(code), Some(*u));
        }
    }
}
