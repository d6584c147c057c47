"""Checks of the form and its words real reports need: staff against establishment and retirees, counts
against names, block weights against the form's rule, template leftovers, comparators in actuals,
mixed units, repeated numbering, figures stated twice. Each: a case that fires and one that must not."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from jixiao.checks import Severity
from jixiao.model import (
    Actual,
    Budget,
    Comparator,
    Evaluation,
    Indicator,
    NamedAmount,
    Reading,
    ReadingNotes,
    Sections,
    SourceRef,
    StaffPart,
    Target,
    Unit,
)


def staff(total: int, *parts: tuple[str, int], establishment: int | None = None) -> Evaluation:
    return Evaluation(year=2024, unit=Unit(name="某某街道办事处", staff_total=total, staff_establishment=establishment,
                                           staff_parts=[StaffPart(name=n, count=c) for n, c in parts]))


# -- STAFF_OVER_ESTABLISHMENT / RETIREES_IN_STAFF ------------------------------------------------------

def test_staff_over_establishment(found):
    [f] = found(staff(58, establishment=52), "STAFF_OVER_ESTABLISHMENT")
    assert f.severity is Severity.WARNING
    assert f.message == "实有人数 58 人超过编制数 52 人（超 6 人），未见说明"


def test_staff_within_establishment(found, example):
    assert found(staff(50, establishment=52), "STAFF_OVER_ESTABLISHMENT") == []
    assert found(example, "STAFF_OVER_ESTABLISHMENT") == []


def test_retirees_counted_in_the_staff_total(found):
    evaluation = staff(75, ("在职人员", 60), ("退休人员", 15))
    [f] = found(evaluation, "RETIREES_IN_STAFF")
    assert f.message == "人员总数 75 人含离退休人员（退休人员 15 人），在职人员应为 60 人"


def test_retirees_listed_beside_the_staff(found):
    evaluation = staff(60, ("行政编制", 35), ("事业编制", 25), ("退休人员", 15))
    assert found(evaluation, "RETIREES_IN_STAFF") == []
    assert found(evaluation, "STAFF_SUM_MISMATCH") == []  # the parts without retirees make the total


# -- COUNT_MISMATCH ------------------------------------------------------------------------------------

def test_count_against_names(found):
    names = ["办公室", "财务股", "业务股", "法规股", "综合股", "信息股"]
    evaluation = Evaluation(year=2024, unit=Unit(internal_bodies=names, internal_bodies_count=5))
    [f] = found(evaluation, "COUNT_MISMATCH")
    assert f.message == "内设机构写明 5 个，列出的名称有 6 个（办公室、财务股、业务股、法规股、综合股、信息股）"


def test_a_list_ending_in_deng_is_never_flagged(found, example):
    evaluation = Evaluation(year=2024, unit=Unit(internal_bodies=["办公室", "财务股"], internal_bodies_count=5))
    evaluation.provenance["unit.internal_bodies"] = SourceRef(location="第5行", text="设办公室、财务股等5个股室",
                                                              complete=False)
    assert found(evaluation, "COUNT_MISMATCH") == []
    example.unit.internal_bodies_count = 5
    assert found(example, "COUNT_MISMATCH") == []


# -- BLOCK_WEIGHTS_VS_RULE ---------------------------------------------------------------------------------

def blocks(**weights: str) -> Evaluation:
    rows = [("产出指标", "20"), ("产出指标", "20"), ("产出指标", "20"), ("效益指标", "20"), ("满意度指标", "10"),
            ("预算执行", "10")]
    return Evaluation(year=2024, stated_block_weights={k: D(v) for k, v in weights.items()},
                      indicators=[Indicator(name=f"指标{i}", level1=l1, weight=D(w)) for i, (l1, w) in enumerate(rows)])


def test_rows_against_the_printed_block_weight(found):
    [f1, f2] = found(blocks(产出指标="50", 效益指标="30", 满意度指标="10"), "BLOCK_WEIGHTS_VS_RULE")
    assert f1.severity is Severity.ERROR
    assert f1.message == "一级指标“产出指标”：表中写明 50 分，其下各指标分值合计 60 分（差 10 分）"
    assert f2.message == "一级指标“效益指标”：表中写明 30 分，其下各指标分值合计 20 分（差 10 分）"


def test_blocks_above_the_full_mark(found):
    evaluation = blocks(产出="60", 效益="20", 满意度="10", 预算执行="20")
    evaluation.full_mark = D(100)
    messages = [f.message for f in found(evaluation, "BLOCK_WEIGHTS_VS_RULE")]
    assert messages == ["一级指标“预算执行”：表中写明 20 分，其下各指标分值合计 10 分（差 10 分）",
                        "各一级指标分值合计 110 分，超过总分 100 分"
                        "（产出 60 分、效益 20 分、满意度 10 分、预算执行 20 分）"]


def test_blocks_matching_their_rows(found, example):
    assert found(blocks(产出="60", 效益="20", 满意度="10", 预算执行="10"), "BLOCK_WEIGHTS_VS_RULE") == []
    assert found(example, "BLOCK_WEIGHTS_VS_RULE") == []


# -- TEMPLATE_LEFT -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["年度指标值≥**%", "（单位名称）2024年度自评", "XX镇完成", "××项目", "【待补充】",
                                  "请结合自评情况，说明项目实施取得的主要成效。（200字以内）",
                                  "完成**个"])
def test_placeholders_left(found, text):
    evaluation = Evaluation(year=2024, sections=Sections(work=f"本年度{text}，工作顺利。"))
    [f] = found(evaluation, "TEMPLATE_LEFT")
    assert f.message.startswith("报告留有模板文字或空白必填项：工作开展情况“") or "工作" in f.message


def test_blank_required_cells_from_the_reader(found):
    evaluation = Evaluation(year=2024)
    evaluation.reading = ReadingNotes(blank_cells=[SourceRef(location="表1第4行第2列", text="实施单位")])
    [f] = found(evaluation, "TEMPLATE_LEFT")
    assert f.message == "报告留有模板文字或空白必填项：表1第4行第2列“实施单位”未填"


def test_ordinary_text_is_no_template(found, example):
    assert found(example, "TEMPLATE_LEFT") == []
    evaluation = Evaluation(year=2024, sections=Sections(work="完成XL型设备改造3×4台，全年合计20台。"))
    assert found(evaluation, "TEMPLATE_LEFT") == []


# -- COMPARATOR_IN_ACTUAL ---------------------------------------------------------------------------------------

def test_actual_with_a_comparator(found):
    ind = Indicator(name="验收合格率", weight=D(10), stated_score=D(10), target=Target(value=D(95), unit="%"),
                    actual=Actual(value=D(95), unit="%", comparator=Comparator.GE))
    [f] = found(Evaluation(year=2024, indicators=[ind]), "COMPARATOR_IN_ACTUAL")
    assert f.message == "指标1“验收合格率”：实际完成值写作“≥95%”，带比较符，与年度指标值 ≥95% 相同，疑为照抄年度指标值"


def test_actual_text_with_a_comparator(found, example):
    example.indicators[2].actual = Actual(text="≥98%")
    assert [f.code for f in found(example, "COMPARATOR_IN_ACTUAL")] == ["COMPARATOR_IN_ACTUAL"]


def test_plain_actuals(found, example):
    assert found(example, "COMPARATOR_IN_ACTUAL") == []


# -- MIXED_UNITS ---------------------------------------------------------------------------------------------------

def test_target_and_actual_in_different_units(found):
    ind = Indicator(name="购置设备数量", weight=D(10), stated_score=D(10), target=Target(value=D(20), unit="个"),
                    actual=Actual(value=D(20), unit="套"))
    [f] = found(Evaluation(year=2024, indicators=[ind]), "MIXED_UNITS")
    assert f.message == "指标1“购置设备数量”：年度指标值 ≥20个 与实际完成值 20套 计量单位不同（个 / 套），不能直接比较"


def test_amounts_in_yuan_beside_amounts_in_wan(found):
    evaluation = Evaluation(year=2024, budget=Budget(initial=D(3200000), adjusted=D("356.40"), executed=D("341.15")))
    [f] = found(evaluation, "MIXED_UNITS")
    assert f.message == "年初预算数 3,200,000.00万元 与全年预算数 356.40万元 相差约 8979 倍，疑为元与万元混用"


def test_one_unit_throughout(found, example):
    assert found(example, "MIXED_UNITS") == []
    example.budget.income_items.append(NamedAmount(name="其他收入", amount=D("0.3")))  # small, not mixed
    assert found(example, "MIXED_UNITS") == []


# -- NUMBERING_REPEAT -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "marker"), [
    ("一是加强学习；二是完善制度；二是强化监督。", "二是"),
    ("（1）制定方案。（2）组织实施。（2）总结验收。", "（2）"),
    ("1.加强预算管理；\n2.规范资产管理；\n2.完善绩效目标。", "2."),
])
def test_a_number_used_twice(found, text, marker):
    evaluation = Evaluation(year=2024, sections=Sections(measures=text))
    [f] = found(evaluation, "NUMBERING_REPEAT")
    assert f.message.startswith(f"改进措施中编号“{marker}”连续出现两次")


def test_numbering_in_order_or_restarting(found, example):
    assert found(example, "NUMBERING_REPEAT") == []
    evaluation = Evaluation(year=2024, sections=Sections(
        measures="一是加强学习；二是完善制度。（1）制定方案；（2）组织实施。1.5万元用于培训，统一是原则。"
                 "（1）新的一组；（2）第二项。"))
    assert found(evaluation, "NUMBERING_REPEAT") == []


def _numbered(*rows: tuple[int, str, str]) -> Evaluation:
    return Evaluation(year=2024, indicators=[
        Indicator(number=n, level1=level1, level2=level2, name=f"甲指标{k}", weight=D(10))
        for k, (n, level1, level2) in enumerate(rows)])


def test_indicator_numbers_restarting_in_some_blocks_only(found):
    """产出 1–3 and 效益 4–5 counted on, 满意度 from 1 again; or each 二级 block of one 一级 from 1: a block that
    opens on 1 starts a list of its own, no number used twice (each was counted as one list: "编号 1 用了 2 次")."""
    counted_on = _numbered((1, "产出指标", "数量指标"), (2, "产出指标", "数量指标"), (3, "产出指标", "质量指标"),
                           (4, "效益指标", "社会效益指标"), (5, "效益指标", "社会效益指标"),
                           (1, "满意度指标", "服务对象满意度指标"), (2, "满意度指标", "服务对象满意度指标"))
    assert found(counted_on, "NUMBERING_REPEAT") == []
    by_level2 = _numbered((1, "产出指标", "数量指标"), (2, "产出指标", "数量指标"), (1, "产出指标", "质量指标"),
                          (2, "产出指标", "质量指标"))
    assert found(by_level2, "NUMBERING_REPEAT") == []
    twice = _numbered((1, "产出指标", "数量指标"), (2, "产出指标", "数量指标"), (2, "产出指标", "数量指标"),
                      (1, "效益指标", "社会效益指标"))
    [f] = found(twice, "NUMBERING_REPEAT")
    assert f.message == "指标编号 2 用了 2 次：“甲指标1”、“甲指标2”"


# -- TEXT_TABLE_MISMATCH ----------------------------------------------------------------------------------------------

def test_total_in_text_and_table_differ(found, example):
    example.provenance["stated_total"] = SourceRef(location="第50行", text="综合得分93.19分")
    example.alternatives["stated_total"] = [Reading(value="95.19", source=SourceRef(location="表1第14行第7列",
                                                                                    text="95.19"))]
    [f] = found(example, "TEXT_TABLE_MISMATCH")
    assert f.severity is Severity.ERROR
    assert f.message == "综合得分：正文（第50行）为 93.19，表格（表1第14行第7列）为 95.19"


def test_grade_stated_twice(found, example):
    example.alternatives["stated_grade"] = [Reading(value="良", source=SourceRef(location="表1第15行第2列", text="良"))]
    [f] = found(example, "TEXT_TABLE_MISMATCH")
    assert "为 优" in f.message and "表格（表1第15行第2列）为 良" in f.message


def test_a_guessed_other_reading_is_only_a_warning(found, example):
    example.alternatives["budget.executed"] = [Reading(value="7639.91", source=SourceRef(
        location="表2第3行第4列", text="76399.1", guessed=True))]
    [f] = found(example, "TEXT_TABLE_MISMATCH")
    assert f.severity is Severity.WARNING and f.message.startswith("请人工核对：全年执行数")


@pytest.mark.parametrize(("path", "other"), [
    ("stated_total", "93.19"),  # the same figure
    ("stated_total", "100"),  # 总分100分: the full mark
    ("budget.executed", "76939100"),  # the same amount in 元
    ("stated_grade", "优秀"),  # the same grade
    ("unit.name", "大兴镇政府"),  # names are no figures
])
def test_the_same_figure_twice_or_no_figure(found, example, path, other):
    example.alternatives[path] = [Reading(value=other, source=SourceRef(location="表1", text=other))]
    assert found(example, "TEXT_TABLE_MISMATCH") == []


def test_a_breakdown_is_no_restatement(found, example):
    """Three sub-projects' budgets add up to the project's: its parts, and so is each part's own rate."""
    example.budget.adjusted = D("1358")
    example.budget.stated_execution_rate = D("97.52")
    places = ("第8行", "第9行", "第10行")
    example.alternatives["budget.adjusted"] = [
        Reading(value=v, source=SourceRef(location=at, text=f"调整后预算{v}万元"))
        for v, at in zip(("438", "360", "560"), places, strict=True)]
    example.alternatives["budget.stated_execution_rate"] = [
        Reading(value=v, source=SourceRef(location=at, text=f"执行率{v}%"))
        for v, at in zip(("98.31", "95.14", "98.43"), places, strict=True)]
    assert found(example, "TEXT_TABLE_MISMATCH") == []
    example.alternatives["budget.adjusted"][0] = Reading(value="448", source=SourceRef(location="第8行", text="448"))
    assert len(found(example, "TEXT_TABLE_MISMATCH")) == 6  # no longer a breakdown: each differs


