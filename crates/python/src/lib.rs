/*!
The native module `finnews._finnews` behind the Python package `finnews`.

The analysis runs with the GIL released, on Rust threads for a batch, and produces owned,
Python-free results (`doc::Doc`); Python objects (`Mention`, `decimal.Decimal`,
`datetime.date`) are made from them only when asked for, or in bulk, column by column, for a
table. A Rust panic never crosses into Python: every analysis runs under `catch_unwind` and a
panic becomes `finnews.InternalError`.

The Python-facing API is documented in `python/finnews/__init__.pyi`.
*/
#![forbid(unsafe_code)]

mod arrow;
mod doc;

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::Arc;

use chrono::{Datelike, Month, NaiveDate};
use finnews::Options;
use pyo3::exceptions::{PyRuntimeError, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyBytes, PyDict, PyList, PyString, PyTuple, PyType};
use pyo3::{create_exception, intern};
use rayon::prelude::*;
use rust_decimal::Decimal;

use crate::doc::{Doc, MentionData, Pos};

create_exception!(
    finnews,
    InternalError,
    PyRuntimeError,
    "A bug in finnews (a Rust panic), caught before it could cross into Python."
);

static DECIMAL: PyOnceLock<Py<PyType>> = PyOnceLock::new();
static DATE: PyOnceLock<Py<PyType>> = PyOnceLock::new();

fn py_decimal<'py>(py: Python<'py>, d: Decimal) -> PyResult<Bound<'py, PyAny>> {
    DECIMAL
        .import(py, "decimal", "Decimal")?
        .call1((d.to_string(),))
}

fn py_date<'py>(py: Python<'py>, d: NaiveDate) -> PyResult<Bound<'py, PyAny>> {
    DATE.import(py, "datetime", "date")?
        .call1((d.year(), d.month(), d.day()))
}

fn opt<'py, T>(
    py: Python<'py>,
    v: Option<T>,
    f: impl FnOnce(Python<'py>, T) -> PyResult<Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyAny>> {
    match v {
        Some(v) => f(py, v),
        None => Ok(py.None().into_bound(py)),
    }
}

fn opt_str<'py>(py: Python<'py>, s: Option<&str>) -> Bound<'py, PyAny> {
    match s {
        Some(s) => PyString::new(py, s).into_any(),
        None => py.None().into_bound(py),
    }
}

// ---------------------------------------------------------------------------------------------
// Arguments
// ---------------------------------------------------------------------------------------------

/// A reference date from Python: `None`, a `datetime.date` (a `datetime.datetime` gives its
/// date), or an ISO `YYYY-MM-DD` string. Anything else is a `ValueError` naming the value.
fn reference_date(value: Option<&Bound<'_, PyAny>>) -> PyResult<Option<NaiveDate>> {
    let Some(v) = value else { return Ok(None) };
    if v.is_none() {
        return Ok(None);
    }
    let bad = || {
        let shown = v
            .repr()
            .map(|r| r.to_string())
            .unwrap_or_else(|_| "<unprintable>".to_owned());
        PyValueError::new_err(format!(
            "invalid reference_date {shown}: expected a datetime.date or an ISO 'YYYY-MM-DD' string"
        ))
    };
    if let Ok(s) = v.cast::<PyString>() {
        let s = s.to_cow()?;
        return parse_iso_date(&s).ok_or_else(bad).map(Some);
    }
    let date_type = DATE.import(v.py(), "datetime", "date")?;
    if !v.is_instance(date_type)? {
        return Err(bad());
    }
    let part = |name: &str| -> PyResult<u32> { v.getattr(name)?.extract::<u32>() };
    let year = i32::try_from(part("year")?).map_err(|_| bad())?;
    NaiveDate::from_ymd_opt(year, part("month")?, part("day")?)
        .ok_or_else(bad)
        .map(Some)
}

/// Exactly `YYYY-MM-DD`, a real calendar day.
fn parse_iso_date(s: &str) -> Option<NaiveDate> {
    let b = s.as_bytes();
    let shape = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    if !shape {
        return None;
    }
    NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()
}

