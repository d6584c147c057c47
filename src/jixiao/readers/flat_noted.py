"""A flattened score sheet with its scoring notes between the cells (评价内容 | 分值 | 自评分 | 复核分 |
评价标准及依据, as a PDF's text layer gives it): "决策依据 2 2 复核分 评价标准及依据 有项目年度工作计划…计
2 分,没有不得分。 1、单位财务管理制度 1 分; 财务制度 3 3 …".

The notes hold figures too ("1 分;", "扣 0.5 分"), so the stream cannot be cut into rows by position. A
row is read by its content only: a short name followed by two bare figures, the weight and the score
(the score no more than the weight), the figure after them not a note's "分". Everything else is a note
and is left out. The columns are a guess (the header's order, 分值 before 自评分): every cell is marked
guessed. A sheet is taken for one only when its notes show it (two scoring rules, …不得分 / …扣…).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from jixiao.readers.flat_tokens import Token, is_form_word

_RULE = re.compile(r"不得分|扣\s*\d|扣完|缺一项扣|不规范扣|逾期扣")
_NAME = re.compile(r"[\u4e00-\u9fff]{2,12}")
_FIGURE = re.compile(r"\d{1,3}(?:\.\d{1,2})?")
_MIN_RULES = 2


def noted_rows(tokens: Sequence[Token], start: int, end: int,
               roles: list[str]) -> list[tuple[list[str], list[int | None], int]] | None:
    """The rows of ``tokens[start:end]`` (cells and their source lines, aligned with ``roles``, and the
    index of the row's first token) when they are a score sheet with its scoring notes between the
    cells; None otherwise."""
    if not {"name", "weight", "score"} <= set(roles):
        return None
    if sum(1 for t in tokens[start:end] if _RULE.search(t.text)) < _MIN_RULES:
        return None
    rows: list[tuple[list[str], list[int | None], int]] = []
    i = start
    while i + 2 < end:
        name, weight, score = (tokens[i + k].text.strip() for k in range(3))
        after = tokens[i + 3].text.lstrip() if i + 3 < end else ""
        if (_NAME.fullmatch(name) and not name.endswith("分") and not is_form_word(name)
                and _FIGURE.fullmatch(weight) and _FIGURE.fullmatch(score)
                and Decimal(score) <= Decimal(weight) and not after.startswith("分")):
            cells = {"name": name, "weight": weight, "score": score}
            lines = {"name": tokens[i].line, "weight": tokens[i + 1].line, "score": tokens[i + 2].line}
            rows.append(([cells.get(r, "") for r in roles], [lines.get(r) for r in roles], i))
            i += 3
            continue
        i += 1
    return rows or None
