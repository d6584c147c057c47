"""Look-alike content that could raise a false error or hide a true one (docs/reader-corpora/look-alikes-38.md), each
as an invented snippet: invented units, places, projects and figures, no text of any page."""

from __future__ import annotations

from decimal import Decimal

from corpus import errors
from page_reading import read_page

_PERIOD_FUNDS = (
    "某县水利局2024年度小型水库维修养护项目支出绩效自评报告\n"
    "一、项目基本情况\n"
    "项目全年预算320.00万元，全年执行307.20万元，预算执行率96.00%。\n"
    "按资金来源分，中央补助资金执行率95.00%，县级配套资金执行率100%；当年资金执行率98.50%，结转资金执行率72.00%。\n"
    "二、绩效目标完成情况\n"
    "项目自评得分95分，自评等级为优。\n"
)


def test_the_rates_of_this_years_and_carried_over_funds_are_each_their_funds() -> None:
    """"当年资金执行率98.50%，结转资金执行率72.00%" beside the levels' rates in one sentence: each is its fund's, not
    the budget's 96.00 % stated again (before, both were read as the budget's rate, TEXT_TABLE_MISMATCH against the
    first statement and EXECUTION_RATE_MISMATCH against 307.20 ÷ 320.00)."""
    evaluation = read_page(_PERIOD_FUNDS)
    assert evaluation.budget.stated_execution_rate == Decimal("96.00")
    assert "budget.stated_execution_rate" not in evaluation.alternatives
    assert not errors(evaluation) & {"TEXT_TABLE_MISMATCH", "EXECUTION_RATE_MISMATCH"}


_FUND_RATES_THEN_SCORE = (
    "某镇人民政府2024年度农村公路养护项目支出绩效自评报告\n"
    "一、项目资金情况\n"
    "项目全年预算数480.00万元，全年执行数465.60万元，预算执行率97.00%。\n"
    "其中中央补助资金执行率为90.00%，省级资金执行率为100%，县级配套资金执行率为64.50%。\n"
    "二、绩效指标完成情况\n"
    "预算执行率指标权重10分，按执行率计得9.70分。\n"
    "1.养护里程（30分）：目标≥120公里，实际完成126公里，得30分。\n"
    "2.路况优良率（30分）：目标≥80%，实际完成85%，得30分。\n"
    "3.群众满意度（30分）：目标≥90%，实际完成93%，得30分。\n"
    "三、自评结论\n"
    "项目自评得分99.70分，自评等级为优。\n"
)


def test_a_funds_rate_is_not_the_rate_a_later_execution_score_refers_to() -> None:
    """A sentence giving each level's fund its rate between the budget's rate and "预算执行率指标权重10分，…得9.70分"
    (no rate of its own): the indicator's actual is the budget's 97.00 %, not the last fund's 64.50 % (before, an
    EXECUTION_RATE_MISMATCH of 64.5 % against 465.60 ÷ 480.00 = 97 %)."""
    evaluation = read_page(_FUND_RATES_THEN_SCORE)
    execution = next(i for i in evaluation.indicators if i.name == "预算执行率")
    assert execution.actual is not None and execution.actual.value == Decimal("97.00")
    assert "EXECUTION_RATE_MISMATCH" not in errors(evaluation)


_LAST_YEAR_RATE = _FUND_RATES_THEN_SCORE.replace(
    "其中中央补助资金执行率为90.00%，省级资金执行率为100%，县级配套资金执行率为64.50%。\n",
    "上年度该项目自评得分88分，上年预算执行率为82.30%。\n")


def test_last_years_quoted_rate_is_not_the_rate_a_later_execution_score_refers_to() -> None:
    """"上年预算执行率为82.30%" quoted between the budget's rate and the execution's score sentence is last year's:
    the indicator's actual stays this year's 97.00 % (before, 82.3 %: EXECUTION_RATE_MISMATCH)."""
    evaluation = read_page(_LAST_YEAR_RATE)
    execution = next(i for i in evaluation.indicators if i.name == "预算执行率")
    assert execution.actual is not None and execution.actual.value == Decimal("97.00")
    assert "EXECUTION_RATE_MISMATCH" not in errors(evaluation)