fn fiscal_month(value: &Bound<'_, PyAny>) -> PyResult<Month> {
    if value.cast::<pyo3::types::PyBool>().is_ok() {
        return Err(PyTypeError::new_err(
            "fiscal_year_start must be an int from 1 to 12",
        ));
    }
    let n: i64 = value
        .extract()
        .map_err(|_| PyTypeError::new_err("fiscal_year_start must be an int from 1 to 12"))?;
    u8::try_from(n)
        .ok()
        .and_then(|m| Month::try_from(m).ok())
        .filter(|_| (1..=12).contains(&n))
        .ok_or_else(|| {
            PyValueError::new_err(format!("fiscal_year_start must be from 1 to 12, not {n}"))
        })
}

fn text_arg(value: &Bound<'_, PyAny>, what: &str) -> PyResult<String> {
    match value.cast::<PyString>() {
        Ok(s) => Ok(s.to_cow()?.into_owned()),
        Err(_) => {
            let ty = value
                .get_type()
                .name()
                .map(|n| n.to_string())
                .unwrap_or_else(|_| "?".to_owned());
            Err(PyTypeError::new_err(format!(
                "{what} must be str, not {ty}"
            )))
        }
    }
}

fn options(reference: Option<NaiveDate>, fiscal: Month) -> Options {
    let options = Options::default().with_fiscal_year_start(fiscal);
    match reference {
        Some(date) => options.with_reference_date(date),
        None => options,
    }
}

// ---------------------------------------------------------------------------------------------
// Running analyses: GIL released, panics caught
// ---------------------------------------------------------------------------------------------

type Job = (String, Option<NaiveDate>);

fn panic_message(e: &(dyn std::any::Any + Send)) -> String {
    if let Some(s) = e.downcast_ref::<&str>() {
        (*s).to_owned()
    } else if let Some(s) = e.downcast_ref::<String>() {
        s.clone()
    } else {
        "unknown panic".to_owned()
    }
}

/// Runs `f` on every job, in order of input, on `threads` threads (`None`: rayon's pool, one
/// per core; `1`: the calling thread). A panic in any job is caught and reported as an error
/// naming the job.
fn run_batch<F>(jobs: Vec<Job>, threads: Option<usize>, f: F) -> Result<Vec<Doc>, String>
where
    F: Fn(String, Option<NaiveDate>) -> Doc + Sync,
{
    let guarded = |(i, (text, date)): (usize, Job)| {
        catch_unwind(AssertUnwindSafe(|| f(text, date)))
            .map_err(|e| format!("text #{i}: {}", panic_message(e.as_ref())))
    };
    match threads {
        Some(1) => jobs.into_iter().enumerate().map(guarded).collect(),
        Some(n) => rayon::ThreadPoolBuilder::new()
            .num_threads(n)
            .build()
            .map_err(|e| format!("cannot start {n} threads: {e}"))?
            .install(|| jobs.into_par_iter().enumerate().map(guarded).collect()),
        None => jobs.into_par_iter().enumerate().map(guarded).collect(),
    }
}

fn run(
    py: Python<'_>,
    jobs: Vec<Job>,
    threads: Option<usize>,
    fiscal: Month,
) -> PyResult<Vec<Doc>> {
    py.detach(|| {
        run_batch(jobs, threads, |text, date| {
            Doc::analyze(text, &options(date, fiscal))
        })
    })
    .map_err(|msg| InternalError::new_err(format!("finnews panicked (a bug) on {msg}")))
}

/// Analyzes one text.
#[pyfunction]
#[pyo3(signature = (text, *, reference_date=None, fiscal_year_start=None))]
fn analyze(
    py: Python<'_>,
    text: &Bound<'_, PyAny>,
    reference_date: Option<&Bound<'_, PyAny>>,
    fiscal_year_start: Option<&Bound<'_, PyAny>>,
) -> PyResult<PyAnalysis> {
    let text = text_arg(text, "text")?;
    let date = self::reference_date(reference_date)?;
    let fiscal = fiscal_year_start.map_or(Ok(Month::January), fiscal_month)?;
    let doc = run(py, vec![(text, date)], Some(1), fiscal)?
        .pop()
        .ok_or_else(|| InternalError::new_err("no result"))?;
    Ok(PyAnalysis::new(doc))
}

