"""Prose hard-wrapped mid-sentence (text copied from a PDF): items, budget, staff and totals read as unwrapped."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from jixiao.model import Evaluation
from jixiao.readers.extract import extract
from jixiao.readers.prose_wraps import ITEM, LABEL, prose_continues
from jixiao.readers.source_text import text_to_document

_DATA = Path(__file__).resolve().parent.parent / "data"
_HEAD = "某县农业农村局2023年度项目支出绩效自评报告\n一、项目基本情况\n"


def _read(text: str, source: str = "x.txt") -> Evaluation:
    evaluation, _ = extract(text_to_document(text, source))
    return evaluation


def _facts(evaluation: Evaluation) -> dict[str, Any]:
    return evaluation.model_dump(mode="json", exclude={"provenance", "reading", "alternatives"})


_ITEMS = ("三、绩效指标完成情况\n"
          "1.数量指标。“培训农民人次”目标值≥1200人次，实际完成1260人次，分值20分，得分20分。\n"
          "2.质量指标。“培训合格率”目标值≥95%，实际完成98%，分值20分，得分20分。\n"
          "3.时效指标。“按时完成率”目标值=100%，实际完成100%，分值10分，得分10分。\n"
          "四、自评结论\n经综合评价，该项目自评得分90分，自评等级为“优”。\n")


@pytest.mark.parametrize("cut", [
    ("实际完成1260人次", "实际完成\n1260人次"),  # before the figure
    ("实际完成1260人次", "实际完成12\n60人次"),  # inside the figure
    ("1260人次", "1260人\n次"),  # inside the unit
    ("分值20分，得分20分", "分值20分，\n得分20分"),  # right before 得分
    ("1260人次，分值", "1260人次\n，分值"),  # the comma carried to the next line
])
def test_an_item_wrapped_once_is_read_as_unwrapped(cut: tuple[str, str]) -> None:
    whole = _HEAD + "本项目由某县农业农村局实施。\n" + _ITEMS
    wrapped = whole.replace(*cut, 1)
    assert wrapped != whole
    indicators = _read(wrapped).indicators
    assert [i.name for i in indicators] == ["培训农民人次", "培训合格率", "按时完成率"]
    first = indicators[0]
    assert first.actual is not None and first.actual.value == Decimal(1260)
    assert first.stated_score == Decimal(20)
    assert _facts(_read(wrapped)) == _facts(_read(whole))


def test_lines_that_end_their_items_without_full_stops_stay_apart() -> None:
    texts = ["培训农民人次：目标1200人次，实际1260人次，得分20分", "培训合格率：目标95%，实际98%，得分20分。"]
    assert prose_continues(texts, lambda i: 0) == [False, False]


def test_a_heading_a_title_or_a_numbered_item_is_never_joined_on() -> None:
    texts = ["本单位年初预算数为500万元，全年预算数520万元", "二、绩效指标完成情况。"]
    assert prose_continues(texts, lambda i: ITEM) == [False, False]
    # a label after a comma goes on the sentence; after a word cut mid-way it opens a line of its own
    assert prose_continues(["实际完成1260人次，目标值1200人次，", "得分：20分。"], lambda i: LABEL)[0]
    assert not prose_continues(["实际完成1260人次，目标值1200人次", "得分：20分。"], lambda i: LABEL)[0]


def test_a_line_without_a_clause_goes_on_only_at_a_cut_number() -> None:
    assert not prose_continues(["联系电话：0771-5551234", "2025年3月14日"], lambda i: 0)[0]
    assert not prose_continues(["某县农业农村局2023年度项目支出", "绩效自评报告。"], lambda i: 0)[0]
    assert prose_continues(["1.时效指标：预算执行率（10分）完成97.68%（目标≥9", "5%），得9.77分。"], lambda i: 0)[0]


def _wrap(text: str, width: int) -> str:
    out: list[str] = []
    for line in text.splitlines():
        while len(line) > width:
            out.append(line[:width])
            line = line[width:]
        out.append(line)
    return "\n".join(out) + "\n"


# prose reports of the corpora: indicators, budget, staff, income and totals all in sentences
_PROSE = ["ninth/n02-gx-napo-border-project-prose-list.txt", "fourth/g07-hz-xihu-yuanzheng.txt",
          "seventh/t04-gx-lingui-culture-fund-prose-numbered.txt", "fresh/f01-cq-jiangbei-street-cover.txt",
          "redteam/r35-culture-tourism-bullets.md"]


@pytest.mark.parametrize("name", _PROSE)
@pytest.mark.parametrize("width", [30, 33, 35, 37, 40])
def test_a_prose_report_wrapped_at_a_page_width_reads_as_unwrapped(name: str, width: int) -> None:
    path = _DATA / name
    text = path.read_text(encoding="utf-8")
    wrapped = _wrap(text, width)
    assert wrapped.count("\n") > text.count("\n")
    assert _facts(_read(wrapped, str(path))) == _facts(_read(text, str(path)))
