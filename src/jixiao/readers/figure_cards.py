"""Figure cards: a slide or a dashboard prints each amount large with its label under it ("6315.48" over "全年预算数
（万元）"), so the text gives the figure a line before its label. A run of three such pairs or more, each label a money
column's, none twice, → "label：figure" lines, which the record reader reads as the money block's row.

A single figure over a label is left alone: a table flattened one cell a line puts the last figure of a row right
before the next row's label, but never three figure-label pairs in turn. Nor is a run that a money label opens: a
label | amount block flattened one cell a line ("年初预算数" / "320" / "全年预算数" / "356" …) gives each amount after
its own label, and read as cards each amount would go to the next label."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TypeGuard

from jixiao.numbers import WRITTEN_FIGURE
from jixiao.readers.document import Block, Document, Paragraph
from jixiao.readers.extract.table_columns import money_role

_FIGURE = re.compile(rf"^[￥¥]?{WRITTEN_FIGURE}\s*(?:%|％|万元|元|亿元)?$")
_MIN_CARDS = 3


def figure_cards(document: Document) -> Document:
    """``document`` with each run of figure-over-label paragraphs written "label：figure" (unchanged when none)."""
    blocks = document.blocks
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        run = _cards(blocks, i) if _figure(blocks[i]) else []  # (a run opens on a figure: most blocks open none)
        if len(run) >= _MIN_CARDS:
            for figure, label in run:
                out.append(replace(label, text=f"{label.text.strip()}：{figure.text.strip()}"))
            i += 2 * len(run)
            continue
        out.append(blocks[i])
        i += 1
    return document if len(out) == len(blocks) else replace(document, blocks=out)


def _cards(blocks: list[Block], start: int) -> list[tuple[Paragraph, Paragraph]]:
    """The figure-label pairs from ``start`` on, in turn, each label naming a money column none before named."""
    run: list[tuple[Paragraph, Paragraph]] = []
    before = blocks[start - 1] if start else None
    if isinstance(before, Paragraph) and money_role(before.text.strip()) is not None:
        return run  # (the amounts follow their labels: label | amount rows one cell a line)
    roles: set[str] = set()
    for k in range(start, len(blocks) - 1, 2):
        figure, label = blocks[k], blocks[k + 1]
        if not _figure(figure) or not isinstance(label, Paragraph) or len(label.text) > 20:
            break
        role = money_role(label.text.strip())
        if role is None or role in roles:
            break
        roles.add(role)
        run.append((figure, label))
    return run


def _figure(block: Block) -> TypeGuard[Paragraph]:
    """A paragraph that is one figure, an amount or a rate ("6315.48", "¥320万元", "98.5%")."""
    return isinstance(block, Paragraph) and _FIGURE.match(block.text.strip()) is not None
