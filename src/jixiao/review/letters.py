"""The review letter (复核意见) to one unit, as the writers' document model (rendered in the official
Word layout by :func:`jixiao.writers.docx.write_docx`).

Built only from what the review found (:mod:`jixiao.review.dossier` plus the findings across
reports): the basis (the rule pack and its sources), the result (stated total and grade beside the
recomputed ones, with the receipt of every changed score), the errors grouped by kind, each with its
evidence and a rectification request with the deadline, the warnings as 建议, and the sender's 落款.
Info findings do not appear. A report with nothing to say gets a short letter saying so.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Any

from jixiao.review.letter_settings import LetterSettings, chinese_date
from jixiao.review.phrases import phrase
from jixiao.writers.content import chinese_ordinal
from jixiao.writers.document import Block, Cell, Heading, Paragraph, Report, Table

QUOTE_CHARS = 60
PLACEHOLDER_ADDRESSEE = "【待补充：被复核单位】"


def _evidence(finding: dict[str, Any]) -> str:
    """``（见报告第34行：“绩效评价得分为8.19分”）``; a guessed reading says so."""
    where, quote = finding.get("where") or "", (finding.get("quote") or "").strip()
    if not where and not quote:
        return ""
    if len(quote) > QUOTE_CHARS:
        quote = quote[:QUOTE_CHARS] + "…"
    place = f"报告{where}" if where else "报告"
    guessed = "，该处系推断读取，请一并核实" if finding.get("guessed") else ""
    return f"（见{place}：“{quote}”{guessed}）" if quote else f"（见{place}{guessed}）"


def _sentence(text: str) -> str:
    text = text.strip()
    return text if text.endswith(("。", "！", "？")) else text + "。"


def _grouped(findings: list[dict[str, Any]]) -> list[tuple[str, list[dict[str, Any]]]]:
    """Findings grouped by their kind (phrases.yaml), groups in order of first appearance."""
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for finding in findings:
        groups[phrase(finding["code"], finding["title"]).kind].append(finding)
    return list(groups.items())


def letter_title(data: dict[str, Any]) -> list[str]:
    """``关于重庆市璧山区大兴镇人民政府`` / ``2024年度整体支出绩效自评报告的复核意见``: broken after the unit's name."""
    title, unit = data["title"], data["unit"]
    if unit and title.startswith(unit) and len(title) > len(unit):
        return [f"关于{unit}", f"{title[len(unit):]}的复核意见"]
    return [f"关于{title}的复核意见"]


def _report_named(data: dict[str, Any]) -> str:
    return f"《{data['title']}》" if data.get("titled") else data["title"]


def _basis(data: dict[str, Any]) -> list[Block]:
    pack = data["pack"]
    text = f"本次复核依据{pack['title']}（规则包 {pack['id']}，版本 {pack['version']}）。"
    if pack.get("source"):
        text += f"计分规则来源：{_sentence(pack['source'])}"
    if pack.get("grades"):
        text += f"评价等级标准：{_sentence(pack['grades'])}"
    return [Paragraph(text)]


def _result(data: dict[str, Any], decision: dict[str, Any] | None = None) -> list[Block]:
    """Stated beside reviewed (the recomputed figures, or the reviewer's ``decision`` with its reasons),
    then every changed score with its receipt."""
    def shown(value: str | None) -> str:
        return value if value is not None else "报告未写明"

    total, grade = (decision["total"], decision["grade"]) if decision else (data["total"], data["grade"])
    table = Table(columns=3, header=[[Cell("项目"), Cell("自评结果"), Cell("复核结果")]],
                  rows=[[Cell("综合得分", strong=True), Cell(shown(data["stated_total"])), Cell(total)],
                        [Cell("评价等级", strong=True), Cell(shown(data["stated_grade"])), Cell(grade)]],
                  widths=[2, 2, 2])
    blocks: list[Block] = [table]
    for label, key in (("复核总分", "total_reason"), ("复核等级", "grade_reason")):
        if decision and decision.get(key):
            blocks.append(Paragraph(f"{label}的确定理由：{_sentence(decision[key])}"))
    if data["changed"]:
        blocks.append(Paragraph(f"复核按评分规则重新计算后，以下 {len(data['changed'])} 项指标的得分与报告不同："))
        for n, item in enumerate(data["changed"], start=1):
            basis = f"（依据：{item['rule']}；{item['source']}）" if item.get("source") else f"（依据：{item['rule']}）"
            blocks.append(Paragraph(
                f"{n}. 指标{item['number']}“{item['name']}”（分值{item['weight']}分）：报告得分 {item['stated']} 分，"
                f"复核得分 {item['computed']} 分。计算过程：{item['sentence']}{basis}。"))
    else:
        blocks.append(Paragraph("复核未调整任何指标的得分。"))
    if data["kept"]:
        reasons: dict[str, list[str]] = defaultdict(list)
        for item in data["kept"]:
            reasons[item["reason"] or "无法按规则重算"].append(f"“{item['name']}”")
        for reason, names in reasons.items():
            blocks.append(Paragraph(f"另有 {len(names)} 项指标（{'、'.join(names)}）{reason.rstrip('。')}，"
                                    f"复核沿用报告所列得分。"))
    sentence = data["total_sentence"] + (f"；{data['cap_sentence']}" if data.get("cap_sentence") else "")
    blocks.append(Paragraph(_sentence(sentence)))
    return blocks


