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


def test_start_of_year_approval_then_what_it_approved() -> None:
    """B1: "年初部门预算批复该项目资金58.2万元": the budget approved at the start of the year (before: read as the
    adjusted budget)."""
    budget = read_page(_PROJECT + "2023年年初部门预算批复该项目资金58.2万元，全年实际支出57.6万元。\n").budget
    assert (budget.initial, budget.executed) == (Decimal("58.2"), Decimal("57.6"))
