"""The Python API against the contract: seeds, types, errors, batches, the command's JSON."""

from __future__ import annotations

import datetime
import json
import os
import pathlib
import shutil
import subprocess
from decimal import Decimal

import pytest

import finnews
from conftest import REPO
from corpus import reuters_like


def without_id(expected):
    return {k: v for k, v in expected.items() if k not in ("id", "lossy")}


def test_seeds_equal_expected_json(seeds):
    for name, text, expected in seeds:
        got = finnews.analyze(text).to_dict()
        assert got == without_id(expected), name
        # Part by part too, so a failure names the mention.
        a = finnews.analyze(text)
        assert len(a.mentions) == len(expected["mentions"]), name
        for m, e in zip(a.mentions, expected["mentions"]):
            assert (m.kind, [m.byte_start, m.byte_end], m.text) == (e["kind"], e["span"], e["text"]), name
            assert text.encode()[m.byte_start:m.byte_end].decode() == m.text
            assert text[m.start:m.end] == m.text
            for field in ("value", "low", "high"):
                want = e.get(field)
                got_v = getattr(m, field)
                assert (None if want is None else Decimal(want)) == got_v, (name, e)
            for field in ("currency", "unit", "dimension", "modifier", "timex", "mod"):
                assert getattr(m, field) == e.get(field), (name, field, e)
            want_range = e.get("range")
            assert m.range == (None if want_range is None else tuple(datetime.date.fromisoformat(d) for d in want_range))
            assert m.to_dict() == e


def test_seed_002_with_reference_date(seeds):
    text = dict((n, t) for n, t, _ in seeds)["002_8e0856310b666845"]
    for ref in ("2024-07-15", datetime.date(2024, 7, 15), datetime.datetime(2024, 7, 15, 9, 30)):
        a = finnews.analyze(text, reference_date=ref)
        assert a.reference_date.date == datetime.date(2024, 7, 15)
        assert (a.reference_date.grain, a.reference_date.source) == ("day", "argument")
        h1 = next(m for m in a.mentions if m.text == "the first half of this year")
        assert h1.timex == "2024-H1"
        assert h1.range == (datetime.date(2024, 1, 1), datetime.date(2024, 6, 30))
        june = next(m for m in a.mentions if m.text == "the end of June")
        assert (june.timex, june.mod) == ("2024-06", "END")


def test_values_are_decimals_and_dates_are_dates():
    a = finnews.analyze(
        "Loans reached RMB 398.95 billion, up 7.70% in 2-3 quarters, about 1,800 firms, "
        "by the end of June 2024, and 508km2.",
    )
    kinds = {m.kind: m for m in a.mentions}
    money = kinds["money"]
    assert isinstance(money.value, Decimal) and money.value == Decimal("398950000000")
    assert str(money.value) == "398950000000"
    assert kinds["percent"].value == Decimal("7.7") and str(kinds["percent"].value) == "7.7"
    assert kinds["measure"].unit == "km2" and kinds["measure"].dimension == "area"
    date = kinds["date"]
    assert isinstance(date.timex, str) and date.timex == "2024-06" and date.mod == "END"
    first, last = date.range
    assert type(first) is datetime.date and type(last) is datetime.date
    assert (first, last) == (datetime.date(2024, 6, 1), datetime.date(2024, 6, 30))
    for m in a.mentions:
        for field in ("value", "low", "high"):
            v = getattr(m, field)
            assert v is None or type(v) is Decimal
    # Nothing in the contract dict is a float.
    def walk(x):
        assert not isinstance(x, float)
        if isinstance(x, dict):
            for v in x.values():
                walk(v)
        elif isinstance(x, list):
            for v in x:
                walk(v)
    walk(a.to_dict())


def test_range_quantity_has_low_high():
    m = finnews.analyze("They will invest 2-3 billion yuan.").mentions[0]
    assert (m.kind, m.value, m.low, m.high, m.currency) == ("money", None, Decimal("2000000000"), Decimal("3000000000"), "CNY")


def test_fiscal_year_start():
    m = finnews.analyze("Profit in FY2023 rose.", fiscal_year_start=4).mentions[0]
    assert m.timex == "FY2023"
    assert m.range == (datetime.date(2023, 4, 1), datetime.date(2024, 3, 31))


def test_blocks_sentences_and_reference(seeds):
    name, text, expected = seeds[0]
    a = finnews.analyze(text)
    assert [b.kind for b in a.blocks] == [b["kind"] for b in expected["blocks"]]
    assert [[s.byte_start, s.byte_end] for s in a.sentences] == [s["span"] for s in expected["sentences"]]
    assert [s.block for s in a.sentences] == [s["block"] for s in expected["sentences"]]
    for item in a.blocks + a.sentences:
        assert text[item.start:item.end] == item.text
    assert a.reference_date.date == datetime.date.fromisoformat(expected["reference_date"]["date"])
    assert a.reference_date.source == "dateline"
    assert finnews.analyze("").reference_date is None
    assert a.text == text


def test_mentions_are_stable_objects():
    a = finnews.analyze("Up 7.7% in October 2016.")
    assert a.mentions[0] is a.mentions[0]
    assert a.mentions == finnews.analyze("Up 7.7% in October 2016.").mentions
    assert a == finnews.analyze("Up 7.7% in October 2016.")
    assert a != finnews.analyze("Up 7.8% in October 2016.")
    assert "Decimal('7.7')" in repr(a.mentions[0])


