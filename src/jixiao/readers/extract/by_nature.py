"""The whole-unit form's budget by nature: "按收入性质分：1986.54" and "按支出性质分：1986.54" with their
items under them, often interleaved because the form prints the two breakdowns side by side
("其中：一般公共预算：1402.18 / 其中：基本支出：905.32 / 政府性基金拨款：136.50 / 项目支出：1081.22 …"),
on lines of their own or all on one line. An item is an expenditure when its name says so (…支出),
else an income. Amounts written without a unit take the form's (万元) and are marked as guesses."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from jixiao.numbers import WRITTEN_FIGURE, parse_money, to_wan
from jixiao.readers.extract.budget_figures import tidy
from jixiao.readers.extract.facts import Facts, ref
from jixiao.readers.extract.outline import Outline
from jixiao.readers.textnorm import match_text

_AMOUNT = rf"({WRITTEN_FIGURE})?\s*(万元|元|亿元)?"
_HEAD = re.compile(r"按(收入|支出)性质分\s*:?\s*" + _AMOUNT)
_HEAD_WORDS = re.compile(r"按(?:收入|支出)性质分")  # (every _HEAD opens so: the lines to try it on)
# "其中：一般公共预算：1402.18"; a viewer's cells run together lose the colons ("其中一般公共预算 2456.18 政府性基金拨款
# 项目支出 156.2"): then the name must end as a source's or a nature's does
_ITEM = re.compile(r"\s*(?:其中\s*:?\s*)?"
                   r"(?:([^:\d\s,;。]{2,30}?)\s*:|([^:\d\s,;。]{0,28}(?:预算|拨款|收入|支出|资金))\s)"
                   r"\s*" + _AMOUNT + r"\s*")
_EXPENSE = re.compile(r"支出$")
_WINDOW = 16  # lines after a head that may hold its items


def extract_by_nature(outline: Outline, facts: Facts) -> None:
    lines = outline.lines
    for line in outline.lines_with(_HEAD_WORDS):
        if _HEAD.search(line.norm) is None:
            continue
        # the head's line and the lines after it, as one run of text (a one-line form, or a cell a line)
        window = lines[line.position: line.position + _WINDOW]
        _scan(" ".join(w.norm for w in window), line.location, line.text, facts)
        return
    for _index, table in outline.tables:  # the form as a table: "按收入性质分：352.14" in one cell
        for r, row in enumerate(table.rows):
            if any(_HEAD.search(match_text(cell)) for cell in row):
                rows = table.rows[r: r + _WINDOW]
                text = " | ".join(match_text(cell) for cells in rows for cell in _distinct(cells))
                _scan(text, table.cell_location(r, 0), " ".join(_distinct(row)), facts)
                return


def _distinct(cells: list[str]) -> list[str]:
    """A row's cells with a merged cell's repeats dropped, label cells (no figure) too, but for the head's own
    ("按收入性质分" with its amount in the next cell)."""
    out: list[str] = []
    for cell in cells:
        if cell.strip() and (not out or out[-1] != cell) and (re.search(r"\d", cell) or _HEAD_WORDS.search(cell)):
            out.append(cell)
    return out


def _scan(text: str, location: str, quote: str, facts: Facts) -> None:
    items: dict[str, list[dict[str, Any]]] = {"income": [], "expenditure": []}
    guessed = False
    at = _HEAD.search(text).start()  # type: ignore[union-attr]
    while at < len(text):
        while at < len(text) and text[at] in " |":
            at += 1
        head = _HEAD.match(text, at)
        if head is not None:
            if head.group(2) is not None:
                side = "income" if head.group(1) == "收入" else "expenditure"
                amount, unstated = _amount(head.group(2), head.group(3))
                guessed = guessed or unstated
                facts.put(f"budget.{side}_total", amount, ref(location, head.group(0), guessed=unstated))
            at = head.end()
            continue
        item = _ITEM.match(text, at)
        if item is None:
            break
        at = item.end()
        if item.group(3) is None:
            continue  # a line of the form left empty
        name = (item.group(1) or item.group(2)).strip()
        amount, unstated = _amount(item.group(3), item.group(4))
        guessed = guessed or unstated
        items["expenditure" if _EXPENSE.search(name) else "income"].append({"name": name, "amount": amount})
    for side, found in items.items():
        if found:
            facts.put(f"budget.{side}_items", found, ref(location, quote, guessed=guessed))


def _amount(number: str, unit: str | None) -> tuple[Decimal, bool]:
    if unit:
        value, _written = parse_money(number + unit)
        return tidy(value), False
    return tidy(to_wan(Decimal(number.replace(",", "")), "万元")), True
