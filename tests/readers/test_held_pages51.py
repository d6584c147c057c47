"""Shapes the held-out pages of stop 51 showed (docs/reader-corpora/held-51.md), each as an invented snippet:
invented units, places, projects and figures, no text of any page."""

from __future__ import annotations

from page_reading import read_page as _read


def test_the_kind_of_body_before_a_count_is_no_list_when_names_follow_its_colon() -> None:
    """"共有内设股室、单位 4 个:A、B、C、D": "股室、单位" is the kind of body counted, the four names after the colon
    are the bodies (a Word line wrap inside one name, "技术播 出部", is no space of its own)."""
    read = _read("某县某某中心 2021 年度整体支出绩效自评报告 一、基本概况 (二)机构设置 1.内设机构 "
                 "我中心共有内设股室、单位 4 个:综合部、财务部、采编部、技术播 出部。 2.人员编制情况 我中心\n")
    assert read.unit.internal_bodies == ["综合部", "财务部", "采编部", "技术播出部"]
    assert read.unit.internal_bodies_count == 4


def test_the_kind_before_a_count_stays_the_list_when_the_names_after_it_do_not_match() -> None:
    """"下设A、B 3 个:…" with two names after the colon: the count and the names disagree, so nothing after the
    colon is taken for the list."""
    read = _read("某县某某中心 2021 年度整体支出绩效自评报告 一、基本概况 "
                 "我中心内设综合部、财务部、采编部 3 个:职能见下。\n")
    assert read.unit.internal_bodies == ["综合部", "财务部", "采编部"]