def _years(rows: list[dict[str, Any]]) -> list[Block]:
    """The unit's years in this review: totals, grades and execution rate."""
    def shown(value: str | None) -> str:
        return value if value is not None else "—"

    table = Table(columns=6, header=[[Cell("年度"), Cell("自评总分"), Cell("复核总分"), Cell("自评等级"),
                                      Cell("复核等级"), Cell("预算执行率")]],
                  rows=[[Cell(str(r["year"]), strong=True), Cell(shown(r["stated_total"])), Cell(shown(r["total"])),
                         Cell(shown(r["stated_grade"])), Cell(shown(r["grade"])), Cell(shown(r["execution_rate"]))]
                        for r in rows], widths=[1.2, 1.5, 1.5, 1.3, 1.3, 1.6])
    return [Paragraph("本次复核包括你单位以下年度的报告，各年度情况如下（执行率按全年执行数 ÷ 全年预算数计算，"
                      "报告未写明金额的取报告所列执行率）："), table]


def _errors(errors: list[dict[str, Any]], settings: LetterSettings | None) -> list[Block]:
    """The errors grouped by kind, each with its evidence and request; ``settings`` None leaves the
    deadline out (an opinion to be edited before the deadline is set)."""
    if not errors:
        return [Paragraph("复核未发现须更正的错误。")]
    due = ("" if settings is None else f"整改期限：{chinese_date(settings.deadline)}前。"
           if settings.deadline is not None else "请尽快完成整改。")
    blocks: list[Block] = [Paragraph(f"复核发现以下 {len(errors)} 个须更正的问题，请逐项整改：")]
    for g, (kind, items) in enumerate(_grouped(errors), start=1):
        blocks.append(Heading(2, f"（{chinese_ordinal(g)}）{kind}"))
        for n, finding in enumerate(items, start=1):
            request = phrase(finding["code"], finding["title"]).request
            blocks.append(Paragraph(f"{n}. {_sentence(finding['message'] + _evidence(finding))}"
                                    f"整改要求：{request}{due}"))
    return blocks


def _advice(warnings: list[dict[str, Any]]) -> list[Block]:
    blocks: list[Block] = [Paragraph(f"复核还注意到以下 {len(warnings)} 处情况，提出建议如下：")]
    for g, (kind, items) in enumerate(_grouped(warnings), start=1):
        blocks.append(Heading(2, f"（{chinese_ordinal(g)}）{kind}"))
        for n, finding in enumerate(items, start=1):
            blocks.append(Paragraph(f"{n}. {_sentence(finding['message'] + _evidence(finding))}"))
        blocks.append(Paragraph(f"建议：{phrase(items[0]['code'], items[0]['title']).request}"))
    return blocks


def _signature(settings: LetterSettings) -> list[Block]:
    return [Paragraph(""), Paragraph(settings.sender, align="right", indent=False),
            Paragraph(chinese_date(settings.date), align="right", indent=False)]


