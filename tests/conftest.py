import json
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
REAL = SHARED / "corpus" / "real"
SEED = SHARED / "seed" / "bit-news-seed.txt"
BENCH = SHARED / "bench"

needs_shared = pytest.mark.skipif(not REAL.exists(), reason="../shared/ (real corpus) is not beside this checkout")


def manifest():
    rows = [line.split("\t") for line in (REAL / "manifest.tsv").read_text(encoding="utf-8").splitlines()[1:]]
    return [(r[0], r[2]) for r in rows]


def load_jsonl(name):
    return [json.loads(line) for line in (BENCH / name).read_text(encoding="utf-8").splitlines() if line]


@pytest.fixture
def shared_seed_text():
    if not SEED.exists():
        pytest.skip("../shared/ (the seed page) is not beside this checkout")
    return SEED.read_text(encoding="utf-8")
