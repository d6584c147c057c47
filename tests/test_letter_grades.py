"""A grade written as a letter ("自评等级为B", ``stated_grade: B`` in a file, "B" typed in the editor): the model's
grade is 优 / 良 / 中 / 差, so a letter is kept as written (``stated_grade_text``) and warned about, read as a grade
only where the document keys its letters ("A（优秀）、B（良好）…"), and no path refuses or crashes on it;
``jixiao score`` and ``jixiao render`` show it as written and say it was not compared. Invented snippets."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import docx
import openpyxl
import pytest
from typer.testing import CliRunner

from jixiao.checks import run_checks
from jixiao.checks.finding import Severity
from jixiao.cli import app
from jixiao.model import GRADE_LETTERS, LETTER_GRADE, LETTER_MARK, Evaluation, Grade
from jixiao.modelio import dump_json, evaluation_from_data, load_evaluation
from jixiao.readers import read_any
from jixiao.web.forms import evaluation_from_form

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "daxing-2024.yaml"
REPORT = "\n".join([
    "某县某某服务中心2025年度部门整体支出绩效自评报告",
    "一、基本情况",
    "某县某某服务中心为县属公益一类事业单位。",
    "二、自评结论",
    "经自评，本单位2025年度部门整体支出绩效自评得分87.5分，{grade}。",
]) + "\n"


def _read(tmp_path: Path, grade: str, *more: str) -> tuple[Evaluation, list[str]]:
    path = tmp_path / "report.txt"
    path.write_text(REPORT.format(grade=grade) + "".join(f"{line}\n" for line in more), encoding="utf-8")
    result = read_any(path)
    return result.evaluation, result.warnings


@pytest.mark.parametrize("grade", ["自评等级为C", "评价等级：C", "绩效评价等级为“C级”"])
def test_a_letter_is_kept_as_written_and_warned(tmp_path: Path, grade: str) -> None:
    evaluation, warnings = _read(tmp_path, grade)
    assert evaluation.stated_grade is None and evaluation.stated_grade_text == "C"
    assert any("“C”" in w for w in warnings) and "找不到评价等级" not in warnings


def test_a_letter_the_report_keys_is_its_grade(tmp_path: Path) -> None:
    key = "评价等级分为A（优秀）、B（良好）、C（合格）、D（不合格）四档。"
    evaluation, warnings = _read(tmp_path, "自评等级为C", key)
    assert evaluation.stated_grade is Grade.FAIR and evaluation.stated_grade_text is None
    assert not any("不一致" in w for w in warnings)  # the key's grades are no grades stated


def test_another_bodys_letter_is_no_grade(tmp_path: Path) -> None:
    evaluation, _ = _read(tmp_path, "本单位纳税信用等级为A")
    assert evaluation.stated_grade is None and evaluation.stated_grade_text is None


def _sheet(tmp_path: Path, *rows: list[object]) -> Evaluation:
    book = openpyxl.Workbook()
    for row in [["项目支出绩效自评表"], ["项目名称", "某某乡村道路养护资金"], ["实施单位", "某县交通运输局"],
                ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
                ["产出指标", "数量指标", "养护里程", "≥40公里", "42公里", 100, 92], ["总分", "", "", "", "", 100, 92],
                *rows]:
        book.active.append(row)
    path = tmp_path / "form.xlsx"
    book.save(path)
    return read_any(path).evaluation


def test_a_letter_in_a_forms_row_is_read_with_the_key_its_note_row_gives(tmp_path: Path) -> None:
    # the form's own rows: "评价等级 | A" and, under it, a 注 row keying the letters (no paragraph states either)
    key = "注：等级分A、B、C、D四档，A为优（90分及以上），B为良，C为中，D为差。"
    evaluation = _sheet(tmp_path, ["评价等级", "A"], [key])
    assert evaluation.stated_grade is Grade.EXCELLENT and evaluation.stated_grade_text is None


def test_a_letter_in_a_forms_row_no_row_keys_is_kept_as_written(tmp_path: Path) -> None:
    evaluation = _sheet(tmp_path, ["评价等级", "B"], ["注：B级为80（含）—90分。"])  # a score band, no grade word
    assert evaluation.stated_grade is None and evaluation.stated_grade_text == "B"


def test_a_letter_in_a_file_or_the_editor_is_kept_not_refused() -> None:
    evaluation = evaluation_from_data({"year": 2025, "stated_total": "87.5", "stated_grade": "B"})
    assert evaluation.stated_grade is None and evaluation.stated_grade_text == "B"
    assert evaluation.stated_grade_written == "B"
    form = {"base_json": "{}", "year": "2025", "unit_name": "某县某某服务中心", "stated_grade": "B"}

    class Form(dict[str, str]):
        def getlist(self, _: str) -> list[str]:
            return []

    assert evaluation_from_form(Form(form)).stated_grade_text == "B"


@pytest.mark.parametrize("grade", ["Ｂ档", "B 级", "b"])
def test_the_grade_letters_are_written_once(tmp_path: Path, grade: str) -> None:
    """The letters a grade may be written as and the mark after one (级 / 等 / 档) are one definition
    (``model.GRADE_LETTERS``, ``LETTER_MARK``): a report's text and a file's value read them alike, the value a small
    letter too; a report's text only a capital, as it always has."""
    evaluation, _ = _read(tmp_path, f"自评等级为{grade}")
    expected = "B" if grade[0] in "BＢ" else None
    assert evaluation.stated_grade_text == expected and evaluation.stated_grade is None
    assert evaluation_from_data({"year": 2025, "stated_grade": grade}).stated_grade_text == grade
    assert GRADE_LETTERS in LETTER_GRADE.pattern and LETTER_MARK in LETTER_GRADE.pattern


