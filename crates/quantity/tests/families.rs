//! One test per family of quantities the crate reads, and the things it must not read.
#![allow(clippy::unwrap_used)]

use finnews_quantity::{
    Amount, Currency, Decimal, Modifier, Options, PercentUnit, Quantity, QuantityKind, Unit,
    extract,
};

fn all(text: &str) -> Vec<Quantity<'_>> {
    extract(text, &Options::default())
}

fn one(text: &str) -> Quantity<'_> {
    let found = all(text);
    assert_eq!(found.len(), 1, "{text:?} gave {found:?}");
    found.into_iter().next().unwrap()
}

fn d(s: &str) -> Decimal {
    s.parse().unwrap()
}

fn money(text: &str, slice: &str, value: &str, cur: Currency) {
    let q = one(text);
    assert_eq!(q.text, slice, "{text:?}");
    assert_eq!(q.kind, QuantityKind::Money { currency: cur }, "{text:?}");
    assert_eq!(q.amount, Amount::Exact(d(value)), "{text:?}");
}

#[test]
fn money_codes_symbols_names() {
    money(
        "GDP RMB 154.4 billion",
        "RMB 154.4 billion",
        "154400000000",
        Currency::CNY,
    );
    money(
        "it reached 154.4 billion yuan.",
        "154.4 billion yuan",
        "154400000000",
        Currency::CNY,
    );
    money(
        "USD 11.9 billion",
        "USD 11.9 billion",
        "11900000000",
        Currency::USD,
    );
    money(
        "11.9 billion US dollars",
        "11.9 billion US dollars",
        "11900000000",
        Currency::USD,
    );
    money("a $1.2bn deal", "$1.2bn", "1200000000", Currency::USD);
    money("RMB3.5tn", "RMB3.5tn", "3500000000000", Currency::CNY);
    money(
        "HK$ 10.05 billion",
        "HK$ 10.05 billion",
        "10050000000",
        Currency::HKD,
    );
    money("paid US$5m", "US$5m", "5000000", Currency::USD);
    money("€2 million", "€2 million", "2000000", Currency::EUR);
    money("£8.10 million", "£8.10 million", "8100000", Currency::GBP);
    money("₹500 crore", "₹500 crore", "5000000000", Currency::INR);
    money("Rs 3 lakh", "Rs 3 lakh", "300000", Currency::INR);
    money(
        "5 mln pounds sterling",
        "5 mln pounds sterling",
        "5000000",
        Currency::GBP,
    );
    money(
        "2.5 billion yen",
        "2.5 billion yen",
        "2500000000",
        Currency::JPY,
    );
    money(
        "a 323 million euros stake",
        "323 million euros",
        "323000000",
        Currency::EUR,
    );
    money(
        "10,000 swiss francs",
        "10,000 swiss francs",
        "10000",
        Currency::CHF,
    );
    money("the whole list: 40 ZAR", "40 ZAR", "40", Currency::ZAR);
}

#[test]
fn money_newswire() {
    money(
        "profit 10.2 mln dlrs vs",
        "10.2 mln dlrs",
        "10200000",
        Currency::USD,
    );
    money("1.5 bln dlrs", "1.5 bln dlrs", "1500000000", Currency::USD);
    money("up 16 cts", "16 cts", "0.16", Currency::USD);
    money("5 mln stg", "5 mln stg", "5000000", Currency::GBP);
}

#[test]
fn money_cjk() {
    money(
        "人民币3989.5亿元",
        "人民币3989.5亿元",
        "398950000000",
        Currency::CNY,
    );
    money(
        "达3,989.5亿元。",
        "3,989.5亿元",
        "398950000000",
        Currency::CNY,
    );
    money("1.5兆円", "1.5兆円", "1500000000000", Currency::JPY);
    money("500億円", "500億円", "50000000000", Currency::JPY);
    money("100元", "100元", "100", Currency::CNY);
}

