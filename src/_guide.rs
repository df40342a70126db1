//! A guide to finnews: the model, reading values, options, the JSON contract, and the component
//! crates on their own.
//!
//! These pages hold no API; they teach it, each with examples that run as tests. Read them in
//! order:
//!
//! 1. [`model`]: what [`analyze`](crate::analyze) returns (blocks, sentences, mentions, spans).
//! 2. [`values`]: reading a mention's value: kinds, amounts, currencies, units, TIMEX3 values.
//! 3. [`options`]: reference dates, fiscal years, what a bare `¥` means.
//! 4. [`json`]: the output contract, serde both ways, owned analyses.
//! 5. [`crates`]: using `finnews-quantity`, `finnews-date`, `finnews-segment` alone.
//! 6. [`contract`]: the output contract itself (`docs/output-format.md`).

#[doc = include_str!("guide/model.md")]
pub mod model {}

#[doc = include_str!("guide/values.md")]
pub mod values {}

#[doc = include_str!("guide/options.md")]
pub mod options {}

#[doc = include_str!("guide/json.md")]
pub mod json {}

#[doc = include_str!("guide/crates.md")]
pub mod crates {}

/// The output contract, version 1, as the repository's `docs/output-format.md` states it (the
/// JSON Schema beside it, `docs/analysis.schema.json`, says the same in machine-checkable form).
///
/// The examples on this page are JSON, not Rust; the Rust examples are in the other pages of
/// the guide.
///
/// ---
#[cfg_attr(not(doctest), doc = include_str!("../docs/output-format.md"))]
pub mod contract {}
