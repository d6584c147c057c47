"""A bureau's compilation of several units' whole-unit forms in one file (each under its own title or 填报单位 line,
one after another), forms in 元 under prose in 万元 rounded to two decimals, and a table stating its own 元 in a row
of its head under prose that speaks in 万元 (seventyninth.md). Invented snippets."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import docx

from jixiao.checks import run_checks
from jixiao.checks.finding import Severity
from jixiao.readers import read_any

_HEAD = "一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |"
_MONEY = "预算资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 执行率 |"


def _unit_form(head: str, money: tuple[str, str, str, str], rows: list[str], total: str) -> list[str]:
    return [head, _MONEY, f"年度资金总额 | {' | '.join(money)} |", _HEAD, *rows, f"合计 | | | | | 100 | {total} |"]


_FIRST = _unit_form("某县甲局2024年度部门整体支出绩效自评表", ("500.00", "620.00", "600.00", "96.77%"), [
    "履职效能 | 重点工作 | 巡查次数 | ≥120次 | 126次 | 50 | 50 |",
    "履职效能 | 预算执行 | 预算执行率 | 100% | 96.77% | 10 | 9.68 |",
    "社会效应 | 服务对象满意度 | 群众满意度 | ≥90% | 93% | 40 | 40 |"], "99.68")
_SECOND = _unit_form("某县乙中心2024年度部门整体支出绩效自评表", ("80.00", "90.00", "81.00", "90.00%"), [
    "履职效能 | 重点工作 | 检测批次 | ≥300批 | 310批 | 50 | 50 |",
    "履职效能 | 预算执行 | 预算执行率 | 100% | 90.00% | 10 | 9 |",
    "社会效应 | 服务对象满意度 | 企业满意度 | ≥90% | 91% | 40 | 40 |"], "99")


def _errors(path: Path, form: int | None = None) -> set[str]:
    return {f.code for f in run_checks(read_any(path, form).evaluation) if f.severity is Severity.ERROR}


def test_a_compilation_of_units_forms_is_read_one_unit_at_a_time(tmp_path: Path) -> None:
    path = tmp_path / "compiled.txt"
    lines = ["某县财政局2024年度部门整体支出绩效自评结果汇总", "", *_FIRST, "——————", *_SECOND]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    first = read_any(path)
    assert first.evaluation.unit.name == "某县甲局"  # the form's own title, not the compiler's
    assert first.evaluation.budget.executed == Decimal("600.00") and first.evaluation.stated_total == Decimal("99.68")
    assert "本文件含 2 张自评表" in first.warnings[0] and "某县乙中心" in first.warnings[0]
    second = read_any(path, 2).evaluation
    assert second.unit.name == "某县乙中心" and second.budget.adjusted == Decimal("90.00")
    assert "巡查次数" not in [i.name for i in second.indicators]
    assert _errors(path) == set() and _errors(path, 2) == set()  # read together: one unit's figures against the other's


def test_a_department_form_and_its_subordinate_units_forms_are_cut_at_each_filled_in_unit(tmp_path: Path) -> None:
    first = ["填报单位：某县丙委员会　　　　金额单位：万元", *_FIRST[1:]]
    second = ["填报单位：某县丁站　　　　金额单位：万元", *_SECOND[1:]]
    path = tmp_path / "own_then_bodies.txt"
    path.write_text("\n".join(["附表1", *first, "附表2", *second]) + "\n", encoding="utf-8")
    read = read_any(path)
    assert read.evaluation.unit.name == "某县丙委员会" and read.evaluation.budget.initial == Decimal("500.00")
    assert "某县丁站" in read.warnings[0]


def test_one_units_form_under_its_title_twice_is_one_form(tmp_path: Path) -> None:
    path = tmp_path / "one.txt"
    path.write_text("\n".join([_FIRST[0], "一、基本情况", "本局负责全县巡查工作。", *_FIRST]) + "\n", encoding="utf-8")
    assert not any("张自评表" in w for w in read_any(path).warnings)


_YUAN_FORM = ["项目名称 | 某某温室建设项目 |",
              "项目资金（元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |",
              "年度资金总额 | 6,352,000.00 | 6,884,563.20 | 6,718,091.50 | 10 | 97.58% | 9.76 |", _HEAD,
              "产出指标 | 数量指标 | 新建温室座数 | ≥180座 | 186座 | 90 | 90 |", "总分 | | | | | 100 | 99.76 |"]


def test_a_form_in_yuan_states_exactly_what_the_prose_rounds_to_wanyuan(tmp_path: Path) -> None:
    path = tmp_path / "yuan.txt"
    prose = "项目全年预算688.46万元，实际支出671.81万元，预算执行率97.58%。"
    path.write_text("\n".join([prose, "附表", *_YUAN_FORM]) + "\n", encoding="utf-8")
    read = read_any(path)
    assert read.evaluation.budget.adjusted == Decimal("688.45632")
    assert read.evaluation.budget.executed == Decimal("671.80915")
    assert not any("前后不一致" in w for w in read.warnings)
    after = tmp_path / "yuan_after.txt"  # the form first, the prose's rounding after it: the exact one is kept
    after.write_text("\n".join([*_YUAN_FORM, prose]) + "\n", encoding="utf-8")
    assert read_any(after).evaluation.budget.adjusted == Decimal("688.45632")


def test_a_prose_amount_that_is_not_the_forms_rounded_still_differs(tmp_path: Path) -> None:
    path = tmp_path / "differs.txt"
    path.write_text("\n".join(["项目全年预算688.47万元。", *_YUAN_FORM]) + "\n", encoding="utf-8")
    read = read_any(path)
    assert read.evaluation.budget.adjusted == Decimal("688.47")
    assert any("全年预算数前后不一致" in w for w in read.warnings)


def test_a_table_stating_yuan_in_its_head_rows_is_in_yuan_under_prose_in_wanyuan(tmp_path: Path) -> None:
    d = docx.Document()
    d.add_paragraph("本局全年预算1408.73万元，全年执行1372.09万元，预算执行率97.40%。")
    rows = [["某局2024年度部门整体支出绩效自评表"] * 5, ["单位：元"] * 5,
            ["预算资金", "年初预算数", "全年预算数", "全年执行数", "执行率"],
            ["部门预算资金总额", "13264580.00", "14087265.00", "13720915.50", "97.40%"]]
    table = d.add_table(rows=len(rows), cols=5)
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            table.cell(i, j).text = text
    path = tmp_path / "head_unit.docx"
    d.save(str(path))
    budget = read_any(path).evaluation.budget
    assert budget.initial == Decimal("1326.458") and budget.adjusted == Decimal("1408.7265")
