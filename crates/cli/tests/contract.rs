//! The command-line contract (docs/output-format.md): invocation, output shape, exit codes and
//! every bad-input case of the workspace issue. Runs the built `finnews` binary.

mod common;

use std::path::{Path, PathBuf};

use common::{check_spans, finnews, output_lines as lines, repo, stderr};

use serde_json::Value;

fn validator() -> jsonschema::Validator {
    let text =
        std::fs::read_to_string(repo().join("docs/analysis.schema.json")).expect("schema file");
    let schema: Value = serde_json::from_str(&text).expect("schema is JSON");
    jsonschema::validator_for(&schema).expect("schema compiles")
}

fn assert_valid(v: &Value) {
    let validator = validator();
    let errors: Vec<String> = validator
        .iter_errors(v)
        .map(|e| format!("{} at {}", e, e.instance_path))
        .collect();
    assert!(
        errors.is_empty(),
        "output does not validate against the schema: {errors:#?}\n{v}"
    );
}

/// Checks the span invariants of one document line against its input bytes.
fn assert_spans(doc: &Value, text: &[u8]) {
    check_spans(doc, std::str::from_utf8(text).expect("input is UTF-8"));
}

#[test]
fn seeds_directory_gives_three_valid_documents() {
    let out = finnews(&["analyze", "seeds/"], b"");
    assert!(out.status.success(), "{}", stderr(&out));
    let docs = lines(&out);
    assert_eq!(docs.len(), 3);
    for d in &docs {
        assert_valid(d);
        let path = d["id"].as_str().expect("id is the path");
        assert_spans(d, &std::fs::read(repo().join(path)).expect("seed readable"));
    }
    assert_eq!(docs[0]["id"], "seeds/000_a11229f57620e9a8.txt");
    assert_eq!(
        docs[0]["reference_date"],
        serde_json::json!({"date": "2020-09-29", "grain": "day", "source": "dateline"})
    );
    assert_eq!(
        docs[1]["reference_date"],
        serde_json::json!({"date": "2013-10-01", "grain": "month", "source": "dateline"})
    );
    assert_eq!(docs[2]["reference_date"], Value::Null);
}

#[test]
fn jsonl_example_of_the_contract() {
    let out = finnews(
        &["analyze", "--input", "jsonl"],
        b"{\"id\":\"a\",\"text\":\"GDP RMB 154.4 billion\"}\nnot json\n",
    );
    assert_eq!(out.status.code(), Some(1));
    let docs = lines(&out);
    assert_eq!(docs.len(), 2);
    docs.iter().for_each(assert_valid);
    assert_eq!(docs[0]["id"], "a");
    let money: Vec<&Value> = docs[0]["mentions"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|m| m["kind"] == "money")
        .collect();
    assert_eq!(money.len(), 1);
    assert_eq!(money[0]["value"], "154400000000");
    assert_eq!(money[0]["currency"], "CNY");
    assert_eq!(docs[1]["id"], Value::Null);
    assert!(docs[1]["error"].as_str().is_some_and(|e| !e.is_empty()));
    assert!(
        stderr(&out).contains("line 2"),
        "stderr names the line: {}",
        stderr(&out)
    );
}

#[test]
fn jsonl_bad_lines_become_error_objects_one_to_one() {
    let input = concat!(
        "{\"id\":1,\"text\":\"up 7.7%\"}\n",
        "{\"id\":2}\n",
        "{\"id\":3,\"text\":42}\n",
        "{\"id\":4,\"text\":\"x\",\"reference_date\":\"2024-13-45\"}\n",
        "{\"id\":5,\"text\":\"x\",\"reference_date\":20240715}\n",
        "[1,2]\n",
        "{\"id\":7,\"text\":\"fine\",\"extra\":{\"ignored\":true}}\n",
    );
    let out = finnews(&["analyze", "--input", "jsonl"], input.as_bytes());
    assert_eq!(out.status.code(), Some(1));
    let docs = lines(&out);
    assert_eq!(docs.len(), 7);
    docs.iter().for_each(assert_valid);
    let ids: Vec<&Value> = docs.iter().map(|d| &d["id"]).collect();
    assert_eq!(
        ids,
        [
            &Value::from(1),
            &2.into(),
            &3.into(),
            &4.into(),
            &5.into(),
            &Value::Null,
            &7.into()
        ]
    );
    for (i, want) in [
        (1, "text"),
        (2, "text"),
        (3, "reference_date"),
        (4, "reference_date"),
        (5, "JSON"),
    ] {
        let e = docs[i]["error"]
            .as_str()
            .unwrap_or_else(|| panic!("line {} should be an error", i + 1));
        assert!(
            e.contains(want),
            "error for line {} should mention {want}: {e}",
            i + 1
        );
    }
    assert!(docs[0].get("error").is_none() && docs[6].get("error").is_none());
    let err = stderr(&out);
    for n in 2..=6 {
        assert!(
            err.contains(&format!("line {n}:")),
            "stderr should name line {n}: {err}"
        );
    }
}

