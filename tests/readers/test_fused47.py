"""The fused shape (a row's cells run together, no separator), stop 47, each from an invented snippet (invented units
and figures; docs/reader-corpora/flat-shapes-30.md, fused47)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from page_reading import by_name, read_saved_rows

from jixiao.checks import run_checks
from jixiao.checks.finding import Severity
from jixiao.readers.flat_continued_rows import with_points_off_note

_TITLE = "某县2024年度农村公路养护项目绩效自评表"
_HEADER = "一级指标二级指标三级指标年度指标值实际完成值分值得分偏差原因分析及改进措施"
_ROLES: list[str | None] = ["level1", "level2", "name", "target", "actual", "weight", "score", "deviation"]


def test_a_note_opening_on_a_unit_character_is_the_notes(tmp_path: Path) -> None:
    """"…≥8000平方米7600平方米109.5个别路段雨季施工延后": the note opens on 个 (个别), a unit of the value runs, so
    "109.5个" was one value and the row, with no weight and score, was lost (or its note taken for the next row's
    一级 level). Under … | 分值 | 得分 | a note, with the row's values standing before it, the figures are the weight
    and the score (10 | 9.5: the one cut within a row's points) and the character opens the note; a guess. So in a
    row under merged level cells, and in one that a word of the form cuts ("108场次检查…")."""
    rows = [_TITLE, _HEADER,
            "产出指标数量指标养护公路里程≥120公里121公里2020",
            "路面修补面积≥8000平方米7600平方米109.5个别路段雨季施工延后",
            "质量指标养护路段优良率≥85%80%108场次检查发现问题",
            "满意度指标服务对象满意度指标沿线群众满意度≥90%93%2020",
            "合计6057.5"]
    page = read_saved_rows(tmp_path, rows)
    found = by_name(page)
    patch, grade = found["路面修补面积"], found["养护路段优良率"]
    assert (patch.weight, patch.stated_score, patch.deviation_note) == (10, Decimal("9.5"), "个别路段雨季施工延后")
    assert (grade.level1, grade.level2, grade.weight, grade.stated_score, grade.deviation_note) == (
        "产出指标", "质量指标", 10, 8, "场次检查发现问题")
    at = [i.name for i in page.indicators].index("路面修补面积")
    assert page.provenance[f"indicators[{at}].stated_score"].guessed
    assert page.provenance[f"indicators[{at}].deviation_note"].guessed
    assert not [f for f in run_checks(page) if f.severity == Severity.ERROR]


def test_only_one_reading_of_the_run_is_taken() -> None:
    """The figures may leave digits to the note ("1095万元资金…": 10 | 9 | "5万元资金…", the only reading); where two
    readings fit ("2019.5个…": 20 | 19.5 | "个…" and 20 | 1 | "9.5个…"), a score written with 分, a row whose
    value cells do not all stand before the run ("52场" | "两项…": an actual, no weight), or a run after a date
    ("6月" | "30日" | "前…1010"), the cells stay as they are."""
    cells = ["某某指标", "某某数", "≥20%", "18%"]
    assert with_points_off_note([*cells, "1095万元", "资金未到位"], _ROLES)[4:] == ["10", "9", "5万元资金未到位"]
    for tail in (["2019.5个", "别单位未报"], ["109.5分", "别单位未报"]):
        assert with_points_off_note([*cells, *tail], _ROLES) == [*cells, *tail]
    short = ["某某指标", "某某数", "≥60场", "52场", "两项赛事因天气取消"]
    assert with_points_off_note(short, _ROLES) == short
    dated = ["时效指标", "某某完成时间", "6月", "30日", "前", "6月", "25日", "1010"]  # "30日" is the date's
    assert with_points_off_note(dated, _ROLES) == dated


def test_a_weight_rate_and_score_run_together_are_cut_by_their_product(tmp_path: Path) -> None:
    """"过程指标预算执行预算执行率100%93.00%100.939.30" under 分值 | 得分率 | 得分: a row no word of the form cuts, its
    weight, score rate and score one run of figures, which nothing cut (a coefficient was known before the weight
    only), so the row was lost. The run is cut where the score is the weight times the rate at their written
    precision (10 | 0.93 | 9.30), one cut only; a guess."""
    rows = ["某协会2024年度部门整体支出绩效自评表",
            "一级指标二级指标三级指标年度指标值实际完成值分值得分率得分",
            "过程指标预算执行预算执行率100%93.00%100.939.30",
            "产出指标数量指标举办培训班期数≥10期9期200.9018",
            "满意度指标服务对象满意度指标会员满意度≥90%95%201.0020",
            "合计500.9547.30"]
    page = read_saved_rows(tmp_path, rows)
    rate = by_name(page)["预算执行率"]
    assert (rate.level1, rate.level2, rate.weight, rate.stated_score) == ("过程指标", "预算执行", 10, Decimal("9.30"))
    at = [i.name for i in page.indicators].index("预算执行率")
    assert page.provenance[f"indicators[{at}].weight"].guessed
    assert not [f for f in run_checks(page) if f.severity == Severity.ERROR]


def test_a_name_its_figures_cut_is_joined_before_a_signed_target(tmp_path: Path) -> None:
    """"质量指标村集体经济收入5万元以上村占比≥70%72%2020", "0—3岁婴幼儿…", "毕业生“1+X”证书获取率…": the value runs cut
    the name at its figures, so the row held pieces of its name before the target (a name "以上村占比", the 二级
    lost, or a row "毕业生“" of its own). Beside the plain reading, the one that joins the pieces between the level
    cells and a target opening on its comparison sign is tried; the name it gives is a guess."""
    rows = ["某县2024年度农村集体经济发展项目绩效自评表", _HEADER,
            "产出指标数量指标扶持村集体数量≥20个20个2020",
            "质量指标村集体经济收入5万元以上村占比≥70%72%2020",
            "效益指标社会效益指标0—3岁婴幼儿照护服务人数≥1.2万人1.25万人2020",
            "可持续影响指标毕业生“1+X”证书获取率≥60%58%109.5",
            "满意度指标服务对象满意度指标村民满意度≥90%93%2020",
            "合计9089.5"]
    page = read_saved_rows(tmp_path, rows)
    assert [(i.level2, i.name) for i in page.indicators] == [
        ("数量指标", "扶持村集体数量"), ("质量指标", "村集体经济收入5万元以上村占比"),
        ("社会效益指标", "0—3岁婴幼儿照护服务人数"), ("可持续影响指标", "毕业生“1+X”证书获取率"),
        ("服务对象满意度指标", "村民满意度")]
    assert page.provenance["indicators[1].name"].guessed
    assert by_name(page)["毕业生“1+X”证书获取率"].stated_score == Decimal("9.5")
    assert not [f for f in run_checks(page) if f.severity == Severity.ERROR]
