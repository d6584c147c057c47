"""Shapes found by the eleventh real-page probe (docs/reader-corpora/real-probe-11.md), each rebuilt from an
invented snippet of the same shape (invented units, names and figures)."""

from __future__ import annotations

from decimal import Decimal

from corpus import errors
from page_reading import read_page as _read


def _errors(text: str) -> set[str]:
    return errors(_read(text))


_NESTED_STAFF = (
    "某某区园林绿化局2022年部门整体支出绩效评价报告\n一、基本情况\n"
    "2.\n人员编制\n"
    "区园林局现有人员560人,其中局本级60人(在职在编41人、退休人员9人、协管员10人),"
    "养护所500人(在职在编80人、退休人员70人、聘用人员350人)。\n"
    "3.职责职能\n")


def test_a_staff_part_with_its_own_breakdown_in_brackets_is_one_part() -> None:
    """"现有人员560人,其中局本级60人(在职在编41人、…),养护所500人(…)": the parts are the two bodies; the
    bracketed breakdown of each is that body's own, not more parts of the total (they summed the staff
    twice and raised a false STAFF_SUM_MISMATCH); and 人员编制 as a heading over that sentence gives no
    establishment."""
    read = _read(_NESTED_STAFF)
    assert read.unit.staff_total == 560
    assert [(p.name, p.count) for p in read.unit.staff_parts] == [("局本级", 60), ("养护所", 500)]
    assert read.unit.staff_establishment is None
    assert "STAFF_SUM_MISMATCH" not in _errors(_NESTED_STAFF)


_COVER_FULL_NAME = (
    "部门整体支出绩效评价自评报告\n(2022年度)\n"
    "部门(单位)全称:某某县档案馆 (公章)\n主管部门审核意见:\n财政部门审核意见:\n"
    "填报日期 2023年 3月1日\n一、部门基本情况\n")


def test_a_covers_full_name_label_names_the_unit_and_an_opinion_line_names_none() -> None:
    """"部门(单位)全称:某某县档案馆 (公章)" names the unit (全称 as well as 名称); "主管部门审核意见:" is the
    line for the supervisor's opinion, not a supervisor named 审核意见."""
    read = _read(_COVER_FULL_NAME)
    assert read.unit.name == "某某县档案馆"
    assert read.unit.supervising_department is None


_SCHOOL_BODIES = (
    "某某县某某中心学校2023年度部门整体支出绩效自评报告\n一、部门基本情况\n"
    "某某中心学校是公益一类事业单位。中心学校下辖6所完全小学,学校现有在职教师132名,1890名在校生。\n")


def test_a_school_counts_its_schools_and_its_teachers() -> None:
    """"下辖6所完全小学," ends its clause at the comma (the count of the schools under it); "现有在职教师132名"
    is the staff a school states."""
    read = _read(_SCHOOL_BODIES)
    assert (read.unit.subordinate_bodies_count, read.unit.staff_total) == (6, 132)


_COUNTED_GROUPS = (
    "某某区市场监督管理局2021年部门整体支出绩效评价报告\n一、基本情况\n"
    "①局机关内设股室5\n内设股室:办公室、财务股、法规股、登记股、稽查股。\n"
    "局下辖“9个市场监管所、2个中队、1个服务中心”\n")


def test_groups_counted_one_by_one_give_no_count_and_a_count_may_end_its_line() -> None:
    """"下辖“9个市场监管所、2个中队、1个服务中心”" counts each group: its last "1个" is no count of the bodies
    (it was read as one subordinate body); "内设股室5" ending its line is the count of the offices."""
    read = _read(_COUNTED_GROUPS)
    assert read.unit.subordinate_bodies_count is None
    assert read.unit.internal_bodies_count == 5


_SPLIT_BY_NATURE = (
    "部门整体支出绩效自评表 | |||||||\n"
    "单位(盖章):某某县某某乡人民政府 | 填报日期:2023年2月10日 | ||||||\n"
    "部门(单位)名称 | 某某县某某乡人民政府 | ||||||\n"
    "部门(单位)总体 资金(万元) | 资 金 来 源 | 年初预算数(A) | 全年执行数(B) | 分值(10分) | 得分 | 得分计算方法 | ||\n"
    "年度资金总额: | 820.40 | 905.10 | 10 | 10 | 执行率*该指标分值,最高不得超过分值上限。 | |||\n"
    "基本支出 | 700.10 | 655.60 |\n10 | 10 | ||||\n"
    "项目支出 | 120.30 | 249.50 | 10 | 10 | ||||\n"
    "其他 | ||||||||\n"
    "年度总体目标 | 年初设定目标 | 年度总体目标完成情况 | ||||||\n")


