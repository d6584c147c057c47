"""Shapes of the sixteenth set (docs/reader-corpora/sixteenth.md: ordinary authored reports in the plain styles a
unit's finance staff writes), each rebuilt from an invented snippet of the same shape (invented units, names and
figures)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from corpus import errors as _errors
from page_reading import by_name as _by_name
from page_reading import read_page as _read

# C. a bold block title holding only a name and its weight, over a table: the block's title, never an indicator
_TITLED_FORM = """# 项目支出绩效自评表（2023年度）

**{money}（{weight}分）**

| 年度资金（万元） | 年初预算 | 调整后预算 | 执行数 | 执行率 | 分值 | 得分 |
| --- | --- | --- | --- | --- | --- | --- |
| 资金总额 | 40.00 | 50.00 | 48.00 | 96.00% | {weight} | 9.6 |

**绩效指标（90分）**

| 一级指标 | 二级指标 | 三级指标 | 指标值 | 完成值 | 分值 | 得分 |
| --- | --- | --- | --- | --- | --- | --- |
| 产出指标 | 数量指标 | 维修水渠长度 | ≥12公里 | 12.5公里 | 50 | 50 |
| 效益指标 | 社会效益指标 | 受益农户数 | ≥300户 | 280户 | 40 | 36 |

**评价结论：** 本项目自评得分95.6分，评价等级：优。

填报人：某某
"""


@pytest.mark.parametrize(("money", "weight"), [("预算执行情况", 10), ("资金执行", 10), ("项目资金使用情况", 10)])
def test_a_bold_block_title_over_a_table_is_no_indicator(money: str, weight: int) -> None:
    evaluation = _read(_TITLED_FORM.format(money=money, weight=weight))
    assert sorted(_by_name(evaluation)) == ["受益农户数", "维修水渠长度", "预算执行率"]
    assert evaluation.stated_total == Decimal("95.6")
    errors = _errors(evaluation)
    assert not {"TOTAL_MISMATCH", "WEIGHTS_NOT_100", "SCORE_OVER_WEIGHT"} & set(errors)


def test_an_indicator_s_narrative_stops_before_the_report_s_verdict() -> None:
    text = ("一、绩效指标完成情况\n（一）群众满意度（10分）\n调查满意度为93%。\n"
            "评价结论：项目自评得分92分，评价等级为优。\n")
    evaluation = _read(text, "report.txt")
    survey = _by_name(evaluation).get("群众满意度")
    assert survey is None or survey.stated_score is None
    assert evaluation.stated_total == Decimal("92")


# A. indicators as list items, the level and the weight in one bracket after a bold name
_BULLETS = """# 某县2023年度道路养护项目绩效自评报告

## 一、资金使用情况

- 年初预算：120.00万元
- 调整后预算：110.00万元
- 实际支出：104.50万元
- 执行率：95.00%（得分9.5分，满分10分）

## 二、绩效指标完成情况

### 产出指标（50分）

{mark}**养护道路里程**（数量指标，{w1}）：目标 ≥40公里，完成 42公里，得 25 分。
{mark}**养护质量达标率**（{w2}质量指标）：目标 ≥95%，完成 93%，得 22 分。偏差原因：雨季影响部分路段返修。

### 效益指标（40分）

{mark}**群众出行条件**（社会效益指标，40分）：目标 明显改善，完成 有所改善，得 36 分。

## 三、评价结论

