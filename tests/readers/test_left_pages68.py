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
