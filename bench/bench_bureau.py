"""Benchmark the finance bureau's side of ``jixiao review``: the checks across reports at 10,000
reports, and what ``--letters --summary`` add to a batch review.

    python bench/bench_bureau.py                        # 10,000 records; review of 1,000 txt reports
    python bench/bench_bureau.py --records 2000 --review 200 --repeat 1   # a quick run

1. **Checks across reports** (:func:`jixiao.across.run_across`) over ``--records`` reports built
   directly as records: units with four consecutive years each, ten indicators, four narrative
   sections of 150–800 characters in the vocabulary of budget-performance prose (what synthetic
   reports do not have: their sections are one short stock sentence), with planted copies between
   units (5 %, lightly edited), sections repeated from last year (10 %) and targets below last
   year's actual (3 % of indicators; the others set at or above it). Printed: median seconds (wall
   and CPU) of all the checks across reports, the findings of each code against the planted ones,
   and the peak resident memory.
2. **A batch review with and without ``--letters --summary``** over ``--review`` synthetic txt
   reports (the real command in a subprocess): wall time, CPU time of the whole process tree, the
   time per letter, and peak RSS.

Medians on a shared, busy machine are noisy: CPU seconds are the steadier measure.
"""

from __future__ import annotations

import argparse
import random
import resource
import shutil
import statistics
import subprocess
import sys
import time
from collections import Counter
from decimal import Decimal
from pathlib import Path

from bench_review import _tree_rss_kb, ensure_batch

from jixiao.across import run_across
from jixiao.across.record import Figures, Narrative, Place, ReportRecord

# Prose of the reports' own vocabulary: frequent function words and domain words, and a long tail of
# other two-character words (real reports share their domain words, not their sentences).
COMMON = ("预算", "绩效", "管理", "项目", "资金", "单位", "工作", "目标", "指标", "评价", "监控", "执行", "支出",
          "制度", "加强", "完善", "提高", "规范", "落实", "推进", "开展", "部门", "财政", "年度", "情况", "问题",
          "措施", "的", "了", "和", "在", "对", "是", "为", "与", "及", "等", "进一步", "有待", "不够")
_RNG = random.Random(0)
TAIL = tuple(chr(0x4E00 + _RNG.randrange(6000)) + chr(0x4E00 + _RNG.randrange(6000)) for _ in range(3000))


def _word(rng: random.Random) -> str:
    return rng.choice(COMMON) if rng.random() < 0.45 else rng.choice(TAIL)


FIELDS = (("work", "绩效自评工作情况"), ("experience", "主要经验及做法"), ("problems", "存在的问题"),
          ("measures", "改进措施"))
INDICATORS = ("预算执行率", "群众满意度", "政务信息公开率", "受助对象覆盖率", "信访案件按期办结率", "补助政策知晓率",
              "慰问群体覆盖率", "政府采购执行率", "支付进度率", "重点支出安排率")


def _prose(rng: random.Random, chars: int) -> str:
    out: list[str] = []
    length = 0
    while length < chars:
        sentence = "".join(_word(rng) for _ in range(rng.randint(6, 14))) + rng.choice("，，，。；")
        out.append(sentence)
        length += len(sentence)
    return "".join(out)


def _edit(text: str, rng: random.Random, share: float) -> str:
    chars = list(text)
    for i in rng.sample(range(len(chars)), int(len(chars) * share)):
        chars[i] = rng.choice("的了和在对是为与及等")
    return "".join(chars)


