//! Turning one job into one owned outcome for the writer.

use std::borrow::Cow;
use std::fmt;
use std::ops::Range;

use finnews::date::NaiveDate;
use serde::de::{DeserializeSeed, Deserializer, Error as _, IgnoredAny, MapAccess, Visitor};
use serde_json::value::RawValue;

use crate::doc::{Doc, Id, Kinds, Outcome, Stream};
use crate::input::Job;

/// What every worker needs.
#[derive(Debug)]
pub(crate) struct Settings {
    pub(crate) options: finnews::Options,
    pub(crate) lossy: bool,
    /// Whether to analyze the documents (`--no-analysis` turns it off: the input is read and
    /// checked, and every document's line is written with nothing found).
    pub(crate) analysis: bool,
    /// The mention kinds kept.
    pub(crate) kinds: Kinds,
    /// The JSON Lines member that holds a document's text.
    pub(crate) text_field: String,
    /// The JSON Lines member that holds a document's id.
    pub(crate) id_field: String,
    /// Whether the output format writes a huge document a window at a time (see `Doc::stream`).
    pub(crate) stream: bool,
}

/// Analyzes one job. A panic inside the library (a bug) costs only that document: it becomes an
/// error outcome, and the batch goes on.
#[cfg(test)]
pub(crate) fn run(job: Job, settings: &Settings) -> Outcome {
    run_into(job, settings, None)
}

/// Where a worker writes JSON lines (`--format json`): the buffer, and whether `--pretty`.
pub(crate) type Render<'o> = Option<(&'o mut Vec<u8>, bool)>;

/// [`run`]; with `render`, a document whose every mention kind is kept has its JSON line
/// written there straight from the analysis (its `Doc` is then empty and marked `rendered`).
pub(crate) fn run_into(job: Job, settings: &Settings, render: Render<'_>) -> Outcome {
    let (id, place, input_bytes) = match &job {
        Job::Document { name, bytes } => (
            Id::Own(json_string(name)),
            Place::Name(name.clone()),
            bytes.as_ref().map_or(0, |b| b.len() as u64),
        ),
        Job::Line {
            source,
            lineno,
            consumed,
            ..
        } => (Id::Null, Place::Line(source.clone(), *lineno), *consumed),
    };
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        run_job(job, settings, render)
    })) {
        Ok(outcome) => outcome,
        Err(_) => failure(
            String::new(),
            id,
            &place,
            "internal error: the analysis panicked (a finnews bug)".to_owned(),
            input_bytes,
        ),
    }
}

/// Which input a message is about: a path, or a line of one (made into text only when needed).
#[derive(Debug)]
enum Place {
    Name(String),
    Line(std::sync::Arc<str>, usize),
}

impl fmt::Display for Place {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Place::Name(n) => f.write_str(n),
            Place::Line(source, n) => write!(f, "{source}: line {n}"),
        }
    }
}

fn json_string(s: &str) -> String {
    let mut v = Vec::with_capacity(s.len() + 2);
    // The result is valid UTF-8 because `s` is.
    crate::json::write_str(&mut v, s);
    String::from_utf8(v).unwrap_or_else(|_| "null".to_owned())
}

