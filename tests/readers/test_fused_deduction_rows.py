"""A fused header made of column words the cutter does not cut at ("序号指标分值目标值实际值扣分得分扣分原因") and its
rows, whose deduction and score run together: cut where deduction + score = the weight (``flat_words.header_words``,
``flat_named_rows``)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from page_reading import read_saved_rows as _read_rows

from jixiao.readers.flat_words import header_words


def test_a_line_of_column_words_with_a_note_column_at_its_end_is_a_header() -> None:
    assert header_words("序号指标分值目标值实际值扣分得分扣分原因") == [
        "序号", "指标", "分值", "目标值", "实际值", "扣分", "得分", "扣分原因"]
    assert header_words("序号指标分值目标值实际值") is None  # no score column
    assert header_words("本单位严格按照指标要求开展工作") is None


def test_fused_rows_with_a_deduction_column_cut_where_deduction_and_score_make_the_weight(tmp_path: Path) -> None:
    # "1.513.5" is 1.5 | 13.5 of 15 (the value runs alone cut it 1.51 | 3.5); "015" is 0 | 15; a row whose target
    # and actual are words ("明显改善基本实现") admits several readings and gives no row
    rows = ["某区城管局2024年度部门整体支出绩效自评表",
            "序号指标分值目标值实际值扣分得分扣分原因",
            "1道路保洁面积15≥420万平方米430万平方米015",
            "2垃圾转运量15≥5200吨4680吨1.513.5部分车辆检修",
            "3市容环境改善10明显改善基本实现28未达年度目标",
            "4市民满意度10≥90%88.4%0.89.2投诉处置偏慢"]
    evaluation = _read_rows(tmp_path, rows)
    assert [(i.number, i.name, i.weight, i.target.value if i.target else None, i.stated_score, i.deviation_note)
            for i in evaluation.indicators] == [
        (1, "道路保洁面积", 15, Decimal(420), 15, None),
        (2, "垃圾转运量", 15, Decimal(5200), Decimal("13.5"), "部分车辆检修"),
        (4, "市民满意度", 10, Decimal(90), Decimal("9.2"), "投诉处置偏慢")]
    assert all(evaluation.provenance[f"indicators[{k}].{field}"].guessed
               for k in range(3) for field in ("name", "weight", "stated_score"))
