"""The fused shape (a row's cells run together, no separator), stop 44's fused50, each from an invented snippet
(invented units and figures; docs/reader-corpora/flat-shapes-30.md, "Stop 44: fused50")."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from page_reading import by_name, read_saved_rows

from jixiao.checks import run_checks
from jixiao.checks.finding import Severity
from jixiao.model import Comparator

_TITLE = "某县2024年度乡村道路养护项目绩效自评表"


def test_a_header_with_the_short_column_words_is_cut_at_them(tmp_path: Path) -> None:
    """"一级指标二级指标指标值实际值分值得分" (a two-level form): the short column words 指标值 and 实际值 were no form
    words, so "指标值实际值" stayed one header cell, the rows' cells fell one column off and each row was named by
    its actual ("182人次"). They now cut a run where they touch another of the form's words, as 分值 and 得分 do."""
    rows = [_TITLE, "一级指标二级指标指标值实际值分值得分",
            "产出指标养护人员培训人次≥160人次182人次3030",
            "效益指标沿线村民出行便利度≥95%93.2%2019",
            "满意度指标巡查批次≥40批次44批次2020",
            "合计7069"]
    page = read_saved_rows(tmp_path, rows)
    found = by_name(page)
    trained, ease = found["养护人员培训人次"], found["沿线村民出行便利度"]
    assert (trained.level1, trained.target.comparator, trained.target.value, trained.target.unit) == (
        "产出指标", Comparator.GE, Decimal("160"), "人次")
    assert (trained.actual.value, trained.weight, trained.stated_score) == (Decimal("182"), 30, 30)
    assert (ease.level1, ease.actual.value, ease.weight, ease.stated_score) == ("效益指标", Decimal("93.2"), 20, 19)
    assert not [f for f in run_checks(page) if f.severity == Severity.ERROR]


def test_a_midterm_target_column_is_a_column_of_its_own(tmp_path: Path) -> None:
    """"…三级指标中期指标值年度指标值实际完成值…" (a multi-year project's mid-term target beside the year's): with
    指标值 a form word, "中期" was cut off as a cell of its own, one column too many, and every row lost (a first
    cut did so to a committed form); 中期指标值 is a form word too, the mid-term target's. A guard: the base read it
    too."""
    rows = [_TITLE, "一级指标二级指标三级指标中期指标值年度指标值实际完成值分值得分偏差原因分析及改进措施",
            "产出指标数量指标养护道路里程≥360公里≥120公里126公里3030",
            "质量指标路面完好率≥90%≥90%93.5%2020",
            "效益指标社会效益指标群众出行满意度≥85%≥85%88%2019路段施工期间通行不便",
            "合计7069"]
    page = read_saved_rows(tmp_path, rows)
    road = by_name(page)["养护道路里程"]
    assert (road.level2, road.target.value, road.actual.value, road.weight, road.stated_score) == (
        "数量指标", Decimal("120"), Decimal("126"), 30, 30)
    assert by_name(page)["路面完好率"].actual.value == Decimal("93.5")
    assert not [f for f in run_checks(page) if f.severity == Severity.ERROR]


def test_a_signed_deviation_column_is_read_between_the_actual_and_the_weight(tmp_path: Path) -> None:
    """"…养护人员培训人次≥160人次182人次+22人次3030" under 指标值 | 实际值 | 偏差 | 分值 | 得分: the value runs read a
    figure's sign as text ("+" a cell, "22人次" another) and knew no 个百分点 ("-1.8个百分点" left "百分点" a text
    cell), so the row's cells did not fall in the header's columns and the row was lost or named by a figure. A
    signed figure is one cell, and 个百分点 / 百分点 (and 批次) are units."""
    rows = [_TITLE, "一级指标二级指标指标值实际值偏差分值得分",
            "产出指标养护人员培训人次≥160人次182人次+22人次3030",
            "效益指标沿线村民出行便利度≥95%93.2%-1.8个百分点2019",
            "满意度指标巡查批次≥40批次44批次+4批次2020",
            "合计7069"]
    page = read_saved_rows(tmp_path, rows)
    found = by_name(page)
    trained, ease, patrol = found["养护人员培训人次"], found["沿线村民出行便利度"], found["巡查批次"]
    assert (trained.level1, trained.target.value, trained.actual.value, trained.actual.unit, trained.weight) == (
        "产出指标", Decimal("160"), Decimal("182"), "人次", 30)
    assert (ease.level1, ease.actual.value, ease.weight, ease.stated_score) == ("效益指标", Decimal("93.2"), 20, 19)
    assert (patrol.target.unit, patrol.actual.value, patrol.stated_score) == ("批次", Decimal("44"), 20)
    assert not [f for f in run_checks(page) if f.severity == Severity.ERROR]
