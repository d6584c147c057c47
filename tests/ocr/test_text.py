"""OCR text gets the punctuation Chinese typesetting uses; numbers keep their half-width marks."""

from __future__ import annotations

import pytest

from jixiao.ocr.text import malformed_number, tidy


@pytest.mark.parametrize(
    ("read", "printed"),
    [
        ("全年执行数（万元)", "全年执行数（万元）"),
        ("按期办结率达100%,该指标得分为10分", "按期办结率达100%，该指标得分为10分"),
        ("单位名称:大兴镇", "单位名称：大兴镇"),
        ("村(社区)离任干部", "村（社区）离任干部"),
        ("年初预算5,504.00万元", "年初预算5,504.00万元"),
        ("(1) 推进义务教育", "(1) 推进义务教育"),
        ("局 2024 年度", "局2024年度"),
        ("目标值≥90%,", "目标值≥90%，"),
    ],
)
def test_tidy(read: str, printed: str) -> None:
    assert tidy(read) == printed


@pytest.mark.parametrize(("text", "bad"), [("7,693.91", False), ("7,69391", True), ("7,69.91", True),
                                           ("7.693.91", True), ("131人", False), ("2024年", False),
                                           ("1,234,567.00", False), ("93.55%", False)])
def test_numbers_no_one_prints_are_flagged(text: str, bad: bool) -> None:
    assert malformed_number(text) is bad
