"""Shapes of the fiftieth set (docs/reader-corpora/fiftieth.md), each rebuilt from an invented snippet of the same
shape (invented units and figures)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from docx import Document

from jixiao.readers import read_any
from jixiao.readers.extract.values import parse_target

_HEAD = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "数据来源", "分值", "得分",
         "偏差原因分析及改进措施"]
_ROWS = [["产出指标", "数量指标", "甲类岗位数", "≥20个", "22个", "台账", "45", "45", ""],
         ["满意度指标", "服务对象满意度指标", "乙类满意度", "≥90%", "93%", "问卷", "45", "45", ""],
         ["总分", "", "", "", "", "", "100", "99.6", "优"]]
_EXEC = ["", "", "预算执行率", "100%", "96%", "财务系统", "10", "9.6", ""]


def _indicators(path: Path) -> dict[str, tuple[Decimal | None, Decimal | None, object]]:
    evaluation = read_any(path).evaluation
    return {i.name: (i.weight, i.stated_score, i.actual.value if i.actual else None) for i in evaluation.indicators}


def test_a_first_row_with_blank_levels_under_a_data_source_column(tmp_path: Path) -> None:
    """A finance system's CSV (GBK): the 预算执行率 row right under the header leaves its 一级 / 二级 cells blank, and
    a 数据来源 column stands between the values and the 分值. The row is 预算执行率's, its 数据来源 read past (before,
    the header took "预算执行率" for a money column's head and the row became an indicator named "财务系统")."""
    lines = [["项目支出绩效自评表"], ["（2024年度）"], ["项目名称", "某某岗位补贴资金"], _HEAD, _EXEC, *_ROWS]
    path = tmp_path / "export.csv"
    path.write_bytes("\r\n".join(",".join(line + [""] * (9 - len(line))) for line in lines).encode("gbk"))
    found = _indicators(path)
    assert "财务系统" not in found
    assert found["预算执行率"] == (Decimal("10"), Decimal("9.6"), Decimal("96"))
    assert set(found) == {"预算执行率", "甲类岗位数", "乙类满意度"}


def test_a_first_row_with_blank_levels_pasted_with_tabs(tmp_path: Path) -> None:
    """The same first row pasted with tabs under a header with no 数据来源 column (before, the row was lost)."""
    rows = [[c for j, c in enumerate(r) if j != 5] for r in (_HEAD, _EXEC, *_ROWS)]
    path = tmp_path / "pasted.txt"
    path.write_text("项目支出绩效自评表（2024年度）\n" + "\n".join("\t".join(r) for r in rows) + "\n", encoding="utf-8")
    assert _indicators(path)["预算执行率"] == (Decimal("10"), Decimal("9.6"), Decimal("96"))


def _subtotals_report(tmp_path: Path) -> Path:
    d = Document()
    d.add_paragraph("2024年甲乙规划项目绩效自评报告")
    d.add_paragraph("项目年初预算50.00万元，全年预算50.00万元，全年执行48.00万元，预算执行率96.00%。")
    d.add_paragraph("二、自评得分情况")
    rows = [["评价内容", "分值", "自评得分"], ["预算执行率", "10", "9.60"], ["产出指标", "50", "48"],
            ["满意度指标", "40", "40"], ["合计", "100", "97.60"]]
    t = d.add_table(rows=len(rows), cols=3)
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            t.cell(i, j).text = text
    for text in ("三、绩效指标完成情况", "（一）产出指标完成情况",
                 "1.甲乙规划丙类接种剂次：年度目标≥1.2万剂次，实际完成1.25万剂次。",
                 "2.丁类建档率：年度目标≥95%，实际完成97.5%。", "（二）满意度指标完成情况",
                 "1.服务对象满意度：年度目标≥90%，实际完成92%。"):
        d.add_paragraph(text)
    path = tmp_path / "subtotals.docx"
    d.save(str(path))
    return path


def test_b_indicators_in_prose_beside_a_table_of_block_subtotals(tmp_path: Path) -> None:
    """A table of block subtotals whose one indicator row is 预算执行率, the indicators told in prose under their
    一级's heading as "N.名称：年度目标X，实际完成Y。": each is read with its 一级, target and actual, its name as
    written (the project's words at its start kept), no weight (before, none was read)."""
    evaluation = read_any(_subtotals_report(tmp_path)).evaluation
    found = {i.name: i for i in evaluation.indicators}
    assert set(found) == {"预算执行率", "甲乙规划丙类接种剂次", "丁类建档率", "服务对象满意度"}
    first = found["甲乙规划丙类接种剂次"]
    assert (first.level1, first.weight, first.target.comparator, first.target.value, first.target.unit) == \
        ("产出指标", None, "≥", Decimal("1.2"), "万剂次")
    assert first.actual is not None and first.actual.value == Decimal("1.25")
    assert found["服务对象满意度"].level1 == "满意度指标"


def test_c_two_deadlines_in_one_target() -> None:
    """"5月、10月底前" (two campaigns a year) is a deadline in words, not ≥ 5 of a unit 月."""
    assert parse_target("5月、10月底前") == {"text": "5月、10月底前"}
    assert parse_target("3月和9月") == {"text": "3月和9月"}
    assert parse_target("≥5个")["value"] == Decimal("5")  # type: ignore[index]
