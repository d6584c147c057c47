"""Word cells corrected by hand or under review: struck-through runs (single or double) and tracked
deletions are not content, a strike switched off is, and reviewers' comments never reach the text."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from jixiao.readers.document import Paragraph, Table
from jixiao.readers.report import read_document


def _corrected(path: Path) -> Path:
    """A small form: an actual with its old figure struck, a score double-struck, a strike switched off,
    a tracked deletion before an insertion, and a comment on the project name."""
    document = docx.Document()
    note = document.add_paragraph()
    note.add_run("示范项目自评得分")
    note.add_run("88.5").font.strike = True
    note.add_run("90.5分")
    table = document.add_table(rows=2, cols=4)
    name = table.cell(0, 0).paragraphs[0].add_run("某镇示范灌区改造项目")
    document.add_comment(name, text="名称请与批复一致", author="审核人", initials="SH")
    actual = table.cell(1, 0).paragraphs[0]
    actual.add_run("11.8万亩").font.strike = True
    actual.add_run("12.6万亩")
    score = table.cell(1, 1).paragraphs[0]
    score.add_run("9").font.double_strike = True
    score.add_run("9.5")
    kept = table.cell(1, 2).paragraphs[0].add_run("100%")
    kept.font.strike = False  # <w:strike w:val="0"/>: written, then switched off
    cell = table.cell(1, 3).paragraphs[0]._p
    deleted, inserted = OxmlElement("w:del"), OxmlElement("w:ins")
    for mark, tag, text in ((deleted, "w:delText", "41台"), (inserted, "w:t", "46台")):
        mark.set(qn("w:id"), "7" if mark is deleted else "8")
        mark.set(qn("w:author"), "审核人")
        run, body = OxmlElement("w:r"), OxmlElement(tag)
        body.text = text
        run.append(body)
        mark.append(run)
        cell.append(mark)
    document.save(str(path))
    return path


def test_struck_and_deleted_text_is_not_read_and_comments_stay_out(tmp_path: Path) -> None:
    blocks = read_document(_corrected(tmp_path / "corrected.docx")).blocks
    paragraphs = [b.text for b in blocks if isinstance(b, Paragraph)]
    tables = [b for b in blocks if isinstance(b, Table)]
    assert paragraphs == ["示范项目自评得分90.5分"]
    assert len(tables) == 1
    cells = [cell for row in tables[0].rows for cell in row]
    assert "某镇示范灌区改造项目" in cells
    assert tables[0].rows[1] == ["12.6万亩", "9.5", "100%", "46台"]
    assert not any("审核" in cell or "批复" in cell for cell in cells)
