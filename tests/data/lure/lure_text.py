# ruff: noqa: E501
"""Reports l02, l03, l04, l09, l10, l11 of the lure set (txt, md, html): each returns (facts, extension, content).

Every unit, person and figure is invented. Each report is clean; its shape is one that can lure a reader or a check.
"""

from __future__ import annotations

from eighteenth_facts import D, Made, Row, form_rows, grade, shown, wan_yuan
from lure_facts import clean, form_indicators
from twentieth_facts import money, scored


def _sentences(rows: list[Row]) -> list[str]:
    """One numbered sentence per indicator: 名称（一级—二级）：年度指标值…，实际完成值…，分值…分，自评得分…分。"""
    out = []
    for i, r in enumerate(rows, 1):
        line = f"{i}.{r[2]}（{r[0]}—{r[1]}）：年度指标值{shown(r[4])}，实际完成值{shown(r[5])}，分值{r[3]}分，自评得分{r[6]}分。"
        out.append(line + (f"偏差原因：{r[7]}。" if r[7] else ""))
    return out


def _pipe(rows: list[list[str]]) -> list[str]:
    out = ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * len(rows[0])]
    return out + ["| " + " | ".join(r) + " |" for r in rows[1:]]


def _html_table(rows: list[list[str]], caption: str = "") -> str:
    head = "".join(f"<th>{c}</th>" for c in rows[0])
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows[1:])
    cap = f"<caption>{caption}</caption>" if caption else ""
    return f"<table border=\"1\">{cap}<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _page(title: str, body: str) -> str:
    return (f"<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>{title}</title></head>\n<body>\n"
            f"<div class=\"crumb\">首页 &gt; 信息公开 &gt; 财政资金</div>\n<div class=\"article\">\n<h1>{title}</h1>\n{body}\n</div>\n"
            "<div class=\"foot\">版权所有 网站标识码 0000000000</div>\n</body></html>\n")


HEAD = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"]


# l02 宁夏 agriculture bureau, whole unit, txt: 本级 and 下属单位 rows (staff and money), the 本级 rate stated in prose
# before the department's; retirees and 编外 staff listed beside the staff, outside its total --------------------------
L02: list[Row] = [
    ("产出指标", "数量指标", "高标准农田建设面积", 10, "≥3.5万亩", "3.52万亩", "10", ""),
    ("产出指标", "数量指标", "农业技术培训人次", 10, "≥2600人次", "2480人次", "8.5", "部分培训因春耕推迟"),
    ("产出指标", "质量指标", "农产品质量安全抽检合格率", 10, "≥98%", "98.7%", "10", ""),
    ("产出指标", "时效指标", "惠农补贴发放及时率", 10, "100%", "96%", "8", "两个乡镇信息核对延后"),
    ("产出指标", "成本指标", "亩均建设成本", 10, "≤3000元", "2985元", "10", ""),
    ("效益指标", "经济效益指标", "农村居民人均可支配收入增长率", 15, "≥7%", "6.2%", "12.5", "农产品价格下行"),
    ("效益指标", "可持续影响指标", "重大动物疫病免疫密度", 15, "≥90%", "85.4%", "12", "部分散养户免疫覆盖不足"),
    ("满意度指标", "服务对象满意度指标", "农户满意度", 10, "≥90%", "88.3%", "8", "技术服务到户不够及时"),
]