fn run_job(job: Job, settings: &Settings, render: Render<'_>) -> Outcome {
    match job {
        Job::Document { name, bytes } => {
            let id = Id::Own(json_string(&name));
            let bytes = match bytes {
                Ok(b) => b,
                Err(e) => return failure(String::new(), id, &name, e, 0),
            };
            let input_bytes = bytes.len() as u64;
            let (buf, repaired) = match String::from_utf8(bytes) {
                Ok(s) => (s, false),
                Err(e) => match finnews::decode(e.as_bytes(), settings.lossy) {
                    Ok(d) => (d.text.into_owned(), d.repaired),
                    Err(e) => {
                        return failure(String::new(), id, &name, e.to_string(), input_bytes);
                    }
                },
            };
            let all = 0..buf.len();
            let to = (render, crate::doc::id_json(&id, &buf));
            let doc = analyze(&buf, all, repaired, settings.options.clone(), settings, to);
            analyzed(buf, id, doc, input_bytes)
        }
        Job::Line {
            source,
            lineno,
            bytes,
            consumed,
        } => {
            let place = Place::Line(source, lineno);
            let (line, repaired) = match String::from_utf8(bytes) {
                Ok(s) => (s, false),
                Err(e) if settings.lossy => {
                    (String::from_utf8_lossy(e.as_bytes()).into_owned(), true)
                }
                Err(e) => {
                    let msg = format!(
                        "invalid UTF-8 at byte offset {} of the line",
                        e.utf8_error().valid_up_to()
                    );
                    return failure(String::new(), Id::Null, &place, msg, consumed);
                }
            };
            // A line the worker writes itself (its `Outcome` then keeps nothing of the text):
            // the text member is unescaped into this thread's reused buffer while the line is
            // scanned, so the line is neither changed nor checked for UTF-8 a second time.
            let mut fused = (render.is_some() && settings.analysis && settings.kinds.all())
                .then(|| (TEXT.take(), false));
            let input = match parse_input_into(&line, settings, fused.as_mut()) {
                Ok(i) => i,
                Err(msg) => return failure(String::new(), Id::Null, &place, msg, consumed),
            };
            let id = input.id.and_then(|raw| within(&line, raw));
            let id_or_null = |line: &str| id.clone().map_or(Id::Null, |r| own_id(line, r));
            let (text, reference) = match document(&input, settings) {
                Ok(d) => d,
                Err(msg) => {
                    let id = id.clone().map_or(Id::Null, Id::InBuf);
                    return failure(line, id, &place, msg, consumed);
                }
            };
            // The text's own errors come first (a lone surrogate escape is found below), then
            // the reference date's.
            let options = |reference: Result<Option<NaiveDate>, String>| {
                let mut options = settings.options.clone();
                if let Some(date) = reference? {
                    options = options.with_input_reference_date(date);
                }
                Ok::<_, String>(options)
            };
            // The text with escapes, when the id is another member: unescaped in place inside
            // the line (never longer than its JSON form), so the line stays the one buffer and
            // nothing is copied or allocated.
            if let Text::Plain(_) = text
                && let Some((t, _)) = fused.take()
            {
                TEXT.set(t);
            }
            let text = match text {
                Text::Raw(raw) => {
                    let raw_range = within(&line, raw);
                    match raw_range.filter(|r| id.as_ref().is_none_or(|i| !overlaps(i, r))) {
                        Some(r) => {
                            // The text unescaped by the scan, when it could be (anything
                            // else, a refused string or reference date or a document to
                            // stream, takes the in-place path below, which says why).
                            if let Some((t, ok)) = fused.take() {
                                if ok
                                    && (!settings.stream || r.len() <= STREAM_ABOVE)
                                    && let Ok(options) = options(reference.clone())
                                {
                                    let id = id.map_or(Id::Null, Id::InBuf);
                                    let to = (render, crate::doc::id_json(&id, &line));
                                    let doc =
                                        analyze(&t, 0..t.len(), repaired, options, settings, to);
                                    debug_assert!(doc.rendered);
                                    if t.capacity() <= STREAM_ABOVE {
                                        TEXT.set(t);
                                    }
                                    return analyzed(line, id, doc, consumed);
                                }
                                TEXT.set(t);
                            }
                            let id = id.map_or(Id::Null, Id::InBuf);
                            let mut bytes = line.into_bytes();
                            let t = unescape_in_place(&mut bytes, r);
                            let line = String::from_utf8(bytes).unwrap_or_else(|e| {
                                // Cannot happen: the unescaped text is UTF-8 and the rest of
                                // the line is as it was (or spaces).
                                String::from_utf8_lossy(e.as_bytes()).into_owned()
                            });
                            let Some(t) = t else {
                                let msg = not_a_string(settings, "a string");
                                return failure(line, id, &place, msg, consumed);
                            };
                            let options = match options(reference) {
                                Ok(o) => o,
                                Err(msg) => return failure(line, id, &place, msg, consumed),
                            };
                            let to = (render, crate::doc::id_json(&id, &line));
                            let doc = analyze(&line, t, repaired, options, settings, to);
                            return analyzed(line, id, doc, consumed);
                        }
                        None => match string(raw) {
                            Some(t) => Cow::Owned(t.into_owned()),
                            None => {
                                let msg = not_a_string(settings, "a string");
                                let id = id.clone().map_or(Id::Null, Id::InBuf);
                                return failure(line, id, &place, msg, consumed);
                            }
                        },
                    }
                }
                Text::Plain(t) => Cow::Borrowed(t),
            };
            let options = match options(reference) {
                Ok(o) => o,
                Err(msg) => {
                    let id = id.clone().map_or(Id::Null, Id::InBuf);
                    return failure(line, id, &place, msg, consumed);
                }
            };
            match text {
                Cow::Borrowed(t) => {
                    let range = within(&line, t).unwrap_or(0..0);
                    let id = id.map_or(Id::Null, Id::InBuf);
                    let to = (render, crate::doc::id_json(&id, &line));
                    let doc = analyze(&line, range, repaired, options, settings, to);
                    analyzed(line, id, doc, consumed)
                }
                Cow::Owned(t) => {
                    let id = id_or_null(&line);
                    drop(line);
                    let all = 0..t.len();
                    let to = (render, crate::doc::id_json(&id, &t));
                    let doc = analyze(&t, all, repaired, options, settings, to);
                    analyzed(t, id, doc, consumed)
                }
            }
        }
    }
}

