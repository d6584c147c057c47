"""The issue's "Also wrong today" list and its shapes probed afresh (docs/reader-corpora/probe-47.md): each probe
read wrong, as an invented snippet (invented units and figures)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from page_reading import read_page, read_saved

_WHOLE = "某市某某所2022年度部门整体支出绩效自评报告\n"
_PROJECT = "某县某某站2024年度某某巡护项目支出绩效自评报告\n"


def test_a_form_labels_its_year_as_the_year_it_belongs_to() -> None:
    """Y1: "所属年度 | 2022" on a form's cover: the year evaluated (before: unread, "找不到评价年度")."""
    for row in ("所属年度 | 2022\n", "所属年度：2022年\n"):
        evaluation = read_page("项目支出绩效自评表\n" + row + "项目名称 | 某某渠道清淤\n实施单位 | 某某镇人民政府\n")
        assert evaluation.year == 2022


def test_a_period_from_the_first_of_january_is_the_year_evaluated() -> None:
    """Y2: "评价时段为2022年1月1日至2022年12月31日": the period evaluated, no filing date (before: read as one and the
    year before it guessed); a report's date alone still gives the year before it."""
    for sentence in ("本次评价时段为2022年1月1日至2022年12月31日。", "自评期间：2022年1月1日—12月31日。"):
        evaluation = read_page("某县某某馆部门整体支出绩效自评报告\n" + sentence + "\n全年支出合计88万元。\n")
        assert evaluation.year == 2022
    for dated_line in ("报告时间：2023年3月2日", "自评工作时间：2023年1月1日至1月20日"):
        dated = read_page("某县某某馆部门整体支出绩效自评报告\n全年支出合计88万元。\n" + dated_line + "\n")
        assert dated.year == 2022 and dated.provenance["year"].guessed


def test_the_total_in_a_bracket_after_the_score_is_its_full_mark() -> None:
    """T3: "最终得分92.8分（总分100分）": the score, then its full mark in a bracket (before: the bracket's 100 read
    as the total, the score taken for a part the sentence sums)."""
    for sentence in ("经综合评定，该项目最终得分92.8分（总分100分），等级为“优”。",
                     "经评定，本项目综合得分92.8分(总分值100分)，评价等级为优。"):
        evaluation = read_page(_PROJECT + sentence + "\n")
        assert (evaluation.stated_total, evaluation.full_mark) == (Decimal("92.8"), Decimal(100))


def test_spending_by_the_years_end_and_a_projects_budget_amount() -> None:
    """A2, B3, B4: "年末已使用", "全年各项支出合计", "年内共计支付" the amount executed and "项目预算金额为" the
    project's budget (before: each unread); a part's "培训费年末已支出" is never the whole's."""
    budget = read_page(_PROJECT + "该项目全年到位资金48万，年末已使用47.6万。\n").budget
    assert budget.executed == Decimal("47.6")
    budget = read_page(_WHOLE + "全年预算总额1,250万元，全年各项支出合计1,208.3万元。\n").budget
    assert (budget.adjusted, budget.executed) == (Decimal(1250), Decimal("1208.3"))
    budget = read_page(_PROJECT + "项目预算金额为 36 万元（一般公共预算），年内共计支付 35.2 万元。\n").budget
    assert (budget.adjusted, budget.executed) == (Decimal(36), Decimal("35.2"))
    budget = read_page(_PROJECT + "项目预算金额为36万元，其中培训费年末已支出2.4万元。\n").budget
    assert budget.executed is None


def test_a_row_of_staff_labels_with_the_establishments_use_rate() -> None:
    """S1: "编制数 | 实有人数 | 编制控制率" over its counts (before: 编制控制率 no known label, so the row of labels
    and the counts under it were left unread)."""
    for rate in ("编制控制率", "编制使用率"):
        unit = read_page(_WHOLE + f"编制数 | 实有人数 | {rate}\n21 | 19 | 90.48%\n").unit
        assert (unit.staff_establishment, unit.staff_total) == (21, 19)


def test_a_one_line_form_after_a_posts_labelled_metadata(tmp_path: Path) -> None:
    """H3a: a whole form on one line after a post's "信息来源:… 发布时间:… 点击数:…": the title after them (before:
    the line taken for page furniture, no title and no unit)."""
    text = ("信息来源：某市财政局 发布时间：2023-04-11 点击数：52 某市某某局2022年度部门整体支出绩效自评表 一级指标 "
            "二级指标 三级指标 年度指标值 实际完成值 分值 得分 产出指标 数量指标 巡查次数 ≥40次 44次 20 20\n")
    evaluation = read_saved(tmp_path, text)
    assert (evaluation.title, evaluation.unit.name) == ("某市某某局2022年度部门整体支出绩效自评表", "某市某某局")

