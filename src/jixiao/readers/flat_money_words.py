"""A money block's header run together out of words the cutter has no cut word for
("年初预算调整预算决算支出执行率", the cells "年初预算 | 调整预算 | 决算支出 | 执行率" of a viewer's text layer): cut
into the column words of the lexicon's money columns, so that the money reader finds its header."""

from __future__ import annotations

import re
from functools import lru_cache

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
