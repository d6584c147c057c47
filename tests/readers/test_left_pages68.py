"""Shapes the real pages of stop 88/89 and the rebuilt ones still left after left67
(docs/reader-corpora/left-pages-68.md), each as an invented snippet: invented units, places and figures, no text of
any page."""

from __future__ import annotations

from decimal import Decimal

from page_reading import read_page as _read

_HOME = "2020年度柏溪区第一敬老院整体支出绩效自评报告\n一、基本情况\n第一敬老院隶属于柏溪区民政局,{staff}\n"


def test_a_later_kind_whose_count_lost_its_unit_is_still_a_part() -> None:
    """"…公益性岗位2人,计划内合同工3,退休职工5…": the list's unit said with the kinds before it is the later kind's
    too, a stop after its count (before, the list ended at the kind and it was lost)."""
    unit = _read(_HOME.format(staff="2020年共有正式职工4人,临时工7人,公益性岗位2人,计划内合同工3,退休职工5院内设"
                                    "3个股室。")).unit
    assert [(p.name, p.count) for p in unit.staff_parts] == [
        ("正式职工", 4), ("临时工", 7), ("公益性岗位", 2), ("计划内合同工", 3)]
    assert unit.staff_total is None


def test_a_first_kind_without_its_unit_opens_no_list() -> None:
    """A guard: with no kind before it holding 人, a bare count is no staff count ("共有正式职工4,…")."""
    unit = _read(_HOME.format(staff="2020年共有正式职工4,临时工7人。")).unit
    assert unit.staff_parts == []


_SHOW = ("2023年度柏溪区“戏曲下乡”绩效评价报告\n一、2023年工作情况\n(二)工作成效\n"
         "1.圆满完成年度120场戏曲下乡任务。其余资金用于开展新编小戏巡演。全年共计完成戏曲下乡演出{done}场次,"
         "完成年度占比{share}%。\n2.群众满意度明显提高。\n")


def test_a_task_and_its_share_done_in_prose_are_one_indicator() -> None:
    """"完成年度120场某某任务。…共计完成某某演出138场次,完成年度占比115%": the count done, its name and its share
    of the task, the task 120 场 the share confirms (138 ÷ 120 = 115 %): one indicator, its target and actual, no
    weight (before, no indicator was read)."""
    read = _read(_SHOW.format(done=138, share=115))
    assert [i.name for i in read.indicators] == ["戏曲下乡演出"]
    found = read.indicators[0]
    assert found.target is not None and (found.target.value, found.target.unit) == (Decimal(120), "场")
    assert found.actual is not None and (found.actual.value, found.actual.unit) == (Decimal(138), "场次")
    assert found.weight is None


def test_a_share_the_counts_do_not_give_reads_no_indicator() -> None:
    """A guard: a share that done ÷ task does not give (138 ÷ 120 is not 98 %) ties the count to no task."""
    assert _read(_SHOW.format(done=138, share=98)).indicators == []


_BUREAU = ("柏溪市防灾减灾局部门整体支出绩效自评报告\n一、部门概况\n(一)部门基本情况\n"
           "柏溪市防灾减灾局设{offices}{count}个内设行政机构;设有执法大队1个内设参公机构。\n")
_OFFICES = "综合科(财务审计科、人事科),指挥调度中心(信息化科)灾害救援科(物资保障科),监测预警科;宣传教育科"


def test_offices_with_second_names_and_mixed_stops_before_their_count() -> None:
    """"设综合科(财务审计科、人事科),指挥调度中心(信息化科)灾害救援科(…),监测预警科;宣传教育科5个内设行政机构":
    each office's other names in its bracket, the list cut at commas, a semicolon and at nothing after a bracket;
    five names outside the brackets, as the count says (before, none was read)."""
    unit = _read(_BUREAU.format(offices=_OFFICES, count=5)).unit
    assert unit.internal_bodies == ["综合科", "指挥调度中心", "灾害救援科", "监测预警科", "宣传教育科"]
    assert unit.internal_bodies_count == 5


def test_offices_not_as_many_as_their_count_are_not_read_so() -> None:
    """A guard: the same list counted 7 (the brackets' names counted too, or offices left out): which names the
    count covers, the list does not say, so none is read."""
    unit = _read(_BUREAU.format(offices=_OFFICES, count=7)).unit
    assert unit.internal_bodies == []


_FUSED_FORM = ("蔬菜良种推广项目绩效目标自评表(2022年度)项目名称蔬菜良种推广项目项目实施单位柏溪区农技站"
               "资金情况(万元)年度资金总额全年预算数(A)120全年执行数(B)118执行率(B/A)98.3%"
               "绩效指标一级指标二级指标三级指标分值年度指标值全年实际值得分未完成原因及改进措施"
               "产出指标(50分)数量指标指标1推广良种面积251200亩1250亩25成本指标指标1良种采购价格不高于市场价25{pair}25"
               "效益指标(30分)社会效益指标指标1农户良种使用率3090%92%30满意度指标(10分)服务对象满意度农户满意度1095%96%10\n")


def test_a_yes_and_its_yes_run_together_are_the_target_and_the_actual() -> None:
    """"…不高于市场价 25 是是 25" in a form run onto one line: a yes-or-no target and its actual, one character each,
    written twice with nothing between (before, the actual was "是是" and no target was read)."""
    read = {i.name: i for i in _read(_FUSED_FORM.format(pair="是是"), "form.txt").indicators}
    found = read["良种采购价格不高于市场价"]
    assert found.target is not None and found.target.text == "是"
    assert found.actual is not None and found.actual.text == "是"
    assert found.weight == 25 and found.stated_score == 25
