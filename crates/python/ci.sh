#!/usr/bin/env bash
# The Python package's CI: a fresh virtual environment, the test tools from the registry, the
# package built and installed the way a user does (`pip install ./crates/python`), then its tests
# (pytest, hypothesis, and a real local Spark session, which needs Java 17 on PATH).
#
# usage: bash crates/python/ci.sh        (from anywhere; FINNEWS_VENV picks another venv folder)
set -euo pipefail
cd "$(dirname "$0")/../.."
venv=${FINNEWS_VENV:-target/python-venv}
python=${PYTHON:-python3}

[ -x "$venv/bin/python" ] || "$python" -m venv "$venv"
py="$(cd "$venv" && pwd)/bin/python"
"$py" -m pip install -q --disable-pip-version-check --upgrade pip
"$py" -m pip install -q --disable-pip-version-check maturin pytest hypothesis pandas pyarrow pyspark
# Builds the abi3 wheel with maturin (release profile) and installs it.
"$py" -m pip install -q --disable-pip-version-check --force-reinstall --no-deps ./crates/python
"$py" -c "import finnews, sys; print('finnews', finnews.__version__, 'on Python', sys.version.split()[0])"

# The tests compare to_dict() with the command's own JSON: build it (already built by
# `cargo test --workspace` in CI, so this is quick).
cargo build -q -p finnews-cli
export FINNEWS_BIN="$PWD/target/debug/finnews"

cd crates/python
"$py" -m pytest -q -p no:cacheprovider tests