/// Analyzes a batch of texts in parallel, the GIL released; results in input order.
#[pyfunction]
#[pyo3(signature = (texts, *, reference_dates=None, threads=None, fiscal_year_start=None))]
fn analyze_many(
    py: Python<'_>,
    texts: &Bound<'_, PyAny>,
    reference_dates: Option<&Bound<'_, PyAny>>,
    threads: Option<&Bound<'_, PyAny>>,
    fiscal_year_start: Option<&Bound<'_, PyAny>>,
) -> PyResult<Vec<PyAnalysis>> {
    if texts.cast::<PyString>().is_ok() {
        return Err(PyTypeError::new_err(
            "texts must be an iterable of str, not a single str (use analyze for one text)",
        ));
    }
    let mut jobs: Vec<Job> = Vec::new();
    for (i, t) in texts.try_iter()?.enumerate() {
        jobs.push((text_arg(&t?, &format!("texts[{i}]"))?, None));
    }
    let single = reference_dates.filter(|r| {
        r.is_none()
            || r.cast::<PyString>().is_ok()
            || DATE
                .import(r.py(), "datetime", "date")
                .and_then(|d| r.is_instance(d))
                .unwrap_or(false)
    });
    match (reference_dates, single) {
        (None, _) => {}
        (Some(_), Some(one)) => {
            let d = reference_date(Some(one))?;
            jobs.iter_mut().for_each(|j| j.1 = d);
        }
        (Some(many), None) => {
            let mut n = 0usize;
            for (i, r) in many.try_iter()?.enumerate() {
                let r = r?;
                let d = reference_date(Some(&r))?;
                match jobs.get_mut(i) {
                    Some(j) => j.1 = d,
                    None => n = usize::MAX,
                }
                n = n.saturating_add(1);
            }
            if n != jobs.len() {
                return Err(PyValueError::new_err(format!(
                    "reference_dates has a different length than texts ({} texts)",
                    jobs.len()
                )));
            }
        }
    }
    let threads = match threads {
        None => None,
        Some(t) if t.is_none() => None,
        Some(t) => {
            let n: i64 = t
                .extract()
                .map_err(|_| PyTypeError::new_err("threads must be an int or None"))?;
            match usize::try_from(n) {
                Ok(n) if n >= 1 => Some(n),
                _ => {
                    return Err(PyValueError::new_err(format!(
                        "threads must be at least 1, not {n}"
                    )));
                }
            }
        }
    };
    let fiscal = fiscal_year_start.map_or(Ok(Month::January), fiscal_month)?;
    let docs = run(py, jobs, threads, fiscal)?;
    Ok(docs.into_iter().map(PyAnalysis::new).collect())
}

/// Test hook: makes a Rust panic happen under the same guard as `analyze` (`in_worker=False`)
/// or `analyze_many` on two worker threads (`in_worker=True`), so the tests can check that it
/// becomes `InternalError` instead of crossing the boundary.
#[pyfunction]
#[pyo3(signature = (in_worker=false))]
fn _panic_for_test(py: Python<'_>, in_worker: bool) -> PyResult<()> {
    let jobs: Vec<Job> = (0..4).map(|i| (i.to_string(), None)).collect();
    let threads = if in_worker { Some(2) } else { Some(1) };
    py.detach(|| {
        run_batch(jobs, threads, |text, _| {
            if text == "2" {
                panic!("deliberate panic for the test suite");
            }
            Doc::analyze(text, &Options::default())
        })
    })
    .map(|_| ())
    .map_err(|msg| InternalError::new_err(format!("finnews panicked (a bug) on {msg}")))
}

// ---------------------------------------------------------------------------------------------
// Python classes
// ---------------------------------------------------------------------------------------------

/// Everything finnews found in one text.
#[pyclass(module = "finnews", name = "Analysis", frozen)]
struct PyAnalysis {
    doc: Arc<Doc>,
    mentions: PyOnceLock<Vec<Py<PyMention>>>,
}

impl PyAnalysis {
    fn new(doc: Doc) -> PyAnalysis {
        PyAnalysis {
            doc: Arc::new(doc),
            mentions: PyOnceLock::new(),
        }
    }
}

