"""Shapes the held-out pages of stop 66 showed (docs/reader-corpora/held-66.md), each as an invented snippet:
invented units, places, funds and figures, no text of any page."""

from __future__ import annotations

from decimal import Decimal

from page_reading import read_page as _read

_FUND_REPORT = ("某省2023年度某某行动专项资金绩效自评报告\n"
                "一、专项资金基本情况\n"
                "总资金规模1250.50万元(其中中央财政资金:1000.00万元,省级财政资金:250.50万元),"
                "实际拨付至36个项目实施单位900.25万元(其中中央财政资金:650.00万元,省级财政资金:250.25万元),"
                "总体资金执行进度为71.99%,中央财政资金执行进度为65.00%。\n"
                "1.年度拨付资金。中央财政下达我省2023年某某行动资金共计800万元。\n"
                "2.往年结转资金。2022年我省结转某某行动资金共计450.50万元(其中中央财政资金200.00万元,"
                "省级财政资金250.50万元),截至目前全部拨付。\n")


def test_a_funds_size_and_what_it_paid_out_with_their_sources() -> None:
    """"总资金规模A万元(其中中央B,省级C),实际拨付至N个项目实施单位D万元(其中中央E,省级F)": the size is the budget,
    what was paid out to the bodies is the spending, each bracket's parts its fund rows (before, the budget was the
    carried-over balance's 共计 further down, the spending and the rows' spending unread)."""
    read = _read(_FUND_REPORT)
    assert read.budget.adjusted == Decimal("1250.50")
    assert read.budget.executed == Decimal("900.25")
    assert [(row.name, row.adjusted, row.executed) for row in read.budget.fund_rows] == [
        ("中央财政资金", Decimal("1000.00"), Decimal("650.00")),
        ("省级财政资金", Decimal("250.50"), Decimal("250.25"))]


def test_the_overall_progress_of_a_fund_is_its_rate_and_a_parts_is_not() -> None:
    """"总体资金执行进度为A%,中央财政资金执行进度为B%": the whole's progress is the execution rate (before, none)."""
    assert _read(_FUND_REPORT).budget.stated_execution_rate == Decimal("71.99")


def test_a_balance_carried_in_with_its_sources_is_no_budget() -> None:
    """"2022年我省结转某某资金共计A万元(其中…)" alone: a balance brought into the year, not its budget."""
    read = _read("某省2023年度某某行动专项资金绩效自评报告\n"
                 "2022年我省结转某某行动资金共计450.50万元(其中中央财政资金200.00万元,省级财政资金250.50万元)。\n")
    assert read.budget.adjusted is None
    assert read.budget.fund_rows == []


def test_a_bracket_after_paid_out_money_that_falls_short_stays_the_budgets_sources() -> None:
    """A bracket of sources after money paid out that does not add up to it: not the spending's sources (read as
    before: the sources of the money)."""
    read = _read("某县2023年度某某专项资金绩效自评报告\n"
                 "实际拨付至3个项目实施单位90万元(其中中央财政资金50万元,省级财政资金20万元)。\n")
    assert read.budget.executed is None


# a document site's copy of a PDF report, its line breaks turned to spaces, one paragraph under the site's caption
_SPACED_REPORT = ("资源描述\n"
                  "某市人民政府某务办公室 2017年度“ 某某工作 ”项目 绩效评价报告 一、基本情况 (一)项目背景及绩效目标 "
                  "某市人民政府某务办公室某处负责为某某法相配套的有关法规、政策措施的制定 提供情况和建议;负责行政执法"
                  "及监督检查有关执行情况; 会同有关部门依法保护某某群体在本市的合法权益, 指导基层部门开展服务工作。"
                  "某某工作主要包括法规宣传、 社区工作、代表人士工作、社团工作等。 (二)预算资金规模、来源及使用情况 "
                  "2017 年预算金额 16.50 万元,经费来源为财政补助收 入,预算执行 9.8万元,执行率 59%。 (三)项目组织"
                  "实施管理情况 严格执行“机关财务内部控制管理办法”“财 务制度”以及“预算管理办法”,并按 要求完善项目审批"
                  "流程。 (四)评价依据及数据采集情况 采用项 目支出绩效简易程序评价表自行打分取得结果。 二、评价结论和"
                  "绩效分析 (一)评价结果 绩效评分为 85.5分,评价结果为:良。 (二)主要绩效及分析: 切实履行行政职能,"
                  "推进法治建设,创新宣传形式。\n")


def test_a_pdfs_spaced_budget_amount_and_what_was_executed() -> None:
    """"2017 年预算金额 16.50 万元,经费来源为…,预算执行 9.8万元,执行率 59%": the year's 预算金额 is the budget and a
    clause opening on 预算执行 with its amount what was spent (before, neither was read; the rate was)."""
    read = _read(_SPACED_REPORT)
    assert read.budget.adjusted == Decimal("16.50")
    assert read.budget.executed == Decimal("9.8")
    assert read.budget.stated_execution_rate == Decimal("59")


