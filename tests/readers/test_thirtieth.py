"""Shapes of the thirtieth set (docs/reader-corpora/thirtieth.md), each rebuilt from an invented snippet of the same
shape (invented units, names and figures)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from page_reading import by_name, read_page, read_saved


def test_a_plan_and_actual_sentences_after_a_second_level_label() -> None:
    """"1.数量指标：名称计划N，实际M，完成率R%。该指标分值W分，得S分。" under "（一）产出指标（W分）": the words before
    计划 are the name and the label its 二级 (before, the 二级 was read as the indicator's name)."""
    page = read_page("某镇村道养护项目2024年度绩效自评报告\n二、绩效目标完成情况\n（一）产出指标（60分）\n"
                     "1.数量指标：村道巡查养护里程计划48公里，实际51公里，完成率106.25%。该指标分值30分，得30分。\n"
                     "2.质量指标：养护验收合格率计划100%，实际96%，完成率96.00%。该指标分值30分，得28分。\n"
                     "（二）满意度指标（40分）\n"
                     "1.服务对象满意度指标：村民满意度目标90%，实际93%，完成率103.33%。该指标分值40分，得40分。\n")
    got = by_name(page)
    assert set(got) == {"村道巡查养护里程", "养护验收合格率", "村民满意度"}
    first = got["村道巡查养护里程"]
    assert (first.level1, first.level2, first.weight, first.stated_score) == ("产出指标", "数量指标", Decimal("30"),
                                                                             Decimal("30"))
    assert (first.target.value, first.target.unit, first.actual.value) == (Decimal("48"), "公里", Decimal("51"))
    assert (got["养护验收合格率"].actual.value, got["养护验收合格率"].stated_score) == (Decimal("96"), Decimal("28"))
    assert got["村民满意度"].level2 == "服务对象满意度指标"



def test_c_the_years_running_total_after_quarters_is_the_executed_amount() -> None:
    """"全年累计支出X万元" before a table of each quarter's spending and running rate: X is the year's executed amount
    (before, none was read) and no quarter's running figure takes its place."""
    page = read_page("某县疾控中心免疫规划项目2024年度绩效自评报告\n项目名称：免疫规划项目\n实施单位：某县疾控中心\n"
                     "本项目年初预算80.00万元，全年预算84.00万元。\n项目资金按季度执行，全年累计支出82.32万元，"
                     "预算执行率98.00%。分季度支出情况如下（单位：万元）：\n季度\t当季支出\t累计支出\t累计执行率\n"
                     "第一季度\t12.60\t12.60\t15.00%\n第二季度\t21.00\t33.60\t40.00%\n第三季度\t25.20\t58.80\t70.00%\n"
                     "第四季度\t23.52\t82.32\t98.00%\n")
    assert page.budget.executed == Decimal("82.32")
    assert page.budget.stated_execution_rate == Decimal("98.00")


def _html(rows: list[tuple[str, ...]]) -> str:
    cells = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return ('<html><head><meta charset="utf-8"></head><body><h2>某县某局2024年度部门整体支出绩效自评报告</h2>'
            f"<p>一、部门基本情况</p><p>人员情况如下：</p><table border='1'>{cells}</table></body></html>")


def test_b_a_staff_table_by_category_gives_its_total_row(tmp_path: Path) -> None:
    """类别 | 编制数 | 实有数 over 行政编制 / 事业编制 / 合计 rows: the staff figures are the 合计 row's (before,
    none was read: 实有数 was no label, and the row under the labels is a category's)."""
    page = read_saved(tmp_path, _html([("类别", "编制数", "实有数"), ("行政编制", "31", "29"), ("事业编制", "9", "8"),
                                       ("工勤编制", "2", "2"), ("合计", "42", "39")]), "report.html")
    assert (page.unit.staff_establishment, page.unit.staff_total) == (42, 39)


def test_b_a_staff_table_without_a_total_row_reads_as_before(tmp_path: Path) -> None:
    """编制数 | 实有人数 over one row of counts: those counts, as before."""
    page = read_saved(tmp_path, _html([("编制数", "实有人数"), ("26", "24")]), "report.html")
    assert (page.unit.staff_establishment, page.unit.staff_total) == (26, 24)
