//! Text forms of the unit types defined with their table in `units.rs`: `Display`, `FromStr`
//! and serde as the contract's codes.

use crate::units::{Dimension, UNITS, Unit};

impl Unit {
    /// Every canonical unit, in the order of the contract's list.
    ///
    /// # Example
    ///
    /// ```
    /// use finnews_quantity::Unit;
    /// assert!(Unit::ALL.contains(&Unit::Teu));
    /// for u in Unit::ALL {
    ///     assert_eq!(u.to_string().parse::<Unit>(), Ok(u));
    /// }
    /// ```
    pub const ALL: [Unit; UNITS.len()] = {
        let mut all = [Unit::Km2; UNITS.len()];
        let mut i = 0;
        while i < UNITS.len() {
            all[i] = UNITS[i].0;
            i += 1;
        }
        all
    };
}

finnews_core::code_text_form!(Unit, "unit");

impl Dimension {
    /// Every dimension.
    ///
    /// # Example
    ///
    /// ```
    /// use finnews_quantity::Dimension;
    /// assert_eq!(Dimension::ALL.len(), 8);
    /// assert_eq!("containers".parse(), Ok(Dimension::Containers));
    /// assert_eq!(Dimension::Mass.to_string(), "mass");
    /// ```
    pub const ALL: [Dimension; 8] = [
        Dimension::Area,
        Dimension::Length,
        Dimension::Mass,
        Dimension::Volume,
        Dimension::Energy,
        Dimension::Power,
        Dimension::Data,
        Dimension::Containers,
    ];
}

finnews_core::code_text_form!(Dimension, "dimension");

#[cfg(test)]
mod tests {
    use crate::{Amount, Currency, Decimal, Dimension, Modifier, PercentUnit, QuantityKind, Unit};
    use proptest::prelude::*;

    #[test]
    fn every_unit_dimension_is_listed() {
        for u in Unit::ALL {
            assert!(Dimension::ALL.contains(&u.dimension()), "{u}");
        }
        for d in Dimension::ALL {
            assert!(
                Unit::ALL.iter().any(|u| u.dimension() == d),
                "{d} has no unit"
            );
        }
    }

    #[test]
    fn codes_round_trip() {
        for u in Unit::ALL {
            assert_eq!(u.to_string().parse::<Unit>(), Ok(u));
        }
        for d in Dimension::ALL {
            assert_eq!(d.to_string().parse::<Dimension>(), Ok(d));
        }
        for p in PercentUnit::ALL {
            assert_eq!(p.to_string().parse::<PercentUnit>(), Ok(p));
        }
        for m in Modifier::ALL {
            assert_eq!(m.to_string().parse::<Modifier>(), Ok(m));
        }
    }

    #[test]
    fn unknown_codes_list_the_valid_ones() {
        let e = "kwh".parse::<Unit>().unwrap_err();
        assert!(
            e.to_string()
                .starts_with("unknown unit `kwh`: expected one of km2, m2,"),
            "{e}"
        );
        assert!(e.expected().contains(&"kWh"));
        assert!("".parse::<Modifier>().is_err());
    }

    #[test]
    fn currency_text_form_is_its_code() {
        // `Currency` is iso_currency's: its `Display` is the name, its `FromStr` reads the code.
        for c in [Currency::CNY, Currency::JPY, Currency::USD, Currency::EUR] {
            assert_eq!(c.code().parse::<Currency>(), Ok(c));
        }
    }

    fn kinds() -> impl Strategy<Value = QuantityKind> {
        prop_oneof![
            Just(QuantityKind::Number),
            Just(QuantityKind::Ordinal),
            proptest::sample::select(PercentUnit::ALL.to_vec())
                .prop_map(|unit| QuantityKind::Percent { unit }),
            proptest::sample::select(Unit::ALL.to_vec())
                .prop_map(|unit| QuantityKind::Measure { unit }),
            proptest::sample::select(vec![
                Currency::CNY,
                Currency::JPY,
                Currency::USD,
                Currency::XAU
            ])
            .prop_map(|currency| QuantityKind::Money { currency }),
        ]
    }

    fn decimals() -> impl Strategy<Value = Decimal> {
        (any::<i64>(), 0u32..10).prop_map(|(m, s)| Decimal::new(m, s))
    }

    proptest! {
        #[test]
        fn quantity_kind_round_trips(k in kinds()) {
            prop_assert_eq!(k.to_string().parse::<QuantityKind>(), Ok(k));
        }

        #[test]
        fn amount_round_trips(low in decimals(), high in decimals(), range in any::<bool>()) {
            let a = if range { Amount::Range { low, high } } else { Amount::Exact(low) };
            let text = a.to_string();
            let back: Amount = text.parse().expect("Display output parses");
            prop_assert_eq!(back, a);
            prop_assert_eq!(back.to_string(), text);
        }

        #[test]
        fn amount_parse_is_total(s in "[-0-9.]{0,12}") {
            let _ = s.parse::<Amount>();
        }
    }

    #[test]
    fn amount_text_has_no_trailing_zeros() {
        let a = Amount::Exact("398950000000.00".parse().expect("decimal"));
        assert_eq!(a.to_string(), "398950000000");
        assert!("3-".parse::<Amount>().is_err());
        assert!("1e5".parse::<Amount>().is_err());
        assert!("--3".parse::<Amount>().is_err());
    }
}
