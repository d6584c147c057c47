"""Shapes of the twenty-ninth set (docs/reader-corpora/twentyninth.md), each rebuilt from an invented snippet of the
same shape (invented units, names and figures)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from page_reading import by_name, read_page, read_saved


def test_a_one_level_led_result_a_paragraph_completes_the_scored_rows() -> None:
    """"数量指标：名称年度目标≥N，实际完成M。" one paragraph each with no points, a closing 自评得分汇总表 giving the
    points and scores: each paragraph's 二级, target and result go to the table's indicator of its name (before, a
    paragraph of one clause gave none)."""
    page = read_page("某镇中心小学2024年度生均公用经费项目绩效自评报告\n二、绩效目标完成情况\n"
                     "数量指标：保障学生数年度目标≥620人，实际完成634人。\n"
                     "满意度指标：家长满意度年度目标≥90%，实际完成93%。\n"
                     "三、自评得分汇总表\n| 一级指标 | 二级指标 | 三级指标 | 分值 | 得分 |\n"
                     "| 产出指标 | 数量指标 | 保障学生数 | 50 | 50 |\n"
                     "| 满意度指标 | 服务对象满意度指标 | 家长满意度 | 50 | 50 |\n"
                     "| 合计 |  |  | 100 | 100 |\n")
    got = by_name(page)
    assert set(got) == {"保障学生数", "家长满意度"}
    first, second = got["保障学生数"], got["家长满意度"]
    assert (first.target.value, first.actual.value, first.weight) == (Decimal("620"), Decimal("634"), Decimal("50"))
    assert (second.target.value, second.actual.value) == (Decimal("90"), Decimal("93"))


def test_b_one_table_per_second_level_under_the_level_headings(tmp_path: Path) -> None:
    """"（一）产出指标" / "1.数量指标" / table / "2.质量指标" / table / "（二）满意度指标" / "1.服务对象满意度指标" /
    table, the tables without level columns: each table's rows take the 一级 and 二级 of the headings over it (before,
    none, and the last 二级 heading was read as a 一级)."""
    def table(*rows: tuple[str, ...]) -> str:
        head = ("三级指标", "年度指标值", "实际完成值", "分值", "得分")
        return "<table border='1'>" + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>"
                                              for row in (head, *rows)) + "</table>"
    body = ("<p>（一）产出指标</p><p>1.数量指标</p>" + table(("接诊人次", "≥5000人次", "5120人次", "40", "40"))
            + "<p>2.质量指标</p>" + table(("病历甲级率", "≥90%", "93%", "30", "30"))
            + "<p>（二）满意度指标</p><p>1.服务对象满意度指标</p>" + table(("患者满意度", "≥90%", "95%", "30", "30")))
    page = read_saved(tmp_path, f'<html><head><meta charset="utf-8"></head><body><h2>某镇卫生院2024年度整体支出绩效'
                      f'自评报告</h2>{body}</body></html>', "report.html")
    got = by_name(page)
    assert [(got[n].level1, got[n].level2) for n in ("接诊人次", "病历甲级率", "患者满意度")] == [
        ("产出指标", "数量指标"), ("产出指标", "质量指标"), ("满意度指标", "服务对象满意度指标")]
    assert got["病历甲级率"].weight == Decimal("30")


def test_b_a_level_heading_with_text_between_gives_the_table_no_levels(tmp_path: Path) -> None:
    """A sentence of text between the 一级 heading and the 二级 heading over the table: the headings are not read
    as the table's (its rows keep no 一级)."""
    rows = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in (
        ("三级指标", "年度指标值", "实际完成值", "分值", "得分"), ("接诊人次", "≥5000人次", "5120人次", "100", "100")))
    page = read_saved(tmp_path, '<html><head><meta charset="utf-8"></head><body><h2>某镇卫生院2024年度整体支出绩效'
                      '自评报告</h2><p>（一）产出指标</p><p>全年门诊量稳步增长，服务能力提升。</p><p>1.数量指标</p>'
                      f"<table border='1'>{rows}</table></body></html>", "report.html")
    assert by_name(page)["接诊人次"].level1 is None


def test_c_an_attainment_rate_column_is_read_past() -> None:
    """`| … | 实际完成值 | 达成率 | 分值 | 得分 |`: 达成率 (实际 ÷ 目标) is a completion column like 完成率, read past;
    the points and scores are the next columns' (before, none was read and 预算执行率's result was its 分值 cell)."""
    page = read_page("某县救助资金项目2024年度绩效自评报告\n"
                     "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 达成率 | 分值 | 得分 |\n"
                     "| 产出指标 | 预算执行 | 预算执行率 |  | 96.00% |  | 10 | 9.60 |\n"
                     "| 产出指标 | 数量指标 | 保障人数 | ≥500人 | 512人 | 100.00% | 90 | 90 |\n"
                     "| 总分 |  |  |  |  |  | 100 | 99.60 |\n")
    got = by_name(page)
    assert (got["保障人数"].weight, got["保障人数"].stated_score) == (Decimal("90"), Decimal("90"))
    assert (got["预算执行率"].actual.value, got["预算执行率"].stated_score) == (Decimal("96.00"), Decimal("9.60"))
    assert page.full_mark == Decimal("100")


def test_d_a_letters_title_names_the_project_after_its_guanyu() -> None:
    """"某县民政局关于某某资金项目2024年度绩效自评情况的报告": the project is named after 关于 (before, "关于…" was
    kept), whether the unit is the title's or the signature's."""
    body = "\n主送：某县财政局\n\n一、基本情况\n2024年项目年初预算100.00万元，全年执行98.00万元。\n"
    title = "某县民政局关于某某救助资金项目2024年度绩效自评情况的报告\n"
    signed, unsigned = read_page(title + body + "\n某县民政局\n2025年3月1日\n"), read_page(title + body)
    for page in (signed, unsigned):
        assert page.project is not None and page.project.name == "某某救助资金项目"
        assert page.unit.name == "某县民政局"
