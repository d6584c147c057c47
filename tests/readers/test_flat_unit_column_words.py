"""An indicator table with a 度量单位 column copied one cell a line: a unit cell holding a counting word no list
knows ("门", "册") is read as the row's unit by its column, so the row keeps its actual, weight, score and note."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from page_reading import by_name, read_saved

from jixiao.readers.cells import fit

_HEAD = ["某县图书馆2024年度阅读推广项目绩效自评表", "项目名称", "阅读推广", "实施单位", "某县图书馆"]
_TABLE = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "度量单位", "分值", "得分",
           "偏差原因分析及改进措施"],
          ["产出指标", "数量指标", "开设阅读课程数", "≥8", "7", "门", "30", "26", "一门课程师资未落实"],
          ["", "质量指标", "新编导读手册数", "≥4", "4", "册", "30", "30", ""],
          ["效益指标", "社会效益指标", "读者参与率", "≥60", "66", "%", "20", "20", ""],
          ["满意度指标", "服务对象满意度指标", "读者满意度", "≥90", "93", "%", "20", "20", ""],
          ["合计", "", "", "", "", "", "100", "96", ""]]


def test_a_unit_cell_is_read_by_its_column(tmp_path: Path) -> None:
    cells = [*_HEAD, *(cell for row in _TABLE for cell in row)]
    indicators = by_name(read_saved(tmp_path, "\n".join(cells) + "\n"))
    assert list(indicators) == ["开设阅读课程数", "新编导读手册数", "读者参与率", "读者满意度"]
    course = indicators["开设阅读课程数"]
    assert course.actual is not None and (course.actual.value, course.actual.unit) == (Decimal(7), "门")
    assert (course.weight, course.stated_score) == (Decimal(30), Decimal(26))
    assert course.deviation_note == "一门课程师资未落实"
    assert [i.weight for i in indicators.values()] == [Decimal(30), Decimal(30), Decimal(20), Decimal(20)]


def test_a_short_word_fits_the_unit_column_only() -> None:
    assert fit("measure_unit", "门") is not None
    assert fit("measure_unit", "一门课程师资未落实") is None
    assert fit("weight", "门") is None
    assert (fit("measure_unit", "健全") or 0) < (fit("target", "健全") or 0)  # a qualitative target stays one
