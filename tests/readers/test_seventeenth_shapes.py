"""Shapes of the seventeenth set (docs/reader-corpora/seventeenth.md: ordinary authored reports in prose and table
styles), each rebuilt from an invented snippet of the same shape (invented units, names and figures)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from corpus import errors as _errors
from page_reading import by_name as _by_name
from page_reading import read_page as _read

# B. the money block's score, then the sum of the other named blocks, then the whole's total
_BLOCK_SUM = """# 2023年度城乡困难群众救助资金项目绩效自评报告

## 一、自评结论

{money}率{rate}%，分值10分，得{score}分。{blocks}合计得分{part}分。项目自评总分**{total}分**，等级为**优**。

## 二、绩效指标完成情况

| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |
| --- | --- | --- | --- | --- | --- | --- |
| 产出指标 | 数量指标 | 救助人数 | ≥4000人 | 4120人 | 50 | {part_a} |
| 效益指标 | 社会效益指标 | 救助对象覆盖率 | ≥98% | 99% | 30 | 30 |
| 满意度指标 | 服务对象满意度指标 | 救助对象满意度 | ≥90% | 95% | 10 | 10 |
"""


@pytest.mark.parametrize(("money", "blocks", "rate", "score", "part_a"), [
    ("预算执行", "产出、效益、满意度指标", "100.00", "10", "49.5"),
    ("资金执行", "产出指标、效益指标、满意度指标", "95.00", "9.5", "48"),
])
def test_a_sum_over_named_blocks_is_no_total_nor_indicator(
        money: str, blocks: str, rate: str, score: str, part_a: str) -> None:
    part = Decimal(part_a) + 40
    total = part + Decimal(score)
    evaluation = _read(_BLOCK_SUM.format(money=money, blocks=blocks, rate=rate, score=score, part=part,
                                         total=total, part_a=part_a))
    assert evaluation.stated_total == total
    assert sorted(_by_name(evaluation)) == ["救助人数", "救助对象满意度", "救助对象覆盖率", "预算执行率"]
    money_item = _by_name(evaluation)["预算执行率"]
    assert (money_item.weight, money_item.stated_score, money_item.actual.value) == (10, Decimal(score), Decimal(rate))
    assert not _errors(evaluation)


def test_a_sum_over_every_indicator_is_the_total() -> None:
    text = "# 2023年度某项目绩效自评报告\n\n本项目各项指标合计得分88.5分，评价等级为良。\n"
    assert _read(text).stated_total == Decimal("88.5")


# C. a labelled reason right after a prose item's score: the item's deviation note, without its label
_PROSE_ITEM = """# 2023年度群众文化活动项目绩效自评报告

## 三、绩效指标完成情况

（二）产出指标（分值40分）

数量指标：{name}，目标值≥80期，实际完成72期，分值10分，{scored}。{label}：{reason}。

质量指标：展览合格率，目标值100%，实际完成100%，分值30分，得30分。
"""


@pytest.mark.parametrize("label", ["偏差原因", "扣分原因", "未完成原因"])
@pytest.mark.parametrize(("scored", "reason"), [
    ("得9分", "受场馆改造影响，二季度暂停培训一个月"),
    ("得分9分", "培训教室维修，少办8期"),
])
def test_a_labelled_reason_after_the_score_is_the_note(label: str, scored: str, reason: str) -> None:
    item = _by_name(_read(_PROSE_ITEM.format(name="公益讲座期数", scored=scored, label=label, reason=reason)))
    assert item["公益讲座期数"].stated_score == 9
    assert item["公益讲座期数"].deviation_note == reason
    assert item["展览合格率"].deviation_note is None


# A. the money block as a prose paragraph under its own heading with its weight: the indicator 预算执行率
_MONEY_PARAGRAPH = """# 2023年度某街道办事处部门整体支出绩效自评报告

## 三、绩效指标完成情况

{head}（分值{weight}分）{sep}{rate_words}{rate}%，{scored}{score}分。

（二）产出指标（分值40分）

