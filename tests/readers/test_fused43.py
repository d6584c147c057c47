"""Flattened forms, stop 43, each from an invented snippet (invented units and figures;
docs/reader-corpora/flat-shapes-30.md, fused43)."""

from __future__ import annotations

import pytest
from page_reading import indicator_rows, read_page

from jixiao.checks import run_checks
from jixiao.checks.finding import Severity

_HEAD = ["某县某中心2024年度项目支出绩效自评表", "项目名称 某某补贴项目"]
_TAIL = ["合计 100 95", "填报人：某某 填报日期：2025年2月1日"]


@pytest.mark.parametrize("join", ["\n", " "])
def test_spaced_level_rows_numbered_in_a_serial_column(join: str) -> None:
    """"1 产出指标" / "1.1 数量指标" over "1.1.1 某某人数 ≥120人 131人 30 30", each row on its line or the whole
    table on one line, single spaces between cells: the number and its level stayed one piece ("1 产出指标" is no
    level word), so no row had its levels. They are two cells, as a table's 序号 column gives them."""
    rows = ["序号 指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施",
            "1 产出指标",
            "1.1 数量指标",
            "1.1.1 某某人数 ≥120人 131人 30 30",
            "1.2 质量指标",
            "1.2.1 某某合格率 ≥90% 86% 30 25 部分某某未达标",
            "2 效益指标",
            "2.1 社会效益指标",
            "2.1.1 某某覆盖率 ≥95% 97% 40 40"]
    page = read_page("\n".join([*_HEAD, join.join(rows), *_TAIL]))
    assert indicator_rows(page, "name", "weight", "stated_score") == [
        ("某某人数", 30, 30), ("某某合格率", 30, 25), ("某某覆盖率", 40, 40)]
    assert [(i.level1, i.level2) for i in page.indicators] == [
        ("产出指标", "数量指标"), ("产出指标", "质量指标"), ("效益指标", "社会效益指标")]
    assert not [f for f in run_checks(page) if f.severity == Severity.ERROR]


def test_fused_rows_numbered_by_an_outline_in_a_serial_column() -> None:
    """"序号指标年度指标值…" over "1产出指标", "1.1数量指标", "1.1.1某某人数≥120人131人3030": the header's rows open on
    their 序号, but it numbers an outline, so no row was the next whole number and the table ended on its first
    level. A number continuing the outline opens a level's row (number | level) or an indicator's row (number, then
    the name and values cut as any such row); every cell is a guess."""
    rows = ["序号指标年度指标值实际完成值分值得分偏差原因分析及改进措施",
            "1产出指标",
            "1.1数量指标",
            "1.1.1某某人数≥120人131人3030",
            "1.2质量指标",
            "1.2.1某某合格率≥90%86%3025部分某某未达标",
            "2效益指标",
            "2.1社会效益指标",
            "2.1.1某某覆盖率≥95%97%4040"]
    page = read_page("\n".join([*_HEAD, *rows, "合计10095", *_TAIL[1:]]))
    assert indicator_rows(page, "name", "weight", "stated_score") == [
        ("某某人数", 30, 30), ("某某合格率", 30, 25), ("某某覆盖率", 40, 40)]
    assert [(i.level1, i.level2) for i in page.indicators] == [
        ("产出指标", "数量指标"), ("产出指标", "质量指标"), ("效益指标", "社会效益指标")]
    assert [(i.target.value, i.actual.value) for i in page.indicators] == [(120, 131), (90, 86), (95, 97)]
    assert all(page.provenance[f"indicators[{k}].stated_score"].guessed for k in range(3))
    assert not [f for f in run_checks(page) if f.severity == Severity.ERROR]


def test_whole_numbered_row_whose_name_opens_like_a_level_stays_an_indicator() -> None:
    """The guard: "2服务对象满意度2018" under "序号指标分值得分扣分原因" is the second numbered indicator, not a
    level's row of an outline (a level's row holds no figure)."""
    rows = ["序号指标分值得分扣分原因", "1某某服务人次8080", "2服务对象满意度2018"]
    page = read_page("\n".join([*_HEAD, *rows, "合计10098", *_TAIL[1:]]))
    assert indicator_rows(page, "name", "weight") == [("某某服务人次", 80), ("服务对象满意度", 20)]
    assert [i.level2 for i in page.indicators] == [None, None]
