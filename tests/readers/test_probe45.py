"""The issue's "Also wrong today" list and its shapes probed afresh (docs/reader-corpora/probe-45.md): each probe
read wrong, as an invented snippet (invented units and figures)."""

from __future__ import annotations

from decimal import Decimal

from page_reading import read_page, read_page_and_warnings

from jixiao.readers.extract.name_ends import section_of

_WHOLE = "某县某某局2022年度部门整体支出绩效自评报告\n"
_PROJECT = "某县某某站2021年度某某防治项目支出绩效自评报告\n"


def test_an_office_of_the_unit_signing_keeps_the_titles_unit() -> None:
    """U2: the title's "某县某某局", the report signed "某县某某局办公室" above its date: the office that drafted it, a
    section of the unit, not the unit (before: the signature's name replaced the title's)."""
    for office in ("办公室", "财务股", "综合科", "党组"):
        page = _WHOLE + "一、基本情况\n全年支出合计312万元。\n" + f"某县某某局{office}\n2023年3月6日\n"
        assert read_page(page).unit.name == "某县某某局"
    signed = read_page("某某资金2022年度绩效自评报告\n一、基本情况\n全年支出合计45万元。\n某县某某中心\n2023年3月6日\n")
    assert signed.unit.name == "某县某某中心"  # a signature naming a body is still read as before
    assert not section_of("某县", "某县人民政府办公室")  # a place's office is a body of its own


def test_full_mark_before_a_score_reached_by_evaluation() -> None:
    """T3: "本项目满分100分，经自评得分为89分": the full mark before the score, 经 between (before: only the total
    read); the full mark is never the stated total."""
    for sentence in ("本项目满分100分，经自评得分为89分。", "该项目满分100分，经自评得分89分。"):
        evaluation = read_page(_PROJECT + sentence + "\n")
        assert (evaluation.full_mark, evaluation.stated_total) == (Decimal("100"), Decimal("89"))


def test_one_subordinate_body_named_in_the_bracket_after_its_count() -> None:
    """C2: "下属事业单位1个（某某服务中心）": one body in the bracket after a count of one (before: the count only;
    two or more were read); a bracket of a note on the count ("1个（含某某）") names no body."""
    unit = read_page(_WHOLE + "内设机构3个（办公室、计财股、业务股），下属事业单位1个（某某技术服务中心）。\n").unit
    assert (unit.internal_bodies, unit.subordinate_bodies) == (["办公室", "计财股", "业务股"], ["某某技术服务中心"])
    assert unit.subordinate_bodies_count == 1
    unit = read_page(_WHOLE + "下属事业单位1个（含所属分站）。\n").unit
    assert (unit.subordinate_bodies, unit.subordinate_bodies_count) == ([], 1)


def test_title_year_and_its_bracket_differing_is_warned() -> None:
    """M2: "某局2022年度部门整体支出…报告" over "（2021年度）": two evaluation years stated, a warning naming 评价年度
    (before: the bracket's taken silently); the bracket's year is kept, and the same year in both warns nothing."""
    evaluation, warnings = read_page_and_warnings(_WHOLE + "（2021年度）\n")
    assert evaluation.year == 2021
    assert any(w.startswith("评价年度前后不一致") for w in warnings)
    evaluation, warnings = read_page_and_warnings(_WHOLE + "（2022年度）\n")
    assert evaluation.year == 2022
    assert not any("前后不一致" in w for w in warnings)
    # a fund's year in the title ("2020年某某补助资金") under the bracket's evaluation year is no conflict
    evaluation, warnings = read_page_and_warnings("某县2020年某某补助资金绩效自评报告\n（2021年度）\n")
    assert evaluation.year == 2021
    assert not any("评价年度" in w for w in warnings)