def l02() -> Made:
    units = [("局机关本级", "1,286.40", "1,402.75", "1,356.18"), ("区农业技术推广服务中心", "864.20", "918.60", "902.37"),
             ("区动物疾病预防控制中心", "512.30", "546.85", "531.04")]
    ini, adj, exe = (sum((D(u[k].replace(",", "")) for u in units), D(0)) for k in (1, 2, 3))
    rt, es, tot = scored(str(exe), str(adj), L02)
    name = "中卫市沙坡头区农业农村局"
    own = D(units[0][3].replace(",", "")) / D(units[0][2].replace(",", "")) * 100
    lines = [f"{name}2024年度部门整体支出绩效自评报告", "",
             "一、部门基本情况",
             "（一）机构设置：局机关内设办公室、计划财务股、种植业股、畜牧兽医股4个股室，下属区农业技术推广服务中心、区动物疾病预防控制中心2个事业单位。",
             "（二）人员情况：全局核定编制98名，实有在职人员86人，其中局机关本级32人、下属事业单位54人；另有离退休人员41人、编外聘用人员12人，均不计入在职人数。",
             "二、预算执行情况",
             "全局预算由局机关本级和2个下属单位预算组成，执行情况如下（单位：万元）：",
             "单位\t年初预算数\t全年预算数\t全年执行数\t执行率"]
    for u in units:
        lines.append("\t".join([*u, f"{D(u[3].replace(',', '')) / D(u[2].replace(',', '')) * 100:.2f}%"]))
    lines += [f"合计\t{ini:,.2f}\t{adj:,.2f}\t{exe:,.2f}\t{rt}%",
              f"其中局机关本级全年执行{units[0][3]}万元，执行率{own:.2f}%。全局年初预算{ini:,.2f}万元，全年预算{adj:,.2f}万元，"
              f"全年执行{exe:,.2f}万元，部门预算执行率{rt}%。",
              "三、绩效指标完成情况",
              f"预算执行率（预算执行—预算执行）：年度指标值100%，实际完成值{rt}%，分值10分，自评得分{es}分。",
              *_sentences(L02),
              "四、自评结论",
              f"经自评，我局2024年度部门整体支出绩效自评得分{tot}分，自评等级为良好。",
              "五、存在问题及改进措施", "农技服务到户不够及时，下一步将建立包村联户技术服务制度。", ""]
    unit = {"name": name, "staff_total": 86, "staff_establishment": 98,
            "staff_parts": [{"name": "局机关本级", "count": 32}, {"name": "下属事业单位", "count": 54}],
            "internal_bodies": ["办公室", "计划财务股", "种植业股", "畜牧兽医股"], "internal_bodies_count": 4,
            "subordinate_bodies": ["区农业技术推广服务中心", "区动物疾病预防控制中心"], "subordinate_bodies_count": 2}
    budget = money(str(ini), str(adj), str(exe), rt)
    inds = form_indicators(rt, es, L02)
    assert grade(tot) == "良"
    return clean("整体支出", 2024, unit, budget, inds, tot), "txt", "\n".join(lines)


# l03 湖北 irrigation project, md: 调整后预算 and 年初预算 with a rate stated on each (执行数占年初预算的…, 预算执行率…按调整后
# 预算); a target written as a range and one as ≤ -----------------------------------------------------------------
L03: list[Row] = [
    ("产出指标", "数量指标", "新建及改造渠道长度", 10, "≥28公里", "28.6公里", "10", ""),
    ("产出指标", "数量指标", "更新改造泵站座数", 10, "≥6座", "6座", "10", ""),
    ("产出指标", "质量指标", "工程质量验收合格率", 10, "100%", "100%", "10", ""),
    ("产出指标", "时效指标", "灌溉季节前完工率", 10, "≥90%", "93.3%", "10", ""),
    ("产出指标", "成本指标", "每公里渠道改造成本", 10, "≤18万元", "17.6万元", "10", ""),
    ("效益指标", "经济效益指标", "灌区亩均增产粮食", 10, "≥40公斤", "43公斤", "10", ""),
    ("效益指标", "生态效益指标", "灌溉水有效利用系数", 10, "T:0.55～0.60", "0.57", "10", ""),
    ("效益指标", "可持续影响指标", "工程管护责任落实率", 10, "100%", "100%", "10", ""),
    ("满意度指标", "服务对象满意度指标", "灌区农户满意度", 10, "≥90%", "94.5%", "10", ""),
]


