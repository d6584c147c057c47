"""Residual shapes of stop 25 (invented units and figures): a stated grade that only the unverified default
bands contradict, and ordinary prose phrasings of budget and score facts."""

from __future__ import annotations

from decimal import Decimal

from page_reading import read_page as _read

from jixiao.checks import run_checks
from jixiao.checks.finding import REVIEW_PROMPT, Finding, Severity
from jixiao.model import Evaluation
from jixiao.scoring.packs import load_pack

CONCLUSION = "2024年度某镇文化站整体支出绩效自评报告\n四、自评结论\n经自评，综合得分{total}分，评价等级为“{grade}”。\n"


def _grade_finding(total: str, grade: str, pack: str | None = None) -> Finding | None:
    evaluation = _read(CONCLUSION.format(total=total, grade=grade))
    assert (evaluation.stated_total, evaluation.stated_grade.value if evaluation.stated_grade else None) \
        == (Decimal(total), grade)
    return next((f for f in run_checks(evaluation, pack) if f.code == "GRADE_MISMATCH"), None)


def test_a_grade_another_common_banding_gives_is_flagged_for_review_not_an_error() -> None:
    finding = _grade_finding("87.5", "优")
    assert finding is not None and finding.severity is Severity.WARNING
    assert finding.message.startswith(REVIEW_PROMPT)
    assert "central-2020" in finding.message and "优 ≥ 90" in finding.message  # names the band it used
    assert [r.why for r in finding.readings] == ["按另一种常见等级区间（优 ≥ 85、良 ≥ 75、中 ≥ 60）"]


def test_a_grade_no_common_banding_gives_stays_an_error() -> None:
    # (84.47 is 良 under the default bands and under the older 85 / 75 / 60 ones alike)
    for total, grade in (("95", "差"), ("93.5", "良"), ("58", "中"), ("72", "优"), ("84.47", "优")):
        finding = _grade_finding(total, grade)
        assert finding is not None and finding.severity is Severity.ERROR, (total, grade)
        assert not finding.readings


def test_a_matching_grade_raises_nothing() -> None:
    assert _grade_finding("84.47", "良") is None


def test_verified_bands_keep_the_error() -> None:
    text = load_pack(None).model_dump_json()
    pack = load_pack(None).model_validate_json(text).model_copy(update={"grade_source": "优 ≥ 90 [seen 某省文件]"})
    assert pack.grade_bands_verified
    evaluation = _read(CONCLUSION.format(total="84.47", grade="优"))
    [finding] = [f for f in run_checks(evaluation, pack) if f.code == "GRADE_MISMATCH"]
    assert finding.severity is Severity.ERROR


PROJECT = ("某县农业农村局2023年度农机购置补贴项目支出绩效自评报告\n一、项目概况\n项目预算80万元，实际支出76万元。\n"
           "二、自评结论\n")


def test_a_parts_sum_after_qizhong_is_not_the_total() -> None:
    for text in ("项目自评得分91.5分，其中项目决策、项目过程、产出和效益合计得分68分，满意度得分23.5分，自评等级为优。",
                 "项目自评得分91.5分。\n其中：产出指标、效益指标合计得分68分，满意度指标得分9分。",
                 "项目自评得分91.5分，其中：\n1.决策、过程指标合计得分14.5分；\n2.产出、效益指标合计得分68分；\n"
                 "3.满意度指标合计得分9分。"):
        evaluation = _read(PROJECT + text)
        assert evaluation.stated_total == Decimal("91.5"), text
        assert evaluation.provenance["stated_total"].text.endswith("91.5分")


def test_a_sum_stated_as_the_whole_is_still_the_total() -> None:
    assert _read(PROJECT + "项目合计得分91.5分，评价等级为优。").stated_total == Decimal("91.5")
    assert _read(PROJECT + "其中产出指标40分，效益指标30分，合计91.5分。").stated_total == Decimal("91.5")


WHOLE = "某县文化馆2024年度部门整体支出绩效自评报告\n一、基本情况\n"


def test_income_and_spending_budgets_give_the_initial_budget_not_the_income_items() -> None:
    evaluation = _read(WHOLE + "某县文化馆2024年收入预算1,250.36万元，其中：一般公共预算收入1,000.00万元，"
                       "政府性基金预算收入250.36万元。支出预算1,250.36万元，其中：基本支出900.00万元；项目支出350.36万元。\n")
    budget = evaluation.budget
    assert budget.initial == Decimal("1250.36")
    assert not evaluation.provenance["budget.initial"].guessed
    assert budget.income_items == [] and budget.expenditure_items == [] and budget.income_total is None


