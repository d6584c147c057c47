# ruff: noqa: E501  (report sentences are kept on one line to stay readable)
"""Sixth corpus, text copies with artefacts of the page or viewer: a PDF copy with spaces between
Chinese and digits and inside words (s09), a Yunnan project report whose cover names a 2023 fund
evaluated for 2024 (s10), a Chongqing form over two PDF pages with a repeated header and a row split
by the page break (s13), a tender-site copy with masked names ("**县", "****财政局") (s14), a Hunan
2018 得分表 whose weights sit in the level cells and whose scores wrap onto the next line (s16)."""

from __future__ import annotations

import re
from typing import Any

from sixth_base import D, Report, exec_score, execution_indicator, exp, num, pct, q, rate_of, sections, sum_scores, t

_CJK = r"[\u4e00-\u9fff（）：，。、]"


def pdf_spaces(text: str, every: int = 19) -> str:
    """Spaces a PDF text layer puts between Chinese and digits, and after every ``every``-th Chinese
    character inside a run (a font or kerning break)."""
    text = re.sub(rf"({_CJK})(?=[0-9≥≤])", r"\1 ", text)
    text = re.sub(rf"([0-9%])(?={_CJK})", r"\1 ", text)
    out, run = [], 0
    for ch in text:
        out.append(ch)
        run = run + 1 if "\u4e00" <= ch <= "\u9fff" else 0
        if run and run % every == 0:
            out.append(" ")
    return "".join(out)


# ---------------------------------------------------------------- s09
def s09() -> Report:
    unit = "沅江市草尾镇人民政府"
    fa, fb, fe = D("2416.35"), D("2689.72"), D("2612.04")
    rate = rate_of(fe, fb)
    bodies = ["党政办公室", "党建办公室", "经济发展办公室", "社会事务办公室", "自然资源和生态环境办公室", "应急管理办公室", "社会治安综合治理办公室"]
    inds = [
        q("村级组织运转保障率", "", "", 10, "=", 100, "%", 100, 10, number=2, cmp_shown=False),
        q("农村人居环境整治村数", "", "", 15, "≥", 16, "个", 16, 15, number=3),
        q("高标准农田建设面积", "", "", 15, "≥", 3200, "亩", 3350, 15, number=4),
        q("防汛抗旱物资储备到位率", "", "", 10, "=", 100, "%", 100, 10, number=5, cmp_shown=False),
        q("安全生产事故起数", "", "", 10, "≤", 1, "起", 0, 10, number=6),
        q("群众信访按期办结率", "", "", 10, "≥", 95, "%", 97.6, 10, number=7),
        q("财政供养人员控制率", "", "", 10, "≤", 100, "%", 94.44, 10, number=8),
        q("群众满意度", "", "", 10, "≥", 90, "%", 91.5, 10, number=9),
    ]
    es = exec_score(10, rate)
    total = sum_scores(inds, es)
    paras = [
        f"{unit}2023年度部门整体支出绩效评价报告",
        "根据《沅江市财政局关于做好2023年度预算绩效自评工作的通知》，我单位认真负责、客观公正地开展2023年度部门整体支出绩效自评工作，现将有关情况报告如下：",
        "一、基本情况",
        f"{unit}是市委、市人民政府领导下的镇一级政权机构，负责执行本级人民代表大会的决议和上级国家行政机关的决定和命令，制定并组织实施本镇经济和社会发展计划，管理本镇的经济、教育、科学、文化、卫生、民政、公安、司法行政等行政工作。",
        f"草尾镇人民政府现有在职人员68人，离退休人员57人，分流人员12人。根据机构改革“三定”方案，全镇总编制为72个，其中行政编30个、事业编42个。镇本级内设职能办公室7个：{'、'.join(bodies)}。",
        "二、部门整体支出情况",
        f"2023年年初预算{fa}万元，年中追加调整后全年预算{fb}万元，全年实际支出{fe}万元，预算执行率{pct(rate)}。其中：基本支出1487.26万元，项目支出1124.78万元。",
        "三、绩效自评情况",
        f"1、预算执行率（10分）：全年预算执行率{pct(rate)}，得{num(es)}分。",
        *(f"{i.number}、{i.name}（{num(i.w)}分）：目标值{i.target_text()}，实际完成{i.actual_text()}，得{num(i.sc)}分。" for i in inds),
        f"综合自评得分{num(total)}分，等级为优。",
        *sections(unit, "部门整体支出", numbered=("四", "五", "六", "七", "八")),
    ]
    text = "\n".join(pdf_spaces(p) for p in paras) + "\n"
    expected = [{"number": 1, **execution_indicator(10, rate, es)}, *(exp(i, level1=None, level2=None) for i in inds)]
    facts: dict[str, Any] = {
        "kind": "整体支出", "year": 2023,
        "unit": {"name": unit, "internal_bodies": bodies, "staff_total": 68, "staff_establishment": 72, "internal_bodies_count": 7},
        "budget": {"initial": fa, "adjusted": fb, "executed": fe, "stated_execution_rate": rate,
                   "expenditure_items": [{"name": "基本支出", "amount": D("1487.26")}, {"name": "项目支出", "amount": D("1124.78")}]},
        "indicators": expected, "stated_total": total, "stated_grade": "优",
    }
    return Report("s09-hn-caowei-town-whole-pdfspaces", ".txt", text, facts,
                  "Hunan town prose report copied from a PDF: a space between every Chinese character and digit (\"现有在职人员 68 人\", "
                  "\"（ 10 分）\", \"得 9.71 分\") and a stray space inside long words; staff \"全镇总编制为72个，其中行政编…\" beside "
                  "\"现有在职人员68人，离退休人员57人，分流人员12人\"; seven bodies after \"内设职能办公室7个：\"")


