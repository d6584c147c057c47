"""Shapes of the sixty-eighth set (docs/reader-corpora/sixtyeighth.md), each rebuilt from an invented snippet of the
same shape (invented units and figures)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from page_reading import by_name, read_saved
from test_sixtyfifth import _ofd

from jixiao.readers import read_any


def _t(rows: list[str]) -> str:
    return '<table border="1">' + "".join(rows) + "</table>"


def _r(*cells: str) -> str:
    return "<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>"


def test_indicator_block_nested_two_tables_deep(tmp_path: Path) -> None:
    """Each 一级 cell beside a table of its 二级 rows, each 二级 cell beside a table of its 三级 rows (the spans not
    adding up, as a page's nested tables need not): read as one row per 三级 with its levels (before, no
    indicator was read)."""
    def block(l1: str, l2_rows: list[tuple[str, list[tuple[str, ...]]]]) -> str:
        inner = [f"<tr><td>{l2}</td><td>{_t([_r(*r) for r in rows])}</td></tr>" for l2, rows in l2_rows]
        return f'<tr><td>{l1}</td><td colspan="5">{_t(inner)}</td></tr>'

    head = '<tr><td>一级指标</td><td>二级指标</td><td colspan="4">' + _t([_r(
        "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施")]) + "</td></tr>"
    form = _t([head,
               block("产出指标", [("数量指标", [("某类文书送达件数", "≥900件", "948件", "40", "40", ""),
                                                ("某类培训场次", "≥12场", "11场", "20", "18", "场地检修停训一次")]),
                                  ("质量指标", [("某类复核合格率", "≥95%", "97%", "20", "20", "")])]),
               block("满意度指标", [("服务对象满意度指标", [("某群众满意度", "≥90%", "93%", "20", "20", "")])]),
               _r("总分", "", "", "", "", "100", "98")])
    page = ('<html><head><meta charset="utf-8"></head><body><table><tr><td>首页 | 公开</td></tr><tr><td>'
            f"<p>某县某局2024年度部门整体支出绩效自评表</p>{form}</td></tr></table></body></html>")
    evaluation = read_saved(tmp_path, page, "page.htm")
    rows = by_name(evaluation)
    assert list(rows) == ["某类文书送达件数", "某类培训场次", "某类复核合格率", "某群众满意度"]
    training = rows["某类培训场次"]
    assert (training.level1, training.level2, training.weight, training.stated_score) == (
        "产出指标", "数量指标", Decimal(20), Decimal(18))
    assert training.deviation_note == "场地检修停训一次"
    assert rows["某群众满意度"].level2 == "服务对象满意度指标"


def test_filing_unit_run_on_with_its_date_label(tmp_path: Path) -> None:
    """"填报单位：X填报日期：…" — a printed form's sign-off line whose gap a text layer lost: the unit's name ends at
    the date's label (before, the date was read into the name)."""
    text = ("某县职业技术学校2023年度部门整体支出绩效自评表\n"
            "填报单位：某县职业技术学校填报日期：2024年4月2日\n")
    assert read_saved(tmp_path, text).unit.name == "某县职业技术学校"


def test_ofd_cell_wrapped_onto_lines_of_its_own(tmp_path: Path) -> None:
    """A fixed-layout page's long note cell printed on three lines, its second and third lines starting where the
    cell starts: joined back to the cell (before, the note ended at its first line and the rest stood as prose)."""
    lines = [
        [(20, "某旗某小学2024年度部门整体支出绩效自评表")],
        [(10, "一级指标"), (30, "二级指标"), (50, "三级指标"), (80, "年度指标值"), (100, "实际完成值"), (120, "分值"),
         (130, "得分"), (140, "偏差原因分析及改进措施")],
        [(10, "产出指标"), (30, "数量指标"), (50, "某课后服务场次"), (80, "≥200场"), (100, "188场"), (120, "60"),
         (130, "55"), (140, "两个月校舍维修")],
        [(140, "暂停课后服务，下学")],
        [(140, "期补足")],
        [(10, "满意度指标"), (30, "满意度指标"), (50, "某家长满意度"), (80, "≥90%"), (100, "94%"), (120, "40"),
         (130, "40")],
        [(10, "总分"), (120, "100"), (130, "95")],
        [(125, "某旗某小学")],
    ]
    read = read_any(_ofd(tmp_path / "report.ofd", lines)).evaluation
    inds = by_name(read)
    assert list(inds) == ["某课后服务场次", "某家长满意度"]
    assert inds["某课后服务场次"].deviation_note == "两个月校舍维修暂停课后服务，下学期补足"
    assert read.stated_total == Decimal(95)