def l03() -> Made:
    ini, adj, exe = "650.00", "720.00", "693.50"
    rt, es, tot = scored(exe, adj, L03)
    on_initial = (D(exe) / D(ini) * 100).quantize(D("0.01"))
    lines = ["# 孝感市孝南区2024年度中型灌区续建配套与节水改造项目支出绩效自评报告", "",
             "**主管部门**：孝感市孝南区水利和湖泊局  ", "**实施单位**：孝南区灌区管理服务中心", "",
             "## 一、项目概况", "",
             "项目名称：中型灌区续建配套与节水改造项目。", "",
             f"项目年初预算{ini}万元，年中调增至{adj}万元，全年执行{exe}万元。执行数占年初预算的{on_initial}%，"
             f"预算执行率（全年执行数/调整后预算）{rt}%。", "",
             "## 二、绩效指标完成情况", "",
             *_pipe([HEAD, ["预算执行", "预算执行", "预算执行率", "100%", f"{rt}%", "10", str(es), ""], *form_rows(L03),
                     ["总分", "", "", "", "", "100", str(tot), ""]]), "",
             "## 三、自评结论", "",
             f"本项目2024年度绩效自评得分{tot}分，自评等级为{grade(tot)}。", "",
             "## 四、存在问题及改进措施", "", "部分渠段管护经费不足，下一步将落实县乡两级管护资金。", ""]
    unit = {"supervising_department": "孝感市孝南区水利和湖泊局"}
    project = {"name": "中型灌区续建配套与节水改造项目", "implementing_unit": "孝南区灌区管理服务中心"}
    budget = money(ini, adj, exe, rt)
    inds = form_indicators(rt, es, L03)
    return clean("项目支出", 2024, unit, budget, inds, tot, project, full_mark=100), "md", "\n".join(lines)


# l04 山西 heating centre, whole unit, html: opening and closing balances (年初结转和结余 / 年末结转和结余) explain why the
# year's income and spending differ ----------------------------------------------------------------------------------
L04: list[Row] = [
    ("产出指标", "数量指标", "集中供热面积", 10, "≥860万平方米", "872万平方米", "10", ""),
    ("产出指标", "数量指标", "老旧供热管网改造长度", 10, "≥24公里", "25.2公里", "10", ""),
    ("产出指标", "质量指标", "室温达标率", 10, "≥98%", "98.9%", "10", ""),
    ("产出指标", "时效指标", "供热报修处置时限", 10, "≤24小时", "12小时", "10", ""),
    ("产出指标", "成本指标", "单位面积供热补贴", 10, "≤2.8元", "2.75元", "10", ""),
    ("效益指标", "社会效益指标", "供热投诉办结率", 15, "100%", "100%", "15", ""),
    ("效益指标", "生态效益指标", "供热燃煤消耗下降率", 15, "≥3%", "2.6%", "13.5", "极寒天数多于上年"),
    ("满意度指标", "服务对象满意度指标", "供热用户满意度", 10, "≥90%", "92.2%", "10", ""),
]


def l04() -> Made:
    ini, adj, exe = "2520.00", "2610.35", "2588.72"
    rt, es, tot = scored(exe, adj, L04)
    name = "大同市供热保障服务中心"
    money_rows = [["项目", "金额（万元）"], ["年初结转和结余", "186.40"], ["本年收入合计", "2,846.35"],
                  ["其中：财政拨款收入", "2,610.35"], ["其他收入", "236.00"], ["本年支出合计", "2,918.60"],
                  ["其中：基本支出", "812.30"], ["项目支出", "2,106.30"], ["年末结转和结余", "114.15"]]
    body = "\n".join([
        "<h2>一、单位基本情况</h2>",
        "<p>大同市供热保障服务中心为大同市住房和城乡建设局所属公益一类事业单位，核定事业编制38名，年末实有在编人员35人。</p>",
        "<h2>二、收支情况</h2>",
        "<p>2024年度本年收入合计2,846.35万元，本年支出合计2,918.60万元；年初结转和结余186.40万元，年末结转和结余114.15万元，"
        "本年支出大于本年收入的部分由年初结转和结余安排。</p>",
        _html_table(money_rows, "2024年度收入支出情况"),
        "<h2>三、预算执行情况</h2>",
        f"<p>2024年财政拨款年初预算{ini}万元，全年预算{adj}万元，全年执行{exe}万元，预算执行率{rt}%。</p>",
        "<h2>四、绩效自评情况</h2>",
        _html_table([HEAD, ["预算执行", "预算执行", "预算执行率", "100%", f"{rt}%", "10", str(es), ""], *form_rows(L04),
                     ["总分", "", "", "", "", "100", str(tot), ""]], "部门整体支出绩效自评表"),
        f"<p>经自评，本中心2024年度整体支出绩效自评得分{tot}分，自评等级为{grade(tot)}。</p>",
        "<h2>五、存在问题及改进措施</h2>", "<p>极寒天数增多导致燃煤消耗下降未达目标，下一步将推进热源节能改造。</p>"])
    unit = {"name": name, "supervising_department": "大同市住房和城乡建设局", "staff_total": 35, "staff_establishment": 38}
    budget = money(ini, adj, exe, rt) | {
        "income_total": D("2846.35"),
        "income_items": [{"name": "财政拨款收入", "amount": D("2610.35")}, {"name": "其他收入", "amount": D("236.00")}],
        "expenditure_total": D("2918.60"),
        "expenditure_items": [{"name": "基本支出", "amount": D("812.30")}, {"name": "项目支出", "amount": D("2106.30")}],
        "carry_over": D("114.15"), "opening_balance": D("186.40")}
    inds = form_indicators(rt, es, L04)
    return (clean("整体支出", 2024, unit, budget, inds, tot, full_mark=100), "html",
            _page(f"{name}2024年度整体支出绩效自评报告", body))