_FULL_MARK_IN_A_SECTION = (
    "某市乡村振兴局2024年度衔接资金绩效自评报告\n"
    "一、绩效自评工作开展情况\n"
    "我局组织各县区对衔接资金开展绩效自评，从资金保障、项目管理和使用成效等方面逐项打分。\n"
    "二、绩效自评情况\n"
    "（一）资金保障\n"
    "1.资金投入情况\n"
    "2024年全市共投入衔接资金8600万元，其中中央资金5200万元、省级资金2100万元、市县资金1300万元。"
    "本次自评满分为100分，各项指标得分见附表。\n"
    "（二）项目管理\n"
    "项目库建设规范，项目实施进度符合要求。\n"
)


def test_the_evaluations_full_mark_in_a_sections_text_is_no_items_weight() -> None:
    """"本次自评满分为100分" in the text under a numbered heading is the whole evaluation's full mark: no indicator
    weighing 100 (before, the heading and its sub-heading were each an indicator of 100 points: WEIGHTS_NOT_100,
    200 ≠ 100)."""
    evaluation = read_page(_FULL_MARK_IN_A_SECTION)
    assert not [i for i in evaluation.indicators if i.weight == 100]
    assert "WEIGHTS_NOT_100" not in errors(evaluation)


_FULL_MARK_UNDER_THE_FORM = (
    "某县文化馆\n"
    "2024年度群众文化活动项目支出绩效自评报告\n"
    "一、项目概况\n"
    "项目名称：群众文化活动项目\n"
    "二、资金投入和使用情况\n"
    "项目全年预算120.00万元，全年执行118.80万元，预算执行率99.00%。\n"
    "三、绩效自评表（金额单位：万元）\n"
    "\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
    "年度资金总额\t120.00\t120.00\t118.80\t10\t99.00%\t9.90\n"
    "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
    "产出指标\t数量指标\t文艺演出场次\t≥40场\t42场\t30\t30\n"
    "效益指标\t社会效益指标\t群众参与人次\t≥2万人次\t2.3万人次\t30\t30\n"
    "满意度指标\t服务对象满意度指标\t群众满意度\t≥90%\t94%\t30\t30\n"
    "总分\t\t\t\t\t100\t99.90\n"
    "\n"
    "本次自评满分为100分，总分100分，各项指标得分见上表。\n"
    "\n"
    "四、自评结论\n"
    "项目自评得分99.90分，自评等级为优。\n"
)


def test_a_full_mark_sentence_under_the_form_makes_its_heading_no_indicator() -> None:
    """A heading over the form ("三、绩效自评表（金额单位：万元）") and, under the form, "本次自评满分为100分，总分
    100分，…": a statement about the whole, no text of an indicator the heading names (before, "绩效自评表（金额单位"
    was an indicator weighing 100: WEIGHTS_NOT_100, 200 ≠ 100)."""
    evaluation = read_page(_FULL_MARK_UNDER_THE_FORM)
    assert [i.name for i in evaluation.indicators if i.weight == 100] == []
    assert "WEIGHTS_NOT_100" not in errors(evaluation)


_SUB_PROJECT_SENTENCE = (
    "某县农业农村局2024年度农村饮水安全巩固提升项目支出绩效自评报告\n"
    "一、项目资金情况\n"
    "项目全年预算500.00万元，全年执行480.00万元，预算执行率96.00%。\n"
    "其中，某某村供水管网改造子项目预算30.00万元，实际支出24.00万元，执行率80.00%，该子项目自评得分85分。\n"
    "二、自评结论\n"
    "项目自评得分95分，自评等级为优。\n"
)