# ---------------------------------------------------------------- s10
def s10() -> Report:
    dept = "禄劝彝族苗族自治县林业和草原局"
    unit = dept + "森林防火办公室"
    name = "2023年森林防火补助资金"
    fb, fe = D("86"), D("84.62")
    rate = rate_of(fe, fb)
    es = exec_score(10, rate)
    inds = [
        q("护林员巡护人数", "产出指标", "数量指标", 10, "≥", 120, "人", 126, 10),
        q("防火宣传活动场次", "产出指标", "数量指标", 10, "≥", 30, "场次", 32, 10),
        q("防火设施验收合格率", "产出指标", "质量指标", 10, "=", 100, "%", 100, 10),
        q("资金拨付及时率", "产出指标", "时效指标", 10, "≥", 95, "%", 98, 10),
        q("防火物资采购成本", "产出指标", "成本指标", 10, "≤", 30, "万元", 29.6, 10),
        q("森林火灾受害率", "效益指标", "社会效益指标", 10, "≤", 0.9, "‰", 0.2, 10),
        q("森林覆盖率", "效益指标", "生态效益指标", 10, "≥", 72, "%", 72.6, 10),
        t("防火长效机制", "效益指标", "可持续影响指标", 10, "健全", "基本健全", 8, note="村级扑火队伍考核办法尚在完善"),
        q("群众满意度", "满意度指标", "服务对象满意度指标", 10, "≥", 90, "%", 92, 10),
    ]
    total = sum_scores(inds, es)

    def row(ind: Any, lead: str) -> str:
        return f"| {lead}{ind.name} | {ind.target_text()} | {ind.actual_text()} | {num(ind.w)} | {num(ind.sc)} | {ind.note} |"

    title = "禄劝县林业和草原局2023年森林防火补助资金项目支出绩效自评报告"
    lines = [
        title, title, "（2024年度）",
        f"部门名称（公章）：{dept}", f"项目单位：{unit}", f"主管部门： {dept}",
        "项目名称： 2023年森林防火补助资金项目支出", "绩效自评报告", "绩效自评日期： 2025年4月", "评价小组成员：",
        "评价小组 机构职位 | 姓名 | 职务/职称 | 所属单位/处室 | 签字 |",
        "组长 | 李国荣 | 党组书记、局长 | 禄劝县林业和草原局 | |",
        "副组长 | 杨春梅 | 党组成员、副局长 | 禄劝县林业和草原局 | |",
        "成员 | 张志宏 | 森林防火办公室主任 | 禄劝县林业和草原局 | |",
        "成员 | 王丽琼 | 财务室负责人 | 禄劝县林业和草原局 | |",
        "报告撰写人（签字）：", "年 月 日 | ||||", "评价工作负责人（签字）：", "年 月 日 |",
        "目录", "摘要", "一、 项目基本情况", "二、绩效评价工作情况", "三、评价结论及绩效分析", "四、项目主要经验及做法、存在的问题和建议", "五、附件",
        "一、项目基本情况",
        f"（一）项目立项背景。2023年省级下达我县森林防火补助资金{num(fb)}万元，用于护林员巡护补助、防火宣传、防火物资储备和防火设施维护。因资金于2023年12月下达，项目于2024年实施。",
        f"（二）项目实施情况。截至2024年12月31日，项目资金已支出{fe}万元，资金执行率{pct(rate)}。",
        "二、绩效评价工作情况",
        "评价小组采用资料核查、现场查看和问卷调查相结合的方式，对照绩效目标逐项评分。",
        "三、评价结论及绩效分析",
        f"（一）评价结论。经评价，该项目综合得分{num(total)}分，评价等级为“优”。",
        "附件：项目支出绩效自评表",
        "| 项目支出绩效自评表 |", "| （2024年度） |",
        f"| 项目名称 | {name} |",
        f"| 主管部门 | {dept} | 实施单位 | {unit} |",
        "| 项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |",
        f"| 年度资金总额 | {num(fb)} | {num(fb)} | {fe} | 10 | {pct(rate)} | {num(es)} |",
        "| 其中：当年财政拨款 | | | | | | |",
        f"| 上年结转资金 | {num(fb)} | {num(fb)} | {fe} | | | |",
        "| 其他资金 | | | | | | |",
        "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |",
        row(inds[0], "产出指标 | 数量指标 | "), row(inds[1], "产出指标 | 数量指标 | "), row(inds[2], "产出指标 | 质量指标 | "),
        row(inds[3], "产出指标 | 时效指标 | "), row(inds[4], "产出指标 | 成本指标 | "), row(inds[5], "效益指标 | 社会效益指标 | "),
        row(inds[6], "效益指标 | 生态效益指标 | "), row(inds[7], "效益指标 | 可持续影响指标 | "),
        row(inds[8], "满意度指标 | 服务对象满意度指标 | "),
        f"| 总分 | 100 | {num(total)} |",
    ]
    facts: dict[str, Any] = {
        "kind": "项目支出", "year": 2024, "unit": {"supervising_department": dept},
        "project": {"name": name, "implementing_unit": unit},
        "budget": {"initial": fb, "adjusted": fb, "executed": fe, "stated_execution_rate": rate,
                   "fund_rows": [{"name": "上年结转资金", "initial": fb, "adjusted": fb, "executed": fe}]},
        "indicators": [execution_indicator(10, rate, es), *(exp(i) for i in inds)],
        "stated_total": total, "stated_grade": "优", "full_mark": D(100),
    }
    return Report("s10-yn-luquan-forestry-project-cover-2023fund", ".txt", "\n".join(lines) + "\n", facts,
                  "Yunnan project report whose title names a 2023 fund and whose cover says （2024年度）: the evaluation year is 2024 "
                  "(funds arrived late, spent in 2024, a 上年结转资金 row); a cover with 部门名称（公章）/项目单位/项目名称 wrapped over two "
                  "lines, an evaluation-team table with a 签字 column and \"年 月 日 | ||||\" rows, a table of contents")


