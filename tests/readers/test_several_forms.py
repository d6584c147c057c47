"""A file publishing several 自评表 one after another is read one form at a time, never mixed."""

from __future__ import annotations

import json
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import docx
import pytest
from typer.testing import CliRunner

from jixiao.checks import run_checks
from jixiao.checks.finding import Severity
from jixiao.cli import app
from jixiao.errors import InputError
from jixiao.readers import read_any
from jixiao.review import ReviewOptions, run_review
from jixiao.scoring import load_pack

_HEADER = "一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |"
_MONEY = "项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |"
# two project forms of one bureau, one after another (also imported through the web: tests/web/test_web_uploads.py)
ROADS, BUSES = [
    block.splitlines()
    for block in (Path(__file__).parent.parent / "data" / "forms" / "two_project_forms.txt")
    .read_text(encoding="utf-8").strip().split("\n\n")
]


def _write(path: Path, *forms: list[str]) -> Path:
    path.write_text("\n\n".join("\n".join(lines) for lines in forms) + "\n", encoding="utf-8")
    return path


def _errors(path: Path, form: int | None = None) -> list[str]:
    evaluation = read_any(path, form).evaluation
    return [f.code for f in run_checks(evaluation, load_pack(None)) if f.severity is Severity.ERROR]


def test_two_project_forms_are_read_one_at_a_time(tmp_path: Path) -> None:
    path = _write(tmp_path / "forms.txt", ROADS, BUSES)
    first = read_any(path)
    assert first.evaluation.project is not None and first.evaluation.project.name == "乡村道路养护补助"
    assert [i.name for i in first.evaluation.indicators][-5:] == [
        "养护里程", "路况优良率", "完成及时率", "通行时间缩短率", "群众满意度"]
    assert first.evaluation.budget.executed == Decimal("114") and first.evaluation.stated_total == Decimal("99.5")
    assert "本文件含 2 张自评表" in first.warnings[0] and "农村客运站运营补贴" in first.warnings[0]
    second = read_any(path, 2).evaluation
    assert second.project is not None and second.project.name == "农村客运站运营补贴"
    assert second.budget.adjusted == Decimal("60") and second.stated_total == Decimal("94.5")
    assert "养护里程" not in [i.name for i in second.indicators]
    assert _errors(path) == [] and _errors(path, 2) == []  # read together they gave five false errors


def test_the_forms_of_a_flattened_page_and_of_a_word_file_are_cut_alike(tmp_path: Path) -> None:
    cells = [cell.strip() for line in ROADS + BUSES for cell in line.split("|") if cell.strip()]
    flat = tmp_path / "cells.txt"
    flat.write_text("\n".join(cells) + "\n", encoding="utf-8")
    document = docx.Document()
    for lines in (ROADS, BUSES):
        for line in lines[:2]:
            document.add_paragraph(line)
        rows = [[c.strip() for c in line.strip(" |").split("|")] for line in lines[2:]]
        table = document.add_table(rows=len(rows), cols=max(len(r) for r in rows))
        for r, row in enumerate(rows):
            for c, cell in enumerate(row):
                table.cell(r, c).text = cell
    word = tmp_path / "forms.docx"
    document.save(str(word))
    for path in (flat, word):
        second = read_any(path, 2).evaluation
        assert second.project is not None and second.project.name == "农村客运站运营补贴", path.name
        assert second.budget.executed == Decimal("45") and len(second.indicators) == 5, path.name


def test_a_whole_unit_form_keeps_its_own_indicators_when_project_forms_follow(tmp_path: Path) -> None:
    unit = [
        "东林县交通运输局2024年度部门整体支出绩效自评表",
        _MONEY.replace("项目资金", "部门资金"), "年度资金总额 | 900.00 | 950.00 | 931.00 | 10 | 98.00% | 9.80 |",
        _HEADER,
        "产出指标 | 数量指标 | 重点任务完成数 | 8项 | 8项 | 40 | 40 | |",
        "效益指标 | 社会效益指标 | 道路安全事故下降率 | ≥5% | 6% | 40 | 40 | |",
        "满意度指标 | 服务对象满意度指标 | 社会公众满意度 | ≥90% | 92% | 10 | 10 | |",
        "总分 | 100 | 99.80 | 优 |",
    ]
    path = _write(tmp_path / "unit.txt", unit, ["附件2", *ROADS])
    result = read_any(path)
    assert result.evaluation.budget.executed == Decimal("931")
    assert "养护里程" not in [i.name for i in result.evaluation.indicators]
    assert "整体支出表" in result.warnings[0]
    assert read_any(path, 2).evaluation.budget.executed == Decimal("114")


