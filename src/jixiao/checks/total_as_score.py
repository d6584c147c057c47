"""A reading in which the report's total became one indicator's score is no reading of the document.

When a parsed indicator's stated score equals the stated total (a block title "预算执行情况（10分）" taken for an
indicator that picked up "项目自评得分97.82分", a 合计 row read as a row — then the scores add up to about twice the
total), an error resting on the indicator list may come from that misreading: the list without that indicator is
a plausible reading, and so is the list with that indicator's score unread (the indicator the form's own, its score
lost and the total read in its place); the check is run again on each.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from jixiao.checks.context import provenance_at
from jixiao.checks.finding import Fact, OtherReading
from jixiao.model import Evaluation
from jixiao.numbers import format_score


def total_taken_as_score(evaluation: Evaluation, facts: list[Fact],
                         holds: Callable[[Evaluation], bool]) -> Iterator[OtherReading]:
    """The indicator whose score is the stated total, left out, when the error then no longer ``holds``."""
    total = evaluation.stated_total
    indicators = evaluation.indicators
    if total is None or len(indicators) < 2 or not any(
            f.path == "stated_total" or f.path.startswith("indicators") for f in facts):
        return
    for i, indicator in enumerate(indicators):
        if indicator.stated_score is None or indicator.stated_score != total:
            continue
        left_out = evaluation.model_copy(deep=True)
        del left_out.indicators[i]
        # (or the indicator is the form's own, its score cell lost and the total read in its place: "预算执行率 | 20 |"
        # then "…自评得分99.38分" in the text run on after the table; its score then the one its rule gives)
        unscored = evaluation.model_copy(deep=True)
        unscored.indicators[i].stated_score = None
        for copy, value in ((left_out, "不计此项"), (unscored, "不计其得分")):
            if not holds(copy):
                yield OtherReading(path=f"indicators[{i}]", label=f"指标{indicator.number or i + 1}“{indicator.name}”",
                                   value=f"{value}（其得分{format_score(total)}分即综合得分）",
                                   why="可能是把综合得分误读为指标得分，按此读法",
                                   source=provenance_at(evaluation, f"indicators[{i}].stated_score"))
                return
