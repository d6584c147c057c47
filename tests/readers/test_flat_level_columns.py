"""A score sheet whose levels carry 分值 columns of their own (一级指标 | 分值 | 二级指标 | 分值 | 三级指标 |
分值 | 得分 | 评分标准), one cell a line: its scoring notes are a column of the rows (not notes between the cells,
though they say "扣1分"), each row opens on the levels it starts, and a row opening on one level and its weight is
a 二级 while the 一级 above leaves that weight. Invented snippets."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from jixiao.readers import read_any
from jixiao.readers.flat_level_columns import settle_level_columns
from jixiao.readers.flat_table_cells import FlatTable

_HEADER = ["一级指标", "分值", "二级指标", "分值", "三级指标", "分值", "得分", "评分标准"]
_ROWS = [["项目决策", "30", "项目立项", "10", "立项依据", "10", "10", "依据充分（10分）"],
         ["资金落实", "20", "资金到位率", "12", "11", "到位率低于计划扣1分"],
         ["到位及时性", "8", "8", "按时到位（8分）"],
         ["项目产出", "70", "产出数量", "40", "改造户数", "40", "38", "每少10户扣1分"],
         ["产出效果", "30", "群众满意度", "30", "30", "满意度≥90%（30分）"]]


def test_the_rows_keep_their_levels_and_notes(tmp_path: Path) -> None:
    path = tmp_path / "sheet.txt"
    cells = ["某镇2024年农村危房改造项目绩效评价评分表", *_HEADER, *(c for row in _ROWS for c in row),
             "合计", "100", "97"]
    path.write_text("\n".join(cells) + "\n", encoding="utf-8")
    evaluation = read_any(path).evaluation
    assert [(i.level1, i.level2, i.name, i.weight, i.stated_score) for i in evaluation.indicators] == [
        ("项目决策", "项目立项", "立项依据", Decimal(10), Decimal(10)),
        ("项目决策", "资金落实", "资金到位率", Decimal(12), Decimal(11)),
        ("项目决策", "资金落实", "到位及时性", Decimal(8), Decimal(8)),
        ("项目产出", "产出数量", "改造户数", Decimal(40), Decimal(38)),
        ("项目产出", "产出效果", "群众满意度", Decimal(30), Decimal(30))]
    assert evaluation.stated_block_weights == {"项目决策": Decimal(30), "项目产出": Decimal(70)}


_COLS = ["level1", "level1_weight", "level2", "level2_weight", "name", "weight", "score"]


def _table(rows: list[list[str]]) -> FlatTable:
    out = FlatTable()
    for row in rows:
        out.add(row, [None] * len(row))
    return out


def test_a_level_the_weights_make_a_second_level_is_moved_and_guessed() -> None:
    out = _table([["投入", "20", "资金", "20", "到位率", "20", "19"],
                  ["产出", "80", "数量", "50", "户数", "50", "50"],
                  ["效益", "30", "", "", "增收", "30", "28"]])  # 产出 leaves 30 when its 数量 is used up
    settle_level_columns(out, 0, _COLS)
    assert out.rows[2] == ["", "", "效益", "30", "增收", "30", "28"]
    assert {(2, 2), (2, 3)} <= out.guessed


def test_weights_that_do_not_add_up_move_nothing() -> None:
    rows = [["投入", "20", "资金", "20", "到位率", "20", "19"],
            ["产出", "80", "数量", "50", "户数", "40", "40"],
            ["效益", "30", "", "", "增收", "30", "28"]]  # 数量 50 over 户数 40: the sheet's weights disagree
    out = _table([list(row) for row in rows])
    settle_level_columns(out, 0, _COLS)
    assert out.rows == rows and not out.guessed
