"""The long damaged text that score.py's speed figure times: the mixed-dev set joined by blank
lines, `copies` times. Shared by the speed benchmarks so that they all time the same input."""
import json
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent.parent / "shared" / "bench" / "mixed-dev.jsonl"


def speed_text(copies: int, script: str) -> str:
    """The text; a clear exit naming `script` when the shared sets are absent."""
    if not BENCH.exists():
        raise SystemExit(f"{script} needs {BENCH} (the shared benchmark sets)")
    docs = [json.loads(line) for line in BENCH.read_text(encoding="utf-8").splitlines() if line]
    return "\n\n".join(d["text"] for d in docs) * copies
