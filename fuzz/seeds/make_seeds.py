#!/usr/bin/env python3
"""Regenerates fuzz/seeds/<target>/ from the shared seeds, conformance suites and corpus.

Usage: python3 fuzz/seeds/make_seeds.py [SHARED_DIR]   (default: ../shared next to the repo)

Deterministic (fixed sample), small (well under 2 MB in all). Targets that read options from the
first 12 bytes (quantity, date, analyze) get the 12-byte header "2024-07-15\\n\\n" before the text.
"""
import hashlib
import json
import os
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
SHARED = Path(sys.argv[1]) if len(sys.argv) > 1 else REPO.parent / "shared"
if not SHARED.exists():
    SHARED = Path("/work/shared")
HEADER = b"2024-07-15\n\n"
rng = random.Random(20240715)


def jsonl(path):
    try:
        with open(path, encoding="utf-8") as f:
            for line in f:
                try:
                    yield json.loads(line)
                except ValueError:
                    pass
    except OSError:
        return


def conformance_inputs(pattern_prefixes, k):
    out = []
    rt = SHARED / "conformance" / "recognizers-text"
    for p in sorted(rt.glob("*.jsonl")):
        if any(p.name.startswith(x) for x in pattern_prefixes):
            items = [o["input"] for o in jsonl(p) if isinstance(o.get("input"), str)]
            rng.shuffle(items)
            out.extend(items[:k])
    return out


def golden_inputs(k):
    out = []
    for p in sorted((SHARED / "conformance" / "golden-rules").glob("*.jsonl")):
        items = [o["input"] for o in jsonl(p) if isinstance(o.get("input"), str)]
        rng.shuffle(items)
        out.extend(items[:k])
    return out


def seed_docs():
    return [p.read_text(encoding="utf-8") for p in sorted((SHARED / "seeds").glob("*.txt"))]


def reuters(k):
    docs = []
    for o in jsonl(SHARED / "corpus" / "reuters21578" / "reuters21578.jsonl"):
        parts = [o.get(f) for f in ("title", "dateline", "body")]
        doc = "\n\n".join(p for p in parts if isinstance(p, str) and p.strip())
        if doc and len(doc.encode()) < 6000:
            docs.append(doc)
    rng.shuffle(docs)
    return docs[:k]


# Periods of contract 1.1 (intervals, quarters named by their end, fiscal quarters, comparison
# anchors, years before nouns), written for the date grammar's new paths.
PERIODS = [
    "Sales for January-June 2024 rose; from 3 to 7 March; between 2019 and 2021.",
    "Jan/Sept 1987 and Nov-Feb 2017, Apr - Sep, 2022, March 21-31, the first six months of 2024.",
    "the quarter ended June 30 compared with a year earlier; the same period last year.",
    "BEKER INDUSTRIES 2ND QTR JAN 31 NET\n\nShr loss 3 cts vs profit 5 cts",
    "its second fiscal quarter\nending March 31 against a year ago. In the second fiscal quarter last year",
    "Q1 FY25, 3Q FY24, fiscal Q4 2024, FY25/3, FY'24, the fiscal year ending March 2026 (April to September)",
    "the year ago\nquarter, the year-earlier period, the previous year, Year to date, on or before March 20",
    "1986 sales, the 2024 budget, in 1987, 1988 and 1989; They sold 2020 cars. from 2020-2025 and 2009-2010",
    "January 12, 2016 - 01/22/2016 and 2014 through May 2018 and 10 to - - 7 March to to",
]


def write(target, texts, header):
    d = HERE / target
    d.mkdir(exist_ok=True)
    for old in d.iterdir():
        old.unlink()
    for t in texts:
        data = (HEADER if header else b"") + t.encode("utf-8")
        name = hashlib.sha1(data).hexdigest()[:16]
        (d / name).write_bytes(data)


def main():
    seeds = seed_docs()
    news = reuters(40)
    money = conformance_inputs(["en-currency", "zh-currency", "ja-currency", "en-percent", "zh-percent",
                                "ja-percent", "en-dimension", "zh-dimension", "ja-dimension"], 25)
    numbers = conformance_inputs(["en-number", "zh-number", "ja-number", "en-ordinal", "zh-ordinal",
                                  "ja-ordinal"], 30)
    dates = conformance_inputs(["en-datetime", "zh-datetime", "ja-datetime"], 70)
    golden = golden_inputs(40)
    write("quantity", money + numbers[:60] + seeds + news[:15], True)
    write("date", dates + seeds + news[:15] + PERIODS, True)
    write("segment", golden + seeds + news[:20], False)
    write("numeral", [t for t in numbers if len(t.encode()) <= 1024], False)
    write("analyze", seeds + news + money[::4] + dates[::4] + golden[::4], True)
    # The grammar target reads structure from raw bytes: deterministic noise of a few lengths.
    write("grammar", [], False)
    g = HERE / "grammar"
    for i in range(24):
        data = bytes(rng.randrange(256) for _ in range(16 * (i + 1)))
        (g / hashlib.sha1(data).hexdigest()[:16]).write_bytes(data)


if __name__ == "__main__":
    main()
