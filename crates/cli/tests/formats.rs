//! The command's formats for people and spreadsheets (`--format tsv|csv|table`), the `--kinds`
//! filter, the JSON Lines field options, `*.jsonl` directories and their errors.

mod common;

use std::path::{Path, PathBuf};

use common::{finnews, output_lines, stderr};
use serde_json::Value;

const COLUMNS: [&str; 14] = [
    "id",
    "kind",
    "start",
    "end",
    "text",
    "value",
    "low",
    "high",
    "unit",
    "timex",
    "mod",
    "modifier",
    "range_start",
    "range_end",
];

/// A reader of RFC 4180 records (quoted fields with doubled quotes, any separator), written here
/// so the test checks the format rather than trusting the writer's own rules.
fn parse_delimited(data: &str, sep: char) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut chars = data.chars().peekable();
    let mut quoted = false;
    let mut at_start = true;
    while let Some(c) = chars.next() {
        if quoted {
            if c == '"' {
                if chars.peek() == Some(&'"') {
                    chars.next();
                    field.push('"');
                } else {
                    quoted = false;
                }
            } else {
                field.push(c);
            }
            continue;
        }
        match c {
            '"' if at_start => {
                quoted = true;
                at_start = false;
            }
            '"' => panic!("a bare quote inside an unquoted field: {data}"),
            c if c == sep => {
                row.push(std::mem::take(&mut field));
                at_start = true;
            }
            '\n' => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
                at_start = true;
            }
            '\r' => panic!("a bare carriage return outside quotes"),
            c => {
                field.push(c);
                at_start = false;
            }
        }
    }
    assert!(!quoted, "unterminated quoted field");
    assert!(
        field.is_empty() && row.is_empty(),
        "the last row ends with a newline"
    );
    rows
}

/// The row a mention of the JSON output should give.
fn expected_row(id: &Value, m: &Value) -> Vec<String> {
    let s = |v: &Value| v.as_str().map(str::to_owned).unwrap_or_default();
    let id = match id {
        Value::String(s) => s.clone(),
        v => v.to_string(),
    };
    let unit = if m["kind"] == "money" {
        s(&m["currency"])
    } else {
        s(&m["unit"])
    };
    vec![
        id,
        s(&m["kind"]),
        m["span"][0].to_string(),
        m["span"][1].to_string(),
        s(&m["text"]),
        s(&m["value"]),
        s(&m["low"]),
        s(&m["high"]),
        unit,
        s(&m["timex"]),
        s(&m["mod"]),
        s(&m["modifier"]),
        s(&m["range"][0]),
        s(&m["range"][1]),
    ]
}

/// JSON Lines whose ids and texts hold separators, quotes, line breaks and CJK, and whose
/// mentions cover every kind and field.
fn nasty_input() -> String {
    let docs = [
        (
            "\"tab\\there, \\\"quoted\\\"\\nnewline\\r\\nand CRLF\"",
            "Loans rose 7.7% to RMB 398.95 billion by the end of June, about 160 people.",
        ),
        (
            "42",
            "Between 2 and 3 billion yuan; 5%-7%; 50 basis points; 508km2; the 5th summit.",
        ),
        (
            "{\"nested\":[1,\"a,b\"]}",
            "In the first half of this year, for 20 consecutive quarters, FY2023.",
        ),
        (
            "\"约\"",
            "营业收入3,989.5亿元，同比增长12.99%\t\"quoted 5 million dollars\"\tand 1,200 TEU",
        ),
    ];
    docs.iter()
        .map(|(id, text)| {
            format!(
                "{{\"id\":{id},\"text\":{}}}\n",
                serde_json::to_string(text).expect("text")
            )
        })
        .collect()
}

