"""Stop 62, flat74: a system's wide export row (its headers "项目名称 … 指标1一级指标 … 指标3偏差原因 … 自评等级"
over one row of values) flattened: its headers first, then its values, the empty cells dropped (a row a line, a cell
a line, one line) or kept as a web page's lone "|". Invented unit, figures and wording."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from page_reading import flattened, indicator_rows, read_saved

from jixiao.readers.wide_row_text import wide_row_text

_TITLE = ["某某县城市管理局2024年项目支出绩效自评数据导出"]
_FIELDS = ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施")
_HEAD = ["项目名称", "主管部门", "实施单位", "年初预算数（万元）", "全年预算数（万元）", "全年执行数（万元）",
         *(f"指标{n}{field}" for n in (1, 2, 3) for field in _FIELDS), "总分", "自评得分", "自评等级"]
# the notes of indicators 1 and 3 empty, indicator 2's stated
_ROW = ["某县2024年背街小巷路灯改造项目", "某县城市管理局", "某县市政设施维护中心", "120", "128.6", "125.3",
        "产出指标", "数量指标", "改造路灯数量", "≥600盏", "612盏", "40", "40", "",
        "效益指标", "社会效益指标", "夜间照明覆盖率", "≥95%", "93%", "30", "28", "部分小巷线路待入冬后敷设",
        "满意度指标", "服务对象满意度指标", "沿街居民满意度", "≥90%", "92%", "30", "30", "",
        "100", "98", "优"]
_INDICATORS = [("产出指标", "数量指标", "改造路灯数量", Decimal(40), Decimal(40)),
               ("效益指标", "社会效益指标", "夜间照明覆盖率", Decimal(30), Decimal(28)),
               ("满意度指标", "服务对象满意度指标", "沿街居民满意度", Decimal(30), Decimal(30))]


def _lines(shape: str) -> list[str]:
    if shape == "web":  # a web page's copy: a cell a line ending in " |", a lone "|" an empty cell
        return ["首页 > 信息公开 > 绩效评价", *(f"{c} |" if c else "|" for c in [*_HEAD, *_ROW]), "分享到："]
    return flattened(_TITLE, [_HEAD, [c for c in _ROW if c]], [], shape)


@pytest.mark.parametrize("shape", ["spaced", "cells", "one_line", "web"])
def test_a_wide_export_row_flattened_reads_as_its_fields(tmp_path: Path, shape: str) -> None:
    """Each shape reads as the sheet does: the project, the money, each numbered indicator with its own note, the
    total and the grade."""
    evaluation = read_saved(tmp_path, "\n".join(_lines(shape)) + "\n")
    assert indicator_rows(evaluation) == _INDICATORS
    assert [i.deviation_note for i in evaluation.indicators] == [None, "部分小巷线路待入冬后敷设", None]
    assert (evaluation.project.name, evaluation.unit.supervising_department, evaluation.budget.initial,
            evaluation.budget.executed, evaluation.stated_total) == (
        "某县2024年背街小巷路灯改造项目", "某县城市管理局", Decimal(120), Decimal("125.3"), Decimal(98))


def test_the_values_go_under_the_headers_they_fit() -> None:
    """The empty notes dropped, the second indicator's note stays its own and the total after the last score is
    the total, not the last indicator's note; the title above stays as it was."""
    lines = wide_row_text("\n".join(_lines("cells")) + "\n").splitlines()
    assert lines[0] == _TITLE[0]
    second = lines.index("【指标2】")
    assert lines[second + 7:second + 9] == ["得分：28", "偏差原因分析及改进措施：部分小巷线路待入冬后敷设"]
    assert lines[lines.index("【指标3】") + 7:lines.index("【指标3】") + 10] == ["得分：30", "【其他】", "总分：100"]


def test_a_breadcrumb_above_a_web_table_is_no_header() -> None:
    """The site's "首页 > 信息公开 > 绩效评价" line holds words but no header: the first header is 项目名称."""
    lines = wide_row_text("\n".join(_lines("web")) + "\n").splitlines()
    assert lines[:2] == ["首页 > 信息公开 > 绩效评价", "项目名称：某县2024年背街小巷路灯改造项目"]


def test_a_few_numbered_heads_are_left_alone() -> None:
    """(A guard) a form whose text names "指标1…" to "指标3…" once each is no export row: the text is unchanged."""
    text = "\n".join(["指标1完成情况", "按期完成", "指标2完成情况", "基本完成", "指标3完成情况", "未完成"]) + "\n"
    assert wide_row_text(text) == text


# an indicator table with no 偏差原因 column: two notes each in a row of their own, merged across under its indicator
_NOTE_HEAD = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]
_NOTE_ROWS = [["产出指标", "数量指标", "义诊下乡场次", "≥24场", "21场", "20", "17.5"],
              ["偏差原因及改进措施：汛期两个月停诊，已于次年一季度补齐"],
              ["产出指标", "质量指标", "体检报告出具及时率", "≥95%", "98%", "20", "20"],
              ["满意度指标", "服务对象满意度指标", "参检群众满意度", "≥90%", "86%", "20", "18"],
              ["偏差原因：候检区座位不足，已增设候检棚"],
              ["总分", "60", "55.5"]]
_NOTE_TITLE = ["某县卫生院2024年巡回医疗项目绩效自评表"]


@pytest.mark.parametrize("shape", ["spaced", "cells", "web"])
def test_a_note_row_under_its_indicator_flattened_is_that_indicators_note(tmp_path: Path, shape: str) -> None:
    """The note's line right after an indicator's row is that indicator's 偏差原因, as the Word reader reads the
    merged row; the indicator between the two notes has none."""
    rows = [_NOTE_HEAD, *_NOTE_ROWS]
    lines = [*_NOTE_TITLE, *(f"{c} |" for row in rows for c in row)] if shape == "web" else \
        flattened(_NOTE_TITLE, rows, [], shape)
    evaluation = read_saved(tmp_path, "\n".join(lines) + "\n")
    assert [(i.name, i.deviation_note) for i in evaluation.indicators] == [
        ("义诊下乡场次", "汛期两个月停诊，已于次年一季度补齐"), ("体检报告出具及时率", None),
        ("参检群众满意度", "候检区座位不足，已增设候检棚")]
    assert evaluation.stated_total == Decimal("55.5")


def test_a_deviation_paragraph_after_the_form_stays_text(tmp_path: Path) -> None:
    """(A guard) a "偏差原因：" paragraph well below the form, after the sign-off lines, is the report's own text: no
    indicator takes it as its note."""
    rows = [_NOTE_HEAD, _NOTE_ROWS[0], _NOTE_ROWS[2], ["总分", "40", "37.5"]]
    tail = ["填报人：某某", "联系电话：0000-0000000", "审核人：某某", "填报日期：2025年1月10日",
            "偏差原因：个别场次因天气取消"]
    evaluation = read_saved(tmp_path, "\n".join(flattened(_NOTE_TITLE, rows, tail, "spaced")) + "\n")
    assert [i.deviation_note for i in evaluation.indicators] == [None, None]
