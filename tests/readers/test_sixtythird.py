"""Shapes of the sixty-third set (docs/reader-corpora/sixtythird.md), each rebuilt from an invented snippet of the
same shape (invented units and figures)."""

from __future__ import annotations

import io
from decimal import Decimal
from pathlib import Path

from docx import Document as WordDocument
from page_reading import by_name, read_saved

from jixiao.checks import run_checks
from jixiao.readers import read_any
from jixiao.readers.extract.values import parse_actual, parse_target


def _word(tmp_path: Path, paragraphs: list[str]) -> Path:
    d = WordDocument()
    for text in paragraphs:
        d.add_paragraph(text)
    buf = io.BytesIO()
    d.save(buf)
    path = tmp_path / "report.docx"
    path.write_bytes(buf.getvalue())
    return path


def test_rates_and_scores_spelled_in_a_word_reports_paragraphs_are_read(tmp_path: Path) -> None:
    """A township's Word report writing its rate and the rate's marks in Chinese numerals ("百分之九十五", "分值十分，
    得九点五分"): read as figures, as a plain-text report's already were (before, only money was)."""
    path = _word(tmp_path, ["某镇2021年度村道维修项目绩效自评报告",
                            "一、资金情况。全年预算100.00万元，全年实际支出95.00万元，预算执行率百分之九十五，"
                            "该项分值十分，得九点五分。"])
    result = read_any(path)
    assert result.evaluation.budget.stated_execution_rate == Decimal("95")
    assert any("中文数字写的分值、得分或百分比" in w for w in result.warnings)


_QUESTIONNAIRE = ["问卷名称,2021年度项目支出绩效自评问卷,,导出时间,2022-01-05",
                  "序号,问题,回答",
                  "1,问：项目名称是什么？,答：某灌区渠系改造项目",
                  "2,问：资金执行情况？,答：全年预算数200.00万元，全年执行数190.00万元，执行率95.00%。",
                  "3,问：“渠道衬砌长度”指标完成情况如何？,"
                  "答：产出指标—数量指标：年度指标值≥20公里，实际完成值21公里，分值40分，得分40分。",
                  "4,问：“灌溉保证率”指标完成情况如何？,"
                  "答：效益指标—社会效益指标：年度指标值≥85%，实际完成值80%，分值50分，得分46分。偏差原因：春季来水偏少。",
                  "5,问：自评总分及等级？,答：自评得分95.50分，自评等级优。"]


def test_a_questionnaire_saved_as_three_column_csv_is_read_with_the_marks_and_levels_its_answers_state(
        tmp_path: Path) -> None:
    """An OA questionnaire's CSV export (序号,问题,回答 under a title row; cells opening "问：" / "答："): its rows are
    a questionnaire table though three fields wide; an answer states the indicator's levels ("产出指标—数量指标：")
    and marks ("分值40分，得分40分"), and a question asking for a label's value gives that label."""
    evaluation = read_saved(tmp_path, "\r\n".join(_QUESTIONNAIRE) + "\r\n", "export.csv")
    assert evaluation.project is not None and evaluation.project.name == "某灌区渠系改造项目"
    found = by_name(evaluation)
    lining, rate = found["渠道衬砌长度"], found["灌溉保证率"]
    assert (lining.level1, lining.level2, lining.weight, lining.stated_score) == ("产出指标", "数量指标", 40, 40)
    assert (rate.level2, rate.weight, rate.stated_score) == ("社会效益指标", 50, 46)
    assert rate.deviation_note == "春季来水偏少"


_SLASHED = ["主题：回复：关于报送项目自评材料的通知",
            "一、项目名称：2021年某嘎查饮水安全巩固工程；主管部门：某旗水利局；实施单位：某旗供水站。",
            "二、资金情况：全年预算300.00万元，全年执行291.00万元，预算执行率97.00%，该项分值10分，得9.70分。",
            "三、绩效指标完成情况（指标名称／分值／年度指标值／实际完成值／得分）：",
            "1. 新打机电井／40分／≥6眼／6眼／40分",
            "2. 供水保证率／50分／≥95%／92%／47分（未达原因：一处水源井出水量下降）",
            "四、自评结论：项目自评总分96.70分。"]


def test_items_with_slashes_between_their_cells_under_a_legend_are_a_table(tmp_path: Path) -> None:
    """An e-mail's indicator list: a legend in brackets naming the columns in order, then numbered items with "／"
    between the cells and a bracketed 未达原因 note after the last (before, no indicator was read from them)."""
    evaluation = read_saved(tmp_path, "\n".join(_SLASHED) + "\n", "mail.txt")
    found = by_name(evaluation)
    well, supply = found["新打机电井"], found["供水保证率"]
    assert (well.weight, well.stated_score, well.target.value, well.actual.value) == (40, 40, 6, 6)
    assert (supply.weight, supply.stated_score, supply.actual.value) == (50, 47, 92)
    assert supply.deviation_note == "一处水源井出水量下降"