# ---------------------------------------------------------------- s13
def s13() -> Report:
    unit = "大渡口区跃进村街道办事处"
    fa, fb, fe = D("1568.20"), D("1702.45"), D("1655.31")
    rate = rate_of(fe, fb)
    es = exec_score(10, rate)
    rows = [  # name, unit, kind, 年初, 调整, 完成, 系数, 权重, 得分, 核心
        ("财政供养人员控制率", "%", "定量指标", "100%", "", "95%", "100%", 5, 5, False),
        ("“三公”经费控制率", "%", "定量指标", "100%", "", "86%", "100%", 5, 5, False),
        ("网格事件按期处置率", "%", "定量指标", "95%", "", "98.2%", "100%", 15, 15, True),
        ("老旧小区改造户数", "户", "定量指标", "860户", "820户", "812户", "99%", 10, D("9.9"), True),
        ("城市管理数字化案件结案率", "%", "定量指标", "95%", "", "96.8%", "100%", 10, 10, False),
        ("社区矫正对象管控率", "%", "定量指标", "100%", "", "100%", "100%", 10, 10, True),
        ("辖区安全生产事故起数", "起", "定量指标", "2起", "", "0起", "100%", 10, 10, False),
        ("民生服务事项办结率", "%", "定量指标", "98%", "", "99.1%", "100%", 10, 10, False),
        ("社区服务阵地建设", "", "定性指标", "完善", "", "基本完善", "80%", 5, 4, False),
        ("居民满意度", "%", "定量指标", "90%", "", "93.6%", "100%", 10, 10, True),
    ]
    total = es + sum((D(str(r[8])) for r in rows), D(0))
    header = "指标名称 计量单位 指标性质 年初指标值 调整指标值 全年完成值 得分系数（%） 指标权重（分） 指标得分（分） 是否核心指标"

    def line(r: tuple[Any, ...]) -> str:
        return " ".join(x for x in [r[0], r[1], r[2], r[3], r[4], r[5], r[6], num(r[7]), num(r[8]), "是" if r[9] else "否"] if x)

    page1 = [line(r) for r in rows[:5]] + ["社区矫正对象"]
    split = rows[5]
    page2 = [" ".join(x for x in ["管控率", split[1], split[2], split[3], split[5], split[6], num(split[7]), num(split[8]), "是"] if x)]
    page2 += [line(r) for r in rows[6:]]
    lines = [
        f"重庆市{unit}2023年度部门整体绩效自评表",
        "部门整体绩效自评表",
        f"主管部门 {unit} 自评总分（分） {num(total)}",
        "部门预算执行情况（万元） 年初预算数 全年（调整）预算数 全年执行数 执行率（%） 执行率权重 执行率得分（分）",
        f"{fa} {fb} {fe} {pct(rate)} 10 {num(es)}",
        "当年绩效目标 年初绩效目标 全年（调整）绩效目标 全年目标实际完成情况",
        "抓好基层治理、城市管理和民生服务，完成老旧小区改造等年度任务。 无 全面完成年度任务，老旧小区改造812户。",
        header, *page1,
        "", "第 1 页，共 2 页", "\f",
        f"{unit}2023年度部门整体绩效自评表（续）",
        header, *page2,
        "填表人：刘敏 联系电话：023-68831025 填报日期：2024年4月2日",
        "", "第 2 页，共 2 页",
    ]
    expected: list[dict[str, Any]] = [execution_indicator(10, rate, es)]
    for name, u, kind, first, adjusted, done, _, w, sc, core in rows:
        target, actual = adjusted or first, done
        item: dict[str, Any] = {"name": name, "weight": D(w)}
        if kind == "定量指标":
            item["target"] = {"value": D(target.rstrip("%户起")), "unit": u}
            item["actual"] = {"value": D(actual.rstrip("%户起")), "unit": u}
        else:
            item["target"], item["actual"] = {"text": target}, {"text": actual}
        item["stated_score"] = D(str(sc))
        if core:
            item["core"] = True
        expected.append(item)
    facts: dict[str, Any] = {
        "kind": "整体支出", "year": 2023, "unit": {"name": unit},
        "budget": {"initial": fa, "adjusted": fb, "executed": fe, "stated_execution_rate": rate},
        "indicators": expected, "stated_total": total,
    }
    return Report("s13-cq-dadukou-street-whole-pagebreak", ".txt", "\n".join(lines) + "\n", facts,
                  "Chongqing 部门整体绩效自评表 from a PDF viewer, rows space-separated, over two pages: page footer \"第 1 页，共 2 页\", "
                  "a form feed, a running title \"…（续）\", the header row repeated on page 2, one row split by the page break "
                  "(\"社区矫正对象\" / \"管控率 % 定量指标 …\"), an adjusted target (860户 → 820户)")


