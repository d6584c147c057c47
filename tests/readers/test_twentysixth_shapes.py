"""Form variants of the twenty-sixth set (docs/reader-corpora/twentysixth.md), each rebuilt from an invented snippet
of the same shape (invented units, names and figures)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from page_reading import read_saved

from jixiao.readers.extract.rate_rows import rate_row_cells
from jixiao.readers.extract.table_columns import indicator_header


def _read(tmp_path: Path, text: str, suffix: str = ".html"):  # type: ignore[no-untyped-def]
    return read_saved(tmp_path, text, f"report{suffix}")


def _page(title: str, rows: list[list[str]]) -> str:
    body = "\n".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return (f'<html><head><meta charset="utf-8"></head><body><h2>{title}</h2>'
            f'<table border="1">\n{body}\n</table></body></html>')


PROJECT = "某某县学生资助项目2024年度绩效自评表"
MONEY = [["项目名称", "某某资助项目", "", "", "", "", "", ""],
         ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", ""],
         ["年度资金总额", "100.00", "120.00", "114.00", "10", "95.00%", "9.50", ""]]


def _project_form(tmp_path: Path, rows: list[list[str]]):  # type: ignore[no-untyped-def]
    """The project form (money block, then ``rows``) read: the evaluation and its indicators by name."""
    ev = _read(tmp_path, _page(PROJECT, [*MONEY, *rows]))
    return ev, {i.name: i for i in ev.indicators}


def test_a_two_level_form_names_each_indicator_in_its_second_level() -> None:
    """Cause A: 一级指标 | 二级指标 | 指标值 | 实际值 | 偏差 | 权重 | 得分率 | 得分 — the 二级 cell is the indicator."""
    header = indicator_header(["一级指标", "二级指标", "指标值", "实际值", "偏差", "权重", "得分率", "得分"])
    assert header is not None
    assert (header["name"], header["weight"], header["score"]) == (1, 5, 7)
    assert "level2" not in header


def test_a_two_level_form_is_read_with_its_subtotal_and_total(tmp_path: Path) -> None:
    """Cause A: the rows read, the 合计 row of the indicators' 90 points no total, the 自评总分 below it the total."""
    ev, by_name = _project_form(tmp_path, [
        ["一级指标", "二级指标", "指标值", "实际值", "偏差", "权重", "得分率", "得分"],
        ["产出指标", "资助学生人数", "≥500人", "520人", "+20人", "50", "100.00%", "50"],
        ["效益指标", "学生入学率", "≥98%", "97%", "-1个百分点", "40", "95.00%", "38"],
        ["合计", "", "", "", "", "90", "", "88"],
        ["自评总分", "97.50", "", "", "自评等级", "优", "", ""]])
    assert (by_name["资助学生人数"].weight, by_name["资助学生人数"].stated_score) == (Decimal(50), Decimal(50))
    assert by_name["学生入学率"].level1 == "效益指标"
    assert by_name["学生入学率"].level2 is None
    assert ev.stated_total == Decimal("97.50")


def test_a_target_and_actual_in_one_slashed_column(tmp_path: Path) -> None:
    """Cause B: 年度目标/实际完成 over "≥320户/326户": the target before the slash, the actual after it."""
    _, by_name = _project_form(tmp_path, [
        ["一级指标", "二级指标", "三级指标", "年度目标/实际完成", "分值", "得分", "偏差原因分析及改进措施", ""],
        ["产出指标", "数量指标", "改造农户数", "≥320户/326户", "50", "50", "", ""],
        ["产出指标", "成本指标", "户均补助", "≤50元/人/48元/人", "40", "40", "", ""]])
    assert (by_name["改造农户数"].target.value, by_name["改造农户数"].actual.value) == (Decimal(320), Decimal(326))
    assert (by_name["户均补助"].target.value, by_name["户均补助"].actual.value) == (Decimal(50), Decimal(48))


def test_a_mark_out_of_ten_is_not_the_score_and_the_grade_cell_keeps_its_label(tmp_path: Path) -> None:
    """Cause C: 评分（0-10分） is a mark the 加权得分 column weighs; "自评等级：优" in the total row is the grade."""
    ev, by_name = _project_form(tmp_path, [
        ["一级指标", "二级指标", "三级指标", "权重", "目标值", "实际值", "评分（0-10分）", "加权得分"],
        ["产出指标", "数量指标", "清淤长度", "50", "≥40公里", "41公里", "10", "50"],
        ["效益指标", "生态效益指标", "水质达标率", "40", "≥80%", "78%", "9", "36"],
        ["合计", "", "", "100", "", "", "", "95.50"],
        ["", "", "", "", "", "", "", "自评等级：优"]])
    assert (by_name["清淤长度"].stated_score, by_name["水质达标率"].stated_score) == (Decimal(50), Decimal(36))
    assert ev.stated_grade is not None and ev.stated_grade.value == "优"


