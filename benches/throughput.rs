//! End-to-end and per-component throughput.
//!
//! Input: the Reuters-21578 corpus when `FINNEWS_BENCH_CORPUS` names its JSONL file or
//! `../shared/corpus/reuters21578/reuters21578.jsonl` exists (title, a blank line, then the
//! dateline running into the body, as `scripts/reuters-jsonl.py` writes them), else the seed documents.
//! Run: `cargo bench --bench throughput`; CI runs `cargo bench -- --test`.

use std::path::{Path, PathBuf};

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

fn corpus() -> (String, Vec<String>) {
    let default = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/corpus/reuters21578/reuters21578.jsonl");
    let path = std::env::var_os("FINNEWS_BENCH_CORPUS")
        .map(PathBuf::from)
        .unwrap_or(default);
    if let Ok(raw) = std::fs::read_to_string(&path) {
        let docs: Vec<String> = raw
            .lines()
            .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
            .map(|v| {
                // Title, blank line, then the dateline running into the body, as on the wire.
                let field = |k: &str| v.get(k).and_then(|x| x.as_str()).unwrap_or("");
                let body = format!("{}{}{}", field("dateline"), field("body"), field("text"));
                [field("title"), body.as_str()]
                    .iter()
                    .map(|p| p.trim_matches('\n'))
                    .filter(|p| !p.trim().is_empty())
                    .collect::<Vec<_>>()
                    .join("\n\n")
            })
            .filter(|d| !d.trim().is_empty())
            .collect();
        return ("reuters21578".to_owned(), docs);
    }
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let mut docs = Vec::new();
    if let Ok(dir) = std::fs::read_dir(seeds) {
        let mut paths: Vec<_> = dir.filter_map(Result::ok).map(|e| e.path()).collect();
        paths.sort();
        for p in paths
            .into_iter()
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        {
            if let Ok(t) = std::fs::read_to_string(p) {
                docs.push(t);
            }
        }
    }
    ("seeds".to_owned(), docs)
}

fn throughput(c: &mut Criterion) {
    let (name, docs) = corpus();
    let bytes: usize = docs.iter().map(String::len).sum();
    let mut g = c.benchmark_group(format!("throughput/{name}"));
    g.throughput(Throughput::Bytes(bytes as u64));
    g.sample_size(10);
    let opts = finnews::Options::default();
    g.bench_function("analyze", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| finnews::analyze(d, &opts).mentions.len())
                .sum::<usize>()
        });
    });
    let q = finnews::quantity::Options::default();
    g.bench_function("quantity", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| finnews::quantity::extract(d, &q).len())
                .sum::<usize>()
        });
    });
    let lexer = finnews_core::lexer::Lexer::new();
    let mut toks = Vec::new();
    g.bench_function("lex", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| {
                    lexer.lex_into(d, &mut toks);
                    toks.len()
                })
                .sum::<usize>()
        });
    });
    let dopts = finnews::date::Options::default();
    g.bench_function("date", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| finnews::date::extract(d, &dopts).len())
                .sum::<usize>()
        });
    });
    // Segmentation as `finnews::analyze` runs it (its own dateline scanner included).
    let s = finnews::segment::Options::default();
    g.bench_function("segment", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| finnews::segment::segment(d, &s).sentences.len())
                .sum::<usize>()
        });
    });
    g.finish();
}

criterion_group!(benches, throughput);
criterion_main!(benches);
