"""Stop 43's review of the first round's reader changes (docs/reader-corpora/review-43-first.md): each a snippet the
round's code read wrong (invented units and figures)."""

from __future__ import annotations

from page_reading import read_page

from jixiao.readers.document import Table
from jixiao.readers.extract.name_tidying import unit_then_project
from jixiao.readers.question_tables import question_table


def test_a_school_after_a_bureau_is_the_projects_word() -> None:
    """"某县教育局小学校舍维修项目": after 局 the school opens the project (held75's no-cut before a school's or a
    hospital's word, meant for 中心小学 / 中心卫生院, held after every body's word: the unit read "某县教育局小学" and
    "某县卫生健康局医院改造项目" no unit at all). After 中心 the school or hospital is still inside the body's name."""
    assert unit_then_project("某县教育局小学校舍维修项目") == ("某县教育局", "小学校舍维修项目")
    assert unit_then_project("某县卫生健康局医院改造项目") == ("某县卫生健康局", "医院改造项目")
    assert unit_then_project("某县民政局幼儿园运转补助资金") == ("某县民政局", "幼儿园运转补助资金")
    assert unit_then_project("某乡某某中心小学2023校舍项目") == ("某乡某某中心小学", "校舍项目")
    assert unit_then_project("某镇中心卫生院医疗设备购置项目") == ("某镇中心卫生院", "医疗设备购置项目")


def test_a_questionnaire_row_cut_short_is_read_around() -> None:
    """A questionnaire table (序号 | 评价问题 | 单位回答 | 分值 | 得分) whose last row holds only a number and a note:
    auth54's reading indexed the answer's column of every row and raised IndexError; the indicator rows are read and
    the short row is a paragraph."""
    table = Table([["序号", "评价问题", "单位回答", "分值", "得分"],
                   ["1", "产出指标下数量指标“巡查河段”的年度指标值和实际完成值各是多少？",
                    "年度指标值≥40公里，实际完成值42公里。", "10", "9"],
                   ["2", "其他说明"]], "表1")
    blocks = question_table(table)
    assert blocks is not None
    tables = [block for block in blocks if isinstance(block, Table)]
    assert [row[2:7] for row in tables[0].rows[1:]] == [["巡查河段", "≥40公里", "42公里", "10", "9"]]
    assert any(getattr(block, "text", "") == "其他说明" for block in blocks)


def test_a_question_about_the_project_name_names_nothing() -> None:
    """"项目名称是否规范，…" (a scoring rule's words in a report's body): auth54's sentence reading took "否规范" as the
    project's name, certain, over the title's; the name stated in a sentence ("项目名称为…，") still reads."""
    head = "某县某某站2024年度某某维护经费项目支出绩效自评报告\n一、项目概况\n"
    asked = read_page(head + "项目名称是否规范，绩效目标是否明确，得5分。\n本项目年初预算60万元，全年执行58万元。\n")
    assert asked.project.name == "某某维护经费项目"
    stated = read_page(head + "项目名称为某某渠道清淤补助资金，主管部门为某县水利局。\n")
    assert stated.project.name == "某某渠道清淤补助资金"
