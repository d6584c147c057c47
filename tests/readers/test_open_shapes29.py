"""Open real-page shapes, stop 29 (open-shapes-29.md): each test is built from an invented snippet of a shape a held-out
real page showed, in general form."""

from __future__ import annotations

from decimal import Decimal

from page_reading import by_name as _by_name
from page_reading import read_page_and_warnings


def _read(lines: list[str]):  # type: ignore[no-untyped-def]
    return read_page_and_warnings("\n".join(lines) + "\n")


# 1. indicator results written one a line under their level headings: "名称：描述，共N次"
_RESULT_LINES = [
    "某县卫生院某项目补助资金2023年度绩效自评报告",
    "一、绩效目标完成情况分析",
    "（三）绩效指标完成情况分析。",
    "1.产出指标完成情况分析。",
    "（1）数量指标。",
    "组织入户随访：每月随访一次，共12次。",
    "开展健康讲座：每季度开展一次，共4次。",
    "（2）质量指标。",
    "档案建档：按规范完成建档，共300份。",
    "2.效益指标完成情况分析。",
    "社会效益指标。",
    "提升群众健康意识：每半年宣传一次，共2次。",
    "3.满意度指标完成情况分析",
    "服务对象满意度：服务对象满意度≥85%。",
    "二、存在的问题",
    "宣传覆盖面仍需扩大：下一步加强宣传，共3项措施。",
]


def test_result_lines_under_level_headings_are_indicators_with_their_counts() -> None:
    evaluation, _ = _read(_RESULT_LINES)
    found = _by_name(evaluation)
    assert list(found) == ["组织入户随访", "开展健康讲座", "档案建档", "提升群众健康意识", "服务对象满意度"]
    visit = found["组织入户随访"]
    assert (visit.level1, visit.level2, visit.weight) == ("产出指标", "数量指标", None)
    assert (visit.actual.value, visit.actual.unit) == (Decimal(12), "次")
    assert found["档案建档"].level2 == "质量指标"
    assert (found["提升群众健康意识"].level1, found["提升群众健康意识"].level2) == ("效益指标", "社会效益指标")
    assert found["服务对象满意度"].level1 == "满意度指标" and found["服务对象满意度"].actual is None


def test_a_lone_result_line_or_one_outside_level_headings_is_no_indicator() -> None:
    evaluation, _ = _read(["某县某项目2023年度绩效自评报告", "1.产出指标完成情况分析。",
                           "组织入户随访：每月一次，共12次。", "二、存在的问题", "宣传不足：共3项。",
                           "措施落实：共2项。"])
    assert evaluation.indicators == []


# 2. a 实施进度 column where the form prints 实际完成值, the table copied one cell a line after each cell's left rule
_PROGRESS_ROWS = [
    "某县某专项资金项目绩效自评报告",
    "绩效",
    "       指标",
    "        | 一级指标",
    "        | 二级指标",
    "        | 三级指标",
    "        | 指标值",
    "        | 实施进度",
    "        | ",
    "产出指标",
    "        | 数量指标",
    "        | 培训场次",
    "        | 至少全年完成4场",
    "        | 已完成100%",
    "        | |",
    "质量指标",
    "        | 培训合格率",
    "        | 95%",
    "        | 已完成100%",
    "        | ||",
    "效益指标",
    "        | 社会效益",
    "       指标",
    "        | 提升群众法律意识",
    "        | 不断提升",
    "        | 已完成100%",
    "        | ",
    "二、项目资金使用情况",
]


def test_a_progress_column_copied_one_ruled_cell_a_line_reads_every_row() -> None:
    evaluation, _ = _read(_PROGRESS_ROWS)
    found = _by_name(evaluation)
    assert list(found) == ["培训场次", "培训合格率", "提升群众法律意识"]
    assert (found["培训合格率"].level1, found["培训合格率"].level2) == ("产出指标", "质量指标")
    assert (found["提升群众法律意识"].level1, found["提升群众法律意识"].level2) == ("效益指标", "社会效益指标")
    assert found["培训合格率"].target.value == Decimal(95) and found["培训场次"].weight is None
    assert found["培训场次"].actual.text == "已完成100%"


