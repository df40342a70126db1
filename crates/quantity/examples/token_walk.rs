//! `finnews_quantity::extract_with_tokens` over the texts (`text` or `body`) of a JSON Lines
//! corpus, lexed once each (as the facade does): a harness for instruction counts.
//!
//! `valgrind --tool=callgrind target/release/examples/token_walk corpus.jsonl`
fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args()
        .nth(1)
        .ok_or("usage: token_walk CORPUS.jsonl")?;
    let data = std::fs::read_to_string(path)?;
    let mut texts = Vec::new();
    for line in data.lines() {
        let v: serde_json::Value = serde_json::from_str(line)?;
        if let Some(b) = v
            .get("text")
            .or_else(|| v.get("body"))
            .and_then(|b| b.as_str())
        {
            texts.push(b.to_owned());
        }
    }
    let lexed: Vec<_> = texts.iter().map(|t| finnews_core::lexer::lex(t)).collect();
    let opts = finnews_quantity::Options::default();
    let mut found = 0;
    for (t, tokens) in texts.iter().zip(&lexed) {
        found += finnews_quantity::extract_with_tokens(t, tokens, &opts).len();
    }
    println!("{} texts, {found} quantities", texts.len());
    Ok(())
}
