"""The fused shape (a row's cells run together, no separator), stop 47, fused55: a money block by category or by unit
whose heads run together, each from an invented snippet (invented units and figures; docs/reader-corpora/
flat-shapes-30.md, fused55)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from page_reading import read_saved_rows

from jixiao.checks import run_checks
from jixiao.checks.finding import Severity
from jixiao.model import Evaluation
from jixiao.readers.flat_money_words import split_money_heads, whole_money_heads
from jixiao.readers.fused_money import split_money_run

_HEAD = ["某县某某管理中心2025年度部门整体支出绩效自评报告", "一、预算执行情况"]
_INDICATORS = ["二、部门整体支出绩效自评表",
               "一级指标二级指标三级指标年度指标值实际完成值分值得分偏差原因分析及改进措施",
               "产出指标数量指标某某巡查次数≥36次39次5050",
               "效益指标社会效益指标某某覆盖率≥80%83%5050",
               "总分100100"]


def _items(page: Evaluation) -> list[tuple[str, Decimal]]:
    return [(item.name, item.amount) for item in page.budget.expenditure_items]


def _budget(page: Evaluation) -> tuple[Decimal | None, ...]:
    """The budget's three amounts and its stated 执行率."""
    budget = page.budget
    return budget.initial, budget.adjusted, budget.executed, budget.stated_execution_rate


def _no_error(page: Evaluation) -> bool:
    return not [f for f in run_checks(page) if f.severity == Severity.ERROR]


def test_a_category_table_whose_heads_run_together_is_read_and_guessed(tmp_path: Path) -> None:
    """"项目年初预算数全年预算数全年支出数预算执行率" over "基本支出1,536.201,602.451,588.9099.15%" …: a money table by
    category, its heads run together with no word the cutter cuts at (全年支出数, 预算执行率 are none), its rows a
    category's name and a run of figures in thousands. The heads stayed one cell and no row was read. The heads are
    cut where every part is a whole head of the lexicon (one cut only); a category's row is its name and its run,
    which the aligner splits by the rate the row states. The figures so split are guesses, and marked so."""
    table = ["表1 2025年度预算执行情况（单位：万元）", "项目年初预算数全年预算数全年支出数预算执行率",
             "基本支出1,536.201,602.451,588.9099.15%", "项目支出287.00341.60305.2289.35%",
             "合计1,823.201,944.051,894.1297.43%"]
    page = read_saved_rows(tmp_path, _HEAD + table + _INDICATORS)
    assert _budget(page) == (Decimal("1823.20"), Decimal("1944.05"), Decimal("1894.12"), Decimal("97.43"))
    assert _items(page) == [("基本支出", Decimal("1588.90")), ("项目支出", Decimal("305.22"))]
    assert page.provenance["budget.initial"].guessed
    assert page.provenance["budget.expenditure_items"].guessed
    assert _no_error(page)


def test_a_unit_table_whose_last_heads_the_cutter_left_together_is_read(tmp_path: Path) -> None:
    """"单位名称年初预算数调整后预算数决算数执行率": the cutter cuts at 年初预算数 and 调整后预算数 and leaves
    "决算数执行率" one cell, so the header had no 执行率 and the rows of the department's units (a unit's name, its
    run of figures) were not read. A cell that is two whole heads is cut into them in a money header."""
    table = ["表1 部门及所属单位预算执行情况（单位：万元）", "单位名称年初预算数调整后预算数决算数执行率",
             "某某局机关512.30540.10531.6298.43%", "某某服务站208.00215.40203.1194.29%",
             "合计720.30755.50734.7397.25%"]
    page = read_saved_rows(tmp_path, _HEAD + table + _INDICATORS)
    assert _budget(page) == (Decimal("720.30"), Decimal("755.50"), Decimal("734.73"), Decimal("97.25"))
    assert page.provenance["budget.executed"].guessed
    assert _no_error(page)


def test_heads_are_cut_only_into_whole_heads_and_one_cut() -> None:
    """The label column's head, then whole heads (追加 / 调减 may both stand); no cut of a run holding a word that is
    no head, nor of a run of heads that names no executed amount."""
    assert whole_money_heads("支出类别年初预算本年追加本年调减调整后预算决算数执行率") == [
        "支出类别", "年初预算", "本年追加", "本年调减", "调整后预算", "决算数", "执行率"]
    assert whole_money_heads("项目年初预算数全年预算数某某支出数预算执行率") is None
    assert whole_money_heads("项目年初预算数全年预算数分值执行率得分") is None
    assert split_money_heads(["单位名称", "年初预算数", "全年预算数", "决算数执行率"]) == [
        "单位名称", "年初预算数", "全年预算数", "决算数", "执行率"]
    assert split_money_heads(["三级指标", "分值得分"]) == ["三级指标", "分值得分"]


