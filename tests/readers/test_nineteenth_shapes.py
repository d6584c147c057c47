"""Shapes of the nineteenth set (docs/reader-corpora/nineteenth.md: ordinary authored reports), each rebuilt from an
invented snippet of the same shape (invented units, names and figures)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from page_reading import by_name as _by_name
from page_reading import read_page as _read

# A. prose items scored with 权重 / 自评 in place of 分值 / 得分
_WEIGHTED_PROSE = """城北区水务局2024年河道保洁项目绩效自评报告
一、绩效指标完成情况
（一）产出指标
1.数量指标。河道保洁长度，年度指标值≥{target}公里，实际完成值{actual}公里，权重{weight}分，自评{score}分。
2.质量指标。保洁验收合格率，年度指标值≥95%，实际完成值97%，权重10分，自评10分。
（二）满意度指标
1.服务对象满意度指标。沿河居民满意度，年度指标值≥90%，实际完成值93%，权重10分，自评10分。
二、自评结论
本项目绩效自评总分96分，等级优。
"""


@pytest.mark.parametrize(("target", "actual", "weight", "score"),
                         [("60", "62", "20", "20"), ("45", "41.5", "15", "13.8")])
def test_prose_items_weighted_and_self_scored(target: str, actual: str, weight: str, score: str) -> None:
    found = _by_name(_read(_WEIGHTED_PROSE.format(target=target, actual=actual, weight=weight, score=score)))
    item = found["河道保洁长度"]
    assert (item.level1, item.level2) == ("产出指标", "数量指标")
    assert item.weight == Decimal(weight) and item.stated_score == Decimal(score)
    assert item.target is not None and item.target.value == Decimal(target)
    assert item.actual is not None and item.actual.value == Decimal(actual)
    assert found["沿河居民满意度"].stated_score == Decimal(10)


def test_self_evaluation_words_are_no_score() -> None:
    """"经自评，…" and "自评总分" stay whole-report words: no item is made of them."""
    text = "某镇2024年度整体支出绩效自评报告\n经自评，本单位自评总分95分，等级优。\n"
    assert _read(text).indicators == []


# B. the money block as "（一）资金执行（10分）：…实际支出X万元，执行率Y%，得Z分。"
_MONEY_HEAD = """江口县妇联2024年儿童关爱服务项目绩效自评报告
二、绩效指标完成情况
（一）{title}（10分）：项目资金全年预算40万元，实际支出{spent}万元，执行率{rate}%，得{score}分。
（二）产出指标（90分），自评得88分。
1.数量指标——关爱服务儿童人数：年度目标≥500人，全年实际512人，达成目标，得90分（满分90分）。
"""


@pytest.mark.parametrize(("title", "spent", "rate", "score"),
                         [("资金执行", "38.5", "96.25", "9.63"), ("预算执行情况", "40", "100", "10")])
def test_money_heading_with_amount_and_rate(title: str, spent: str, rate: str, score: str) -> None:
    found = _by_name(_read(_MONEY_HEAD.format(title=title, spent=spent, rate=rate, score=score)))
    money = found["预算执行率"]
    assert money.weight == Decimal(10) and money.stated_score == Decimal(score)
    assert money.actual is not None and (money.actual.value, money.actual.unit) == (Decimal(rate), "%")


def test_money_heading_with_two_rates_keeps_its_reading() -> None:
    """This year's and last year's rates in one item: which is the actual is unsaid, so no rate is chosen."""
    text = ("某中心2024年项目绩效自评报告\n"
            "（一）资金执行（10分）：实际支出38万元，执行率95%，上年执行率90%，得9.5分。\n"
            "（二）产出指标（90分）\n1.数量指标——服务人次：年度目标≥100人次，全年实际120人次，得90分（满分90分）。\n")
    found = _by_name(_read(text))
    assert "预算执行率" not in found


# C. a labelled reason after "得N分（满分M分）。"
def test_note_after_score_with_weight_in_brackets() -> None:
    text = ("某疾控中心2024年项目绩效自评报告\n（三）效益指标（20分），自评得17分。\n"
            "1.社会效益指标——疫点规范处置率：年度目标≥95%，全年实际90%，未达成目标，得17分（满分20分）。"
            "未达标原因：山区疫点路途较远。\n")
    item = _by_name(_read(text))["疫点规范处置率"]
    assert item.weight == Decimal(20) and item.stated_score == Decimal(17)
    assert item.deviation_note == "山区疫点路途较远"


# D. staff wordings: the total before the establishment; 编制 after a short subject
@pytest.mark.parametrize(("sentence", "establishment", "total"), [
    ("现有在编在岗人员37人，核定编制40个。", 40, 37),
    ("学校事业编制64人，现有在编教职工60人，退休教师8人。", 64, 60),
    ("全局编制21名，在职在编人员19名。", 21, 19),
])
def test_staff_sentences(sentence: str, establishment: int, total: int) -> None:
    unit = _read(f"某单位2024年度部门整体支出绩效自评报告\n一、部门概况\n{sentence}\n").unit
    assert (unit.staff_establishment, unit.staff_total) == (establishment, total)


@pytest.mark.parametrize("sentence", ["在职人员中事业编制12人，行政编制8人。", "超编制3人的问题已整改。"])
def test_no_establishment_from_parts_or_overstaffing(sentence: str) -> None:
    unit = _read(f"某单位2024年度部门整体支出绩效自评报告\n{sentence}\n").unit
    assert unit.staff_establishment is None


# E. one subordinate body named before its count of one
@pytest.mark.parametrize(("clause", "name"), [("下设县医疗保险服务中心1个事业单位", "县医疗保险服务中心"),
                                              ("下属城东水厂一个二级单位", "城东水厂")])
def test_one_subordinate_body(clause: str, name: str) -> None:
    text = f"某局2024年度部门整体支出绩效自评报告\n我局内设办公室、财务股2个股室，{clause}。\n"
    unit = _read(text).unit
    assert unit.subordinate_bodies == [name] and unit.subordinate_bodies_count == 1
    assert unit.internal_bodies == ["办公室", "财务股"]


def test_bare_subordinate_count_is_no_name() -> None:
    unit = _read("某局2024年度部门整体支出绩效自评报告\n我局下属单位1个。\n").unit
    assert unit.subordinate_bodies == [] and unit.subordinate_bodies_count == 1
