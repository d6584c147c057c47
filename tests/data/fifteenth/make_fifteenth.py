"""Writes the fifteenth set: 10 authored reports (invented units, people, figures) and their expected facts.

    .venv/bin/python tests/data/fifteenth/make_fifteenth.py     # needs python-docx, openpyxl, LibreOffice (f03, f10)
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from fifteenth_facts import expected_indicator, money  # noqa: E402
from fifteenth_render import RENDERERS  # noqa: E402


def soffice_convert(src: Path, fmt: str, out_dir: Path) -> Path:
    soffice = shutil.which("soffice")
    if soffice is None:
        raise SystemExit("soffice not found")
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([soffice, f"-env:UserInstallation=file://{tmp}/profile", "--headless", "--convert-to", fmt,
                        "--outdir", str(out_dir), str(src)], check=True, capture_output=True, timeout=180)
    return out_dir / (src.stem + "." + fmt.split(":")[0])


def expected(report: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {"kind": report["kind"], "year": report["year"], "unit": report["unit"]}
    if "project" in report:
        out["project"] = report["project"]
    out["budget"] = {k: money(v) if isinstance(v, str) else v for k, v in report["budget"].items()}
    for key in ("income_items", "expenditure_items"):
        if key in out["budget"]:
            out["budget"][key] = [{"name": n, "amount": money(a)} for n, a in out["budget"][key]]
    inds = []
    if "exec" in report:
        w, rate, score = report["exec"]
        inds.append({"name": "预算执行率", "weight": w, "actual": {"value": money(rate), "unit": "%"},
                     "stated_score": money(score)})
    inds += [expected_indicator(i) for i in report["indicators"]]
    out["indicators"] = inds
    for key in ("stated_total", "stated_grade", "full_mark"):
        if key in report:
            out[key] = money(report[key]) if key == "stated_total" else report[key]
    out["planted"] = report.get("planted", [])
    return out


def main() -> None:
    for stem, render in RENDERERS.items():
        report, ext, data = render()
        for old in HERE.glob(stem + ".*"):
            old.unlink()
        target = HERE / f"{stem}.{ext}"
        if ext in ("pdf", "xlsx") and isinstance(data, Path):  # made by LibreOffice from a source in sources/
            with tempfile.TemporaryDirectory() as tmp:
                made = soffice_convert(data, ext, Path(tmp))
                shutil.copy(made, target)
        elif isinstance(data, str):
            target.write_text(data, encoding="utf-8")
        else:
            target.write_bytes(data)
        head = f"# Expected facts of {target.name}: only what the document visibly states (money in 万元).\n"
        body = yaml.safe_dump(expected(report), allow_unicode=True, sort_keys=False, width=200)
        (HERE / f"{stem}.expected.yaml").write_text(head + body, encoding="utf-8")
        print("wrote", target.name)


if __name__ == "__main__":
    main()
