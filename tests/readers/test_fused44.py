"""The fused shape (a row's cells run together, no separator), stop 44, each from an invented snippet (invented units
and figures; docs/reader-corpora/flat-shapes-30.md, fused44)."""

from __future__ import annotations

from decimal import Decimal

from page_reading import indicator_rows, read_page

from jixiao.checks import run_checks
from jixiao.checks.finding import Severity
from jixiao.readers.flat_value_recuts import echoed_values

_HEAD = ["某县某中心2024年度项目支出绩效自评表", "项目名称某某设备购置项目"]
# the weight before the target and the actual (分值 | 指标值 | 实际值 | 得分), each 一级 with its block weight
_WEIGHT_FIRST = "一级指标二级指标三级指标分值指标值（A）实际值（B）得分偏差原因分析"
_TAIL = ["总分10096", "填表人：某某"]


def test_weight_run_onto_a_target_with_its_unit_is_cut_at_the_score() -> None:
    """"项目产出（40分）数量指标（20分）某设备购置台数101250台1262台10" under 分值 | 指标值: the weight ran onto the
    target ("101250台"), only a rate target ("2095%") was cut off its weight, so the row had no reading and was lost
    with its levels. 10 | 1250台 is the one cut that
    keeps the score (10) within the weight and the weight within a row's points (101 | 250台 is over them, 1 | 01250台
    no figure); the cut is a guess."""
    rows = [_WEIGHT_FIRST,
            "项目产出（40分）数量指标（20分）某设备购置台数101250台1262台10",
            "某设备安装台数10≥1200台1230台10",
            "质量指标（20分）某设备验收合格率20100%100%20"]
    page = read_page("\n".join(_HEAD + rows + _TAIL))
    assert indicator_rows(page, "name", "weight", "stated_score") == [
        ("某设备购置台数", 10, 10), ("某设备安装台数", 10, 10), ("某设备验收合格率", 20, 20)]
    first = page.indicators[0]
    assert (first.target.value, first.target.unit, first.actual.value) == (1250, "台", 1262)
    assert page.provenance["indicators[0].target"].guessed
    assert not [f for f in run_checks(page) if f.severity == Severity.ERROR]


def test_text_target_and_actual_run_together_are_cut_where_one_opens_the_other() -> None:
    """"某制度完备性4制度齐全、流程清晰制度齐全、流程清晰、执行到位4": a text target and its actual ran together
    between the weight and the score, so the row had a value too few and was lost with the rows under it. They are
    cut where the actual writes the target again and more, or is the target's opening words ("符合规划要求符合"),
    only where one cut alone does so; each cell a guess. A run that no such cut reads ("良好较好") stays one cell."""
    rows = [_WEIGHT_FIRST,
            "项目决策（10分）项目目标某制度完备性4制度齐全、流程清晰制度齐全、流程清晰、执行到位4",
            "某规划相符性6符合规划要求符合6",
            "项目管理（20分）资金管理某资金使用率10100%96.5%9.65"]
    page = read_page("\n".join(_HEAD + rows + _TAIL))
    assert indicator_rows(page, "name", "weight", "stated_score") == [
        ("某制度完备性", 4, 4), ("某规划相符性", 6, 6), ("某资金使用率", 10, Decimal("9.65"))]
    assert [(i.target.text, i.actual.text) for i in page.indicators[:2]] == [
        ("制度齐全、流程清晰", "制度齐全、流程清晰、执行到位"), ("符合规划要求", "符合")]
    assert [i.level1 for i in page.indicators] == ["项目决策", "项目决策", "项目管理"]
    assert page.provenance["indicators[1].actual"].guessed
    assert not [f for f in run_checks(page) if f.severity == Severity.ERROR]
    roles: list[str | None] = ["weight", "target", "actual", "score"]
    assert echoed_values(["5", "良好较好", "4"], roles) == ["5", "良好较好", "4"]
    assert echoed_values(["5", "有台账有", "5"], roles) == ["5", "有台账", "有", "5"]


