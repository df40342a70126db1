//! Helpers shared by the command's integration tests.
#![allow(dead_code)] // each test file uses its own subset

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::Value;

/// The repository root (the command runs there, so `seeds/` paths work).
pub(crate) fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Runs the built `finnews` with `args`, feeding `stdin` from another thread.
pub(crate) fn finnews(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_finnews"))
        .args(args)
        .current_dir(repo())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run finnews");
    let mut input = child.stdin.take().expect("stdin");
    let data = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&data);
    });
    let out = child.wait_with_output().expect("wait for finnews");
    writer.join().expect("stdin writer");
    out
}

/// Standard output as JSON values, one per line.
pub(crate) fn output_lines(out: &Output) -> Vec<Value> {
    String::from_utf8(out.stdout.clone())
        .expect("stdout is UTF-8")
        .lines()
        .map(|l| {
            serde_json::from_str(l).unwrap_or_else(|e| panic!("output line is not JSON ({e}): {l}"))
        })
        .collect()
}

/// Standard error as text.
pub(crate) fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// Checks the span invariants of one analysed document against its text: every span in bounds
/// and on char boundaries; mentions, blocks and sentences each in order without overlap; every
/// mention's `text` the exact slice; every sentence inside the block it names.
pub(crate) fn check_spans(doc: &Value, text: &str) {
    let span = |v: &Value| -> (usize, usize) {
        let s = usize::try_from(v["span"][0].as_u64().expect("start")).expect("fits");
        let e = usize::try_from(v["span"][1].as_u64().expect("end")).expect("fits");
        assert!(s <= e && e <= text.len(), "span out of bounds: {v}");
        assert!(
            text.is_char_boundary(s) && text.is_char_boundary(e),
            "span not on char boundaries: {v}"
        );
        (s, e)
    };
    let mut last = 0;
    for m in doc["mentions"].as_array().expect("mentions") {
        let (s, e) = span(m);
        assert!(s >= last, "mentions overlap or are out of order at {m}");
        assert_eq!(
            m["text"].as_str(),
            Some(&text[s..e]),
            "text is not the slice"
        );
        last = e;
    }
    let mut blocks = Vec::new();
    let mut last = 0;
    for b in doc["blocks"].as_array().expect("blocks") {
        let (s, e) = span(b);
        assert!(s >= last, "blocks overlap or are out of order at {b}");
        blocks.push((s, e));
        last = e;
    }
    let mut last = 0;
    for s in doc["sentences"].as_array().expect("sentences") {
        let (a, b) = span(s);
        assert!(a >= last, "sentences overlap or are out of order at {s}");
        let i = usize::try_from(s["block"].as_u64().expect("block index")).expect("fits");
        let block = blocks.get(i).expect("sentence names a block");
        assert!(
            block.0 <= a && b <= block.1,
            "sentence outside its block: {s}"
        );
        last = b;
    }
}
