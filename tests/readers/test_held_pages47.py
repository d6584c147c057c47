"""Shapes the held-out pages of stop 47 showed (docs/reader-corpora/held-47.md), each as an invented snippet:
invented units, places, projects and figures, no text of any page."""

from __future__ import annotations

from decimal import Decimal

from corpus import errors
from page_reading import read_page as _read

# a transfer's self-evaluation stating one rate for the central part and another for the local part
_TWO_LEVELS_RATES = (
    "某省2021年度某某储备基金绩效自评情况\n"
    "一、绩效目标分解下达情况\n"
    "中央核定我省某某储备基金规模为5000.00万元,其中:中央补助2000.00万元,地方自筹3000.00万元。"
    "2021年,收到中央补助资金2000.00万元,全部拨付到各市县,其中省级支出300.00万元,各市县安排1700.00万元,"
    "执行率为100%。\n"
    "2021年我省某某储备基金地方应配套3000.00万元,实际配套到位资金7500.00万元,超规模配套4500.00万元,"
    "执行率为250%。\n"
)


def test_rates_of_two_levels_funds_in_two_sentences_are_theirs_not_the_budgets() -> None:
    """"收到中央补助资金…执行率为100%" and "地方应配套…执行率为250%": each rate is its level's fund's, not the
    budget's stated twice (no contradiction between the text and itself); "基金规模为…" is the fund's budget."""
    read = _read(_TWO_LEVELS_RATES)
    assert read.budget.stated_execution_rate is None
    assert read.budget.adjusted == Decimal("5000")  # the fund's 规模: its approved size, the budget
    assert "TEXT_TABLE_MISMATCH" not in errors(read)


def test_one_levels_rate_stays_the_budgets() -> None:
    """A report whose only fund is the central one: its rate is the budget's."""
    read = _read("某县某某局2021年度某某补助资金绩效自评报告\n一、资金情况\n"
                 "2021年收到中央补助资金80万元,支出80万元,执行率为100%。\n")
    assert read.budget.stated_execution_rate == Decimal("100")


def test_a_sites_slogan_is_no_part_of_the_title_and_a_bylines_full_name_is_the_unit() -> None:
    """"查文件, 找服务, 就上某某网 !" over the title: an exclamation is a site's slogan, never the title's start; the
    byline "某某省某某厅 | 2022-03-01" under a title naming the body without its place gives the full name."""
    read = _read("查文件, 找服务, 就上某某网 !\n\n省某某厅关于2021年度中央转移支付资金绩效自评的报告\n\n"
                 "某某省某某厅 | 2022-03-01\n现将某某资金2021年度绩效自评报告公开如下:\n")
    assert read.unit.name == "某某省某某厅"
    assert "网" not in (read.project.name if read.project else "")


def test_an_initial_budget_written_as_yuan_figure_word() -> None:
    """"年初预算资金数80万元": 资金数 before the amount, the initial budget."""
    read = _read("某县某某会2022年度某某项目支出绩效自评报告\n一、基本情况\n"
                 "年初预算资金数80万元,全年预算数80万元,全年执行数60万元,执行率为75%\n")
    assert (read.budget.initial, read.budget.adjusted, read.budget.executed) == (
        Decimal("80"), Decimal("80"), Decimal("60"))


def test_a_funds_whole_with_its_original_budget_and_an_addition_in_a_bracket() -> None:
    """"某某行动资金500万元(财政预算450万元,年底追加某某资金50万元)": 500 the budget, 450 the initial one."""
    read = _read("市某某局某某治理专项资金绩效自评报告\n一、专项资金概况\n"
                 "某某整治行动资金500万元(财政预算450万元,年底追加某某资金50万元),主要用于以奖代补。\n")
    assert (read.budget.initial, read.budget.adjusted) == (Decimal("450"), Decimal("500"))
