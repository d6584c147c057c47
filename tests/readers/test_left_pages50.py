"""The real pages left at stop 40's second round and the conventions they settle (docs/reader-corpora/left-pages-50.md),
each as an invented snippet: invented units, places and figures, no text of any page."""

from __future__ import annotations

from decimal import Decimal

from page_reading import read_page as _read

from jixiao.readers.extract.values import parse_target

# a project form whose targets count a thing after its counting word ("2次宣传", "3场培训")
_COUNTED_OBJECTS = "\n".join([
    "某县某局2021年项目支出绩效自评表",
    "项目名称:某某宣传专项资金项目",
    "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 |",
    "| 产出指标 | 数量指标 | 宣传次数 | 至少全年完成4次宣传 | 5次 |",
    "| 产出指标 | 数量指标 | 培训场次 | 不少于3场培训 | 3场 |",
])


def test_a_counting_word_then_its_object_is_the_unit_and_the_words_are_kept() -> None:
    """"至少全年完成4次宣传" was read as ≥ 4 of a unit "次宣传", so no actual "5次" could meet it: the unit is the
    counting word (次), what is counted stays in the target's words as written."""
    read = _read(_COUNTED_OBJECTS)
    first, second = read.indicators
    assert (first.target.comparator, first.target.value, first.target.unit) == ("≥", Decimal(4), "次")
    assert first.target.text == "至少全年完成4次宣传"
    assert (second.target.value, second.target.unit, second.target.text) == (Decimal(3), "场", "不少于3场培训")


def test_a_unit_with_its_bound_word_or_a_compound_unit_is_read_as_before() -> None:
    """A bound word after the unit ("次以上"), a unit of the lexicon ("人次") and a unit with a per ("万元/公里")
    are no object: no words kept; a return period keeps its own unit (misread41), 个 with a noun is one unit."""
    assert parse_target("3次以上") == {"comparator": "≥", "value": Decimal(3), "unit": "次"}
    assert parse_target("≥120人次") == {"comparator": "≥", "value": Decimal(120), "unit": "人次"}
    assert parse_target("≤14万元/公里") == {"comparator": "≤", "value": Decimal(14), "unit": "万元/公里"}
    assert parse_target("满足50年一遇排涝要求") == {"comparator": "≥", "value": Decimal(50), "unit": "年一遇"}
    assert parse_target("≥0.5个百分点") == {"comparator": "≥", "value": Decimal("0.5"), "unit": "个百分点"}
    assert parse_target("100%完成") == {"comparator": "≥", "value": Decimal(100), "unit": "%"}
