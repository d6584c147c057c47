"""A quick test before a costly pattern never changes the pattern's answer: the pattern alone and the
pattern behind its quick test agree on every text, figures of any script and a final newline included."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from jixiao.readers.flat_tokens import _WORD_FIGURES, _word_figures

_PIECES = st.sampled_from(["年度资金总额", "项目名称", "合计", ":", "：", "356.40", "341.15", "1,568.20", "%", ".",
                           ",", "３２０", "٣٤٥", "७८९", "元", "万元", "\n", " ", "得分", "5", "12"])


@given(st.lists(_PIECES, max_size=8).map("".join))
@settings(max_examples=400, deadline=None)
def test_word_figures_agree_with_the_pattern(text: str) -> None:
    quick, full = _word_figures(text), _WORD_FIGURES.match(text)
    assert (quick and quick.span(), quick and quick.groups()) == (full and full.span(), full and full.groups())


def test_word_figures_found() -> None:
    found = _word_figures("年度资金总额:356.40341.15")
    assert found is not None and found.groups() == ("年度资金总额", "356.40341.15")
    assert _word_figures("年度资金总额356.40341.15\n") is not None  # "$" allows a final newline
    assert _word_figures("年度资金总额356.40万元") is None


_SPACED = st.sampled_from(["2023", " ", "年", "3", "月", "9", "日", "市级", "资金", "10", "≤10月", "  ", "\u3000",
                           "合计", "100", "96", "项目名称"])


@given(st.lists(_SPACED, max_size=10).map("".join))
@settings(max_examples=400, deadline=None)
def test_spaced_dates_are_joined_only_where_a_line_has_inner_spaces(text: str) -> None:
    """A line holding 年 or 月 is cut at its spaces after a spaced-out date is joined ("2023 年 3 月" → one
    cell); the join is skipped for a line with no inner space, and the cut is the same as with the join made."""
    from jixiao.readers import flat_tokens

    joined = flat_tokens._SPACED_DATE.sub("", text) if "年" in text or "月" in text else text
    parts = joined.split()
    quick = text.split()
    if len(quick) > 1 and ("年" in text or "月" in text):
        quick = flat_tokens._SPACED_DATE.sub("", text).split()
    assert quick == parts
    assert flat_tokens._spaced_cells(text) == flat_tokens._spaced_cells(" ".join(parts))  # the function itself


def test_a_template_number_is_dropped_only_after_a_level_word_or_a_figure() -> None:
    from jixiao.readers.flat_tokens import _PLACEHOLDER

    assert _PLACEHOLDER.sub("", "数量指标指标1免费发放良种") == "数量指标免费发放良种"
    assert _PLACEHOLDER.sub("", "10万公斤20%指标2：验收合格率") == "10万公斤20%验收合格率"
    assert _PLACEHOLDER.sub("", "项目指标1：完成") == "项目指标1：完成"  # after other words: a name's own words
    assert _PLACEHOLDER.sub("", "数量指标指标1 ") == "数量指标指标1 "  # no name after it
