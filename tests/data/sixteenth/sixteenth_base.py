"""Shared pieces of the sixteenth set: indicator facts, number formats, the expected-facts writer, Word files
and printing Word to PDF with LibreOffice. No jixiao import: the facts are written independently of the reader."""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

import yaml
from docx import Document
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = Path(__file__).resolve().parent


def D(text: str | int) -> Decimal:
    return Decimal(str(text))


def q2(value: Decimal) -> Decimal:
    return value.quantize(Decimal("0.01"), ROUND_HALF_UP)


def money(value: Decimal) -> str:
    """1234.5 → 1,234.50"""
    return f"{q2(value):,.2f}"


def rate(executed: Decimal, budget: Decimal) -> Decimal:
    return q2(executed / budget * 100)


_VALUE = re.compile(r"^([≥≤=<>])?\s*(-?[\d.]+)\s*(.*)$")


def _value(text: str, is_target: bool) -> dict[str, Any]:
    m = _VALUE.match(text)
    # a date ("2023年10月底前") is a text target, as the other sets hold it
    if not m or (m.group(3).startswith("年") and len(m.group(2)) == 4):
        return {"text": text}
    out: dict[str, Any] = {}
    if is_target:
        out["comparator"] = m.group(1) or "≥"
    out["value"] = D(m.group(2))
    if m.group(3):
        out["unit"] = m.group(3)
    return out


@dataclass
class Ind:
    """One indicator as the document states it: target / actual as printed ("≥95%", "持续提升", "" = not stated)."""

    name: str
    l1: str | None
    l2: str | None
    w: str
    t: str
    a: str
    s: str
    dev: str | None = None

    def facts(self) -> dict[str, Any]:
        out: dict[str, Any] = {"name": self.name}
        if self.l1:
            out["level1"] = self.l1
        if self.l2:
            out["level2"] = self.l2
        out["weight"] = D(self.w)
        if self.t:
            out["target"] = _value(self.t, True)
        if self.a:
            out["actual"] = _value(self.a, False)
        out["stated_score"] = D(self.s)
        if self.dev:
            out["deviation_note"] = self.dev
        return out


def total(inds: list[Ind]) -> Decimal:
    return sum((D(i.s) for i in inds), Decimal(0))


def weights(inds: list[Ind]) -> Decimal:
    return sum((D(i.w) for i in inds), Decimal(0))


@dataclass
class Report:
    name: str
    suffix: str
    body: str | bytes
    facts: dict[str, Any]
    planted: list[str] = field(default_factory=list)
    note: str = ""


def _dec(dumper: yaml.SafeDumper, value: Decimal) -> yaml.Node:
    text = format(value.normalize(), "f")
    if "." in text:
        return dumper.represent_scalar("tag:yaml.org,2002:float", text)
    return dumper.represent_scalar("tag:yaml.org,2002:int", text)


yaml.SafeDumper.add_representer(Decimal, _dec)


def write_expected(report: Report) -> None:
    head = (f"# Expected facts of {report.name}{report.suffix}: only what the document visibly states "
            "(money in 万元).\n")
    if report.note:
        head += "".join(f"# {line}\n" for line in report.note.splitlines())
    data = dict(report.facts)
    data["planted"] = report.planted
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1000)
    (HERE / f"{report.name}.expected.yaml").write_text(head + text, encoding="utf-8")


def new_docx() -> Any:
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Times New Roman"
    style.font.size = Pt(12)
    style.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")
    return doc


def docx_table(doc: Any, rows: list[list[str]], merge_first_col: bool = False) -> Any:
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    if merge_first_col:  # merge runs of equal non-empty first cells (a vertical 一级 cell)
        start = 1
        while start < len(rows):
            end = start
            while end + 1 < len(rows) and rows[end + 1][0] == rows[start][0] and rows[start][0]:
                end += 1
            if end > start:
                text = rows[start][0]
                merged = table.cell(start, 0).merge(table.cell(end, 0))
                merged.text = text
            start = end + 1
    return table


def docx_bytes(doc: Any) -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "x.docx"
        doc.save(path)
        return path.read_bytes()


def pdf_of(docx: bytes) -> bytes:
    """Word → PDF through LibreOffice (headless, a private profile)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    assert soffice, "LibreOffice is needed for the PDF reports"
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "r.docx"
        src.write_bytes(docx)
        subprocess.run([soffice, f"-env:UserInstallation=file://{tmp}/profile", "--headless", "--convert-to", "pdf",
                        "--outdir", tmp, str(src)], check=True, capture_output=True, timeout=180)
        return (Path(tmp) / "r.pdf").read_bytes()
