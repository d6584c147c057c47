"""What every generated evaluation set shares: writing its reports and expected facts (``build``, or ``build_set``
for the sets whose modules hand ``write_set`` a table of makers; ``convert`` and ``to_pdf`` make PDFs and re-saved
files with LibreOffice), the fixtures' self-check on the true facts
(``self_check``) and the expected facts of an indicator row (``indicator_fact``, ``exec_fact``, ``total``,
``value_fact``, ``items``) and an Excel workbook of several sheets (``xlsx_bytes``). Each set's ``make_<set>.py``
names its modules."""

from __future__ import annotations

import importlib
import io
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Sequence
from decimal import Decimal
from pathlib import Path
from types import ModuleType
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]
FONTS = ROOT / "src" / "jixiao" / "writers" / "fonts.conf"

# 一级, 二级, 三级, 分值 (an int, or a Decimal such as 2.5), 指标值, 完成值, 得分, 偏差原因
Row = tuple[str, str, str, Any, str, str, str, str]
ValueFact = Callable[..., dict[str, Any]]  # a cell's text, actual= → its expected value

_VALUE = re.compile(r"^(≥|≤|=|＞|<)?\s*([0-9][0-9,]*(?:\.[0-9]+)?)\s*(.*)$")


def value_fact(text: str, *, actual: bool) -> dict[str, Any]:
    """A target or actual cell's expected value: a bound with its comparator (targets only), or text ("T:" marks
    a text that looks like a number)."""
    m = None if text.startswith("T:") else _VALUE.match(text)
    if not m:
        return {"text": text.removeprefix("T:")}
    out: dict[str, Any] = {}
    if m.group(1) and not actual:
        out["comparator"] = m.group(1)
    out["value"] = Decimal(m.group(2).replace(",", ""))
    out["unit"] = m.group(3)
    return out


def indicator_fact(row: Row, *, levels: bool = True, with_l2: bool = True, note: bool = True,
                   value: ValueFact = value_fact) -> dict[str, Any]:
    """The expected facts of one indicator row; an empty cell is left out, ``note=False`` leaves out the 偏差原因
    (a form that has no such column), ``value`` reads the target and actual cells."""
    l1, l2, name, weight, target, actual, score, dev = row
    fact: dict[str, Any] = {"name": name}
    if levels and l1:
        fact["level1"] = l1
    if levels and with_l2 and l2:
        fact["level2"] = l2
    fact["weight"] = weight
    if target:
        fact["target"] = value(target, actual=False)
    if actual:
        fact["actual"] = value(actual, actual=True)
    fact["stated_score"] = Decimal(score)
    if dev and note:
        fact["deviation_note"] = dev
    return fact


def exec_fact(weight: int, rate_value: Decimal, score: Decimal, **extra: Any) -> dict[str, Any]:
    """The 预算执行率 indicator's expected facts; ``extra`` may give level1, level2 and target."""
    fact: dict[str, Any] = {"name": "预算执行率"}
    fact.update({k: v for k, v in extra.items() if k in ("level1", "level2")})
    fact["weight"] = weight
    if "target" in extra:
        fact["target"] = extra["target"]
    fact["actual"] = {"value": rate_value, "unit": "%"}
    fact["stated_score"] = score
    return fact


def total(rows: Sequence[Row], exec_score: Decimal | None) -> Decimal:
    """The form's total: the rows' scores and the execution rate's (None: the form scores no execution rate row)."""
    return sum((Decimal(r[6]) for r in rows), exec_score or Decimal(0))


def items(*pairs: tuple[str, str]) -> list[dict[str, Any]]:
    """Expected income or expenditure items from (name, amount in 万元) pairs."""
    return [{"name": n, "amount": Decimal(a)} for n, a in pairs]


def build(here: Path, modules: Sequence[ModuleType], prefix: str,
          write_expected: Callable[[Any, Path], None]) -> None:
    """Write every report of ``modules`` (their ``REPORTS`` makers) and its NAME.expected.yaml into ``here``,
    after removing the set's old reports (``prefix``: the letter its report names start with)."""
    reports = sorted((make() for module in modules for make in module.REPORTS), key=lambda r: r.name)
    names = [r.name for r in reports]
    assert len(names) == len(set(names)), "duplicate report names"
    for old in here.glob(f"{prefix}[0-9][0-9]-*"):
        old.unlink()
    for report in reports:
        path = here / (report.name + report.suffix)
        if isinstance(report.body, bytes):
            path.write_bytes(report.body)
        else:
            path.write_text(report.body, encoding="utf-8", newline="")
        write_expected(report, here)
        print(f"{report.name}{report.suffix}: {path.stat().st_size:,} bytes  planted={report.planted}")


