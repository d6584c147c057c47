"""Shapes of the twenty-eighth set (docs/reader-corpora/twentyeighth.md), each rebuilt from an invented snippet of
the same shape (invented units, names and figures)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from page_reading import by_name, read_page, read_saved

from jixiao.checks import run_checks
from jixiao.checks.finding import Severity


def _errors(evaluation) -> set[str]:  # type: ignore[no-untyped-def]
    return {f.code for f in run_checks(evaluation) if f.severity == Severity.ERROR}


def test_a_results_led_by_their_level_and_fangmian_are_indicators() -> None:
    """"数量指标方面，名称目标≥N，实际M，该指标分值W分，得S分。": one indicator a sentence, its 二级 the lead (before,
    none was read and the section heading took a score above its weight: a false SCORE_OVER_WEIGHT)."""
    page = read_page("某县方志馆2024年度整体支出绩效自评报告\n二、绩效目标完成情况\n"
                     "数量指标方面，古籍修复册数目标≥120册，实际126册，该指标分值40分，得40分。\n"
                     "服务对象满意度指标方面，读者满意度目标≥90%，实际94%，该指标分值60分，得60分。\n"
                     "三、自评结论\n自评总分100分，自评等级优。\n")
    got = by_name(page)
    assert set(got) == {"古籍修复册数", "读者满意度"}
    assert got["古籍修复册数"].level2 == "数量指标" and got["古籍修复册数"].weight == Decimal("40")
    assert got["读者满意度"].stated_score == Decimal("60") and got["读者满意度"].actual.value == Decimal("94")
    assert "SCORE_OVER_WEIGHT" not in _errors(page)


def test_c_numbered_spending_rows_under_a_caption_are_no_budget(tmp_path: Path) -> None:
    """"资金结构 | （1）基本支出 | 310.40 | 309.12 | 99.59%" … "资金结构 | 合计 | …": the numbered by-nature rows under
    their merged caption are the expenditure items, the 合计 row the budget (before, the first row was taken as the
    budget: a false EXECUTION_RATE_MISMATCH against the 预算执行率 indicator)."""
    rows = [["单位名称", "某镇卫生院", "", ""],
            ["整体支出规模（万元）", "", "全年预算数", "全年执行数", "执行率"],
            ["资金结构", "（1）基本支出", "310.40", "309.12", "99.59%"],
            ["资金结构", "（2）项目支出", "89.60", "80.88", "90.27%"],
            ["资金结构", "合计", "400.00", "390.00", "97.50%"],
            ["一级指标", "二级指标", "三级指标", "年度指标值", "全年完成值", "分值", "得分"],
            ["管理指标", "预算执行管理", "预算执行率", "100%", "97.50%", "10", "9.75"],
            ["满意度指标", "服务对象满意度指标", "患者满意度", "≥90%", "95%", "90", "90"],
            ["合计", "", "", "", "", "100", "99.75"]]
    body = "\n".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    page = read_saved(tmp_path, '<html><head><meta charset="utf-8"></head><body><h2>某镇卫生院整体支出绩效自评表'
                      f'</h2><table border="1">{body}</table></body></html>', "report.html")
    assert (page.budget.adjusted, page.budget.executed) == (Decimal("400.00"), Decimal("390.00"))
    assert [(i.name, i.amount) for i in page.budget.expenditure_items] == [("基本支出", Decimal("309.12")),
                                                                          ("项目支出", Decimal("80.88"))]
    assert "EXECUTION_RATE_MISMATCH" not in _errors(page)


def test_b_level_led_runs_without_points_complete_the_scored_rows() -> None:
    """"数量指标：名称目标≥N，实际M；质量指标：…" in one paragraph with no points, a closing 评分表 giving the
    points and scores: each clause's 二级, target and result go to the table's indicator of its name (before, none
    was read)."""
    page = read_page("某县农民培训项目2024年度绩效自评报告\n二、绩效目标实现情况\n"
                     "数量指标：茶艺培训人次目标≥800人次，实际856人次；质量指标：结业考核合格率目标≥95%，实际98.2%。\n"
                     "三、评分情况\n| 序号 | 指标 | 分值 | 得分 |\n| 1 | 茶艺培训人次 | 60 | 60 |\n"
                     "| 2 | 结业考核合格率 | 40 | 40 |\n| 合计 |  | 100 | 100 |\n")
    got = by_name(page)
    assert set(got) == {"茶艺培训人次", "结业考核合格率"}
    first, second = got["茶艺培训人次"], got["结业考核合格率"]
    assert (first.level2, first.target.value, first.actual.value, first.weight) == (
        "数量指标", Decimal("800"), Decimal("856"), Decimal("60"))
    assert (second.level2, second.target.value, second.actual.value) == ("质量指标", Decimal("95"), Decimal("98.2"))


def test_f_a_labelled_reason_after_the_bracket_of_values_is_the_note() -> None:
    """"2.名称（目标值：…；完成值：…；分值：50；得分：45）未完成原因：…。": the reason after the closing bracket is the
    indicator's deviation note (before, none)."""
    page = read_page("某局2024年度部门整体支出绩效自评报告\n三、绩效目标完成情况\n"
                     "1.办理登记业务（目标值：≥400件；完成值：412件；分值：50；得分：50）\n"
                     "2.开展河道巡查（目标值：≥24次；完成值：20次；分值：50；得分：45）未完成原因：汛期道路中断，巡查减少。\n")
    got = by_name(page)
    assert got["开展河道巡查"].deviation_note == "汛期道路中断，巡查减少"
    assert got["办理登记业务"].deviation_note is None


