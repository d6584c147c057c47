"""Review of the fifty-ninth set's reader changes (docs/reader-corpora/review-45-first.md): each test an invented
snippet (invented units, figures and wording) that the merged reader misread."""

from __future__ import annotations

from pathlib import Path

from page_reading import read_docx, read_saved

from jixiao.readers import read_any

_PROSE_ASCII = [
    "某乡人民政府2025年度部门整体支出绩效自评报告", "一、部门基本情况",
    "本乡核定编制38名,实有36人,内设党政办,经济发展办,社会事务办,平安建设办等机构.",
    "二、部门收支情况", "2025年收入合计712.40万元,其中财政拨款690.00万元,其他收入22.40万元,支出合计705.10万元.",
    "三、绩效目标完成情况", "全年整修村道18公里,整修合格率98%,群众满意度94%,完成情况较好.",
    "四、自评结论", "经自评,本乡自评得分97分,等级为优.",
    "五、存在的问题", "个别村道整修滞后,巡查次数偏少,群众反映问题回复较慢,资金拨付进度偏慢.",
    "六、改进措施", "加强巡查,建立台账,按月通报,及时拨付资金,提高群众满意度.",
    "一级指标  二级指标  三级指标  年度指标值  实际完成值  分值  得分",
    "产出指标  数量指标  村道整修里程  ≥15公里  18公里  30  30",
    "产出指标  质量指标  整修合格率  ≥95%  98%  30  30",
    "满意度指标  服务对象满意度  群众满意度  ≥90%  94%  40  37"]


def test_prose_typed_with_the_ascii_comma_is_no_csv(tmp_path: Path) -> None:
    """A text report whose prose is typed with the ASCII comma and full stop (no "，" anywhere) is no CSV export of
    one-field paragraphs: its sentences stay sentences (the merged rule cut them into cells: no staff, no income,
    no total, no grade read)."""
    evaluation = read_saved(tmp_path, "\n".join(_PROSE_ASCII) + "\n")
    assert (evaluation.unit.staff_establishment, evaluation.unit.staff_total) == (38, 36)
    assert evaluation.budget.income_total is not None and str(evaluation.budget.income_total) == "712.40"
    assert evaluation.stated_total is not None and int(evaluation.stated_total) == 97


_STAFF_HEAD = ["某县某乡人民政府2025年度部门整体支出绩效自评报告", "一、部门基本情况", "人员编制及实有情况："]


def test_staff_table_with_a_group_subtotal_before_its_total(tmp_path: Path) -> None:
    """A staff table whose bare 小计 closes a group (行政 + 事业) with 工勤 and a 合计 after it, down or across: the
    total is the 合计's (the merged rule took the first 小计, leaving 工勤 out)."""
    down = [["类别", "编制数", "实有人数"], ["行政编制", "21", "20"], ["事业编制", "15", "13"], ["小计", "36", "33"],
            ["工勤人员", "4", "4"], ["合计", "40", "37"]]
    across = [["项目", "行政编", "事业编", "小计", "工勤", "合计", "编外"],
              ["核定编制（名）", "21", "15", "36", "4", "40", "—"],
              ["年末实有（人）", "20", "13", "33", "4", "37", "9"]]
    for table in (down, across):
        evaluation = read_docx(tmp_path, [*_STAFF_HEAD, table, "二、部门收支情况"])
        assert (evaluation.unit.staff_establishment, evaluation.unit.staff_total) == (40, 37), table[0]


def test_staff_table_with_a_bare_subtotal_alone_is_its_total(tmp_path: Path) -> None:
    """A bare 小计 with no 合计 after it (the 编外 row under it) is still the table's total."""
    table = [["类别", "编制数", "实有人数"], ["行政编制", "21", "20"], ["事业编制", "15", "13"], ["小计", "36", "33"],
             ["编外聘用", "—", "9"]]
    evaluation = read_docx(tmp_path, [*_STAFF_HEAD, table, "二、部门收支情况"])
    assert (evaluation.unit.staff_establishment, evaluation.unit.staff_total) == (36, 33)


def test_staff_table_across_with_a_retirees_column_counts_no_retiree(tmp_path: Path) -> None:
    """A staff table across whose kinds are 在职 and 离退休 with a 合计 after them: the 合计 counts the retirees, so it
    is no staff total (the merged rule read 66 with the retirees as a part); the 在职 count is, as before."""
    table = [["项目", "在职人员", "离退休人员", "合计"], ["编制数", "41", "—", "41"], ["实有人数", "39", "27", "66"]]
    evaluation = read_docx(tmp_path, [*_STAFF_HEAD, table, "二、部门收支情况"])
    assert evaluation.unit.staff_total == 39
    assert evaluation.unit.staff_parts == []


def test_landscape_table_page_with_a_blank_middle_column_is_one_page(tmp_path: Path) -> None:
    """A landscape form's continued page whose middle column (偏差原因) is blank in every row has no character down
    its middle, but its rules cross it: one page, its rows read whole (the merged rule cut it in two halves)."""
    import pypdfium2 as pdfium
    from docx import Document as WordDocument
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm

    from jixiao.readers.pdf_two_up import two_up_middle
    from jixiao.writers.pdf import docx_to_pdf

    d = WordDocument()
    section = d.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = section.page_height, section.page_width
    d.add_paragraph("某乡2025年度村道整修项目支出绩效自评表")
    rows = [["三级指标", "年度指标值", "实际完成值", "偏差原因", "分值", "得分"]]
    rows += [[f"第{k + 1}段村道整修长度", f"≥{k + 5}公里", f"{k + 6}公里", "", "3", "3"] for k in range(28)]
    table = d.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            table.cell(i, j).text = text
    for column, width in zip(table.columns, (5, 3, 3, 7, 2.5, 2.5), strict=True):
        for cell in column.cells:
            cell.width = Cm(width)
    d.save(str(tmp_path / "wide.docx"))
    pdf = docx_to_pdf(tmp_path / "wide.docx", tmp_path / "wide.pdf")
    pages = pdfium.PdfDocument(str(pdf))
    assert len(pages) >= 2
    assert all(two_up_middle(pages[k]) is None for k in range(len(pages)))
    assert len(read_any(pdf).evaluation.indicators) == 28


def test_another_assessments_band_table_is_not_the_reports_rule() -> None:
    """A town's report printing the bands it grades its villages by (考核得分 | 档次) is no statement of its own
    rule: no bands read, no GRADE_MISMATCH error for a 良 at 87 (the merged rule took the table's 优 ≥ 85 as the
    report's and raised one); a table naming its columns a rule's (分数区间 | 等级) still is."""
    from page_reading import read_page

    from jixiao.checks import run_checks
    from jixiao.checks.finding import Severity

    title = "某镇2025年度部门整体支出绩效自评报告\n二、村级考核情况\n本镇对9个村开展年度考核，分档如下：\n"
    villages = "| 考核得分 | 档次 |\n|---|---|\n| 85-100 | 优 |\n| 72-84 | 良 |\n| 72以下 | 差 |\n"
    evaluation = read_page(f"{title}{villages}\n三、自评结论\n自评得分87分，等级为良。\n")
    assert evaluation.stated_grade_bands == []
    assert not [f for f in run_checks(evaluation, None) if f.code == "GRADE_MISMATCH" and f.severity is Severity.ERROR]
    own = villages.replace("考核得分 | 档次", "分数区间 | 等级")
    assert [b.min for b in read_page(f"{title}{own}").stated_grade_bands] == [85, 72, 0]
