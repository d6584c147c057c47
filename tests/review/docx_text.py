"""Reading back the Word files the review writes (letters, the batch report)."""

from __future__ import annotations

from pathlib import Path

import docx


def letter_text(path: Path) -> str:
    """Every paragraph, then every table row (cells joined by " | "), one per line."""
    document = docx.Document(str(path))
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            lines.append(" | ".join(cell.text for cell in row.cells))
    return "\n".join(lines)