#[test]
fn jsonl_invalid_utf8_line_is_an_error_line_and_lossy_repairs_it() {
    let input = b"{\"id\":\"ok\",\"text\":\"fine\"}\n{\"id\":\"bad\",\"text\":\"a\xFFb\"}\n";
    let out = finnews(&["analyze", "--input", "jsonl"], input);
    assert_eq!(out.status.code(), Some(1));
    let docs = lines(&out);
    assert_eq!(docs.len(), 2);
    assert!(docs[1]["error"].as_str().unwrap().contains("UTF-8"));
    assert!(stderr(&out).contains("line 2"));

    let out = finnews(&["analyze", "--input", "jsonl", "--lossy"], input);
    assert!(out.status.success(), "{}", stderr(&out));
    let docs = lines(&out);
    assert_eq!(docs[1]["id"], "bad");
    assert_eq!(docs[1]["lossy"], true);
    assert!(docs[0].get("lossy").is_none());
    docs.iter().for_each(assert_valid);
}

#[test]
fn per_line_reference_date_wins_over_dateline_and_argument() {
    let text = "Loans report\n\nSeptember 29, 2020\n\nLoans rose.";
    let line = |r: Option<&str>| {
        let mut v = serde_json::json!({"id": "x", "text": text});
        if let Some(r) = r {
            v["reference_date"] = r.into();
        }
        format!("{v}\n")
    };
    let run = |input: String, extra: &[&str]| {
        let mut args = vec!["analyze", "--input", "jsonl"];
        args.extend_from_slice(extra);
        let out = finnews(&args, input.as_bytes());
        assert!(out.status.success(), "{}", stderr(&out));
        lines(&out).remove(0)["reference_date"].clone()
    };
    assert_eq!(run(line(None), &[])["source"], "dateline");
    assert_eq!(
        run(line(None), &["--reference-date", "2024-07-15"])["date"],
        "2020-09-29"
    );
    let r = run(
        line(Some("2024-07-15")),
        &["--reference-date", "2023-01-01"],
    );
    assert_eq!(
        r,
        serde_json::json!({"date": "2024-07-15", "grain": "day", "source": "input"}),
        "a date from the input line says so"
    );
    // No dateline: the argument is used.
    let out = finnews(
        &["analyze", "--reference-date", "2024-07-15"],
        b"Loans rose in June.",
    );
    assert_eq!(lines(&out)[0]["reference_date"]["source"], "argument");
}

#[test]
fn invalid_utf8_file_is_reported_and_others_go_on() {
    let dir = tempdir("badutf8");
    std::fs::write(dir.join("a.txt"), b"Loans rose 7.7%.").unwrap();
    std::fs::write(dir.join("b.txt"), b"Loans\n\xC3\x28 rose").unwrap();
    std::fs::write(dir.join("c.txt"), b"Up 5%.").unwrap();
    std::fs::write(dir.join("ignored.md"), b"not a txt").unwrap();
    let d = dir.to_str().unwrap();
    let out = finnews(&["analyze", d], b"");
    assert_eq!(out.status.code(), Some(1));
    let docs = lines(&out);
    assert_eq!(docs.len(), 3, "one line per .txt file");
    docs.iter().for_each(assert_valid);
    assert!(docs[1]["error"].as_str().unwrap().contains("byte offset 6"));
    assert!(docs[0].get("mentions").is_some() && docs[2].get("mentions").is_some());
    let err = stderr(&out);
    assert!(
        err.contains("b.txt") && err.contains("byte offset 6"),
        "{err}"
    );

    let out = finnews(&["analyze", "--lossy", &format!("{d}/b.txt")], b"");
    assert!(out.status.success());
    let doc = &lines(&out)[0];
    assert_eq!(doc["lossy"], true);
    assert_valid(doc);
}