/// A phrase as `{"span": [start, end], "text": ...}` (byte offsets, as the contract has them).
fn phrase_dict<'py>(
    py: Python<'py>,
    p: Option<&finnews::fact::Phrase<String>>,
) -> PyResult<Bound<'py, PyAny>> {
    let Some(p) = p else {
        return Ok(py.None().into_bound(py));
    };
    let d = PyDict::new(py);
    d.set_item(
        intern!(py, "span"),
        PyList::new(py, [p.span.start(), p.span.end()])?,
    )?;
    d.set_item(intern!(py, "text"), p.text.as_str())?;
    Ok(d.into_any())
}

/// The facts of a document as dicts of the contract's shape.
fn facts_list<'py>(py: Python<'py>, doc: &Doc) -> PyResult<Bound<'py, PyList>> {
    use finnews::fact::Period;
    let out = PyList::empty(py);
    for f in &doc.facts {
        let d = PyDict::new(py);
        d.set_item(intern!(py, "value"), f.value)?;
        d.set_item(intern!(py, "role"), f.role.code())?;
        if let Some(x) = f.direction {
            d.set_item(intern!(py, "direction"), x.code())?;
        }
        if let Some(x) = f.basis {
            d.set_item(intern!(py, "basis"), x.code())?;
        }
        if let Some(x) = f.compared_to {
            d.set_item(intern!(py, "compared_to"), x)?;
        }
        d.set_item(intern!(py, "metric"), phrase_dict(py, f.metric.as_ref())?)?;
        d.set_item(intern!(py, "subject"), phrase_dict(py, f.subject.as_ref())?)?;
        match f.period {
            Period::Mention(i) => d.set_item(intern!(py, "period"), i)?,
            Period::Reference => d.set_item(intern!(py, "period"), "reference")?,
            Period::None => d.set_item(intern!(py, "period"), py.None())?,
        }
        if let Some(o) = f.period_offset {
            d.set_item(intern!(py, "period_offset"), o.code())?;
        }
        if let Some(x) = &f.denominator {
            d.set_item(intern!(py, "denominator"), phrase_dict(py, Some(x))?)?;
        }
        if !f.qualifiers.is_empty() {
            let q = PyList::empty(py);
            for x in &f.qualifiers {
                q.append(phrase_dict(py, Some(x))?)?;
            }
            d.set_item(intern!(py, "qualifiers"), q)?;
        }
        if f.status != finnews::fact::Status::Actual {
            d.set_item(intern!(py, "status"), f.status.code())?;
        }
        out.append(d)?;
    }
    Ok(out)
}

fn span_list<'py>(py: Python<'py>, pos: Pos) -> PyResult<Bound<'py, PyList>> {
    PyList::new(py, [pos.byte_start, pos.byte_end])
}

fn mention_dict<'py>(py: Python<'py>, doc: &Doc, m: &MentionData) -> PyResult<Bound<'py, PyDict>> {
    let d = PyDict::new(py);
    d.set_item(intern!(py, "kind"), m.kind)?;
    d.set_item(intern!(py, "span"), span_list(py, m.pos)?)?;
    d.set_item(intern!(py, "text"), doc.slice(m.pos))?;
    let dec = |d: Decimal| d.to_string();
    if let Some(v) = m.value {
        d.set_item(intern!(py, "value"), dec(v))?;
    }
    if let Some(v) = m.low {
        d.set_item(intern!(py, "low"), dec(v))?;
    }
    if let Some(v) = m.high {
        d.set_item(intern!(py, "high"), dec(v))?;
    }
    if let Some(v) = m.currency {
        d.set_item(intern!(py, "currency"), v)?;
    }
    if let Some(v) = m.unit {
        d.set_item(intern!(py, "unit"), v)?;
    }
    if let Some(v) = m.dimension {
        d.set_item(intern!(py, "dimension"), v)?;
    }
    if let Some(v) = m.modifier {
        d.set_item(intern!(py, "modifier"), v)?;
    }
    if let Some(v) = &m.timex {
        d.set_item(intern!(py, "timex"), v)?;
    }
    if let Some(v) = m.timex_mod {
        d.set_item(intern!(py, "mod"), v)?;
    }
    if let Some((a, b)) = m.range {
        d.set_item(
            intern!(py, "range"),
            PyList::new(py, [a.to_string(), b.to_string()])?,
        )?;
    }
    Ok(d)
}

#[pymethods]
impl PyAnalysis {
    /// The text analysed.
    #[getter]
    fn text(&self) -> &str {
        &self.doc.text
    }

