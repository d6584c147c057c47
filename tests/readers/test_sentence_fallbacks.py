"""The readers tried for a report that states its indicators only in sentences: their order, and why it matters
(an invented report; invented unit, project and figures)."""

from __future__ import annotations

from decimal import Decimal

from page_reading import read_page

from jixiao.readers.extract.outline import build_outline
from jixiao.readers.extract.section_keys import is_section_title
from jixiao.readers.extract.sentence_fallbacks import FALLBACKS, sentence_indicators
from jixiao.readers.source_text import text_to_document


def test_the_fallbacks_are_tried_strictest_first() -> None:
    """The first reader that finds items wins, so a reader's place is a decision: a stricter shape (a target
    beside its actual, a stated score) before a looser one (a name and one figure). A new reader goes in at its
    place and here."""
    assert [name for name, _ in FALLBACKS] == [
        "value pairs", "run-on levels", "level chains", "inline scored", "scored paragraphs", "broken score rows",
        "result lines", "block results", "level labelled", "completion rates", "goal lists", "led levels",
        "satisfaction", "task shares",
    ]


_BOTH = (
    "某县村级养老服务站运营补助项目绩效自评报告\n"
    "三、绩效指标完成情况\n"
    "（1）数量指标。\n"
    "入户走访覆盖率,年初目标值≥90%,实际完成值95%。\n"
    "补助发放人数,年初目标值120人,实际完成值118人。\n"
    "（2）时效指标：补助资金发放及时率为100%。\n"
)


def _found(text: str) -> dict[str, list[str]]:
    outline = build_outline(text_to_document(text, "report.txt"), is_section_title)
    return {name: [d.name for d in read(outline, None)] for name, read in FALLBACKS}


def test_an_earlier_reader_wins_over_a_later_one_reading_the_same_report() -> None:
    """Both the value pairs and the level-labelled lines read this report, each its own way; together they would
    be two partial lists of one report's indicators. The stricter reader, which finds each target beside its
    actual, is tried first, and its reading is the report's."""
    found = _found(_BOTH)
    assert found["value pairs"] == ["入户走访覆盖率", "补助发放人数"]
    assert found["level labelled"] == ["补助资金发放及时率"]
    outline = build_outline(text_to_document(_BOTH, "report.txt"), is_section_title)
    assert [d.name for d in sentence_indicators(outline, None)] == found["value pairs"]
    read = {i.name: i for i in read_page(_BOTH, "report.txt").indicators}
    assert list(read) == ["入户走访覆盖率", "补助发放人数"]
    assert read["补助发放人数"].target is not None and read["补助发放人数"].target.value == Decimal(120)
