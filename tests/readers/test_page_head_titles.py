"""A report copied out of a government web page: the page's head (its section name, 索引号 / 发布机构
rows as bullets or cells) sits above the report's own title line. The title line still gives the
unit, year, kind and project; a title that names a fund, not a unit, leaves the unit to the page's
发布机构 (invented units and figures)."""

from __future__ import annotations

from page_reading import read_page as _read
from page_reading import read_page_and_warnings


def test_title_line_below_a_section_name_and_metadata_bullets() -> None:
    text = ("财政资金信息\n- 索引号: abcd/2025-00007\n- 发布机构: 某州气象服务中心\n- 文号:\n- 发布日期: 2025-04-02\n"
            "某州气象服务中心2024年度项目支出绩效单位自评报告\n一、基本情况\n"
            "2024年，本中心实施项目共6个，年初批复预算5个项目412万元，调整预算后项目预算398.50万元。\n")
    evaluation = _read(text)
    assert evaluation.title == "某州气象服务中心2024年度项目支出绩效单位自评报告"
    assert (evaluation.kind, evaluation.year, evaluation.unit.name) == ("项目支出", 2024, "某州气象服务中心")
    assert evaluation.project is None or evaluation.project.name in ("", None)  # "项目支出绩效单位" is no project
    assert (str(evaluation.budget.initial), str(evaluation.budget.adjusted)) == ("412.00", "398.50")


def test_metadata_cells_above_the_title_are_never_the_unit_and_a_bracket_names_the_project() -> None:
    text = ("索引号 | 0152-X/20240301-00011 | 发布机构 | 某县教育体育局 |\n"
            "公开目录 | 绩效自评报告 | 发布日期 | 2024-03-01 |\n"
            "某县第二实验小学2023年度项目支出绩效自评报告\n（校园安保服务经费）\n一、自评结论\n"
            "我校校园安保服务经费项目自评得分96分，自评结果为“优秀”。\n"
            "2023年度我校校园安保服务经费项目财政资金总额12.40万元，全部为县级资金，拨付使用12.40万元，预算执行率100%。\n")
    evaluation = _read(text)
    assert evaluation.unit.name == "某县第二实验小学"
    assert evaluation.project is not None and evaluation.project.name == "校园安保服务经费"
    assert (str(evaluation.budget.adjusted), str(evaluation.budget.executed)) == ("12.40", "12.40")
    assert evaluation.stated_total == 96


def test_a_title_naming_a_transfer_fund_leaves_the_unit_to_the_publisher() -> None:
    text = ("    发布机构: 某区农业农村局 主题分类: 农业\n    名称: 某区耕地保护补助资金转移支付2023年度绩效自评报告\n"
            "    发布日期: 2024-03-11\n    某区耕地保护补助资金转移支付2023年度绩效自评报告\n\n"
            "    一、绩效目标分解下达情况\n    2023年下达我区耕地保护补助资金36万元。\n")
    evaluation = _read(text)
    assert (evaluation.kind, evaluation.year) == ("项目支出", 2023)
    assert evaluation.unit.name == "某区农业农村局"
    assert evaluation.provenance["unit.name"].guessed  # the publisher stands in for the unit: a guess
    # ("X资金转移支付…" names the fund X资金, 转移支付 its kind of money: left-pages-45's rule, the year on
    # either side)
    assert evaluation.project is not None and evaluation.project.name == "某区耕地保护补助资金"


def test_a_project_name_cell_holding_the_form_title_keeps_the_name() -> None:
    text = ("| 2021年度项目支出绩效自评表 | | | |\n"
            "| 项目名称 | 2021年市级河道巡查补助经费支出绩效自评表 | | |\n"
            "| 主管部门 | 某市水务局 | 实施单位 | 某区河道管理所 |\n")
    evaluation = _read(text)
    assert evaluation.project is not None and evaluation.project.name == "2021年市级河道巡查补助经费"


def test_a_page_opening_on_a_table_s_wrapped_cells_has_no_title_kind_and_a_heading_is_no_total() -> None:
    text = ("编辑: 某某 | 2019-07-11 |\n"
            "15 分)项目决策(8 分)立项依据充分性 (文件依据)\n4 4 论证程序 (集体决策)\n4 4 (\n7 ) 目标清晰度\n"
            "4 3 目标量化\n3 3\n12 (\n9 分)项目管理(6分)资金管理资金拨付\n3 3 资金核算\n3 2 (\n"
            "群众满意度\n10 9 总分 4.单位整体支出自评工作开展情况. 依照绩效管理有关规定,本单位对\n"
            "2018 年整体支出开展自 评,自评得分92分。\n")
    evaluation = _read(text)
    assert evaluation.kind == "整体支出"  # the page's own words, not 项目 in a table's first line
    assert evaluation.stated_total == 92  # "总分 3.部门整体…" is a heading's number


def test_a_pdf_text_layer_spacing_out_the_figures_of_a_name_and_a_date() -> None:
    text = ("2022 年市级文旅消费补贴资金项目自评表 单位名称:某区文旅局 填报日期:2023 年 3 月 9 日 "
            "项目名称 2022 年市级文旅消费补贴资金 主管部门 某区文旅局 项目实施单位 某区文化馆\n")
    evaluation = _read(text)
    assert evaluation.project is not None
    assert evaluation.project.name == "2022年市级文旅消费补贴资金"
    assert evaluation.project.implementing_unit == "某区文化馆"


def test_a_title_naming_only_the_form_names_no_unit() -> None:
    alone, warnings = read_page_and_warnings("2023年度项目自评表\n项目名称：村道安防工程\n", "page.txt")
    assert not alone.unit.name and any("找不到单位名称" in w for w in warnings)  # it was "项目"
    assert alone.project is not None and alone.project.name == "村道安防工程"
    labelled = _read("2024年度专项资金绩效自评表\n项目名称 | 河道保洁 |\n实施单位 | 某某镇水务站 |\n")
    assert labelled.unit.name == "某某镇水务站"
    named = _read("某某县林业局2024年度项目自评表\n")
    assert named.unit.name == "某某县林业局"
