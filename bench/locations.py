"""Time to check and locate n issues: it must grow linearly (line and column are found once per
document by bisection over newline offsets, not by counting newlines for every issue).

    python bench/locations.py

Each input is `The answer` followed by n fullwidth full stops (one issue each), on lines of 80;
`mtmend check` is run on a file as a user runs it (start-up included), its output captured.
"""
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def main():
    with tempfile.TemporaryDirectory() as folder:
        for n in (1_000, 10_000, 100_000, 256_000, 1_000_000):
            marks = "。" * n
            text = "The answer" + "\n".join(marks[i:i + 80] for i in range(0, n, 80)) + "\n"
            path = Path(folder) / f"{n}.txt"
            path.write_text(text, encoding="utf-8")
            start = time.perf_counter()
            result = subprocess.run([sys.executable, "-m", "mtmend.cli", "check", str(path)], capture_output=True)
            seconds = time.perf_counter() - start
            lines = result.stdout.count(b"\n")
            print(f"issues {n:>7}  lines printed {lines:>7}  seconds {seconds:6.2f}  us_per_issue {seconds / n * 1e6:6.1f}")


if __name__ == "__main__":
    main()
