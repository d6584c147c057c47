"""What the end-of-stop review of stop 36's reader changes found, each on an invented snippet: a fund's own spending
before its rate, a lead naming the whole, a date within the year, the other party opening a line, doubled amounts in
a viewer's doubled text, a 三公 table under its caption, a heading after a table, and rates of the whole said with
two natures or over a 其中 item."""

from __future__ import annotations

import re
from decimal import Decimal

from page_reading import read_page

from jixiao.readers.doubled_runs import runs_once
from jixiao.readers.extract.budget_figures import fund_rates, nature_part_rate
from jixiao.readers.source_text import text_to_document

_HEAD = "2024年度某县某局部门整体支出绩效自评报告\n"


def _rates(norm: str) -> list[re.Match[str]]:
    return list(re.finditer(r"执行率(\d+(?:\.\d+)?)%", norm))


def test_a_funds_own_spending_before_its_rate_keeps_the_rate_the_funds() -> None:
    norm = "中央资金累计支出81.97万元,预算执行率81.97%;省级资金累计支出99.28万元,预算执行率99.28%。"
    assert fund_rates(norm, _rates(norm)) == {0, 1}
    norm = "专项资金支出30万元,预算执行率61%,财政资金支出20万元,预算执行率58%,总支出50万元,执行率63%。"
    assert fund_rates(norm, _rates(norm)) == {0, 1}  # the whole's after its parts stays the budget's


def test_a_sentence_led_by_the_whole_projects_completion_states_the_total() -> None:
    read = read_page("2024年度某某项目绩效自评报告\n二、项目完成情况：经自评，本项目综合自评得分95分，等级为优。\n")
    assert read.stated_total == Decimal("95")


def test_spending_up_to_a_date_within_the_year_is_not_the_years() -> None:
    read = read_page(_HEAD + "截至6月30日支出30万元，进度偏慢。全年预算100万元，全年共完成支出95万元。\n")
    assert read.budget is not None and read.budget.executed != Decimal("30.00")


def test_the_body_that_sends_the_money_is_not_the_unit() -> None:
    read = read_page("2021年县财政局下达我局农村环境整治资金50万元，我局按要求完成了绩效自评。\n")
    assert read.unit is None or read.unit.name != "县财政局"
    read = read_page("2019年某县某某中心向县级财政争取资金50万元，我中心按要求完成了绩效自评。\n")
    assert read.unit is not None and read.unit.name == "某县某某中心"


def test_amounts_printed_twice_in_a_doubled_text_are_no_bold_runs() -> None:
    text = ("20242024 年度某某专项资金自评报告年度某某专项资金自评报告 某县某局某县某局 正文开始，项目资金 "
            "1000.001000.00 万元，执行率95%。")
    once, _ = runs_once(text)
    assert "1000.001000.00 万元" in once  # (a fused row's two equal amounts stay as written)
    assert "某县某局\n" in once or once.endswith("某县某局")


def test_a_sangong_table_under_its_caption_is_not_the_units_spending() -> None:
    read = read_page(_HEAD + "（三）“三公”经费支出情况（单位：万元）\n"
                     "| 因公出国(境)费 | 公务用车购置及运行费 | 公务接待费 | 合计 |\n"
                     "|---|---|---|---|\n| 0.00 | 12.50 | 3.20 | 15.70 |\n")
    assert read.budget is None or read.budget.expenditure_total != Decimal("15.70")


def test_a_heading_after_a_table_that_names_one_of_its_cells_stays() -> None:
    text = ("2024年度某某项目绩效自评表\n| 一级指标 | 二级指标 | 三级指标 | 分值 | 得分 |\n|---|---|---|---|---|\n"
            "| 效益指标 | 社会效益指标 | 某某覆盖率 | 10 | 10 |\n\n社会效益指标\n某某覆盖率达到100%。\n")
    texts = [getattr(block, "text", None) for block in text_to_document(text, "page.md").blocks]
    assert "社会效益指标" in texts


def test_a_rate_after_two_natures_or_over_a_part_item_is_the_wholes() -> None:
    norm = "基本支出和项目支出均按进度执行,预算执行率97.62%。"
    assert not nature_part_rate(norm, norm.index("97.62"))
    norm = "一是项目支出执行偏慢,执行率91.82%。"
    assert nature_part_rate(norm, norm.index("91.82"))
    read = read_page(_HEAD + "(1)年初预算100万元，全年支出95万元，预算执行率95%。\n"
                     "(2)其中中央资金60万元，已支出54万元，执行率90%。\n")
    assert read.budget is not None and read.budget.stated_execution_rate == Decimal("95")
    assert not read.provenance["budget.stated_execution_rate"].guessed
