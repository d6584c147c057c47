"""Parse time per report: median of many runs for a seed-sized txt, docx and pdf.

Run: ``.venv/bin/python bench/bench_parse.py`` (targets on one core: txt ≤ 5 ms, docx ≤ 30 ms,
pdf ≤ 150 ms). The docx is the seed text written with python-docx; the PDF is that docx converted
by LibreOffice when it is installed, else the committed PDF fixture of a similar size.
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

import docx

from jixiao.readers import read_any

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "tests" / "data" / "seed" / "daxing-2024.txt"
FALLBACK_PDF = ROOT / "tests" / "data" / "reports" / "r05-shipai-street.pdf"
TARGETS_MS = {"txt": 5, "docx": 30, "pdf": 150}


def _median_ms(run: Callable[[], object], repeat: int) -> float:
    run()  # warm-up: imports and caches
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def _seed_docx(folder: Path) -> Path:
    document = docx.Document()
    for line in SEED.read_text(encoding="utf-8").splitlines():
        if line.strip():
            document.add_paragraph(line.strip())
    path = folder / "daxing-2024.docx"
    document.save(str(path))
    return path


def _seed_pdf(source: Path, folder: Path) -> Path:
    soffice = shutil.which("soffice")
    if soffice is None:
        return FALLBACK_PDF
    profile = f"file:///tmp/lo-bench-{uuid.uuid4().hex}"
    subprocess.run([soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(folder), str(source)], capture_output=True, timeout=180, check=False)
    pdf = folder / (source.stem + ".pdf")
    return pdf if pdf.is_file() else FALLBACK_PDF


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        word = _seed_docx(folder)
        pdf = _seed_pdf(word, folder)
        files = {"txt": (SEED, 200), "docx": (word, 60), "pdf": (pdf, 20)}
        for kind, (path, repeat) in files.items():
            median = _median_ms(lambda path=path: read_any(path), repeat)
            verdict = "达标" if median <= TARGETS_MS[kind] else "超出目标"
            print(f"parse {kind:<4} median {median:7.2f} ms over {repeat} runs "
                  f"(target ≤ {TARGETS_MS[kind]} ms, {verdict}) — {path.name}")


if __name__ == "__main__":
    main()
