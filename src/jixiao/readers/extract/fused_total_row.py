"""A table of units' money that a viewer ran together into text, its 合计 row the whole fund's: "序号 各单位名称
全年预算数 全年执行数 预算执行率 1 某中心 319.65134.0241.93% … 小计 … 合计 68006027.9588.65%". The total row's
figures are fused; they are split with the table's own constraints (the header's order, 执行率 = 执行数 ÷ 预算数
within rounding, amounts written alike) and read only when exactly one split fits. Every value is guessed; only
when no budget figure was read."""

from __future__ import annotations

import re

from jixiao.numbers import to_decimal
from jixiao.readers.extract.budget_figures import tidy
from jixiao.readers.extract.facts import Facts, ref
from jixiao.readers.extract.outline import Outline
from jixiao.readers.fused_money import split_money_run

# the header's three money columns in their order, run together ("全年预算数全年执行数预算执行率")
_HEADER = re.compile(r"(年初预算数|全年预算数|调整后预算数|预算数)\s*(全年执行数|执行数|实际支出数)\s*(?:预算)?执行率")
# the grand total's fused figures, closed by the rate ("合计68006027.9588.65%"; 小计 is a part's)
_TOTAL = re.compile(r"(?:合计|总计)\s*(\d[\d.]{2,38}%)")


def fused_total_row(outline: Outline, facts: Facts) -> None:
    if facts.has("budget.adjusted") or facts.has("budget.executed") or facts.has("budget.initial"):
        return
    first: str | None = None  # the header's first money column, once the header is seen
    for line in outline.lines:
        if "执行" not in line.norm and "计" not in line.norm:
            continue  # (the literal tests first: most lines hold neither)
        header = _HEADER.search(line.norm) if first is None else None
        if header is not None:
            first = header.group(1)
        if first is None:
            continue
        total = _TOTAL.search(line.norm, header.end() if header is not None else 0)
        if total is None:
            continue
        split = split_money_run(total.group(1), ["budget", "executed", "rate"])
        if split is None:
            return
        budget, spent, rate = split
        source = ref(line.location, line.text[total.start(): total.end()], guessed=True)
        initial = first == "年初预算数"
        path, label = ("budget.initial", "年初预算") if initial else ("budget.adjusted", "全年（调整）预算")
        facts.put(path, tidy(to_decimal(budget)), source, label)
        facts.put("budget.executed", tidy(to_decimal(spent)), source, "全年执行数")
        facts.put("budget.stated_execution_rate", to_decimal(rate.rstrip("%")), source, "预算执行率")
        return
