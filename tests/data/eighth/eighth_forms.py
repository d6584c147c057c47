# ruff: noqa: E501  (report lines are kept whole)
"""Eighth corpus, forms copied as text: a Tibet 中央对地方转移支付区域绩效自评表 with no scores and a
中央/地方 money split (e01); a Hebei project form with a 中期指标值 column beside the 年度指标值 (e03);
a XPCC regiment's whole-unit form followed by a 满意度调查 sub-table (e05); a Gansu form OCR'd from an
image with "丨" separators and "。" decimal points (e09); a Liaoning form with notes inside its cells
(e12); a Ningxia town form whose money row carries the form's 100 / total and 预算执行率 as an indicator
row (e13)."""

from __future__ import annotations

from eighth_base import (
    D,
    Report,
    cells_of,
    execution_indicator,
    exp,
    money,
    num,
    pct,
    pipe,
    project_facts,
    q,
    rate_of,
    sep,
    sum_scores,
    t,
    whole_facts,
)


# ---------------------------------------------------------------- e01
def e01() -> Report:
    """Tibet, Shannan 乃东区: the central 区域绩效自评表 of a transfer payment as web-copied pipe rows; the
    money labels sit in the second column behind an empty cell, each fund row has its own 执行率; the
    indicators have 指标值 / 全年实际完成值 and no 分值 / 得分."""
    name, dept = "农业生产发展资金", "山南市乃东区农业农村局"
    total_b, total_e = D("1286.50"), D("1243.18")
    cb, ce = D("1150.00"), D("1118.42")
    lb, le = total_b - cb, total_e - ce
    inds = [
        q("耕地地力保护补贴发放面积", "产出指标", "数量指标", 0, "≥", 6.2, "万亩", 6.35, 0),
        q("青稞良种推广面积", "产出指标", "数量指标", 0, "≥", 2.8, "万亩", 3.02, 0),
        q("农机购置补贴机具数量", "产出指标", "数量指标", 0, "≥", 160, "台（套）", 174, 0),
        q("补贴资金兑付准确率", "产出指标", "质量指标", 0, "=", 100, "%", 100, 0),
        q("补贴资金兑付及时率", "产出指标", "时效指标", 0, "≥", 95, "%", 97.5, 0),
        q("青稞单产水平", "效益指标", "经济效益指标", 0, "≥", 380, "公斤/亩", 392, 0),
        t("农牧民种粮积极性", "效益指标", "社会效益指标", 0, "有效调动", "有效调动", 0),
        q("受益农牧民满意度", "满意度指标", "服务对象满意度指标", 0, "≥", 90, "%", 94.3, 0),
    ]
    rows = [pipe(["", *r]) for r in cells_of(inds, ["l1", "l2", "name", "tgt", "act", "note"])]
    lines = [
        "首页 > 政务公开 > 财政资金 > 绩效管理",
        "乃东区2023年度农业生产发展资金区域绩效自评表",
        "发布时间：2024-04-12  来源：区农业农村局  浏览次数：",
        "",
        pipe(["中央对地方转移支付区域绩效自评表"]),
        pipe(["（2023年度）"]),
        pipe(["转移支付（项目）名称", name, "", ""]),
        pipe(["中央主管部门", "农业农村部", "地方主管部门", dept]),
        pipe(["资金情况（万元）", "", "全年预算数（A）", "全年执行数（B）", "执行率（B/A）"]),
        pipe(["", "年度资金总额", sep(total_b), sep(total_e), pct(rate_of(total_e, total_b))]),
        pipe(["", "其中：中央补助", sep(cb), sep(ce), pct(rate_of(ce, cb))]),
        pipe(["", "地方资金", sep(lb), sep(le), pct(rate_of(le, lb))]),
        pipe(["年度总体目标", "年初设定目标", "", "全年实际完成情况"]),
        pipe(["", "落实耕地地力保护补贴6.2万亩，推广青稞良种2.8万亩，补贴农机具160台（套），稳定粮食生产。", "",
              "兑付耕地地力保护补贴6.35万亩，推广青稞良种3.02万亩，补贴农机具174台（套），全年粮食生产稳定。"]),
        pipe(["绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "全年实际完成值", "未完成原因分析"]),
        *rows,
        "",
        "分享到：",
        "【打印本页】 【关闭窗口】",
    ]
    facts = project_facts(2023, dept, name, "", {
        "budget": {"adjusted": total_b, "executed": total_e, "stated_execution_rate": rate_of(total_e, total_b),
                   "fund_rows": [{"name": "中央补助", "adjusted": cb, "executed": ce},
                                 {"name": "地方资金", "adjusted": lb, "executed": le}]},
    })  # no 分值 / 得分 at all: the model holds no indicator without a weight (as sixth s05)
    del facts["project"]["implementing_unit"]
    return Report("e01-xz-naidong-agri-transfer-region-noscore", ".txt", "\n".join(lines) + "\n", facts,
                  "Tibet transfer-payment 区域绩效自评表 as pipe rows: money labels behind an empty first cell, 全年预算数（A）/"
                  "全年执行数（B）/执行率（B/A） per fund row, 中央主管部门 / 地方主管部门, indicators without 分值/得分")


# ---------------------------------------------------------------- e03
def e03() -> Report:
    """Hebei, Chengde: a project form whose targets come in two columns, 中期指标值（2023—2025年） before
    年度指标值; the 年度总体目标 block has 中期目标 / 年度目标 / 实际完成情况. The stated total is 1.5
    above the sum of the scores (a real slip kept)."""
    name, dept, unit = "普通高中改善办学条件补助资金", "承德市双桥区教育局", "承德市双桥区第二中学"
    fa, fb, fe = D("420.00"), D("436.80"), D("418.95")
    rate = rate_of(fe, fb)
    es = D("9.59")
    mid = {"新建标准化实验室": "≥8间", "更新多媒体教学设备": "≥180套", "设备验收合格率": "=100%",
           "项目按期完工率": "=100%", "实验课开出率": "≥95%", "设施设备使用年限": "≥8年", "师生满意度": "≥90%"}
    inds = [
        q("新建标准化实验室", "产出指标", "数量指标", 15, "≥", 3, "间", 3, 15),
        q("更新多媒体教学设备", "产出指标", "数量指标", 10, "≥", 60, "套", 64, 10),
        q("设备验收合格率", "产出指标", "质量指标", 10, "=", 100, "%", 100, 10),
        q("项目按期完工率", "产出指标", "时效指标", 15, "=", 100, "%", 92, 13.8, note="1间实验室因设备到货延迟，于2024年1月完工"),
        q("实验课开出率", "效益指标", "社会效益指标", 15, "≥", 95, "%", 97.2, 15),
        q("设施设备使用年限", "效益指标", "可持续影响指标", 15, "≥", 8, "年", 8, 15),
        q("师生满意度", "满意度指标", "服务对象满意度指标", 10, "≥", 90, "%", 93.6, 10),
    ]
    stated = sum_scores(inds, es) + D("1.5")

    def mid_of(i: object) -> str:
        return mid[i.name]  # type: ignore[attr-defined]

    body = cells_of(inds, ["l1", "l2", "name", "mid", "tgt", "act", "w", "sc", "note"], extra={"mid": mid_of})
    lines = [
        "承德市双桥区第二中学2023年度项目支出绩效自评报告",
        "",
        "附表",
        pipe(["项目支出绩效自评表"]),
        pipe(["（2023年度）"]),
        pipe(["项目名称", name, "", "", "", "", "", "", ""]),
        pipe(["主管部门", dept, "", "", "实施单位", unit, "", "", ""]),
        pipe(["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", ""]),
        pipe(["", "年度资金总额", money(fa), money(fb), money(fe), "10", pct(rate), num(es), ""]),
        pipe(["", "其中：当年财政拨款", money(fa), money(fb), money(fe), "—", "", "—", ""]),
        pipe(["年度总体目标", "中期目标（2023—2025年）", "", "", "年度目标", "", "实际完成情况", "", ""]),
        pipe(["", "三年内建成标准化实验室8间，更新多媒体教学设备180套。", "", "", "建成标准化实验室3间，更新多媒体教学设备60套。", "", "建成实验室3间，更新设备64套。", "", ""]),
        pipe(["一级指标", "二级指标", "三级指标", "中期指标值（2023—2025年）", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]),
        *[pipe(r) for r in body],
        pipe(["总分", "", "", "", "", "", "100", num(stated), ""]),
        "",
        "填报单位（盖章）：承德市双桥区第二中学    填报人：孟晓川    填报日期：2024年3月8日",
    ]
    facts = project_facts(2023, dept, name, unit, {
        "budget": {"initial": fa, "adjusted": fb, "executed": fe, "stated_execution_rate": rate,
                   "fund_rows": [{"name": "当年财政拨款", "initial": fa, "adjusted": fb, "executed": fe}]},
        "indicators": [execution_indicator(10, rate, es), *(exp(i) for i in inds)],
        "stated_total": stated, "full_mark": D(100),
    })
    return Report("e03-he-chengde-school-project-midterm", ".txt", "\n".join(lines) + "\n", facts,
                  "Hebei school project form as pipe rows with a 中期指标值（2023—2025年） column before 年度指标值 and a "
                  "中期目标 / 年度目标 / 实际完成情况 goal block; 总分 1.5 above the sum", planted=["TOTAL_MISMATCH"])


# ---------------------------------------------------------------- e05
def e05() -> Report:
    """XPCC, 8th division: a regiment's whole-unit form as pipe rows, then a 满意度调查统计表 (调查对象 /
    发放 / 有效 / 满意 / 基本满意 / 不满意 / 满意度) under the indicator table. The total 88.62 is graded
    优 (the pack's 优 starts at 90: a real slip kept)."""
    unit = "新疆生产建设兵团第八师一五七团"
    fa, fb, fe = D("6824.30"), D("7105.62"), D("6890.14")
    rate = rate_of(fe, fb)
    es = D("9.70")
    inds = [
        q("连队道路维修里程", "产出指标", "数量指标", 10, "≥", 18, "公里", 16.5, 9.17, note="2公里因雨季顺延"),
        q("职工技能培训人次", "产出指标", "数量指标", 10, "≥", 600, "人次", 642, 10),
        q("连队人居环境整治达标率", "产出指标", "质量指标", 10, "≥", 90, "%", 84, 9.33),
        q("民生项目按期完成率", "产出指标", "时效指标", 10, "≥", 95, "%", 88, 9.26),
        q("职工人均可支配收入增长率", "效益指标", "经济效益指标", 15, "≥", 7, "%", 5.2, 11.14),
        q("团场常住人口增长数", "效益指标", "社会效益指标", 15, "≥", 300, "人", 226, 11.3),
        t("基层治理长效机制", "效益指标", "可持续影响指标", 10, "健全", "基本健全", 8.5),
        q("职工群众满意度", "满意度指标", "服务对象满意度指标", 10, "≥", 95, "%", 97.72, 10),
    ]
    total = sum_scores(inds, es)
    survey = [("职工群众", 300, 286, 241, 38, 7), ("辖区企业", 60, 58, 49, 8, 1), ("连队干部", 40, 40, 36, 4, 0)]
    lines = [
        f"{unit}2023年度部门整体支出绩效自评表",
        "",
        pipe(["部门（单位）名称", unit, "", "", "", ""]),
        pipe(["年度预算执行情况（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]),
        pipe(["", sep(fa), sep(fb), sep(fe), "10", pct(rate), num(es)]),
        pipe(["年度总体目标", "完成连队道路维修、职工技能培训和人居环境整治，促进职工增收和人口集聚。"]),
        pipe(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]),
        *[pipe(r) for r in cells_of(inds, ["l1", "l2", "name", "tgt", "act", "w", "sc", "note"])],
        pipe(["总分", "", "", "", "", "100", num(total), ""]),
        pipe(["自评等级", "优"]),
        "",
        "满意度调查统计表",
        pipe(["调查对象", "发放问卷（份）", "有效问卷（份）", "满意（份）", "基本满意（份）", "不满意（份）", "满意度"]),
        *[pipe([who, str(a), str(b), str(c), str(d), str(e), pct((c + d) * D(100) / b)]) for who, a, b, c, d, e in survey],
        pipe(["合计", "400", "384", "326", "50", "8", pct(D(376) * 100 / 384)]),
        "注：满意度＝（满意＋基本满意）÷有效问卷×100%。",
    ]
    facts = whole_facts(2023, unit, {
        "budget": {"initial": fa, "adjusted": fb, "executed": fe, "stated_execution_rate": rate},
        "indicators": [execution_indicator(10, rate, es), *(exp(i) for i in inds)],
        "stated_total": total, "stated_grade": "优", "full_mark": D(100),
    })
    return Report("e05-bt-157tuan-whole-survey-subtable", ".txt", "\n".join(lines) + "\n", facts,
                  "XPCC regiment whole-unit form as pipe rows followed by a 满意度调查统计表 sub-table (respondent groups, "
                  "counts, 满意度 with a 合计 row); total 88.62 graded 优", planted=["GRADE_MISMATCH"])


# ---------------------------------------------------------------- e09
def e09() -> Report:
    """Gansu, Dingxi: a project form published as an image, its OCR text: cells separated by "丨" (and a
    few "|"), some decimal points read as "。", "％" full-width, the title split over two lines."""
    name, dept, unit = "农村饮水安全巩固提升工程维修养护经费", "定西市安定区水务局", "定西市安定区农村供水管理站"
    fb, fe = D("268.00"), D("259.64")
    rate = rate_of(fe, fb)
    es = D("9.69")
    inds = [
        q("维修养护供水工程处数", "产出指标", "数量指标", 15, "≥", 45, "处", 48, 15),
        q("更换入户水表数量", "产出指标", "数量指标", 10, "≥", 1200, "块", 1236, 10),
        q("水质检测合格率", "产出指标", "质量指标", 15, "≥", 95, "%", 96.5, 15),
        q("维修响应及时率", "产出指标", "时效指标", 10, "≥", 90, "%", 93.4, 10),
        q("农村自来水普及率", "效益指标", "社会效益指标", 20, "≥", 92, "%", 93.1, 20),
        q("工程设施完好率", "效益指标", "可持续影响指标", 10, "≥", 90, "%", 91.8, 10),
        q("受益群众满意度", "满意度指标", "服务对象满意度指标", 10, "≥", 90, "%", 92.5, 10),
    ]
    total = sum_scores(inds, es)

    def ocr(text: str) -> str:
        return text.replace("%", "％")

    def row(cells: list[str]) -> str:
        return " 丨 ".join(ocr(c) for c in cells)

    body = []
    for k, r in enumerate(cells_of(inds, ["l1", "l2", "name", "tgt", "act", "w", "sc"])):
        line = row(r)
        if k in (2, 4):  # the OCR read these rows' decimal points as full stops
            line = line.replace("96.5", "96。5").replace("93.1", "93。1")
        if k == 5:
            line = line.replace(" 丨 ", " | ", 2)
        body.append(line)
    lines = [
        "定西市安定区2023年度项目支出绩效",
        "自评表",
        row(["项目名称", name]),
        row(["主管部门", dept, "实施单位", unit]),
        row(["项目资金（万元）", "全年预算数", "全年执行数", "分值", "执行率", "得分"]),
        row(["年度资金总额", money(fb), money(fe).replace(".", "。"), "10", pct(rate), num(es)]),
        row(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]),
        *body,
        row(["合计", "", "", "", "", "100", num(total)]),
        row(["自评等级", "优"]),
    ]
    facts = project_facts(2023, dept, name, unit, {
        "budget": {"adjusted": fb, "executed": fe, "stated_execution_rate": rate},
        "indicators": [execution_indicator(10, rate, es), *(exp(i) for i in inds)],
        "stated_total": total, "stated_grade": "优", "full_mark": D(100),
    })
    return Report("e09-gs-dingxi-water-project-ocr-gun", ".txt", "\n".join(lines) + "\n", facts,
                  "Gansu project form OCR'd from an image: \"丨\" separators (a few \"|\"), \"。\" read for decimal points, "
                  "full-width ％, the title over two lines")


# ---------------------------------------------------------------- e12
def e12() -> Report:
    """Liaoning, Dandong: a project form as pipe rows whose cells carry notes: targets "≥95%（注：…）",
    actuals "96.2%（截至2023年12月31日）", scores "9.5（扣0.5分）", a 备注 column. The stated total is
    1 below the sum of the scores (a real slip kept)."""
    name, dept, unit = "全民健身赛事活动经费", "丹东市振兴区文化旅游和广播电视局", "丹东市振兴区全民健身服务中心"
    fa, fb, fe = D("86.00"), D("92.40"), D("89.62")
    rate = rate_of(fe, fb)
    es = D("9.70")
    inds = [
        q("举办全民健身赛事场次", "产出指标", "数量指标", 15, "≥", 24, "场", 26, 15),
        q("参赛群众人次", "产出指标", "数量指标", 15, "≥", 12000, "人次", 11280, 14.1),
        q("赛事安全事故发生率", "产出指标", "质量指标", 10, "=", 0, "%", 0, 10),
        q("赛事按计划举办率", "产出指标", "时效指标", 10, "≥", 95, "%", 96.2, 10),
        q("经常参加体育锻炼人口比例", "效益指标", "社会效益指标", 20, "≥", 40, "%", 41.3, 20),
        q("参赛群众满意度", "满意度指标", "服务对象满意度指标", 20, "≥", 90, "%", 89.5, 19.5),
    ]
    stated = sum_scores(inds, es) - 1
    tnote = {"赛事按计划举办率": "（注：以年初赛事计划为准）", "参赛群众人次": "（注：含线上赛事）"}
    anote = {"赛事按计划举办率": "（截至2023年12月31日）", "参赛群众满意度": "（第三方问卷）"}
    snote = {"参赛群众人次": "（扣0.9分）", "参赛群众满意度": "（扣0.5分）"}
    remark = {"参赛群众人次": "线上赛事参与人数统计口径调整", "经常参加体育锻炼人口比例": "核心指标"}
    rows = []
    for r, i in zip(cells_of(inds, ["l1", "l2", "name", "tgt", "act", "w", "sc"]), inds, strict=True):
        r[3] += tnote.get(i.name, "")
        r[4] += anote.get(i.name, "")
        r[6] += snote.get(i.name, "")
        rows.append(pipe([*r, remark.get(i.name, "")]))
    lines = [
        "丹东市振兴区全民健身服务中心2023年度项目支出绩效自评表",
        pipe(["项目名称", name, "", "", "", "", "", ""]),
        pipe(["主管部门", dept, "", "", "实施单位", unit, "", ""]),
        pipe(["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", "备注"]),
        pipe(["年度资金总额", money(fa), money(fb), money(fe), "10", pct(rate) + "（按全年预算数计算）", num(es), "年中追加6.40万元"]),
        pipe(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "备注"]),
        *rows,
        pipe(["合计", "", "", "", "", "100", num(stated), ""]),
        pipe(["自评等级", "优", "", "", "", "", "", ""]),
    ]
    facts = project_facts(2023, dept, name, unit, {
        "budget": {"initial": fa, "adjusted": fb, "executed": fe, "stated_execution_rate": rate},
        "indicators": [execution_indicator(10, rate, es), *(exp(i) for i in inds)],
        "stated_total": stated, "stated_grade": "优", "full_mark": D(100),
    })
    return Report("e12-ln-dandong-sports-project-cellnotes", ".txt", "\n".join(lines) + "\n", facts,
                  "Liaoning project form as pipe rows with notes inside cells (target （注：…）, actual （截至…）, score （扣…分）, "
                  "the rate （按全年预算数计算）) and a 备注 column; 合计 1 below the sum", planted=["TOTAL_MISMATCH"])


# ---------------------------------------------------------------- e13
def e13() -> Report:
    """Ningxia, Guyuan: a town's project form whose money row carries 分值 100 and the form's total as
    得分 (the execution rate is an indicator row of its own, 预算执行率, weight 20)."""
    name, dept, unit = "乡村公益性岗位补贴", "固原市原州区三营镇人民政府", "固原市原州区三营镇人民政府"
    fb, fe = D("150.00"), D("138.60")
    rate = rate_of(fe, fb)
    inds = [
        q("预算执行率", "产出指标", "数量指标", 20, "=", 100, "%", rate, 18.48),
        q("开发公益性岗位数量", "产出指标", "数量指标", 10, "≥", 120, "个", 126, 10),
        q("岗位人员在岗率", "产出指标", "质量指标", 10, "≥", 95, "%", 97, 10),
        q("补贴按月发放率", "产出指标", "时效指标", 10, "=", 100, "%", 100, 10),
        q("人均月补贴标准", "产出指标", "成本指标", 10, "=", 1000, "元", 1000, 10),
        q("脱贫劳动力就业人数", "效益指标", "社会效益指标", 20, "≥", 110, "人", 118, 20),
        q("受益群众满意度", "满意度指标", "服务对象满意度指标", 20, "≥", 90, "%", 94, 20),
    ]
    total = sum_scores(inds)
    lines = [
        "索引号：640402-SY/2024-00031   发布机构：三营镇人民政府   发布日期：2024-05-20",
        pipe(["项目支出绩效自评表"]),
        pipe(["（2023年度）"]),
        pipe(["项目名称", name, "", "", "", "", ""]),
        pipe(["主管部门", dept, "", "实施单位", unit, "", ""]),
        pipe(["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]),
        pipe(["年度资金总额", "150万", "150万", "138.6万", "100", pct(rate), num(total)]),
        pipe(["其中：当年财政拨款", "150万", "150万", "138.6万", "—", "", "—"]),
        pipe(["上年结转资金", "0", "0", "0", "—", "", "—"]),
        pipe(["年度总体目标", "预期目标", "", "", "实际完成情况", "", ""]),
        pipe(["", "开发乡村公益性岗位120个，按月足额发放岗位补贴。", "", "", "开发岗位126个，补贴按月发放。", "", ""]),
        pipe(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]),
        *[pipe(r) for r in cells_of(inds, ["l1", "l2", "name", "tgt", "act", "w", "sc"])],
    ]
    facts = project_facts(2023, dept, name, unit, {
        "budget": {"initial": fb, "adjusted": fb, "executed": fe, "stated_execution_rate": rate,
                   "fund_rows": [{"name": "当年财政拨款", "initial": fb, "adjusted": fb, "executed": fe},
                                 {"name": "上年结转资金", "initial": D(0), "adjusted": D(0), "executed": D(0)}]},
        "indicators": [exp(i) for i in inds],
        "stated_total": total, "full_mark": D(100),
    })
    return Report("e13-nx-sanying-town-project-moneyrow-total", ".txt", "\n".join(lines) + "\n", facts,
                  "Ningxia town project form as pipe rows: the money row's 分值 100 / 得分 are the form's full mark and "
                  "total; 预算执行率 is an indicator row (weight 20); \"150万\" cells")


REPORTS = [e01, e03, e05, e09, e12, e13]
