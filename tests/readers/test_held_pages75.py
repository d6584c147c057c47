"""Shapes the held-out pages of stop 75 showed (docs/reader-corpora/held-75.md), each as an invented snippet:
invented units, places, funds and figures, no text of any page."""

from __future__ import annotations

from page_reading import read_page as _read


def test_a_transfer_forms_short_project_name_label() -> None:
    """"转移(项目)名称 某某补助资金" one space from its value on a line of its own: the project's name (before, the
    label and the next line's label were read with it)."""
    read = _read("某县某某局某某补助资金转移支付区域(项目)绩效目标自评表\n(2023年度)\n"
                 "转移(项目)名称 农村饮水维护补助资金\n中央主管部门\n"
                 "地方主管部门 某县某某局 资金使用单位 某县某某局\n")
    assert read.project.name == "农村饮水维护补助资金"

