"""A flattened form whose level and name cells open on outline numbers ("1 产出指标", "1.2 数量指标",
"1.2.1 名称") and whose amounts are in the 元 a line over the form states, one cell per line or as " |" cells
(invented unit, project and figures)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from page_reading import by_name, read_page

from jixiao.checks import run_checks
from jixiao.checks.finding import Severity
from jixiao.readers.cells import Kind, kind, without_outline_number

_FORM = [
    "项目支出绩效目标自评表", "（2024年度） 金额单位：元",
    "项目名称", "某镇古桥修缮项目", "主管部门", "某县文化局", "实施单位", "某县文物所",
    "项目资金", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分",
    "年度资金总额", "1,500,000.00", "1,600,000.00", "1,520,000.00", "10", "90.00%", "9",
    "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施",
    "1 产出指标", "1.1 预算执行", "1.1.1 预算执行率", "90.00%", "10", "9",
    "1.2 数量指标", "1.2.1 修缮古桥座数", "≥3座", "3座", "40", "40",
    "2 满意度指标", "2.1 服务对象满意度指标", "2.1.1 村民满意度", "≥90%", "95%", "50", "50",
    "总分", "100", "99",
]


def test_an_outline_number_before_a_level_leaves_the_level() -> None:
    assert kind("1 产出指标") is Kind.LEVEL1
    assert kind("1.2 数量指标") is Kind.LEVEL2
    assert kind("2.1、服务对象满意度指标") is Kind.LEVEL2
    assert without_outline_number("1.2.1 修缮古桥座数") == "修缮古桥座数"
    assert without_outline_number("2.5米宽步道") == "2.5米宽步道"  # a figure, not a number of the outline


@pytest.mark.parametrize("shape", ["cells", "web"])
def test_numbered_level_cells_and_a_stated_yuan_read_as_the_form_writes_them(shape: str) -> None:
    """The numbered 预算执行率 row is the form's one rate indicator under its levels (before, the level cells were
    not read as levels and the money block gave a second one: weights 110, a false 总分 mismatch), and the 元 the
    line over the form states makes the amounts read, not guessed, so the planted rate (90.00 % for 95.00 %) is an
    error."""
    text = "\n".join(_FORM) if shape == "cells" else "\n".join(f"{cell} |" for cell in _FORM)
    evaluation = read_page(text)
    got = by_name(evaluation)
    assert list(got) == ["预算执行率", "修缮古桥座数", "村民满意度"]
    assert (got["预算执行率"].level1, got["预算执行率"].level2, got["预算执行率"].weight) == ("产出指标", "预算执行",
                                                                                      Decimal("10"))
    assert (got["村民满意度"].level1, got["村民满意度"].level2) == ("满意度指标", "服务对象满意度指标")
    assert evaluation.budget.executed == Decimal("152.00")
    assert evaluation.provenance["budget.executed"].guessed is False
    errors = {f.code for f in run_checks(evaluation) if f.severity is Severity.ERROR}
    assert errors == {"EXECUTION_RATE_MISMATCH"}
