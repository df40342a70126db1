//! The contract's JSON reads back into the same Rust values: each seed's expected analysis
//! (`seeds/*.expected.json`, the command's output) deserialises into an `OwnedAnalysis` equal to
//! `analyze()` of the seed text, and serialises again to the same JSON.

use std::path::{Path, PathBuf};

use finnews::{Mention, MentionKind, OwnedAnalysis, analyze};
use serde::Serialize;
use serde_json::Value;

fn seeds_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds")
}

/// `(file name, text, expected JSON text)` of every seed.
fn seeds() -> Vec<(String, String, String)> {
    let mut names: Vec<String> = std::fs::read_dir(seeds_dir())
        .expect("seeds/ exists")
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".txt"))
        .collect();
    names.sort();
    assert!(!names.is_empty());
    names
        .into_iter()
        .map(|n| {
            let text = std::fs::read_to_string(seeds_dir().join(&n)).expect("seed text");
            let json =
                std::fs::read_to_string(seeds_dir().join(n.replace(".txt", ".expected.json")))
                    .expect("expected JSON");
            (n, text, json)
        })
        .collect()
}

/// A document as the command writes it: its `id`, then the analysis.
#[derive(Serialize)]
struct Document<'a> {
    id: String,
    #[serde(flatten)]
    analysis: &'a OwnedAnalysis,
}

#[test]
fn the_seeds_json_reads_back_into_the_same_values() {
    for (name, text, json) in seeds() {
        let read: OwnedAnalysis =
            serde_json::from_str(&json).unwrap_or_else(|e| panic!("{name}: {e}"));
        let analysis = analyze(&text, &finnews::Options::default());
        assert_eq!(
            read.as_analysis(),
            analysis,
            "{name}: read back != analyze()"
        );
        assert_eq!(read, analysis.clone().into_owned(), "{name}");

        // Serialised again, it is the same JSON, byte for byte (the command's `--pretty` form).
        let doc = Document {
            id: format!("seeds/{name}"),
            analysis: &read,
        };
        let again = serde_json::to_string_pretty(&doc).expect("serialisable");
        assert_eq!(again.trim_end(), json.trim_end(), "{name}: JSON differs");
        // And the borrowed analysis serialises exactly as the owned one.
        assert_eq!(
            serde_json::to_value(&analysis).expect("serialisable"),
            serde_json::to_value(&read).expect("serialisable"),
        );
    }
}

#[test]
fn every_mention_text_is_the_slice_its_span_names() {
    for (name, text, json) in seeds() {
        let read: OwnedAnalysis = serde_json::from_str(&json).expect("readable");
        for m in &read.mentions {
            assert_eq!(m.span().slice(&text), Some(m.text()), "{name}");
        }
    }
}

#[test]
fn values_round_trip_through_their_text_forms() {
    for (_, text, _) in seeds() {
        let analysis = analyze(&text, &finnews::Options::default());
        for m in &analysis.mentions {
            let kind = m.kind();
            assert_eq!(kind.to_string().parse::<MentionKind>(), Ok(kind));
            match m {
                Mention::Quantity(q) => {
                    let amount = q.amount.to_string();
                    assert_eq!(amount.parse(), Ok(q.amount), "{}", q.text);
                    assert!(!amount.contains('.') || !amount.ends_with('0'), "{amount}");
                    assert_eq!(q.kind.to_string().parse(), Ok(q.kind));
                }
                Mention::Temporal(t) => {
                    let timex = t.timex_value();
                    assert_eq!(timex.to_string().parse(), Ok(timex), "{}", t.text);
                }
            }
        }
    }
}

