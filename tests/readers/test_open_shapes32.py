"""Shapes found on real pages of the held sets held30–held32 that still read below 90 % (docs/reader-corpora/
open-shapes-32.md), each rebuilt from an invented snippet of the same shape (invented units, places, projects and
figures)."""

from __future__ import annotations

from decimal import Decimal

from test_open_shapes31 import _by_name, _read

from jixiao.readers.extract import extract
from jixiao.readers.source_text import text_to_document

# a county fund's 绩效目标自评表 as a document-sharing site gives it: every cell run together, a viewer's
# spaces inside words, no 分值 / 得分 columns, the page chunks numbered "2、" "3、", the tall 绩效指标 cell's text
# in the middle
_PLAIN_FUSED = (
    "1、2021年度县级专项资金绩效目标自评表专项资金名称县级林木种苗补助负责人及电话章立平县级主管部门"
    "某县林业局实施单位某县林木种苗站项目资金(万元)全年预算数(A)全年执行数(B)执行率(B/A)"
    "年度资金总额48.648.6100%其他资金年度 总体 目标年初设定目标全年实际完成情况育苗到位育苗到位"
    "绩 效 指 标一级 指标二级 指标三级指标年度指标 值全年 完成值未完成原因和 改进措施产 出 指 标数量 指标"
    "3000株油茶、800株杉木苗 木培育率100%100%苗圃面积20亩20亩质量 指标苗木合格率95%97%\n"
    "2、苗木病害比例00时效 指标补助发放及时率100%无未到发放期绩效 指标效 益 指 标生态 效益 指标"
    "林地保持水平高高满意 度指 标服务 对象 满意 度指 标林农满意度90%96%说明无注:1、其他资金包括与县级资金共同"
    "投入同一项目的自筹资金\n"
)


def test_a_run_together_form_without_weight_and_score_columns_ends_its_rows_by_target_and_actual() -> None:
    """No 分值 / 得分 to end a row: each row ends at its target and actual side by side ("100%100%", "20亩20亩",
    "00", "100%无", "高高"), in the header's column order; a figure inside the name ("3000株") is no value; the tall
    first cell's "绩效指标" is no note; the template's 说明 / 注 rows close the form; every cell guessed."""
    read = _read(_PLAIN_FUSED)
    found = _by_name(read)
    assert list(found) == ["3000株油茶、800株杉木苗木培育率", "苗圃面积", "苗木合格率", "苗木病害比例",
                           "补助发放及时率", "林地保持水平", "林农满意度"]
    assert (found["苗圃面积"].level1, found["苗圃面积"].level2) == ("产出指标", "数量指标")
    assert (found["苗圃面积"].target.value, found["苗圃面积"].target.unit) == (Decimal(20), "亩")
    assert (found["苗木合格率"].target.value, found["苗木合格率"].actual.value) == (Decimal(95), Decimal(97))
    assert (found["苗木病害比例"].target.value, found["苗木病害比例"].actual.value) == (Decimal(0), Decimal(0))
    assert found["补助发放及时率"].deviation_note == "未到发放期"
    assert (found["林地保持水平"].level1, found["林地保持水平"].level2) == ("效益指标", "生态效益指标")
    assert (found["林地保持水平"].target.text, found["林地保持水平"].actual.text) == ("高", "高")
    assert found["林农满意度"].level2 == "服务对象满意度指标" and not found["林农满意度"].deviation_note
    assert all(i.weight is None for i in read.indicators)
    assert read.provenance["indicators[0].name"].guessed
    assert read.project.name == "县级林木种苗补助"


_SPACED_ROW = (
    "某县农技中心2021年度部门整体支出绩效自评表\n"
    "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施 产出指标 数量指标 "
    "培训农户数 ≥800人 812人 50 50 效益指标 社会效益指标 技术到位率 ≥95% 96% 50 48 总分 100 98\n"
)


def test_a_form_a_space_between_cells_is_no_run_together_form() -> None:
    """"二级指标 三级指标 …" a space apart: cells, not a viewer's run-together text with spaces inside its words."""
    found = _by_name(_read(_SPACED_ROW))
    assert (found["技术到位率"].weight, found["技术到位率"].stated_score) == (Decimal(50), Decimal(48))


_STRIPPED = (
    "1/1年林木种苗补助项目绩效目标自评表填报日期:总分:分项目名称某县年林木种苗补助项目主管部门某县林业局"
    "预算执行情况(万元)(分)预算数()执行数()执行率()得分(分*执行率)年度财政资金总额分一级指标二级指标三级指标"
    "年初目标值()实际完成值()得分产出指标数量苗木培育数苗圃面积效益指标社会效益指标林农增收\n"
)


def test_a_form_whose_figures_a_viewer_stripped_warns_and_invents_none() -> None:
    """Labels of figure columns (预算数, 执行数, 得分) with hardly a digit in the whole text: the figures were
    stripped; none is read in their place, and a warning says so."""
    document = text_to_document(_STRIPPED, "page.txt")
    assert any("几乎没有数字" in warning for warning in document.warnings)
    read = extract(document)[0]
    assert read.budget.adjusted is None and read.budget.executed is None
    assert not any(i.weight or i.stated_score for i in read.indicators)
    assert not any("几乎没有数字" in w for w in text_to_document(_SPACED_ROW, "page.txt").warnings)


