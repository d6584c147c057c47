"""Benchmark OCR of scanned reports: seconds per page, field accuracy against the text PDF, memory.

    python bench/bench_ocr.py                    # the seed report and 3 synthetic reports, scanned at 200 dpi
    python bench/bench_ocr.py --reports 6 --dpi 300
    python bench/bench_ocr.py --reports 0        # the seed report only

Each report is rendered to PDF by the project's writers (the seed report, ``examples/daxing-2024.txt``,
and ``--reports`` synthetic ones from ``jixiao synth``), then scanned by ``jixiao.synth.scan``
(yellowed or grey paper, up to 2° of skew, blur, noise, JPEG artefacts, a red seal over the
signature and one over a table, the second page upside down). Then:

- **speed**: ``jixiao parse SCAN`` in a subprocess with an empty OCR cache, per file: wall seconds
  per page (median over files; the run includes start-up and loading the models), CPU seconds per
  page (all processes: on a busy shared machine this, divided by the cores, estimates the idle
  wall time), and the peak resident memory of the process tree;
- **accuracy**: every field the reader finds in the text PDF (each leaf of the evaluation: amounts,
  scores, names, every section's text) compared with the same field read from the scan; text is
  compared without whitespace (a scan cannot show a space after ``(1)``). Target ≥ 99 %;
- **batch**: ``jixiao review`` of all the scans at once (empty cache): files not read (target 0),
  wall time, peak resident memory of the whole batch (target ≤ 1 GB).

Targets on 2 cores: ≤ 3 s per A4 page at 200 dpi (median), ≥ 99 % of fields, ≤ 1 GB for the batch.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "examples" / "daxing-2024.txt"


def _tree_rss_kb(root: int) -> int:
    """RSS of ``root`` and all its descendants in kB, from /proc."""
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        try:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
            for task in Path(f"/proc/{pid}/task").iterdir():
                stack.extend(int(c) for c in (task / "children").read_text().split())
        except OSError:
            continue
    return total


@dataclass
class Measured:
    seconds: float
    cpu: float
    peak_mb: float
    returncode: int
    output: str


def measure(command: list[str]) -> Measured:
    """Run ``command``, sampling the memory of its process tree every 50 ms."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    peak = 0
    while process.poll() is None:
        peak = max(peak, _tree_rss_kb(process.pid))
        time.sleep(0.05)
    seconds = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    output = process.stdout.read() if process.stdout else ""
    return Measured(seconds, cpu, peak / 1024, process.returncode, output)


def text_pdfs(work: Path, reports: int) -> list[tuple[str, Path, str]]:
    """(name, text PDF, seal text) for the seed report and ``reports`` synthetic ones."""
    from jixiao.readers import read_any
    from jixiao.synth import generate_batch
    from jixiao.writers import render

    pdfs = []
    seed_pdf = work / "seed" / "daxing-2024.pdf"
    if not seed_pdf.is_file():
        render(read_any(SEED).evaluation, "pdf", seed_pdf)
    pdfs.append(("daxing-2024", seed_pdf, "重庆市璧山区大兴镇人民政府"))
    if reports:
        folder = work / f"synth-{reports}"
        if not (folder / "expected.json").is_file():
            generate_batch(reports, folder, seed=7, formats=["pdf"], defect_rate=0.3)
        expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
        for report in expected["reports"]:
            pdfs.append((report["stem"], folder / report["files"]["pdf"], report["facts"]["unit"]))
    return pdfs


def leaves(value: Any, prefix: str = "") -> dict[str, Any]:
    if isinstance(value, dict):
        out: dict[str, Any] = {}
        for key, item in value.items():
            out.update(leaves(item, f"{prefix}.{key}" if prefix else str(key)))
        return out
    if isinstance(value, list):
        out = {f"{prefix}#len": len(value)}
        for index, item in enumerate(value):
            out.update(leaves(item, f"{prefix}[{index}]"))
        return out
    if value is None or value == "":
        return {}
    return {prefix: re.sub(r"\s+", "", value) if isinstance(value, str) else value}