fn own_id(line: &str, r: Range<usize>) -> Id {
    line.get(r).map_or(Id::Null, |s| Id::Own(s.to_owned()))
}

/// Where `part` (a slice of `buf`) lies in `buf`.
fn within(buf: &str, part: &str) -> Option<Range<usize>> {
    let start = part.as_ptr().addr().checked_sub(buf.as_ptr().addr())?;
    let end = start.checked_add(part.len())?;
    let slice = buf.get(start..end)?;
    (slice.as_ptr() == part.as_ptr()).then_some(start..end)
}

/// Analyzes `buf[text]` and keeps what the writers need.
fn analyze(
    buf: &str,
    text: Range<usize>,
    lossy: bool,
    options: finnews::Options,
    settings: &Settings,
    (render, id_json): (Render<'_>, &str),
) -> Doc {
    let Some(t) = buf.get(text.clone()) else {
        return Doc::empty(0..0, lossy);
    };
    if !settings.analysis {
        return Doc::empty(text, lossy);
    }
    if settings.stream && t.len() > STREAM_ABOVE {
        return Doc {
            stream: Some(Box::new(Stream {
                options,
                kinds: settings.kinds,
            })),
            ..Doc::empty(text, lossy)
        };
    }
    let analysis = finnews::analyze(t, &options);
    if let Some((out, pretty)) = render
        && settings.kinds.all()
    {
        crate::json::render_analysis(out, id_json, lossy, &analysis, t, pretty);
        return Doc {
            rendered: true,
            ..Doc::empty(text, lossy)
        };
    }
    let (mentions, facts) =
        crate::doc::kept(&analysis.mentions, analysis.facts, settings.kinds, 0, 0);
    Doc {
        text,
        lossy,
        reference: crate::doc::reference(analysis.reference_date),
        blocks: analysis.blocks,
        sentences: analysis.sentences,
        mentions,
        facts,
        stream: None,
        rendered: false,
    }
}

/// The size above which a document is left to the writer to read a window at a time (when the
/// output format can be written so): a document this long would need several times its size
/// to hold every mention and fact at once.
const STREAM_ABOVE: usize = 1 << 20;

/// The members of a JSON Lines input object that are read (each as its JSON text, a slice of
/// the line); others are skipped.
#[derive(Debug, Default, PartialEq, Eq)]
struct Input<'a> {
    id: Option<&'a str>,
    text: Option<&'a str>,
    reference_date: Option<&'a str>,
}

#[cfg(test)]
fn parse_input<'a>(line: &'a str, settings: &Settings) -> Result<Input<'a>, String> {
    parse_input_into(line, settings, None)
}

/// [`parse_input`]; with `text`, the text member's string is also unescaped into `text.0`
/// as the line is scanned, and `text.1` says whether it was (the line read by the direct
/// scan, the member a string that [`unescape`] takes).
fn parse_input_into<'a>(
    line: &'a str,
    settings: &Settings,
    mut text: Option<&mut (String, bool)>,
) -> Result<Input<'a>, String> {
    // The common line (a flat object of strings, numbers and literals) is read by a direct
    // scan; anything else, and every line that is not valid, goes to serde_json, which gives
    // the same members or the error.
    if let Some(input) = scan_input_into(line, settings, text.as_deref_mut()) {
        return Ok(input);
    }
    if let Some(t) = text {
        t.1 = false;
    }
    serde_input(line, settings)
}

/// [`parse_input`] by serde_json.
fn serde_input<'a>(line: &'a str, settings: &Settings) -> Result<Input<'a>, String> {
    let mut de = serde_json::Deserializer::from_str(line);
    let parsed = InputSeed(settings)
        .deserialize(&mut de)
        .and_then(|i| de.end().map(|()| i));
    parsed.map_err(|e| {
        if e.is_syntax() || e.is_eof() {
            format!("not valid JSON: {e}")
        } else if !line.trim_start().starts_with('{') {
            "expected a JSON object".to_owned()
        } else {
            format!("not a valid input object: {e}")
        }
    })
}

/// JSON white space.
#[inline]
fn skip_ws(b: &[u8], mut i: usize) -> usize {
    while matches!(b.get(i), Some(b' ' | b'\t' | b'\n' | b'\r')) {
        i += 1;
    }
    i
}

/// [`parse_input`] for the common line, without serde: one object whose member names hold no
/// escape and whose values are strings, numbers, `true`, `false` or `null` (the grammar
/// serde_json accepts for them), with no read member named twice and nothing but white space
/// around it. `None` for any other line, valid or not (serde_json reads it).
#[cfg(test)]
fn scan_input<'a>(line: &'a str, settings: &Settings) -> Option<Input<'a>> {
    scan_input_into(line, settings, None)
}