@pytest.mark.parametrize("bad", [None, 5, b"bytes", 3.5, ["a list"]])
def test_text_must_be_str(bad):
    with pytest.raises(TypeError, match="must be str"):
        finnews.analyze(bad)
    with pytest.raises(TypeError, match=r"texts\[1\] must be str"):
        finnews.analyze_many(["ok", bad])


def test_analyze_many_rejects_a_single_str():
    with pytest.raises(TypeError):
        finnews.analyze_many("one text")


@pytest.mark.parametrize("bad", ["2024-13-01", "2024-7-5", "15/07/2024", "yesterday", "", 20240715, 2.5])
def test_bad_reference_date_is_value_error_naming_it(bad):
    with pytest.raises(ValueError, match=repr(bad).replace("(", r"\(").replace(".", r"\.")):
        finnews.analyze("In June.", reference_date=bad)
    with pytest.raises(ValueError):
        finnews.analyze_many(["In June."], reference_dates=[bad])


def test_other_bad_arguments():
    for bad in (0, 13, -1):
        with pytest.raises(ValueError, match="fiscal_year_start"):
            finnews.analyze("x", fiscal_year_start=bad)
    with pytest.raises(TypeError):
        finnews.analyze("x", fiscal_year_start="4")
    with pytest.raises(ValueError, match="threads"):
        finnews.analyze_many(["x"], threads=0)
    with pytest.raises(ValueError, match="length"):
        finnews.analyze_many(["x", "y"], reference_dates=["2024-01-01"])
    with pytest.raises(ValueError, match="length"):
        finnews.analyze_many(["x"], reference_dates=["2024-01-01", None])


@pytest.mark.parametrize("in_worker", [False, True])
def test_rust_panic_becomes_python_exception(in_worker):
    with pytest.raises(finnews.InternalError, match="deliberate panic") as info:
        finnews._panic_for_test(in_worker)
    assert isinstance(info.value, RuntimeError)
    assert "text #2" in str(info.value)
    # The interpreter and the module are fine afterwards.
    assert finnews.analyze("Up 7.7%").mentions[0].text == "7.7%"


def test_analyze_many_equals_a_loop(seeds):
    docs = reuters_like(150, seed=3) + [(1000 + i, t, None) for i, (_, t, _) in enumerate(seeds)]
    texts = [t for _, t, _ in docs]
    refs = [r for _, _, r in docs]
    loop = [finnews.analyze(t, reference_date=r) for t, r in zip(texts, refs)]
    for threads in (None, 1, 2, 3):
        many = finnews.analyze_many(texts, reference_dates=refs, threads=threads)
        assert len(many) == len(loop)
        assert [a.to_dict() for a in many] == [a.to_dict() for a in loop]
        assert many == loop
    # One reference date for all, and generators as input.
    one = finnews.analyze_many((t for t in texts[:20]), reference_dates="1987-03-01")
    assert one == [finnews.analyze(t, reference_date="1987-03-01") for t in texts[:20]]
    assert finnews.analyze_many([]) == []


def cli_binary():
    env = os.environ.get("FINNEWS_BIN")
    if env:
        return env
    for p in (REPO / "target" / "release" / "finnews", REPO / "target" / "debug" / "finnews"):
        if p.exists():
            return str(p)
    return shutil.which("finnews")


def test_to_dict_equals_the_command_json(tmp_path, seeds):
    binary = cli_binary()
    if binary is None:
        pytest.skip("the finnews command is not built (set FINNEWS_BIN)")
    docs = [t for _, t, _ in reuters_like(60, seed=5)] + [t for _, t, _ in seeds] + [
        "上半年贷款增加3,220亿元。日本の売上高は約5億円。Sales 🚀 rose 7.7% by the end of June.",
        "Cafe\u0301 sales e\u0301tait 12.5% in Q3 2024.",
    ]
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": i, "text": t}, ensure_ascii=False) + "\n" for i, t in enumerate(docs)), encoding="utf-8")
    for args, ref in (([], None), (["--reference-date", "2024-07-15"], "2024-07-15")):
        out = subprocess.run([binary, "analyze", "--input", "jsonl", "--threads", "1", *args, str(src)],
                             check=True, capture_output=True).stdout.decode("utf-8")
        lines = [json.loads(l) for l in out.splitlines()]
        assert [l["id"] for l in lines] == list(range(len(docs)))
        for line, text in zip(lines, docs):
            assert finnews.analyze(text, reference_date=ref).to_dict() == without_id(line)
            # Same JSON text too (key order included).
            assert json.dumps(finnews.analyze(text, reference_date=ref).to_dict(), ensure_ascii=False) == \
                json.dumps(without_id(line), ensure_ascii=False)


def test_analyze_many_releases_the_gil():
    import threading

    texts = [t for _, t, _ in reuters_like(400, seed=8)] * 4
    started, done = threading.Event(), threading.Event()

    def work():
        started.set()
        finnews.analyze_many(texts, threads=1)
        done.set()

    worker = threading.Thread(target=work)
    worker.start()
    started.wait()
    # This thread runs Python (it needs the GIL) while the batch is still being analyzed: had the
    # worker held the GIL through the Rust call, `done` would already be set when we get here.
    ran_during_batch = 0
    while not done.is_set() and ran_during_batch < 50:
        ran_during_batch += 1
        done.wait(0.001)
    worker.join()
    assert ran_during_batch >= 5


def test_module_docstring_example():
    import doctest

    result = doctest.testmod(finnews, verbose=False)
    assert result.attempted >= 3 and result.failed == 0
