"""Shapes the held-out pages of stop 53 showed (docs/reader-corpora/held-53.md), each as an invented snippet:
invented units, places, projects and figures, no text of any page."""

from __future__ import annotations

from decimal import Decimal

from page_reading import read_page as _read

from jixiao.checks import run_checks

_PARTS_THEN_WHOLE = ("某县某某局 2022年绩效自评工作报告\n"
                     "一、绩效自评工作开展情况\n"
                     "项目绩效自评共计12项。年初预算1200万元,其中专项资金300万元,财政拨款资金900万元。"
                     "专项资金支出240万元,预算执行率80%,财政资金支出630万元,预算执行率70%,总支出870万元,执行率72.5%。\n"
                     "(1)某某道路养护资金50万。预算执行率100%。\n"
                     "(2)某某客运补贴资金20万元。预算执行率100%。\n"
                     "(3)某某桥梁维修资金80万元。预算执行率40%。\n")


def test_the_rate_after_the_wholes_spending_is_the_budgets_not_a_parts() -> None:
    """"专项资金支出A,预算执行率80%,财政资金支出B,预算执行率70%,总支出C,执行率72.5%": the rate after 总支出 is the
    budget's; the two before it are the parts'."""
    assert _read(_PARTS_THEN_WHOLE).budget.stated_execution_rate == Decimal("72.5")


def test_funds_listed_one_by_one_with_their_rates_raise_no_mismatch() -> None:
    """Numbered items each stating a fund's amount and its own rate are the parts listed: their rates are no second
    statement of the budget's, so no text-table mismatch is raised against it."""
    read = _read(_PARTS_THEN_WHOLE)
    assert "budget.stated_execution_rate" not in read.alternatives
    assert not [f for f in run_checks(read) if f.code == "TEXT_TABLE_MISMATCH"]


def test_a_listed_items_rate_stands_when_the_document_states_no_other() -> None:
    """With no rate of the whole stated, the first listed item's rate is still read (the budget's only candidate)."""
    read = _read("某县某某局 2022年绩效自评工作报告\n"
                 "(1)某某道路养护资金50万。预算执行率100%。\n"
                 "(2)某某客运补贴资金20万元。预算执行率90%。\n")
    assert read.budget.stated_execution_rate == Decimal(100)


def test_the_implementing_units_label_goes_before_the_sites_publisher() -> None:
    """A township's page: the site's 发布机构 names the township ("某县某乡"), the report's own label
    "项目实施单位:某乡人民政府。" names the body evaluated; the label's name is the unit, the publisher only a guess."""
    read = _read("索引号 | 000000/2022-0001 | 发布机构 | 某县某乡 |\n"
                 "公开目录 | 法定主动公开内容 | 发布日期 | 2022-04-01 |\n"
                 "2021年某某补助经费项目支出绩效自评报告\n"
                 "项目名称:2021年某某补助经费项目。\n"
                 "项目主管部门:某县农业农村局。\n"
                 "项目实施单位:某乡人民政府。\n")
    assert read.unit.name == "某乡人民政府"


def test_a_goal_closed_by_its_stop_ends_its_cell_before_a_short_result() -> None:
    """"预期目标 实际完成情况" over "GOAL。 RESULT。" on one line: the goal ends at its 。, the short text after the
    space is the result (a form's two cells printed on one line)."""
    read = _read("项目支出绩效自评表\n(2022年度)\n项目名称 某某维护经费\n主管部门 实施单位 某市某某局\n"
                 "年度总体目标完成情况 预期目标 实际完成情况\n"
                 " 完成年度维护工作,完成某某改造项目和某某改革项目。 完成年度目标。\n"
                 "年度绩效指标完成情况 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分\n")
    assert read.project.goal_expected == "完成年度维护工作,完成某某改造项目和某某改革项目。"
    assert read.project.goal_actual == "完成年度目标。"


def test_rows_under_a_blank_level1_cell_take_the_block_their_level2_belongs_to() -> None:
    """The 一级 cells left blank but for "(50分)": a row under 数量指标 is in 产出指标, one under 社会效益指标 in
    效益指标 (the 2020 templates' blocks), a guess."""
    read = _read("项目支出绩效自评表\n(2022年度)\n项目名称 某某维护经费\n主管部门 实施单位 某市某某局\n"
                 "年度绩效指标完成情况 一级\n指标\n"
                 "二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施\n\n\n"
                 "(50分)\n数量指标 指标1:完成某某改造项目数量 2 2 25 25\n质量指标 指标1:工程质量合格 25 25\n\n\n"
                 "(30分)\n社会效益\n指标\n指标1:保障某某安全 30 30\n"
                 "满意度指标\n(10分)\n服务对象\n满意度指标\n指标1:服务对象满意度 90% 95% 10 10\n总分 100 100\n")
    levels = {i.name: i.level1 for i in read.indicators}
    assert levels["完成某某改造项目数量"] == "产出指标"
    assert levels["保障某某安全"] == "效益指标"


def test_the_amount_the_spending_is_the_stated_rate_of_is_the_budget() -> None:
    """"某某专项,补助8万元,2020年实际使用资金8万元,执行率为100%": with no budget stated in other words, the amount
    before the spending in the rate's sentence is the budget the rate was worked out on (guessed)."""
    read = _read("某市某某委员会2020年度项目绩效自评报告\n(某某专项经费项目)\n一、项目基本情况\n"
                 "(一)项目资金情况\n某某专项,补助8万元,2020年实际使用资金8万元,执行率为100%,得分10分。\n")
    assert read.budget.adjusted == Decimal(8)
    assert read.budget.executed == Decimal(8)


def test_a_bylines_source_in_traditional_script_with_pinyin_names_the_unit() -> None:
    """"日期:… 來源:某河區(qū)某某局" under a page's bar, the title opening on the same district: the source, its inline
    pinyin dropped, is the publishing unit when no other is named."""
    read = _read("中文版  |  蒙文版\n      日期:2024-05-06 10:20  來源:某河區(qū)農(nóng)業(yè)局\n      分享到:\n"
                 "      某河區2023年某某補貼項目支出績效自評報告\n      一、項目基本情況\n")
    assert read.unit.name == "某河区农业局"
