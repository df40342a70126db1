"""mentions_frame (pandas) and mentions_table (pyarrow): columns, dtypes, rows."""

from __future__ import annotations

import datetime
from decimal import Decimal

import pytest

import finnews
from corpus import reuters_like

COLUMNS = ["id", "kind", "start", "end", "text", "value", "low", "high", "unit", "timex", "mod",
           "modifier", "range_start", "range_end", "byte_start", "byte_end"]

TEXTS = [
    "Loans reached RMB 398.95 billion, up 7.7% by the end of June.",
    "No numbers here.",
    "上半年贷款增加3,220亿元。They plan to invest 2-3 billion yuan, about 508km2.",
]


def expected_rows(analyses, ids):
    rows = []
    for i, a in zip(ids, analyses):
        for m in a.mentions:
            r = m.range or (None, None)
            rows.append({
                "id": i, "kind": m.kind, "start": m.start, "end": m.end, "text": m.text,
                "value": m.value, "low": m.low, "high": m.high, "unit": m.currency or m.unit,
                "timex": m.timex, "mod": m.mod, "modifier": m.modifier,
                "range_start": r[0], "range_end": r[1], "byte_start": m.byte_start, "byte_end": m.byte_end,
            })
    return rows


def test_columns_constant():
    assert list(finnews.COLUMNS) == COLUMNS


def test_frame_columns_dtypes_and_rows():
    pd = pytest.importorskip("pandas")
    analyses = finnews.analyze_many(TEXTS, reference_dates="2024-07-15")
    frame = finnews.mentions_frame(TEXTS, ids=["a", "b", "c"], reference_dates="2024-07-15")
    assert list(frame.columns) == COLUMNS
    for c in ("start", "end", "byte_start", "byte_end"):
        assert frame[c].dtype == "int64", c
    for c in ("value", "low", "high", "range_start", "range_end"):
        assert frame[c].dtype == object, c
    for c in ("kind", "text"):
        assert pd.api.types.is_string_dtype(frame[c]), c
    want = expected_rows(analyses, ["a", "b", "c"])
    assert len(frame) == len(want) > 5
    for got, exp in zip(frame.to_dict("records"), want):
        for k, v in exp.items():
            g = got[k]
            if v is None:
                assert g is None or pd.isna(g), (k, g)
            else:
                assert g == v and type(g) is type(v) or (isinstance(v, int) and int(g) == v), (k, g, v)
    values = [v for v in frame["value"] if v is not None]
    assert values and all(type(v) is Decimal for v in values)
    dates = [d for d in frame["range_start"] if d is not None]
    assert dates and all(type(d) is datetime.date for d in dates)
    # Python indices slice the source text.
    for row in frame.itertuples():
        assert TEXTS["abc".index(row.id)][row.start:row.end] == row.text


def test_frame_default_ids_mixed_input_and_empty():
    pytest.importorskip("pandas")
    a = finnews.analyze(TEXTS[0])
    frame = finnews.mentions_frame([a, TEXTS[2]])
    assert set(frame["id"]) == {0, 1} and frame["id"].dtype == "int64"
    empty = finnews.mentions_frame([])
    assert list(empty.columns) == COLUMNS and len(empty) == 0
    with pytest.raises(ValueError, match="ids"):
        finnews.mentions_frame(TEXTS, ids=[1])
    with pytest.raises(TypeError):
        finnews.mentions_frame("a single text")


def test_table_schema_and_rows():
    pa = pytest.importorskip("pyarrow")
    docs = reuters_like(40, seed=9)
    texts = [t for _, t, _ in docs]
    refs = [r for _, _, r in docs]
    ids = [f"story-{i}" for i, _, _ in docs]
    table = finnews.mentions_table(texts, ids=ids, reference_dates=refs)
    assert table.column_names == COLUMNS
    types = {f.name: f.type for f in table.schema}
    assert types["id"] == pa.string()
    for c in ("start", "end", "byte_start", "byte_end"):
        assert types[c] == pa.int64()
    for c in ("kind", "text", "value", "low", "high", "unit", "timex", "mod", "modifier"):
        assert types[c] == pa.string()
    assert types["range_start"] == pa.date32() and types["range_end"] == pa.date32()
    want = expected_rows(finnews.analyze_many(texts, reference_dates=refs), ids)
    got = table.to_pylist()
    assert len(got) == len(want) > 100
    for g, w in zip(got, want):
        for k in ("value", "low", "high"):
            w[k] = None if w[k] is None else str(w[k])
        assert g == w
    # Typed ids pass through as they are.
    t2 = finnews.mentions_table(texts[:3], ids=pa.array([10, 20, 30], type=pa.int32()))
    assert t2.schema.field("id").type == pa.int32()
    assert set(t2.column("id").to_pylist()) <= {10, 20, 30}


def test_table_and_frame_agree():
    pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    table = finnews.mentions_table(TEXTS).to_pylist()
    frame = finnews.mentions_frame(TEXTS).to_dict("records")
    assert [(r["id"], r["kind"], r["start"], r["text"]) for r in table] == \
        [(r["id"], r["kind"], r["start"], r["text"]) for r in frame]
    assert [r["value"] for r in table] == [None if (v is None or v != v) else str(v) for v in (r["value"] for r in frame)]


def test_empty_tables():
    pa = pytest.importorskip("pyarrow")
    for texts in ([], ["No numbers here."], ["", " "]):
        t = finnews.mentions_table(texts)
        assert t.num_rows == 0 and t.column_names == COLUMNS
        assert t.schema.field("range_start").type == pa.date32()


def test_facts_frame_has_a_row_per_fact_with_its_period_and_role():
    text = (
        "By the end of March 2025, deposits reached RMB 12.5 billion, "
        "an increase of RMB 1.5 billion since the beginning of the year."
    )
    f = finnews.facts_frame([text], ids=["doc"])
    assert list(f.columns) == list(finnews.FACT_COLUMNS)
    assert len(f) == 2
    level, change = f.iloc[0], f.iloc[1]
    assert (level["id"], level["metric"], level["value"], level["unit"]) == (
        "doc",
        "deposits",
        Decimal("12500000000"),
        "CNY",
    )
    assert (level["period_timex"], level["role"]) == ("2025-03", "level")
    assert level["period_first"] == datetime.date(2025, 3, 1)
    assert (change["role"], change["direction"], change["basis"]) == (
        "change",
        "up",
        "since_period_start",
    )
    # The analysis' own facts index its mentions.
    a = finnews.analyze(text)
    assert [a.mentions[x["value"]].text for x in a.facts] == ["RMB 12.5 billion", "RMB 1.5 billion"]