/// [`scan_input`], unescaping the text member as [`parse_input_into`] says.
fn scan_input_into<'a>(
    line: &'a str,
    settings: &Settings,
    mut text: Option<&mut (String, bool)>,
) -> Option<Input<'a>> {
    if let Some(t) = text.as_deref_mut() {
        t.0.clear();
        t.1 = false;
    }
    let b = line.as_bytes();
    let mut i = skip_ws(b, 0);
    if b.get(i) != Some(&b'{') {
        return None;
    }
    i = skip_ws(b, i + 1);
    let mut input = Input::default();
    if b.get(i) == Some(&b'}') {
        i += 1;
    } else {
        loop {
            if b.get(i) != Some(&b'"') {
                return None;
            }
            let k = crate::json::next_escape(b, i + 1)?;
            if b[k] != b'"' {
                return None;
            }
            let key = line.get(i + 1..k)?;
            i = skip_ws(b, k + 1);
            if b.get(i) != Some(&b':') {
                return None;
            }
            i = skip_ws(b, i + 1);
            let start = i;
            i = match text.as_deref_mut() {
                Some(t) if key == settings.text_field && b.get(i) == Some(&b'"') => {
                    scan_string_into(line, i + 1, t)?
                }
                _ => scan_value(b, i)?,
            };
            let value = line.get(start..i)?;
            for (wanted, slot) in [
                (key == settings.id_field, &mut input.id),
                (key == settings.text_field, &mut input.text),
                (key == "reference_date", &mut input.reference_date),
            ] {
                if wanted {
                    if slot.is_some() {
                        return None;
                    }
                    *slot = Some(value);
                }
            }
            i = skip_ws(b, i);
            match b.get(i) {
                Some(b',') => i = skip_ws(b, i + 1),
                Some(b'}') => {
                    i += 1;
                    break;
                }
                _ => return None,
            }
        }
    }
    (skip_ws(b, i) == b.len()).then_some(input)
}

/// The end of the string, number or literal starting at `i`, as serde_json reads them.
fn scan_value(b: &[u8], i: usize) -> Option<usize> {
    let literal = |word: &[u8]| {
        b.get(i..i + word.len())
            .filter(|w| *w == word)
            .map(|_| i + word.len())
    };
    match *b.get(i)? {
        b'"' => scan_string(b, i + 1),
        b'n' => literal(b"null"),
        b't' => literal(b"true"),
        b'f' => literal(b"false"),
        b'-' | b'0'..=b'9' => scan_number(b, i),
        _ => None,
    }
}

/// The end of a string whose first byte after the quote is at `i`: escapes well formed (a
/// `\\u` escape is any four hex digits), no control character.
fn scan_string(b: &[u8], mut i: usize) -> Option<usize> {
    loop {
        let k = crate::json::next_escape(b, i)?;
        match b[k] {
            b'"' => return Some(k + 1),
            b'\\' => match *b.get(k + 1)? {
                b'"' | b'\\' | b'/' | b'b' | b'f' | b'n' | b'r' | b't' => i = k + 2,
                b'u' if b.get(k + 2..k + 6)?.iter().all(u8::is_ascii_hexdigit) => i = k + 6,
                _ => return None,
            },
            _ => return None,
        }
    }
}

/// The end of a JSON number starting at `i`.
fn scan_number(b: &[u8], mut i: usize) -> Option<usize> {
    let digits = |from: usize| {
        from + b
            .get(from..)
            .map_or(0, |r| r.iter().take_while(|c| c.is_ascii_digit()).count())
    };
    if b.get(i) == Some(&b'-') {
        i += 1;
    }
    match *b.get(i)? {
        b'0' => {
            i += 1;
            if b.get(i).is_some_and(u8::is_ascii_digit) {
                return None;
            }
        }
        b'1'..=b'9' => i = digits(i),
        _ => return None,
    }
    if b.get(i) == Some(&b'.') {
        let j = digits(i + 1);
        if j == i + 1 {
            return None;
        }
        i = j;
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(b.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        let j = digits(i);
        if j == i {
            return None;
        }
        i = j;
    }
    Some(i)
}

struct InputSeed<'s>(&'s Settings);

impl<'de> DeserializeSeed<'de> for InputSeed<'_> {
    type Value = Input<'de>;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Input<'de>, D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for InputSeed<'_> {
    type Value = Input<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Input<'de>, A::Error> {
        let mut input = Input::default();
        while let Some(key) = map.next_key_seed(KeySeed(self.0))? {
            if key == Member::default() {
                map.next_value::<IgnoredAny>()?;
                continue;
            }
            let value = map.next_value::<&'de RawValue>()?.get();
            let s = self.0;
            for (wanted, slot, name) in [
                (key.id, &mut input.id, s.id_field.as_str()),
                (key.text, &mut input.text, s.text_field.as_str()),
                (key.reference, &mut input.reference_date, "reference_date"),
            ] {
                if wanted {
                    if slot.is_some() {
                        return Err(A::Error::custom(format_args!("duplicate field `{name}`")));
                    }
                    *slot = Some(value);
                }
            }
        }
        Ok(input)
    }
}

