"""Shapes the held-out pages of earlier real-page probes left (docs/reader-corpora/held-27.md), each rebuilt from an
invented snippet of the same shape (invented units, names and figures)."""

from __future__ import annotations

from corpus import errors as _errors
from page_reading import read_page as _read

_CUT_BEFORE_TITLE = (
    "(一)职能职责\n某某街道的主要职能是:1、履行辖区党的建设职责。2、履行辖区公共服务职责。\n"
    "(二)机构设置\n"
    "某某街道办事处内设 6 个办公室:党政办公室、经济发展办公室、平安建设办公室、财政办公室、应急管理办公室、"
    "综合行政执法办公室。街道共有工作人员48人。\n"
    "二、部门决算情况说明\n1.总体情况。2023年度收入总计1234.50万元,支出总计1234.50万元。\n")


def test_a_page_cut_before_its_title_names_its_unit_as_the_subject_of_its_setup() -> None:
    """A 决算 excerpt cut before its title names the unit only as the subject of "某某街道办事处内设6个办公室": that
    name is the unit, a marked guess."""
    read = _read(_CUT_BEFORE_TITLE)
    assert read.unit.name == "某某街道办事处"
    assert read.provenance["unit.name"].guessed is True
    assert read.unit.internal_bodies_count == 6


def test_a_setup_sentence_that_names_no_body_gives_no_unit() -> None:
    """"本中心下设…" / "局机关内设…": the unit speaks of itself and gives no name."""
    for subject in ("本中心下设", "局机关内设", "中心下设"):
        read = _read(_CUT_BEFORE_TITLE.replace("某某街道办事处内设 6 个办公室:", subject + "6个办公室:"))
        assert read.unit.name in (None, ""), subject


def test_a_named_unit_is_not_replaced_by_a_setup_sentence() -> None:
    read = _read("单位名称:某某县某某服务中心\n" + _CUT_BEFORE_TITLE)
    assert read.unit.name == "某某县某某服务中心"


_PARTS_AFTER_COMMA = (
    "第一部分单位概况\n一、主要职责\n"
    "机构职能:负责某某技术推广。人员概况:在职人员62人,专业技术人员40人、管理人员2人,工勤人员20人。\n"
    "二、机构设置\n某某县某某技术服务中心下设办公室、财务室、推广组等。\n"
    "第二部分2024年度单位决算情况说明\n")


def test_staff_parts_listed_after_the_total_with_a_bare_comma() -> None:
    """"在职人员62人,专业技术人员40人、管理人员2人,工勤人员20人" (no 其中): parts that sum to the total; and
    "某某县某某技术服务中心下设办公室、…" names the unit of a page with no title."""
    read = _read(_PARTS_AFTER_COMMA)
    assert read.unit.staff_total == 62
    parts = [(p.name, p.count) for p in read.unit.staff_parts]
    assert parts == [("专业技术人员", 40), ("管理人员", 2), ("工勤人员", 20)]
    assert read.unit.name == "某某县某某技术服务中心"


def test_figures_after_a_bare_comma_that_do_not_sum_to_the_total_are_no_parts() -> None:
    read = _read(_PARTS_AFTER_COMMA.replace("专业技术人员40人、管理人员2人,工勤人员20人", "比上年增加3人、减少1人"))
    assert read.unit.staff_total == 62
    assert read.unit.staff_parts == []


_YEAR_LED_FUND = (
    "某某县2023年度中央某某发展资金\n绩效自评报告\n"
    "市财政局某财指【2023】8号文件《关于下达2023年中央某某发展资金预算的通知》,下达某某县2023年中央某某发展资金"
    "1200万元。\n"
    "某某县2023年度中央某某发展资金项目,主体工程基本全部完工。\n")


def test_a_fund_named_with_its_year_after_the_titles_place_keeps_the_year() -> None:
    """"某某县2023年度中央某某发展资金项目,主体工程…": the body opens a sentence on the title's own words, place and
    year and fund (called its 项目), so the year is part of the name the report uses."""
    assert _read(_YEAR_LED_FUND).project.name == "2023年度中央某某发展资金"


def test_a_fund_the_body_names_only_inside_a_sentence_drops_the_titles_year() -> None:
    read = _read(_YEAR_LED_FUND.replace("某某县2023年度中央某某发展资金项目,主体工程", "各项主体工程"))
    assert read.project.name == "中央某某发展资金"


_UNCLOSED_BRACKET = (
    "  • 发布机构\n  • 某市文化和旅游局\n"
    "某市某某馆2022年度项目支出绩效自评报告(2022年中央支持地方某某服务体系建设补助资金\n\n"
    "一、自评结论\n\n(一)自评得分\n\n96分。\n")


def test_a_project_in_a_bracket_the_page_left_open_after_the_title() -> None:
    """"…项目支出绩效自评报告(2022年中央支持地方某某补助资金" with its closing bracket lost: the bracket names the
    project (its year as written), and the unit is the title's."""
    read = _read(_UNCLOSED_BRACKET)
    assert read.project.name == "2022年中央支持地方某某服务体系建设补助资金"
    assert read.unit.name == "某市某某馆"


_RUN_ON_COVER = (
    "2021年项目绩效自评报告表(实施单位用)填报单位:某市某某检测中心填报日期:2022年3月8日基本情况项目名称某某公共服务"
    "及某某监测项目主要内容开展某某监测和某某检验工作。项目单位市某某检测中心主管部门市某某管理委员会单位负责人张某"
    "项目负责人李某项目属性√经常性□一次性资金总额及构成总额300.5万元,其中:中央200万元;市级财政100.5万元。\n")


