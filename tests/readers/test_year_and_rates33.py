"""Readings look33 and auth28 left (docs/reader-corpora/look-alikes-33.md, section year33), each from an invented
snippet of the same shape (invented units, projects and figures): last year's form attached after the report's
body, and rates whose % sign a viewer dropped."""

from __future__ import annotations

from decimal import Decimal

from page_reading import read_page, read_page_and_warnings

from jixiao.checks import run_checks
from jixiao.checks.finding import Severity
from jixiao.model import Evaluation


def _errors(evaluation: Evaluation) -> set[str]:
    return {f.code for f in run_checks(evaluation) if f.severity == Severity.ERROR}


_OWN_FORM = ("青禾县文化馆2023年度部门决算公开说明\n"
             "十、预算绩效情况说明\n"
             "1.项目绩效自评结果。非遗传承补助项目全年预算数24.00万元，执行数24.00万元，完成预算的100%。\n"
             "非遗传承补助项目支出绩效自评表\n"
             "主管部门 | 青禾县文化局 | 实施单位 | 青禾县文化馆\n"
             "项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分\n"
             "年度资金总额 | 24.00 | 24.00 | 24.00 | 10 | 100% | 10\n")
_LAST_YEARS = ("附件2\n2022年度项目支出绩效自评表\n（2022年度）\n"
               "项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分\n"
               "年度资金总额 | 21.60 | 21.60 | 19.44 | 10 | 90% | 9\n")


def test_a_form_titled_after_the_body_does_not_set_the_year() -> None:
    """The report's own form has no year in its title; last year's form is attached after it under
    "2022年度项目支出绩效自评表": the year is the one the opening states (2023), and the attached form is another
    year's, left unread with a warning (before, its title gave 2022 and its figures disagreed with the report's:
    a false TEXT_TABLE_MISMATCH)."""
    page, warnings = read_page_and_warnings(_OWN_FORM + _LAST_YEARS)
    assert page.year == 2023
    assert page.budget.executed == Decimal("24.00") and page.budget.adjusted == Decimal("24.00")
    assert any("2022年度的自评表" in w for w in warnings)
    assert "TEXT_TABLE_MISMATCH" not in _errors(page)


def test_a_report_whose_only_year_is_in_its_form_keeps_it() -> None:
    """A report stating no year above its form: the form's title after a year-less table still names the year."""
    page = read_page("非遗传承补助项目绩效自评报告\n"
                     "主管部门 | 青禾县文化局 | 实施单位 | 青禾县文化馆\n"
                     "项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分\n"
                     "年度资金总额 | 24.00 | 24.00 | 24.00 | 10 | 100% | 10\n"
                     "2023年度项目支出绩效自评表\n（2023年度）\n"
                     "一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分\n"
                     "产出指标 | 数量指标 | 传承活动场次 | ≥12场 | 14场 | 90 | 90\n")
    assert page.year == 2023


def test_a_name_year_over_the_form_title_still_leaves_last_years_form_out() -> None:
    """A title naming the funds with their year ("2021年中央…补助资金") over "2022年度项目支出绩效自评表" and its form,
    then last year's form attached: the form's year is the report's, and the attached one is left unread."""
    page, warnings = read_page_and_warnings(
        "青禾县2021年中央耕地保护补助资金绩效自评\n"
        "2022年度项目支出绩效自评表\n"
        "单位名称:青禾县农技站 填报日期:2023年3月2日\n"
        "项目名称 | 青禾县2021年中央耕地保护补助资金 |\n"
        "预算执行情况(万元) (20分) | 全年预算数 | 全年执行数 | 执行率 | 得分 |\n"
        "| 120.00 | 114.00 | 95% | 19 |\n"
        "附件2\n2021年度项目支出绩效自评表\n（2021年度）\n"
        "预算执行情况(万元) (20分) | 全年预算数 | 全年执行数 | 执行率 | 得分 |\n"
        "| 108.00 | 102.60 | 95% | 19 |\n")
    assert page.year == 2022
    assert page.budget.executed == Decimal("114.00")
    assert any("2021年度的自评表" in w for w in warnings)
    assert "TEXT_TABLE_MISMATCH" not in _errors(page)


def test_a_prose_rate_without_its_percent_sign_is_read_guessed() -> None:
    """"全年执行资金A万元，执行率92.9。" (a viewer dropped the %): the budget's rate, guessed; the funds' own rates in
    the sentence before ("预算执行率81.97，…") stay theirs, and the budget is the total the rate rests on (before, no
    rate was read and an allocation's total was taken as the budget: a false EXECUTION_RATE_OVER_100)."""
    page = read_page("某市残疾人事业发展补助资金绩效自评报告\n"
                     "实际完成情况为:中央资金完成310.50万元,预算执行率81.97,省级资金完成120.00万元,预算执行率100。\n"
                     "项目年初总体目标为:中、省下达补助资金合计500.2万元。\n"
                     "补助资金共投入资金640.00万元。全年执行资金594.56万元,执行率92.9。\n")
    assert page.budget.stated_execution_rate == Decimal("92.9")
    assert page.provenance["budget.stated_execution_rate"].guessed
    assert "EXECUTION_RATE_OVER_100" not in _errors(page)