    /// The mentions, sorted by start, never overlapping (made once, on first access).
    #[getter]
    fn mentions<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyList>> {
        let py = slf.py();
        let this = slf.get();
        let items = this.mentions.get_or_try_init(py, || {
            (0..this.doc.mentions.len())
                .map(|index| {
                    Py::new(
                        py,
                        PyMention {
                            doc: Arc::clone(&this.doc),
                            index,
                        },
                    )
                })
                .collect::<PyResult<Vec<_>>>()
        })?;
        PyList::new(py, items.iter().map(|m| m.clone_ref(py)))
    }

    /// The blocks of the page, in order.
    #[getter]
    fn blocks(&self, py: Python<'_>) -> PyResult<Vec<Py<PyBlock>>> {
        (0..self.doc.blocks.len())
            .map(|index| {
                Py::new(
                    py,
                    PyBlock {
                        doc: Arc::clone(&self.doc),
                        index,
                    },
                )
            })
            .collect()
    }

    /// The sentences, in order.
    #[getter]
    fn sentences(&self, py: Python<'_>) -> PyResult<Vec<Py<PySentence>>> {
        (0..self.doc.sentences.len())
            .map(|index| {
                Py::new(
                    py,
                    PySentence {
                        doc: Arc::clone(&self.doc),
                        index,
                    },
                )
            })
            .collect()
    }

    /// The reference date relative expressions were resolved against, or None.
    #[getter]
    fn reference_date(&self, py: Python<'_>) -> PyResult<Option<Py<PyReferenceDate>>> {
        self.doc
            .reference
            .map(|r| {
                Py::new(
                    py,
                    PyReferenceDate {
                        date: r.date,
                        grain: r.grain,
                        source: r.source,
                    },
                )
            })
            .transpose()
    }

    /// The contract's JSON shape (docs/output-format.md) as Python dicts, lists and strings.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let doc = &*self.doc;
        let out = PyDict::new(py);
        let reference = match doc.reference {
            Some(r) => {
                let d = PyDict::new(py);
                d.set_item(intern!(py, "date"), r.date.to_string())?;
                d.set_item(intern!(py, "grain"), r.grain)?;
                d.set_item(intern!(py, "source"), r.source)?;
                d.into_any()
            }
            None => py.None().into_bound(py),
        };
        out.set_item(intern!(py, "reference_date"), reference)?;
        let blocks = PyList::empty(py);
        for b in &doc.blocks {
            let d = PyDict::new(py);
            d.set_item(intern!(py, "kind"), b.kind)?;
            d.set_item(intern!(py, "span"), span_list(py, b.pos)?)?;
            blocks.append(d)?;
        }
        out.set_item(intern!(py, "blocks"), blocks)?;
        let sentences = PyList::empty(py);
        for s in &doc.sentences {
            let d = PyDict::new(py);
            d.set_item(intern!(py, "span"), span_list(py, s.pos)?)?;
            d.set_item(intern!(py, "block"), s.block)?;
            sentences.append(d)?;
        }
        out.set_item(intern!(py, "sentences"), sentences)?;
        let mentions = PyList::empty(py);
        for m in &doc.mentions {
            mentions.append(mention_dict(py, doc, m)?)?;
        }
        out.set_item(intern!(py, "mentions"), mentions)?;
        out.set_item(intern!(py, "facts"), facts_list(py, doc)?)?;
        Ok(out)
    }

    /// The facts (contract 1.2): one dict per fact, in the contract's JSON shape (`value`,
    /// `period` and `compared_to` index `mentions`; phrase spans are UTF-8 byte offsets).
    #[getter]
    fn facts<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        facts_list(py, &self.doc)
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<PyAnalysis>()
            .is_ok_and(|o| *o.get().doc == *self.doc)
    }

    fn __repr__(&self) -> String {
        format!(
            "<finnews.Analysis: {} mentions, {} blocks, {} sentences, {} characters>",
            self.doc.mentions.len(),
            self.doc.blocks.len(),
            self.doc.sentences.len(),
            self.doc.text.chars().count()
        )
    }
}