def test_a_run_on_covers_labels_with_no_colons_end_at_the_forms_next_label() -> None:
    """A viewer's cover run together with no colons ("项目名称X项目主要内容…主管部门Y单位负责人…"): each value ends at
    the form's next label."""
    read = _read(_RUN_ON_COVER)
    assert read.project.name == "某某公共服务及某某监测"
    assert read.unit.supervising_department == "市某某管理委员会"
    assert read.unit.name == "某市某某检测中心"


def test_a_level_line_naming_the_department_s_own_evaluation_is_no_supervisor() -> None:
    """"评价层次: 项目承担单位绩效自评 市直主管部门绩效自评 项目事后评价 …联系人": a choice of levels, no department."""
    read = _read("2017年度项目支出绩效自评表 评价层次: 项目承担单位绩效自评 市直主管部门绩效自评 项目事后评价"
                 " 单位基本信息 联系人\n")
    assert read.unit.supervising_department is None


_SHORT_IMPLEMENTER_CELL = (
    "2021年度区级某某专项经费项目绩效自评表单位名称:某某区某某和某某局填报日期:2022年3月1日"
    "项目名称区级某某专项经费主管部门区某某和某某局项目实施单位区某某和某某局预算执行情况(万元)\n")


def test_an_implementing_unit_cell_written_short_is_kept_as_written() -> None:
    """"项目实施单位区某某局" in a form's cell names the bureau as the form writes it (as its 主管部门 cell does);
    only a sentence "由区某某局组织实施" is given the full name the report signs."""
    read = _read(_SHORT_IMPLEMENTER_CELL)
    assert read.unit.name == "某某区某某和某某局"
    assert read.project.implementing_unit == "区某某和某某局"
    prose = _read("某某区某某和某某局2021年度区级某某专项经费绩效自评报告\n一、项目基本情况\n"
                  "该项目由区某某和某某局组织实施。\n")
    assert prose.project.implementing_unit == "某某区某某和某某局"


_FUND_IN_A_PROJECT = (
    "某某县2020年度中央财政某某防治专项资金转移支付绩效自评报告\n一、绩效目标分解下达情况\n"
    "省某某厅下达《关于下达2020年度中央财政某某防治资金项目计划的通知》,涉及某某县某某防治项目1个,项目总投资1500万元,"
    "其中中央财政某某防治专项资金600万元。\n"
    "某某县某某镇污水处理厂项目,其中中央资金600万元,地方自筹900万元。\n"
    "二、绩效目标完成情况分析\n按照工程进度已拨付中央财政某某防治资金450万元,专项资金执行率为75%。\n")


def test_the_amount_after_the_titles_fund_name_is_its_budget() -> None:
    """"项目总投资1500万元,其中中央财政某某防治专项资金600万元" in the report on that fund: 600 is its budget; the
    project's sources (中央资金600, 地方自筹900) are no parts of the fund (they raised a false ROWS_NOT_SUM)."""
    read = _read(_FUND_IN_A_PROJECT)
    assert read.budget.adjusted == 600
    assert read.budget.executed == 450
    assert read.budget.fund_rows == []
    assert not _errors(read)


_SHARED_FILE = (
    "《某某市某某区某某局2022年度部门整体绩效自评表.docx》由会员分享,可在线阅读,更多相关《某某市某某区某某局2022年度"
    "部门整体绩效自评表.docx(2页珍藏版)》请在某某文库上搜索。\n"
    "1、某某市某某区某某局2022年度部门整体绩效自评表主管部n某某市某某区某某局部门联系人王某联系电话自评总分(分)95.5"
    "年初预算数全年(调整)预算数全年执行数执行率执行率权重执行率得分年度总金额.12.04.5其中财政拨款.12.04.580.1108.01"
    "年初绩效目标全年(调整)绩效目标全年目标实际完成情况维护某某安全稳定,全完成维护某某安全稳定,某某资源得到有效保护,"
    "某某资源得到有效保护\n"
    "2、某某工程,成功创建某某城市;完成某某补偿兑现;落实某某责任体系建设。绩效指标指标名称计量单位指标性质\n")


def test_a_sharing_sites_file_name_is_the_title_of_a_page_with_none() -> None:
    """"《某局2022年度部门整体绩效自评表.docx》由会员分享,…" over a run-together form whose own title is lost in its
    first cell run: the file's name is the title (unit, year, kind)."""
    read = _read(_SHARED_FILE)
    assert read.unit.name == "某某市某某区某某局"
    assert read.year == 2022
    assert read.provenance["year"].guessed is False


def test_a_shared_file_named_only_by_its_form_gives_no_unit() -> None:
    """"《财政支出项目绩效评价自评报告.docx》由会员分享": the form's name, no unit; the cover's 项目单位 stands in."""
    text = ("《财政支出项目绩效评价自评报告.docx》由会员分享,可在线阅读,更多相关《财政支出项目绩效评价自评报告.docx"
            "(10页珍藏版)》请在某某文库上搜索。\n"
            "1、财政支出项目绩效评价自评报告评价类型:项目完成结果评价项目名称某某运行保障经费项目单位某某市某某局"
            "主管部门某某市人民政府评价方式:部门(单位)绩效自评报告日期:2022年8月22日\n")
    assert _read(text).unit.name == "某某市某某局"
