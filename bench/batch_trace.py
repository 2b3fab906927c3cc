"""The `mtmend` command line with the batch runner's work timed where it happens, for bench/batch.py.

    python bench/batch_trace.py TRACE.json fix DIR -o OUT --jobs 2

On a machine shared with other work, wall seconds say more about the neighbours than about the
run. This records what does not depend on them: each file's start and end (a system-wide
monotonic clock, comparable across processes) and the CPU seconds of the process that did it,
the parent's CPU seconds before the first file and after the last, and the CPU seconds of every
child process. `structure()` turns that into the run's shape: the serial part before both
workers are busy, the tail after the first one finishes, how busy each worker was, and the
parallel efficiency. Only `mtmend.batch.do_job` and `mtmend.batch.run` are wrapped (a few
microseconds a file); the command runs as `mtmend` does.
"""
from __future__ import annotations

import json
import os
import resource
import sys
import time


def _cpu(who: int) -> float:
    r = resource.getrusage(who)
    return r.ru_utime + r.ru_stime


def process_start() -> float:
    """When this process started, on the monotonic clock (from /proc: clock ticks after boot)."""
    with open(f"/proc/{os.getpid()}/stat") as f:
        ticks = int(f.read().rsplit(")", 1)[1].split()[19])
    return ticks / os.sysconf("SC_CLK_TCK")


def main() -> None:
    trace_path, args = sys.argv[1], sys.argv[2:]
    record: dict = {"argv": args, "started": process_start()}
    from mtmend import batch, cli

    do_job, run = batch.do_job, batch.run

    def timed_do_job(*a, **k):
        start = time.monotonic()  # the clock first at the start and last at the end: the
        before = resource.getrusage(resource.RUSAGE_SELF)  # getrusage call lies within the span
        outcome = do_job(*a, **k)
        after = resource.getrusage(resource.RUSAGE_SELF)
        outcome.trace = (os.getpid(), start, time.monotonic(), before.ru_utime + before.ru_stime,
                         after.ru_utime + after.ru_stime, after.ru_stime - before.ru_stime,
                         after.ru_minflt - before.ru_minflt)
        return outcome

    def traced_run(*a, **k):
        record["run_called"], record["parent_cpu_at_run"] = time.monotonic(), time.process_time()
        outcomes = run(*a, **k)
        record["run_returned"], record["parent_cpu_after_run"] = time.monotonic(), time.process_time()
        record["files"] = [o.trace for o in outcomes if hasattr(o, "trace")]
        for o in outcomes:
            o.__dict__.pop("trace", None)
        return outcomes

    progress = batch.Progress.__call__

    def first_outcome(self, outcome):
        record.setdefault("parent_cpu_at_first_outcome", time.process_time())
        return progress(self, outcome)

    batch.do_job, batch.run, batch.Progress.__call__ = timed_do_job, traced_run, first_outcome
    sys.argv = ["mtmend", *args]
    code = 0
    try:
        cli.main()
    except SystemExit as e:
        code = e.code if isinstance(e.code, int) else 0 if e.code is None else 2
    record["ended"] = time.monotonic()
    record["parent_cpu"] = _cpu(resource.RUSAGE_SELF)
    record["children_cpu"] = _cpu(resource.RUSAGE_CHILDREN)
    with open(trace_path, "w") as f:
        json.dump(record, f)
    sys.stdout.flush()
    os._exit(code)  # as the command would exit; nothing left to tidy


def structure(record: dict) -> dict:
    """The shape of one traced run, in seconds. Wall figures are those of the run as it went (on
    a loaded machine every span stretches); CPU figures are the work itself.

    serial_wall: from the process's start until the last worker began its first file.
    tail_wall: from the moment the first worker finished its last file to the last file's end.
    after_wall: from the last file's end to the process's exit.
    efficiency: the workers' CPU seconds on files over (workers x the whole run's wall).
    serial_cpu / parent_busy_cpu / after_cpu: the parent's CPU until the first outcome came back,
    from then until the last, and after; with one job the parent is the worker, and serial_cpu
    is its CPU before its first file.
    ideal_wall: the wall this run would take on free cores, from CPU seconds alone:
    serial_cpu + the busiest worker's CPU (its start-up and its files; or, if more, the workers'
    and the parent's CPU meanwhile shared over the cores) + after_cpu."""
    files = record.get("files", [])
    if not files:
        return {}
    by_worker: dict[int, list] = {}
    for pid, start, end, cpu0, cpu1, system, faults in files:
        by_worker.setdefault(pid, []).append((start, end, cpu0, cpu1, system, faults))
    workers = []
    for pid, spans in by_worker.items():
        spans.sort()
        workers.append({"pid": pid, "files": len(spans), "first": spans[0][0], "last": max(s[1] for s in spans),
                        "start_cpu": spans[0][2], "files_cpu": sum(s[3] - s[2] for s in spans),
                        "cpu": max(s[3] for s in spans),
                        "files_wall": sum(s[1] - s[0] for s in spans),
                        "files_system_cpu": sum(s[4] for s in spans), "files_faults": sum(s[5] for s in spans)})
    started, ended = record["started"], record["ended"]
    wall = ended - started
    alone = len(workers) == 1 and record["children_cpu"] < 0.05 * record["parent_cpu"]
    if alone:  # --jobs 1: the parent does the files itself
        serial_cpu = workers[0]["start_cpu"]
        parent_busy = 0.0
        busiest = workers[0]["files_cpu"]
    else:  # the parent's CPU until the first outcome came back: start-up, discovery, warm-up, fork
        serial_cpu = record["parent_cpu_at_first_outcome"]
        parent_busy = record["parent_cpu_after_run"] - serial_cpu
        busiest = max(max(w["cpu"] for w in workers), (sum(w["cpu"] for w in workers) + parent_busy) / len(workers))
    after_cpu = record["parent_cpu"] - record["parent_cpu_after_run"]
    last_first = max(w["first"] for w in workers)
    first_last = min(w["last"] for w in workers)
    last_last = max(w["last"] for w in workers)
    files_cpu = sum(w["files_cpu"] for w in workers)
    return {
        "wall": round(wall, 2),
        "workers": len(workers),
        "serial_wall": round(last_first - started, 2),
        "tail_wall": round(last_last - first_last, 2),
        "after_wall": round(ended - last_last, 2),
        "efficiency": round(files_cpu / (len(workers) * wall), 3),
        "files_cpu": round(files_cpu, 2),
        "workers_cpu": [round(w["cpu"], 2) for w in workers],
        "workers_start_cpu": [round(w["start_cpu"], 3) for w in workers],
        "workers_files": [w["files"] for w in workers],
        "workers_files_system_cpu": [round(w["files_system_cpu"], 2) for w in workers],
        "workers_files_faults": [w["files_faults"] for w in workers],
        "workers_core_share": [round(w["files_cpu"] / max(w["files_wall"], 1e-9), 2) for w in workers],
        "serial_cpu": round(serial_cpu, 2),
        "parent_busy_cpu": round(parent_busy, 2),
        "after_cpu": round(after_cpu, 2),
        "parent_cpu": round(record["parent_cpu"], 2),
        "children_cpu": round(record["children_cpu"], 2),
        "ideal_wall": round(serial_cpu + busiest + after_cpu, 2),
    }


if __name__ == "__main__":
    main()