/// Which of the read members a key names (one key may name several, e.g. `--id-field text`).
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
struct Member {
    id: bool,
    text: bool,
    reference: bool,
}

struct KeySeed<'s>(&'s Settings);

impl<'de> DeserializeSeed<'de> for KeySeed<'_> {
    type Value = Member;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Member, D::Error> {
        d.deserialize_str(self)
    }
}

impl Visitor<'_> for KeySeed<'_> {
    type Value = Member;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a member name")
    }

    fn visit_str<E: serde::de::Error>(self, key: &str) -> Result<Member, E> {
        Ok(Member {
            id: key == self.0.id_field,
            text: key == self.0.text_field,
            reference: key == "reference_date",
        })
    }
}

/// A string that borrows from the input when it has no escapes.
struct CowStr;

impl<'de> Visitor<'de> for CowStr {
    type Value = Cow<'de, str>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string")
    }

    fn visit_borrowed_str<E: serde::de::Error>(self, v: &'de str) -> Result<Self::Value, E> {
        Ok(Cow::Borrowed(v))
    }

    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Self::Value, E> {
        Ok(Cow::Owned(v.to_owned()))
    }

    fn visit_string<E: serde::de::Error>(self, v: String) -> Result<Self::Value, E> {
        Ok(Cow::Owned(v))
    }
}

/// The string a JSON value (its text, checked by the parser) holds, if it is a string.
fn string(raw: &str) -> Option<Cow<'_, str>> {
    if let Some(inner) = raw.strip_prefix('"').and_then(|r| r.strip_suffix('"'))
        && !inner.as_bytes().contains(&b'\\')
    {
        return Some(Cow::Borrowed(inner));
    }
    let mut de = serde_json::Deserializer::from_str(raw);
    serde::Deserializer::deserialize_str(&mut de, CowStr).ok()
}

/// A JSON Lines input's text member, a JSON string: its text when it has no escapes (a slice
/// of the line), or its JSON form (quotes and escapes, a slice of the line) to unescape.
enum Text<'a> {
    Plain(&'a str),
    Raw(&'a str),
}

fn not_a_string(settings: &Settings, found: &str) -> String {
    format!(
        "field `{}` must be a string, found {found}",
        settings.text_field
    )
}

/// The text and per-line reference date of one JSON Lines input, or why it cannot be analyzed.
fn document<'a>(
    input: &Input<'a>,
    settings: &Settings,
) -> Result<(Text<'a>, Result<Option<NaiveDate>, String>), String> {
    let field = &settings.text_field;
    let Some(text) = input.text else {
        return Err(format!("missing field `{field}`"));
    };
    // A JSON value (the parser checked it) that opens with a quote is a string whose escapes
    // are well formed; one without a backslash is its text between the quotes.
    let raw = text;
    let text = match raw.strip_prefix('"').and_then(|r| r.strip_suffix('"')) {
        Some(inner) if !inner.as_bytes().contains(&b'\\') => Text::Plain(inner),
        Some(_) => Text::Raw(raw),
        None => return Err(not_a_string(settings, describe(text))),
    };
    Ok((text, reference_date(input)))
}

/// The per-line reference date, or why it is not one.
fn reference_date(input: &Input<'_>) -> Result<Option<NaiveDate>, String> {
    let Some(raw_date) = input.reference_date.filter(|r| *r != "null") else {
        return Ok(None);
    };
    let date = string(raw_date).ok_or_else(|| {
        format!(
            "field `reference_date` must be a \"YYYY-MM-DD\" string, found {}",
            describe(raw_date)
        )
    })?;
    if let Some(d) = ymd(&date) {
        return Ok(Some(d));
    }
    let d = NaiveDate::parse_from_str(&date, "%Y-%m-%d")
        .map_err(|e| format!("field `reference_date` {date:?} is not a YYYY-MM-DD date: {e}"))?;
    Ok(Some(d))
}

/// A date written as four, two and two digits (`2024-07-15`), read directly: the date
/// `parse_from_str(s, "%Y-%m-%d")` gives for such a string when it is a date; `None` for any
/// other string (left to `parse_from_str`, which also gives the error).
fn ymd(s: &str) -> Option<NaiveDate> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let num = |r: Range<usize>| {
        b.get(r)?.iter().try_fold(0u32, |n, &c| {
            c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
        })
    };
    let (y, m, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
    NaiveDate::from_ymd_opt(i32::try_from(y).ok()?, m, d)
}

fn overlaps(a: &Range<usize>, b: &Range<usize>) -> bool {
    a.start < b.end && b.start < a.end
}

