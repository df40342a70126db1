#!/usr/bin/env bash
# Fuzz smoke run for CI: builds every target once, then runs each for a bounded time on its
# committed seeds (plus the regression inputs), failing on any crash, hang or invariant break.
#
#   bash fuzz/smoke.sh                  # every target, FUZZ_SECONDS (default 60) each
#   FUZZ_SECONDS=10 bash fuzz/smoke.sh quantity date
#
# Env: FUZZ_SECONDS (per target), FUZZ_PARALLEL (targets run at once, default 2),
# FUZZ_TIMEOUT (seconds one input may take before it counts as a hang, default 10).
# Stable toolchain: `--sanitizer none` needs no nightly flags.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$(pwd)
FUZZ_SECONDS=${FUZZ_SECONDS:-60}
FUZZ_PARALLEL=${FUZZ_PARALLEL:-2}
FUZZ_TIMEOUT=${FUZZ_TIMEOUT:-10}
ALL_TARGETS=(quantity date segment numeral analyze grammar lex)
if [ "$#" -gt 0 ]; then TARGETS=("$@"); else TARGETS=("${ALL_TARGETS[@]}"); fi

# cargo-fuzz: use the one on PATH, else the cached one under fuzz/target, else install it there.
TOOLS="$ROOT/fuzz/target/tools"
export PATH="$TOOLS/bin:$PATH"
if ! command -v cargo-fuzz >/dev/null 2>&1; then
    echo "fuzz smoke: installing cargo-fuzz into $TOOLS"
    cargo install cargo-fuzz --locked --root "$TOOLS"
fi

echo "fuzz smoke: building ${#TARGETS[@]} targets"
cargo fuzz build --sanitizer none

LOGS="$ROOT/fuzz/target/smoke-logs"
mkdir -p "$LOGS"

run_one() {
    local t=$1
    local corpus="$ROOT/fuzz/corpus/$t"
    mkdir -p "$corpus"
    local dirs=("$corpus" "$ROOT/fuzz/seeds/$t")
    if [ -d "$ROOT/fuzz/regressions/$t" ]; then dirs+=("$ROOT/fuzz/regressions/$t"); fi
    cargo fuzz run --sanitizer none "$t" "${dirs[@]}" -- \
        -max_total_time="$FUZZ_SECONDS" -timeout="$FUZZ_TIMEOUT" -print_final_stats=1 \
        >"$LOGS/$t.log" 2>&1
}

failed=()
pids=()
names=()
flush() {
    local i
    for i in "${!pids[@]}"; do
        if wait "${pids[$i]}"; then
            local execs
            execs=$(grep -o 'stat::number_of_executed_units: [0-9]*' "$LOGS/${names[$i]}.log" | awk '{print $2}' | tail -1)
            echo "fuzz smoke: ${names[$i]}: ok (${execs:-?} executions in ${FUZZ_SECONDS}s)"
        else
            echo "fuzz smoke: ${names[$i]}: FAILED; last lines of $LOGS/${names[$i]}.log:"
            tail -n 40 "$LOGS/${names[$i]}.log"
            failed+=("${names[$i]}")
        fi
    done
    pids=()
    names=()
}
for t in "${TARGETS[@]}"; do
    run_one "$t" &
    pids+=($!)
    names+=("$t")
    if [ "${#pids[@]}" -ge "$FUZZ_PARALLEL" ]; then flush; fi
done
flush

if [ "${#failed[@]}" -gt 0 ]; then
    echo "fuzz smoke: crashes in: ${failed[*]} (inputs under fuzz/artifacts/)"
    exit 1
fi
echo "fuzz smoke: all ${#TARGETS[@]} targets passed"
