"""A cover's text boxes run into one paragraph, the next label bearing its stamp before its colon ("主管部门：某局实施
单位（盖章）：某中心"): the value before it ends where that label opens (``extract/text_labels.py``)."""

from __future__ import annotations

from pathlib import Path

from page_reading import read_saved


def _page(cover: str) -> str:
    return ("<html><body><p>2024年度项目支出绩效自评报告</p><p>" + cover + "</p>"
            "<p>一、项目基本情况</p><p>项目年初预算120.00万元，全年执行118.40万元。</p></body></html>")


def test_a_stamped_label_ends_the_value_before_it(tmp_path: Path) -> None:
    cover = ("项目名称：茶园提质项目主管部门：某县林业局实施单位（盖章）：某县茶叶站"
             "项目负责人：王某联系电话：0000-1234567填报日期：2025年3月10日")
    evaluation = read_saved(tmp_path, _page(cover), "page.html")
    assert evaluation.unit.supervising_department == "某县林业局"


def test_a_stamp_after_a_value_with_no_label_before_it_keeps_the_value(tmp_path: Path) -> None:
    evaluation = read_saved(tmp_path, _page("主管部门：某县林业局（盖章）：2025年3月10日"), "page.html")
    assert evaluation.unit.supervising_department == "某县林业局"
