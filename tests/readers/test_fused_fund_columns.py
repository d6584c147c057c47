"""A money table on its side (资金类别 | 中央资金 | 省级资金 | 县级资金 | 合计 over 年初预算数 / 全年预算数 /
全年执行数 / 执行率 rows) whose cells a viewer ran together: "资金类别中央资金…合计",
"年初预算数120.0050.0030.00200.00". The head is cut at the sources' names, each amount row where its 合计 is the sum
of the sources, each rate row at its % signs: the fund rows of the Word table, every cut cell a guess (invented
report)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from page_reading import read_saved_rows

from jixiao.readers.flat_fund_columns import _fused_head
from jixiao.readers.fused_money import GuessedCell, split_summed

_HEAD = ["某县某镇2024年度农村道路养护项目绩效自评报告", "一、项目基本情况",
         "项目名称：某镇农村道路养护项目。主管部门：某县交通运输局。实施单位：某县某镇人民政府。",
         "二、资金安排及使用情况（单位：万元）"]
_TABLE = ["资金类别中央资金省级资金县级资金合计",
          "年初预算数120.0050.0030.00200.00",
          "全年预算数120.0055.0032.50207.50",
          "全年执行数118.6054.2029.70202.50",
          "执行率98.83%98.55%91.38%97.59%"]
_TAIL = ["三、自评结论", "经自评，该项目自评得分95.20分，自评等级为优。"]


def test_the_sources_are_fund_rows_and_every_cut_is_a_guess(tmp_path: Path) -> None:
    evaluation = read_saved_rows(tmp_path, [*_HEAD, *_TABLE, *_TAIL])
    budget = evaluation.budget
    assert (budget.initial, budget.adjusted, budget.executed) == (
        Decimal("200.00"), Decimal("207.50"), Decimal("202.50"))
    assert [(f.name, f.initial, f.adjusted, f.executed) for f in budget.fund_rows] == [
        ("中央资金", Decimal("120.00"), Decimal("120.00"), Decimal("118.60")),
        ("省级资金", Decimal("50.00"), Decimal("55.00"), Decimal("54.20")),
        ("县级资金", Decimal("30.00"), Decimal("32.50"), Decimal("29.70"))]
    assert evaluation.provenance["budget.executed"].guessed
    assert evaluation.provenance["budget.fund_rows"].guessed


def test_an_amount_row_the_sum_does_not_cut_once_gives_no_table(tmp_path: Path) -> None:
    rows = [*_TABLE[:1], "年初预算数120.0050.0030.00210.00", *_TABLE[2:]]  # the sources do not add up to 合计
    assert read_saved_rows(tmp_path, [*_HEAD, *rows, *_TAIL]).budget.fund_rows == []


def test_the_split_that_keeps_the_total_the_sum() -> None:
    assert split_summed("120.0050.0030.00200.00", 4, 3) == ["120.00", "50.00", "30.00", "200.00"]
    assert split_summed("200120.550.529", 4, 0) == ["200", "120.5", "50.5", "29"]
    assert split_summed("11211", 3, 2) is None  # no split adds up (11 | 2 | 11, 1 | 12 | 11 …)
    assert split_summed("11011", 3, 2) is None  # two do: 1 | 10 | 11 and 11 | 0 | 11


def test_a_fused_head_is_cut_only_when_one_caption_gives_names_throughout_and_the_caption_cut_is_a_guess() -> None:
    head = _fused_head("资金类别中央资金省级资金合计")
    assert head == ["资金类别", "中央资金", "省级资金", "合计"]
    assert head is not None and all(isinstance(cell, GuessedCell) for cell in head)
    # 项目 | 资金中央资金 | 县级资金 | 合计 and 项目资金 | 中央资金 | 县级资金 | 合计 both fit: neither is taken
    assert _fused_head("项目资金中央资金县级资金合计") is None
