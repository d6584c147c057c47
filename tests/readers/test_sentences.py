"""A line cut into its sentences: the one splitter the extractors share."""

from __future__ import annotations

from jixiao.readers.extract.outline import Line
from jixiao.readers.extract.sentences import sentence_spans, sentences


def test_a_line_cut_into_its_sentences_each_where_it_starts() -> None:
    line = Line(0, "", "现有编制人员92人。其中在职63人;退休29人! ", "第1段")
    assert sentences(line) == [(0, "现有编制人员92人"), (10, "其中在职63人"), (18, "退休29人")]


def test_sentence_spans_keep_their_stops_and_stay_within_bounds() -> None:
    text = "产出指标:数量达标;时效达标。效益指标:群众满意"
    assert [m.group() for m in sentence_spans(text, 5, 15)] == ["数量达标;", "时效达标。"]