#[test]
fn directories_are_read_recursively_in_sorted_order_and_missing_files_reported() {
    let dir = tempdir("recursive");
    std::fs::create_dir_all(dir.join("b/c")).unwrap();
    std::fs::write(dir.join("b/c/z.txt"), "three").unwrap();
    std::fs::write(dir.join("b/a.txt"), "two").unwrap();
    std::fs::write(dir.join("a.txt"), "one").unwrap();
    let d = dir.to_str().unwrap();
    let missing = format!("{d}/does-not-exist.txt");
    let out = finnews(&["analyze", d, &missing], b"");
    assert_eq!(out.status.code(), Some(1));
    let docs = lines(&out);
    let ids: Vec<String> = docs
        .iter()
        .map(|v| v["id"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(
        ids,
        [
            format!("{d}/a.txt"),
            format!("{d}/b/a.txt"),
            format!("{d}/b/c/z.txt"),
            missing.clone()
        ]
    );
    assert!(docs[3]["error"].is_string());
    assert!(stderr(&out).contains("does-not-exist.txt"));
}

#[test]
fn empty_input_nul_bytes_and_line_endings() {
    for (input, name) in [
        (&b""[..], "empty"),
        (b"\0\0\0", "nul"),
        (b"Title\r\n\r\nUp 7.7% in October 2016.\r\n", "crlf"),
        (b"Title\r\rUp 7.7% in October 2016.\r", "lone cr"),
        (
            b"Up\x007.7%\x0c\xe2\x80\xa8next\xe2\x80\xa9last",
            "nul, form feed, separators",
        ),
    ] {
        let out = finnews(&["analyze"], input);
        assert!(out.status.success(), "{name}: {}", stderr(&out));
        let docs = lines(&out);
        assert_eq!(docs.len(), 1, "{name}");
        assert_valid(&docs[0]);
        assert_spans(&docs[0], input);
        assert_eq!(docs[0]["id"], "-");
    }
    let out = finnews(&["analyze", "--input", "jsonl"], b"");
    assert!(out.status.success());
    assert!(out.stdout.is_empty(), "no input lines, no output lines");
}

#[test]
fn bom_is_skipped_without_shifting_offsets() {
    let input = "\u{feff}Up 7.7% today.";
    let out = finnews(&["analyze"], input.as_bytes());
    assert!(out.status.success());
    let doc = &lines(&out)[0];
    assert_spans(doc, input.as_bytes());
    let pct = doc["mentions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["kind"] == "percent")
        .expect("percent");
    assert_eq!(
        pct["span"],
        serde_json::json!([6, 10]),
        "offsets count the BOM's 3 bytes"
    );
    for b in doc["blocks"].as_array().unwrap() {
        assert!(
            b["span"][0].as_u64().unwrap() >= 3,
            "no block starts inside the BOM"
        );
    }
}

#[test]
fn bad_arguments_exit_2() {
    for args in [
        &["analyze", "--reference-date", "2024-13-01"][..],
        &["analyze", "--reference-date", "yesterday"],
        &["analyze", "--fiscal-year-start", "13"],
        &["analyze", "--fiscal-year-start", "0"],
        &["analyze", "--input", "xml"],
        &["analyze", "--threads", "0"],
        &["analyze", "--no-such-flag"],
        &["frobnicate"],
    ] {
        let out = finnews(args, b"");
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
        assert!(out.stdout.is_empty());
    }
}

#[test]
fn threads_and_pretty_do_not_change_the_facts() {
    let mut input = String::new();
    for i in 0..300 {
        input.push_str(&format!("{{\"id\":{i},\"text\":\"Item {i}: loans rose {i}.5% to RMB {i} billion in October 2016.\"}}\n"));
    }
    let one = finnews(
        &["analyze", "--input", "jsonl", "--threads", "1"],
        input.as_bytes(),
    );
    let two = finnews(
        &["analyze", "--input", "jsonl", "--threads", "2"],
        input.as_bytes(),
    );
    assert!(one.status.success() && two.status.success());
    assert_eq!(
        one.stdout, two.stdout,
        "output is in input order whatever the thread count"
    );
    let docs = lines(&one);
    assert_eq!(docs.len(), 300);
    assert!(docs.iter().enumerate().all(|(i, d)| d["id"] == i));

    let pretty = finnews(
        &["analyze", "--pretty", "seeds/000_a11229f57620e9a8.txt"],
        b"",
    );
    let compact = finnews(&["analyze", "seeds/000_a11229f57620e9a8.txt"], b"");
    let p: Value = serde_json::from_slice(&pretty.stdout).expect("pretty output is one JSON value");
    assert!(
        String::from_utf8_lossy(&pretty.stdout).lines().count() > 10,
        "pretty output is indented"
    );
    assert_eq!(p, lines(&compact)[0]);
}

#[test]
fn schema_rejects_what_the_contract_forbids() {
    let validator = validator();
    let good = serde_json::json!({"id": "x", "reference_date": null, "blocks": [], "sentences": [],
        "mentions": [{"kind": "money", "span": [0, 3], "text": "$5m", "value": "5000000", "currency": "USD"}]});
    assert!(validator.is_valid(&good));
    let mut bad = good.clone();
    bad["mentions"][0]["currency"] = "usd".into();
    assert!(!validator.is_valid(&bad), "currency must be an ISO code");
    let mut bad = good.clone();
    bad["mentions"][0]["value"] = 5_000_000.into();
    assert!(!validator.is_valid(&bad), "values are decimal strings");
    let mut bad = good.clone();
    bad["extra"] = true.into();
    assert!(!validator.is_valid(&bad), "no fields beyond the contract");
    let mut bad = good;
    bad["mentions"][0]["kind"] = "date".into();
    assert!(!validator.is_valid(&bad), "a date needs a timex");
}

fn tempdir(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("contract-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create temp dir");
    dir
}
