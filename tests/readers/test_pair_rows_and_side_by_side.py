"""Tables written two ways people use: budget facts as label | value pairs along one row, total rows
called 综合评分 / 自评总分, and score tables printed with two indicators side by side per row."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from page_reading import read_page

from jixiao.model import Evaluation
from jixiao.readers import read_any


def _xlsx(path: Path, rows: list[list[object]]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "自评表"
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


@pytest.mark.parametrize(
    ("labels", "unit_note", "total_label"),
    [(("年初预算", "调整预算", "执行数"), "（万元）", "综合评分"),
     (("年初预算数", "全年预算数", "全年执行数"), "", "自评总分"),
     (("年初预算", "调整后预算", "实际支出"), "(元)", "总得分")],
)
def test_budget_pairs_in_one_row_and_named_total_row(tmp_path: Path, labels: tuple[str, str, str],
                                                     unit_note: str, total_label: str) -> None:
    scale = Decimal(10000) if unit_note == "(元)" else Decimal(1)
    initial, adjusted, executed = (Decimal("236.5") * scale, Decimal(250) * scale, Decimal("241.8") * scale)
    rows: list[list[object]] = [
        ["某县司法局2024年度部门整体支出绩效自评表"],
        [labels[0] + unit_note, str(initial), labels[1] + unit_note, str(adjusted), labels[2] + unit_note,
         str(executed)],
        ["预算执行率", "96.72%"],
        ["序号", "指标名称", "分值", "年度指标值", "实际完成值", "得分"],
        [1, "法律援助案件数", 60, "≥300件", "318件", 60],
        [2, "群众满意度", 40, "≥90%", "87%", 35],
        [total_label, None, 100, None, None, 95],
    ]
    evaluation = read_any(_xlsx(tmp_path / "r.xlsx", rows)).evaluation
    budget = evaluation.budget
    assert (budget.initial, budget.adjusted, budget.executed) == (Decimal("236.5"), Decimal(250), Decimal("241.8"))
    assert budget.stated_execution_rate == Decimal("96.72")
    assert evaluation.stated_total == Decimal(95)
    assert [(i.name, i.stated_score) for i in evaluation.indicators] == [
        ("法律援助案件数", Decimal(60)), ("群众满意度", Decimal(35))]


def _names(evaluation: Evaluation) -> dict[str, tuple[Decimal | None, Decimal | None]]:
    return {i.name: (i.weight, i.stated_score) for i in evaluation.indicators}


def test_side_by_side_score_table_in_a_spreadsheet(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["某县民政局2024年度部门整体支出绩效自评表"],
        ["指标名称", "分值", "得分", "指标名称", "分值", "得分"],
        ["预算执行率", 10, 9.5, "救助资金发放及时率", 20, 18],
        ["低保对象救助人次", 20, 20, "困难群众满意度", 15, 15],
        ["特困人员供养人数", 35, 33, None, None, None],
        ["合计", 100, 95.5, None, None, None],
    ]
    evaluation = read_any(_xlsx(tmp_path / "r.xlsx", rows)).evaluation
    assert _names(evaluation) == {
        "预算执行率": (Decimal(10), Decimal("9.5")), "救助资金发放及时率": (Decimal(20), Decimal(18)),
        "低保对象救助人次": (Decimal(20), Decimal(20)), "困难群众满意度": (Decimal(15), Decimal(15)),
        "特困人员供养人数": (Decimal(35), Decimal(33))}
    assert evaluation.stated_total == Decimal("95.5")


def test_side_by_side_pipe_table_with_numbers() -> None:
    text = ("某县民政局2024年度部门整体支出绩效自评报告\n"
            "| 序号 | 三级指标 | 权重 | 自评分 | 序号 | 三级指标 | 权重 | 自评分 |\n"
            "|---|---|---|---|---|---|---|---|\n"
            "| 1 | 临时救助及时率 | 30 | 28 | 3 | 残疾人两项补贴发放率 | 20 | 20 |\n"
            "| 2 | 养老机构覆盖率 | 30 | 27 | 4 | 服务对象满意度 | 20 | 18 |\n")
    evaluation = read_page(text, "x.md")
    assert _names(evaluation) == {
        "临时救助及时率": (Decimal(30), Decimal(28)), "养老机构覆盖率": (Decimal(30), Decimal(27)),
        "残疾人两项补贴发放率": (Decimal(20), Decimal(20)), "服务对象满意度": (Decimal(20), Decimal(18))}
    assert sorted(i.number for i in evaluation.indicators if i.number is not None) == [1, 2, 3, 4]


def test_a_single_header_with_one_name_column_is_not_split() -> None:
    text = ("某县民政局2024年度部门整体支出绩效自评报告\n"
            "| 一级指标 | 二级指标 | 三级指标 | 分值 | 得分 |\n|---|---|---|---|---|\n"
            "| 产出指标 | 数量指标 | 救助人次 | 100 | 90 |\n")
    evaluation = read_page(text, "x.md")
    assert [(i.name, i.level1, i.level2) for i in evaluation.indicators] == [("救助人次", "产出指标", "数量指标")]


def test_grade_cell_in_brackets(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["某县司法局2024年度部门整体支出绩效自评表"],
        ["序号", "指标名称", "分值", "得分"],
        [1, "法律援助案件数", 100, 82],
        ["综合评分", None, 100, 82],
        ["评价等级", "【良】"],
    ]
    evaluation = read_any(_xlsx(tmp_path / "r.xlsx", rows)).evaluation
    assert evaluation.stated_total == Decimal(82)
    assert evaluation.stated_grade is not None and evaluation.stated_grade.value == "良"


def test_rows_of_labels_and_values_are_indicators() -> None:
    text = ("某县水利局2024年度部门整体支出绩效自评报告\n"
            "| 指标名称 | 河道巡查里程 | 分值 | 20 | 目标值 | ≥1800公里 | 实际值 | 1902公里 | 得分 | 20 |\n"
            "| 三级指标 | 水质达标率 | 权重 | 80 | 年度指标值 | ≥95% | 完成值 | 90% | 自评得分 | 75 |\n"
            "| 指标名称 | 分值 | 得分 | 指标名称 | 分值 | 得分 | 备注 | 说明 | 单位 | 序号 |\n")
    evaluation = read_page(text, "x.md")
    assert _names(evaluation) == {"河道巡查里程": (Decimal(20), Decimal(20)), "水质达标率": (Decimal(80), Decimal(75))}
    first, second = evaluation.indicators
    assert first.target is not None and first.target.value == Decimal(1800)
    assert second.actual is not None and second.actual.value == Decimal(90)


def test_score_column_written_as_fractions_gives_the_weights() -> None:
    text = ("某县水利局2024年度部门整体支出绩效自评报告\n"
            "| 序号 | 指标名称 | 目标值 | 实际值 | 自评得分 |\n|---|---|---|---|---|\n"
            "| 1 | 堤防加固长度 | ≥12公里 | 12.6公里 | 18/20 |\n"
            "| 2 | 水质达标率 | ≥95% | 90% | 75／80分 |\n")
    evaluation = read_page(text, "x.md")
    assert _names(evaluation) == {"堤防加固长度": (Decimal(20), Decimal(18)), "水质达标率": (Decimal(80), Decimal(75))}


def test_name_and_score_table_without_fractions_is_left_as_before() -> None:
    text = ("某县水利局2024年度部门整体支出绩效自评报告\n"
            "| 指标名称 | 得分 |\n|---|---|\n| 堤防加固长度 | 18 |\n| 截至日期 | 2024/12/31 |\n")
    evaluation = read_page(text, "x.md")
    assert evaluation.indicators == []