/// Unescapes the JSON string literal at `raw` of `bytes` (quotes included; its escapes checked
/// by the JSON parser) in place, as serde_json reads a string: the text is written from the
/// opening quote's next byte on, and the bytes it no longer needs become spaces, so `bytes`
/// stays UTF-8. Returns the text's range, or `None` where serde_json refuses the string (a
/// `\\u` escape of a lone UTF-16 surrogate).
fn unescape_in_place(bytes: &mut [u8], raw: Range<usize>) -> Option<Range<usize>> {
    let done = unescape(bytes, raw.clone());
    if done.is_none()
        && let Some(inner) = bytes.get_mut(raw.start + 1..raw.end.saturating_sub(1))
    {
        // Refused half way: the string's bytes become spaces, so the line stays UTF-8.
        inner.fill(b' ');
    }
    done
}

/// [`unescape_in_place`], leaving the bytes as they are when it refuses the string.
fn unescape(bytes: &mut [u8], raw: Range<usize>) -> Option<Range<usize>> {
    let start = raw.start + 1;
    let end = raw.end.checked_sub(1)?;
    if bytes.get(raw.start) != Some(&b'"') || bytes.get(end) != Some(&b'"') || start > end {
        return None;
    }
    let (mut r, mut w) = (start, start);
    while r < end {
        // Copy the run up to the next backslash (found eight bytes at a time).
        let k = next_backslash(bytes.get(r..end)?).map_or(end, |k| r + k);
        if w != r {
            bytes.copy_within(r..k, w);
        }
        w += k - r;
        r = k;
        if r >= end {
            break;
        }
        let c = *bytes.get(r + 1)?;
        r += 2;
        let simple = match c {
            b'"' => b'"',
            b'\\' => b'\\',
            b'/' => b'/',
            b'b' => 0x08,
            b'f' => 0x0c,
            b'n' => b'\n',
            b'r' => b'\r',
            b't' => b'\t',
            b'u' => 0,
            _ => return None,
        };
        if c != b'u' {
            *bytes.get_mut(w)? = simple;
            w += 1;
            continue;
        }
        let n = hex4(bytes.get(r..r + 4)?)?;
        r += 4;
        let code = match n {
            0xDC00..=0xDFFF => return None,
            0xD800..=0xDBFF => {
                // A leading surrogate: a `\\u` trailing one must follow.
                if bytes.get(r..r + 2) != Some(b"\\u") {
                    return None;
                }
                let n2 = hex4(bytes.get(r + 2..r + 6)?)?;
                if !(0xDC00..=0xDFFF).contains(&n2) {
                    return None;
                }
                r += 6;
                (((n - 0xD800) << 10) | (n2 - 0xDC00)) + 0x1_0000
            }
            n => n,
        };
        let ch = char::from_u32(code)?;
        let mut utf8 = [0u8; 4];
        let enc = ch.encode_utf8(&mut utf8).as_bytes();
        bytes.get_mut(w..w + enc.len())?.copy_from_slice(enc);
        w += enc.len();
    }
    bytes.get_mut(w..raw.end)?.fill(b' ');
    Some(start..w)
}

thread_local! {
    /// A worker's buffer for the unescaped text of a JSON Lines document (see
    /// [`unescape_into`]), reused from one document to the next.
    static TEXT: std::cell::Cell<String> = const { std::cell::Cell::new(String::new()) };
}

/// [`scan_string`], appending the string's text to `out.0` as [`unescape`] reads it: the runs
/// between escapes are copied as `&str` pieces (nothing to check for UTF-8 again). `out.1`
/// says whether [`unescape`] takes the string (not a lone UTF-16 surrogate escape).
fn scan_string_into(line: &str, mut i: usize, out: &mut (String, bool)) -> Option<usize> {
    let b = line.as_bytes();
    let mut ok = true;
    loop {
        let k = crate::json::next_escape(b, i)?;
        match line.get(i..k) {
            Some(run) if ok => out.0.push_str(run),
            _ => ok = false,
        }
        match b[k] {
            b'"' => {
                out.1 = ok;
                return Some(k + 1);
            }
            b'\\' => {
                let c = *b.get(k + 1)?;
                let simple = match c {
                    b'"' => '"',
                    b'\\' => '\\',
                    b'/' => '/',
                    b'b' => '\u{8}',
                    b'f' => '\u{c}',
                    b'n' => '\n',
                    b'r' => '\r',
                    b't' => '\t',
                    b'u' if b.get(k + 2..k + 6)?.iter().all(u8::is_ascii_hexdigit) => '\0',
                    _ => return None,
                };
                if c != b'u' {
                    out.0.push(simple);
                    i = k + 2;
                    continue;
                }
                i = k + 6;
                let code = match b.get(k + 2..k + 6).and_then(hex4) {
                    Some(0xDC00..=0xDFFF) | None => None,
                    Some(n @ 0xD800..=0xDBFF) => {
                        // A leading surrogate: a `\\u` trailing one must follow (the two
                        // escapes are each well formed, as the scan wants them).
                        let trail = (b.get(i..i + 2) == Some(b"\\u"))
                            .then(|| b.get(i + 2..i + 6).and_then(hex4))
                            .flatten()
                            .filter(|n2| (0xDC00..=0xDFFF).contains(n2));
                        trail.map(|n2| {
                            i += 6;
                            (((n - 0xD800) << 10) | (n2 - 0xDC00)) + 0x1_0000
                        })
                    }
                    Some(n) => Some(n),
                };
                match code.and_then(char::from_u32) {
                    Some(ch) if ok => out.0.push(ch),
                    _ => ok = false,
                }
            }
            _ => return None,
        }
    }
}

