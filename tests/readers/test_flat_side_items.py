"""A staff table on its side, flattened: read from a names row opening on two staff labels over their counts, and
looked for on any other line at the cost of its label only."""

from __future__ import annotations

import pytest

from jixiao.readers import flat_side_items
from jixiao.readers.flat_side_items import staff_counts
from jixiao.readers.flat_token import Token


def _tokens(*lines: str) -> list[Token]:
    return [Token(text, k) for k, text in enumerate(lines)]


def test_a_staff_table_on_its_side_is_read() -> None:
    tokens = _tokens("核定编制 在职人数 其中：专技人员", "18 16 9")
    found = staff_counts(tokens, 0)
    assert found is not None
    table, end = found
    assert end == 2
    assert [row[:2] for row in table.rows] == [["核定编制", "在职人数"], ["18", "16"]]


@pytest.mark.parametrize("line", ["本站年内完成水质监测任务", "二、部门整体支出情况", "合计 18", "专技人员"])
def test_a_line_naming_no_staff_label_first_is_no_staff_table_and_its_kind_is_not_asked(
        line: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The staff label is asked first: a line whose first cell names none (most lines of a report) is no staff
    table before the cell's kind and digits are looked at."""
    asked: list[str] = []

    def named(text: str) -> bool:
        asked.append(text)
        return True

    monkeypatch.setattr(flat_side_items, "_name", named)
    assert staff_counts(_tokens(line, "12 10"), 0) is None
    assert asked == []
