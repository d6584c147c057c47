"""Shapes found by the seventh real-page probe (docs/reader-corpora/real-probe-7.md), each rebuilt from an
invented snippet of the same shape (invented units, names and figures)."""

from __future__ import annotations

from decimal import Decimal

from page_reading import read_page as _read

_BUDGET_AND_FINAL = (
    "某市某某局2024年度部门整体支出绩效评价报告(摘 要)\n\n一、预算批复及资金基本情况\n\n"
    "某某局2024年收入预算1,200.50万元,其中:一般公共预算收入1,000.50万元,政府性基金预算收入200.00万元。"
    "支出预算1,200.50万元,其中:基本支出800.50万元;项目支出400.00万元。\n\n"
    "某某局2024年收入决算数为1,530.40万元(含部分上级资金),其中,一般公共预算财政拨款收入1,100.20万元,"
    "政府性基金预算收入420.10万元,其他收入10.10万元;年初结转结余12.30万元。总支出决算数为1,535.60万元。"
    "其中:基本支出820.456万元,项目支出715.144万元;年末结转结余7.10万元。\n")


def test_a_final_account_beside_the_budget_gives_the_income_and_spending() -> None:
    """收入预算…其中… then 收入决算数为…其中…: the items are the 决算's; the budget's parts give way."""
    budget = _read(_BUDGET_AND_FINAL).budget
    assert budget.income_total == Decimal("1530.40")
    assert [(i.name, i.amount) for i in budget.income_items] == [
        ("一般公共预算财政拨款收入", Decimal("1100.20")), ("政府性基金预算收入", Decimal("420.10")),
        ("其他收入", Decimal("10.10"))]
    assert budget.expenditure_total == Decimal("1535.60")
    assert [(i.name, i.amount) for i in budget.expenditure_items] == [
        ("基本支出", Decimal("820.456")), ("项目支出", Decimal("715.144"))]


def test_the_year_s_income_budget_is_the_initial_budget() -> None:
    assert _read(_BUDGET_AND_FINAL).budget.initial == Decimal("1200.50")


def test_a_count_of_projects_then_their_budget() -> None:
    text = ("某某开发区某某管理局2021年度项目资金绩效自评报告\n\n一、基本情况\n\n"
            "为顺利开展城市工作,我局2021年年初预算项目41个,预算项目经费3260.75万元,具体包括:道路维修120.00万元。\n")
    assert _read(text).budget.initial == Decimal("3260.75")


def test_a_title_line_behind_its_metadata_label() -> None:
    """"标      题 某某局…报告": the page's label before the title is no part of the unit."""
    text = ("标      题 某某自治区某某局中央转移支付2021年度绩效自评报告\n"
            "索引号 000011111/2022-00001 文      号\n"
            "发布机构 自治区政府办公厅 发布日期 2022-03-10\n\n"
            "某某自治区某某局中央转移支付2021年度绩效自评报告\n\n一、项目资金分解下达情况\n\n正文。\n")
    evaluation = _read(text)
    assert evaluation.unit.name == "某某自治区某某局"
    assert evaluation.year == 2021


def test_a_site_column_name_above_the_title() -> None:
    """"工作动态" under the breadcrumb, then the title: the column's name is no part of the unit."""
    text = ("当前位置: 首页/工作动态\n\n工作动态\n\n"
            "某某市体育局2023年全民健身专项资金项目支出绩效自评报告\n\n来源: 某某市体育局   2024-07-01\n\n"
            "根据有关要求,某某市体育局对2023年度全民健身专项资金项目进行绩效自评。\n")
    evaluation = _read(text)
    assert evaluation.unit.name == "某某市体育局"
    assert evaluation.kind.value == "项目支出"


def test_a_wrapped_title_keeps_its_first_line() -> None:
    """"某某市" over "某某区某局2023年度…报告": a place's name ends the first line; the title goes on."""
    text = "某某市\n某某区文化馆2023年度部门整体支出绩效自评报告\n\n一、基本情况\n\n正文。\n"
    assert _read(text).unit.name.startswith("某某市")


