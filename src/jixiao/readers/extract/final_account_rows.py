"""A 收入支出决算总表 copied from a web page as lines of cells ending in " |" that no table took: income and spending
side by side, each half a label, its 行次 and its amount ("一、一般公共预算财政拨款收入 | 1 | 1,640.00 |
一、一般公共服务支出 | 31 | |"), an empty amount cell dropped by the copy ("二、上级补助收入 | 2 | 二、外交支出 |
32 | ||"), 金额单位 in a line above the header. Each label followed by its row number and an amount is one item of
its half (收入 / 支出)."""

from __future__ import annotations

import re
from typing import Any

from jixiao.numbers import parse_money
from jixiao.readers.extract.budget_figures import SIGNED_AMOUNT_FIGURE, tidy
from jixiao.readers.extract.facts import Facts, ref
from jixiao.readers.extract.outline import Line, Outline
from jixiao.readers.textnorm import compact

_UNIT = re.compile(r"(?:金额)?单位\s*:\s*(亿元|万元|元)")
_ROW_NUMBER = re.compile(r"\d{1,3}")
_NUMBERING = re.compile(r"^(?:[一二三四五六七八九十]+\s*[、.]|\(?[一二三四五六七八九十\d]+\)|其中\s*:?)\s*")
_HALVES = (("budget.income_items", "收入"), ("budget.expenditure_items", "支出"))
_UNIT_LINES = 4  # lines above the header that may state the amounts' unit


def final_account_rows(outline: Outline, facts: Facts) -> None:
    """The income and spending items of such a table, each half only when no item of it was read elsewhere."""
    if facts.has("budget.income_items") and facts.has("budget.expenditure_items"):
        return
    lines = outline.lines
    for number, line in enumerate(lines):
        if "行次" not in line.norm or "|" not in line.norm or not _is_header(line.norm):
            continue  # (the cheap tests first: most lines hold no 行次)
        above = " ".join(lines[k].norm for k in range(max(0, number - _UNIT_LINES), number))
        unit = _UNIT.search(above)
        if unit is None:
            return  # (an amount of unknown unit is not read)
        found: dict[str, list[dict[str, Any]]] = {path: [] for path, _ in _HALVES}
        first: dict[str, Line] = {}  # each half's first item row
        for row in lines[number + 1:]:
            if "|" not in row.norm:
                break
            cells = [c.strip() for c in row.norm.split("|") if c.strip()]
            if any("合计" in c or "总计" in c for c in cells):
                break  # (the totals close the items)
            for k in range(len(cells) - 2):
                label, row_number, amount = cells[k: k + 3]
                if _ROW_NUMBER.fullmatch(label) or not _ROW_NUMBER.fullmatch(row_number) \
                        or not SIGNED_AMOUNT_FIGURE.fullmatch(amount):
                    continue
                name = _NUMBERING.sub("", label)
                path = next((p for p, word in _HALVES if name.endswith(word)), None)
                if path is not None:
                    value, _unit = parse_money(amount, unit.group(1))
                    found[path].append({"name": name, "amount": tidy(value)})
                    first.setdefault(path, row)
        for path, items in found.items():
            if items and not facts.has(path):
                facts.put(path, items, ref(first[path].location, first[path].text))
        return


def _is_header(norm: str) -> bool:
    """"项目 | 行次 | 金额 | 项目(按功能分类) | 行次 | 金额 |": two halves, each a label, its 行次 and an amount
    column."""
    cells = [compact(c) for c in norm.split("|") if c.strip()]
    return cells.count("行次") == 2 and sum(1 for c in cells if c.startswith(("金额", "决算数"))) == 2