#[test]
fn yen_sign_from_context_and_override() {
    let cn = "China's exports rose; the yuan fell. Sales were ¥500 million.";
    let q = &all(cn)[0];
    assert_eq!(
        q.kind,
        QuantityKind::Money {
            currency: Currency::CNY
        }
    );
    let jp = "Tokyo: Japan's Nikkei rose. Toyota earned ¥500 million.";
    let q = &all(jp)[0];
    assert_eq!(
        q.kind,
        QuantityKind::Money {
            currency: Currency::JPY
        }
    );
    let forced = extract(cn, &Options::default().with_yen(Some(Currency::JPY)));
    assert_eq!(
        forced[0].kind,
        QuantityKind::Money {
            currency: Currency::JPY
        }
    );
    // `$` alone is USD.
    money("$5", "$5", "5", Currency::USD);
}

fn percent(text: &str, slice: &str, value: &str, unit: PercentUnit) {
    let q = one(text);
    assert_eq!(q.text, slice, "{text:?}");
    assert_eq!(q.kind, QuantityKind::Percent { unit }, "{text:?}");
    assert_eq!(q.amount, Amount::Exact(d(value)), "{text:?}");
}

#[test]
fn percentages() {
    percent("up 7.7% on", "7.7%", "7.7", PercentUnit::Percent);
    percent(
        "12.99 percent",
        "12.99 percent",
        "12.99",
        PercentUnit::Percent,
    );
    percent("5 per cent", "5 per cent", "5", PercentUnit::Percent);
    percent("rose 3 pct", "3 pct", "3", PercentUnit::Percent);
    percent("０.５％", "０.５％", "0.5", PercentUnit::Percent);
    percent("增长百分之五", "百分之五", "5", PercentUnit::Percent);
    percent(
        "0.25 percentage points",
        "0.25 percentage points",
        "0.25",
        PercentUnit::PercentagePoint,
    );
    percent(
        "50 basis points",
        "50 basis points",
        "50",
        PercentUnit::BasisPoint,
    );
    percent("cut 50bp", "50bp", "50", PercentUnit::BasisPoint);
    percent("50 bps", "50 bps", "50", PercentUnit::BasisPoint);
}

fn measure(text: &str, slice: &str, value: &str, unit: Unit) {
    let q = one(text);
    assert_eq!(q.text, slice, "{text:?}");
    assert_eq!(q.kind, QuantityKind::Measure { unit }, "{text:?}");
    assert_eq!(q.amount, Amount::Exact(d(value)), "{text:?}");
}

#[test]
fn measures() {
    measure("Area: 508km2", "508km2", "508", Unit::Km2);
    measure("508 km²", "508 km²", "508", Unit::Km2);
    measure("508 sq km", "508 sq km", "508", Unit::Km2);
    measure(
        "508 square kilometres",
        "508 square kilometres",
        "508",
        Unit::Km2,
    );
    measure("2,000 hectares", "2,000 hectares", "2000", Unit::Ha);
    measure("300 mu", "300 mu", "300", Unit::Mu);
    measure("1,200 sqm", "1,200 sqm", "1200", Unit::M2);
    measure("5,000 tonnes", "5,000 tonnes", "5000", Unit::T);
    measure("a 100t crane", "100t", "100", Unit::T);
    measure("产量50万吨", "50万吨", "500000", Unit::T);
    measure("2 mln barrels", "2 mln barrels", "2000000", Unit::Bbl);
    measure("300 bbl", "300 bbl", "300", Unit::Bbl);
    measure("9 cubic metres", "9 cubic metres", "9", Unit::M3);
    measure("40 kWh", "40 kWh", "40", Unit::KWh);
    measure("3.2 GWh", "3.2 GWh", "3.2", Unit::GWh);
    measure("a 600 MW plant", "600 MW", "600", Unit::MW);
    measure("2 GW", "2 GW", "2", Unit::GW);
    measure("PDF/14KB", "14KB", "14", Unit::KB);
    measure("1.2 million TEU", "1.2 million TEU", "1200000", Unit::Teu);
    measure("a six-mile trip", "six-mile", "6", Unit::Mi);
    // A bare `m` is metres outside money.
    measure("5m deep", "5m", "5", Unit::M);
}

