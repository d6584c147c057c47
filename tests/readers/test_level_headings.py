"""The level headings over indicators a report lists one a line (an invented report; invented unit and figures)."""

from __future__ import annotations

from page_reading import read_page

from jixiao.readers.extract.outline import build_outline
from jixiao.readers.extract.prose_value_pairs import value_pair_indicators
from jixiao.readers.extract.section_keys import is_section_title
from jixiao.readers.source_text import text_to_document

_REPORT = (
    "某县农技推广服务项目绩效自评报告\n"
    "(三)绩效指标完成情况分析。\n"
    "1.产出指标完成情况分析。\n"
    "(1)数量指标。\n"
    "培训种植户:全年分批培训,共320人。\n"
    "(2)成本指标。\n"
    "开展田间指导:每月开展一次,共12次。\n"
    "2.效益指标完成情况分析。\n"
    "社会效益指标。\n"
    "推广新品种:在三个乡镇推广,共5个。\n"
    "3.满意度指标完成情况分析\n"
    "种植户满意度:回访种植户,共60户。\n"
)


def test_a_word_of_both_levels_is_a_level2_under_a_heading_numbered_otherwise() -> None:
    """成本指标 is a 一级 in some forms and a 二级 in others (the lexicon holds it in both): "(2)成本指标。" under
    "1.产出指标…" is the 产出's 二级; "3.满意度指标…", numbered as "1." is, opens a 一级 of its own."""
    read = {i.name: (i.level1, i.level2) for i in read_page(_REPORT, "report.txt").indicators}
    assert read == {
        "培训种植户": ("产出指标", "数量指标"),
        "开展田间指导": ("产出指标", "成本指标"),
        "推广新品种": ("效益指标", "社会效益指标"),
        "种植户满意度": ("满意度指标", None),
    }


_PAIRS = (
    "某县农技推广服务项目绩效自评报告\n"
    "1.产出指标(50分)\n"
    "一是数量指标:培训种植户人数,年初目标值300人,实际完成值320人;\n"
    "2.效益指标(30分)\n"
    "种植户增收率,年初目标值≥5%,实际完成值6%。\n"
)


def test_a_level1_heading_with_its_points_opens_its_block_in_sentences_of_value_pairs() -> None:
    """"1.产出指标(50分)": the block's points are no part of the 一级's name; a clause's 二级 is its own line's; a
    clause under a 一级's heading with no 二级 has that 一级 alone (fiftieth fi06)."""
    outline = build_outline(text_to_document(_PAIRS, "report.txt"), is_section_title)
    read = {d.name: (d.fields.get("level1"), d.fields.get("level2")) for d in value_pair_indicators(outline)}
    assert read == {"培训种植户人数": ("产出指标", "数量指标"), "种植户增收率": ("效益指标", None)}
