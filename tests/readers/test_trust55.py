"""False errors under damage on the newest material (stop 47, trust55): each a text damaged as a viewer or a search
excerpt gives it (a line dropped, lines re-wrapped), read as ``jixiao parse`` reads a txt. Invented snippets."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from corpus import errors
from page_reading import read_saved

PARTS_OVER_TOTAL = [
    "甲县民政局2024年困难群众救助资金绩效自评报告",
    "一、项目概况",
    "资金构成表",
    "序号\t资金构成\t年初预算数（万元）\t全年预算数（万元）\t全年执行数（万元）\t执行率",
    "1\t低保补助金\t520.00\t540.00\t531.20\t98.37%",
    "3\t临时救助金\t60.00\t64.00\t61.10\t95.47%",
    "合计\t\t700.00\t730.00\t715.50\t98.01%",
    "二、项目支出绩效自评表",
    "项目名称\t2024年困难群众救助资金",
    "项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分",
    "\t年度资金总额\t700.00\t730.00\t715.50\t10\t98.01%\t9.80",
    "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施",
    "产出指标\t数量指标\t救助人数\t≥3000人\t3120人\t40\t40\t",
    "效益指标\t社会效益指标\t困难群众基本生活保障率\t100%\t100%\t40\t40\t",
    "满意度指标\t服务对象满意度指标\t救助对象满意度\t≥90%\t95%\t10\t10\t",
    "总分\t\t\t100\t99.80",
]


def test_parts_falling_short_of_their_total_are_parts_not_the_budget(tmp_path: Path) -> None:
    """A table of a fund's parts over its 合计 with one part's line lost (a dropped line: the serial numbers show the
    gap): the parts no longer add up to the 合计, and the first part was read as the whole budget (520 against the
    form's 700): a false TEXT_TABLE_MISMATCH. Rows that fall short of the 合计 below them in every column are its
    parts; the 合计 is the budget."""
    evaluation = read_saved(tmp_path, "\n".join(PARTS_OVER_TOTAL) + "\n")
    assert evaluation.budget.initial == Decimal("700.00")
    assert evaluation.budget.executed == Decimal("715.50")
    assert "TEXT_TABLE_MISMATCH" not in errors(evaluation)


def test_a_lone_part_short_of_its_total_is_a_part(tmp_path: Path) -> None:
    """The same with two lines lost: one part alone over the 合计, smaller in every column, is no more the whole."""
    lines = [line for line in PARTS_OVER_TOTAL if not line.startswith("3\t")]
    evaluation = read_saved(tmp_path, "\n".join(lines) + "\n")
    assert evaluation.budget.adjusted == Decimal("730.00")
    assert "TEXT_TABLE_MISMATCH" not in errors(evaluation)



def test_parts_under_a_parts_column_with_their_total_lost_are_no_budget(tmp_path: Path) -> None:
    """The same table with its 合计 line lost: its label column is headed 资金构成 (the money's parts), so no row of it
    is the whole, and the form's money block gives the budget."""
    lines = [line for line in PARTS_OVER_TOTAL if not line.startswith("合计")]
    evaluation = read_saved(tmp_path, "\n".join(lines) + "\n")
    assert evaluation.budget.initial == Decimal("700.00")
    assert "TEXT_TABLE_MISMATCH" not in errors(evaluation)


YEARS_THEN_FORM = [
    "乙县民政局2024年高龄津贴资金绩效自评报告",
    "一、项目基本情况",
    "近三年资金安排及使用情况如下：",
    "项目      2022年   2023年   2024年   三年合计",
    "年初预算数（万元）       410.00  436.00  452.00",
    "1298.00",
    "全年预算数（万元）       420.50  440.80  460.20",
    "1321.50",
    "全年执行数（万元）       411.30  432.06  455.44",
    "1298.80",
    "执行率     97.81%  98.02%  98.97%",
    "二、2024年度绩效自评表",
    "项目名称        2024年高龄津贴资金",
    "项目资金（万元）                年初预算数      全年预算数      全年执行数      分值    执行率  得分",
    "        年度资金总额    452.00  460.20  455.44  10      98.97%  9.90",
    "一级指标        二级指标        三级指标        年度指标值      实际完成值      分值    得分",
    "产出指标        数量指标        高龄津贴发放人数        ≥2600人 2715人  40      40",
    "效益指标        社会效益指标    老年人获得感    明显增强        明显增强        40      40",
    "满意度指标      服务对象满意度指标      享受津贴老年人满意度    ≥92%    95.1%   10      10",
    "合计                                    100     99.90",
]


def test_a_row_of_rates_under_one_label_states_no_budget_rate(tmp_path: Path) -> None:
    """A table of several years' money re-wrapped by a narrow viewer: its rows lose their shape, and the line
    "执行率  A%  B%  C%" (one rate a year) gave its first, another year's, as the budget's rate against the form's
    own (97.81 against 98.97): a false TEXT_TABLE_MISMATCH. Which of a row's rates is the budget's the line does not
    say: it is kept aside, a guess only where nothing else states the rate."""
    evaluation = read_saved(tmp_path, "\n".join(YEARS_THEN_FORM) + "\n")
    assert evaluation.budget.stated_execution_rate == Decimal("98.97")
    assert "TEXT_TABLE_MISMATCH" not in errors(evaluation)


def test_a_row_of_rates_alone_is_read_as_a_guess(tmp_path: Path) -> None:
    """With no form below it, the row's first rate is still read, but marked guessed."""
    evaluation = read_saved(tmp_path, "\n".join(YEARS_THEN_FORM[:11]) + "\n")
    source = evaluation.provenance["budget.stated_execution_rate"]
    assert source.guessed


def test_an_indicator_row_of_the_budget_rate_states_its_target_first(tmp_path: Path) -> None:
    """A form's 预算执行率 row re-wrapped off its table (its target, actual, weight and score a gap apart, the weight
    glued to the actual): its first rate, the target 100%, was read as the budget's beside the text's own 95.40%,
    a false TEXT_TABLE_MISMATCH. The row's first rate is no statement of the budget's."""
    text = "\n".join([
        "丙区农技推广站2024年度基层农技推广经费项目支出绩效自评报告",
        "2024年项目年初预算36.00万元，全年预算36.00万元，全年执行34.34万元，预算执行率95.40%。",
        "项目自评表如下：",
        "预算执行率                   100%    95.40%10      9.54",
        "经自评，项目得分96.54分。",
    ]) + "\n"
    evaluation = read_saved(tmp_path, text)
    assert evaluation.budget.stated_execution_rate == Decimal("95.40")
    assert "TEXT_TABLE_MISMATCH" not in errors(evaluation)
