//! Replays the fact linker alone over documents the `finnews` command has analysed: reads the
//! texts (JSON Lines with a `text` field, as `finnews analyze --input jsonl` reads them) and the
//! command's output for them (one analysis per line, same order), rebuilds each document's
//! blocks, sentences and mentions, lexes the text once and runs
//! [`finnews_fact::extract_with_tokens`] on it.
//!
//! It measures the linker without the rest of the pipeline (run it under
//! `valgrind --tool=callgrind --toggle-collect='finnews_fact::extract::extract_with_tokens'`)
//! and, with `--print`, writes every fact (debug form) to compare two builds of the linker.
//!
//! ```text
//! finnews analyze --input jsonl --threads 1 docs.jsonl > out.jsonl
//! cargo run --release -p finnews-fact --example replay -- docs.jsonl out.jsonl [--print] [--repeat N]
//! ```

use std::io::{BufRead, BufReader, Write};

use finnews_core::Span;
use finnews_core::lexer::Lexer;
use finnews_fact::{Item, ItemKind, extract_with_tokens};
use finnews_segment::{Block, BlockKind, Sentence};
use serde_json::Value;

/// One document as the linker gets it.
struct Doc {
    text: String,
    blocks: Vec<Block>,
    sentences: Vec<Sentence>,
    items: Vec<Item>,
}

fn span(v: &Value) -> Option<Span> {
    let a = usize::try_from(v.get(0)?.as_u64()?).ok()?;
    let b = usize::try_from(v.get(1)?.as_u64()?).ok()?;
    Span::try_new(a, b)
}

fn item(m: &Value) -> Option<Item> {
    let kind = match m.get("kind")?.as_str()? {
        "money" => ItemKind::Money,
        "percent" => ItemKind::Percent,
        "measure" => ItemKind::Measure,
        "number" => ItemKind::Number,
        "ordinal" => ItemKind::Ordinal,
        "date" => ItemKind::Date,
        "duration" => ItemKind::Duration,
        _ => return None,
    };
    let item = Item::new(span(m.get("span")?)?, kind);
    let points = matches!(
        m.get("unit").and_then(Value::as_str),
        Some("percentage_point" | "basis_point")
    );
    Some(if points { item.with_points() } else { item })
}

fn doc(input: &str, output: &str) -> Option<Doc> {
    let input: Value = serde_json::from_str(input).ok()?;
    let output: Value = serde_json::from_str(output).ok()?;
    let text = input.get("text")?.as_str()?.to_owned();
    let list = |k: &str| output.get(k).and_then(Value::as_array).cloned();
    let blocks = list("blocks")?
        .iter()
        .filter_map(|b| {
            Some(Block {
                kind: b.get("kind")?.as_str()?.parse::<BlockKind>().ok()?,
                span: span(b.get("span")?)?,
            })
        })
        .collect();
    let sentences = list("sentences")?
        .iter()
        .filter_map(|s| {
            Some(Sentence {
                span: span(s.get("span")?)?,
                block: usize::try_from(s.get("block")?.as_u64()?).ok()?,
            })
        })
        .collect();
    let items = list("mentions")?.iter().filter_map(item).collect();
    Some(Doc {
        text,
        blocks,
        sentences,
        items,
    })
}

fn main() -> std::io::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let print = args.iter().any(|a| a == "--print");
    let repeat = args
        .iter()
        .position(|a| a == "--repeat")
        .and_then(|i| args.get(i + 1))
        .and_then(|n| n.parse::<usize>().ok())
        .unwrap_or(1);
    let files: Vec<&String> = args
        .iter()
        .filter(|a| !a.starts_with("--") && a.parse::<usize>().is_err())
        .collect();
    let [texts, analyses] = files[..] else {
        eprintln!("usage: replay TEXTS.jsonl ANALYSES.jsonl [--print] [--repeat N]");
        std::process::exit(2);
    };
    let texts = BufReader::new(std::fs::File::open(texts)?);
    let analyses = BufReader::new(std::fs::File::open(analyses)?);
    let mut docs = Vec::new();
    for (t, a) in texts.lines().zip(analyses.lines()) {
        if let Some(d) = doc(&t?, &a?) {
            docs.push(d);
        }
    }
    let lexer = Lexer::new();
    let mut tokens = Vec::new();
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let mut n = 0usize;
    for _ in 0..repeat {
        for (k, d) in docs.iter().enumerate() {
            lexer.lex_into(&d.text, &mut tokens);
            let facts = extract_with_tokens(&d.text, &tokens, &d.blocks, &d.sentences, &d.items);
            n += facts.len();
            if print {
                for f in &facts {
                    writeln!(out, "{k}\t{f:?}")?;
                }
            }
        }
    }
    writeln!(out, "{} documents, {n} facts", docs.len())?;
    Ok(())
}
