"""Staff against the establishment (编制数): the staff on it, not those the document lists as hired outside it."""

from __future__ import annotations

import re

from jixiao.checks.context import CheckContext
from jixiao.checks.finding import Finding, Severity
from jixiao.checks.registry import check
from jixiao.model import Evaluation

CODE = "STAFF_OVER_ESTABLISHMENT"
# staff outside the establishment, listed as a part of the staff: 编外聘用, 合同制, 劳务派遣, 临聘, 购买服务…
OFF_ESTABLISHMENT = re.compile(r"编外|编制外|合同制|聘用|派遣|临聘|临时|购买服务|公益性岗位")


@check(CODE, Severity.WARNING, "实有人数超过编制数",
       "实有（在职）人数不应超过核定编制数；超编须说明原因（如编外聘用人员是否计入），在职人员控制率随之超过 100%。")
def staff_over_establishment(evaluation: Evaluation, ctx: CheckContext) -> list[Finding]:
    unit = evaluation.unit
    if unit.staff_total is None or unit.staff_establishment is None or unit.staff_total <= unit.staff_establishment:
        return []
    outside = sum(part.count for part in unit.staff_parts if OFF_ESTABLISHMENT.search(part.name))
    if outside and unit.staff_total - outside <= unit.staff_establishment:
        return []  # the total counts staff hired outside the establishment, listed as such: the staff on it fit
    over = unit.staff_total - unit.staff_establishment
    numbers = {"staff_total": str(unit.staff_total), "establishment": str(unit.staff_establishment), "over": str(over)}
    return [ctx.finding(
        CODE, f"实有人数 {unit.staff_total} 人超过编制数 {unit.staff_establishment} 人（超 {over} 人），未见说明",
        "unit.staff_total", numbers,
        facts=[ctx.fact("unit.staff_total", f"{unit.staff_total} 人"),
               ctx.fact("unit.staff_establishment", f"{unit.staff_establishment} 人")],
        arithmetic=f"{unit.staff_total} − {unit.staff_establishment} = {over}")]
