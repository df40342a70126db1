"""finnews.spark.analyze_column on a real local Spark session (pyspark + Java 17)."""

from __future__ import annotations

import os
import shutil
import sys

import pytest

pytest.importorskip("pyspark")
pytest.importorskip("pyarrow")

import finnews  # noqa: E402
from corpus import reuters_like  # noqa: E402

if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
    pytest.skip("no Java for a local Spark session", allow_module_level=True)


@pytest.fixture(scope="module")
def spark():
    os.environ["PYSPARK_PYTHON"] = sys.executable
    os.environ["PYSPARK_DRIVER_PYTHON"] = sys.executable
    from pyspark.sql import SparkSession

    session = (
        SparkSession.builder.master("local[2]")
        .appName("finnews-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.sql.execution.arrow.maxRecordsPerBatch", "64")
        .config("spark.driver.memory", "1g")
        # A short-lived test JVM: the quick compiler only and the serial collector start faster.
        .config("spark.driver.extraJavaOptions", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC")
        .config("spark.python.worker.reuse", "true")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


def documents(seeds):
    docs = [(f"seed-{n}", t, None) for n, t, _ in seeds]
    docs += [(f"reuters-{i}", t, r) for i, t, r in reuters_like(300, seed=21)]
    return docs


def key(row):
    return (row["id"], row["byte_start"])


def test_analyze_column_equals_single_process(spark, seeds):
    from finnews.spark import analyze_column

    docs = documents(seeds)
    df = spark.createDataFrame(spark.sparkContext.parallelize(docs, 4), "id string, text string, ref date")
    assert df.rdd.getNumPartitions() == 4
    out = analyze_column(df, "text", id_col="id", reference_date_col="ref")
    assert out.columns == list(finnews.COLUMNS)
    got = sorted((r.asDict() for r in out.collect()), key=key)

    local = finnews.mentions_table([t for _, t, _ in docs], ids=[i for i, _, _ in docs],
                                   reference_dates=[r for _, _, r in docs]).to_pylist()
    want = sorted(local, key=key)
    assert len(got) == len(want) > 1000
    assert got == want
    # The seeds' rows are the seeds' expected mentions.
    for name, _, expected in seeds:
        rows = [r for r in got if r["id"] == f"seed-{name}"]
        assert [(r["kind"], [r["byte_start"], r["byte_end"]], r["text"]) for r in rows] == \
            [(m["kind"], m["span"], m["text"]) for m in expected["mentions"]]


def test_analyze_column_without_id_and_with_string_dates(spark):
    from finnews.spark import analyze_column

    rows = [("Loans rose 7.7% by the end of June.", "2024-07-15"),
            (None, None),
            ("上半年贷款增加3,220亿元。", "2024-07-15")]
    df = spark.createDataFrame(rows, "body string, published string")
    out = analyze_column(df, "body", reference_date_col="published").collect()
    assert sorted(r["text"] for r in out) == sorted(["7.7%", "the end of June", "上半年", "3,220亿元"])
    june = next(r for r in out if r["text"] == "the end of June")
    assert (june["timex"], june["mod"], str(june["range_start"])) == ("2024-06", "END", "2024-06-01")
    assert len({r["id"] for r in out}) == 2
    with pytest.raises(ValueError, match="no column"):
        analyze_column(df, "missing")
