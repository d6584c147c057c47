"""A page header's running head (页眉) as Word and Excel keep it, outside the body: the year and the unit it names are
read when nothing in the document names them, never over what the body says; a footer's page number is no fact.
Invented snippets."""

from __future__ import annotations

from pathlib import Path

import docx
import openpyxl

from jixiao.readers import read_any

FORM = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
        ["产出指标", "数量指标", "巡查河道里程", "≥120公里", "126公里", "100", "95"],
        ["合计", "", "", "", "", "100", "95"]]


def _word(tmp_path: Path, header: str, *body: str) -> Path:
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = header
    document.sections[0].footer.paragraphs[0].text = "第 3 页"
    for line in ["部门整体支出绩效自评报告", *body]:
        document.add_paragraph(line)
    table = document.add_table(rows=len(FORM), cols=len(FORM[0]))
    for r, row in enumerate(FORM):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    path = tmp_path / "report.docx"
    document.save(path)
    return path


def test_a_word_header_names_the_unit_and_year_the_body_leaves_out(tmp_path: Path) -> None:
    path = _word(tmp_path, "某县某某镇人民政府2023年度部门整体支出绩效自评报告", "本镇全年开展河道巡查。")
    evaluation = read_any(path).evaluation
    assert evaluation.year == 2023 and evaluation.unit.name == "某县某某镇人民政府"


def test_a_word_header_never_overrides_the_body(tmp_path: Path) -> None:
    path = _word(tmp_path, "某县财政局2024年度绩效材料汇编",
                 "某县某某街道办事处2022年度部门整体支出绩效自评报告", "本街道全年开展河道巡查。")
    evaluation = read_any(path).evaluation
    assert evaluation.year == 2022 and evaluation.unit.name == "某县某某街道办事处"


def test_a_sheet_header_gives_the_year_its_cells_leave_out(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    for row in [["项目支出绩效自评表"], ["项目名称", "某某海湾养殖整治专项资金"], ["实施单位", "某县某某镇人民政府"],
                *FORM]:
        sheet.append(row)
    sheet.oddHeader.center.text = '&"宋体,加粗"填报单位：某县某某镇人民政府    2021年度'
    sheet.oddFooter.center.text = "第 &P 页，共 &N 页"
    path = tmp_path / "form.xlsx"
    book.save(path)
    assert read_any(path).evaluation.year == 2021


def test_a_file_with_no_header_reads_as_before(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("部门整体支出绩效自评报告")
    path = tmp_path / "plain.docx"
    document.save(path)
    assert read_any(path).evaluation.year is None


def test_a_headers_date_is_no_year_and_its_furniture_no_unit(tmp_path: Path) -> None:
    """"某县某某局 2024年3月": the month the file was written, not the year evaluated; "内部资料 注意保存" names no
    body, so no unit (before, 2024 was stated as the year and the furniture's words as the unit: review-52)."""
    dated = read_any(_word(tmp_path, "某县某某局    2024年3月", "本局全年开展河道巡查。")).evaluation
    assert dated.year is None and dated.unit.name == "某县某某局"
    furniture = read_any(_word(tmp_path, "内部资料 注意保存 2024年度", "本局全年开展河道巡查。")).evaluation
    assert furniture.year == 2024 and not furniture.unit.name


def test_a_headers_bare_year_is_a_guess(tmp_path: Path) -> None:
    """"某某信息公开 2023年" (no 年度, no report's title): the year evaluated or the year it was published, a guess;
    "…2023年度" is stated (test above)."""
    evaluation = read_any(_word(tmp_path, "政府信息公开    2023年", "本局全年开展河道巡查。")).evaluation
    assert evaluation.year == 2023 and evaluation.provenance["year"].guessed
