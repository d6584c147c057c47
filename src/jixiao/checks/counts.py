"""A stated count against the names listed ("设5个股室" then six names)."""

from __future__ import annotations

from jixiao.checks.context import CheckContext
from jixiao.checks.finding import Finding, Severity
from jixiao.checks.registry import check
from jixiao.lexicon import field_label
from jixiao.model import Evaluation

CODE = "COUNT_MISMATCH"
LISTS = (("unit.internal_bodies", "unit.internal_bodies_count"),
         ("unit.subordinate_bodies", "unit.subordinate_bodies_count"))


@check(CODE, Severity.WARNING, "所称个数与列出的名称数不符",
       "报告写明的个数（如“内设机构5个”）应与随后列出的名称数一致；以“等”结尾或写明只列其中一部分的名单"
       "不完整，不作比较。")
def count_mismatch(evaluation: Evaluation, ctx: CheckContext) -> list[Finding]:
    findings = []
    for names_path, count_path in LISTS:
        names: list[str] = getattr(evaluation.unit, names_path.split(".")[1])
        count: int | None = getattr(evaluation.unit, count_path.split(".")[1])
        ref = ctx.read_at(names_path)
        if count is None or not names or count == len(names) or (ref is not None and ref.complete is False):
            continue
        label = field_label(names_path)
        listed = "、".join(names)
        numbers = {"count": str(count), "listed": str(len(names)), "names": listed}
        findings.append(ctx.finding(
            CODE, f"{label}写明 {count} 个，列出的名称有 {len(names)} 个（{listed}）", names_path, numbers,
            facts=[ctx.fact(count_path, f"{count} 个"), ctx.fact(names_path, f"{len(names)} 个")],
            arithmetic=f"{count} ≠ {len(names)}"))
    return findings