/// The `#[pymethods]` of a type whose `data()` has a `pos`: the span getters every spanned
/// object shares (`text`, `start`, `end`, `byte_start`, `byte_end`), then the type's own methods.
macro_rules! spanned_pymethods {
    ($ty:ty { $($own:tt)* }) => {
        #[pymethods]
        impl $ty {
            #[getter]
            fn text(&self) -> PyResult<&str> {
                Ok(self.doc.slice(self.data()?.pos))
            }
            #[getter]
            fn start(&self) -> PyResult<usize> {
                Ok(self.data()?.pos.start)
            }
            #[getter]
            fn end(&self) -> PyResult<usize> {
                Ok(self.data()?.pos.end)
            }
            #[getter]
            fn byte_start(&self) -> PyResult<usize> {
                Ok(self.data()?.pos.byte_start)
            }
            #[getter]
            fn byte_end(&self) -> PyResult<usize> {
                Ok(self.data()?.pos.byte_end)
            }
            $($own)*
        }
    };
}

/// One quantity or temporal expression.
#[pyclass(module = "finnews", name = "Mention", frozen)]
struct PyMention {
    doc: Arc<Doc>,
    index: usize,
}

impl PyMention {
    fn data(&self) -> PyResult<&MentionData> {
        self.doc
            .mentions
            .get(self.index)
            .ok_or_else(|| InternalError::new_err("mention index out of range"))
    }
}

spanned_pymethods!(PyMention {
    #[getter]
    fn kind(&self) -> PyResult<&'static str> {
        Ok(self.data()?.kind)
    }
    #[getter]
    fn value<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        opt(py, self.data()?.value, py_decimal)
    }
    #[getter]
    fn low<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        opt(py, self.data()?.low, py_decimal)
    }
    #[getter]
    fn high<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        opt(py, self.data()?.high, py_decimal)
    }
    #[getter]
    fn currency(&self) -> PyResult<Option<&'static str>> {
        Ok(self.data()?.currency)
    }
    #[getter]
    fn unit(&self) -> PyResult<Option<&'static str>> {
        Ok(self.data()?.unit)
    }
    #[getter]
    fn dimension(&self) -> PyResult<Option<&'static str>> {
        Ok(self.data()?.dimension)
    }
    #[getter]
    fn modifier(&self) -> PyResult<Option<&'static str>> {
        Ok(self.data()?.modifier)
    }
    #[getter]
    fn timex(&self) -> PyResult<Option<&str>> {
        Ok(self.data()?.timex.as_deref())
    }
    #[getter(r#mod)]
    fn timex_mod(&self) -> PyResult<Option<&'static str>> {
        Ok(self.data()?.timex_mod)
    }
    #[getter]
    fn range<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        opt(py, self.data()?.range, |py, (a, b)| {
            Ok(PyTuple::new(py, [py_date(py, a)?, py_date(py, b)?])?.into_any())
        })
    }

    /// The contract's JSON shape of this mention.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        mention_dict(py, &self.doc, self.data()?)
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        let Ok(o) = other.cast::<PyMention>() else {
            return false;
        };
        let o = o.get();
        match (self.data(), o.data()) {
            (Ok(a), Ok(b)) => a == b && self.doc.slice(a.pos) == o.doc.slice(b.pos),
            _ => false,
        }
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let m = self.data()?;
        let mut s = format!(
            "Mention(kind={:?}, text={}, start={}, end={}",
            m.kind,
            PyString::new(py, self.doc.slice(m.pos)).repr()?,
            m.pos.start,
            m.pos.end
        );
        let fields: [(&str, Option<String>); 10] = [
            ("value", m.value.map(|v| format!("Decimal('{v}')"))),
            ("low", m.low.map(|v| format!("Decimal('{v}')"))),
            ("high", m.high.map(|v| format!("Decimal('{v}')"))),
            ("currency", m.currency.map(|v| format!("'{v}'"))),
            ("unit", m.unit.map(|v| format!("'{v}'"))),
            ("dimension", m.dimension.map(|v| format!("'{v}'"))),
            ("modifier", m.modifier.map(|v| format!("'{v}'"))),
            ("timex", m.timex.as_ref().map(|v| format!("'{v}'"))),
            ("mod", m.timex_mod.map(|v| format!("'{v}'"))),
            ("range", m.range.map(|(a, b)| format!("('{a}', '{b}')"))),
        ];
        for (name, v) in fields {
            if let Some(v) = v {
                s.push_str(&format!(", {name}={v}"));
            }
        }
        s.push(')');
        Ok(s)
    }
});

