"""Guessed readings that were wrong, and rules spelled twice (misread-41): invented snippets, each reading test
failing on the reader before."""

from __future__ import annotations

from decimal import Decimal

from corpus import errors
from page_reading import read_page

from jixiao.checks import run_checks
from jixiao.readers.extract.scores import another_score, stated_score
from jixiao.readers.extract.values import parse_actual, parse_target
from jixiao.readers.flat_cut_rows import settle_cut_level
from jixiao.readers.flat_table_cells import FlatTable
from jixiao.readers.hard_wrap import unwrap_fixed_width

_UNIT_HEAD = "某县某某服务中心2023年度部门整体支出绩效自评报告\n一、基本情况\n"


def test_a_bare_count_after_qizhong_closing_its_line_is_a_part_of_the_count_before_it() -> None:
    evaluation = read_page(_UNIT_HEAD + "本中心核定事业编制18个，实有人员22,其中在职人员18\n")
    assert evaluation.unit.staff_total == 22
    assert evaluation.provenance["unit.staff_total"].guessed
    assert evaluation.provenance["unit.staff_total"].text == "实有人员22"


def test_a_bare_count_alone_closing_its_line_is_still_the_total() -> None:
    assert read_page(_UNIT_HEAD + "本中心核定事业编制18个，实有人员20\n").unit.staff_total == 20


def test_a_year_after_the_staff_words_is_no_count() -> None:
    assert read_page(_UNIT_HEAD + "本中心核定事业编制18个，现有在编人员2023年度均按时到岗。\n").unit.staff_total is None


def _unit_named_by_duties(duties: str) -> str | None:
    return read_page(f"一、部门基本情况\n(一)单位职能:{duties}:负责全区某某工作。本委2023年共有3个项目。\n").unit.name


def test_the_body_whose_offices_duties_are_listed_is_the_unit() -> None:
    assert _unit_named_by_duties("某区某某委员会各科室的主要职能") == "某区某某委员会"
    assert _unit_named_by_duties("某区某某委员会机关各科室的主要职能") == "某区某某委员会"


def test_a_body_named_with_its_office_keeps_the_office() -> None:
    assert _unit_named_by_duties("某区某某委员会办公室的主要职能") == "某区某某委员会办公室"


_PROJECT = ("某县某某局2023年度某某项目支出绩效自评报告\n一、项目基本情况\n"
            "2023年全年预算数100万元，执行数95万元，预算执行率95%。\n")


def test_the_whole_score_closing_a_list_of_block_scores_is_the_total() -> None:
    evaluation = read_page(_PROJECT + "二、绩效自评结论\n"
                           "产出指标得分45分、效益指标得分30分、满意度指标得分9分、综合得分88分，评价等级为良。\n")
    assert evaluation.stated_total == 88
    assert evaluation.indicators == []


def test_a_list_of_parts_whole_scores_names_no_total() -> None:
    evaluation = read_page(_PROJECT + "二、绩效自评结论\nA项目综合得分96分、B项目综合得分98分。\n")
    assert evaluation.stated_total is None


def test_a_return_period_keeps_its_unit_whatever_words_follow() -> None:
    assert parse_target("满足20年一遇防洪要求") == {"comparator": "≥", "value": Decimal(20), "unit": "年一遇"}
    assert parse_target("50年一遇标准") == {"comparator": "≥", "value": Decimal(50), "unit": "年一遇"}
    assert parse_actual("20年一遇洪水") == {"value": Decimal(20), "unit": "年一遇"}
    assert parse_target("2年") == {"comparator": "≥", "value": Decimal(2), "unit": "年"}


def test_a_return_period_target_and_its_actual_are_no_mixed_units() -> None:
    evaluation = read_page("项目名称|某某堤防加固工程\n主管部门|某县水利局\n年度|2023\n"
                           "一级指标|二级指标|三级指标|年度指标值|实际完成值|分值|得分\n"
                           "产出指标|质量指标|防洪标准|满足20年一遇防洪要求|20年一遇|10|10\n")
    assert "MIXED_UNITS" not in {finding.code for finding in run_checks(evaluation)}


