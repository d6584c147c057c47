"""Shapes of the real pages left below 90 % after stop 30 (docs/reader-corpora/left-pages-31.md), each rebuilt from an
invented snippet of the same shape (invented units, places, projects and figures)."""

from __future__ import annotations

from decimal import Decimal

from page_reading import read_page

from jixiao.checks import run_checks
from jixiao.checks.finding import Severity


def _no_error(text: str) -> None:
    assert not [f for f in run_checks(read_page(text)) if f.severity is Severity.ERROR]


def test_a_body_working_by_a_plan_is_the_span_before_the_manner_word() -> None:
    """"由某局某股按确定的方案组织实施": the body is "某局某股", not the span up to 实施 with the manner it works by."""
    read = read_page("某县民政局2021年度某某补助经费绩效自评报告\n"
                     "某某补助经费由民政局救助股按确定的方案组织实施,财政局跟踪监督。\n")
    assert read.project is not None and read.project.implementing_unit == "民政局救助股"


def test_a_quota_amount_is_the_budget_and_money_handed_over_is_not_spending() -> None:
    """"指标金额是X万元，实际拨付金额是Y万元": the quota allocated is the fund's budget; what was handed over is
    not what was spent (no 执行数 read)."""
    text = ("某县民政局2021年度某某补助经费绩效自评报告\n"
            "一、项目基本情况\n2021年度某县财政划给某县民政局某某补助经费,指标金额是80万元,实际拨付金额是76万元。\n")
    read = read_page(text)
    assert read.budget.adjusted == Decimal("80")
    assert read.budget.executed is None
    _no_error(text)


def test_the_years_approved_project_money_in_one_sentence_is_the_budget() -> None:
    """"某年批复某局项目N个，项目资金X万元": the year's approved project money (a report over the bureau's
    projects)."""
    read = read_page("某州水务局2022年度项目支出绩效自评报告\n一、项目基本情况\n"
                     "根据某州财政局预算通知,2022年批复某州水务局项目6个,项目资金860万元。分别为:某某项目。\n")
    assert read.budget.adjusted == Decimal("860")


def test_the_projects_part_of_an_approval_is_its_budget_and_names_it() -> None:
    """"批复我局项目支出A万元，其中包含某某项目经费B万元" in an untitled report: the project's money is the part B,
    and the part's name is the only place the project is named (a guess)."""
    text = ("一、项目基本情况\n1.项目资金到位情况。根据某市财政局预算批复,批复我局项目支出90万元,"
            "其中包含乡村河道清理项目经费12万元。\n2.项目资金执行情况。12万元项目经费主要用于补助2个村。\n"
            "二、绩效目标完成情况\n2019年该项目的产出指标均已完成。\n")
    read = read_page(text)
    assert read.budget.adjusted == Decimal("12")
    assert read.project is not None and read.project.name == "乡村河道清理项目经费"
    assert read.provenance["project.name"].guessed
    _no_error(text)


def test_the_fund_whose_yearly_sum_is_the_budget_names_an_untitled_report() -> None:
    """Several "下达…预算X万元" then "某年某某资金合计Z万元": Z is the budget (an earlier fix) and the fund the 合计
    names is the project (a guess) when nothing else named it."""
    read = read_page("一、绩效目标分解下达情况\n"
                     "2021年3月,中央下达我省林业改革专项转移支付预算3000万元;2021年6月,中央下达我省林业改革专项转移支付"
                     "预算1200万元;2021年林业改革发展资金合计4200万元。其中,安排约束性任务资金合计3500万元。\n")
    assert read.budget.adjusted == Decimal("4200")
    assert read.project is not None and read.project.name == "林业改革发展资金"
    assert read.provenance["project.name"].guessed


def test_the_project_evaluated_with_its_aspects_listed() -> None:
    """"对某某工程项目资金投入情况、绩效目标完成情况等进行了自评": the project the opening sentence evaluates, its
    aspects listed after it; a works project keeps its 项目, as the corpora write it."""
    read = read_page("一、绩效自评工作开展情况\n根据区财政局文件要求,我中心对背街小巷改造提升工程项目资金投入情况、"
                     "绩效目标完成情况等进行了自评,并形成自评报告如下:\n")
    assert read.project is not None and read.project.name == "背街小巷改造提升工程项目"


def test_a_unit_named_only_where_the_text_gives_its_short_name() -> None:
    """"某州某某会（以下简称“州某某会”）于某年成立…" in an untitled whole-unit report: the full name the body sentence
    gives is the unit's when the text goes on to use the short name (a guess)."""
    text = ("一、部门基本情况\n(一)部门概况\n"
            "某某自治州科学技术协会(以下简称“州科协”)于1985年3月成立,系参公管理的群团组织。\n"
            "州科协内设办公室、学会部2个科室。\n")
    read = read_page(text)
    assert read.unit.name == "某某自治州科学技术协会"
    assert read.provenance["unit.name"].guessed


