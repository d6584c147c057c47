"""Staff against the establishment (编制数)."""

from __future__ import annotations

from jixiao.checks.context import CheckContext
from jixiao.checks.finding import Finding, Severity
from jixiao.checks.registry import check
from jixiao.model import Evaluation

CODE = "STAFF_OVER_ESTABLISHMENT"


@check(CODE, Severity.WARNING, "实有人数超过编制数",
       "实有（在职）人数不应超过核定编制数；超编须说明原因（如编外聘用人员是否计入），在职人员控制率随之超过 100%。")
def staff_over_establishment(evaluation: Evaluation, ctx: CheckContext) -> list[Finding]:
    unit = evaluation.unit
    if unit.staff_total is None or unit.staff_establishment is None or unit.staff_total <= unit.staff_establishment:
        return []
    over = unit.staff_total - unit.staff_establishment
    numbers = {"staff_total": str(unit.staff_total), "establishment": str(unit.staff_establishment), "over": str(over)}
    return [ctx.finding(
        CODE, f"实有人数 {unit.staff_total} 人超过编制数 {unit.staff_establishment} 人（超 {over} 人），未见说明",
        "unit.staff_total", numbers,
        facts=[ctx.fact("unit.staff_total", f"{unit.staff_total} 人"),
               ctx.fact("unit.staff_establishment", f"{unit.staff_establishment} 人")],
        arithmetic=f"{unit.staff_total} − {unit.staff_establishment} = {over}")]
