"""Shapes of the forty-third set (docs/reader-corpora/fortythird.md), each rebuilt from an invented snippet of the
same shape (invented units and figures)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from page_reading import by_name, indicator_rows, read_docx, read_page

from jixiao.checks import run_checks
from jixiao.checks.finding import Severity
from jixiao.readers.dash_rows import dash_slash_rows
from jixiao.readers.document import Table, low_confidence
from jixiao.readers.extract.transposed_indicators import upright


def _items(items: list) -> list[tuple[str, Decimal]]:
    return [(i.name, i.amount) for i in items]


def _errors(page: object) -> list[str]:
    return [f.code for f in run_checks(page) if f.severity == Severity.ERROR]  # type: ignore[arg-type]


def test_a_indicator_tables_on_their_side_one_per_level1(tmp_path: Path) -> None:
    """"表2-1 产出指标完成情况" over a table whose first column holds the labels (三级指标 / 权重（分） / 年度目标 /
    实际完成 / 自评得分) and each further column one indicator, one such table per 一级, the last of one indicator:
    every indicator with its 一级 and no false error (before, one score was read and a text/table mismatch raised)."""
    page = read_docx(tmp_path, [
        "某区统计局2024年度部门整体支出绩效自评报告", "三、绩效指标完成情况", "表2-1 产出指标完成情况",
        [["三级指标", "统计调查任务完成数", "数据质量抽查合格率"], ["权重（分）", "30", "30"],
         ["年度目标", "≥12项", "≥98%"], ["实际完成", "12项", "99%"], ["自评得分", "30", "30"]],
        "表2-2 满意度指标完成情况",
        [["三级指标", "数据使用单位满意度"], ["权重（分）", "40"], ["年度目标", "≥90%"], ["实际完成", "91%"],
         ["自评得分", "40"]],
        "综合自评得分100分，等级为优。"])
    assert indicator_rows(page, "name", "level1", "weight", "stated_score") == [
        ("统计调查任务完成数", "产出指标", Decimal("30"), Decimal("30")),
        ("数据质量抽查合格率", "产出指标", Decimal("30"), Decimal("30")),
        ("数据使用单位满意度", "满意度指标", Decimal("40"), Decimal("40"))]
    assert by_name(page)["数据质量抽查合格率"].actual.value == Decimal("99")
    assert not _errors(page)


def test_a_an_upright_table_and_a_two_record_view_stay_as_they_are() -> None:
    """A table whose first row is already the header, and a label | value table saying a label twice (two records,
    record_views' to read), are not turned."""
    head = Table([["三级指标", "分值", "得分"], ["某指标", "10", "10"], ["另一指标", "10", "9"]], "表1")
    assert upright(head) is head
    twice = Table([["三级指标", "甲"], ["分值", "10"], ["三级指标", "乙"], ["分值", "10"]], "表2")
    assert upright(twice) is twice


def test_a_scanned_table_on_its_side_keeps_its_confidences_turned() -> None:
    """A scanned indicator table on its side: a row of the upright table (one indicator) keeps the lowest OCR
    confidence of its cells, so what is read from the row is a guess as it was (before, the confidences were lost
    and a row's facts were cited as certain)."""
    side = Table([["三级指标", "甲指标", "乙指标"], ["分值", "10", "20"], ["得分", "10", "18"]], "表1",
                 confidences=[[0.99, 0.99, 0.99], [0.99, 0.99, 0.5], [0.99, 0.99, 0.99]])
    turned = upright(side)
    assert turned.rows == [["三级指标", "分值", "得分"], ["甲指标", "10", "10"], ["乙指标", "20", "18"]]
    assert low_confidence(turned.row_location(2)) and not low_confidence(turned.row_location(1))


def test_a_score_label_over_several_figures_is_no_certain_total() -> None:
    """"自评得分 | 10 | 20" (a table on its side whose pipe rows the text reader cut into pieces): two different
    figures after the label may be a row of indicators' scores, so the total read from it is a guess and the text's
    96 against it is no error (before, TEXT_TABLE_MISMATCH 96 ≠ 10)."""
    rows = [["三级指标", "甲指标", "乙指标"], ["权重（分）", "10", "20"], ["年度目标", "≥5项", "100%"],
            ["实际完成", "6项", "100%"], ["自评得分", "10", "20"]]
    table = "".join(f"| {' | '.join(row)} |\n" for row in rows)
    page = read_page(f"某县某局2023年度部门整体支出绩效自评报告\n三、绩效指标完成情况\n{table}"
                     "四、自评结论\n综合自评得分96分，等级为优。\n")
    assert page.stated_total == 96
    assert "TEXT_TABLE_MISMATCH" not in _errors(page)


def test_b_indicators_one_a_line_after_a_dash_and_between_slashes() -> None:
    """"名称——目标 / 实际 / 分值 / 得分" lines under a header line of the same shape, the 预算执行率 first: every
    indicator read (before, none; and a first row opening on 执行率 was taken into the header)."""
    page = read_page("\n".join([
        "某县林业局2020年度部门整体支出绩效评价自评报告",
        "四、绩效指标完成情况",
        "指标名称——年度目标值 / 实际完成值 / 分值 / 得分",
        "预算执行率——100% / 96.00% / 20 / 19.2",
        "造林面积——≥3000亩 / 3100亩 / 40 / 40",
        "林区群众满意度——≥90% / 95% / 40 / 40",
        "综合得分99.2分，评价等级为“优”。"]))
    assert indicator_rows(page, "name", "weight", "stated_score") == [
        ("预算执行率", Decimal("20"), Decimal("19.2")), ("造林面积", Decimal("40"), Decimal("40")),
        ("林区群众满意度", Decimal("40"), Decimal("40"))]
    assert by_name(page)["造林面积"].target.value == Decimal("3000")


def test_b_a_value_with_a_slash_inside_keeps_its_cell() -> None:
    """"元/人" inside a value is no separator (the separator is a slash with spaces); prose with a dash is left."""
    text = "指标名称——年度目标值 / 实际完成值 / 分值 / 得分\n人均补助标准——≥300元/人 / 320元/人 / 10 / 10\n前言——说明"
    assert dash_slash_rows(text).splitlines() == [
        "| 指标名称 | 年度目标值 | 实际完成值 | 分值 | 得分 |", "| 人均补助标准 | ≥300元/人 | 320元/人 | 10 | 10 |",
        "前言——说明"]


def test_c_bodies_counted_then_named_in_a_bracket() -> None:
    """"共设内设机构6个（A、…）" and "所属事业单位三个（A、B、C）" in one sentence: both lists with their counts
    (before, the first was empty and the second a fragment)."""
    page = read_page("\n".join([
        "某市某区某街道办事处2023年度部门整体支出绩效自评报告", "一、基本情况",
        "本街道共设内设机构4个（综合办公室、平安建设办公室、城市管理办公室、民生保障办公室），所属事业单位三个"
        "（街道便民服务中心、街道市民活动中心、街道综合保障中心）。"]))
    assert page.unit.internal_bodies == ["综合办公室", "平安建设办公室", "城市管理办公室", "民生保障办公室"]
    assert page.unit.internal_bodies_count == 4
    assert page.unit.subordinate_bodies == ["街道便民服务中心", "街道市民活动中心", "街道综合保障中心"]
    assert page.unit.subordinate_bodies_count == 3


def test_c_the_clause_after_a_bracketed_list_is_still_read() -> None:
    """"下属事业单位2个（A、B），内设办公室、财务科、业务科3个科室" in one part: the offices after the bracket are read
    too (before, the bracket's list ended the part's reading, and the offices an older reading found were lost)."""
    for after in ("内设办公室、财务科、业务科3个科室", "内设机构有：办公室、财务科、业务科"):
        unit = read_page("\n".join([
            "某县某局2023年度部门整体支出绩效自评报告", "一、基本情况",
            f"本局下属事业单位2个（某某服务中心、某某管理站），{after}。"])).unit
        assert unit.subordinate_bodies == ["某某服务中心", "某某管理站"]
        assert unit.internal_bodies == ["办公室", "财务科", "业务科"]


def test_d_income_and_spending_parts_in_a_bracket_after_the_total() -> None:
    """"收入合计X万元（A万元、B万元）；支出合计Y万元（C万元、D万元）": the items (before, the totals only)."""
    page = read_page("\n".join([
        "某县某街道办事处2023年度部门整体支出绩效自评报告", "二、收支情况",
        "2023年度收入合计3000.00万元（财政拨款收入2900.00万元、其他收入100.00万元）；支出合计2950.00万元"
        "（基本支出1200.00万元、项目支出1750.00万元）。"]))
    assert page.budget.income_total == Decimal("3000.00")
    assert _items(page.budget.income_items) == [("财政拨款收入", Decimal("2900.00")), ("其他收入", Decimal("100.00"))]
    assert _items(page.budget.expenditure_items) == [("基本支出", Decimal("1200.00")), ("项目支出", Decimal("1750.00"))]


def test_d_a_bracket_after_a_budget_figure_is_no_list_of_items() -> None:
    """A bracket of amounts after a budget (not a 收入合计 / 支出合计) gives no income or spending items."""
    page = read_page("\n".join([
        "某县某镇人民政府2023年度部门整体支出绩效自评报告",
        "年初预算2000.00万元（上级资金1500.00万元、本级资金500.00万元），全年执行1900.00万元。"]))
    assert not page.budget.income_items and not page.budget.expenditure_items
