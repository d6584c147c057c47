"""Build the red-team corpus: 35 self-evaluation reports in real-world styles and their expected facts.

    .venv/bin/python tests/data/redteam/make_redteam.py          # writes every report + NAME.expected.yaml
    .venv/bin/python tests/data/redteam/make_redteam.py --no-pdf # skip the LibreOffice conversions

Deterministic: the same facts give the same text, docx, xlsx (PDF bytes carry a timestamp).
Independent of the reader under test: nothing here imports jixiao."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from redteam_batch3 import FILES, TEXT  # noqa: E402
from redteam_facts import ALL, expected  # noqa: E402
from redteam_filebuild import FILE_BUILDERS  # noqa: E402
from redteam_textbuild import TEXT_BUILDERS  # noqa: E402

TO_PDF = {"r07", "r09", "r16", "r19", "r27", "r28"}  # these reports are handed in as PDF (the docx is the source)


def to_pdf(docx_files: list[Path], out: Path) -> None:
    soffice = shutil.which("soffice")
    if not soffice:
        print("soffice not found: PDFs not rebuilt")
        return
    profile = tempfile.mkdtemp(prefix="lo-g-")
    fonts = HERE / "fonts.conf"
    env = dict(os.environ, FONTCONFIG_FILE=str(fonts)) if fonts.exists() else None
    subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(out), *map(str, docx_files)], check=True, capture_output=True, env=env)
    shutil.rmtree(profile, ignore_errors=True)


def recalc_xlsx(raw: Path, out: Path) -> None:
    """Let LibreOffice compute and store the formulas' values (xlsx → xlsx)."""
    soffice = shutil.which("soffice")
    if not soffice:
        print("soffice not found:", raw.name, "not recalculated")
        return
    profile = tempfile.mkdtemp(prefix="lo-g-")
    subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to",
                    "xlsx:Calc MS Excel 2007 XML", "--outdir", str(out), str(raw)], check=True, capture_output=True)
    shutil.rmtree(profile, ignore_errors=True)


def write_expected(name: str, facts: dict[str, Any], out: Path) -> None:
    stem = name.rsplit(".", 1)[0]
    header = f"# Expected facts of {name}: only what the document states (money in 万元).\n"
    want = expected(facts)
    project = want.get("project") or {}
    if isinstance(project.get("name"), str):  # "51132124T…-乡村公益性岗位补贴资金": the code is no part of the name
        project["name"] = re.sub(r"^[0-9A-Za-z]{3,}-", "", project["name"])
    text = yaml.safe_dump(want, allow_unicode=True, sort_keys=False, width=120)
    (out / f"{stem}.expected.yaml").write_text(header + text, encoding="utf-8")


def main(argv: list[str]) -> None:
    out = HERE
    pdf_sources: list[Path] = []
    for key, make in ALL.items():
        facts = make()
        if key in TEXT_BUILDERS or key in TEXT:
            name, data = (TEXT_BUILDERS | TEXT)[key](facts)
            (out / name).write_bytes(data)
        else:
            paths = (FILE_BUILDERS | FILES)[key](facts, out / "sources" if key in TO_PDF else out)
            name = paths[0].name
            if key == "r25" and "--no-pdf" not in argv:
                recalc_xlsx(paths[0], out)
            if key in TO_PDF:
                pdf_sources.extend(paths)
                name = paths[0].with_suffix(".pdf").name
        write_expected(name, facts, out)
        print("wrote", name)
    if pdf_sources and "--no-pdf" not in argv:
        to_pdf(pdf_sources, out)
        print("converted", len(pdf_sources), "docx to pdf")


if __name__ == "__main__":
    (HERE / "sources").mkdir(exist_ok=True)
    main(sys.argv[1:])
