#!/usr/bin/env python3
"""Measures how many Reuters-21578 datelines finnews finds, in both layouts a story comes in.

For every story whose `dateline` field is not blank, two documents are built:
  own-line  title, a blank line, the dateline on its own line, a blank line, the body;
  run-in    title, a blank line, the dateline running into the body's first line (as on the wire).
A story counts as found in a layout when the analysis has a `dateline` block whose text is the
dateline (white space and the trailing dash aside: `SALVADOR, Feb 26 -`). The script prints the
rate per layout and, with --misses N, the first N datelines missed.

usage: datelines.py [--bin target/release/finnews] [--misses N] [CORPUS.jsonl]
       (CORPUS defaults to ../shared/corpus/reuters21578/reuters21578.jsonl)
"""
import argparse
import json
import os
import subprocess
import sys

DEFAULT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "corpus",
                       "reuters21578", "reuters21578.jsonl")
DASHES = "-–—― "


def norm(s):
    """The dateline without white space and its dash. A few `dateline` fields run on into the
    story (`THE HAGUE, March 2 - Dutch imports of fat-`): they are cut at their first dash."""
    s = s.strip()
    for d in (" - ", " -- "):
        if d in s:
            s = s[:s.index(d)]
    return s.rstrip(DASHES).strip()


def layouts(r):
    title = (r.get("title") or "").strip("\n")
    dl = r.get("dateline") or ""
    body = (r.get("body") or r.get("text") or "").strip("\n")
    head = [title] if title.strip() else []
    own = "\n\n".join(head + [dl.strip(), body] if body.strip() else head + [dl.strip()])
    run = "\n\n".join(head + [(dl + body).strip("\n")])
    return {"own-line": own, "run-in": run}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", nargs="?", default=DEFAULT)
    ap.add_argument("--bin", default="target/release/finnews")
    ap.add_argument("--misses", type=int, default=0)
    a = ap.parse_args()
    stories = []
    with open(a.corpus, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            if (r.get("dateline") or "").strip():
                stories.append(r)
    docs = []
    for r in stories:
        for name, text in layouts(r).items():
            docs.append((name, r, text))
    inp = "".join(json.dumps({"id": f"{i}", "text": t}) + "\n" for i, (_, _, t) in enumerate(docs))
    out = subprocess.run([a.bin, "analyze", "--input", "jsonl"], input=inp.encode(),
                         capture_output=True, check=True).stdout.decode().splitlines()
    if len(out) != len(docs):
        sys.exit(f"expected {len(docs)} output lines, got {len(out)}")
    found = {"own-line": 0, "run-in": 0}
    total = {"own-line": 0, "run-in": 0}
    misses = []
    for (name, r, text), o in zip(docs, out):
        o = json.loads(o)
        t = text.encode()
        want = norm(r["dateline"])
        got = [norm(t[b["span"][0]:b["span"][1]].decode()) for b in o["blocks"]
               if b["kind"] == "dateline"]
        total[name] += 1
        if want in got:
            found[name] += 1
        elif len(misses) < a.misses:
            misses.append((name, r["dateline"].strip(), got))
    for name in total:
        print(f"{name:9} {found[name]:6} / {total[name]:6} = {found[name] / max(total[name], 1):.4f}")
    print(f"reuters datelines = {sum(found.values()) / max(sum(total.values()), 1):.4f}")
    for m in misses:
        print("miss", m)


if __name__ == "__main__":
    main()