def fields(path: Path) -> dict[str, Any]:
    from jixiao.readers import read_any

    return leaves(read_any(path).evaluation.model_dump(mode="json", exclude={"provenance"}))


def pages_of(pdf: Path) -> int:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(pdf))
    try:
        return len(document)
    finally:
        document.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--reports", type=int, default=3, help="synthetic reports besides the seed report")
    parser.add_argument("--dpi", type=int, default=200, help="scan resolution (150–600)")
    parser.add_argument("--work", type=Path, default=Path(os.environ.get("TMPDIR", "/tmp")) / "jixiao-bench-ocr")
    args = parser.parse_args()
    from jixiao.synth.scan import ScanStyle, scan_report

    args.work.mkdir(parents=True, exist_ok=True)
    print(f"jixiao OCR benchmark · {os.cpu_count()} cores · scans at {args.dpi} dpi · "
          f"load {os.getloadavg()[0]:.2f}", flush=True)
    rows = []
    total_fields = total_equal = 0
    scans: list[Path] = []
    for index, (name, pdf, seal) in enumerate(text_pdfs(args.work, args.reports)):
        scan = args.work / "scans" / f"{name}.scan.pdf"
        paper = ("yellowed", "grey", "white")[index % 3]
        scan_report(pdf, scan, seed=index, seal_text=seal, style=ScanStyle(dpi=args.dpi, paper=paper))
        scans.append(scan)
        pages = pages_of(scan)
        with tempfile.TemporaryDirectory() as cache:
            out = args.work / "parsed" / f"{name}.yaml"
            run = measure([sys.executable, "-m", "jixiao", "parse", str(scan), "--cache", cache, "-o", str(out)])
        if run.returncode != 0:
            raise SystemExit(f"{scan}: parse failed (exit {run.returncode}): {run.output[-500:]}")
        expected, found = fields(pdf), fields(out)
        wrong = [key for key, value in expected.items() if found.get(key) != value]
        total_fields += len(expected)
        total_equal += len(expected) - len(wrong)
        rows.append((name, pages, run.seconds / pages, run.cpu / pages, run.peak_mb, len(expected), len(wrong)))
        print(f"  {name[:30]:<30} {pages:>2} pages  {run.seconds / pages:5.2f} s/page  "
              f"CPU {run.cpu / pages:5.2f} s/page  peak {run.peak_mb:6.1f} MB  "
              f"fields {len(expected) - len(wrong)}/{len(expected)}", flush=True)
        for key in wrong[:8]:
            print(f"      {key}: {str(expected[key])[:50]!r} → {str(found.get(key))[:50]!r}")
    with tempfile.TemporaryDirectory() as cache:
        out = args.work / "review"
        shutil.rmtree(out, ignore_errors=True)
        batch = measure([sys.executable, "-m", "jixiao", "review", *map(str, scans), "--out", str(out),
                         "--cache", cache, "--no-pages"])
    totals = json.loads((out / "review.json").read_text(encoding="utf-8"))["totals"]
    pages = sum(r[1] for r in rows)
    print(f"\nscans {len(rows)}, pages {pages}")
    print(f"seconds per page (jixiao parse, median over files): {statistics.median(r[2] for r in rows):.2f} s  "
          f"(CPU {statistics.median(r[3] for r in rows):.2f} s per page over all processes)")
    accuracy = 100 * total_equal / total_fields
    print(f"field accuracy against the text PDF: {total_equal}/{total_fields} = {accuracy:.2f} %")
    print(f"peak memory of one parse: {max(r[4] for r in rows):.0f} MB")
    print(f"batch review of all {len(scans)} scans: {batch.seconds:.1f} s ({batch.seconds / pages:.2f} s/page), "
          f"reviewed {totals['reviewed']}, unreadable {totals['unreadable']}, peak memory {batch.peak_mb:.0f} MB")
    print(f"load average now {os.getloadavg()[0]:.2f} (a shared machine: wall times are noisy, CPU per page less so)")
    print("targets (2 cores): ≤ 3 s per A4 page at 200 dpi, ≥ 99 % of fields, ≤ 1 GB for the batch, 0 unreadable")


if __name__ == "__main__":
    main()
