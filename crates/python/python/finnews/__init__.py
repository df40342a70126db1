"""finnews: structured facts from finance news, with exact decimals and Python string spans.

>>> import finnews
>>> a = finnews.analyze("Loans rose 7.7% to RMB 398.95 billion by the end of June.",
...                     reference_date="2024-07-15")
>>> [(m.kind, m.text) for m in a.mentions]
[('percent', '7.7%'), ('money', 'RMB 398.95 billion'), ('date', 'the end of June')]
>>> a.mentions[1].value, a.mentions[1].currency
(Decimal('398950000000'), 'CNY')

The analysis itself is Rust (the `finnews` crate); see the type stub `__init__.pyi` for the full
API, and `finnews.spark` for PySpark.
"""

from __future__ import annotations

from typing import Any, Iterable, Optional, Sequence, Union

from ._finnews import (
    Analysis,
    Block,
    InternalError,
    Mention,
    ReferenceDate,
    Sentence,
    __version__,
    _COLUMNS,
    _mention_buffers,
    _mention_columns,
    _panic_for_test,
    analyze,
    analyze_many,
)

__all__ = [
    "Analysis",
    "Block",
    "COLUMNS",
    "InternalError",
    "Mention",
    "ReferenceDate",
    "Sentence",
    "__version__",
    "analyze",
    "analyze_many",
    "facts_frame",
    "mentions_frame",
    "mentions_table",
]

#: The columns of `facts_frame`, in order.
FACT_COLUMNS = (
    "id",
    "subject",
    "metric",
    "value",
    "unit",
    "period_timex",
    "period_first",
    "period_last",
    "role",
    "direction",
    "basis",
    "status",
)

#: The columns of `mentions_frame` and `mentions_table`, in order.
COLUMNS = ("id",) + tuple(_COLUMNS)


def _analyses(
    items: Iterable[Union[str, Analysis]],
    reference_dates: Any = None,
    threads: Optional[int] = None,
) -> list:
    """Analyses for a mix of texts and analyses: the texts are analyzed in one batch."""
    if isinstance(items, (str, Analysis)):
        raise TypeError("expected an iterable of str or Analysis, not a single one")
    items = list(items)
    todo = [i for i, x in enumerate(items) if not isinstance(x, Analysis)]
    if todo:
        if isinstance(reference_dates, (list, tuple)):
            refs: Any = [reference_dates[i] for i in todo]
        else:
            refs = reference_dates
        done = analyze_many([items[i] for i in todo], reference_dates=refs, threads=threads)
        for i, a in zip(todo, done):
            items[i] = a
    return items


def _ids(ids: Any, n: int) -> Any:
    if ids is None:
        return None
    if not hasattr(ids, "__len__"):
        ids = list(ids)
    if len(ids) != n:
        raise ValueError(f"ids has {len(ids)} items for {n} documents")
    return ids


def mentions_table(
    texts_or_analyses: Iterable[Union[str, Analysis]],
    ids: Optional[Sequence[Any]] = None,
    *,
    reference_dates: Any = None,
    threads: Optional[int] = None,
) -> "pyarrow.Table":  # noqa: F821
    """One row per mention, as a pyarrow Table (needs pyarrow).

    Columns: see `COLUMNS` and the stub. `value`, `low` and `high` are the contract's exact
    decimal strings (Arrow has no decimal type wide enough for every exact value); `range_start`
    and `range_end` are `date32`; `start`/`end` are Python string indices and `byte_start`/
    `byte_end` the contract's UTF-8 offsets. `id` is `ids[i]` of each row's document, or its
    position when `ids` is None. `ids` may be a list or a pyarrow Array (its type is kept).
    """
    import pyarrow as pa

    analyses = _analyses(texts_or_analyses, reference_dates, threads)
    ids = _ids(ids, len(analyses))
    rows, doc, columns = _mention_buffers(analyses)
    doc_col = pa.Array.from_buffers(pa.int64(), rows, [None, pa.py_buffer(doc)])
    if ids is None:
        id_col = doc_col
    else:
        id_arr = ids if isinstance(ids, (pa.Array, pa.ChunkedArray)) else pa.array(list(ids))
        id_col = id_arr.take(doc_col)
    arrays = [id_col] + [_arrow_array(pa, rows, c) for c in columns]
    return pa.Table.from_arrays(arrays, names=list(COLUMNS))


def _arrow_array(pa, rows, column):
    """One column from the raw buffers of `_mention_buffers`."""
    kind, *buffers = column
    if kind == "int64":
        return pa.Array.from_buffers(pa.int64(), rows, [None, pa.py_buffer(buffers[0])])
    validity = pa.py_buffer(buffers[0])
    if kind == "date32":
        return pa.Array.from_buffers(pa.date32(), rows, [validity, pa.py_buffer(buffers[1])])
    offsets, data = pa.py_buffer(buffers[1]), pa.py_buffer(buffers[2])
    if kind == "string":
        return pa.Array.from_buffers(pa.string(), rows, [validity, offsets, data])
    return pa.Array.from_buffers(pa.large_string(), rows, [validity, offsets, data])