def test_a_sub_projects_own_figures_are_not_the_projects() -> None:
    """A sentence opening on 其中 and a part named with its own budget ("其中，某某村…子项目预算30.00万元，实际支出
    24.00万元，执行率80.00%") states that part's figures: the project's stay 480.00 and 96.00 %, none stated twice
    (before, 24.00 and 80 % were second statements of the project's: TEXT_TABLE_MISMATCH)."""
    evaluation = read_page(_SUB_PROJECT_SENTENCE)
    assert evaluation.budget.executed == Decimal("480.00")
    assert evaluation.budget.stated_execution_rate == Decimal("96.00")
    assert not evaluation.alternatives
    assert "TEXT_TABLE_MISMATCH" not in errors(evaluation)


_SUB_UNIT_AFTER_THE_FORM = (
    "某镇人民政府2024年度人居环境整治项目支出绩效自评表\n"
    "| 项目名称 | 人居环境整治项目 |  |  |  |  |  |\n"
    "| 项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n"
    "| 年度资金总额 | 260.00 | 280.00 | 266.00 | 10 | 97.00% | 9.50 |\n"
    "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
    "| 产出指标 | 数量指标 | 改造户厕数 | ≥300户 | 312户 | 30 | 30 |\n"
    "| 效益指标 | 社会效益指标 | 村庄保洁覆盖率 | ≥95% | 98% | 30 | 30 |\n"
    "| 满意度指标 | 服务对象满意度指标 | 村民满意度 | ≥90% | 94% | 30 | 30 |\n"
    "| 总分 |  |  |  |  | 100 | 99.50 |\n"
    "\n"
    "下属某某环卫站全年预算40.00万元，实际支出30.00万元，执行率75.00%。\n"
)


def test_a_subordinate_units_figures_in_the_text_do_not_stand_in_for_the_forms() -> None:
    """A subordinate unit's figures under a form whose money block states the project's budget: the form's figures
    are the project's, and its true error (97.00 % stated against 266.00 ÷ 280.00 = 95 %) stays (before, the
    sentence's figures, kept aside as another unit's, were put before the form was read and took its place)."""
    evaluation = read_page(_SUB_UNIT_AFTER_THE_FORM)
    assert evaluation.budget.executed == Decimal("266.00")
    assert evaluation.budget.adjusted == Decimal("280.00")
    assert "EXECUTION_RATE_MISMATCH" in errors(evaluation)


_SLASH_IN_THE_UNNAMED_COLUMN = (
    "某县第二中学2024年度项目支出绩效自评表\n"
    "| 项目名称 | 教学设备更新项目 |  |  |  |  |  |  |  |\n"
    "| 项目资金（万元） |  | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |  |\n"
    "|  | 年度资金总额 | 300.00 | 320.00 | 310.40 | 10 | 97.00% | 9.70 | / |\n"
    "|  | 其中：当年财政拨款 | 300.00 | 320.00 | 310.40 | — |  | — | / |\n"
    "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |  |\n"
    "| 产出指标 | 数量指标 | 更新多媒体设备 | ≥60套 | 62套 | 30 | 30 |  |  |\n"
    "| 效益指标 | 社会效益指标 | 设备使用率 | ≥90% | 95% | 30 | 30 |  |  |\n"
    "| 满意度指标 | 服务对象满意度指标 | 师生满意度 | ≥90% | 93% | 30 | 30 |  |  |\n"
    "| 总分 |  |  |  |  |  | 100 | 98.70 |  |\n"
)


def test_a_slash_in_a_column_the_header_leaves_unnamed_is_no_value() -> None:
    """"… | 9.70 | / |" under a money header whose last column is unnamed (a form's blank filled with "/"): the row is
    read as wide as its header, the budget and the 预算执行率 points with it, so the unit's wrong 总分 (98.70 stated,
    99.70 summed) stays an error (before, the row was one cell too wide and went unread: only a warning)."""
    evaluation = read_page(_SLASH_IN_THE_UNNAMED_COLUMN)
    assert evaluation.budget.executed == Decimal("310.40")
    assert "TOTAL_MISMATCH" in errors(evaluation)