def make_records(count: int, seed: int = 1) -> tuple[list[ReportRecord], Counter[str]]:
    """``count`` records: units of four years each, with planted copies, repeats and low targets."""
    rng = random.Random(seed)
    records: list[ReportRecord] = []
    planted: Counter[str] = Counter()
    years = (2021, 2022, 2023, 2024)
    previous_texts: dict[str, str] = {}
    last_actuals: dict[str, Decimal] = {}
    for n in range(count):
        unit, year = f"第{n // len(years):05d}号单位", years[n % len(years)]
        texts = {}
        for field, _ in FIELDS:
            last = previous_texts.get(f"{unit}|{field}")
            if last is not None and rng.random() < 0.10:
                texts[field] = _edit(last, rng, 0.02)
                planted["TEXT_REPEATED"] += 1
            elif records and rng.random() < 0.05:
                donor = rng.choice(records[-400:])
                other = next((t for t in donor.narratives if t.field == field), None)
                texts[field] = _edit(other.text, rng, 0.03) if other else _prose(rng, rng.randint(150, 800))
                planted["TEXT_COPIED"] += 1 if other else 0
            else:
                texts[field] = _prose(rng, rng.randint(150, 800))
            previous_texts[f"{unit}|{field}"] = texts[field]
        figures = []
        for i, name in enumerate(INDICATORS):
            last = last_actuals.get(f"{unit}|{name}")
            if last is not None and rng.random() < 0.03:  # planted: a target below last year's actual
                target = last - rng.randint(1, 5)
                planted["TARGET_BELOW_LAST_ACTUAL"] += 1
            else:
                target = Decimal(min(100, int(last or 85) + rng.randint(0, 2)))
            actual = Decimal(min(100, int(target) + rng.randint(-3, 3)))
            last_actuals[f"{unit}|{name}"] = actual
            figures.append(Figures(i, name, "≥", target, "%", actual, "%",
                                   Place(f"indicators[{i}].target", f"第{20 + 2 * i}行", f"{name}（10分）")))
        narratives = tuple(Narrative(field, title, texts[field], Place(f"sections.{field}", f"第{60 + k}行", ""))
                           for k, (field, title) in enumerate(FIELDS))
        records.append(ReportRecord(key=f"r{n:05d}.txt", unit=unit, kind="整体支出", year=year,
                                    indicators=tuple(figures), narratives=narratives, stated_total=Decimal("95"),
                                    total=Decimal("94.5"), stated_grade="优", grade="优",
                                    execution_rate=Decimal(rng.randint(700, 1000)) / 10))
    return records, planted


def _rss_mb() -> float:
    """Peak resident memory of this process so far, in MB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def bench_across(count: int, repeat: int) -> None:
    started = time.perf_counter()
    records, planted = make_records(count)
    print(f"checks across reports · {count} records ({count // 4} units × 4 years) built in "
          f"{time.perf_counter() - started:.1f} s; planted: {dict(planted)}", flush=True)
    seconds, cpu = [], []
    found: Counter[str] = Counter()
    before = _rss_mb()
    for _ in range(repeat):
        clock, cpu_clock = time.perf_counter(), time.process_time()
        result = run_across(records)
        seconds.append(time.perf_counter() - clock)
        cpu.append(time.process_time() - cpu_clock)
        found = Counter(f.code for findings in result.values() for f in findings)
        del result
    print(f"  run_across: median {statistics.median(seconds):.2f} s wall, {statistics.median(cpu):.2f} s CPU; "
          f"peak RSS {_rss_mb():.0f} MB (of which {before:.0f} MB the records themselves)")
    print(f"  findings: {dict(sorted(found.items()))} (a copied text flags both reports; a planted repeat "
          f"or copy is found when its similarity is ≥ 90 %)", flush=True)


def _review(folder: Path, out: Path, extra: list[str]) -> tuple[float, float, float]:
    shutil.rmtree(out, ignore_errors=True)
    command = [sys.executable, "-m", "jixiao", "review", str(folder / "**" / "*.txt"), "--out", str(out),
               "--no-pages", *extra]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    peak = 0
    while process.poll() is None:
        peak = max(peak, _tree_rss_kb(process.pid)[1])
        time.sleep(0.05)
    elapsed = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if process.returncode not in (0, 1):
        raise SystemExit(f"review failed (exit {process.returncode})")
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    return elapsed, cpu, peak / 1024


def bench_review(size: int, repeat: int, work: Path) -> None:
    folder = ensure_batch(work, "txt", size)
    print(f"jixiao review of {size} synthetic txt reports (--no-pages)", flush=True)
    rows = {}
    for label, extra in (("plain", []), ("--letters --summary", ["--letters", "--summary",
                                                                 "--reviewer-unit", "某区财政局", "--days", "30"])):
        runs = [_review(folder, work / "out-bureau", extra) for _ in range(repeat)]
        rows[label] = tuple(statistics.median(r[i] for r in runs) for i in range(3))
        wall, cpu, rss = rows[label]
        print(f"  {label:>20}: {wall:6.1f} s wall, {cpu:6.1f} s CPU, peak RSS {rss:5.0f} MB", flush=True)
    extra_cpu = rows["--letters --summary"][1] - rows["plain"][1]
    print(f"  letters and summary add {extra_cpu:.1f} s CPU: {extra_cpu / size * 1000:.1f} ms per report")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--records", type=int, default=10000, help="records for the checks across reports (0: skip)")
    parser.add_argument("--review", type=int, default=1000, help="txt reports for the batch review (0: skip)")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each; the median is printed")
    parser.add_argument("--work", type=Path, default=Path("/tmp/jixiao-bench-review"))
    args = parser.parse_args()
    if args.records:
        bench_across(args.records, args.repeat)
    if args.review:
        bench_review(args.review, args.repeat, args.work)


if __name__ == "__main__":
    main()
