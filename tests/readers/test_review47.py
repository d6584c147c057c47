"""Review of stop 47's reader changes (docs/reader-corpora/review-47-first.md): each test an invented snippet
(invented units, figures and wording) that the merged reader misread or failed on."""

from __future__ import annotations

from jixiao.readers.document import Table
from jixiao.readers.extract.centred_levels import centred_levels

_LEVEL1 = ["产出指标", "效益指标", "满意度指标"]


def test_centred_levels_of_a_table_longer_than_the_stack() -> None:
    """A viewer's copy of a long indicator table whose merged 一级 cells stand on their runs' middle rows (runs of
    three rows, then of two, in turn): the one cut fills every row's 一级, however many runs (the cut was worked
    out by recursion, one frame a label: some 700 labels ended the read with RecursionError)."""
    rows = [["一级指标", "二级指标", "三级指标", "分值"]]
    runs = [3, 2] * 400
    for n, size in enumerate(runs):
        middle = (size - 1) // 2
        rows += [[_LEVEL1[n % 3] if k == middle else "", "", f"某站巡检{n}-{k}", "1"] for k in range(size)]
    filled = centred_levels(Table(rows, "表1"), 0, {"level1": 0, "name": 2})
    first = 1
    for n, size in enumerate(runs):
        assert {row[0] for row in filled.rows[first: first + size]} == {_LEVEL1[n % 3]}
        first += size
    assert (1, 0) in filled.guessed and (2, 0) not in filled.guessed