def test_a_titles_quoted_project_name_without_its_quotes() -> None:
    """"2017年度“ 某某工作 ”项目 绩效评价报告": the name in quotes is the project's, 项目 after it the kind of thing
    it is (before, the quotes, their spaces and 项目 were kept)."""
    read = _read(_SPACED_REPORT)
    assert read.project is not None
    assert read.project.name == "某某工作"


_WHOLE_FORM = ("2020年某某馆开放经费12.5万整体支出绩效自评表\n"
               "单位名称 | 某区某某事务局 | 单位负责人及电话 | 张三 |\n"
               "主管部门 | 某区某某事务局 | 实施单位 | 某区某某事务局 |\n"
               "资金情况(万元) | | 年初预算资金总额: | 实际投入资金额 | 产生差异的原因 |\n"
               "合计 | 12 | 11 | |\n"
               "其中:财政拨款 | 12 | 11 | |\n"
               "其他资金 | | | |\n")


def test_a_unit_name_cell_beside_its_heads_phone_label_names_the_unit() -> None:
    """"单位名称 | X | 单位负责人及电话 | Y |": the second label is one no fact is read from, so the row is two label
    pairs and X the unit (before, the title's head, a fund and its amount, stood as the unit)."""
    assert _read(_WHOLE_FORM).unit.name == "某区某某事务局"


def test_actual_money_put_in_is_what_was_spent() -> None:
    """A whole-unit form's money block "年初预算资金总额 | 实际投入资金额": the second column is the year's spending
    (before, the block was not read at all)."""
    read = _read(_WHOLE_FORM)
    assert (read.budget.initial, read.budget.executed) == (Decimal("12.00"), Decimal("11.00"))
    assert [(row.name, row.initial, row.executed) for row in read.budget.fund_rows] == [
        ("财政拨款", Decimal("12.00"), Decimal("11.00"))]


def test_two_allocations_summed_with_a_part_in_brackets_and_what_was_paid_out() -> None:
    """"下达…资金134万元(其中某项目40万元),市本级预算安排…经费20万元,两项合计154万元,…实际拨付114万元": the
    bracket's amount is a part of the one before it, so the two allocations make the 合计, the budget; the clause
    opening on 实际拨付 is what was spent (before, the first allocation alone and no spending)."""
    read = _read("某市某某系统2018年“某某工程”项目绩效自评报告\n"
                 "一、基本情况\n"
                 "2018年根据某省财政厅通知下达我市某某网络工程资金84万元(其中专项某县某示范项目补助资金30万元),"
                 "2018年市本级预算安排“某某工程”专项经费16万元,两项合计100万元,其中某县某示范项目进度滞后未拨付,"
                 "实际拨付70万元。\n")
    assert read.budget.adjusted == Decimal("100")
    assert read.budget.executed == Decimal("70")


def test_a_goal_paragraph_under_a_goals_situation_heading() -> None:
    """"(二)绩效目标情况" over one paragraph, then the next heading: the paragraph is the project's goal, guessed
    (before, only a bare "绩效目标" heading was read so)."""
    read = _read("某市某局关于2023年度某某专项资金绩效自评报告\n"
                 "一、基本情况\n"
                 "(一)资金情况\n"
                 "纳入本次绩效自评资金为2023年度安排的某某专项资金合计650万元。\n"
                 "(二)绩效目标情况\n"
                 "计划完成某某年度建设任务。其中:完成监控设施点3个、支持道路改造5.5公里。\n"
                 "二、自评情况\n")
    assert read.project is not None
    assert read.project.goal_expected == "计划完成某某年度建设任务。其中:完成监控设施点3个、支持道路改造5.5公里。"


def test_parts_scores_listed_in_one_sentence_are_no_total() -> None:
    """"(一)自评分数" over "根据各县上报,A自评分数为73.5分、B自评分数为89分、C自评得分86.5分": three parts' scores
    listed with 、, none of them the whole's (before, the last was read as the report's total)."""
    read = _read("某市某局关于2023年度某某专项资金绩效自评报告\n"
                 "二、自评情况\n"
                 "(一)自评分数\n"
                 "根据各区、县级市上报自评情况,某某建设绩效自评分数为73.5分、某某保障支出绩效自评分数为89分、"
                 "某某养护绩效自评得分86.5分。\n")
    assert read.stated_total is None


def test_a_total_and_its_grade_joined_by_a_pause_mark_is_still_the_total() -> None:
    """"项目自评得分92.5分、自评等级为优": one score, then its grade: no list of parts (the guard of the rule above)."""
    read = _read("某市某局关于2023年度某某专项资金绩效自评报告\n"
                 "二、自评情况\n"
                 "(一)自评分数\n"
                 "经综合评价,项目自评得分92.5分、自评等级为优。\n")
    assert read.stated_total == Decimal("92.5")