def test_text_target_and_actual_in_a_row_the_form_words_cut_are_cut_alike() -> None:
    """"质量指标（10分）某经费标准5符合文件要求符合5": the form's words cut the row (二级 | name | 5 | text | 5), and
    the text target and actual stayed one cell, read as the actual; it is cut as in a row no word cuts (a guess)."""
    rows = [_WEIGHT_FIRST,
            "项目产出（20分）数量指标（10分）某设备购置台数101250台1262台10",
            "质量指标（10分）某经费标准5符合文件要求符合5",
            "某验收资料完整性5资料齐全资料齐全5"]
    page = read_page("\n".join(_HEAD + rows + _TAIL))
    assert [(i.name, i.target.text, i.actual.text) for i in page.indicators[1:]] == [
        ("某经费标准", "符合文件要求", "符合"), ("某验收资料完整性", "资料齐全", "资料齐全")]
    assert page.provenance["indicators[1].target"].guessed


def test_weight_first_row_with_a_sentence_note_keeps_its_weight_and_comparison() -> None:
    """"…某某年均收益15≥5万元4.6万元13.8某原因偏少，收益低于预期": a note with a comma makes the row a sentence cut
    at its run of figures, which began at the first value with a unit, so the weight and the sign stayed on the
    name ("某某年均收益15≥") and the row was lost. The run now opens on a weight before a comparison."""
    rows = [_WEIGHT_FIRST,
            "效益指标经济效益指标某某年均收益15≥5万元4.6万元13.8某原因偏少，收益低于预期",
            "某设施运行年限15≥20年20年15"]
    page = read_page("\n".join(_HEAD + rows + _TAIL))
    assert indicator_rows(page, "name", "weight", "stated_score") == [
        ("某某年均收益", 15, Decimal("13.8")), ("某设施运行年限", 15, 15)]
    first = page.indicators[0]
    assert (first.target.value, first.target.unit, first.actual.value) == (5, "万元", Decimal("4.6"))
    assert first.deviation_note == "某原因偏少，收益低于预期"


def test_row_opening_on_its_second_level_with_a_sentence_note() -> None:
    """"社会效益指标某某条件改善15明显改善明显改善14部分设备老化，已列入计划": a note with a comma keeps the form's
    words from cutting the line, and the row reader took "社会效益指标某某条件改善" for the name. A row opening on a
    二级 level written with its 指标 has that level cut off first (a guess)."""
    rows = [_WEIGHT_FIRST,
            "项目产出（20分）数量指标（20分）某设备购置台数201250台1262台20",
            "项目效益（20分）可持续影响指标某设施运行年限10≥20年20年10",
            "社会效益指标某某条件改善10明显改善明显改善9部分设备老化，已列入计划"]
    page = read_page("\n".join(_HEAD + rows + _TAIL))
    assert [(i.level1, i.level2, i.name, i.stated_score) for i in page.indicators[1:]] == [
        ("项目效益", "可持续影响指标", "某设施运行年限", 10), ("项目效益", "社会效益指标", "某某条件改善", 9)]
    assert page.indicators[2].deviation_note == "部分设备老化，已列入计划"
    assert page.provenance["indicators[2].name"].guessed


def test_template_placeholder_row_still_opens_its_levels() -> None:
    """"项目效益（30分）经济效益指标指标1：": the template's empty row (its "指标1：" and no name) gave no reading, so
    the 一级 level and its block weight were lost and the rows under it were put under the block above. The row is
    its level cells alone."""
    rows = [_WEIGHT_FIRST,
            "项目产出（70分）数量指标（70分）某设备购置台数701250台1262台70",
            "项目效益（30分）经济效益指标指标1：",
            "可持续影响指标某设施运行年限30≥20年20年26"]
    page = read_page("\n".join(_HEAD + rows + _TAIL))
    assert [(i.level1, i.name) for i in page.indicators] == [
        ("项目产出", "某设备购置台数"), ("项目效益", "某设施运行年限")]
    assert page.stated_block_weights == {"项目产出": 70, "项目效益": 30}