def mentions_frame(
    texts_or_analyses: Iterable[Union[str, Analysis]],
    ids: Optional[Sequence[Any]] = None,
    *,
    reference_dates: Any = None,
    threads: Optional[int] = None,
) -> "pandas.DataFrame":  # noqa: F821
    """One row per mention, as a pandas DataFrame (needs pandas).

    Columns: see `COLUMNS` and the stub. `value`, `low`, `high` hold `decimal.Decimal` (or None),
    `range_start`/`range_end` hold `datetime.date` (or None), `start`/`end`/`byte_start`/
    `byte_end` are int64, the others strings (None where the kind has no such field).
    """
    import pandas as pd

    analyses = _analyses(texts_or_analyses, reference_dates, threads)
    ids = _ids(ids, len(analyses))
    doc, cols = _mention_columns(analyses)
    id_col = list(doc) if ids is None else [ids[k] for k in doc]
    data = {"id": id_col}
    data.update(cols)
    frame = pd.DataFrame(data, columns=list(COLUMNS))
    for c in ("start", "end", "byte_start", "byte_end"):
        frame[c] = frame[c].astype("int64")
    for c in ("value", "low", "high", "range_start", "range_end"):
        frame[c] = frame[c].astype(object)
    return frame


def _fact_period(a: Analysis, f: dict):
    """(timex, first day, last day) of a fact's period; `-P1Y` shifts it back a year."""
    import datetime

    p = f.get("period")
    if isinstance(p, int):
        m = a.mentions[p]
        r = m.range
        timex, first, last = m.timex, (r[0] if r else None), (r[1] if r else None)
    elif p == "reference" and a.reference_date is not None:
        d = a.reference_date.date
        grain = a.reference_date.grain
        if grain == "year":
            last = datetime.date(d.year, 12, 31)
        elif grain == "month":
            nxt = datetime.date(d.year + (d.month == 12), d.month % 12 + 1, 1)
            last = nxt - datetime.timedelta(days=1)
        else:
            last = d
        timex, first = "reference", d
    elif p == "reference":
        timex, first, last = "reference", None, None
    else:
        return None, None, None
    if f.get("period_offset") == "-P1Y":

        def back(x):
            if x is None:
                return None
            try:
                return x.replace(year=x.year - 1)
            except ValueError:  # 29 February
                return x.replace(year=x.year - 1, day=28)

        first, last = back(first), back(last)
        timex = f"{timex} -P1Y" if timex else timex
    return timex, first, last


def facts_frame(
    texts_or_analyses: Iterable[Union[str, Analysis]],
    ids: Optional[Sequence[Any]] = None,
    *,
    reference_dates: Any = None,
    threads: Optional[int] = None,
) -> "pandas.DataFrame":  # noqa: F821
    """One row per fact (contract 1.2), as a pandas DataFrame (needs pandas): who, what, how
    much, for when, how.

    Columns: see `FACT_COLUMNS`. `value` holds the value mention's `decimal.Decimal` (None for a
    range), `unit` its currency or unit code, `period_first`/`period_last` `datetime.date` (or
    None); `period_timex` is the period mention's TIMEX3, `"reference"` for the document's date,
    and ends in ` -P1Y` for a results table's year-earlier column.

    >>> import finnews
    >>> f = finnews.facts_frame(["Loans reached RMB 3 billion by the end of June 2024."])
    >>> f.loc[0, ["metric", "value", "unit", "period_timex", "role"]].tolist()
    ['Loans', Decimal('3000000000'), 'CNY', '2024-06', 'level']
    """
    import pandas as pd

    analyses = _analyses(texts_or_analyses, reference_dates, threads)
    ids = _ids(ids, len(analyses))
    rows = []
    for k, a in enumerate(analyses):
        doc_id = k if ids is None else ids[k]
        mentions = a.mentions
        for f in a.facts:
            m = mentions[f["value"]]
            timex, first, last = _fact_period(a, f)
            rows.append(
                (
                    doc_id,
                    (f.get("subject") or {}).get("text"),
                    (f.get("metric") or {}).get("text"),
                    m.value,
                    m.currency or m.unit,
                    timex,
                    first,
                    last,
                    f["role"],
                    f.get("direction"),
                    f.get("basis"),
                    f.get("status", "actual"),
                )
            )
    frame = pd.DataFrame(rows, columns=list(FACT_COLUMNS))
    for c in ("value", "period_first", "period_last"):
        frame[c] = frame[c].astype(object)
    return frame