/// The value of four hex digits.
fn hex4(h: &[u8]) -> Option<u32> {
    h.iter()
        .try_fold(0u32, |n, &c| Some(n << 4 | char::from(c).to_digit(16)?))
}

/// The first backslash in `b`, eight bytes at a time.
fn next_backslash(b: &[u8]) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut i = 0;
    while let Some(chunk) = b.get(i..).and_then(<[u8]>::first_chunk::<8>) {
        let x = u64::from_le_bytes(*chunk) ^ (ONES * u64::from(b'\\'));
        // Exact for the lowest zero byte.
        let z = x.wrapping_sub(ONES) & !x & HIGH;
        if z != 0 {
            return Some(i + (z.trailing_zeros() / 8) as usize);
        }
        i += 8;
    }
    b.get(i..)?.iter().position(|&c| c == b'\\').map(|k| i + k)
}

fn describe(v: &str) -> &'static str {
    match v.as_bytes().first() {
        Some(b'"') => "a string",
        Some(b'{') => "an object",
        Some(b'[') => "an array",
        Some(b't' | b'f') => "a boolean",
        Some(b'n') => "null",
        _ => "a number",
    }
}

/// The outcome of a document analysed (its text in `buf`).
fn analyzed(buf: String, id: Id, doc: Doc, input_bytes: u64) -> Outcome {
    Outcome {
        buf,
        id,
        doc: Ok(doc),
        message: None,
        input_bytes,
    }
}

fn failure(
    buf: String,
    id: Id,
    place: &dyn fmt::Display,
    msg: String,
    input_bytes: u64,
) -> Outcome {
    Outcome {
        buf,
        id,
        message: Some(format!("{place}: {msg}")),
        doc: Err(msg),
        input_bytes,
    }
}

#[cfg(test)]
mod tests {
    use super::{Settings, scan_input, serde_input, unescape_in_place, ymd};

    fn settings(id: &str, text: &str) -> Settings {
        Settings {
            options: finnews::Options::default(),
            lossy: false,
            analysis: true,
            kinds: crate::doc::Kinds::from_list(&[]),
            text_field: text.to_owned(),
            id_field: id.to_owned(),
            stream: false,
        }
    }

    #[test]
    fn the_direct_scan_reads_what_serde_json_reads() {
        let lines = [
            r#"{"id": 1, "text": "a\nb", "reference_date": "1987-02-26"}"#,
            r#"{"id":"x-1","text":"plain"}"#,
            r#"  { "text" : "t" , "id" : -0.5e+3 , "other": null }  "#,
            "{\t\"text\":\"t\",\r\"id\":true}",
            r#"{}"#,
            r#"{"text": "é 漢字 \u00e9 \ud83d \/ \b\f\r\t\"\\"}"#,
            r#"{"id": 1, "id": 2, "text": "dup"}"#,
            r#"{"x": 1, "x": 2, "text": "dup of an unread member"}"#,
            r#"{"text": "a", "reference_date": "1987-02-26", "reference_date": null}"#,
            r#"{"te\u0078t": "escaped key"}"#,
            r#"{"text": "nested", "meta": {"a": [1, 2]}}"#,
            r#"{"text": ["not", "a string"]}"#,
            r#"{"text": "t",}"#,
            r#"{"text": "t" "id": 1}"#,
            r#"{"text": "t"} x"#,
            r#"{"text": "t""#,
            r#"{"text": "unterminated}"#,
            r#"{"text": "bad \x escape"}"#,
            r#"{"text": "bad \u12g4 escape"}"#,
            r#"{"text": "short \u12"}"#,
            "{\"text\": \"control \u{1} char\"}",
            "{\"te\u{1}xt\": \"control in key\"}",
            r#"{"id": 01, "text": "t"}"#,
            r#"{"id": -, "text": "t"}"#,
            r#"{"id": 1., "text": "t"}"#,
            r#"{"id": 1e, "text": "t"}"#,
            r#"{"id": 1e-, "text": "t"}"#,
            r#"{"id": .5, "text": "t"}"#,
            r#"{"id": +1, "text": "t"}"#,
            r#"{"id": 0, "text": "t"}"#,
            r#"{"id": 10.25E7, "text": "t"}"#,
            r#"{"id": nul, "text": "t"}"#,
            r#"{"id": nullx, "text": "t"}"#,
            r#"{"id": True, "text": "t"}"#,
            r#"{"id": falsey}"#,
            r#"{text: "t"}"#,
            r#"["text"]"#,
            r#""text""#,
            r#"{"text": 5}"#,
            r#"{"#,
            r#""#,
            r#"{"text": "t", "reference_date": 19870226}"#,
        ];
        let all = [
            settings("id", "text"),
            settings("text", "text"),
            settings("id", "body"),
        ];
        let mut scanned = 0;
        for line in lines {
            for s in &all {
                let serde = serde_input(line, s);
                if let Some(direct) = scan_input(line, s) {
                    scanned += 1;
                    assert_eq!(Ok(direct), serde, "{line}");
                }
                assert_eq!(super::parse_input(line, s), serde, "{line}");
            }
        }
        assert!(scanned >= 20, "{scanned}");
        // The common shapes take the direct scan.
        for k in [0, 1, 2, 3, 4, 5, 7] {
            assert!(scan_input(lines[k], &all[0]).is_some(), "{}", lines[k]);
        }
    }

