"""A row whose 一级 cell a flattened page left blank ("(50分)" alone over the rows, the block's name lost): the
二级 names of the 2020 templates each belong to one 一级 (数量 / 质量 / 时效 / 成本 → 产出指标; 经济 / 社会 /
生态效益, 可持续影响 → 效益指标; 服务对象满意度 → 满意度指标; lexicon ``level1_of_level2``), so the row takes
that block, a guess."""

from __future__ import annotations

from jixiao.lexicon import lexicon, pattern
from jixiao.readers.extract.facts import IndicatorDraft, ref
from jixiao.readers.extract.outline import Outline
from jixiao.readers.textnorm import compact


def level1_from_level2(outline: Outline, drafts: list[IndicatorDraft]) -> None:
    """Only on a form with a 一级 column (its header says 一级, a line's or a table's): a 二级 label in prose with no
    heading above it keeps only its own level. A table's row before any 一级 cell ("数量指标 | 某某 | …" first, its
    block's merged cell printed beside a later row) takes it the same way, unless the form's blocks are named other
    than the templates' (项目产出 / 项目效益 of the older frames: which is a 数量指标's is then not known)."""
    blocks = [(name, pattern(f"level1_of_level2.{name}")) for name in lexicon()["level1_of_level2"]]
    if not any("一级" in line.norm for line in outline.lines):
        tabled = any("一级" in cell for _at, table in outline.tables if table.rows for cell in table.rows[0][:3])
        stated = {compact(str(draft.fields["level1"])) for draft in drafts if draft.fields.get("level1")}
        if not tabled or not stated <= {compact(name) for name, _words in blocks}:
            return
    for draft in drafts:
        level2, source = draft.fields.get("level2"), draft.refs.get("level2")
        if draft.fields.get("level1") or not isinstance(level2, str) or source is None:
            continue
        block = next((name for name, words in blocks if words.match(compact(level2))), None)
        if block is not None:
            draft.put("level1", block, ref(source.location, source.text, guessed=True))