本项目自评总分92.5分，评价等级：优。
"""


@pytest.mark.parametrize("mark", ["- ", "* ", "+ ", "• ", ""])
@pytest.mark.parametrize(("w1", "w2"), [("25分", "25分，"), ("分值25分", "权重25分、")])
def test_bullet_indicators_with_level_and_weight_in_a_bracket(mark: str, w1: str, w2: str) -> None:
    evaluation = _read(_BULLETS.format(mark=mark, w1=w1, w2=w2))
    rows = _by_name(evaluation)
    assert sorted(rows) == ["养护质量达标率", "养护道路里程", "群众出行条件", "预算执行率"]
    road = rows["养护道路里程"]
    assert (road.level1, road.level2, road.weight, road.stated_score) == ("产出指标", "数量指标", 25, 25)
    assert road.target is not None and (road.target.comparator.value, road.target.value, road.target.unit) == (
        "≥", 40, "公里")
    assert road.actual is not None and (road.actual.value, road.actual.unit) == (42, "公里")
    quality = rows["养护质量达标率"]
    assert (quality.level2, quality.weight, quality.stated_score) == ("质量指标", 25, 22)
    assert quality.actual is not None and quality.actual.value == 93
    assert quality.deviation_note == "雨季影响部分路段返修"
    trips = rows["群众出行条件"]
    assert (trips.level1, trips.level2, trips.weight) == ("效益指标", "社会效益指标", 40)
    assert trips.target is not None and trips.target.text == "明显改善"
    assert trips.actual is not None and trips.actual.text == "有所改善"
    execution = rows["预算执行率"]
    assert (execution.weight, execution.stated_score) == (10, Decimal("9.5"))
    assert execution.actual is not None and execution.actual.value == 95
    assert evaluation.stated_block_weights == {"产出指标": 50, "效益指标": 40}


def test_a_bracket_of_a_plain_remark_is_no_level() -> None:
    text = "### 产出指标（50分）\n\n- **道路里程**（含村道，25分）：目标 ≥40公里，完成 42公里，得 25 分。\n"
    evaluation = _read(text)
    assert all(i.level2 != "含村道" for i in evaluation.indicators)


# B. "名称目标值≥X，实际完成Y，该指标分值w分，得s分。原因句。" after a level label
_CHAINED = """二、绩效目标完成情况
（一）预算执行。资金执行率93.50%，分值10分，得9.35分。
（二）产出指标（60分）。
1.数量指标：修缮校舍面积目标值≥1,200平方米，实际完成1,150平方米，该指标分值30分，得28.75分。两处校舍因产权未定暂缓。
2.时效指标：开工时间年度目标为2023年5月底前，实际2023年6月，该指标分值30分，得27分。
（三）效益指标（30分）。
1.可持续影响指标：校舍管护制度目标为健全完善，实际已健全，该指标分值30分，得30分。
"""


def test_names_stop_at_their_target_label_and_notes_follow_the_score() -> None:
    rows = _by_name(_read(_CHAINED, "report.txt"))
    assert set(rows) == {"开工时间", "校舍管护制度", "修缮校舍面积", "资金执行率"}
    area = rows["修缮校舍面积"]
    assert area.target is not None and (area.target.comparator.value, area.target.value, area.target.unit) == (
        "≥", 1200, "平方米")
    assert area.actual is not None and area.actual.value == 1150
    assert (area.level2, area.weight, area.stated_score) == ("数量指标", 30, Decimal("28.75"))
    assert area.deviation_note == "两处校舍因产权未定暂缓"
    start = rows["开工时间"]
    assert start.target is not None and start.target.text == "2023年5月底前"
    assert start.deviation_note is None  # nothing said after the score
    care = rows["校舍管护制度"]
    assert care.target is not None and care.target.text == "健全完善"
    assert care.actual is not None and care.actual.text == "已健全"
    execution = rows["资金执行率"]  # its name as stated, not "资金执行率93.50%"
    assert execution.actual is not None and (execution.actual.value, execution.stated_score) == (
        Decimal("93.50"), Decimal("9.35"))


def test_a_name_holding_target_words_is_kept_whole() -> None:
    rows = _by_name(_read("1.数量指标：绩效目标值设定合理性（10分），得10分。\n", "report.txt"))
    assert "绩效目标值设定合理性" in rows


_UNIT_TITLE = "某单位2023年度部门整体支出绩效自评报告\n"


# D, F. staff stated by the kind of 编制; a budget table whose executed column is headed 全年支出数
@pytest.mark.parametrize(("sentence", "establishment", "total"), [
    ("全院现有政法专项编制64名，实有在编干警61人；另有聘用人员20人。", 64, 61),
    ("事业编制23名，现有在职职工21人，退休人员6人。", 23, 21),
    ("本单位核定行政编制15名，实有在编人员14人。", 15, 14),
])
def test_establishment_named_by_its_kind(sentence: str, establishment: int, total: int) -> None:
    unit = _read(_UNIT_TITLE + "一、基本情况\n（二）人员情况。" + sentence + "\n", "report.txt").unit
    assert (unit.staff_establishment, unit.staff_total) == (establishment, total)


def test_a_kind_of_编制_after_其中_is_a_part_not_the_establishment() -> None:
    unit = _read(_UNIT_TITLE + "一、基本情况\n在职人员42人，其中行政编制35人、事业编制7人。\n", "report.txt").unit
    assert unit.staff_establishment is None and unit.staff_total == 42


def test_a_budget_table_headed_全年支出数() -> None:
    text = (_UNIT_TITLE + "\n表1  2023年度预算执行情况（单位：万元）\n\n"
            "| 支出类别 | 年初预算数 | 全年预算数 | 全年支出数 | 预算执行率 |\n"
            "| --- | --- | --- | --- | --- |\n| 基本支出 | 800.00 | 900.00 | 880.00 | 97.78% |\n"
            "| 项目支出 | 200.00 | 250.00 | 230.00 | 92.00% |\n| 合计 | 1000.00 | 1150.00 | 1110.00 | 96.52% |\n")
    budget = _read(text).budget
    assert (budget.initial, budget.adjusted, budget.executed) == (1000, 1150, 1110)


# E. budget sentences with less usual verbs
@pytest.mark.parametrize(("sentence", "adjusted", "executed"), [
    ("本项目年初预算安排300.00万元，年中调减至280.00万元，全年执行266.00万元。", 280, 266),
    ("年初预算300.00万元，年内调增为320.00万元，实际支出310.00万元。", 320, 310),
    ("全年预算数（调整后）为486.73万元，全年支出470.00万元。", Decimal("486.73"), 470),
])
def test_adjusted_budget_by_its_verb(sentence: str, adjusted: Decimal, executed: Decimal) -> None:
    budget = _read("某县2022年度项目支出绩效自评报告\n一、资金情况\n" + sentence + "\n", "report.txt").budget
    assert (budget.adjusted, budget.executed) == (adjusted, executed)


# H. fund sources listed in a bracket after the budget; the sentence's later executed amount is the budget's
@pytest.mark.parametrize(("sources", "rows"), [
    ("（其中中央资金1,200.00万元、省级资金500.00万元、县级配套300.00万元）",
     [("中央资金", 1200), ("省级资金", 500), ("县级配套", 300)]),
    ("（其中：上级补助资金1500.00万元，本级财政资金500.00万元）", [("上级补助资金", 1500), ("本级财政资金", 500)]),
])
def test_fund_sources_in_a_bracket_are_fund_rows(sources: str, rows: list[tuple[str, int]]) -> None:
    text = ("某县2021年度项目支出绩效自评报告\n一、项目概况\n（二）资金安排。项目全年预算资金2,000.00万元" + sources
            + "，截至2021年12月31日实际支出1,850.00万元，预算执行率92.50%。\n")
    budget = _read(text, "report.txt").budget
    assert (budget.adjusted, budget.executed, budget.stated_execution_rate) == (2000, 1850, Decimal("92.5"))
    assert [(row.name, row.adjusted) for row in budget.fund_rows] == rows


def test_an_amount_after_an_open_其中_is_still_a_part() -> None:
    text = ("某县2021年度项目支出绩效自评报告\n一、资金情况\n全年预算资金800.00万元，其中，道路维修经费实际支出"
            "120.00万元。\n")
    assert _read(text, "report.txt").budget.executed is None


# G. a bracket-numbered title with its weight over numbered items whose weights add up to it: a 一级 block
_BLOCKS = """某镇2023年度部门整体支出绩效自评报告
一、绩效目标完成情况
{head}
1.预算执行率（{w1}分）。全年预算执行率95.00%，得9.5分。
2.公用经费控制率（5分）。年度目标≤100%，实际完成90%，得5分。
（二）产出指标（80分）
3.道路养护里程（80分）。年度目标≥20公里，实际完成21公里，得80分。
"""


@pytest.mark.parametrize("head", ["（一）预算执行情况（15分）", "（一）资金管理与使用（15分）"])
def test_a_weighted_title_over_items_adding_up_to_it_is_a_block(head: str) -> None:
    evaluation = _read(_BLOCKS.format(head=head, w1=10), "report.txt")
    name = head[3: head.index("（", 3)]
    levels = {i.name: i.level1 for i in evaluation.indicators}
    assert levels == {"预算执行率": name, "公用经费控制率": name, "道路养护里程": "产出指标"}
    assert evaluation.stated_block_weights[name] == 15


def test_a_weighted_title_whose_items_do_not_add_up_is_no_block() -> None:
    evaluation = _read(_BLOCKS.format(head="（一）预算执行情况（20分）", w1=10), "report.txt")
    assert "预算执行情况" not in evaluation.stated_block_weights
    assert all(i.level1 != "预算执行情况" for i in evaluation.indicators)


# I. a year that opens the project's name where the body states it; a labelled name ends at its full stop
@pytest.mark.parametrize(("body", "name"), [
    ("（一）项目基本情况。2021年农村饮水安全巩固提升项目由某县水利局主管，某县供水站具体实施。",
     "2021年农村饮水安全巩固提升项目"),
    ("（一）项目基本情况。为做好2021年农村饮水安全巩固提升项目管理，某县水利局成立专班。", "农村饮水安全巩固提升项目"),
])
def test_a_year_led_project_name_in_the_body(body: str, name: str) -> None:
    text = "某县2021年农村饮水安全巩固提升项目支出绩效自评报告\n一、项目概况\n" + body + "\n"
    assert _read(text, "report.txt").project.name == name


def test_a_labelled_unit_ends_at_the_full_stop() -> None:
    text = ("某县2023年度中医药服务能力提升项目绩效自评报告\n一、项目概况\n"
            "项目主管部门：某县卫生健康委员会；项目实施单位：某县人民医院。项目主要用于设备购置和人员培训。\n")
    project = _read(text, "report.txt").project
    assert project.implementing_unit == "某县人民医院"