/// One block of the page.
#[pyclass(module = "finnews", name = "Block", frozen)]
struct PyBlock {
    doc: Arc<Doc>,
    index: usize,
}

impl PyBlock {
    fn data(&self) -> PyResult<&doc::BlockData> {
        self.doc
            .blocks
            .get(self.index)
            .ok_or_else(|| InternalError::new_err("block index out of range"))
    }
}

spanned_pymethods!(PyBlock {
    #[getter]
    fn kind(&self) -> PyResult<&'static str> {
        Ok(self.data()?.kind)
    }
    fn __repr__(&self) -> PyResult<String> {
        let b = self.data()?;
        Ok(format!(
            "Block(kind={:?}, start={}, end={})",
            b.kind, b.pos.start, b.pos.end
        ))
    }
});

/// One sentence.
#[pyclass(module = "finnews", name = "Sentence", frozen)]
struct PySentence {
    doc: Arc<Doc>,
    index: usize,
}

impl PySentence {
    fn data(&self) -> PyResult<&doc::SentenceData> {
        self.doc
            .sentences
            .get(self.index)
            .ok_or_else(|| InternalError::new_err("sentence index out of range"))
    }
}

spanned_pymethods!(PySentence {
    #[getter]
    fn block(&self) -> PyResult<usize> {
        Ok(self.data()?.block)
    }
    fn __repr__(&self) -> PyResult<String> {
        let s = self.data()?;
        Ok(format!(
            "Sentence(block={}, start={}, end={})",
            s.block, s.pos.start, s.pos.end
        ))
    }
});

/// The reference date of an analysis, its grain and where it came from.
#[pyclass(module = "finnews", name = "ReferenceDate", frozen)]
struct PyReferenceDate {
    date: NaiveDate,
    grain: &'static str,
    source: &'static str,
}

#[pymethods]
impl PyReferenceDate {
    #[getter]
    fn date<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        py_date(py, self.date)
    }
    #[getter]
    fn grain(&self) -> &'static str {
        self.grain
    }
    #[getter]
    fn source(&self) -> &'static str {
        self.source
    }
    fn __repr__(&self) -> String {
        format!(
            "ReferenceDate(date=datetime.date({}, {}, {}), grain={:?}, source={:?})",
            self.date.year(),
            self.date.month(),
            self.date.day(),
            self.grain,
            self.source
        )
    }
}

// ---------------------------------------------------------------------------------------------
// Tables: one column per field, built in bulk
// ---------------------------------------------------------------------------------------------

/// The mention table's columns, in order (`id` is added by the Python side from `doc`).
const COLUMNS: [&str; 15] = [
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
    "byte_start",
    "byte_end",
];

