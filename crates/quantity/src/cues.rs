//! Cue words around numbers, typed for the quantity grammar: the tables live in
//! [`finnews_core::tables::cues`].

use finnews_core::tables::cues::{Bound, PercentKind};

use crate::types::{Modifier, PercentUnit};

/// The modifier a table bound stands for.
pub(crate) fn modifier(b: Bound) -> Modifier {
    match b {
        Bound::Approx => Modifier::Approx,
        Bound::Over => Modifier::Over,
        Bound::Under => Modifier::Under,
        Bound::AtLeast => Modifier::AtLeast,
        Bound::AtMost => Modifier::AtMost,
    }
}

/// The percent unit a table percent word counts in.
pub(crate) fn percent_unit(k: PercentKind) -> PercentUnit {
    match k {
        PercentKind::Percent => PercentUnit::Percent,
        PercentKind::PercentagePoint => PercentUnit::PercentagePoint,
        PercentKind::BasisPoint => PercentUnit::BasisPoint,
    }
}
