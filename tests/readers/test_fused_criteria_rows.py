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
    # an actual in another unit than the target's: a row no reading fits (no cell); a score over its weight: no row
    assert criteria_row("巡查里程10≥95%每低1个百分点扣1分91公里9", _SCORE_FIRST) == []
    assert criteria_row("巡查覆盖率10≥95%每低1个百分点扣1分91%12", _SCORE_FIRST) is None


def test_a_level_with_its_block_weight_opens_a_fused_row_and_a_row_no_reading_fits_keeps_the_block_going(
        tmp_path: Path) -> None:
    # "产出指标（60分）数量指标…": the 一级 level carries its block weight; the criteria is a sentence with commas;
    # a row whose target and actual are words ("建立已建立") gives no row and the rows after it are still the table's
    rows = ["某镇2024年度项目支出绩效自评表",
            "一级指标二级指标三级指标分值年度指标值（A）全年实际值（B）得分计算方法得分未完成原因分析",
            "产出指标（60分）数量指标河道清淤长度30≥12公里12.5公里达到指标值记满分；未达到的，按B/A×分值记分。30",
            "时效指标清淤完成及时率30=100%96%达到指标值记满分；未达到的，按B/A×分值记分。28.8",
            "效益指标（30分）可持续影响指标河道管护机制30建立已建立达到指标值记满分；未达到的，按B/A×分值记分。30",
            "满意度指标（10分）服务对象满意度指标沿河群众满意度10≥90%88%达到指标值记满分；未达到的，按B/A×分值记分。9.8",
            "总分10098.6"]
    evaluation = _read_rows(tmp_path, rows)
    assert [(i.level1, i.level2, i.name, i.weight, i.actual.value if i.actual else None, i.stated_score)
            for i in evaluation.indicators] == [
        ("产出指标", "数量指标", "河道清淤长度", 30, Decimal("12.5"), 30),
        ("产出指标", "时效指标", "清淤完成及时率", 30, Decimal(96), Decimal("28.8")),
        ("满意度指标", "服务对象满意度指标", "沿河群众满意度", 10, Decimal(88), Decimal("9.8"))]


def test_a_count_of_occasions_is_a_unit_and_its_row_leaves_the_row_above_whole(tmp_path: Path) -> None:
    # "≥15台次", "9车次": a count of occasions (a thing's unit with 次 after it) was read as 台 or 车 alone, the 次
    # left opening the actual; the row no reading fitted stayed a line of text, and the row above it lost its score
    # and gave an indicator named after its criteria ("每少40件扣1分", with the score for a weight)
    assert criteria_row("渡船安检次数8≥15台次每少1台次扣0.5分16台次8", _SCORE_FIRST) == [
        "渡船安检次数", "8", "≥15台次", "每少1台次扣0.5分", "16台次", "8"]
    rows = ["某乡交通管理站2025年度项目支出绩效自评表",
            "一级指标二级指标三级指标指标值实际完成值分值评分标准得分",
            "产出数量指标渡口巡查件数≥1600件1580件20每少40件扣1分19.5",
            "渡船安检次数≥15台次16台次10每少1台次扣0.5分10",
            "应急转运车次≥8车次9车次10每少1车次扣1分10",
            "质量指标安检合格率≥98%99%10每低1个百分点扣1分10",
            "合计5049.5"]
    evaluation = _read_rows(tmp_path, rows)
    assert [(i.name, i.weight, i.target.value if i.target else None, i.actual.value if i.actual else None,
             i.actual.unit if i.actual else None, i.stated_score) for i in evaluation.indicators] == [
        ("渡口巡查件数", 20, Decimal(1600), Decimal(1580), "件", Decimal("19.5")),
        ("渡船安检次数", 10, Decimal(15), Decimal(16), "台次", 10),
        ("应急转运车次", 10, Decimal(8), Decimal(9), "车次", 10),
        ("安检合格率", 10, Decimal(98), Decimal(99), "%", 10)]


def test_a_row_whose_target_unit_the_lexicon_lacks_is_no_row_and_leaves_the_row_above_whole(tmp_path: Path) -> None:
    # "≥20吊次": a unit no list holds; the row opens on its name and a compared target and ends on a score after the
    # criteria's words, so it is a row no reading fits (no cell), not a line of text the row above takes for its own
    # (before, the row above, scored below its weight, lost its score to an indicator named after its criteria)
    rows = ["某港务站2025年度项目支出绩效自评表",
            "一级指标二级指标三级指标指标值实际完成值分值评分标准得分",
            "产出数量指标泊位维护件数≥900件880件20每少30件扣1分19",
            "起重作业次数≥20吊次22吊次10每少1吊次扣1分10",
            "质量指标维护合格率≥96%98%10每低1个百分点扣1分10",
            "合计4039"]
    evaluation = _read_rows(tmp_path, rows)
    assert [(i.name, i.weight, i.stated_score) for i in evaluation.indicators] == [
        ("泊位维护件数", 20, 19), ("维护合格率", 10, 10)]
