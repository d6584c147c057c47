"""A form whose 二级 and 三级 share one column ("二级指标<br>三级指标"): a body cell is cut in two only when its first
line is a 二级's name; a 三级 alone under the 二级 above whose name a page spaced ("免费开放 天数") stays one name, no
二级 "免费开放". Invented snippets."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from page_reading import indicator_rows, read_saved

_ROWS = [("产出指标", "数量指标<br>年举办公益展览场次"), ("产出指标", "免费开放 天数"),
         ("产出指标", "质量指标<br>展览 合格率"), ("满意度指标", "服务对象满意度指标<br>群众满意度")]


def _page(rows: list[tuple[str, str]]) -> str:
    body = "".join(f"<tr><td>{level1}</td><td>{cell}</td><td>≥10</td><td>12</td><td>25</td><td>25</td></tr>"
                   for level1, cell in rows)
    return ("<html><body><h2>某县文化馆2023年度部门整体支出绩效自评报告</h2><table>"
            "<tr><th>一级指标</th><th>二级指标<br>三级指标</th><th>年度指标值</th><th>实际完成值</th><th>分值</th>"
            f"<th>得分</th></tr>{body}<tr><td colspan=\"4\">总分</td><td>100</td><td>100</td></tr>"
            "</table></body></html>")


def test_a_spaced_level3_name_under_the_level2_above_stays_one_name(tmp_path: Path) -> None:
    evaluation = read_saved(tmp_path, _page(_ROWS), "page.html")
    assert [(i.level2, i.name) for i in evaluation.indicators] == [
        ("数量指标", "年举办公益展览场次"), ("数量指标", "免费开放 天数"), ("质量指标", "展览 合格率"),
        ("服务对象满意度指标", "群众满意度")]


def test_a_level2_word_over_a_name_is_still_cut(tmp_path: Path) -> None:
    evaluation = read_saved(tmp_path, _page([("效益指标", "社会效益指标<br>群众参与人次")]), "page.html")
    assert indicator_rows(evaluation) == [("效益指标", "社会效益指标", "群众参与人次", Decimal(25), Decimal(25))]
