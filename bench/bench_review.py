"""Benchmark ``jixiao review``: throughput (reports/s) and peak memory over synthetic batches.

    python bench/bench_review.py                       # 1,000 and 10,000 txt, 1,000 docx (targets below)
    python bench/bench_review.py --txt 200 --docx 50   # a quick run
    python bench/bench_review.py --txt 1000 --docx 0 --no-pages --repeat 3

Each run is the real command (``python -m jixiao review "DIR/**/*.txt" --out …``) in a subprocess;
memory is the peak resident set of the whole process tree (main process plus workers), sampled
every 50 ms from /proc. Also printed: CPU time per report (the review and all its workers, and the
main process alone), which does not depend on how busy the machine is as the wall-clock rate does;
the 1-minute load average around the runs; and the rate once the fixed cost of a run (the wall time
of reviewing a single report: start-up, imports, writing the outputs) is left out.
Batches are generated once per size and seed under ``--work`` and reused.
Targets on 2 cores: ≥ 300 txt reports/s, ≥ 40 docx reports/s, peak RSS < 500 MB at 10,000 reports.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

PART = 500  # reports generated per worker task


def _generate_part(out: str, count: int, seed: int, fmt: str) -> None:
    from jixiao.synth import generate_batch

    generate_batch(count, out, seed=seed, formats=[fmt], defect_rate=0.3)


def ensure_batch(work: Path, fmt: str, size: int) -> Path:
    """``size`` reports in ``fmt`` under ``work/<fmt>-<size>``, generated in parallel parts."""
    folder = work / f"{fmt}-{size}"
    done = folder / ".complete"
    if done.is_file():
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    started = time.perf_counter()
    with ProcessPoolExecutor() as pool:
        futures = [pool.submit(_generate_part, str(folder / f"part-{k:03d}"), min(PART, size - start), 1000 + k, fmt)
                   for k, start in enumerate(range(0, size, PART))]
        for future in futures:
            future.result()
    done.write_text("ok")
    print(f"  generated {size} {fmt} reports in {time.perf_counter() - started:.1f} s", flush=True)
    return folder


def _tree_rss_kb(root: int) -> tuple[int, int]:
    """(RSS of ``root``, RSS of ``root`` and all its descendants) in kB, from /proc."""
    def rss(pid: int) -> int:
        try:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
        except OSError:
            pass
        return 0

    def children(pid: int) -> list[int]:
        out: list[int] = []
        try:
            for task in Path(f"/proc/{pid}/task").iterdir():
                text = (task / "children").read_text().split()
                out.extend(int(c) for c in text)
        except OSError:
            pass
        return out

    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        total += rss(pid)
        stack.extend(children(pid))
    return rss(root), total


def _own_cpu(pid: int) -> float:
    """CPU seconds (user + system) used so far by process ``pid`` itself, not its children."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


@dataclass
class Run:
    seconds: float
    reviewed: int
    peak_main_kb: int
    peak_tree_kb: int
    cpu: float  # CPU seconds of the review and all its workers
    main_cpu: float  # of the main process alone (start-up, collecting files, writing the outputs)
    load: tuple[float, float]  # 1-minute load average before and after


def run_once(target: str, jobs: int, pages: bool, out: Path) -> Run:
    """One ``jixiao review`` of ``target`` (a folder or glob) in a subprocess, measured."""
    shutil.rmtree(out, ignore_errors=True)
    command = [sys.executable, "-m", "jixiao", "review", target, "--out", str(out),
               "--jobs", str(jobs), "--pages" if pages else "--no-pages"]
    load_before = os.getloadavg()[0]
    cpu_before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    peak_main = peak_tree = 0
    main_cpu = 0.0
    while process.poll() is None:
        main, tree = _tree_rss_kb(process.pid)
        peak_main, peak_tree = max(peak_main, main), max(peak_tree, tree)
        main_cpu = max(main_cpu, _own_cpu(process.pid))
        time.sleep(0.05)
    elapsed = time.perf_counter() - started
    cpu_after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (cpu_after.ru_utime + cpu_after.ru_stime) - (cpu_before.ru_utime + cpu_before.ru_stime)
    output = process.stdout.read() if process.stdout else ""
    if process.returncode not in (0, 1):
        raise SystemExit(f"review failed (exit {process.returncode}): {output}")
    return Run(elapsed, _count_reviewed(out), peak_main, peak_tree, cpu, main_cpu, (load_before, os.getloadavg()[0]))


