"""The run-together header of a fused indicator form ("…二级指标三级指标年度指标值全年完成值分值得分…"): the words
before and after its "二级指标三级指标" mark and each word's role by the lexicon (:mod:`.fused_forms` reads the
form)."""

from __future__ import annotations

from dataclasses import dataclass

from jixiao.readers.flat_words import column_role, form_words
from jixiao.readers.fused_blocks import block_head

HEADER_KEY = "二级指标三级指标"  # the run-together header's mark: a quick test before any other work
_ROW_ROLES = ("level2", "name", "target", "actual", "weight", "score")  # the order the split reads
_PLAIN_ROLES = _ROW_ROLES[:4]  # a form with no 分值 / 得分 columns: its rows end at their target and actual


@dataclass(frozen=True)
class _Header:
    start: int  # where the header's first word starts on its line
    end: int  # where the rows start
    roles: tuple[str, ...]


def header_start(line: str) -> int | None:
    """Where the run-together header around "二级指标三级指标" starts: with the words before it."""
    found = _header_before(line)
    return found[0] if found is not None else None


def _header_before(line: str) -> tuple[int, list[str]] | None:
    """The words before "二级指标三级指标" (一级 column, block weight): where they start, and their roles."""
    at = line.find(HEADER_KEY)
    if at < 0:
        return None
    before: list[str] = []
    start = at
    while len(before) < 2:  # 分解目标 | 自评权重 (or 一级指标 | 分值) before the 二级 column
        word = word_ending(line, start)
        role = column_role(word) if word else None
        if word is None or role not in ("level1", "weight") or (role == "weight" and before):
            break
        before.insert(0, "level1_weight" if role == "weight" else "level1")
        start -= len(word)
    return (start, before) if before != ["level1_weight"] else None


def header_of(line: str) -> _Header | None:
    """The run-together header around "二级指标三级指标": the words before it (一级 column, block weight) and after it
    (target, actual, weight, score, deviation), each word's role by the lexicon; None unless the roles after the
    name come in the order the split reads."""
    found = _header_before(line)
    if found is None:
        return None
    start, before = found
    roles = [*before, "level2", "name"]
    end = line.find(HEADER_KEY) + len(HEADER_KEY)
    words = form_words()
    while (word := words.match(line, end)) is not None and word.end() > end:
        role = column_role(word.group(0))
        if role is None:
            break
        roles.append(role)
        end = word.end()
    row_roles = tuple(r for r in roles if r in _ROW_ROLES)
    head = block_head(line, end, "level1_weight" in roles)
    tail = line[end: head[0]] if head is not None else ""
    if 0 < len(tail) <= 12 and column_role(tail) == "deviation":  # 偏差及原因分析: a cell word of no list
        roles.append("deviation")
        end = head[0] if head is not None else end
    plain = row_roles == _PLAIN_ROLES and "level1_weight" not in roles
    if (row_roles != _ROW_ROLES and not plain) or len(roles) != len(set(roles)) \
            or (roles[-1] not in ("score", "deviation", "actual")) or (roles[-1] == "actual" and not plain) \
            or head is None or head[0] != end:
        return None
    return _Header(start, end, tuple(roles))


def word_ending(line: str, end: int) -> str | None:
    """The longest form word (lexicon cell_words) that ends at ``end``."""
    for length in range(min(end, 8), 1, -1):
        word = line[end - length: end]
        if form_words().fullmatch(word):
            return word
    return None
