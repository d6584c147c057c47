"""The real pages left at stop 40 and the conventions they settle (docs/reader-corpora/left-pages-49.md), each as an
invented snippet: invented units, places and figures, no text of any page."""

from __future__ import annotations

from decimal import Decimal

from page_reading import read_page as _read

# a project report copied as one paragraph with a PDF's spacing ("2023 年", "评价 报告"), its two top headings only
# (the copy stops in the second section): a named "一、" and a "二、" whose words name no report section
_ONE_PARAGRAPH = (
    "关于 2023 年度河道巡护项目资金绩效评价 报告 一、项目基本情况 (一)河道巡护项目概况: 2023 年,我县共有 "
    "巡护河段 42 条,总长 318 公里,其中:主河道 12 条、支流 30 条,沿岸村庄 56 个。 (二)绩效目标 依据《某县 "
    "2023 年河道管护方案》的要求,对全县巡护人员进行培训;巡查所有河段,对重点河段落实专人管护;做好河道 "
    "保洁,减少河道污染。 二、项目执行情况 (一)2023 年 12 月 31 日项目目标完成情况 1.截止到 2023 年 12 月 "
    "31 日,全县配备巡护员 64 名,组织巡查 820 人次。 2.开展河道保洁行动 15 次,清理垃圾 230 余吨。"
)


def test_a_one_paragraph_report_whose_outline_names_its_first_section_only() -> None:
    """A run-on report was cut into its sections only when two of its "一、" headings named a report's section;
    "二、项目执行情况" names none, so the goal under "(二)绩效目标" was never read. A named "一、" followed by
    "二、" is an outline too: the goal is read, and the project from the title."""
    read = _read(_ONE_PARAGRAPH)
    assert read.project is not None
    assert read.project.name == "河道巡护项目资金"
    goal = (read.project.goal_expected or "").replace(" ", "")  # (the copy's spaces kept inside the words)
    assert goal.startswith("依据《某县2023年河道管护方案》的要求")
    assert goal.endswith("减少河道污染。")


# a county's transfer form, each row on a line with single spaces between its cells (a portal's copy)
_SPACED_FORM = "\n".join([
    "某县农村饮水补助资金转移支付绩效目标自评表",
    "(2023年度)",
    "转移支付(项目)名称 农村饮水补助资金",
    "市级主管部门 某市水利局",
    "项目资金(万元) 年初预算数 全年预算数(A) 全年执行数(B) 分值 预算执行率(B/A) 得分",
    "年度资金总额: 46.5 46.5 46.5 10 100% 10",
    "年度总体目标 年初设定目标 全年实际完成情况",
    "维修改造供水管网12公里,保障沿线村民饮水安全,提升农村供水保障水平。 按计划完成管网维修改造,供水保障水平得到提升。",
    "绩效指标 一级指标 二级指标 三级指标 年度指标值 全年实际完成值 分值 得分",
    "产出指标 数量指标 维修改造供水管网 12公里 12公里 40 40",
    "满意度指标 服务对象满意度指标 受益群众满意度 90% 96% 50 50",
]) + "\n"


def test_a_spaced_goal_header_whose_done_column_says_full_year() -> None:
    """"全年实际完成情况" was cut at the form word 实际完成情况, its "全年" taken for the goal and what was done
    lost; it is a goal column's head of its own now: the goal and its result are the row's two texts."""
    read = _read(_SPACED_FORM)
    assert read.project is not None
    assert read.project.goal_expected == "维修改造供水管网12公里,保障沿线村民饮水安全,提升农村供水保障水平。"
    assert read.project.goal_actual == "按计划完成管网维修改造,供水保障水平得到提升。"


def test_a_countys_form_names_its_citys_supervisor() -> None:
    """"市级主管部门" on a county's form was no label; it names the supervisor when the form names no other (a
    guess, as 省级主管部门's)."""
    read = _read(_SPACED_FORM)
    assert read.unit.supervising_department == "某市水利局"


# a scoring sheet written as numbered paragraphs, the page cut inside its last 二级 block (its items hold 4 of its 12)
_CUT_SHEET = "\n".join([
    "一、决策(10分)",
    "(一)项目立项(10分):",
    "(1)立项依据充分性(5分)",
    "项目按程序申报,依据充分。自评得5分。",
    "(2)绩效目标合理性(5分)",
    "绩效目标与年度任务一致。自评得5分。",
    "二、过程(30分)",
    "(一)业务规范(12分)",
    "(1)资金到位率(2分)",
    "资金已全部到位,到位率100%。自评得2分。",
    "(2)资金使用合规性(2分)",
    "资金使用符合规定,未发现",
]) + "\n"


def test_the_last_block_of_a_cut_page_is_still_a_block() -> None:
    """A numbered heading "(一)某某(12分)" names no level word: it was a block over its items only when their
    weights added up to its 12, so on a page cut inside it the items lost their 二级. The text's last block may
    hold less (two items at least)."""
    read = _read(_CUT_SHEET)
    levels = {i.name: (i.level1, i.level2) for i in read.indicators}
    assert levels["资金到位率"] == ("过程", "业务规范")
    assert levels["资金使用合规性"] == ("过程", "业务规范")
    assert levels["立项依据充分性"] == ("决策", "项目立项")


def test_a_portals_information_source_publishes_a_form_of_its_place() -> None:
    """"信息来源:某县水务局" on a portal's metadata line was looked at only by the reading that wants the text to
    speak as the body (我局), which a form never does; it is the publisher, as "来源:" is, when the title opens on
    the body's place and no unit is named (a guess)."""
    read = _read("您当前的位置:首页 > 信息公开 > 财政资金\n\n浏览次数: 发表时间:2024-04-02 09:10 信息来源:某县水务局"
                 "  字体:[  ]\n" + _SPACED_FORM)
    assert read.unit.name == "某县水务局"
    assert read.provenance["unit.name"].guessed


