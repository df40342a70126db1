//! [`Currency`]: an ISO 4217 currency, in use or withdrawn.

use core::fmt;
use core::str::FromStr;

use finnews_core::FromStrError;
use finnews_core::tables::money::WITHDRAWN;

/// An ISO 4217 currency: one of the codes in use (the `iso_currency` crate's list) or one that
/// ISO has withdrawn but news archives still write of (`DEM`, `FRF`, `ITL`... the
/// `finnews_core::tables::money::WITHDRAWN` table).
///
/// A value can only be built from a code one of the two lists holds, so every `Currency` has
/// a code and a name. `Debug` writes the code, `Display` the English name, `FromStr` reads the
/// code (upper case, as ISO writes it).
///
/// # Example
///
/// ```
/// use finnews_quantity::Currency;
///
/// assert_eq!(Currency::CNY.code(), "CNY");
/// let mark: Currency = "DEM".parse()?;
/// assert_eq!(mark.name(), "Deutsche Mark");
/// assert!(mark.is_withdrawn());
/// assert!(!Currency::EUR.is_withdrawn());
/// assert!(Currency::from_code("XYZ").is_none());
/// # Ok::<(), finnews_quantity::FromStrError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Currency(Code);

#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Code {
    InUse(iso_currency::Currency),
    /// An index into [`WITHDRAWN`].
    Withdrawn(u8),
}

macro_rules! in_use {
    ($($(#[$doc:meta])* $code:ident),* $(,)?) => {
        impl Currency {
            $(
                $(#[$doc])*
                pub const $code: Currency = Currency(Code::InUse(iso_currency::Currency::$code));
            )*
        }
    };
}

in_use! {
    /// United States dollar.
    USD,
    /// Euro.
    EUR,
    /// Renminbi (Chinese) yuan.
    CNY,
    /// Japanese yen.
    JPY,
    /// Pound sterling.
    GBP,
    /// Swiss franc.
    CHF,
    /// Hong Kong dollar.
    HKD,
    /// New Taiwan dollar.
    TWD,
    /// South Korean won.
    KRW,
    /// Indian rupee.
    INR,
    /// Canadian dollar.
    CAD,
    /// Australian dollar.
    AUD,
    /// New Zealand dollar.
    NZD,
    /// Singapore dollar.
    SGD,
    /// Swedish krona.
    SEK,
    /// Danish krone.
    DKK,
    /// Norwegian krone.
    NOK,
    /// Russian ruble.
    RUB,
    /// Brazilian real.
    BRL,
    /// Mexican peso.
    MXN,
    /// South African rand.
    ZAR,
    /// Bulgarian lev.
    BGN,
    /// Gold (one troy ounce).
    XAU,
    /// No currency.
    XXX,
}

impl Currency {
    /// The currency of an ISO 4217 code, in use or withdrawn (`USD`, `DEM`); `None` for
    /// anything else (codes are upper case, as ISO writes them).
    ///
    /// # Example
    ///
    /// ```
    /// use finnews_quantity::Currency;
    /// assert_eq!(Currency::from_code("USD"), Some(Currency::USD));
    /// assert_eq!(Currency::from_code("FRF").map(|c| c.to_string()).as_deref(), Some("French franc"));
    /// assert_eq!(Currency::from_code("usd"), None);
    /// ```
    #[must_use]
    pub fn from_code(code: &str) -> Option<Currency> {
        if let Some(c) = iso_currency::Currency::from_code(code) {
            return Some(Currency(Code::InUse(c)));
        }
        let i = WITHDRAWN.iter().position(|&(c, _)| c == code)?;
        Some(Currency(Code::Withdrawn(u8::try_from(i).ok()?)))
    }

    /// The three-letter ISO 4217 code.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(finnews_quantity::Currency::JPY.code(), "JPY");
    /// ```
    #[must_use]
    pub fn code(self) -> &'static str {
        match self.0 {
            Code::InUse(c) => c.code(),
            Code::Withdrawn(i) => WITHDRAWN.get(usize::from(i)).map_or("XXX", |r| r.0),
        }
    }

    /// The currency's English name (`Euro`, `Deutsche Mark`).
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(finnews_quantity::Currency::EUR.name(), "Euro");
    /// ```
    #[must_use]
    pub fn name(&self) -> &str {
        match &self.0 {
            Code::InUse(c) => c.name(),
            Code::Withdrawn(i) => WITHDRAWN.get(usize::from(*i)).map_or("", |r| r.1),
        }
    }

    /// Whether ISO 4217 has withdrawn the code (the currency was replaced: `DEM`, `FRF`).
    ///
    /// # Example
    ///
    /// ```
    /// use finnews_quantity::Currency;
    /// assert!(Currency::from_code("ITL").is_some_and(Currency::is_withdrawn));
    /// assert!(!Currency::USD.is_withdrawn());
    /// ```
    #[must_use]
    pub const fn is_withdrawn(self) -> bool {
        matches!(self.0, Code::Withdrawn(_))
    }

    /// The `iso_currency` value of a code in use; `None` for a withdrawn one.
    ///
    /// # Example
    ///
    /// ```
    /// use finnews_quantity::Currency;
    /// assert_eq!(Currency::USD.in_use(), Some(iso_currency::Currency::USD));
    /// assert_eq!(Currency::from_code("DEM").and_then(Currency::in_use), None);
    /// ```
    #[must_use]
    pub const fn in_use(self) -> Option<iso_currency::Currency> {
        match self.0 {
            Code::InUse(c) => Some(c),
            Code::Withdrawn(_) => None,
        }
    }
}

impl From<iso_currency::Currency> for Currency {
    fn from(c: iso_currency::Currency) -> Currency {
        Currency(Code::InUse(c))
    }
}

impl fmt::Debug for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl fmt::Display for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Currency {
    type Err = FromStrError;

    fn from_str(s: &str) -> Result<Currency, FromStrError> {
        Currency::from_code(s).ok_or_else(|| {
            FromStrError::new("currency", s).with_reason("expected an ISO 4217 code (`USD`)")
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_withdrawn_code_reads_back_and_none_is_also_in_use() {
        for &(code, name) in WITHDRAWN {
            let c = Currency::from_code(code).expect(code);
            assert_eq!((c.code(), c.name()), (code, name));
            assert!(c.is_withdrawn());
            assert!(iso_currency::Currency::from_code(code).is_none(), "{code}");
            assert_eq!(format!("{c:?}"), code);
        }
    }

    #[test]
    fn codes_in_use_keep_iso_currency_forms() {
        for c in [Currency::USD, Currency::CNY, Currency::XAU] {
            let iso = c.in_use().expect("in use");
            assert_eq!(c.code(), iso.code());
            assert_eq!(c.to_string(), iso.to_string());
            assert_eq!(c.code().parse::<Currency>(), Ok(c));
        }
        assert!("dem".parse::<Currency>().is_err());
    }
}
