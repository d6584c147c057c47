"""The readers tried, in order, for a report that states its indicators only in sentences — when neither a table
nor the prose indicator reader found any. The first that finds items wins and the rest are not tried: each reads
the same sentences its own way, so two of them together would name one indicator twice, and a later, looser one
would read as an indicator what an earlier, stricter one read as its target or score. Stricter shapes come first.

Adding a reader is adding one line to :data:`FALLBACKS` at its place in that order (and its name in the test that
pins the order)."""

from __future__ import annotations

from collections.abc import Callable

from jixiao.readers.extract.block_results import block_result_items
from jixiao.readers.extract.broken_score_rows import broken_score_rows
from jixiao.readers.extract.facts import IndicatorDraft
from jixiao.readers.extract.inline_scored import inline_scored_items
from jixiao.readers.extract.outline import Outline
from jixiao.readers.extract.prose_completion_items import completion_rate_items
from jixiao.readers.extract.prose_goal_lists import goal_list_items
from jixiao.readers.extract.prose_led_levels import led_level_items
from jixiao.readers.extract.prose_level_chains import level_chain_items
from jixiao.readers.extract.prose_level_lines import level_labelled_items
from jixiao.readers.extract.prose_result_lines import result_line_items
from jixiao.readers.extract.prose_run_on_levels import run_on_level_items
from jixiao.readers.extract.prose_satisfaction import satisfaction_items
from jixiao.readers.extract.prose_task_shares import task_share_items
from jixiao.readers.extract.prose_value_pairs import value_pair_indicators
from jixiao.readers.extract.scored_paragraphs import scored_paragraph_items

Reader = Callable[[Outline, str | None], list[IndicatorDraft]]  # the report's lines, the project's name if read


def _lines_only(read: Callable[[Outline], list[IndicatorDraft]]) -> Reader:
    """A reader that does not need the project's name."""
    return lambda outline, _project: read(outline)


FALLBACKS: tuple[tuple[str, Reader], ...] = (
    ("value pairs", value_pair_indicators),  # "…指标值800元/人,全年实际完成值800元/人"
    ("run-on levels", _lines_only(run_on_level_items)),  # "2.质量指标。某某率为98%某某率均为100%"
    ("level chains", _lines_only(level_chain_items)),  # "(1) 投入-时效目标-名称实际完成情况：…"
    ("inline scored", _lines_only(inline_scored_items)),  # "(1)名称:…(得5分)(2)…"
    ("scored paragraphs", _lines_only(scored_paragraph_items)),  # "(一)资金落实" / "(1)名称:…。得2分。"
    ("broken score rows", _lines_only(broken_score_rows)),  # "相关性(5分)" / "5 明确性(5分)" / "4 …"
    ("result lines", _lines_only(result_line_items)),  # "（1）数量指标。" / "名称：…共12次。"
    ("block results", _lines_only(block_result_items)),  # "1.产出指标全部完成，某某对象85人，…"
    ("level labelled", level_labelled_items),  # "②时效指标：补助资金发放及时率为100%。"
    ("completion rates", _lines_only(completion_rate_items)),  # "数量指标:某某数量4次,指标完成率100%,某某…"
    ("goal lists", _lines_only(goal_list_items)),  # "绩效目标：道路硬化≥1.2km；验收合格率≥100%；…": targets only
    ("led levels", _lines_only(led_level_items)),  # "（1）数量指标。完成某某面积120hm;某某率98%。"
    ("satisfaction", _lines_only(satisfaction_items)),  # "…社会效益较显著,受益群众满意度100%。": the only result
    ("task shares", _lines_only(task_share_items)),  # "完成年度120场某某任务。…完成某某138场次,完成年度占比115%"
)


def sentence_indicators(outline: Outline, project: str | None) -> list[IndicatorDraft]:
    """The indicators the first of :data:`FALLBACKS` to find any reads; none when no reader does."""
    for _name, read in FALLBACKS:
        drafts = read(outline, project)
        if drafts:
            return drafts
    return []
