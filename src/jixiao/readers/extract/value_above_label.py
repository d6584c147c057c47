"""A form's unit name printed above its label: a viewer's text layer may give a label cell's value before the label
("某县教育局" on the line over "部门名称"), the label then left with nothing beside it, or with the next cells' words.
Read only when no other reading names the unit, as a guess that any other reading replaces."""

from __future__ import annotations

from jixiao.readers.document import Block, Document, Paragraph, Table
from jixiao.readers.extract.facts import Facts, ref
from jixiao.readers.extract.name_ends import names_a_body
from jixiao.readers.label_fields import label_field
from jixiao.readers.textnorm import HAN, compact

_LONGEST = 30  # a body's name stands alone on its line: never longer


def _label_alone(block: Block) -> str | None:
    """The unit-name label that opens ``block`` with no body's name beside it ("部门名称" alone, or a table row
    "部门名称 | 年初预算数…"), else None."""
    if isinstance(block, Paragraph):
        cells = [block.text]
    elif isinstance(block, Table) and block.rows:
        cells = block.rows[0]
    else:
        return None
    if not cells or label_field(cells[0]) != "unit.name":
        return None
    beside = compact(cells[1]) if len(cells) > 1 else ""
    return None if beside and names_a_body(beside) else cells[0]


def _body_alone(block: Block) -> str | None:
    """A line that is a body's name and nothing else: short, no figure, no colon, no label, no title."""
    if not isinstance(block, Paragraph):
        return None
    name = compact(block.text)
    if not (4 <= len(name) <= _LONGEST) or not names_a_body(name) or any(c.isdigit() for c in name) \
            or ":" in name or "：" in name or label_field(name) is not None or len(HAN.findall(name)) < len(name) - 2:
        return None
    return name


def value_above_label(document: Document, facts: Facts) -> None:
    """The unit's name on the line right above its lone label, when no reading named the unit (a guess)."""
    if facts.has("unit.name"):
        return
    for above, block, below in zip(document.blocks, document.blocks[1:], [*document.blocks[2:], None], strict=False):
        label = _label_alone(block)
        name = _body_alone(above) if label else None
        if label is None or name is None or (below is not None and _body_alone(below)):
            continue  # (a body's name below the label is its value, read as labels are)
        assert isinstance(above, Paragraph)
        facts.put("unit.name", above.text.strip(), ref(above.location, f"{above.text.strip()} {label}", guessed=True),
                  weak=True)
        return
