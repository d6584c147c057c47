"""Shapes of the twenty-seventh set (docs/reader-corpora/twentyseventh.md), each rebuilt from an invented snippet of
the same shape (invented units, names and figures)."""

from __future__ import annotations

import io
from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace

import openpyxl
import pytest
from page_reading import facts_of, read_converted, read_page, read_saved

from jixiao.checks import run_checks
from jixiao.checks.finding import Severity
from jixiao.readers import read_any
from jixiao.readers.extract.table_columns import money_header
from jixiao.readers.extract.values import parse_target
from jixiao.readers.source_pdf import merged_across, table_rows


def _read(tmp_path: Path, text: str, suffix: str = ".html"):  # type: ignore[no-untyped-def]
    return read_saved(tmp_path, text, f"report{suffix}")


def _page(title: str, body: str) -> str:
    return (f'<html><head><meta charset="utf-8"></head><body><h2>{title}</h2>'
            f'<table border="1">\n{body}\n</table></body></html>')


def _rows(rows: list[list[str]]) -> str:
    return "\n".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)


def _errors(evaluation) -> set[str]:  # type: ignore[no-untyped-def]
    return {f.code for f in run_checks(evaluation) if f.severity == Severity.ERROR}


INDICATORS = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
              ["产出指标", "数量指标", "培训人次", "≥300人次", "320人次", "50", "50"],
              ["效益指标", "社会效益指标", "群众满意度", "≥90%", "95%", "40", "40"],
              ["总分", "", "", "", "", "100", "99.50"]]


def test_e_last_years_outturn_column_is_not_the_years_spending(tmp_path: Path) -> None:
    """Cause E: 2023年决算数 before 年初预算数 / 全年预算数 / 全年执行数 — the year's own 执行数 is the executed."""
    head = ["部门（单位）整体资金（万元）", "2023年决算数", "年初预算数", "全年预算数", "全年执行数",
            "分值", "执行率", "得分"]
    header = money_header(head)
    assert header is not None and header["executed"] == 4
    ev = _read(tmp_path, _page("某某县某某局2024年度部门整体支出绩效自评表", _rows([
        ["部门（单位）名称", "某某县某某局"], head,
        ["年度资金总额", "880.00", "900.00", "1000.00", "950.00", "10", "95.00%", "9.50"], *INDICATORS])))
    assert (ev.budget.adjusted, ev.budget.executed) == (Decimal("1000.00"), Decimal("950.00"))
    assert "EXECUTION_RATE_MISMATCH" not in _errors(ev)


def test_b_fund_structure_columns_in_yuan_and_a_subtotal_row(tmp_path: Path) -> None:
    """Cause B: 资金结构（元） | 年初部门预算安排金额① | 历年结余结转② | 年中调整金额③ | 小计④=①+②+③ | 年度拨付金额⑤ |
    支出实现率⑥=⑤/④; rows 财政资金小计 over ①… / ②…, then 合计: the subtotal is the one fund row (no false sum)."""
    line = ["1000000.00", "50000.00", "-10000.00", "1040000.00", "1000000.00", "96.15%"]
    ev = _read(tmp_path, _page("某某市某某中心2024年度部门整体支出绩效自评表", _rows([
        ["部门（单位）名称", "某某市某某中心"],
        ["资金结构（元）", "年初部门预算安排金额①", "历年结余结转②", "年中调整金额③", "小计④=①+②+③", "年度拨付金额⑤",
         "支出实现率(%)⑥=⑤/④"],
        ["财政资金小计", *line], ["①中央及省级财政资金", "", "", "", "", "", ""], ["②市级财政资金", *line],
        ["合计", *line], *INDICATORS])))
    budget = ev.budget
    assert (budget.initial, budget.adjusted, budget.executed) == (Decimal(100), Decimal(104), Decimal(100))
    assert budget.stated_execution_rate == Decimal("96.15")
    assert [row.name for row in budget.fund_rows] == ["财政资金小计"]
    assert "ROWS_NOT_SUM" not in _errors(ev)


@pytest.mark.slow
def test_b_xls_workbook_reads_like_the_xlsx(tmp_path: Path) -> None:
    """Cause B: an Excel 97-2003 .xls is converted by LibreOffice (as .doc is) and reads as the .xlsx does."""
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in [["项目支出绩效自评表（2024年度）"], ["项目名称", "某某项目"], ["主管部门", "某某县某某局"],
                ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
                ["年度资金总额", 100, 120, 114, 10, "95.00%", 9.5], *INDICATORS]:
        ws.append(row)
    buf = io.BytesIO()
    wb.save(buf)
    original = tmp_path / "form.xlsx"
    original.write_bytes(buf.getvalue())
    legacy = read_converted(original, "xls", tmp_path)
    if legacy is not None:  # (without LibreOffice the reader says how to convert the file)
        assert facts_of(legacy) == facts_of(read_any(original).evaluation)
        assert legacy.budget.executed == Decimal(114)


