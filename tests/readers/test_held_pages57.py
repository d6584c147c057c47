"""Shapes the held-out pages of stop 57 showed (docs/reader-corpora/held-57.md), each as an invented snippet:
invented units, places, projects and figures, no text of any page."""

from __future__ import annotations

from decimal import Decimal

from page_reading import read_page as _read

from jixiao.model import Indicator

_GOALS_SET = ("按照某省某某资金绩效管理办法要求,我单位对某某村道路维修项目开展自评,报告如下:\n"
              "一、绩效目标分解下达情况\n"
              "(一)、某某资金下达预算及项目情况\n"
              "下达预算资金88.5万元用于某某村道路维修。\n"
              "(二)、项目绩效目标设定情况\n"
              "总体目标:目标1:某某村维修道路2公里;目标2:某某村新建边沟1公里\n"
              "1、产出指标数量指标:\n"
              "某某村维修道路2公里;某某村新建边沟1公里。\n"
              "质量指标:道路(工程)验收合格率100%\n"
              "成本指标:计划资金88.5万元\n"
              "2、效益指标\n"
              "社会效益指标:受益农户数≥120户;通村道路硬化率≥≥95%;受益脱贫人口数≥30人。\n"
              "3、满意度指标\n"
              "服务对象满意度指标:受益群众满意度≥95%\n"
              "二、绩效自评工作开展情况\n"
              "年度终了,我单位对该项目开展了绩效自评。\n")


def _named(indicators: list[Indicator], name: str) -> Indicator:
    return next(i for i in indicators if i.name == name)


def test_every_item_a_level_line_lists_is_read() -> None:
    """"社会效益指标:名称A≥120户;名称B≥≥95%;名称C≥30人。": one line, three items of its 二级, each closed by ";"
    (before, a line holding more than one item gave none); "≥≥" is the sign doubled by a slip."""
    read = _read(_GOALS_SET)
    names = [i.name for i in read.indicators]
    assert {"受益农户数", "通村道路硬化率", "受益脱贫人口数"} <= set(names)
    rate = _named(read.indicators, "通村道路硬化率")
    assert rate.target is not None and rate.target.comparator == "≥" and rate.target.value == Decimal(95)
    assert rate.level1 == "效益指标" and rate.level2 == "社会效益指标"


def test_a_name_holding_a_bracket_is_read_and_its_bare_figure_under_the_goals_is_the_target() -> None:
    """"质量指标:道路(工程)验收合格率100%" under "(二)、项目绩效目标设定情况": the bracket is part of the name, and
    the bare figure under a heading of the goals is the target, not what was achieved."""
    read = _read(_GOALS_SET)
    rate = _named(read.indicators, "道路(工程)验收合格率")
    assert rate.target is not None and rate.target.value == Decimal(100) and rate.actual is None
    cost = _named(read.indicators, "计划资金")
    assert cost.target is not None and cost.target.value == Decimal("88.5") and cost.actual is None


def test_a_heading_running_its_level1_and_level2_together_opens_the_level1() -> None:
    """"1、产出指标数量指标:" opens the 产出指标 block: "成本指标:…" under it is the 产出's 二级 (成本指标 can be either
    level), and "服务对象满意度指标:…" under "3、满意度指标" is that block's 二级."""
    read = _read(_GOALS_SET)
    cost = _named(read.indicators, "计划资金")
    assert (cost.level1, cost.level2) == ("产出指标", "成本指标")
    satisfied = _named(read.indicators, "受益群众满意度")
    assert (satisfied.level1, satisfied.level2) == ("满意度指标", "服务对象满意度指标")


def test_a_bare_figure_outside_the_goals_is_still_what_was_achieved() -> None:
    """The same line under a heading of the results ("三、绩效目标完成情况"): a bare figure is the actual, as before."""
    read = _read("三、绩效目标完成情况\n"
                 "(1)产出指标\n"
                 "质量指标:道路(工程)验收合格率100%\n")
    rate = _named(read.indicators, "道路(工程)验收合格率")
    assert rate.actual is not None and rate.actual.value == Decimal(100) and rate.target is None


def test_a_titles_fund_drops_the_transfer_word_after_it() -> None:
    """"…2022年度中央财政某某保护发展资金转移支付绩效自评报告": the fund is the project; 转移支付 after 资金 names the
    kind of money it is, no part of the name."""
    read = _read("2022年度中央财政某某保护发展资金转移支付绩效自评报告\n"
                 "一、绩效目标分解下达情况\n"
                 "下达我县2022年中央财政某某保护发展资金320.5万元,用于某某管护补助。\n")
    assert read.project is not None and read.project.name == "中央财政某某保护发展资金"


def test_a_block_weighted_with_fenzhi_and_scored_with_zipin_heads_its_items() -> None:
    """"（一）某某保障情况(分值10分),自评9分。" over "1、名称(分值6分),自评6分。" and "2、名称(分值4分),自评3分。":
    the items' weights add up to the block's, so the block is their 一级, not one more indicator ("分值" inside the
    bracket and a score written "自评N分" with no 得, before read as a fourth shape of nothing)."""
    read = _read("某县2021年度某某资金绩效自评报告\n"
                 "二、自评情况\n"
                 "对照自评得分表进行了自评,自评得分98分,具体得分情况如下:\n"
                 "(一)某某保障情况(分值10分),自评9分。\n"
                 "1、县级预算安排某某资金情况(分值6分),自评6分。\n"
                 "(1)我县2021年县本级预算安排某某资金300万元,2020年县本级某某资金280万元,比去年增加20万元。\n"
                 "2、某某资金匹配项目进度(分值4分),自评3分。\n"
                 "部分项目进度滞后。\n")
    assert [(i.name, i.level1, i.weight, i.stated_score) for i in read.indicators] == [
        ("县级预算安排某某资金情况", "某某保障情况", Decimal(6), Decimal(6)),
        ("某某资金匹配项目进度", "某某保障情况", Decimal(4), Decimal(3)),
    ]
