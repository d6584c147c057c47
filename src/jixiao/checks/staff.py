"""Staff: the stated total against its named parts."""

from __future__ import annotations

from decimal import Decimal

from jixiao.checks.context import CheckContext, added
from jixiao.checks.finding import Finding, Severity
from jixiao.checks.registry import check
from jixiao.checks.retirees import retired_parts
from jixiao.model import Evaluation, Kind


@check("STAFF_SUM_MISMATCH", Severity.ERROR, "人员总数与各部分之和不符",
       "单位人员编制（在职职工）总数等于本级与各下属机构人数之和；另列的离退休人员不计入。")
def staff_sum_mismatch(evaluation: Evaluation, ctx: CheckContext) -> list[Finding]:
    code = "STAFF_SUM_MISMATCH"
    unit = evaluation.unit
    if unit.staff_total is None and not unit.staff_parts:
        if evaluation.kind is Kind.PROJECT:
            return []  # a project self-evaluation has no staff section
        return [ctx.cannot_run(code, "未写明人员总数及其构成", "unit.staff_total")]
    if unit.staff_total is None:
        return [ctx.cannot_run(code, "未写明人员总数，无法与各部分之和比较", "unit.staff_total")]
    if not unit.staff_parts:
        return [ctx.cannot_run(code, "未列出人员构成", "unit.staff_parts")]
    parts = sum(part.count for part in unit.staff_parts)
    retired = sum(unit.staff_parts[i].count for i in retired_parts(unit.staff_parts))
    if unit.staff_total in (parts, parts - retired):  # retirees listed beside the staff are not part of it
        return []
    numbers = {"total": str(unit.staff_total), "sum": str(parts), "difference": str(abs(unit.staff_total - parts)),
               "parts": "、".join(f"{part.name} {part.count} 人" for part in unit.staff_parts)}
    facts = [ctx.fact("unit.staff_total", f"{unit.staff_total} 人"),
             *(ctx.fact(f"unit.staff_parts[{i}].count", f"{part.count} 人", part.name)
               for i, part in enumerate(unit.staff_parts)),
             ctx.list_fact("unit.staff_parts", f"{len(unit.staff_parts)} 项", Decimal(unit.staff_total - parts), "人")]
    arithmetic = (f"{added([str(part.count) for part in unit.staff_parts], str(parts))}；"
                  f"{unit.staff_total} − {parts} = {unit.staff_total - parts}")
    return [ctx.finding(
        code, f"人员总数 {numbers['total']} 人 ≠ 各部分之和 {numbers['sum']} 人（差 {numbers['difference']} 人；"
              f"各部分：{numbers['parts']}）", "unit.staff_total", numbers, facts=facts, arithmetic=arithmetic)]
