"""Table money, label and value shapes of published forms (invented units and figures): the
transfer-payment 绩效评价表's money header with 行次/列次 numbers and bracketed column letters."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from jixiao.readers import read_any
from jixiao.readers.extract import extract
from jixiao.readers.source_text import text_to_document

_TRANSFER_HEADER = ["全年预算数（A）", "统筹整合资金数（B）", "扣除统筹整合资金后预算金额（C）", "全年到位资金（D）",
                    "预算到位（D/C×100%）", "全年执行资金（E）", "预算执行（E/C×100%）"]


def _funds(budget: object) -> list[tuple[str, Decimal | None, Decimal | None]]:
    return [(f.name, f.adjusted, f.executed) for f in budget.fund_rows]  # type: ignore[attr-defined]


def test_a_transfer_payment_money_header_wrapped_one_cell_a_line_with_row_and_column_numbers() -> None:
    header = "\n".join(part for cell in _TRANSFER_HEADER for part in cell.replace("（", "\n（").split("\n"))
    text = ("某县农业农村局2023年度农田建设补助资金绩效评价表\n资金投入情况\n（万元）\n"
            f"行次 {header}\n佐证材料\n列次 0 1 2 3 4 5 6 7 所需材料 上传端口\n"
            "年度资金总额（万元）： 1 152.300000\n152.300000 152.300000 100.00% 140.110000 92.00%\n"
            "其中：中央财政资金（万元） 2 120.000000\n120.000000 120.000000 100.00% 110.400000 92.00% 资金下达文件\n"
            "地方财政资金（万元） 3 32.300000\n32.300000 32.300000 100.00% 29.710000 91.98%\n"
            "其他资金（万元，自有资金、社会资本等） 4\n填报人：李明\n")
    budget = extract(text_to_document(text, "x.txt"))[0].budget
    assert (budget.initial, budget.adjusted, budget.executed) == (None, Decimal("152.30"), Decimal("140.11"))
    assert budget.stated_execution_rate == Decimal("92.00")
    assert _funds(budget) == [("中央财政资金", Decimal("120.00"), Decimal("110.40")),
                              ("地方财政资金", Decimal("32.30"), Decimal("29.71"))]


def test_a_transfer_payment_money_header_in_table_cells(tmp_path: Path) -> None:
    rows = [["资金投入情况（万元）", "行次", *_TRANSFER_HEADER],
            ["列次", "", "1", "2", "3", "4", "5", "6", "7"],
            ["年度资金总额（万元）", "1", "64.500000", "", "64.500000", "60.000000", "93.02%", "58.050000", "90.00%"],
            ["其中：中央财政资金（万元）", "2", "64.500000", "", "64.500000", "60.000000", "93.02%", "58.050000",
             "90.00%"]]
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    page = tmp_path / "form.html"
    page.write_text(f"<html><body><h1>某县水务局2023年度水利发展资金绩效评价表</h1><table>{body}</table></body></html>",
                    encoding="utf-8")
    budget = read_any(page).evaluation.budget
    assert (budget.adjusted, budget.executed, budget.stated_execution_rate) == (
        Decimal("64.50"), Decimal("58.05"), Decimal("90.00"))
    assert _funds(budget) == [("中央财政资金", Decimal("64.50"), Decimal("58.05"))]
