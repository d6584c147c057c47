"""Causes the authored sets still left at stop 45 (docs/reader-corpora/auth-left-46.md), each rebuilt from an invented
snippet of the same shape (invented units, figures and wording)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from docx import Document

from jixiao.readers import read_any
from jixiao.readers.spelled_figures import arabic_money

_REPORT = "某县某某服务中心2025年度部门整体支出绩效自评报告\n"


def _table(d: object, rows: list[list[str]]) -> None:
    table = d.add_table(rows=len(rows), cols=max(len(r) for r in rows))  # type: ignore[attr-defined]
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            table.cell(i, j).text = text


def _prose(tmp_path: Path, text: str) -> object:
    path = tmp_path / "prose.txt"
    path.write_text(_REPORT + text, encoding="utf-8")
    return read_any(path).evaluation


def test_unit_own_level2_in_brackets_beside_known_ones_is_a_guessed_level2(tmp_path: Path) -> None:
    """"1.名称（X）。年度目标值…" items where some X are 二级 the lexicon knows ("（数量指标）", "（社会效益）"): an
    X it does not know ("（档案整理）", the unit's own 二级 name) is the 二级 too, guessed, and leaves the name
    (before, the bracket stayed in the name and the 二级 was lost); a qualifier ("（含线上）") stays in the name."""
    evaluation = _prose(tmp_path, "（一）履职效能（40分，得分39分）\n"
                        "1.馆藏档案数字化数量（档案整理）。年度目标值≥4000卷，全年实际值4210卷，分值20分，得分20分。\n"
                        "2.查档接待人次（数量指标）。年度目标值≥1500人次，全年实际值1460人次，分值20分，得分19分。\n"
                        "（二）社会效应（20分，得分20分）\n"
                        "1.线上查档服务次数（含线上）。年度目标值≥300次，全年实际值320次，分值10分，得分10分。\n"
                        "2.档案开放利用次数（社会效益）。年度目标值≥200次，全年实际值236次，分值10分，得分10分。\n")
    first, second, third, fourth = evaluation.indicators  # type: ignore[attr-defined]
    assert (first.name, first.level2) == ("馆藏档案数字化数量", "档案整理")
    assert evaluation.provenance["indicators[0].level2"].guessed  # type: ignore[attr-defined]
    assert (second.name, second.level2) == ("查档接待人次", "数量指标")
    assert third.name == "线上查档服务次数（含线上）" and not third.level2
    assert (fourth.name, fourth.level2) == ("档案开放利用次数", "社会效益")


def test_unknown_brackets_without_a_known_sibling_stay_in_the_name(tmp_path: Path) -> None:
    """No item's bracket is a 二级 the lexicon knows: nothing shows the brackets are levels, so each stays in its
    name."""
    evaluation = _prose(tmp_path, "（一）履职效能（40分，得分40分）\n"
                        "1.馆藏档案数字化数量（档案整理）。年度目标值≥4000卷，全年实际值4210卷，分值20分，得分20分。\n"
                        "2.查档接待人次（窗口服务）。年度目标值≥1500人次，全年实际值1520人次，分值20分，得分20分。\n")
    first, second = evaluation.indicators  # type: ignore[attr-defined]
    assert (first.name, first.level2) == ("馆藏档案数字化数量（档案整理）", None)
    assert (second.name, second.level2) == ("查档接待人次（窗口服务）", None)


def test_tab_separated_year_label_over_a_check_header_year(tmp_path: Path) -> None:
    """A system's export saved as CSV: "评价年度,2023年度" under a header line naming the check's own year ("2024年度…
    复核材料"). The two-cell row (label, tab, value once the CSV is read) states the year evaluated (before, no label
    reader took a label set apart by a tab, and the header line's year was guessed)."""
    rows = ["2024年度市级专项资金绩效自评复核材料", "复核编号,FH-2024-112", "", "项目名称,某县城区路灯节能改造工程",
            "实施单位,某县城市照明管理所", "评价年度,2023年度", "",
            "一级指标,二级指标,三级指标,年度指标值,实际完成值,分值,得分",
            "产出指标,数量指标,改造路灯盏数,≥1200盏,1236盏,30,30", "产出指标,质量指标,亮灯率,≥98%,99.1%,30,30",
            "效益指标,经济效益指标,年节约电费,≥40万元,43.6万元,30,30",
            "满意度指标,服务对象满意度指标,市民满意度,≥90%,93%,10,10",
            "", "自评总分,100"]
    path = tmp_path / "export.csv"
    path.write_text("\r\n".join(rows) + "\r\n", encoding="utf-8")
    evaluation = read_any(path).evaluation
    assert evaluation.year == 2023  # type: ignore[attr-defined]
    assert not evaluation.provenance["year"].guessed  # type: ignore[attr-defined]


def test_rate_header_over_its_figures_on_a_continued_page_is_the_execution_indicator(tmp_path: Path) -> None:
    """A form too wide for one page: the 续表 holds a small table of its own, "执行率 | 分值 | 得分" over the rate's
    figures, before the 三级指标 | 分值 | 得分 rows. That pair is the 预算执行率 indicator, its rate, weight and score
    (before, it was read as nothing and the indicator was lost)."""
    d = Document()
    d.add_paragraph("2025年度项目支出绩效自评表")
    _table(d, [["项目名称", "某镇农村公路养护经费"], ["实施单位", "某镇交通管理站"],
               ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "执行率"],
               ["年度资金总额", "84.00", "84.00", "79.80", "95.00%"],
               ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值"],
               ["产出指标", "数量指标", "养护公路里程", "≥36公里", "37公里"],
               ["满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", "92%"]])
    d.add_paragraph("2025年度项目支出绩效自评表（续表）")
    _table(d, [["执行率", "分值", "得分"], ["95.00%", "10", "9.5"], ["三级指标", "分值", "得分"],
               ["养护公路里程", "60", "60"], ["沿线群众满意度", "30", "30"], ["总分", "100", "99.5"]])
    path = tmp_path / "form.docx"
    d.save(str(path))
    indicators = read_any(path).evaluation.indicators  # type: ignore[attr-defined]
    rate = next(i for i in indicators if i.name == "预算执行率")
    assert (rate.weight, rate.actual.value, rate.actual.unit, rate.stated_score) == (
        Decimal("10"), Decimal("95.00"), "%", Decimal("9.5"))


def test_money_spelled_in_chinese_numerals_in_a_document_paragraph(tmp_path: Path) -> None:
    """A Word report's money in Chinese numerals ("二百一十万元", "二百二十一万四千元"): read as 万元 figures, as
    figures in digits are (before, a document's paragraphs kept the words and the budget was lost); an estimate
    ("数百万元", "几十万元") names no figure and is left in words."""
    d = Document()
    d.add_paragraph("某县某某幼儿园2025年度项目支出绩效自评报告")
    d.add_paragraph("一、项目资金情况")
    d.add_paragraph("该项目年初预算二百一十万元，全年预算二百三十万元，全年实际支出二百二十一万四千元，预算执行率96.26%。"
                    "近年累计投入数百万元，每年维修另需几十万元。")
    path = tmp_path / "report.docx"
    d.save(str(path))
    result = read_any(path)
    budget = result.evaluation.budget  # type: ignore[attr-defined]
    assert (budget.initial, budget.adjusted, budget.executed) == (Decimal("210"), Decimal("230"), Decimal("221.4"))
    assert any("中文数字写的金额" in w for w in result.warnings)
    estimates = "近年累计投入数百万元，另需几十万元，上千万元"
    assert arabic_money(estimates) == (estimates, 0)


def test_initial_budget_handed_down_after_the_word_budget(tmp_path: Path) -> None:
    """"年初预算下达资金X万元": 下达 (or 批复) after 预算 names the initial budget as it does before it (before, the
    sentence's 年初 amount was not read)."""
    evaluation = _prose(tmp_path, "一、项目资金情况\n该项目年初预算下达资金86.5万元，年中追加12万元，全年预算98.5万元，"
                        "全年实际支出95.1万元，预算执行率96.55%。\n")
    assert evaluation.budget.initial == Decimal("86.5")  # type: ignore[attr-defined]
