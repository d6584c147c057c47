"""A flattened table's header is looked for within ``HEADER_SPAN`` cells of where it may start: a line of one header
word repeated ("得分 | 得分 | …", a corrupted export) is looked at 40 cells from each place, not to its end from each
(which made the table reader quadratic in the line's cells)."""

from __future__ import annotations

import pytest

from jixiao.readers import flat_headers
from jixiao.readers.flat_table_cells import HEADER_SPAN
from jixiao.readers.flat_tokens import tokenize


def test_a_line_of_one_header_word_looked_at_within_the_span(monkeypatch: pytest.MonkeyPatch) -> None:
    tokens = tokenize(["\t".join(["得分"] * 300)], set())
    assert len(tokens) == 300
    looked: list[str] = []
    role = flat_headers.header_role
    monkeypatch.setattr(flat_headers, "header_role", lambda text: looked.append(text) or role(text))
    for start in (0, 150):
        looked.clear()
        assert flat_headers.header_at(tokens, start) is None  # (one word over and over heads no table)
        assert 0 < len(looked) <= HEADER_SPAN + 1