# l09 河南 school, whole unit, txt: staff with 编外 teachers inside the total and retirees outside it; block weights in a
# sentence; the form as tab-separated text; grade written 优秀 ----------------------------------------------------------
L09: list[Row] = [
    ("产出指标", "数量指标", "在校学生人数", 10, "≥4200人", "4316人", "10", ""),
    ("产出指标", "数量指标", "教师培训人次", 10, "≥600人次", "642人次", "10", ""),
    ("产出指标", "质量指标", "学业水平考试合格率", 10, "≥95%", "96.8%", "10", ""),
    ("产出指标", "时效指标", "学生资助发放及时率", 10, "100%", "100%", "10", ""),
    ("产出指标", "成本指标", "生均公用经费", 10, "≥850元", "850元", "10", ""),
    ("效益指标", "社会效益指标", "学生体质健康达标率", 15, "≥92%", "93.5%", "15", ""),
    ("效益指标", "可持续影响指标", "校园安全责任事故数", 15, "0起", "0起", "15", ""),
    ("满意度指标", "服务对象满意度指标", "家长满意度", 10, "≥90%", "95.6%", "10", ""),
]


def l09() -> Made:
    ini, adj, exe = "4386.20", "4712.55", "4698.31"
    rt, es, tot = scored(exe, adj, L09)
    name = "周口市第三高级中学"
    rows = [["预算执行", "预算执行", "预算执行率", "100%", f"{rt}%", "10", str(es), ""], *form_rows(L09)]
    lines = [f"{name}2024年度整体支出绩效自评报告", "",
             "一、单位基本情况",
             "我校为周口市教育局所属全额拨款事业单位，核定编制296名。年末在职教职工312人，其中在编教师288人、编外聘用教师24人；"
             "另有离退休人员95人，由市社保中心发放养老金，不计入在职人数。",
             "二、预算执行情况",
             f"2024年年初预算{ini}万元，全年预算{adj}万元，全年执行{exe}万元，预算执行率{rt}%。",
             "三、评价指标及权重",
             "本次自评指标体系中，预算执行10分，产出指标50分，效益指标30分，满意度指标10分。自评表如下：",
             "\t".join(HEAD), *("\t".join(r) for r in rows), "\t".join(["总分", "", "", "", "", "100", str(tot), ""]),
             "四、自评结论",
             f"经自评，我校2024年度整体支出绩效自评得分{tot}分，评价等级为优秀。",
             "五、存在问题及改进措施", "功能教室使用率仍有提升空间，下一步将完善课程安排。", ""]
    unit = {"name": name, "supervising_department": "周口市教育局", "staff_total": 312, "staff_establishment": 296,
            "staff_parts": [{"name": "在编教师", "count": 288}, {"name": "编外聘用教师", "count": 24}]}
    budget = money(ini, adj, exe, rt)
    inds = form_indicators(rt, es, L09)
    weights = {"预算执行": 10, "产出指标": 50, "效益指标": 30, "满意度指标": 10}
    return (clean("整体支出", 2024, unit, budget, inds, tot, full_mark=100, stated_block_weights=weights),
            "txt", "\n".join(lines))


