"""Look-alikes that could raise a false error (docs/reader-corpora/look-alikes-30.md), each as an invented snippet:
invented units, places, projects and figures, no text of any page."""

from __future__ import annotations

from decimal import Decimal

import pytest
from corpus import errors as _errors
from page_reading import read_page as _read

_TITLE = "某县某局2022年度某某补助资金项目支出绩效自评报告\n二、资金使用情况\n"
_HEADER = ("序号", "单位名称", "全年预算数", "全年执行数", "执行率")
_ROWS = (("1", "某某中心", "210.50", "198.20", "94.16%"), ("2", "某某站", "89.50", "89.50", "100.00%"),
         ("合计", "", "300.00", "287.70", "95.90%"))


def _one_cell_a_line(header: tuple[str, ...]) -> str:
    return _TITLE + "".join(cell + "\n" for row in (header, *_ROWS) for cell in row)


def _piped(header: tuple[str, ...]) -> str:
    return _TITLE + "".join("| " + " | ".join(row) + " |\n" for row in (header, *_ROWS))


@pytest.mark.parametrize("text", [_one_cell_a_line(_HEADER), _piped(_HEADER),
                                  _one_cell_a_line(("序号", "资金来源", *_HEADER[2:])),
                                  _piped(("序号", "项目名称", *_HEADER[2:]))])
def test_a_serial_number_before_a_money_row_s_label_is_never_an_amount(text: str) -> None:
    evaluation = _read(text)
    budget = evaluation.budget
    assert (budget.adjusted, budget.executed, budget.stated_execution_rate) == (
        Decimal("300.00"), Decimal("287.70"), Decimal("95.90"))
    assert not _errors(evaluation)


def test_a_units_table_run_together_under_its_serial_column_gives_no_serial_as_the_amount_spent() -> None:
    text = ("某省某专项转移支付2022年度绩效自评报告\n"
            "1、某省某专项转移支付2022年度绩效自评报告某省某局二O二三年三月序号各单位名称全年预算数全年执行数预算执行率"
            "1某某中心210.50198.2094.16%2某某站89.5089.50100.00%合计300.00287.7095.90%由上表可知。\n")
    evaluation = _read(text)
    assert evaluation.budget.executed != Decimal(1)
    assert not _errors(evaluation)


def test_a_money_row_whose_label_is_a_figure_free_word_keeps_its_first_figure() -> None:
    # no 序号 before the header: "资金总额 | 全年预算数 …" over "10 | 10 | 100%" is the total row's own figures
    text = _TITLE + "".join(c + "\n" for c in ("资金总额", "全年预算数", "全年执行数", "执行率", "10", "10", "100%"))
    budget = _read(text).budget
    assert (budget.adjusted, budget.executed) == (Decimal(10), Decimal(10))


def test_a_target_row_named_like_a_level_keeps_its_unit_cell() -> None:
    text = ("某县某局2023年度协管人员经费绩效自评工作报告\n（三）绩效目标。\n"
            + "".join(cell + " |\n" for cell in ("指标名称", "计量单位", "指标性质", "指标值", "协管人员", "人", "=",
                                                  "86", "服务对象满意度", "%", "≥", "90")))
    rows = [(i.name, i.target.unit if i.target else None, i.target.value if i.target else None)
            for i in _read(text).indicators]
    assert rows == [("协管人员", "人", Decimal(86)), ("服务对象满意度", "%", Decimal(90))]


def test_a_numbered_row_heading_the_budget_by_nature_reads_without_a_crash() -> None:
    # "| 3 |  | 按收入性质分 | …": the row's one figure is its 序号; the head's own cell holds no figure
    text = ("部门整体支出绩效自评表\n（2024年度）\n"
            "| 序号 | 部门（单位）名称 | 某县某镇人民政府 |  |  |  |  |  |  |\n"
            "| 1 | 年度预算执行情况（万元） |  | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n"
            "| 2 |  | 年度资金总额 | 1200.00 | 1300.00 | 1274.00 | 10 | 98.00% | 9.8 |\n"
            "| 3 |  | 按收入性质分 |  |  |  | 按支出性质分 |  |  |\n"
            "| 4 |  | 一般公共预算 | 1100.00 | 1180.00 | 1160.00 | 基本支出 | 600.00 | 598.00 |\n"
            "| 5 |  | 政府性基金预算 | 100.00 | 120.00 | 114.00 | 项目支出 | 700.00 | 676.00 |\n")
    evaluation = _read(text)
    assert evaluation.budget.executed == Decimal("1274.00")
    assert not _errors(evaluation)


