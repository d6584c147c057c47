"""Fused rows under a header with a score coefficient before the weight and the score ("…全年完成值得分系数(%)指标权重
指标得分是否核心指标偏差原因", ``flat_named_rows.coefficient_off_points``): the three run together ("902018") are cut
where one reading only keeps the coefficient within 100 %, the weight within a row's points and the score within the
weight; the 是/否 answer run onto the note is cut off it; a row whose run stands where the columns do not put it (a
value cell left empty) gives no row, and is not taken for the note of the row above."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from page_reading import read_saved_rows as _read_rows

from jixiao.readers.flat_value_recuts import coefficient_off_points

_REST = ["target", "target_adjusted", "actual", "coefficient", "weight", "score", "core", "deviation"]


def test_a_coefficient_weight_and_score_run_is_cut_where_one_reading_fits() -> None:
    assert coefficient_off_points(["≥90%", "≥90%", "93%", "1002525", "是"], _REST) == [
        "≥90%", "≥90%", "93%", "100", "25", "25", "是"]
    assert coefficient_off_points(["6个", "6个", "5个", "851512.75"], _REST) == [
        "6个", "6个", "5个", "85", "15", "12.75"]
    # the coefficient a cell of its own: as it stands
    assert coefficient_off_points(["6个", "6个", "5个", "85%", "1512.75"], _REST) == [
        "6个", "6个", "5个", "85%", "1512.75"]
    # a run one cell early (an empty target before it): no reading
    assert coefficient_off_points(["≥98%", "99.2%", "1001515", "否"], _REST) is None
    assert coefficient_off_points(["≥98%", "99.2%", "1001515", "否"], ["target", "actual", "weight", "score"]) == [
        "≥98%", "99.2%", "1001515", "否"]


def test_fused_rows_under_a_coefficient_column(tmp_path: Path) -> None:
    rows = ["某区某某街道办事处2024年度部门整体支出绩效自评表",
            "一级指标二级指标三级指标年初指标值调整指标值全年完成值得分系数(%)指标权重指标得分是否核心指标偏差原因",
            "产出职责履行重点任务完成率≥90%≥90%93%1002525是",
            "老旧管网改造公里数6公里6公里5公里851512.75否一处管网因施工许可延后",
            "效果社会效益安全事故起数0起0起0起1002020否",
            "信访事项办结率≥95%97.1%1001515否",
            "满意度服务对象满意度辖区居民满意度≥90%≥90%92%1002525否",
            "合计10097.75"]
    evaluation = _read_rows(tmp_path, rows)
    assert [(i.name, i.level1, i.weight, i.actual.value if i.actual else None, i.stated_score, i.core,
             i.deviation_note) for i in evaluation.indicators] == [
        ("重点任务完成率", "产出", 25, Decimal(93), 25, True, None),
        ("老旧管网改造公里数", "产出", 15, Decimal(5), Decimal("12.75"), False, "一处管网因施工许可延后"),
        ("安全事故起数", "效果", 20, Decimal(0), 20, False, None),
        ("辖区居民满意度", "满意度", 25, Decimal(92), 25, False, None)]
    assert all(evaluation.provenance[f"indicators[{k}].{field}"].guessed
               for k in range(4) for field in ("weight", "stated_score"))
