"""Damage a page comes with (a viewer's wrap, a lost line) must not make an error-level finding of what the damage
did: invented snippets of each cause ``perturb_checks.py`` found, and the harness itself on a few documents."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from corpus import DATA, errors
from page_reading import read_page
from perturb_checks import check_document, damages, document_text
from typer.testing import CliRunner

from jixiao.cli import app

# a pipe table re-wrapped by a narrow viewer: "成果返工率"'s row breaks after its 分值, so its actual value 0.4% is
# the last figure before the 分值 and must not be taken for a weight of 0.4 points sure
WRAPPED_ROWS = """某县自然资源服务中心2023年度部门整体支出绩效自评报告
二、绩效指标完成情况
一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 |
分值 | 得分 | 偏差原因 |
产出指标 | 数量指标 | 完成测绘成果审核 | ≥500件 |
520件 | 20 |  |
 | 质量指标 | 成果返工率 | ≤0.8% | 0.4% | 20
|  |
效益指标 | 社会效益指标 | 服务群众次数 | ≥3000人次 |
3100人次 | 30 |  |
"""

# an item's heading line lost ("3. 安全生产事故起数（15分）"): its sentence, score and all, runs on under item 2
LOST_HEADING = """某街道办事处2024年度部门整体支出绩效自评报告
一、绩效指标完成情况
1. 预算执行率（20分）
2024年度，年初预算800.00万元，全年预算820.00万元，全年执行800.00万元，预算执行率97.56%，该指标得分19.51分。
2. 社区服务站建设数（10分）
2024年度目标≥6个，实际达到6个，该指标得分10分。
2024年度目标≤2起，实际达到0起，该指标得分15分。
4. 居民满意度（20分）
2024年度目标≥90%，实际达到92%，该指标得分20分。
"""

# an excerpt cut before the conclusion's 综合得分: what is left is a list of projects, each with its own score
LISTED_PROJECTS_CUT = """某乡人民政府2024年度部门整体支出绩效自评报告
三、重点项目实施情况
全年由乡级组织实施的小型项目3个，分述如下：
（一）桥梁维修项目。项目预算120.00万元，实际支出118.20万元，执行率98.50%。项目自评得分95分。
（二）垃圾收运项目。项目预算60.00万元，实际支出60.00万元，执行率100%。项目自评得分97分。
（三）水渠清淤项目。项目预算30.00万元，实际支出25.50万元，执行率85.00%。项目自评得分86分。
四、整体绩效指标完成情况
"""


def test_a_percentage_read_as_a_weight_from_a_wrapped_row_is_no_sure_error() -> None:
    evaluation = read_page(WRAPPED_ROWS)
    assert "SCORE_OVER_WEIGHT" not in errors(evaluation)


def test_a_second_score_sentence_under_one_item_is_a_guess() -> None:
    evaluation = read_page(LOST_HEADING)
    item = evaluation.indicators[1]
    assert (item.name, item.weight, item.stated_score) == ("社区服务站建设数", 10, 15)  # what is read stays
    assert evaluation.provenance["indicators[1].stated_score"].guessed
    assert "SCORE_OVER_WEIGHT" not in errors(evaluation)


def test_one_score_said_twice_in_two_sentences_is_no_guess() -> None:
    evaluation = read_page(LOST_HEADING.replace("该指标得分15分", "该指标得分10分"))
    assert not evaluation.provenance["indicators[1].stated_score"].guessed


def test_parse_then_check_of_a_lost_heading_raises_no_error(tmp_path: Path) -> None:
    page, parsed = tmp_path / "page.txt", tmp_path / "page.yaml"
    page.write_text(LOST_HEADING, encoding="utf-8")
    assert CliRunner().invoke(app, ["parse", str(page), "-o", str(parsed)]).exit_code == 0
    for source in (page, parsed):
        result = CliRunner().invoke(app, ["check", str(source)])
        assert result.exit_code == 0 and "错误 0" in result.stdout, result.stdout


def test_listed_projects_scores_are_not_the_whole_score() -> None:
    evaluation = read_page(LISTED_PROJECTS_CUT)
    assert evaluation.stated_total is None and "TEXT_TABLE_MISMATCH" not in errors(evaluation)
    whole = read_page(LISTED_PROJECTS_CUT + "经自评，我乡2024年度部门整体支出项目自评得分94.5分，等级为优。\n")
    assert whole.stated_total == Decimal("94.5")


def test_the_harness_damages_each_way() -> None:
    kinds = {kind for kind, _, _ in damages("".join(f"第{i}行文字，足够长的一行\n" for i in range(90)))}
    assert kinds == {"cut", "cut_mid", "drop", "drop_page", "wrap", "join", "furniture",
                     "swap", "merge", "cn_num", "wide"}


def test_damaged_documents_raise_no_false_error(tmp_path: Path) -> None:
    for name in ("fifteenth/f02-he-laiyuan-land-whole-docx-yuan-diyibufen.docx",
                 "fortysecond/k08-sn-hantai-street-whole-docx-seed-prose-annex-planted.docx"):
        report = DATA / name
        expected = report.with_name(report.name.rsplit(".", 1)[0] + ".expected.yaml")
        assert document_text(report).strip()
        count, false = check_document(name, report, expected, tmp_path, kinds={"wrap", "drop", "join"})
        assert count >= 3 and not false, false
