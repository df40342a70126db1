#!/usr/bin/env python3
"""Differential check: run two finnews binaries over the same JSONL and list every mention that changed.

usage: scripts/diff-mentions.py OLD_BIN NEW_BIN INPUT.jsonl [--out REPORT.tsv] [--show N]

INPUT is contract JSONL ({"id", "text", "reference_date"?}), for example the Reuters-21578 texts
that `scripts/reuters-jsonl.py` builds. A mention is keyed by its byte span; a change is a mention
only one side has (`-` old only, `+` new only) or one whose kind or value differs (`~`). The report
lists, per document, each change with the surrounding text, and ends with counts by kind of change
so that fixes and regressions can be read and counted by hand.
"""
import argparse
import collections
import json
import subprocess
import sys


def run(bin_path, inp):
    out = subprocess.run([bin_path, "analyze", "--input", "jsonl", inp],
                         check=False, capture_output=True, text=True)
    docs = {}
    for line in out.stdout.splitlines():
        if not line.strip():
            continue
        obj = json.loads(line)
        docs[obj.get("id")] = obj
    return docs


def value_of(m):
    skip = {"start", "end", "text", "span"}
    return json.dumps({k: v for k, v in m.items() if k not in skip}, sort_keys=True)


def span(m):
    if "span" in m:
        return tuple(m["span"])
    return (m["start"], m["end"])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("old")
    ap.add_argument("new")
    ap.add_argument("input")
    ap.add_argument("--out", default=None)
    ap.add_argument("--show", type=int, default=40)
    a = ap.parse_args()
    texts = {}
    with open(a.input, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                o = json.loads(line)
                texts[o.get("id")] = o.get("text") or ""
    old, new = run(a.old, a.input), run(a.new, a.input)
    counts = collections.Counter()
    rows = []
    for doc_id in texts:
        o, n = old.get(doc_id, {}), new.get(doc_id, {})
        om = {span(m): m for m in o.get("mentions", [])}
        nm = {span(m): m for m in n.get("mentions", [])}
        tb = texts[doc_id].encode("utf-8")
        for sp in sorted(set(om) | set(nm)):
            a_, b_ = om.get(sp), nm.get(sp)
            if a_ and b_:
                if a_["kind"] == b_["kind"] and value_of(a_) == value_of(b_):
                    continue
                tag = "~"
            else:
                tag = "-" if a_ else "+"
            m = a_ or b_
            counts[(tag, (b_ or a_)["kind"])] += 1
            ctx = tb[max(0, sp[0] - 40):sp[1] + 40].decode("utf-8", "replace").replace("\n", "⏎")
            rows.append((doc_id, tag, sp, m.get("text"), value_of(a_) if a_ else "", value_of(b_) if b_ else "", ctx))
    out = open(a.out, "w", encoding="utf-8") if a.out else None
    for r in rows:
        line = "\t".join(str(x) for x in r)
        if out:
            out.write(line + "\n")
    for r in rows[: a.show]:
        print(f"{r[1]} {r[0]} {r[2]} {r[3]!r}\n    old {r[4]}\n    new {r[5]}\n    … {r[6]}")
    print(f"\n{len(rows)} changed mentions in {len(texts)} documents")
    for (tag, kind), c in sorted(counts.items()):
        print(f"  {tag} {kind:9} {c}")
    if out:
        out.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
