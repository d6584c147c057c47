"""An indicator table on its side whose cells ran together, each row label with its cells on one line, as a viewer's
text layer gives it ("三级指标某某完成数某某合格率" / "权重（分）3030" / "年度目标≥12项≥98%" / "实际完成12项97%" /
"自评得分3028"). The rows cut where the text marks it (a comparison sign, a unit, a %) fix how many indicators
there are; the names are cut at the words a name ends on and the weights and scores into as many figures, each
only where one cut alone fits (score within weight), and every cell so cut is a guess. The table is then the
one :mod:`.flat_side_tables` gives, turned upright by the indicator reader."""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal
from functools import cache
from itertools import islice, pairwise, product

from jixiao.lexicon import lexicon
from jixiao.readers.cells import splits
from jixiao.readers.extract.table_columns import indicator_headers
from jixiao.readers.flat_side_tables import LABEL_CHARS, MOST_ACROSS, row_label
from jixiao.readers.flat_table_cells import FlatTable
from jixiao.readers.flat_token import Token, token_lines
from jixiao.readers.flat_value_runs import MOST_POINTS, POINT_FIGURE, cells_between
from jixiao.readers.flat_words import is_form_word
from jixiao.readers.textnorm import compact

_SHORTEST_NAME = 3  # characters of a name cut from the run at least
_POINTS = ("weight", "score")
_FIGURES = re.compile(r"[\d.]+")


@cache
def _name_end() -> re.Pattern[str]:
    return re.compile("(?:" + lexicon()["fused_name_ends"] + ")")


def _labelled(text: str) -> tuple[str, str] | None:
    """The row label ``text`` opens on and what follows it, or None: the words before its first figure or sign
    ("权重（分）" | "1010", "年度目标" | "≥12项≥98%"), or, on a line of words (the names), the longest of the
    form's words it opens on ("三级指标" | "某某完成数…")."""
    if _SAID.search(text, 0, LABEL_CHARS + 1):  # "三级指标：某某里程": a record's label and value, not run together
        return None
    value = _VALUE_START.search(text)
    if value is not None:
        return (text[:value.start()], text[value.start():]) \
            if 2 <= value.start() <= LABEL_CHARS and row_label(text[:value.start()]) is not None else None
    return next(((text[:k], text[k:]) for k in range(min(LABEL_CHARS, len(text) - 1), 1, -1)
                 if is_form_word(text[:k]) and row_label(text[:k]) is not None), None)


_VALUE_START = re.compile(r"[\d≥≤><=＝%.-]")
_SAID = re.compile(r"[:：]")


def _names(run: str, count: int) -> list[str] | None:
    """``run`` cut into ``count`` names, each ending on a word a name ends on, when exactly so many such ends stand
    at least a name's length apart; None otherwise."""
    if count == 1:
        return [run]
    ends = [m.end() for m in _name_end().finditer(run) if _SHORTEST_NAME <= m.end() <= len(run) - _SHORTEST_NAME]
    if len(ends) != count - 1 or _name_end().search(run[-2:]) is None:
        return None
    cuts = [0, *ends, len(run)]
    if any(b - a < _SHORTEST_NAME for a, b in pairwise(cuts)):
        return None
    return [run[a:b] for a, b in pairwise(cuts)]


def _figures(run: str, count: int) -> list[tuple[str, ...]]:
    """Every cut of ``run`` into ``count`` weights or scores (no leading zero, a row's points at most)."""
    if count == 1:
        return [(run,)] if POINT_FIGURE.fullmatch(run) else []
    return [split for split in splits(run, count)
            if all(POINT_FIGURE.fullmatch(piece) and Decimal(piece) <= MOST_POINTS for piece in split)]


def _points(runs: dict[str, str], count: int) -> dict[str, tuple[str, ...]] | None:
    """The weights and scores of ``runs`` (by role), cut into ``count`` figures each: the one reading whose weights
    add up to a form's points at most and whose every score is within its weight; None when none or several fit."""
    weights = [s for s in _figures(runs["weight"], count) if sum(map(Decimal, s)) <= MOST_POINTS] \
        if "weight" in runs else [()]
    scores = _figures(runs["score"], count) if "score" in runs else [()]
    fitting = [(w, s) for w, s in product(weights, scores)
               if not w or not s or all(Decimal(b) <= Decimal(a) for a, b in zip(w, s, strict=True))]
    if len(fitting) != 1:
        return None
    weight, score = fitting[0]
    return {role: cut for role, cut in (("weight", weight), ("score", score)) if cut}


_MOST_ROWS = 7  # a table's rows at most


