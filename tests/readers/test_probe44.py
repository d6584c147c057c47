"""The issue's "Also wrong today" list and its shapes probed afresh (docs/reader-corpora/probe-44.md): each probe
read wrong, as an invented snippet (invented units and figures)."""

from __future__ import annotations

from decimal import Decimal

from page_reading import read_page

_WHOLE = "某县某某局2021年度部门整体支出绩效自评报告\n"
_PROJECT = "某县某某中心2022年度某某设备更新项目支出绩效自评报告\n"
_INDICATORS = "一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分\n" \
              "产出指标 | 数量指标 | 某某案件数 | ≥200件 | 231件 | 100 | 95\n"


def test_grade_after_a_letter_spaced_total_label() -> None:
    """T1: "总　分 | 100 | 95 | 优" (the label letter-spaced) under a header with no grade column: the grade lands in
    the label's cell, "总　分 优", still the grade (before: unread; only "总分 优" was)."""
    for label in ("总　分", "总 分", "合　计"):
        evaluation = read_page(_WHOLE + _INDICATORS + f"{label} | 100 | 95 | 优\n")
        assert (evaluation.full_mark, evaluation.stated_total, evaluation.stated_grade) == (
            Decimal("100"), Decimal("95"), "优")


def test_this_evaluations_full_mark_alone() -> None:
    """T4: "本次评价满分为100分" with no score after it: the full mark (before: unread), never the stated total; a bare
    "满分为100分" (an indicator's, maybe) stays unread."""
    evaluation = read_page(_WHOLE + "本次评价满分为100分。\n")
    assert (evaluation.full_mark, evaluation.stated_total) == (Decimal("100"), None)
    assert read_page(_WHOLE + "此次绩效自评满分100分。\n").full_mark == Decimal("100")
    assert read_page(_WHOLE + "满分为100分。\n").full_mark is None


def test_spent_in_a_clause_right_after_the_budget() -> None:
    """A2: "全年预算125.25万，已支出120万": 已支出 opening the clause after the budget's is the whole's spending
    (before: unread); a part's "其中设备费预算30万元，已支出28万元" stays no total."""
    budget = read_page(_PROJECT + "全年预算125.25万，已支出120万。\n").budget
    assert (budget.adjusted, budget.executed) == (Decimal("125.25"), Decimal("120"))
    budget = read_page(_PROJECT + "项目全年预算50万元，其中设备费预算30万元，已支出28万元。\n").budget
    assert (budget.adjusted, budget.executed) == (Decimal("50"), None)


def test_adjusted_whole_budget_after_its_subject() -> None:
    """B2: "经调整后，项目总预算为245.6万元": the year's (adjusted) budget (before: unread; only "调整后预算…" was); a
    step of several revisions, "第一次调整后项目预算…", is not the year's."""
    budget = read_page(_PROJECT + "经调整后，项目总预算为245.6万元，全年支出240.1万元。\n").budget
    assert (budget.adjusted, budget.executed) == (Decimal("245.6"), Decimal("240.1"))
    assert read_page(_PROJECT + "调整后，该项目预算为88万元。\n").budget.adjusted == Decimal("88")
    budget = read_page(_PROJECT + "年中追加资金6万元，第一次调整后项目预算106万元。\n"
                                  "年底调减资金4万元，第二次调整后全年预算102万元，全年支出100.5万元。\n").budget
    assert budget.adjusted == Decimal("102")
