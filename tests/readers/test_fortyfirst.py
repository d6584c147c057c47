"""Shapes of the forty-first set (docs/reader-corpora/fortyfirst.md), each rebuilt from an invented snippet of the
same shape (invented units, projects and figures)."""

from __future__ import annotations

from decimal import Decimal

from page_reading import read_page

from jixiao.checks import run_checks
from jixiao.checks.finding import Severity

_TOP = ("某县某中心2024年度单位整体支出绩效自评报告\n一、基本情况\n"
        "年初预算100.00万元，调整后预算120.00万元，全年支出118.80万元，预算执行率99.00%。\n三、绩效指标完成情况\n")


def _levels(page: object) -> dict[str, tuple[str | None, str | None]]:
    return {i.name: (i.level1, i.level2) for i in page.indicators}  # type: ignore[attr-defined]


def test_a_diamond_bullets_under_numbered_level_headings() -> None:
    """"◆名称：年度目标…，实际完成…，分值N分，得分M分。" under "（一）产出指标（20分）": the ◆ is a list mark, not the
    name's; every bullet (the 预算执行率 one too) is under the heading's 一级."""
    page = read_page(_TOP + "（一）产出指标（20分）\n"
                     "◆预算执行率：年度目标100%，实际完成99.00%，分值10分，得分9.9分。\n"
                     "◆门诊人次：年度目标≥5万人次，实际完成5.2万人次，分值10分，得分10分。\n"
                     "（二）满意度指标（10分）\n"
                     "◆患者满意度：年度目标≥90%，实际完成92%，分值10分，得分10分。\n"
                     "四、自评结论\n综合得分29.9分，评价等次：优。\n")
    assert _levels(page) == {"预算执行率": ("产出指标", None), "门诊人次": ("产出指标", None),
                             "患者满意度": ("满意度指标", None)}
    assert page.indicators[1].stated_score == Decimal(10)


def test_a_triangle_level_bullets_beside_their_starred_items() -> None:
    """"▲产出指标（10分）" then "※名称：…" at the same indentation: the ▲ bullet leads the ※ items until the next ▲
    (满意度指标 included, a 一级 here though the word also names a 二级)."""
    page = read_page(_TOP + "▲产出指标（10分）\n"
                     "※建档人数：年度目标≥800人，实际完成820人，分值10分，得分10分。\n"
                     "▲满意度指标（10分）\n"
                     "※居民满意度：年度目标≥90%，实际完成91%，分值10分，得分10分。\n")
    assert _levels(page) == {"建档人数": ("产出指标", None), "居民满意度": ("满意度指标", None)}


def test_a_dot_bullets_under_a_bare_weighted_level_line() -> None:
    """"产出指标（10分）" alone on its line (no number, no heading) over "●" bullets groups them as a 一级."""
    page = read_page(_TOP + "产出指标（10分）\n"
                     "●渠道衬砌长度：年度目标≥8公里，实际完成8.2公里，分值10分，得分10分。\n"
                     "效益指标（10分）\n"
                     "●改善灌溉面积：年度目标≥1万亩，实际完成1.1万亩，分值10分，得分10分。\n")
    assert _levels(page) == {"渠道衬砌长度": ("产出指标", None), "改善灌溉面积": ("效益指标", None)}


def test_a_a_two_clause_reason_closing_the_items_line() -> None:
    """"…得分9分，医师外出进修，部分手术转诊。" (the reason two clauses) and "…得分8分，3座泵站缓建。" (opening on a
    count, not a list number): each is the lost points' reason, guessed."""
    page = read_page(_TOP + "（一）产出指标（20分）\n"
                     "◆手术台次：年度目标≥900台，实际完成860台，分值10分，得分9分，医师外出进修，部分手术转诊。\n"
                     "◆泵站改造数量：年度目标≥12座，实际完成9座，分值10分，得分8分，3座泵站因征地缓建。\n")
    notes = {i.name: i.deviation_note for i in page.indicators}
    assert notes == {"手术台次": "医师外出进修，部分手术转诊", "泵站改造数量": "3座泵站因征地缓建"}


def test_a_a_comma_after_the_score_then_more_sentences_is_no_reason() -> None:
    """The guard: when the score's sentence is not the line's last, a two-clause tail stays unread."""
    page = read_page(_TOP + "（一）产出指标（10分）\n"
                     "◆手术台次：年度目标≥900台，实际完成860台，分值10分，得分9分，较上年增加，增幅明显。下一步加强。\n")
    assert page.indicators[0].deviation_note is None
    assert not [f.code for f in run_checks(page) if f.severity == Severity.ERROR]


_FORM = "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"