def opinion_text(data: dict[str, Any]) -> str:
    """The problems and the advice of the letter as plain text: what a reviewer's opinion starts from
    in the web app (edited there, then printed in the letter in their place)."""
    errors = [f for f in data["findings"] if f["severity"] == "error"]
    warnings = [f for f in data["findings"] if f["severity"] == "warning"]
    blocks = [Heading(1, "一、存在的问题"), *_errors(errors, None)]
    if warnings:
        blocks += [Heading(1, "二、有关建议"), *_advice(warnings)]
    if not errors and not warnings:
        blocks = [Paragraph("经复核，未发现需要更正或说明的问题。")]
    return "\n".join(block.text for block in blocks if isinstance(block, Heading | Paragraph))


def _rectification(errors: list[dict[str, Any]], settings: LetterSettings) -> list[Block]:
    due = f"，请于{chinese_date(settings.deadline)}前完成" if settings.deadline is not None else ""
    return [Paragraph(f"以下 {len(errors)} 个问题须整改{due}，并逐项答复整改情况（已整改的写明整改内容，"
                      "不予整改的写明理由）："),
            *(Paragraph(f"{n}. {finding['title']}：{_sentence(finding['message'])}")
              for n, finding in enumerate(errors, start=1))]


def build_letter(data: dict[str, Any], settings: LetterSettings, extra: list[dict[str, Any]] | None = None,
                 years: list[dict[str, Any]] | None = None, decision: dict[str, Any] | None = None) -> Report:
    """The letter for one reviewed report: ``data`` from :func:`jixiao.review.dossier.letter_data`,
    ``extra`` the findings across reports (same shape), ``settings`` the sender, date and deadline,
    ``years`` the unit's years in the batch (:func:`jixiao.across.unit_years`) when it has several.
    ``decision`` (the web app's: ``total``, ``grade``, their reasons, ``opinion``) replaces the
    recomputed result with the reviewer's and the problems and advice with the reviewer's opinion."""
    findings = [*data["findings"], *(extra or [])]
    errors = [f for f in findings if f["severity"] == "error"]
    warnings = [f for f in findings if f["severity"] == "warning"]
    addressee = Paragraph(f"{data['unit'] or PLACEHOLDER_ADDRESSEE}：", align="left", indent=False)
    opening = f"你单位报送的{_report_named(data)}已收悉。"
    unchanged = (data["stated_total"] == data["total"] and data["stated_grade"] == data["grade"]
                 and not data["changed"] and decision is None)
    body: list[Block] = [addressee]
    if not errors and not warnings and unchanged:
        body.append(Paragraph(
            f"{opening}经按{data['pack']['title']}（规则包 {data['pack']['id']}）复核，未发现需要更正或说明的问题，"
            f"报告所列综合得分 {data['total']} 分、评价等级“{data['grade']}”与复核结果一致。"))
        return Report(letter_title(data), body + _signature(settings), "", [])
    body.append(Paragraph(f"{opening}我们对报告中的预算及执行、绩效指标得分、综合得分和评价等级进行了复核，"
                          "现将复核意见反馈如下。"))
    result = _result(data, decision) + (_years(years) if years and len(years) > 1 else [])
    sections: list[tuple[str, list[Block]]] = [("复核依据", _basis(data)), ("复核结果", result)]
    if decision is not None:
        sections.append(("复核意见", [Paragraph(line.strip()) for line in decision["opinion"].splitlines()
                                      if line.strip()]))
        if errors:
            sections.append(("整改要求", _rectification(errors, settings)))
    else:
        sections.append(("存在的问题及整改要求", _errors(errors, settings)))
        if warnings:
            sections.append(("有关建议", _advice(warnings)))
    for number, (heading, blocks) in enumerate(sections, start=1):
        body.append(Heading(1, f"{chinese_ordinal(number)}、{heading}"))
        body.extend(blocks)
    if errors:
        deadline = f"于{chinese_date(settings.deadline)}前" if settings.deadline is not None else "在整改完成后"
        body.append(Paragraph(f"请你单位{deadline}将整改情况书面报送{settings.sender}。"))
    return Report(letter_title(data), body + _signature(settings), "", [])


def letter_name(page: str) -> str:
    """The letter's file name from the report's page name (``stem-digest.html`` → ``复核意见-stem-digest.docx``)."""
    return f"复核意见-{Path(page).stem}.docx"