_SENTENCE_AFTER_A_SHORT_ROW = (
    "某县自然资源局2024年度项目支出绩效自评表\n"
    "| 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 实际完成值 | 分值 | 得分 | 偏差原因 |\n"
    "| 产出指标 | 数量指标 | 巡查图斑核查数 | ≥ | 1200 | 个 | 1260 | 30.00 | 30.00 | |\n"
    "| 质量指标 | 核查结果准确率 | ≥ | 98 | % | 99 | 30.00 | 30.00 | |\n"
    "| 效益指标 | 社会效益指标 | 违法用地整改率 | ≥ | 90 | % | 92 | 30.00 | 30.00 | |\n"
    "| 满意度指标 | 服务对象满意度指标 | 群众满意度 | ≥ | 90 | % | 93 | 10.00 |\n"
    "以上为本项目绩效自评情况，自评结果将按规定公开。\n"
)


def test_a_sentence_under_web_rows_is_not_the_last_rows_missing_cell() -> None:
    """A sentence on a line of its own right after "| … |" rows whose last lacks its score and note (the page ends
    there): text under the table, the row keeps its weight 10.00 (before, the sentence was taken for the row's last
    cell and its figures shifted: WEIGHTS_NOT_100)."""
    evaluation = read_page(_SENTENCE_AFTER_A_SHORT_ROW)
    last = evaluation.indicators[-1]
    assert (last.name, last.weight) == ("群众满意度", Decimal("10.00"))
    assert "WEIGHTS_NOT_100" not in errors(evaluation)


_SUB_PROJECT_IN_A_FUNDS_REPORT = (
    "某县2024年度中央农田建设补助资金绩效自评报告\n"
    "一、资金下达情况\n"
    "市财政局下达我县2024年中央农田建设补助资金960万元，用于高标准农田建设。\n"
    "其中，某某村灌溉渠道子项目预算80.00万元，实际支出64.00万元，执行率80.00%，该子项目自评得分86分。\n"
    "二、资金使用情况\n"
    "截至2024年12月31日，已支付912.00万元，支付率95.00%。\n"
)


def test_a_sub_projects_figures_are_not_a_fund_reports_payment() -> None:
    """In a fund's report read by its own phrases (下达… / 已支付…，支付率…), the sub-project's sentence before the
    payment is the part's: the fund's budget, payment and rate are 960, 912.00 and 95.00 % (before, once the budget
    reader skipped the part's figures, the fund reader took its 实际支出 and 执行率 for the project's)."""
    evaluation = read_page(_SUB_PROJECT_IN_A_FUNDS_REPORT)
    assert (evaluation.budget.adjusted, evaluation.budget.executed) == (Decimal("960"), Decimal("912.00"))
    assert evaluation.budget.stated_execution_rate == Decimal("95.00")
    assert "TEXT_TABLE_MISMATCH" not in errors(evaluation)


_SUB_PROJECT_BEFORE_THE_SPENDING = (
    "某县退役军人事务局2024年度走访慰问经费项目支出绩效自评报告\n"
    "一、项目资金情况\n"
    "1.项目资金到位情况。\n"
    "县财政局审核后下发文件，到位资金6.50万元。\n"
    "\n"
    "其中，某某社区走访慰问子项目预算3.00万元，实际支出2.40万元，执行率80.00%，该子项目自评得分86分。\n"
    "\n"
    "2.项目资金使用情况。\n"
    "全年支出资金6.50万元，执行率100%。\n"
)


def test_a_sub_projects_budget_is_not_the_projects() -> None:
    """"其中，某某社区…子项目预算3.00万元" where the project states no budget phrase of its own: the part's budget is
    not the project's (before, 3.00 was read as the project's 全年预算 against 6.50 spent: a false
    EXECUTION_RATE_MISMATCH and EXECUTION_RATE_OVER_100)."""
    evaluation = read_page(_SUB_PROJECT_BEFORE_THE_SPENDING)
    assert evaluation.budget.adjusted is None
    assert evaluation.budget.executed == Decimal("6.50")
    assert not errors(evaluation) & {"EXECUTION_RATE_MISMATCH", "EXECUTION_RATE_OVER_100"}
