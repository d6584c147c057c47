"""Retirees are listed beside the staff, never counted inside the staff total."""

from __future__ import annotations

import re

from jixiao.checks.context import CheckContext, added
from jixiao.checks.finding import Finding, Severity
from jixiao.checks.registry import check
from jixiao.model import Evaluation, StaffPart

CODE = "RETIREES_IN_STAFF"
RETIRED = re.compile(r"离休|退休|离退休|退职")


def retired_parts(parts: list[StaffPart]) -> list[int]:
    """Positions of the parts that are retirees (退休、离休…)."""
    return [i for i, part in enumerate(parts) if RETIRED.search(part.name)]


@check(CODE, Severity.WARNING, "退休人员计入在职人数",
       "人员编制（在职人数）只含在职人员；离退休人员应另行列示，不计入在职总数。各部分含离退休人员且恰好加总为人员总数时，"
       "总数把离退休人员算了进去。")
def retirees_in_staff(evaluation: Evaluation, ctx: CheckContext) -> list[Finding]:
    unit = evaluation.unit
    retired = retired_parts(unit.staff_parts)
    if unit.staff_total is None or not retired:
        return []
    counts = [part.count for part in unit.staff_parts]
    if sum(counts) != unit.staff_total:
        return []
    names = "、".join(f"{unit.staff_parts[i].name} {unit.staff_parts[i].count} 人" for i in retired)
    active = unit.staff_total - sum(unit.staff_parts[i].count for i in retired)
    numbers = {"staff_total": str(unit.staff_total), "retired": names, "active": str(active)}
    return [ctx.finding(
        CODE, f"人员总数 {unit.staff_total} 人含离退休人员（{names}），在职人员应为 {active} 人",
        "unit.staff_total", numbers,
        facts=[ctx.fact("unit.staff_total", f"{unit.staff_total} 人"),
               *(ctx.fact(f"unit.staff_parts[{i}].count", f"{unit.staff_parts[i].count} 人", unit.staff_parts[i].name)
                 for i in retired)],
        arithmetic=added([str(c) for c in counts], str(unit.staff_total)))]
