//! `--no-analysis`: the input is read and checked as usual, nothing is analyzed, and every
//! document's line still says which document it is.

mod common;

use common::{finnews, output_lines, stderr};

#[test]
fn no_analysis_writes_each_id_and_length_with_nothing_found() {
    let input = concat!(
        "{\"id\":\"a\",\"text\":\"Sales rose 5% to $3 mln in March 2024.\"}\n",
        "{\"text\":\"Caf\\u00e9 sold 7 cakes\\non Friday.\",\"id\":17,\"extra\":[1,2]}\n",
        "{\"id\":\"c\",\"text\":\"\"}\n",
    );
    let full = finnews(&["analyze", "--input", "jsonl"], input.as_bytes());
    let bare = finnews(
        &["analyze", "--input", "jsonl", "--no-analysis"],
        input.as_bytes(),
    );
    assert!(full.status.success(), "{}", stderr(&full));
    assert!(bare.status.success(), "{}", stderr(&bare));
    let (full, bare) = (output_lines(&full), output_lines(&bare));
    assert_eq!(full.len(), 3);
    assert_eq!(bare.len(), 3);
    // The analysis finds something in the first two documents; the floor finds nothing.
    assert!(!full[0]["mentions"].as_array().expect("array").is_empty());
    for (f, b) in full.iter().zip(&bare) {
        assert_eq!(b["id"], f["id"]);
        for member in ["blocks", "sentences", "mentions", "facts"] {
            assert_eq!(b[member], serde_json::json!([]), "{member} of {b}");
        }
        // Every member the full line has but the analysis' own is the same.
        let b = b.as_object().expect("object");
        for (k, v) in f.as_object().expect("object") {
            if !["blocks", "sentences", "mentions", "facts", "reference_date"].contains(&k.as_str())
            {
                assert_eq!(b.get(k), Some(v), "member {k}");
            }
        }
    }
}

#[test]
fn no_analysis_still_reports_bad_input() {
    let input = b"{\"id\":\"a\",\"text\":\"fine\"}\n{\"id\":\"b\",\"text\":5}\nnot json\n";
    let out = finnews(&["analyze", "--input", "jsonl", "--no-analysis"], input);
    assert!(!out.status.success());
    let err = stderr(&out);
    assert!(err.contains("line 2"), "{err}");
    assert!(err.contains("line 3"), "{err}");
    let lines = output_lines(&out);
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0]["id"], "a");
    assert!(lines[1].get("error").is_some(), "{}", lines[1]);
}
