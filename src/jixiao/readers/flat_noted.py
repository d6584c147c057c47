"""A flattened score sheet with its scoring notes between the cells (评价内容 | 分值 | 自评分 | 复核分 |
评价标准及依据, as a PDF's text layer gives it): "决策依据 2 2 复核分 评价标准及依据 有项目年度工作计划…计
2 分,没有不得分。 1、单位财务管理制度 1 分; 财务制度 3 3 …".

The notes hold figures too ("1 分;", "扣 0.5 分"), so the stream cannot be cut into rows by position. A
row is read by its content only: a short name followed by two bare figures, the weight and the score
(the score no more than the weight), the figure after them not a note's "分". Everything else is a note
and is left out. The columns are a guess (the header's order, 分值 before 自评分): every cell is marked
guessed. A sheet is taken for one only when its notes show it (two scoring rules, …不得分 / …扣…).

The level cells come between the rows with their weight ("项目决策 2 分 决策依据 2 2 …", "组织机构 项目管理 13 分 2 2":
the text layer prints a merged cell where its middle falls, even inside a row). A level is given to the run of
rows next to it whose weights add up to its own, when exactly one run does (guessed, like every cell here); the
level is written with its weight as a level cell usually is ("项目管理(13分)"), so the block's weight is read too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from jixiao.lexicon import pattern
from jixiao.readers.flat_token import Token
from jixiao.readers.flat_words import is_form_word
from jixiao.readers.textnorm import compact

_RULE = re.compile(r"不得分|扣\s*\d|扣完|缺一项扣|不规范扣|逾期扣")
_NAME = re.compile(r"[\u4e00-\u9fff]{2,12}")
_FIGURE = re.compile(r"\d{1,3}(?:\.\d{1,2})?")
_MIN_RULES = 2
_NOTE_SPAN = 5  # tokens from a row's weight to its score printed inside the row's note, at most
_RULE_PART = re.compile(r"分|扣|没|负责|不得")  # a scoring note's words, or its first fragment
_NOTE_ITEM = re.compile(r"\d{1,2}、")  # a scoring note's next numbered item ("2、绩效目标规范…")
_Level = tuple[int, str, Decimal, int]  # a level cell: (rows before it, name, weight, source line)


def noted_rows(tokens: Sequence[Token], start: int, end: int,
               roles: list[str]) -> tuple[list[tuple[list[str], list[int | None], range]], bool] | None:
    """The rows of ``tokens[start:end]`` (cells and their source lines, aligned with ``roles``, and the
    tokens the row was read from) when they are a score sheet with its scoring notes between the
    cells, and whether each row starts with a level cell the header does not name; None otherwise."""
    if not {"name", "weight", "score"} <= set(roles):
        return None
    if sum(1 for t in tokens[start:end] if _RULE.search(t.text)) < _MIN_RULES:
        return None
    rows: list[tuple[list[str], list[int | None], range]] = []
    weights: list[Decimal] = []
    levels: list[_Level] = []
    i = start
    while i + 2 < end:
        level = _level(tokens, i, end)
        if level is not None:
            levels.append((len(rows), tokens[i].text.strip(), level, tokens[i].line))
            i += 3
            continue
        name = tokens[i].text.strip()
        inside = _level(tokens, i + 1, end)  # "组织机构 项目管理 13 分 2 2": the level inside the row
        at = i + 4 if inside is not None else i + 1
        weight = tokens[at].text.strip() if at < end else ""
        scored = _score_at(tokens, at, end) if _FIGURE.fullmatch(weight) else None
        if _NAME.fullmatch(name) and not name.endswith("分") and not is_form_word(name) and scored is not None:
            if inside is not None:
                levels.append((len(rows) + 1, tokens[i + 1].text.strip(), inside, tokens[i + 1].line))
            cells = {"name": name, "weight": weight, "score": tokens[scored].text.strip()}
            lines = {"name": tokens[i].line, "weight": tokens[at].line, "score": tokens[scored].line}
            rows.append(([cells.get(r, "") for r in roles], [lines.get(r) for r in roles], range(i, at + 2)))
            weights.append(Decimal(weight))
            i = scored + 1
            continue
        i += 1
    if not rows:
        return None
    given = _levels_of(weights, levels)
    if given is None or "level1" in roles:
        return rows, False
    return [([name, *cells], [line, *at], span) for (cells, at, span), (name, line) in zip(rows, given, strict=True)], \
        True


def _score_at(tokens: Sequence[Token], at: int, end: int) -> int | None:
    """Where the score of the row whose weight is ``tokens[at]`` is: right after the weight, or — when the text
    layer printed the score cell where its middle falls, inside the row's own note ("专人管理 1 有专人负责绩效 1 分。
    没 1 有不得分") — the first bare figure a few notes on that no "分" follows and the note goes on after (its rule,
    or its next numbered item: not a row's next cell); None when neither is a score (a bare figure, no more than
    the weight)."""
    for k in range(at + 1, min(at + 1 + _NOTE_SPAN, end)):
        text = tokens[k].text.strip()
        after = tokens[k + 1].text.lstrip() if k + 1 < end else ""
        if _FIGURE.fullmatch(text) and not after.startswith("分"):
            inside_note = k > at + 1 and not (_RULE.search(after) or _NOTE_ITEM.match(after))
            return None if inside_note or Decimal(text) > Decimal(tokens[at].text.strip()) else k
        if k == at + 1 and not _RULE_PART.search(text + after):  # no note follows the weight: no score
            return None
    return None


def _level(tokens: Sequence[Token], i: int, end: int) -> Decimal | None:
    """The weight of a level cell printed as "项目决策" / "2" / "分" at ``i``, or None."""
    if i + 2 >= end or tokens[i + 2].text.strip() != "分" or not _FIGURE.fullmatch(tokens[i + 1].text.strip()):
        return None
    if not pattern("levels.level1").match(compact(tokens[i].text)):
        return None
    return Decimal(tokens[i + 1].text.strip())


def _levels_of(weights: list[Decimal], levels: list[_Level]) -> list[tuple[str, int | None]] | None:
    """Each row's level: for each level in order, the one run of rows after the previous level's that holds
    the row beside the level (before or after it) and whose weights add up to the level's; None unless
    every level finds one run and every row gets a level."""
    if not levels:
        return None
    given: list[tuple[str, int | None]] = [("", None)] * len(weights)
    taken = 0
    for before, name, weight, line in levels:
        runs = [(a, b) for a in range(taken, min(before, len(weights) - 1) + 1)
                for b in range(max(a, before - 1), len(weights))
                if sum(weights[a: b + 1], Decimal(0)) == weight]
        if len(runs) != 1:
            return None
        a, b = runs[0]
        given[a: b + 1] = [(f"{name}({weight}分)", line)] * (b - a + 1)  # the level cell with its block's weight
        taken = b + 1
    return given if taken == len(weights) else None