def test_a_table_listing_projects_is_no_second_form(tmp_path: Path) -> None:
    listing = ["附表：重点项目执行情况", "项目名称 | 预算数 | 执行数 |", "乡村道路养护补助 | 120.00 | 114.00 |",
               "项目名称 | 农村客运站运营补贴 |", "说明 | 按季度拨付 |"]
    path = _write(tmp_path / "listing.txt", ROADS, listing)
    result = read_any(path)
    assert not any("张自评表" in w for w in result.warnings)
    with pytest.raises(InputError, match="只有 1 张自评表"):
        read_any(path, 2)


def test_the_command_line_picks_a_form_and_refuses_one_that_is_not_there(tmp_path: Path) -> None:
    path = _write(tmp_path / "forms.txt", ROADS, BUSES)
    picked = CliRunner().invoke(app, ["parse", str(path), "--form", "2", "--format", "json"])
    assert picked.exit_code == 0 and "农村客运站运营补贴" in picked.stdout and "养护里程" not in picked.stdout
    missing = subprocess.run([sys.executable, "-m", "jixiao", "check", str(path), "--form", "3"],
                             capture_output=True, text=True, timeout=120)
    assert missing.returncode == 2 and "--form 3 超出范围，本文件只有 2 张自评表" in missing.stderr


def test_a_batch_review_reviews_every_form_of_the_file_on_its_own(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    _write(tmp_path / "in" / "forms.txt", ROADS, BUSES)
    outcome = run_review([str(tmp_path / "in")], ReviewOptions(out_dir=tmp_path / "out", jobs=1, pages=True))
    rows = json.loads((tmp_path / "out" / "review.json").read_text(encoding="utf-8"))["reports"]
    assert [(Path(r["file"]).name, r["project"], r["stated_total"], r["errors"]) for r in rows] == [
        ("forms.txt（第1张：“乡村道路养护补助”）", "乡村道路养护补助", "99.50", 0),
        ("forms.txt（第2张：“农村客运站运营补贴”）", "农村客运站运营补贴", "94.50", 0)]
    assert outcome.files == 1 and outcome.reviewed == 2 and outcome.errors == 0
    assert len({r["page"] for r in rows}) == 2  # each form has its own page


def test_a_page_opening_on_the_cut_tail_of_a_previous_form_reads_the_whole_form_after_it(tmp_path: Path) -> None:
    tail = [_HEADER, "产出指标 | 成本指标 | 养护单价 | ≤3万元 | 完成 | 90 | 90 | |", "合计 | | | | | | 100 | |",
            "评价结论 | 按计划完成。 |"]
    path = _write(tmp_path / "cut.txt", tail, BUSES)
    result = read_any(path)
    evaluation = result.evaluation
    assert evaluation.project is not None and evaluation.project.name == "农村客运站运营补贴"
    assert "养护单价" not in [i.name for i in evaluation.indicators]
    assert evaluation.stated_total == Decimal("94.5") and evaluation.budget.adjusted == Decimal("60")
    assert "被截断的末尾" in result.warnings[0] and not any("本文件含" in w for w in result.warnings)
    assert _errors(path) == []


def test_a_whole_unit_form_with_its_title_before_project_forms_is_still_a_form(tmp_path: Path) -> None:
    unit = ["部门整体支出绩效自评表", _HEADER, "产出指标 | 数量指标 | 培训人次 | ≥300人次 | 320人次 | 90 | 90 | |"]
    path = _write(tmp_path / "unit.txt", unit, BUSES)
    result = read_any(path)
    assert "本文件含 2 张自评表" in result.warnings[0] and "整体支出表" in result.warnings[0]
    assert "培训人次" in [i.name for i in result.evaluation.indicators]
