"""The damage harness's text of a file that is not a txt (stop 45, trust52): its tables as web-copied rows, a merged
cell given once. Equal figures side by side were taken for a merged cell and given once too ("0次 | 0次 | 25 | 25"
as "0次 | 25"): the row came out cells short and was not read, so the undamaged text's weights fell short of its total
row's and the whole form was misread before any damage. A sheet's, a PDF's or a legacy file's text is damaged the same
way now. Invented snippets."""

from __future__ import annotations

from pathlib import Path

from page_reading import read_saved
from perturb_checks import document_text, sources, web_cells

PAGE = """<html><body><p>某县某某监测站2025年度单位整体支出绩效自评报告</p>
<table border="1">
<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>年度指标值</td><td>实际完成值</td><td>分值</td><td>得分</td></tr>
<tr><td>预算执行</td><td></td><td>预算执行率</td><td>100%</td><td>95.50%</td><td>20</td><td>19.10</td></tr>
<tr><td rowspan="2">产出指标</td>
<td>质量指标</td><td>监测数据差错次数</td><td>0次</td><td>0次</td><td>25</td><td>25</td></tr>
<tr><td>数量指标</td><td>监测点位数</td><td>≥18个</td><td>18个</td><td>30</td><td>30</td></tr>
<tr><td>满意度指标</td><td>服务对象满意度指标</td><td>用户满意度</td><td>≥90%</td><td>93%</td><td>25</td><td>25</td></tr>
<tr><td colspan="5">合计</td><td>100</td><td>99.10</td></tr>
</table></body></html>
"""


def test_equal_figures_side_by_side_are_two_cells(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    text = document_text(page)
    assert "监测数据差错次数 | 0次 | 0次 | 25 | 25 |" in text
    assert "合计 | 100 | 99.10 |" in text  # (a merged label cell once)
    evaluation = read_saved(tmp_path, text)
    assert sum(indicator.weight or 0 for indicator in evaluation.indicators) == 100


def test_a_merged_text_holding_a_figure_is_given_once() -> None:
    conclusion = "经自评，该项目得分95.50分，等级为优。"
    assert web_cells(["评价结论", conclusion, conclusion, conclusion]) == ["评价结论", conclusion]
    assert web_cells(["监测点位数", "≥18个", "18个", "30", "30"]) == ["监测点位数", "≥18个", "18个", "30", "30"]


def test_a_sheet_is_damaged_in_its_text_as_read() -> None:
    names = [name for name, _, _ in sources()]
    assert any(name.endswith((".xlsx", ".csv", ".pdf")) for name in names)
    assert not any(name.endswith((".png", ".jpg")) for name in names)
