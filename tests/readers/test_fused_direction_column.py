"""A fused indicator table with a 指标方向 column between the name and the target (… | 三级指标 | 指标方向 |
年度指标值 | 实际完成值 | 分值 | 得分): the direction word (正向 / 反向) runs onto the name ("某检测人数正向≥300人…"),
and a unit per unit ("≤150元/人") runs on into the next figure. The word is cut off the name into its column,
the unit kept whole on its figure (invented form)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from page_reading import by_name, read_saved_rows

from jixiao.readers.flat_nature_columns import unfolded
from jixiao.readers.flat_value_runs import cells_between

_ROWS = ["某县疾控中心2024年度某病防治项目绩效自评表",
         "一级指标二级指标三级指标指标方向年度指标值实际完成值分值得分偏差原因分析",
         "产出指标数量指标重点人群检测人数正向≥300人312人1010",
         "质量指标样本检测合格率正向≥95%97.2%1010",
         "成本指标人均检测成本反向≤150元/人142元/人1010",
         "效益指标社会效益指标疫情暴发起数反向≤2起0起1010",
         "合计4040"]


def test_the_direction_word_leaves_the_name(tmp_path: Path) -> None:
    found = by_name(read_saved_rows(tmp_path, _ROWS))
    assert sorted(found) == ["人均检测成本", "样本检测合格率", "疫情暴发起数", "重点人群检测人数"]
    cost = found["人均检测成本"]
    assert (cost.target.value, cost.target.unit, cost.actual.value, cost.actual.unit) == (
        Decimal("150"), "元/人", Decimal("142"), "元/人")
    assert (cost.weight, cost.stated_score) == (Decimal("10"), Decimal("10"))


def test_the_cut_needs_the_column_before_the_target() -> None:
    roles: list[str | None] = ["level1", "level2", "name", "nature", "target", "actual", "weight", "score"]
    assert unfolded(["某检测人数正向", "≥300人", "312人", "1010"], roles)[:2] == ["某检测人数", "正向"]
    plain: list[str | None] = ["level1", "level2", "name", "target", "actual", "weight", "score"]
    assert unfolded(["某检测人数正向", "≥300人"], plain) == ["某检测人数正向", "≥300人"]
    assert cells_between("≤150元/人142元/人1010") == ["≤150元/人", "142元/人", "1010"]
    assert cells_between("≥3人/某项") == ["≥3人", "/", "某项"]  # a slash before a word is no unit's
