"""False errors under damage and periods read as figures (stop 49, trust58): a header split over lines that lost
its line naming 年度指标值, a form's 填报说明 read on as indicator rows once its 总分 line is lost, and a target or an
actual written as a period of the year. Invented snippets, read as ``jixiao parse`` reads a txt."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from corpus import errors
from page_reading import by_name, read_saved

from jixiao.checks import run_checks
from jixiao.readers.extract.values import parse_actual, parse_target
from jixiao.readers.flat_table_cells import is_form_end

_HEAD = [
    "部门整体支出绩效自评表 | |||||||||||||",
    "(2024年度) | |||||||||||||",
    "部门 | 乙县乡村公路养护站 | ||||||||||||",
    "预算资金 (万元) |",
    "年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 | |||||||",
    "年度资金总额 | 210.00 | 215.00 | 212.85 | 10 | 99.00% | 9.90 | |||||||",
    "年度总体目标 | 预期目标 | 实际完成情况 | |||||||||||",
    "完成县乡道路日常养护。 | 完成县乡道路日常养护。 | ||||||||||||",
]
# the indicator header split over lines, as a web copy of merged header cells gives it
_SPLIT_HEADER = [
    "绩 效 指 标 |",
    "一级指标 | 二级指标 | 三级指标 | 年度 指标值 |",
    "实际 完成值 |",
    "分值 | 得分 | 偏差原因分析及改进措施 | |||||",
]
_ROWS = [
    "产出指标 | 数量指标 | 指标1:养护乡道里程 | ≤6 | 6 | 20 | 20 | |||||||",
    "指标2:修补路面面积 | ≥1500 | 1620 | 20 | 20 | |||||||||",
    "质量指标 | 指标1:养护验收合格率 | ≥95% | 98% | 20 | 20 | ||||||||",
    "效益指标 | 社会效益指标 | 指标1:道路通行保障率 | ≥98% | 99% | 20 | 20 | ||||||||",
    "满意度指标 | 服务对象满意度指标 | 指标1:沿线群众满意度 | ≥90% | 94% | 10 | 10 | ||||||||",
    "总分 | 100 | 99.90 | |||||||||||",
]


def _weights_guessed(tmp_path: Path, header: list[str]) -> tuple[set[str], list[bool]]:
    evaluation = read_saved(tmp_path, "\n".join([*_HEAD, *header, *_ROWS]) + "\n")
    guessed = [ref.guessed for path, ref in evaluation.provenance.items()
               if path.startswith("indicators[") and path.endswith("].weight") and "第" in ref.location
               and evaluation.indicators[int(path[11:path.index("]")])].name != "预算执行率"]
    return errors(evaluation), guessed


def test_a_header_that_lost_its_target_column_leaves_weight_and_score_guesses(tmp_path: Path) -> None:
    """The split header with its line naming 一级指标 … 年度指标值 lost: three figure columns named (实际完成值, 分值,
    得分), four figures a row ("≤6 | 6 | 20 | 20"). Read by position the actual 6 became the weight and the weight 20
    the score: a false SCORE_OVER_WEIGHT. Which figure is which the positions alone say: a guess, only a warning."""
    header = [line for line in _SPLIT_HEADER if not line.startswith("一级指标")]
    found, guessed = _weights_guessed(tmp_path, header)
    assert "SCORE_OVER_WEIGHT" not in found
    assert guessed and all(guessed)


def test_a_one_line_header_short_of_the_rows_figures_leaves_guesses(tmp_path: Path) -> None:
    """The same rule for a header on one line that names no 年度指标值 column under rows of four figures."""
    header = ["一级指标 | 二级指标 | 三级指标 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 | |||||"]
    found, guessed = _weights_guessed(tmp_path, header)
    assert "SCORE_OVER_WEIGHT" not in found
    assert guessed and all(guessed)


def test_the_whole_split_header_reads_its_weights_as_sure(tmp_path: Path) -> None:
    """With every line of the header the rows' figures fit its columns: the weights are read, not guessed, and a
    score over its weight is still an error."""
    found, guessed = _weights_guessed(tmp_path, _SPLIT_HEADER)
    assert not found and guessed and not any(guessed)
    over = [*_HEAD, *_SPLIT_HEADER, _ROWS[0].replace("| 20 | 20 |", "| 20 | 25 |"), *_ROWS[1:]]
    evaluation = read_saved(tmp_path, "\n".join(over) + "\n")
    assert by_name(evaluation)["养护乡道里程"].weight == Decimal(20)
    assert "SCORE_OVER_WEIGHT" in errors(evaluation)


_NOTED_FORM = [
    "项目支出绩效自评表",
    "（2024年度）",
    "项目名称 | 2024年生猪调出大县奖励项目 |",
    "主管部门 | 丁县农业农村局 | 实施单位 | 丁县畜牧兽医服务中心 |",
    "项目资金（万元） |  | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |",
    "项目资金（万元） | 年度资金总额 | 820 | 860.5 | 851.9 | 10 | 99.00% | 9.90 |",
    "一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |",
    "产出指标 | 数量指标 | 奖励养殖场户数 | ≥120户 | 126户 | 20 | 20 |  |",
    "产出指标 | 质量指标 | 奖励资金核定准确率 | 100% | 100% | 20 | 20 |  |",
    "效益指标 | 经济效益指标 | 生猪出栏量 | ≥8万头 | 8.3万头 | 30 | 30 |  |",
    "满意度指标 | 服务对象满意度指标 | 养殖户满意度 | ≥90% | 95% | 20 | 20 |  |",
    "填报说明 |",
    "1 | 年初预算数：填写年初批复数。 |",
    "2 | 全年执行数：填写截至年底实际支出数。 |",
    "3 | 执行率分值10分，得分=执行率×10。 |",
    "4 | 绩效指标分值合计90分，单项指标得分不得超过该指标分值。 |",
]


def test_a_forms_filling_notes_end_its_indicator_rows(tmp_path: Path) -> None:
    """A form whose 总分 line was lost, its template's 填报说明 numbered "1 | …" under the last indicator: the notes
    were read on as indicator rows (填报说明 a name, the note's numbers its target and weight), the weights then
    summing past 100: a false WEIGHTS_NOT_100. A 填报说明 / 填表说明 cell ends the form, as 备注 or 填报人 do."""
    assert is_form_end("填报说明") and is_form_end("填表说明")
    evaluation = read_saved(tmp_path, "\n".join(_NOTED_FORM) + "\n")
    assert "填报说明" not in by_name(evaluation)
    assert len(evaluation.indicators) == 5
    assert "WEIGHTS_NOT_100" not in errors(evaluation)


@pytest.mark.parametrize("cell", ["10月-12月", "1-6月", "3月至5月", "2024年1-6月", "2024-12", "2024/06", "第4季度",
                                  "三季度末前"])
def test_a_period_of_the_year_is_no_figure(cell: str) -> None:
    """A target or an actual written as a period (months from one to another, a quarter, a year's month with a
    dash): when, not the figure 10, 1, 2024 or 4 a check would compare. Kept as written."""
    assert parse_target(cell) == {"text": cell}
    assert parse_actual(cell) == {"text": cell}


@pytest.mark.parametrize(("cell", "value", "upper", "unit"), [("3-5个月", "3", "5", "个月"),
                                                              ("85%-90%", "85", "90", "%")])
def test_a_range_of_a_count_is_still_a_range(cell: str, value: str, upper: str, unit: str) -> None:
    """A count of months or a rate written as a range is no period: its lower and upper ends, kept as written."""
    assert parse_target(cell) == {"comparator": "≥", "value": Decimal(value), "upper": Decimal(upper), "unit": unit,
                                  "text": cell}


def test_a_period_target_is_not_compared_as_a_number(tmp_path: Path) -> None:
    """"10月-12月" as a target with "9月" done and the full score: read as ≥ 10 月 the row was "below its target", a
    finding about a figure the form never wrote. The period is kept as text; no comparison is made."""
    text = "\n".join([
        "项目支出绩效自评表", "（2024年度）", "项目名称 | 丙镇冬季救助项目 |",
        "项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |",
        "年度资金总额 | 100.00 | 100.00 | 100.00 | 10 | 100% | 10 |",
        "一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |",
        "产出指标 | 数量指标 | 救助对象户数 | ≥150户 | 156户 | 45 | 45 | |",
        "产出指标 | 时效指标 | 救助物资发放时段 | 10月-12月 | 9月 | 45 | 45 | |",
        "总分 | | | | | 100 | 100 | |",
    ]) + "\n"
    evaluation = read_saved(tmp_path, text)
    row = by_name(evaluation)["救助物资发放时段"]
    assert row.target is not None and row.target.value is None and row.target.text == "10月-12月"
    assert "FULL_SCORE_BELOW_TARGET" not in {f.code for f in run_checks(evaluation)}
