"""Shapes of the forty-seventh set (docs/reader-corpora/fortyseventh.md), each rebuilt from an invented snippet of the
same shape (invented units and figures)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from page_reading import indicator_rows, read_docx, read_page

from jixiao.readers import read_any
from jixiao.readers.extract.values import parse_target


def test_a_a_templates_revision_year_is_not_another_years_form() -> None:
    """"按照《部门整体支出绩效自评表》（2021年修订）逐项自评如下：" above a 2024 report's form: 2021 is the template's
    edition, not the year the form covers (before, the form was left unread as 2021's)."""
    evaluation = read_page("某街道办事处2024年度部门整体支出绩效自评报告\n"
                           "2024年本街道年初预算200万元，全年预算220万元，全年执行209万元，预算执行率95%。\n"
                           "按照《部门整体支出绩效自评表》（2021年修订）逐项自评如下：\n"
                           "一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 权重（%） | 得分\n"
                           "产出 | 履职效能 | 改造小区个数 | ≥4个 | 4个 | 60 | 60\n"
                           "满意度 | 服务对象满意度 | 居民满意度 | ≥90% | 92% | 40 | 40\n"
                           "合计 | | | | | 100 | 100\n")
    assert indicator_rows(evaluation, "name", "level1", "weight", "stated_score") == [
        ("改造小区个数", "产出", Decimal("60"), Decimal("60")), ("居民满意度", "满意度", Decimal("40"), Decimal("40"))]


def test_b_a_form_on_word_tab_stops(tmp_path: Path) -> None:
    """A Word form lined up with tab stops, no table ("一级指标⇥二级指标⇥…", one paragraph a row): read as the table
    it shows (before, nothing of it was read)."""
    evaluation = read_docx(tmp_path, [
        "项目支出绩效自评表（2025年度）", "项目名称\t某县食品抽检项目\t实施单位\t某县市场监督管理局",
        "一级指标\t二级指标\t三级指标\t指标性质\t指标方向\t年度指标值\t实际完成值\t分值\t得分",
        "产出指标\t数量指标\t抽检批次\t定量\t正向\t≥500批次\t520批次\t60\t60",
        "效益指标\t社会效益指标\t食品安全事故起数\t定量\t反向\t0起\t0起\t40\t38",
        "总分\t\t\t\t\t\t\t100\t98"])
    assert indicator_rows(evaluation, "name", "level2", "weight", "stated_score") == [
        ("抽检批次", "数量指标", Decimal("60"), Decimal("60")),
        ("食品安全事故起数", "社会效益指标", Decimal("40"), Decimal("38"))]
    assert evaluation.stated_total == Decimal("98")


def test_b_two_tabbed_lines_stay_paragraphs(tmp_path: Path) -> None:
    """Two tabbed lines (a signature and a date) are no table: they stay the paragraphs they were."""
    import docx

    document = docx.Document()
    for line in ("某县档案馆2024年度部门整体支出绩效自评报告", "填报人\t张三\t审核人\t李四",
                 "联系电话\t1234567\t日期\t2025年3月1日"):
        document.add_paragraph(line)
    path = tmp_path / "signed.docx"
    document.save(str(path))
    evaluation = read_any(path).evaluation
    assert evaluation.year == 2024 and not evaluation.indicators


def test_e_a_note_mark_after_an_indicators_name(tmp_path: Path) -> None:
    """"婴儿死亡率②" in a form with "②上年为3.6‰。" under it: the mark is the note's, not the name's."""
    evaluation = read_docx(tmp_path, ["某县妇幼保健院2024年度部门整体支出绩效自评表", [
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
        ["产出指标", "数量指标", "儿童体检人次①", "≥900人次", "934人次", "50", "50"],
        ["效益指标", "社会效益指标", "婴儿死亡率②", "≤4‰", "3.1‰", "50", "50"]], "①含新生儿访视。", "②上年为3.6‰。"])
    assert [i.name for i in evaluation.indicators] == ["儿童体检人次", "婴儿死亡率"]


def test_f_a_range_in_interval_notation() -> None:
    """"[90,100]" is a range (at least its lower end, its upper end beside it, kept as written), not the figure
    90100 with a unit "]"."""
    assert parse_target("[90,100]") == {"comparator": "≥", "value": Decimal("90"), "upper": Decimal("100"), "unit": "",
                                        "text": "[90,100]"}
    assert parse_target("(80,100]") == {"comparator": ">", "value": Decimal("80"), "upper": Decimal("100"), "unit": "",
                                        "text": "(80,100]"}


def test_g_a_deadline_after_a_bounds_sign() -> None:
    """"≤6月30日" is a deadline (by June 30), not ≤ 6 of a unit 月30日."""
    assert parse_target("≤6月30日") == {"text": "≤6月30日"}
    assert parse_target("≤2天") == {"comparator": "≤", "value": Decimal("2"), "unit": "天"}


def test_c_two_years_side_by_side_on_double_tabs() -> None:
    """A money block lined up with two tabs between cells, last year's column before this year's
    ("全年预算⇥⇥338.10⇥⇥402.30"): two tabs part two cells, and the report's year is the column read (before, the empty
    cells between left the block unread)."""
    rows = [["项目", "2023年", "2024年"], ["年初预算", "300.00", "350.00"], ["全年预算", "320.00", "400.00"],
            ["全年执行", "310.00", "390.00"]]
    evaluation = read_page("某县档案馆2024年度部门整体支出绩效自评报告\n二、预算收支情况（单位：万元）\n"
                           + "\n".join("\t\t".join(row) for row in rows) + "\n")
    budget = evaluation.budget
    assert (budget.initial, budget.adjusted, budget.executed) == (Decimal("350.00"), Decimal("400.00"),
                                                                 Decimal("390.00"))


def test_g_a_bare_month_after_a_sign_stays_a_figure() -> None:
    """"≤10月" (no day, no 底) stays ≤ 10 of a unit 月, as the earlier sets read it."""
    assert parse_target("≤10月") == {"comparator": "≤", "value": Decimal("10"), "unit": "月"}


def test_c_the_rate_row_of_two_years_side_by_side() -> None:
    """"执行率⇥⇥96.10%⇥⇥97.50%" under 项目⇥⇥2023年⇥⇥2024年: this year's rate is the stated one (before, only amounts
    were read from the year's column, and the rate was left unread)."""
    rows = [["项目", "2023年", "2024年"], ["年初预算", "300.00", "350.00"], ["全年预算", "320.00", "400.00"],
            ["全年执行", "307.52", "390.00"], ["执行率", "96.10%", "97.50%"]]
    evaluation = read_page("某县档案馆2024年度部门整体支出绩效自评报告\n二、预算收支情况（单位：万元）\n"
                           + "\n".join("\t\t".join(row) for row in rows) + "\n")
    assert evaluation.budget.stated_execution_rate == Decimal("97.50")
