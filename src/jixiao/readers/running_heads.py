"""A page header's text (页眉) as Word and Excel keep it, outside the body: the running head repeats a report's title,
its unit or its year on every page, and some files state them nowhere else. Kept in ``Document.metadata`` under
:data:`RUNNING_HEAD` as evidence (:mod:`extract.running_head`), never as body text; footers (page numbers) are not
read."""

from __future__ import annotations

import re
from typing import Any

RUNNING_HEAD = "页眉"
_SHEET_CODE = re.compile(r'&(?:"[^"]*"|\d+|[A-Za-z])')  # Excel's header codes: &P page, &"宋体,加粗" font, &12 size


def docx_running_head(word: Any) -> str:
    """The default header's text of the document's first section ("" when it has none: never created here)."""
    header = word.sections[0].header if word.sections else None
    if header is None or header.is_linked_to_previous:
        return ""
    return " ".join(p.text.strip() for p in header.paragraphs if p.text.strip())


def sheet_running_head(sheets: list[Any]) -> str:
    """The first sheet's page header with text (left, centre, right parts), Excel's codes taken out."""
    for sheet in sheets:
        parts = [_SHEET_CODE.sub("", part.text or "").strip() for part in
                 (sheet.oddHeader.left, sheet.oddHeader.center, sheet.oddHeader.right)]
        text = "    ".join(part for part in parts if part)
        if text:
            return text
    return ""
