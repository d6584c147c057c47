"""A project sheet's planned money and the money that arrived, side by side on lines of cells ending in " |" that no
table took: "计划安排资金(万元) | 300.00 | 实际到位资金(万元) | 280.00 |", then one line per level of government,
each naming its level in both halves ("其中:中央财政 | 其中:中央财政 |", "市财政 | 40.00 | 市财政 | 40.00 |"). The
left half's rows with an amount are the budget's fund rows (the planned money is the year's budget); the right
half's is money received, not spending, and is not read. The planned money's cell is a table's (the year's budget);
the rows are read only when they sum to it. A document viewer's copy puts the same cells one a line ("其中:" /
"中央财政" / "50" / "其中:" / "中央财政" / "50" / "省财政" / "150" / …): each level named twice, the planned amount
after its first naming."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from jixiao.lexicon import pattern
from jixiao.numbers import parse_money
from jixiao.readers.extract.budget_figures import SIGNED_AMOUNT_FIGURE, tidy
from jixiao.readers.extract.facts import Facts, ref
from jixiao.readers.extract.outline import Outline

_LEVEL = pattern("fund_rows.level_cell")
_CELL = 12  # characters a cell one a line takes here (a level's name, an amount, "其中:")


def _cells(norm: str) -> list[str]:
    return [c.strip() for c in norm.split("|") if c.strip()]


def _wanted(facts: Facts) -> tuple[Decimal, str] | None:
    """The budget the rows must sum to and their unit, when a budget was read and no fund rows were."""
    budget = facts.get("budget.adjusted")
    if facts.has("budget.fund_rows") or not isinstance(budget, Decimal):
        return None
    return budget, str(facts.get("budget.source_unit") or "万元")


def planned_fund_rows(outline: Outline, facts: Facts) -> None:
    """The fund rows of such a sheet, only when none were read elsewhere and a budget was (the planned money's
    cell, which a table took; its unit is the rows')."""
    if (wanted := _wanted(facts)) is None:
        return
    budget, unit = wanted
    lines = outline.lines
    for number, line in enumerate(lines):
        if "其中" not in line.norm or "财政" not in line.norm or "|" not in line.norm:
            continue  # (the cheap tests first)
        cells = _cells(line.norm)
        if not cells or not cells[0].startswith("其中") or _LEVEL.match(cells[0]) is None:
            continue
        rows: list[dict[str, Any]] = []
        for row in lines[number:]:
            cells = _cells(row.norm) if "|" in row.norm else []
            level = _LEVEL.match(cells[0]) if cells else None
            if level is None:
                break
            if len(cells) >= 2 and SIGNED_AMOUNT_FIGURE.fullmatch(cells[1]):
                value, _unit = parse_money(cells[1], unit)
                rows.append({"name": level.group(1), "adjusted": tidy(value)})
        if len(rows) >= 2 and sum((r["adjusted"] for r in rows), Decimal(0)) == budget:
            facts.put("budget.fund_rows", rows, ref(line.location, line.text))
        return


def planned_fund_rows_one_a_line(outline: Outline, facts: Facts) -> None:
    """The same rows one cell a line under a budget read from those cells, only when no fund rows were read."""
    if (wanted := _wanted(facts)) is None:
        return
    budget, unit = wanted
    lines = outline.lines
    for number, line in enumerate(lines):
        if "其中" not in line.norm or line.norm.strip() not in ("其中", "其中:"):
            continue  # (the cheap test first)
        planned: dict[str, Decimal | None] = {}  # level → the amount after its first naming
        seen: dict[str, int] = {}
        level: str | None = None
        for row in lines[number:]:
            cell = row.norm.strip()
            if "|" in cell or len(cell) > _CELL:
                break
            if (named := _LEVEL.match(cell)) is not None:
                level = named.group(1)
                seen[level] = seen.get(level, 0) + 1
                planned.setdefault(level, None)
            elif SIGNED_AMOUNT_FIGURE.fullmatch(cell) and level is not None:
                if seen[level] == 1 and planned[level] is None:
                    planned[level] = tidy(parse_money(cell, unit)[0])
                level = None
            elif cell not in ("其中", "其中:"):
                break
        amounts = {name: value for name, value in planned.items() if value is not None}
        if len(amounts) >= 2 and set(seen.values()) == {2} and sum(amounts.values(), Decimal(0)) == budget:
            rows = [{"name": name, "adjusted": value} for name, value in amounts.items()]
            facts.put("budget.fund_rows", rows, ref(line.location, line.text))
        return
