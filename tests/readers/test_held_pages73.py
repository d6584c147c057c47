"""Shapes the held-out pages of stop 73 showed (docs/reader-corpora/held-73.md), each as an invented snippet:
invented units, places, funds and figures, no text of any page."""

from __future__ import annotations

from decimal import Decimal

from page_reading import read_page as _read


def test_a_years_spending_said_as_its_total_then_its_parts() -> None:
    """"2023年共支出862.40万元。其中,基本支出412.15万元,项目支出450.25万元。": the year's spending total (before,
    only its parts)."""
    read = _read("某县某某乡人民政府2023年部门整体支出绩效自评报告\n一、部门基本情况\n(四)绩效目标设定情况\n"
                 "2023年共支出862.40万元。其中,基本支出412.15万元,项目支出450.25万元。\n")
    assert read.budget.expenditure_total == Decimal("862.40")
    assert [(i.name, i.amount) for i in read.budget.expenditure_items] == [
        ("基本支出", Decimal("412.15")), ("项目支出", Decimal("450.25"))]


def test_a_projects_money_said_spent_with_no_figure_is_no_total() -> None:
    """A guard: "项目共支出…" with no year before 共 stays a project's, no unit's spending total."""
    read = _read("某某项目支出绩效自评报告\n项目资金共支出30.00万元。其中,材料费20.00万元,人工费10.00万元。\n")
    assert read.budget.expenditure_total is None


def test_a_units_institutions_listed_under_their_label() -> None:
    """"内设机构:A、B。事业单位:某中心、某站、某大队。": the 事业单位 are the bodies under the unit (before, none)."""
    read = _read("某县某某乡人民政府2024年部门整体支出绩效自评报告\n一、部门基本情况\n(一)机构设置情况\n"
                 "某某乡人民政府内设机构:党政办公室、经济发展办公室。事业单位:农业服务中心、文化站、综合执法大队。\n")
    assert read.unit.internal_bodies == ["党政办公室", "经济发展办公室"]
    assert read.unit.subordinate_bodies == ["农业服务中心", "文化站", "综合执法大队"]


def test_the_institution_label_before_a_head_count_lists_no_bodies() -> None:
    """A guard: "事业单位:12人、行政单位:8人" names no body."""
    read = _read("某某镇人民政府2024年部门整体支出绩效自评报告\n一、基本情况\n实有人数20人。事业单位:12人、"
                 "行政:8人。\n")
    assert read.unit.subordinate_bodies == []


_CUT_FORM = ("项目名称 | 某某产业园冷库建设项目 | |||\n主管部门 | 某县某某局 | 实施单位 | 某县某某公司 | ||\n"
             "项目资金 (万元) | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 | ||\n"
             "年度资金总额 | 200 | 200 | 200 | 10 | 100% | 10 | ||\n"
             "绩 效 指 标 | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 "
             "| 偏差原因分析及改进措施 | ||\n"
             "产出指标(50分) | 数量指标 | 冷库建设面积 | ≥500平方米 | 500平方米 | 25 | 25 | ||\n"
             "时效指标 | 完工及时率 | 100% | 100% | 25 | 25 | |||\n"
             "成本指标 | ||||||||\n"
             "绩 效 指 标 | 效益")


def test_a_form_cut_in_the_next_blocks_head_holds_no_indicator_of_it() -> None:
    """"绩 效 指 标 | 效益" at the excerpt's end: the 效益指标 block's head cut, no indicator named 效益 (before, one
    with no weight)."""
    read = _read(_CUT_FORM)
    assert [i.name for i in read.indicators] == ["预算执行率", "冷库建设面积", "完工及时率"]


def test_a_cut_last_row_naming_an_indicator_stays_one() -> None:
    """A guard: the last row cut after a real indicator's name is still that indicator, with no weight."""
    read = _read(_CUT_FORM.replace("绩 效 指 标 | 效益", "效益指标 | 社会效益指标 | 带动就业人数"))
    assert read.indicators[-1].name == "带动就业人数" and read.indicators[-1].weight is None


def test_money_said_all_spent_after_the_sentence_naming_it() -> None:
    """"项目资金12.5万元于某日下达某镇,全部为财政资金。我镇于年底之前全部支出": the budget spent (before, no
    spending), a guess."""
    read = _read("某某奖励资金项目支出绩效评价自评报告\n一、项目基本情况\n县财政局下达某某镇奖励资金12.5万元。\n"
                 "二、项目资金情况\n项目资金12.5万元于2022年9月1日下达某某镇,全部为财政资金。"
                 "我镇于2022年12月31日之前全部支出,做到了专款专用。\n")
    assert (read.budget.adjusted, read.budget.executed) == (Decimal("12.5"), Decimal("12.5"))


def test_money_said_all_spent_after_another_amount_is_no_spending() -> None:
    """A guard: the sentence before names another amount than the budget: no spending read."""
    read = _read("某某奖励资金项目支出绩效评价自评报告\n一、项目基本情况\n县财政局下达某某镇奖励资金12.5万元。\n"
                 "二、项目资金情况\n其中首批资金5万元于2022年9月1日下达。我镇于2022年12月31日之前全部支出。\n")
    assert read.budget.executed is None