#[test]
fn csv_and_tsv_read_back_exactly_what_the_json_says() {
    let input = nasty_input();
    let json = finnews(&["analyze", "--input", "jsonl"], input.as_bytes());
    assert!(json.status.success(), "{}", stderr(&json));
    let docs = output_lines(&json);
    let mut want = vec![COLUMNS.iter().map(|c| (*c).to_owned()).collect::<Vec<_>>()];
    for d in &docs {
        for m in d["mentions"].as_array().expect("mentions") {
            want.push(expected_row(&d["id"], m));
        }
    }
    assert!(want.len() > 15, "the input yields many mentions");
    for (format, sep) in [("csv", ','), ("tsv", '\t')] {
        let out = finnews(
            &["analyze", "--input", "jsonl", "--format", format],
            input.as_bytes(),
        );
        assert!(out.status.success(), "{format}: {}", stderr(&out));
        let text = String::from_utf8(out.stdout).expect("UTF-8");
        let rows = parse_delimited(&text, sep);
        assert_eq!(rows, want, "{format} does not read back as the JSON says");
        assert!(rows.iter().all(|r| r.len() == COLUMNS.len()));
        // Fields that need no quotes get none.
        assert!(
            text.lines().nth(1).is_some_and(|l| l.starts_with('"')),
            "the id with a tab, quote and newline is quoted"
        );
    }
    // The quoting really was exercised: the id with separators and line breaks round-tripped.
    assert!(
        want.iter()
            .any(|r| r[0].contains("\r\n") && r[0].contains('"'))
    );
}

#[test]
fn kinds_filter_every_format() {
    let input = nasty_input();
    let run = |format: &str, kinds: &str| {
        let out = finnews(
            &[
                "analyze", "--input", "jsonl", "--format", format, "--kinds", kinds,
            ],
            input.as_bytes(),
        );
        assert!(out.status.success(), "{format}: {}", stderr(&out));
        String::from_utf8(out.stdout).expect("UTF-8")
    };
    let json = run("json", "money,percent");
    let kinds: Vec<String> = json
        .lines()
        .flat_map(|l| {
            let v: Value = serde_json::from_str(l).expect("JSON");
            v["mentions"]
                .as_array()
                .expect("mentions")
                .iter()
                .map(|m| m["kind"].as_str().expect("kind").to_owned())
                .collect::<Vec<_>>()
        })
        .collect();
    assert!(kinds.contains(&"money".to_owned()) && kinds.contains(&"percent".to_owned()));
    assert!(kinds.iter().all(|k| k == "money" || k == "percent"));

    let csv = run("csv", "date");
    let rows = parse_delimited(&csv, ',');
    assert!(rows.len() > 2);
    assert!(rows[1..].iter().all(|r| r[1] == "date"), "{csv}");

    let table = run("table", "duration");
    assert!(table.contains("P20Q") && !table.contains("CNY"), "{table}");

    let html = run("html", "measure");
    assert!(html.contains("data-kind=\"measure\"") && !html.contains("data-kind=\"money\""));
}

#[test]
fn unknown_format_or_kind_exits_2_with_the_valid_values() {
    for (args, values) in [
        (
            &["analyze", "--format", "xml"][..],
            "json, tsv, csv, table, html",
        ),
        (
            &["analyze", "--kinds", "money,currency"],
            "money, percent, measure, number, ordinal, date, duration",
        ),
    ] {
        let out = finnews(args, b"Up 7.7%");
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(out.stdout.is_empty());
        assert!(stderr(&out).contains(values), "{args:?}: {}", stderr(&out));
    }
    // Options that belong to another format or input are refused, not ignored.
    for args in [
        &["analyze", "--format", "csv", "--pretty"][..],
        &["analyze", "--text-field", "body"],
        &["analyze", "--html-max-docs", "3"],
    ] {
        let out = finnews(args, b"Up 7.7%");
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(stderr(&out).contains("applies only to"), "{}", stderr(&out));
    }
}

