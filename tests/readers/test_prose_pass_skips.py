"""Passes a report of prose pays for without holding what they read, each given a test every success needs first: a
line of one part is no spaced row, a text with no numbered header no wide export row, a report with no table of rows
no note put back into one, a text with no figure ending ".ddd.dd" no dotted thousands, a cell with no join mark no
pair of levels, a text with fewer than five "丨" no OCR'd table. Each answers as the pass without its test does."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jixiao.readers import dotted_thousands, flat_note_rows, flat_spaced, wide_row_text
from jixiao.readers.document import Paragraph, Table
from jixiao.readers.extract import joined_levels
from jixiao.readers.flat_glued_scores import unglued_scores
from jixiao.readers.textnorm import ocr_rules


class _Refused:
    """Stands in for a pattern or a function the skipped pass would run: any use fails the test."""

    def __init__(self, what: str) -> None:
        self.what = what

    def __call__(self, *args: object) -> None:
        raise AssertionError(f"{self.what} ran on a text with nothing for it")

    def __getattr__(self, name: str) -> _Refused:
        return self


_LINE_PIECES = st.sampled_from(["某某", "指标", "得分", "5", "10", "9.5", "分", "%", "≥", "→", "/", "-", "＞", "，",
                                "。", "(", "）", "个", "年", "月"])


@given(st.lists(_LINE_PIECES, max_size=12).map("".join), st.sampled_from(["", " ", "\u3000", "  "]))
@settings(max_examples=500, deadline=None)
def test_a_line_of_one_part_stays_one_part_and_is_no_spaced_row(text: str, edge: str) -> None:
    """No score glued to a name twice without a space between two parts; so no cells (what the early return says)."""
    line = edge + text + edge
    assert unglued_scores(line) == line
    assert flat_spaced.spaced_cells(line) is None


def test_a_line_of_prose_is_not_searched_for_glued_scores(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(flat_spaced, "unglued_scores", _Refused("the glued-score search"))
    assert flat_spaced.spaced_cells("全年共开展某某培训12场次，参训人员满意度达95%以上。") is None
    monkeypatch.undo()
    assert flat_spaced.spaced_cells("某某培训场次 ≥10场 12场 10 10") == ["某某培训场次", "≥10场", "12场", "10", "10"]


def test_a_text_with_no_numbered_header_is_not_cut_into_cells(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "三、绩效指标完成情况\n某某指标全年完成率98%，指标值为95%。\n"
    monkeypatch.setattr(wide_row_text, "text_cells", _Refused("cutting the text into cells"))
    assert wide_row_text.wide_row_text(text) == text


@given(st.lists(st.sampled_from(["指标", "绩效", "1", "12", " ", "\n", "|", "某某", "一级指标", "得分"]), max_size=14)
       .map("".join))
@settings(max_examples=300, deadline=None)
def test_every_numbered_header_holds_what_is_searched_first(text: str) -> None:
    """A cell INDEXED matches (what a wide row needs eight of) holds "指标" then a digit, so the text does too."""
    for cell in re.split(r"[|\s]+", text):
        if wide_row_text.INDEXED.match(cell):
            assert wide_row_text._INDEXED_WORD.search(text) is not None


def _prose(text: str, line: int) -> Paragraph:
    return Paragraph(text, f"第{line}行")


def test_a_report_with_no_table_of_rows_tries_no_paragraph_as_a_note(monkeypatch: pytest.MonkeyPatch) -> None:
    blocks = [_prose("偏差原因：某某设备到货推迟，已于次年一季度完成安装。", 3), _prose("二、下一步工作", 4),
              Table([["项目名称", "某某项目"]], "表1")]
    monkeypatch.setattr(flat_note_rows, "_note", _Refused("the note test"))
    assert flat_note_rows.noted_rows(blocks) == blocks


_DOTTED_PIECES = st.sampled_from(["1", "12", "460", "000", ".", ".00", ".460", " ", "|", "：", "万元", "元", "\n", "a"])


@given(st.lists(_DOTTED_PIECES, max_size=12).map("".join))
@settings(max_examples=600, deadline=None)
def test_dotted_thousands_are_read_as_the_plain_pattern_reads_them(text: str) -> None:
    count = len(dotted_thousands._DOTTED.findall(text))
    assert len(dotted_thousands.comma_thousands(text)[1]) == count
    if count:
        assert dotted_thousands._LAST_GROUPS.search(text) is not None


def test_a_text_with_no_dotted_figure_is_not_rewritten(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "全年预算数：1,460.00万元，执行数：1,302.32万元，执行率89.19%。\n"
    monkeypatch.setattr(dotted_thousands, "_DOTTED", _Refused("the dotted-figure substitution"))
    assert dotted_thousands.comma_thousands(text) == (text, [])
    monkeypatch.undo()
    assert dotted_thousands.comma_thousands("执行数 1.302.32\n") == ("执行数 1,302.32\n", ["1,302.32"])


def test_a_join_mark_is_found_where_the_join_is() -> None:
    for code in range(0x3000):
        text = f"产出指标{chr(code)}数量指标"
        assert (joined_levels._MARK.search(text) is None) == (joined_levels._JOIN.search(text) is None), hex(code)
    assert joined_levels.names_both_levels("产出指标 > 数量指标")
    assert not joined_levels.names_both_levels("产出指标数量指标")


def test_ocr_rules_need_five_strokes() -> None:
    """Three lines holding "丨", two of them two or more: five at least (four leave the text as it is)."""
    table = "项目丨预算丨执行\n合计丨259。64丨250\n备注丨无\n"
    assert ocr_rules(table) == ("项目|预算|执行\n合计|259.64|250\n备注|无\n", 3)
    four = "项目丨预算丨执行\n合计丨259。64\n备注丨无\n"
    assert ocr_rules(four) == (four, 0)
