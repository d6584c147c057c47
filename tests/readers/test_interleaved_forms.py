"""A form copied out of a PDF viewer with its columns interleaved: read by order, marked guessed."""

from __future__ import annotations

from decimal import Decimal

from page_reading import read_page

from jixiao.model import Evaluation
from jixiao.readers.interleaved import interleaved_tables

# An invented form in the shape a PDF text layer gives: the header runs first, the figures in the
# header's order (the 执行率 cell later), names and levels after all the numbers, cells split.
FORM = (
    "财政项目支出绩效自评表 (2024 年度) 乡村图书室图书 补充 项目名称 主管部门 某县文化和旅游局 "
    "年初预算数 全年预算数 全年执行数 分值 执行率 得分 450000.00 480000.00 456,000.00 10 9.5 "
    "480000.00 480000.00 456000.00 — 上年结转资金 0 0 — 年度资金总额 项目资金 (元) 某县公共 图书馆 "
    "实施单位 其中:当年财政拨款 预期目标 年度 总体 目标 95% 实际完成情况 完成图书补充。 "
    "一级指标 二级指标 数量指标 三级指标 新增图书册数 年度 指标值 实际 完成值 分值 得分 "
    ">=12000册 12500册 40 40 =100% 98% 20 18 >=85% 92% 30 30 100 97.5 "
    "产出指标 质量指标 绩 效 指 标 效益指标 满意度指标 图书编目合格 率 读者满意度 服务对象满意度指标 总分 -1-"
)


def _evaluation(text: str) -> Evaluation:
    return read_page(text, "form.txt")


def test_the_interleaved_form_reads_its_money_names_and_indicators() -> None:
    evaluation = _evaluation(FORM + "\n")
    assert evaluation.project is not None
    assert evaluation.project.name == "乡村图书室图书补充"
    assert evaluation.project.implementing_unit == "某县公共图书馆"
    assert evaluation.unit.supervising_department == "某县文化和旅游局"
    assert (evaluation.budget.initial, evaluation.budget.adjusted, evaluation.budget.executed) == (
        Decimal(45), Decimal(48), Decimal("45.6"))
    assert evaluation.budget.stated_execution_rate == Decimal(95)
    rows = [(i.name, i.level1, i.level2, i.weight, i.stated_score) for i in evaluation.indicators]
    assert ("新增图书册数", "产出指标", "数量指标", Decimal(40), Decimal(40)) in rows
    assert ("图书编目合格率", "产出指标", "质量指标", Decimal(20), Decimal(18)) in rows
    assert ("读者满意度", "满意度指标", "服务对象满意度指标", Decimal(30), Decimal(30)) in rows
    assert evaluation.stated_total == Decimal("97.5")
    at = next(n for n, i in enumerate(evaluation.indicators) if i.name == "图书编目合格率")
    refs = [ref for key, ref in evaluation.provenance.items() if key.startswith(f"indicators[{at}].")]
    assert refs and all(ref.guessed for ref in refs)
    assert evaluation.provenance["budget.initial"].guessed


def test_figures_that_do_not_add_up_to_the_total_pair_no_indicator() -> None:
    # one group lost a figure: the groups no longer add up to 总分, so nothing is paired
    broken = FORM.replace("=100% 98% 20 18", "=100% 98% 18")
    evaluation = _evaluation(broken + "\n")
    names = {i.name for i in evaluation.indicators}
    assert not names & {"新增图书册数", "图书编目合格率", "读者满意度"}
    assert evaluation.project is not None and evaluation.project.name == "乡村图书室图书补充"


def test_more_rows_than_names_leave_the_rows_unnamed() -> None:
    # a name lost: four fragments cannot be three names without a split, nothing is named by order
    shorter = FORM.replace("图书编目合格 率 读者满意度", "图书编目合格率")
    names = {i.name for i in _evaluation(shorter + "\n").indicators}
    assert not names & {"图书编目合格率", "读者满意度"}


def test_forms_printed_one_after_another_are_each_read() -> None:
    second = FORM.replace("乡村图书室图书 补充", "农家书屋 维护").replace("-1-", "-2-")
    tables = interleaved_tables(FORM + " " + second, "第1行")
    assert tables is not None
    projects = [row[1] for table in tables for row in table.rows if row[0] == "项目名称"]
    assert projects == ["乡村图书室图书补充", "农家书屋维护"]


def test_a_form_in_reading_order_is_left_to_the_ordinary_reader() -> None:
    in_order = (
        "项目名称 乡村图书室图书补充 主管部门 某县文化和旅游局 年初预算数 全年预算数 全年执行数 分值 执行率 得分 "
        "年度资金总额 45 48 45.6 10 95% 9.5 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 "
        "产出指标 数量指标 新增图书册数 >=12000册 12500册 40 40 总分 100 97.5"
    )
    assert interleaved_tables(in_order, "第1行") is None
