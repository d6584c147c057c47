"""Shapes of the fifty-ninth set (docs/reader-corpora/fiftyninth.md), each rebuilt from an invented snippet of the
same shape (invented units and figures)."""

from __future__ import annotations

import importlib.util
from decimal import Decimal
from pathlib import Path

from page_reading import read_saved

from jixiao.readers import read_any

DATA = Path(__file__).resolve().parents[1] / "data"
TITLE = "# 某镇2025年度部门整体支出绩效自评报告\n\n"


_ROWS = ["一级指标,二级指标,三级指标,指标值,完成值,权重,自评得分,未完成原因",
         "履职效能,重点工作,背街小巷整治条数,≥20条,21条,30,30,",
         "履职效能,重点工作,社区议事会召开次数,≥48次,44次,30,27.5,两个社区换届推迟",
         "社会效应,社会效益,矛盾纠纷化解率,≥95%,96%,20,20,",
         "服务对象满意度,群众满意度,居民满意度,≥90%,91%,20,20,",
         "合计,,,,,100,97.5,"]


def _csv_report(money: str) -> str:
    rows = ["某区枫桥街道办事处2025年度部门整体支出绩效自评报告", "一、部门基本情况", "街道辖6个社区。",
            "二、自评情况", money, *_ROWS, "经自评，本街道自评得分97.5分，等级为优。", "三、存在的问题",
            "议事会召开次数不足。"]
    return "\ufeff" + "\r\n".join(rows) + "\r\n"


def test_csv_report_whose_paragraphs_hold_no_ascii_comma(tmp_path: Path) -> None:
    """A report saved as CSV whose paragraphs hold only the Chinese comma (so none is quoted): a quoted amount in a
    money row ("1,260,000.00"), or no quoted field at all, is enough (before, the prose lines outnumbered the rows
    and nothing was cut: no indicator read)."""
    for money in ('年度预算（元）,年初预算数,"1,200,000.00",全年执行数,"1,176,000.00"',
                  "年度预算（万元）,年初预算数,120.00,全年执行数,117.60"):
        evaluation = read_saved(tmp_path, _csv_report(money), "report.csv")
        scored = {i.name: (i.weight, i.stated_score) for i in evaluation.indicators}
        assert scored["社区议事会召开次数"] == (Decimal(30), Decimal("27.5")), money
        assert len(scored) == 4


def test_prose_mixing_both_commas_with_figures_stays_prose() -> None:
    """Prose whose amounts carry bare separators beside the Chinese comma ("收入1,234.50元，其中…") is no CSV, quoted
    field or not: the text is left as it is."""
    from jixiao.readers.csv_rows import csv_rows
    prose = ["一、基本情况", "本街道辖6个社区", "二、收支情况", "收入合计1,234.50万元，其中财政拨款1,100.00万元",
             "支出合计1,198.20万元，其中基本支出600.00万元", "三、问题", "议事会召开次数不足", "四、措施", "按月召开"]
    text = "\n".join([*prose, *_ROWS]) + "\n"
    assert csv_rows(text) == text


def _two_pages_docx(path: Path) -> Path:
    from docx import Document as WordDocument
    from docx.enum.text import WD_BREAK

    d = WordDocument()
    d.add_paragraph("某县云溪镇人民政府2025年度部门整体支出绩效自评报告")
    d.add_paragraph("一、部门基本情况")
    for k in range(6):
        d.add_paragraph(f"镇政府辖{k + 8}个行政村，承担乡村建设、基层治理和公共服务等职责，本段为第{k + 1}段说明文字。")
    d.add_paragraph("二、预算执行情况")
    d.add_paragraph("2025年年初预算1500.00万元，全年预算1600.00万元，全年执行1560.00万元，预算执行率97.50%。")
    d.paragraphs[-1].runs[-1].add_break(WD_BREAK.PAGE)
    d.add_paragraph("三、部门整体支出绩效自评表")
    rows = [r.split(",") for r in _ROWS]
    table = d.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, cell in enumerate(row):
            table.cell(i, j).text = cell
    d.add_paragraph("经自评，本镇自评得分97.5分，等级为优。")
    d.save(str(path))
    return path