def test_a_letter_grade_is_warned_never_an_error() -> None:
    evaluation = evaluation_from_data({"year": 2025, "stated_total": "87.5", "stated_grade": "D"})
    found = [f for f in run_checks(evaluation) if f.code == "GRADE_MISMATCH"]
    assert [f.severity for f in found] == [Severity.WARNING] and "“D”" in found[0].message


def test_the_review_lists_the_letter(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "report.txt").write_text(REPORT.format(grade="自评等级为B"), encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "jixiao", "review", str(tmp_path / "in"), "-o", str(tmp_path / "out"),
                           "-j", "1", "--no-pages"], capture_output=True, text=True, check=False)
    assert done.returncode in (0, 1), done.stderr
    rows = json.loads((tmp_path / "out" / "review.json").read_text(encoding="utf-8"))["reports"]
    assert [row["stated_grade"] for row in rows] == ["B"]


def _lettered(tmp_path: Path) -> Path:
    """The project's example with its grade given as a letter, as a file a user could hand in."""
    data = json.loads(dump_json(load_evaluation(EXAMPLE)))
    data.update(stated_grade="B", stated_grade_text=None)
    path = tmp_path / "lettered.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_score_shows_the_letter_as_written_and_not_compared(tmp_path: Path) -> None:
    path = _lettered(tmp_path)
    table = CliRunner().invoke(app, ["score", str(path)], env={"COLUMNS": "200"})
    line = next(x for x in table.output.splitlines() if x.startswith("报告等级"))
    assert "“B”" in line and "未比对" in line and "未给出" not in line and "不一致" not in line
    shown = CliRunner().invoke(app, ["score", str(path), "--format", "json"])
    data = json.loads(shown.output)
    assert (data["stated_grade"], data["stated_grade_text"], data["grade_differs"]) == (None, "B", False)


def _texts(path: Path) -> str:
    if path.suffix == ".docx":
        document = docx.Document(str(path))
        cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
        return "\n".join([p.text for p in document.paragraphs] + cells)
    if path.suffix == ".xlsx":
        book = openpyxl.load_workbook(path)
        return "\n".join(str(c.value) for sheet in book for row in sheet.iter_rows() for c in row if c.value)
    return path.read_text(encoding="utf-8")


@pytest.mark.parametrize("kind", ["docx", "xlsx", "html", "md"])
def test_render_shows_the_letter_as_written_never_a_guess(tmp_path: Path, kind: str) -> None:
    out = tmp_path / f"out.{kind}"
    done = CliRunner().invoke(app, ["render", str(_lettered(tmp_path)), "-f", kind, "-o", str(out)])
    assert done.exit_code == 0, done.output
    text = _texts(out)
    assert "原填“B”" in text and "未作比对" in text
    assert "原填“优”" not in text and "原填“良”" not in text