fn number(text: &str, slice: &str, value: &str) {
    let q = one(text);
    assert_eq!(q.text, slice, "{text:?}");
    assert_eq!(q.kind, QuantityKind::Number, "{text:?}");
    assert_eq!(q.amount, Amount::Exact(d(value)), "{text:?}");
}

#[test]
fn numbers() {
    number("2,316 chains", "2,316", "2316");
    number("some 1 800 firms", "some 1 800", "1800");
    number("just .5 of it", ".5", "0.5");
    number("１２３", "１２３", "123");
    number("twenty-eight chains", "twenty-eight", "28");
    number("two hundred and five firms", "two hundred and five", "205");
    number("a dozen banks", "a dozen", "12");
    number("half a billion", "half a billion", "500000000");
    number("one-third", "one-third", "0.333333333333333");
    number("three quarters", "three quarters", "0.75");
    number("三千九百八十九点五", "三千九百八十九点五", "3989.5");
    number("一万二千", "一万二千", "12000");
    number("两亿", "两亿", "200000000");
    number("1.2万", "1.2万", "12000");
    number("12兆", "12兆", "12000000000000");
    number("3 lakh", "3 lakh", "300000");
    number("1.5 crore", "1.5 crore", "15000000");
    number("12,34,567", "12,34,567", "1234567");
    number("10 advanced clusters", "10", "10");
    number("四百五", "四百五", "450");
    number("两千四百五", "两千四百五", "2450");
    number("负三十二", "负三十二", "-32");
    number("2000 over 3", "2000 over 3", "666.666666666667");
}

#[test]
fn cjk_tenths_and_discounts() {
    percent("七成", "七成", "70", PercentUnit::Percent);
    percent("打75折", "75折", "75", PercentUnit::Percent);
    percent("打八折", "八折", "80", PercentUnit::Percent);
}

#[test]
fn degenerate_input_does_not_panic() {
    for text in [
        "one hundred and ".repeat(200),
        "一".repeat(100),
        "9".repeat(100),
        "1,".repeat(100),
        "$".repeat(50) + "5",
        "¥¥¥1".to_owned(),
        "5 million billion trillion thousand lakh crore".to_owned(),
    ] {
        for q in all(&text) {
            assert_eq!(&text[q.span.range()], q.text);
        }
    }
}

#[test]
fn ordinals() {
    for (text, slice, v) in [
        ("the 5th Summit", "5th", "5"),
        ("on the 31st floor", "31st", "31"),
        ("ranking second in", "second", "2"),
        ("the twenty-first century", "twenty-first", "21"),
        ("第五届", "第五", "5"),
    ] {
        let q = one(text);
        assert_eq!((q.text, q.kind), (slice, QuantityKind::Ordinal), "{text:?}");
        assert_eq!(q.amount, Amount::Exact(d(v)));
    }
}

#[test]
fn ranges() {
    let q = one("RMB 3-5 billion");
    assert_eq!(
        q.kind,
        QuantityKind::Money {
            currency: Currency::CNY
        }
    );
    assert_eq!(
        q.amount,
        Amount::Range {
            low: d("3000000000"),
            high: d("5000000000")
        }
    );
    let q = one("3 to 5 billion yuan");
    assert_eq!(
        q.amount,
        Amount::Range {
            low: d("3000000000"),
            high: d("5000000000")
        }
    );
    assert_eq!(
        q.kind,
        QuantityKind::Money {
            currency: Currency::CNY
        }
    );
    let q = one("between 5% and 7%");
    assert_eq!(
        q.amount,
        Amount::Range {
            low: d("5"),
            high: d("7")
        }
    );
    assert_eq!(
        q.kind,
        QuantityKind::Percent {
            unit: PercentUnit::Percent
        }
    );
    let q = one("5%-7%");
    assert_eq!(
        q.amount,
        Amount::Range {
            low: d("5"),
            high: d("7")
        }
    );
    // `from A to B` is a change, not a range.
    assert_eq!(all("rose from 5% to 7%").len(), 2);
}