def _form(name: str, money: tuple[str, str, str], rows: list[str]) -> list[str]:
    return ["| 项目名称 | " + name + " | | | | | |", "|---|---|---|---|---|---|---|",
            "| 项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |",
            f"| 年度资金总额 | {money[0]} | {money[1]} | {money[2]} | 10 | "
            f"{Decimal(money[2]) / Decimal(money[1]) * 100:.2f}% | 10 |",
            "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |", *rows]


def test_a_projects_section_prose_goes_with_its_own_form(tmp_path: Path) -> None:
    """A bureau's report of several projects, each a section ("（二）某某项目"), its prose stating that project's
    budget, then its form: the first form read with its own prose only (before, the second section's prose was
    taken with the first form and raised a false TEXT_TABLE_MISMATCH)."""
    first = _form("甲项目", ("100.00", "100.00", "100.00"),
                  ["| 产出指标 | 数量指标 | 修缮水窖 | ≥50口 | 50口 | 90 | 90 |"])
    second = _form("乙项目", ("80.00", "80.00", "72.00"),
                   ["| 产出指标 | 数量指标 | 新修梯田 | ≥300亩 | 310亩 | 90 | 90 |"])
    text = "\n".join(["# 某县水务局2021年度项目支出绩效自评报告", "", "（一）甲项目", "",
                      "该项目年初预算100.00万元，全年执行100.00万元，执行率100.00%。", "", *first, "",
                      "（二）乙项目", "", "该项目年初预算80.00万元，全年执行72.00万元，执行率90.00%。", "",
                      "附表2 项目支出绩效自评表", "", *second, ""])
    evaluation = read_saved(tmp_path, text, "report.md")
    assert evaluation.budget.executed == Decimal("100.00")
    assert "TEXT_TABLE_MISMATCH" not in {f.code for f in run_checks(evaluation)}


def test_enumerated_scored_items_each_on_a_paragraph_are_indicators(tmp_path: Path) -> None:
    """A township's prose under "三、绩效指标完成情况。": one paragraph an item, opening on "一是" / "二是", its levels
    before its quoted name ("…中的…" / "…下的…"), its counts spelled in numerals, its weight and score last, a
    note after them: each item an indicator with its levels, values and marks (before, the paragraphs were read as
    one narrative indicator of the heading)."""
    path = _word(tmp_path, ["某乡2021年度人居环境整治项目绩效自评报告",
                            "一、资金使用情况。全年预算80.00万元，全年支出76.00万元，预算执行率95.00%，"
                            "该项分值10分，得9.5分。",
                            "二、绩效指标完成情况。",
                            "一是产出指标中的数量指标“改造户用厕所”，年度指标值不少于二百户，实际完成二百一十户，"
                            "分值三十分，得三十分。",
                            "二是产出指标下的时效指标“清运垃圾里程”，指标值不少于八公里，实际完成七点五公里，"
                            "分值20分，得18分，偏差原因：雨季道路中断。",
                            "三是满意度指标中的服务对象满意度指标“村民满意度”，年度指标值≥90%，实际完成93%，分值40分，得40分。",
                            "三、自评结论。总得分97.5分。"])
    found = by_name(read_any(path).evaluation)
    toilets, road, satisfied = found["改造户用厕所"], found["清运垃圾里程"], found["村民满意度"]
    assert (toilets.level1, toilets.level2, toilets.weight, toilets.stated_score) == ("产出指标", "数量指标", 30, 30)
    assert (toilets.target.value, toilets.target.unit, toilets.actual.value) == (200, "户", 210)
    assert (road.level2, road.weight, road.stated_score, road.actual.value) == ("时效指标", 20, 18, Decimal("7.5"))
    assert road.deviation_note == "雨季道路中断"
    assert (satisfied.level1, satisfied.weight, satisfied.actual.value) == ("满意度指标", 40, 93)
    assert "绩效指标完成情况" not in found


def test_counts_spelled_with_a_fraction_or_with_wan_before_the_unit_are_figures() -> None:
    """A value cell typed in numerals: "十二点五公里" (a fraction after 点) and "三百六十万亩" / "不低于二十万株"
    (万 belongs to the unit) are read as figures; an estimate or a bare "三万" stays words."""
    assert parse_actual("十二点五公里") == {"value": Decimal("12.5"), "unit": "公里"}
    assert parse_actual("三百六十万亩") == {"value": Decimal("360"), "unit": "万亩"}
    assert parse_target("不低于二十万株") == {"comparator": "≥", "value": Decimal("20"), "unit": "万株"}
    assert "value" not in (parse_target("三万") or {})
    assert "value" not in (parse_actual("几十万亩") or {})
