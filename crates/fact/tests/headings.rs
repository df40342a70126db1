//! Mechanisms checked on pages written for the purpose (none from the dev set): a results
//! table's sub-heading that names no date leaves its rows undated; the next row's label is no
//! counted noun of a row's last value; a determiner after a plain word starts the verb's
//! subject; a ticker's bracketed aside ends the name before it; a capitals title whose words
//! before the ticker hold a preposition is a headline, not the company's name; a one-word
//! sentence opener before `said` that the capitals title opens with is a name; movement verbs
//! such as `narrowed` end the metric phrase; a unit left after a count (`short tons of`) counts
//! what its `of` names.

mod pages;

use finnews_fact::{Fact, Item, ItemKind, Period, Role};
use pages::{facts, find, metric};

fn fact<'f, 'a>(f: &'f [Fact<&'a str>], value: usize) -> &'f Fact<&'a str> {
    f.iter().find(|f| f.value == value).expect("a fact")
}

fn subject<'a>(f: &Fact<&'a str>) -> &'a str {
    f.subject.as_ref().map_or("", |s| s.text)
}

#[test]
fn rows_under_a_sub_heading_naming_no_date_are_undated() {
    let text = "BRAMBLE TOOLS <BRT> 2ND QTR NET\n\n    Shr 31 cts vs 27 cts\n    Net 4,120,000 vs 3,560,000\n    Six mths\n    Shr 58 cts vs 49 cts\n    Net 7,730,000 vs 6,410,000\n";
    let at = |s: &str| find(text, s);
    let items = [
        Item::new(at("2ND QTR"), ItemKind::Date),
        Item::new(at("31 cts"), ItemKind::Money),
        Item::new(at("27 cts"), ItemKind::Money),
        Item::new(at("4,120,000"), ItemKind::Number),
        Item::new(at("3,560,000"), ItemKind::Number),
        Item::new(at("Six mths"), ItemKind::Duration),
        Item::new(at("58 cts"), ItemKind::Money),
        Item::new(at("49 cts"), ItemKind::Money),
        Item::new(at("7,730,000"), ItemKind::Number),
        Item::new(at("6,410,000"), ItemKind::Number),
    ];
    let f = facts(text, &items);
    // Above the sub-heading: the title's quarter.
    assert_eq!(fact(&f, 1).period, Period::Mention(0), "{:?}", fact(&f, 1));
    assert_eq!(fact(&f, 3).period, Period::Mention(0));
    // Below it: no mention names the half, and a vs column has nothing to shift.
    for v in [6, 7, 8, 9] {
        let x = fact(&f, v);
        assert_eq!(x.period, Period::None, "{x:?}");
        assert!(x.period_offset.is_none(), "{x:?}");
    }
    assert_eq!(metric(fact(&f, 6)), "Shr");
}

#[test]
fn a_category_line_between_rows_keeps_the_table_s_period() {
    // `Operating items` names no period (no unit of time): the rows under it keep the quarter.
    let text = "BRAMBLE TOOLS <BRT> 2ND QTR NET\n\n    Shr 31 cts vs 27 cts\n    Revs 41,200 vs 35,600\n    Operating items\n    Costs 22,100 vs 19,800\n    Net 4,120 vs 3,560\n";
    let at = |s: &str| find(text, s);
    let items = [
        Item::new(at("2ND QTR"), ItemKind::Date),
        Item::new(at("31 cts"), ItemKind::Money),
        Item::new(at("27 cts"), ItemKind::Money),
        Item::new(at("41,200"), ItemKind::Number),
        Item::new(at("35,600"), ItemKind::Number),
        Item::new(at("22,100"), ItemKind::Number),
        Item::new(at("19,800"), ItemKind::Number),
        Item::new(at("4,120"), ItemKind::Number),
        Item::new(at("3,560"), ItemKind::Number),
    ];
    let f = facts(text, &items);
    for v in [5, 7] {
        let x = fact(&f, v);
        assert_eq!(x.period, Period::Mention(0), "{x:?}");
    }
}

#[test]
fn the_next_row_s_label_is_no_counted_noun() {
    let text = "Harbor Foods reported its results on Tuesday.\n\n                  Q1 2025     Q1 2024\nRevenue             $820        $760\nOperating profit     $95         $88\n";
    let at = |s: &str| find(text, s);
    let items = [
        Item::new(at("Tuesday"), ItemKind::Date),
        Item::new(at("Q1 2025"), ItemKind::Date),
        Item::new(at("Q1 2024"), ItemKind::Date),
        Item::new(at("$820"), ItemKind::Money),
        Item::new(at("$760"), ItemKind::Money),
        Item::new(at("$95"), ItemKind::Money),
        Item::new(at("$88"), ItemKind::Money),
    ];
    let f = facts(text, &items);
    assert_eq!(metric(fact(&f, 4)), "Revenue", "{:?}", fact(&f, 4));
    assert_eq!(fact(&f, 4).period, Period::Mention(2));
    assert_eq!(metric(fact(&f, 6)), "Operating profit");
    // Prose wrapped after a value keeps its counted noun on the next line.
    let text = "The group now runs 140\nstores in the region.";
    let items = [Item::new(find(text, "140"), ItemKind::Number)];
    assert_eq!(metric(&facts(text, &items)[0]), "stores");
}

