"""Shapes of the thirty-first set (docs/reader-corpora/thirtyfirst.md), each rebuilt from an invented snippet of the
same shape (invented units, names and figures)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from page_reading import by_name, read_page, read_saved


def test_a_records_of_labelled_fields_one_a_line(tmp_path: Path) -> None:
    """"指标名称：名称（一级／二级）  年度目标：…  实际完成：…  分值：15  得分：15", one record a line, under a heading
    "三、绩效指标完成情况" with "预算执行率：年度目标100%，…，分值10分，得分9.8分。" first: each record is an indicator
    with its levels out of the bracket, the execution line is 预算执行率 (before, no record was read and the heading
    was taken for an indicator named 绩效指标完成情况)."""
    text = ("某街道办事处2024年度部门整体支出绩效自评报告\n一、预算执行情况\n"
            "全年预算200.00万元，全年执行196.00万元，预算执行率98.00%。\n二、绩效指标完成情况\n"
            "预算执行率：年度目标100%，实际完成98.00%，分值10分，得分9.8分。\n"
            "指标名称：社区食堂覆盖率（产出指标／数量指标）  年度目标：≥80%  实际完成：85%  分值：40  得分：40\n"
            "指标名称：助餐服务人次（产出指标／数量指标）  年度目标：≥6000人次  实际完成：5400人次  分值：30  "
            "得分：27\n"
            "指标名称：老年居民满意度（满意度指标／服务对象满意度指标）  年度目标：≥90%  实际完成：93%  分值：20  "
            "得分：20\n三、自评结论\n自评得分96.8分。\n")
    for page in (read_page(text), read_saved(tmp_path, text)):
        got = by_name(page)
        assert set(got) == {"预算执行率", "社区食堂覆盖率", "助餐服务人次", "老年居民满意度"}
        served = got["助餐服务人次"]
        assert (served.level1, served.level2, served.weight, served.stated_score) == (
            "产出指标", "数量指标", Decimal("30"), Decimal("27"))
        assert (served.target.value, served.actual.value) == (Decimal("6000"), Decimal("5400"))
        assert got["老年居民满意度"].level2 == "服务对象满意度指标"
        execution = got["预算执行率"]
        assert (execution.weight, execution.stated_score, execution.target.value) == (
            Decimal("10"), Decimal("9.8"), Decimal("100"))


def test_b_actual_first_with_the_target_in_brackets_and_two_levels_joined() -> None:
    """"名称实际达到X（年度目标Y），分值W分，得S分；…" in a paragraph "（一）产出。" and another "（二）效益和满意度。":
    实际 is no part of the name, "实际达到100%" is the actual, and the joined paragraph's items are read without a level
    (before, 实际 was glued onto each name and the joined paragraph gave no indicator)."""
    page = read_page("某县职业学校资助项目2024年度绩效自评报告\n一、项目资金使用情况\n全年预算80.00万元，全年实际支出"
                     "80.00万元，预算执行率100%，预算执行指标分值10分，得10分。\n二、绩效目标完成情况\n"
                     "（一）产出。助学金资助人次实际达到420人次（年度目标400人次），分值30分，得30分；"
                     "资助资金发放及时率实际达到100%（年度目标100%），分值20分，得20分。\n"
                     "（二）效益和满意度。受助学生巩固率实际达到97%（年度目标95%），分值20分，得20分；"
                     "受助学生满意度实际达到88%（年度目标90%），分值20分，得18分。\n")
    got = by_name(page)
    assert set(got) == {"预算执行率", "助学金资助人次", "资助资金发放及时率", "受助学生巩固率", "受助学生满意度"}
    assert (got["资助资金发放及时率"].actual.value, got["资助资金发放及时率"].actual.unit) == (Decimal("100"), "%")
    pleased = got["受助学生满意度"]
    assert (pleased.level1, pleased.weight, pleased.stated_score) == (None, Decimal("20"), Decimal("18"))
    assert (pleased.target.value, pleased.actual.value) == (Decimal("90"), Decimal("88"))


def test_c_a_target_after_plan_completed_and_each_funds_spending() -> None:
    """"名称：计划完成X，实际完成Y，完成年度目标的Z%（分值…）": X is the target and Y the actual (before, no target was
    read and one actual was the completion share); "中央资金…全年支出A万元；县级配套资金…全年支出B万元。项目全年预算
    合计T万元，全年执行E万元": E is the project's executed amount, not the first fund's A."""
    page = read_page("某区农田建设项目绩效自评报告\n一、项目基本情况\n项目实施单位：某区农田建设服务中心\n"
                     "本项目资金分两部分：中央资金年初下达600.00万元，全年支出590.00万元；县级配套资金年初安排100.00万元，"
                     "全年支出95.00万元。项目全年预算合计700.00万元，全年执行685.00万元，预算执行率97.86%。\n"
                     "二、绩效目标完成情况\n"
                     "（1）新建机耕路长度：计划完成12公里，实际完成12.5公里，完成年度目标的104.17%（分值50分，得50分）。\n"
                     "（2）农户满意度：计划完成90%，实际完成92%，完成年度目标的102.22%（分值50分，得50分）。\n")
    assert (page.budget.adjusted, page.budget.executed) == (Decimal("700.00"), Decimal("685.00"))
    road = by_name(page)["新建机耕路长度"]
    assert (road.target.value, road.target.unit, road.actual.value, road.actual.unit) == (
        Decimal("12"), "公里", Decimal("12.5"), "公里")


