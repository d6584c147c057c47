"""The real pages still below 90 % and what earlier stops left (docs/reader-corpora/left-pages-56.md), each cause
as an invented snippet: invented units, places and figures, no text of any page."""

from __future__ import annotations

from page_reading import read_page as _read

# an untitled transfer report: the body evaluating its fund's goals, then the fund told again with its year after
# the body's name
_TRANSFER = "\n".join([
    "青禾镇对2024年乡村公益设施奖补转移支付资金绩效目标实施情况开展自评,现将自评情况报告如下:",
    "一、基本情况",
    "(一)转移支付支持项目概况",
    "青禾镇2024年乡村公益设施奖补转移支付资金即青禾镇石桥村文化广场建设奖补项目,新建广场一处。",
])


def test_a_fund_evaluated_for_its_goals_keeps_the_year_the_body_names_it_with() -> None:
    """"某镇对2024年某某资金绩效目标实施情况开展自评" names the fund evaluated (before, none); "某镇2024年某某资金即…"
    opens a sentence on it with its year after the body's name, so the name keeps the year (as "2024年某某资金由…"
    would)."""
    assert _read(_TRANSFER).project.name == "2024年乡村公益设施奖补转移支付资金"


def test_a_fund_evaluated_for_its_goals_alone_is_named_without_the_year() -> None:
    """A guard: with no sentence opening on the fund, the evaluated sentence's year stays the report's (a template
    site's masked "对xx年度…" reads the same way)."""
    text = _TRANSFER.replace("青禾镇2024年乡村公益设施奖补转移支付资金即青禾镇", "")
    assert _read(text).project.name == "乡村公益设施奖补转移支付资金"


def test_a_sentence_opening_on_other_words_before_the_year_keeps_no_year() -> None:
    """A guard: "按照文件要求2024年某某资金即…" opens on no body's or place's name; the year is not taken into the
    name from it."""
    text = _TRANSFER.replace("\n青禾镇2024年", "\n按照文件要求2024年")
    assert _read(text).project.name == "乡村公益设施奖补转移支付资金"