def test_two_figures_of_one_sentence_are_two_quantities(found, example):
    example.unit.staff_total = 63
    example.provenance["unit.staff_total"] = SourceRef(location="第6行", text="现有编制人员92人。其中在职63人")
    example.alternatives["unit.staff_total"] = [Reading(value="92", source=SourceRef(location="第6行", text="92人"))]
    assert found(example, "TEXT_TABLE_MISMATCH") == []
    in_table = SourceRef(location="表1第2行第3列", text="92")
    example.alternatives["unit.staff_total"] = [Reading(value="92", source=in_table)]
    assert len(found(example, "TEXT_TABLE_MISMATCH")) == 1


def test_a_figure_read_as_another_fact_is_no_restatement(found, example):
    """收入合计2,765.18万元 is the income total; taken also as a 全年预算 it states no second budget."""
    income = SourceRef(location="第7段", text="收入合计2,765.18万元，其中：一般公共预算财政拨款2,530.06万元")
    example.budget.income_total = D("2765.18")
    example.provenance["budget.income_total"] = income
    example.alternatives["budget.adjusted"] = [Reading(value="2765.18", source=income)]
    assert found(example, "TEXT_TABLE_MISMATCH") == []
    example.budget.income_total = D("2765.19")  # no longer the figure read there as the income total
    assert len(found(example, "TEXT_TABLE_MISMATCH")) == 1
