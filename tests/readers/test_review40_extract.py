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