#[test]
fn table_is_aligned_and_says_what_the_command_really_found() {
    let out = finnews(
        &[
            "analyze",
            "--format",
            "table",
            "seeds/002_8e0856310b666845.txt",
        ],
        b"",
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let text = String::from_utf8(out.stdout).expect("UTF-8");
    let mut lines = text.lines();
    let head = lines.next().expect("heading");
    assert!(head.starts_with("seeds/002_8e0856310b666845.txt"), "{head}");
    assert!(head.contains("reference date: none"), "{head}");
    let columns = lines.next().expect("column names");
    let at = |name: &str| columns.find(name).expect("column");
    let (kind, txt, value) = (at("kind"), at("text"), at("value"));
    // The mentions' rows end at the blank line before the facts' table.
    let rows: Vec<&str> = lines.by_ref().take_while(|l| !l.is_empty()).collect();
    assert!(rows.len() > 10);
    let facts_head = lines.next().expect("the facts' heading");
    assert!(facts_head.trim_start().ends_with("facts"), "{facts_head}");
    let fact_rows: Vec<&str> = lines.collect();
    assert!(
        fact_rows
            .iter()
            .any(|r| r.contains("RMB 42.93 billion") && r.contains("change up since_period_start")),
        "{fact_rows:#?}"
    );
    for r in &rows {
        // The seed is ASCII where it has mentions: byte columns are display columns.
        assert_eq!(&r[kind - 1..kind], " ", "{r}");
        assert_ne!(&r[kind..=kind], " ", "{r}");
        assert_ne!(&r[txt..=txt], " ", "{r}");
        assert_eq!(&r[value - 1..value], " ", "{r}");
    }
    assert!(
        rows.iter()
            .any(|r| r.contains("the first half of this year")
                && r.contains("date")
                && r.trim_end().ends_with("XXXX-H1"))
    );
    assert!(
        rows.iter()
            .any(|r| r.contains("RMB 398.95 billion") && r.ends_with("398950000000 CNY"))
    );

    // With a reference date the same phrase resolves.
    let out = finnews(
        &[
            "analyze",
            "--format",
            "table",
            "--reference-date",
            "2024-07-15",
            "seeds/002_8e0856310b666845.txt",
        ],
        b"",
    );
    let text = String::from_utf8(out.stdout).expect("UTF-8");
    assert!(text.contains("2024-H1 (2024-01-01..2024-06-30)"), "{text}");
    assert!(
        text.contains("2024-07-15 (day, from the argument)"),
        "{text}"
    );
}

#[test]
fn text_and_id_fields_name_other_members() {
    let input = concat!(
        "{\"doc\":\"r1\",\"body\":\"Profit rose 7.7%.\",\"text\":\"ignored\",\"reference_date\":\"2024-07-15\"}\n",
        "{\"doc\":\"r2\",\"text\":\"no body here\"}\n",
        "{\"doc\":\"r3\",\"body\":[\"not a string\"]}\n",
    );
    let out = finnews(
        &[
            "analyze",
            "--input",
            "jsonl",
            "--text-field",
            "body",
            "--id-field",
            "doc",
        ],
        input.as_bytes(),
    );
    assert_eq!(out.status.code(), Some(1));
    let docs = output_lines(&out);
    assert_eq!(docs.len(), 3);
    assert_eq!(docs[0]["id"], "r1");
    assert_eq!(docs[0]["mentions"][0]["text"], "7.7%");
    assert_eq!(docs[0]["reference_date"]["source"], "input");
    assert_eq!(docs[1]["id"], "r2");
    assert_eq!(docs[1]["error"], "missing field `body`");
    assert_eq!(docs[2]["id"], "r3");
    assert_eq!(
        docs[2]["error"],
        "field `body` must be a string, found an array"
    );
    let err = stderr(&out);
    assert!(err.contains("line 2: missing field `body`") && err.contains("line 3:"));
}

#[test]
fn jsonl_directories_read_their_jsonl_files_and_empty_selections_are_errors() {
    let dir = tempdir("jsonl-dir");
    std::fs::create_dir_all(dir.join("b")).unwrap();
    std::fs::write(dir.join("b/z.jsonl"), "{\"id\":3,\"text\":\"Up 3%\"}\n").unwrap();
    std::fs::write(
        dir.join("a.jsonl"),
        "{\"id\":1,\"text\":\"Up 1%\"}\n\n{\"id\":2,\"text\":\"Up 2%\"}\n",
    )
    .unwrap();
    std::fs::write(dir.join("notes.txt"), "Up 9%").unwrap();
    let d = dir.to_str().unwrap();
    let out = finnews(&["analyze", "--input", "jsonl", d], b"");
    assert!(out.status.success(), "{}", stderr(&out));
    let ids: Vec<Value> = output_lines(&out).iter().map(|v| v["id"].clone()).collect();
    assert_eq!(ids, [1, 2, 3], "sorted, recursive, blank line skipped");

    // Text mode reads the .txt file only.
    let out = finnews(&["analyze", d], b"");
    let docs = output_lines(&out);
    assert_eq!(docs.len(), 1);
    assert!(docs[0]["id"].as_str().unwrap().ends_with("notes.txt"));

    // A directory with nothing to read is an error that says what to do.
    let empty = tempdir("jsonl-empty");
    std::fs::write(empty.join("x.txt"), "Up 1%").unwrap();
    let e = empty.to_str().unwrap();
    let out = finnews(&["analyze", "--input", "jsonl", e], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let err = stderr(&out);
    assert!(
        err.contains("no *.jsonl file") && err.contains("--input text"),
        "{err}"
    );
    let nothing = tempdir("nothing");
    let out = finnews(&["analyze", nothing.to_str().unwrap()], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("no *.txt file"), "{}", stderr(&out));
}

#[test]
fn no_progress_output_when_standard_error_is_not_a_terminal() {
    let mut input = String::new();
    for i in 0..2000 {
        input.push_str(&format!("{{\"id\":{i},\"text\":\"Up {i}%\"}}\n"));
    }
    let out = finnews(&["analyze", "--input", "jsonl"], input.as_bytes());
    assert!(out.status.success());
    assert!(out.stderr.is_empty(), "{}", stderr(&out));
}

fn tempdir(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("formats-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create temp dir");
    dir
}

#[test]
fn progress_bar_with_count_and_eta_on_a_terminal() {
    // `script` (util-linux) runs the command with a terminal as standard error.
    if std::process::Command::new("script")
        .arg("--version")
        .output()
        .is_err()
    {
        eprintln!("SKIPPED: no `script` command to provide a terminal");
        return;
    }
    let dir = tempdir("progress");
    let input = dir.join("in.jsonl");
    let mut lines = String::new();
    for i in 0..20_000 {
        lines.push_str(&format!(
            "{{\"id\":{i},\"text\":\"Loans rose {i}.5% to RMB {i} billion by the end of June.\"}}\n"
        ));
    }
    std::fs::write(&input, lines).expect("write input");
    let bin = env!("CARGO_BIN_EXE_finnews");
    let run = |redirect: &str| {
        let log = dir.join("typescript");
        let cmd = format!(
            "{bin} analyze --input jsonl --threads 1 {} {redirect}",
            input.display()
        );
        let status = std::process::Command::new("script")
            .args(["-qec", &cmd])
            .arg(&log)
            .stdout(std::process::Stdio::null())
            .status()
            .expect("run script");
        assert!(status.success());
        String::from_utf8_lossy(&std::fs::read(&log).expect("typescript")).into_owned()
    };
    let shown = run("> /dev/null");
    assert!(
        shown.contains("documents") && shown.contains("ETA") && shown.contains('%'),
        "a bar with count, rate and ETA: {shown}"
    );
    // When the output itself goes to the terminal, no bar is drawn into it.
    let plain = run("");
    assert!(!plain.contains("ETA"), "{plain}");
}

#[test]
fn facts_format_is_a_csv_row_per_fact_and_no_facts_turns_them_off() {
    let text = b"By the end of March 2025, deposits reached RMB 12.5 billion, an increase of RMB 1.5 billion since the beginning of the year.";
    let out = finnews(&["analyze", "--format", "facts"], text);
    assert!(out.status.success(), "{}", stderr(&out));
    let csv = String::from_utf8(out.stdout).expect("UTF-8");
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(
        lines[0],
        "id,subject,metric,value,unit,period_timex,period_first,period_last,role,direction,basis,status"
    );
    assert_eq!(
        lines[1..],
        [
            "-,,deposits,12500000000,CNY,2025-03,2025-03-01,2025-03-31,level,,,actual",
            "-,,deposits,1500000000,CNY,2025-03,2025-03-01,2025-03-31,change,up,since_period_start,actual",
        ]
    );
    let out = finnews(&["analyze", "--no-facts"], text);
    let line: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(line["facts"], serde_json::json!([]));
    assert_eq!(line["mentions"].as_array().map(Vec::len), Some(4));
}
