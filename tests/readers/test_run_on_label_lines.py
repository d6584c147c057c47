"""A whole report run into one line (a viewer's copy) whose paragraphs follow label lines ("主管部门：某局；实施单位：
某中心", "项目名称：…") or an addressee ("县财政局、县农业农村局："): each such line is a line of its own again, as
a heading is, so the report's paragraphs are cut too. Invented snippets."""

from __future__ import annotations

from jixiao.readers.run_on_report import split_run_on_report

_META = "admin 2024ab01 1 2025-02-11T09:30:00Z 2025-02-12T03:15:20Z 12.00"
_LINES = [_META, "某县2024年农村饮水安全巩固提升工程绩效自评报告", "县财政局、县水利局：",
          "根据县财政局关于开展2024年度项目支出绩效自评的通知，现将自评情况报告如下。",
          "一、项目概况", "主管部门：某县水利局；实施单位：某县农村供水管理站",
          "项目新建集中供水点6处，改造入户管网38公里，惠及农户2100户。",
          "二、资金情况", "项目名称：2024年农村饮水安全巩固提升工程",
          "资金情况：年初预算安排480万元，调整后预算452万元，全年支出441.6万元。",
          "三、自评结论", "经自评，该项目得分93.5分，等级为优。"]


def test_label_lines_and_an_addressee_before_a_paragraph_are_lines_of_their_own() -> None:
    assert split_run_on_report(" ".join(_LINES)).split("\n") == _LINES


def test_a_cell_with_a_sentence_mark_still_leaves_the_line_whole() -> None:
    # "资金情况：预算 300 万元，…" is no label line (a comma): the space may sit inside it, nothing is cut
    pieces = [*_LINES[:5], "资金情况：预算 300 万元，全年执行296万元。", *_LINES[6:]]
    assert split_run_on_report(" ".join(pieces)) == " ".join(pieces)
