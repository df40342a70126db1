//! `--format html`: the page escapes every character of the text, and, rendered by headless
//! Chromium, shows every mention of the seeds as a marked element with its kind and value.
//!
//! The Chromium tests skip (with a message) only when no `chromium` is installed and the
//! environment is not CI (`CI=true`); in CI they must run (`.ci/run` installs Chromium).

mod common;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use common::{finnews, output_lines, stderr};
use serde_json::Value;

/// The Chromium binary, or `None` (after saying so) when the test may skip.
fn chromium() -> Option<&'static str> {
    for name in ["chromium", "chromium-browser", "google-chrome"] {
        if Command::new(name)
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success())
        {
            return Some(name);
        }
    }
    if std::env::var("CI").is_ok_and(|v| v == "true") {
        panic!("CI=true but no chromium is installed: .ci/run installs it");
    }
    eprintln!(
        "SKIPPED: chromium is not installed (apt-get install chromium); the HTML page was not rendered"
    );
    None
}

fn scratch(name: &str) -> PathBuf {
    let dir =
        Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("html-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create temp dir");
    dir
}

/// Renders `page` in headless Chromium and returns the DOM it built.
fn render(browser: &str, page: &Path, dir: &Path) -> String {
    let out = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-extensions",
            &format!("--user-data-dir={}", dir.join("profile").display()),
            "--dump-dom",
        ])
        .arg(format!("file://{}", page.display()))
        .output()
        .expect("run chromium");
    assert!(
        out.status.success(),
        "chromium failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("the DOM is UTF-8")
}

/// Undoes the entities a serialised DOM uses.
fn unescape(s: &str) -> String {
    let mut out = String::new();
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let end = rest.find(';').expect("entity ends");
        let name = &rest[1..end];
        let c = match name {
            "amp" => '&',
            "lt" => '<',
            "gt" => '>',
            "quot" => '"',
            "nbsp" => '\u{a0}',
            n if n.starts_with("#x") => {
                char::from_u32(u32::from_str_radix(&n[2..], 16).expect("hex")).expect("char")
            }
            n if n.starts_with('#') => {
                char::from_u32(n[1..].parse().expect("decimal")).expect("char")
            }
            n => panic!("unknown entity {n}"),
        };
        out.push(c);
        rest = &rest[end + 1..];
    }
    out.push_str(rest);
    out
}

/// A `<mark>` of the rendered page: its attributes and its text.
#[derive(Debug)]
struct Mark {
    section: String,
    attrs: HashMap<String, String>,
    text: String,
}

/// The marks of a serialised DOM, with the id of the section each lies in.
fn marks(dom: &str) -> Vec<Mark> {
    let mut found = Vec::new();
    let mut section = String::new();
    let mut rest = dom;
    while let Some(i) = rest.find('<') {
        rest = &rest[i..];
        let end = rest.find('>').expect("tag ends");
        let tag = &rest[1..end];
        rest = &rest[end + 1..];
        let name = tag.split_whitespace().next().unwrap_or("");
        if name != "mark" && name != "section" {
            continue;
        }
        let mut attrs = HashMap::new();
        let mut a = tag[name.len()..].trim();
        while let Some(eq) = a.find("=\"") {
            let key = a[..eq].trim().to_owned();
            let close = a[eq + 2..].find('"').expect("attribute ends");
            attrs.insert(key, unescape(&a[eq + 2..eq + 2 + close]));
            a = a[eq + 2 + close + 1..].trim_start();
        }
        if name == "section" {
            section = attrs.get("id").cloned().unwrap_or_default();
            continue;
        }
        let close = rest.find("</mark>").expect("mark closes");
        let text = unescape(&rest[..close]);
        assert!(!text.contains('<'), "marks hold only text: {text}");
        rest = &rest[close..];
        found.push(Mark {
            section: section.clone(),
            attrs,
            text,
        });
    }
    found
}

#[test]
fn every_character_of_the_text_is_escaped() {
    let text = "<script>alert('x')</script> & \"quotes\" up 7.7%<b>bold?</b>\r\n</section></body>";
    let out = finnews(&["analyze", "--format", "html"], text.as_bytes());
    assert!(out.status.success(), "{}", stderr(&out));
    let page = String::from_utf8(out.stdout).expect("UTF-8");
    assert!(!page.contains("<script"), "no script element can appear");
    assert!(!page.contains("<b>"));
    assert!(
        page.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quotes&quot;")
    );
    assert!(page.contains("&lt;/section&gt;&lt;/body&gt;"));
    assert_eq!(page.matches("<section").count(), 1);
    assert!(
        page.contains("<mark class=\"m percent\""),
        "the mention is still marked"
    );
    assert!(
        !page.contains("http://") && !page.contains("https://"),
        "nothing is fetched"
    );

    let Some(browser) = chromium() else { return };
    let dir = scratch("escape");
    let file = dir.join("page.html");
    std::fs::write(&file, &page).expect("write page");
    let dom = render(browser, &file, &dir);
    assert!(!dom.contains("<script"), "Chromium built no script element");
    assert!(
        dom.contains("&lt;script&gt;alert('x')&lt;/script&gt;"),
        "the text shows as text"
    );
}

