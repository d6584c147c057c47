"""The one way the reader tests read an invented snippet (as the text of a page, ``page.txt``, through the whole
extraction, to its evaluation; or saved as a file and read by its suffix) and look at what was read: the indicators
by name (the codes of the error-level findings: ``corpus.errors``)."""

from __future__ import annotations

import shutil
import subprocess
import uuid
from pathlib import Path
from typing import Any, Literal

import pytest

from jixiao.errors import InputError
from jixiao.model import Evaluation, Indicator
from jixiao.readers import read_any
from jixiao.readers.extract import extract
from jixiao.readers.source_text import text_to_document


def read_page_and_warnings(text: str, name: str = "page.txt") -> tuple[Evaluation, list[str]]:
    """The evaluation the reader makes of ``text`` saved as ``name``, and its warnings."""
    return extract(text_to_document(text, name))


def read_page(text: str, name: str = "page.txt") -> Evaluation:
    """The evaluation the reader makes of ``text`` saved as ``name``."""
    return read_page_and_warnings(text, name)[0]


def read_saved(tmp_path: Path, text: str, name: str = "report.txt") -> Evaluation:
    """The evaluation of ``text`` written to the file ``name`` in ``tmp_path`` and read as ``jixiao parse`` reads it
    (the suffix picks the reader)."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_any(path).evaluation


def by_name(evaluation: Evaluation) -> dict[str, Indicator]:
    """The evaluation's indicators by their names."""
    return {i.name: i for i in evaluation.indicators}


def indicator_rows(evaluation: Evaluation, *fields: str) -> list[tuple[Any, ...]]:
    """Each indicator of ``evaluation`` as the tuple of its ``fields``; by default its 一级, 二级, name, weight and
    stated score (a table's row as the tests write it)."""
    names = fields or ("level1", "level2", "name", "weight", "stated_score")
    return [tuple(getattr(i, name) for name in names) for i in evaluation.indicators]


def saved_sheet(tmp_path: Path, rows: list[list[object]]) -> Path:
    """An .xlsx of one sheet holding ``rows`` (figures stay numbers), saved in ``tmp_path``."""
    import openpyxl

    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    path = tmp_path / "report.xlsx"
    book.save(path)
    return path


def read_saved_rows(tmp_path: Path, rows: list[str]) -> Evaluation:
    """The evaluation of ``rows`` written one a line to ``form.txt`` in ``tmp_path`` and read as a file."""
    return read_saved(tmp_path, "\n".join(rows) + "\n", "form.txt")


def flattened(head: list[str], table: list[list[str]], tail: list[str], shape: str) -> list[str]:
    """The lines of a text whose table between ``head`` and ``tail`` is flattened in ``shape``: "cells" (one cell a
    line), "spaced" (a row a line, its cells separated by spaces) or "one_line" (the whole text on one line)."""
    cells = [cell for row in table for cell in row]
    if shape == "one_line":
        return [" ".join([*head, *cells, *tail])]
    return [*head, *(cells if shape == "cells" else [" ".join(row) for row in table]), *tail]


def read_docx(tmp_path: Path, blocks: list[str | list[list[str]]]) -> Evaluation:
    """The evaluation of a Word file of ``blocks`` in turn (a paragraph, or a table's rows: a row shorter than the
    widest is padded with empty cells), saved in ``tmp_path`` and read as a file."""
    import docx

    document = docx.Document()
    for block in blocks:
        if isinstance(block, str):
            document.add_paragraph(block)
            continue
        table = document.add_table(rows=len(block), cols=max(len(row) for row in block))
        for r, row in enumerate(block):
            for c, text in enumerate(row):
                table.cell(r, c).text = text
    path = tmp_path / "form.docx"
    document.save(str(path))
    return read_any(path).evaluation


def read_converted(original: Path, suffix: str, folder: Path) -> Evaluation | None:
    """``original`` saved by LibreOffice as a legacy ``suffix`` file ("doc", "xls") in ``folder`` and read as
    ``jixiao parse`` reads it; without LibreOffice, None once a legacy file is seen refused in a sentence naming it
    (how to convert the file)."""
    soffice = shutil.which("soffice")
    if soffice is None:
        path = folder / f"legacy.{suffix}"
        path.write_bytes(b"\xd0\xcf\x11\xe0")
        with pytest.raises(InputError, match="LibreOffice"):
            read_any(path)
        return None
    subprocess.run([soffice, f"-env:UserInstallation=file:///tmp/lo-{uuid.uuid4().hex}", "--headless",
                    "--convert-to", suffix, "--outdir", str(folder / suffix), str(original)],
                   check=True, capture_output=True, timeout=180)
    return read_any(folder / suffix / f"{original.stem}.{suffix}").evaluation


def facts_of(evaluation: Evaluation, mode: Literal["python", "json"] = "python") -> dict[str, Any]:
    """What an evaluation states, without where each fact was read, how and what else it could be (to compare two
    readings of one form, or a reading with expected facts)."""
    return evaluation.model_dump(mode=mode, exclude={"provenance", "reading", "alternatives"})
