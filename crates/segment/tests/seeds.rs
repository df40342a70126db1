//! The seed documents' expected blocks, reviewed by hand (kind and the start of the text).

use finnews_segment::{BlockKind::*, Options, segment};

fn check(text: &str, expected: &[(finnews_segment::BlockKind, &str, usize)]) {
    let seg = segment(text, &Options::default());
    let got: Vec<_> = seg
        .blocks
        .iter()
        .enumerate()
        .map(|(i, b)| {
            let sentences = seg.sentences.iter().filter(|s| s.block == i).count();
            (b.kind, &text[b.span.range()], sentences)
        })
        .collect();
    assert_eq!(got.len(), expected.len(), "{got:#?}");
    for (g, e) in got.iter().zip(expected) {
        assert_eq!(g.0, e.0, "{g:?}");
        assert!(g.1.starts_with(e.1), "{g:?} should start with {:?}", e.1);
        assert_eq!(g.2, e.2, "sentences of {g:?}");
    }
}

#[test]
fn seed_000() {
    check(
        include_str!("seeds/000_a11229f57620e9a8.txt"),
        &[
            (Title, "Mizuho signs MOU for business cooperation", 1),
            (Dateline, "September 29, 2020", 1),
            (Paragraph, "On September 28, 2020, Mizuho Bank, Ltd.", 1),
            (Paragraph, "Changzhou (Jiangsu Province) is", 3),
            (Paragraph, "The new intelligent manufacturing", 1),
            (Paragraph, "Mizuho has developed", 3),
            (Heading, "Reference: Overview of the Changzhou", 1),
            (Paragraph, "(figures as of 2019)", 1),
            (Field, "Basic data Located in", 1),
            (Field, "Area: 508km2", 1),
            (Field, "Population: approx. 700,000", 1),
            (Field, "Main industries Automobiles", 1),
            (Field, "GDP RMB 154.4 billion", 1),
            (Field, "Trade volume USD 11.9 billion", 1),
            (Boilerplate, "PDF for print (PDF/14KB)", 1),
            (Boilerplate, "Mizuho news from around the globe", 1),
            (Boilerplate, "Mizuho Global News", 1),
            (Boilerplate, "Back to top", 1),
        ],
    );
    let text = include_str!("seeds/000_a11229f57620e9a8.txt");
    let seg = segment(text, &Options::default());
    let area = seg.blocks[9];
    assert_eq!(&text[area.span.range()], "Area: 508km2");
}

#[test]
fn seed_001() {
    check(
        include_str!("seeds/001_7af034f4d3333d04.txt"),
        &[
            (Navigation, "1. Site Top", 1),
            (Navigation, "2. About Us", 1),
            (Navigation, "3. JETRO Topics", 1),
            (Navigation, "4. JETRO concludes MOU", 1),
            (Navigation, "JETRO Topics", 1),
            (
                Title,
                "JETRO concludes MOU with Chongqing Municipal Government",
                1,
            ),
            (Dateline, "October 2013", 1),
            (Paragraph, "On October 31, 2013, JETRO concluded", 1),
            (Paragraph, "Chongqing City, the sole", 2),
            (Paragraph, "By concluding this MOU", 1),
            (Paragraph, "The parties agreed to:", 1),
            (ListItem, "• Support the presentation", 1),
            (ListItem, "• Co-host regular dialogues", 1),
            (ListItem, "• Promote cooperation in various fields", 1),
            (ListItem, "• Promote cooperation in the field", 1),
            (Heading, "Holding Japan-China hot spring symposium", 1),
            (Paragraph, "On October 30 and 31", 1),
            (Paragraph, "Since its official designation", 4),
        ],
    );
}

#[test]
fn seed_002() {
    check(
        include_str!("seeds/002_8e0856310b666845.txt"),
        &[
            (Paragraph, "In the first half of this year (H1)", 5),
            (Paragraph, "Changzhou’s banking sector", 3),
            (Paragraph, "The local financial regulatory", 4),
            (Boilerplate, "扫一扫在手机打开当前页 |", 1),
        ],
    );
}
