"""Review of stop 47's reader changes (docs/reader-corpora/review-47-first.md): each test an invented snippet
(invented units, figures and wording) that the merged reader misread or failed on."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from page_reading import read_page, read_saved

from jixiao.readers import read_any
from jixiao.readers.document import Table
from jixiao.readers.extract.centred_levels import centred_levels

_LEVEL1 = ["产出指标", "效益指标", "满意度指标"]


def test_centred_levels_of_a_table_longer_than_the_stack() -> None:
    """A viewer's copy of a long indicator table whose merged 一级 cells stand on their runs' middle rows (runs of
    three rows, then of two, in turn): the one cut fills every row's 一级, however many runs (the cut was worked
    out by recursion, one frame a label: some 700 labels ended the read with RecursionError)."""
    rows = [["一级指标", "二级指标", "三级指标", "分值"]]
    runs = [3, 2] * 400
    for n, size in enumerate(runs):
        middle = (size - 1) // 2
        rows += [[_LEVEL1[n % 3] if k == middle else "", "", f"某站巡检{n}-{k}", "1"] for k in range(size)]
    filled = centred_levels(Table(rows, "表1"), 0, {"level1": 0, "name": 2})
    first = 1
    for n, size in enumerate(runs):
        assert {row[0] for row in filled.rows[first: first + size]} == {_LEVEL1[n % 3]}
        first += size
    assert (1, 0) in filled.guessed and (2, 0) not in filled.guessed


def test_a_long_run_of_counts_a_fund_pays_for(tmp_path: Path) -> None:
    """A sentence listing many counts a fund pays for ("…经费保障工作人员N人", each passed over as no staff count), then
    the unit's own: the unit's count read (each passed-over count opened one more nested call: a long list ended the
    read with RecursionError)."""
    covered = "，".join(f"第{n}网格经费保障工作人员2人" for n in range(1, 1301))
    text = "\n".join(["某县某巡查中心2023年度部门整体支出绩效自评报告", "一、基本情况",
                      f"本中心核定编制26名。{covered}，中心实有在职人员24人。", "二、自评结论", "自评得分92分。"])
    evaluation = read_saved(tmp_path, text + "\n")
    assert (evaluation.unit.staff_establishment, evaluation.unit.staff_total) == (26, 24)


def _html_row(*cells: str) -> str:
    return "<tr>" + "".join(f"<td>{cell}</td>" for cell in cells) + "</tr>"


_HEAD = _html_row("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分")


def test_a_table_going_on_keeps_the_level_it_carries(tmp_path: Path) -> None:
    """An indicator table split over two pages, its header printed again on the second: the second part's first row
    has no 一级 (its merged cell began on the page before), then a 满意度 block written on its own first row. The
    first row is the 效益 block's, carried from the table above (the centred-label cut fits the rows too — the label
    on the middle row of three — and gave the row 满意度指标, a 一级 the document never put it under)."""
    first = ("<table>" + _html_row("项目名称", "某乡护林巡查项目", "", "", "", "", "") + _HEAD
             + _html_row("产出指标", "数量指标", "巡查里程", "≥80公里", "86公里", "40", "40")
             + _html_row("效益指标", "社会效益指标", "火情发现率", "≥90%", "96%", "20", "20") + "</table>")
    second = ("<table>" + _HEAD + _html_row("", "生态效益指标", "林地受损面积", "≤4亩", "2亩", "20", "20")
              + _html_row("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%", "94%", "10", "10")
              + _html_row("", "服务对象满意度指标", "巡查员满意度", "≥90%", "91%", "10", "9")
              + _html_row("总分", "", "", "", "", "100", "99") + "</table>")
    page = f"<html><body><p>某乡林业站2024年度护林巡查项目支出绩效自评表</p>{first}{second}</body></html>"
    path = tmp_path / "form.html"
    path.write_text(page, encoding="utf-8")
    levels = {i.name: i.level1 for i in read_any(path).evaluation.indicators}
    assert levels == {"巡查里程": "产出指标", "火情发现率": "效益指标", "林地受损面积": "效益指标",
                      "村民满意度": "满意度指标", "巡查员满意度": "满意度指标"}


_PROJECT = "某县某农技站2024年度农机手培训项目支出绩效自评报告\n一、项目资金情况\n"


def test_spending_told_by_the_years_end_gives_way_to_the_stated_one() -> None:
    """"年末已支出X" names no 全年执行: a part's clause says it too ("培训费预算10万元，年末已支出8万元"), and read
    first it stood against the project's "全年执行28万元" a sentence later (8 read, 28 lost). Kept aside now: the
    stated one is read, and a text with no other gives it as a guess."""
    text = "项目全年预算30万元。培训费预算10万元，年末已支出8万元。项目全年执行28万元。\n"
    budget = read_page(_PROJECT + text).budget
    assert budget.executed == Decimal(28)
    evaluation = read_page(_PROJECT + "该项目全年到位资金42万，年末已使用41.5万。\n")
    assert evaluation.budget.executed == Decimal("41.5")
    assert evaluation.provenance["budget.executed"].guessed