def _two_up(pdf: bytes) -> bytes:
    """The set's own imposition (two pages side by side on one sheet), loaded by its path."""
    spec = importlib.util.spec_from_file_location("two_up", DATA / "fiftyninth" / "two_up.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return bytes(module.two_up_pdf(pdf))


def test_pdf_printed_two_pages_to_a_sheet(tmp_path: Path) -> None:
    """A PDF whose sheet holds two pages side by side (a booklet print): each half is read as a page, left then
    right (before, pdfplumber's lines ran the two pages' lines at one height together: no indicator read)."""
    import pypdfium2 as pdfium

    from jixiao.readers.pdf_two_up import two_up_middle
    from jixiao.writers.pdf import docx_to_pdf

    single = docx_to_pdf(_two_pages_docx(tmp_path / "report.docx"), tmp_path / "single.pdf")
    assert two_up_middle(pdfium.PdfDocument(str(single))[0]) is None  # a portrait page: no two pages
    path = tmp_path / "report.pdf"
    path.write_bytes(_two_up(single.read_bytes()))
    evaluation = read_any(path).evaluation
    scored = {i.name: (i.weight, i.stated_score) for i in evaluation.indicators}
    assert scored == {"背街小巷整治条数": (30, 30), "社区议事会召开次数": (30, Decimal("27.5")),
                      "矛盾纠纷化解率": (20, 20), "居民满意度": (20, 20)}
    assert evaluation.budget.executed == Decimal("1560.00")


def test_landscape_page_with_a_line_across_its_middle_is_one_page(tmp_path: Path) -> None:
    """A landscape sheet whose text crosses its middle (a wide table, a title across) is no two pages side by side."""
    import pypdfium2 as pdfium
    from docx import Document as WordDocument
    from docx.enum.section import WD_ORIENT

    from jixiao.readers.pdf_two_up import two_up_middle
    from jixiao.writers.pdf import docx_to_pdf

    d = WordDocument()
    section = d.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = section.page_height, section.page_width
    for k in range(8):
        d.add_paragraph(f"第{k + 1}段：本镇2025年度整体支出绩效自评的说明文字写满一整行，从页面左边写到右边。")
    pdf = docx_to_pdf(_docx(d, tmp_path / "wide.docx"), tmp_path / "wide.pdf")
    page = pdfium.PdfDocument(str(pdf))[0]
    assert page.get_size()[0] > page.get_size()[1]
    assert two_up_middle(page) is None


def _docx(d: object, path: Path) -> Path:
    d.save(str(path))  # type: ignore[attr-defined]
    return path


def test_score_bands_in_a_table_beside_the_result(tmp_path: Path) -> None:
    """A table printing the result beside the grade bands (自评总分 | 93.5 | 90分（含）以上 | 优 …): the bands are the
    report's own rule, the result's grade cell no band (before, bands were read from prose lines only)."""
    text = ("# 某镇2025年度部门整体支出绩效自评报告\n\n"
            "经自评，本镇自评得分93.5分，自评等级为优。\n\n"
            "| 自评结果 | | 等级标准 | |\n| --- | --- | --- | --- |\n"
            "| 自评总分 | 93.5 | 90分（含）以上 | 优 |\n| 自评等级 | 优 | 80分（含）—90分 | 良 |\n"
            "| | | 60分（含）—80分 | 中 |\n| | | 60分以下 | 差 |\n")
    bands = [(b.grade.value, b.min) for b in read_saved(tmp_path, text, "report.md").stated_grade_bands]
    assert bands == [("优", 90), ("良", 80), ("中", 60), ("差", 0)]
    plain = ("| 分数区间 | 等级 |\n| --- | --- |\n| 90-100 | 优 |\n| 80-89 | 良 |\n| 60-79 | 中 |\n| 60以下 | 差 |\n")
    bands = [(b.grade.value, b.min) for b in read_saved(tmp_path, TITLE + plain, "plain.md").stated_grade_bands]
    assert bands == [("优", 90), ("良", 80), ("中", 60), ("差", 0)]
    alone = "| 自评总分 | 93.5 |\n| --- | --- |\n| 自评等级 | 优 |\n"
    assert read_saved(tmp_path, TITLE + alone, "alone.md").stated_grade_bands == []


def test_year_end_carry_over_column(tmp_path: Path) -> None:
    """A 收支 table by fund with 上年结转 | 本年收入 | 本年支出 | 年末结转: the carry-over is the 年末结转 total, the
    上年结转 the balance brought in (before, the 上年结转 was taken for the carry-over and the 年末 one lost)."""
    head = "| 资金来源 | 上年结转 | 本年收入 | 本年支出 | 年末结转 |\n| --- | --- | --- | --- | --- |\n"
    body = ("| 一般公共预算财政拨款 | 40.00 | 900.00 | 910.00 | 30.00 |\n| 其他资金 | 5.00 | 20.00 | 18.00 | 7.00 |\n"
            "| 合计 | 45.00 | 920.00 | 928.00 | 37.00 |\n")
    budget = read_saved(tmp_path, TITLE + "收支情况（单位：万元）\n\n" + head + body, "flows.md").budget
    assert (budget.income_total, budget.expenditure_total) == (Decimal(920), Decimal(928))
    assert (budget.carry_over, budget.opening_balance) == (Decimal(37), Decimal(45))
    short = head.replace(" 年末结转 |", "").replace(" --- |\n", "\n", 1)
    rows = "".join("|".join(line.split("|")[:-2]) + "|\n" for line in body.splitlines())
    budget = read_saved(tmp_path, TITLE + "收支情况（单位：万元）\n\n" + short + rows, "short.md").budget
    assert (budget.carry_over, budget.opening_balance) == (Decimal(45), None)


def test_staff_table_with_kinds_across_and_a_total_column(tmp_path: Path) -> None:
    """项目 | 行政编 | 事业编 | 工勤 | 在编合计 | 编外 over 核定编制（名） / 年末实有（人）: the total column's
    figures, the kinds before it the parts, 编外 none (before, the first kind's figure was taken for the whole)."""
    text = ("# 某镇2025年度部门整体支出绩效自评报告\n\n"
            "| 项目 | 行政编 | 事业编 | 工勤 | 在编合计 | 编外 |\n"
            "| --- | --- | --- | --- | --- | --- |\n"
            "| 核定编制（名） | 21 | 17 | 2 | 40 | — |\n| 年末实有（人） | 20 | 15 | 2 | 37 | 19 |\n")
    unit = read_saved(tmp_path, text, "staff.md").unit
    assert (unit.staff_establishment, unit.staff_total) == (40, 37)
    assert [(p.name, p.count) for p in unit.staff_parts] == [("行政编", 20), ("事业编", 15), ("工勤", 2)]


def test_staff_table_with_kinds_down_over_a_subtotal(tmp_path: Path) -> None:
    """人员类别 | 核定编制数 | 年末实有人数 with 行政编 / 事业编 / 工勤 over 在编小计, 编外聘用 under it: the 小计 is
    the total (before, only 合计 / 总计 / 共计 were)."""
    text = ("# 某镇2025年度部门整体支出绩效自评报告\n\n"
            "| 人员类别 | 核定编制数 | 年末实有人数 |\n| --- | --- | --- |\n| 行政编 | 21 | 20 |\n"
            "| 事业编 | 17 | 15 |\n| 工勤 | 2 | 2 |\n| 在编小计 | 40 | 37 |\n| 编外聘用 | — | 19 |\n")
    unit = read_saved(tmp_path, text, "staff.md").unit
    assert (unit.staff_establishment, unit.staff_total) == (40, 37)
    assert [(p.name, p.count) for p in unit.staff_parts] == [("行政编", 20), ("事业编", 15), ("工勤", 2)]
