"""Shapes the held-out pages of stop 60 showed (docs/reader-corpora/held-60.md), each as an invented snippet:
invented units, places, projects and figures, no text of any page."""

from __future__ import annotations

from decimal import Decimal

from page_reading import read_page as _read

_MIRROR = ("某某资讯-某某网\n"
           "某省某某学会\n"
           "某某研修学院\n"
           "2024.03 08\n"
           "返回列表\n"
           "某某技能提升计划资金2023年度绩效自评报告\n"
           "来源:某某部\n"
           "根据有关通知要求,某某部对2023年度某某技能提升计划资金项目进行了绩效自评。现将有关情况报告如下:\n"
           "一、基本情况\n"
           "1.政策背景\n"
           "某某技能培训所需经费由省与县财政分别承担,省财政通过转移支付给予支持。\n"
           "2.资金情况\n"
           "2023年度,某某技能提升计划资金共计投入12.5亿元,其中中央资金8.2亿元,地方投入3.8亿元,其他投入0.5亿元。\n")


def test_a_back_to_list_link_ends_the_page_head_before_the_title() -> None:
    """A site's banner lines, its date and "返回列表" above the report's title: the link is the page's furniture,
    and the lines above it no part of the title (before, the banner was read into the title and the unit)."""
    read = _read(_MIRROR)
    assert read.project.name == "某某技能提升计划资金"
    assert "资讯" not in (read.unit.name or "")


def test_levels_of_government_sharing_a_cost_name_no_body() -> None:
    """"…由省与县财政分别承担": two levels of government and who pays, never the unit carrying the project out
    (before, "省与县财政分别" was read as the implementing unit and the unit's name)."""
    read = _read(_MIRROR)
    assert read.project.implementing_unit is None
    assert "财政" not in (read.unit.name or "")


def test_a_funds_whole_put_in_and_its_sources_in_yi_yuan() -> None:
    """"某某资金共计投入12.5亿元,其中中央资金8.2亿元,地方投入3.8亿元,其他投入0.5亿元": the fund's whole is its budget
    (in 万元), the three sources its fund rows, each named without the verb after it."""
    read = _read(_MIRROR)
    assert read.budget.adjusted == Decimal(125000)
    rows = [(row.name, row.adjusted) for row in read.budget.fund_rows]
    assert rows == [("中央资金", Decimal(82000)), ("地方", Decimal(38000)), ("其他", Decimal(5000))]


_UNTITLED_PROJECT = ("某州某某局认真落实某某条例,开展某某服务专项项目,目的是提高某某服务的知晓率。\n"
                     "根据某州财政局下达预算的通知,某州财政局拨入某某服务专项经费12.00万元;上级补助30.50万元。"
                     "支出42.50万元,年末结转结余0.00万元,执行率100%。\n"
                     "1.总体目标:确保某某服务及时有效。\n")


def test_an_untitled_report_opening_on_a_special_project_is_a_projects() -> None:
    """No title, no 项目支出 word: "某局…开展某某专项项目" says a project is evaluated (before, no signal at all, the
    page was read as a whole unit's)."""
    assert _read(_UNTITLED_PROJECT).kind == "项目支出"


def test_spending_told_in_the_sentence_after_the_money_sources() -> None:
    """"…上级补助30.50万元。支出42.50万元,年末结转结余0.00万元,执行率100%": what was spent, told in its own
    sentence after the sources (before, only a clause after "元," was read so)."""
    read = _read(_UNTITLED_PROJECT)
    assert read.budget.executed == Decimal("42.50")
    assert read.budget.stated_execution_rate == Decimal(100)


_TITLED_TWICE = ("• 发布机构\n"
                 "  • 某市某某局\n"
                 "某市某某保护2021年度专项资金绩效自评报告\n"
                 "\n"
                 "某市某某保护2021年度\n"
                 "\n"
                 "专项资金绩效自评报告\n"
                 "\n"
                 "一、绩效目标分解下达情况\n"
                 "共下达某市某某保护专项经费320万元。\n")


def test_a_title_said_again_wrapped_over_two_lines_is_read_once() -> None:
    """A page's heading, then the document's own title wrapped over two lines: the same words twice, one title
    (before, both were joined into one title twice as long)."""
    read = _read(_TITLED_TWICE)
    assert read.provenance["title"].text == "某市某某保护2021年度专项资金绩效自评报告"
    assert read.year == 2021 and read.kind == "项目支出"

