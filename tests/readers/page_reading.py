"""The one way the reader tests read an invented snippet (as the text of a page, ``page.txt``, through the whole
extraction, to its evaluation; or saved as a file and read by its suffix) and look at what was read: the indicators
by name (the codes of the error-level findings: ``corpus.errors``)."""

from __future__ import annotations

from pathlib import Path

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


def read_saved_rows(tmp_path: Path, rows: list[str]) -> Evaluation:
    """The evaluation of ``rows`` written one a line to ``form.txt`` in ``tmp_path`` and read as a file."""
    return read_saved(tmp_path, "\n".join(rows) + "\n", "form.txt")
