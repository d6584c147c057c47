"""A fused indicator header whose value columns carry their letter marks ("指标值（A）实际值（B）完成率（B/A）"): the
cutter split the formula's slash out of its bracket, and the run of value columns stayed one cell; the rows below lost
every indicator (``flat_named_rows.recut_head``, ``flat_words.column_words``); so did a fused two-row header's second
row ("年度目标实际完成" under 指标值: ``flat_named_rows.sub_header``)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from page_reading import read_saved_rows as _read_rows

from jixiao.readers.flat_words import column_words


def test_a_run_of_marked_value_columns_is_cut_into_them_and_a_mark_opens_no_column() -> None:
    assert column_words("指标值（A）实际值（B）完成率（B/A）") == ["指标值（A）", "实际值（B）", "完成率（B/A）"]
    assert column_words("（A）实际值（B）") == ["（A）实际值（B）"]


def test_fused_rows_under_a_header_with_a_marked_completion_column_read_each_column(tmp_path: Path) -> None:
    rows = ["某县林业站2024年度项目支出绩效自评表",
            "一级指标二级指标三级指标指标值（A）实际值（B）完成率（B/A）分值得分偏差原因",
            "产出指标数量指标新造林面积≥2400亩2460亩102.50%2020",
            "抚育管护面积≥5000亩4850亩97.00%1514.55部分地块雨季无法进入",
            "质量指标造林成活率≥85%88%103.53%1515",
            "合计5049.55"]
    evaluation = _read_rows(tmp_path, rows)
    assert [(i.level2, i.name, i.weight, i.target.value if i.target else None, i.actual.value if i.actual else None,
             i.stated_score, i.deviation_note) for i in evaluation.indicators] == [
        ("数量指标", "新造林面积", 20, Decimal(2400), Decimal(2460), 20, None),
        ("数量指标", "抚育管护面积", 15, Decimal(5000), Decimal(4850), Decimal("14.55"), "部分地块雨季无法进入"),
        ("质量指标", "造林成活率", 15, Decimal(85), Decimal(88), 15, None)]
    assert evaluation.provenance["indicators[1].weight"].guessed


def test_a_fused_two_row_header_s_second_row_replaces_the_cell_it_spans(tmp_path: Path) -> None:
    # "年度目标实际完成" under 指标值: the header's one value column is two; the rows hold both values
    rows = ["某县中医院2024年度项目支出绩效自评表",
            "一级指标二级指标三级指标指标值分值得分偏差原因",
            "年度目标实际完成",
            "产出指标数量指标中医适宜技术推广项数≥12项13项1515",
            "巡回义诊场次≥40场38场109.5部分乡镇道路施工",
            "质量指标中药饮片抽检合格率=100%100%1515",
            "合计4039.5"]
    evaluation = _read_rows(tmp_path, rows)
    assert [(i.name, i.weight, i.target.value if i.target else None, i.actual.value if i.actual else None,
             i.stated_score) for i in evaluation.indicators] == [
        ("中医适宜技术推广项数", 15, Decimal(12), Decimal(13), 15),
        ("巡回义诊场次", 10, Decimal(40), Decimal(38), Decimal("9.5")),
        ("中药饮片抽检合格率", 15, Decimal(100), Decimal(100), 15)]
