"""The fused shape (a row's cells run together, no separator), stop 46, fused54: a whole unit's 收支 tables of label
rows, each from an invented snippet (invented units and figures; docs/reader-corpora/flat-shapes-30.md, fused54)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from page_reading import read_saved_rows

from jixiao.checks import run_checks
from jixiao.checks.finding import Severity
from jixiao.model import Evaluation

_HEAD = ["某县某某服务中心2025年度部门整体支出绩效自评报告", "一、收支情况"]
_INDICATORS = ["二、部门整体支出绩效自评表",
               "一级指标二级指标三级指标年度指标值实际完成值分值得分偏差原因分析及改进措施",
               "产出指标数量指标某某巡查次数≥40次44次5050",
               "效益指标社会效益指标某某覆盖率≥85%88%5050",
               "总分100100"]


def _items(page: Evaluation, side: str) -> list[tuple[str, Decimal]]:
    return [(item.name, item.amount) for item in getattr(page.budget, f"{side}_items")]


def _no_error(page: Evaluation) -> bool:
    return not [f for f in run_checks(page) if f.severity == Severity.ERROR]


def test_item_tables_in_thousands_and_with_a_unit_note_are_read(tmp_path: Path) -> None:
    """"项目金额（单位：千元）" over "收入合计2,716.5" / "财政拨款收入2,650.1" …: a 项目 | 金额 table run together whose
    amount head carries its unit as a note, and whose rows' figures are written in thousands. Its heads were cut
    only when the amount head had no note, and a row only when its figure had no thousands separator, so the table
    stayed text and no income or spending item was read. The text bounds each cell (a label holds no digit)."""
    table = ["项目金额（单位：千元）", "收入合计2,716.5", "财政拨款收入2,650.1", "其他收入66.4", "支出合计2,604.8",
             "基本支出1,873.2", "项目支出731.6"]
    page = read_saved_rows(tmp_path, _HEAD + table + _INDICATORS)
    assert page.budget.income_total == Decimal("271.65")
    assert _items(page, "income") == [("财政拨款收入", Decimal("265.01")), ("其他收入", Decimal("6.64"))]
    assert _items(page, "expenditure") == [("基本支出", Decimal("187.32")), ("项目支出", Decimal("73.16"))]
    assert _no_error(page)


def test_two_halves_run_together_are_read(tmp_path: Path) -> None:
    """"收入项目金额支出项目金额" over "财政拨款收入4127.3基本支出1905.26": income and spending side by side, each row's
    four cells run together. The four heads one cell, no table was read; they are cut at the label heads, and a
    row at its labels and figures, which the text bounds."""
    table = ["表1 2025年度收支情况（单位：万元）", "收入项目金额支出项目金额", "财政拨款收入4127.3基本支出1905.26",
             "其他收入88.15项目支出2215.7", "收入合计4215.45支出合计4120.96"]
    page = read_saved_rows(tmp_path, _HEAD + table + _INDICATORS)
    assert (page.budget.income_total, page.budget.expenditure_total) == (Decimal("4215.45"), Decimal("4120.96"))
    assert _items(page, "income") == [("财政拨款收入", Decimal("4127.3")), ("其他收入", Decimal("88.15"))]
    assert _items(page, "expenditure") == [("基本支出", Decimal("1905.26")), ("项目支出", Decimal("2215.7"))]
    assert _no_error(page)


def test_a_year_table_with_its_changes_is_split_by_its_constraints(tmp_path: Path) -> None:
    """"项目上年决算数本年决算数增减额增减率" over "收入合计2210.502398.70188.208.51%": two years' amounts, their
    change and its rate run together. Nothing in the text cuts the figures; the table's own constraints do (amounts
    written alike, the change the later year's less the earlier's, its rate that change over the earlier year), and
    only one cut meets them. Each figure so cut is a guess and read as one."""
    table = ["项目上年决算数本年决算数增减额增减率", "收入合计2210.502398.70188.208.51%",
             "财政拨款收入2150.302336.90186.608.68%", "其他收入60.2061.801.602.66%",
             "支出合计2185.402376.12190.728.73%", "基本支出1402.881511.30108.427.73%",
             "项目支出782.52864.8282.3010.52%"]
    page = read_saved_rows(tmp_path, _HEAD + table + _INDICATORS)
    assert (page.budget.income_total, page.budget.expenditure_total) == (Decimal("2398.70"), Decimal("2376.12"))
    assert _items(page, "income") == [("财政拨款收入", Decimal("2336.90")), ("其他收入", Decimal("61.80"))]
    assert _items(page, "expenditure") == [("基本支出", Decimal("1511.30")), ("项目支出", Decimal("864.82"))]
    assert page.provenance["budget.income_total"].guessed
    assert page.provenance["budget.income_items"].guessed
    assert _no_error(page)


def test_amounts_and_shares_run_together_are_split_and_guessed(tmp_path: Path) -> None:
    """"收入项目金额占比（%）" over "财政拨款收入3316.4293.62": each amount's share after it, run together. A share is
    at most 100, which leaves one cut of the first row (3316.42 | 93.62); "其他收入225.826.38" has two (225.82 | 6.38,
    225.8 | 26.38), and the one whose amount is written as the rows' above is taken. Each such figure is a guess."""
    table = ["（一）收入情况（单位：万元）", "收入项目金额占比（%）", "财政拨款收入3316.4293.62",
             "其他收入225.826.38", "合计3542.24100"]
    page = read_saved_rows(tmp_path, _HEAD + table + _INDICATORS)
    assert page.budget.income_total == Decimal("3542.24")
    assert _items(page, "income") == [("财政拨款收入", Decimal("3316.42")), ("其他收入", Decimal("225.82"))]
    assert page.provenance["budget.income_items"].guessed
    assert _no_error(page)