def test_a_whole_unit_money_block_split_into_basic_and_project_spending() -> None:
    """A whole-unit form's 年度资金总额 row with a 得分计算方法 note cell, then 基本支出 / 项目支出 rows (one
    wrapped onto a second line): the note is the total row's, and the two rows are the year's spending by
    nature under that total (the block stopped at the note and lost them)."""
    budget = _read(_SPLIT_BY_NATURE).budget
    assert (budget.initial, budget.executed, budget.expenditure_total) == (
        Decimal("820.40"), Decimal("905.10"), Decimal("905.10"))
    assert [(i.name, i.amount) for i in budget.expenditure_items] == [
        ("基本支出", Decimal("655.60")), ("项目支出", Decimal("249.50"))]


_COUNT_WITHOUT_GE = (
    "某某县卫生健康局2023年整体支出绩效自评报告\n一、部门概况\n"
    "局机关内设多个股室,下属包括疾控中心、妇幼保健院、卫生监督所3二级单位,共同承担全县公共卫生服务。\n")


def test_a_list_of_bodies_counted_without_its_measure_word() -> None:
    """"下属包括A、B、C3二级单位": the count of the list with its 个 left out; the list ends at the count
    (the count and the clause after it were read as two more bodies)."""
    unit = _read(_COUNT_WITHOUT_GE).unit
    assert (unit.subordinate_bodies, unit.subordinate_bodies_count) == (["疾控中心", "妇幼保健院", "卫生监督所"], 3)


_BREADCRUMB_HEAD = (
    "信息公开 > 财政资金 > 预决算专栏 > 2022部门决算\n\n某某市档案局2022年度部门决算\n\n"
    "日期:2023-08-30 09:00    来源:某某市档案局\n\n第一部分 2022年度部门决算报表\n")
_META_LINES_HEAD = (
    "- 某某县教育体育局\n-\n索引号abc/2024-00012\n-\n发布机构某某县教育体育局\n-\n文号\n-\n"
    "发布日期2024-06-20\n-\n时效性有效\n某某县某某中心校2023年度部门整体支出绩效自评报告\n"
    "一、部门基本情况\n")


def test_a_breadcrumb_and_bare_metadata_lines_are_no_part_of_the_title() -> None:
    """"信息公开 > 财政资金 > … > 2022部门决算" (a site's breadcrumb) and the metadata lines "文号",
    "发布日期2024-06-20", "时效性有效" (labels run on with their values, no colon) above the title were read
    as the title's first words, and with them into the unit's name."""
    assert _read(_BREADCRUMB_HEAD).unit.name == "某某市档案局"
    assert _read(_META_LINES_HEAD).unit.name == "某某县某某中心校"


_PARTS_OF_THE_NEARER_TOTAL = (
    "某某县科学技术局2023年整体支出绩效自评报告\n一、部门概况\n"
    "某某县科学技术局2023年度收入合计4520300.00元,支出合计3980150.50元,执行率为88.05%,其中:"
    "基本支出就3100000.00元,执行率达100.00%,项目支出880150.50元,执行率达61.20%。\n")


def test_parts_after_two_totals_are_the_nearer_totals() -> None:
    """"收入合计A元,支出合计B元,执行率…,其中:基本支出就C元,…项目支出D元": the parts after 其中 are the
    spending total's (the nearer one), not the income's as well (an income made of 基本支出 and 项目支出,
    and a sum warning about it); "基本支出就C元" names 基本支出."""
    budget = _read(_PARTS_OF_THE_NEARER_TOTAL).budget
    assert budget.income_total == Decimal("452.03")
    assert budget.income_items == []
    assert [(i.name, i.amount) for i in budget.expenditure_items] == [
        ("基本支出", Decimal("310")), ("项目支出", Decimal("88.01505"))]


_BYLINE_UNDER_TITLE = (
    "2021年部门整体支出绩效评价报告\n\n某某市某某区水利局\n\n"
    "信息来源:区水利局 作者:区水利局 浏览量: 字体:【字体: 【打印本页】\n"
    "索引号: 4300000000/2022-0000001 发布机构: 区水务办 发文日期: 2022-06-01 08:30\n\n"
    "一、基本情况\n1.机构设置\n")


def test_a_unit_printed_under_a_title_that_names_none_is_the_unit() -> None:
    """"2021年部门整体支出绩效评价报告" then "某某市某某区水利局" on a line of its own: the unit under the title
    (the publisher's short name, 发布机构, stood in for it, as a guess)."""
    read = _read(_BYLINE_UNDER_TITLE)
    assert read.unit.name == "某某市某某区水利局"
    assert read.title == "某某市某某区水利局2021年部门整体支出绩效评价报告"


_LABELLED_DATE_UNDER_TITLE = (
    "中共某某县委某某办公室2022年度部门决算公开情况说明\n发布日期:2023-09-20\n字体:【 默认 超大 |\n\n"
    "一、部门(单位)基本情况\n")


def test_a_labelled_date_under_a_title_is_no_furniture_that_drops_the_title() -> None:
    """Only the run-on metadata lines ("发布日期2024-06-20", no colon) are furniture; "发布日期:2023-09-20"
    under a 决算 title (no 报告 words) stays a labelled line that ends the title, which keeps the unit."""
    assert _read(_LABELLED_DATE_UNDER_TITLE).unit.name == "中共某某县委某某办公室"