def test_e_a_scale_opening_the_name_and_words_after_a_percent() -> None:
    """"1:500地形图测绘面积" keeps its scale (a colon before a figure is no list number); "100%完成" is 100 % (the
    words after the percent are no part of its unit)."""
    page = read_page("某县某中心2024年度项目支出绩效自评表\n" + _FORM
                     + "| 产出指标 | 数量指标 | 1:500地形图测绘面积 | ≥6平方公里 | 6.2平方公里 | 50 | 50 |\n"
                     + "| 产出指标 | 质量指标 | 成果检查合格率 | 100%完成 | 100% | 50 | 50 |\n")
    names = [i.name for i in page.indicators]
    assert names == ["1:500地形图测绘面积", "成果检查合格率"]
    assert (page.indicators[1].target.value, page.indicators[1].target.unit) == (Decimal(100), "%")


def test_e_a_word_value_after_the_whole_actual_label() -> None:
    """"实际完成值按期完成": the value is 按期完成, read after the whole label (before, "值按期完成")."""
    page = read_page(_TOP + "1 产出指标（10分）\n1.1 时效指标\n"
                     "1.1.1 线路改造：年度指标值2024年10月底前完成，实际完成值按期完成，分值10分，得分10分。\n")
    assert page.indicators[0].actual.text == "按期完成"


def test_d_an_income_table_with_a_share_column() -> None:
    """"项目 | 金额 | 占比": the share of each row is no amount, so 收入合计 is the total and the rows under it its
    items (before, no row of three cells was read)."""
    page = read_page("某县某学院2024年度单位整体支出绩效自评报告\n二、收入支出情况（单位：万元）\n"
                     "| 项目 | 金额 | 占比 |\n| --- | --- | --- |\n| 收入合计 | 1000.00 | 100% |\n"
                     "| 其中：财政拨款收入 | 400.00 | 40.00% |\n| 事业收入 | 560.00 | 56.00% |\n"
                     "| 其他收入 | 40.00 | 4.00% |\n")
    assert page.budget.income_total == Decimal(1000)
    assert [(i.name, i.amount) for i in page.budget.income_items] == [
        ("财政拨款收入", Decimal(400)), ("事业收入", Decimal(560)), ("其他收入", Decimal(40))]


_TWO_LISTS = ("某县某协会2024年度政府购买服务项目绩效自评报告\n一、项目概况\n项目名称：某助餐服务项目\n"
              "购买主体：某县民政局\n承接主体：某县养老服务协会\n三、绩效目标\n1.助餐服务人次：≥3600人次\n"
              "2.持证上岗率：100%\n四、绩效目标完成情况\n1.助餐服务人次：3824人次\n2.持证上岗率：98%\n五、评分情况\n"
              "| 序号 | 指标 | 分值 | 得分 | 扣分原因 |\n| --- | --- | --- | --- | --- |\n"
              "| 1 | 助餐服务人次 | 50 | 50 |  |\n| 2 | 持证上岗率 | 50 | 48 | 2名新进人员待考证 |\n")


def test_c_the_goals_list_then_the_results_list() -> None:
    """The 绩效目标 list's bare values are the targets, the 完成情况 list's the actuals (before, the first list's value
    was read as both: "≥3600人次" as the actual's text); 购买主体 / 承接主体 are the department and the implementer."""
    page = read_page(_TWO_LISTS)
    first, second = page.indicators
    assert (first.target.comparator, first.target.value, first.actual.value) == ("≥", Decimal(3600), Decimal(3824))
    assert (second.target.value, second.actual.value) == (Decimal(100), Decimal(98))
    assert page.unit.supervising_department == "某县民政局"
    assert page.project is not None and page.project.implementing_unit == "某县养老服务协会"


def test_c_a_results_heading_leaves_a_sentence_alone() -> None:
    """The guard: under 完成情况 an item told in a sentence ("名称：目标≥10个，实际完成12个") keeps both values."""
    page = read_page(_TWO_LISTS.replace("1.助餐服务人次：3824人次", "1.助餐服务人次：目标≥3600人次，实际完成3824人次"))
    first = page.indicators[0]
    assert (first.target.value, first.actual.value) == (Decimal(3600), Decimal(3824))


def test_b_the_initial_allocation_named_and_the_spending_to_a_date() -> None:
    """"年初下达中央和省级水利发展资金…万元" is the initial budget (the funds named between the verb and the amount);
    "截至12月31日支出…万元" is the year's spending."""
    page = read_page("某县某灌区改造项目2024年度绩效自评报告\n二、资金投入和使用情况\n"
                     "2024年年初下达中央和省级水利发展资金800.00万元，年中追加县级配套资金50.00万元，全年预算850.00万元，"
                     "截至12月31日支出833.00万元，预算执行率98.00%。\n")
    assert (page.budget.initial, page.budget.adjusted, page.budget.executed) == (
        Decimal(800), Decimal(850), Decimal(833))