def test_a_progress_column_in_pipe_rows_with_weights_and_scores() -> None:
    evaluation, _ = _read([
        "某县某专项资金项目绩效自评报告",
        "一级指标 | 二级指标 | 三级指标 | 指标值 | 实施进度 | 分值 | 得分 |",
        "产出指标 | 数量指标 | 培训场次 | 至少全年完成4场 | 已完成100% | 10 | 10 | |",
        "质量指标 | 培训合格率 | 95% | 已完成100% | 10 | 9 | ||",
    ])
    found = _by_name(evaluation)
    assert (found["培训合格率"].weight, found["培训合格率"].stated_score) == (Decimal(10), Decimal(9))


# 3. cells a viewer fused: a scrambled header losing the 一级 column, short 二级 words run into a name that ends on
# its figure, a comma inside a name
_FUSED = ("2023年度财政项目绩效自评表单位名称:某县妇幼保健院填报日期:2024年3月1日项目名称某设备购置补助"
          "主管部门某县卫生健康局项目实施单位某县妇幼保健院预算执行情况 (万元) (20 分)预算数(A)执行数(B)"
          "执行率(B/A)得分(20分*执行率)年度财政 资金总额300300100%20"
          "一指二级指标三级指标年初目标值(A)实际完成值(B)得分产出 指标数量指标购置设备台数8台8台10"
          "成本购置补助300万元300万元300万元10"
          "效益 指标社会效益完成设备投用,年服务患者达到5000人次5000人次5600人次10")


def test_a_fused_form_with_a_scrambled_header_names_and_commas_reads_each_row() -> None:
    evaluation, _ = _read([_FUSED])
    found = _by_name(evaluation)
    assert list(found) == ["预算执行率", "购置设备台数", "购置补助300万元", "完成设备投用,年服务患者达到5000人次"]
    assert (found["购置设备台数"].level1, found["购置设备台数"].level2) == ("产出指标", "数量指标")
    cost = found["购置补助300万元"]
    assert (cost.level1, cost.level2, cost.target.value, cost.actual.value) == ("产出指标", "成本", Decimal(300),
                                                                             Decimal(300))
    served = found["完成设备投用,年服务患者达到5000人次"]
    assert (served.level1, served.level2, served.actual.value, served.stated_score) == (
        "效益指标", "社会效益", Decimal(5600), Decimal(10))
    assert evaluation.provenance["indicators[2].name"].guessed


def test_a_bare_level_word_opening_a_blocks_first_row_is_its_level() -> None:
    block = _FUSED.replace("社会效益完成设备投用,年服务患者达到5000人次5000人次5600人次10",
                           "社会效益服务患者人次5000人次5600人次10质量合格率95%96%10")
    found = _by_name(_read([block])[0])
    served = found["服务患者人次"]
    assert (served.level1, served.level2, served.actual.value) == ("效益指标", "社会效益", Decimal(5600))
    assert found["质量合格率"].level2 == "社会效益"  # inside the block a name opening on 质量 keeps it


def test_a_fused_row_of_two_values_keeps_its_name_whole() -> None:
    two_values = _FUSED.replace("成本购置补助300万元300万元300万元10", "成本指标购置补助金额300万元300万元10")
    evaluation, _ = _read([two_values])
    assert "购置补助金额" in _by_name(evaluation)


# 4. the last row cut off after its target; when it is the table's only row, the table is still read
_CUT = [
    "部门预算项目支出绩效自评表(2024年度) | ||||||||||",
    "项目名称 | 某县法律援助补助项目 | |||||||||",
    "主管部门 | 某县司法局 | 实施单位 | 某县司法局 | |||||||",
    "绩效指标(90分) | 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 完成值 | 权重 | 得分 "
    "| 未完成原因分析 |",
    "产出指标 | 数量指标 | 办理援助案件数 | ≥ | 60 | 件 | 64 | 30 | 30 | ||",
    "产出指标 | 质量指标 | 完成设备采购并支付 | = | 100 | ",
]