#[test]
fn modifiers() {
    for (text, slice, m) in [
        ("approx. 700,000", "approx. 700,000", Modifier::Approx),
        ("about 160", "about 160", Modifier::Approx),
        ("around 5%", "around 5%", Modifier::Approx),
        ("some 300 firms", "some 300", Modifier::Approx),
        ("roughly $5", "roughly $5", Modifier::Approx),
        ("nearly 40 tonnes", "nearly 40 tonnes", Modifier::Approx),
        ("Over 1,800", "Over 1,800", Modifier::Over),
        ("more than 1,800", "more than 1,800", Modifier::Over),
        ("above 3%", "above 3%", Modifier::Over),
        ("exceeding 3%", "exceeding 3%", Modifier::Over),
        ("under 20", "under 20", Modifier::Under),
        ("less than 15 %", "less than 15 %", Modifier::Under),
        ("fewer than 20", "fewer than 20", Modifier::Under),
        ("up to 500 MW", "up to 500 MW", Modifier::AtMost),
        ("at least 3 pct", "at least 3 pct", Modifier::AtLeast),
        ("约5亿元", "约5亿元", Modifier::Approx),
        ("近300亩", "近300亩", Modifier::Approx),
        ("超过1000吨", "超过1000吨", Modifier::Over),
        ("逾2000亿元", "逾2000亿元", Modifier::Over),
    ] {
        let q = one(text);
        assert_eq!((q.text, q.modifier), (slice, Some(m)), "{text:?}");
    }
}

#[test]
fn negatives_only_from_a_sign() {
    percent("growth of -3.2%", "-3.2%", "-3.2", PercentUnit::Percent);
    percent("growth of −3.2%", "−3.2%", "-3.2", PercentUnit::Percent);
    percent("exports fell 3.2%", "3.2%", "3.2", PercentUnit::Percent);
    percent(
        "minus 5 percent",
        "minus 5 percent",
        "-5",
        PercentUnit::Percent,
    );
}

#[test]
fn not_quantities() {
    for text in [
        "in 1992",
        "since 2019",
        "October 2016",
        "September 29, 2020",
        "On May 4 and 5",
        "at 10:30 today",
        "at 2 pm",
        "call +1-222-333-4444",
        "Windows 11",
        "v2.3.1 released",
        "Article 5",
        "COVID-19",
        "the G20",
        "an A320",
        "Room 1203",
        "Kweichow Moutai (600519.SH)",
        "abc123def",
        "see http://example.com/2020/05/x",
        "the “1028” system",
        "1. Site Top",
        "2020年9月29日",
    ] {
        assert!(all(text).is_empty(), "{text:?} gave {:?}", all(text));
    }
}

#[test]
fn spans_include_modifier_and_currency() {
    let text = "with a total loan balance of about RMB 53.54 billion.";
    let q = one(text);
    assert_eq!(&text[q.span.range()], "about RMB 53.54 billion");
    assert_eq!(q.amount, Amount::Exact(d("53540000000")));
}

#[test]
fn capitalised_spaced_bp_is_a_name_not_basis_points() {
    use finnews_quantity::{Options, PercentUnit, QuantityKind, extract};
    let bp = |t: &str| {
        extract(t, &Options::default()).iter().any(|q| {
            q.kind
                == QuantityKind::Percent {
                    unit: PercentUnit::BasisPoint,
                }
        })
    };
    assert!(!bp("In 2003 BP invested heavily."));
    assert!(bp("Rates rose 50bp."));
    assert!(bp("Rates rose 50BP."));
    assert!(bp("Rates rose 50 bps."));
    assert!(bp("Rates rose 25 basis points."));
}

#[test]
fn the_longest_modifier_wins() {
    let q = one("the bank will sell no more than 40 pct of the shares");
    assert_eq!(q.text, "no more than 40 pct");
    assert_eq!(q.modifier, Some(Modifier::AtMost));
    let q = one("a harvest of no less than 230 mln tonnes");
    assert_eq!(q.text, "no less than 230 mln tonnes");
    assert_eq!(q.modifier, Some(Modifier::AtLeast));
    let q = one("it sold more than 40 pct");
    assert_eq!(q.text, "more than 40 pct");
    assert_eq!(q.modifier, Some(Modifier::Over));
}
