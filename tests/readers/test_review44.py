"""Stop 44's review of the reader changes merged on s45 (docs/reader-corpora/review-44-first.md): each a snippet
the stop's code read wrong (invented units and figures)."""

from __future__ import annotations

from decimal import Decimal

from page_reading import read_page

_TITLE = "某县河道保洁经费绩效评价报告\n"


def test_a_scoring_rules_question_after_the_goal_label_is_no_goal() -> None:
    """"…,项目绩效目标:是否明确、合理。三、…" (a scoring rule's words run into a paragraph): held76's mid-line goal
    label read the question as the project's goal; a stated goal after the same label still reads."""
    asked = read_page(_TITLE + "某县河道保洁经费绩效评价报告一、项目概况2022年下达河道保洁经费45万元。二、评分说明"
                      "立项依据充分,项目绩效目标:是否明确、合理。三、自评结论\n")
    assert asked.project.goal_expected is None
    scored = read_page(_TITLE + "一、项目概况\n评分标准,项目绩效目标:目标是否清晰,得3分。\n")
    assert scored.project.goal_expected is None
    stated = read_page(_TITLE + "某县河道保洁经费绩效评价报告一、项目概况2022年下达河道保洁经费45万元。二、绩效目标"
                       "项目总体目标:河面无漂浮物,岸坡整洁。阶段性目标:按月保洁。三、自评结论\n")
    assert stated.project.goal_expected == "河面无漂浮物,岸坡整洁。"


def test_one_numbered_batch_and_its_sum_is_no_years_budget() -> None:
    """"中央下达我省第2批某某资金,共计1200万元": one batch (第2批) and what it holds, no year's whole; held76's
    batches' count after 下达 read it as the 全年预算. "下达我省3批某某资金(某某部分),共计…" still is the whole."""
    head = "某省中央草原保护资金转移支付2024年度绩效自评报告\n一、绩效目标分解下达情况\n"
    one = read_page(head + "2024年,中央下达我省第2批草原保护资金,共计1200万元。\n二、绩效目标完成情况分析\n")
    assert one.budget.adjusted is None
    whole = read_page(head + "2024年,中央下达我省3批草原保护资金(禁牧部分),共计4100万元。\n")
    assert whole.budget.adjusted == Decimal("4100")
