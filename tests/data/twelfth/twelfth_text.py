# ruff: noqa: E501  (report lines are kept whole)
"""Twelfth corpus, reports as text: a Hainan county 财政局's prose summary of one project, money in 元 with
separators and 大写, the year only as 二〇二三年度 in the title (m01); a Chongqing school's Markdown report with
年度预算数 / 实际支出数 and a 指标类型 / 指标内容 / 评分标准 table, a 90%-95% range, 等级：良好 (m02); a Ningxia
衔接资金 form as tabs with a count of indicators in prose, 12.5 / 7.5 weights, a formula in a name and a wrong sum
(m07); a Tianjin street office whose form prints 分值/得分 in one cell (m08); a Hainan culture form with full-width
｜ rules and 分值 / 得分 before the targets (m10)."""

from __future__ import annotations

from twelfth_base import D, Report, daxie, exec_ind, facts, money, num, pct, q, rate_of, sum_scores, t, yuan

LEVEL_NO = "一二三四五六七八"


# ---------------------------------------------------------------- m01
def m01() -> Report:
    """Hainan: the county finance bureau summarises one water project in prose; 元 amounts with separators and
    大写; the year only in the title in Chinese numerals (the signature carries the next year)."""
    dept, unit, name = "琼中黎族苗族自治县水务局", "琼中黎族苗族自治县农村供水管理站", "农村供水工程维修养护资金"
    fa, add, fe = D("3200000.00"), D("450000.00"), D("3581246.80")
    fb = fa + add
    rate = rate_of(fe, fb)
    inds = [
        q("维修养护供水工程数量", "产出指标", "数量指标", 15, "≥", 45, "处", 48, "15.0"),
        q("水质检测覆盖率", "产出指标", "质量指标", 15, "=", 100, "%", 100, "15.0"),
        q("故障维修平均响应时间", "产出指标", "时效指标", 10, "≤", 24, "小时", 20, "10.0"),
        q("单处工程维修成本", "产出指标", "成本指标", 10, "≤", 8, "万元", 7.46, "10.0"),
        q("农村自来水普及率", "效益指标", "社会效益指标", 20, "≥", 92, "%", 91.4, 18.5),
        t("供水工程长效运行机制", "效益指标", "可持续影响指标", 10, "逐步健全", "基本健全", "9.0"),
        q("受益群众满意度", "满意度指标", "服务对象满意度指标", 10, "≥", 90, "%", 93.6, "10.0"),
    ]
    es = D("9.8")
    total = sum_scores(inds, es)
    lines = [f"琼中黎族苗族自治县二〇二三年度{name}绩效自评报告", "",
             "琼中黎族苗族自治县财政局", "",
             "一、项目概况",
             f"该项目主管部门为{dept}，实施单位为{unit}，主要用于全县农村集中供水工程的日常维修、管网更换和水质检测。", "",
             "二、资金安排及使用情况",
             f"年初下达预算{yuan(fa)}元，年中追加{yuan(add)}元，年度预算数合计{yuan(fb)}元（大写：{daxie(fb)}）。"
             f"截至年末实际支出数{yuan(fe)}元（大写：{daxie(fe)}），预算执行率{pct(rate)}，预算执行率指标分值10分，得分{num(es)}分。", "",
             "三、绩效指标完成情况"]
    block = ""
    for ind in inds:
        if ind.l1 != block:
            block = ind.l1
            lines.append(f"（{LEVEL_NO['产出效益满意'.index(block[0]) // 2]}）{block}")
        target = ind.target_text()
        actual = ind.actual_text()
        lines.append(f"{ind.l2}——{ind.name}：指标值{target}，完成值{actual}，分值{num(ind.w)}分，得分{ind.sc}分。")
    lines += ["", "四、自评结论",
              f"经对照年度绩效目标逐项打分，本项目综合得分为{num(total)}分，等级：优秀。", "",
              "二〇二四年三月十五日", ""]
    rest = facts("项目支出", 2023, {"dept": dept, "project": name, "unit": unit},
                 {"initial": fa / 10000, "adjusted": fb / 10000, "executed": fe / 10000, "stated_execution_rate": rate},
                 [exec_ind(10, rate, es), *inds], total, "优", full_mark=False)
    return Report("m01-hi-qiongzhong-water-finance-prose-daxie", ".txt", "\n".join(lines), rest,
                  note="county 财政局 prose summary; 元 with separators and 大写; 二〇二三年度 only in the title")


