"""Shapes of the real pages probes 19–25 left below 90 % (docs/reader-corpora/left-pages-30.md), each rebuilt from an
invented snippet of the same shape (invented units, places, projects and figures)."""

from __future__ import annotations

from decimal import Decimal

from corpus import errors as _errors
from test_left_pages29 import _indicator, _read

# a whole-unit form with a 计量单位 column, run together by a document site
_MEASURED = ("1、某某市某某区园林局2023年度部门整体绩效自评表主管部门某某市某某区园林局部门联系人王某联系电话"
             "自评总分(分)96.5"
             "年初预算数全年(调整)预算数全年执行数执行率执行率权重执行率得分年度总金额100.00120.00108.0090.00109.00"
             "其中财政拨款100.00120.00108.0090.00109.00年初绩效目标全年(调整)绩效目标全年目标实际完成情况"
             "养护城区绿地。养护城区绿地。已完成。绩效指标指标名称计量单位指标性质指标值指标权重(分)全年完成值指标得分(分)说明"
             "绿地养护任务完成率%951010010街头绿地管护面积万亩3510610新增绿地面积万亩3110210天桥绿化养护面积万亩120108010"
             "绿地火灾受害率%0.810010苗木病虫害成灾率%0.3100.210\n")


def test_a_unit_word_after_a_rows_figures_opens_the_next_name_under_a_measure_column() -> None:
    """"…万亩3110210天桥绿化…": under a header with a 计量单位 column each row prints its unit after its name, so
    the 天 after the figures is the next name's first character, not a unit of days (both rows were lost)."""
    read = _read(_MEASURED)
    row = _indicator(read, "新增绿地面积")
    assert (row.weight, row.stated_score) == (10, 10)
    row = _indicator(read, "天桥绿化养护面积")
    assert (row.target.value, row.actual.value, row.weight, row.stated_score) == (120, 80, 10, 10)


def test_a_rate_target_with_one_decimal_and_a_nil_actual_run_together() -> None:
    """"%0.810010" under 指标值 | 权重 | 完成值 | 得分: 0.8 | 10 | 0 | 10 (the cell was taken for a weight of
    0.810010, a six-decimal figure as money is printed); split by the row's columns, a guess."""
    read = _read(_MEASURED)
    row = _indicator(read, "绿地火灾受害率")
    assert (row.target.value, row.target.unit, row.actual.value) == (Decimal("0.8"), "%", 0)
    assert (row.weight, row.stated_score) == (10, 10)
    assert read.provenance[f"indicators[{read.indicators.index(row)}].weight"].guessed
    assert not _errors(read)


_NOTED = ("某县财政预算支出项目绩效目标自评表 填报日期:2022 年 5 月 6 日 自评总分: 90 项目名称 河道保洁费 "
          "项目实施单位 某县河道所 主管部门 某县水利局 项目权重 评价内容 分值 自评分 项目决策 3 分 立项依据 3 3 "
          "复核分 评价标准及依据 有年度计划或上级文件计 3 分,没有不得分。 1、财务管理制度 1 分; 资金管理 4 3 "
          "2、项目管理制度 1 分; 3、有佐证资料 2 分。没有不得分。 组织实施 项目管理 9 分 2 2 "
          "有专人负责 2 分。没有不得分 1、监管记录 2 分; 过程监管 3 3 2、填报监控表 1 分,缺一项扣 0.5 分,扣完为止; "
          "项目年度目标 1:河道保洁三十公里。\n")


def test_a_score_sheets_level_cells_state_their_blocks_weights() -> None:
    """"项目决策 3 分 立项依据 3 3 …" / "组织实施 项目管理 9 分 2 2": a level cell of a sheet with its scoring notes
    between the cells states its block's weight as well as naming the rows' level (the weights were lost)."""
    read = _read(_NOTED)
    assert read.stated_block_weights == {"项目决策": 3, "项目管理": 9}
    assert [(i.name, i.level1) for i in read.indicators] == [
        ("立项依据", "项目决策"), ("资金管理", "项目管理"), ("组织实施", "项目管理"), ("过程监管", "项目管理")]
    assert not _errors(read)


