"""Stop 42's review of the first round's reader changes (docs/reader-corpora/review-42-first.md): each a snippet the
round's code read wrong (invented units and figures)."""

from __future__ import annotations

from decimal import Decimal

from page_reading import read_page


def test_a_wrapped_title_ending_on_a_full_stop_keeps_its_last_line() -> None:
    """"某局关于2024年度" over "部门整体支出绩效自评情况的报告。": the title's wrapped last line, no sentence (probe43's
    stop at a line ending on "。" cut it: the title was "某县某某局关于2024年度"); a body sentence under a whole title
    still ends it."""
    wrapped = read_page("某县某某局关于2024年度\n部门整体支出绩效自评情况的报告。\n一、部门基本情况\n"
                        "2024年部门年初预算500万元，全年执行480万元。\n")
    assert wrapped.title == "某县某某局关于2024年度部门整体支出绩效自评情况的报告。"
    whole = "某县某某局2024年度绩效自评报告"
    assert read_page(whole + "\n本局全年支出500万元。\n").title == whole


def test_a_bodys_year_budget_in_a_project_report_is_no_project_budget() -> None:
    """"某县教育局2024年度预算总额1200万元" in a project's report: the department's whole year (probe43's 年度预算总额
    read it as the project's 全年预算, certain, beside the project's 年初 80); kept aside, at most a guess. The
    project's own "本年度预算总额" is still its budget."""
    project = "某县教育局2024年度某某校舍维修项目支出绩效自评报告\n一、项目概况\n"
    read = read_page(project + "本项目年初预算80万元，全年执行78万元。教育局2024年度预算总额1200万元。\n")
    assert read.budget.adjusted is None or read.provenance["budget.adjusted"].guessed
    own = read_page(project + "本年度预算总额为120万元，截至12月31日共支出118.2万元。\n").budget
    assert (own.adjusted, own.executed) == (120, Decimal("118.2"))


def test_the_kind_of_body_after_its_count_is_no_name() -> None:
    """"所属事业单位1个，为全额拨款事业单位": 为 then the kind of body, no name (probe43's "个，为" read the list
    ["全额拨款事业单位"]); "…1个，为某某所" still names it."""
    head = "某县某某局2024年度部门整体支出绩效自评报告\n一、部门基本情况\n内设机构2个，分别为办公室、财务股；"
    assert read_page(head + "所属事业单位1个，为全额拨款事业单位。\n").unit.subordinate_bodies == []
    assert read_page(head + "所属事业单位1个，为参照公务员法管理单位。\n").unit.subordinate_bodies == []
    assert read_page(head + "所属事业单位1个，为某某所。\n").unit.subordinate_bodies == ["某某所"]


def test_a_score_of_100_beside_the_scoring_rules_name_is_the_score() -> None:
    """"根据评价办法，本项目自评得分100分": the score, said beside the rule's name (probe43's scoring-rule sentence,
    meant for a bare 总分100分, left every 100 in such a sentence unread); "评分标准：总分100分，90分（含）以上为优"
    is still the rule."""
    head = "某县卫健局2024年度某某项目支出绩效自评报告\n五、自评结论\n"
    assert read_page(head + "根据评价办法，本项目自评得分100分，评价等级为优。\n").stated_total == 100
    assert read_page(head + "本项目综合得分100分，90分（含）以上为优，评价等级为优。\n").stated_total == 100
    assert read_page(head + "评分标准：总分100分，90分（含）以上为优。\n").stated_total is None
