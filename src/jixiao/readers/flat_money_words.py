"""A money block's header run together out of words the cutter has no cut word for
("年初预算调整预算决算支出执行率", the cells "年初预算 | 调整预算 | 决算支出 | 执行率" of a viewer's text layer): cut
into the column words of the lexicon's money columns, so that the money reader finds its header; or, after the label
column's head, into whole heads only ("项目年初预算数全年预算数全年支出数预算执行率", "支出类别年初预算调整后预算
决算数执行率")."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from jixiao.lexicon import lexicon
from jixiao.readers.extract.table_columns import money_role

_SHORT = re.compile(r"[^\d\s，。；;,、:：]{8,40}")  # a header line: no figure, no sentence mark
_WORD = (2, 6)  # characters of one column word, fewest and most
_BUDGETS = frozenset({"initial", "adjusted"})
_MOST_CUTS = 50  # cuts a line may give before it is no header (a line of the few words: far fewer)


@lru_cache(maxsize=1024)
def money_words(text: str) -> list[str] | None:
    """``text`` cut into money column words (each a column of the lexicon's money_columns, none twice), a budget's
    and the executed amount's among them, three words at least; the cut into the most words, the most even of those (the
    columns are the same: only the cut of a word's last characters may differ); None when the line is no such
    header or two cuts give other columns."""
    if not _SHORT.fullmatch(text):
        return None
    cuts: list[list[str]] = []

    def walk(at: int, taken: list[str], roles: list[str]) -> None:
        if len(cuts) >= _MOST_CUTS:
            return
        if at == len(text):
            cuts.append(taken)
            return
        for end in range(at + _WORD[0], min(len(text), at + _WORD[1]) + 1):
            role = money_role(text[at:end])
            # (a word whose first character another word could end on is none: "数全年预算" is 全年预算's)
            if role is not None and role not in roles and money_role(text[at + 1:end]) != role:
                walk(end, [*taken, text[at:end]], [*roles, role])

    walk(0, [], [])
    if not cuts or len(cuts) >= _MOST_CUTS:
        return None
    most = max(map(len, cuts))
    best = [cut for cut in cuts if len(cut) == most]
    kinds = {tuple(money_role(word) for word in cut) for cut in best}
    if most < 3 or len(kinds) > 1:
        return None
    roles = set(next(iter(kinds)))
    even = min(best, key=lambda cut: sum(len(word) ** 2 for word in cut))
    return even if "executed" in roles and roles & _BUDGETS else None


# the label column's head before the money heads: 项目, 支出类别, 资金构成, 单位名称, 预算科目, 资金来源 …
_LABEL_HEAD = re.compile(r"[\u4e00-\u9fff]{0,4}(?:项目|科目|类别|分类|构成|名称|来源|单位)")
_MOST_WHOLE_CUTS = 2  # cuts looked for: one more than the one that is taken


@cache
def _whole_heads() -> frozenset[str]:
    """The money columns' heads as forms write them whole (lexicon cell_words and money_head_words with a money
    column's role)."""
    words = {*lexicon()["cell_words"], *lexicon()["money_head_words"]}
    return frozenset(word for word in words if money_role(word) is not None)


def _whole_cuts(text: str) -> list[list[str]]:
    """The cuts of ``text`` into whole money heads (two at most: enough to tell one from several)."""
    heads = _whole_heads()
    longest = max(map(len, heads))
    cuts: list[list[str]] = []

    def walk(at: int, taken: list[str]) -> None:
        if at == len(text):
            cuts.append(taken)
            return
        for end in range(at + 2, min(len(text), at + longest) + 1):
            if len(cuts) < _MOST_WHOLE_CUTS and text[at:end] in heads:
                walk(end, [*taken, text[at:end]])

    walk(0, [])
    return cuts


@lru_cache(maxsize=1024)
def whole_money_heads(text: str) -> list[str] | None:
    """``text`` cut into the label column's head (maybe none) and money heads each whole a head of the lexicon
    (:func:`_whole_heads`), three at least, a budget's and the executed amount's among them, no column but 追加 /
    调减 twice: the one cut that does so ("项目 | 年初预算数 | 全年预算数 | 全年支出数 | 预算执行率"); None when no
    cut or several do (the lexicon's column patterns find their words inside a run — "年初预算数全年" is a budget to
    them — so only whole heads tell where one ends)."""
    if not _SHORT.fullmatch(text):
        return None
    found: list[list[str]] = []
    for label in range(0, min(len(text), 7)):
        if label and (not _LABEL_HEAD.fullmatch(text[:label]) or money_role(text[:label]) is not None):
            continue
        found += [[text[:label], *cut] if label else cut for cut in _whole_cuts(text[label:])]
        if len(found) > 1:
            return None
    if len(found) != 1:
        return None
    cut = found[0]
    roles = [money_role(word) for word in cut[1 if money_role(cut[0]) is None else 0:]]
    columns = [role for role in roles if role != "change"]
    if len(roles) < 3 or len(set(columns)) != len(columns) or "executed" not in roles or not _BUDGETS & set(roles):
        return None
    return cut


_RUN_ROLES = frozenset({"initial", "adjusted", "executed", "rate", "change"})  # heads a cut cell may hold
_RUN_CELL = 16  # characters of such a cell at most (a few heads)


def split_money_heads(cells: list[str]) -> list[str]:
    """A money header the cutter cut short of its last words ("单位名称 | 年初预算数 | 调整后预算数 | 决算数执行率"):
    each cell that is two or more whole amount or rate heads (:func:`_whole_cuts`, one cut only) cut into them, when
    another cell of the line is a budget's head; the cells as they were otherwise."""
    if not any(money_role(cell) in _BUDGETS for cell in cells):
        return cells
    out: list[str] = []
    for cell in cells:
        cuts = _whole_cuts(cell) if cell not in _whole_heads() and len(cell) <= _RUN_CELL else []
        whole = len(cuts) == 1 and len(cuts[0]) > 1 and all(money_role(word) in _RUN_ROLES for word in cuts[0])
        out += cuts[0] if whole else [cell]
    return out
