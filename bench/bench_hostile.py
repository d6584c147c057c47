"""Every hostile input of the reliability issues (16, 17, 18) through the commands that met it, each
in a process of its own: exit code, time and peak RSS (review: its workers included); then the largest
inputs every limit still lets through (a 30 MB document.xml, 600,000 cells, a 10 MB report).

Targets: no exit 3, nothing over 30 s, peak ≤ 1 GB, every refusal one ``错误：`` line. The inputs are
built by ``tests/fuzz/hostile.py`` (small on disk; bombs are repeated deflate blocks).

    .venv/bin/python bench/bench_hostile.py [--repeat 1] [CASE …]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "fuzz"))
sys.path.insert(0, str(ROOT / "tests"))  # the helpers hostile.py imports

from hostile import CASES, LARGE  # noqa: E402
from runner import GB, run_apart  # noqa: E402

SECONDS, MEMORY = 30, 6 * GB  # the issue's own harness: a 30 s limit and a 6 GB cap


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=1, help="runs per case (medians printed)")
    parser.add_argument("cases", nargs="*", help="case names (default: all)")
    args = parser.parse_args(argv)
    chosen = [c for c in [*CASES, *LARGE] if not args.cases or c.name in args.cases]
    print(f"{'case':<28}{'command':<8}{'exit':>5}{'wall s':>8}{'CPU s':>7}{'peak MB':>9}  verdict")
    worst_time = worst_peak = 0.0
    failures = 0
    for case in chosen:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            paths = case.build(folder)
            for command in case.commands:
                runs = []
                for _ in range(args.repeat):
                    shutil.rmtree(folder / "review", ignore_errors=True)
                    runs.append(run_apart(command, paths, folder, SECONDS, MEMORY, "unprivileged" in case.tags))
                seconds = statistics.median(r.seconds for r in runs)
                cpu = statistics.median(r.cpu_seconds for r in runs)
                peak = statistics.median(r.peak_bytes for r in runs) / 2 ** 20
                problems = sorted({p for r in runs for p in r.problems()})
                if seconds > SECONDS:
                    problems.append("over 30 s")
                if peak > 1024:
                    problems.append("over 1 GB")
                failures += bool(problems)
                worst_time, worst_peak = max(worst_time, seconds), max(worst_peak, peak)
                verdict = "ok" if not problems else "FAIL: " + ", ".join(problems)
                row = f"{case.name:<28}{command:<8}{runs[0].code:>5}{seconds:>8.2f}{cpu:>7.2f}{peak:>9.0f}"
                print(f"{row}  {verdict}", flush=True)
            for path in folder.rglob("*"):  # what a case made unreadable, readable again for the clean-up
                if not path.is_symlink():
                    path.chmod(0o755)
    print(f"\n{len(chosen)} cases: slowest {worst_time:.1f} s, highest peak {worst_peak:.0f} MB, "
          f"{failures} failing runs (timings are medians on a shared machine: noisy)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
