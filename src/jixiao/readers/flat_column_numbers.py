"""A money header whose columns carry circled numbers and formulas (年初部门预算安排金额① | 年中调整金额② | 小计③=①+② |
年度拨付金额 | 支出实现率(%)⑤=④/③ …, the Fujian 资金结构 block), copied as spaced text: a cell known by its number, and
a formula that wrapped onto a line of its own ("③=①+②") put back on the cell it numbers.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from jixiao.readers.flat_token import Token
from jixiao.readers.textnorm import match_text

_CIRCLED = "①-⑳"
_FORMULA = rf"[{_CIRCLED}]\s*=\s*[{_CIRCLED}](?:\s*[+\-−/×*÷]\s*[{_CIRCLED}])+"
# a header cell's words, then its number and maybe its formula: "年中调整金额②", "支出实现率(%)⑤=④/③"
_NUMBERED = re.compile(rf"[\u4e00-\u9fff]{{2}}.*?[\u4e00-\u9fff)）]\s*((?:{_FORMULA})|[{_CIRCLED}])")
_LONE_FORMULA = re.compile(_FORMULA)
_NOTE = re.compile(r"[(（][^()（）]{0,12}[)）]")  # "(含历年结余结转)", "(%)"
_SPAN = 16  # header cells back from a lone formula to the first of its line


def column_number(text: str) -> int | None:
    """The circled number a header cell ends on (1 for "年初部门预算安排金额①", 5 for "支出实现率(%)⑤=④/③"), else
    None."""
    if not any("①" <= c <= "⑳" for c in text[-12:]):  # (a cheap test: most cells hold none)
        return None
    found = _NUMBERED.fullmatch(match_text(text).strip())
    return ord(found.group(1)[0]) - ord("①") + 1 if found else None


def column_words(text: str) -> str:
    """A numbered header cell's words without its number, formula and bracketed notes ("资金结余率")."""
    found = _NUMBERED.fullmatch(match_text(text).strip())
    words = found.string[: found.start(1)] if found else text
    return _NOTE.sub("", words).strip()


def place_formulas(tokens: list[Token]) -> None:
    """A formula alone on its line under a numbered header ("③=①+②") joined to the cell it numbers: the cell with
    no number of its own at that place among the numbered cells of the line above (② at p, so ③ at p + 1, with the
    next numbered cell far enough on); the formula's token is emptied. Nothing is moved when the place is not one
    cell."""
    for i, token in enumerate(tokens):
        if i == 0 or "=" not in token.text or not _LONE_FORMULA.fullmatch(match_text(token.text).strip()):
            continue
        line = tokens[i - 1].line
        if line == token.line or (i + 1 < len(tokens) and tokens[i + 1].line == token.line):
            continue
        first = i - 1
        while first > max(0, i - _SPAN) and tokens[first - 1].line == line:
            first -= 1
        at = _place(tokens[first:i], ord(match_text(token.text).strip()[0]) - ord("①") + 1)
        if at is not None:
            cell = tokens[first + at]
            tokens[first + at] = replace(cell, text=cell.text + match_text(token.text).replace(" ", "").strip())
            tokens[i] = replace(token, text="", row_start=False)


def _place(cells: Sequence[Token], number: int) -> int | None:
    """The index among ``cells`` of the unnumbered cell that column ``number`` falls on, counted from the numbered
    cells before and after it (both must agree, and at least two cells of the line must be numbered)."""
    numbers = [column_number(c.text) for c in cells]
    if sum(n is not None for n in numbers) < 2 or number in numbers:
        return None
    before = max(((k, n) for k, n in enumerate(numbers) if n is not None and n < number), default=None)
    after = min(((k, n) for k, n in enumerate(numbers) if n is not None and n > number), default=None,
                key=lambda kn: kn[1])
    if before is None:
        return None
    at = before[0] + number - before[1]
    if at >= len(cells) or any(n is not None for n in numbers[before[0] + 1: at + 1]):
        return None
    if after is not None and after[0] - at < after[1] - number:
        return None
    return at