def test_a_block_cell_beside_a_nested_table_of_its_rows(tmp_path: Path) -> None:
    """Cause A: an OA view's 一级 cell beside a cell spanning the other columns that holds a table of the block's
    rows: each nested row is a row of the form, the 一级 cell repeated."""
    def block(level1: str, rows: list[list[str]]) -> str:
        inner = _rows(rows)
        return f'<tr><td>{level1}</td><td colspan="6"><table border="1">{inner}</table></td></tr>'
    body = _rows([["项目名称", "某某改造项目"], INDICATORS[0]])
    body += block("产出指标", [["数量指标", "改造户数", "≥60户", "62户", "30", "30"],
                              ["质量指标", "验收合格率", "100%", "100%", "20", "20"]])
    body += block("满意度指标", [["服务对象满意度指标", "群众满意度", "≥90%", "93%", "40", "40"]])
    body += _rows([["总分", "", "", "", "", "100", "99"]])
    ev = _read(tmp_path, _page("某某县某某项目2024年度绩效自评表", body))
    by_name = {i.name: i for i in ev.indicators}
    assert set(by_name) >= {"改造户数", "验收合格率", "群众满意度"}
    assert (by_name["验收合格率"].level1, by_name["验收合格率"].level2) == ("产出指标", "质量指标")
    assert (by_name["群众满意度"].weight, by_name["群众满意度"].stated_score) == (Decimal(40), Decimal(40))


def test_a_dotted_date_target_is_a_deadline_not_a_number() -> None:
    """"2024.11.30前" / "2024.12.31" are dates (text); a bare "2024.11" stays a figure."""
    assert parse_target("2024.11.30前") == {"text": "2024.11.30前"}
    assert parse_target("2024.12.31") == {"text": "2024.12.31"}
    assert parse_target("2024.11")["value"] == Decimal("2024.11")  # type: ignore[index]


def test_d_money_block_in_thousand_yuan(tmp_path: Path) -> None:
    """Cause D: 项目资金（千元） — a hospital's accounts unit: the amounts read as 千元 (shown in 元)."""
    ev = _read(tmp_path, _page("某某县人民医院某某项目2024年度绩效自评表", _rows([
        ["项目名称", "某某设备项目"],
        ["项目资金（千元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["年度资金总额", "5000.00", "5200.00", "5096.00", "10", "98.00%", "9.80"], *INDICATORS])))
    assert (ev.budget.initial, ev.budget.adjusted, ev.budget.executed) == (Decimal(500), Decimal(520),
                                                                           Decimal("509.6"))
    assert ev.budget.source_unit == "元"


def test_c_grade_run_into_the_filing_date() -> None:
    """Cause C: "自评等级：优填报日期：…" (a PDF line that lost the spaces between them) states 优."""
    ev = read_page("某某县某某大队2024年度部门整体支出绩效评价报告\n自评等级：优填报日期：2025年3月6日\n")
    assert ev.stated_grade is not None and ev.stated_grade.value == "优"
    other = read_page("某某县某某局2024年度部门整体支出绩效评价报告\n评价等级优化措施：加强管理。\n")
    assert other.stated_grade is None


def test_c_pdf_cell_merged_across_columns_is_not_copied_from_above() -> None:
    """Cause C: a PDF grid row "预算执行 | <a sentence spanning three columns>" under "人员编制 | 36 | 实有人数 | 34":
    the covered places take the sentence (merged across), not the row above's cells."""
    boxes = [[(0, 0, 10, 5), (10, 0, 20, 5), (20, 0, 30, 5), (30, 0, 40, 5)],
             [(0, 5, 10, 9), (10, 5, 40, 9), None, None]]
    table = SimpleNamespace(rows=[SimpleNamespace(cells=row) for row in boxes])
    across = merged_across(table)
    assert across == {(1, 2), (1, 3)}
    rows = table_rows([["人员编制", "36", "实有人数", "34"], ["预算执行", "年初预算数100万元，执行率95%", None, None]],
                       across)
    assert rows[1] == ["预算执行", *["年初预算数100万元，执行率95%"] * 3]
    assert table_rows([["一级", "a"], [None, "b"]]) == [["一级", "a"], ["一级", "b"]]  # down a column: as before


def test_f_execution_rate_indicator_takes_the_stated_rate() -> None:
    """Cause F: "预算执行率96.50%" in the budget sentence, then "1.预算执行率：分值10分，得分9.65分。": its actual."""
    ev = read_page("某某县某某项目2024年度绩效自评报告\n一、基本情况\n项目全年预算200.00万元，实际支出193.00万元，"
                   "预算执行率96.50%。\n二、绩效目标完成情况\n1.预算执行率：分值10分，得分9.65分。\n"
                   "2.培训人次：目标300人次，实际完成320人次，分值50分，得分50分。\n")
    rate = next(i for i in ev.indicators if i.name == "预算执行率")
    assert rate.actual is not None and (rate.actual.value, rate.actual.unit) == (Decimal("96.50"), "%")


def test_g_establishment_in_brackets_after_the_staff() -> None:
    """Cause G: "实有在编人员128人（编制136名）": the establishment in the bracket; "（编制3个项目…）" is the verb."""
    ev = read_page("某某县某某局2024年度部门整体支出绩效评价报告\n某某局实有在编人员58人（编制62名）。\n")
    assert (ev.unit.staff_total, ev.unit.staff_establishment) == (58, 62)
    ev = read_page("某某县某某局2024年度部门整体支出绩效评价报告\n本局在职人员40人（编制3个项目的绩效目标）。\n")
    assert ev.unit.staff_establishment is None
