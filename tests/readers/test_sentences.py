"""A line cut into its sentences: the one splitter the extractors share."""

from __future__ import annotations

from jixiao.readers.extract.outline import Line
from jixiao.readers.extract.sentences import sentence_spans, sentence_start, sentences


def test_a_line_cut_into_its_sentences_each_where_it_starts() -> None:
    line = Line(0, "", "现有编制人员92人。其中在职63人;退休29人! ", "第1段")
    assert sentences(line) == [(0, "现有编制人员92人"), (10, "其中在职63人"), (18, "退休29人")]


def test_sentence_spans_keep_their_stops_and_stay_within_bounds() -> None:
    text = "产出指标:数量达标;时效达标。效益指标:群众满意"
    assert [m.group() for m in sentence_spans(text, 5, 15)] == ["数量达标;", "时效达标。"]


_TEXT = "某站全年完成巡检12次。其中汛期4次,合格率100%;未发现隐患\n下年继续"


def test_a_sentence_starts_after_the_last_end_before_the_place() -> None:
    assert sentence_start(_TEXT, _TEXT.index("汛期")) == _TEXT.index("其中")
    assert sentence_start(_TEXT, _TEXT.index("隐患")) == _TEXT.index("未发现")
    assert sentence_start(_TEXT, _TEXT.index("继续")) == _TEXT.index("下年")
    assert sentence_start(_TEXT, 3) == 0  # no end before it


def test_other_ends_give_a_clause_or_a_sentence_within_a_line() -> None:
    assert sentence_start(_TEXT, _TEXT.index("合格率"), ",;。\n") == _TEXT.index("合格率")
    assert sentence_start(_TEXT, _TEXT.index("继续"), "。;") == _TEXT.index("未发现")
