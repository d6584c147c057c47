"""Shapes of the real pages this stop's helpers left (docs/reader-corpora/left-pages-32.md), each rebuilt from an
invented snippet of the same shape (invented units, places, projects and figures)."""

from __future__ import annotations

from decimal import Decimal

from page_reading import read_page


def test_a_cell_the_text_end_cut_is_no_name() -> None:
    """The page ends inside the last " |" row ("资金使用单位 | 县农", the unit's name cut): the cut cell is no
    value and its label goes with it; the row's whole pairs before it are still read. The same row closed by its
    rule is whole: its last cell is the value."""
    head = ("某县农业农村局2023年某某补助资金绩效目标自评表 | |||||||\n"
            "(2023年度) | |||||||\n"
            "转移支付(项目)名称 | 2023年某某补助资金 | ||||||\n"
            "中央主管部门 | 某某部 | ||||||\n")
    cut = read_page(head + "地方主管部门 | 某省某某厅 | 资金使用单位 | 县农\n")
    assert cut.project is not None and cut.project.implementing_unit is None
    assert cut.unit.supervising_department == "某省某某厅"
    whole = read_page(head + "地方主管部门 | 某省某某厅 | 资金使用单位 | 县农业农村局 |\n")
    assert whole.project is not None and whole.project.implementing_unit == "县农业农村局"


def test_a_title_naming_a_budgets_execution_names_no_project() -> None:
    """"…中央对地方转移支付预算执行情况绩效自评报告" tells how a budget went, no project; the fund is the one its
    heading "某某资金绩效自评" names (a guess)."""
    read = read_page("某县林业局2021年度中央对地方转移支付预算执行情况绩效自评报告\n"
                     "某某林业发展资金绩效自评\n"
                     "一、绩效目标分解下达情况\n"
                     "中央下达补助资金120万元。\n")
    assert read.project is not None and read.project.name == "某某林业发展资金"


def test_a_run_together_covers_project_unit_is_the_implementing_unit() -> None:
    """A viewer's cover with no separators ("…项目单位某医院主管部门某局…"): the 项目单位 is the implementing unit,
    as its label cell reads; the 填报单位 stays the unit."""
    read = read_page("2021年项目绩效自评报告表(实施单位用)填报单位:某县人民医院填报日期:2022年3月1日基本情况项目名称"
                     "某某疾病防治项目主要内容开展某某病筛查工作。项目单位县人民医院主管部门县卫生健康局单位负责人张某"
                     "项目负责人李某项目属性√经常性□一次性资金总额及构成总额120万元,其中:中央100万元;县级财政20万元。\n")
    assert read.project is not None and read.project.implementing_unit == "县人民医院"
    assert read.unit.name == "某县人民医院" and read.unit.supervising_department == "县卫生健康局"


def test_spam_written_over_a_bodys_name_is_no_name() -> None:
    """A mirror site's spam over the unit's name ("某某彩票app下载_某某官网…林业局"): Latin words and underscores are no
    body's name, so no unit is read from the title or the cover's label."""
    read = read_page("某某彩票app下载_某某bet官网网址部门整体支出绩效自评报告\n"
                     "( 2021 年度 )\n"
                     "部门(单位)名称: 某某彩票app下载_某某bet官网网址林业局\n"
                     "一、部门基本情况\n")
    assert not read.unit.name


def test_a_goal_mid_line_in_a_report_run_into_one_line() -> None:
    """A report run into one line with its hard wraps left as spaces: "1.项目年度总体目标 X。 2. 总体目标完成情况 …"
    (no colon) gives the goal's first sentence, the wrap spaces taken out (a guess)."""
    read = read_page("2022 年某某工作项目部门评价报告 一、项目基本情况 (一)项目概况 1.项目立项情况 "
                     "某某工作是为某某而进 行的工作。 (二)项目绩效目标 1.项目年度总体目标 "
                     "完成某某培训:培训基层人员200人次,提升业 务能力。 2. 总体目标完成情况 完成某某培训。\n")
    assert read.project is not None and read.project.goal_expected == "完成某某培训:培训基层人员200人次,提升业务能力。"


def test_an_untitled_transfer_named_in_the_templates_handed_down_heading() -> None:
    """A transfer's report with no title, under the template's headings: "(一)中央下达某某资金预算情况" names the fund
    (a guess); the template's own wording "转移支付资金预算和绩效目标情况" names none."""
    read = read_page("一、绩效目标分解下达情况\n"
                     "(一)中央下达某某污染防治资金预算情况。\n"
                     "财政部下达我省2021年某某污染防治资金共计3200万元。\n")
    assert read.project is not None and read.project.name == "某某污染防治资金"
    read = read_page("一、绩效目标分解下达情况\n"
                     "(一)中央下达转移支付资金预算和绩效目标情况。\n"
                     "财政部下达我省2021年资金共计3200万元。\n")
    assert read.project is None or read.project.name != "转移支付资金"


def test_central_money_for_local_use_is_no_unit() -> None:
    """A form titled "中央支付地方发展项目绩效目标自评表" (whose money it is, however the verb is written): no unit
    is read from it; the form's 实施单位 is the unit's guess."""
    read = read_page("中央支付地方某某发展项目绩效目标自评表\n"
                     "(2020年度)\n"
                     "转移支付(项目)名称 | 某某运营补贴 |\n"
                     "中央主管部门 | 某某部 |\n"
                     "地方主管部门 | 某市某某局 | 实施单位 | 某某区某某局 |\n")
    assert read.unit.name != "中央支付地方某某发展项目"


def test_planned_money_by_level_beside_the_money_that_arrived() -> None:
    """A project sheet's planned and arrived money side by side, one " |" line per level of government naming it in
    both halves: the left half's rows with an amount are the fund rows (they sum to the planned money); the
    arrived money is not read as spending."""
    read = read_page("某县财政支出政策绩效评价报告\n"
                     "项目名称 某某文化惠民项目\n"
                     "计划安排资金(万元) | 300.00 | 实际到位资金(万元) | 280.00 | |||||\n"
                     "其中:中央财政 | 其中:中央财政 | |||||||\n"
                     "省财政 | 省财政 | |||||||\n"
                     "市财政 | 40.00 | 市财政 | 40.00 | |||||\n"
                     "县财政 | 260.00 | 县财政 | 240.00 | |||||\n"
                     "实际支出(万元) | 270.00 | |||||||\n")
    assert [(row.name, row.adjusted) for row in read.budget.fund_rows] == [
        ("市财政", Decimal("40.00")), ("县财政", Decimal("260.00"))]
    assert read.budget.adjusted == Decimal("300.00") and read.budget.executed == Decimal("270.00")
