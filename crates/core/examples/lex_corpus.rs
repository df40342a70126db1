//! Lexes the `text` field of every line of a JSON Lines file, for instruction counts of the
//! lexer alone: `cargo run --release -p finnews-core --example lex_corpus -- FILE`.
//!
//! Prints the number of tokens, words with lexicon entries and bytes of text.

use finnews_core::lexer::Lexer;

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: lex_corpus FILE.jsonl");
        std::process::exit(2);
    };
    let data = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        eprintln!("{path}: {e}");
        std::process::exit(1);
    });
    let texts: Vec<String> = data
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v.get("text")?.as_str().map(str::to_owned))
        .collect();
    let mut toks = Vec::new();
    let (mut n, mut known, mut bytes) = (0usize, 0usize, 0usize);
    let lexer = Lexer::new();
    for t in &texts {
        lexer.lex_into(t, &mut toks);
        n += toks.len();
        known += toks.iter().filter(|t| t.entry.is_some()).count();
        bytes += t.len();
    }
    println!(
        "{n} tokens, {known} with an entry, {bytes} bytes, size_of::<Token>() = {}",
        std::mem::size_of::<finnews_core::lexer::Token>()
    );
}