def _fits(labels: list[str]) -> bool:
    """Whether rows so labelled are an indicator table's: three rows or more, one of names, a weight or a score row,
    no label twice."""
    if len(labels) < 3 or len(set(map(compact, labels))) < len(labels) \
            or [row_label(label) for label in labels].count("name") != 1:
        return False
    found = indicator_headers(labels)
    return bool(found) and "name" in found[0] and len(found[0]) >= 3 and bool(set(_POINTS) & set(found[0]))


def _heads(tokens: Sequence[Token], i: int) -> list[str]:
    """The labels of the lines from ``tokens[i]``'s on, read from each line's first characters, up to the first line
    that opens on none or on a label alone: the rows :func:`fused_side_table` reads are a leading run of these, with
    the same labels (a line whose whole text opens on a label and more opens so in its first characters)."""
    heads: list[str] = []
    k = i
    while k < len(tokens) and len(heads) < _MOST_ROWS:
        labelled = _labelled(_opening(tokens, k))
        if labelled is None or not labelled[1]:
            break
        heads.append(labelled[0])
        k = _line_end(tokens, k)
    return heads


def _line_end(tokens: Sequence[Token], k: int) -> int:
    """The index after the last token of ``tokens[k]``'s line, in steps that double then halve (a line's tokens stand
    together and the lines in order): a long line is not walked token by token from each of its tokens."""
    line, low, step = tokens[k].line, k, 1
    while low + step < len(tokens) and tokens[low + step].line == line:
        low, step = low + step, step * 2
    high = min(low + step, len(tokens))  # tokens[low] on the line; tokens[high], when there is one, past it
    while high - low > 1:
        middle = (low + high) // 2
        low, high = (middle, high) if tokens[middle].line == line else (low, middle)
    return high


def _opening(tokens: Sequence[Token], i: int) -> str:
    """The first characters of the text of ``tokens[i]``'s line from it on (:func:`.token_lines`' first text), as
    many as :func:`_labelled` reads when it gives a label: a row label's and one more."""
    parts: list[str] = []
    size, k = 0, i
    while k < len(tokens) and tokens[k].line == tokens[i].line and size <= LABEL_CHARS:
        parts.append(tokens[k].text.strip())
        size += len(parts[-1])
        k += 1
    return "".join(parts)[:LABEL_CHARS + 1]


def fused_side_table(tokens: Sequence[Token], i: int) -> tuple[FlatTable, int] | None:
    """The side-on table opening at ``tokens[i]`` with its cells run together, and the index after it; None when
    its rows do not cut into as many cells each."""
    opening = _labelled(_opening(tokens, i))  # (the line's first characters decide its label: not the whole line
    if opening is None or row_label(opening[0]) != "name":  # joined from each token, n² steps on a long line)
        return None
    heads = _heads(tokens, i)  # (asked of the lines' labels before they are joined: "三级指标" × n on a line was n²)
    if not any(_fits(heads[:r]) for r in range(3, len(heads) + 1)):
        return None
    lines = islice(token_lines(tokens, i), _MOST_ROWS)
    first = next(lines, None)
    head = _labelled(first[2]) if first is not None else None
    if first is None or head is None or row_label(head[0]) != "name" or not head[1]:
        return None
    rows: list[tuple[int, int, str, str]] = [(first[0], first[1], *head)]
    for start, end, text in lines:
        labelled = _labelled(text)
        if labelled is None or not labelled[1]:
            break
        rows.append((start, end, *labelled))
    labels = [row[2] for row in rows]
    roles = [row_label(label) for label in labels]
    if not _fits(labels):
        return None
    cut = {r: cells_between(rows[r][3]) for r, role in enumerate(roles) if role not in ("name", *_POINTS)}
    counts = {len(cells) for cells in cut.values()}
    if len(counts) != 1 or not 1 <= (count := counts.pop()) <= MOST_ACROSS:
        return None
    runs = {role: rows[r][3] for r, role in enumerate(roles) if role in _POINTS}
    if any(not _FIGURES.fullmatch(run) for run in runs.values()):
        return None
    points = _points(runs, count) if runs else {}
    names = _names(rows[0][3], count)
    if points is None or names is None:
        return None
    table = FlatTable()
    for r, (start, _, label, _) in enumerate(rows):
        role = roles[r]
        cells = names if role == "name" else points[role] if role in points else cut[r]
        line = tokens[start].line
        table.add([label, *cells], [line] * (count + 1), guessed=range(1, count + 1) if count > 1 else ())
    table.used.update(range(i, rows[-1][1]))
    return table, rows[-1][1]
