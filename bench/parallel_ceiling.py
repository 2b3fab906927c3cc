"""How well this machine runs two CPU-bound Python processes at once: the peer for `--jobs 2`.

    python bench/parallel_ceiling.py [--rounds 2]

The same arithmetic loop runs twice in one process, then once in each of two processes at the
same time. The wall speed-up and the ratio of CPU seconds say what two workers can gain here
when they share nothing; `bench/batch.py`'s `--jobs 2` ratio is read against it.
"""
import argparse
import multiprocessing
import time

STEPS = 6_000_000


def spin(steps: int = STEPS) -> float:
    """CPU seconds of a loop that touches no shared memory."""
    started, total = time.process_time(), 0
    for i in range(steps):
        total += i * i % 7
    return time.process_time() - started


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=2)
    rounds = ap.parse_args().rounds
    for _ in range(rounds):
        began = time.perf_counter()
        serial_cpu = spin() + spin()
        serial = time.perf_counter() - began
        began = time.perf_counter()
        with multiprocessing.Pool(2) as pool:
            parallel_cpu = sum(pool.map(spin, [STEPS, STEPS]))
        parallel = time.perf_counter() - began
        print(f"two processes / one: wall {serial / parallel:.2f}x, CPU seconds {parallel_cpu / serial_cpu:.2f}"
              f" (serial {serial:.2f} s, parallel {parallel:.2f} s)")


if __name__ == "__main__":
    main()
