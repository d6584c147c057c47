"""A report's cover labels run together by a document viewer, no colons and no form title before them
(invented names): 项目名称 / 项目单位 / 主管部门 pair with the text up to the next label; 报告日期 gives the
evaluated year (the year before) as a guess when nothing else states it."""

from __future__ import annotations

from page_reading import read_page

from jixiao.readers.flat_tokens import line_cells

COVER = ("1、财政支出项目绩效评价自评报告评价类型:项目实施过程评价项目完成结果评价项目名称某馆运行保障经费"
         "项目单位某市图书馆主管部门某市人民政府评价方式:部门(单位)绩效自评评价机构:部门(单位)评价组"
         "报告日期:2023年6月30日某市财政局(制)一、项目基本概况项目负责人张某联系电话\n")


def test_labels_run_together_after_a_report_title_are_cut_into_label_and_value_cells() -> None:
    cells = line_cells(COVER.strip()) or []
    pairs = {cells[i]: cells[i + 1] for i in range(len(cells) - 1)}
    assert pairs["项目名称"] == "某馆运行保障经费"
    assert pairs["项目单位"] == "某市图书馆"
    assert pairs["主管部门"] == "某市人民政府"
    assert cells[0] == "1、财政支出项目绩效评价自评报告"


def test_the_labels_give_project_unit_and_supervisor_and_the_report_date_a_guessed_year() -> None:
    evaluation = read_page(COVER, "cover.txt")
    assert evaluation.project is not None
    assert evaluation.project.name == "某馆运行保障经费"
    assert evaluation.project.implementing_unit == "某市图书馆"
    assert evaluation.unit.supervising_department == "某市人民政府"
    assert evaluation.year == 2022
    assert evaluation.provenance["year"].guessed


def test_a_stated_year_wins_over_the_report_date() -> None:
    text = "2021年度" + COVER
    evaluation = read_page(text, "cover.txt")
    assert evaluation.year == 2021


def test_a_sentence_naming_labels_is_no_label_run() -> None:
    prose = ("本项目的项目名称由主管部门确定，项目单位负责实施，主管部门负责监督，评价方式为部门自评，"
             "评价机构为本单位评价组，报告日期以财政局通知为准。\n")
    assert line_cells(prose.strip()) is None


def test_a_project_unit_label_gives_way_to_an_implementing_unit_the_text_states() -> None:
    text = ("某路养护项目绩效自评报告\n**项目单位：** 某县交通运输局\n\n"
            "项目主管部门为某县交通运输局，实施单位为某县公路养护站。\n")
    evaluation = read_page(text, "cover.md")
    assert evaluation.project is not None
    assert evaluation.project.implementing_unit == "某县公路养护站"
