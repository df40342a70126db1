#!/usr/bin/env bash
# End-to-end throughput of `finnews analyze --input jsonl` over the Reuters-21578 corpus, against
# three floors measured in the same run (`cat`; the command's JSON-only pass, `--no-analysis`,
# which reads, checks and writes every document with nothing analysed; `wc -w`), with peak memory.
#
# usage: scripts/bench-cli.sh [REUTERS_JSONL]   (default ../shared/corpus/reuters21578/reuters21578.jsonl)
set -euo pipefail
cd "$(dirname "$0")/.."
src=${1:-../shared/corpus/reuters21578/reuters21578.jsonl}
work=target/bench-cli
mkdir -p "$work"
input=$work/reuters-text.jsonl
[ -s "$input" ] || python3 scripts/reuters-jsonl.py "$src" "$input"
cargo build --release -q -p finnews-cli
bin=target/release/finnews
bytes=$(python3 -c "import json,sys; print(sum(len(json.loads(l)['text'].encode()) for l in open(sys.argv[1])))" "$input")
file_bytes=$(stat -c %s "$input")

best() { # best of 5 wall-clock seconds of a command
  local best=999999
  for _ in 1 2 3 4 5; do
    local t0 t1
    t0=$(date +%s.%N); "$@" > /dev/null; t1=$(date +%s.%N)
    best=$(python3 -c "print(min($best, $t1 - $t0))")
  done
  echo "$best"
}
cat_s=$(best cat "$input")
wc_s=$(best wc -w "$input")
json_s=$(best "$bin" analyze --input jsonl --threads 1 --no-analysis "$input")
t1_s=$(best "$bin" analyze --input jsonl --threads 1 "$input")
t2_s=$(best "$bin" analyze --input jsonl --threads 2 "$input")
rss_kb="n/a"
if [ -x /usr/bin/time ]; then
  rss_kb=$(/usr/bin/time -f %M "$bin" analyze --input jsonl "$input" 2>&1 >/dev/null | tail -1)
fi
python3 - "$bytes" "$file_bytes" "$cat_s" "$wc_s" "$json_s" "$t1_s" "$t2_s" "$rss_kb" <<'PY'
import sys
text, fileb, cat, wc, js, t1, t2, rss = sys.argv[1:]
text, fileb, cat, wc, js, t1, t2 = int(text), int(fileb), float(cat), float(wc), float(js), float(t1), float(t2)
mb = lambda b, s: b / s / 1e6
print(f"input: {fileb/1e6:.1f} MB of JSONL, {text/1e6:.1f} MB of document text")
print(f"cat                   {cat:7.3f} s  {mb(fileb, cat):8.1f} MB/s (file)")
print(f"wc -w                 {wc:7.3f} s  {mb(fileb, wc):8.1f} MB/s (file)")
print(f"JSON only (--no-analysis) {js:7.3f} s  {mb(text, js):8.1f} MB/s (text)")
print(f"finnews --threads 1   {t1:7.3f} s  {mb(text, t1):8.1f} MB/s (text)  {t1/wc:5.2f}x wc -w")
print(f"finnews --threads 2   {t2:7.3f} s  {mb(text, t2):8.1f} MB/s (text)  speed-up {t1/t2:4.2f}x")
print(f"peak RSS              {rss} KB")
PY
