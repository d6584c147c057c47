"""Shapes of the seventy-third set (docs/reader-corpora/seventythird.md), each rebuilt from an invented snippet of
the same shape (invented units and figures)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from page_reading import by_name, indicator_rows, read_docx, read_saved

from jixiao.readers import read_any
from jixiao.readers.extract.table_indicator_cells import CROSS_REFERENCE
from jixiao.readers.note_tails import join_note_tails

HEAD = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
ROWS = [["产出指标", "数量指标", "巡回义诊场次", "≥40场", "42场", "40", "40", ""],
        ["产出指标", "时效指标", "义诊报告报送及时率", "≥95%", "90%", "30", "27", "山区路段雨季封路"],
        ["满意度指标", "服务对象满意度指标", "受诊群众满意度", "≥90%", "93%", "20", "20", ""]]
EXPECTED = [("产出指标", "数量指标", "巡回义诊场次", Decimal(40), Decimal(40)),
            ("产出指标", "时效指标", "义诊报告报送及时率", Decimal(30), Decimal(27)),
            ("满意度指标", "服务对象满意度指标", "受诊群众满意度", Decimal(20), Decimal(20))]


def test_money_table_by_fund_source_closes_no_form(tmp_path: Path) -> None:
    """A money table by fund source whose 合计 row scores the rate (分值 10, 得分 9.7) before the indicator table:
    the rate's row closes no form, so the indicator table under its own header is this form's (before, it was taken
    for another form's and left unread, one indicator of eight read)."""
    money = [["资金来源", "年初预算数", "全年预算数", "全年执行数", "执行率", "分值", "得分"],
             ["中央资金", "30.00", "30.00", "29.10", "97.00%", "—", "—"],
             ["县级资金", "10.00", "10.00", "9.70", "97.00%", "—", "—"],
             ["合计", "40.00", "40.00", "38.80", "97.00%", "10", "9.7"]]
    evaluation = read_docx(tmp_path, ["某县2024年巡回义诊经费绩效自评报告", money, "绩效指标完成情况",
                                      [HEAD, *ROWS, ["总分", "", "", "", "", "100", "96.7", ""]]])
    rows = [r for r in indicator_rows(evaluation) if r[2] != "预算执行率"]
    assert rows == EXPECTED
    assert by_name(evaluation)["预算执行率"].stated_score == Decimal("9.7")


def test_cross_reference_after_a_name_is_no_part_of_it() -> None:
    """"预算执行率（见“资金情况”表）" / "（详见附表2）": a pointer to another table, cut off the name; a bracket that
    says what the name counts stays."""
    assert CROSS_REFERENCE.sub("", "预算执行率（见“资金情况”表）") == "预算执行率"
    assert CROSS_REFERENCE.sub("", "预算执行率(详见附表2)") == "预算执行率"
    assert CROSS_REFERENCE.sub("", "培训人次（含线上）") == "培训人次（含线上）"


def test_rate_row_pointing_at_the_money_sheet(tmp_path: Path) -> None:
    """A score sheet whose rate row is a label merged across the value columns, "预算执行率（见“资金”表）", its
    figures on a second sheet: one 预算执行率, its actual the money sheet's rate, no text target (before, the row was
    a second indicator whose target and actual were the label, and the form's weights summed past 100)."""
    book = Workbook()
    score = book.active
    score.append(HEAD)
    for r in ROWS:
        score.append([*r[:5], f"{r[5]}分", f"{r[6]}分", r[7]])
    score.append(["预算执行率（见“资金”表）", "", "", "", "", "10分", "9.7分", ""])
    score.append(["合计", "", "", "", "", "100分", "96.7分", ""])
    score.merge_cells("A5:E5")
    score.merge_cells("A6:E6")
    fund = book.create_sheet("资金")
    fund.append(["资金来源", "年初预算数", "全年预算数", "全年执行数", "执行率"])
    fund.append(["合计", 40.0, 40.0, 38.8, 0.97])
    fund["E2"].number_format = "0.00%"
    path = tmp_path / "form.xlsx"
    book.save(path)
    evaluation = read_any(path).evaluation
    rates = [i for i in evaluation.indicators if "执行率" in i.name]
    assert [(i.name, i.weight, i.stated_score, i.target) for i in rates] == [
        ("预算执行率", Decimal(10), Decimal("9.7"), None)]
    assert rates[0].actual is not None and rates[0].actual.value == Decimal("97.00")


def test_level2_over_level3_in_one_cell(tmp_path: Path) -> None:
    """A page's form whose 二级 and 三级 share a column, "二级指标<br>三级指标" over "数量指标<br>巡回义诊场次": the
    column cut in two (before, the name was "数量指标 巡回义诊场次" and no 二级 was read)."""
    body = "".join(f"<tr><td>{r[0]}</td><td>{r[1]}<br>{r[2]}</td>" + "".join(f"<td>{c}</td>" for c in r[3:]) + "</tr>"
                   for r in ROWS)
    page = ("<html><body><h2>某县卫生院2024年度部门整体支出绩效自评报告</h2><table>"
            "<tr><th>一级指标</th><th>二级指标<br>三级指标</th><th>年度指标值</th><th>实际完成值</th><th>分值</th>"
            f"<th>得分</th><th>偏差原因分析及改进措施</th></tr>{body}"
            "<tr><td colspan=\"4\">总分</td><td>90</td><td>87</td><td></td></tr></table></body></html>")
    evaluation = read_saved(tmp_path, page, "page.html")
    assert indicator_rows(evaluation) == EXPECTED


def test_note_in_a_merged_row_under_its_indicator(tmp_path: Path) -> None:
    """A 是否达成 column, and each shortfall's reason in a row of its own under it, merged across the table
    ("偏差原因及改进措施：…"): that indicator's deviation note (before, the row was dropped and the note lost)."""
    head = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "是否达成", "分值", "得分"]
    grid = [head]
    for r in ROWS:
        grid.append([*r[:5], "否" if r[7] else "是", r[5], r[6]])
        if r[7]:
            grid.append([f"偏差原因及改进措施：{r[7]}"] * 8)
    evaluation = read_docx(tmp_path, ["某县2024年巡回义诊经费绩效自评表", grid])
    assert indicator_rows(evaluation) == EXPECTED
    notes = {i.name: i.deviation_note for i in evaluation.indicators}
    assert notes == {"巡回义诊场次": None, "义诊报告报送及时率": "山区路段雨季封路", "受诊群众满意度": None}