# ---------------------------------------------------------------- m02
def m02() -> Report:
    """Chongqing: a township school's Markdown report; money as 年度预算数 / 实际支出数; indicators with
    指标类型 (the 二级) / 指标内容 (the name) / 评分标准; one target a range 90%-95%; 绩效评价得分 and 等级：良好."""
    dept, unit = "彭水苗族土家族自治县教育委员会", "彭水苗族土家族自治县朗溪乡中心校"
    name = "农村义务教育学生营养改善计划补助资金"
    fb, fe = D("186.40"), D("181.75")
    rate = rate_of(fe, fb)
    es = D("9.75")
    rows = [  # indicator, 评分标准
        (q("受益学生人数", "产出指标", "数量指标", 15, "≥", 1200, "人", 1236, 15), "完成目标得满分，每少1%扣1分"),
        (q("食堂食品安全检查合格率", "产出指标", "质量指标", 15, "=", 100, "%", 96, 12, note="2次检查发现问题，已整改"), "每低1个百分点扣0.75分"),
        (q("学生体质健康达标率", "产出指标", "质量指标", 10, "≥", 90, "%", 92.6, 10, tgt_cell="90%-95%", expect_target=False), "在区间内得满分"),
        (q("补助资金拨付及时率", "产出指标", "时效指标", 10, "≥", 95, "%", 93, 9, note="第四季度拨付延后"), "每低1个百分点扣0.5分"),
        (q("每生每天膳食补助标准", "产出指标", "成本指标", 10, "=", 5, "元", 5, 10), "按标准执行得满分"),
        (t("学生营养健康水平", "效益指标", "社会效益指标", 15, "有所提高", "部分提高", 10, note="部分学生挑食偏食"), "达到目标得满分，部分达到得10分"),
        (t("营养餐管理制度执行", "效益指标", "可持续影响指标", 5, "长期有效", "长期有效", 5), "制度健全且执行得满分"),
        (q("学生及家长满意度", "满意度指标", "服务对象满意度指标", 10, "≥", 90, "%", 88.2, 8.2), "每低1个百分点扣1分，扣完为止"),
    ]
    inds = [r[0] for r in rows]
    total = sum_scores(inds, es)
    md = [f"# {unit}2023年度{name}绩效自评报告", "",
          f"**主管部门：**{dept}  ", f"**实施单位：**{unit}  ", f"**项目名称：**{name}", "",
          "## 一、资金执行情况", "",
          "| 年度预算数（万元） | 实际支出数（万元） | 预算执行率 | 分值 | 得分 |",
          "|---:|---:|---:|---:|---:|",
          f"| {money(fb)} | {money(fe)} | {pct(rate)} | 10 | {num(es)} |", "",
          "## 二、绩效指标完成情况", "",
          "| 一级指标 | 指标类型 | 指标内容 | 目标值 | 完成值 | 分值 | 评分标准 | 得分 | 偏差说明 |",
          "|---|---|---|---|---|---:|---|---:|---|"]
    for ind, rule in rows:
        md.append(f"| {ind.l1} | {ind.l2} | {ind.name} | {ind.target_text()} | {ind.actual_text()} | {num(ind.w)} | {rule} | {num(ind.sc)} | {ind.note} |")
    md += ["", "## 三、自评结论", "", f"绩效评价得分：{num(total)}分", "", "等级：良好", ""]
    rest = facts("项目支出", 2023, {"dept": dept, "project": name, "unit": unit},
                 {"adjusted": fb, "executed": fe, "stated_execution_rate": rate},
                 [exec_ind(10, rate, es), *inds], total, "良", full_mark=False)
    return Report("m02-cq-pengshui-school-md-zhibiaoleixing", ".md", "\n".join(md), rest,
                  note="Markdown; 年度预算数/实际支出数; 指标类型/指标内容/评分标准; 90%-95%; 等级：良好")