# ---------------------------------------------------------------- s14
def s14() -> Report:
    fb, fe = D("1860"), D("1796.45")
    rate = rate_of(fe, fb)
    lines = [
        "**县2023年度中央水利发展资金", "绩效自评报告",
        f"****财政局*财农指【2023】12号文件《关于下达2023年中央水利发展资金预算的通知》，下达**县2023年中央水利发展资金{num(fb)}万元。其中：中小河流治理工程1120万元，小型水库工程维修养护48万元，农村饮水工程维修养护92万元，小流域综合治理560万元，山洪灾害防治设施维养40万元。中央资金已全部到位。",
        "（一）资金管理情况", "****水务局、****财政局严格执行资金管理办法，实行专账核算、专款专用，按工程进度拨付资金。",
        "（二）资金使用情况", f"截至2023年12月31日，已支付{fe}万元，支付率{pct(rate)}。未支付部分为工程质保金，将于质保期满后支付。",
        "（三）实施项目情况", "**县2023年度中央水利发展资金项目，主体工程全部完工。",
        "1、中小河流治理工程治理河道总长3.45km，其中**河干流2.81km，支沟0.64km；新建堤防1.2km，护岸4段。",
        "2、小型水库维修养护12座，农村饮水工程维修养护管网18.6km。",
        "3、小流域综合治理面积16.2平方公里。",
        "二、绩效目标完成情况",
        "1、中小河流治理长度：目标值≥3.2公里，实际完成3.45公里。",
        "2、小型水库维修养护座数：目标值≥12座，实际完成12座。",
        "3、工程验收合格率：目标值100%，实际完成100%。",
        "4、受益人口：目标值≥2.8万人，实际完成3.1万人。",
        "5、受益群众满意度：目标值≥90%，实际完成94%。",
        "三、存在问题", "部分项目前期手续办理时间较长，开工时间偏晚。",
        "四、下一步措施", "提前做好项目储备和前期工作，资金下达后及时开工。",
        "五、自评结论", "经综合评价，**县2023年度中央水利发展资金绩效自评得分96分，等级为优。",
        "****水务局", "2024年3月8日",
    ]
    facts: dict[str, Any] = {
        "kind": "项目支出", "year": 2023,
        "budget": {"adjusted": fb, "executed": fe, "stated_execution_rate": rate},
        "stated_total": D(96), "stated_grade": "优",
    }
    return Report("s14-nm-masked-water-fund-project-prose", ".txt", "\n".join(lines) + "\n", facts,
                  "Inner Mongolia county water fund report as reposted by a tender site that masks names with asterisks "
                  "(\"**县\", \"****财政局\", \"****水务局\"): title over two lines, 下达…万元 with 其中 uses (not fund sources), "
                  "已支付…万元，支付率…%, targets without scores")


