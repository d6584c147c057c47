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
