"""The one way the reader tests read an invented snippet: as the text of a page (``page.txt``), through the whole
extraction, to its evaluation."""

from __future__ import annotations

from jixiao.model import Evaluation
from jixiao.readers.extract import extract
from jixiao.readers.source_text import text_to_document


def read_page(text: str, name: str = "page.txt") -> Evaluation:
    """The evaluation the reader makes of ``text`` saved as ``name``."""
    return extract(text_to_document(text, name))[0]
