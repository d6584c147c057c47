"""False errors that damage makes and trust45 left (``perturb_checks.py`` on the whole set): an invented snippet of
each cause, read as ``jixiao parse`` reads a txt."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from corpus import errors
from page_reading import read_saved

from jixiao.checks import run_checks

# an excerpt that ends inside a figure: "完成值9" is what the cut left of "完成值96.99%", so the rate it states is
# guessed and the check against the money only warns
CUT_FIGURE = "\n".join([
    "某县某某局2024年度部门整体支出绩效自评报告",
    "2024年年初预算612.40万元，调整后预算650.00万元，全年实际执行630.50万元，预算执行率为97.00%。",
    "三、绩效指标完成情况",
    "1.预算执行率：目标值≥95%，完成值9",
]) + "\n"


def test_a_figure_the_excerpts_end_may_have_cut_is_guessed(tmp_path: Path) -> None:
    evaluation = read_saved(tmp_path, CUT_FIGURE)
    assert evaluation.indicators[0].actual is not None and evaluation.indicators[0].actual.value == Decimal(9)
    assert evaluation.provenance["indicators[0].actual"].guessed
    assert "EXECUTION_RATE_MISMATCH" not in errors(evaluation)
    assert any(f.code == "EXECUTION_RATE_MISMATCH" for f in run_checks(evaluation))  # a warning, not silence


def test_a_figure_before_the_excerpts_end_is_read_as_written(tmp_path: Path) -> None:
    whole = CUT_FIGURE.replace("完成值9", "完成值9%，得6分（满分10分）。")
    evaluation = read_saved(tmp_path, whole)
    assert not evaluation.provenance["indicators[0].actual"].guessed
    assert "EXECUTION_RATE_MISMATCH" in errors(evaluation)


# the same cut as the full stop the excerpt kept after it: "得分８６．" (the quote leaves the point out)
def test_a_figure_cut_before_its_point_is_guessed(tmp_path: Path) -> None:
    text = CUT_FIGURE.replace("1.预算执行率：目标值≥95%，完成值9\n",
                              "1.预算执行率（分值10分）：目标值≥95%，完成值97%，得10分。\n"
                              "2.设备完好率（分值90分）：目标值≥95%，完成值96%，得87分。\n本项目自评综合得分９７．\n")
    evaluation = read_saved(tmp_path, text)
    assert evaluation.stated_total == Decimal(97)
    assert evaluation.provenance["stated_total"].guessed
    assert "TOTAL_MISMATCH" not in errors(evaluation)


# a web page's form whose last row the excerpt cut ("合计 | 100 | 9", of 97.5): the rows above it close on their
# rule; the site's bar at the top ("首页 | 政务公开 | 互动交流") does not, and is no row of the form
CUT_ROW = "\n".join([
    "首页 | 政务公开 | 互动交流",
    "某县某某局2024年度项目支出绩效自评表",
    "一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |",
    "产出指标 | 数量指标 | 维修校舍面积 | ≥1200平方米 | 1260平方米 | 40 | 40 |",
    "产出指标 | 质量指标 | 工程验收合格率 | 100% | 100% | 30 | 30 |",
    "效益指标 | 社会效益指标 | 学生安全隐患排除率 | 100% | 100% | 20 | 20 |",
    "满意度指标 | 服务对象满意度指标 | 师生满意度 | ≥90% | 85% | 10 | 7.5 |",
    "合计 | 100 | 9",
]) + "\n"


def test_a_last_row_the_excerpt_cut_under_closed_rows_is_guessed(tmp_path: Path) -> None:
    evaluation = read_saved(tmp_path, CUT_ROW)
    assert [i.stated_score for i in evaluation.indicators] == [Decimal(s) for s in ("40", "30", "20", "7.5")]
    assert "TOTAL_MISMATCH" not in errors(evaluation)


# a Markdown table broken by a page's furniture: the page number and the running title between two of its rows are
# left blank, and the rows after them go on with the table (the header's number of cells, no rule of their own)
PAGE_BREAK = "\n".join([
    "某区某某中心2024年度部门整体支出绩效自评报告",
    "| 序号 | 指标名称 | 分值 | 目标值 | 完成值 | 自评得分 |",
    "|---|---|---|---|---|---|",
    "| 1 | 预算执行率 | 20 | ≥95% | 98% | 20 |",
    "| 2 | 设施维护次数 | 30 | ≥12次 | 12次 | 30 |",
    "第 2 页 共 3 页",
    "某区某某中心2024年度部门整体支出绩效自评报告",
    "| 3 | 设施完好率 | 30 | ≥95% | 90% | 25 |",
    "| 4 | 群众满意度 | 20 | ≥90% | 92% | 20 |",
    "| | 总分 | 100 | | | 97 |",
    "一、基本情况",
    "本中心负责辖区公共设施维护。",
]) + "\n"


def test_a_markdown_table_goes_on_past_a_page_break(tmp_path: Path) -> None:
    evaluation = read_saved(tmp_path, PAGE_BREAK)
    assert [i.name for i in evaluation.indicators] == ["预算执行率", "设施维护次数", "设施完好率", "群众满意度"]
    assert evaluation.stated_total == Decimal(97)
    assert "TOTAL_MISMATCH" in errors(evaluation)  # 95 ≠ 97: the form's own error, raised across the break


def test_a_new_markdown_table_after_a_blank_line_stays_apart(tmp_path: Path) -> None:
    text = PAGE_BREAK.replace("第 2 页 共 3 页\n", "").replace(
        "某区某某中心2024年度部门整体支出绩效自评报告\n| 3 |",
        "\n| 序号 | 指标名称 | 分值 | 目标值 | 完成值 | 自评得分 |\n|---|---|---|---|---|---|\n| 3 |")
    from page_reading import text_to_document

    tables = [b for b in text_to_document(text, "x").blocks if hasattr(b, "rows")]
    assert len(tables) == 2