def test_the_rate_points_in_a_row_of_their_own() -> None:
    """Causes D and E: "预算执行率分值 | 10 | 得分 | 9.84" (the points alone), and "预算执行率 | 96.91% | 分值 | 10 |
    得分 9.69" written with a merged cell repeated and a label beside its value in one cell."""
    points = rate_row_cells(["预算执行率分值", "10", "", "", "得分", "9.84", ""])
    assert points is not None and points["rate_weight"][0] == "10" and points["rate_score"][0] == "9.84"
    merged = rate_row_cells(["预算执行率", "预算执行率", "96.91%", "96.91%", "分值", "10", "得分 9.69"])
    assert merged is not None
    assert [merged[k][0] for k in ("rate", "rate_weight", "rate_score")] == ["96.91%", "10", "9.69"]
    assert rate_row_cells(["预算执行率", "96.91%", "96.91%"]) is None


def test_a_points_row_under_an_adjusted_money_table(tmp_path: Path) -> None:
    """Cause E: the points row gives the 预算执行率 indicator the rate its total row stated."""
    ev = _read(tmp_path, _page("某某县医院2024年度部门整体支出绩效自评表", [
        ["资金构成", "年初预算", "本年追加", "本年调减", "调整后预算", "执行数", "执行率"],
        ["合计", "400.00", "60.00", "10.00", "450.00", "441.00", "98.00%"],
        ["基本支出", "300.00", "20.00", "0.00", "320.00", "320.00", "100.00%"],
        ["项目支出", "100.00", "40.00", "10.00", "130.00", "121.00", "93.08%"],
        ["预算执行率分值", "10", "", "", "得分", "9.80", ""]]))
    rate = next(i for i in ev.indicators if i.name == "预算执行率")
    assert (rate.weight, rate.stated_score, rate.actual.value) == (Decimal(10), Decimal("9.80"), Decimal("98.00"))


def test_a_deviation_figure_beside_its_reason_and_spending_rows_under_the_total(tmp_path: Path) -> None:
    """Cause F: 偏差 ("-1.4个百分点") beside 偏差原因分析及改进措施: the reason's column is the note; 其中：基本支出 /
    项目支出 under 年度资金总额 are the spending items."""
    ev = _read(tmp_path, _page("某某县农业农村局2024年度部门整体支出绩效自评表", [
        ["部门（单位）整体资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", ""],
        ["年度资金总额", "200.00", "220.00", "216.00", "10", "98.18%", "9.82", ""],
        ["其中：基本支出", "120.00", "126.00", "126.00", "", "", "", ""],
        ["项目支出", "80.00", "94.00", "90.00", "", "", "", ""],
        ["一级指标", "二级指标", "三级指标", "指标值", "实际值", "偏差", "分值", "得分", "偏差原因分析及改进措施"],
        ["社会效应", "服务对象满意度", "农户满意度", "≥90%", "88.6%", "-1.4个百分点", "90", "85", "技术指导偏少"]]))
    ind = next(i for i in ev.indicators if i.name == "农户满意度")
    assert ind.deviation_note == "技术指导偏少"
    assert [(i.name, i.amount) for i in ev.budget.expenditure_items] == [
        ("基本支出", Decimal("126.00")), ("项目支出", Decimal("90.00"))]


def test_label_lines_under_a_heading_naming_their_unit(tmp_path: Path) -> None:
    """Cause G: "资金情况（万元）" over "年初预算数：415.00" lines: the amounts in 万元; a line that is no such label
    ends the heading's reach."""
    ev = _read(tmp_path, "部门（单位）整体支出绩效自评表（2024年度）\n\n单位名称：某某县登记中心\n编制数：18人\n"
                         "实有人数：17人\n\n资金情况（万元）\n年初预算数：315.00\n全年预算数：338.60\n"
                         "全年执行数：329.95\n执行率：97.45%（分值10分，得分9.75分）\n\n"
                         "一级指标    指标名称          指标值     实际值    分值  得分\n"
                         "产出指标    登记业务办理量    ≥6000件    6412件    50    50\n"
                         "满意度指标  办事群众满意度    ≥95%       98.2%     40    40\n"
                         "合计                                              100   99.75\n", ".txt")
    assert (ev.budget.initial, ev.budget.adjusted, ev.budget.executed) == (
        Decimal("315.00"), Decimal("338.60"), Decimal("329.95"))
