"""A goal row a web page left outside its table: "总体目标完成情况 | 总体目标 | 全年实际完成情况 |" on a line of its
own, the two texts in the next line's cells ("新建…设施设备。 | 完成前期工作…。 |") or in the first row of the table
below it (the merged cells left empty). The header names both the goal and what was done; two long texts, in that
order, are the goal and its result (on a pipe line, a long goal and one short result after it: "… | 完成 |", the
result marked guessed). A page that writes one cell a line does the same with spaces: "总体目标完成情况 总体目标
全年实际完成情况" (every word a goal's or a result's head), then the goal's text and the result's on the next two lines.
Read only when nothing else gave a goal."""

from __future__ import annotations

from jixiao.model import SourceRef
from jixiao.readers.document import Document, Paragraph, Table
from jixiao.readers.extract.facts import Facts, cell_ref, ref
from jixiao.readers.textnorm import HAN, compact

_LONG = 8  # a goal's words, not a short cell
_RESULT_HAN = 2  # a short result beside a goal holds two characters at least ("完成")


def _names_goal(head: str) -> bool:
    return "目标" in head and "实际" not in head and not head.endswith("完成情况")


def _names_result(head: str) -> bool:
    return head.endswith("完成情况") and ("实际" in head or "目标" in head)


def _texts(block: Paragraph | Table, heads: set[str]) -> list[tuple[str, SourceRef]]:
    cells = block.text.split("|") if isinstance(block, Paragraph) else block.rows[0] if block.rows else []
    found: list[tuple[str, SourceRef]] = []
    for col, cell in enumerate(cells):
        text = cell.strip()
        # (a table's merged cell is given in each column it spans: its copy is no second text; a pipe line writes
        # each cell once, so there the result written word for word as the goal is a text of its own)
        if len(compact(text)) < _LONG or not HAN.search(text) or compact(text) in heads \
                or (isinstance(block, Table) and any(text == seen for seen, _ in found)):
            continue
        where = ref(block.location, text) if isinstance(block, Paragraph) else cell_ref(block, 0, col, text)
        found.append((text, where))
    # "目标的文字。 | 完成 |": a pipe line of the goal and one short result after it ("完成", "已完成") is both, a
    # guess: the cells are not aligned to the header's, and a short cell may be another column's (a grade, a note)
    if isinstance(block, Paragraph) and len(found) == 1:
        filled = [cell.strip() for cell in cells if cell.strip()]
        if len(filled) == 2 and filled[0] == found[0][0] and len(HAN.findall(filled[1])) >= _RESULT_HAN \
                and compact(filled[1]) not in heads:
            found.append((filled[1], ref(block.location, filled[1], guessed=True)))
    return found


def _lines(blocks: list[Paragraph | Table], heads: set[str]) -> list[tuple[str, SourceRef]]:
    """The goal's text and the result's, each a line of its own under a header written with spaces; none unless
    both lines are long texts of no cells."""
    texts = [(block.text.strip(), ref(block.location, block.text.strip())) for block in blocks
             if isinstance(block, Paragraph) and "|" not in block.text]
    if len(texts) == 2 and all(len(compact(t)) >= _LONG and HAN.search(t) and compact(t) not in heads
                               for t, _ in texts):
        return texts
    return []


def goal_under_detached_header(document: Document, facts: Facts) -> None:
    """The project's goal and its result, from the two long texts under a goal header line left outside its table."""
    if "project.goal_expected" in facts.values:
        return
    blocks = document.blocks
    for i, block in enumerate(blocks[:-1]):
        if not isinstance(block, Paragraph) or "目标" not in block.text:
            continue
        piped = "|" in block.text
        heads = {compact(cell) for cell in (block.text.split("|") if piped else block.text.split()) if cell.strip()}
        if not any(_names_goal(h) for h in heads) or not any(_names_result(h) for h in heads) \
                or (not piped and not all(_names_goal(h) or _names_result(h) for h in heads)):
            continue
        below = blocks[i + 1]
        if piped:
            texts = _texts(below, heads) if isinstance(below, (Paragraph, Table)) else []
        else:
            texts = _lines(blocks[i + 1: i + 3], heads)
        if len(texts) == 2:
            facts.put("project.goal_expected", *texts[0])
            facts.put("project.goal_actual", *texts[1])
            return
