"""A money block printed as runs of a label and its figure, one row a line, as a system's export or a web
page gives a form's 预算执行情况 rows ("预算数 6.84 到位数 6.84 执行数 6.84 100.00" under "预算安排情况
资金到位情况 资金执行情况 预算执行进度(%)", then "其中:财政资金 6.84 其中:财政资金 6.84 …").

Each label is read by the money block's column words (lexicon ``money_columns``); a figure left over
after the last pair is the rate when the line above names one (执行进度 / 执行率). The lines right
below whose pairs all repeat one fund's name are that fund's row (lexicon ``fund_rows.parts``).
"""

from __future__ import annotations

import re

from jixiao.lexicon import pattern, roles
from jixiao.numbers import to_decimal
from jixiao.readers.extract.budget_figures import AMOUNT_FIGURE, tidy
from jixiao.readers.extract.facts import Facts, ref
from jixiao.readers.extract.outline import Line, Outline

_FIELDS = {"initial": "initial", "adjusted": "adjusted", "executed": "executed"}
_RATE_NAMED = re.compile(r"执行进度|执行率")
_PART_PREFIX = re.compile(r"^其中\s*:?\s*")


def _pairs(norm: str) -> tuple[list[tuple[str, str]], str | None] | None:
    """The line's (label, figure) pairs and a figure left after them; None when it is no such run."""
    words = norm.split()
    if len(words) < 4 or len(words) > 12:
        return None
    pairs = [(words[i], words[i + 1]) for i in range(0, len(words) - 1, 2)]
    rest = words[-1] if len(words) % 2 else None
    if any(AMOUNT_FIGURE.fullmatch(label) or not AMOUNT_FIGURE.fullmatch(figure) for label, figure in pairs):
        return None
    if rest is not None and not AMOUNT_FIGURE.fullmatch(rest):
        return None
    return pairs, rest


def _role(label: str) -> str | None:
    return next((role for role, match in roles("money_columns") if match.search(label)), None)


def extract_money_runs(outline: Outline, facts: Facts) -> None:
    if facts.has("budget.adjusted") or facts.has("budget.executed"):
        return
    lines = outline.lines
    for position, line in enumerate(lines):
        found = _pairs(line.norm) if "数" in line.norm else None
        if found is None:
            continue
        pairs, rest = found
        by_role = [(_role(label), figure) for label, figure in pairs]
        fields = {_FIELDS[r]: figure for r, figure in by_role if r in _FIELDS}
        if "executed" not in fields or not ({"adjusted", "initial"} & set(fields)) \
                or any(r is None for r, _ in by_role):
            continue
        source = ref(line.location, line.text)
        for field, figure in fields.items():
            facts.put(f"budget.{field}", tidy(to_decimal(figure.replace(",", ""))), source)
        above = lines[position - 1].norm if position else ""
        if rest is not None and _RATE_NAMED.search(above) and to_decimal(rest) <= 200:
            facts.put("budget.stated_execution_rate", to_decimal(rest), source)
        facts.put("budget.fund_rows", _fund_rows(lines[position + 1: position + 4], by_role), source)
        return


def _fund_rows(below: list[Line], by_role: list[tuple[str | None, str]]) -> list[dict[str, object]]:
    """The fund rows under the total: pairs in the total's columns, every label the same fund's name."""
    parts = pattern("fund_rows.parts")
    rows: list[dict[str, object]] = []
    for line in below:
        found = _pairs(line.norm)
        if found is None or len(found[0]) != len(by_role):
            break
        names = {_PART_PREFIX.sub("", label) for label, _ in found[0]}
        # "其他 2.50 其他 2.50 …" under "其中:财政资金 …": the rest of the money, the block's second source (a row of
        # zeros says there is none)
        if len(names) != 1 or not (parts.search(name := names.pop()) or (
                rows and name == "其他" and any(to_decimal(figure.replace(",", "")) for _, figure in found[0]))):
            continue
        row: dict[str, object] = {"name": name}
        for (r, _), (_, figure) in zip(by_role, found[0], strict=True):
            if r in _FIELDS:
                row[_FIELDS[r]] = tidy(to_decimal(figure.replace(",", "")))
        rows.append(row)
    return rows
