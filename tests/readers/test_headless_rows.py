"""Indicator rows with no header at all (invented names and figures): an excerpt starting below the
form's header, every cell run together on one line, read by content and marked guessed."""

from __future__ import annotations

from decimal import Decimal

from corpus import errors as _errors
from page_reading import read_page_and_warnings as _read

from jixiao.readers.source_text import text_to_document

FRAGMENT = ("产出指标数量指标补贴发放到位率=100% 18.5 台账更新次数≥4次 18.5 时效指标补贴发放及时率≥95% 10 9 "
            "效益指标社会效益指标受益农户覆盖率≥90% 20 合计100 评价结论按计划完成。存在问题无\n")


def test_rows_with_level_words_a_target_and_figures_are_read_without_a_header() -> None:
    evaluation, _ = _read(FRAGMENT)
    rows = [(i.level1, i.level2, i.name, i.target.comparator if i.target else None,
             i.target.value if i.target else None, i.weight, i.stated_score) for i in evaluation.indicators]
    assert rows == [
        ("产出指标", "数量指标", "补贴发放到位率", "=", Decimal("100"), Decimal("18.5"), None),
        ("产出指标", "数量指标", "台账更新次数", "≥", Decimal("4"), Decimal("18.5"), None),
        ("产出指标", "时效指标", "补贴发放及时率", "≥", Decimal("95"), Decimal("10"), Decimal("9")),
        ("效益指标", "社会效益指标", "受益农户覆盖率", "≥", Decimal("90"), Decimal("20"), None),
    ]
    assert evaluation.indicators[1].target is not None and evaluation.indicators[1].target.unit == "次"
    for path in ("indicators[0].weight", "indicators[2].stated_score", "indicators[3].level2"):
        assert evaluation.provenance[path].guessed  # no header: every cell's column is a guess


def test_the_text_after_the_rows_is_kept_and_no_error_rests_on_the_guess() -> None:
    document = text_to_document(FRAGMENT, "fragment.txt")
    assert any("评价结论按计划完成" in getattr(block, "text", "") for block in document.blocks)
    evaluation, _ = _read(FRAGMENT)
    assert not _errors(evaluation)


def test_a_score_above_its_figure_before_or_a_single_row_or_prose_is_no_headless_table() -> None:
    for text in ("产出指标数量指标补贴发放到位率=100% 18.5 台账更新次数≥4次 10 12\n",  # 12 > 10: not weight, score
                 "产出指标数量指标补贴发放到位率=100% 18.5\n",
                 "今年产出指标数量指标完成情况良好，台账更新次数≥4次，发放到位率达到100%。\n"):
        evaluation, _ = _read(text)
        assert len(evaluation.indicators) < 2, text
