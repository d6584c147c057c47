# ruff: noqa: E501  (report lines are kept whole)
"""Seventh corpus, reports whose facts are in prose or in label lines: a Guangxi fund report that quotes
its indicators in numbered prose only (t04), a Henan town's form as an OA system's detail view, one
"label：value" line per field (t08), a Heilongjiang co-operative's report with money in 元 in prose and a
bare score list (t10), a Qinghai third-party evaluation with 扣分 beside 得分 (t13), a Shanxi whole-unit
form with a 履职目标 column before the levels and a "（单位：元）" caption (t14)."""

from __future__ import annotations

from seventh_base import (
    D,
    Report,
    execution_indicator,
    exp,
    money,
    num,
    pct,
    project_facts,
    q,
    rate_of,
    sep,
    sum_scores,
    t,
    wan,
)

CN = "一二三四五六七八九十"


# ---------------------------------------------------------------- t04
def t04() -> Report:
    """Guangxi district culture bureau: a special fund's report whose indicators are only in numbered
    prose ("（1）…指标，年度目标值…，实际完成…，权重15分，自评得分15分。"), amounts "1,260.00万元"."""
    name, dept, unit = "基层公共文化服务体系建设专项资金", "桂林市临桂区文化广电体育和旅游局", "桂林市临桂区文化广电体育和旅游局"
    fb, fe = D("1260.00"), D("1198.35")
    printed_rate = D("96.11")  # misprinted: 1198.35 / 1260.00 = 95.11 %
    inds = [
        q("送戏下乡演出场次", "产出指标", "数量指标", 15, "≥", 60, "场", 63, 15),
        q("农家书屋补充图书册数", "产出指标", "数量指标", 10, "≥", 12000, "册", 12480, 10),
        q("村级综合文化服务中心达标率", "产出指标", "质量指标", 15, "≥", 95, "%", 93.5, 14),
        q("资金拨付及时率", "产出指标", "时效指标", 10, "=", 100, "%", 100, 10),
        q("群众参与文化活动人次", "效益指标", "社会效益指标", 20, "≥", 8, "万人次", 8.6, 20),
        t("基层文化阵地长效运行", "效益指标", "可持续影响指标", 10, "长期", "长期", 10),
        q("群众满意度", "满意度指标", "服务对象满意度指标", 10, "≥", 90, "%", 92.4, 10),
    ]
    es = D("9.5")
    total = sum_scores(inds, es)
    groups = [("产出指标", inds[:4]), ("效益指标", inds[4:6]), ("满意度指标", inds[6:])]
    prose = []
    n = 0
    for gi, (l1, block) in enumerate(groups):
        prose.append(f"（{CN[gi]}）{l1}完成情况")
        for i in block:
            n += 1
            tgt = i.target_text() if i.cmp else i.tv
            act = i.actual_text() if i.cmp else i.av
            prose.append(f"{n}．{i.l2}：“{i.name}”指标，年度目标值{tgt}，实际完成{act}，权重{num(i.w)}分，自评得分{num(i.sc)}分。")
    lines = [
        f"{name}绩效自评报告",
        "",
        "一、项目基本情况",
        f"{name}由{unit}负责组织实施，主要用于送戏下乡、农家书屋图书补充和村级综合文化服务中心运行。",
        "二、资金投入和使用情况",
        f"2023年自治区及市级财政下达本项目预算资金{sep(fb)}万元，实际到位{sep(fb)}万元，截至2023年12月31日实际支出{sep(fe)}万元，预算执行率{pct(printed_rate)}，该项权重10分，自评得分{num(es)}分。",
        "三、绩效目标完成情况",
        *prose,
        "四、自评结论",
        f"经自评，该项目综合得分{num(total)}分，评价等级为“优”。",
        "",
        f"{unit}",
        "2024年4月2日",
    ]
    facts = project_facts(2023, dept, name, unit, {
        "budget": {"adjusted": fb, "executed": fe, "stated_execution_rate": printed_rate},
        "indicators": [execution_indicator(10, printed_rate, es), *(exp(i) for i in inds)],
        "stated_total": total, "stated_grade": "优",
    })
    facts.pop("unit")
    return Report("t04-gx-lingui-culture-fund-prose-numbered", ".txt", "\n".join(lines) + "\n", facts,
                  "Guangxi special fund report, indicators quoted in prose only (N．二级：“名称”指标，年度目标值…，实际完成…，"
                  "权重X分，自评得分Y分。); amounts \"1,260.00万元\"; 执行率 printed 96.11% for 95.11%",
                  planted=["EXECUTION_RATE_MISMATCH"])


