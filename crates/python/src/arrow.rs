//! The mention table as raw Arrow buffers (validity bitmaps, offsets, values), built in Rust in
//! one pass so that `mentions_table` makes no Python object per cell: pyarrow wraps the bytes
//! with `Array.from_buffers`.

use std::io::Write;

use chrono::{Datelike, NaiveDate};

use crate::doc::Doc;

/// A nullable UTF-8 column: Arrow's validity bitmap (LSB first), 64-bit offsets, bytes.
#[derive(Debug, Default)]
pub(crate) struct StrColumn {
    pub(crate) validity: Vec<u8>,
    pub(crate) offsets: Vec<i64>,
    pub(crate) data: Vec<u8>,
    len: usize,
}

impl StrColumn {
    fn with_capacity(rows: usize) -> StrColumn {
        let mut offsets = Vec::with_capacity(rows + 1);
        offsets.push(0);
        StrColumn {
            validity: Vec::with_capacity(rows / 8 + 1),
            offsets,
            data: Vec::new(),
            len: 0,
        }
    }

    fn finish_row(&mut self, valid: bool) {
        if self.len.is_multiple_of(8) {
            self.validity.push(0);
        }
        if valid && let Some(last) = self.validity.last_mut() {
            *last |= 1 << (self.len % 8);
        }
        self.offsets
            .push(i64::try_from(self.data.len()).unwrap_or(i64::MAX));
        self.len += 1;
    }

    fn push(&mut self, s: Option<&str>) {
        if let Some(s) = s {
            self.data.extend_from_slice(s.as_bytes());
        }
        self.finish_row(s.is_some());
    }

    fn push_display(&mut self, v: Option<impl std::fmt::Display>) {
        let valid = v.is_some();
        if let Some(v) = v {
            // Writing into a Vec cannot fail.
            let _ = write!(self.data, "{v}");
        }
        self.finish_row(valid);
    }

    /// The offsets as Arrow's 32-bit `string` offsets, when the data is small enough.
    pub(crate) fn offsets_i32(&self) -> Option<Vec<u8>> {
        let mut out = Vec::with_capacity(self.offsets.len() * 4);
        for &o in &self.offsets {
            out.extend_from_slice(&i32::try_from(o).ok()?.to_ne_bytes());
        }
        Some(out)
    }

    pub(crate) fn offsets_i64(&self) -> Vec<u8> {
        self.offsets.iter().flat_map(|o| o.to_ne_bytes()).collect()
    }
}

/// A nullable `date32` column (days since 1970-01-01).
#[derive(Debug, Default)]
pub(crate) struct DateColumn {
    pub(crate) validity: Vec<u8>,
    pub(crate) values: Vec<u8>,
    len: usize,
}

impl DateColumn {
    fn push(&mut self, d: Option<NaiveDate>) {
        if self.len.is_multiple_of(8) {
            self.validity.push(0);
        }
        let days = match d {
            Some(d) => {
                if let Some(last) = self.validity.last_mut() {
                    *last |= 1 << (self.len % 8);
                }
                epoch_days(d)
            }
            None => 0,
        };
        self.values.extend_from_slice(&days.to_ne_bytes());
        self.len += 1;
    }
}

/// Days since 1970-01-01: Arrow's `date32`.
pub(crate) fn epoch_days(d: NaiveDate) -> i32 {
    d.num_days_from_ce() - 719_163
}

/// The columns of the mention table, in [`crate::COLUMNS`] order.
#[derive(Debug)]
pub(crate) enum Column {
    Int(Vec<u8>),
    Str(StrColumn),
    Date(DateColumn),
}

/// Builds every column for the mentions of `docs`; also returns each row's document index
/// (native-endian `i64`s) and the row count.
pub(crate) fn mention_columns<'a>(
    docs: impl Iterator<Item = &'a Doc> + Clone,
) -> (usize, Vec<u8>, Vec<Column>) {
    let rows: usize = docs.clone().map(|d| d.mentions.len()).sum();
    let ints = || Vec::with_capacity(rows * 8);
    let strs = || StrColumn::with_capacity(rows);
    let (mut doc_index, mut start, mut end, mut byte_start, mut byte_end) =
        (ints(), ints(), ints(), ints(), ints());
    let (mut kind, mut text, mut value, mut low, mut high) =
        (strs(), strs(), strs(), strs(), strs());
    let (mut unit, mut timex, mut tmod, mut modifier) = (strs(), strs(), strs(), strs());
    let (mut range_start, mut range_end) = (DateColumn::default(), DateColumn::default());
    let int = |v: &mut Vec<u8>, x: usize| {
        v.extend_from_slice(&i64::try_from(x).unwrap_or(i64::MAX).to_ne_bytes());
    };
    for (i, doc) in docs.enumerate() {
        for m in &doc.mentions {
            int(&mut doc_index, i);
            kind.push(Some(m.kind));
            int(&mut start, m.pos.start);
            int(&mut end, m.pos.end);
            text.push(Some(doc.slice(m.pos)));
            value.push_display(m.value);
            low.push_display(m.low);
            high.push_display(m.high);
            unit.push(m.unit_or_currency());
            timex.push(m.timex.as_deref());
            tmod.push(m.timex_mod);
            modifier.push(m.modifier);
            range_start.push(m.range.map(|r| r.0));
            range_end.push(m.range.map(|r| r.1));
            int(&mut byte_start, m.pos.byte_start);
            int(&mut byte_end, m.pos.byte_end);
        }
    }
    let columns = vec![
        Column::Str(kind),
        Column::Int(start),
        Column::Int(end),
        Column::Str(text),
        Column::Str(value),
        Column::Str(low),
        Column::Str(high),
        Column::Str(unit),
        Column::Str(timex),
        Column::Str(tmod),
        Column::Str(modifier),
        Column::Date(range_start),
        Column::Date(range_end),
        Column::Int(byte_start),
        Column::Int(byte_end),
    ];
    (rows, doc_index, columns)
}
