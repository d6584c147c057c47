"""False errors that damage makes and trust42 left (``perturb_checks.py``): an invented snippet of each cause, read
as ``jixiao parse`` reads a txt."""

from __future__ import annotations

from decimal import Decimal

from corpus import errors
from page_reading import read_page

# a department's report told a section per part, each with its own budget table, the department's figures last
PART = """### （{n}）{name}

{name}编制{staff}名，实有{actual}人。

| 项目 | 年初预算数 | 全年预算数 | 全年执行数 | 执行率 |
|---|---:|---:|---:|---:|
| 金额（万元） | {initial} | {adjusted} | {executed} | {rate} |
"""
PARTS = [PART.format(n="一", name="局机关", staff=52, actual=49, initial="1310.00", adjusted="1388.40",
                     executed="1352.16", rate="97.39%"),
         PART.format(n="二", name="县农业技术推广站", staff=31, actual=30, initial="402.60", adjusted="455.20",
                     executed="447.35", rate="98.28%"),
         PART.format(n="三", name="县动物疫病预防控制中心", staff=18, actual=17, initial="287.40", adjusted="301.90",
                     executed="288.61", rate="95.60%")]
HEAD = """# 某县农业农村局2024年度部门整体支出绩效自评报告

## 一、部门基本情况

某县农业农村局部门预算由局机关和县农业技术推广站、县动物疫病预防控制中心2个二级单位预算组成。

## 二、各单位预算执行情况

"""
WHOLE = """### （四）部门合计

全部门编制101名，实有96人。2024年部门年初预算2000.00万元，全年预算2145.50万元，全年执行2088.12万元，部门预算执行率97.33%。

## 三、自评结论

我局2024年度部门整体支出绩效自评得分96.20分，等级为优。
"""


def test_a_sub_units_own_budget_table_is_its_part_not_the_departments() -> None:
    whole = read_page(HEAD + "".join(PARTS) + WHOLE)
    assert whole.budget.initial == Decimal("2000.00") and whole.unit.staff_establishment == 101
    assert "TEXT_TABLE_MISMATCH" not in errors(whole)
    excerpt = read_page(HEAD + "".join(PARTS[:2]) + "### （三）县动物疫病预防控制中心\n")  # ends before the whole's
    assert excerpt.budget.initial is None and excerpt.unit.staff_establishment is None  # no part stands in for it
    assert "TEXT_TABLE_MISMATCH" not in errors(excerpt)
    first = "\n".join(line for line in PARTS[0].splitlines() if not line.startswith("| 金额"))  # its row lost
    lost_row = read_page(HEAD + first + "\n" + "".join(PARTS[1:]) + WHOLE)
    assert lost_row.budget.initial == Decimal("2000.00")  # the parts' figures no longer add up to the whole's
    assert "TEXT_TABLE_MISMATCH" not in errors(lost_row)

