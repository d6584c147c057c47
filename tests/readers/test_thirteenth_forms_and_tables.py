"""Shapes of the thirteenth set's tables and copied forms (invented units and figures): a Markdown indicator
table whose 一级 is only in bold rows."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from jixiao.model import Evaluation
from jixiao.readers import read_any


def _read(tmp_path: Path, text: str, name: str = "report.txt") -> Evaluation:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_any(path).evaluation


def test_a_bold_level_row_names_the_level_of_the_rows_below_and_its_block_weight(tmp_path: Path) -> None:
    text = "\n".join([
        "# 某县农业农村局2023年度部门整体支出绩效自评报告",
        "",
        "| 一级指标 | 二级指标 | 三级指标 | 分值 | 年度目标 | 实际完成 | 得分 |",
        "| --- | --- | --- | --- | --- | --- | --- |",
        "| **效益指标（35分）** |  |  |  |  |  |  |",
        "|  | 社会效益指标 | 农技培训人次 | 20 | ≥600人次 | 640人次 | 20 |",
        "|  | 可持续影响指标 | 耕地保护机制 | 15 | 持续运行 | 持续运行 | 15 |",
        "| **满意度指标（15分）** |  |  |  |  |  |  |",
        "|  | 服务对象满意度指标 | 农户满意度 | 15 | ≥85% | 88% | 14 |",
    ])
    evaluation = _read(tmp_path, text, "report.md")
    got = [(i.name, i.level1, i.level2, i.weight, i.stated_score) for i in evaluation.indicators]
    assert got == [("农技培训人次", "效益指标", "社会效益指标", Decimal(20), Decimal(20)),
                   ("耕地保护机制", "效益指标", "可持续影响指标", Decimal(15), Decimal(15)),
                   ("农户满意度", "满意度指标", "服务对象满意度指标", Decimal(15), Decimal(14))]
    assert evaluation.stated_block_weights == {"效益指标": Decimal(35), "满意度指标": Decimal(15)}


def test_a_lone_row_that_is_no_level_is_not_taken_for_one(tmp_path: Path) -> None:
    text = "\n".join([
        "# 某县农业农村局2023年度部门整体支出绩效自评报告",
        "",
        "| 一级指标 | 二级指标 | 三级指标 | 分值 | 年度目标 | 实际完成 | 得分 |",
        "| --- | --- | --- | --- | --- | --- | --- |",
        "| 产出指标 | 数量指标 | 农技培训人次 | 50 | ≥600人次 | 640人次 | 50 |",
        "| **说明：以下为效益类** |  |  |  |  |  |  |",
        "|  | 社会效益指标 | 耕地保护机制 | 50 | 持续运行 | 持续运行 | 50 |",
    ])
    evaluation = _read(tmp_path, text, "report.md")
    assert [i.level1 for i in evaluation.indicators] == ["产出指标", "产出指标"]
    assert evaluation.stated_block_weights == {}
