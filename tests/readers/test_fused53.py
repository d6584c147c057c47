"""The fused shape (a row's cells run together, no separator), stop 45's fused53, from an invented snippet
(invented unit and figures; docs/reader-corpora/flat-shapes-30.md, "Stop 45: fused53")."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from page_reading import by_name, read_saved_rows

from jixiao.checks import run_checks
from jixiao.checks.finding import Severity


def test_a_long_level_word_opens_a_row_before_a_second_level_the_lexicon_does_not_know(tmp_path: Path) -> None:
    """"履职效能文物保护某某巡查次数≥24次26次2020": a row opening on a whole-unit framework's 一级 word and the unit's
    own duty as its 二级 (no word of the lexicon) kept both on the name, and the row had no levels. The 二级 is read
    as the next four characters now, a guess; the row under it takes both levels as a row under merged cells does.
    A 一级 word that may be cut two ways (可持续发展能力…) gets no such guess."""
    rows = ["某县文物管理所2024年度部门整体支出绩效自评表",
            "一级指标二级指标三级指标年度目标值实际完成值分值得分偏差原因",
            "履职效能文物保护不可移动文物巡查次数≥24次26次2020",
            "馆藏文物修复件数≥30件31件1010",
            "管理效率预算执行预算执行率100%97.2%109.72",
            "可持续发展能力建设业务人员培训人次≥15人次18人次1010",
            "总分6059.72"]
    page = read_saved_rows(tmp_path, rows)
    found = by_name(page)
    patrol, repair = found["不可移动文物巡查次数"], found["馆藏文物修复件数"]
    assert (patrol.level1, patrol.level2, patrol.target.value, patrol.actual.value, patrol.weight) == (
        "履职效能", "文物保护", Decimal("24"), Decimal("26"), 20)
    assert (repair.level1, repair.level2, repair.actual.value) == ("履职效能", "文物保护", Decimal("31"))
    at = page.indicators.index(patrol)
    assert page.provenance[f"indicators[{at}].level2"].guessed
    assert "能力建设业务人员培训人次" not in found and "建设业务人员培训人次" not in found
    assert not [f for f in run_checks(page) if f.severity == Severity.ERROR]


def test_a_level_word_written_with_its_zhibiao_gets_no_guessed_second_level(tmp_path: Path) -> None:
    """"3效益指标农机安全事故发生次数…": a form may repeat its 一级 on each row and merge its 二级, so the words after
    a 一级 written with its 指标 may be the name: no four characters are taken for an unknown 二级 there (the row
    stays unread, as before, rather than read as 农机安全 | 事故发生次数)."""
    rows = ["某镇农业服务中心2024年度项目支出绩效自评表",
            "序号一级指标二级指标三级指标分值年度指标值实际完成值得分",
            "1产出指标数量指标农机补贴受理户数20≥300户320户20",
            "2效益指标社会效益指标农户投诉办结率20≥95%90%18.9",
            "3效益指标农机安全事故发生次数10≤2次3次6.5",
            "总分5045.4"]
    page = read_saved_rows(tmp_path, rows)
    found = by_name(page)
    assert found["农户投诉办结率"].level2 == "社会效益指标"
    assert "事故发生次数" not in found and "农机安全" not in [i.level2 for i in page.indicators]


def test_a_long_second_level_word_opens_a_row_under_the_level_above(tmp_path: Path) -> None:
    """"服务对象满意度来访群众满意度≥92%95%1010" under the merged 一级 cell of the row above: a row opening on its
    二级 alone was cut only when the word carries its 指标, so 服务对象满意度 stayed on the name and the row took the
    二级 above. A 二级 word of five characters or more opens the row now, a guess; a shorter one (数量, 质量…) is
    left on the name, which may open on it ("质量达标率")."""
    rows = ["某镇便民服务中心2024年度部门整体支出绩效自评表",
            "一级指标二级指标三级指标年度目标值实际完成值分值得分偏差原因",
            "社会效应社会效益便民事项办结率≥98%99.1%2020",
            "服务对象满意度来访群众满意度≥92%95%1010",
            "总分3030"]
    page = read_saved_rows(tmp_path, rows)
    found = by_name(page)
    liked = found["来访群众满意度"]
    assert (liked.level1, liked.level2, liked.target.value, liked.actual.value, liked.weight) == (
        "社会效应", "服务对象满意度", Decimal("92"), Decimal("95"), 10)
    at = page.indicators.index(liked)
    assert page.provenance[f"indicators[{at}].level2"].guessed
    assert not [f for f in run_checks(page) if f.severity == Severity.ERROR]
