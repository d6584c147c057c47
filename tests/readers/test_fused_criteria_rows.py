"""Fused indicator rows under a header with a criteria column among its values (``flat_criteria_rows.py``): the
criteria sentence runs into the target or the actual; the row is read from both ends, every cell a guess, and a row
that admits several readings gives none."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from page_reading import read_saved_rows as _read_rows

from jixiao.readers.flat_criteria_rows import criteria_row

_SCORE_FIRST = ["weight", "target", "scoring_rule", "actual", "score"]


def test_fused_rows_with_the_criteria_between_target_and_actual_read_from_both_ends(tmp_path: Path) -> None:
    # the criteria's own figures ("每少50件扣1分") are no cells; the actual echoes the target's unit; a row whose
    # target and actual are words ("健全…运行良好") or whose actual touches the criteria's formula ("×1297.5%":
    # 97.5 % or 1297.5 %?) admits several readings and gives no row
    rows = ["某县档案局2024年度部门整体支出绩效评价报告",
            "一级指标二级指标三级指标分值目标值评分标准完成情况得分",
            "投入目标设定绩效目标合理性6健全符合要求得满分运行良好6",
            "预算配置在职人员控制率6≤100%每超1个百分点扣0.5分92.5%6",
            "过程预算执行预算执行率12≥95%得分=执行率×1297.5%11.7",
            "产出职责履行档案接收数量20≥1800件每少50件扣1分1750件19",
            "档案数字化页数16≥40万页按完成比例计分42.6万页16",
            "效果服务对象满意度查档群众满意度10≥90%每低1个百分点扣1分93.4%10",
            "合计7068.7"]
    evaluation = _read_rows(tmp_path, rows)
    assert [(i.level2, i.name, i.weight, i.target.value if i.target else None, i.actual.value if i.actual else None,
             i.actual.unit if i.actual else None, i.stated_score) for i in evaluation.indicators] == [
        ("预算配置", "在职人员控制率", 6, Decimal(100), Decimal("92.5"), "%", 6),
        ("职责履行", "档案接收数量", 20, Decimal(1800), Decimal(1750), "件", 19),
        ("职责履行", "档案数字化页数", 16, Decimal(40), Decimal("42.6"), "万页", 16),
        ("服务对象满意度", "查档群众满意度", 10, Decimal(90), Decimal("93.4"), "%", 10)]
    assert all(evaluation.provenance[f"indicators[{k}].{field}"].guessed
               for k in range(4) for field in ("name", "weight", "actual", "stated_score"))


def test_the_criteria_before_the_target_and_a_note_after_the_score() -> None:
    # 分值 | 评分标准 | 指标值 | 实际值 | 得分: the criteria may open on a comparison of its own ("≤100%得满分"); read
    # from the right, the target is the value before the actual
    assert criteria_row("公用经费控制率5≤100%得满分，每超1%扣0.5分≤100%97.2%5",
                        ["weight", "scoring_rule", "target", "actual", "score"]) == [
        "公用经费控制率", "5", "≤100%得满分，每超1%扣0.5分", "≤100%", "97.2%", "5"]
    noted = ["weight", "target", "actual", "scoring_rule", "score", "deviation"]
    assert criteria_row("巡查覆盖率10≥95%91%达到记满分，未达到按比例计分9.6汛期道路中断", noted) == [
        "巡查覆盖率", "10", "≥95%", "91%", "达到记满分，未达到按比例计分", "9.6", "汛期道路中断"]
    # a note opening on a unit: "9.67月…" is 9.6 | 7月… or 9.67 | 月…
    assert criteria_row("巡查覆盖率10≥95%91%达到记满分9.67月汛期道路中断", noted) is None
    # a score over its weight, an actual in another unit than the target's: no reading
    assert criteria_row("巡查覆盖率10≥95%每低1个百分点扣1分91%12", _SCORE_FIRST) is None
    assert criteria_row("巡查里程10≥95%每低1个百分点扣1分91公里9", _SCORE_FIRST) is None
