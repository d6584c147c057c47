"""The fused shape (a row's cells run together, no separator), stop 45, each from an invented snippet (invented units
and figures; docs/reader-corpora/flat-shapes-30.md, fused45)."""

from __future__ import annotations

from decimal import Decimal

from page_reading import indicator_rows, read_page

from jixiao.checks import run_checks
from jixiao.checks.finding import Severity
from jixiao.readers.flat_fused import fused_cells
from jixiao.readers.fused_money_columns import money_row_cells

_HEAD = ["某县某局2024年度项目支出绩效自评表", "项目名称某某补助项目", "主管部门某县某局实施单位某县某中心"]
_INDICATORS = ["一级指标二级指标三级指标年度指标值实际完成值分值得分偏差原因分析及改进措施",
               "产出指标数量指标某某补助人数≥800人812人2020",
               "效益指标社会效益指标某某受益率≥90%93%2020",
               "总分100"]


def test_an_unmarked_budget_rate_between_header_words_is_one_cell() -> None:
    """"…预算执行数预算执行率权重得分": 执行率 is a word of the form, 预算执行率 was not, so the header was cut 预算 |
    执行率 and the money row under it ("总额420.00…109.65") had a column too many: no budget, and no 预算执行率 row
    (its weight and score). 预算 before an unmarked 执行率 that header words stand on both sides of is the rate
    cell's own, as before a marked one ("预算执行率(B/A)"); the row's run is split as before, a guess. A 执行率 with
    no word after it (an indicator row's "预算执行率100%…") is not joined so."""
    money = ["预算执行情况（10分）年初预算调整后预算数预算执行数预算执行率权重得分",
             "总额320.00346.50331.4295.65%109.57"]
    assert fused_cells(money[0]) == ["预算执行情况（10分）", "年初预算", "调整后预算数", "预算执行数", "预算执行率",
                                     "权重", "得分"]
    page = read_page("\n".join(_HEAD + money + _INDICATORS))
    budget = page.budget
    assert (budget.initial, budget.adjusted, budget.executed, budget.stated_execution_rate) == (
        Decimal("320.00"), Decimal("346.50"), Decimal("331.42"), Decimal("95.65"))
    assert indicator_rows(page, "name", "weight", "stated_score")[0] == ("预算执行率", 10, Decimal("9.57"))
    assert page.provenance["budget.executed"].guessed
    assert not [f for f in run_checks(page) if f.severity == Severity.ERROR]


def test_a_year_budget_caption_with_its_unit_is_one_cell() -> None:
    """"年度预算数（万元）年初预算调整后预算数…": the caption over the row labels was cut 年度 | 预算数 |
    （万元）年初预算, a budget column too many, so the initial and adjusted budgets changed places. 年度预算数 with
    its unit is a word of the form (the table reader gives way to it beside an adjusted column, as in the docx)."""
    money = ["预算执行情况（10分）年度预算数（万元）年初预算调整后预算数预算执行数预算执行率权重得分原因",
             "总额240250.5238.7595.31%109.53"]
    assert fused_cells(money[0])[1:3] == ["年度预算数（万元）", "年初预算"]
    page = read_page("\n".join(_HEAD + money + _INDICATORS))
    assert (page.budget.initial, page.budget.adjusted, page.budget.executed) == (240, Decimal("250.5"),
                                                                                Decimal("238.75"))
    assert indicator_rows(page, "name", "weight", "stated_score")[0] == ("预算执行率", 10, Decimal("9.53"))
    assert not [f for f in run_checks(page) if f.severity == Severity.ERROR]


