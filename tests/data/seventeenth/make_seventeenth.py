"""Write the seventeenth set: 10 ordinary self-evaluation reports and their expected facts.

Run from the worktree root: .venv/bin/python tests/data/seventeenth/make_seventeenth.py
Every unit, person and figure is invented. PDFs are made from Word files with LibreOffice.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # corpus_build
from seventeenth_reports import REPORTS

HERE = Path(__file__).resolve().parent
FONTS = HERE.parents[2] / "src" / "jixiao" / "writers" / "fonts.conf"


class _Dumper(yaml.SafeDumper):
    pass


_Dumper.ignore_aliases = lambda *a: True  # type: ignore[method-assign]
_Dumper.add_representer(Decimal, lambda d, v: d.represent_scalar("tag:yaml.org,2002:float", str(v)))


def to_pdf(docx_bytes: bytes, name: str) -> bytes:
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


def main() -> None:
    write_set(HERE, REPORTS)


if __name__ == "__main__":
    main()
