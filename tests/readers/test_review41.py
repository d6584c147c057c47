"""Stop 41's review of the first round's reader changes: each a snippet the round's code read wrong."""

from __future__ import annotations

from page_reading import read_page as _read


def test_a_goal_clause_asking_whether_the_goal_is_clear_is_no_goal() -> None:
    """"…,项目绩效目标是否明确、合理二、…" in a report run into one line asks a question (是否): no goal is read
    (before, "否明确、合理" was the goal)."""
    text = ("某县某局2023年度某某项目支出绩效自评报告一、项目概况该项目年初预算50万元,全年执行48万元,"
            "项目绩效目标是否明确、合理二、项目资金使用情况资金按时拨付。\n")
    project = _read(text).project
    assert project is None or project.goal_expected is None
