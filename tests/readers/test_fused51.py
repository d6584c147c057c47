"""The fused shape (a row's cells run together, no separator), stop 45's fused51, each from an invented snippet
(invented units and figures; docs/reader-corpora/flat-shapes-30.md, "Stop 45: fused51")."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from page_reading import by_name, read_saved_rows

from jixiao.checks import run_checks
from jixiao.checks.finding import Severity
from jixiao.model import Comparator, Evaluation, Indicator

_TITLE = "某镇2024年度河湖管护项目绩效自评表"
_HEADER = "一级指标二级指标三级指标年度指标值实际完成值分值得分偏差原因分析及改进措施"


def _no_error(page: Evaluation) -> bool:
    return not [f for f in run_checks(page) if f.severity == Severity.ERROR]


def _read(tmp_path: Path, rows: list[str]) -> tuple[Evaluation, dict[str, Indicator]]:
    page = read_saved_rows(tmp_path, rows)
    return page, by_name(page)


def _guessed(page: Evaluation, indicator: Indicator, *fields: str) -> bool:
    """Each of ``fields`` of ``indicator`` read as a guess, and no error-level finding raised on the page."""
    at = page.indicators.index(indicator)
    return all(page.provenance[f"indicators[{at}].{name}"].guessed for name in fields) and _no_error(page)


def test_a_prior_year_actual_column_written_in_full_is_read_past(tmp_path: Path) -> None:
    """"…年度指标值上年实际完成值本年实际完成值分值得分…": 上年实际值 / 本年实际值 were form words, their full
    spellings were not, so the two columns stayed one header cell, every row had a cell more than the header and
    no row was read. Cut, the earlier year's actual is read past and the year's own is the actual."""
    rows = [_TITLE, "一级指标二级指标三级指标年度指标值上年实际完成值本年实际完成值分值得分偏差原因分析及改进措施",
            "产出指标数量指标河道保洁里程≥36公里33公里38公里2020",
            "质量指标水面漂浮物清理达标率≥92%90.5%91.4%2019个别支流汛期垃圾集中",
            "效益指标生态效益指标断面水质达标率≥80%78%84%3030",
            "满意度指标服务对象满意度指标沿河群众满意度≥90%91%93.2%3030",
            "总分10099"]
    page, found = _read(tmp_path, rows)
    river, clean = found["河道保洁里程"], found["水面漂浮物清理达标率"]
    assert (river.level1, river.level2, river.target.comparator, river.target.value, river.target.unit) == (
        "产出指标", "数量指标", Comparator.GE, Decimal("36"), "公里")
    assert (river.actual.value, river.weight, river.stated_score) == (Decimal("38"), 20, 20)
    assert (clean.actual.value, clean.weight, clean.stated_score) == (Decimal("91.4"), 20, 19)
    assert found["沿河群众满意度"].actual.value == Decimal("93.2")
    assert _guessed(page, clean, "stated_score")


def test_units_of_count_and_weight_stay_on_their_figures(tmp_path: Path) -> None:
    """"…亩均增产≥40公斤37公斤108.5…", "…确权宗数≥5200宗4960宗…", "…归档卷数≥900卷…": 公斤, 宗, 卷 (and 页, 门,
    艘次, 剂次, 册次, 尾, 千克) were no value units, so a target and an actual ran into one figure cell with a word
    between ("40公斤37") and the row fell off the header's columns."""
    rows = [_TITLE, _HEADER,
            "产出指标数量指标宅基地确权宗数≥5200宗4960宗2018部分权利人外出务工未能到场",
            "整理归档卷数≥900卷936卷2020",
            "效益指标经济效益指标示范田亩均增产≥40公斤37公斤3027.5持续阴雨影响结实",
            "满意度指标服务对象满意度指标农户满意度≥90%94%3030",
            "总分10095.5"]
    page, found = _read(tmp_path, rows)
    parcels, rolls, grain = found["宅基地确权宗数"], found["整理归档卷数"], found["示范田亩均增产"]
    assert (parcels.target.value, parcels.target.unit, parcels.actual.value, parcels.actual.unit) == (
        Decimal("5200"), "宗", Decimal("4960"), "宗")
    assert (parcels.weight, parcels.stated_score) == (20, 18)
    assert (rolls.level2, rolls.target.unit, rolls.actual.value, rolls.stated_score) == (
        "数量指标", "卷", Decimal("936"), 20)
    assert (grain.target.value, grain.target.unit, grain.actual.value, grain.weight, grain.stated_score) == (
        Decimal("40"), "公斤", Decimal("37"), 30, Decimal("27.5"))
    assert _guessed(page, grain, "stated_score")


def test_a_carried_name_opening_on_a_map_scale_is_a_row(tmp_path: Path) -> None:
    """"1:2000地形图修测面积≥6平方公里6.3平方公里1010" under the merged level cells of the row above: the carried
    name was read up to its first figure, so the scale's "1" ended it before any word, the row was lost and the
    row above it with it. A map's scale (1 to a round figure, then the name's words) may open the name, as an age
    may."""
    rows = [_TITLE, _HEADER,
            "产出指标数量指标河道界桩埋设数量≥420个431个2020",
            "1:2000地形图修测面积≥6平方公里6.3平方公里2020",
            "效益指标生态效益指标断面水质达标率≥80%84%3030",
            "满意度指标服务对象满意度指标沿河群众满意度≥90%93.2%3030",
            "总分100100"]
    page, found = _read(tmp_path, rows)
    mapped = found["1:2000地形图修测面积"]
    assert (mapped.level1, mapped.level2, mapped.target.value, mapped.target.unit) == (
        "产出指标", "数量指标", Decimal("6"), "平方公里")
    assert (mapped.actual.value, mapped.weight, mapped.stated_score) == (Decimal("6.3"), 20, 20)
    assert found["河道界桩埋设数量"].actual.value == Decimal("431")
    assert _guessed(page, mapped, "name")


