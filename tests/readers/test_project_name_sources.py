"""Project reports that name their project in an unusual place: a title signed by its unit at the end,
a form's own title under a 决算 page's title; and the budget written "项目预算资金X万元，实际支出Y万元"."""

from __future__ import annotations

from decimal import Decimal

from page_reading import read_page as _read


def test_signature_keeps_the_project_named_by_the_title() -> None:
    text = ("农村安全饮水维修养护专项资金绩效自评报告\n一、项目基本情况\n"
            "该资金用于农村供水工程的维修养护。项目预算资金86.40万元，实际支出82.15万元。\n"
            "某县水利局\n2024年3月18日\n")
    evaluation = _read(text)
    assert evaluation.unit.name == "某县水利局"
    assert evaluation.project is not None and evaluation.project.name == "农村安全饮水维修养护专项资金"
    assert (evaluation.budget.adjusted, evaluation.budget.executed) == (Decimal("86.40"), Decimal("82.15"))


def test_signature_after_a_title_holding_the_unit_and_the_project() -> None:
    text = ("某县水利局小型水库除险加固项目绩效自评报告\n一、项目基本情况\n该项目由某县水利局组织实施。\n"
            "某县水利局\n2024年3月18日\n")
    evaluation = _read(text)
    assert evaluation.project is not None and evaluation.project.name == "小型水库除险加固项目"


_PAGE = "某县残疾人联合会2023年度部门决算公开说明\n十一、预算绩效情况说明\n{form}\n"
_MONEY = ("主管部门 | 某县残疾人联合会 | 实施单位 | 某县残疾人联合会\n"
          "项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分\n"
          "年度资金总额 | 32.50 | 32.50 | 31.90 | 10 | 98.15% | 9.8\n")


def test_project_form_title_under_a_final_accounts_page_title() -> None:
    evaluation = _read(_PAGE.format(form="残疾人康复救助经费项目支出绩效自评表") + _MONEY)
    assert evaluation.project is not None and evaluation.project.name == "残疾人康复救助经费"


def test_a_level_of_government_in_a_form_title_is_no_project() -> None:
    evaluation = _read(_PAGE.format(form="县级财政项目支出绩效自评表") + _MONEY)
    assert evaluation.project is None or not evaluation.project.name