def test_g_the_initial_budget_approved_after_a_comma_and_the_finance_bureau() -> None:
    """"2024年初，县财政批复项目预算420.00万元。" (and "年初批复项目预算…"): the initial budget (before, none)."""
    for opening in ("2024年初，县财政批复项目预算320.00万元。", "2024年初批复项目预算320.00万元。"):
        page = read_page(f"某县灌区改造项目2024年度绩效自评报告\n二、资金安排\n{opening}\n"
                         "年中追加后全年预算340.00万元，实际支出333.20万元，预算执行率98%。\n")
        assert (page.budget.initial, page.budget.adjusted) == (Decimal("320.00"), Decimal("340.00")), opening


def test_h_the_execution_score_told_before_its_weight_in_brackets() -> None:
    """"预算执行率得分9.80分（分值10分）": the 预算执行率 indicator's weight and score (before, no weight)."""
    page = read_page("某县文化馆2024年度项目绩效自评报告\n一、资金情况\n"
                     "全年预算200.00万元，全年执行196.00万元，执行率98%。\n"
                     "预算执行率得分9.80分（分值10分），项目自评总分97.80分。\n")
    rate = by_name(page)["预算执行率"]
    assert (rate.weight, rate.stated_score) == (Decimal("10"), Decimal("9.80"))


def test_e_a_closing_table_of_the_blocks_headed_by_the_first_level() -> None:
    """"一级指标 | 分值 | 得分" over 预算执行率 / the 一级 blocks / 合计: the blocks' weights, the full mark and
    the total (before, the table was not read)."""
    page = read_page("某县小学营养餐项目2024年度绩效自评报告\n三、自评得分情况\n| 一级指标 | 分值 | 得分 |\n"
                     "| 预算执行率 | 10 | 9.50 |\n| 产出指标 | 60 | 58 |\n| 效益指标 | 30 | 30 |\n"
                     "| 合计 | 100 | 97.50 |\n")
    assert page.stated_block_weights == {"产出指标": Decimal("60"), "效益指标": Decimal("30")}
    assert (page.full_mark, page.stated_total) == (Decimal("100"), Decimal("97.50"))


def test_d_a_budget_table_on_its_side() -> None:
    """"项目 | 预算数 | 决算数" over rows named by what they hold (年初预算 / 调整预算 / 支出合计), tab-separated: the
    initial and adjusted budgets and the executed amount (before, 年初预算 was taken as a header cell, 318.60 as the
    year's budget, and nothing as executed)."""
    page = read_page("某县档案馆2024年度整体支出绩效自评报告\n一、预算执行情况\n本馆预算执行情况如下（万元）：\n"
                     "项目\t预算数\t决算数\n年初预算\t210.00\t\n调整预算\t225.00\t\n支出合计\t\t220.50\n"
                     "全年预算执行率98%。\n")
    assert (page.budget.initial, page.budget.adjusted, page.budget.executed) == (
        Decimal("210.00"), Decimal("225.00"), Decimal("220.50"))
