"""A text layer that prints every figure twice (a viewer's rendering of bold text) is read once, with a warning;
a text without the doubling throughout keeps its figures as written (invented reports)."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jixiao.readers import doubled_figures
from jixiao.readers.doubled_figures import shows_doubling, undouble_figures
from jixiao.readers.extract import extract
from jixiao.readers.source_text import text_to_document

_DOUBLED = ("2023年度某某宣传经费项目绩效自评报告\n"
            "一、项目基本情况本项目年初预算 4545 万元,当年实际到位 52.552.5 万元,支出 48.1248.12 万元,"
            "预算执行率91.66%91.66%。二、存在问题(1)(1) 宣传覆盖面不足。(2)(2) 经费下达较晚。"
            "设置绩效目标 1212 个,完成 1010 个。\n")


def test_a_text_layer_printing_every_figure_twice_is_read_once_with_a_warning() -> None:
    document = text_to_document(_DOUBLED, "report.txt")
    text = "".join(getattr(block, "text", "") for block in document.blocks)
    assert "年初预算 45 万元" in text and "到位 52.5 万元" in text and "支出 48.12 万元" in text
    assert "91.66%。" in text and "(1) 宣传" in text and "目标 12 个" in text and "完成 10 个" in text
    assert any("重复" in w and "推测" in w for w in document.warnings)
    evaluation = extract(document)[0]
    assert evaluation.budget.initial == Decimal(45)


def test_a_fused_run_of_two_equal_cells_alone_is_no_doubled_layer() -> None:
    # a flattened form's 年初 and 全年 预算数 both 64.8, run together: no doubled list mark, so nothing is undone
    text = "年度资金总额 64.864.863.20 10 97.53% 9.75\n其中:当年财政拨款 64.864.863.20\n(1) 某某指标 12.512.5 \n"
    assert undouble_figures(text) == (text, 0)


@given(st.lists(st.sampled_from(["(1)", "(1)(1)", "（2）（2）", "(3)（3）", "(", ")", "（", "）", "12.5", "12.512.5",
                                 "7.17.1", "3", " ", "\n", "某某"]), max_size=14).map("".join))
@settings(max_examples=600, deadline=None)
def test_a_text_shows_the_doubling_as_the_marks_and_decimals_alone_say(text: str) -> None:
    marks = re.findall(r"([(（]\d{1,2}[)）])\1", text)
    decimals = re.findall(r"(?<![\d.])(\d{1,9}\.\d{1,4}%?)[,，]?\1(?![\d.])", text)
    assert shows_doubling(text) == (len(marks) >= 2 and len(decimals) >= 3)


def test_the_marks_are_not_searched_in_a_text_whose_brackets_never_touch(monkeypatch: pytest.MonkeyPatch) -> None:
    searched: list[str] = []

    class Recording:
        def findall(self, text: str) -> list[str]:
            searched.append(text)
            return []

    monkeypatch.setattr(doubled_figures, "_MARK", Recording())
    assert not shows_doubling("某县（区）2024年度项目(一期)支出 12.512.5 万元")
    assert searched == []