/// Every mention of every analysis as columns of Python objects, for pandas: returns
/// `(doc, columns)`, `doc` the index of each row's analysis and `columns` a dict of lists named
/// as [`COLUMNS`]; values are `decimal.Decimal`, range ends `datetime.date`, missing fields None.
#[pyfunction]
fn _mention_columns<'py>(
    py: Python<'py>,
    analyses: Vec<Py<PyAnalysis>>,
) -> PyResult<(Bound<'py, PyList>, Bound<'py, PyDict>)> {
    let rows: usize = analyses.iter().map(|a| a.get().doc.mentions.len()).sum();
    let mut cols: Vec<Vec<Bound<'py, PyAny>>> =
        COLUMNS.iter().map(|_| Vec::with_capacity(rows)).collect();
    let mut doc_index = Vec::with_capacity(rows);
    let none = py.None().into_bound(py);
    // Codes (`money`, `CNY`, `END`, ...) repeat: one Python string each.
    let mut interned: Vec<(&'static str, Bound<'py, PyAny>)> = Vec::new();
    let mut code = |s: Option<&'static str>| -> Bound<'py, PyAny> {
        let Some(s) = s else { return none.clone() };
        if let Some((_, o)) = interned.iter().find(|(k, _)| std::ptr::eq(*k, s)) {
            return o.clone();
        }
        let o = PyString::intern(py, s).into_any();
        interned.push((s, o.clone()));
        o
    };
    let num = |d: Option<Decimal>| opt(py, d, py_decimal);
    for (i, a) in analyses.iter().enumerate() {
        let doc = &*a.get().doc;
        for m in &doc.mentions {
            doc_index.push(i);
            let (r0, r1) = match m.range {
                Some((x, y)) => (py_date(py, x)?, py_date(py, y)?),
                None => (py.None().into_bound(py), py.None().into_bound(py)),
            };
            let row: [Bound<'py, PyAny>; 15] = [
                code(Some(m.kind)),
                m.pos.start.into_pyobject(py)?.into_any(),
                m.pos.end.into_pyobject(py)?.into_any(),
                PyString::new(py, doc.slice(m.pos)).into_any(),
                num(m.value)?,
                num(m.low)?,
                num(m.high)?,
                code(m.unit_or_currency()),
                opt_str(py, m.timex.as_deref()),
                code(m.timex_mod),
                code(m.modifier),
                r0,
                r1,
                m.pos.byte_start.into_pyobject(py)?.into_any(),
                m.pos.byte_end.into_pyobject(py)?.into_any(),
            ];
            for (c, v) in cols.iter_mut().zip(row) {
                c.push(v);
            }
        }
    }
    let out = PyDict::new(py);
    for (name, c) in COLUMNS.iter().zip(cols) {
        out.set_item(*name, PyList::new(py, c)?)?;
    }
    Ok((PyList::new(py, doc_index)?, out))
}

/// The mention table as raw Arrow buffers: returns `(rows, doc, columns)`, `doc` the
/// native-endian `int64` document index of each row, `columns` a list in [`COLUMNS`] order of
/// `("int64", values)`, `("date32", validity, values)`, `("string", validity, offsets, data)`
/// (32-bit offsets) or `("large_string", validity, offsets, data)` (64-bit offsets). pyarrow
/// wraps them with `Array.from_buffers`; no Python object is made per cell.
#[pyfunction]
fn _mention_buffers<'py>(
    py: Python<'py>,
    analyses: Vec<Py<PyAnalysis>>,
) -> PyResult<(usize, Bound<'py, PyBytes>, Bound<'py, PyList>)> {
    let docs: Vec<Arc<Doc>> = analyses.iter().map(|a| Arc::clone(&a.get().doc)).collect();
    let (rows, doc_index, columns) =
        py.detach(|| arrow::mention_columns(docs.iter().map(|d| &**d)));
    let bytes = |b: &[u8]| PyBytes::new(py, b).into_any();
    let out = PyList::empty(py);
    for c in columns {
        let item = match c {
            arrow::Column::Int(v) => {
                PyTuple::new(py, [PyString::new(py, "int64").into_any(), bytes(&v)])?
            }
            arrow::Column::Date(d) => PyTuple::new(
                py,
                [
                    PyString::new(py, "date32").into_any(),
                    bytes(&d.validity),
                    bytes(&d.values),
                ],
            )?,
            arrow::Column::Str(s) => {
                let (name, offsets) = match s.offsets_i32() {
                    Some(o) => ("string", o),
                    None => ("large_string", s.offsets_i64()),
                };
                PyTuple::new(
                    py,
                    [
                        PyString::new(py, name).into_any(),
                        bytes(&s.validity),
                        bytes(&offsets),
                        bytes(&s.data),
                    ],
                )?
            }
        };
        out.append(item)?;
    }
    Ok((rows, PyBytes::new(py, &doc_index), out))
}

/// The native module.
#[pymodule]
fn _finnews(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(analyze, m)?)?;
    m.add_function(wrap_pyfunction!(analyze_many, m)?)?;
    m.add_function(wrap_pyfunction!(_mention_columns, m)?)?;
    m.add_function(wrap_pyfunction!(_mention_buffers, m)?)?;
    m.add_function(wrap_pyfunction!(_panic_for_test, m)?)?;
    m.add_class::<PyAnalysis>()?;
    m.add_class::<PyMention>()?;
    m.add_class::<PyBlock>()?;
    m.add_class::<PySentence>()?;
    m.add_class::<PyReferenceDate>()?;
    m.add("InternalError", m.py().get_type::<InternalError>())?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add("_COLUMNS", COLUMNS.to_vec())?;
    Ok(())
}
