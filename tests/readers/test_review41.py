"""Stop 41's review of the first round's reader changes: each a snippet the round's code read wrong."""

from __future__ import annotations

from page_reading import read_page as _read

from jixiao.readers.extract.goal_cut_cells import cut_goal_pair
from jixiao.readers.extract.values import is_deadline, parse_target


def test_a_goal_clause_asking_whether_the_goal_is_clear_is_no_goal() -> None:
    """"…,项目绩效目标是否明确、合理二、…" in a report run into one line asks a question (是否): no goal is read
    (before, "否明确、合理" was the goal)."""
    text = ("某县某局2023年度某某项目支出绩效自评报告一、项目概况该项目年初预算50万元,全年执行48万元,"
            "项目绩效目标是否明确、合理二、项目资金使用情况资金按时拨付。\n")
    project = _read(text).project
    assert project is None or project.goal_expected is None


def test_a_research_institute_commissioned_for_other_work_signs_as_the_unit() -> None:
    """"我院受省卫健委委托承担…课题研究": a 研究院 commissioned for its own work, no evaluation; the signature over the
    date names the unit, a guess (before, any 受…委托 made the signer an evaluator and no unit was read)."""
    text = ("2023年度部门整体支出绩效自评报告\n"
            "一、部门基本情况\n"
            "我院为省卫健委所属事业单位,2023年受省卫健委委托承担某某课题研究3项。\n"
            "二、预算执行情况\n"
            "年初预算300万元,全年预算320万元,全年执行310万元。\n"
            "某省某某医学研究院\n"
            "2024年3月5日\n")
    read = _read(text)
    assert read.unit.name == "某省某某医学研究院"
    assert read.provenance["unit.name"].guessed


def test_a_result_cell_opening_on_an_adverb_before_the_words_is_no_cut_goal() -> None:
    """"通过项目实施, | 已按照年初设定目标完成全部建设任务": the second cell is the result, its adverb no part of a goal
    (before, the goal took "已" and the result began at the words)."""
    assert cut_goal_pair("通过项目实施,", "已按照年初设定目标完成全部建设任务") is None
    assert cut_goal_pair("通过项目实施,", "全面按照年初设定目标,完成建设任务") is None
    assert cut_goal_pair("完成某某养护,", "保障到位按照年初设定目标,完成养护") == ("完成某某养护,保障到位",
                                                                                   "按照年初设定目标,完成养护")


def test_a_goal_section_s_sentence_with_a_year_s_goal_and_what_was_done_is_no_indicator() -> None:
    """"(一)总体目标完成情况:年度目标为完成某某道路改造3公里,实际完成3公里。": the report's section on its goal, its
    label no indicator's name (before, an indicator "总体目标完成情况" was read, since 年度目标 keys a target)."""
    text = ("某县某局2023年度某某项目支出绩效自评报告\n"
            "一、绩效目标完成情况\n"
            "(一)总体目标完成情况:年度目标为完成某某道路改造3公里,实际完成3公里。\n"
            "二、自评结论\n"
            "自评得分95分,等级为优。\n")
    assert [ind.name for ind in _read(text).indicators] == []


def test_a_dated_target_naming_two_tasks_stays_a_deadline() -> None:
    """"2023年6月30日前完成验收和结算": one deadline for two tasks, not the figure 2023 (before, splitting on 和 for
    "5月、10月底前" made it ≥2023年, and its actual "2023年6月20日完成" a quantity told only in words); the list
    "5月、10月底前" stays a deadline, durations "3个月、6个月" none."""
    assert parse_target("2023年6月30日前完成验收和结算") == {"text": "2023年6月30日前完成验收和结算"}
    assert parse_target("2024年底前完成建设、验收") == {"text": "2024年底前完成建设、验收"}
    assert is_deadline("5月、10月底前") and not is_deadline("3个月、6个月")
    text = ("某县某局2023年度某某项目支出绩效自评表\n"
            "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
            "| 产出指标 | 时效指标 | 项目完成时间 | 2023年6月30日前完成验收和结算 | 2023年6月20日完成 | 50 | 50 |\n"
            "| 产出指标 | 数量指标 | 改造道路长度 | ≥3公里 | 3公里 | 50 | 50 |\n"
            "| 总分 | | | | | 100 | 100 |\n")
    target = _read(text).indicators[0].target
    assert target is not None and target.value is None


def test_no_money_at_the_start_of_the_year_for_one_purpose_states_no_initial_budget() -> None:
    """"部门年初未安排资金用于信息化建设" tells of one purpose, not the department's 年初预算 (before, a 年初预算 of 0
    was read from it, unmarked); "年初未安排预算," as a clause of its own still is one."""
    text = ("某县某局2023年度部门整体支出绩效自评报告\n"
            "一、部门基本情况\n"
            "2023年全年预算300万元,全年执行290万元,执行率96.67%。\n"
            "二、存在问题\n"
            "部门年初未安排资金用于信息化建设,系统升级滞后。\n")
    assert _read(text).budget.initial is None
    own = "某县某局2023年度某某项目支出绩效自评报告\n该项目年初未安排预算,年中追加40万元。\n"
    assert _read(own).budget.initial == 0
