"""An indicator block's total row (总分 | 100 | 96 | 优): the full mark, the stated total and the grade."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import combinations

from jixiao.readers.cells import Kind, kind, splits
from jixiao.readers.flat_table_cells import FlatTable
from jixiao.readers.flat_token import Token
from jixiao.readers.textnorm import match_text

_POINTS = re.compile(r"\s*\d{1,3}(?:\.\d{1,2})?\s*分\s*")


def total_row(tokens: Sequence[Token], i: int, cols: list[str], out: FlatTable) -> int:
    """总分 | 100 | 96 | 优: the full mark in the weight column, the total in the score column."""
    j = i + 1
    numbers: list[int] = []
    grade: int | None = None
    while j < len(tokens) and len(numbers) + (grade is not None) < 4 and j < i + 12:
        cell = kind(tokens[j].text)
        if cell in (Kind.NUMBER, Kind.FUSED) or _POINTS.fullmatch(tokens[j].text):  # 总分 | 100分
            numbers.append(j)
        elif cell is Kind.GRADE:
            grade = j
        elif cell not in (Kind.EMPTY, Kind.SLASH):
            break
        j += 1
    cells = [""] * len(cols)
    lines: list[int | None] = [None] * len(cols)
    cells[0], lines[0] = tokens[i].text, tokens[i].line
    guessed: list[int] = []
    weight_col = cols.index("weight") if "weight" in cols else None
    score_col = cols.index("score") if "score" in cols else None
    weights = sum(_cell_number(row, weight_col) for row in out.rows[1:])
    scores = sum(_cell_number(row, score_col) for row in out.rows[1:])
    if len(numbers) >= 3 and {"level1_weight", "level2_weight"} & set(cols):
        numbers = numbers[-2:]  # 合计 | 100 | … | 100 | 96.5: the levels' weights first, then the full mark and total
    texts = [tokens[at].text for at in numbers]
    if len(texts) == 1 and weight_col is not None and (kind(texts[0]) is Kind.FUSED or (_number(texts[0]) or 0) > 100):
        split = _full_mark_and_total(texts[0], weights, scores)
        if split is not None:
            texts, numbers = list(split), numbers * 2
            guessed.extend([weight_col, score_col] if score_col is not None else [weight_col])
    points = sorted(cols.index(role) for role in ("weight", "deduction", "score") if role in cols)
    placed = None if guessed or "coefficient" not in cols else placed_by_fit(texts, cols)
    if placed is not None:  # 合计 | 100 | 0.879 | 87.9 under 分值 | 得分率 | 得分: each where it fits
        for col, k in placed.items():
            cells[col], lines[col] = texts[k], tokens[numbers[k]].line
    elif not guessed and len(points) == 3 and len(texts) == 3:  # 合计 | 100 | 10.4 | 89.6: each under its column
        for col, text, at in zip(points, texts, numbers, strict=True):
            cells[col], lines[col] = text, tokens[at].line
    elif len(texts) >= 2 and weight_col is not None and score_col is not None:
        # 得分 | 满分: the first number written is the score (a fused "10097.25" is split as full mark, total)
        left, right = (weight_col, score_col) if guessed else sorted((weight_col, score_col))
        for col, text, at in ((left, texts[0], numbers[0]), (right, texts[1], numbers[1])):
            cells[col], lines[col] = text, tokens[at].line
    elif len(texts) >= 2 and weight_col is not None and "deduction" in cols:  # 合计 | 100 | 3.26: 分值 and 扣分
        for col, text, at in ((weight_col, texts[0], numbers[0]), (cols.index("deduction"), texts[1], numbers[1])):
            cells[col], lines[col] = text, tokens[at].line
    elif len(texts) == 1 and score_col is not None:
        at = numbers[0]
        full = weight_col is not None and _number(texts[0]) == weights == 100 and scores != weights
        col = weight_col if full and weight_col is not None else score_col
        cells[col], lines[col] = texts[0], tokens[at].line
        guessed.append(col)
    if grade is not None:
        col = len(cols) - 1 if len(cols) - 1 not in (weight_col, score_col) else 0
        cells[col] = (cells[col] + " " + tokens[grade].text).strip() if col == 0 else tokens[grade].text
        lines[col] = tokens[grade].line
    out.add(cells, lines, guessed)
    out.used.update(range(i, j))
    return j


def _number(text: str) -> float | None:
    try:
        return float(match_text(text).replace(",", "").rstrip("%"))
    except ValueError:
        return None


def _cell_number(row: list[str], col: int | None) -> float:
    value = _number(row[col]) if col is not None and col < len(row) else None
    return value or 0.0


def _full_mark_and_total(text: str, weights: float, scores: float) -> tuple[str, str] | None:
    """"10097.25" under 分值 and 得分: the full mark and the total run together."""
    best: tuple[float, tuple[str, str]] | None = None
    for first, second in splits(text, 2):
        full, total = _number(first), _number(second)
        if full is None or total is None or total > full or full not in (100.0, weights):
            continue
        distance = abs(total - scores)
        if best is None or distance < best[0]:
            best = (distance, (first, second))
    return best[1] if best else None


def placed_by_fit(texts: list[str], cols: list[str]) -> dict[int, int] | None:
    """The total row's figures under 分值 / 扣分 / 得分率 / 得分 by what each column can hold, in written order: a
    rate is 0–1 or a percentage, a score or a deduction no more than the full mark. Only the columns every fitting
    placement agrees on are placed (None: no placement fits)."""
    points = sorted(cols.index(role) for role in ("weight", "deduction", "coefficient", "score") if role in cols)
    fitting = [dict(zip(chosen, range(len(texts)), strict=True))
               for chosen in combinations(points, len(texts)) if _fits(texts, [cols[c] for c in chosen])]
    if not fitting:
        return None
    return {col: k for col, k in fitting[0].items() if all(other.get(col) == k for other in fitting[1:])}


def _fits(texts: list[str], roles: list[str]) -> bool:
    values = [_number(text) for text in texts]
    full = values[roles.index("weight")] if "weight" in roles else None
    for text, value, role in zip(texts, values, roles, strict=True):
        if value is None or value < 0:
            return False
        if role == "coefficient" and value > (100 if text.rstrip().endswith("%") else 1):
            return False
        if role in ("score", "deduction") and (text.rstrip().endswith("%") or value > (full or 100)):
            return False
    return True
