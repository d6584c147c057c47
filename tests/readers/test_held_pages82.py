"""Shapes the held-out pages of stop 82 showed (docs/reader-corpora/held-82.md), each as an invented snippet:
invented units, places and figures, no text of any page."""

from __future__ import annotations

from page_reading import read_page as _read


def test_retirees_listed_after_the_parts_of_the_staff() -> None:
    """"在职实有27人,A18人,B9人,退休 11人": the parts after a bare comma add up to the staff once the retirees listed
    after them are left aside (before, the four figures summed to 38, not 27, and no part was kept)."""
    read = _read("乙市聋人协会2023年部门整体支出绩效自评报告\n一、部门基本情况\n"
                 "单位在职人员编制25人,其中:行政编制15人,事业编制10人。"
                 "在职实有27人,机关行政人员18人,下属事业人员9人,退休 11人。\n")
    assert read.unit.staff_total == 27
    assert [(p.name, p.count) for p in read.unit.staff_parts] == [("机关行政人员", 18), ("下属事业人员", 9)]


def test_parts_that_do_not_add_up_without_the_retirees_are_still_no_parts() -> None:
    """A guard: "在职实有30人,A15人,B7人,退休5人": 15 + 7 is not 30 with or without the retirees: no parts."""
    read = _read("乙市聋人协会2023年部门整体支出绩效自评报告\n一、部门基本情况\n"
                 "在职实有30人,机关行政人员15人,下属事业人员7人,退休5人。\n")
    assert read.unit.staff_total == 30
    assert read.unit.staff_parts == []


def test_a_cited_titles_internal_bodies_word_lists_no_bodies() -> None:
    """"根据《…职能配置、内设机构和人员编制规定》的通知,某中心的主要职责是:A、B、C": the cited title's 内设机构
    does not make the duties a list of the unit's offices; the sentence that lists them does (before, the duties were
    read as its bodies, ahead of the real list)."""
    read = _read("一、预算单位基本情况\n"
                 "根据某市某区委办公室关于印发《某市某区农业农村局职能配置、内设机构和人员编制规定》的通知,"
                 "区动物疫病防控中心的主要职责是:开展动物疫病监测、畜禽免疫、检疫申报受理、兽药残留抽检。\n"
                 "本部门共有编制人数12人,实有人数11人。内设科室 3个,分别为:办公室,监测科和检疫科。\n")
    assert read.unit.internal_bodies == ["办公室", "监测科", "检疫科"]
    assert read.unit.internal_bodies_count == 3


def test_bodies_named_one_a_clause_after_their_count() -> None:
    """"下属全额拨款事业单位有2个,一个是A,一个是B,…": each body a clause after 一个是, as many as the count, the
    sentence going on after them (before, neither the count nor the names were read)."""
    read = _read("丙市侨联2022年部门整体支出绩效自评报告\n一、部门基本情况\n"
                 "丙市侨联为一级预算单位,下属全额拨款事业单位有2个,一个是丙市华侨服务中心,一个是丙市侨史研究中心,"
                 "两单位经费由本级统一核算。\n")
    assert read.unit.subordinate_bodies == ["丙市华侨服务中心", "丙市侨史研究中心"]
    assert read.unit.subordinate_bodies_count == 2


def test_a_body_named_as_the_subject_of_its_duties_line() -> None:
    """A title with no unit, then "某区某某局的工作职责为:" opening a line of the unit's section: the body whose
    duties the section lists is the unit, a guess (before, no unit was read)."""
    read = _read("2021年度部门整体支出绩效自评报告\n\n一、预算单位基本情况\n\n丁区统计局的工作职责为:\n\n"
                 "(一)组织实施全区统计调查。\n\n(二)发布全区统计信息。\n")
    assert read.unit.name == "丁区统计局"
