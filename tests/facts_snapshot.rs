//! The seeds' facts, one line each, as a reviewed snapshot (`tests/snapshots/`): value, role,
//! direction and basis, status, period (its text and TIMEX3), metric and subject. A change in
//! the linker shows here as a readable diff.

use std::fmt::Write as _;

use finnews::{Options, analyze, fact::Period};

fn facts_of(text: &str) -> String {
    let a = analyze(text, &Options::default());
    let mut out = String::new();
    for f in &a.facts {
        let v = &a.mentions[f.value];
        let mut how = f.role.code().to_owned();
        for x in [f.direction.map(|d| d.code()), f.basis.map(|b| b.code())]
            .into_iter()
            .flatten()
        {
            how.push(' ');
            how.push_str(x);
        }
        if f.status != finnews::fact::Status::Actual {
            let _ = write!(how, " ({})", f.status.code());
        }
        let period = match f.period {
            Period::Mention(i) => {
                let m = &a.mentions[i];
                let timex = m.value().timex().map(|t| t.to_string()).unwrap_or_default();
                format!("{:?} {timex}", m.text())
            }
            Period::Reference => "reference".to_owned(),
            Period::None => "-".to_owned(),
        };
        let offset = f
            .period_offset
            .map(|o| format!(" {}", o.code()))
            .unwrap_or_default();
        let phrase = |p: &Option<finnews::fact::Phrase<&str>>| {
            p.as_ref()
                .map_or("-".to_owned(), |p| format!("{:?}", p.text))
        };
        let _ = writeln!(
            out,
            "{:?} | {how} | {period}{offset} | metric {} | subject {}",
            v.text(),
            phrase(&f.metric),
            phrase(&f.subject)
        );
    }
    out
}

#[test]
fn seeds_facts() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("seeds directory")
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".txt"))
        .collect();
    names.sort();
    assert_eq!(names.len(), 3);
    let mut all = String::new();
    for n in names {
        let text = std::fs::read_to_string(dir.join(&n)).expect("seed");
        let _ = writeln!(all, "## {n}\n{}", facts_of(&text));
    }
    insta::assert_snapshot!(all);
}