def test_a_category_row_without_its_rate_is_not_split(tmp_path: Path) -> None:
    """A category's run of amounts with no rate ("项目支出16201744.51702.36") has several cuts (1620 | 1744.5 |
    1702.36, 1620 | 1744.51 | 702.36 …) and nothing to choose one by: the row is left unread, no item guessed."""
    table = ["表1 2025年度预算执行情况（单位：万元）", "项目年初预算数全年预算数全年支出数",
             "基本支出13001388.21386.4", "项目支出16201744.51702.36"]
    page = read_saved_rows(tmp_path, _HEAD + table + _INDICATORS)
    assert _items(page) == []
    assert _no_error(page)


_PROJECT = ["项目支出绩效自评表（2025年度）", "项目名称某某灌区节水改造项目",
            "主管部门某县水利局实施单位某县灌区服务中心", "（单位：元）"]
_PROJECT_ROWS = ["一级指标二级指标三级指标年度指标值实际完成值分值得分偏差原因分析及改进措施",
                 "产出指标数量指标改造渠道长度≥18公里18.6公里5050",
                 "满意度指标服务对象满意度指标受益农户满意度≥90%93%4040",
                 "总分10010"]


def test_fund_rows_of_amounts_alone_are_split_within_the_total(tmp_path: Path) -> None:
    """"其中：中央补助资金320000003400000034000000" and "市级配套资金220000002400000022672000" under the total row: fund
    rows in whole 元, no rate, one a name the lexicon's sources do not list (补助资金, 配套资金 after a level) and one
    its name run onto its figures. The first went to the aligner, which has nothing to check a cut by, and the
    second was no row. Each is split within what the total leaves in its columns (the funds add up to it), the one
    split that fits; a guess."""
    money = ["资金情况年初预算数全年预算数全年执行数分值执行率得分", "年度资金总额5400000058000000566720001097.71%9.77",
             "其中：中央补助资金320000003400000034000000", "市级配套资金220000002400000022672000"]
    page = read_saved_rows(tmp_path, _PROJECT + money + _PROJECT_ROWS)
    rows = [(row.name, row.initial, row.adjusted, row.executed) for row in page.budget.fund_rows]
    assert rows == [("中央补助资金", Decimal("3200.00"), Decimal("3400.00"), Decimal("3400.00")),
                    ("市级配套资金", Decimal("2200.00"), Decimal("2400.00"), Decimal("2267.20"))]
    assert page.provenance["budget.fund_rows"].guessed
    assert _no_error(page)


def test_a_total_in_whole_yuan_is_split_where_its_amounts_are_alike_in_size(tmp_path: Path) -> None:
    """"年度资金总额15000001580000158000010100%10": whole 元 have no decimal point to cut at, and a rate of 100 %
    fits 1500000 | 1580000 | 1580000 and 15000001 | 580000 | 580000 alike, so no split was taken (the aligner then
    read amounts of a few 元). Of the splits the constraints allow, the one whose amounts have as many whole digits
    each is taken, a guess; a run of amounts with no rate to check stays unsplit."""
    money = ["项目资金年初预算数全年预算数全年执行数分值执行率得分", "年度资金总额15000001580000158000010100%10"]
    page = read_saved_rows(tmp_path, _PROJECT + money + _PROJECT_ROWS)
    assert _budget(page)[:3] == (Decimal("150.00"), Decimal("158.00"), Decimal("158.00"))
    assert page.provenance["budget.initial"].guessed
    assert split_money_run("1234512345", ["budget", "executed"]) is None


def test_a_note_closing_a_spaced_money_row_is_no_row(tmp_path: Path) -> None:
    """"年度资金总额 1200.5 1300.2 1260.8 96.97% 10 -0.3 某某执行率未达100%": a note closing the row, its words run onto
    a rate, is no category's row run onto its figures (it does not open its line, and holds a rate only): the
    block's 执行率 stays the row's own."""
    money = ["预算资金（万元） 年初预算数 全年预算数 全年执行数 执行率 分值 扣分 扣分原因",
             "年度资金总额 1200.5 1300.2 1260.8 96.97% 10 -0.3 某某执行率未达100%"]
    page = read_saved_rows(tmp_path, _HEAD + money + _INDICATORS)
    assert page.budget.stated_execution_rate == Decimal("96.97")
    assert page.budget.executed == Decimal("1260.8")
