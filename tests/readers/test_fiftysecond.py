"""Shapes of the fifty-second set (docs/reader-corpora/fiftysecond.md), each rebuilt from an invented snippet of the
same shape (invented units and figures)."""

from __future__ import annotations

from pathlib import Path

from jixiao.checks import run_checks
from jixiao.model import Evaluation
from jixiao.numbers import chinese_numeral
from jixiao.readers import read_any

_HEAD = ("某市某某站２０２５年某某救助项目绩效自评报告\n"
         "　　２０２５年全年预算５０．００万元，全年实际支出４８．００万元，预算执行率９６．００％。\n")


def _read(tmp_path: Path, text: str) -> Evaluation:
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    return read_any(path).evaluation


def _line(mark: str, name: str, weight: int, score: str) -> str:
    return f"{mark}{name}：年度目标值≥１０次，实际完成１２次，分值{weight}分，得分{score}分。\n"


def test_roman_numeral_headings_name_the_level(tmp_path: Path) -> None:
    """"（Ⅰ）产出指标（分值４０分）" over ①② indicator lines: the lines' 一级 (before, a Roman numeral in one
    character was no heading marker, so the indicators had none); "Ⅰ、" headings and lower-case numerals as well."""
    assert [chinese_numeral(c) for c in "ⅠⅣⅫⅱ"] == [1, 4, 12, 2]
    for first, second in (("（Ⅰ）", "（Ⅱ）"), ("Ⅰ、", "Ⅱ、"), ("（ⅰ）", "（ⅱ）")):
        evaluation = _read(tmp_path, _HEAD + f"{first}产出指标（分值４０分）\n" + _line("①", "甲巡查次数", 20, "２０")
                           + _line("②", "乙走访次数", 20, "１８．７５") + f"{second}效益指标\n"
                           + _line("①", "丙宣传次数", 30, "３０"))
        assert [(i.name, i.level1) for i in evaluation.indicators] == [
            ("甲巡查次数", "产出指标"), ("乙走访次数", "产出指标"), ("丙宣传次数", "效益指标")], first


def test_numbers_restarting_in_each_block_are_no_repeat(tmp_path: Path) -> None:
    """①② under （Ⅰ）产出指标 and ①② again under （Ⅱ）效益指标: each block numbers its own indicators, so no
    NUMBERING_REPEAT (before, the numbers were counted as one list: "指标编号 1 用了 2 次"); a number used twice inside
    one block is still found."""
    blocks = ("（Ⅰ）产出指标（分值４０分）\n" + _line("①", "甲巡查次数", 20, "２０")
              + _line("②", "乙走访次数", 20, "２０") + "（Ⅱ）效益指标（分值５０分）\n"
              + _line("①", "丙宣传次数", 25, "２５"))
    restarting = _read(tmp_path, _HEAD + blocks + _line("②", "丁回访次数", 25, "２５"))
    assert [i.number for i in restarting.indicators] == [1, 2, 1, 2]
    assert not [f for f in run_checks(restarting) if f.code == "NUMBERING_REPEAT"]
    twice = _read(tmp_path, _HEAD + blocks + _line("①", "丁回访次数", 25, "２５"))
    assert [f.message for f in run_checks(twice) if f.code == "NUMBERING_REPEAT"] == [
        "指标编号 1 用了 2 次：“丙宣传次数”、“丁回访次数”"]
