#!/usr/bin/env python3
"""Turns the Reuters-21578 JSONL (fields title, dateline, body/text) into finnews input lines
{"id", "text", "reference_date"}: the text is title, a blank line, then the dateline running into
the body, as a wire story reads; the reference date is the story's <DATE>.

usage: reuters-jsonl.py IN.jsonl OUT.jsonl
"""
import datetime
import json
import sys

MONTHS = {m: i for i, m in enumerate(["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"], 1)}


def reference(date):
    try:
        d, m, y = date.strip().split()[0].split("-")
        return datetime.date(int(y), MONTHS[m.upper()], int(d)).isoformat()
    except (ValueError, KeyError, IndexError):
        return None


def story(r):
    """Title, a blank line, then the body with its dateline running into its first line, as on
    the wire (`    SALVADOR, Feb 26 - Showers continued ...`)."""
    body = (r.get("dateline") or "") + (r.get("body") or r.get("text") or "")
    parts = [p.strip("\n") for p in (r.get("title"), body) if p and p.strip()]
    return "\n\n".join(parts)


def main(src, dst):
    with open(src, encoding="utf-8") as f, open(dst, "w", encoding="utf-8") as out:
        for line in f:
            r = json.loads(line)
            text = story(r)
            if not text:
                continue
            rec = {"id": r["id"], "text": text}
            ref = reference(r.get("date") or "")
            if ref:
                rec["reference_date"] = ref
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
