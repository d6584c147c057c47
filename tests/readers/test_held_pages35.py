"""Shapes found on ten real pages nobody had tuned the reader to (docs/reader-corpora/held-35.md), each rebuilt
from an invented snippet of the same shape (invented units, places, projects and figures)."""

from __future__ import annotations

from decimal import Decimal

from jixiao.readers.extract import extract
from jixiao.readers.source_text import text_to_document


def _read(text: str):  # type: ignore[no-untyped-def]
    return extract(text_to_document(text, "page.txt"))[0]


def _by_name(read) -> dict:  # type: ignore[no-untyped-def]
    return {i.name: i for i in read.indicators}


_COMPLETION_ITEMS = (
    "某市青少年宫2023年度项目支出绩效自评报告(2023年某某活动补助经费)\n\n"
    "一、自评结论\n\n"
    "(二)绩效目标完成情况\n\n"
    "1.产出指标完成情况\n\n"
    "数量指标:年度开放活动天300天,指标完成率100%;年度开放活动12万人次,指标完成率100%。\n\n"
    "2.效益指标完成情况\n\n"
    "满足青少年课外活动需求有效提高,指标完成率100%。\n\n"
    "3.满意度指标完成情况\n\n"
    "家长满意度95%,指标完成率100%。\n"
)


def test_a_figure_in_a_three_character_unit_and_a_need_met_in_words_are_results() -> None:
    """"名称12万人次,指标完成率100%" after "名称天300天,…;" is a second result (its unit 万人次 has three characters),
    and "某某需求有效提高,指标完成率100%" under the 效益 lead is one told in words."""
    found = _by_name(_read(_COMPLETION_ITEMS))
    assert set(found) == {"年度开放活动天", "年度开放活动", "满足青少年课外活动需求", "家长满意度"}
    visits = found["年度开放活动"]
    assert (visits.level1, visits.level2, visits.actual.value, visits.actual.unit) == \
        ("产出指标", "数量指标", Decimal(12), "万人次")
    need = found["满足青少年课外活动需求"]
    assert (need.level1, need.actual.text) == ("效益指标", "有效提高")


def test_the_establishment_of_staff_in_post_and_the_year_end_count() -> None:
    """"核定编制在职人员为 N 人，年末实有在职人员为 M 人": N is the establishment, M the staff."""
    read = _read("某县公路事务中心2024年度整体支出绩效自评报告\n\n一、单位基本情况\n\n"
                 "截至2024年12月31日,本单位财政核定编制在职人员为 28 人,年末实有在职人员为 25 人,退休人员 40 人。\n")
    assert (read.unit.staff_establishment, read.unit.staff_total) == (28, 25)
