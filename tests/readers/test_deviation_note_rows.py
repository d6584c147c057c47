"""A line under an indicator's row that is that row's deviation note (a row of its own merged across a Word table,
or the same row flattened into a line of its own): one rule, ``deviation_note``, for both readers (invented units
and figures)."""

from __future__ import annotations

from pathlib import Path

from page_reading import flattened, read_docx, read_saved

from jixiao.readers.extract.merged_note_rows import deviation_note

HEAD = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]
ROWS = [["产出指标", "数量指标", "配送营养餐人次", "≥3000人次", "2800人次", "40", "36"],
        ["效益指标", "社会效益指标", "学生营养改善率", "≥90%", "92%", "30", "30"]]


def test_a_label_naming_the_deviation_is_a_note() -> None:
    """"偏差原因及改进措施：…", "未完成原因：…" name the deviation; "说明：…", "备注：…" (a table's footnote) and a
    line with no label do not."""
    assert deviation_note("偏差原因及改进措施：冬季停课两周") == ("偏差原因及改进措施", "冬季停课两周")
    assert deviation_note("未完成原因：供货商更换") == ("未完成原因", "供货商更换")
    assert deviation_note("备注：本表金额单位为万元") is None
    assert deviation_note("说明：得分按评分标准计算") is None
    assert deviation_note("冬季停课两周") is None


def test_word_row_merged_across_takes_only_a_deviation_label(tmp_path: Path) -> None:
    """A Word table's row merged across under an indicator: "偏差原因：…" is that indicator's note; "备注：…" under
    the last one is the table's footnote, no indicator's note."""
    grid = [HEAD, ROWS[0], ["偏差原因：冬季停课两周"] * 7, ROWS[1], ["备注：本表金额单位为万元"] * 7]
    evaluation = read_docx(tmp_path, ["某区2024年学生营养餐补助绩效自评表", grid])
    notes = {i.name: i.deviation_note for i in evaluation.indicators}
    assert notes == {"配送营养餐人次": "冬季停课两周", "学生营养改善率": None}


def test_flattened_note_line_takes_only_a_deviation_label(tmp_path: Path) -> None:
    """The same rows flattened, a row a line (cells apart by spaces), each note a line of its own under its row: the
    same reading."""
    rows = [HEAD, ROWS[0], ["偏差原因：冬季停课两周"], ROWS[1], ["备注：本表金额单位为万元"]]
    lines = flattened(["某区2024年学生营养餐补助绩效自评表"], rows, [], "spaced")
    evaluation = read_saved(tmp_path, "\n".join(lines) + "\n")
    notes = {i.name: i.deviation_note for i in evaluation.indicators}
    assert notes == {"配送营养餐人次": "冬季停课两周", "学生营养改善率": None}
