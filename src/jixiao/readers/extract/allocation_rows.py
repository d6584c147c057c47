"""A whole-unit form's money block laid out 预算安排 | 拨付情况 | 结余情况: its header cells one a line (a sheet
flattened to text), then rows of eight figures — 年初预算安排① | 历年结余结转② | 年中调整③ | 小计④=①+②+③ |
年度拨付⑤ | 支出实现率⑥=⑤/④ | 本年度结余⑦=④−⑤ | 资金结余率⑧=⑦/④. The total row (合计, else 财政资金小计) gives the
initial budget (①), the year's budget (④), what was paid out and spent (⑤) and the rate (⑥). Read only when the
header's words stand above the row and the row's own sums hold, when no budget figure was read."""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.numbers import to_decimal
from jixiao.readers.extract.budget_figures import tidy
from jixiao.readers.extract.facts import Facts, ref
from jixiao.readers.extract.outline import Outline

_TOTAL_ROW = re.compile(r"^\s*(合\s*计|财政资金小计)\s+((?:\d[\d,]*(?:\.\d+)?%?\s+){7}\d[\d,]*(?:\.\d+)?%?)\s*$")
# the header's words, each in its column's order, within the lines above the row
_HEADER_WORDS = (re.compile(r"年初.{0,4}预算"), re.compile(r"结转"), re.compile(r"调整"), re.compile(r"小计"),
                 re.compile(r"拨付|支出"), re.compile(r"实现率|执行率"), re.compile(r"结余"), re.compile(r"结余率"))
_ABOVE = 30  # lines above the total row the header may take, one cell a line
# the header's unit only as its bracketed note "（万元）": the lines above the row hold prose and its figures too, whose
# 万元 the header readings of tables.py and flat_headers.py (a unit anywhere in the header) would take
_UNIT = re.compile(r"\((万元|元)\)")


def allocation_rows(outline: Outline, facts: Facts) -> None:
    if facts.has("budget.adjusted") or facts.has("budget.executed"):
        return
    rows = [(k, found) for k, line in enumerate(outline.lines)
            if "计" in line.norm and (found := _TOTAL_ROW.match(line.norm))]
    rows.sort(key=lambda row: not row[1].group(1).startswith("合"))  # 合计 first, else the 财政资金小计
    for k, found in rows:
        header = " ".join(line.norm for line in outline.lines[max(0, k - _ABOVE): k])
        figures = found.group(2).split()
        if not _in_order(header) or [f.endswith("%") for f in figures] != [False] * 5 + [True, False, True]:
            continue
        initial, carried, adjusted_by, year, paid, rate, left, left_rate = (to_decimal(f.rstrip("%")) for f in figures)
        if year != initial + carried + adjusted_by or year <= 0 or year - paid != left \
                or abs(paid / year * 100 - rate) > 1 or abs(left / year * 100 - left_rate) > 1:
            continue
        line = outline.lines[k]
        # (the header's last unit: the line nearest the row that writes one)
        above = outline.lines[max(0, k - _ABOVE): k]
        unit_line = next((written for written in reversed(above) if _UNIT.search(written.norm)), None)
        in_yuan = unit_line is not None and _UNIT.findall(unit_line.norm)[-1] == "元"
        scale = Decimal(10000) if in_yuan else Decimal(1)
        source = ref(line.location, line.text)
        facts.put("budget.initial", tidy(initial / scale), source, "年初预算数")
        facts.put("budget.adjusted", tidy(year / scale), source, "全年（调整）预算")
        facts.put("budget.executed", tidy(paid / scale), source, "全年执行数")
        facts.put("budget.stated_execution_rate", rate, source, "预算执行率")
        if unit_line is not None and in_yuan:
            facts.replace("budget.source_unit", "元", ref(unit_line.location, unit_line.text))
        return


def _in_order(header: str) -> bool:
    """The header names each column, in the columns' order."""
    at = 0
    for word in _HEADER_WORDS:
        found = word.search(header, at)
        if found is None:
            return False
        at = found.end()
    return True