def _count_reviewed(out: Path) -> int:
    import json

    return int(json.loads((out / "review.json").read_text(encoding="utf-8"))["totals"]["reviewed"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--txt", default="1000,10000", help="txt batch sizes, comma-separated (0: none)")
    parser.add_argument("--docx", default="1000", help="docx batch sizes, comma-separated (0: none)")
    parser.add_argument("--jobs", type=int, default=0, help="worker processes (0: all cores)")
    parser.add_argument("--pages", action=argparse.BooleanOptionalAction, default=True,
                        help="write each report's HTML page (the default of jixiao review)")
    parser.add_argument("--repeat", type=int, default=1, help="runs per size; the median is printed")
    parser.add_argument("--work", type=Path, default=Path(os.environ.get("TMPDIR", "/tmp")) / "jixiao-bench-review")
    args = parser.parse_args()
    sizes = [("txt", int(s)) for s in args.txt.split(",") if int(s)] + [
        ("docx", int(s)) for s in args.docx.split(",") if int(s)]
    print(f"jixiao review benchmark · {os.cpu_count()} cores · jobs={args.jobs or 'all'} · "
          f"pages={'on' if args.pages else 'off'}")
    rows = []
    for fmt, size in sizes:
        folder = ensure_batch(args.work, fmt, size)
        one = next(folder.rglob(f"*.{fmt}"))
        fixed = statistics.median(run_once(str(one), args.jobs, args.pages, args.work / f"out-{fmt}-one").seconds
                                  for _ in range(3))
        runs = [run_once(str(folder / "**" / f"*.{fmt}"), args.jobs, args.pages, args.work / f"out-{fmt}-{size}")
                for _ in range(args.repeat)]
        seconds = statistics.median(r.seconds for r in runs)
        reviewed = runs[0].reviewed
        main_mb = max(r.peak_main_kb for r in runs) / 1024
        tree_mb = max(r.peak_tree_kb for r in runs) / 1024
        cpu_ms = statistics.median(r.cpu for r in runs) / reviewed * 1000
        main_ms = statistics.median(r.main_cpu for r in runs) / reviewed * 1000
        loads = [load for r in runs for load in r.load]
        steady = (reviewed - 1) / max(seconds - fixed, 1e-9)
        rows.append((fmt, size, reviewed, seconds, reviewed / seconds, steady, cpu_ms, main_mb, tree_mb))
        print(f"  {fmt:>4} {size:>6}: {seconds:7.2f} s  {reviewed / seconds:7.1f} reports/s "
              f"({steady:.1f}/s after the fixed {fixed:.2f} s of one report's run)  "
              f"CPU {cpu_ms:5.2f} ms/report (main process {main_ms:4.2f})  "
              f"peak RSS main {main_mb:6.1f} MB, all processes {tree_mb:6.1f} MB  "
              f"load {min(loads):.2f}–{max(loads):.2f}", flush=True)
    cores = os.cpu_count() or 1
    print(f"\nformat   size  reviewed  median s  reports/s  excl. fixed  CPU ms/report  ≈ reports/s on {cores} idle"
          " cores  peak RSS main MB  peak RSS tree MB")
    for fmt, size, reviewed, seconds, rate, steady, cpu_ms, main_mb, tree_mb in rows:
        print(f"{fmt:>6} {size:>6} {reviewed:>9} {seconds:>9.2f} {rate:>10.1f} {steady:>12.1f} {cpu_ms:>14.2f} "
              f"{cores * 1000 / cpu_ms:>28.0f} {main_mb:>17.1f} {tree_mb:>17.1f}")
    print("targets (2 cores): txt ≥ 300/s, docx ≥ 40/s, peak RSS < 500 MB at 10,000; on a shared, busy machine\n"
          "the wall-clock rate understates the idle-machine rate, which CPU time per report estimates (it\n"
          "includes start-up, so it is pessimistic for small batches); 'excl. fixed' leaves out the wall time of\n"
          "reviewing a single report (interpreter start-up, imports, writing the outputs)")

if __name__ == "__main__":
    main()