def self_check(corpus: str) -> int:
    """On the TRUE facts of each report of ``corpus`` the checks raise every planted code at error level
    and no other error code; 1 when a report fails that."""
    sys.path.insert(0, str(ROOT / "tests" / "readers"))
    from corpus import ERROR_CODES, cases, expected_evaluation, raised

    bad = 0
    for path in cases(corpus):
        evaluation, planted = expected_evaluation(path)
        codes = raised(evaluation)
        missing, extra = planted - codes, (codes & ERROR_CODES) - planted
        bad += bool(missing or extra)
        print(f"{path.name.removesuffix('.expected.yaml')}: planted {sorted(planted)} "
              f"missing {sorted(missing)} unplanted errors {sorted(extra)}")
    print("self-check:", "FAILED" if bad else "passed")
    return 1 if bad else 0


class _Dumper(yaml.SafeDumper):
    pass


_Dumper.ignore_aliases = lambda *a: True  # type: ignore[method-assign]
_Dumper.add_representer(Decimal, lambda d, v: d.represent_scalar("tag:yaml.org,2002:float", str(v)))


def to_pdf(docx_bytes: bytes, name: str) -> bytes:
    """A Word file's bytes converted by LibreOffice to a PDF's."""
    return convert(docx_bytes, name, "docx", "pdf")


def convert(content: bytes, name: str, ext: str, target: str) -> bytes:
    """``content`` (a .``ext`` file) converted by LibreOffice to ``target`` (pdf, doc, xlsx: a sheet saved again
    holds each formula's computed value)."""
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / f"{name}.{ext}"
        src.write_bytes(content)
        env = dict(os.environ, FONTCONFIG_FILE=str(FONTS)) if FONTS.exists() else None
        soffice = shutil.which("soffice")
        if soffice is None:
            raise SystemExit("soffice not found")
        subprocess.run([soffice, f"-env:UserInstallation=file://{tmp}/profile", "--headless", "--convert-to", target,
                        "--outdir", f"{tmp}/out", str(src)], check=True, capture_output=True, env=env)
        return (Path(tmp) / "out" / f"{name}.{target}").read_bytes()


def write_set(folder: Path, reports: dict[str, Callable[[], tuple[dict[str, Any], str, Any]]]) -> None:
    """Each report (facts, extension, content; a PDF given as Word bytes, or as the PDF itself) and its expected facts,
    into ``folder``."""
    for name, make in reports.items():
        facts, ext, content = make()
        if ext == "pdf" and not content.startswith(b"%PDF-"):  # a PDF the set made itself is written as it is
            content = to_pdf(content, name)
        path = folder / f"{name}.{ext}"
        if isinstance(content, str):
            path.write_text(content, encoding="utf-8")
        else:
            path.write_bytes(content)
        head = (f"# Expected facts of {name}.{ext}: only what the document visibly states (money in 万元).\n")
        (folder / f"{name}.expected.yaml").write_text(
            head + yaml.dump(facts, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
        print("wrote", path.name)


def build_set(here: Path, helpers: Sequence[str], tables: Sequence[str]) -> int:
    """Write the set in ``here`` from its ``tables`` ("module:NAME", each a dict of report name → maker returning
    (facts, extension, content)) with the seventeenth set's ``write_set``, the earlier sets named in ``helpers``
    importable, then self-check it; the exit status."""
    for folder in (here, *(here.parent / h for h in helpers), here.parent / "seventeenth", here.parent):
        sys.path.insert(0, str(folder))
    reports: dict[str, Any] = {}
    for spec in tables:
        module, name = spec.split(":")
        reports.update(getattr(importlib.import_module(module), name))
    write_set(here, dict(sorted(reports.items())))
    return self_check(here.name)


def xlsx_bytes(sheets: list[tuple[str, list[list[Any]], list[tuple[int, int, int, int]]]]) -> bytes:
    """An Excel workbook: each sheet's rows (numbers stay numbers) and merged ranges (0-based, inclusive)."""
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    for title, rows, merges in sheets:
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
        for line in sheet.iter_rows():
            for cell in line:  # "=100%" typed as text, not a formula
                if isinstance(cell.value, str) and cell.value.startswith("="):
                    cell.data_type = "s"
        for r1, c1, r2_, c2 in merges:
            sheet.merge_cells(start_row=r1 + 1, start_column=c1 + 1, end_row=r2_ + 1, end_column=c2 + 1)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
