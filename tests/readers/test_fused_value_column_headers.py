"""A fused indicator header whose value columns run together ("…三级指标指标值实际完成权重自评分…"): the words are
the header's own, not a column word with its characters out of order ("值实际完成" is no 实际完成值 an OCR scrambled),
so the OCR read-back leaves them and the rows are read under a target and an actual column (invented form)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from page_reading import read_saved_rows as _read_rows

from jixiao.readers.ocr_words import read_back_words

HEADER = "一级指标二级指标三级指标指标值实际完成权重自评分未完成原因"


def test_value_columns_run_together_are_not_read_back_as_a_scrambled_word() -> None:
    assert read_back_words(HEADER) is HEADER
    # a cell between the form's words that is no column words is still read back ("考值参分": 参考分值 scrambled)
    assert "参考分值" in read_back_words("一级指标二级指标三级指标考值参分自评分未完成原因")


def test_rows_under_a_header_of_value_columns_run_together(tmp_path: Path) -> None:
    rows = ["某镇中心小学2024年度整体支出绩效自评表",
            HEADER,
            "产出指标数量指标校舍维修面积≥1200平方米1260平方米2020",
            "数量指标图书购置册数≥3000册2650册2017供货延迟",
            "效益指标社会效益指标学生入学率≥99%99.3%3030",
            "满意度指标服务对象满意度指标家长满意度≥90%93%3030",
            "合计10097"]
    evaluation = _read_rows(tmp_path, rows)
    assert [(i.level2, i.name, i.weight, i.target.value if i.target else None,
             i.actual.value if i.actual else None, i.stated_score, i.deviation_note)
            for i in evaluation.indicators] == [
        ("数量指标", "校舍维修面积", 20, Decimal(1200), Decimal(1260), 20, None),
        ("数量指标", "图书购置册数", 20, Decimal(3000), Decimal(2650), 17, "供货延迟"),
        ("社会效益指标", "学生入学率", 30, Decimal(99), Decimal("99.3"), 30, None),
        ("服务对象满意度指标", "家长满意度", 30, Decimal(90), Decimal(93), 30, None)]
    assert evaluation.provenance["indicators[1].stated_score"].guessed  # "2017" split by the form's constraints


def test_rows_under_merged_level_cells_with_weights_written_as_percents(tmp_path: Path) -> None:
    # "5%5": the weight written as its share of 100 % and the score; the rows with no level cell (merged from the
    # row above) are read as those opening on their levels are
    rows = ["某县农业技术推广中心2024年度项目支出绩效自评表",
            "一级指标二级指标三级指标年度指标值实际完成值权重得分偏差原因分析及改进措施",
            "产出指标数量指标技术培训场次≥40场42场10%10",
            "示范基地个数≥6个6个5%5",
            "田间指导人次≥900人次860人次5%4农忙时段人手不足",
            "质量指标良种覆盖率≥95%96.5%10%10",
            "合计30%29"]
    evaluation = _read_rows(tmp_path, rows)
    assert [(i.level2, i.name, i.weight, i.target.value if i.target else None,
             i.actual.value if i.actual else None, i.stated_score, i.deviation_note)
            for i in evaluation.indicators] == [
        ("数量指标", "技术培训场次", 10, Decimal(40), Decimal(42), 10, None),
        ("数量指标", "示范基地个数", 5, Decimal(6), Decimal(6), 5, None),
        ("数量指标", "田间指导人次", 5, Decimal(900), Decimal(860), 4, "农忙时段人手不足"),
        ("质量指标", "良种覆盖率", 10, Decimal(95), Decimal("96.5"), 10, None)]
    assert evaluation.provenance["indicators[1].weight"].guessed
