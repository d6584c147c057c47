"""Reading text reports of growing size: time and peak memory per size, so growth is visible.

Each size (10 KB … 10 MB) is the seed report with its narrative paragraphs repeated (a long report,
not the same report pasted again), read by ``jixiao parse`` in a fresh process; the median of
``--repeat`` runs is printed. Also hard-wrapped text (5,000 and 10,000 lines copied out of a PDF).
Targets (issue 17/18): 10 MB in < 10 s and < 500 MB; 10,000 wrapped lines in < 2 s.

    .venv/bin/python bench/bench_text_sizes.py [--repeat 3] [--sizes 10k,100k,1m,10m]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "fuzz"))
sys.path.insert(0, str(ROOT / "tests"))  # the helpers hostile.py imports

from hostile import SEED_TEXT, wrapped_text  # noqa: E402
from runner import run_apart  # noqa: E402

SIZES = {"10k": 10_000, "100k": 100_000, "1m": 1_000_000, "10m": 10_000_000}


def long_report(size: int) -> str:
    """The seed report with narrative paragraphs (its lines without figures, three to a paragraph)
    added up to ``size`` bytes."""
    seed = SEED_TEXT.read_text(encoding="utf-8")
    narrative = [line for line in seed.splitlines() if len(line) > 40 and not any(ch.isdigit() for ch in line)]
    total, n = len(seed.encode("utf-8")), 0
    extra: list[str] = []
    while total < size:  # paragraphs of three sentences, as report paragraphs run (~900 bytes)
        extra.append("".join(narrative[(n + k) % len(narrative)] for k in range(3)) + f"（补充说明第{n + 1}段）")
        total += len(extra[-1].encode("utf-8")) + 1
        n += 1
    if not extra:
        return seed[: size // 3]
    lines = seed.splitlines()
    cut = next(i for i, line in enumerate(lines) if line.startswith("六、")) if any(
        line.startswith("六、") for line in lines) else len(lines)
    return "\n".join([*lines[:cut], *extra, *lines[cut:]]) + "\n"


def measure(path: Path, repeat: int, folder: Path) -> tuple[float, float, float, int]:
    runs = [run_apart("parse", [str(path)], folder, seconds=120) for _ in range(repeat)]
    bad = [r for r in runs if r.code not in (0, 1)]
    return (statistics.median(r.seconds for r in runs), statistics.median(r.cpu_seconds for r in runs),
            statistics.median(r.peak_bytes for r in runs) / 2 ** 20, bad[0].code if bad else 0)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--sizes", default=",".join(SIZES))
    args = parser.parse_args(argv)
    print(f"{'input':<28}{'bytes':>12}{'wall s':>9}{'CPU s':>8}{'peak MB':>9}  (medians; a process start is "
          "≈ 1 s CPU, ≈ 40 MB)")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        inputs = [(f"report {name}", long_report(SIZES[name])) for name in args.sizes.split(",")]
        inputs += [("wrapped 5,000 lines", wrapped_text(5000)), ("wrapped 10,000 lines", wrapped_text(10_000))]
        for label, text in inputs:
            path = folder / f"{label.replace(' ', '-').replace(',', '')}.txt"
            path.write_text(text, encoding="utf-8")
            seconds, cpu, peak, failed = measure(path, args.repeat, folder)
            note = f"  exit {failed}" if failed else ""
            print(f"{label:<28}{path.stat().st_size:>12,}{seconds:>9.2f}{cpu:>8.2f}{peak:>9.0f}{note}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
