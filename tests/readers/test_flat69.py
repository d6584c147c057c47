"""Stop 49, flat69: a project form whose level and name cells open on a provincial template's codes ("B1 数量指标",
"B1-2 某某场次"), flattened by spaces: each code stays with its cell, as the Word file's cell holds it, and the table
reader reads past it. Invented unit, figures and wording."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from page_reading import flattened, read_saved_rows

from jixiao.readers.cells import code_before
from jixiao.readers.flat_spaced import spaced_cells

_HEAD = ["2024年农家书屋提质补助资金绩效自评表", "（2024年度）", "项目名称 2024年农家书屋提质补助资金",
         "主管部门 某县文化和旅游局 实施单位 某县图书馆"]
_TABLE = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
          ["产出指标", "B1 数量指标", "B1-1 更新图书册数", "≥6000册", "6420册", "20", "20"],
          ["B1-2 流动借阅服务次数", "≥40次", "36次", "20", "18", "两次车辆检修停运"],
          ["B2 时效指标", "B2-1 图书配送按期完成率", "≥95%", "97%", "20", "20"],
          ["效益指标", "C1 社会效益指标", "C1-1 书屋年均借阅人次", "≥1.2万人次", "1.3万人次", "20", "20"],
          ["满意度指标", "D1 服务对象满意度指标", "D1-1 借阅村民满意度", "≥90%", "94%", "20", "20"],
          ["合计", "100", "98"]]


def test_a_code_stays_with_its_level_or_its_name() -> None:
    assert spaced_cells("产出指标 B1 数量指标 B1-1 更新图书册数 ≥6000册 6420册 20 20") == [
        "产出指标", "B1 数量指标", "B1-1 更新图书册数", "≥6000册", "6420册", "20", "20"]
    assert spaced_cells("B1-2 流动借阅服务次数 ≥40次 36次 20 18 两次车辆检修停运") == [
        "B1-2 流动借阅服务次数", "≥40次", "36次", "20", "18", "两次车辆检修停运"]


def test_what_is_no_template_code() -> None:
    """A level's code only before a level; a name's code only with its hyphen; a letter alone, a figure, a model
    number before a name are cells (or names) of their own."""
    assert code_before("B1", "数量指标") and code_before("B1-2", "流动借阅服务次数")
    assert not code_before("A4", "打印纸采购数量")  # a name opening on a letter and a figure: no level, no hyphen
    assert not code_before("B", "数量指标")  # a column's letter
    assert not code_before("B1-2", "≥40次")  # before a figure
    assert not code_before("b1", "数量指标")


@pytest.mark.parametrize("shape", ["cells", "spaced", "one_line"])
def test_a_coded_form_flattened_reads_its_levels_and_names(tmp_path: Path, shape: str) -> None:
    evaluation = read_saved_rows(tmp_path, flattened(_HEAD, _TABLE, [], shape))
    assert [(i.name, i.level1, i.level2, i.weight, i.stated_score) for i in evaluation.indicators] == [
        ("更新图书册数", "产出指标", "数量指标", Decimal(20), Decimal(20)),
        ("流动借阅服务次数", "产出指标", "数量指标", Decimal(20), Decimal(18)),
        ("图书配送按期完成率", "产出指标", "时效指标", Decimal(20), Decimal(20)),
        ("书屋年均借阅人次", "效益指标", "社会效益指标", Decimal(20), Decimal(20)),
        ("借阅村民满意度", "满意度指标", "服务对象满意度指标", Decimal(20), Decimal(20))]
    assert evaluation.indicators[1].deviation_note == "两次车辆检修停运"
    assert evaluation.stated_total == Decimal(98)
