#!/usr/bin/env python3
"""Throughput of the Python binding over the Reuters-21578 stories, against the command's
one-thread throughput measured in the same run; optionally the Spark job's throughput per core.

usage: python crates/python/bench.py [--corpus REUTERS.jsonl] [--spark | --spark-only] [--repeat N]

The input is `target/bench-cli/reuters-text.jsonl`, made from the Reuters JSONL by
`scripts/reuters-jsonl.py` as `scripts/bench-cli.sh` does (default corpus:
../shared/corpus/reuters21578/reuters21578.jsonl). Run it with the Python of a venv where finnews
(and, for --spark, pyspark) is installed: e.g. after `bash crates/python/ci.sh`,
`target/python-venv/bin/python crates/python/bench.py --spark`.
"""

from __future__ import annotations

import argparse
import json
import os
import pathlib
import subprocess
import sys
import time

import finnews

REPO = pathlib.Path(__file__).resolve().parents[2]


def best(fn, repeat):
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default=str(REPO.parent / "shared/corpus/reuters21578/reuters21578.jsonl"))
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--spark", action="store_true", help="also time finnews.spark.analyze_column on local[2]")
    ap.add_argument("--spark-only", action="store_true", help="only the Spark job")
    args = ap.parse_args()

    work = REPO / "target/bench-cli"
    work.mkdir(parents=True, exist_ok=True)
    inp = work / "reuters-text.jsonl"
    if not inp.exists() or inp.stat().st_size == 0:
        subprocess.run([sys.executable, str(REPO / "scripts/reuters-jsonl.py"), args.corpus, str(inp)], check=True)
    subprocess.run(["cargo", "build", "--release", "-q", "-p", "finnews-cli"], cwd=REPO, check=True)
    binary = REPO / "target/release/finnews"

    recs = [json.loads(line) for line in inp.open(encoding="utf-8")]
    texts = [r["text"] for r in recs]
    refs = [r.get("reference_date") for r in recs]
    nbytes = sum(len(t.encode("utf-8")) for t in texts)
    mb = nbytes / 1e6
    print(f"input: {len(texts)} stories, {mb:.1f} MB of text; CPU cores: {os.cpu_count()}")

    def cli(threads):
        with open(os.devnull, "wb") as null:
            subprocess.run([str(binary), "analyze", "--input", "jsonl", "--threads", str(threads), str(inp)],
                           stdout=null, check=True)

    if args.spark_only:
        spark_bench(texts, refs, mb)
        return

    rows = []

    def row(name, seconds, threads):
        rows.append((name, seconds, threads))
        print(f"{name:52s} {seconds:7.3f} s  {mb / seconds:6.1f} MB/s  {mb / seconds / threads:6.1f} MB/s per thread", flush=True)

    row("finnews analyze --input jsonl --threads 1 (command)", best(lambda: cli(1), args.repeat), 1)
    cli1 = rows[-1][1]
    row("analyze_many(threads=1)", best(lambda: finnews.analyze_many(texts, reference_dates=refs, threads=1), args.repeat), 1)
    py1 = rows[-1][1]

    def with_table():
        finnews.mentions_table(finnews.analyze_many(texts, reference_dates=refs, threads=1))

    def with_objects():
        for a in finnews.analyze_many(texts, reference_dates=refs, threads=1):
            for m in a.mentions:
                (m.kind, m.start, m.end, m.text, m.value, m.range)

    def with_dicts():
        for a in finnews.analyze_many(texts, reference_dates=refs, threads=1):
            a.to_dict()

    try:
        import pyarrow  # noqa: F401

        row("analyze_many(threads=1) + mentions_table", best(with_table, args.repeat), 1)
    except ImportError:
        pass
    row("analyze_many(threads=1) + every Mention's fields", best(with_objects, args.repeat), 1)
    row("analyze_many(threads=1) + to_dict()", best(with_dicts, args.repeat), 1)
    row("finnews analyze --input jsonl --threads 2 (command)", best(lambda: cli(2), args.repeat), 2)
    row("analyze_many(threads=2)", best(lambda: finnews.analyze_many(texts, reference_dates=refs, threads=2), args.repeat), 2)
    print(f"\nanalyze_many per thread / command per thread (1 thread): {cli1 / py1:.0%}")
    for name, seconds, threads in rows[2:5]:
        print(f"  {name}: {cli1 / seconds:.0%}")

    if args.spark:
        spark_bench(texts, refs, mb)


def spark_bench(texts, refs, mb):
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    from pyspark.sql import SparkSession

    from finnews.spark import analyze_column

    cores = 2
    spark = (SparkSession.builder.master(f"local[{cores}]").appName("finnews-bench")
             .config("spark.ui.enabled", "false").config("spark.driver.memory", "2g")
             .config("spark.python.worker.reuse", "true").getOrCreate())
    spark.sparkContext.setLogLevel("ERROR")
    rows = [(i, t, r) for i, (t, r) in enumerate(zip(texts, refs))]
    df = spark.createDataFrame(spark.sparkContext.parallelize(rows, 8), "id long, text string, ref string").cache()
    df.count()  # materialise the input, so the timing is the analysis and its rows

    def job():
        out = analyze_column(df, "text", id_col="id", reference_date_col="ref")
        out.write.format("noop").mode("overwrite").save()

    job()  # warm the Python workers
    seconds = min(_timed(job) for _ in range(2))
    n = analyze_column(df, "text", id_col="id", reference_date_col="ref").count()
    print(f"\nSpark local[{cores}] analyze_column (mapInArrow), {n} mention rows: {seconds:.2f} s, "
          f"{mb / seconds:.1f} MB/s, {mb / seconds / cores:.1f} MB/s per core, "
          f"{len(texts) / seconds / cores:.0f} stories/s per core")
    spark.stop()


def _timed(fn):
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


if __name__ == "__main__":
    main()
