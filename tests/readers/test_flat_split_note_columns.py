"""An indicator table whose note is split in two columns (原因 | 改进措施) and whose 评分标准 cell is a formula
("执行率×分值"), copied one cell a line (with and without blank lines between the cells): each row ends on its
measures, the formula stays one cell, and every indicator keeps its weight and its note."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from page_reading import by_name, read_saved

from jixiao.checks import run_checks
from jixiao.checks.finding import Severity
from jixiao.readers.flat_tokens import line_cells

_HEAD = ["某镇文化站2024年度送戏下乡项目绩效自评表", "项目名称", "送戏下乡", "实施单位", "某镇文化站",
         "项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分",
         "年度资金总额", "40.00", "40.00", "38.00", "10", "95%", "9.5"]
_TABLE = [["一级指标", "二级指标", "三级指标", "指标值", "实际完成值", "分值", "评分标准", "得分", "原因", "改进措施"],
          ["产出指标", "预算执行", "预算执行率", "100%", "95%", "10", "执行率×分值", "9.5", "两场演出延期结算",
           "加快演出结算"],
          ["", "数量指标", "送戏场次", "≥60场", "58场", "40", "每少1场扣1分", "38", "汛期停演两场",
           "错开汛期排期"],
          ["效益指标", "社会效益指标", "观演群众人次", "≥9000人次", "9400人次", "30", "完成得满分", "30", "", ""],
          ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "94%", "20", "每低1个百分点扣1分", "20", "", ""],
          ["合计", "", "", "", "", "100", "", "97.5", "", ""]]


@pytest.mark.parametrize("blank", [False, True])
def test_each_row_ends_on_its_measures(tmp_path: Path, blank: bool) -> None:
    cells = [*_HEAD, *(cell for row in _TABLE for cell in row)]
    text = ("\n\n" if blank else "\n").join(cells) + "\n"
    evaluation = read_saved(tmp_path, text)
    indicators = by_name(evaluation)
    assert list(indicators) == ["预算执行率", "送戏场次", "观演群众人次", "群众满意度"]
    assert [i.weight for i in indicators.values()] == [Decimal(10), Decimal(40), Decimal(30), Decimal(20)]
    assert [i.stated_score for i in indicators.values()] == [Decimal("9.5"), Decimal(38), Decimal(30), Decimal(20)]
    assert indicators["预算执行率"].deviation_note == "两场演出延期结算"
    assert indicators["送戏场次"].deviation_note == "汛期停演两场"
    assert not [f for f in run_checks(evaluation) if f.severity is Severity.ERROR and f.code == "WEIGHTS_NOT_100"]


def test_a_formula_after_a_column_word_is_one_cell() -> None:
    assert line_cells("执行率×分值") is None
    assert line_cells("得分=执行率×分值") is None
    assert line_cells("年初预算数全年预算数全年执行数") == ["年初预算数", "全年预算数", "全年执行数"]
