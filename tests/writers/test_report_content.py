"""The report's content, built once for every format: the seed's structure, faithful figures,
and text generated from data through the editable templates where the evaluation has none."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.errors import InputError
from jixiao.model import Evaluation, Kind, Project
from jixiao.scoring import score_evaluation
from jixiao.writers.content import build_report, chinese_ordinal
from jixiao.writers.document import Heading, Paragraph, Table

SEED_SECTIONS = ["一、基本情况", "（一）单位基本情况", "1. 职能职责", "2. 单位构成", "3. 人员编制情况",
                 "（二）预算及支出情况", "二、绩效评价基本情况", "（一）绩效评价目的", "（二）绩效评价原则",
                 "三、绩效评价情况及结论", "（一）绩效评价情况", "（二）绩效评价结论", "四、主要经验及做法",
                 "五、存在的问题", "六、改进措施、建议"]
INDICATOR_HEADING = re.compile(r"^(\d+)\. (.+)（(\d+(?:\.\d+)?)分）$")


def _headings(report) -> list[str]:  # type: ignore[no-untyped-def]
    return [block.text for block in report.body if isinstance(block, Heading)]


def _following_paragraph(report, heading: str) -> str:  # type: ignore[no-untyped-def]
    blocks = report.body
    index = next(i for i, block in enumerate(blocks) if isinstance(block, Heading) and block.text == heading)
    following = blocks[index + 1]
    assert isinstance(following, Paragraph)
    return following.text


def test_seed_structure_and_indicators(seed_evaluation, seed_score, seed_text_lines) -> None:
    report = build_report(seed_evaluation, seed_score)
    assert report.title_lines == ["重庆市璧山区大兴镇人民政府", "2024年度整体支出绩效自评报告"]
    headings = _headings(report)
    non_indicator = [h for h in headings if not INDICATOR_HEADING.match(h) or h in SEED_SECTIONS]
    assert non_indicator == SEED_SECTIONS

    # The 11 indicator paragraphs, compared with the seed report's own text (not with our model).
    seed_indicators = [m for line in seed_text_lines if (m := INDICATOR_HEADING.match(line))
                       and "职能职责" not in line and "原则" not in line]
    ours = [m for h in headings if (m := INDICATOR_HEADING.match(h))]
    assert len(seed_indicators) == 11
    assert [m.groups() for m in ours] == [m.groups() for m in seed_indicators]
    seed_scores = [re.search(r"该指标绩效评价得分为([\d.]+)分", line).group(1)  # type: ignore[union-attr]
                   for line in seed_text_lines if "该指标绩效评价得分为" in line]
    # The unit's words, with the score the document shows: 预算执行率 recomputed (14.03, the unit wrote 8.19).
    seed_scores[3] = "14.03"
    for match, expected in zip(ours, seed_scores, strict=True):
        assert f"该指标绩效评价得分为{expected}分" in _following_paragraph(report, match.group(0))
    assert _following_paragraph(report, "（二）绩效评价结论") == "本次绩效评价综合得分99.03分，绩效评价等级为“优”。"


def test_budget_paragraph_written_the_chinese_way(seed_evaluation, seed_score) -> None:
    report = build_report(seed_evaluation, seed_score)
    text = _following_paragraph(report, "（二）预算及支出情况")
    assert text == ("2024年度收入总计7,693.91万元，其中一般公共预算财政拨款收入6,796.13万元，"
                    "政府性基金预算财政拨款收入897.78万元；支出总计7,693.91万元，其中基本支出3,680.87万元，"
                    "项目支出4,013.04万元。")
    assert _following_paragraph(report, "3. 人员编制情况").startswith("我单位现有在职职工131人，其中本级政府40人、")


def test_generated_text_where_the_evaluation_has_none(example: Evaluation) -> None:
    for indicator in example.indicators:
        indicator.narrative = None
    example.indicators[0].target = {"comparator": "≥", "value": Decimal(95), "unit": "%"}  # type: ignore[assignment]
    example.indicators[7].stated_score = None
    example.sections.experience = None
    example.sections.problems = None
    example.sections.measures = None
    score = score_evaluation(example)
    report = build_report(example, score)
    first = _following_paragraph(report, "1. 预决算信息公开率（5分）")
    assert first == "年度指标值为≥95%，实际完成值为100%，该指标得分5分。"
    execution = _following_paragraph(report, "4. 预算执行率（15分）")
    assert execution == "全年（调整）预算8,224.00万元，全年执行7,693.91万元，预算执行率93.55%，该指标得分14.03分。"
    # The unit's own words for an actual value, never replaced by a tier.
    assert "实际完成情况：各项补贴、补助资金的发放均按照规范程序执行" in _following_paragraph(
        report, "3. 补贴资金发放及时率（15分）")
    # No stated score and no target: nothing to recompute, a visible placeholder.
    assert "【待补充：得分】" in _following_paragraph(report, "8. 补助政策知晓率（5分）")
    # The sentences vary from indicator to indicator.
    texts = [_following_paragraph(report, h) for h in _headings(report) if INDICATOR_HEADING.match(h)]
    shapes = {re.sub(r"[\d.,%]+", "#", t.split("，")[0]) for t in texts}
    assert len(shapes) >= 3
    # Sections the unit did not write are placeholders, never generated claims.
    assert _following_paragraph(report, "四、主要经验及做法") == "【待补充：主要经验及做法】"
    assert _following_paragraph(report, "五、存在的问题") == "【待补充：存在的问题】"
    assert _following_paragraph(report, "六、改进措施、建议") == "【待补充：改进措施、建议】"


def test_user_templates_override_the_package_ones(tmp_path: Path, seed_evaluation, seed_score) -> None:
    (tmp_path / "conclusion.j2").write_text("综合得分{{ total|score }}分，等级{{ grade }}。\n", encoding="utf-8")
    report = build_report(seed_evaluation, seed_score, templates_dir=tmp_path)
    assert _following_paragraph(report, "（二）绩效评价结论") == "综合得分99.03分，等级优。"
    # the other sections still come from the package templates
    assert _following_paragraph(report, "（二）预算及支出情况").startswith("2024年度收入总计")


def test_broken_user_template_is_one_sentence(tmp_path: Path, seed_evaluation, seed_score) -> None:
    (tmp_path / "conclusion.j2").write_text("{{ no_such_thing }}", encoding="utf-8")
    with pytest.raises(InputError, match=r"模板 conclusion\.j2 出错"):
        build_report(seed_evaluation, seed_score, templates_dir=tmp_path)
    with pytest.raises(InputError, match="模板目录"):
        build_report(seed_evaluation, seed_score, templates_dir=tmp_path / "missing")


def test_others_sections_are_appended_and_numbered(example: Evaluation) -> None:
    example.sections.others = [{"title": "结果应用", "text": "评价结果用于下年预算安排。"}]  # type: ignore[list-item]
    report = build_report(example, score_evaluation(example))
    assert _headings(report)[-1] == "七、结果应用"
    assert report.body[-1] == Paragraph("评价结果用于下年预算安排。")


def test_project_layout(example: Evaluation) -> None:
    example.kind = Kind.PROJECT
    example.project = Project(name="农村公路养护项目", implementing_unit="大兴镇村镇建设服务中心",
                              goal_expected="完成养护50公里", goal_actual="完成养护52公里")
    report = build_report(example, score_evaluation(example))
    headings = _headings(report)
    assert headings[:3] == ["一、基本情况", "（一）项目基本情况", "（二）项目资金情况"]
    tables = [block for block in report.appendix if isinstance(block, Table)]
    header_texts = [[cell.text for cell in table.header[0]] for table in tables if table.header]
    assert ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"] in header_texts
    assert any(texts[:3] == ["一级指标", "二级指标", "三级指标"] and "偏差原因分析及改进措施" in texts
               for texts in header_texts)
    assert report.appendix_title == "2024年度项目支出绩效自评表"


def test_chinese_ordinals() -> None:
    assert [chinese_ordinal(n) for n in (1, 6, 10, 11, 20, 23)] == ["一", "六", "十", "十一", "二十", "二十三"]


def test_a_bare_evaluation_renders_with_placeholders(tmp_path: Path) -> None:
    from jixiao.writers import render

    bare = Evaluation(year=2023, unit={"name": "某某局"})  # type: ignore[arg-type]
    report = build_report(bare, score_evaluation(bare))
    assert report.title_lines == ["某某局", "2023年度整体支出绩效自评报告"]
    assert _following_paragraph(report, "（二）预算及支出情况") == "【待补充：全年预算数】【待补充：全年执行数】"
    assert _following_paragraph(report, "（一）绩效评价情况") == "【待补充：绩效指标及其完成情况】"
    for fmt in ("docx", "xlsx", "html", "md"):
        assert render(bare, fmt, tmp_path / f"bare.{fmt}").stat().st_size > 0


def test_a_project_goal_reads_as_one_closed_sentence(example: Evaluation) -> None:
    example.kind = Kind.PROJECT
    example.project = Project(name="某某河道保洁项目", goal_expected="完成某某河道保洁12公里；",
                              goal_actual="完成保洁12.5公里")
    report = build_report(example, score_evaluation(example))
    text = "\n".join(block.text for block in report.body if isinstance(block, Paragraph))
    assert "项目年度总体目标：完成某某河道保洁12公里。" in text
    assert "目标实际完成情况：完成保洁12.5公里。" in text
    assert "；。" not in text and "。。" not in text


def test_sentence_closes_a_text_once() -> None:
    from jixiao.writers.prose import sentence

    assert [sentence(t) for t in ("完成。", "完成；", "完成，", "完成", "完成！", "好？ ")] == \
        ["完成。", "完成。", "完成。", "完成。", "完成！", "好？"]
