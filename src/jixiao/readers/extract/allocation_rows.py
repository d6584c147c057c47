"""A whole-unit form's money block laid out 预算安排 | 拨付情况 | 结余情况: its header cells one a line (a sheet
flattened to text), then rows of eight figures — 年初预算安排① | 历年结余结转② | 年中调整③ | 小计④=①+②+③ |
年度拨付⑤ | 支出实现率⑥=⑤/④ | 本年度结余⑦=④−⑤ | 资金结余率⑧=⑦/④. The total row (合计, else 财政资金小计) gives the
initial budget (①), the year's budget (④), what was paid out and spent (⑤), the rate (⑥), the balance brought in (②)
and the year's own balance (⑦); each source's row beside it (①中央及省级 / ②市级 / ③县级财政资金) with its figures is
a fund row when the sources add up to the total. Read only when the header's words stand above the row and the row's
own sums hold, when no budget figure was read."""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.numbers import WRITTEN_FIGURE, to_decimal
from jixiao.readers.extract.budget_figures import tidy
from jixiao.readers.extract.facts import Facts, ref
from jixiao.readers.extract.outline import Line, Outline

_FIGURES = rf"((?:{WRITTEN_FIGURE}%?\s+){{7}}{WRITTEN_FIGURE}%?)"
_TOTAL_ROW = re.compile(rf"^\s*(合\s*计|财政资金小计)\s+{_FIGURES}\s*$")
# a source's row: "②市级财政资金 180 20 0 200 190 95% 10 5%" (never a 小计 of the sources); the spaces around its mark
# taken whole (neither the mark nor the name opens on a space: the same matches, a line of spaces walked once)
_SOURCE_ROW = re.compile(rf"^\s*+[①②③④⑤]?\s*+([^\d\s①②③④⑤]{{2,16}}?资金)\s+{_FIGURES}\s*$")
# the header's words, each in its column's order, within the lines above the row
_HEADER_WORDS = (re.compile(r"年初.{0,4}预算"), re.compile(r"结转"), re.compile(r"调整"), re.compile(r"小计"),
                 re.compile(r"拨付|支出"), re.compile(r"实现率|执行率"), re.compile(r"结余"), re.compile(r"结余率"))
_ABOVE = 30  # lines above the total row the header may take, one cell a line
_BELOW = 6  # lines below it the sources' rows may take (under a 财政资金小计 read as the total, before the 合计)
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
        figures = _row(found.group(2))
        if not _in_order(header) or figures is None:
            continue
        initial, carried, _, year, paid, rate, left, _ = figures
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
        facts.put("budget.opening_balance", tidy(carried / scale), source, "历年结余结转")
        facts.put("budget.carry_over", tidy(left / scale), source, "本年度结余金额")
        _source_rows(above + outline.lines[k + 1: k + 1 + _BELOW], (initial, year, paid), scale, facts)
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


def _row(text: str) -> tuple[Decimal, ...] | None:
    """A row's eight figures (① ② ③ ④ ⑤ ⑥ ⑦ ⑧) when their own sums hold: ④ = ① + ② + ③, ⑦ = ④ − ⑤, the rates ⑤ / ④ and
    ⑦ / ④ (a percentage point off, rounded)."""
    cells = text.split()
    if [f.endswith("%") for f in cells] != [False] * 5 + [True, False, True]:
        return None
    figures = tuple(to_decimal(f.rstrip("%")) for f in cells)
    initial, carried, adjusted_by, year, paid, rate, left, left_rate = figures
    if year != initial + carried + adjusted_by or year <= 0 or year - paid != left \
            or abs(paid / year * 100 - rate) > 1 or abs(left / year * 100 - left_rate) > 1:
        return None
    return figures


def _source_rows(lines: list[Line], totals: tuple[Decimal, Decimal, Decimal], scale: Decimal, facts: Facts) -> None:
    """The sources' rows around the total row, each a fund row (its name, ①, ④, ⑤), when each row's own sums hold
    and the rows add up to the total row's ①, ④ and ⑤ (a source whose row is not read leaves them all unread)."""
    rows = []
    for line in lines:
        found = _SOURCE_ROW.match(line.norm) if "资金" in line.norm else None
        figures = _row(found.group(2)) if found is not None and "小计" not in found.group(1) else None
        if found is not None and figures is not None:
            rows.append((line, found.group(1), (figures[0], figures[3], figures[4])))
    if not rows or tuple(sum(column) for column in zip(*(row[2] for row in rows), strict=True)) != totals:
        return
    fund_rows = [{"name": line.text[line.norm.index(name): line.norm.index(name) + len(name)],
                  **{key: tidy(value / scale) for key, value in zip(("initial", "adjusted", "executed"), figures,
                                                                     strict=True)}}
                 for line, name, figures in rows]
    facts.put("budget.fund_rows", fund_rows, ref(rows[0][0].location, rows[0][0].text))
