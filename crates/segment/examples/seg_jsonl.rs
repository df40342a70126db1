//! Segments every `text` of a JSON Lines file once (for instruction counts under callgrind):
//! `cargo run --release -p finnews-segment --example seg_jsonl -- FILE.jsonl`.

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: seg_jsonl FILE.jsonl");
        std::process::exit(2);
    };
    let data = std::fs::read_to_string(&path).unwrap_or_default();
    let texts: Vec<String> = data
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v.get("text").and_then(|t| t.as_str()).map(str::to_owned))
        .collect();
    let opts = finnews_segment::Options::default();
    if std::env::var_os("LEX").is_some() {
        // The shared lexer alone, as the facade runs it (one token buffer reused).
        let mut toks = Vec::new();
        use std::hash::{Hash, Hasher};
        let mut h = std::collections::hash_map::DefaultHasher::new();
        let mut n = 0usize;
        for t in &texts {
            finnews_core::lexer::Lexer::new().lex_into(t, &mut toks);
            n += toks.len();
            toks.hash(&mut h);
        }
        println!(
            "{} texts, {n} tokens, hash {:016x}",
            texts.len(),
            h.finish()
        );
        return;
    }
    let (mut blocks, mut sentences, mut hash) = (0usize, 0usize, 0u64);
    for t in &texts {
        let s = finnews_segment::segment(t, &opts);
        if std::env::var_os("SEG_CHECK_DATE").is_some() {
            let again = s
                .blocks
                .iter()
                .find(|b| b.kind == finnews_segment::BlockKind::Dateline)
                .and_then(|b| finnews_segment::dateline(&t[b.span.range()]))
                .and_then(|d| d.date);
            if again != s.dateline_date {
                println!(
                    "DATE MISMATCH {:?} {:?} {:?}",
                    again,
                    s.dateline_date,
                    &t[..t.len().min(200)]
                );
            }
        }
        blocks += s.blocks.len();
        sentences += s.sentences.len();
        for b in &s.blocks {
            hash = hash
                .wrapping_mul(31)
                .wrapping_add(b.span.start() as u64 * 7 + b.span.end() as u64 + b.kind as u64);
        }
        for x in &s.sentences {
            hash = hash
                .wrapping_mul(31)
                .wrapping_add(x.span.start() as u64 * 7 + x.span.end() as u64 + x.block as u64);
        }
    }
    println!(
        "{} texts, {blocks} blocks, {sentences} sentences, hash {hash:016x}",
        texts.len()
    );
}
