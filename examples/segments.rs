//! `finnews-segment` on its own: the blocks and sentences of a page, as byte spans.
//!
//! ```text
//! cargo run --example segments -- seeds/000_a11229f57620e9a8.txt
//! ```

use finnews_segment::{Options, segment};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let text = match std::env::args().nth(1) {
        Some(path) => std::fs::read_to_string(path)?,
        None => {
            "Mizuho signs MOU\n\nSeptember 29, 2020\n\nMizuho signed. It was a good day.\n".into()
        }
    };
    let seg = segment(&text, &Options::default());
    for (i, block) in seg.blocks.iter().enumerate() {
        let body = &text[block.span.range()];
        let first_line = body.lines().next().unwrap_or("");
        println!(
            "{i:>3} {:<12} {}",
            block.kind,
            first_line.chars().take(70).collect::<String>()
        );
        for s in seg.sentences.iter().filter(|s| s.block == i) {
            println!("      sentence {}..{}", s.span.start(), s.span.end());
        }
    }
    Ok(())
}
