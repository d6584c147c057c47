# ruff: noqa: E501  (report lines are kept whole)
"""Eleventh corpus, files: a Guangdong hospital's project report written in Word and printed to PDF, prose
first and the 项目支出绩效自评表 on a page of its own (k01); a Yunnan hospital's project form in Word under
review, with tracked changes in cells (the old value deleted, the new one inserted) and reviewers' comments
that are not content (k08)."""

from __future__ import annotations

from eleventh_base import (
    D,
    Report,
    cells_of,
    money,
    num,
    pct,
    pdf_of,
    prose_form_docx,
    q,
    rate_of,
    sum_scores,
    t,
)
from eleventh_forms import IND_HEAD, form_facts, money_block

FORM_MERGES = [(0, 1, 0, 7), (1, 1, 1, 3), (1, 5, 1, 7)]


# ---------------------------------------------------------------- k01
def k01() -> Report:
    """Guangdong: a city hospital's key-specialty project, three pages of prose then, after a page break, the
    form with 省级 / 市级 fund rows; scores with two decimals."""
    name, dept, unit = "重点专科建设项目", "韶关市卫生健康局", "韶关市浈江区人民医院"
    funds = [("省级资金", D("300.00"), D("300.00"), D("291.36")), ("市级资金", D("150.00"), D("180.00"), D("166.92"))]
    fa, fb, fe = (sum((f[i] for f in funds), D(0)) for i in (1, 2, 3))
    rate = rate_of(fe, fb)
    es = D("9.65")
    inds = [
        q("购置专科诊疗设备", "产出指标", "数量指标", 15, "≥", 12, "台（套）", 12, 15),
        q("专科医师进修培训", "产出指标", "数量指标", 10, "≥", 20, "人次", 18, 9, note="2名医师进修时间与疫情防控任务冲突"),
        q("设备验收合格率", "产出指标", "质量指标", 10, "=", 100, "%", 100, 10),
        q("设备安装调试完成时间", "产出指标", "时效指标", 10, "≤", 10, "月", 11, 9.09, note="进口设备清关延迟"),
        q("专科门诊量增长率", "效益指标", "社会效益指标", 15, "≥", 8, "%", 11.3, 15),
        q("三四级手术占比", "效益指标", "社会效益指标", 10, "≥", 35, "%", 37.2, 10),
        t("专科服务能力", "效益指标", "可持续影响指标", 10, "持续提升", "持续提升", 10),
        q("患者满意度", "满意度指标", "服务对象满意度指标", 10, "≥", 90, "%", 94.37, 10),
    ]
    total = sum_scores(inds, es)
    prose = [
        f"{unit}2024年度{name}绩效自评报告",
        "一、项目概况",
        f"为提升心血管、呼吸两个市级重点专科的诊疗能力，{dept}下达{name}资金，由{unit}组织实施，主要用于专科设备购置、人才进修和学科建设。",
        "二、项目资金管理及使用情况",
        f"全年预算{money(fb)}万元，其中省级资金{money(funds[0][2])}万元、市级资金{money(funds[1][2])}万元；全年支出{money(fe)}万元，预算执行率{pct(rate)}。资金实行专账核算，按合同进度支付。",
        "三、项目绩效目标完成情况",
        "全年购置专科诊疗设备12台（套），完成专科医师进修18人次；专科门诊量同比增长11.3%，三四级手术占比37.2%，患者满意度94.37%。",
        "四、存在的问题及改进措施",
        "部分进口设备清关时间较长，安装调试晚于计划；下一步将提前启动采购程序。",
        f"五、自评结论：本项目自评得分{num(total)}分，评价等级为优。",
    ]
    grid = [
        ["项目名称", name, "", "", "", "", "", ""],
        ["主管部门", dept, "", "", "实施单位", unit, "", ""],
        *money_block(fa, fb, fe, rate, es, funds),
        IND_HEAD,
        *cells_of(inds, ["l1", "l2", "name", "tgt", "act", "w", "sc", "note"]),
        ["总分", "", "", "", "", "100", num(total), ""],
    ]
    stem = "k01-gd-zhenjiang-hospital-project-pdf-formpage"
    docx = prose_form_docx(prose, ["附件", "项目支出绩效自评表", "（2024年度）"], grid, FORM_MERGES,
                           ["填报单位（盖章）：韶关市浈江区人民医院    填报日期：2025年3月26日"])
    facts = form_facts(dept, name, unit, (fa, fb, fe, rate, es), inds, total, grade="优", funds=funds)
    return Report(stem, ".pdf", pdf_of(docx, stem), facts,
                  "Guangdong hospital report, Word printed to PDF: prose then the form on a page of its own, 省级/市级 fund rows, "
                  "two-decimal scores")


