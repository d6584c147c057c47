"""A web table's rows copied with "|" between cells are cut into cells once: the test for merged cells repeated
across a row and the row's own tokens use the same cut (each row was cut twice before)."""

from __future__ import annotations

import pytest

from jixiao.readers import flat_tokens
from jixiao.readers.flat_tokens import line_cells, tokenize

# an invented unit's form, one row a line, merged cells repeated across the row as a web copy writes them
LINES = [
    "某乡2024年度项目支出绩效自评表",
    "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |",
    "| 产出指标 | 数量指标 | 修缮便道长度 | ≥3公里 | 3.2公里 | 20 | 20 |",
    "| 满意度指标 | 满意度指标 | 满意度指标 | ≥90% | 93% | 10 | 10 |",
    "自评结论：完成年度目标。",
]


def test_each_pipe_row_is_cut_once(monkeypatch: pytest.MonkeyPatch) -> None:
    cut: list[str] = []

    def counting(raw: str, lead_cell: bool = False) -> list[str] | None:
        cut.append(raw)
        return line_cells(raw, lead_cell)

    monkeypatch.setattr(flat_tokens, "line_cells", counting)
    tokens = tokenize(LINES, set())
    assert sorted(cut) == sorted(LINES)  # every line once, the three pipe rows too
    row = [t.text for t in tokens if t.line == 2]
    assert row == ["产出指标", "数量指标", "修缮便道长度", "≥3公里", "3.2公里", "20", "20"]
