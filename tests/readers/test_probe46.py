"""The issue's "Also wrong today" list and its shapes probed afresh (docs/reader-corpora/probe-46.md): each probe
read wrong, as an invented snippet (invented units and figures)."""

from __future__ import annotations

from decimal import Decimal

from page_reading import read_page

_WHOLE = "某县某某局2021年度部门整体支出绩效自评报告\n"
_PROJECT = "某县某某站2023年度某某维护项目支出绩效自评报告\n"


def test_the_hundred_point_scale_names_the_full_mark_not_the_score() -> None:
    """T3: "采用百分制，总分100分": the scale the evaluation used, its 总分 the full mark (before: read as the stated
    total); a score stated after it is still read."""
    for sentence in ("本次自评采用百分制，总分100分，共设三级指标15个。", "自评实行百分制,总分为100分。"):
        assert read_page(_WHOLE + sentence + "\n").stated_total is None
    scored = read_page(_WHOLE + "本次自评采用百分制，总分100分。经自评，综合得分93.5分。\n")
    assert scored.stated_total == Decimal("93.5")


def test_a_procurement_rate_in_prose_is_not_the_budgets() -> None:
    """R2: "政府采购预算执行率达到100%。全年部门预算执行率为97.3%": the first rate is the procurement's, a spending
    accounted for apart (before: it was taken, the budget's warned as a conflict)."""
    for first in ("政府采购预算执行率达到100%。", "“三公”经费预算执行率为85%，"):
        evaluation = read_page(_WHOLE + first + "全年部门预算执行率为97.3%。\n")
        assert evaluation.budget.stated_execution_rate == Decimal("97.3")


def test_staff_on_post_label_and_retirees_beside_it() -> None:
    """S1, S4: "实际在岗人数" a label of the staff (before: unread); a row pairing 编制 and 在职人数 with
    退休人数 (before: the row unread, the retirees' label unknown); the retirees are never the staff."""
    unit = read_page(_WHOLE + "编制人数\n15\n实际在岗人数\n14\n编制控制率\n93.33%\n").unit
    assert (unit.staff_establishment, unit.staff_total) == (15, 14)
    unit = read_page(_WHOLE + "核定编制 | 27 | 在职人数 | 25 | 退休人数 | 11\n").unit
    assert (unit.staff_establishment, unit.staff_total) == (27, 25)


def test_functional_offices_counted_with_no_names() -> None:
    """C4: "内设职能科室5个": the offices' count, 职能 between 内设 and 科室 (before: unread)."""
    unit = read_page(_WHOLE + "内设职能科室5个，所属二级事业单位2个。\n").unit
    assert (unit.internal_bodies_count, unit.subordinate_bodies_count) == (5, 2)
    assert unit.internal_bodies == []


def test_start_of_year_approval_then_what_it_approved() -> None:
    """B1: "年初部门预算批复该项目资金58.2万元": the budget approved at the start of the year (before: read as the
    adjusted budget)."""
    budget = read_page(_PROJECT + "2023年年初部门预算批复该项目资金58.2万元，全年实际支出57.6万元。\n").budget
    assert (budget.initial, budget.executed) == (Decimal("58.2"), Decimal("57.6"))
