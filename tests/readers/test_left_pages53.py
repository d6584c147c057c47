"""The real pages left below 100 % at stop 43 (docs/reader-corpora/left-pages-53.md), each cause as an invented
snippet: invented units, places and figures, no text of any page."""

from __future__ import annotations

from decimal import Decimal

from page_reading import read_page as _read

# a transfer's report: the goal told in its outline under 绩效目标分解下达情况, the fund and 项目 before "绩效目标为"
_TRANSFER_GOAL = "\n".join([
    "某县某某局2023年某某补助资金绩效自评报告",
    "一、绩效目标分解下达情况",
    "(一)资金下达情况。2023年下达某某补助资金45万元。",
    "(二)某县某某局2023年某某补助资金项目绩效目标为保障全镇某某设施正常运行。",
    "二、绩效目标完成情况分析",
    "资金全部拨付到位,设施运行正常。",
])


def test_a_goal_told_as_the_funds_project_goal_is_read_without_the_lead_words() -> None:
    """"…某某补助资金项目绩效目标为X。": X is the goal, the fund and its 项目 word before it only name whose it is."""
    assert _read(_TRANSFER_GOAL).project.goal_expected == "保障全镇某某设施正常运行。"


# a project report: the goal paragraph under its own heading opens on the year and "我…绩效目标是"
_GOAL_PARAGRAPH = "\n".join([
    "某县某某协会2021年某某项目绩效自评报告",
    "一、项目概况",
    "(一)项目基本情况",
    "某某项目由县财政安排资金12万元,用于开展某某培训。",
    "(二)项目绩效目标",
    "2021年,我会绩效目标是全年开展某某培训800人次,发展某某志愿者30人。",
    "二、绩效自评工作开展情况",
])


def test_a_goal_paragraph_opening_on_its_lead_words_is_read_after_them() -> None:
    """"2021年,我会绩效目标是X": the year and "我会…是" lead into the goal, they are no part of it."""
    read = _read(_GOAL_PARAGRAPH)
    assert read.kind == "项目支出"
    assert read.project.goal_expected == "全年开展某某培训800人次,发展某某志愿者30人。"


def test_a_goal_paragraph_with_no_lead_words_stays_whole() -> None:
    """A guard: a paragraph that does not open on "…目标是/为" is the goal as written."""
    text = _GOAL_PARAGRAPH.replace("2021年,我会绩效目标是全年", "全年")
    assert _read(text).project.goal_expected == "全年开展某某培训800人次,发展某某志愿者30人。"


def test_a_balance_brought_in_told_as_last_years_surplus_funds_is_the_opening_balance() -> None:
    """"上年度结余的资金C万元": what was left over from last year is brought into this one."""
    read = _read("\n".join([
        "某区2023年某某补贴资金实施情况",
        "2023年度省级拨付我区某某补贴资金30万元,中央拨付8万元.上年度结余的资金2.15万元,共计40.15万元。",
        "全年实际使用补贴资金36.2万元。",
    ]))
    assert read.budget.opening_balance == Decimal("2.15")