def test_differing_income_and_spending_budgets_give_the_spending_one_guessed() -> None:
    evaluation = _read(WHOLE + "2024年部门收入预算856.20万元，支出预算860.00万元。\n")
    assert evaluation.budget.initial == Decimal("860.00")
    assert evaluation.provenance["budget.initial"].guessed


def test_a_parts_budget_is_not_the_units() -> None:
    evaluation = _read(WHOLE + "全年预算安排560万元，其中项目支出预算120万元。\n")
    assert evaluation.budget.initial is None


def test_the_appropriations_budget_is_the_initial_budget_guessed_beside_other_money() -> None:
    alone = _read(WHOLE + "2024年财政拨款预算320.50万元，全年执行310.20万元。\n")
    assert alone.budget.initial == Decimal("320.50") and not alone.provenance["budget.initial"].guessed
    beside = _read(WHOLE + "2024年财政拨款预算320.50万元，上年结转20万元，全年执行310.20万元。\n")
    assert beside.budget.initial == Decimal("320.50") and beside.provenance["budget.initial"].guessed


def test_a_stated_initial_budget_wins_over_the_words() -> None:
    evaluation = _read(WHOLE + "2024年年初预算500万元，财政拨款预算320.50万元。\n")
    assert evaluation.budget.initial == Decimal("500.00")


def test_final_account_totals_are_the_income_and_spending_totals() -> None:
    evaluation = _read(WHOLE + "某馆2024年收入决算数为1,820.29万元(含上级资金),其中,"
                       "一般公共预算财政拨款收入1,679.06万元,其他收入141.23万元。总支出决算数为1,837.94万元。其中:基本支出1,319.13万元,项目支出518.81万元。\n")
    budget = evaluation.budget
    assert (budget.income_total, budget.expenditure_total) == (Decimal("1820.29"), Decimal("1837.94"))
    assert [i.amount for i in budget.income_items] == [Decimal("1679.06"), Decimal("141.23")]
    assert _read(WHOLE + "一般公共预算财政拨款收入决算数为1,679.06万元。\n").budget.income_total is None


def test_funds_received_are_not_spent_and_paid_is_executed() -> None:
    head = "某县水利局2024年度农村饮水安全项目支出绩效自评报告\n一、项目概况\n"
    for text, rate in (("项目资金到位150万元，已支付142.5万元。", None),
                       ("项目资金实际到位150万元，已支付资金142.5万元，资金支付率95%。", Decimal(95)),
                       ("项目资金到位150万元，实际支付142.5万元。", None)):
        budget = _read(head + text + "\n").budget
        assert (budget.executed, budget.stated_execution_rate) == (Decimal("142.50"), rate), text
        assert budget.initial is None  # 到位 is what arrived, not a budget the report states


def test_a_titles_project_name_drops_the_places_it_opens_on() -> None:
    evaluation = _read("2022年度某某县青山镇农村人居环境整治专项资金\n绩效评价报告\n一、项目概况\n")
    assert evaluation.project is not None and evaluation.project.name == "农村人居环境整治专项资金"
    one_level = _read("2022年度某某县农村公路建设项目绩效自评报告\n一、项目概况\n")
    assert one_level.project is not None and one_level.project.name == "某某县农村公路建设项目"  # one place: kept


def _transfer_form(labels: str) -> Evaluation:
    return _read("2024年度转移支付项目绩效自评表\n专项(项目)名称某某体育设施补助资金\n" + labels +
                 "项目资金(万元)全年预算数全年执行数执行率\n年度资金总额80万元76.00 95.00%\n")


def test_a_provinces_supervisor_is_the_supervisor_when_the_form_names_no_other() -> None:
    evaluation = _transfer_form("中央主管部门国家某某总局\n"
                                "自治区主管部门某某自治区体育局资金使用单位某某自治区体育中心\n")
    assert evaluation.unit.supervising_department == "某某自治区体育局"
    assert evaluation.provenance["unit.supervising_department"].guessed
    assert evaluation.project is not None and evaluation.project.implementing_unit == "某某自治区体育中心"


def test_the_local_supervisor_wins_over_the_provinces() -> None:
    for labels in ("中央主管部门国家某某总局\n省级主管部门某某省体育局\n地方主管部门某某县文体局\n",
                   "地方主管部门某某县文体局\n省级主管部门某某省体育局\n"):
        evaluation = _transfer_form(labels + "实施单位某某县体育中心\n")
        assert evaluation.unit.supervising_department == "某某县文体局", labels
