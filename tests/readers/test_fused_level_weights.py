"""Fused indicator rows under levels with weight columns of their own (``flat_level_weights.py``): what the level
weights leave says how many level cells open each row; the weight and the score run together are cut within the
二级 level's weight; every cell a guess, the table ends at a row no reading fits."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from page_reading import indicator_rows
from page_reading import read_saved_rows as _read_rows

from jixiao.readers.flat_level_weights import LevelWeights, level_weight_head

_ROWS = ["某县林业发展中心2024年度森林防火项目支出绩效评价报告",
         "一级指标分值二级指标分值三级指标分值得分评分标准",
         "项目决策15立项依据6政策相符性66符合规划得满分",
         "预算编制9预算合理性54测算依据不足扣1分",
         "方案完整性44方案齐备（4分）",
         "项目管理25资金管理10到位率109.5到位资金/计划×10分",
         "组织实施15制度执行1515制度健全（15分）",
         "项目绩效60项目产出60巡护里程6059.8完成/计划×60",
         "合计10098.3"]


def test_the_level_weights_say_which_cells_open_each_row() -> None:
    assert level_weight_head(["一级指标", "分值", "二级指标", "分值", "三级指标", "分值", "得分", "评分标准"])
    assert level_weight_head(["一级指标", "二级指标", "三级指标", "分值", "得分"]) is None
    rows = LevelWeights()
    assert rows.row("项目决策15立项依据6政策相符性66符合规划") == [
        "项目决策", "15", "立项依据", "6", "政策相符性", "6", "6", "符合规划"]
    assert rows.row("预算编制9预算合理性54测算依据不足") == [
        "项目决策", "15", "预算编制", "9", "预算合理性", "5", "4", "测算依据不足"]  # (54 is more than 9 leaves)
    assert rows.row("方案完整性44") == ["项目决策", "15", "预算编制", "9", "方案完整性", "4", "4"]
    assert LevelWeights().row("合计10098.3") is None  # a first row opens on both levels


def test_a_weight_and_score_that_no_cut_or_several_fit_end_the_table() -> None:
    rows = LevelWeights()
    assert rows.row("项目决策20立项依据20政策相符性1010") is not None  # 10 | 10 (101 | 0: more than 20 leaves)
    assert rows.row("规划相符性10.55") == [  # of the 10 left: 1 | 0.55 (10.5 | 5 is more)
        "项目决策", "20", "立项依据", "20", "规划相符性", "1", "0.55"]
    assert LevelWeights().row("项目决策20立项依据20政策相符性10.55") is None  # of 20: 10.5 | 5 and 1 | 0.55 both fit
    rows = LevelWeights()
    assert rows.row("项目决策20立项依据5政策相符性99") is None  # 9 | 9 is more than 5 leaves


def test_fused_rows_under_level_weight_columns_read_levels_names_weights_and_scores(tmp_path: Path) -> None:
    evaluation = _read_rows(tmp_path, _ROWS)
    assert indicator_rows(evaluation) == [
        ("项目决策", "立项依据", "政策相符性", 6, 6),
        ("项目决策", "预算编制", "预算合理性", 5, 4),
        ("项目决策", "预算编制", "方案完整性", 4, 4),
        ("项目管理", "资金管理", "到位率", 10, Decimal("9.5")),
        ("项目管理", "组织实施", "制度执行", 15, 15),
        ("项目绩效", "项目产出", "巡护里程", 60, Decimal("59.8"))]
    assert all(evaluation.provenance[f"indicators[{k}].{field}"].guessed
               for k in range(6) for field in ("name", "level2", "weight", "stated_score"))
