"""What the fresh material of stop 46 still left (docs/reader-corpora/left-pages-59.md), each cause rebuilt from an
invented snippet: invented units, places and figures, no text of any page."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from page_reading import by_name, read_page, read_saved

from jixiao.readers import read_any

_SYS_HEAD = ["一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "度量单位", "年度指标值", "实际完成值", "分值",
             "得分", "偏差原因分析及改进措施"]


def _system_print(blank: str, accident: str = "0") -> str:
    rows = [_SYS_HEAD,
            ["产出指标", "数量指标", "某巡检站点数", "定量", "≥", "个", "40", "42", "30", "30", ""],
            ["产出指标", "时效指标", "某巡检完成时限", "定性", blank, blank, "2023年9月底前", "2023年9月12日", "20",
             "20", ""],
            ["效益指标", "社会效益指标", "某巡护安全事故", "定性", "——", "——", accident, accident, "10", "10", ""],
            ["满意度指标", "服务对象满意度指标", "某沿线群众满意度", "定量", "≥", "%", "90", "91.6", "40", "37",
             "宣传覆盖不足"],
            ["总分", "", "", "", "", "", "", "", "100", "97", "优"]]
    return "某县某管理所2023年度某巡护项目支出绩效自评表\r\n" + "\r\n".join("\t".join(r) for r in rows) + "\r\n"


@pytest.mark.parametrize("blank", ["Ｎ／Ａ", "无", "不适用"])
def test_a_placeholder_in_a_qualitative_rows_sign_and_unit_cells(tmp_path: Path, blank: str) -> None:
    """A system's print, tab-separated: a 定性 row writes full-width "Ｎ／Ａ", or the word "无", in its 指标方向 and
    度量单位 cells — columns that hold a sign or a unit, never a word — so the cells are left blank (before, the row
    was read from the wrong cells: its name taken as the placeholder, its target lost)."""
    read = by_name(read_saved(tmp_path, _system_print(blank)))
    assert list(read) == ["某巡检站点数", "某巡检完成时限", "某巡护安全事故", "某沿线群众满意度"]
    timed = read["某巡检完成时限"]
    assert (timed.weight, timed.stated_score) == (Decimal(20), Decimal(20))
    assert timed.target is not None and timed.target.text == "2023年9月底前"


def test_无_as_a_target_and_actual_stays_read(tmp_path: Path) -> None:
    """A guard: "无" in the columns that hold words (年度指标值 / 实际完成值: no accident at all) is what the unit
    wrote there: the row keeps its cells and its actual is read (no accident: none, 0) as it was."""
    read = by_name(read_saved(tmp_path, _system_print("——", accident="无")))
    safety = read["某巡护安全事故"]
    assert (safety.weight, safety.stated_score) == (Decimal(10), Decimal(10))
    assert safety.actual is not None and safety.actual.value == 0


def test_header_cells_with_no_row_element_open_a_row(tmp_path: Path) -> None:
    """An HTML print whose <thead> holds its <th> cells with no <tr> (markup a browser accepts, opening the row
    itself): the table is read (before, the header was no row and the table gave no indicator)."""
    head = "".join(f"<th>{cell}</th>" for cell in ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值",
                                                    "分值", "得分"])
    rows = [["产出指标", "数量指标", "某校舍维修面积", "≥1200平方米", "1260平方米", "50", "50"],
            ["满意度指标", "服务对象满意度指标", "某师生满意度", "≥90%", "94%", "50", "48"]]
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    page = ("<html><body><h1>某镇中心学校2023年度某维修项目支出绩效自评表</h1>"
            f"<table><thead>{head}</thead><tbody>{body}</tbody></table></body></html>")
    path = tmp_path / "print.html"
    path.write_text(page, encoding="utf-8")
    read = by_name(read_any(path).evaluation)
    assert list(read) == ["某校舍维修面积", "某师生满意度"]
    assert read["某师生满意度"].stated_score == Decimal(48)


def test_the_staff_a_fund_pays_for_is_no_staff_count() -> None:
    """"1、经费保障在职人员数48人" among a report's 年度绩效目标: the staff the money is to cover, a goal's target, not
    the unit's staff (before, read as the staff total)."""
    read = read_page("2022年度某县妇幼保健站整体支出绩效自评报告\n一、基本情况\n"
                     "（二）年度绩效目标。目标一、保障站所正常运转:1、经费保障在职人员数48人;2、办公经费保障率100%。\n")
    assert read.unit.staff_total is None


def test_a_staff_count_stated_stays_read() -> None:
    """A guard: the unit's own count ("现有在职人员48人") is read as before."""
    read = read_page("2022年度某县妇幼保健站整体支出绩效自评报告\n一、基本情况\n"
                     "本站核定编制52名,现有在职人员48人,经费保障到位。\n")
    assert (read.unit.staff_establishment, read.unit.staff_total) == (52, 48)


_WHOLE_FORM = ("部门整体支出绩效自评表\n(2022年度)\n省级预算\n{above}\n部门名称\n年初全年预算全年\n分值执行率得分\n"
               "预算数数执行数\n年度资金总额\n")


def test_a_unit_name_printed_above_its_lone_label() -> None:
    """A viewer's text of a form that prints the 部门名称 cell's value on the line above the label, the label then
    followed by the money block's header: the name above is the unit's, read as a guess (before, no unit)."""
    read = read_page(_WHOLE_FORM.format(above="白石县农业农村局"))
    assert read.unit.name == "白石县农业农村局"
    assert read.provenance["unit.name"].guessed


def test_no_body_above_the_label_gives_no_name() -> None:
    """A guard: a line above the label that names no body (a budget's kind) is no unit name."""
    read = read_page(_WHOLE_FORM.format(above="市级预算资金"))
    assert read.unit.name == ""