# l10 安徽 air-quality project, html: lower-is-better indicators (控制率, 浓度, 发生率), a 下降率 (higher is better), a
# 控制率 target printed as a bare 100% (meant as ≤), a target written as a range ------------------------------------------
L10: list[Row] = [
    ("产出指标", "数量指标", "大气污染源排查点位", 10, "≥320个", "336个", "10", ""),
    ("产出指标", "质量指标", "PM2.5年均浓度", 10, "≤38微克/立方米", "36微克/立方米", "10", ""),
    ("产出指标", "时效指标", "环境信访投诉办结率", 10, "≥98%", "99.1%", "10", ""),
    ("产出指标", "成本指标", "项目管理费用控制率", 10, "100%", "96.2%", "10", ""),
    ("效益指标", "生态效益指标", "重污染天数下降率", 10, "≥10%", "12.5%", "10", ""),
    ("效益指标", "生态效益指标", "空气质量优良天数比率", 10, "≥78%", "80.3%", "10", ""),
    ("效益指标", "社会效益指标", "突发环境事件发生率", 10, "≤1%", "0.4%", "10", ""),
    ("效益指标", "可持续影响指标", "在线监控设备运行率", 10, "T:90%～95%", "93.4%", "10", ""),
    ("满意度指标", "服务对象满意度指标", "周边群众满意度", 10, "≥85%", "88.6%", "10", ""),
]


def l10() -> Made:
    ini, adj, exe = "1380.00", "1425.60", "1398.24"
    rt, es, tot = scored(exe, adj, L10)
    title = "亳州市谯城区2024年度大气污染防治项目支出绩效自评报告"
    body = "\n".join([
        "<p>主管部门：亳州市谯城区生态环境分局<br/>实施单位：谯城区环境监控中心</p>",
        "<h2>一、项目基本情况</h2>",
        "<p>项目名称：大气污染防治项目。</p>",
        f"<p>项目年初预算{ini}万元，全年预算{adj}万元，全年执行{exe}万元，预算执行率{rt}%。</p>",
        "<h2>二、绩效目标完成情况</h2>",
        "<p>项目管理费用控制率、PM2.5年均浓度、突发环境事件发生率为反向指标，实际值越低越好；重污染天数下降率为正向指标。</p>",
        _html_table([HEAD, ["预算执行", "预算执行", "预算执行率", "100%", f"{rt}%", "10", str(es), ""], *form_rows(L10),
                     ["总分", "", "", "", "", "100", str(tot), ""]], "项目支出绩效自评表"),
        f"<p>经自评，本项目2024年度绩效自评得分{tot}分，自评等级为{grade(tot)}。</p>",
        "<h2>三、存在问题及改进措施</h2>", "<p>秋冬季颗粒物浓度仍有反弹，下一步将加强重点时段管控。</p>"])
    unit = {"supervising_department": "亳州市谯城区生态环境分局"}
    project = {"name": "大气污染防治项目", "implementing_unit": "谯城区环境监控中心"}
    budget = money(ini, adj, exe, rt)
    inds = form_indicators(rt, es, L10)
    inds[4]["target"] = {"comparator": "≤"} | inds[4]["target"]  # the page names it a 反向指标: its bare 100% is a ceiling
    return clean("项目支出", 2024, unit, budget, inds, tot, project, full_mark=100), "html", _page(title, body)


