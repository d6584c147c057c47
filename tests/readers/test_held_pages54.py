"""Shapes the held-out pages of stop 54 showed (docs/reader-corpora/held-54.md), each as an invented snippet:
invented units, places, projects and figures, no text of any page."""

from __future__ import annotations

from decimal import Decimal

from page_reading import read_page as _read

from jixiao.checks import run_checks
from jixiao.checks.finding import Severity


def test_an_investments_sources_beside_the_fund_handed_down_are_no_fund_rows() -> None:
    """"下达…项目资金为600万元" then "项目计划总投资900万元,其中:中央财政扶持600万元,自筹资金300万元": the parts are
    the whole investment's sources, the fund handed down one of them; no fund rows, no ROWS_NOT_SUM error."""
    read = _read("2021年度某某设施改造项目绩效自评报告\n"
                 "一、项目基本情况\n"
                 "根据某某文件,下达我县2021年某某设施改造项目资金为600万元。项目计划总投资900万元,其中:中央财政扶持"
                 "600万元,自筹资金300万元。\n")
    assert read.budget.adjusted == Decimal(600)
    assert not read.budget.fund_rows
    assert not [f for f in run_checks(read) if f.code == "ROWS_NOT_SUM" and f.severity == Severity.ERROR]


_ROWS_ONE_A_LINE = ("财政项目支出绩效自评表\n"
                    "2021年度\n"
                    "项目名称某某道路养护\n"
                    "主管部门某区某镇人民政府实施单位某区某镇人民政府\n"
                    "项目资金(万元) 年初预算数全年预算数全年执行数分值执行率得分\n"
                    "年度资金总额236000000.00236000000.00224200000.001095.0%9\n"
                    "年度总体目标预期目标实际完成情况\n"
                    "完成全镇道路日常养护,保障道路安全通行,改善群众出行条件。\n"
                    "全年完成情况良好\n"
                    "绩效指标一级指标二级指标三级指标年度指标值实际完成值分值得分偏差原因分析及改进措施\n"
                    "产出指标数量指标道路养护里程完成率100%100%2020 \n"
                    "质量指标养护验收合格率100%95%2018部分路段返工\n"
                    "时效指标养护完成及时性及时较及时1010 \n"
                    "效益指标社会效益指标道路通行保障率100%100%2020 \n"
                    "满意度指标服务对象满意度指标沿线居民满意度90%92%1010 \n"
                    "总分:87\n"
                    "财政项目支出绩效自评表\n")


def test_a_run_together_form_whose_rows_stand_one_a_line_is_read() -> None:
    """A form whose cells run together but whose rows the page kept one a line: its rows are read as the form
    run together on one line would be (before, with goal rows above the form, they were not)."""
    read = _read(_ROWS_ONE_A_LINE)
    named = {i.name: i for i in read.indicators}
    assert {"道路养护里程完成率", "养护验收合格率", "道路通行保障率", "沿线居民满意度"} <= set(named)
    assert named["养护验收合格率"].weight == Decimal(20) and named["养护验收合格率"].stated_score == Decimal(18)
    assert named["养护验收合格率"].level1 == "产出指标"


def test_a_fused_money_row_of_three_amounts_in_yuan_is_split() -> None:
    """"年度资金总额236000000.00236000000.00224200000.001095.0%9": three amounts of twelve characters, then 分值,
    执行率 and 得分 run together (46 characters; before, a run over 40 was not looked at)."""
    budget = _read(_ROWS_ONE_A_LINE).budget
    assert (budget.initial, budget.adjusted, budget.executed) == (Decimal(236000000), Decimal(236000000),
                                                                  Decimal(224200000))
    assert budget.stated_execution_rate == Decimal(95)