# ---------------------------------------------------------------- t08
def t08() -> Report:
    """Henan town government: the whole-unit form printed from an OA system's detail view, every field
    a "label：value" line, indicator records separated by rules of dashes."""
    unit = "西平县出山镇人民政府"
    fa, fb, fe = D("2864.50"), D("3126.84"), D("3059.17")
    rate = rate_of(fe, fb)
    es = D("9.78")
    inds = [
        q("农村公路养护里程", "产出指标", "数量指标", 10, "≥", 45, "公里", 46.2, 10),
        q("高标准农田建设面积", "产出指标", "数量指标", 15, "≥", 1.2, "万亩", 1.2, 15),
        q("村级组织运转经费保障率", "产出指标", "质量指标", 10, "=", 100, "%", 100, 10),
        q("惠民补贴发放及时率", "产出指标", "时效指标", 10, "≥", 98, "%", 99, 10),
        q("农村生活垃圾无害化处理率", "效益指标", "生态效益指标", 15, "≥", 90, "%", 86, 14.33),
        t("乡村治理水平", "效益指标", "社会效益指标", 20, "明显提升", "明显提升", 20),
        q("辖区群众满意度", "满意度指标", "服务对象满意度指标", 10, "≥", 90, "%", 91.5, 10),
    ]
    total = sum_scores(inds, es)
    records = []
    for k, i in enumerate(inds, 1):
        records += ["------------------------------------------------------------",
                    f"序号：{k}", f"一级指标：{i.l1}", f"二级指标：{i.l2}", f"三级指标：{i.name}",
                    f"年度指标值：{i.target_text()}", f"实际完成值：{i.actual_text()}", f"分值：{num(i.w)}",
                    f"得分：{num(i.sc)}", f"偏差原因：{i.note or '无'}"]
    lines = [
        "预算绩效管理一体化系统  >  绩效自评  >  部门整体支出绩效自评  >  查看",
        "单据编号：ZTZP-2024-0412-0087",
        "单据状态：已审核",
        f"填报单位：[411621023]{unit}",
        "评价年度：2023",
        "评价类型：部门整体支出绩效自评",
        "部门基本信息",
        "编制人数：58",
        "实有人数：54",
        "预算执行情况（万元）",
        f"年初预算数：{sep(fa)}",
        f"全年预算数：{sep(fb)}",
        f"全年执行数：{sep(fe)}",
        f"执行率：{pct(rate)}",
        "分值：10",
        f"得分：{num(es)}",
        "年度总体目标：",
        "保障镇村两级组织正常运转，完成农村公路养护、高标准农田建设和人居环境整治任务。",
        "绩效指标",
        *records,
        "------------------------------------------------------------",
        f"自评总分：{num(total)}",
        "自评等级：优",
        "审核意见：同意",
        "打印人：系统管理员    打印时间：2024-04-12 16:03:27",
    ]
    facts = {
        "kind": "整体支出", "year": 2023,
        "unit": {"name": unit, "staff_total": 54, "staff_establishment": 58},
        "budget": {"initial": fa, "adjusted": fb, "executed": fe, "stated_execution_rate": rate},
        "indicators": [execution_indicator(10, rate, es), *(exp(i, number=k) for k, i in enumerate(inds, 1))],
        "stated_total": total, "stated_grade": "优",
    }
    return Report("t08-ha-xiping-town-whole-oa-keyvalue", ".txt", "\n".join(lines) + "\n", facts,
                  "Henan town whole-unit form as an OA system's detail view: breadcrumb, 单据编号, \"[code]unit\", every field "
                  "a label：value line, indicator records between dashed rules, 打印人/打印时间")


