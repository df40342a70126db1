//! Linear scaling on hostile input: `analyze` on pathological texts of 1 KB, 100 KB and 10 MB.
//!
//! Every case reports `Throughput::Bytes`, so criterion prints bytes per second for each size;
//! the cost per byte at 10 MB must stay within 2x of the cost at 1 KB (no quadratic rescans).
//! Figures: `docs/robustness.md`.
//!
//! Run: `cargo bench --bench pathological` (all sizes), `cargo bench --bench pathological -- 10MB`
//! (one size). CI runs `cargo bench --bench pathological -- --test` (each case once).
//! `PATHOLOGICAL_SUMMARY=1 cargo bench --bench pathological` prints the per-byte table instead.

use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{BenchmarkId, Criterion, SamplingMode, Throughput, criterion_group};

/// The cases: a name and the unit that is repeated (or cycled) to the wanted size.
const CASES: &[(&str, &str)] = &[
    // One enormous numeral candidate: digits and commas, no spaces.
    ("digits_commas", "1,000,000,000,000,123,456,789,"),
    ("digits_only", "1234567890"),
    ("dotted", "1.1."),
    ("parens", "(((("),
    ("dollars", "$$$$"),
    ("currency_codes", "USD "),
    ("millions", "1,000,000 "),
    (
        "months",
        "January February March April May June July August September October November December ",
    ),
    ("month_day_year", "June 30, 2024 "),
    ("quarters", "Q1 Q2 Q3 Q4 H1 FY2023 "),
    ("percent", "7.7% "),
    (
        "one_line",
        "Loans rose 7.7% to RMB 398.95 billion in October 2016, up $1.2 million from Q3 2015. ",
    ),
    ("newlines", "\n"),
    ("short_lines", "a\n"),
    ("sentences", "A. "),
    ("cjk_numerals", "三千九百八十九点五亿元"),
    ("cjk_dates", "1年2月3日"),
    ("scale_words", "billion million "),
    ("dashes", "1-2-3-4-"),
];

const SIZES: &[(&str, usize)] = &[("1KB", 1 << 10), ("100KB", 100 << 10), ("10MB", 10 << 20)];

/// `unit` repeated to exactly `len` bytes or fewer (never splitting a char).
fn build(unit: &str, len: usize) -> String {
    let mut s = String::with_capacity(len + unit.len());
    while s.len() + unit.len() <= len {
        s.push_str(unit);
    }
    for c in unit.chars() {
        if s.len() + c.len_utf8() > len {
            break;
        }
        s.push(c);
    }
    s
}

fn pathological(c: &mut Criterion) {
    let opts = finnews::Options::default();
    for &(size_name, len) in SIZES {
        let mut g = c.benchmark_group(format!("pathological/{size_name}"));
        if len >= 1 << 20 {
            g.sample_size(10)
                .sampling_mode(SamplingMode::Flat)
                .warm_up_time(Duration::from_millis(500))
                .measurement_time(Duration::from_secs(3));
        } else {
            g.warm_up_time(Duration::from_millis(300))
                .measurement_time(Duration::from_secs(1));
        }
        for &(name, unit) in CASES {
            let text = build(unit, len);
            g.throughput(Throughput::Bytes(text.len() as u64));
            g.bench_with_input(BenchmarkId::from_parameter(name), &text, |b, text| {
                b.iter(|| {
                    let a = finnews::analyze(black_box(text), &opts);
                    black_box((a.blocks.len(), a.sentences.len(), a.mentions.len()))
                });
            });
        }
        g.finish();
    }
}

/// The per-byte table of `docs/robustness.md`: for every case, the best time per byte over
/// repeated runs at each size, and the ratio of the 10 MB cost to the 1 KB cost (which must stay
/// under 2). Run: `PATHOLOGICAL_SUMMARY=1 cargo bench --bench pathological`.
///
/// `PATHOLOGICAL_CASE=parens` keeps the cases whose name contains `parens`;
/// `PATHOLOGICAL_LAYER=segment` (or `quantity`, `date`) times that layer alone instead of
/// `analyze`, to tell which one does not scale.
fn summary() {
    let case_filter = std::env::var("PATHOLOGICAL_CASE").unwrap_or_default();
    let layer = std::env::var("PATHOLOGICAL_LAYER").unwrap_or_default();
    let opts = finnews::Options::default();
    let run = |text: &str| -> usize {
        match layer.as_str() {
            "segment" => finnews::segment::segment(text, &finnews::segment::Options::default())
                .sentences
                .len(),
            "quantity" => {
                finnews::quantity::extract(text, &finnews::quantity::Options::default()).len()
            }
            "date" => finnews::date::extract(text, &finnews::date::Options::default()).len(),
            _ => finnews::analyze(text, &opts).mentions.len(),
        }
    };
    if !layer.is_empty() {
        println!("layer: {layer}");
    }
    println!("| case | 1 KB ns/B | 100 KB ns/B | 10 MB ns/B | 10 MB / 1 KB |");
    println!("| --- | ---: | ---: | ---: | ---: |");
    let mut worst = 0.0_f64;
    for &(name, unit) in CASES
        .iter()
        .filter(|(n, _)| n.contains(case_filter.as_str()))
    {
        let mut per_byte = Vec::new();
        for &(_, len) in SIZES {
            let text = build(unit, len);
            // Batches of runs long enough to time; the best batch counts (least disturbed).
            let per_batch = (1 << 20) / len.max(1) + 1;
            let mut best = f64::INFINITY;
            let deadline = Instant::now() + Duration::from_millis(1500);
            let mut batches = 0;
            while batches < 3 || (Instant::now() < deadline && batches < 50) {
                let t = Instant::now();
                for _ in 0..per_batch {
                    black_box(run(black_box(&text)));
                }
                let ns = t.elapsed().as_secs_f64() * 1e9 / (per_batch * text.len()) as f64;
                best = best.min(ns);
                batches += 1;
            }
            per_byte.push(best);
        }
        let ratio = per_byte[2] / per_byte[0];
        worst = worst.max(ratio);
        println!(
            "| {name} | {:.2} | {:.2} | {:.2} | {ratio:.2}{} |",
            per_byte[0],
            per_byte[1],
            per_byte[2],
            if ratio > 2.0 { " (over 2x)" } else { "" }
        );
    }
    println!("\nworst 10 MB / 1 KB ratio: {worst:.2}");
}

criterion_group!(benches, pathological);

fn main() {
    if std::env::var_os("PATHOLOGICAL_SUMMARY").is_some() {
        summary();
        return;
    }
    benches();
    Criterion::default().configure_from_args().final_summary();
}