def test_a_rate_cell_without_its_percent_sign_is_guessed() -> None:
    """"95.3" in a 执行率 column whose header states no %: the rate, guessed (a "执行率(%)" header's cells are
    percent as written)."""
    rows = ("项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | {head} | 得分\n"
            "年度资金总额 | 80.00 | 80.00 | 76.24 | 10 | 95.3 | 9.53\n")
    lost = read_page("某项目支出绩效自评表\n" + rows.format(head="执行率"))
    stated = read_page("某项目支出绩效自评表\n" + rows.format(head="执行率(%)"))
    assert lost.budget.stated_execution_rate == stated.budget.stated_execution_rate == Decimal("95.3")
    assert lost.provenance["budget.stated_execution_rate"].guessed
    assert not stated.provenance["budget.stated_execution_rate"].guessed


def test_money_rows_placed_by_content_with_no_percent_are_guessed() -> None:
    """One cell a line, the rates' % dropped: "年度资金总额 40 40 10 100 99" under six columns may be a blank 执行数
    and 分值 10, or 执行数 10 and 分值 100; the placement is a guess, so the fund row under it raises no
    ROWS_NOT_SUM (before, 执行数 10 was read as written and the fund row's 40 disagreed with it)."""
    cells = ["某某检测经费项目支出绩效自评表", "项目资金", "(万元)", "年初预算数", "调整预算数", "全年执行数", "分值",
             "执行率", "得分", "年度资金总额", "40", "40", "10", "100{pct}", "99", "其中:当年财政拨款", "40", "40", "",
             "100{pct}", "", "上年结转资金", "", "", "其他资金", "", ""]
    lost = read_page("\n".join(cells).format(pct="") + "\n")
    kept = read_page("\n".join(cells).format(pct="%") + "\n")
    assert "ROWS_NOT_SUM" not in _errors(lost)
    assert lost.provenance["budget.adjusted"].guessed
    assert not kept.provenance["budget.adjusted"].guessed


def test_weights_beside_a_coefficient_column_without_percent_are_guessed() -> None:
    """A 得分系数 column whose % a viewer dropped ("100" for "100%"), a row missing a cell and the next name wrapped
    over a page break: which figure is the weight is a guess, so the weights' sum raises no error (before, a
    coefficient "100" was read as a weight: a false WEIGHTS_NOT_100); with the % kept the weights are as written."""
    head = ("指标名称 计量单位 指标性质 年初指标值 调整指标值 全年完成值 得分系数（{pct}） "
            "指标权重（分） 指标得分（分） 是否核心指标\n")
    text = ("某街道办事处2024年度部门整体绩效自评表\n" + head
            + "绿化养护达标率 {pct} 定量指标 95{pct} 95{pct} 97{pct} 100{pct} 30 30 是\n"
            "道路保洁覆盖率 {pct} 定量指标 98{pct} 98{pct} 99.5{pct} 100{pct} 20 20 否\n"
            "垃圾分类居民知晓率 {pct} 定量指标 90{pct} 92.4{pct} 100{pct} 30 30 否\n"
            "群众投诉按期\n\n第 1 页，共 2 页\n\n某街道办事处2024年度部门整体绩效自评表（续）\n" + head
            + "办结率 {pct} 定量指标 100{pct} 100{pct} 100{pct} 100{pct} 20 20 是\n")
    lost = read_page(text.format(pct=""))
    kept = read_page(text.format(pct="%"))
    assert "WEIGHTS_NOT_100" not in _errors(lost)
    assert [i.weight for i in kept.indicators] == [30, 20, 30, 20]
    assert not any(kept.provenance[f"indicators[{k}].weight"].guessed for k in range(len(kept.indicators)))


def test_a_subordinate_count_in_a_label_cell_and_its_figure() -> None:
    """"下属单位个数 | 0" as a form's cells: the count, as "下属单位个数:0" on a line is."""
    page = read_page("某镇卫生院2024年度部门整体支出绩效自评表\n\n"
                     "| 单位名称 | 某镇卫生院 | 下属单位个数 | 0 |\n|---|---|---|---|\n"
                     "| 编制数 | 12 | 实有人数 | 11 |\n",
                     "page.md")
    assert page.unit.subordinate_bodies_count == 0


def test_internal_bodies_listed_mid_line_the_last_joined_by_he() -> None:
    """"…为某某事业单位,内设办公室、某股、某股和某某中心,编制人数为9人。": the unit's own offices, the last joined
    by 和 (a name may hold 和 itself); no count is stated."""
    page = read_page("某县方志馆项目支出绩效自评报告\n"
                     "1.项目单位基本情况。某县方志馆为县委直属正科级事业单位,内设办公室、年鉴编辑股、资料征集股和"
                     "地情资料和数字方志中心,编制人数为9人。主要负责全县地方志的编纂工作。\n")
    assert page.unit.internal_bodies == ["办公室", "年鉴编辑股", "资料征集股", "地情资料和数字方志中心"]
    assert page.unit.internal_bodies_count is None
