#!/usr/bin/env bash
# A long fuzz campaign on one target:   bash fuzz/run-long.sh TARGET MINUTES
#
# New inputs accumulate in fuzz/corpus/TARGET (not committed); crashes land in
# fuzz/artifacts/TARGET/. Env: FUZZ_JOBS (parallel libFuzzer processes, default 1),
# FUZZ_SANITIZER (none by default; `address` needs RUSTC_BOOTSTRAP=1 on stable),
# FUZZ_TIMEOUT (seconds per input before it counts as a hang, default 10), FUZZ_KEEP_GOING=1
# (record crashes and keep fuzzing instead of stopping at the first one).
set -euo pipefail

if [ "$#" -ne 2 ]; then
    echo "usage: $0 TARGET MINUTES   (targets: quantity date segment numeral analyze grammar lex)" >&2
    exit 2
fi
TARGET=$1
MINUTES=$2
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$(pwd)
export PATH="$ROOT/fuzz/target/tools/bin:$PATH"
command -v cargo-fuzz >/dev/null 2>&1 || cargo install cargo-fuzz --locked --root "$ROOT/fuzz/target/tools"

SANITIZER=${FUZZ_SANITIZER:-none}
if [ "$SANITIZER" != none ]; then export RUSTC_BOOTSTRAP=1; fi
mkdir -p "$ROOT/fuzz/corpus/$TARGET"
dirs=("$ROOT/fuzz/corpus/$TARGET" "$ROOT/fuzz/seeds/$TARGET")
if [ -d "$ROOT/fuzz/regressions/$TARGET" ]; then dirs+=("$ROOT/fuzz/regressions/$TARGET"); fi
flags=(-timeout="${FUZZ_TIMEOUT:-10}" -print_final_stats=1)
if [ "${FUZZ_JOBS:-1}" -gt 1 ]; then
    # libFuzzer's -jobs=N runs N processes that log to fuzz-<n>.log in the working directory.
    flags+=(-jobs="$FUZZ_JOBS" -workers="$FUZZ_JOBS")
fi
if [ -z "${FUZZ_KEEP_GOING:-}" ]; then
    exec cargo fuzz run --sanitizer "$SANITIZER" "$TARGET" "${dirs[@]}" -- \
        -max_total_time=$((MINUTES * 60)) "${flags[@]}"
fi

# FUZZ_KEEP_GOING: a crash is saved under fuzz/artifacts/TARGET/ and fuzzing resumes (with the
# corpus grown so far) until the time is up, so one known crash does not end the campaign.
# (libFuzzer's own -fork mode does this too, but restarts cost most of its speed.)
end=$(($(date +%s) + MINUTES * 60))
crashes=0
while left=$((end - $(date +%s))) && [ "$left" -gt 5 ]; do
    if ! cargo fuzz run --sanitizer "$SANITIZER" "$TARGET" "${dirs[@]}" -- \
        -max_total_time="$left" "${flags[@]}"; then
        crashes=$((crashes + 1))
        echo "run-long: crash #$crashes in $TARGET, resuming"
    fi
done
echo "run-long: $TARGET done, $crashes crash(es); see fuzz/artifacts/$TARGET/"
[ "$crashes" -eq 0 ]
