"""Stop 60, flat72: a system's long field sheet (序号 | 对象 | 属性 | 值 | 计量单位, one row a field) flattened: rows
spaced, one cell a line (empty unit cells dropped), a web page's "|" cells, the whole sheet on one line. Invented unit,
figures and wording."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from page_reading import flattened, indicator_rows, read_saved

from jixiao.readers.field_sheet_text import field_sheet_text

_TITLE = ["某某区文体中心2023年全民健身设施更新项目绩效自评数据"]
_FIELDS = [("项目", "项目名称", "某某区2023年全民健身设施更新项目", ""), ("项目", "主管部门", "某某区文化体育局", ""),
           ("项目", "实施单位", "某某区文体中心", ""),
           ("项目资金", "年初预算数", "64", "万元"), ("项目资金", "全年预算数", "70.5", "万元"),
           ("项目资金", "全年执行数", "68.2", "万元"),
           ("绩效指标1", "一级指标", "产出指标", ""), ("绩效指标1", "二级指标", "数量指标", ""),
           ("绩效指标1", "三级指标", "更新健身路径数量", ""), ("绩效指标1", "年度指标值", "≥40套", ""),
           ("绩效指标1", "实际完成值", "42套", ""), ("绩效指标1", "分值", "15", ""), ("绩效指标1", "得分", "14", ""),
           ("绩效指标2", "一级指标", "满意度指标", ""), ("绩效指标2", "二级指标", "服务对象满意度指标", ""),
           ("绩效指标2", "三级指标", "健身群众满意度", ""), ("绩效指标2", "年度指标值", "≥90%", ""),
           ("绩效指标2", "实际完成值", "94%", ""), ("绩效指标2", "分值", "20", ""), ("绩效指标2", "得分", "19.5", ""),
           ("自评结果", "自评得分", "96.5", "")]
_HEAD = ["序号", "对象", "属性", "值", "计量单位"]
# each row's cells as a flattening keeps them: an empty unit cell dropped (row 13's score "14" is row 14's serial
# number: a value, no object follows it)
_ROWS = [_HEAD, *([str(n), obj, attribute, value, *([unit] if unit else [])]
                  for n, (obj, attribute, value, unit) in enumerate(_FIELDS, 1))]
_INDICATORS = [("产出指标", "数量指标", "更新健身路径数量", Decimal(15), Decimal(14)),
               ("满意度指标", "服务对象满意度指标", "健身群众满意度", Decimal(20), Decimal("19.5"))]


def _web(rows: list[list[str]]) -> list[str]:
    """A web page's copy: each cell a line ending in " |", a lone "|" for an empty cell, "|||||||" after every third
    row."""
    return [line for n, row in enumerate(rows) for line in [*(f"{c} |" for c in row), *(["|"] if len(row) == 4 else []),
                                                            *(["|||||||"] if n % 3 == 2 else [])]]


@pytest.mark.parametrize("shape", ["spaced", "cells", "one_line", "web"])
def test_a_field_sheet_flattened_reads_as_its_fields(tmp_path: Path, shape: str) -> None:
    """Each shape reads as the sheet does: the project, the money, each numbered indicator and the total."""
    lines = [*_TITLE, *_web(_ROWS)] if shape == "web" else flattened(_TITLE, _ROWS, [], shape)
    evaluation = read_saved(tmp_path, "\n".join(lines) + "\n")
    assert indicator_rows(evaluation) == _INDICATORS
    assert [(i.target.comparator, i.target.value, i.actual.value) for i in evaluation.indicators] == [
        ("≥", Decimal(40), Decimal(42)), ("≥", Decimal(90), Decimal(94))]
    assert (evaluation.project.name, evaluation.unit.supervising_department, evaluation.budget.initial,
            evaluation.budget.executed, evaluation.stated_total) == (
        "某某区2023年全民健身设施更新项目", "某某区文化体育局", Decimal(64), Decimal("68.2"), Decimal("96.5"))


def test_the_rows_are_cut_at_serial_numbers_followed_by_an_object() -> None:
    """A value equal to the next serial number is the row's value; the unit stays with its value; the title above
    and a line after the sheet stay as they were."""
    text = field_sheet_text("\n".join([*flattened(_TITLE, _ROWS, [], "cells"), "分享到："]) + "\n")
    lines = text.splitlines()
    assert lines[0] == _TITLE[0]
    assert "年初预算数：64万元" in lines
    assert lines[lines.index("【绩效指标1】") + 6:lines.index("【绩效指标1】") + 8] == ["分值：15", "得分：14"]
    assert lines[-1] == "分享到："


def test_a_numbered_list_without_an_object_column_is_left_alone() -> None:
    """(A guard) 序号 | 项目 | 内容 rows are a report's own list, not a field export: the text is unchanged."""
    rows = [["序号", "项目", "内容"], *([str(n), f"工作{n}", f"完成某某事项{n}项"] for n in range(1, 11))]
    text = "\n".join(flattened([], rows, [], "spaced")) + "\n"
    assert field_sheet_text(text) == text