def _indicator_names(first: str) -> list[str]:
    evaluation = read_page(_PROJECT + "二、绩效指标完成情况\n"
                           f"1. {first}（10分）\n目标：按时完成，实际按时完成，得10分。\n"
                           "2. 群众满意度（10分）\n目标≥90%，实际92%，得9分。\n")
    return [indicator.name for indicator in evaluation.indicators]


def test_rumu_xia_inside_a_word_is_no_lead_to_a_list() -> None:
    assert _indicator_names("实施方案如下达情况") == ["实施方案如下达情况", "群众满意度"]
    assert _indicator_names("管网（如下水道）改造长度") == ["管网（如下水道）改造长度", "群众满意度"]


def test_a_head_saying_rumu_xia_still_leads_to_what_follows() -> None:
    assert _indicator_names("各项指标得分情况如下") == ["群众满意度"]
    assert _indicator_names("各项指标得分情况如下表") == ["群众满意度"]


_BAR_FORM = ["某县某某项目2023年度项目支出绩效自评表",
             "项目名称 | 某县某某改造项目 | 主管部门 | 某县某某局",
             "一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分",
             "产出指标 | 数量指标 | 改造农户数量 | ≥120户 | 126户 | 20 | 20",
             "产出指标 | 质量指标 | 工程验收合格率 | 100% | 100% | 20 | 20",
             "产出指标 | 时效指标 | 项目完工及时率 | 100% | 100% | 20 | 20",
             "效益指标 | 社会效益 | 居住条件改善程度 | 改善 | 改善 | 20 | 20",
             "满意度指标 | 满意度 | 受益群众满意度 | ≥90% | 96% | 20 | 19",
             "总分 | 100 | 99"]


def test_bar_rows_of_one_length_are_no_hard_wrap() -> None:
    text = "\n".join(_BAR_FORM) + "\n"
    assert len({len(row) for row in _BAR_FORM[3:6]}) == 1  # (three rows of one length, the widest)
    assert unwrap_fixed_width(text) == text
    evaluation = read_page(text)
    assert [(i.level1, i.stated_score) for i in evaluation.indicators] == [
        ("产出指标", 20), ("产出指标", 20), ("产出指标", 20), ("效益指标", 20), ("满意度指标", 19)]
    assert evaluation.stated_total == 99


def test_a_form_on_one_line_cut_at_a_fixed_width_is_still_joined() -> None:
    line = " | ".join(_BAR_FORM[1:])
    cut = "\n".join(line[at: at + 60] for at in range(0, len(line), 60))
    assert line in unwrap_fixed_width(f"{_BAR_FORM[0]}\n{cut}\n")


def _cut_table(last: list[str]) -> FlatTable:
    out = FlatTable()
    out.add(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "得分"], [0] * 6)
    out.add(["产出指标(40分)", "数量指标", "购置设备", "2台", "2台", "40"], [1] * 6)
    out.add(["效益指标(30分)", "社会效益", "服务人次", "≥500人次", "600人次", "30"], [2] * 6)
    out.add(last, [3] * 6)
    return out


_COLS = ["level1", "level2", "name", "target", "actual", "score"]


def test_a_full_last_row_is_not_moved_as_a_cut_one() -> None:
    full = ["", "满意度指标(10分)", "群众满意度调查", "≥90%", "95%", "10"]
    out = _cut_table(full)
    settle_cut_level(out, _COLS)
    assert out.rows[-1] == full


def test_a_cut_last_row_opening_on_a_level_still_moves() -> None:
    out = _cut_table(["", "满意度指标(10分)", "服务对象", "", "群众满意度调查", ""])
    settle_cut_level(out, _COLS)
    assert out.rows[-1][:3] == ["满意度指标(10分)", "服务对象", "群众满意度调查"]


def test_scores_after_qizhong_one_rule_in_both_readers() -> None:
    text = "该指标得分12分。其中线上培训得分8分,线下培训得分4分。"
    assert stated_score(text, Decimal(10))[0] == 12
    assert not another_score(text, Decimal(12))
    run_on = "- 甲指标(30分):实际完成,得30分,其中线上20场; - 乙指标(60分):实际完成,得60分。"
    assert stated_score(run_on, None)[0] == 60
    assert another_score(run_on, Decimal(60))


def test_no_false_error_on_the_snippets() -> None:
    assert not errors(read_page("\n".join(_BAR_FORM) + "\n"))
