"""An indicator table exported as a tree (an OA system's or a console's outline view) → one record line per leaf.

    绩效指标
    ├── 产出指标
    │   └── 数量指标
    │       └── 某某面积｜指标值：≥100亩｜完成值：104亩｜分值：10｜得分：10
    └── 满意度指标 …

Each node opens on the tree's drawing (├── / └── / |-- / `--, under │ / | / spaces, one step a level); a leaf holds
its fields after "｜" or "|". A leaf is written as the record its path makes, "一级指标：A  二级指标：B  三级指标：名称
 指标值：…", its ancestors named levels only when they read as the 一级 and the 二级 of the standard frames (two
ancestors, or one that is a 一级 or a 二级); the levels' own lines are dropped, and a node of labelled fields that is
no indicator (年初预算数：120.00) is kept as its fields, two spaces apart. Text with no tree drawing is unchanged.
"""

from __future__ import annotations

import re

from jixiao.readers.extract.prose_indicator_heads import is_level1, is_level2

# the drawing before a node: steps of "│   " / "|   " / four spaces, then the branch "├── " / "└── " / "|-- " / "`-- "
# (a word after the branch and its space: a table's box-drawing rule "├──┼──┤" is no node); ten steps at most: a
# run of spaces splits into steps of three and four in ever more ways, each tried when no branch follows it
_NODE = re.compile(r"^((?:[│|] {2,3}| {3,4}){0,10})(?:[├└]─+|[|`]--+) +([^\s|｜\-\u2500-\u257f].*)$")
_STEP = re.compile(r"[│|] {2,3}| {3,4}")
_FIELD_MARK = re.compile(r"\s*[｜|]\s*")
_LABELLED = re.compile(r"^[\u4e00-\u9fff（）()]{2,16}\s*[：:]")
_MIN_NODES = 4


def tree_outlines(text: str) -> str:
    """``text`` with a tree's leaves written as record lines and its level nodes dropped (unchanged when fewer than
    four lines are a tree's nodes)."""
    if "─" not in text and "--" not in text:
        return text
    lines = text.splitlines()
    nodes = [_NODE.match(line) for line in lines]
    if sum(1 for n in nodes if n is not None) < _MIN_NODES:
        return text
    out: list[str] = []
    path: list[str] = []
    for line, node in zip(lines, nodes, strict=True):
        if node is None:
            out.append(line)
            path = []
            continue
        depth = len(_STEP.findall(node.group(1)))
        fields = _FIELD_MARK.split(node.group(2).strip())
        del path[depth:]
        if len(fields) == 1 and not _LABELLED.match(fields[0]):
            path += [""] * (depth - len(path)) + [fields[0]]
            continue  # a level's node: its name goes into the path of the leaves under it
        if _LABELLED.match(fields[0]):
            out.append("  ".join(fields))
            continue
        out.append("  ".join([*_levels(path), f"三级指标：{fields[0]}", *fields[1:]]))
    return "\n".join(out) + ("\n" if text.endswith("\n") else "")


def _levels(path: list[str]) -> list[str]:
    """The leaf's ancestors as level fields, when they read as levels (else none)."""
    named = [p for p in path if p]
    if len(named) >= 2 and is_level1(named[-2]) and is_level2(named[-1]):
        return [f"一级指标：{named[-2]}", f"二级指标：{named[-1]}"]
    if named and is_level2(named[-1]):
        return [f"二级指标：{named[-1]}"]
    if named and is_level1(named[-1]):
        return [f"一级指标：{named[-1]}"]
    return []
