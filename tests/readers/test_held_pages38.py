"""Shapes the held-out pages of stop 38 showed (docs/reader-corpora/held-38.md), each as an invented snippet:
invented units, places, projects and figures, no text of any page."""

from __future__ import annotations

from page_reading import read_page


def test_the_establishment_in_brackets_after_the_staff_count() -> None:
    """"机关现有干部职工46人(编制52人)": the staff and, in brackets, the establishment (no part of the staff); a bracket
    of parts still gives the parts."""
    unit = read_page("一、部门基本情况\n2、机构设置及人员情况。机关现有干部职工46人(编制52人)。\n").unit
    assert (unit.staff_total, unit.staff_establishment, unit.staff_parts) == (46, 52, [])
    parted = read_page("一、部门基本情况\n单位现有在职人员46人(其中行政20人、事业26人)。\n").unit
    assert parted.staff_establishment is None
    assert [(p.name, p.count) for p in parted.staff_parts] == [("行政", 20), ("事业", 26)]


def test_bodies_under_the_unit_counted_by_kind_with_names_in_brackets() -> None:
    """"辖2个全额拨款事业单位(甲、乙)、1个差额拨款事业单位(丙)": the bodies under the unit are every kind's names, their
    count the kinds' sum; a kind whose names do not match its count gives none."""
    text = ("一、部门基本情况\n内设办公室、业务股、财务股等3个股室;辖2个全额拨款事业单位(东山林场、西山林场)、"
            "1个差额拨款事业单位(县苗木站)。\n")
    unit = read_page(text).unit
    assert unit.internal_bodies == ["办公室", "业务股", "财务股"] and unit.internal_bodies_count == 3
    assert unit.subordinate_bodies == ["东山林场", "西山林场", "县苗木站"] and unit.subordinate_bodies_count == 3
    short = read_page("一、部门基本情况\n内设办公室、业务股等2个股室;辖3个全额拨款事业单位(东山林场、西山林场)。\n")
    assert not short.unit.subordinate_bodies


def test_a_towns_offices_counted_after_its_organs() -> None:
    """"某镇机关设置4个综合办公室。" then the offices one a numbered paragraph: the count of the internal bodies."""
    text = ("某县人民政府某某镇2023年部门整体支出绩效自评报告\n一、部门概况\n(一)部门机构设置、编制。\n"
            "根据镇党委、人大、政府等职能职责,某某镇机关设置4个综合办公室。\n1.党政综合办公室。承担机关日常工作。\n"
            "2.经济发展办公室。承担经济发展计划。\n")
    assert read_page(text).unit.internal_bodies_count == 4


def test_a_project_title_run_on_with_its_first_heading() -> None:
    """A document site's one-line copy of a file of project reports: "2022 年某某项目部门评价报告 一、项目基本情况 …"
    names the project (a guess) when no title does; a 部门 report run on the same way names none."""
    head = "某某文库 - 精品文档\n\n附件2:某市某区农业局2022年度项目支出部门评价报告和绩效自评表(共6个).pdf\n\n"
    text = head + ("2022 年档案整理项目部门评价报告 一、项目基本情况 (一)项目概况 年初安排预算资金 2 万元用 "
                   "于开展该项目。\n")
    page = read_page(text)
    assert page.kind == "项目支出" and page.project is not None and page.project.name == "档案整理"
    whole = read_page(head + "2022 年部门整体支出绩效评价报告 一、部门基本情况 (一)部门概况 内设办公室。\n")
    assert whole.project is None or not whole.project.name


def test_a_breadcrumbs_last_crumb_alone_on_its_line() -> None:
    """"您当前位置:首页" then " >> 某某局" on the next line: the breadcrumb's last crumb is page furniture, never
    part of the title or the unit's name."""
    text = ("您当前位置:首页\n >> 卫健局\n\n某区卫生健康局\n\n2023年度绩效自评\n"
            "发布时间:2024-05-20    来源:卫生健康局\n\n附件3\n\n某区卫生健康局\n\n2023年度整体支出绩效自评报告\n\n"
            "为贯彻落实预算绩效管理要求,现将自评情况报告如下。\n")
    page = read_page(text)
    assert page.unit.name == "某区卫生健康局" and page.year == 2023


_ALLOCATION = (
    "部门整体支出绩效自评表\n(2019年度)\n部门(单位)名称 某某市地情资料中心 部门预算编码 902003017\n"
    "财政资金安排和使用情况  资金结构\n(万元)\n预算安排 拨付情况 结余情况\n年初部门预算安排金额\n历年结余结转\n"
    "年中调整金额③ 小计\n④ = ①+② +③\n年度拨付金额\n支出实现率(%)\n⑥=⑤/④\n本年度结余金额\n⑦=④-⑤\n资金结余率\n(%)\n"
    "⑧=⑦/④\n财政资金小计 180 20 0 200 190 95% 10 5%\n①中央及省级财政资金        \n"
    "②市级财政资金 180 20 0 200 190 95% 10 5%\n③县(市、区)财政资金        \n其他资金小计        \n"
    "合 计 180 20 0 200 190 95% 10 5%\n年度\n总体\n目标\n")


def test_the_allocation_forms_balances_and_source_rows() -> None:
    """The whole-unit form by allocation, payment and balance: beside the budget, 历年结余结转 is the balance brought in
    and 本年度结余金额 the year's own; each source's row with figures (②市级财政资金 …) is a fund row, kept only when
    the sources add up to the total row."""
    budget = read_page(_ALLOCATION).budget
    assert (budget.initial, budget.adjusted, budget.executed) == (180, 200, 190)
    assert (budget.opening_balance, budget.carry_over) == (20, 10)
    assert [(r.name, r.initial, r.adjusted, r.executed) for r in budget.fund_rows] == [("市级财政资金", 180, 200, 190)]
    short = _ALLOCATION.replace("②市级财政资金 180 20 0 200 190 95% 10 5%", "②市级财政资金 170 20 0 190 180 95% 10 5%")
    assert not read_page(short).budget.fund_rows  # 170 ≠ the total's 180: a source unread, no rows
