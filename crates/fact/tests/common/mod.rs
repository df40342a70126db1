//! Shared by the fact tests: a document written with markers, its items given by hand (the
//! mention crates are not needed here).

use finnews_core::Span;
use finnews_fact::{Item, ItemKind};

/// A document written with markers: `[text|kind]` is an item of that kind (`m` money, `p`
/// percent, `n` number, `o` ordinal, `d` date, `u` duration, `pp` percentage points).
pub(crate) struct Doc {
    pub(crate) text: String,
    pub(crate) items: Vec<Item>,
}

pub(crate) fn doc(marked: &str) -> Doc {
    let mut text = String::new();
    let mut items = Vec::new();
    let mut rest = marked;
    while let Some(open) = rest.find('[') {
        text.push_str(&rest[..open]);
        let close = rest[open..].find(']').expect("closing bracket") + open;
        let inner = &rest[open + 1..close];
        let (body, kind) = inner.rsplit_once('|').expect("a kind");
        let start = text.len();
        text.push_str(body);
        let span = Span::new(start, text.len());
        let item = match kind {
            "m" => Item::new(span, ItemKind::Money),
            "p" => Item::new(span, ItemKind::Percent),
            "pp" => Item::new(span, ItemKind::Percent).with_points(),
            "n" => Item::new(span, ItemKind::Number),
            "o" => Item::new(span, ItemKind::Ordinal),
            "d" => Item::new(span, ItemKind::Date),
            "u" => Item::new(span, ItemKind::Duration),
            other => panic!("unknown kind {other}"),
        };
        items.push(item);
        rest = &rest[close + 1..];
    }
    text.push_str(rest);
    Doc { text, items }
}
