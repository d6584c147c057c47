"""Forms a document viewer ran together (invented units and figures): a money row whose rate is
written as a ratio ("1" for 100 %) fused with its score, a weight fused onto a target with its unit,
the template's "指标1" placeholders, a centimetre target, and a line whose goal prose runs into the
indicator block's header."""

from __future__ import annotations

from decimal import Decimal

import pytest
from corpus import errors as _errors
from page_reading import read_page as _read


def test_a_rate_written_as_a_ratio_fused_with_its_score() -> None:
    text = ("2022年度某项目自评表单位名称:某科填报日期:项目名称河道保洁补助主管部门某区水务局项目实施单位某科"
            "预算执行情况(万元)(20分)预算数(A)执行数(B)执行率(B/A)得分(20分*执行率)年度财政资金总额2.482.48120\n")
    evaluation = _read(text)
    assert (evaluation.budget.adjusted, evaluation.budget.executed) == (Decimal("2.48"), Decimal("2.48"))
    assert evaluation.budget.stated_execution_rate == 100
    rate = next(i for i in evaluation.indicators if i.name == "预算执行率")
    assert rate.stated_score == 20
    assert evaluation.provenance["budget.stated_execution_rate"].guessed  # a split of fused figures
    errors = _errors(evaluation)
    assert not {"EXECUTION_RATE_MISMATCH", "EXECUTION_RATE_OVER_100"} & errors


# a space inside a label; spaces around bracketed notes; OCR's "1" for a formula's ")"
@pytest.mark.parametrize("money", [
    "预算执行情况(万元)(20分)预算数(A)执行数(B)执行率(B/A)得分(20分*执行率)年度财政 资金总额300300100%20",
    "预算执行情况 (万元) (20 分)预算数(A)执行数(B)执行率(B/A)得分(20分*执行率)年度财政资金总额300300100%20",
    "预算执行情况(万元)(20分)预算数(A)执行数(B)执行率(B/A1得分(20分*执行率)年度财政资金总额300300100%20",
])
def test_a_money_row_under_a_text_layer_s_spaces_and_an_ocr_bracket(money: str) -> None:
    text = ("2021年度某项目自评表单位名称:某县医院填报日期:项目名称某楼维修补助主管部门某县卫健委"
            "项目实施单位某县医院" + money)
    evaluation = _read(text + "\n")
    budget = evaluation.budget
    assert (budget.adjusted, budget.executed, budget.stated_execution_rate) == (300, 300, 100)
    assert [(i.name, i.stated_score) for i in evaluation.indicators] == [("预算执行率", 20)]


def test_a_weight_fused_onto_a_target_and_a_centimetre_target() -> None:
    text = ("绩效目标自评表(2022年度)项目名称某镇堰塘整治项目主管部门某县水利局实施单位某镇人民政府"
            "资金情况(万元)全年预算数(A)全年执行数(B)分值执行率(B/A)得分年度资金总额:303010100.00%10"
            "绩效指标一级指标二级指标三级指标分值年度指标值全年实际值得分未完成原因及拟采取的改进措施"
            "产出指标(70分)数量指标整治堰塘数量40≥12口≥12口40清淤深度10≥60厘米≥60厘米10"
            "成本指标项目计划总投资2030万元30万元20总分100100\n")
    indicators = {i.name: i for i in _read(text).indicators}
    depth, cost = indicators["清淤深度"], indicators["项目计划总投资"]
    assert (depth.weight, depth.target and depth.target.unit, depth.stated_score) == (10, "厘米", 10)
    assert (cost.weight, cost.target and cost.target.value, cost.stated_score) == (20, 30, 20)


def test_template_placeholders_and_goal_prose_before_the_indicator_header() -> None:
    text = ("某作物良种推广项目绩效目标自评表(2022年度)项目总得分98分\n"
            "年度总体目标一是采购良种120万粒,免费发放给农户,二是建成示范田300亩,三是开展技术培训,提高种植水平"
            "绩效指标一级指标二级指标三级指标分值年度指标值全年实际值得分未完成原因及改进措施产出指标(40分)"
            "数量指标指标1免费发放良种10120万粒120万粒10指标2建成示范田10300亩300亩9\n")
    indicators = {i.name: i for i in _read(text).indicators}
    seed, field = indicators["免费发放良种"], indicators["建成示范田"]
    assert (seed.weight, seed.target and seed.target.value, seed.stated_score) == (10, 120, 10)
    assert (field.weight, field.actual and field.actual.value, field.stated_score) == (10, 300, 9)


_CARRIED = ("某站绩效目标自评表(2023年度)\n"
            "绩效指标一级指标二级指标三级指标分值年度指标值全年实际值得分未完成原因及改进措施产出指标(60分)"
            "数量指标检测样品数量20≥400份\n"
            "412份20质量指标检测报告合格率20≥98%99%20时效指标报告出具及时率20100%100%18")