# ---------------------------------------------------------------- k08
def k08() -> Report:
    """Yunnan: a county hospital's project form in Word as returned by the reviewer: some cells hold a tracked
    change (the old figure deleted, the corrected one inserted), others carry a comment. The document as
    accepted is the content; deleted text and comments are not."""
    name, dept, unit = "县域医疗卫生次中心建设项目", "曲靖市会泽县卫生健康局", "会泽县娜姑镇中心卫生院"
    fa, fb, fe = D("860.00"), D("860.00"), D("831.26")
    rate = rate_of(fe, fb)
    es = D("9.67")
    inds = [
        q("新建业务用房面积", "产出指标", "数量指标", 15, "≥", 3200, "平方米", 3260, 15),
        q("配置医疗设备", "产出指标", "数量指标", 15, "≥", 45, "台", 46, 15, act_cell="41台→46台"),
        q("工程验收合格率", "产出指标", "质量指标", 10, "=", 100, "%", 100, 10, act_cell="100%#验收报告请作为佐证附后"),
        q("项目完工率", "产出指标", "时效指标", 10, "≥", 95, "%", 93, 9.5, note="室外附属工程未完工"),
        q("乡镇住院人次增长率", "效益指标", "社会效益指标", 20, "≥", 10, "%", 12.4, 20),
        q("群众满意度", "满意度指标", "服务对象满意度指标", 20, "≥", 90, "%", 93.5, 19.5, note="部分群众反映候诊时间长"),
    ]
    total = sum_scores(inds, es)
    rows = cells_of(inds, ["l1", "l2", "name", "tgt", "act", "w", "sc", "note"])
    rows[5][6] = "20→19.5"
    grid = [
        ["项目名称", name, "", "", "", "", "", ""],
        ["主管部门", dept, "", "", "实施单位", unit, "", ""],
        *money_block(fa, fb, fe, rate, es, []),
        IND_HEAD,
        *rows,
        ["总分", "", "", "", "", "100", f"{num(total + D('0.5'))}→{num(total)}", ""],
    ]
    grid[3][7] = f"{num(es)}#按执行率计算，保留两位小数"
    stem = "k08-yn-huize-hospital-project-docx-tracked"
    body = prose_form_docx([], ["项目支出绩效自评表", "（2024年度）"], grid, FORM_MERGES,
                           ["填报单位：会泽县娜姑镇中心卫生院    审核：会泽县卫生健康局"])
    facts = form_facts(dept, name, unit, (fa, fb, fe, rate, es), inds, total)
    return Report(stem, ".docx", body, facts,
                  "Yunnan hospital form in Word under review: tracked changes in cells (41台→46台, 20→19.5, total) and comments "
                  "(not content) on a score and an actual")



# ---------------------------------------------------------------- k09
def k09() -> Report:
    """Hebei: a county agriculture bureau's project form in Word, corrected by hand: the old figures are left
    in the cells struck through (plain strike formatting, not a tracked change) before the new ones, and a
    comment sits on the project name. The struck text is not content."""
    name, dept, unit = "农业社会化服务项目", "邢台市南和区农业农村局", "南和区农业技术推广中心"
    fa, fb, fe = D("700.00"), D("700.00"), D("684.35")
    rate = rate_of(fe, fb)
    es = D("9.78")
    inds = [
        q("托管服务面积", "产出指标", "数量指标", 20, "≥", 12, "万亩", 12.6, 20, act_cell="11.8万亩~12.6万亩"),
        q("服务小农户数", "产出指标", "数量指标", 10, "≥", 8000, "户", 8240, 10),
        q("作业质量达标率", "产出指标", "质量指标", 10, "≥", 95, "%", 96, 10),
        q("补助资金兑付及时率", "产出指标", "时效指标", 10, "=", 100, "%", 96.5, 9.5, note="1家服务组织资料补正后兑付"),
        q("亩均节本增效", "效益指标", "经济效益指标", 20, "≥", 80, "元", 86, 20),
        q("服务对象满意度", "满意度指标", "服务对象满意度指标", 20, "≥", 90, "%", 91.2, 20),
    ]
    total = sum_scores(inds, es)
    rows = cells_of(inds, ["l1", "l2", "name", "tgt", "act", "w", "sc", "note"])
    rows[3][6] = "9~9.5"
    grid = [
        ["项目名称", f"{name}#名称与预算批复一致", "", "", "", "", "", ""],
        ["主管部门", dept, "", "", "实施单位", unit, "", ""],
        *money_block(fa, fb, fe, rate, es, []),
        IND_HEAD,
        *rows,
        ["总分", "", "", "", "", "100", f"{num(total - D('0.5'))}~{num(total)}", ""],
    ]
    grid[3][4] = f"{money(fe - 20)}~{money(fe)}"
    stem = "k09-he-nanhe-agri-project-docx-strike"
    body = prose_form_docx([], ["项目支出绩效自评表", "（2024年度）"], grid, FORM_MERGES,
                           ["填报单位：南和区农业技术推广中心    填报日期：2025年3月14日"])
    facts = form_facts(dept, name, unit, (fa, fb, fe, rate, es), inds, total)
    return Report(stem, ".docx", body, facts,
                  "Hebei agriculture form in Word corrected by hand: old figures struck through (strike formatting) before the new "
                  "ones in an actual, a score, the 全年执行数 and the total; a comment on the project name")