def test_a_fund_flow_table_run_together_is_split_by_its_balance(tmp_path: Path) -> None:
    """"项目上年结转本年收入本年支出年末结转" over "一般公共预算财政拨款52.301520.661540.2032.76": a 收入支出决算 table
    by fund, each row's four flows run together. Its heads are cut as the cells' heads are read, and a row's figures
    where its flows balance (上年结转 + 本年收入 − 本年支出 = 年末结转) with amounts written alike; each a guess."""
    table = ["表1 2025年度收入支出决算情况（单位：万元）", "项目上年结转本年收入本年支出年末结转",
             "一般公共预算财政拨款52.301520.661540.2032.76", "其他资金6.0024.5025.105.40",
             "合计58.301545.161565.3038.16"]
    page = read_saved_rows(tmp_path, _HEAD + table + _INDICATORS)
    budget = page.budget
    assert (budget.income_total, budget.expenditure_total) == (Decimal("1545.16"), Decimal("1565.30"))
    assert (budget.opening_balance, budget.carry_over) == (Decimal("58.30"), Decimal("38.16"))
    assert page.provenance["budget.income_total"].guessed
    assert _no_error(page)


def test_items_on_their_side_run_together_are_cut_by_their_total(tmp_path: Path) -> None:
    """"一般公共预算财政拨款政府性基金其他收入合计" over "2104.58150.0036.402290.98": income items on their side, the
    names and the figures each run together. The names are cut where an item's name ends (收入, 拨款, 基金 … not
    followed by more of a name: "财政拨款收入" is one), the figures where the 合计 is the sum of the others, and only
    one cut fits; every cell a guess."""
    table = ["表1 2025年度收入情况（单位：万元）", "一般公共预算财政拨款政府性基金其他收入合计",
             "2104.58150.0036.402290.98", "表2 2025年度支出情况（单位：万元）", "基本支出项目支出合计",
             "1310.25962.402272.65"]
    page = read_saved_rows(tmp_path, _HEAD + table + _INDICATORS)
    assert page.budget.income_total == Decimal("2290.98")
    assert _items(page, "income") == [("一般公共预算财政拨款", Decimal("2104.58")), ("政府性基金", Decimal("150.00")),
                                      ("其他收入", Decimal("36.40"))]
    assert _items(page, "expenditure") == [("基本支出", Decimal("1310.25")), ("项目支出", Decimal("962.40"))]
    assert page.provenance["budget.income_items"].guessed
    assert _no_error(page)


def test_fund_rows_run_together_before_a_dash_are_split_under_the_total(tmp_path: Path) -> None:
    """"其中：本年财政拨款230023002216.5——" and "上年结转资金160160——" under "年度资金总额230024602376.51096.60%9.66": a
    project's fund rows, each run of amounts followed by the template's "——" in the 分值 column. The dash was taken
    for a second figure, so the run was not split under the total row and the rows were misread; the carry-over's
    run holds two amounts only, its 年初预算数 empty. The dash is no figure now, and a column the rows above left no
    room in (the total's 年初预算数, all the first row's) holds nothing of the next row: its run is split among the
    other columns. Each split a guess."""
    money = ["项目支出绩效自评表（2025年度）", "项目名称某某助学补助", "主管部门某县教育局",
             "项目资金（万元）年初预算数全年预算数全年执行数分值执行率得分", "年度资金总额230024602376.51096.60%9.66",
             "其中：本年财政拨款230023002216.5——", "上年结转资金160160——", "其他资金——"]
    page = read_saved_rows(tmp_path, money + _INDICATORS[1:])
    rows = [(row.name, row.initial, row.adjusted, row.executed) for row in page.budget.fund_rows]
    assert rows == [("本年财政拨款", Decimal("2300"), Decimal("2300"), Decimal("2216.5")),
                    ("上年结转资金", None, Decimal("160"), Decimal("160"))]
    assert page.budget.carry_over == Decimal("160")
    assert page.provenance["budget.fund_rows"].guessed
    assert _no_error(page)