_SCORED = ("某县某局2022年度某某项目支出绩效自评表\n"
           "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
           "| 产出指标 | 数量指标 | 培训人次 | ≥300人次 | 320人次 | 30 | 30 |\n"
           "| 产出指标 | 质量指标 | 培训合格率 | ≥95% | 97% | 30 | 30 |\n"
           "{break}"
           "| 效益指标 | 社会效益指标 | 从业技能提升 | 明显 | 明显 | 30 | 30 |\n"
           "| 满意度指标 | 服务对象满意度指标 | 学员满意度 | ≥90% | 93% | 10 | 10 |\n"
           "| 总分 | 100 | 100 |\n")


@pytest.mark.parametrize("mark", ["第 2 页 共 3 页", "第2页，共3页", "- 2 -", "— 2 —"])
def test_a_page_s_number_inside_the_indicator_table_is_no_row(mark: str) -> None:
    evaluation = _read(_SCORED.format(**{"break": f"\n{mark}\n\n"}))
    assert [(i.name, i.weight) for i in evaluation.indicators] == [
        ("培训人次", Decimal(30)), ("培训合格率", Decimal(30)), ("从业技能提升", Decimal(30)),
        ("学员满意度", Decimal(10))]
    assert not _errors(evaluation)


def test_a_bare_figure_alone_on_a_line_is_no_page_number_to_drop() -> None:
    # one cell a line: "2" is a cell (a weight, a count), never taken for a page's number
    from jixiao.readers.wrapped_lines import is_page_mark
    assert not any(is_page_mark(line) for line in ("2", "3/12", "10", "- 2", "第2页的内容"))
    assert all(is_page_mark(line) for line in ("- 2 -", "第 2 页", "第2页/共3页", "－3－"))


def test_a_form_numbered_line_by_line_gives_no_serial_as_a_weight() -> None:
    # every line of the exported form opens on its number: the 合计 line's "7" is no weight of the row above
    text = ("某县某馆2023年度群众文化活动经费项目支出绩效自评表\n"
            "1 | 项目名称 | 群众文化活动经费 |\n"
            "2 | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |\n"
            "3 | 产出指标 | 数量指标 | 文化活动场次 | ≥40场 | 42场 | 30 | 30 | |\n"
            "4 | 产出指标 | 时效指标 | 活动计划完成率 | 100% | 95% | 30 | 28.5 | 一场演出因降雨取消 |\n"
            "5 | 效益指标 | 社会效益指标 | 参与群众人次 | ≥8000人次 | 8600人次 | 30 | 30 | |\n"
            "6 | 满意度指标 | 服务对象满意度指标 | 群众满意度 | ≥90% | 94% | 10 | 10 | |\n"
            "7 | 合计 | | | | | 100 | 98.5 | |\n")
    evaluation = _read(text)
    assert [(i.name, i.weight, i.stated_score) for i in evaluation.indicators] == [
        ("文化活动场次", Decimal(30), Decimal(30)), ("活动计划完成率", Decimal(30), Decimal("28.5")),
        ("参与群众人次", Decimal(30), Decimal(30)), ("群众满意度", Decimal(10), Decimal(10))]
    assert not _errors(evaluation)


# "序号 | 全年预算数 …" under "资金投入情况（万元）", and a money block numbered line by line: the next row's number is
# no figure of an empty fund row
_SERIAL_UNDER_CAPTION = ("某县某局2024年度某某补助资金绩效自评表\n资金投入情况（万元） |\n"
                         "序号 | 全年预算数(A) | 全年执行数(B) | 预算执行率(B/A×100%) | |||\n"
                         "1 | 年度资金总额: | 500.5 | 450.45 | 90% | |||\n"
                         "2 | 其中:中央财政资金 | 500.5 | 450.45 | 90% | |||\n"
                         "3 | 地方财政资金 | |||||\n4 | 其他资金 | |||||\n5 | 资金管理情况 | 情况说明 | |||||\n")
_NUMBERED_LINES = ("某县某局2024年度某某补助资金项目支出绩效自评表\n"
                   "| 2 | 项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n"
                   "| 3 | 年度资金总额 | 60 | 60 | 57.3 | 10 | 95.50% | 9.55 |\n"
                   "| 4 | 其中：当年财政拨款 | | | | | | |\n"
                   "| 5 | 上年结转资金 | 60 | 60 | 57.3 | | | |\n| 6 | 其他资金 | | | | | | |\n")


@pytest.mark.parametrize(("text", "rows"), [(_SERIAL_UNDER_CAPTION, [("中央财政资金", Decimal("450.45"))]),
                                            (_NUMBERED_LINES, [("上年结转资金", Decimal("57.3"))])])
def test_the_next_row_s_number_is_no_figure_of_an_empty_fund_row(text: str, rows: list[tuple[str, Decimal]]) -> None:
    evaluation = _read(text)
    assert [(row.name, row.executed) for row in evaluation.budget.fund_rows] == rows
    assert not _errors(evaluation)
