"""Shapes the held-out pages of stop 71 showed (docs/reader-corpora/held-71.md), each as an invented snippet:
invented units, places, funds and figures, no text of any page."""

from __future__ import annotations

from decimal import Decimal

from page_reading import read_page as _read

from jixiao.checks import run_checks
from jixiao.checks.finding import Severity

_WHOLE_UNIT = ("某县某某服务中心2021年度部门整体支出绩效自评报告\n"
               "一、部门概况\n"
               "(一)机构、人员构成\n"
               "某县某某服务中心属财政全额拨款的事业单位,核定事业编制40人。2021年末,单位共有在职人员35人,"
               "其中在编在职31人,借调4人、临聘3人、公益性岗位2人,退休12人;下设科室3个:办公室、业务科、财务股。\n")


def test_staff_outside_the_establishment_listed_after_the_staff_raise_no_error() -> None:
    """"在职人员35人,其中在编在职31人,借调4人、临聘3人、公益性岗位2人,退休12人": 31 + 4 = 35; the 临聘 and
    公益性岗位 workers may stand beside the total, not inside it, so the staff sum is to be checked, not an error
    (before, STAFF_SUM_MISMATCH was an error)."""
    findings = [f for f in run_checks(_read(_WHOLE_UNIT)) if f.code == "STAFF_SUM_MISMATCH"]
    assert [f.severity for f in findings] == [Severity.WARNING]
    assert "临聘" in findings[0].message


def test_a_staff_sum_that_fails_without_the_outside_workers_is_still_an_error() -> None:
    """"在职人员36人,其中在编在职31人,借调4人、临聘3人": neither 38 nor 35 is 36, an error under every reading."""
    text = _WHOLE_UNIT.replace("在职人员35人", "在职人员36人")
    assert [f.severity for f in run_checks(_read(text)) if f.code == "STAFF_SUM_MISMATCH"] == [Severity.ERROR]


_ACCOUNTS = (_WHOLE_UNIT
             + "二、部门财务情况\n"
             + "(一)部门整体支出情况\n"
             + "本年支出合计 1250.40万元,基本支出 610.20万元,其中人员支出520.10万元,日常公用支出 70.60万元,"
               "对个人和家庭补助19.50万元。项目支出640.20万元。\n"
             + "(二)部门预算收支决算情况\n"
             + "本年财政拨款 800.30万元,事业收入 400.10万元,本年总收入 1200.40万元。上年结转50万元。\n")


def test_the_split_by_nature_around_the_basic_spendings_own_parts() -> None:
    """"本年支出合计C万元,基本支出A万元,其中人员支出…,日常公用支出…,对个人和家庭补助…。项目支出B万元。": the year's
    items are 基本支出 and 项目支出 (A + B = C), the 其中 parts are 基本支出's own (before, those parts were read as
    the year's items)."""
    items = _read(_ACCOUNTS).budget.expenditure_items
    assert [(i.name, i.amount) for i in items] == [("基本支出", Decimal("610.20")), ("项目支出", Decimal("640.20"))]


def test_income_parts_named_before_their_total() -> None:
    """"本年财政拨款A万元,事业收入B万元,本年总收入C万元" (A + B = C): the income items (before, none was read)."""
    items = _read(_ACCOUNTS).budget.income_items
    assert [(i.name, i.amount) for i in items] == [("本年财政拨款", Decimal("800.30")), ("事业收入", Decimal("400.10"))]


def test_parts_before_a_total_they_do_not_make_up_are_no_items() -> None:
    """"财政拨款A万元,事业收入B万元,本年总收入C万元" with A + B ≠ C: no items read."""
    assert _read(_ACCOUNTS.replace("本年总收入 1200.40万元", "本年总收入 1300.40万元")).budget.income_items == []


def test_projects_counted_and_named_then_their_sum() -> None:
    """"2023年共安排支出项目3个,即某某工作经费80万元、某某排查经费25万元、某某救助资金15万元,共120万元": the
    projects' money together, the year's budget (before, none was read)."""
    read = _read("某市某某局2023年度部门决算中项目绩效评价报告\n一、自评工作开展情况\n2023年,全市某某工作平稳。\n"
                 "二、部门预算支出情况\n2023年共安排支出项目3个,即某某工作经费80万元、某某排查经费25万元、"
                 "某某救助资金15万元,共120万元,具体项目情况说明如下:\n三、项目自评结果及分析\n绩效自评结果为良。\n")
    assert read.budget.adjusted == Decimal("120")


def test_a_projects_whole_money_and_the_fund_it_is_paid_from() -> None:
    """"项目总投资12万元,通过统筹整合财政涉农资金据实拨付": the project's money (before, none was read); a works'
    总投资 with no fund after it is not."""
    head = "关于2020年度某某村通组道路工程绩效评价报告\n一、项目基本情况\n(一)项目概况:为改善某村出行条件,"
    funded = _read(head + "实施某某通组道路工程,项目总投资12万元,通过统筹整合财政涉农资金据实拨付。\n")
    assert funded.budget.adjusted == Decimal("12")
    works = _read(head + "实施某某通组道路工程,项目总投资约1.2亿元,分三期建设。\n")
    assert works.budget.adjusted is None
