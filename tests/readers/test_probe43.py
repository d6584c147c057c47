"""The issue's "Also wrong today" list probed afresh (docs/reader-corpora/probe-43.md): each probe read wrong, as an
invented snippet (invented units and figures)."""

from __future__ import annotations

from decimal import Decimal

from page_reading import read_page, read_page_and_warnings

from jixiao.model import Kind

_WHOLE = "某县某某局2024年度部门整体支出绩效自评报告\n"
_PROJECT = "某县某某中心2024年度某某设备购置项目支出绩效自评报告\n"
_INDICATORS = "一级指标 | 二级指标 | 三级指标 | 分值 | 得分\n产出指标 | 数量指标 | 某某件数 | 100 | 92.5\n"


def test_scoring_rule_states_no_total() -> None:
    """T4: "评分标准：总分100分，90分（含）以上为优" is the rule, its 100 the full mark (before: the stated total)."""
    assert read_page(_WHOLE + "评分标准：总分100分，90分（含）以上为优。\n").stated_total is None
    assert read_page(_WHOLE + "本次评价总分100分，其中90分以上为优，80-89分为良。\n").stated_total is None


def test_body_sentence_under_the_title_is_no_part_of_it() -> None:
    """K4: a title with no kind word over "…其中：基本支出…，项目支出…。": the sentence is the body, not the title's
    end, so its 项目支出 item decides no kind (before: 项目支出, silently); the kind is left to the default, with a
    warning."""
    evaluation, warnings = read_page_and_warnings(
        "某县某某局2024年度绩效自评报告\n2024年支出合计500.00万元，其中：基本支出300.00万元，项目支出200.00万元。\n")
    assert evaluation.title == "某县某某局2024年度绩效自评报告"
    assert evaluation.kind == Kind.WHOLE_UNIT and any(w.startswith("找不到评价类型") for w in warnings)


def test_initial_budget_arranged_with_bare_wan() -> None:
    """A2: "年初安排150万" (no 资金 after 安排, 万 without 元): the initial budget (before: unread)."""
    budget = read_page(_PROJECT + "该项目年初安排150万，全年执行148.5万。\n").budget
    assert (budget.initial, budget.executed) == (Decimal("150"), Decimal("148.5"))


def test_year_budget_total() -> None:
    """B4: "本年度预算总额为120万元（其中…）": the year's budget (before: unread; only 年度预算数 was)."""
    budget = read_page(_PROJECT + "本年度预算总额为120万元（其中上级补助80万元、本级配套40万元），"
                                  "截至12月31日共支出118.2万元。\n").budget
    assert (budget.adjusted, budget.executed) == (Decimal("120"), Decimal("118.2"))


def test_one_body_named_after_its_count_and_wei() -> None:
    """C3: "所属事业单位1个，为某某所": the body is named after 为 (before: the count alone)."""
    unit = read_page(_WHOLE + "内设机构4个，分别为办公室、财务股、规划股、执法股；所属事业单位1个，为某某所。\n").unit
    assert (unit.internal_bodies, unit.subordinate_bodies) == (["办公室", "财务股", "规划股", "执法股"], ["某某所"])


def test_full_mark_before_the_score_and_its_subject() -> None:
    """T2: "满分100分，本单位自评得分93.5分": the full mark before the score, the score's subject between (before:
    the total alone)."""
    evaluation = read_page(_WHOLE + "满分100分，本单位自评得分93.5分。\n")
    assert (evaluation.full_mark, evaluation.stated_total) == (Decimal("100"), Decimal("93.5"))


def test_total_row_whose_label_kept_its_colon() -> None:
    """T1: "总分：100 | 92.5 | 良" / "合计：100 | 92.5 | 良": the full mark, the total and the grade (before: 100 as
    the total, a wrong value, or nothing for 合计); a money row's "合计：100 | 92.5" (no grade) stays no total."""
    for label in ("总分", "合计"):
        evaluation = read_page(_WHOLE + _INDICATORS + f"{label}：100 | 92.5 | 良\n")
        assert (evaluation.full_mark, evaluation.stated_total, evaluation.stated_grade) == (
            Decimal("100"), Decimal("92.5"), "良")
    assert read_page(_WHOLE + "总分：100 | 92.5 | 良\n").stated_total == Decimal("92.5")
    assert read_page(_WHOLE + "合计：100 | 92.5\n").stated_total is None


def test_grade_after_the_total_in_a_short_flattened_row() -> None:
    """The issue's "总分 | 100 | 96 | 优" under a header with no grade column: the flattened row's grade lands in the
    label's cell ("总分 优"), still the grade (before: unread)."""
    evaluation = read_page(_WHOLE + _INDICATORS + "总分 | 100 | 92.5 | 优\n")
    assert (evaluation.full_mark, evaluation.stated_total, evaluation.stated_grade) == (
        Decimal("100"), Decimal("92.5"), "优")
