"""The fused shape (a row's cells run together, no separator), stop 41, each from an invented snippet (invented units
and figures; docs/reader-corpora/flat-shapes-30.md, fused41)."""

from __future__ import annotations

from decimal import Decimal

from page_reading import indicator_rows, read_page

from jixiao.checks import run_checks
from jixiao.checks.finding import Severity
from jixiao.readers.flat_money_words import money_words

_HEAD = ["某区统计局2024年度部门整体支出绩效自评报告", "三、绩效指标完成情况"]
_TAIL = ["四、自评结论", "综合自评得分98分，等级为优。"]
# an indicator table on its side, each row label with its cells run together
_SIDE = ["表2-1 产出指标完成情况", "三级指标统计调查任务完成数调查对象回访合格率入户核查覆盖率",
         "权重（分）302010", "年度目标≥12项≥98%100%", "实际完成12项97%100%", "自评得分301810",
         "表2-2 满意度指标完成情况", "三级指标数据使用单位满意度", "权重（分）40", "年度目标≥90%", "实际完成91%",
         "自评得分40"]


def test_side_on_table_run_together_is_cut_by_its_rows_and_read_upright() -> None:
    """The target and actual rows, cut at their signs and units, say three indicators; the names are cut after
    数 / 率, the weights and scores into three figures each, score within weight (302010: 30 | 20 | 10; 301810:
    30 | 18 | 10). Before: no indicator read."""
    page = read_page("\n".join(_HEAD + _SIDE + _TAIL))
    assert indicator_rows(page, "name", "weight", "stated_score") == [
        ("统计调查任务完成数", 30, 30), ("调查对象回访合格率", 20, 18), ("入户核查覆盖率", 10, 10),
        ("数据使用单位满意度", 40, 40)]
    assert [(i.target.value, i.actual.value) for i in page.indicators[:3]] == [(12, 12), (98, 97), (100, 100)]
    assert page.indicators[0].level1 == "产出指标"
    assert all(page.provenance[f"indicators[{k}].{field}"].guessed
               for k in range(3) for field in ("name", "weight", "stated_score"))
    assert page.stated_total == 98
    assert not [f for f in run_checks(page) if f.severity == Severity.ERROR]


def test_names_that_cut_more_than_one_way_give_no_side_table() -> None:
    """"完成数数据…": 数 ends the first name or opens the second (完成数 | 数据…, 完成数数 | 据…), so the names are not
    cut and no indicator is made up; likewise scores that fit their weights two ways."""
    names = ["表2-1 产出指标完成情况", "三级指标统计调查任务完成数数据质量抽查合格率", "权重（分）3020",
             "年度目标≥12项≥98%", "实际完成12项97%", "自评得分3017"]
    assert read_page("\n".join(_HEAD + names + _TAIL)).indicators == []
    scores = ["表2-1 产出指标完成情况", "三级指标统计调查任务完成数调查对象回访合格率", "权重（分）2020",
              "年度目标≥12项≥98%", "实际完成12项97%", "自评得分1515"]  # 1 | 515 too many; 15 | 15 only: read
    assert [i.stated_score for i in read_page("\n".join(_HEAD + scores + _TAIL)).indicators] == [15, 15]
    # "3018.59" under 30 | 20 | 10: 30 | 18.5 | 9 and 30 | 1 | 8.59 both keep every score within its weight
    twice = [*names[:1], "三级指标统计调查任务完成数调查对象回访合格率入户核查覆盖率", "权重（分）302010",
             "年度目标≥12项≥98%100%", "实际完成12项97%100%", "自评得分3018.59"]
    assert read_page("\n".join(_HEAD + twice + _TAIL)).indicators == []


def test_money_header_of_words_with_no_cut_word_is_cut_into_its_columns() -> None:
    """"年初预算调整预算决算支出执行率" over "1250.001380.501362.7798.72%": the header's words are money columns the
    cutter has no cut word for, so the line stayed one cell and no budget was read. Cut into its columns, the
    run is split under them (a guess)."""
    page = read_page("\n".join(["某区某局2024年度部门整体支出绩效自评报告", "表1 2024年度预算执行情况（单位：万元）",
                                "年初预算调整预算决算支出执行率", "1250.001380.501362.7798.72%",
                                "二、绩效指标完成情况"]))
    budget = page.budget
    assert (budget.initial, budget.adjusted, budget.executed, budget.stated_execution_rate) == (
        1250, Decimal("1380.50"), Decimal("1362.77"), Decimal("98.72"))
    assert page.provenance["budget.adjusted"].guessed


def test_words_of_money_columns_in_a_title_or_said_twice_are_no_header() -> None:
    assert money_words("年初预算调整预算决算支出执行率") == ["年初预算", "调整预算", "决算支出", "执行率"]
    assert money_words("全年预算执行情况分析报告") is None  # no executed amount's column
    assert money_words("年初预算年初预算执行率") is None  # a column twice