def test_a_trend_or_a_thing_set_up_as_target_and_actual_is_cut_off_the_name(tmp_path: Path) -> None:
    """"巡河长效机制建立情况建立已建立1010", "…亲水条件明显改善已实现…", "…修复能力逐步提高有所提高…": a worded
    target and actual run onto the name are cut off its end by the form's qualitative words; a trend (逐步提高 /
    有所提高, 逐年减少 / 较上年减少) and a thing set up (建立 / 已建立) were none of them, so the name kept both.
    Where the name ends is a guess: the cut cells are marked so (the base marked none)."""
    rows = [_TITLE, _HEADER,
            "产出指标数量指标河道保洁里程≥36公里38公里2020",
            "质量指标巡河长效机制建立情况建立已建立2020",
            "效益指标社会效益指标沿岸群众亲水条件明显改善已实现2020",
            "可持续影响指标水生态修复能力逐步提高有所提高2018部分支流补水不足",
            "满意度指标服务对象满意度指标沿河群众满意度≥90%93.2%2020",
            "总分10098"]
    page, found = _read(tmp_path, rows)
    patrol, water, repair = found["巡河长效机制建立情况"], found["沿岸群众亲水条件"], found["水生态修复能力"]
    assert (patrol.level2, patrol.target.text, patrol.actual.text, patrol.weight, patrol.stated_score) == (
        "质量指标", "建立", "已建立", 20, 20)
    assert (water.level1, water.target.text, water.actual.text) == ("效益指标", "明显改善", "已实现")
    assert (repair.target.text, repair.actual.text, repair.weight, repair.stated_score) == (
        "逐步提高", "有所提高", 20, 18)
    assert _guessed(page, repair, "name", "actual")


def test_a_unit_per_pupil_stays_on_its_figure(tmp_path: Path) -> None:
    """"…生均午餐补助标准=4元/生4元/生1010", "…=850元/生·年…": a unit per unit was read only when it is per a
    unit of the lexicon (元/人, 万元/公里); per pupil (生, 生·年) is no unit of its own, so "/生" was cut off as a
    text cell and the row fell off the header's columns. Such words count after a slash only."""
    rows = ["某县2024年度农村义务教育学生营养改善计划绩效自评表",
            _HEADER,
            "产出指标数量指标受益学生人数≥5600人5712人2020",
            "产出指标成本指标生均午餐补助标准=4元/生4元/生2020",
            "产出指标成本指标生均寄宿补助标准=850元/生·年850元/生·年2020",
            "效益指标社会效益指标学生营养状况改善率≥30%33.5%2020",
            "满意度指标服务对象满意度指标家长满意度≥90%92%2020",
            "总分100100"]
    page, found = _read(tmp_path, rows)
    lunch, board = found["生均午餐补助标准"], found["生均寄宿补助标准"]
    assert (lunch.level2, lunch.target.comparator, lunch.target.value, lunch.target.unit) == (
        "成本指标", Comparator.EQ, Decimal("4"), "元/生")
    assert (lunch.actual.value, lunch.actual.unit, lunch.weight, lunch.stated_score) == (Decimal("4"), "元/生", 20, 20)
    assert (board.target.value, board.target.unit, board.actual.unit) == (Decimal("850"), "元/生·年", "元/生·年")
    assert _no_error(page)


def test_a_date_with_no_year_is_a_cell_of_its_own(tmp_path: Path) -> None:
    """"…资助资金发放时间12月31日前12月18日2020", "…汛前排查完成时间5月底前5月26日…": a time target and its outcome
    were cut as dates only when they carry their year ("2024年12月31日前"), so a date with none fell apart at its
    figures ("12月" | "31日" …) and the row was lost or named "前". A month (1 to 12, no figure before it) with its day
    or 底 / 末 is now a date too, the words after it up to the next figure its cell."""
    rows = ["某县2024年度幼儿资助项目绩效自评表",
            _HEADER,
            "产出指标数量指标资助幼儿人数≥800人812人2020",
            "时效指标资助资金发放时间12月31日前12月18日2020",
            "汛前排查完成时间5月底前5月26日2020",
            "效益指标社会效益指标毛入园率≥90%91%2020",
            "满意度指标服务对象满意度指标家长满意度≥90%96%2020",
            "总分100100"]
    page, found = _read(tmp_path, rows)
    paid, checked = found["资助资金发放时间"], found["汛前排查完成时间"]
    assert (paid.level2, paid.target.text, paid.actual.text, paid.weight, paid.stated_score) == (
        "时效指标", "12月31日前", "12月18日", 20, 20)
    assert (checked.level2, checked.target.text, checked.actual.text) == ("时效指标", "5月底前", "5月26日")
    assert found["毛入园率"].actual.value == Decimal("91")
    assert _no_error(page)
