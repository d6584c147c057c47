"""Shapes found on the held-out pages of real-page probes 19–21 and 23 (docs/reader-corpora/held-29.md), each
rebuilt from an invented snippet of the same shape (invented units, places, projects and figures)."""

from __future__ import annotations

from jixiao.readers.extract import extract
from jixiao.readers.source_text import text_to_document


def _read(text: str):  # type: ignore[no-untyped-def]
    return extract(text_to_document(text, "page.txt"))[0]


_NUMBERED_ITEMS = (
    "2023年度某某县农技推广项目绩效自评表\n"
    "项目名称 | 某某县农技推广项目 | ||||||\n"
    "主管部门 | 某某县农业局 | 项目实施单位 | 某某县农技站 | ||||\n"
    "年度绩效目标 (80分) | 一级指标 | 二级指标 | 三级指标 | 年初目标值(A) | 实际完成值(B) | 得分 | ||\n"
    "产出指标 | 数量指标 | 一、良种示范 | ≧800亩 | 800亩 | 12.0 | |||\n"
    "1、小麦良种示范 | ≧300亩 | 300亩 | 4.0 | ||||||\n"
    "2、油菜良种示范 | ≧500亩 | 500亩 | 8.0 | ||||||\n"
    "二、对比试验 | ≧6组 | 6组 | 6.0 | ||||||\n"
    "1、对比试验(早稻) | ≧4组 | 4组 | 4.0 | ||||||\n"
    "2、对比试验(晚稻) | ≧2组 | 2组 | 2.0 | ||||||\n"
    "质量指标 | 良种到位率 | ≧90% | 95% | 10.0 | |||||\n")


def test_numbered_items_over_numbered_sub_items_lose_their_numbers_and_keep_their_variants() -> None:
    """"一、名称" over "1、名称" sub-items: the outline number is the form's, not the name's, at either depth; two
    sub-items told apart only by a bracketed variant ("(早稻)" / "(晚稻)") stay two indicators."""
    names = [i.name for i in _read(_NUMBERED_ITEMS).indicators]
    assert names[:6] == ["良种示范", "小麦良种示范", "油菜良种示范", "对比试验", "对比试验(早稻)", "对比试验(晚稻)"]