def test_a_level_paragraph_closed_by_the_rate_it_achieved() -> None:
    """"2.质量指标。该项目…完工，…，道路(桥涵)修补合格率为100%。": a level's paragraph whose last
    clause names a rate and its figure: the rate is the indicator and the figure what was achieved (a count in the
    paragraph before it, "养护里程5公里", names no indicator and gives none)."""
    read = _read("某县2021年乡村道路养护工程绩效自评报告\n一、绩效目标完成情况\n"
                 "(一)资金投入情况。该项目下达资金30万元,实际完成投资28.5万元。\n(二)绩效指标完成情况分析。\n"
                 "1.数量指标。该项目养护里程5公里,完成路面修补1200平方米。\n"
                 "2.质量指标。该项目于2021年6月完工,经县交通局组织验收,评为优良,道路(桥涵)修补合格率为100%。\n"
                 "3.时效指标。项目于2021年5月开工,2021年6月完工。\n")
    assert [(i.name, i.level2, i.actual.value, i.weight) for i in read.indicators] == [
        ("道路(桥涵)修补合格率", "质量指标", 100, None)]
    assert not _errors(read)


_ESSAY_SITE = ("某某范文网    > 范文写作\n\n部门整体支出绩效评价报告 部门整体支出绩效自评报告范文\n\n"
               "作者:   时间:2021-08-17 08:41:52   浏览次数:\n\n"
               "以下是小编整理的部门整体支出绩效评价报告,仅供参考。\n\n"
               "部门整体支出绩效自评报告范文\n\n部门整体支出绩效评价报告\n\n某某县青禾镇人民政府部门整体支出\n\n"
               "绩效评价报告\n\n评价单位:某某县青禾镇人民政府\n\n报告时间: 2019 年6月\n\n一、部门基本情况\n")


def test_an_essay_sites_banner_and_headline_are_no_part_of_the_title() -> None:
    """"某某范文网    > 范文写作" (a site's name and column, one ">"), "…自评报告范文" (the site's headline) and a
    title naming nobody over the report's own title opening on its unit: the unit is the report's, never the
    banner (it was read as "某某范文网    > 范文写作")."""
    read = _read(_ESSAY_SITE)
    assert read.unit.name == "某某县青禾镇人民政府"
    assert read.title == "某某县青禾镇人民政府部门整体支出绩效评价报告"


def test_a_generic_title_keeps_its_byline_below() -> None:
    """"部门整体支出绩效评价报告" over "某某县青禾镇人民政府": the unit alone below a title naming nobody still opens
    it."""
    read = _read("部门整体支出绩效评价报告\n某某县青禾镇人民政府\n一、部门基本情况\n")
    assert read.unit.name == "某某县青禾镇人民政府"


def test_a_grant_handed_down_by_name_is_the_funds_budget() -> None:
    """"下达第二批造林补助860万元" in a transfer's 绩效目标分解下达情况: a grant (补助) handed down, as "下达…资金X万元"
    is, gives the fund's budget (it was left unread beside the amount spent)."""
    read = _read("某省林业领域2022年度中央转移支付资金绩效自评报告\n一、中央林业改革发展资金(第二批造林补助)\n"
                 "(一)绩效目标分解下达情况\n"
                 "《财政部关于下达2022年林业改革发展资金预算的通知》(财资环〔2022〕12号)下达第二批造林补助860万元,"
                 "专项用于支持造林。\n(二)绩效目标完成情况分析\n1.资金投入情况分析\n"
                 "(1)项目资金执行情况。实际执行790.5万元,项目执行率为91.9%。\n")
    assert (read.budget.adjusted, read.budget.executed) == (860, Decimal("790.5"))


def test_an_untitled_report_speaking_of_itself_as_a_project_is_a_project_report() -> None:
    """"一、自评结论" / "2021年度该项目的产出指标…已完成…": no title, no form; the first sentence names the report's
    subject 该项目, so the kind is 项目支出 (a guess), not the silent default 整体支出."""
    read = _read("一、自评结论\n(一)自评得分\n"
                 "2021年度该项目的产出指标、效益指标均已完成年初预定目标,绩效自评分为96.5分。\n"
                 "(二)绩效目标完成情况\n1.产出指标完成情况。全年共举办培训班12期,培训学员600余人次。\n")
    assert read.kind == "项目支出"
    assert read.provenance["kind"].guessed