# l11 福建 market regulation bureau, whole unit, md: the 收支 table in 元 (with separators), the budget table in 万元 --------
L11: list[Row] = [
    ("产出指标", "数量指标", "食品安全监督抽检批次", 10, "≥2400批次", "2532批次", "10", ""),
    ("产出指标", "数量指标", "特种设备监督检查台次", 10, "≥1800台次", "1864台次", "10", ""),
    ("产出指标", "质量指标", "抽检不合格食品核查处置率", 10, "100%", "100%", "10", ""),
    ("产出指标", "时效指标", "投诉举报按时办结率", 10, "≥98%", "99.2%", "10", ""),
    ("产出指标", "成本指标", "每批次抽检成本", 10, "≤1500元", "1460元", "10", ""),
    ("效益指标", "社会效益指标", "食品评价性抽检合格率", 15, "≥98%", "98.4%", "15", ""),
    ("效益指标", "可持续影响指标", "市场主体信用信息公示率", 15, "≥95%", "93.8%", "14.4", "个体工商户年报率偏低"),
    ("满意度指标", "服务对象满意度指标", "消费者满意度", 10, "≥85%", "90.1%", "10", ""),
]


def l11() -> Made:
    ini, adj, exe = "2986.40", "3204.75", "3168.22"
    rt, es, tot = scored(exe, adj, L11)
    name = "莆田市城厢区市场监督管理局"
    inc = [("财政拨款收入", "31,682,200.00"), ("其他收入", "365,400.00")]
    out = [("基本支出", "19,846,350.00"), ("项目支出", "12,201,250.00")]
    inc_total = sum((D(a.replace(",", "")) for _, a in inc), D(0))
    out_total = sum((D(a.replace(",", "")) for _, a in out), D(0))
    lines = [f"# {name}2024年度部门整体支出绩效自评报告", "",
             "## 一、部门基本情况", "",
             "局机关内设办公室、食品安全监管股、特种设备安全监察股、综合执法大队4个机构，核定行政编制58名，实有在职人员55人。", "",
             "## 二、收支情况", "",
             "表1 2024年度收入支出决算（单位：元）", "",
             *_pipe([["项目", "金额"], ["收入合计", f"{inc_total:,.2f}"], *[list(x) for x in inc],
                     ["支出合计", f"{out_total:,.2f}"], *[list(x) for x in out]]), "",
             "表2 2024年度财政拨款预算执行情况（单位：万元）", "",
             *_pipe([["年初预算数", "全年预算数", "全年执行数", "执行率"], [ini, adj, exe, f"{rt}%"]]), "",
             "## 三、绩效自评情况", "",
             *_pipe([HEAD, ["预算执行", "预算执行", "预算执行率", "100%", f"{rt}%", "10", str(es), ""], *form_rows(L11),
                     ["总分", "", "", "", "", "100", str(tot), ""]]), "",
             f"经自评，我局2024年度部门整体支出绩效自评得分{tot}分，自评等级为{grade(tot)}。", "",
             "## 四、存在问题及改进措施", "", "个体工商户年报率偏低，下一步将开展年报集中辅导。", ""]
    unit = {"name": name, "staff_total": 55, "staff_establishment": 58,
            "internal_bodies": ["办公室", "食品安全监管股", "特种设备安全监察股", "综合执法大队"], "internal_bodies_count": 4}
    budget = money(ini, adj, exe, rt) | {
        "income_total": wan_yuan(f"{inc_total}"),
        "income_items": [{"name": n, "amount": wan_yuan(a)} for n, a in inc],
        "expenditure_total": wan_yuan(f"{out_total}"),
        "expenditure_items": [{"name": n, "amount": wan_yuan(a)} for n, a in out]}
    inds = form_indicators(rt, es, L11)
    return clean("整体支出", 2024, unit, budget, inds, tot, full_mark=100), "md", "\n".join(lines)



TEXT = {
    "l02-nx-shapotou-agri-whole-txt-bureau-units": l02,
    "l03-hb-xiaonan-irrigation-project-md-two-rates": l03,
    "l04-sx-datong-heating-whole-html-balances": l04,
    "l09-ha-zhoukou-school-whole-txt-staff-kinds": l09,
    "l10-ah-qiaocheng-air-project-html-lower-better": l10,
    "l11-fj-chengxiang-market-whole-md-yuan-and-wan": l11,
}
