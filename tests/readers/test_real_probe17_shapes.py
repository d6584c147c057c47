"""Shapes found by the seventeenth real-page probe (docs/reader-corpora/real-probe-17.md), each rebuilt from an
invented snippet of the same shape (invented units, names and figures)."""

from __future__ import annotations

from decimal import Decimal

from page_reading import read_page as _read

from jixiao.checks import run_checks

_COUNT_AFTER_COMMA = (
    "2023年某县林草局部门整体支出绩效自评报告\n一、基本情况\n"
    "某县林草局内设办公室、财务股、造林股3个股室。\n"
    "本局下设某县林木种苗站、某县森林防火中心、某县湿地保护站,3个二级机构。\n")


def test_a_count_of_bodies_after_the_comma_that_closes_their_list() -> None:
    """"下设甲、乙、丙,3个二级机构": the count follows the list across a comma, before its noun; the three
    bodies and their count are read. A count of other things after a list ("…,5个村") is not their count."""
    read = _read(_COUNT_AFTER_COMMA)
    assert read.unit.subordinate_bodies == ["某县林木种苗站", "某县森林防火中心", "某县湿地保护站"]
    assert read.unit.subordinate_bodies_count == 3
    assert read.unit.internal_bodies_count == 3
    villages = _read(_COUNT_AFTER_COMMA.replace("3个二级机构", "覆盖5个村"))
    assert villages.unit.subordinate_bodies_count != 5


def test_a_form_label_counting_the_bodies_under_the_unit() -> None:
    """"下属二级预算单位数量:7" (a cover sheet) and "下属单位个数0" (a form's cells run together) state a count,
    never a list of bodies named "7"."""
    cover = _read("2022年度市级部门整体绩效自评报告\n部门名称:(公章)某市体育局\n下属二级预算单位数量:7\n"
                  "填报日期:2023年5月8日\n一、部门基本情况\n")
    assert cover.unit.subordinate_bodies_count == 7
    assert cover.unit.subordinate_bodies == []
    glued = _read("某镇卫生院整体支出绩效自评表(2022年度)评价部门名称某县某镇卫生院下属单位个数0整体支出规模\n")
    assert glued.unit.subordinate_bodies_count == 0


_BUDGETED_TOTAL = (
    "2021年度某市水务局部门整体支出绩效自评报告\n一、部门基本情况\n某市水务局现有在职职工40人。\n"
    "二、一般公共预算支出情况\n"
    "2021年初财政对我局预算批复的总支出为5230.40万元,预算批复基本支出为980.20万元,其中工资福利性支出600.10万元、"
    "商品和服务支出300.00万元、对个人和家庭的补助80.10万元。\n"
    "2021年局机关总支出决算数为2110.75万元,其中基本支出决算数为1020.35万元,包含工资福利支出640.20万元;"
    "商品和服务支出310.05万元;对家庭和个人的补助70.10万元。\n")


def test_a_budgeted_total_is_the_initial_budget_and_a_parts_own_parts_stay_its_own() -> None:
    """"年初…预算批复的总支出为X" is what was budgeted (the initial budget), never the year's spending; the spending
    is "总支出决算数为Y, 其中基本支出决算数为Z, 包含工资福利支出…;商品和服务支出…": the economic classes after
    基本支出 are that part's own, not the total's items."""
    read = _read(_BUDGETED_TOTAL)
    assert read.budget.initial == Decimal("5230.40")
    assert read.budget.expenditure_total == Decimal("2110.75")
    assert [(i.name, i.amount) for i in read.budget.expenditure_items] == [("基本支出", Decimal("1020.35"))]
    by_class = _read("2021年度某局部门整体支出绩效自评报告\n2021年支出总计300万元,其中工资福利支出200万元,"
                     "商品和服务支出100万元。\n")
    assert [i.name for i in by_class.budget.expenditure_items] == ["工资福利支出", "商品和服务支出"]
    beside_projects = _read("2021年度某局部门整体支出绩效自评报告\n2021年支出总计300万元,其中人员经费支出150万元,"
                            "公用经费支出50万元,项目支出100万元。\n")  # standing for 基本支出: the total's own
    assert [i.name for i in beside_projects.budget.expenditure_items] == ["人员经费支出", "公用经费支出", "项目支出"]


