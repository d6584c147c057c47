"""Shapes of the fifty-third set (docs/reader-corpora/fiftythird.md), each rebuilt from an invented snippet of the
same shape (invented units and figures)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from jixiao.readers import read_any
from jixiao.readers.extract.values import parse_target

_REPORT = ("某县某某站2025年度某某维护经费绩效自评报告\n"
           "本项目由某县某某局主管，某县某某站负责实施。\n"
           "本年度年初预算40.00万元，全年预算42.00万元，全年执行40.60万元，执行率96.67%。\n"
           "经自评，本项目自评得分96.50分，等级为“优”。\n")


def _read(tmp_path: Path, text: str) -> object:
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    return read_any(path).evaluation


def test_covering_letter_over_the_enclosed_report_names_its_project(tmp_path: Path) -> None:
    """A consultancy's "关于报送2025年度项目绩效自评复核结果的函" with the batch's scores, then the enclosed
    report's own title: the project is the enclosed title's (before, the letter's title named none: the name was
    lost)."""
    evaluation = _read(tmp_path, (
        "关于报送2025年度项目绩效自评复核结果的函\n某县财政局：\n现将复核结果汇总如下。\n"
        "序号\t单位名称\t自评得分\n1\t某县甲中心\t95.10\n2\t某县某某站\t96.50\n某某咨询公司　2026年3月1日\n"
        + _REPORT))
    assert evaluation.project.name == "某某维护经费"  # type: ignore[attr-defined]
    assert evaluation.year == 2025  # type: ignore[attr-defined]


def test_letter_that_is_itself_the_report_keeps_its_own_reading(tmp_path: Path) -> None:
    """A letter's title naming its project ("关于报送某某维护经费2025年度绩效自评报告的函") keeps that project; a
    report title further down is not looked for."""
    evaluation = _read(tmp_path, "关于报送某某维护经费2025年度绩效自评报告的函\n某县财政局：\n" + _REPORT)
    assert evaluation.project.name  # type: ignore[attr-defined]
    assert evaluation.project.name != ""  # type: ignore[attr-defined]


def test_target_bounded_on_both_sides_keeps_both() -> None:
    """"≥95%且≤100%": at least the lower bound, the whole kept as written as a range is (before, the upper bound was
    dropped with no trace); words and a comma join the two as 且 does."""
    assert parse_target("≥95%且≤100%") == {"comparator": "≥", "value": Decimal("95"), "upper": Decimal("100"),
                                          "unit": "%", "text": "≥95%且≤100%"}
    assert parse_target("不低于3次且不超过5次") == {"comparator": "≥", "value": Decimal("3"), "upper": Decimal("5"),
                                               "unit": "次", "text": "不低于3次且不超过5次"}
    assert parse_target("＞90%，≤100%")["comparator"] == ">"  # type: ignore[index]
    assert "text" not in parse_target("≥95%")  # type: ignore[operator]
    assert "text" not in parse_target("≥3次且≤2次")  # type: ignore[operator]  # (no bound the wrong way round)


def test_consultancy_preparing_the_report_is_no_unit(tmp_path: Path) -> None:
    """A cover's "编制单位：某某咨询有限公司" under "单位名称：某县某某馆": the firm that wrote the report, not a second
    unit name (before, it was offered as one with a 单位名称前后不一致 warning); a cover naming the unit alone is
    read as before."""
    cover = "部门整体支出绩效自评报告\n单位名称：某县某某馆\n所属年度：2025年度\n编制单位：某某正衡绩效咨询有限公司\n"
    body = "一、基本情况\n本馆为公益一类事业单位。本年度年初预算100.00万元，全年预算110.00万元。\n"
    path = tmp_path / "report.txt"
    path.write_text(cover + body, encoding="utf-8")
    read = read_any(path)
    assert read.evaluation.unit.name == "某县某某馆"
    assert not any("单位名称" in w for w in read.warnings)
    assert "unit.name" not in read.evaluation.alternatives
    own = _read(tmp_path, cover.replace("某某正衡绩效咨询有限公司", "某县某某馆") + body)
    assert own.unit.name == "某县某某馆"  # type: ignore[attr-defined]