# ---------------------------------------------------------------- t10
def t10() -> Report:
    """Heilongjiang district supply and marketing co-operative: whole-unit prose with money in 元 and
    separators, a bare score list "序号 评价指标 分值 得分" at the end; the grade is one step too high."""
    unit = "哈尔滨市呼兰区供销合作社联合社"
    income, basic, project_ = D("3864215.36"), D("3102488.20"), D("742160.00")
    spent = basic + project_
    inds = [
        ("预算执行率", 15, 13.2), ("结转结余控制率", 10, 8), ("三公经费控制率", 10, 10), ("政府采购执行率", 5, 3.5),
        ("农资保供网点覆盖率", 20, 15.3), ("再生资源回收站点运营", 15, 11), ("为农服务中心建设", 15, 11.5),
        ("社员群众满意度", 10, 6),
    ]
    total = sum((D(str(s)) for _, _, s in inds), D(0))
    rows = [f"{k} {n} {w} {num(s)}" for k, (n, w, s) in enumerate(inds, 1)]
    lines = [
        f"{unit}2023年度部门整体支出绩效自评报告",
        "一、部门基本情况",
        "（一）机构人员情况。我社为参照公务员法管理的事业单位，内设办公室、业务科、财务审计科3个科室。核定事业编制15名，年末实有在编人员13人。",
        "（二）部门收支情况。",
        f"2023年度收入合计{sep(income)}元，全部为财政拨款收入。",
        f"2023年度支出合计{sep(spent)}元，其中：基本支出{sep(basic)}元，项目支出{sep(project_)}元。",
        "二、绩效自评情况",
        "按照区财政局统一部署，我社成立自评工作组，对照部门整体支出绩效评价指标逐项打分，得分情况如下：",
        "序号 评价指标 分值 得分",
        *rows,
        f"合计 100 {num(total)}",
        f"综上，我社2023年度部门整体支出绩效自评综合得分{num(total)}分，评价等级为“良”。",
        "三、存在的问题及改进措施",
        "部分为农服务项目推进进度偏慢，下一步将加快项目实施进度。",
    ]
    facts = {
        "kind": "整体支出", "year": 2023,
        "unit": {"name": unit, "internal_bodies": ["办公室", "业务科", "财务审计科"], "staff_total": 13,
                 "staff_establishment": 15, "internal_bodies_count": 3},
        "budget": {"income_total": wan(income), "expenditure_total": wan(spent),
                   "expenditure_items": [{"name": "基本支出", "amount": wan(basic)}, {"name": "项目支出", "amount": wan(project_)}]},
        "indicators": [{"number": k, "name": n, "weight": D(w), "stated_score": D(str(s))} for k, (n, w, s) in enumerate(inds, 1)],
        "stated_total": total, "stated_grade": "良", "full_mark": D(100),
    }
    return Report("t10-hl-hulan-coop-whole-prose-yuan", ".txt", "\n".join(lines) + "\n", facts,
                  "Heilongjiang co-operative: whole-unit prose with money in 元 and separators (\"3,864,215.36元\"), bare "
                  "\"序号 评价指标 分值 得分\" list, 78.5 graded 良", planted=["GRADE_MISMATCH"])


# ---------------------------------------------------------------- t13
def t13() -> Report:
    """Qinghai county agriculture bureau: a project evaluation written by a commissioned accounting firm,
    score table 一级 | 二级 | 三级 | 分值 | 得分 | 扣分 | 扣分原因, 评价得分 and 评价等级 in the summary."""
    name, unit = "牦牛藏羊良种补贴项目", "西宁市湟中区农业农村和科技局"
    fb, fe = D("426.80"), D("409.73")
    inds = [
        t("立项依据充分性", "决策", "项目立项", 4, "", "", 4, expect_target=False, expect_actual=False),
        t("绩效目标明确性", "决策", "绩效目标", 6, "", "", 4.5, expect_target=False, expect_actual=False),
        t("资金到位率", "过程", "资金管理", 5, "", "", 5, expect_target=False, expect_actual=False),
        t("预算执行率", "过程", "资金管理", 10, "", "", 9.6, expect_target=False, expect_actual=False),
        t("管理制度执行有效性", "过程", "组织实施", 5, "", "", 3, expect_target=False, expect_actual=False),
        q("良种种公畜补贴数量", "产出", "产出数量", 20, "≥", 1600, "头（只）", 1642, 20, expect_target=False, expect_actual=False),
        q("补贴发放准确率", "产出", "产出质量", 15, "=", 100, "%", 100, 15, expect_target=False, expect_actual=False),
        t("畜群品种改良效果", "效益", "社会效益", 25, "明显", "较明显", 19.5, expect_target=False, expect_actual=False),
        t("养殖户满意度", "效益", "满意度", 10, "", "", 9, expect_target=False, expect_actual=False),
    ]
    reasons = {"绩效目标明确性": "绩效指标未完全细化量化", "预算执行率": "执行率96.00%，按比例扣分",
               "管理制度执行有效性": "部分补贴档案资料不完整", "畜群品种改良效果": "改良效果监测数据不完整",
               "养殖户满意度": "满意度调查样本量偏少"}
    total = sum_scores(inds)
    rows = []
    for k, i in enumerate(inds):
        first = k == 0 or inds[k - 1].l1 != i.l1
        ded = i.weight - i.score
        rows.append(" | ".join([i.l1 if first else "", i.l2, i.name, num(i.w), num(i.sc), num(ded) if ded else "0",
                                reasons.get(i.name, "")]))
    lines = [
        f"{unit}{name}2023年度绩效评价报告",
        "青海某某会计师事务所有限公司",
        "二〇二四年四月",
        "一、基本情况",
        f"受{unit}委托，我公司对其实施的{name}开展绩效评价。项目预算资金{money(fb)}万元，实际支出{money(fe)}万元。",
        "二、评价结论",
        f"经评价，该项目评价得分{num(total)}分，评价等级为“良”。各项指标得分情况见下表。",
        "一级指标 | 二级指标 | 三级指标 | 分值 | 得分 | 扣分 | 扣分原因",
        *rows,
        f"合计 | | | 100 | {num(total)} | {num(100 - total)} |",
        "三、主要绩效",
        "全年补贴良种种公畜1642头（只），补贴资金全部通过“一卡通”发放到户。",
    ]
    facts = {
        "kind": "项目支出", "year": 2023, "project": {"name": name},
        "budget": {"adjusted": fb, "executed": fe},
        "indicators": [exp(i) for i in inds],
        "stated_total": total, "stated_grade": "良", "full_mark": D(100),
    }
    return Report("t13-qh-huangzhong-livestock-project-thirdparty-kou", ".txt", "\n".join(lines) + "\n", facts,
                  "Qinghai third-party evaluation report: firm name and date under the title, 评价得分/评价等级, score table "
                  "with 扣分 and 扣分原因 after 得分; levels 决策/过程/产出/效益")


