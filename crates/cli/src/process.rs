//! Turning one job into one output line.

use std::borrow::Cow;

use finnews::date::NaiveDate;
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

use crate::input::Job;

/// What every worker needs.
#[derive(Debug)]
pub(crate) struct Settings {
    pub(crate) options: finnews::Options,
    pub(crate) lossy: bool,
    pub(crate) pretty: bool,
}

/// One output line, and the message for standard error when the input failed.
#[derive(Debug)]
pub(crate) struct Outcome {
    pub(crate) line: Vec<u8>,
    pub(crate) error: Option<String>,
}

/// A document's line: its id, then the facade's analysis.
#[derive(Serialize)]
struct Line<'a> {
    id: &'a RawValue,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    lossy: bool,
    #[serde(flatten)]
    analysis: &'a finnews::Analysis<'a>,
}

/// A failed input's line.
#[derive(Serialize)]
struct ErrorLine<'a> {
    id: &'a RawValue,
    error: &'a str,
}

/// The fields of a JSON Lines input object that are read; others are ignored.
#[derive(Deserialize)]
struct Input<'a> {
    #[serde(borrow, default)]
    id: Option<&'a RawValue>,
    #[serde(borrow, default)]
    text: Option<&'a RawValue>,
    #[serde(borrow, default)]
    reference_date: Option<&'a RawValue>,
}

const NULL: &str = "null";

/// Analyzes one job. A panic inside the library (a bug) costs only that document: it becomes an
/// error line, and the batch goes on.
pub(crate) fn run(job: Job, settings: &Settings) -> Outcome {
    let (id, place) = match &job {
        Job::Document { name, .. } => (
            serde_json::to_string(name).unwrap_or_else(|_| NULL.to_owned()),
            name.clone(),
        ),
        Job::Line { source, lineno, .. } => (NULL.to_owned(), format!("{source}: line {lineno}")),
    };
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| run_job(job, settings))) {
        Ok(outcome) => outcome,
        Err(_) => failure(
            raw(&id),
            &place,
            "internal error: the analysis panicked (a finnews bug)",
            settings,
        ),
    }
}

fn run_job(job: Job, settings: &Settings) -> Outcome {
    match job {
        Job::Document { name, bytes } => {
            let id_json = serde_json::to_string(&name).unwrap_or_else(|_| NULL.to_owned());
            let id = raw(&id_json);
            match bytes {
                Err(e) => failure(id, &name, &e, settings),
                Ok(bytes) => match finnews::decode(&bytes, settings.lossy) {
                    Err(e) => failure(id, &name, &e.to_string(), settings),
                    Ok(d) => {
                        let analysis = finnews::analyze(&d.text, &settings.options);
                        success(id, d.repaired, &analysis, settings)
                    }
                },
            }
        }
        Job::Line {
            source,
            lineno,
            bytes,
        } => {
            let place = format!("{source}: line {lineno}");
            let text: Cow<'_, str> = if settings.lossy {
                String::from_utf8_lossy(&bytes)
            } else {
                match std::str::from_utf8(&bytes) {
                    Ok(t) => Cow::Borrowed(t),
                    Err(e) => {
                        let msg = format!(
                            "invalid UTF-8 at byte offset {} of the line",
                            e.valid_up_to()
                        );
                        return failure(raw(NULL), &place, &msg, settings);
                    }
                }
            };
            let input: Input<'_> = match serde_json::from_str(&text) {
                // A JSON array would also deserialise into the struct: only objects are inputs.
                Ok(i) if text.trim_start().starts_with('{') => i,
                Ok(_) => return failure(raw(NULL), &place, "expected a JSON object", settings),
                Err(e) if e.is_syntax() || e.is_eof() => {
                    return failure(raw(NULL), &place, &format!("not valid JSON: {e}"), settings);
                }
                Err(e) => {
                    return failure(
                        raw(NULL),
                        &place,
                        &format!("not a valid input object: {e}"),
                        settings,
                    );
                }
            };
            let id = input.id.unwrap_or(raw(NULL));
            match document(&input, settings) {
                Err(msg) => failure(id, &place, &msg, settings),
                Ok((doc, options)) => {
                    let analysis = finnews::analyze(&doc, &options);
                    // `from_utf8_lossy` allocates only when it replaced something.
                    success(id, matches!(text, Cow::Owned(_)), &analysis, settings)
                }
            }
        }
    }
}

/// The text and options of one JSON Lines input, or why it cannot be analyzed.
fn document<'a>(
    input: &Input<'a>,
    settings: &Settings,
) -> Result<(Cow<'a, str>, finnews::Options), String> {
    let Some(text) = input.text else {
        return Err("missing field `text`".to_owned());
    };
    let text: Cow<'a, str> = Deserialize::deserialize(text)
        .map_err(|_| format!("field `text` must be a string, found {}", describe(text)))?;
    let mut options = settings.options.clone();
    if let Some(raw_date) = input.reference_date {
        let date: Option<Cow<'_, str>> = Deserialize::deserialize(raw_date).map_err(|_| {
            format!(
                "field `reference_date` must be a \"YYYY-MM-DD\" string, found {}",
                describe(raw_date)
            )
        })?;
        if let Some(date) = date {
            let d = NaiveDate::parse_from_str(&date, "%Y-%m-%d").map_err(|e| {
                format!("field `reference_date` {date:?} is not a YYYY-MM-DD date: {e}")
            })?;
            options = options.with_reference_date_override(Some(d));
        }
    }
    Ok((text, options))
}

fn describe(v: &RawValue) -> &'static str {
    match v.get().as_bytes().first() {
        Some(b'"') => "a string",
        Some(b'{') => "an object",
        Some(b'[') => "an array",
        Some(b't' | b'f') => "a boolean",
        Some(b'n') => "null",
        _ => "a number",
    }
}

fn raw(json: &str) -> &RawValue {
    // Only ever called with valid JSON (a serialised string, `null`).
    serde_json::from_str(json).unwrap_or_else(|_| raw(NULL))
}

fn success(
    id: &RawValue,
    lossy: bool,
    analysis: &finnews::Analysis<'_>,
    settings: &Settings,
) -> Outcome {
    let line = Line {
        id,
        lossy,
        analysis,
    };
    Outcome {
        line: to_line(&line, settings.pretty),
        error: None,
    }
}

fn failure(id: &RawValue, place: &str, msg: &str, settings: &Settings) -> Outcome {
    let line = ErrorLine { id, error: msg };
    Outcome {
        line: to_line(&line, settings.pretty),
        error: Some(format!("{place}: {msg}")),
    }
}

fn to_line<T: Serialize>(value: &T, pretty: bool) -> Vec<u8> {
    let mut out = Vec::with_capacity(1024);
    let r = if pretty {
        serde_json::to_writer_pretty(&mut out, value)
    } else {
        serde_json::to_writer(&mut out, value)
    };
    if r.is_err() {
        out.clear();
        out.extend_from_slice(
            br#"{"id":null,"error":"internal error: output could not be serialised"}"#,
        );
    }
    out.push(b'\n');
    out
}
