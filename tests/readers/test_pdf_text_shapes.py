"""A form's text as a PDF's text layer gives it (tests/data/pdftext: invented forms made in Word, printed to PDF by
LibreOffice, their text taken by ``pdftotext -layout`` and by pdfplumber): narrow columns wrap labels ("项目名" / "称"),
column headers ("全年预" / "算数"), level words ("产出指" / "标"), names and figures ("97.3" / "6%", "268 公" / "里")
over two or three lines, and LibreOffice spaces Latin runs ("（2023 年度）"). Each text shape must give the same
facts as the Word file of the same form."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.readers.pdf_layout_rows import join_layout_rows
from jixiao.readers.pdf_plain_rows import join_plain_rows
from jixiao.readers.report import read_report

DATA = Path(__file__).resolve().parents[1] / "data" / "pdftext"
FORMS = ["p1-road-maintenance", "p2-family-doctor"]
SHAPES = ["layout", "plumber"]


def _facts(path: Path) -> dict:  # type: ignore[type-arg]
    evaluation = read_report(path)[0]
    facts = evaluation.model_dump(mode="json", exclude_none=True)
    facts.pop("reading", None)
    facts.pop("provenance", None)
    return facts


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("form", FORMS)
def test_pdf_text_gives_the_docx_facts(form: str, shape: str) -> None:
    docx = _facts(DATA / f"{form}.docx")
    text = _facts(DATA / f"{form}.{shape}.txt")
    assert len(docx["indicators"]) >= 8 and docx["budget"]["executed"]
    assert text == docx


def test_wrapped_figure_rest_and_unit_go_back_onto_their_figures() -> None:
    evaluation = read_report(DATA / "p2-family-doctor.layout.txt")[0]
    assert evaluation.budget.stated_execution_rate == Decimal("97.36")  # "97.3" / "6%"
    assert evaluation.stated_total == Decimal("98.74")  # "98.7" / "4"
    chronic = next(i for i in evaluation.indicators if i.name == "慢性病患者规范管理人数")  # three lines
    assert chronic.target is not None and chronic.target.value == Decimal("6800")  # "≥680" / "0人"


_LAYOUT = """主管部  青岚县交通运输局      实施    青岚县公路养护中心
门                   单位
项目资金（万元）  年初预算数 全年预   全年执   分值
                 算数   行数
"""


def test_layout_tails_join_the_cell_they_start_under() -> None:
    rows = join_layout_rows(_LAYOUT).splitlines()
    assert rows[0].split("\t") == ["主管部门", "青岚县交通运输局", "实施单位", "青岚县公路养护中心"]
    assert rows[1].split("\t") == ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值"]


def test_layout_label_rows_and_total_rows_are_never_tails() -> None:
    labels = "主管部门：某县林业局    实施单位：某县林场\n单位：万元\n"
    assert join_layout_rows(labels) == labels
    total = "产出指  数量指标  植树面积  ≥30亩  32亩  10  10\n总分                          100   99\n"
    assert join_layout_rows(total) == total


def test_plain_tails_join_by_what_they_make() -> None:
    text = "满意度 服务对 签约居民 ≥90 92.5 10 10\n指标 象满意 满意度 % %\n度指标\n"
    assert join_plain_rows(text).splitlines()[0].split("\t") == [
        "满意度指标", "服务对象满意度指标", "签约居民满意度", "≥90%", "92.5%", "10", "10"]


def test_plain_prose_and_letter_spaced_columns_are_left_alone() -> None:
    prose = "项目年初预算 150 万元 全年预算 150\n主要用于 设备购置\n"
    assert join_plain_rows(prose) == prose
    spaced = "年度财政资金总额 186.00 183.62 100.00% 20\n年\n度\n"
    assert join_plain_rows(spaced) == spaced
