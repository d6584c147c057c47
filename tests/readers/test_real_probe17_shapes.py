"""Shapes found by the seventeenth real-page probe (docs/reader-corpora/real-probe-17.md), each rebuilt from an
invented snippet of the same shape (invented units, names and figures)."""

from __future__ import annotations

from jixiao.readers.extract import extract
from jixiao.readers.source_text import text_to_document


def _read(text: str):  # type: ignore[no-untyped-def]
    return extract(text_to_document(text, "page.txt"))[0]


_COUNT_AFTER_COMMA = (
    "2023年某县林草局部门整体支出绩效自评报告\n一、基本情况\n"
    "某县林草局内设办公室、财务股、造林股3个股室。\n"
    "本局下设某县林木种苗站、某县森林防火中心、某县湿地保护站,3个二级机构。\n")


def test_a_count_of_bodies_after_the_comma_that_closes_their_list() -> None:
    """"下设甲、乙、丙,3个二级机构": the count follows the list across a comma, before its noun; the three
    bodies and their count are read. A count of other things after a list ("…,5个村") is not their count."""
    read = _read(_COUNT_AFTER_COMMA)
    assert read.unit.subordinate_bodies == ["某县林木种苗站", "某县森林防火中心", "某县湿地保护站"]
    assert read.unit.subordinate_bodies_count == 3
    assert read.unit.internal_bodies_count == 3
    villages = _read(_COUNT_AFTER_COMMA.replace("3个二级机构", "覆盖5个村"))
    assert villages.unit.subordinate_bodies_count != 5


def test_a_form_label_counting_the_bodies_under_the_unit() -> None:
    """"下属二级预算单位数量:7" (a cover sheet) and "下属单位个数0" (a form's cells run together) state a count,
    never a list of bodies named "7"."""
    cover = _read("2022年度市级部门整体绩效自评报告\n部门名称:(公章)某市体育局\n下属二级预算单位数量:7\n"
                  "填报日期:2023年5月8日\n一、部门基本情况\n")
    assert cover.unit.subordinate_bodies_count == 7
    assert cover.unit.subordinate_bodies == []
    glued = _read("某镇卫生院整体支出绩效自评表(2022年度)评价部门名称某县某镇卫生院下属单位个数0整体支出规模\n")
    assert glued.unit.subordinate_bodies_count == 0