def test_a_last_row_cut_after_its_target_is_read_without_weight() -> None:
    evaluation, _ = _read(_CUT)
    cut = _by_name(evaluation)["完成设备采购并支付"]
    assert (cut.level1, cut.level2) == ("产出指标", "质量指标")
    assert (cut.target.comparator, cut.target.value) == ("=", Decimal(100))
    assert cut.weight is None and cut.stated_score is None


def test_a_table_whose_only_row_is_cut_is_understood() -> None:
    evaluation, _ = _read([*_CUT[:4], _CUT[5]])
    assert "完成设备采购并支付" in _by_name(evaluation)
    assert evaluation.reading is not None and evaluation.reading.tables_not_understood == []


def test_a_cut_row_above_others_is_not_read() -> None:
    evaluation, _ = _read([*_CUT[:4], _CUT[5], _CUT[4]])
    assert "完成设备采购并支付" not in _by_name(evaluation)


# 5. a prose project report with no title: the opening sentence's subject, the spending "已拨付…已全部投入使用"
def test_a_prose_report_without_title_names_its_works_and_spending() -> None:
    evaluation, warnings = _read([
        "一、基本情况",
        "（一）项目概况",
        "城北污水管网改造工程（一期）是为提高污水收集率，加快雨污分流而实施的工程。项目总投资约3.2亿元。",
        "该项目申请专项债券资金1.5亿元，2023年已拨付资金0.8亿元，已全部投入使用。",
        "（二）项目绩效目标",
    ])
    assert (evaluation.kind, evaluation.project.name) == ("项目支出", "城北污水管网改造工程（一期）")
    assert evaluation.budget.executed == Decimal(8000)
    assert not any("评价类型" in w for w in warnings)


def test_a_report_naming_its_project_with_gai_only() -> None:
    evaluation, _ = _read(["一、项目概况",
                           "该城乡环境整治专项资金项目于2023年初向财政局申报，批复下达预算资金10万元。"])
    assert (evaluation.kind, evaluation.project.name) == ("项目支出", "城乡环境整治专项资金项目")


# 6. "unit + 国家…项目…补助资金 + 年度绩效自评报告": the unit implements its fund
def test_a_unit_before_its_subsidy_fund_in_the_title_implements_it() -> None:
    evaluation, _ = _read(["某州第二人民医院国家某某服务项目州级补助资金2023年度绩效自评报告",
                           "某专项补助资金5.00万元，截至2023年12月31日，资金已使用4.80万元，结余0.2万元。"])
    assert (evaluation.unit.name, evaluation.project.implementing_unit) == ("某州第二人民医院", "某州第二人民医院")
    # 7. the fund's bare 资金 spent: the executed amount
    assert evaluation.budget.executed == Decimal("4.80")


def test_a_part_spent_is_not_the_projects_spending() -> None:
    evaluation, _ = _read(["某县某专项补助资金2023年度绩效自评报告",
                           "项目预算5.00万元，其中办公费已支出1.20万元。"])
    assert evaluation.budget.executed is None


# 8. "合计100" after rows that show only weights: the full mark
def test_a_total_after_weights_only_is_the_full_mark() -> None:
    evaluation, _ = _read(["产出指标数量指标补贴发放到位率=100% 22.5 台账更新次数≥4次 22.5 "
                           "时效指标按时拨付率=100% 22.5 效益指标社会效益指标群众知晓率≥90% 22.5 合计100 "
                           "评价结论按时足额发放。"])
    assert evaluation.full_mark == Decimal(100) and evaluation.stated_total is None
    assert evaluation.provenance["full_mark"].guessed


# 9. a row of column headings after 项目名称 (one ruled cell a line) is no label and its value
def test_a_row_of_column_headings_after_project_name_is_no_project_name() -> None:
    evaluation, _ = _read(["某县某专项资金项目2023年度绩效自评报告", "1.资金到位", "项目名称", "        | 上级补助资金",
                           "        | 资金计划", "        | 资金到位", "       情况"])
    assert evaluation.project.name != "上级补助资金"
