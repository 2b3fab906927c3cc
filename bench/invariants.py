"""The hypothesis invariants of fix (tests/test_properties.py) on many more examples than CI runs.

    python bench/invariants.py [--examples 20000]

Each invariant (idempotence, no Latin letter or digit lost or reordered, valid offsets that
reproduce the output) runs on `--examples` generated MT-like texts, with the same strategy and
checks as the tests. Reported: examples run per invariant (and how many distinct texts), counterexamples (must be 0), seconds.
"""
import argparse
import importlib.util
import json
import time
from pathlib import Path

from hypothesis import HealthCheck, given, settings

PROPERTIES = Path(__file__).resolve().parent.parent / "tests" / "test_properties.py"
INVARIANTS = ("test_fix_is_idempotent", "test_no_latin_letter_or_digit_lost_or_reordered",
              "test_offsets_are_valid_and_edits_reproduce_output")


def load_properties():
    spec = importlib.util.spec_from_file_location("test_properties", PROPERTIES)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run(name: str, module, examples: int) -> dict:
    inner = getattr(module, name).hypothesis.inner_test  # the check itself, without the CI settings
    seen, distinct = [0], set()

    def counted(text):
        seen[0] += 1
        distinct.add(text)
        inner(text)

    test = settings(max_examples=examples, deadline=None, database=None, derandomize=False,
                    suppress_health_check=list(HealthCheck))(given(module.mt_text)(counted))
    started = time.perf_counter()
    failure = None
    try:
        test()
    except AssertionError as e:  # hypothesis re-raises the shrunk counterexample's failure, with it in the notes
        failure = " | ".join([str(e).splitlines()[0] if str(e) else "assertion failed", *getattr(e, "__notes__", [])])
    return {"invariant": name.removeprefix("test_"), "examples": seen[0], "distinct": len(distinct), "counterexamples": int(failure is not None),
            "failure": failure, "seconds": round(time.perf_counter() - started, 1)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--examples", type=int, default=20000)
    ap.add_argument("--only", choices=[n.removeprefix("test_") for n in INVARIANTS], help="Run one invariant.")
    args = ap.parse_args()
    module = load_properties()
    results = [run(name, module, args.examples) for name in INVARIANTS if args.only in (None, name.removeprefix("test_"))]
    print(json.dumps(results, indent=2))
    raise SystemExit(1 if any(r["counterexamples"] for r in results) else 0)


if __name__ == "__main__":
    main()
