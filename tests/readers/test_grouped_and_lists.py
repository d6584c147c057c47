"""Ways of writing seen in a fourth set of reports: several indicators in one paragraph after a level
label, Markdown nested lists, "满分100分，自评得分X分" conclusions, last year's figures beside this
year's, word-only targets in run-on clauses, negative percentages, project titles without a unit."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from page_reading import read_page_and_warnings as _read

from jixiao.model import Evaluation
from jixiao.readers import read_any
from jixiao.readers.extract.values import parse_actual, parse_target

_UNIT_TITLE = "某市某区住房和城乡建设局\n2024年度部门整体支出绩效自评报告\n"


def _by_name(evaluation: Evaluation) -> dict[str, dict[str, object]]:
    return {i.name: i.model_dump(exclude_none=True) for i in evaluation.indicators}


# A — several indicators in one paragraph under a level label ---------------------------------------


@pytest.mark.parametrize(("group1", "group2"), [("（一）产出指标完成情况", "（二）效益指标完成情况"),
                                                ("(一)产出指标", "(二)效益指标")])
@pytest.mark.parametrize("sep", ["；", ";"])
def test_clauses_after_a_level_label_are_indicators(group1: str, group2: str, sep: str) -> None:
    text = (_UNIT_TITLE + "二、绩效指标完成情况\n" + group1 + "\n"
            f"1.数量指标：老旧小区改造户数（20分）完成1260户（目标≥1200户），得20分{sep}"
            "燃气管网更新长度（10分）完成38.5公里（目标≥45公里），得8.6分。\n"
            "2、时效指标：项目开工及时率（10分）完成95%（目标=100%），得9.5分。\n"
            + group2 + "\n"
            "1.社会效益指标：居民居住条件（10分），目标为显著改善，实际为基本改善，得8分"
            f"{sep}住房安全隐患整改率（10分）完成97.2%（目标≥95%），得10分。\n"
            "三、自评结论\n经自评，综合得分90.1分，等级为优。\n")
    evaluation, _ = _read(text)
    found = _by_name(evaluation)
    assert list(found) == ["老旧小区改造户数", "燃气管网更新长度", "项目开工及时率", "居民居住条件",
                           "住房安全隐患整改率"]
    pipes = found["燃气管网更新长度"]
    assert pipes["weight"] == Decimal(10) and pipes["stated_score"] == Decimal("8.6")
    assert pipes["level1"] == "产出指标" and pipes["level2"] == "数量指标"
    assert pipes["target"] == {"comparator": "≥", "value": Decimal(45), "unit": "公里"}
    assert pipes["actual"] == {"value": Decimal("38.5"), "unit": "公里"}
    timely = found["项目开工及时率"]
    assert timely["level2"] == "时效指标" and timely["target"]["comparator"] == "="  # type: ignore[index]
    living = found["居民居住条件"]
    assert living["level1"] == "效益指标" and living["level2"] == "社会效益指标"
    assert living["target"]["text"] == "显著改善" and "value" not in living["target"]  # type: ignore[index,operator]
    assert living["actual"]["text"] == "基本改善"  # type: ignore[index]
    assert found["住房安全隐患整改率"]["actual"] == {"value": Decimal("97.2"), "unit": "%"}
    assert evaluation.stated_total == Decimal("90.1")


def test_level_label_without_enclosing_heading_keeps_only_its_own_level() -> None:
    text = (_UNIT_TITLE + "二、绩效指标完成情况\n"
            "质量指标：工程验收合格率（分值15分）完成100%（目标100%），得15分；"
            "安全事故发生次数（10分）完成0次（目标=0次），得10分。\n")
    found = _by_name(_read(text)[0])
    assert set(found) == {"工程验收合格率", "安全事故发生次数"}
    rate = found["工程验收合格率"]
    assert rate["level2"] == "质量指标" and "level1" not in rate
    assert rate["weight"] == Decimal(15) and rate["stated_score"] == Decimal(15)


# B — Markdown nested lists ------------------------------------------------------------------------


@pytest.mark.parametrize(("bullet", "indent"), [("-", "  "), ("*", "    ")])
def test_nested_bullets_give_indicators_with_levels(bullet: str, indent: str) -> None:
    text = ("# 某市某区住房和城乡建设局2024年度部门整体支出绩效自评报告\n\n## 三、绩效指标完成情况\n\n"
            f"{bullet} **产出指标**\n"
            f"{indent}{bullet} 数量指标\n"
            f"{indent * 2}{bullet} 老旧小区改造户数：分值20分，目标值≥1200户，实际完成1260户，得分20分\n"
            f"{indent * 2}{bullet} 燃气管网更新长度：分值10分，目标值≥45公里，实际完成38.5公里，得分8.6分\n"
            f"{indent}{bullet} 时效指标\n"
            f"{indent * 2}{bullet} 项目开工及时率（10分）：目标值100%，实际完成95%，得分9.5分\n"
            f"{bullet} **满意度指标**\n"
            f"{indent}{bullet} 服务对象满意度指标\n"
            f"{indent * 2}{bullet} 居民满意度：分值10分，目标值≥90%，实际完成93.1%，得分10分\n\n"
            "## 四、自评结论\n\n综合得分88.1分，等级为良。\n")
    evaluation, _ = _read(text, "x.md")
    found = _by_name(evaluation)
    assert list(found) == ["老旧小区改造户数", "燃气管网更新长度", "项目开工及时率", "居民满意度"]
    assert "绩效指标完成情况" not in found
    assert found["燃气管网更新长度"]["level1"] == "产出指标"
    assert found["燃气管网更新长度"]["level2"] == "数量指标"
    assert found["燃气管网更新长度"]["actual"] == {"value": Decimal("38.5"), "unit": "公里"}
    assert found["项目开工及时率"]["level2"] == "时效指标" and found["项目开工及时率"]["weight"] == Decimal(10)
    satisfaction = found["居民满意度"]
    assert satisfaction["level1"] == "满意度指标" and satisfaction["level2"] == "服务对象满意度指标"
    assert satisfaction["stated_score"] == Decimal(10)
    assert satisfaction["target"] == {"comparator": "≥", "value": Decimal(90), "unit": "%"}


def test_flat_bullets_under_a_level_heading(tmp_path: Path) -> None:
    path = tmp_path / "r.md"
    path.write_text("# 某县水利局2024年度部门整体支出绩效自评报告\n## 二、绩效指标完成情况\n### （一）产出指标\n"
                    "- 河道清淤长度：权重10分，目标值≥20公里，实际完成21公里，得分10分\n"
                    "- 堤防加固长度：权重10分，目标值≥5公里，实际完成4公里，得分8分\n", encoding="utf-8")
    found = _by_name(read_any(path).evaluation)
    assert list(found) == ["河道清淤长度", "堤防加固长度"]
    assert found["堤防加固长度"]["level1"] == "产出指标" and found["堤防加固长度"]["stated_score"] == Decimal(8)


# C — the total in a conclusion: "满分100分，自评得分X分" / "自评结果为X分" ------------------------------


@pytest.mark.parametrize(("heading", "sentence", "total", "grade"), [
    ("四、自评结论", "满分100分，自评得分95.14分，自评结果为“良”。", "95.14", "良"),
    ("四、自评结果", "本项目满分100分，自评得分88.6分，评价等级为良好。", "88.6", "良"),
    ("（四）自评结果", "经综合评价，本单位自评结果为92.5分，等级为“优”。", "92.5", "优"),
    ("五、评价结论", "满分100分，自评得分76分，自评结果为中。", "76", "中"),
])
def test_conclusion_states_the_total_and_is_no_indicator(heading: str, sentence: str, total: str,
                                                         grade: str) -> None:
    text = (_UNIT_TITLE + "二、绩效指标完成情况\n"
            "1.老旧小区改造户数（20分）：目标值≥1200户，实际完成1260户，得20分。\n"
            "2.燃气管网更新长度（10分）：目标值≥45公里，实际完成38.5公里，得8.6分。\n"
            f"{heading}\n{sentence}\n")
    evaluation, warnings = _read(text)
    assert [i.name for i in evaluation.indicators] == ["老旧小区改造户数", "燃气管网更新长度"]
    assert evaluation.stated_total == Decimal(total)
    assert evaluation.stated_grade is not None and evaluation.stated_grade.value == grade
    assert "找不到综合得分" not in warnings


# D — last year's figures beside this year's --------------------------------------------------------


def test_this_years_budget_wins_over_last_years_stated_first() -> None:
    text = (_UNIT_TITLE + "一、预算执行情况\n"
            "2023年度年初预算3980万元，调整后预算4120万元，实际支出3640.02万元，上年执行率88.35%。\n"
            "2024年年初预算4410万元，调整后预算4580万元，全年实际支出4446.52万元，预算执行率为97.09%。\n"
            "二、绩效指标完成情况\n"
            "1.预算执行率（10分）：目标值≥95%，实际值97.09%，得9.71分（上年执行率为88.35%，得8.84分）。\n")
    evaluation, warnings = _read(text)
    budget = evaluation.budget
    assert (budget.initial, budget.adjusted, budget.executed) == (Decimal(4410), Decimal(4580), Decimal("4446.52"))
    assert budget.stated_execution_rate == Decimal("97.09")
    assert evaluation.indicators[0].stated_score == Decimal("9.71")
    assert not any("前后不一致" in w for w in warnings)


def test_last_year_clauses_after_this_years_figures_are_ignored() -> None:
    text = (_UNIT_TITLE + "一、预算执行情况\n"
            "本年度年初预算860万元，比上年增加60万元，全年预算900万元，去年执行率为91%，"
            "全年执行881.3万元，执行率97.92%。\n"
            "二、绩效指标完成情况\n"
            "1.预算执行率（10分）：目标值100%，实际97.92%，去年得9分，本年得分9.79分。\n")
    evaluation, _ = _read(text)
    assert evaluation.budget.initial == Decimal(860)
    assert evaluation.budget.stated_execution_rate == Decimal("97.92")
    assert evaluation.indicators[0].stated_score == Decimal("9.79")


def test_only_last_years_rate_is_kept_as_a_guess() -> None:
    text = _UNIT_TITLE + "一、预算执行情况\n年初预算500万元，全年执行490万元，上年执行率为90%。\n"
    evaluation, _ = _read(text)
    assert evaluation.budget.stated_execution_rate == Decimal(90)
    assert evaluation.provenance["budget.stated_execution_rate"].guessed


def test_budget_approved_in_the_previous_december_is_this_years() -> None:
    text = _UNIT_TITLE + "一、预算执行情况\n2023年12月区财政批复年初预算500万元，调整后预算520万元，实际支出510万元。\n"
    budget = _read(text)[0].budget
    assert (budget.initial, budget.adjusted, budget.executed) == (Decimal(500), Decimal(520), Decimal(510))


# E — word-only target and actual in a run-on clause ------------------------------------------------


@pytest.mark.parametrize(("line", "target", "actual"), [
    ("6、辖区环境整体改善：权重10分，目标明显改善，实际完成基本实现，本项评分8分。", "明显改善", "基本实现"),
    ("6.群众获得感（10分），目标为稳步提升，实际为显著提升，得10分。", "稳步提升", "显著提升"),
    ("6．市容秩序（分值10分。目标值明显改善。）实际完成基本实现，得8分。", "明显改善", "基本实现"),
    ("6、人居环境质量（10分）：年度目标持续向好，实际情况总体向好，得9分。", "持续向好", "总体向好"),
])
def test_word_target_and_actual_in_one_clause(line: str, target: str, actual: str) -> None:
    evaluation, _ = _read(_UNIT_TITLE + "二、绩效指标完成情况\n" + line + "\n")
    indicator = evaluation.indicators[0]
    assert indicator.target is not None and indicator.target.text == target
    assert indicator.actual is not None and indicator.actual.text == actual


def test_word_target_under_its_own_heading(tmp_path: Path) -> None:
    path = tmp_path / "r.md"
    path.write_text("# 某县水利局2024年度部门整体支出绩效自评报告\n## 二、绩效指标完成情况\n### 水生态环境\n"
                    "该指标分值10分，年度目标明显改善，实际完成基本实现，自评得8分。\n", encoding="utf-8")
    indicator = read_any(path).evaluation.indicators[0]
    assert indicator.target is not None and indicator.target.text == "明显改善"
    assert indicator.actual is not None and indicator.actual.text == "基本实现"


# F — negative percentages ---------------------------------------------------------------------------


@pytest.mark.parametrize("cell", ["-4.6%", "－4.6%", "−4.6%", "-4.6 %", "－4.6％"])
def test_signed_negative_actual(cell: str) -> None:
    assert parse_actual(cell) == {"value": Decimal("-4.6"), "unit": "%"}


def test_signed_negative_target_and_falls_stay_text() -> None:
    assert parse_target("≤-5%") == {"comparator": "≤", "value": Decimal(-5), "unit": "%"}
    assert parse_actual("下降4.6%") == {"text": "下降4.6%"}
    assert parse_actual("2023-2024年") == {"text": "2023-2024年"}


def test_negative_change_rate_in_a_table() -> None:
    text = (_UNIT_TITLE + "二、绩效指标完成情况\n"
            "一级指标\t二级指标\t三级指标\t分值\t评分标准\t指标值\t实际完成值\t得分\n"
            "投入\t预算配置\t“三公经费”变动率\t5\t≤0得满分\t≤0%\t－3.25%\t5\n"
            "产出\t数量指标\t培训人次\t10\t完成得满分\t≥100人次\t120人次\t10\n")
    rate = _read(text)[0].indicators[0]
    assert rate.actual is not None and rate.actual.value == Decimal("-3.25") and rate.actual.unit == "%"
    assert rate.target is not None and rate.target.comparator == "≤" and rate.target.value == Decimal(0)


# G — a project title without a unit in front -------------------------------------------------------


@pytest.mark.parametrize(("title", "project"), [
    ("义务教育薄弱环节改善项目2024年度绩效自评报告", "义务教育薄弱环节改善项目"),
    ("农村人居环境整治工程2024年度项目支出绩效自评报告", "农村人居环境整治工程"),
])
def test_title_naming_only_the_project(title: str, project: str) -> None:
    text = (title + "\n主管部门：某市某区教育体育局\n实施单位：某市某区第一中学\n"
            "一、项目基本情况\n本项目年初预算420万元，调整后预算438万元，实际支出430.6万元。\n")
    evaluation, _ = _read(text)
    assert evaluation.kind.value == "项目支出"
    assert evaluation.project is not None and evaluation.project.name == project
    assert evaluation.unit.name == "某市某区第一中学"
    assert evaluation.provenance["unit.name"].guessed


def test_title_with_unit_and_project_still_splits() -> None:
    text = "某县水利局河道治理项目2024年度绩效自评报告\n一、项目基本情况\n本项目年初预算100万元。\n"
    evaluation, _ = _read(text)
    assert evaluation.project is not None and evaluation.project.name == "河道治理项目"
    assert evaluation.unit.name == "某县水利局"


@pytest.mark.parametrize("line", [
    "1.改造户数（20分）：目标值≥1200户，上年完成1100户，本年实际完成1260户，得20分。",
    "1.改造户数（20分）：目标值≥1200户，去年实际完成1100户，今年实际完成1260户，同比增加160户，得20分。",
])
def test_actual_said_of_last_year_is_not_this_years(line: str) -> None:
    indicator = _read(_UNIT_TITLE + "二、绩效指标完成情况\n" + line + "\n")[0].indicators[0]
    assert indicator.actual is not None and indicator.actual.value == Decimal(1260)
    assert indicator.stated_score == Decimal(20)


def test_this_years_income_and_expenditure_totals_win() -> None:
    text = (_UNIT_TITLE + "一、预算执行情况\n2023年度收入总计1100万元，支出总计1050万元。"
            "2024年度收入总计1200万元，比上年增加100万元；支出总计1150万元，比上年增加100万元。\n")
    evaluation, warnings = _read(text)
    assert evaluation.budget.income_total == Decimal(1200)
    assert evaluation.budget.expenditure_total == Decimal(1150)
    assert not any("前后不一致" in w for w in warnings)


def test_clauses_with_keyed_weights_after_a_level_label() -> None:
    text = (_UNIT_TITLE + "二、绩效指标完成情况\n（一）产出指标\n"
            "1.数量指标：道路维修里程，分值15分，完成12公里，目标≥10公里，得15分；"
            "垃圾清运量，权重15分，完成3420吨，目标≥3600吨，扣1.5分。\n")
    found = _by_name(_read(text)[0])
    assert list(found) == ["道路维修里程", "垃圾清运量"]
    assert found["垃圾清运量"]["weight"] == Decimal(15) and found["垃圾清运量"]["stated_deduction"] == Decimal("1.5")
    assert found["垃圾清运量"]["actual"] == {"value": Decimal(3420), "unit": "吨"}
    assert found["道路维修里程"]["level1"] == "产出指标" and found["道路维修里程"]["level2"] == "数量指标"
