"""Review 43 (third): the changes of trust48 and probe44 re-read (docs/reader-corpora/review-43-third.md), each
finding as an invented snippet (invented units and figures)."""

from __future__ import annotations

from decimal import Decimal

from page_reading import read_page

_PROJECT = "某市某某中心2023年度某某设施维护项目支出绩效自评报告\n"


def test_a_subordinate_units_spending_stands_as_a_guess() -> None:
    """A project report stating no money of its own, only a sentence opening on a subordinate unit ("下属某某队年度
    预算12万元，实际支出11万元"): that unit's figures stand in guessed, its spending too (before: the spending
    unguessed), the traditional spelling the same; the project's own sentence before it is still read as stated."""
    for body in ("下属某某队全年预算12万元，实际支出11万元。\n", "所属某某所全年预算12万元，已支出11万元。\n",
                 "下屬某某隊全年預算12萬元，實際支出11萬元。\n"):
        evaluation = read_page(_PROJECT + body)
        assert (evaluation.budget.adjusted, evaluation.budget.executed) == (Decimal("12"), Decimal("11"))
        assert evaluation.provenance["budget.adjusted"].guessed
        assert evaluation.provenance["budget.executed"].guessed
    own = "项目全年预算30万元，实际支出27万元。"
    evaluation = read_page(_PROJECT + own + "下属某某队全年预算12万元，实际支出11万元。\n")
    assert (evaluation.budget.adjusted, evaluation.budget.executed) == (Decimal("30"), Decimal("27"))
    assert not evaluation.provenance["budget.executed"].guessed