数量指标：道路保洁面积，目标值≥30万平方米，实际完成31万平方米，分值40分，得40分。
"""


@pytest.mark.parametrize(("head", "sep", "rate_words"), [
    ("（一）预算执行情况", "。", "全年预算执行率"),
    ("（一）预算执行", "：", "预算执行率"),
    ("一、资金使用情况", "。", "资金执行率为"),
])
@pytest.mark.parametrize(("weight", "rate", "scored", "score"), [
    ("10", "96.75", "该项得", "9.68"), ("20", "88.40", "得", "17.68"),
])
def test_a_money_paragraph_under_its_heading_is_the_execution_rate(
        head: str, sep: str, rate_words: str, weight: str, rate: str, scored: str, score: str) -> None:
    text = _MONEY_PARAGRAPH.format(head=head, sep=sep, rate_words=rate_words, rate=rate, weight=weight,
                                   scored=scored, score=score)
    items = _by_name(_read(text))
    assert sorted(items) == ["道路保洁面积", "预算执行率"]
    money = items["预算执行率"]
    assert (money.weight, money.stated_score) == (Decimal(weight), Decimal(score))
    assert (money.actual.value, money.actual.unit) == (Decimal(rate), "%")


def test_a_money_titled_item_with_another_actual_keeps_its_name() -> None:
    text = _MONEY_PARAGRAPH.format(head="（一）资金使用情况", sep="。", rate_words="资金到位率", rate="100",
                                   weight="10", scored="得", score="10")
    assert "预算执行率" not in _by_name(_read(text))


# D. the staff's parts in brackets after the staff total
_STAFF = ("# 2023年度某镇人民政府部门整体支出绩效自评报告\n\n## 一、基本情况\n\n"
          "全镇核定编制50名，{staff}，另有退休人员9人。\n")


@pytest.mark.parametrize(("staff", "total", "parts"), [
    ("年末实有在职人员43人（其中行政人员26人、事业人员17人）", 43, [("行政人员", 26), ("事业人员", 17)]),
    ("实有人员38人(包括公务员30人、工勤人员8人)", 38, [("公务员", 30), ("工勤人员", 8)]),
    ("在职职工45人（行政编制20人、事业编制25人）", 45, [("行政编制", 20), ("事业编制", 25)]),
    ("在职职工45人（比上年增加2人）", 45, []),
    ("在职职工45人（行政编制20人、事业编制23人）", 45, []),  # bare brackets that do not sum: not parts
])
def test_staff_parts_in_brackets(staff: str, total: int, parts: list[tuple[str, int]]) -> None:
    unit = _read(_STAFF.format(staff=staff)).unit
    assert unit.staff_establishment == 50
    assert [(p.name, p.count) for p in unit.staff_parts] == parts
    assert unit.staff_total == total


# F. a list of subordinate bodies after "下属二级单位有…": the names without the words leading them
@pytest.mark.parametrize("lead", ["下属二级单位有", "下属预算单位包括", "直属事业单位有", "所属基层单位"])
def test_subordinate_list_after_a_qualified_body_word(lead: str) -> None:
    text = (f"# 2023年度某县卫生健康局部门整体支出绩效自评报告\n\n## 一、基本情况\n\n"
            f"局机关内设办公室、规划财务股2个股室，{lead}县第一医院、县妇幼保健院、县急救中心3个。\n")
    unit = _read(text).unit
    assert unit.internal_bodies == ["办公室", "规划财务股"]
    assert (unit.subordinate_bodies, unit.subordinate_bodies_count) == (["县第一医院", "县妇幼保健院", "县急救中心"], 3)


# E. income and spending side by side in one table, the totals at the bottom
_HALVES = """# 2023年度某县中心医院部门整体支出绩效自评报告

## 二、收支情况

| 收入项目 | {amount} | 支出项目 | {amount} |
| --- | --- | --- | --- |
| 财政拨款收入 | {a} | 基本支出 | {d} |
| 事业收入 | {b} | 项目支出 | {e} |
| 其他收入 | {c} | | |
| 收入合计 | {income} | 支出合计 | {spent} |
"""


@pytest.mark.parametrize(("amount", "scale"), [("金额", 1), ("金额（万元）", 1), ("决算数（元）", 10000)])
def test_side_by_side_income_and_spending_rows_are_items(amount: str, scale: int) -> None:
    wan = {"a": Decimal("1862.40"), "b": Decimal("26415.27"), "c": Decimal("508.85"),
           "d": Decimal("25240.61"), "e": Decimal("2886.22")}
    figures = {k: f"{v * scale:,.2f}" for k, v in wan.items()}
    income, spent = wan["a"] + wan["b"] + wan["c"], wan["d"] + wan["e"]
    evaluation = _read(_HALVES.format(amount=amount, income=f"{income * scale:,.2f}", spent=f"{spent * scale:,.2f}",
                                      **figures))
    budget = evaluation.budget
    assert (budget.income_total, budget.expenditure_total) == (income, spent)
    assert [(i.name, i.amount) for i in budget.income_items] == [
        ("财政拨款收入", wan["a"]), ("事业收入", wan["b"]), ("其他收入", wan["c"])]
    assert [(i.name, i.amount) for i in budget.expenditure_items] == [("基本支出", wan["d"]), ("项目支出", wan["e"])]
    assert not _errors(evaluation)
