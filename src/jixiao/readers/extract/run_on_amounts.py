"""A project form's money labels run together with their figures on one line, as a viewer copies a cover:
"…计划投资额(万元)110.00实际到位资金(万元)84.74实际使用情况(万元)84.74其中:…". Read like the same labels side by
side in a table (table_amounts), and only when the line holds both the budget and what was spent."""

from __future__ import annotations

import re

from jixiao.numbers import WRITTEN_FIGURE, parse_money
from jixiao.readers.extract.budget_figures import tidy
from jixiao.readers.extract.facts import Facts, ref
from jixiao.readers.extract.outline import Line, Outline
from jixiao.readers.extract.table_amounts import amount_field

_LABELLED_FIGURE = re.compile(rf"([\u4e00-\u9fff]{{2,20}})\s*\(\s*(亿元|万元|元)\s*\)\s*({WRITTEN_FIGURE})(?![\d.%])")
_WANTED = ("budget.adjusted", "budget.executed")


def run_on_amounts(outline: Outline, facts: Facts) -> None:
    """The budget and the amount spent from a run-together line of "label(万元)figure" pairs (else from a 支出明细
    table's 合计 row run into a line), when no budget figure was read elsewhere."""
    if any(facts.has(path) for path in (*_WANTED, "budget.initial")):
        if facts.has("budget.adjusted"):
            _planned_spending_total(outline, facts)  # (what was spent, when the table plans that budget)
        return
    for location, norm, text in [*((line.location, line.norm, line.text) for line in outline.lines),
                                 *_cells_one_a_line(outline)]:
        if "元)" not in norm:
            continue
        found: dict[str, tuple[str, re.Match[str]]] = {}
        for pair in _LABELLED_FIGURE.finditer(norm):
            words = pair.group(1)
            # the label is the longest tail of the words before the bracket that names a budget figure
            path = next((field for k in range(max(0, len(words) - 10), len(words) - 1)
                         if (field := amount_field(words[k:])[0]) is not None), None)
            if path in _WANTED and path not in found:
                found[path] = (pair.group(3) + pair.group(2), pair)
        if len(found) == len(_WANTED):
            for path, (figure, pair) in found.items():
                amount, _unit = parse_money(figure)
                facts.put(path, tidy(amount), ref(location, text[pair.start(): pair.end()]))
            return
    _planned_spending_total(outline, facts)


# "支出内容 计划支出数 实际支出数 30399 某某补贴 21.7 21.7 支出合计 21.7 21.7" on a line a viewer ran a project's
# 支出明细 table into: the 合计 row's two figures are what was planned (the budget) and what was spent, in the unit
# the form's money labels state on the line before it ("计划安排资金(万元)"; a guess: the table states none); with a
# budget read already (the cover's "计划安排资金(万元) 12.6"), only when the planned figure is that budget
_PLANNED_TOTAL = re.compile(r"计划支出数?\s*实际支出数?(?:[^。]{0,200}?)\s支出合计\s*"
                            rf"({WRITTEN_FIGURE})\s+({WRITTEN_FIGURE})(?![\d.%])")
_LABEL_UNIT = re.compile(r"\((亿元|万元|元)\)")


def _planned_spending_total(outline: Outline, facts: Facts) -> None:
    if facts.has("budget.executed"):
        return
    for line in outline.lines:
        if "支出合计" not in line.norm or (found := _PLANNED_TOTAL.search(line.norm)) is None:
            continue
        units = set(_LABEL_UNIT.findall(line.norm, 0, found.start()))
        if len(units) != 1:
            return  # (no unit stated, or two: the figures' unit is unknown)
        unit = units.pop()
        planned, spent = (tidy(parse_money(found.group(group), unit)[0]) for group in (1, 2))
        source = ref(line.location, line.text[found.start(): found.end()], guessed=True)
        if not facts.has("budget.adjusted"):
            facts.put("budget.adjusted", planned, source)
        elif facts.get("budget.adjusted") != planned:
            return  # (the table plans another figure than the budget read: which one was spent from is unknown)
        facts.put("budget.executed", spent, source)
        return


_CELL = 12  # characters a cell of a form one cell a line takes here (a label, its unit, a figure)


def _cells_one_a_line(outline: Outline) -> list[tuple[str, str, str]]:
    """Runs of short lines joined (location of the run's first line, its matching text, its text): the same labels
    and figures one cell a line ("计划投资额" / "(万元)" / "320" / "实际使用情况(万元)" / "281.40")."""
    runs: list[tuple[str, str, str]] = []
    run: list[Line] = []
    for line in [*outline.lines, None]:
        if line is not None and len(line.norm.strip()) <= _CELL and (not run or line.position == run[-1].position + 1):
            run.append(line)
            continue
        if len(run) >= 3:
            runs.append((run[0].location, "".join(cell.norm.strip() for cell in run),
                         "".join(cell.text.strip() for cell in run)))
        run = [line] if line is not None and len(line.norm.strip()) <= _CELL else []
    return runs
