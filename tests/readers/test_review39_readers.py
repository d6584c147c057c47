"""Review of stop 39's first round of reader changes (docs/reader-corpora/review-39-readers.md): each finding as an
invented snippet (invented units and figures)."""

from __future__ import annotations

from decimal import Decimal

from page_reading import read_page as _read

from jixiao.readers.extract.values import parse_target


def test_a_bracketed_pair_no_interval_is_no_bound() -> None:
    """"[100%,95%]" (its ends the wrong way round) and "(2023,2025]" (two years) name no bound the reader is sure
    of: before, the first read ≥ 100 % and a 97 % actual raised a score error, the second the figure 2023."""
    assert parse_target("[100%,95%]") == {"text": "[100%,95%]"}
    assert parse_target("(5,5]") == {"text": "(5,5]"}
    assert parse_target("(2023,2025]") == {"text": "(2023,2025]"}
    read = _read("某县某某中心2024年度项目支出绩效自评表\n"
                 "一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分\n"
                 "产出指标 | 质量指标 | 某某设备完好率 | [100%,95%] | 97% | 100 | 100\n")
    assert [(i.name, i.target.value) for i in read.indicators] == [("某某设备完好率", None)]


def test_a_closed_interval_in_lenticular_brackets() -> None:
    """"【90,100】" is the closed range "[90,100]" (before: the figure 90100 with a unit "】")."""
    assert parse_target("【90,100】") == {"comparator": "≥", "value": Decimal("90"), "upper": Decimal("100"),
                                        "unit": "", "text": "【90,100】"}
    assert parse_target("〔0.5,1〕万元")["value"] == Decimal("0.5")


def test_an_interval_from_zero_is_its_upper_bound() -> None:
    """"(0,5%]" (a complaint rate held at most 5 %) read "> 0 %" made an actual 0 % fall short of its target; an
    interval from 0 bounds the figure from above."""
    assert parse_target("(0,5%]") == {"comparator": "≤", "value": Decimal("5"), "unit": "%", "text": "(0,5%]"}
    assert parse_target("[0,3]次")["comparator"] == "≤"
    read = _read("某县某某中心2024年度项目支出绩效自评表\n"
                 "一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分\n"
                 "满意度指标 | 服务对象满意度指标 | 群众投诉率 | (0,5%] | 0% | 10 | 10\n")
    assert [(i.name, i.target.comparator, i.target.value) for i in read.indicators] == [("群众投诉率", "≤", 5)]