def test_d_enumerated_items_under_level_one_paragraphs() -> None:
    """"（一）产出指标。一是名称，目标…，实际…，分值…，得…分；二是…" then "（三）满意度指标。一是…": 一是 / 二是 are no
    part of the names, and 满意度指标 after paragraphs led by 一级 names is the next 一级, not a 二级 (before, the
    names kept 一是 and the last block's level was read as a 二级)."""
    page = read_page("某乡村级组织运转经费项目2024年度绩效自评报告\n一、项目概况\n"
                     "全年预算60.00万元，全年支出60.00万元，预算执行率100%。\n二、绩效指标完成情况\n"
                     "（一）产出指标。一是补助村数量，目标6个，实际6个，分值40分，得40分；二是补助发放准确率，目标100%，"
                     "实际100%，分值20分，得20分。\n"
                     "（二）效益指标。一是村级组织正常运转率，目标100%，实际100%，分值20分，得20分。\n"
                     "（三）满意度指标。一是村干部满意度，目标95%，实际97%，分值20分，得20分。\n")
    got = by_name(page)
    assert set(got) >= {"补助村数量", "补助发放准确率", "村级组织正常运转率", "村干部满意度"}
    assert (got["村干部满意度"].level1, got["村干部满意度"].level2) == ("满意度指标", None)
    assert got["补助发放准确率"].level1 == "产出指标"


def test_e_sources_each_spent_then_their_sum_and_a_budget_not_adjusted() -> None:
    """"项目年初预算X万元，年内未调整。" then "中央补助资金A万元、省级补助资金B万元，合计X万元。…中央补助资金支出C万元、
    省级补助资金支出D万元，合计支出E万元": X is the year's budget as well and E the amount spent (before, neither)."""
    page = read_page("某县医院胸痛中心建设项目2024年度绩效自评报告\n一、项目基本情况\n"
                     "项目实施单位为某县人民医院。项目年初预算150.00万元，年内未调整。\n二、项目资金来源及执行情况\n"
                     "项目资金来源为中央补助资金100.00万元、省级补助资金50.00万元，合计150.00万元。截至年末，"
                     "中央补助资金支出98.00万元、省级补助资金支出49.00万元，合计支出147.00万元，预算执行率98.00%。\n")
    assert (page.budget.initial, page.budget.adjusted, page.budget.executed) == (
        Decimal("150.00"), Decimal("150.00"), Decimal("147.00"))


def test_f_a_title_naming_what_the_project_builds_over_two_other_bodies() -> None:
    """"县域急救分中心能力提升项目2024年度绩效自评报告" over "主管部门为某县卫生健康局，实施单位为某县人民医院": the
    whole head is the project's name, "县域急救分中心" is no unit (before, the project was cut to 能力提升项目)."""
    page = read_page("县域急救分中心能力提升项目2024年度绩效自评报告\n一、项目基本情况\n"
                     "本项目主管部门为某县卫生健康局，实施单位为某县人民医院。项目年初预算120.00万元，全年预算120.00万元，全年支出118.00万元。\n")
    assert page.project is not None
    assert page.project.name == "县域急救分中心能力提升项目"


def test_g_the_years_spending_total_after_its_income_in_one_paragraph() -> None:
    """"2024年度收入合计A万元，其中…；支出合计B万元，其中基本支出…、项目支出…，预算执行率R%": B is the year's executed
    amount (before, only the expenditure total was read)."""
    page = read_page("某县档案馆2024年度部门整体支出绩效自评报告\n一、基本情况\n2024年年初预算300.00万元，"
                     "调整后预算320.00万元。2024年度收入合计318.00万元，其中财政拨款收入310.00万元、其他收入8.00万元；"
                     "支出合计312.00万元，其中基本支出220.00万元、项目支出92.00万元，预算执行率97.50%。\n")
    assert (page.budget.adjusted, page.budget.executed) == (Decimal("320.00"), Decimal("312.00"))
    assert page.budget.expenditure_total == Decimal("312.00")
