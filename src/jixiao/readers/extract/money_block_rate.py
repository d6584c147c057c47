"""The execution-rate indicator of a form's money block: its rate, weight and score from the row that states them
(the total row, a points row of its own, a 预算执行得分 row under it), a weight of 100 being the form's full mark."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from jixiao.lexicon import pattern
from jixiao.readers.document import Table
from jixiao.readers.extract.facts import Facts, IndicatorDraft, cell_ref, ref
from jixiao.readers.extract.values import number_in
from jixiao.readers.textnorm import compact, match_text

if TYPE_CHECKING:
    from jixiao.readers.extract.table_money import MoneyBlock


def block_rate(block: MoneyBlock, table: Table, r: int, cells: dict[str, tuple[str, int]],
               facts: Facts) -> IndicatorDraft | None:
    rate_text, rate_col = cells.get("rate", ("", -1))
    rate, rate_ref = number_in(rate_text), cell_ref(table, r, rate_col, rate_text)
    percent = "%" in match_text(rate_text)  # (a full-width "９６．３９％" has its % too)
    if rate is not None and not percent and not block.rate_in_percent and rate > 1:
        # a viewer dropped the % ("95.3" under a 执行率 with no unit): the rate, guessed; above 100, no rate
        # ("10020": a rate and its score run together)
        rate, rate_ref = (rate, rate_ref.model_copy(update={"guessed": True})) if rate <= 100 else (None, rate_ref)
    if block.total_guessed:
        rate_ref = rate_ref.model_copy(update={"guessed": True})
    if rate is not None:
        if rate <= 1 and not percent:  # "0.958": a fraction, written to 95.8 % (not 95.800: the
            rate = rate.scaleb(2)  # digits the page wrote, so a rate it cut short is not read as exact)
        facts.put("budget.stated_execution_rate", rate, rate_ref)
    weight_text, weight_col = cells.get("rate_weight", ("", -1))
    weight = number_in(weight_text)
    source = cell_ref(table, r, weight_col, weight_text)
    if weight is None and block.caption_weight is not None and "rate_score" in cells:
        weight, caption = block.caption_weight
        source = ref(block.caption_at or table.row_location(0), caption)
    score_text, score_col = cells.get("rate_score", ("", -1))
    score = number_in(score_text)
    if weight is None and (score is None or rate is None):
        # a 得分 with no 分值 beside a 执行率 (预算数 | 执行数 | 执行率 | 得分) is the rate's stated score;
        # without a 执行率 it may be a whole project's score (项目名称 | 预算数 | 执行数 | 自评得分)
        return None
    deducted_text, deducted_col = cells.get("rate_deduction", ("", -1))
    deducted = number_in(deducted_text) if score is None and weight != 100 else None
    deducted = abs(deducted) if deducted is not None else None  # ("-0.28": taken off, written with its sign)
    score_ref = cell_ref(table, r, score_col, score_text)
    if deducted is not None and weight is not None:  # 分值 | 扣分: the weight less the deduction, a guess
        score = max(Decimal(0), weight - deducted)
        score_ref = ref(table.cell_location(r, deducted_col), f"分值 {weight} − 扣分 {deducted} = {score}",
                        guessed=True)
    if weight == 100:  # 分值 100 beside the money: the form's full mark, its 得分 the form's total
        facts.put("full_mark", weight, source)
        if score is not None:
            facts.put("stated_total", score, cell_ref(table, r, score_col, score_text))
        return None
    draft = IndicatorDraft(placed=False)
    draft.put("name", "预算执行率", source if weight is not None else cell_ref(table, r, score_col, score_text))
    if weight is not None:
        draft.put("weight", weight, source)
    if score is not None:
        draft.put("stated_score", score, score_ref)
    if rate is not None:
        draft.put("actual", {"value": rate, "unit": "%"}, rate_ref)
    return draft


def score_row(block: MoneyBlock, table: Table, r: int, row: list[str]) -> bool:
    """"预算执行得分 | 9.82" under the total row (the score cell merged across the block): the rate's score,
    when the total row wrote a 分值 and no 得分 and the one number fits under that 分值."""
    draft = block.rate_draft
    if draft is None or "stated_score" in draft.fields or "weight" not in draft.fields:
        return False
    words = "".join(compact(cell) for cell in row if compact(cell) and number_in(cell) is None)
    numbers = {(number_in(cell), c) for c, cell in enumerate(row) if compact(cell) and number_in(cell) is not None}
    values = {value for value, _ in numbers}
    if not pattern("money_score_row").fullmatch(words) or len(values) != 1:
        return False
    score, col = min(numbers, key=lambda found: found[1])
    if score is None or not 0 <= score <= draft.fields["weight"]:
        return False
    source = cell_ref(table, r, col, row[col])
    if source.guessed and not any((r, c) in table.guessed for c, cell in enumerate(row)
                                  if compact(cell) and number_in(cell) is None):
        # a flattened row rebuilt under the block's columns put its one figure under some amount by a guess:
        # the row's own words and its one figure are the reading, the column it landed in no part of it
        source = source.model_copy(update={"guessed": False})
    draft.put("stated_score", score, source)
    return True


def stated_rate(block: MoneyBlock, facts: Facts) -> None:
    """The rate the total row stated, as the actual of a rate draft its points row made."""
    stated = facts.get("budget.stated_execution_rate")
    if block.rate_draft is not None and "actual" not in block.rate_draft.fields and isinstance(stated, Decimal):
        block.rate_draft.put("actual", {"value": stated, "unit": "%"}, facts.refs["budget.stated_execution_rate"])