# ---------------------------------------------------------------- s16
def s16() -> Report:
    unit = "汨罗市农业农村局"
    tree: list[tuple[str, int, list[tuple[str, int, list[tuple[str, int, Any]]]]]] = [
        ("部门决策", 25, [("目标任务", 15, [("相关性", 5, 5), ("明确性", 5, 5), ("合理性", 5, 4)]),
                      ("预算编制", 10, [("测算依据", 5, 4), ("目标管理", 5, 5)])]),
        ("综合管理", 30, [("资金管理", 15, [("资金分配时限", 5, 5), ("资金使用合规性", 10, 10)]),
                      ("制度建设", 15, [("内控制度", 8, 7), ("档案管理", 7, 6)])]),
        ("部门绩效", 45, [("履职效果", 35, [("重点工作完成率", 15, 15), ("专项任务完成", 20, 18)]),
                      ("社会满意度", 10, [("服务对象满意度", 10, D("9.5"))])]),
    ]
    expected: list[dict[str, Any]] = []
    parts: list[str] = []
    total = D(0)
    split_l1 = {"部门决策": "部门决 策(25 分)", "综合管理": "综合管 理(30 分)", "部门绩效": "部门绩 效(\n45 分)"}
    for l1, _, l2s in tree:
        parts.append(split_l1[l1])
        for l2, w2, l3s in l2s:
            parts.append(f"{l2}({w2} 分)")
            for l3, w3, sc in l3s:
                parts.append(f"{l3}({w3} 分)\n{num(sc)}")
                expected.append({"name": l3, "level1": l1, "level2": l2, "weight": D(w3), "stated_score": D(str(sc))})
                total += D(str(sc))
    table = "2018 年部门整体支出绩效评价得分表 一级指 标 二级指标 三级指标 得分 " + " ".join(parts) + f" 总分\n{num(total)}"
    text = "\n".join([
        "编辑: 清风 | 2019-07-12 |",
        f"{unit}2018年度部门整体支出绩效自评报告",
        "1.部门基本情况. 本局为市人民政府工作部门，内设办公室、计划财务股、农业产业化股等机构，负责全市农业农村发展规划、",
        "农村经营管理、农产品质量安全监管等工作。",
        "2.部门整体支出情况. 2018 年度部门整体支出按照年初预算和年中调整执行，各项资金及时拨付到位。",
        "3.部门整体支出绩效自评开展情况. 按照预算绩效管理要求，本部门对",
        f"2018 年整体支出开展绩 效自评，自评得分\n{num(total)} 分，存在的问题：一是年初编制项目资金 预算时对对象摸底不够准确，造成预算资金偏大。二是专项资 金申报不够及时。下一步改进措施：一是年初编制预算时应对",
        "项目实施对象准确摸底，确保预算安排的准确性。二是按要求 开展专项工作，按进度申报资金计划，及时拨付资金。",
        table,
        "4.绩效自评结果应用. 自评结果已报市财政局，并在本局门户网站公开。",
    ]) + "\n"
    facts: dict[str, Any] = {
        "kind": "整体支出", "year": 2018, "unit": {"name": unit},
        "indicators": expected, "stated_total": total,
        "stated_block_weights": {l1: D(w1) for l1, w1, _ in tree},
    }
    return Report("s16-hn-miluo-agri-whole-2018-scoresheet", ".txt", text, facts,
                  "Hunan 2018 部门整体支出绩效评价得分表 from a forum copy of a PDF: weights only inside the level cells "
                  "(\"相关性(5 分)\"), each score wrapped onto the next line in front of the next name, words split by spaces "
                  "(\"部门决 策\", \"一级指 标\"), a bracket split over lines (\"部门绩 效(\\n45 分)\"), no 指标值/实际值 columns")


REPORTS = [s09, s10, s13, s14, s16]
