"""The target and actual labels of an indicator's narrative are looked for only in text holding their
words (目标值 / 指标值, 实际 / 完成): each label the patterns know holds one, so the quick tests never hide
a label, and narratives with the labels are still read."""

from __future__ import annotations

from decimal import Decimal

from page_reading import read_page

from jixiao.readers.extract import indicator_values as values
from jixiao.readers.extract.indicator_values import actual_from_text, target_from_text
from jixiao.readers.textnorm import match_text


def _labels(pattern: str) -> list[str]:
    """The label words of a pattern that opens on "(?:a|b|c)"."""
    assert pattern.startswith("(?:")
    return pattern[3: pattern.index(")")].split("|")


def test_every_label_holds_the_word_its_quick_test_looks_for() -> None:
    for target in (values.TARGET_TEXT, values.TARGET_BARE_TEXT):
        assert all("目标值" in label or "指标值" in label for label in _labels(target.pattern))
    for actual in (values.ACTUAL_TEXT, values.ACTUAL_BARE_TEXT):
        assert all("实际" in label or "完成" in label for label in _labels(actual.pattern))
    assert values.ACTUAL_STATED.pattern.startswith("实际")
    # the actual label of a word pair and of bare words: 实际… or 全年完成…, nothing else
    assert values.ACTUAL_LABEL == r"(?:(?:全年)?实际(?:完成值|完成情况|完成|达到|值|情况)?|全年完成(?:值|情况)?)"


def test_labelled_words_and_figures_are_still_read() -> None:
    text = "年度指标值：按时完成，实际完成值：全面完成。"
    norm = match_text(text)
    target = target_from_text(norm)
    assert target is not None and target[0] == {"text": "按时完成"}
    actual = actual_from_text("项目完成及时性", text, norm, len(norm))
    assert actual is not None and actual[0] == {"text": "全面完成"}
    stated = "目标为90%，实际达到96.5%，得分10分。"
    found = actual_from_text("群众满意度", stated, match_text(stated), stated.index("得分"))
    assert found is not None and found[0] == {"value": Decimal("96.5"), "unit": "%"}


def test_every_use_rate_phrasing_and_unchanged_budget_wording_is_read() -> None:
    """The lexicon's "资金使用比率" and a budget "年内没有调整" are read: no cheaper test before their patterns
    skips them."""
    rated = read_page("某县某某项目2024年度绩效自评报告\n"
                      "项目资金预算100万元，实际支出99.9万元，年度资金使用比率99.9%。\n")
    assert rated.budget.stated_execution_rate == Decimal("99.9")
    kept = read_page("某县某某项目2024年度绩效自评报告\n项目年初预算500.00万元，年内没有调整。\n")
    assert kept.budget.adjusted == Decimal("500.00")
