"""One definition of how a body's name ends (lexicon ``name_ends``), asked by the title, the signature, the
byline and the publisher's check alike (invented units)."""

from __future__ import annotations

from page_reading import read_page as _read

from jixiao.readers.extract.name_ends import ends_a_place_or_body, names_a_body, names_a_body_or_section


def test_a_section_names_a_body_but_is_never_the_unit() -> None:
    assert names_a_body_or_section("某市水利局某某股") and not names_a_body("某市水利局某某股")
    assert names_a_body("某县第二实验小学") and names_a_body("某市某街道") and names_a_body("某县某中心")
    assert not names_a_body("某某专项资金") and not names_a_body("某某爱心")
    assert ends_a_place_or_body("某某市") and not names_a_body("某某市")


def test_a_signature_that_ends_like_any_body_names_the_unit() -> None:
    # a kindergarten signs as any other body does (the signature once knew fewer endings than the title)
    text = ("2024年度部门整体支出绩效自评报告\n一、基本情况\n经自评，综合得分92分，评价等级为“优”。\n"
            "某县某某幼儿园\n2025年3月10日\n")
    evaluation = _read(text)
    assert evaluation.unit.name == "某县某某幼儿园"
    assert evaluation.provenance["unit.name"].text == "某县某某幼儿园"


def test_a_project_title_drops_its_places_even_when_the_rest_opens_on_a_place_word() -> None:
    # "乡村振兴" opens on 乡, a place's last character, not on a body's cut off by the places before it
    evaluation = _read("2023年度某某县某某镇乡村振兴衔接资金\n绩效评价报告\n一、项目概况\n该项目由镇政府实施。\n")
    assert evaluation.project is not None and evaluation.project.name == "乡村振兴衔接资金"