@pytest.mark.parametrize("tail", [
    "",  # the rows go on on the next line
    # …and one of them is a long qualitative indicator, commas and all (the line reads like prose)
    "可持续影响指标健全检测质量管理体系,规范样品流转,提高检测能力,服务辖区企业10是基本达到8加强培训,完善制度",
])
def test_a_block_s_rows_carried_onto_the_next_line(tail: str) -> None:
    indicators = {i.name: i for i in _read(_CARRIED + tail + "\n").indicators}
    assert indicators["检测报告合格率"].level2 == "质量指标"
    assert (indicators["检测报告合格率"].weight, indicators["检测报告合格率"].stated_score) == (20, 20)
    assert (indicators["报告出具及时率"].weight, indicators["报告出具及时率"].stated_score) == (20, 18)


def test_a_whole_unit_sheet_with_a_garbled_header_cell_and_core_marks_run_onto_names() -> None:
    text = ("部门整体绩效自评表\n"
            "指标名称计量单位指标性质年初指标值调整指标值完年全值成得分系数(%)指标权重(分)指标得分(分)是否核心指标"
            "在职人员控制率%定量指标100%96%100%33否公用经费节支率%100%100%44是政府采购执行率%100%90%100%22否\n")
    indicators = {i.name: i for i in _read(text).indicators}
    assert set(indicators) >= {"在职人员控制率", "公用经费节支率", "政府采购执行率"}  # no 是/否, no % in a name
    assert (indicators["在职人员控制率"].weight, indicators["在职人员控制率"].stated_score) == (3, 3)
    assert (indicators["公用经费节支率"].weight, indicators["公用经费节支率"].core) == (4, True)
    assert indicators["政府采购执行率"].stated_score == 2


def test_core_marked_rows_carried_past_a_page_break_with_qualitative_rows_and_a_scrambled_nature() -> None:
    text = ("部门整体绩效自评表\n"
            "指标名称计量单位指标性质年初指标值调整指标值全年完成值得分系数(%)指标权重(分)指标得分(分)是否核心指标"
            "在职人员控制率%定量指标100%96%100%33否内控制度完备性性标定指高高100%44是\n"
            "绩效指标\n"
            "2、档案管理规范性好好100%22否宣讲活动场数场12场14场100%55是公用经费节支率%定量指标100%100%100%22否\n")
    indicators = {i.name: i for i in _read(text).indicators}
    assert set(indicators) == {"在职人员控制率", "内控制度完备性", "档案管理规范性", "宣讲活动场数", "公用经费节支率"}
    assert (indicators["内控制度完备性"].weight, indicators["内控制度完备性"].core) == (4, True)
    assert (indicators["档案管理规范性"].weight, indicators["档案管理规范性"].stated_score) == (2, 2)
    assert indicators["档案管理规范性"].core is False
    rows = indicators["宣讲活动场数"]
    assert rows.target is not None and (rows.target.value, rows.target.unit) == (12, "场")
    assert (rows.weight, rows.stated_score, rows.core) == (5, 5, True)
    assert indicators["公用经费节支率"].stated_score == 2


def test_a_form_title_then_its_label_cells_run_together_on_one_line() -> None:
    text = ("2021年度某某项目自评表单位名称:某工作科填报日期:项目名称渔船燃油补贴主管部门某区农业农村局"
            "项目实施单位某科项目类别1、部门预算项目\n")
    evaluation = _read(text)
    assert evaluation.project is not None
    assert (evaluation.project.name, evaluation.project.implementing_unit) == ("渔船燃油补贴", "某科")
    assert evaluation.unit.supervising_department == "某区农业农村局"


def test_a_viewer_page_number_before_the_title_labels_check_boxes_and_money_on_one_line() -> None:
    text = ("1、2021年度某某项目自评表单位名称:某养殖科填报日期:项目名称鱼苗增殖放流补助主管部门某区渔业局"
            "项目实施单位某养殖科项目类别1、部门预算项目02、市直专项口3、市对下转移支付项目0项目属性1、持续性项目"
            "2、新增性项目0预算执行情况(万元)(20分)预算数(A)执行数(B)执行率(B/A)得分(20分*执行率)"
            "年度财政资金总额3.203.20120\n")
    evaluation = _read(text)
    assert evaluation.project is not None and evaluation.unit is not None
    assert (evaluation.project.name, evaluation.project.implementing_unit, evaluation.unit.supervising_department) \
        == ("鱼苗增殖放流补助", "某养殖科", "某区渔业局")
    assert (evaluation.budget.adjusted, evaluation.budget.executed) == (Decimal("3.20"), Decimal("3.20"))


def test_a_money_row_whose_label_an_ocr_garbled_and_whose_amounts_are_blank_still_gives_its_rate() -> None:
    text = ("部门整体绩效自评表主管部门某区文化馆自评总分(分)96.5部门预算执行情况年初预算数全年(调整)预算数全年执行数"
            "执行率(%)执行率权重执行率得分(分)O88%108.8当年绩效目标\n")
    evaluation = _read(text)
    assert evaluation.budget.stated_execution_rate == 88
    rate = next(i for i in evaluation.indicators if i.name == "预算执行率")
    assert (rate.weight, rate.stated_score) == (10, Decimal("8.8"))
