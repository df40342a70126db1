from __future__ import annotations

import json
import pathlib
from typing import Dict, List, Tuple

import pytest

REPO = pathlib.Path(__file__).resolve().parents[3]
SEEDS = REPO / "seeds"


def seed_docs() -> List[Tuple[str, str, Dict]]:
    """(name, exact text, expected JSON) of every seed in the repository."""
    out = []
    for txt in sorted(SEEDS.glob("*.txt")):
        expected = json.loads((SEEDS / (txt.stem + ".expected.json")).read_bytes().decode("utf-8"))
        out.append((txt.stem, txt.read_bytes().decode("utf-8"), expected))
    return out


@pytest.fixture(scope="session")
def seeds():
    docs = seed_docs()
    assert len(docs) >= 3, f"no seeds found in {SEEDS}"
    return docs