def test_a_project_s_budget_sentence_and_its_share_in_words() -> None:
    """"项目全年预算数为…执行数为…，完成预算的98%": a project report (no title word says so), and its rate."""
    text = ("2022年度绩效评价\n\n发布日期:2023-05-10 来源:市某某局\n\n"
            "项目全年预算数为380万元,执行数为372.4万元,完成预算的98%。项目绩效目标完成情况:一是开展活动12场。\n")
    evaluation = _read(text)
    assert evaluation.kind.value == "项目支出"
    assert (evaluation.budget.adjusted, evaluation.budget.executed) == (Decimal(380), Decimal("372.4"))
    assert evaluation.budget.stated_execution_rate == Decimal(98)


def test_revenue_against_its_budget_is_no_execution_rate() -> None:
    text = ("某县财政局2022年度部门整体支出绩效自评报告\n\n一、基本情况\n\n"
            "全县一般公共预算收入完成预算的105%。\n")
    assert _read(text).budget.stated_execution_rate is None


def test_a_lottery_fund_report_and_its_allocation() -> None:
    """"…体彩公益金绩效使用自评报告" / "财政下拨某馆运行经费为120万元": a fund's report, its budget."""
    text = ("2022年区本级体彩公益金绩效使用自评报告\n\n"
            "2022年,财政下拨体育馆运行经费为120万元,用于物业服务费、场馆维修等方面的支出。\n")
    evaluation = _read(text)
    assert evaluation.kind.value == "项目支出"
    assert evaluation.budget.adjusted == Decimal(120)


def test_what_was_spent_by_a_date() -> None:
    text = ("某区道路保洁项目绩效评价报告\n\n一、项目概况\n\n"
            "2021至2023年期间项目预算总额 5,210.40万元,截止 2023年 12 月 31 日,已经支出5,002.11万元。\n")
    budget = _read(text).budget
    assert (budget.adjusted, budget.executed) == (Decimal("5210.40"), Decimal("5002.11"))


def test_a_title_s_key_evaluation_words_are_no_part_of_the_project() -> None:
    """"…改造项目 重点绩效评价报告" (held-out): 重点 opens the report words, the space before it too."""
    text = ("某市某区住房和城乡建设局2023年背街小巷提升改造项目 重点绩效评价报告\n目 录\n一、项目基本情况\n\n"
            "某区住房和城乡建设局实施的背街小巷提升改造,财政实际下达并纳入评价的项目资金共计1,250.00万元,"
            "项目实际使用资金1,100.00万元,资金使用率88.00%。\n")
    evaluation = _read(text)
    assert evaluation.project is not None and evaluation.project.name == "背街小巷提升改造项目"
    assert evaluation.budget.stated_execution_rate == Decimal("88.00")


def test_a_subsidy_paid_out_is_what_was_spent() -> None:
    """"共下达补助资金…万元…全区共完成发放补助资金…万元" (held-out, a transfer's prose)."""
    text = ("一、绩效目标分解下达情况\n(一)下达农村某某改造转移支付预算和绩效目标情况。\n"
            "2023年共下达补助资金88.5万元(其中:下达中央补助资金80万元,下达省级补助资金8.5万元)。\n"
            "二、绩效目标完成情况分析\n2、项目资金执行情况分析。2023年全区共完成发放补助资金70.2万元。\n")
    budget = _read(text).budget
    assert (budget.adjusted, budget.executed) == (Decimal("88.5"), Decimal("70.2"))


def test_a_transfer_s_whole_before_the_parts_it_was_split_into() -> None:
    """"分解下达…专项资金共N万元…一是某处，下达预算资金M万元": the transfer's budget is N, not its first part's."""
    text = ("某某自治区某某局中央转移支付2021年度绩效自评报告\n\n一、项目资金分解下达情况\n\n"
            "2021年度自治区财政厅分解下达中央转移支付全区某某保护专项资金共5600万元,其中下达地市2100万元;"
            "区直系统3500.00万元。区直系统项目有:一是某某管理处,下达预算资金2400万元。\n")
    assert _read(text).budget.adjusted == Decimal(5600)