# ---------------------------------------------------------------- m07
def m07() -> Report:
    """Ningxia: a 衔接资金 project form copied with tabs after a paragraph that counts the indicators; weights
    12.5 and 7.5; a name carrying its formula in brackets; the stated total is one point above the sum."""
    dept, unit = "吴忠市同心县农业农村局", "同心县韦州镇人民政府"
    name = "肉牛养殖产业衔接推进乡村振兴补助资金项目"
    fa = fb = D("1860.00")
    fe = D("1812.46")
    rate = rate_of(fe, fb)
    es = D("9.74")
    inds = [
        q("新建标准化养殖圈舍", "产出指标", "数量指标", 12.5, "≥", 24000, "平方米", 24600, 12.5),
        q("带动脱贫户发展养殖", "产出指标", "数量指标", 12.5, "≥", 350, "户", 362, 12.5),
        q("圈舍工程验收合格率", "产出指标", "质量指标", 10, "=", 100, "%", 100, 10),
        q("资金结余率（结余数/预算数）", "产出指标", "成本指标", 7.5, "≤", 5, "%", 2.56, 7.5),
        t("项目完工时间", "产出指标", "时效指标", 7.5, "2023年10月底前", "2023年11月完成", 6, note="受雨季影响推迟完工"),
        q("带动脱贫户户均增收", "效益指标", "经济效益指标", 15, "≥", 2000, "元", 2150, 15),
        t("联农带农机制", "效益指标", "可持续影响指标", 10, "长期有效", "长期有效", 10),
        q("受益群众满意度", "满意度指标", "服务对象满意度指标", 15, "≥", 90, "%", 95.2, 15),
    ]
    stated = sum_scores(inds, es) + 1  # planted: one point more than the rows give
    head = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "权重", "得分", "未完成原因分析"]
    lines = [f"同心县2023年度{name}绩效自评报告", "",
             "一、绩效目标设定情况",
             "本项目共设置绩效指标8个，其中一级指标3个、二级指标7个、三级指标8个，权重合计90分，预算执行率权重10分。", "",
             "二、自评结果",
             f"经自评，项目综合得分{num(stated)}分，评价等级为优。", "",
             "附表：衔接推进乡村振兴补助资金项目绩效自评表", "",
             "\t".join(["项目名称", name, "", "", "", "", "", ""]),
             "\t".join(["主管部门", dept, "", "", "实施单位", unit, "", ""]),
             "\t".join(["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "权重", "执行率", "得分"]),
             "\t".join(["", "年度资金总额", money(fa), money(fb), money(fe), "10", pct(rate), num(es)]),
             "\t".join(head)]
    last = ("", "")
    for ind in inds:
        l1 = ind.l1 if ind.l1 != last[0] else ""
        l2 = ind.l2 if (ind.l1, ind.l2) != last else ""
        last = (ind.l1, ind.l2)
        lines.append("\t".join([l1, l2, ind.name, ind.target_text(), ind.actual_text(), num(ind.w), num(ind.sc), ind.note]))
    lines += ["\t".join(["合计", "", "", "", "", "100", num(stated), ""]), ""]
    rest = facts("项目支出", 2023, {"dept": dept, "project": name, "unit": unit},
                 {"initial": fa, "adjusted": fb, "executed": fe, "stated_execution_rate": rate},
                 [exec_ind(10, rate, es), *inds], stated, "优")
    return Report("m07-nx-tongxin-cattle-xianjie-tabs-count", ".txt", "\n".join(lines), rest,
                  note="衔接资金 form as tabs; counted indicators in prose; 12.5/7.5 weights; formula in a name",
                  planted=["TOTAL_MISMATCH"])


# ---------------------------------------------------------------- m08
def m08() -> Report:
    """Tianjin: a street office's whole-unit report; the execution score in prose; the form prints one
    分值/得分 cell ("10/9.5"), rows separated by runs of spaces."""
    unit = "天津市宁河区芦台街道办事处"
    fa, fb, fe = D("3950.00"), D("4286.52"), D("4173.90")
    rate = rate_of(fe, fb)
    es = D("9.74")
    inds = [
        q("老旧小区改造", "产出指标", "数量指标", 10, "≥", 6, "个", 6, 10),
        q("网格员培训", "产出指标", "数量指标", 10, "≥", 120, "人次", 135, 10),
        q("信访事项按期办结率", "产出指标", "质量指标", 10, "≥", 95, "%", 96.8, 10),
        q("低保金按月发放率", "产出指标", "时效指标", 10, "=", 100, "%", 100, 10),
        q("公务接待费支出", "产出指标", "成本指标", 10, "≤", 8, "万元", 6.35, 10),
        q("辖区刑事案件发案率下降", "效益指标", "社会效益指标", 15, "≥", 5, "%", 3.8, 12),
        t("社区治理长效机制", "效益指标", "可持续影响指标", 10, "健全", "基本健全", 8.5),
        q("辖区居民满意度", "满意度指标", "服务对象满意度指标", 15, "≥", 90, "%", 91.3, 15),
    ]
    total = sum_scores(inds, es)
    lines = [f"{unit}2023年度部门整体支出绩效自评报告", "",
             "一、部门预算执行情况",
             f"2023年年初预算数{money(fa)}万元，全年预算数{money(fb)}万元，全年执行数{money(fe)}万元，预算执行率{pct(rate)}。"
             f"预算执行率指标分值10分，自评得分{num(es)}分。", "",
             "二、绩效指标完成情况（分值/得分单位：分）", "",
             "  ".join(["序号", "一级指标", "二级指标", "绩效指标", "目标值", "实际值", "分值/得分"])]
    for i, ind in enumerate(inds, 1):
        lines.append("  ".join([str(i), ind.l1, ind.l2, ind.name, ind.target_text(), ind.actual_text(), f"{num(ind.w)}/{num(ind.sc)}"]))
    lines += ["", "三、自评结论", f"本年度部门整体支出绩效自评得分{num(total)}分，评价等级：优。", ""]
    rest = facts("整体支出", 2023, {"name": unit},
                 {"initial": fa, "adjusted": fb, "executed": fe, "stated_execution_rate": rate},
                 [exec_ind(10, rate, es), *inds], total, "优", full_mark=False)
    return Report("m08-tj-lutai-street-weight-slash-score", ".txt", "\n".join(lines), rest,
                  note="whole-unit; 分值/得分 in one cell; execution score only in prose")


# ---------------------------------------------------------------- m10
def m10() -> Report:
    """Hainan: a culture centre's project form with full-width ｜ rules, 分值 and 得分 before the targets and a
    扣分说明 column; money on one label line."""
    dept, unit = "五指山市旅游和文化广电体育局", "五指山市文化馆"
    name = "黎族苗族非物质文化遗产保护传承专项资金"
    fa, fb, fe = D("85.00"), D("92.60"), D("90.38")
    rate = rate_of(fe, fb)
    es = D("9.76")
    inds = [
        q("开展非遗展演活动", "产出指标", "数量指标", 15, "≥", 20, "场", 22, 15),
        q("扶持非遗代表性传承人", "产出指标", "数量指标", 10, "≥", 45, "人", 45, 10),
        q("传习所建设达标率", "产出指标", "质量指标", 10, "≥", 90, "%", 87.5, 9, note="1个传习所设施未达标"),
        t("传承人补助发放时间", "产出指标", "时效指标", 10, "2024年6月底前", "2024年6月完成", 10),
        q("单场展演平均成本", "产出指标", "成本指标", 5, "≤", 1.2, "万元", 1.08, 5),
        t("非遗项目社会知晓度", "效益指标", "社会效益指标", 15, "明显提升", "明显提升", 15),
        t("非遗保护传承机制", "效益指标", "可持续影响指标", 10, "持续完善", "持续完善", 10),
        q("群众及传承人满意度", "满意度指标", "服务对象满意度指标", 15, "≥", 90, "%", 93, 15),
    ]
    total = sum_scores(inds, es)
    bar = "｜"
    lines = [f"{unit}2024年度{name}绩效自评表", "",
             f"项目名称：{name}", f"主管部门：{dept}　　实施单位：{unit}",
             f"资金情况（万元）：年初预算{money(fa)}；全年预算{money(fb)}；全年执行{money(fe)}；执行率{pct(rate)}；分值10分；得分{num(es)}分", "",
             bar.join(["一级指标", "二级指标", "三级指标", "分值", "得分", "年度指标值", "实际完成值", "扣分说明"])]
    last = ("", "")
    for ind in inds:
        l1 = ind.l1 if ind.l1 != last[0] else ""
        l2 = ind.l2 if (ind.l1, ind.l2) != last else ""
        last = (ind.l1, ind.l2)
        lines.append(bar.join([l1, l2, ind.name, num(ind.w), num(ind.sc), ind.target_text(), ind.actual_text(), ind.note]))
    lines += [bar.join(["合计", "", "", "100", num(total), "", "", ""]), "", "自评等级：优", ""]
    rest = facts("项目支出", 2024, {"dept": dept, "project": name, "unit": unit},
                 {"initial": fa, "adjusted": fb, "executed": fe, "stated_execution_rate": rate},
                 [exec_ind(10, rate, es), *inds], total, "优")
    return Report("m10-hi-wuzhishan-heritage-fullwidth-bars", ".txt", "\n".join(lines), rest,
                  note="full-width ｜ rules; 分值/得分 before the targets; money on one label line")


REPORTS = [m01, m02, m07, m08, m10]
