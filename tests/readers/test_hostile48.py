"""Stop 47's review, what it found wrong outside its branches (docs/reader-corpora/hostile-48.md): each test an
invented snippet (invented units, figures and wording)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from page_reading import read_page, read_saved

from jixiao.readers.cells import Kind, kind

_HEAD = "某县某巡护站2023年度项目支出绩效自评报告\n一、基本情况\n"


def test_a_line_of_thousands_of_scores_reads_as_a_short_one() -> None:
    """A pasted column run into one line: 3,000 of "某段得分7分(总分10分)，" then the whole's score. It reads as the
    same line with three of them (before, each score's test searched the rest of the line and all of it before:
    quadratic, minutes for such a line)."""
    def total(count: int) -> object:
        return read_page(_HEAD + "某段得分7分(总分10分)，" * count + "本项目自评得分91分。\n").stated_total
    assert total(3000) == total(3) == 91


@pytest.mark.parametrize("placeholder", ["ｎ/Ａ", "Ｎ/ａ", "ｎ／Ａ", "N/a", "n/A"])
def test_a_placeholder_in_mixed_case(placeholder: str) -> None:
    """"ｎ/Ａ" / "N/a": the not-applicable placeholder in mixed case is a blank cell, as "N/A" and "Ｎ／Ａ" are
    (before, read as text)."""
    assert kind(placeholder) == Kind.SLASH


def test_na_words_stay_text() -> None:
    """A guard: a word holding the letters is no placeholder."""
    assert kind("NA类") != Kind.SLASH and kind("n/a率") != Kind.SLASH


def test_the_staff_a_fund_pays_for_with_的_before_the_count() -> None:
    """"经费保障的在职人员28人": the staff a fund pays for, 的 between the words (before, read as the staff total);
    the unit's own count after it is read."""
    assert read_page(_HEAD + "本站核定编制30名，经费保障的在职人员28人。\n").unit.staff_total is None
    read = read_page(_HEAD + "本站核定编制30名，经费保障的在职人员28人，实有在职人员26人。\n")
    assert read.unit.staff_total == 26


@pytest.mark.parametrize("bracket", ["（总分50分）", "(总分50分)"])
def test_a_blocks_full_mark_in_its_bracket_is_no_total(bracket: str) -> None:
    """"产出指标得分45分（总分50分），…本项目自评得分94分": the 总分 in the bracket after a block's score is that
    block's full mark, never the report's total (before, 50 read as the stated total, before the whole's 94); when
    only blocks' scores are stated, no total is."""
    told = f"某巡护段产出指标得分41分{bracket}，效益指标得分28分"
    assert read_page(_HEAD + told + "，本项目自评得分92分。\n").stated_total == 92
    assert read_page(_HEAD + told + "。\n").stated_total is None
    assert read_page(_HEAD + "满意度指标得分9分（总分10分）；总分93分。\n").stated_total == 93  # (before, 10)


def test_a_total_with_its_own_full_mark_stays_read() -> None:
    """A guard: the whole's score with its full mark in a bracket is read as before, the full mark too."""
    read = read_page(_HEAD + "本项目自评得分92分（总分100分）。\n")
    assert (read.stated_total, read.full_mark) == (92, 100)


_SIDE_BY_SIDE = ["某县某档案馆2025年度单位整体支出绩效自评报告", "二、收支情况（单位：万元）",
                 "收入项目 | 金额 | 支出项目 | 金额 |", "财政拨款收入 | 730.20 | 基本支出 | 540.10 |",
                 "事业收入 | 45.00 | 项目支出 | 220.35 |", "{row}", "收入合计 | 775.20 | 支出合计 | 760.45 |",
                 "三、绩效目标完成情况"]


@pytest.mark.parametrize("row", [" |  | 其他支出 | 0.00 |", "|  | 其他支出 | 0.00 |"])
def test_a_row_whose_income_half_is_blank(tmp_path: Path, row: str) -> None:
    """A web-copied 收支 row whose income half is empty (" |  | 其他支出 | 0.00 |"): 其他支出 is a spending item, in
    the spending half (before, the row's cells were moved to its first half and 其他支出 listed as income)."""
    budget = read_saved(tmp_path, "\n".join(_SIDE_BY_SIDE).format(row=row) + "\n").budget
    assert [item.name for item in budget.income_items] == ["财政拨款收入", "事业收入"]
    assert [item.name for item in budget.expenditure_items] == ["基本支出", "项目支出", "其他支出"]
    assert (budget.income_total, budget.expenditure_total) == (Decimal("775.20"), Decimal("760.45"))