#[test]
fn a_determiner_after_a_plain_word_starts_the_subject_phrase() {
    let text = "The central bank left its benchmark rate unchanged at 4.5 pct on Thursday.";
    let items = [
        Item::new(find(text, "4.5 pct"), ItemKind::Percent),
        Item::new(find(text, "Thursday"), ItemKind::Date),
    ];
    let f = facts(text, &items);
    assert_eq!(metric(&f[0]), "benchmark rate", "{:?}", f[0]);
    assert_eq!(f[0].role, Role::Level);
    // Inside an `of` phrase the determiner stays: the owner is named after it.
    let text = "Sales of the Delta Group rose 4 pct in May.";
    let items = [
        Item::new(find(text, "4 pct"), ItemKind::Percent),
        Item::new(find(text, "May"), ItemKind::Date),
    ];
    let f = facts(text, &items);
    assert_eq!(subject(&f[0]), "Delta Group", "{:?}", f[0]);
}

#[test]
fn movement_verbs_end_the_metric_phrase() {
    let text = "The trade deficit narrowed to 10.4 billion dlrs in May, while export growth slowed to 2.1 pct.";
    let items = [
        Item::new(find(text, "10.4 billion dlrs"), ItemKind::Money),
        Item::new(find(text, "May"), ItemKind::Date),
        Item::new(find(text, "2.1 pct"), ItemKind::Percent),
    ];
    let f = facts(text, &items);
    assert_eq!(metric(&f[0]), "trade deficit", "{:?}", f[0]);
    assert_eq!(f[0].role, Role::Level);
    assert_eq!(metric(&f[1]), "export growth", "{:?}", f[1]);
}

#[test]
fn a_ticker_aside_before_the_verb_is_the_name_s() {
    let text = "Kestrel Foods Inc. (NYSE: KFI) reported net sales of $1.2 billion, an increase of 6.2% from a year earlier.";
    let items = [
        Item::new(find(text, "$1.2 billion"), ItemKind::Money),
        Item::new(find(text, "6.2%"), ItemKind::Percent),
    ];
    let f = facts(text, &items);
    assert!(subject(&f[1]).starts_with("Kestrel Foods"), "{:?}", f[1]);
}

#[test]
fn a_headline_before_a_ticker_is_no_name_and_the_lead_s_one_word_name_is() {
    // The title's words before the code hold `TO`: a headline; the lead's `Valora said` names
    // the company though the body writes it only where sentences start.
    let text = "VALORA TO SELL HARWOOD UNIT <HWD>\n\nValora said it would sell the unit for 40 mln dlrs.\nHarwood Group posted sales of 12 mln dlrs last year.\n";
    let items = [
        Item::new(find(text, "40 mln dlrs"), ItemKind::Money),
        Item::new(find(text, "12 mln dlrs"), ItemKind::Money),
        Item::new(find(text, "last year"), ItemKind::Date),
    ];
    let f = facts(text, &items);
    assert_eq!(subject(&f[0]), "Valora", "{:?}", f[0]);
    // A name before the code with no such word is still the ticker's company.
    let text = "HARWOOD GROUP <HWD> 4TH QTR NET\n\n    Shr 12 cts vs 10 cts\n";
    let items = [
        Item::new(find(text, "4TH QTR"), ItemKind::Date),
        Item::new(find(text, "12 cts"), ItemKind::Money),
        Item::new(find(text, "10 cts"), ItemKind::Money),
    ];
    let f = facts(text, &items);
    assert_eq!(subject(&f[0]), "HARWOOD GROUP", "{:?}", f[0]);
}

#[test]
fn a_unit_left_after_a_count_counts_what_its_of_names() {
    let text = "The mine produced 18,500 short tons of copper concentrate in April.";
    let items = [
        Item::new(find(text, "18,500"), ItemKind::Number),
        Item::new(find(text, "April"), ItemKind::Date),
    ];
    let f = facts(text, &items);
    assert_eq!(metric(&f[0]), "copper concentrate", "{:?}", f[0]);
    // A unit with no `of` after it names nothing: the verb's subject does.
    let text = "Cocoa arrivals were 42,300 bags in the week.";
    let items = [Item::new(find(text, "42,300"), ItemKind::Number)];
    assert_eq!(metric(&facts(text, &items)[0]), "Cocoa arrivals");
}