# ---------------------------------------------------------------- k10
def k10() -> Report:
    """Guizhou: a county transport bureau's project report printed from Word to PDF: prose, then on a page of
    its own a nine-column form with 指标内容 / 评分标准 (long, wrapping) / 分值 / 得分 / 扣分原因, five 资金来源
    rows, targets as ranges and with 以上, half points. One score is above its weight (a real slip kept)."""
    name, dept, unit = "农村客运站点建设项目", "黔东南州黎平县交通运输局", "黎平县道路运输服务中心"
    funds = [("中央资金", D("400.00"), D("400.00"), D("396.10")), ("省级资金", D("160.00"), D("160.00"), D("152.40")),
             ("州级资金", D("60.00"), D("60.00"), D("60.00")), ("县级资金", D("90.00"), D("90.00"), D("71.25")),
             ("自筹资金", D("30.00"), D("30.00"), D("18.60"))]
    fa, fb, fe = (sum((f[i] for f in funds), D(0)) for i in (1, 2, 3))
    rate = rate_of(fe, fb)
    es = D("9.55")
    inds = [
        q("新建农村客运招呼站", "产出指标", "数量指标", 15, "≥", 120, "个", 124, 15, tgt_cell="120个以上"),
        q("改造乡镇客运站", "产出指标", "数量指标", 10, "≥", 6, "个", 5, 8.5, note="1个站点选址调整"),
        q("站点建设验收合格率", "产出指标", "质量指标", 15, "≥", 95, "%", 98, 15, tgt_cell="95%-100%"),
        q("项目完工及时率", "产出指标", "时效指标", 10, "≥", 90, "%", 92.5, 10, tgt_cell="90%以上"),
        q("建制村通客车率", "效益指标", "社会效益指标", 20, "=", 100, "%", 100, 20.5),
        q("乘客满意度", "满意度指标", "服务对象满意度指标", 20, "≥", 85, "%", 90.4, 20, tgt_cell="85%以上"),
    ]
    total = sum_scores(inds, es)
    crit = {
        "新建农村客运招呼站": "完成120个以上得满分；每少1个扣0.5分，扣完为止",
        "改造乡镇客运站": "完成6个得满分；每少1个扣1.5分",
        "站点建设验收合格率": "合格率在95%-100%之间得满分，低于95%按比例扣分",
        "项目完工及时率": "90%以上得满分，每低1个百分点扣1分",
        "建制村通客车率": "达到100%得满分，未达到不得分",
        "乘客满意度": "85%以上得满分，每低1个百分点扣2分",
    }
    rows = cells_of(inds, ["l1", "l2", "name", "tgt", "act", "crit", "w", "sc", "note"],
                    extra={"crit": lambda i: crit[i.name]})
    money_rows = [[*r, ""] for r in money_block(fa, fb, fe, rate, es, funds)]
    grid = [
        ["项目名称", name, "", "", "", "", "", "", ""],
        ["主管部门", dept, "", "", "实施单位", unit, "", "", ""],
        *money_rows,
        ["一级指标", "二级指标", "指标内容", "年度指标值", "实际完成值", "评分标准", "分值", "得分", "扣分原因"],
        *rows,
        ["合计", "", "", "", "", "", "100", num(total), ""],
    ]
    merges = [(0, 1, 0, 8), (1, 1, 1, 3), (1, 5, 1, 8)]
    prose = [
        f"{unit}2024年度{name}绩效自评报告",
        "一、项目基本情况",
        f"{name}资金来源为中央、省级、州级、县级财政资金和单位自筹资金，全年预算{money(fb)}万元，实际支出{money(fe)}万元。",
        "二、绩效目标完成情况",
        "全年新建农村客运招呼站124个，改造乡镇客运站5个，建制村通客车率保持100%，乘客满意度90.4%。",
        f"三、自评结论：项目自评得分{num(total)}分，等级为优。",
    ]
    stem = "k10-gz-liping-bus-stops-project-pdf-criteria"
    docx = prose_form_docx(prose, ["项目支出绩效自评表", "（2024年度）"], grid, merges,
                           ["填报单位（盖章）：黎平县道路运输服务中心"])
    facts = form_facts(dept, name, unit, (fa, fb, fe, rate, es), inds, total, grade="优", funds=funds)
    return Report(stem, ".pdf", pdf_of(docx, stem), facts,
                  "Guizhou transport report, Word printed to PDF: prose, then a nine-column form on its own page with long wrapping "
                  "评分标准, five 资金来源 rows, 以上 / range targets, half points; 建制村通客车率 scored 20.5 of 20",
                  planted=["SCORE_OVER_WEIGHT"])


REPORTS = [k01, k08, k09, k10]
