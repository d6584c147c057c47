"""Shapes of the real pages the earlier helpers left (docs/reader-corpora/left-pages-33.md), each rebuilt from an
invented snippet of the same shape (invented units, places, projects and figures)."""

from __future__ import annotations

from decimal import Decimal

from page_reading import read_page

# a 区域绩效目标自评表 one cell a line, blank lines between cells (invented)
_REGIONAL_HEAD = ("某某补助资金区域绩效目标自评表\n\n专项名称\n\n某某补助资金\n\n中央主管部门\n\n某某总局\n\n"
                  "自评得分\n\n省级财政部门\n\n某省财政厅\n\n省级主管部门\n\n某省某某局\n\n95\n\n")
_REGIONAL_TAIL = ("年度绩效指标完成情况\n\n一级指标\n\n二级指标\n\n三级指标\n\n年度指标值\n\n实际完成指标值\n\n50\n\n"
                  "产出指标\n\n数量指标\n\n指标1:某某检查户数\n\n≥120户\n\n130户\n\n5\n")


def _goals(*pairs: tuple[str, str]) -> str:
    return "年度目标完成情况\n\n预期目标\n\n目标实际完成情况\n\n20\n\n" + "".join(
        f"{expected}\n\n{actual}\n\n \n\n" for expected, actual in pairs)


def test_regional_goals_numbered_pair_by_pair() -> None:
    """Under "年度目标完成情况 / 预期目标 / 目标实际完成情况" and the row's points, each numbered goal is written in
    the expected column, then in the actual one: each column's goals joined in order (a guess), the points no goal."""
    read = read_page(_REGIONAL_HEAD + _goals(("目标1:开展某某排查。", "目标1:完成某某排查120户。"),
                                             ("目标2:组织某某培训。", "目标2:培训某某人员3期。"),
                                             ("目标3:加强某某宣传。", "目标3:发放某某资料500份。"))
                     + _REGIONAL_TAIL)
    assert read.project is not None
    assert read.project.goal_expected == "目标1:开展某某排查。目标2:组织某某培训。目标3:加强某某宣传。"
    assert read.project.goal_actual == "目标1:完成某某排查120户。目标2:培训某某人员3期。目标3:发放某某资料500份。"


def test_regional_goals_unnumbered_stay_one_pair() -> None:
    """Goals with no numbers cannot be told apart by row: only the first two texts are read, as before."""
    read = read_page(_REGIONAL_HEAD + _goals(("开展某某排查。", "完成某某排查120户。"),
                                             ("组织某某培训。", "培训某某人员3期。")) + _REGIONAL_TAIL)
    assert read.project is not None
    assert read.project.goal_expected == "开展某某排查。"
    assert read.project.goal_actual == "完成某某排查120户。"


def test_regional_fund_row_under_budget_and_executed_pairs() -> None:
    """"预算数:" / "3.60" / "执行数:" / "3.45", the block's points, then "其中:中央补助" over each column's figure: a
    fund row of the block; "地方资金/其他" over its unit alone is an empty row, passed."""
    read = read_page(_REGIONAL_HEAD + "预算执行情况\n\n预算数:\n\n3.60\n\n执行数:\n\n3.45\n\n20\n\n"
                     "其中:中央补助\n\n      3.60  万元\n\n其中:中央补助\n\n    3.45万元\n\n \n\n"
                     "地方资金/其他\n\n万元\n\n地方资金/其他\n\n万元\n\n \n\n" + _REGIONAL_TAIL)
    assert read.budget.adjusted == Decimal("3.60") and read.budget.executed == Decimal("3.45")
    assert [(f.name, f.adjusted, f.executed) for f in read.budget.fund_rows] == [
        ("中央补助", Decimal("3.60"), Decimal("3.45"))]
    assert [i.name for i in read.indicators] == ["某某检查户数"]


def test_the_subject_of_its_own_self_evaluation_is_the_unit() -> None:
    """No title, label or signature names the unit; the opening sentence names the body that evaluated its own money
    ("…要求,某部在对各地报送的…基础上,对某某资金进行了绩效自评"): that body is the unit, as a guess."""
    read = read_page("某某项目绩效自评报告\n"
                     "根据《关于开展2021年度绩效自评工作的通知》要求,某某部在对各地报送的2021年度某某发展资金自评材料"
                     "审核基础上,对2021年度某某发展资金进行了绩效自评,现将情况报告如下。\n"
                     "一、基本情况\n")
    assert read.unit.name == "某某部"
    assert read.provenance["unit.name"].guessed


def test_a_self_evaluation_spoken_of_as_we_names_no_unit() -> None:
    """"我局对某某经费进行了绩效自评": the body speaks as 我局, no name to take."""
    read = read_page("某某经费绩效自评报告\n根据要求,我局对2021年度某某经费进行了绩效自评。\n")
    assert not read.unit.name


def _by_source_fused(run: str) -> str:
    return ("某市财政预算支出项目绩效目标自评表项目名称某某设备购置费项目实施单位某市某某中心项目主管单位某市某局"
            "项目资金来源中央(万元)省、地(万元)本级(万元)其他(万元)合计(万元)执行数(万元)执行率" + run
            + "项目年度目标完成某某设备购置。自评总分:96\n")


def test_a_by_source_money_block_run_together_with_its_figures() -> None:
    """The by-source block run together with its figures, no separator: cut by the figures' common decimals, taken
    when exactly one cut gives two sources or more adding up to the total and a sum spent no larger (a guess); a
    rate the OCR garbled is left unread, a rate that can be read must fit."""
    budget = read_page(_by_source_fused("6.214.520.720.71(X)%")).budget
    assert (budget.adjusted, budget.executed, budget.stated_execution_rate) == (
        Decimal("20.7"), Decimal("20.7"), None)
    budget = read_page(_by_source_fused("6.2014.5020.7019.6094.69%")).budget
    assert (budget.adjusted, budget.executed, budget.stated_execution_rate) == (
        Decimal("20.70"), Decimal("19.60"), Decimal("94.69"))
    # the sources do not add up to the total: nothing is read
    budget = read_page(_by_source_fused("6.214.520.920.7100%")).budget
    assert (budget.adjusted, budget.executed) == (None, None)
