"""What the review of stop 40's first round found in the extractors (docs/reader-corpora/review-40-extract.md), each
as an invented snippet: invented units and figures."""

from __future__ import annotations

from decimal import Decimal

from corpus import errors
from page_reading import read_page

_PART = """### （{n}）{name}

{name}编制{staff}名，实有{actual}人。

| 项目 | 年初预算数 | 全年预算数 | 全年执行数 | 执行率 |
|---|---:|---:|---:|---:|
| 金额（万元） | {initial} | {adjusted} | {executed} | {rate} |
"""


def test_a_section_named_after_the_reports_own_unit_is_the_wholes() -> None:
    """"（一）某县某某局" over the department's own table, "（二）县某某站" over its station's: the first heading names
    the report's unit, its figures are the whole's (before, both sections were read as parts and the department's
    budget and staff were muted)."""
    read = read_page("# 某县某某局2024年度部门整体支出绩效自评报告\n\n## 一、预算执行情况\n\n"
                     + _PART.format(n="一", name="某县某某局", staff=64, actual=60, initial="1500.00",
                                    adjusted="1620.00", executed="1590.30", rate="98.17%")
                     + _PART.format(n="二", name="县某某服务站", staff=12, actual=11, initial="210.00",
                                    adjusted="230.00", executed="221.60", rate="96.35%")
                     + "## 二、自评结论\n\n自评得分95分。\n")
    assert read.budget.initial == Decimal("1500.00") and read.budget.executed == Decimal("1590.30")
    assert read.unit.staff_total == 60
    assert "TEXT_TABLE_MISMATCH" not in errors(read)  # the station's table is still its own


def test_an_activity_in_a_title_is_not_cut_at_a_bare_lian_or_xie() -> None:
    """"某县京津冀协同发展调查2023年度绩效自评报告": 协同 is a word, no body's short name ends the head "某县京津冀协"
    (before, a bare 协 / 联 named a body, and the title gave that head as the unit and "同发展调查" as the project);
    a short name still does ("某区科学技术协会科普活动…", held68)."""
    read = read_page("某县京津冀协同发展调查2023年度绩效自评报告\n一、项目概况\n")
    assert read.project is not None and read.project.name == "某县京津冀协同发展调查"
    assert read.unit.name != "某县京津冀协"
    assert read_page("某县区域联防联控调查2023年度绩效自评报告\n一、项目概况\n").unit.name != "某县区域联防联"


def test_one_funds_zero_initial_budget_is_not_the_departments() -> None:
    """"其中某某专项年初预算为0,年中追加…" in a department's report: one fund's initial budget, not the department's
    (before, the department's 年初预算 was read as 0); "该项目年初预算为0" is still the project's (auth48)."""
    read = read_page("某县某某局2023年度部门整体支出绩效自评报告\n一、基本情况\n2023年部门全年预算800万元,"
                     "全年执行780万元。其中某某专项年初预算为0,年中追加安排50万元。\n")
    assert read.budget.initial is None and read.budget.adjusted == Decimal("800.00")
    own = read_page("某县某某中心2023年度某某项目支出绩效自评报告\n一、项目基本情况\n"
                    "该项目年初预算为0,年中追加安排资金48.60万元,全年执行48.60万元。\n")
    assert own.budget.initial == Decimal(0)


def test_a_part_after_qizhong_with_its_own_weight_is_no_items_score() -> None:
    """"该指标得分12分。其中分值10,得分8分" / "其中线上部分分值6分,得分6分": the weight after 其中, in its clause run,
    is the part's; the item's score stays 12 (before, the weight stood between the scores and the part's score was
    taken for the item's)."""
    head = "某县某某中心2023年度某某项目支出绩效自评报告\n一、项目基本情况\n二、绩效指标完成情况\n"
    for part in ("其中分值10,得分8分。", "其中线上部分分值6分,得分6分。"):
        read = read_page(head + "1.培训人次（12分）：完成培训300人次,该指标得分12分。" + part + "\n"
                         "2.满意度（10分）：满意度95%,得10分。\n")
        assert [i.stated_score for i in read.indicators if i.name == "培训人次"] == [Decimal(12)]