def test_one_item_by_nature_after_the_spending_total_is_a_partial_list() -> None:
    """"实际支出X万元。其中基本支出A万元,具…" (the page cut there): the one item by nature after the spending's total is
    an expenditure item, the list marked partial."""
    read = read_page("某区妇女联合会2023年度部门整体支出绩效自评报告\n(一)基本支出情况\n"
                     "2023年部门预算财政安排公共财政拨款资金共96.40万元,实际支出96.40万元。其中基本支出90.12万元,具\n")
    assert [(i.name, i.amount) for i in read.budget.expenditure_items] == [("基本支出", Decimal("90.12"))]
    assert read.provenance["budget.expenditure_items"].complete is False


def test_a_project_reports_project_spending_budget_is_the_projects() -> None:
    """"2020年我单位某某养护项目支出预算共X万元,…实际支出Y万元" in a project report: the project's budget (the kind
    decided by then), not one item of a unit's budget."""
    read = read_page("2020年度重点项目绩效评价结果\n一、项目支出基本情况\n(一)项目支出资金概况\n"
                     "2020年我单位乡村道路养护项目支出预算共312.5万元,包含项目8个,实际支出280.25万元。\n")
    assert read.kind == "项目支出"
    assert (read.budget.adjusted, read.budget.executed) == (Decimal("312.5"), Decimal("280.25"))


_FINAL_ACCOUNT = ("某县某某协会2022年度部门整体支出绩效自评表\n收入支出决算总表 | |||||\n公开01表 | |||||\n"
                  "部门:某市某县某某协会 | 金额单位:元 | ||||\n收入 | 支出 | ||||\n"
                  "项目 | 行次 | 金额 | 项目(按功能分类) | 行次 | 金额 |\n栏次 | 1 | 栏次 | 2 | ||\n"
                  "一、一般公共预算财政拨款收入 | 1 | 820,500.00 | 一、一般公共服务支出 | 31 | |\n"
                  "二、上级补助收入 | 2 | 二、外交支出 | 32 | ||\n"
                  "三、其他收入 | 3 | 2,400.50 | 三、社会保障和就业支出 | 33 | 760,000.00 |\n"
                  "4 | 四、卫生健康支出 | 34 | 62,900.50 | ||\n5 | 五、节能环保支出 | 35 | |||\n")


def test_a_final_account_table_in_web_copied_rows_gives_its_items() -> None:
    """A 收入支出决算总表 in " |" lines no table took: income and spending side by side, a 行次 after each label, an
    empty amount cell dropped by the copy, 金额单位:元 above: each label with its row number and an amount is an item of
    its half, in 万元."""
    read = read_page(_FINAL_ACCOUNT)
    assert [(i.name, i.amount) for i in read.budget.income_items] == [
        ("一般公共预算财政拨款收入", Decimal("82.05")), ("其他收入", Decimal("0.24005"))]
    assert [(i.name, i.amount) for i in read.budget.expenditure_items] == [
        ("社会保障和就业支出", Decimal("76")), ("卫生健康支出", Decimal("6.29005"))]
    _no_error(_FINAL_ACCOUNT)


def test_a_spending_detail_tables_total_row_run_into_a_line_gives_budget_and_spending() -> None:
    """"…计划安排资金(万元)…实际支出(万元) 二、项目支出明细情况 支出内容 (经济科目) 计划支出数 实际支出数 30299 某某补贴
    12.6 12.4 支出合计 12.6 12.4 三、…" (a .doc's sheet run into one line): the 合计 row's figures are the plan (the
    budget) and what was spent, in the 万元 of the form's labels (a guess)."""
    read = read_page("某县老年人协会预算支出项目绩效评价报告 项目名称 村老年活动补贴 项目单位 某县老年人协会 "
                     "计划安排资金(万元) 12.6 实际支出(万元) 二、项目支出明细情况 支出内容 (经济科目) "
                     "计划支出数 实际支出数 "
                     "30299 村老年活动补贴 12.6 12.4 支出合计 12.6 12.4 三、项目考评情况\n")
    assert (read.budget.adjusted, read.budget.executed) == (Decimal("12.6"), Decimal("12.4"))
    assert read.provenance["budget.executed"].guessed


def test_a_titles_of_before_its_report_words_is_no_part_of_the_funds_name() -> None:
    """"某县某局2019年某某保种经费的绩效自评报告": the project is "某某保种经费" (the 的 was kept in its name)."""
    read = read_page("某县农业农村局2019年某某良种保护经费的绩效自评报告\n一、项目概况\n")
    assert read.project is not None and read.project.name == "某某良种保护经费"


def test_the_body_a_projects_money_was_handed_down_to_when_the_text_speaks_as_it() -> None:
    """"下达某市某某学校的经常性项目“某某”,我校主管部门为…" with no title naming the unit: the body the money went to is
    the unit when the text speaks as that body (我校; a guess)."""
    read = read_page("一、项目基本情况\n根据市财政局2021年预算,下达某市青少年体育学校的经常性项目“训练保障”,"
                     "我校主管部门为某市体育局。\n")
    assert read.unit.name == "某市青少年体育学校"
    assert read.provenance["unit.name"].guessed