def test_viewer_copy_note_run_on_to_its_own_line() -> None:
    """A viewer's copy, one space between cells, the row's last cell (偏差原因) run on to a line of its own: joined
    back onto its row; a line after the table's end (a heading, prose) is not."""
    lines = [" ".join(HEAD),
             "产出指标 时效指标 义诊报告报送及时率 ≥95% 90% 30 27 山区路段雨季封路，已改",
             "为线上报送",
             "满意度指标 服务对象满意度指标 受诊群众满意度 ≥90% 93% 20 20",
             "合计 90 87"]
    joined = join_note_tails("\n".join(lines)).split("\n")
    assert joined[1].endswith("山区路段雨季封路，已改为线上报送") and joined[2] == ""
    ended = [" ".join(HEAD), "产出指标 时效指标 义诊报告报送及时率 ≥95% 90% 30 27 山区路段雨季封路", "四、自评结论",
             "经自评，本项目得分87分。"]
    assert join_note_tails("\n".join(ended)) == "\n".join(ended)
    level = [" ".join(HEAD), "产出指标 时效指标 义诊报告报送及时率 ≥95% 90% 30 27 山区路段雨季封路", "满意度指标",
             "服务对象满意度指标 受诊群众满意度 ≥90% 93% 20 20"]
    assert join_note_tails("\n".join(level)) == "\n".join(level)  # a 一级 on a line of its own opens rows
    labelled = [" ".join(HEAD), "产出指标 时效指标 义诊报告报送及时率 ≥95% 90% 30 27 山区路段雨季封路",
                "绩效目标：受诊群众满意度不低于90%", "满意度指标 服务对象满意度指标 受诊群众满意度 ≥90% 93% 20 20"]
    assert join_note_tails("\n".join(labelled)) == "\n".join(labelled)  # a "label：…" line is a field of its own


def test_a_short_note_runs_on_to_no_line() -> None:
    """A row whose note is a short "无": the one-piece line after it is the next row's name a viewer cut from its
    cells, never the rest of that "无"."""
    lines = [" ".join(HEAD), "产出指标 数量指标 巡回义诊场次 ≥40场 42场 40 40 无", "义诊报告报送及时率",
             "产出指标 时效指标 ≥95% 90% 30 27 山区路段雨季封路", "合计 90 87"]
    assert join_note_tails("\n".join(lines)) == "\n".join(lines)
