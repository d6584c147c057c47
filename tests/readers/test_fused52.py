"""The fused shape (a row's cells run together, no separator), stop 45's fused52, from an invented snippet
(invented unit and figures; docs/reader-corpora/flat-shapes-30.md, "Stop 45: fused52")."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from page_reading import by_name, read_saved_rows

from jixiao.checks import run_checks
from jixiao.checks.finding import Severity


def test_a_whole_unit_frameworks_long_level_words_open_their_rows(tmp_path: Path) -> None:
    """"管理效率预算执行预算执行率100%…", "社会效应社会效益…", "可持续发展…": a row that opens on its 一级 level
    with no 指标 was opened by its levels only when the word has three characters at most (产出, 满意度), so the
    whole-unit framework's 管理效率 / 履职效能 / 社会效应 / 可持续发展 stayed on the name with its 二级 and the
    row had no levels. They open it now, each level cell a guess (no separator was written)."""
    rows = ["某街道文化站2024年度部门整体支出绩效自评表",
            "一级指标二级指标三级指标年度目标值实际完成值分值得分偏差原因",
            "管理效率预算执行预算执行率100%95.62%109.56",
            "社会效应社会效益送文化下乡场次≥40场42场2020",
            "可持续发展长效管理设施设备完好率≥95%96.8%2020",
            "社会效应服务对象满意度辖区群众满意度≥90%92.5%2020",
            "总分8079.56"]
    page = read_saved_rows(tmp_path, rows)
    found = by_name(page)
    rate, shows = found["预算执行率"], found["送文化下乡场次"]
    assert (rate.level1, rate.level2, rate.actual.value, rate.weight) == ("管理效率", "预算执行", Decimal("95.62"), 10)
    assert (shows.level1, shows.level2, shows.target.value, shows.actual.value) == (
        "社会效应", "社会效益", Decimal("40"), Decimal("42"))
    assert (found["设施设备完好率"].level1, found["辖区群众满意度"].level2) == ("可持续发展", "服务对象满意度")
    at = page.indicators.index(rate)
    assert page.provenance[f"indicators[{at}].level1"].guessed
    assert not [f for f in run_checks(page) if f.severity == Severity.ERROR]
