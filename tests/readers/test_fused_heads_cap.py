"""A run-together header cell far longer than any real header is not searched for its heads (a hostile cell of
thousands of head words took seconds and came out as a header of thousands of heads)."""

from jixiao.readers.flat_year_columns import _fused_heads


def test_a_real_run_together_header_is_still_cut() -> None:
    heads = ["项目", "上年决算数", "本年决算数", "增减额", "增减率"]
    assert _fused_heads("".join(heads)) == heads


def test_a_cell_of_hundreds_of_head_words_is_no_header() -> None:
    assert _fused_heads("项目" + "上年决算数" * 200) is None
