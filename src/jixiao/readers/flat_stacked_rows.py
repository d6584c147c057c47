"""An indicator block that gives each indicator two rows — its target, then its actual — told apart by a kind column
(类别: 年度目标 / 实际完成), flattened: the second row keeps only its kind and its value, the other cells being merged
over the pair::

    一级指标 | 二级指标 | 三级指标 | 类别 | 指标值 | 分值 | 得分 | 偏差原因
    产出指标 | 数量指标 | 接种剂次 | 年度目标 | ≥12万剂次 | 10 | 10
    实际完成 | 12.6万剂次

Each pair is read as the table's two rows (the actual's value under the 指标值 column), as the Word table gives
them; :func:`jixiao.readers.extract.stacked_pairs.unstacked` puts them side by side.
"""

from __future__ import annotations

from collections.abc import Sequence

from jixiao.readers.cells import Kind, fit, kind
from jixiao.readers.extract.stacked_pairs import ACTUAL_KIND, TARGET_KIND
from jixiao.readers.flat_table_cells import FlatTable, is_total
from jixiao.readers.flat_token import Token
from jixiao.readers.textnorm import compact

_MIN_PAIRS = 2
_LEADS = ("level1", "level2", "name")


def stacked_rows(tokens: Sequence[Token], start: int, cols: list[str], out: FlatTable) -> int | None:
    """The pairs after a header whose columns hold the kind column (``stack_kind``): put in ``out`` two rows each,
    and the index of the first token after them; None (nothing put) when fewer than two pairs read so."""
    at = cols.index("stack_kind")
    after = cols[at + 1:]
    if "target" not in after or cols[:at] != [c for c in _LEADS if c in cols[:at]] or "name" not in cols[:at]:
        return None
    rows: list[tuple[list[str], list[int | None]]] = []
    i, last = start, start
    while True:
        pair = _pair(tokens, i, cols, at, after)
        if pair is None:
            break
        first, second, i = pair
        rows += [first, second]
        last = i
    if len(rows) < 2 * _MIN_PAIRS:
        return None
    for cells, lines in rows:
        out.add(cells, lines)
    out.used.update(range(start, last))
    return last


def _pair(tokens: Sequence[Token], i: int, cols: list[str], at: int, after: list[str]
          ) -> tuple[tuple[list[str], list[int | None]], tuple[list[str], list[int | None]], int] | None:
    """One indicator's two rows from token ``i`` on, and the token after them; None where no pair opens."""
    cells: list[int] = []  # token indexes of the non-empty cells, up to the actual's kind cell
    k = i
    while k < len(tokens) and len(cells) < len(cols) + 1:
        text = tokens[k].text
        if text:
            if is_total(text):
                return None
            cells.append(k)
            if ACTUAL_KIND.match(compact(text.split(None, 1)[0])):
                break
        k += 1
    else:
        return None
    kinds = [n for n, c in enumerate(cells) if TARGET_KIND.match(compact(tokens[c].text))]
    if len(kinds) != 1 or not 1 <= kinds[0] <= at:
        return None
    lead, values = cells[: kinds[0]], cells[kinds[0] + 1: -1]
    leads = _placed_leads([tokens[c].text for c in lead], cols[:at])
    if leads is None or not len(after) - 1 <= len(values) <= len(after):
        return None
    if any(fit(role, tokens[c].text) is None for role, c in zip(after, values, strict=False)):
        return None
    # the actual's value: the next cell, or the rest of the kind's cell ("实际完成 12.6万剂次", a spaced line of two)
    label, _, rest = tokens[k].text.partition(" ")
    value = k if rest.strip() else next((n for n in range(k + 1, len(tokens)) if tokens[n].text), None)
    actual = rest.strip() or (tokens[value].text if value is not None else "")
    if value is None or kind(actual) in (Kind.EMPTY, Kind.LEVEL1, Kind.LEVEL2) or fit("actual", actual) is None:
        return None
    width = len(cols)
    first = [""] * width
    first_lines: list[int | None] = [None] * width
    for role, c in zip(leads, lead, strict=True):
        first[cols.index(role)], first_lines[cols.index(role)] = tokens[c].text, tokens[c].line
    first[at], first_lines[at] = tokens[cells[kinds[0]]].text, tokens[cells[kinds[0]]].line
    for role, c in zip(after, values, strict=False):
        first[cols.index(role)], first_lines[cols.index(role)] = tokens[c].text, tokens[c].line
    second = [""] * width
    second_lines: list[int | None] = [None] * width
    target = cols.index("target")
    second[at], second_lines[at] = label.strip(), tokens[k].line
    second[target], second_lines[target] = actual, tokens[value].line
    return (first, first_lines), (second, second_lines), value + 1


def _placed_leads(texts: list[str], leads: list[str]) -> list[str] | None:
    """The columns of a pair's first cells (its levels merged over from a row above are left out): the last is the
    name, the cells before it levels ("满意度指标" reads as either level: two level cells are the 一级 and the 二级);
    None when they do not fit."""
    levels = [kind(text) for text in texts[:-1]]
    if not texts or len(texts) > len(leads) or any(k not in (Kind.LEVEL1, Kind.LEVEL2) for k in levels):
        return None
    if len(levels) == 2:
        return ["level1", "level2", "name"]
    if len(levels) == 1:
        role = "level1" if levels[0] is Kind.LEVEL1 or "level2" not in leads else "level2"
        return [role, "name"] if role in leads else None
    return ["name"]