_GOAL_LIST = (
    "关于2020年度某村机耕道工程绩效评价报告\n\n"
    "一、项目基本情况\n\n"
    "(一)项目概况:为改善某村生产条件,实施机耕道工程,项目总投资12万元。\n\n"
    "(二)绩效目标:道路硬化≥1.2km;项目(工程)验收合格率≥100% ;受益农户满意度≥95%;受益农户数≥40户改善村基础设施,"
    "促进经济发展。\n\n"
    "二、绩效评价情况\n\n"
    "该项目能够按照年初设定的目标实施,各指标均能完成。\n"
)


def test_a_goal_sentence_listing_names_and_targets_gives_one_indicator_each() -> None:
    """"绩效目标:道路硬化≥1.2km;…≥40户改善…": items a ";" apart, each a name, a comparison and a figure (the last
    one's text run on after its unit is no part of it); only the targets are stated."""
    found = _by_name(_read(_GOAL_LIST))
    assert list(found) == ["道路硬化", "项目(工程)验收合格率", "受益农户满意度", "受益农户数"]
    assert (found["道路硬化"].target.value, found["道路硬化"].target.unit) == (Decimal("1.2"), "km")
    assert (found["受益农户数"].target.comparator.value, found["受益农户数"].target.value) == ("≥", Decimal(40))
    assert all(i.weight is None and i.actual is None for i in found.values())


_REPEATED_TITLE = (
    "某某文库(example.com)海量文档免费阅读!\n\n"
    "某市水务局2021部门整体绩效自评报告.pdf\n\n"
    "用户甲12 页 210.5 KB下载文档\n"
    "某市水务局2021部门整体绩效自评报告.pdf某市水务局2021部门整体绩效自评报告.pdf某市水务局2021部门整体绩效自评\n"
    "当前文档共12页 下载后继续阅读\n\n"
    "某市水务局2021部门整体绩效自评报告.pdf\n\n"
    "部门整体绩效自评报告 部门名称:(公章) 下属二级预算单位数量:3 个 填报人:王某 一、部门基本情况 (一)部门职能。"
    "负责全市水资源的统一管理和保护工作,组织编制水资源规划。\n"
)


def test_a_title_a_document_site_prints_again_and_again_is_no_wrap_width() -> None:
    """The file's title on three lines of the same length: no hard wrap at that width, so the lines stay apart and
    the title names the unit."""
    assert _read(_REPEATED_TITLE).unit.name == "某市水务局"


_FINAL_ACCOUNT_INCOME = (
    "某县水利局2021年度部门整体支出绩效自评报告\n\n"
    "二、部门预算收支情况\n\n"
    "2021年部门年初预算收入(含所属二级预算单位)5204.65万元,年内调整预算-1251.44万元,决算收入3953.21万元,其中:"
    "一般公共预算3042.99万元、政府性基金预算810万元、国有资本经营预算0万元、事业收入100.22万元。"
    "上年结转734.14万元,全年可执行预算合计4687.35万元。\n"
)


def test_a_unit_budgets_income_at_the_start_of_the_year_and_states_its_final_account_income() -> None:
    """"年初预算收入(含…)X万元" is the initial budget; "决算收入Y万元,其中:…" the income total and its parts."""
    budget = _read(_FINAL_ACCOUNT_INCOME).budget
    assert (budget.initial, budget.income_total) == (Decimal("5204.65"), Decimal("3953.21"))
    assert [(i.name, i.amount) for i in budget.income_items] == [
        ("一般公共预算", Decimal("3042.99")), ("政府性基金预算", Decimal(810)), ("国有资本经营预算", Decimal(0)),
        ("事业收入", Decimal("100.22"))]


_CITED_NOTICE = (
    "为提升预算绩效管理水平,根据《某市财政局关于2021年市级部门整体支出和项目支出绩效自评有关事项的通知》,"
    "对我局2021年度部门整体支出进行绩效评价。现将自评情况报告如下:\n"
    "某市林业局是全市主管林业工作的行政机关。\n"
)


def test_a_cited_notice_naming_both_kinds_is_no_sign_of_the_reports_kind() -> None:
    """The words of a document cited by its title (《…整体支出和项目支出绩效自评…》) say nothing of this report's
    kind; "对我局…部门整体支出进行绩效评价" does."""
    assert _read(_CITED_NOTICE).kind.value == "整体支出"


_SPACED_METADATA = (
    "网站支持IPV6 | 无障碍阅读 | 适老化模式\n\n"
    "某县省级彩票公益金转移支付2023年度绩效自评报告\n\n"
    "索引号 000000000/2024-00001 发文字号\n"
    "关键词 发布机构 某县民政局\n"
    "公开形式 主动公开 责任部门 某县民政局\n\n"
    "一、绩效目标分解下达情况\n\n"
    "2023年下达省级福彩公益金80万元,其中养老机构运营补贴项目30万元、村级互助幸福院项目建设资金50万元。\n"
)


def test_a_publisher_a_space_after_its_label_names_the_unit() -> None:
    """"关键词 发布机构 某县民政局": a page's metadata row, label and value a space apart (an empty value left out);
    the publisher stands in for the unit the title does not name."""
    assert _read(_SPACED_METADATA).unit.name == "某县民政局"


_PROJECT_FRAMEWORK = (
    "一、投入(14分)\n"
    "(一)项目立项(8分):\n"
    "(1)项目立项规范性(3分)\n"
    "我县村道项目按规定程序申报,程序完整。自评得3分。\n"
    "(2)绩效目标合理性(5分):\n"
    "绩效目标与年度实施规划一致,自评得5分。\n"
)


def test_a_scored_project_framework_says_the_report_is_a_projects() -> None:
    """"(一)项目立项(8分)": the scored 项目立项 of a project's evaluation framework is a sign of 项目支出."""
    assert _read(_PROJECT_FRAMEWORK).kind.value == "项目支出"
