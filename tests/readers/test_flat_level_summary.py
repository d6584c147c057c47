"""A summary of the 一级 blocks after the indicator table (``flat_level_summary.py``): "一级指标 分值 得分 得分率" over
"决策 10 10 100.00%" rows holds the blocks' points, no indicator; flattened, it is kept as its own table, as the
Word file's reading keeps it, so no row of it is read as an indicator; the money block's own row ("预算执行率 10
9.5") may lead it, and "满意度指标" is a 一级 there: the blocks' weights and the full mark are read from it as from
the Word table."""

from __future__ import annotations

from pathlib import Path

import pytest
from page_reading import read_docx, read_saved_rows

_INDICATORS = [
    "某街道2024年度部门整体支出绩效自评报告",
    "一级指标 二级指标 三级指标 分值 年度指标值 实际完成值 得分",
    "决策 目标设定 绩效目标合理性 10 合理 合理 10",
    "过程 预算执行 预算执行率 20 100% 96% 19.2",
    "产出 数量指标 道路保洁面积 40 ≥80万平方米 82万平方米 40",
    "满意度 满意度指标 居民满意度 30 ≥90% 91.5% 30",
    "合计 100 99.2",
    "各一级指标得分情况如下：",
]
_SUMMARY = [["一级指标", "分值", "得分", "得分率"], ["决策", "10", "10", "100.00%"], ["过程", "20", "19.2", "96.00%"],
            ["产出", "40", "40", "100.00%"], ["满意度", "30", "30", "100.00%"], ["合计", "100", "99.2", "99.20%"]]
_NAMES = ["绩效目标合理性", "预算执行率", "道路保洁面积", "居民满意度"]


def test_level_summary_rows_spaced_are_no_indicators(tmp_path: Path) -> None:
    rows = [*_INDICATORS, *(" ".join(row) for row in _SUMMARY), "四、存在的问题", "个别路段保洁频次不足。"]
    evaluation = read_saved_rows(tmp_path, rows)
    assert [i.name for i in evaluation.indicators] == _NAMES
    assert evaluation.sections.problems == "个别路段保洁频次不足。"


def test_level_summary_cells_one_a_line_are_no_indicators(tmp_path: Path) -> None:
    rows = [*_INDICATORS, *(cell for row in _SUMMARY for cell in row), "四、存在的问题", "个别路段保洁频次不足。"]
    assert [i.name for i in read_saved_rows(tmp_path, rows).indicators] == _NAMES


def test_level_summary_reads_as_the_word_table_does(tmp_path: Path) -> None:
    blocks: list[str | list[list[str]]] = [_INDICATORS[0], [row.split(" ") for row in _INDICATORS[1:7]],
                                           _INDICATORS[7], _SUMMARY]
    assert [i.name for i in read_docx(tmp_path, blocks).indicators] == _NAMES


def test_a_level_word_with_figures_in_too_few_rows_is_no_summary(tmp_path: Path) -> None:
    # one row under the header: too little to call a summary, the reading is left to the other readers
    rows = [*_INDICATORS, "一级指标 分值 得分 得分率", "决策 10 10 100.00%"]
    assert [i.name for i in read_saved_rows(tmp_path, rows).indicators][:4] == _NAMES


# a report's points by block after its indicators in prose: the money block's own row leads, 满意度指标 among them
_BLOCKS = [["一级指标", "分值", "得分"], ["预算执行率", "10", "9.5"], ["产出指标", "50", "48"],
           ["效益指标", "30", "30"], ["满意度指标", "10", "10"], ["合计", "100", "97.5"]]
_PROSE = ["某镇中心小学校舍维修项目2024年度绩效自评报告", "二、绩效指标完成情况",
          "1.维修校舍面积（目标值：≥1200平方米；完成值：1260平方米；分值50分，得分48分）。", "三、自评得分情况"]


@pytest.mark.parametrize("spaced", [False, True])
def test_block_points_led_by_the_budget_row(tmp_path: Path, spaced: bool) -> None:
    rows = [" ".join(row) for row in _BLOCKS] if spaced else [cell for row in _BLOCKS for cell in row]
    evaluation = read_saved_rows(tmp_path, [*_PROSE, *rows, "综上，本项目自评得分97.5分。"])
    assert evaluation.stated_block_weights == {"产出指标": 50, "效益指标": 30, "满意度指标": 10}
    assert evaluation.full_mark == 100


def test_block_points_led_by_the_budget_row_read_as_the_word_table(tmp_path: Path) -> None:
    evaluation = read_docx(tmp_path, [*_PROSE, _BLOCKS, "综上，本项目自评得分97.5分。"])
    assert evaluation.stated_block_weights == {"产出指标": 50, "效益指标": 30, "满意度指标": 10}
    assert evaluation.full_mark == 100