#[test]
fn chromium_shows_every_seed_mention_marked_with_its_kind_and_value() {
    let json = finnews(&["analyze", "seeds/"], b"");
    assert!(json.status.success(), "{}", stderr(&json));
    let docs = output_lines(&json);
    let html = finnews(&["analyze", "--format", "html", "seeds/"], b"");
    assert!(html.status.success(), "{}", stderr(&html));
    let page = String::from_utf8(html.stdout).expect("UTF-8");
    assert!(page.contains("reference date: 2020-09-29 (day, from the dateline)"));
    assert!(page.contains("data-kind=\"title\""), "blocks are labelled");

    let Some(browser) = chromium() else { return };
    let dir = scratch("seeds");
    let file = dir.join("seeds.html");
    std::fs::write(&file, &page).expect("write page");
    let dom = render(browser, &file, &dir);
    let marks = marks(&dom);
    let mut checked = 0;
    for (d, doc) in docs.iter().enumerate() {
        let section = format!("d{}", d + 1);
        for (i, m) in doc["mentions"]
            .as_array()
            .expect("mentions")
            .iter()
            .enumerate()
        {
            let pieces: Vec<&Mark> = marks
                .iter()
                .filter(|k| k.section == section && k.attrs["data-m"] == i.to_string())
                .collect();
            assert!(
                !pieces.is_empty(),
                "{section}: mention {i} is not marked: {m}"
            );
            let first = pieces[0];
            assert_eq!(
                first.attrs.get("id").map(String::as_str),
                Some(format!("{section}m{i}").as_str())
            );
            assert_eq!(first.attrs["data-kind"], m["kind"].as_str().expect("kind"));
            assert!(first.attrs["class"].split(' ').any(|c| c == m["kind"]));
            let want_value = m
                .get("value")
                .or_else(|| m.get("timex"))
                .and_then(Value::as_str);
            assert_eq!(
                first.attrs.get("data-value").map(String::as_str),
                want_value,
                "{m}"
            );
            for key in ["low", "high"] {
                assert_eq!(
                    first.attrs.get(&format!("data-{key}")).map(String::as_str),
                    m.get(key).and_then(Value::as_str),
                    "{m}"
                );
            }
            let title = &first.attrs["title"];
            assert!(
                title.contains(m["kind"].as_str().expect("kind")),
                "the value shows on hover: {title}"
            );
            let text: String = pieces.iter().map(|p| p.text.as_str()).collect();
            if pieces.len() == 1 {
                assert_eq!(text, m["text"].as_str().expect("text"));
            }
            checked += 1;
        }
    }
    assert!(checked > 40, "the seeds have many mentions ({checked})");
    assert_eq!(
        marks
            .iter()
            .filter(|m| !m.attrs["class"].contains("cont"))
            .count(),
        checked,
        "no mark without a mention"
    );

    // The screenshot the README shows is made the same way.
    let png = dir.join("shot.png");
    let out = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--hide-scrollbars",
            "--window-size=1200,800",
            &format!("--user-data-dir={}", dir.join("profile2").display()),
            &format!("--screenshot={}", png.display()),
        ])
        .arg(format!("file://{}", file.display()))
        .output()
        .expect("run chromium");
    assert!(out.status.success());
    let bytes = std::fs::read(&png).expect("screenshot written");
    assert!(bytes.starts_with(b"\x89PNG"), "a PNG");
}

#[test]
fn a_big_run_is_cut_at_the_limit_with_a_note() {
    let mut input = String::new();
    for i in 0..30 {
        input.push_str(&format!("{{\"id\":{i},\"text\":\"Up {i}%\"}}\n"));
    }
    let out = finnews(
        &[
            "analyze",
            "--input",
            "jsonl",
            "--format",
            "html",
            "--html-max-docs",
            "10",
        ],
        input.as_bytes(),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let page = String::from_utf8(out.stdout).expect("UTF-8");
    assert_eq!(page.matches("<section class=\"doc\"").count(), 10);
    assert!(page.contains("stops after 10 documents"));
    assert!(page.trim_end().ends_with("</html>"));

    let out = finnews(
        &[
            "analyze",
            "--input",
            "jsonl",
            "--format",
            "html",
            "--html-max-docs",
            "0",
        ],
        input.as_bytes(),
    );
    let page = String::from_utf8(out.stdout).expect("UTF-8");
    assert_eq!(page.matches("<section class=\"doc\"").count(), 30);
    assert!(page.contains("30 documents."));
}
