"""OCR's letter O for a zero: each place an O can stand for 0 is found (upper and lower case, before a
decimal point, before a count word), and text whose Os are letters is left as it is."""

from __future__ import annotations

import pytest

from jixiao.readers.textnorm import letter_zeros


@pytest.mark.parametrize(("text", "read", "changed"), [
    ("完成率1O0%", "完成率100%", 1),  # after a digit
    ("完成率1o0%", "完成率100%", 1),  # a lower-case o too
    ("资金O.5万元", "资金0.5万元", 1),  # before a decimal point and a digit
    ("安全事故O次", "安全事故0次", 1),  # alone before a count word
    ("合计1,O00元，其中2.O5万元", "合计1,000元，其中2.05万元", 2),  # after a digit and a comma or a dot
    ("OA系统导出，Office 文档 O 份", "OA系统导出，Office 文档 O 份", 0),  # letters: no figure touches them
    ("没有字母的文字：共10次", "没有字母的文字：共10次", 0),
])
def test_a_letter_o_is_read_as_zero_only_inside_figures(text: str, read: str, changed: int) -> None:
    assert letter_zeros(text) == (read, changed)
