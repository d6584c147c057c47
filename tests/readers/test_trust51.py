"""A unit's indicator form closed on its total row, then a project's form appended under its own header (stop 45,
trust51): a text joined into one line (a viewer, a search excerpt) gives the tables first and their titles and
项目名称 lines after them, so the file is not cut into its forms, and the project's rows were added to the unit's
(weights summed to 200: a false WEIGHTS_NOT_100). A table under its own header after a whole form (its total row
stating the sum of its weights) is another form's. Invented snippets, read as ``jixiao parse`` reads a txt."""

from __future__ import annotations

from pathlib import Path

from corpus import errors
from page_reading import read_saved

UNIT_FORM = [
    "某县某某服务中心2025年度部门整体支出绩效自评报告",
    "二、整体支出绩效自评表",
    "一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因 |",
    "预算执行 |  | 预算执行率 | 100% | 97.20% | 20 | 19.44 |  |",
    "产出指标 | 数量指标 | 巡查覆盖村数 | ≥40个 | 42个 | 30 | 30 |  |",
    "效益指标 | 社会效益指标 | 问题整改率 | ≥90% | 93% | 30 | 30 |  |",
    "满意度指标 | 服务对象满意度指标 | 群众满意度 | ≥90% | 92% | 20 | 20 |  |",
    "合计 |  | 100 | 99.44 |  |",
    "经自评，本中心2025年度整体支出绩效自评得分99.44分，等级为优。",
]
PROJECT_FORM = [
    "附表：某某巡查设备购置项目绩效自评表",
    "项目名称 | 某某巡查设备购置项目 |  |",
    "一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因 |",
    "产出指标 | 数量指标 | 购置巡查终端数 | ≥25台 | 25台 | 60 | 60 |  |",
    "效益指标 | 社会效益指标 | 终端使用率 | ≥85% | 88% | 40 | 40 |  |",
    "该项目自评得分100分。",
]


def _joined(*lines: str) -> str:
    return " ".join(lines) + "\n"


def test_an_appended_forms_rows_are_not_the_units_when_joined(tmp_path: Path) -> None:
    evaluation = read_saved(tmp_path, _joined(*UNIT_FORM, *PROJECT_FORM))
    names = [indicator.name for indicator in evaluation.indicators]
    assert "购置巡查终端数" not in names and "终端使用率" not in names
    assert "WEIGHTS_NOT_100" not in errors(evaluation)


def test_the_units_form_alone_is_read_whole(tmp_path: Path) -> None:
    evaluation = read_saved(tmp_path, _joined(*UNIT_FORM))
    assert sum(indicator.weight or 0 for indicator in evaluation.indicators) == 100


def test_a_form_whose_total_row_does_not_close_it_reads_on(tmp_path: Path) -> None:
    """A total row not stating the rows' weights (a block's subtotal, a cut form) closes nothing: the rows of a table
    under a header after it are read as before."""
    subtotal = [*UNIT_FORM[:7], "合计 |  | 80 | 79.44 |  |", UNIT_FORM[-1]]
    evaluation = read_saved(tmp_path, _joined(*subtotal, *PROJECT_FORM))
    assert "购置巡查终端数" in [indicator.name for indicator in evaluation.indicators]
