"""An actual value written with a comparison sign (≥95%): the target copied into the actual."""

from __future__ import annotations

import re

from jixiao.checks.context import CheckContext
from jixiao.checks.finding import Finding, Severity
from jixiao.checks.registry import check
from jixiao.lexicon import pattern
from jixiao.model import Evaluation, Indicator
from jixiao.numbers import format_number

CODE = "COMPARATOR_IN_ACTUAL"
_LEADING_SIGN = re.compile(r"^\s*([≥≤><＞＜]|" + pattern("comparison_words").pattern + "|大于等于|小于等于)")


def _written(indicator: Indicator) -> str | None:
    """The actual as written, when it carries a comparison sign; else None."""
    actual = indicator.actual
    if actual is None:
        return None
    if actual.comparator is not None:
        value = format_number(actual.value) if actual.value is not None else ""
        return f"{actual.comparator.value}{value}{actual.unit}"
    text = (actual.text or "").strip()
    match = _LEADING_SIGN.match(text)
    return text[:20] if match else None


@check(CODE, Severity.WARNING, "实际完成值带比较符",
       "实际完成值是一个实际数（如 96.5%）；写成“≥95%”这样带比较符的值，通常是把年度指标值照抄进了实际完成值，"
       "得分无从核对。")
def comparator_in_actual(evaluation: Evaluation, ctx: CheckContext) -> list[Finding]:
    findings = []
    for i, ind in enumerate(evaluation.indicators):
        written = _written(ind)
        if written is None:
            continue
        target = ""
        if ind.target is not None and ind.target.value is not None:
            target = f"{ind.target.comparator.value}{format_number(ind.target.value)}{ind.target.unit}"
        same = f"，与年度指标值 {target} 相同" if target and target == written else ""
        findings.append(ctx.finding(
            CODE, f"{ctx.label(i, ind)}：实际完成值写作“{written}”，带比较符{same}，疑为照抄年度指标值",
            f"indicators[{i}].actual", {"actual": written, "target": target},
            facts=[ctx.fact(f"indicators[{i}].actual", written)]))
    return findings
