"""Stop 60, flat73: two forms' columns in the flattened shapes — a "产出指标 > 数量指标" level path under 指标层级 (one
cell naming both levels), and a 是否达成 column (是 / 否 a row) between the actuals and the weights. Invented unit,
figures and wording."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from page_reading import flattened, indicator_rows, read_saved

from jixiao.readers.cells import Kind, kind

_TITLE = ["项目支出绩效自评表", "项目名称 某某县2024年防汛物资储备项目"]
_PATHS = [["指标层级", "三级指标", "指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
          ["产出指标 > 数量指标", "储备救生衣", "≥800件", "820件", "20", "20"],
          ["产出指标 > 质量指标", "物资抽检合格率", "≥98%", "99%", "20", "20"],
          ["产出指标 > 时效指标", "物资入库及时率", "≥95%", "90%", "20", "17", "供货商延期两批，已约定违约条款"],
          ["效益指标 > 社会效益指标", "汛期物资调拨到位时限", "≤8小时", "6小时", "20", "20"],
          ["满意度指标 > 服务对象满意度指标", "乡镇防汛队伍满意度", "≥90%", "93%", "20", "20"],
          ["合计", "100", "97"]]
_PATH_ROWS = [("产出指标", "数量指标", "储备救生衣", Decimal(20), Decimal(20)),
              ("产出指标", "质量指标", "物资抽检合格率", Decimal(20), Decimal(20)),
              ("产出指标", "时效指标", "物资入库及时率", Decimal(20), Decimal(17)),
              ("效益指标", "社会效益指标", "汛期物资调拨到位时限", Decimal(20), Decimal(20)),
              ("满意度指标", "服务对象满意度指标", "乡镇防汛队伍满意度", Decimal(20), Decimal(20))]


@pytest.mark.parametrize("shape", ["spaced", "cells", "one_line"])
def test_a_level_path_cell_flattened_reads_both_levels(tmp_path: Path, shape: str) -> None:
    """"产出指标 > 数量指标" stays one cell naming the 一级 and the 二级 of its row, in every text shape."""
    evaluation = read_saved(tmp_path, "\n".join(flattened(_TITLE, _PATHS, [], shape)) + "\n")
    assert indicator_rows(evaluation) == _PATH_ROWS
    assert evaluation.indicators[2].deviation_note == "供货商延期两批，已约定违约条款"


def test_a_level_path_cell_is_a_level() -> None:
    """The cell kind the flat readers align rows by: a short path of two levels is a level; a long one, a path that
    names no level and one level alone are what they were."""
    assert kind("产出指标>数量指标") is Kind.LEVEL2
    assert kind("效益指标／社会效益指标") is Kind.LEVEL2
    assert kind("产出指标") is Kind.LEVEL1
    assert kind("首页>信息公开") is Kind.TEXT
    assert kind("产出指标>数量指标>采购储备物资的种类和数量均按计划完成") is not Kind.LEVEL2


_ATTAINED = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "是否达成", "分值", "得分"],
             ["产出指标", "数量指标", "适龄儿童免费体检人数", "≥3500人", "3620人", "是", "30", "30"],
             ["产出指标", "质量指标", "体检异常转诊率", "≥95%", "92%", "否", "20", "18"],
             ["效益指标", "可持续影响指标", "儿童健康档案管理制度", "健全", "健全", "是", "20", "20"],
             ["满意度指标", "服务对象满意度指标", "家长满意度", "≥90%", "95%", "是", "30", "30"],
             ["总分", "100", "98"]]
_ATTAINED_ROWS = [("产出指标", "数量指标", "适龄儿童免费体检人数", Decimal(30), Decimal(30)),
                  ("产出指标", "质量指标", "体检异常转诊率", Decimal(20), Decimal(18)),
                  ("效益指标", "可持续影响指标", "儿童健康档案管理制度", Decimal(20), Decimal(20)),
                  ("满意度指标", "服务对象满意度指标", "家长满意度", Decimal(30), Decimal(30))]


@pytest.mark.parametrize("shape", ["spaced", "cells", "one_line"])
def test_a_met_or_not_column_is_read_past(tmp_path: Path, shape: str) -> None:
    """是否达成 between the actuals and the weights: a column of its own (是 / 否, no field), so each row's weight and
    score are read after it, the worded row too, and the form's full mark under 总分."""
    evaluation = read_saved(tmp_path, "\n".join(flattened(["儿童保健项目绩效自评表"], _ATTAINED, [], shape)) + "\n")
    assert indicator_rows(evaluation) == _ATTAINED_ROWS
    assert (evaluation.indicators[2].target.text, evaluation.indicators[2].actual.text) == ("健全", "健全")
    assert (evaluation.full_mark, evaluation.stated_total) == (Decimal(100), Decimal(98))