def test_a_notices_year_gives_way_to_its_forms_year_line() -> None:
    """A results notice's title ("某镇2023年预算绩效评价结果公开") over a form's heading and its year line ("2022年度")
    is read as one title: the notice's year was taken; the form's year closing the title is the year evaluated, as
    its bracketed year is."""
    read = _read("\n".join([
        "某镇2023年预算绩效评价结果公开", "", "财政项目支出绩效自评表", "2022年度", "项目名称 道路养护",
        "主管部门 某镇人民政府", "年度总体目标 完成全镇道路日常养护,保障道路通行安全。",
        "绩效指标 一级指标 二级指标 三级指标 年度指标值 全年实际完成值 分值 得分",
        "产出指标 数量指标 养护道路里程 35公里 35公里 50 50",
    ]) + "\n")
    assert read.year == 2022


# a document site's copy in its numbered chunks, the report's title run into its first heading, the fund it
# evaluates in a bracket after the report's name
_CHUNKED = "\n".join([
    "项目支出绩效自评报告.docx",
    "《项目支出绩效自评报告.docx》由会员分享,可在线阅读,更多相关《项目支出绩效自评报告.docx(6页珍藏版)》请在某某文库上搜索。",
    "1、2023年项目支出绩效自评报告(2023年县级乡村少年宫运行补助资金)一、项目概况(一)项目资金申报及批复情况为保障"
    "全县乡村少年宫正常运行,经我局申请,安排资金60万元,主要用于活动器材购置、辅导教师补助等方面。(二)项目绩效目标"
    "2023年县级乡村少年宫运行补助资金,主要用于以下两个方面。1 .器材购置方面。为12所乡村少年宫购置活动器材;2 .辅导"
    "教师补助方面。按每校每年2000元标准发放辅导教师补",
    "2、助,保障少年宫活动正常开展。二、项目实施情况全年开展活动480场次。",
]) + "\n"


def test_a_chunked_title_with_its_fund_in_a_bracket() -> None:
    """The viewer's "1、" before a report's title run into its first heading was read off only when the heading
    followed the report's name: a bracket naming the fund between them ("…自评报告(某某资金)一、…") kept the title
    inside the chunk, so the fund went unread. The bracket is part of the title: the fund is the project, named as
    the bracket writes it."""
    read = _read(_CHUNKED)
    assert read.project is not None
    assert read.project.name == "2023年县级乡村少年宫运行补助资金"


# a whole-unit form run together on a document site, the money row's amounts without their leading digits
_STRIPPED = (
    "《某县某局2023年度部门整体绩效自评表.docx》由会员分享,可在线阅读。\n"
    "1、某县某局2023年度部门整体绩效自评表主管部门某县某局联系电话自评总分(分)96.25年初预算数全年(调整)预算数"
    "全年执行数执行率执行率权重执行率得分年度总金额.45.12.8其中财政拨款.45.12.882.50108.25年初绩效目标全年目标"
    "实际完成情况保障全县道路畅通完成道路养护任务绩效指标指标名称计量单位指标性质指标值指标权重(分)全年完成值"
    "指标得分(分)说明道路养护里程公里1201012010\n"
)


def test_a_money_row_whose_amounts_lost_their_leading_digits() -> None:
    """".45.12.882.50108.25": the amounts stand cut, but the row's end cuts one way only into 执行率 82.50, 分值 10
    and 得分 8.25 (10 × 82.50 % = 8.25): the 预算执行率 indicator and the stated rate, guessed; no amount is read."""
    read = _read(_STRIPPED)
    rate = next(i for i in read.indicators if i.name == "预算执行率")
    assert rate.actual is not None and rate.actual.value == Decimal("82.50")
    assert (rate.weight, rate.stated_score) == (Decimal("10"), Decimal("8.25"))
    assert read.budget.stated_execution_rate == Decimal("82.50")
    assert read.budget.adjusted is None and read.budget.executed is None
    assert read.provenance["budget.stated_execution_rate"].guessed


def test_a_stripped_run_that_cuts_two_ways_gives_nothing() -> None:
    """".45.12.81001010" cuts as 执行率 100, 分值 10, 得分 10 and as 执行率 0 (or 10), 分值 1, 得分 0: no single cut, no
    rate read."""
    read = _read(_STRIPPED.replace(".45.12.882.50108.25", ".45.12.81001010"))
    assert read.budget.stated_execution_rate is None


def test_a_funds_title_and_the_body_that_evaluated_it() -> None:
    """A title opening on a fund's name clipped by the page ("某某补助资2023年度…", 资金 cut to 资) gave a weak unit
    that blocked the sentence saying who evaluated ("某厅在对…审核评价基础上,对…资金进行了绩效自评"), then went to
    the project, leaving no unit. The sentence is looked at again once the title's head has gone to the project (a
    guess)."""
    read = _read("\n".join([
        "职业技能提升补助资2023年度绩效自评报告",
        "",
        "根据有关要求,2024年3—5月,某省教育厅在对各市报送的年度绩效自评材料进行审核评价基础上,对2023年度职业技能"
        "提升补助资金项目进行了绩效自评。现将有关情况报告如下:",
        "一、基本情况",
        "省级财政安排资金5200万元,培训学员12万人次。",
    ]) + "\n")
    assert read.unit.name == "某省教育厅"
    assert read.provenance["unit.name"].guessed
