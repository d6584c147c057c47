"""Shapes of the forty-fifth set (docs/reader-corpora/fortyfifth.md), each rebuilt from an invented snippet of the
same shape (invented units and figures)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from page_reading import indicator_rows, read_docx, read_page

from jixiao.checks import run_checks
from jixiao.checks.finding import Severity
from jixiao.readers.document import Document, Paragraph
from jixiao.readers.extract import extract

_TABLE_LEAD = """某县水利局2024年度部门整体支出绩效自评报告
一、部门整体支出绩效自评情况
部门整体支出绩效自评表如下（预算执行率权重20分，按执行率计分）：
一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分
过程指标\t预算执行\t预算执行率\t100%\t96.00%\t20\t19.20
产出指标\t数量指标\t水库巡查次数\t≥120次\t126次\t40\t40
满意度指标\t服务对象满意度指标\t群众满意度\t≥90%\t95%\t40\t40
合计\t\t\t\t\t100\t99.20
"""


def test_a_heading_over_a_table_lead_is_no_indicator() -> None:
    """A section heading whose one sentence leads to the table below ("…自评表如下（预算执行率权重20分…）：") is no
    indicator: the weight it mentions is a row's of the table (before, an indicator named after the heading with 20
    points, and a false WEIGHTS_NOT_100)."""
    evaluation = read_page(_TABLE_LEAD)
    assert indicator_rows(evaluation, "name", "weight", "stated_score") == [
        ("预算执行率", Decimal("20"), Decimal("19.20")),
        ("水库巡查次数", Decimal("40"), Decimal("40")),
        ("群众满意度", Decimal("40"), Decimal("40")),
    ]
    assert not [f for f in run_checks(evaluation) if f.severity is Severity.ERROR]


def test_b_rate_label_run_on_after_an_amount() -> None:
    """"全年执行数：110.40万元执行率：92.00%": label fields a photo's OCR or a viewer ran together; the rate after an
    amount is the budget's, as it is after a space (before, taken for an indicator's "…元执行率" and lost)."""
    evaluation = read_page("项目支出绩效自评表（2025年度）\n项目名称：2025年路灯改造项目\n"
                           "全年预算数：120.00万元全年执行数：110.40万元执行率：92.00%\n")
    assert (evaluation.budget.adjusted, evaluation.budget.executed, evaluation.budget.stated_execution_rate) == (
        Decimal("120.00"), Decimal("110.40"), Decimal("92.00"))


def test_c_title_run_together_with_the_name_label() -> None:
    """A scanned form's title and its 项目名称 line joined into one paragraph ("项目支出绩效自评表（2025年度）项目名称：
    某项目"): the project is what the label names, without the label (before, "项目名称：某项目")."""
    document = Document("scan.png", [
        Paragraph("项目支出绩效自评表（2025年度）项目名称：2025年路灯改造提升项目", "第1页第1行（扫描，置信度 0.99）"),
        Paragraph("全年预算数：120.00万元 全年执行数：110.40万元 执行率：92.00%", "第1页第3行（扫描，置信度 0.97）"),
    ])
    evaluation, _ = extract(document)
    assert evaluation.project is not None and evaluation.project.name == "2025年路灯改造提升项目"


def test_d_budget_rows_named_by_kind_over_budget_and_spending_columns(tmp_path: Path) -> None:
    """A whole-unit form's money block on its side: "年度预算资金 | 预算数 | 执行数 | 执行率" over
    "年初预算 | 860.00 | |" and "全年预算 | 1020.00 | 969.00 | 95.00%": the 全年预算 row gives the year's budget,
    its spending and the rate (before, only the one-figure 年初预算 row was read, the rest lost)."""
    evaluation = read_docx(tmp_path, [
        "某镇人民政府2024年度部门整体支出绩效自评表",
        [["单位名称", "某镇人民政府", "", ""], ["年度预算资金", "预算数", "执行数", "执行率"],
         ["年初预算", "860.00", "", ""], ["全年预算", "1020.00", "969.00", "95.00%"]],
    ])
    budget = evaluation.budget
    assert (budget.initial, budget.adjusted, budget.executed, budget.stated_execution_rate) == (
        Decimal("860.00"), Decimal("1020.00"), Decimal("969.00"), Decimal("95.00"))
