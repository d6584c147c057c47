"""Stop 47, flat68: a grade rule printed as a band table whose own row is ticked ("分数段 | 等级 | 本项目" over
"90（含）-100分 | 优 | √"), flattened: the bands and the ticked grade read as the Word file's table gives them.
Invented unit, figures and wording."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from page_reading import flattened, read_saved_rows

_HEAD = ["某镇农业服务中心2025年度耕地地力保护补贴项目支出绩效自评报告", "五、自评结论",
         "本项目自评得分92.5分，对照下表确定等级。"]
_BANDS = [["分值区间", "等次", "本项目"],
          ["90（含）-100分", "优", "√"],
          ["80（含）-90分", "良", ""],
          ["60（含）-80分", "中", ""],
          ["0-60分", "差", ""]]
_TAIL = ["六、存在的问题", "补贴资金发放进度前松后紧。"]


@pytest.mark.parametrize("shape", ["cells", "spaced", "one_line"])
def test_a_flattened_band_table_gives_its_bands_and_the_ticked_grade(tmp_path: Path, shape: str) -> None:
    """Each row a range before its grade, the report's own row ticked: the four bands, the ticked grade (a guess
    where the rows were rebuilt from cells a line each, a tick's row being then a guess)."""
    evaluation = read_saved_rows(tmp_path, flattened(_HEAD, _BANDS, _TAIL, shape))
    assert [(band.grade.value, band.min) for band in evaluation.stated_grade_bands] == [
        ("优", Decimal(90)), ("良", Decimal(80)), ("中", Decimal(60)), ("差", Decimal(0))]
    assert evaluation.stated_grade is not None and evaluation.stated_grade.value == "优"
    assert evaluation.provenance["stated_grade"].guessed is (shape != "spaced")


def test_a_grade_before_its_range_flattened_a_cell_a_line_gives_no_bands(tmp_path: Path) -> None:
    """"优 | 90（含）-100分": cells a line each, a grade first leaves its range's side unknown — no bands read
    (guard: a row rebuilt from a range to the next would pair each range with the next row's grade)."""
    swapped = [["等次", "分值区间"], *[[row[1], row[0]] for row in _BANDS[1:]]]
    evaluation = read_saved_rows(tmp_path, flattened(_HEAD, [["分数段"], *swapped], _TAIL, "cells"))
    assert evaluation.stated_grade_bands == []