#[test]
fn malformed_documents_are_refused_with_a_reason() {
    let doc = |mention: &str| {
        format!(
            r#"{{"reference_date":null,"blocks":[],"sentences":[],"mentions":[{mention}],"facts":[]}}"#
        )
    };
    let ok =
        doc(r#"{"kind":"money","span":[0,4],"text":"$5bn","value":"5000000000","currency":"USD"}"#);
    let read: OwnedAnalysis = serde_json::from_str(&ok).expect("valid");
    assert_eq!(read.mentions[0].kind(), MentionKind::Money);
    assert_eq!(
        serde_json::to_value(&read).expect("serialisable"),
        serde_json::from_str::<Value>(&ok).expect("JSON")
    );

    for (bad, why) in [
        (
            r#"{"kind":"money","span":[0,4],"text":"$5bn","value":"5000000000"}"#,
            "no `currency`",
        ),
        (
            r#"{"kind":"money","span":[0,4],"text":"$5bn","value":"5e9","currency":"USD"}"#,
            "invalid decimal",
        ),
        (
            r#"{"kind":"money","span":[0,9],"text":"$5bn","value":"5","currency":"USD"}"#,
            "bytes long",
        ),
        (
            r#"{"kind":"price","span":[0,4],"text":"$5bn","value":"5"}"#,
            "unknown mention kind",
        ),
        (
            r#"{"kind":"measure","span":[0,4],"text":"5 km","value":"5","unit":"km","dimension":"mass"}"#,
            "not of dimension",
        ),
        (
            r#"{"kind":"date","span":[0,4],"text":"2019","timex":"P3Y"}"#,
            "duration timex",
        ),
        (
            r#"{"kind":"date","span":[0,4],"text":"2019","timex":"2019-13"}"#,
            "invalid TIMEX3 value",
        ),
        (
            r#"{"kind":"number","span":[0,1],"text":"5","low":"5"}"#,
            "needs either",
        ),
    ] {
        let err = serde_json::from_str::<OwnedAnalysis>(&doc(bad)).expect_err(bad);
        assert!(err.to_string().contains(why), "{bad}: {err}");
    }
}

/// Text made of pieces news is made of, so that every mention kind turns up.
fn newsy() -> impl proptest::strategy::Strategy<Value = String> {
    use proptest::prelude::*;
    let piece = prop_oneof![
        Just("RMB 398.95 billion ".to_string()),
        Just("about 160 ".to_string()),
        Just("2-3 billion yuan ".to_string()),
        Just("up 7.7% ".to_string()),
        Just("50 basis points ".to_string()),
        Just("508km2 ".to_string()),
        Just("the 5th ".to_string()),
        Just("by the end of June ".to_string()),
        Just("in the first half of this year ".to_string()),
        Just("FY2023 ".to_string()),
        Just("for 20 consecutive quarters ".to_string()),
        Just("September 29, 2020".to_string()),
        Just("约5亿元，".to_string()),
        Just("\n\n".to_string()),
        Just("\"quoted\\ text\" ".to_string()),
        "[a-zA-Z]{1,8} ",
        "[0-9]{1,4}[.,]?[0-9]{0,3} ",
        "\\PC{0,4}",
    ];
    proptest::collection::vec(piece, 0..30).prop_map(|v| v.concat())
}

proptest::proptest! {
    /// Any analysis serialises to JSON that reads back into the same values and serialises to
    /// the same JSON again.
    #[test]
    fn any_analysis_round_trips_through_json(text in newsy(), m in 1u32..=12) {
        let day = finnews::date::NaiveDate::from_ymd_opt(2024, m, 15).expect("a real day");
        for options in [
            finnews::Options::default(),
            finnews::Options::default().with_reference_date(day),
            finnews::Options::default().with_input_reference_date(day),
        ] {
            let analysis = analyze(&text, &options);
            let json = serde_json::to_string(&analysis).expect("serialisable");
            let read: OwnedAnalysis = serde_json::from_str(&json)
                .map_err(|e| proptest::test_runner::TestCaseError::fail(format!("{e}: {json}")))?;
            proptest::prop_assert_eq!(&read.as_analysis(), &analysis);
            proptest::prop_assert_eq!(serde_json::to_string(&read).expect("serialisable"), json);
        }
    }
}