def test_fund_rows_with_no_word_of_the_form_are_cut_at_their_figures() -> None:
    """"其中：财政资金320.00346.50331.42…//" and "其他资金…": a fund row whose label is no word of the form was not cut
    at all, so the block's fund rows were lost. A line that is a source of funds' label (opening on 其中, or one of the
    lexicon's sources, ending as such a name does) and then only figures and blank cells' marks is cut into its
    label, its run and the marks; the run is split as any money row's (a guess). Prose with words after its figure
    ("中央资金投入100万元") is not such a row."""
    money = ["项目资金（万元）年初预算数全年预算数全年执行数分值执行率得分",
             "年度资金总额412.30436.50420.251096.28%9.63",
             "其中：市级财政资金352.30376.50360.25———",
             "其他资金60.0060.0060.00———"]
    page = read_page("\n".join(_HEAD + money + _INDICATORS))
    assert [(r.name, r.initial, r.adjusted, r.executed) for r in page.budget.fund_rows] == [
        ("市级财政资金", Decimal("352.30"), Decimal("376.50"), Decimal("360.25")),
        ("其他资金", Decimal("60.00"), Decimal("60.00"), Decimal("60.00"))]
    assert page.provenance["budget.fund_rows"].guessed
    assert not [f for f in run_checks(page) if f.severity == Severity.ERROR]
    assert money_row_cells("其中：某某资金420.00436.50421.1796.49%//") == [
        "其中：某某资金", "420.00436.50421.1796.49%", "//"]
    assert money_row_cells("中央资金投入100万元") is None
    assert money_row_cells("某某项目资金使用率100") is None


def test_a_header_words_unit_stays_with_it_and_fund_rows_lose_their_thousands_separators() -> None:
    """"项目资金（元）预算安排数全年预算数…": the unit written after 项目资金 went to the next cell
    ("（元）预算安排数"), which then named no column (预算安排数 opens its cell), so the initial budget was lost. A
    bracketed unit right after a word of the form is that word's. And a fund row in 元 with thousands separators
    ("其中：财政拨款2,360,000.002,486,000.00…") has them taken out of its run, as a total row's are."""
    money = ["项目资金（元）预算安排数全年预算数全年执行数分值执行率得分",
             "年度资金总额1,840,000.001,952,000.001,903,200.001097.50%9.75",
             "其中：财政拨款1,840,000.001,952,000.001,903,200.00——",
             "其他资金——"]
    assert fused_cells(money[0])[:2] == ["项目资金（元）", "预算安排数"]
    page = read_page("\n".join(_HEAD + money + _INDICATORS))
    budget = page.budget
    assert (budget.initial, budget.adjusted, budget.executed) == (
        Decimal("184.00"), Decimal("195.20"), Decimal("190.32"))
    assert [(r.name, r.initial, r.executed) for r in budget.fund_rows] == [
        ("财政拨款", Decimal("184.00"), Decimal("190.32"))]
    assert page.provenance["budget.initial"].guessed
    assert not [f for f in run_checks(page) if f.severity == Severity.ERROR]


def test_a_total_row_with_a_note_after_its_figures_is_cut_at_them() -> None:
    """"总额280.00312.00265.2085.00%108.5年中追加某某补贴，部分资金年底到位": a total row whose 原因 cell ran on
    after its score was one cell (no word of the form in it), so the whole budget and its 预算执行率 row were lost.
    A line that is a money row's label (a total's, 其中, a source of funds), a run of several figures and a note is
    cut into the three; one amount before words ("合计320.00万元，…") is prose, not such a row."""
    money = ["预算执行情况（10分）年初预算调整后预算数预算执行数预算执行率权重得分原因",
             "总额280.00312.00265.2085.00%108.5年中追加某某补贴，部分资金年底到位",
             "其中：财政资金280.00312.00265.2085.00%//"]
    page = read_page("\n".join(_HEAD + money + _INDICATORS))
    budget = page.budget
    assert (budget.initial, budget.adjusted, budget.executed, budget.stated_execution_rate) == (
        Decimal("280.00"), Decimal("312.00"), Decimal("265.20"), Decimal("85.00"))
    assert indicator_rows(page, "name", "weight", "stated_score")[0] == ("预算执行率", 10, Decimal("8.5"))
    assert page.provenance["budget.executed"].guessed
    assert not [f for f in run_checks(page) if f.severity == Severity.ERROR]
    assert money_row_cells("合计320.00万元，其中某某资金") is None
