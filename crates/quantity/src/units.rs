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
