"""Values in different units compared or summed: a target in 个 against an actual in 套, amounts in 元
beside amounts in 万元."""

from __future__ import annotations

from decimal import Decimal

from jixiao.checks.context import CheckContext
from jixiao.checks.finding import Finding, Severity
from jixiao.checks.registry import check
from jixiao.lexicon import field_label
from jixiao.model import Evaluation
from jixiao.numbers import format_money, format_number

CODE = "MIXED_UNITS"
MAGNITUDE = Decimal(1000)  # two amounts of one budget this far apart are in different units (元 vs 万元)
_SAME = {"％": "%", "日": "天"}


def _unit(text: str) -> str:
    text = "".join(text.split())
    return _SAME.get(text, text)


def _indicators(evaluation: Evaluation, ctx: CheckContext) -> list[Finding]:
    findings = []
    for i, ind in enumerate(evaluation.indicators):
        if ind.target is None or ind.actual is None:
            continue
        a, b = _unit(ind.target.unit), _unit(ind.actual.unit)
        if not a or not b or a == b:
            continue
        value = ind.target.value
        target = f"{ind.target.comparator.value}{format_number(value)}" if value is not None else ""
        actual = format_number(ind.actual.value) if ind.actual.value is not None else ""
        numbers = {"target": f"{target}{ind.target.unit}", "actual": f"{actual}{ind.actual.unit}"}
        findings.append(ctx.finding(
            CODE, f"{ctx.label(i, ind)}：年度指标值 {numbers['target']} 与实际完成值 {numbers['actual']} 计量单位不同"
                  f"（{ind.target.unit} / {ind.actual.unit}），不能直接比较", f"indicators[{i}].actual.unit", numbers,
            facts=[ctx.fact(f"indicators[{i}].target", numbers["target"]),
                   ctx.fact(f"indicators[{i}].actual", numbers["actual"])]))
    return findings


_PAIRS = (("budget.initial", "budget.adjusted"), ("budget.adjusted", "budget.executed"),
          ("budget.initial", "budget.executed"), ("budget.income_total", "budget.expenditure_total"),
          ("budget.executed", "budget.expenditure_total"))


def _amounts(evaluation: Evaluation, ctx: CheckContext) -> list[Finding]:
    """The first pair of one budget's amounts a thousand times apart or more."""
    budget = evaluation.budget
    pairs = [(a, b, getattr(budget, a.split(".")[1]), getattr(budget, b.split(".")[1])) for a, b in _PAIRS]
    for field in ("income", "expenditure"):
        total = getattr(budget, f"{field}_total")
        pairs += [(f"budget.{field}_total", f"budget.{field}_items[{i}].amount", total, item.amount)
                  for i, item in enumerate(getattr(budget, f"{field}_items"))]
    for a, b, x, y in pairs:
        if x is None or y is None or x <= 0 or y <= 0 or ("items" in b and y < x):
            continue  # an item far below its total is only small
        big, small = max(x, y), min(x, y)
        if big / small < MAGNITUDE:
            continue
        ratio = format_number((big / small).quantize(Decimal(1)))
        numbers = {"first": format_money(x), "second": format_money(y), "ratio": ratio}
        return [ctx.finding(
            CODE, f"{field_label(a)} {numbers['first']} 与{field_label(b)} {numbers['second']} 相差约 {ratio} 倍，"
                  "疑为元与万元混用", b, numbers,
            facts=[ctx.fact(a, numbers["first"]), ctx.fact(b, numbers["second"])],
            arithmetic=f"{format_money(big)} ÷ {format_money(small)} ≈ {numbers['ratio']}")]
    return []


@check(CODE, Severity.WARNING, "计量单位混用",
       "相比较或相加的数值须用同一计量单位：年度指标值与实际完成值单位不同（个与套、元与万元），"
       "或同一预算的金额相差上千倍（元与万元混用）时，比较和合计都不成立。")
def mixed_units(evaluation: Evaluation, ctx: CheckContext) -> list[Finding]:
    return _indicators(evaluation, ctx) + _amounts(evaluation, ctx)
