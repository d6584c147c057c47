"""Where a parse of the seed txt spends its time, in figures a loaded machine does not change much.

Run: ``.venv/bin/python bench/profile_parse.py [--runs N] [--top K] [--opcodes] [FILE]``. Prints

- the CPU-time profile (``cProfile`` timed by ``time.process_time``, so time the process waits for a core is not
  counted): each function's share of the total, cumulative, with its calls per parse;
- the regular-expression calls per parse, by kind and by pattern and call site (counted from ``sys.setprofile``'s
  C-call events: nothing in the package is wrapped or changed);
- with ``--opcodes``, the bytecode instructions one parse runs in each Python function, the package's and the
  libraries' (``sys.settrace``'s opcode events): an exact count, the same on a quiet and a loaded machine, of the
  interpreter's part of the cost (callgrind counts the whole, C, regular expressions and allocation included, in
  minutes).

Shares and counts, unlike wall medians, compare between a quiet and a loaded machine; the profiler's own overhead
weighs on many small calls, so a share is a guide, not a measure: confirm a gain with CPU medians of old and new
code run in turn (``PYTHONPATH=<old worktree>/src``).
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from types import FrameType

from jixiao.readers import read_any

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "tests" / "data" / "seed" / "daxing-2024.txt"


def cpu_profile(path: Path, runs: int, top: int) -> None:
    read_any(path)  # warm-up: imports and caches
    profile = cProfile.Profile(time.process_time)
    profile.enable()
    for _ in range(runs):
        read_any(path)
    profile.disable()
    stats = pstats.Stats(profile).stats  # type: ignore[attr-defined]
    total = max(cumulative for (_, _, _, cumulative, _) in stats.values())
    rows = sorted(stats.items(), key=lambda item: -item[1][3])[:top]
    print(f"CPU profile, {runs} parses of {path.name}: {total / runs * 1000:.1f} ms a parse under the profiler")
    for (filename, line, name), (_, calls, _, cumulative, _) in rows:
        where = filename.split("/src/")[-1] if "/src/" in filename else filename.rsplit("/", 1)[-1]
        print(f"{cumulative / total * 100:5.1f} %  {calls / runs:7.1f} calls  {where}:{line}({name})")


def regex_calls(path: Path, top: int) -> None:
    read_any(path)
    kinds: Counter[str] = Counter()
    sites: Counter[tuple[str, str, str]] = Counter()

    def count(frame: FrameType, event: str, arg: object) -> None:
        owner = getattr(arg, "__self__", None)
        if event == "c_call" and isinstance(owner, re.Pattern):
            method = getattr(arg, "__name__", "?")
            kinds[method] += 1
            site = f"{frame.f_code.co_filename.rsplit('/', 1)[-1]}:{frame.f_lineno}"
            sites[(method, site, str(owner.pattern)[:60])] += 1

    sys.setprofile(count)
    try:
        read_any(path)
    finally:
        sys.setprofile(None)
    by_kind = ", ".join(f"{method} {calls}" for method, calls in kinds.most_common())
    print(f"\nregex calls in one parse: {sum(kinds.values())} ({by_kind})")
    for (method, site, pattern), calls in sites.most_common(top):
        print(f"{calls:5d}  {method:<9} {site:<28} {pattern}")


def opcode_counts(path: Path, top: int) -> None:
    read_any(path)
    runs: Counter[str] = Counter()

    def trace(frame: FrameType, event: str, arg: object) -> Callable[..., object]:
        frame.f_trace_opcodes = True
        code = frame.f_code
        name = f"{code.co_filename.split('/src/')[-1].rsplit('/', 1)[-1]}:{code.co_name}"

        def count(frame: FrameType, event: str, arg: object) -> Callable[..., object]:
            if event == "opcode":
                runs[name] += 1
            return count
        return count

    sys.settrace(trace)
    try:
        read_any(path)
    finally:
        sys.settrace(None)
    total = sum(runs.values())
    print(f"\nbytecode run in one parse: {total:,} instructions; by function (its own, not its callees'):")
    for name, count in runs.most_common(top):
        print(f"{count:7,d}  {count / total * 100:4.1f} %  {name}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", type=Path, default=SEED)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--opcodes", action="store_true", help="also count the bytecode run in each function")
    args = parser.parse_args()
    cpu_profile(args.file, args.runs, args.top)
    regex_calls(args.file, args.top)
    if args.opcodes:
        opcode_counts(args.file, args.top)


if __name__ == "__main__":
    main()
