//! The command writes the contract's JSON by hand (streaming, few allocations). These tests prove
//! it byte-identical to the serde form of the library's `Analysis` — compact and `--pretty` —
//! over the seeds and over generated documents full of escapes, CJK, control characters and
//! every kind of mention.

mod common;

use common::{finnews, repo, stderr};
use serde::Serialize;
use serde_json::value::RawValue;

/// A document's line as serde writes it: the old command's envelope around the library's form.
#[derive(Serialize)]
struct Line<'a> {
    id: &'a RawValue,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    lossy: bool,
    #[serde(flatten)]
    analysis: &'a finnews::Analysis<'a>,
}

fn serde_line(id: &str, text: &str, options: &finnews::Options, pretty: bool) -> String {
    let analysis = finnews::analyze(text, options);
    let id: Box<RawValue> = serde_json::from_str(id).expect("id is JSON");
    let line = Line {
        id: &id,
        lossy: false,
        analysis: &analysis,
    };
    let mut s = if pretty {
        serde_json::to_string_pretty(&line)
    } else {
        serde_json::to_string(&line)
    }
    .expect("serialises");
    s.push('\n');
    s
}

/// xorshift64*: deterministic, so a failure reproduces.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        (self.0.wrapping_mul(0x2545_F491_4F6C_DD1D) % n as u64) as usize
    }
}

const PIECES: &[&str] = &[
    "Loans rose 7.7% to RMB 398.95 billion",
    "about 160 people",
    "by the end of June",
    "the first half of this year",
    "for 20 consecutive quarters",
    "between 2 and 3 billion yuan",
    "5%-7%",
    "50 basis points",
    "0.25 percentage points",
    "508km2",
    "14KB of data",
    "1,200 TEU",
    "the 5th summit",
    "FY2023",
    "fiscal 2024",
    "Q3 2024",
    "a year earlier",
    "营业收入3,989.5亿元，同比增长12.99%",
    "2024年6月30日",
    "約5億円",
    "\"quoted\" \\ backslash",
    "tab\there",
    "</script><b>&amp;",
    "\u{0}\u{1}\u{1f}\u{7f}",
    "\u{2028}\u{2029}\u{feff}",
    "😀 emoji",
    "Markets wrap",
    "September 29, 2020",
    "SALVADOR, Feb 26 -",
    "- bullet item",
    "Area: 508km2",
    "Share | Print | Back to top",
];

const ENDINGS: &[&str] = &[" ", ", ", ". ", "\n", "\n\n", "\r\n", "\t"];

fn document(rng: &mut Rng) -> String {
    let mut doc = String::new();
    for _ in 0..rng.below(30) {
        doc.push_str(PIECES[rng.below(PIECES.len())]);
        doc.push_str(ENDINGS[rng.below(ENDINGS.len())]);
    }
    doc
}

fn generated() -> Vec<(String, String)> {
    let mut rng = Rng(0x5DEE_CE66_D1CE_4E5B);
    let ids = [
        "1",
        "\"a\"",
        "null",
        "{\"nested\":[1,{\"b\":null}]}",
        "\"\\u00e9\\n\"",
        "-0.5e3",
    ];
    (0..400)
        .map(|i| (ids[i % ids.len()].to_owned(), document(&mut rng)))
        .collect()
}

fn check_jsonl(docs: &[(String, String)], extra: &[&str], options: &finnews::Options) {
    let mut input = String::new();
    for (id, text) in docs {
        input.push_str(&format!(
            "{{\"id\":{id},\"text\":{}}}\n",
            serde_json::to_string(text).expect("text")
        ));
    }
    for pretty in [false, true] {
        let mut args = vec!["analyze", "--input", "jsonl", "--threads", "2"];
        args.extend_from_slice(extra);
        if pretty {
            args.push("--pretty");
        }
        let out = finnews(&args, input.as_bytes());
        assert!(out.status.success(), "{}", stderr(&out));
        let want: String = docs
            .iter()
            .map(|(id, text)| serde_line(id, text, options, pretty))
            .collect();
        let got = String::from_utf8(out.stdout).expect("UTF-8");
        if got != want {
            let (g, w) = got
                .lines()
                .zip(want.lines())
                .find(|(g, w)| g != w)
                .unwrap_or(("(length differs)", ""));
            panic!(
                "pretty={pretty}: the command's JSON differs from serde's\n got: {g}\nwant: {w}"
            );
        }
    }
}

#[test]
fn generated_documents_match_serde_byte_for_byte() {
    check_jsonl(&generated(), &[], &finnews::Options::default());
}

#[test]
fn with_a_reference_date_argument_too() {
    let date = finnews::date::NaiveDate::from_ymd_opt(2024, 7, 15).expect("a valid date");
    let options = finnews::Options::default().with_reference_date(date);
    check_jsonl(
        &generated()[..100],
        &["--reference-date", "2024-07-15"],
        &options,
    );
}

#[test]
fn seeds_match_serde_byte_for_byte() {
    let mut names: Vec<_> = std::fs::read_dir(repo().join("seeds"))
        .expect("seeds")
        .filter_map(|e| e.ok().map(|e| e.file_name().into_string().expect("name")))
        .filter(|n| n.ends_with(".txt"))
        .collect();
    names.sort();
    assert_eq!(names.len(), 3);
    for pretty in [false, true] {
        let mut args = vec!["analyze", "seeds/"];
        if pretty {
            args.push("--pretty");
        }
        let out = finnews(&args, b"");
        assert!(out.status.success(), "{}", stderr(&out));
        let want: String = names
            .iter()
            .map(|n| {
                let path = format!("seeds/{n}");
                let text = std::fs::read_to_string(repo().join(&path)).expect("seed");
                let id = serde_json::to_string(&path).expect("id");
                serde_line(&id, &text, &finnews::Options::default(), pretty)
            })
            .collect();
        assert!(
            String::from_utf8(out.stdout).expect("UTF-8") == want,
            "seeds (pretty={pretty}): the command's JSON differs from serde's"
        );
    }
}
