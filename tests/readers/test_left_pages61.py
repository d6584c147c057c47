"""What this stop's real pages still left (docs/reader-corpora/left-pages-61.md): each test an invented snippet
(invented units, figures and wording)."""

from __future__ import annotations

import pytest
from page_reading import read_page

_HEAD = "某县某养护站2024年度项目支出绩效自评报告\n一、基本情况\n"


@pytest.mark.parametrize("words", ["运转经费保障 在编人员37人", "经费覆盖 在职职工37人", "经费保障 的 在职人员37人"])
def test_the_staff_a_fund_pays_for_after_a_space(words: str) -> None:
    """"经费保障 在编人员37人": a space between the covering word and the count makes the line one whose words a
    copy may have split, and that path read the count as the unit's staff (before, 37); it is a fund's target."""
    assert read_page(_HEAD + f"本站核定编制40名，{words}。\n").unit.staff_total is None


def test_the_units_own_count_after_one_a_fund_pays_for() -> None:
    """The unit's own count after such a one is read (a guard: read so before as well)."""
    read = read_page(_HEAD + "本站核定编制40名，运转经费保障 在编人员37人，实有在职人员35人。\n")
    assert read.unit.staff_total == 35


def test_a_count_split_by_a_copys_space_is_still_read() -> None:
    """A guard: "现有在 职人员 33 人" (a word split by a kept line end) is the unit's staff, as before."""
    assert read_page(_HEAD + "本站核定编制40名，现有在 职人员 33 人。\n").unit.staff_total == 33