    #[test]
    fn dates_are_read_as_parse_from_str_reads_them() {
        use finnews::date::NaiveDate;
        for s in [
            "1987-02-26",
            "2024-02-29",
            "2023-02-29",
            "0000-01-01",
            "0001-12-31",
            "9999-12-31",
            "2024-13-01",
            "2024-00-10",
            "2024-01-00",
            "2024-01-32",
            "2024-1-05",
            "24-01-05",
            "2024/01/05",
            "2024-01-5x",
            "+2024-01-05",
            "2024-01-05 ",
            "२०२४-01-05",
            "",
        ] {
            let parsed = NaiveDate::parse_from_str(s, "%Y-%m-%d").ok();
            match ymd(s) {
                Some(d) => assert_eq!(Some(d), parsed, "{s}"),
                None => assert!(
                    parsed.is_none() || s.len() != 10 || !s.is_ascii(),
                    "{s}: {parsed:?}"
                ),
            }
        }
    }

    /// What the in-place unescaper makes of `json` (a JSON string literal), beside serde_json.
    fn both(json: &str) -> (Option<String>, Option<String>) {
        let line = format!("{{\"id\":1,\"text\":{json},\"x\":\"é\"}}");
        let start = line.find(json).unwrap();
        let mut bytes = line.clone().into_bytes();
        let got = unescape_in_place(&mut bytes, start..start + json.len());
        // The line stays UTF-8 and keeps everything outside the string.
        let after = String::from_utf8(bytes).unwrap();
        assert_eq!(after[..start], line[..start]);
        assert_eq!(after[start + json.len()..], line[start + json.len()..]);
        let mine = got.map(|r| after[r].to_owned());
        // The scan that unescapes as it reads (the worker's path) takes and makes the same.
        let mut scanned = (String::from("stale"), true);
        let s = settings("id", "text");
        let input = super::parse_input_into(&line, &s, Some(&mut scanned)).unwrap();
        assert_eq!(input, super::parse_input(&line, &s).unwrap(), "{line}");
        assert_eq!(scanned.1.then_some(scanned.0), mine, "{line}");
        (mine, serde_json::from_str::<String>(json).ok())
    }

    #[test]
    fn strings_are_unescaped_as_serde_json_reads_them() {
        let mut cases = vec![
            r#""""#.to_owned(),
            r#""plain""#.to_owned(),
            r#""a\nb\tc\rd\\e\"f\/g\bh\fi""#.to_owned(),
            r#""\u00e9t\u00C9 \u4e07\u5143 \u20ac""#.to_owned(),
            r#""\ud83d\ude00 smile""#.to_owned(),
            r#""lone \ud83d here""#.to_owned(),
            r#""lone \ude00 trail""#.to_owned(),
            r#""lead then other \ud83d\u0041""#.to_owned(),
            r#""lead then escape \ud83d\n""#.to_owned(),
            r#""two leads \ud83d\ud83d\ude00""#.to_owned(),
            r#""é\nü 漢字\\\\n end\\""#.to_owned(),
        ];
        // An escape at every offset of a longer string (the scan reads eight bytes at once).
        for at in 0..20 {
            let mut s: String = "abcdefghijklmnopqrst".to_owned();
            s.insert_str(at, r"\n\u00e9");
            cases.push(format!("\"{s}\""));
        }
        for json in &cases {
            let (mine, serde) = both(json);
            assert_eq!(mine, serde, "{json}");
        }
    }
}
