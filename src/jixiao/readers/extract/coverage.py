"""What the reader could not understand, kept with the evaluation (``Evaluation.reading``): whether the
document looks like a self-evaluation at all, tables with a form's vocabulary that gave no facts,
template text left in it, and required cells of a standard form left empty. The checks turn these
into READ_INCOMPLETE and TEMPLATE_LEFT findings."""

from __future__ import annotations

from jixiao.lexicon import pattern
from jixiao.model import ReadingNotes, SourceRef
from jixiao.readers.document import Document, Paragraph, Table
from jixiao.readers.extract.facts import ref
from jixiao.readers.flat_words import vocabulary_hits
from jixiao.readers.textnorm import match_text

_MAX_NOTES = 50  # a page full of placeholders is reported by its first ones


def looks_like_report(document: Document) -> bool:
    words = pattern("report_words")
    for block in document.blocks:
        text = block.text if isinstance(block, Paragraph) else " ".join(" ".join(r) for r in block.rows[:6])
        if words.search(match_text(text)):
            return True
    return False


def table_has_form_words(table: Table) -> bool:
    text = "".join("".join(row) for row in table.rows[:4])
    return vocabulary_hits(text) >= 3


def template_text(document: Document) -> list[SourceRef]:
    marks = pattern("template_marks")
    whole = "\n".join(b.text if isinstance(b, Paragraph) else "\n".join("\t".join(r) for r in b.rows)
                      for b in document.blocks)
    if marks.search(whole) is None:  # one pass over the text; the places only when there is something
        return []
    found: list[SourceRef] = []
    for block in document.blocks:
        if isinstance(block, Paragraph):
            for hit in marks.finditer(block.text):
                found.append(ref(block.location, block.text[max(0, hit.start() - 12): hit.end() + 12]))
        else:
            for r, row in enumerate(block.rows):
                for c, cell in enumerate(row):
                    if marks.search(cell) and (c == 0 or cell != row[c - 1]):
                        found.append(ref(block.cell_location(r, c), cell))
        if len(found) >= _MAX_NOTES:
            break
    return found[:_MAX_NOTES]


def reading_notes(document: Document, not_understood: list[Table], blank: list[SourceRef]) -> ReadingNotes:
    return ReadingNotes(
        looks_like_report=looks_like_report(document),
        tables_not_understood=[ref(t.name, " ".join(c for c in t.rows[0] if c)) for t in not_understood],
        template_text=template_text(document),
        blank_cells=blank[:_MAX_NOTES],
    )
