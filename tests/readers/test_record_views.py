"""Forms written as "label：value" lines (an OA system's detail view) and a money block written as
label–value pairs on one line: read as the tables they are (invented units and figures)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from page_reading import read_saved as _read

from jixiao.readers import read_any
from jixiao.readers.document import Document, Paragraph, Table
from jixiao.readers.record_views import record_views

_HEAD = """绩效管理平台 > 部门整体支出绩效自评 > 详情
填报单位：[520324117]某县某乡人民政府
评价年度：2024
预算执行情况（万元）
年初预算数：1,408.20
全年预算数：1,652.75
全年执行数：1,598.31
执行率：96.71%
分值：10
得分：9.67
绩效指标
"""
_RECORDS = [
    ["序号：1", "一级指标：产出指标", "二级指标：数量指标", "三级指标：村内道路硬化里程", "年度指标值：≥12公里",
     "实际完成值：12.6公里", "分值：40", "得分：40"],
    ["序号：2", "一级指标：效益指标", "二级指标：社会效益指标", "三级指标：群众出行条件", "年度指标值：明显改善",
     "实际完成值：明显改善", "分值：30", "得分：28"],
    ["序号：3", "一级指标：满意度指标", "二级指标：服务对象满意度指标", "三级指标：村民满意度",
     "年度指标值：≥85%", "实际完成值：88%", "分值：20", "得分：20"],
]
_TAIL = "自评总分：97.67\n打印人：管理员    打印时间：2025-03-02 10:11:12\n"


def _oa_view(between: str) -> str:
    return _HEAD + between + between.join("\n".join(r) + "\n" for r in _RECORDS) + between + _TAIL


@pytest.mark.parametrize("between", ["-" * 50 + "\n", "\n", "", "═" * 30 + "\n"],
                         ids=["dashed-rules", "blank-lines", "first-label-repeats", "box-rules"])
def test_an_oa_detail_view_reads_as_its_form(tmp_path: Path, between: str) -> None:
    evaluation = _read(tmp_path, _oa_view(between))
    assert evaluation.year == 2024
    assert evaluation.unit.name == "某县某乡人民政府"  # the system's unit code is not part of the name
    assert (evaluation.budget.initial, evaluation.budget.adjusted, evaluation.budget.executed) == (
        Decimal("1408.20"), Decimal("1652.75"), Decimal("1598.31"))
    rate, *rows = evaluation.indicators
    assert (rate.name, rate.weight, rate.stated_score, rate.actual.value) == (
        "预算执行率", Decimal(10), Decimal("9.67"), Decimal("96.71"))
    assert [(i.number, i.name, i.level1, i.weight, i.stated_score) for i in rows] == [
        (1, "村内道路硬化里程", "产出指标", Decimal(40), Decimal(40)),
        (2, "群众出行条件", "效益指标", Decimal(30), Decimal(28)),
        (3, "村民满意度", "满意度指标", Decimal(20), Decimal(20)),
    ]
    assert (rows[0].target.comparator, rows[0].target.value, rows[0].target.unit) == ("≥", Decimal(12), "公里")
    assert rows[1].actual.text == "明显改善"
    assert rows[2].level2 == "服务对象满意度指标"
    assert evaluation.stated_total == Decimal("97.67")


def test_two_pairs_on_one_line_and_a_record_per_row(tmp_path: Path) -> None:
    records = "\n".join(f"指标名称：{name}    分值：{w}\n年度指标值：{t} 实际完成值：{a}\t得分：{s}"
                        for name, w, t, a, s in [("培训人次", 60, "≥300人次", "320人次", 60),
                                                 ("学员满意度", 40, "≥90%", "93%", 38)])
    evaluation = _read(tmp_path, "某县就业服务中心2024年度项目支出绩效自评表\n" + records + "\n")
    assert [(i.name, i.weight, i.stated_score) for i in evaluation.indicators] == [
        ("培训人次", Decimal(60), Decimal(60)), ("学员满意度", Decimal(40), Decimal(38))]


def test_label_lines_naming_no_column_stay_paragraphs() -> None:
    blocks = [Paragraph(text, f"第{n}行") for n, text in enumerate(
        ["项目名称：乡村文化广场建设", "主管部门：某县文化和旅游局", "实施单位：某县文化馆", "项目负责人：王某",
         "联系电话：0000-1234567"], start=1)]
    document = Document("x.txt", list(blocks))
    assert record_views(document).blocks == blocks


def test_a_money_line_of_label_value_pairs_is_the_money_block(tmp_path: Path) -> None:
    text = ("某市图书馆2024年度项目支出绩效自评表\n项目名称 古籍修复保护经费\n"
            "项目资金（万元） 预算数 37.50 实际支出数 35.80 预算执行率 95.47%\n")
    evaluation = _read(tmp_path, text)
    assert (evaluation.budget.adjusted, evaluation.budget.executed, evaluation.budget.stated_execution_rate) == (
        Decimal("37.50"), Decimal("35.80"), Decimal("95.47"))


def test_a_money_line_becomes_a_table_with_its_caption() -> None:
    line = Paragraph("资金情况（万元） 年初预算数 20.00 全年执行数 18.00 执行率 90%", "第3行")
    (table,) = record_views(Document("x.txt", [line])).blocks
    assert isinstance(table, Table)
    assert table.rows == [["资金情况（万元）", "年初预算数", "全年执行数", "执行率"], ["", "20.00", "18.00", "90%"]]
    assert table.cell_location(1, 2) == "第3行"


@pytest.mark.parametrize("text", ["2024年预算数 20.00 万元，执行数 18.00 万元", "预算数 20.00 执行数 乙 执行率 90%"])
def test_prose_about_money_is_no_money_line(text: str) -> None:
    line = Paragraph(text, "第3行")
    assert record_views(Document("x.txt", [line])).blocks == [line]


# Conclusions and totals under a form --------------------------------------------------------------


@pytest.mark.parametrize(("line", "grade"), [("自评结论：优", "优"), ("评价结论：良", "良"), ("自评等级：优秀", "优")])
def test_the_grade_as_a_conclusion_line_under_the_table(tmp_path: Path, line: str, grade: str) -> None:
    text = ("2024年度项目支出绩效自评表\n项目名称 | 社区老年助餐服务经费 |\n"
            "一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
            "产出指标 | 数量指标 | 助餐服务人次 | ≥5000人次 | 5230人次 | 100 | 96 |\n"
            f"合计 | | | | | 100 | 96 |\n{line}\n")
    evaluation = _read(tmp_path, text)
    assert evaluation.stated_grade == grade
    assert evaluation.stated_total == Decimal(96)


def test_a_total_above_its_100_keeps_100_as_the_full_mark(tmp_path: Path) -> None:
    text = ("某县消防救援大队2024年度项目支出绩效自评报告\n"
            "一级指标\t二级指标\t指标内容\t指标值\t完成值\t权重\t得分\n"
            "产出指标\t数量指标\t消防栓维护数量\t≥200个\t214个\t60\t61.5\n"
            "效益指标\t社会效益指标\t火灾隐患整改率\t≥95%\t97%\t40\t40\n"
            "合计\t\t\t\t\t100\t101.5\n")
    evaluation = _read(tmp_path, text)
    assert (evaluation.stated_total, evaluation.full_mark) == (Decimal("101.5"), Decimal(100))


def test_an_oa_export_row_above_the_form_does_not_cost_its_year(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["审批编号：SP2025-0098", "", "", "申请人：财务科 李某", "", "", "打印时间：2025-04-01 09:30:00"])
    for row, text in ((2, "项目支出绩效自评表"), (3, "（2024年度）")):
        sheet.cell(row, 1, text)
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=7)
    for values in (["项目名称", "乡镇卫生院设备购置补助"],
                   ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
                   ["产出指标", "数量指标", "购置设备台数", "≥20台", "22台", "100", "100"]):
        sheet.append(values)
    path = tmp_path / "oa.xlsx"
    book.save(path)
    assert read_any(path).evaluation.year == 2024


def _html_rows(pairs: list[list[str]]) -> str:
    return "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in pairs)


@pytest.mark.parametrize("per_row", [1, 2], ids=["label-value", "two-pairs-a-row"])
def test_a_detail_view_as_label_value_table_rows(tmp_path: Path, per_row: int) -> None:
    fields = [["填报单位", "某区某街道办事处"], ["评价年度", "2024"]]
    for record in _RECORDS:
        fields.extend(item.split("：") for item in record)
    rows = [[cell for pair in fields[i:i + per_row] for cell in pair] for i in range(0, len(fields), per_row)]
    page = ("<html><body><h1>某区某街道办事处2024年度部门整体支出绩效自评表</h1><table>"
            + _html_rows(rows) + "</table></body></html>")
    path = tmp_path / "view.html"
    path.write_text(page, encoding="utf-8")
    evaluation = read_any(path).evaluation
    assert [(i.number, i.name, i.weight, i.stated_score) for i in evaluation.indicators] == [
        (1, "村内道路硬化里程", Decimal(40), Decimal(40)),
        (2, "群众出行条件", Decimal(30), Decimal(28)),
        (3, "村民满意度", Decimal(20), Decimal(20)),
    ]
    assert evaluation.unit.name == "某区某街道办事处"
