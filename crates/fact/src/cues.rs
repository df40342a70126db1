//! The cue words of facts, as data: which words and phrases say that a value is a change (and
//! which way), a level, a share or a rank; which name its basis or its status; which open a
//! clause or a comparison; which are verbs whose subject names the metric.
//!
//! The table lives with every other word table in `finnews-core`
//! ([`finnews_core::tables::facts`]) and is part of the one lexicon: the lexer marks each word
//! of a cue phrase once ([`Class::FactCue`](finnews_core::lexicon::Class::FactCue)), and the
//! linker matches phrases over those marks. This module re-exports it.
//!
//! ```
//! use finnews_fact::cues::{Cues, lookup_phrase};
//! let c = lookup_phrase("year on year").unwrap();
//! assert!(c.has(Cues::YEAR_ON_YEAR));
//! assert!(lookup_phrase("同比").unwrap().has(Cues::YEAR_ON_YEAR));
//! assert!(lookup_phrase("rose").unwrap().has(Cues::UP | Cues::CHANGE));
//! ```

pub use finnews_core::tables::facts::{CuePhrase, Cues, TABLE, lookup_phrase, phrases, words};
