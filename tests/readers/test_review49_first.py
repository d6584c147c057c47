"""Stop 49's first review (docs/reader-corpora/review-49-first.md): what stop 48's second round and the first round's
less-read modules did on odd input, each as an invented snippet (invented units, funds and figures, no page text)."""

from __future__ import annotations

from decimal import Decimal

import lxml.etree
import pytest
from page_reading import read_page as _read

from jixiao.readers.ofd_rules import page_rules
from jixiao.readers.other_scripts import without_english_gloss
from jixiao.readers.source_ofd import _numbers

_HEAD = "某某养殖补贴项目绩效自评报告\n一、基本情况\n"


@pytest.mark.parametrize("intended", [
    "下一步,拟安排2024年市财政资金640万元用于丁乡的养殖补贴。",
    "将安排2024年度县级财政专项资金640万元。",
    "2024年计划安排2024年省财政资金640万元。",
])
def test_money_only_intended_to_be_arranged_is_no_budget(intended: str) -> None:
    """"拟安排2024年市财政资金640万元…": money a level of government intends to arrange, none had yet (the same
    words before 获得 / 争取 already kept that phrase from reading): no budget (before, 640 was read as 全年预算)."""
    assert _read(_HEAD + intended + "\n").budget.adjusted is None


def test_money_arranged_is_still_read() -> None:
    """...while money arranged stays the fund's budget."""
    read = _read(_HEAD + "按照市财政局的通知,安排2023年市财政资金640万元用于丁乡的养殖补贴。\n")
    assert read.budget.adjusted == Decimal("640")


_OFD = "http://www.ofdspec.org/2016"


def _path(boundary: str, data: str) -> lxml.etree._Element:
    return lxml.etree.fromstring(f'<ofd:PathObject xmlns:ofd="{_OFD}" Boundary="{boundary}">'
                                 f"<ofd:AbbreviatedData>{data}</ofd:AbbreviatedData></ofd:PathObject>")


def test_an_ofd_rule_at_no_finite_position_is_no_rule() -> None:
    """A path placed at "1e308" (its stroke's height overflows to infinity): no rule, the page's other rules kept
    (before, joining the rules raised OverflowError and the whole file was refused as damaged)."""
    flat, upright = page_rules([_path("10 1e308 100 1", "M 0 0 L 80 0"), _path("10 40 100 1", "M 0 0 L 80 0")],
                               _numbers)
    assert [(rule.at, rule.start, rule.end) for rule in flat] == [(40.0, 10.0, 90.0)] and upright == []


def test_a_long_english_word_after_chinese_is_still_cut() -> None:
    """A gloss of one long word after Chinese is cut as a short one is, and one running into Chinese is kept (before,
    the letters the word and the gloss's tail could share were tried at every cut: quadratic in the word's length,
    9 s on 20,000 letters; behaviour only, timings stay out of the tests)."""
    assert without_english_gloss("资金来源 Source") == "资金来源"
    assert without_english_gloss("资金来源 S" + "o" * 20_000) == "资金来源"
    running_on = "资金来源 S" + "o" * 20_000 + "款项"
    assert without_english_gloss(running_on) == running_on
    assert without_english_gloss("考核等次 Level 2nd") == "考核等次"  # letters after a figure: still the gloss's


@pytest.mark.parametrize("colon", [":", "："])
def test_a_unit_run_on_with_its_date_label_ends_at_the_label(colon: str) -> None:
    """"…自评报告单位名称:某园填报日期:…" (a viewer's cover run onto the title): the name ends where the date's label
    opens (before, with half-width colons the cut fell at the longest tail ending on 填报日期, "丁镇", and with
    full-width ones the date stayed in the name)."""
    read = _read(f"2023年度部门整体支出绩效自评报告单位名称{colon}丁镇中心幼儿园填报日期{colon}2024年2月20日\n"
                 "一、基本情况\n本单位全年预算80万元,支出76万元。\n")
    assert read.unit.name == "丁镇中心幼儿园"


@pytest.mark.parametrize("opening", [
    "我馆xx年度项目支出绩效自评情况报告如下:",
    "本中心XX年度项目支出绩效自评报告如下：",
])
def test_a_first_sentence_in_the_units_own_words_names_no_project(opening: str) -> None:
    """A body's first sentence standing where a title would, in the unit's own words or with its year left blank
    ("我馆xx年度项目支出…报告如下", no 现将 before it): its head is no project's name (before, "我馆xx年度项目")."""
    assert getattr(_read(opening + "\n一、项目基本情况\n某某馆负责实施。\n").project, "name", None) is None


def test_a_yearless_titles_head_still_names_its_project() -> None:
    """A guard: "某某改造项目支出绩效自评报告" with no year names its project from the head."""
    assert _read("城区路灯节能改造项目支出绩效自评报告\n一、项目基本情况\n某某馆负责实施。\n").project.name \
        == "城区路灯节能改造"