# ---------------------------------------------------------------- t14
def t14() -> Report:
    """Shanxi district tourism bureau: whole-unit form in tab-separated rows with a 履职目标 column (the
    duty a group of indicators serves) before the levels, and the money table in 元 by a caption line."""
    unit = "太原市阳曲县文化和旅游局"
    fa, fb, fe = D("6428300.00"), D("7013560.00"), D("6877925.40")
    rate = rate_of(fe, fb)
    es = D("9.81")
    duties = ["保障公共文化服务供给", "推动文旅产业融合发展", "加强文化市场综合执法"]
    inds = [
        q("公益性文化演出场次", "产出指标", "数量指标", 15, "≥", 80, "场", 86, 15),
        q("公共文化场馆免费开放率", "产出指标", "质量指标", 10, "=", 100, "%", 100, 10),
        q("A级旅游景区接待游客人次", "效益指标", "经济效益指标", 15, "≥", 120, "万人次", 131.6, 15),
        q("文旅项目签约金额", "效益指标", "经济效益指标", 10, "≥", 3, "亿元", 2.6, 8.67),
        q("文化市场检查场次", "产出指标", "数量指标", 10, "≥", 240, "次", 256, 10),
        q("安全生产事故发生次数", "效益指标", "社会效益指标", 20, "=", 0, "次", 0, 20),
        q("群众满意度", "满意度指标", "服务对象满意度指标", 10, "≥", 90, "%", 92, 10),
    ]
    duty_of = [0, 0, 1, 1, 2, 2, None]
    total = sum_scores(inds, es)
    tab = "\t"
    rows = []
    for k, i in enumerate(inds):
        d = duty_of[k]
        first = d is not None and (k == 0 or duty_of[k - 1] != d)
        rows.append(tab.join([duties[d] if first else ("" if d is not None else "满意度"), i.l1, i.l2, i.name,
                              i.target_text(), i.actual_text(), num(i.w), num(i.sc)]))
    lines = [
        f"{unit}2023年度部门整体支出绩效自评表",
        "（单位：元）",
        tab.join(["年度预算执行情况", "年初预算数", "全年预算数", "全年执行数", "执行率", "分值", "得分"]),
        tab.join(["", sep(fa), sep(fb), sep(fe), pct(rate), "10", num(es)]),
        tab.join(["履职目标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]),
        *rows,
        tab.join(["自评总分", "", "", "", "", "", "100", num(total)]),
        tab.join(["填报人：赵晓军", "", "审核人：刘建平", "", "填报日期：2024年3月28日"]),
    ]
    facts = {
        "kind": "整体支出", "year": 2023, "unit": {"name": unit},
        "budget": {"initial": wan(fa), "adjusted": wan(fb), "executed": wan(fe), "stated_execution_rate": rate},
        "indicators": [execution_indicator(10, rate, es), *(exp(i) for i in inds)],
        "stated_total": total, "full_mark": D(100),
    }
    return Report("t14-sx-yangqu-tourism-whole-lvzhi-column-yuan", ".txt", "\n".join(lines) + "\n", facts,
                  "Shanxi whole-unit form, tab-separated: a 履职目标 column before 一级/二级/三级, money in 元 by a "
                  "\"（单位：元）\" caption line, amounts \"7,013,560.00\"")


REPORTS = [t04, t08, t10, t13, t14]
