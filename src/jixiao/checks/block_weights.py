"""The 一级指标 block weights the form prints, against its own rows and its own 总分."""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.checks.context import CheckContext, added
from jixiao.checks.finding import REVIEW_PROMPT, Finding, Severity
from jixiao.checks.registry import check
from jixiao.checks.robust import parsed
from jixiao.model import Evaluation
from jixiao.numbers import format_score

CODE = "BLOCK_WEIGHTS_VS_RULE"
_NOISE = re.compile(r"指标|类|\s")
_HUNDRED = Decimal(100)


def block_key(name: str) -> str:
    """``产出指标`` and ``产出`` are one block."""
    return _NOISE.sub("", name)


def _members(evaluation: Evaluation, block: str) -> list[int]:
    key = block_key(block)
    return [i for i, ind in enumerate(evaluation.indicators)
            if ind.level1 and key and (block_key(ind.level1) == key)]


_TABLE = re.compile(r"^(.*?表\s*\d+)(?=第|$)")  # "表1第9行第1列" → "表1" (a page before it kept: "第2页表1")


def _table_of(ctx: CheckContext, path: str) -> str | None:
    ref = ctx.read_at(path)
    found = _TABLE.match(ref.location) if ref is not None and ref.location else None
    return found.group(1) if found else None


def _rows_of_one_table(evaluation: Evaluation, ctx: CheckContext, block: str, members: list[int]) -> bool:
    """The block's weight and every row under it (its 一级 and its 分值) read from one table: the rows
    are the form's own, not items found one by one in prose, where one missed or put under the wrong
    heading would make the sum differ with nothing wrong in the report."""
    table = _table_of(ctx, f"stated_block_weights.{block}")
    return table is not None and all(
        _table_of(ctx, f"indicators[{i}].{field}") == table for i in members for field in ("level1", "weight"))


def _rows_against_blocks(evaluation: Evaluation, ctx: CheckContext) -> list[Finding]:
    findings = []
    for block, printed in evaluation.stated_block_weights.items():
        members = _members(evaluation, block)
        weights = [weight for i in members if (weight := evaluation.indicators[i].weight) is not None]
        if not members or len(weights) < len(members):  # a row without a weight: its share is unknown
            continue
        rows = sum(weights, Decimal(0))
        if abs(rows - printed) <= ctx.limits.tolerance:
            continue
        numbers = {"block": block, "printed": format_score(printed), "rows": format_score(rows),
                   "difference": format_score(abs(rows - printed))}
        facts = [ctx.fact(f"stated_block_weights.{block}", numbers["printed"], f"一级指标“{block}”分值"),
                 *(ctx.fact(f"indicators[{i}].weight", format_score(w)) for i, w in zip(members, weights, strict=True)),
                 *(ctx.fact(f"indicators[{i}].level1", block) for i in members),
                 ctx.list_fact("indicators", f"{len(members)} 项", printed - rows, "分")]
        message = (f"一级指标“{block}”：表中写明 {numbers['printed']} 分，其下各指标分值合计 {numbers['rows']} 分"
                   f"（差 {numbers['difference']} 分）")
        severity = None
        if parsed(evaluation) and not _rows_of_one_table(evaluation, ctx, block, members):  # read one by one
            message = message.replace("表中写明", "写明", 1) + f"，{REVIEW_PROMPT}其下指标是否读全、归属是否正确"
            severity = Severity.WARNING
        findings.append(ctx.finding(
            CODE, message, f"stated_block_weights.{block}", numbers, severity=severity, facts=facts,
            arithmetic=f"{added([format_score(w) for w in weights], numbers['rows'])} ≠ {numbers['printed']}"))
    return findings


def _blocks_against_full_mark(evaluation: Evaluation, ctx: CheckContext) -> list[Finding]:
    blocks = evaluation.stated_block_weights
    if len(blocks) < 2:
        return []
    full = evaluation.full_mark if evaluation.full_mark is not None else _HUNDRED
    total = sum(blocks.values(), Decimal(0))
    if total <= full + ctx.limits.tolerance:
        return []
    numbers = {"sum": format_score(total), "full_mark": format_score(full),
               "blocks": "、".join(f"{name} {format_score(w)} 分" for name, w in blocks.items())}
    facts = [*(ctx.fact(f"stated_block_weights.{name}", format_score(w), f"一级指标“{name}”分值")
               for name, w in blocks.items()),
             ctx.fact("full_mark", numbers["full_mark"])]
    return [ctx.finding(
        CODE, f"各一级指标分值合计 {numbers['sum']} 分，超过总分 {numbers['full_mark']} 分（{numbers['blocks']}）",
        "stated_block_weights", numbers, facts=facts,
        arithmetic=f"{added([format_score(w) for w in blocks.values()], numbers['sum'])} > {numbers['full_mark']}")]


@check(CODE, Severity.ERROR, "一级指标分值与表中规定不符",
       "自评表印明的一级指标分值（如“产出指标（50分）”“效益指标（30分）”）是本表自己的规则：其下各指标分值之和应等于它，"
       "各一级指标分值之和不应超过总分（满分）。指标是从正文逐条读出（而非同一张表的各行）时，合计不符只作提醒："
       "可能有指标未读出或归错了一级指标。")
def block_weights_vs_rule(evaluation: Evaluation, ctx: CheckContext) -> list[Finding]:
    if not evaluation.stated_block_weights:
        return []
    return _rows_against_blocks(evaluation, ctx) + _blocks_against_full_mark(evaluation, ctx)
