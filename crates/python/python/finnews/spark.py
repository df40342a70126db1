"""finnews on PySpark: a DataFrame of texts in, a DataFrame of mentions out.

    from finnews.spark import analyze_column
    mentions = analyze_column(news, "body", id_col="story_id", reference_date_col="published")

The job is a plain `mapInArrow`: every executor's Python worker receives whole Arrow batches of
the text column and calls `finnews.analyze_many` on each, so the distribution is Spark's own and
finnews needs only to be installed on the workers (`pip install finnews`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterator, Optional

if TYPE_CHECKING:  # pragma: no cover
    import pyarrow
    from pyspark.sql import DataFrame

__all__ = ["analyze_column", "mentions_schema"]

_ID = "__finnews_id"
_TEXT = "__finnews_text"
_REF = "__finnews_reference_date"


def mentions_schema(id_type=None):
    """The Spark schema of `analyze_column`'s result; `id_type` is the type of the id column
    (LongType when None)."""
    from pyspark.sql import types as T

    s, i, d = T.StringType(), T.LongType(), T.DateType()
    fields = [
        ("id", id_type if id_type is not None else i),
        ("kind", s), ("start", i), ("end", i), ("text", s),
        ("value", s), ("low", s), ("high", s), ("unit", s), ("timex", s), ("mod", s),
        ("modifier", s), ("range_start", d), ("range_end", d), ("byte_start", i), ("byte_end", i),
    ]
    return T.StructType([T.StructField(n, t, True) for n, t in fields])


def analyze_column(
    df: "DataFrame",
    text_col: str,
    *,
    id_col: Optional[str] = None,
    reference_date_col: Optional[str] = None,
    fiscal_year_start: int = 1,
    threads: int = 1,
) -> "DataFrame":
    """Analyzes every text of `df[text_col]` and returns one row per mention.

    Columns are those of `finnews.mentions_table` (see `finnews.COLUMNS`): `id` is the row's
    `id_col` value (same Spark type), or, when `id_col` is None, a unique 64-bit id from
    `monotonically_increasing_id()`. `reference_date_col` may be a date column or ISO
    `YYYY-MM-DD` strings (null: none). A null text has no mentions. `threads` is the number of
    Rust threads per Python worker (Spark already runs one worker per core: keep 1).
    """
    from pyspark.sql import functions as F

    if text_col not in df.columns:
        raise ValueError(f"no column {text_col!r} in the DataFrame")
    for c in (id_col, reference_date_col):
        if c is not None and c not in df.columns:
            raise ValueError(f"no column {c!r} in the DataFrame")

    id_expr = F.col(id_col) if id_col is not None else F.monotonically_increasing_id()
    cols = [id_expr.alias(_ID), F.col(text_col).cast("string").alias(_TEXT)]
    if reference_date_col is not None:
        cols.append(F.col(reference_date_col).alias(_REF))
    src = df.select(*cols)
    schema = mentions_schema(src.schema[_ID].dataType)
    with_ref = reference_date_col is not None

    def run(batches: Iterator["pyarrow.RecordBatch"]) -> Iterator["pyarrow.RecordBatch"]:
        import pyarrow as pa

        import finnews

        names = [f.name for f in schema.fields]
        for batch in batches:
            texts = [t if t is not None else "" for t in batch.column(1).to_pylist()]
            refs = batch.column(2).to_pylist() if with_ref else None
            analyses = finnews.analyze_many(
                texts, reference_dates=refs, threads=threads, fiscal_year_start=fiscal_year_start
            )
            table = finnews.mentions_table(analyses, ids=batch.column(0))
            if table.num_rows:
                yield pa.RecordBatch.from_arrays(
                    [table.column(n).combine_chunks() for n in names], names=names
                )

    return src.mapInArrow(run, schema)
