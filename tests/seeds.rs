//! The seed documents against their hand-reviewed expected analyses (`seeds/*.expected.json`),
//! through the facade and through the built command.

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

fn seeds_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds")
}

/// `(name, text, expected)` for every seed document.
fn seeds() -> Vec<(String, String, Value)> {
    let mut names: Vec<String> = std::fs::read_dir(seeds_dir())
        .expect("seeds/ exists")
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".txt"))
        .collect();
    names.sort();
    assert_eq!(names.len(), 3, "three seed documents");
    names
        .into_iter()
        .map(|n| {
            let text = std::fs::read_to_string(seeds_dir().join(&n)).expect("seed text");
            let exp = seeds_dir().join(n.replace(".txt", ".expected.json"));
            let raw =
                std::fs::read_to_string(&exp).unwrap_or_else(|e| panic!("{}: {e}", exp.display()));
            let expected =
                serde_json::from_str(&raw).unwrap_or_else(|e| panic!("{}: {e}", exp.display()));
            (n, text, expected)
        })
        .collect()
}

/// Compares two analyses part by part, so that a failure names what differs.
fn assert_same(name: &str, got: &Value, want: &Value) {
    for key in ["id", "reference_date"] {
        assert_eq!(got[key], want[key], "{name}: {key}");
    }
    for key in ["blocks", "sentences", "mentions"] {
        let g = got[key]
            .as_array()
            .unwrap_or_else(|| panic!("{name}: {key} missing"));
        let w = want[key]
            .as_array()
            .unwrap_or_else(|| panic!("{name}: expected {key} missing"));
        for (i, (a, b)) in g.iter().zip(w).enumerate() {
            assert_eq!(a, b, "{name}: {key}[{i}] differs\n got: {a}\nwant: {b}");
        }
        if g.len() != w.len() {
            let extra: Vec<&Value> = if g.len() > w.len() {
                g[w.len()..].iter().collect()
            } else {
                w[g.len()..].iter().collect()
            };
            panic!(
                "{name}: {key}: got {} items, want {}; first extra: {}",
                g.len(),
                w.len(),
                extra[0]
            );
        }
    }
    assert_eq!(got, want, "{name}: documents differ");
}

#[test]
fn facade_matches_the_expected_analyses() {
    for (name, text, expected) in seeds() {
        let analysis = finnews::analyze(&text, &finnews::Options::default());
        let mut got = serde_json::to_value(&analysis).expect("serialisable");
        let mut doc = serde_json::Map::new();
        doc.insert("id".into(), format!("seeds/{name}").into());
        doc.extend(got.as_object_mut().expect("object").clone());
        assert_same(&name, &Value::Object(doc), &expected);
    }
}

/// The `finnews` binary of this build (built by `cargo test --workspace`; built here otherwise).
fn finnews_bin() -> PathBuf {
    let exe = std::env::current_exe().expect("test binary path");
    let dir = exe
        .parent()
        .and_then(Path::parent)
        .expect("target profile dir");
    let bin = dir.join(format!("finnews{}", std::env::consts::EXE_SUFFIX));
    if !bin.exists() {
        let profile = dir.file_name().and_then(|n| n.to_str()).unwrap_or("debug");
        let mut cmd = Command::new(env!("CARGO"));
        cmd.args(["build", "-p", "finnews-cli", "--bin", "finnews"]);
        if profile == "release" {
            cmd.arg("--release");
        }
        let status = cmd
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .status()
            .expect("run cargo build");
        assert!(status.success(), "building finnews-cli failed");
    }
    bin
}

#[test]
fn command_matches_the_expected_analyses() {
    let out = Command::new(finnews_bin())
        .args(["analyze", "seeds/"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("run finnews");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8(out.stdout).expect("UTF-8 output");
    let lines: Vec<Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON line"))
        .collect();
    let seeds = seeds();
    assert_eq!(lines.len(), seeds.len());
    for (got, (name, _, expected)) in lines.iter().zip(&seeds) {
        assert_same(name, got, expected);
    }
}

#[test]
fn seed_002_resolves_against_a_given_reference_date() {
    let (_, text, _) = seeds().into_iter().nth(2).expect("seed 002");
    let date = finnews::date::NaiveDate::from_ymd_opt(2024, 7, 15).expect("a real day");
    let analysis = finnews::analyze(
        &text,
        &finnews::Options::default().with_reference_date(date),
    );
    let reference = analysis.reference_date.expect("argument reference date");
    assert_eq!(reference.source, finnews::ReferenceSource::Argument);
    let got = serde_json::to_value(&analysis.mentions).expect("serialisable");
    let find = |text: &str| -> Value {
        got.as_array()
            .unwrap()
            .iter()
            .find(|m| m["text"] == text)
            .cloned()
            .unwrap_or_else(|| panic!("no mention {text:?}"))
    };
    let h1 = find("the first half of this year");
    assert_eq!(h1["timex"], "2024-H1");
    assert_eq!(h1["range"], serde_json::json!(["2024-01-01", "2024-06-30"]));
    let end_june = find("the end of June");
    assert_eq!(end_june["timex"], "2024-06");
    assert_eq!(end_june["mod"], "END");
    assert_eq!(
        end_june["range"],
        serde_json::json!(["2024-06-01", "2024-06-30"])
    );
}
