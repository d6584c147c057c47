"""Shapes of the sixtieth set (docs/reader-corpora/sixtieth.md), each rebuilt from an invented snippet of the same
shape (invented units and figures)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from jixiao.model import Evaluation
from jixiao.readers import read_any


def _read(tmp_path: Path, name: str, text: str) -> Evaluation:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_any(path).evaluation


def test_csv_whose_merged_cells_were_filled(tmp_path: Path) -> None:
    """A form saved as CSV after its merges were filled: the title in every column, the block label 项目资金（万元）
    before each money row, 总分 in the five cells it spanned (before, no budget and no total were read)."""
    title = ",".join(["某区2024年度项目支出绩效自评表"] * 8)
    rows = [title, ",".join(["项目名称"] * 2 + ["某区社区食堂补助项目"] * 6),
            "项目资金（万元）,项目资金（万元）,年初预算数,全年预算数,全年执行数,分值,执行率,得分",
            "项目资金（万元）,年度资金总额,150.00,160.00,156.80,10,98.00%,9.80",
            "项目资金（万元）,其中：彩票公益金,120.00,130.00,126.80,—,—,—",
            "项目资金（万元）,上年结转资金,30.00,30.00,30.00,—,—,—",
            "一级指标,二级指标,三级指标,年度指标值,实际完成值,分值,得分,偏差原因分析及改进措施",
            "产出指标,数量指标,新建社区食堂,4-6个,5个,40,40,",
            "效益指标,社会效益指标,日均就餐老人人次,≥300人次,286人次,40,38.5,冬季就餐人数减少",
            "满意度指标,服务对象满意度指标,就餐老人满意度,≥90%,95%,10,10,",
            "总分,总分,总分,总分,总分,100,98.3,优"]
    evaluation = _read(tmp_path, "form.csv", "\r\n".join(rows) + "\r\n")
    budget = evaluation.budget
    assert (budget.initial, budget.adjusted, budget.executed) == (Decimal("150.00"), Decimal("160.00"),
                                                                  Decimal("156.80"))
    assert [(f.name, f.executed) for f in budget.fund_rows] == [("彩票公益金", Decimal("126.80")),
                                                                ("上年结转资金", Decimal("30.00"))]
    assert {i.name: i.stated_score for i in evaluation.indicators}["日均就餐老人人次"] == Decimal("38.5")
    assert (evaluation.stated_total, evaluation.stated_grade) == (Decimal("98.3"), "优")
