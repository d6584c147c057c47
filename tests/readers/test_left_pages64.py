"""What the real pages of stops 84 and 85 still left (docs/reader-corpora/left-pages-64.md), each as an invented
snippet: invented units, places, funds and figures, no text of any page."""

from __future__ import annotations

from decimal import Decimal

from page_reading import read_page

_USES = ("2023年某某会展中心运行经费绩效使用自评报告\n一、基本情况\n2023年,财政拨付会展中心运行经费为{total}万元,用于"
         "安保服务、设备检修、网络维护等方面的支出,其中会展中心安保外包服务费42.5万元、设备检修、网络、绿化、"
         "消杀等日常支出57.5万。此项资金保障了中心的运行。\n")


def test_a_part_named_by_a_list_ending_on_its_kind() -> None:
    """"…其中某某服务费A万元、甲、乙、丙等日常支出B万": a part named by a list of things closed by 等 and the kind
    of spending is one item (before, the list's first word had no amount and the items stopped at one)."""
    items = read_page(_USES.format(total="100")).budget.expenditure_items
    assert [(i.name, i.amount) for i in items] == [("会展中心安保外包服务费", Decimal("42.5")),
                                                   ("设备检修、网络、绿化、消杀等日常支出", Decimal("57.5"))]


def test_a_list_with_no_kind_after_its_amount_is_no_item() -> None:
    """A guard: words listed with 、 after a part's amount, none closed by 等 and a kind of spending, name no further
    part ("…42.5万元、设备、网络57.5万元" stays one part, too few to be the items: none read, as before)."""
    text = _USES.format(total="100").replace("设备检修、网络、绿化、消杀等日常支出", "设备检修、网络、绿化")
    assert not read_page(text).budget.expenditure_items



def test_fees_alone_are_a_sub_categorys_parts() -> None:
    """A guard: "三公经费支出A万元…其中:公务接待费B万元,公务用车运行维护费C万元": fees alone, none naming a kind of
    spending, are the parts of a sub-category, not the year's expenditure items (none read, as before)."""
    text = ("某某街道2024年度部门整体支出绩效自评报告\n一、基本情况\n2024年度“三公”经费支出9.6万元,比上年减少1.1万元。"
            "其中:公务接待费2.4万元,公务用车运行维护费7.2万元,因公出国(境)费0万元。\n")
    assert not read_page(text).budget.expenditure_items

_RUN_TOGETHER = ("1、2022年度县级专项资金绩效目标自评表专项资金名称县级某某补贴负责人及电话某某"
                 "县级主管部门某某县农业农村局实施单位某某股项目资金(万元)全年预算数(A)全年执行数(B)执行率(B/A)年度资金总额76.476.4100%"
                 "其中:{row}76.476.4100%其他资金年度 总体 目标年初设定目标全年实际完成情况\n")


def test_a_fund_row_listing_levels_run_onto_its_figures() -> None:
    """"…100%其中:中央、省补助县级资金76.476.4100%": the fund row after the total's run, its name listing levels of
    government with 、 (kept as written), its run split by the block's header as the total's was (before, the row's
    run was cut at random and no fund row read)."""
    rows = read_page(_RUN_TOGETHER.format(row="中央、省补助县级资金")).budget.fund_rows
    assert [(r.name, r.adjusted, r.executed) for r in rows] == [("中央、省补助县级资金", Decimal("76.4"),
                                                                 Decimal("76.4"))]


def test_a_named_fund_row_run_onto_its_figures_after_the_total() -> None:
    """"…100%其中:当年财政拨款76.476.4100%": a fund row of the form's own words after the total's run is split by the
    header before the total's label too (before, the header was looked for right before the row's label only)."""
    rows = read_page(_RUN_TOGETHER.format(row="当年财政拨款")).budget.fund_rows
    assert [(r.name, r.adjusted, r.executed) for r in rows] == [("当年财政拨款", Decimal("76.4"), Decimal("76.4"))]


_BODIES = ("某某县第三小学2023年度部门整体支出绩效自评报告\n一、部门基本情况\n(一)机构设置\n"
           "{sentence}在编教师数为42人。\n")


def test_a_count_before_internal_bodies_in_chinese_numerals() -> None:
    """"内设一个后勤机构,五个内部机构。": the internal bodies counted in Chinese numerals, after another count (before,
    none read)."""
    read = read_page(_BODIES.format(sentence="内设一个后勤保障机构,五个内部机构。"))
    assert read.unit.internal_bodies_count == 5


def test_internal_bodies_a_change_touched_are_no_count() -> None:
    """A guard: "调整了三个内部机构的职责" counts the bodies a change touched, not the unit's (none read, as before)."""
    read = read_page(_BODIES.format(sentence="年内调整了三个内部机构的职责。"))
    assert read.unit.internal_bodies_count is None


_SHARED = ("《2021年某某乡村道路养护补助项目.docx》由会员分享,可在线阅读,更多相关《2021年某某乡村道路养护补助项目.docx"
           "(7页珍藏版)》请在某某文库上搜索。\n"
           "1、2021年某某乡村道路养护补助项目绩效自评报告主管部门:省交通运输厅公路处填报人:王某联系电话:020-12345678"
           "基本情况(一)项目资金安排情况根据省财政厅的通知,安排2021年省财政资金2,800万元用于补助。\n")


def test_a_title_run_onto_its_labels_under_a_sharing_sites_line() -> None:
    """A sharing site's line stating a year ("《2021年某某项目.docx》由会员分享…") over "1、" and the title run onto the
    cover's labels: the site's line is page furniture, so the label cells below are no attached form and the title
    is read (before, the project had no name)."""
    read = read_page(_SHARED)
    assert read.project is not None and read.project.name == "某某乡村道路养护补助项目"