_RUN_TOGETHER_FORM = (
    "资源描述\n"
    "1、部门整体支出绩效自评表(2022年度)县级预算单位名称某县妇幼保健院年度预算申请(万元)年初预算数全年预算数"
    "全年执行数分值执行率得分年度资金总额812.40812.40790.151097.26%9.7按收入性质分:812.40按支出性质分:812.40"
    "其中:一般公共预算:700.00其中:基本支出:650.30政府性基金拨款:项目支出:162.10纳入专户管理的非税收入拨款:"
    "其他资金:112.40年度总体目标预期目标实际完成情况\n")


def test_a_whole_unit_form_run_together_with_its_labels_and_natures() -> None:
    """A document site's preview runs the whole-unit form's cells together: the unit's name stops at the next
    label (年度预算申请), and the budget by nature keeps its items once the colons between cells are gone."""
    read = _read(_RUN_TOGETHER_FORM)
    assert read.unit.name == "某县妇幼保健院"
    assert read.budget.income_total == Decimal("812.40")
    assert [(i.name, i.amount) for i in read.budget.income_items] == [
        ("一般公共预算", Decimal("700.00")), ("其他资金", Decimal("112.40"))]
    assert [(i.name, i.amount) for i in read.budget.expenditure_items] == [
        ("基本支出", Decimal("650.30")), ("项目支出", Decimal("162.10"))]


_CUT_BEFORE_TITLE = (
    "按照某市财政局《关于报送2022年预算绩效目标和2021年度绩效自评材料的通知》要求,"
    "我院开展了2021年度部门整体支出绩效自评,情况如下:\n一、基本情况\n(一)单位概况\n"
    "某市卫生职业学院是2001年经省人民政府批准设立的公办高职院校。\n"
    "全院编制300名,在岗职工280人。\n(二)自评结果\n"
    "经对照评分标准,我院2021年度部门整体支出绩效自评得分91分,等级为优。\n")


def test_a_page_cut_before_its_title_names_its_year_and_its_unit_in_the_prose() -> None:
    """The year a cited notice's title names (《关于报送2022年预算…的通知》) is the notice's: the year evaluated is
    the one the text states outside it; the unit is the body a line introduces ("某学院是…") when the text calls
    itself by that body's word (我院), and its score and grade of that year are read."""
    read = _read(_CUT_BEFORE_TITLE)
    assert read.year == 2021
    assert read.unit.name == "某市卫生职业学院"
    assert read.stated_total == Decimal("91")
    assert read.stated_grade == "优"
    other_voice = _read(_CUT_BEFORE_TITLE.replace("我院", "我局"))  # the text speaks as another body's
    assert other_voice.unit.name != "某市卫生职业学院"


def test_a_bare_name_over_the_prose_and_a_file_name_over_the_full_title() -> None:
    """A page whose only heading is the unit's name ("某省人民检察院" over "…我院开展了…自评") names the unit; a page
    listing the file by a short word ("水系调度2023年…报告.docx") over the document's own title names it in full."""
    bare = _read("目 录\n某省人民检察院\n按照某省财政厅的统一部署,我院组织开展了2022年度部门整体支出绩效自评,"
                 "由计划财务部门牵头,各内设部门和直属单位逐项自查,对照评价指标打分,形成了自评材料,结果报告如下:\n")
    assert bare.unit.name == "某省人民检察院"
    assert bare.year == 2022
    listed = _read("水系调度2023年整体绩效自评总结报告.docx\n"
                   "某市水系调度管理中心 2023 年整体和项目支出绩效自评总结报告 一 绩效管理工作开展情况。 我单位按照"
                   "《关于全面实施预算绩效管理的实施意见》文件要求,对本单位整体支出和项目支出开展全过程预算绩效管理:"
                   " 1.加强管理制度建设。 2.做好项目绩效监控。\n")
    assert listed.unit.name == "某市水系调度管理中心"


def test_a_phone_number_a_site_masked_is_no_template_text() -> None:
    """"联络电话 139****1234": a publishing site hides the middle digits of a phone number; that is no template left
    unfilled (a run of stars standing alone, "目标值***", still is)."""
    form = ("某县2022年度部门(单位)整体支出绩效评价自评报告\n部门(单位)名称 某县某局\n"
            "一、部门(单位)基本概况\n联系人\n张某\n联络电话\n139****1234\n人员编制\n20\n实有人数\n18\n")
    assert "TEMPLATE_LEFT" not in {f.code for f in run_checks(_read(form))}
    left = _read(form.replace("实有人数\n18", "实有人数\n***"))
    assert "TEMPLATE_LEFT" in {f.code for f in run_checks(left)}
