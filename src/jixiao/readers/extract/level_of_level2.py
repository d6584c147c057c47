"""A row whose 一级 cell a flattened page left blank ("(50分)" alone over the rows, the block's name lost): the
二级 names of the 2020 templates each belong to one 一级 (数量 / 质量 / 时效 / 成本 → 产出指标; 经济 / 社会 /
生态效益, 可持续影响 → 效益指标; 服务对象满意度 → 满意度指标; lexicon ``level1_of_level2``), so the row takes
that block, a guess."""

from __future__ import annotations

import re
from dataclasses import replace

from jixiao.lexicon import lexicon, pattern
from jixiao.readers.document import Table
from jixiao.readers.extract.facts import IndicatorDraft, ref
from jixiao.readers.extract.outline import Outline
from jixiao.readers.textnorm import compact


def level1_from_level2(outline: Outline, drafts: list[IndicatorDraft]) -> None:
    """Only on a form with a 一级 column (its header says 一级): a 二级 label in prose with no heading above it keeps
    only its own level."""
    if not any("一级" in line.norm for line in outline.lines):
        return
    blocks = _blocks()
    for draft in drafts:
        level2, source = draft.fields.get("level2"), draft.refs.get("level2")
        if draft.fields.get("level1") or not isinstance(level2, str) or source is None:
            continue
        block = next((name for name, words in blocks if words.match(compact(level2))), None)
        if block is not None:
            draft.put("level1", block, ref(source.location, source.text, guessed=True))


def block_opened(table: Table, r: int, row: list[str], level1: int, level2: int,
                 above: str) -> tuple[Table, list[str]]:
    """"满意度指标 | 受益群众满意度 | …" under 效益指标's rows, the row's 一级 cell blank (one cell across 一级 and 二级
    in the Word file, printed once when flattened): a 二级 cell naming the very 一级 block its word belongs to (满意度
    → 满意度指标), another than the block above (``above``, its name without its weight), opens that block: the
    word is copied to the 一级 column (as a cell merged across both columns reads), a guess. Not "服务对象满意度指标"
    or "成本指标", 二级 words under another block's name."""
    if max(level1, level2) >= len(row) or row[level1].strip() or not row[level2].strip() or not above:
        return table, row
    key = compact(row[level2])
    key = key if key.endswith("指标") else key + "指标"
    block = next((name for name, words in _blocks() if words.match(key)), None)
    if block != key or block == compact(above) or not pattern("levels.level1").match(key):
        return table, row
    moved = [row[level2] if c == level1 else cell for c, cell in enumerate(row)]
    return replace(table, guessed=table.guessed | {(r, level1)}), moved


def _blocks() -> list[tuple[str, re.Pattern[str]]]:
    return [(name, pattern(f"level1_of_level2.{name}")) for name in lexicon()["level1_of_level2"]]
