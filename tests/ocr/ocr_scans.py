"""Scanned copies of the seed report, made once per test session by the project's own writers and
scan generator (rendering needs LibreOffice)."""

from __future__ import annotations

import re
from pathlib import Path

from jixiao.model import Evaluation
from jixiao.readers import read_any
from jixiao.synth.scan import scan_report

ROOT = Path(__file__).resolve().parents[2]
SEED_TEXT = ROOT / "examples" / "daxing-2024.txt"
UNIT = "重庆市璧山区大兴镇人民政府"


def render_seed(folder: Path) -> Path:
    """The seed report as the writers print it (the text PDF a scan is made from)."""
    from jixiao.writers import render

    return render(read_any(SEED_TEXT).evaluation, "pdf", folder / "daxing-2024.pdf", mode="stated")


def scan_seed(pdf: Path, out: Path, pages: list[int] | None = None) -> Path:
    return scan_report(pdf, out, seed=1, seal_text=UNIT, pages=pages)


def facts(evaluation: Evaluation) -> dict[str, object]:
    """Every fact, with text compared without whitespace: a scan cannot show whether ``(1)`` was
    followed by a space, and spaces carry nothing in Chinese text. Locations (in the reading notes
    and alternatives) are left out: a scanned one carries its confidence."""
    return _strip(evaluation.model_dump(exclude={"provenance"}))


def _strip(value: object) -> object:
    if isinstance(value, str):
        return re.sub(r"\s+", "", value)
    if isinstance(value, dict):
        return {k: _strip(v) for k, v in value.items() if k != "location"}
    if isinstance(value, list):
        return [_strip(v) for v in value]
    return value
