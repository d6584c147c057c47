"""A fused indicator row whose weight and score run together into what reads as one figure within a row's points
("…2024年5月底前2024年6月18日54部分设备到货延迟": 5 | 4; "≥85%83%54.5宣传覆盖不足": 5 | 4.5), a note after it: the
one cut into a whole weight and a score above 0 within it, a guess. "1010" and "108.5", over a row's points, are
the row reader's; "10" alone is a weight (1 | 0 is no reading) (invented form)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from page_reading import by_name, read_saved_rows

from jixiao.readers.flat_continued_rows import with_lone_points

_ROLES: list[str | None] = ["level1", "level2", "name", "target", "actual", "weight", "score", "deviation"]
_ROWS = ["某镇2024年度文化站设备购置项目绩效自评表",
         "一级指标二级指标三级指标年度指标值实际完成值分值得分偏差原因分析及改进措施",
         "产出指标数量指标购置演出设备套数≥12套12套2020",
         "时效指标设备安装完成时间2024年5月底前2024年6月18日54部分设备到货延迟",
         "效益指标社会效益指标群众文化活动参与率≥85%83%54.5宣传覆盖不足",
         "满意度指标服务对象满意度指标群众满意度≥90%93%1010",
         "合计4038.5"]


def test_the_run_before_the_note_is_the_weight_and_the_score(tmp_path: Path) -> None:
    found = by_name(read_saved_rows(tmp_path, _ROWS))
    late = found["设备安装完成时间"]
    assert (late.weight, late.stated_score, late.deviation_note) == (Decimal("5"), Decimal("4"), "部分设备到货延迟")
    share = found["群众文化活动参与率"]
    assert (share.weight, share.stated_score) == (Decimal("5"), Decimal("4.5"))


def test_only_a_run_with_one_such_cut_is_cut() -> None:
    assert with_lone_points(["某时间", "2024年5月底前", "2024年6月18日", "54", "某原因"], _ROLES)[3:] == \
        ["5", "4", "某原因"]
    assert with_lone_points(["某时间", "5月底前", "6月18日", "10", "某原因"], _ROLES)[3] == "10"  # a weight alone
    assert with_lone_points(["某时间", "5月底前", "6月18日", "12"], _ROLES)[3] == "12"  # 2 over 1
    assert with_lone_points(["某时间", "5月底前", "6月18日", "5", "4"], _ROLES)[3:] == ["5", "4"]  # cut already
    assert with_lone_points(["某时间", "5月底前", "6月18日", "54"], [*_ROLES[:-2], "score_rate"])[3] == "54"


def test_a_run_is_cut_only_behind_every_value_column() -> None:
    cells = ["产出指标", "数量指标", "某完成率", "≥90%", "98", "未达标原因"]  # 98: the actual, no weight, no score
    assert with_lone_points(cells, _ROLES) == cells
    assert with_lone_points(["产出指标", "数量指标", "某完成率", "≥90%", "93%", "98", "某原因"], _ROLES)[5:] == \
        ["9", "8", "某原因"]
    nature = [*_ROLES[:3], "nature", *_ROLES[3:]]
    assert with_lone_points(["某知晓率", "正向", "≥85%", "82%", "54.5", "某原因"], nature)[4:6] == ["5", "4.5"]
    # a deadline and its actual in one cell: no bare figure is a deadline's actual
    assert with_lone_points(["某完成时限", "2024年6月底前未完成", "51"], _ROLES)[2:] == ["5", "1"]
