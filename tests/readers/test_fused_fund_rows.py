"""Fused fund rows: a 其中 row's amounts run into one cell, split within the block's total row
(``flat_money_rows._fund_part``, ``fused_money.split_under_total``): every cell a guess, no row when the total
leaves no split or several."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from page_reading import read_saved_rows as _read_rows

from jixiao.readers.fused_money import split_under_total

_HEAD = ["某县职业中学实训设备购置项目支出绩效自评表",
         "项目名称实训设备购置主管部门某县教育局实施单位某县职业中学",
         "项目资金（万元）年初预算数全年预算数全年执行数分值执行率得分"]


def test_a_fund_rows_amounts_are_cut_within_what_the_total_leaves() -> None:
    room = [Decimal("47.3"), Decimal("47.3"), Decimal("41.86")]
    assert split_under_total("47.347.341.86", room) == ["47.3", "47.3", "41.86"]  # (not 47.34 | 7.3 | 41.86)
    assert split_under_total("1201200", [Decimal(200)] * 3) is None  # 120 | 1 | 200 and 120 | 120 | 0 both fit
    assert split_under_total("47.347.341.86", [Decimal(40)] * 3) is None  # no cut within a total of 40


def test_a_fused_fund_row_under_the_total_reads_the_total_rows_amounts(tmp_path: Path) -> None:
    evaluation = _read_rows(tmp_path, [*_HEAD, "年度资金总额47.347.341.861088.5%8.85",
                                       "其中：当年财政拨款47.347.341.86", "上年结转资金", "其他资金", "总分10088"])
    assert [(f.name, f.initial, f.adjusted, f.executed) for f in evaluation.budget.fund_rows] == [
        ("当年财政拨款", Decimal("47.3"), Decimal("47.3"), Decimal("41.86"))]
    assert evaluation.provenance["budget.fund_rows"].guessed


def test_fund_rows_are_cut_within_what_the_rows_above_leave(tmp_path: Path) -> None:
    evaluation = _read_rows(tmp_path, [*_HEAD, "年度资金总额606058.51097.5%9.75",
                                       "其中：当年财政拨款303029", "其他资金303029.5", "总分10095"])
    # the first row's cut within 60 | 60 | 58.5 is one (30 | 30 | 29); the second's within what it leaves
    assert [(f.name, f.initial, f.adjusted, f.executed) for f in evaluation.budget.fund_rows] == [
        ("当年财政拨款", 30, 30, 29), ("其他资金", 30, 30, Decimal("29.5"))]


def test_a_fund_row_the_total_leaves_undecided_gives_no_row(tmp_path: Path) -> None:
    evaluation = _read_rows(tmp_path, [*_HEAD, "年度资金总额130.5130.5128.61098.54%9.85",
                                       "其中：当年财政拨款1101100", "总分10095"])
    assert evaluation.budget.adjusted == Decimal("130.5")
    assert evaluation.budget.fund_rows == []  # 110 | 1 | 100, 110 | 110 | 0, 1 | 101 | 100 …
