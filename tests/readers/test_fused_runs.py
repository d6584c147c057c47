"""Cells run together with no separator, from a viewer or OCR (invented units and figures): a run of fused
money figures split by the form's own constraints only when exactly one split fits, every such reading
guessed; a column's letter in misread brackets; a level's bracketed weight run onto the next name; a
form's rows carried on after a viewer's page number."""

from __future__ import annotations

from decimal import Decimal

from corpus import errors as _errors
from page_reading import read_page

from jixiao.readers.flat_fused import fused_cells
from jixiao.readers.flat_tokens import line_cells
from jixiao.readers.fused_money import GuessedCell, split_money_run
from jixiao.readers.ocr_words import read_back_words

MONEY = ["budget", "budget", "executed", "rate"]


def test_a_fused_money_run_splits_the_one_way_the_rate_and_decimals_allow() -> None:
    assert split_money_run("41.741.741.7100%", MONEY) == ["41.7", "41.7", "41.7", "100%"]
    assert split_money_run("212.50208.2598%", ["budget", "executed", "rate"]) == ["212.50", "208.25", "98%"]


def test_weight_and_score_columns_split_with_the_score_no_more_than_the_weight() -> None:
    roles = ["budget", "executed", "weight", "rate", "score"]
    assert split_money_run("208.50190.201091.23%9.12", roles) == ["208.50", "190.20", "10", "91.23%", "9.12"]


def test_a_run_no_split_fits_or_several_fit_is_left_alone() -> None:
    assert split_money_run("41.741.741.799%", MONEY) is None  # 41.7 ÷ 41.7 is no 99 %
    assert split_money_run("1234512345", ["budget", "executed"]) is None  # no rate: several splits fit


def test_a_long_or_hostile_run_gives_up_quickly() -> None:
    assert split_money_run("1" * 41 + "%", MONEY) is None
    assert split_money_run("1" * 39 + "%", ["budget"] * 4 + ["executed", "rate"]) is None


FORM = ("某市项目支出绩效自评表(2022年)项目名称社区图书角经费主管部门某市文化局实施单位某市图书馆"
        "项目资金(万元)年度资金总额年初预算数调整预算数(A)全年执行数(B)执行率(B/A)41.741.741.7100%"
        "年度总体目标添置图书\n")


def test_the_run_after_the_money_header_is_cut_into_its_columns() -> None:
    cells = fused_cells(FORM.strip(), force=True) or []
    at = cells.index("执行率(B/A)")
    assert cells[at + 1: at + 5] == ["41.7", "41.7", "41.7", "100%"]
    assert isinstance(cells[at + 1], GuessedCell)


def test_the_budget_read_from_the_split_is_guessed_and_raises_no_error() -> None:
    evaluation = read_page(FORM, "viewer.txt")
    assert evaluation.budget.initial == Decimal("41.7")
    assert evaluation.budget.executed == Decimal("41.7")
    assert evaluation.budget.stated_execution_rate == Decimal("100")
    assert evaluation.provenance["budget.executed"].guessed
    assert not _errors(evaluation)


def test_a_columns_letter_in_misread_brackets_is_read_back() -> None:
    line = "项目资金年度资金总额年初预算数调整预算数,A、全年执行数(B)执行率"
    assert "调整预算数(A)全年执行数" in read_back_words(line)


def test_a_levels_bracketed_weight_stays_with_the_level() -> None:
    cells = fused_cells("产出指标数量指标(8分)培训人次8300人次300人次8质量指标(6分)合格率6", force=True) or []
    assert "数量指标(8分)" in cells and "培训人次" in cells


ROWS = ("3、考核人数12一按时完成考核,结果公开,按月通报12项目产出(20分)数量指标(10分)服务人次10800人次"
        "800人次10质量指标(10分)服务合格率1095%95%10\n")


def test_rows_carried_on_after_a_viewers_page_number_are_cut() -> None:
    cells = line_cells(ROWS.strip()) or []
    assert "数量指标(10分)" in cells and "服务合格率" in cells


def test_a_levels_weight_inside_a_run_of_text_stays_with_the_level_and_project_stays_one_word() -> None:
    from jixiao.readers.flat_value_runs import cells_between

    cells = cells_between("3项目决策(12分)目标合理性6一目标清晰6项目立项规范性3")
    assert cells == ["3", "项目决策(12分)", "目标合理性", "6", "一目标清晰", "6", "项目立项规范性", "3"]


def test_an_ocrs_letters_inside_a_run_of_digits_are_read_back_and_letters_in_words_stay() -> None:
    line = "项目名称主管部门实施单位完成率1OO%完成时间2O23年6月单价3l.5元,改造IO接口O2O平台"
    fixed = read_back_words(line)
    assert "完成率100%完成时间2023年6月单价31.5元" in fixed
    assert fixed.endswith(",改造IO接口O2O平台")


def test_an_ocr_slip_is_read_back_only_where_a_form_word_then_matches() -> None:
    fixed = read_back_words("年度资金总额项Fl资金年初预算数全年执行数执行率,Fl型号兀宝")
    assert fixed.startswith("年度资金总额项目资金年初预算数")
    assert fixed.endswith(",Fl型号兀宝")
