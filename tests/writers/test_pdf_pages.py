"""The PDFs as a reader sees them, page by page (``pdftoppm`` at low resolution): no blank page (the
last one included), and the title's lines exactly the lines :mod:`jixiao.writers.titles` chose, so
LibreOffice never wrapped a title inside a word. The seed, long-titled synth reports (whole-unit and
project) and a unit name longer than a title line, converted in one LibreOffice call."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from jixiao.model import Evaluation
from jixiao.modelio import load_evaluation
from jixiao.scoring import score_evaluation
from jixiao.synth.output import make_report
from jixiao.writers import build_report, docx_to_pdf_batch, render

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[2]
DPI = 20
LONG_UNIT = "重庆市璧山区大兴镇人民政府社会事务综合服务中心附属培训基地"


def _cases() -> dict[str, Evaluation]:
    long_unit = load_evaluation(ROOT / "examples" / "daxing-2024.yaml")
    long_unit.unit.name, long_unit.title = LONG_UNIT, None
    cases = {"seed": load_evaluation(ROOT / "examples" / "daxing-2024.yaml"), "long-unit": long_unit}
    cases.update({f"synth-{i}": make_report(11, i)[0] for i in (30, 17, 0, 2)})  # 30, 17: the longest titles
    return cases


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Evaluation, Path]]:
    folder = tmp_path_factory.mktemp("pages")
    cases = _cases()
    words = [render(evaluation, "docx", folder / f"{name}.docx") for name, evaluation in cases.items()]
    converted = docx_to_pdf_batch(words, folder / "pdf")
    return {name: (cases[name], pdf) for name, pdf in zip(cases, converted, strict=True)}


def _pages(pdf: Path, folder: Path) -> list[tuple[int, int, bytes]]:
    """Every page as (width, height, 8-bit grey pixels)."""
    stem = folder / pdf.stem
    subprocess.run(["pdftoppm", "-gray", "-r", str(DPI), str(pdf), str(stem)], check=True)
    pages = []
    for image in sorted(folder.glob(f"{pdf.stem}-*.pgm")):
        data = image.read_bytes()
        magic, size, _, pixels = data.split(b"\n", 3)
        assert magic == b"P5"
        width, height = (int(n) for n in size.split())
        pages.append((width, height, pixels))
    return pages


def _ink_in_text_area(width: int, height: int, pixels: bytes) -> float:
    """Share of dark pixels between the top margin and the footer (the page number alone is blank)."""
    top, bottom = int(height * 0.12), int(height * 0.86)
    area = pixels[top * width:bottom * width]
    return sum(1 for p in area if p < 160) / len(area)


def test_no_page_is_blank(pdfs: dict[str, tuple[Evaluation, Path]], tmp_path: Path) -> None:
    for name, (_, pdf) in pdfs.items():
        pages = _pages(pdf, tmp_path)
        assert len(pages) >= 2, name
        for number, (width, height, pixels) in enumerate(pages, start=1):
            assert _ink_in_text_area(width, height, pixels) > 0.002, f"{name}: page {number} of {len(pages)} is blank"


def _first_lines(pdf: Path, count: int) -> list[str]:
    text = subprocess.run(["pdftotext", "-f", "1", "-l", "1", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    lines = [re.sub(r"\s+", "", line) for line in text.splitlines()]
    return [line for line in lines if line][:count]


def test_title_lines_are_the_chosen_breaks(pdfs: dict[str, tuple[Evaluation, Path]]) -> None:
    for name, (evaluation, pdf) in pdfs.items():
        expected = build_report(evaluation, score_evaluation(evaluation)).title_lines
        assert _first_lines(pdf, len(expected)) == expected, name
    long_title = build_report(pdfs["long-unit"][0], score_evaluation(pdfs["long-unit"][0])).title_lines
    assert len(long_title) >= 3 and "".join(long_title).startswith(LONG_UNIT)  # the name itself was broken
