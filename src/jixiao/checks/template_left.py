"""Template text left in a published report: placeholders (≥**, XX, ××, （单位名称）, 【待补充】) and
required cells of the form left empty."""

from __future__ import annotations

import re

from jixiao.checks.context import CheckContext
from jixiao.checks.finding import Fact, Finding, Severity
from jixiao.checks.registry import check
from jixiao.checks.texts import texts
from jixiao.lexicon import field_label
from jixiao.model import Evaluation

CODE = "TEMPLATE_LEFT"
SHOWN = 8
_SNIPPET = 12
PLACEHOLDER = re.compile(
    r"[≥≤><＞＜=＝]\s*[*＊]{1,}"  # ≥**%: the target's figure never filled in
    r"|[*＊]{2,}\s*(?:%|％|万元|元|个|人|次|天|分|件|户|项|家|所|台|套|亩|公里|km)"
    r"|(?<![A-Za-z])[XxＸｘ]{2,}(?![A-Za-z])|××+"
    r"|[（(](?:单位|项目|部门|主管部门|填报单位|实施单位)名称[）)]"
    r"|【[^】]{0,12}(?:待|补充|填写|填报)[^】]{0,12}】"
    r"|待补充|待填写|此处填写|请填写|[（(]填写[^）)]{0,20}[）)]"
    r"|请(?:结合|针对|根据|简要|简述|对照)[^；;\n]{0,60}?[（(]\s*\d+\s*字以内[）)]")  # the form's prompt left in


def _snippet(text: str, start: int, end: int) -> str:
    return text[max(0, start - _SNIPPET):end + _SNIPPET].replace("\n", " ")


@check(CODE, Severity.WARNING, "模板文字未删除或必填项空白",
       "公开的自评报告不应留有模板占位符（≥**、XX、××、（单位名称）、【待补充】等）或空着自评表的必填格；"
       "留有时报告未完成，所涉数字无从核对。")
def template_left(evaluation: Evaluation, ctx: CheckContext) -> list[Finding]:
    facts: list[Fact] = []
    places: list[str] = []
    for path, text in texts(evaluation):
        for match in PLACEHOLDER.finditer(text):
            quote = _snippet(text, match.start(), match.end())
            facts.append(ctx.fact(path, match.group(0)))
            places.append(f"{field_label(path)}“{quote}”")
    notes = evaluation.reading
    if notes is not None:
        for ref in notes.template_text:
            if not any(f.source is not None and f.source.location == ref.location for f in facts):
                facts.append(ctx.fact("", ref.text, "原文", source=ref))
                places.append(f"{ref.location}“{ref.text}”")
        for ref in notes.blank_cells:
            facts.append(ctx.fact("", "空", f"必填格{('“' + ref.text + '”') if ref.text else ''}", source=ref))
            places.append(f"{ref.location}{('“' + ref.text + '”') if ref.text else ''}未填")
    if not places:
        return []
    more = f"等 {len(places)} 处" if len(places) > SHOWN else ""
    return [ctx.finding(
        CODE, f"报告留有模板文字或空白必填项：{'；'.join(places[:SHOWN])}{more}", facts[0].path if facts else "",
        {"count": str(len(places))}, facts=facts)]
