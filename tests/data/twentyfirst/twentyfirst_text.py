# ruff: noqa: E501
"""Reports y03, y04, y08, y11, y12 of the twenty-first set (md, html, txt): each returns (facts, extension, content).

Every unit, person and figure is invented.
"""

from __future__ import annotations

from eighteenth_facts import EARNED, D, Made, Row, facts, form_rows, grade, r2, shown, total
from twentieth_facts import indicators, money, scored

# y03 福建 project, md: footnote markers after figures, the indicators as a nested bullet list 一级 > 二级 > item ------
Y03: list[Row] = [
    ("产出指标", "数量指标", "新建公共充电桩数量", 10, "≥120个", "126个", "10", ""),
    ("产出指标", "数量指标", "改造老旧充电站点", 10, "≥15处", "15处", "10", ""),
    ("产出指标", "质量指标", "充电设施验收合格率", 10, "100%", "100%", "10", ""),
    ("产出指标", "时效指标", "项目完工时间", 10, "T:2024年10月底前", "T:2024年10月18日", "10", ""),
    ("产出指标", "成本指标", "单桩建设成本", 10, "≤3.6万元", "3.42万元", "10", ""),
    ("效益指标", "经济效益指标", "充电服务年收入", 10, "≥180万元", "166万元", "9.2", "新建站点投运时间较晚"),
    ("效益指标", "生态效益指标", "年减少碳排放量", 10, "≥2400吨", "2510吨", "10", ""),
    ("效益指标", "可持续影响指标", "充电设施完好率", 10, "≥95%", "97.1%", "10", ""),
    ("满意度指标", "服务对象满意度指标", "新能源车主满意度", 10, "≥90%", "91.8%", "10", ""),
]


def y03() -> Made:
    ini, adj, exe = "520.00", "586.30", "574.12"
    rt, es, tot = scored(exe, adj, Y03)
    lines = [
        "# 晋江市2024年度城乡公共充电设施建设项目支出绩效自评报告", "",
        "> 主管部门：晋江市发展和改革局　实施单位：晋江市城市建设投资服务中心", "",
        "## 一、项目基本情况", "",
        "项目名称：城乡公共充电设施建设项目。", "",
        f"项目年初预算{ini}万元[^1]，年中追加后全年预算{adj}万元，全年执行{exe}万元[^2]，预算执行率{rt}%。", "",
        "## 二、绩效指标完成情况", "",
        f"- 预算执行（10分）：预算执行率目标100%，完成{rt}%，得{es}分",
    ]
    for block in ("产出指标", "效益指标", "满意度指标"):
        part = [r for r in Y03 if r[0] == block]
        lines.append(f"- {block}（{sum(r[3] for r in part)}分）")
        for l2 in dict.fromkeys(r[1] for r in part):
            lines.append(f"  - {l2}")
            for r in (r for r in part if r[1] == l2):
                item = f"    - {r[2]}：目标值{shown(r[4])}，完成值{shown(r[5])}，分值{r[3]}分，得分{r[6]}分"
                lines.append(item + (f"（{r[7]}）[^3]" if r[7] else ""))
    lines += ["", "## 三、自评结论", "",
              f"本项目2024年度绩效自评得分**{tot}分**，自评等级为“{grade(tot)}”。", "",
              "## 四、存在问题及改进措施", "", "1. 新建站点投运时间较晚，当年收入未达预期；", "2. 下一步将加快站点运营推广。", "",
              "[^1]: 年初预算含中央预算内投资补助200.00万元。",
              "[^2]: 执行数以国库集中支付系统2024年12月31日数据为准。",
              "[^3]: 偏差原因见第四部分。", ""]
    unit = {"supervising_department": "晋江市发展和改革局"}
    project = {"name": "城乡公共充电设施建设项目", "implementing_unit": "晋江市城市建设投资服务中心"}
    budget = money(ini, adj, exe, rt)
    inds = indicators(rt, es, Y03, level1="预算执行", target={"value": D(100), "unit": "%"})
    return facts("项目支出", 2024, unit, budget, inds, tot, project, stated_grade=EARNED), "md", "\n".join(lines)


# y04 广东 street office, whole unit, html: <thead> with rowspan / colspan <th> and a second header row (指标值 →
# 年度目标 / 实际完成, 分值 → 满分 / 得分); the 合计 row is the first row of <tbody>, before the indicators --------------
Y04: list[Row] = [
    ("产出指标", "数量指标", "城中村消防安全巡查次数", 10, "≥1500次", "1628次", "10", ""),
    ("产出指标", "数量指标", "新增就业岗位对接人数", 10, "≥800人", "846人", "10", ""),
    ("产出指标", "质量指标", "出租屋信息登记准确率", 10, "≥98%", "98.6%", "10", ""),
    ("产出指标", "时效指标", "12345热线工单按时办结率", 10, "≥95%", "97.3%", "10", ""),
    ("产出指标", "成本指标", "日常公用经费压减率", 10, "≥5%", "5.2%", "10", ""),
    ("效益指标", "社会效益指标", "辖区刑事案件发案率下降", 15, "≥3%", "2.4%", "12", "流动人口增加，治安压力上升"),
    ("效益指标", "可持续影响指标", "社区党群服务中心运转率", 15, "100%", "100%", "15", ""),
    ("满意度指标", "服务对象满意度指标", "辖区居民满意度", 10, "≥90%", "92.4%", "10", ""),
]


def y04() -> Made:
    ini, adj, exe = "4268.50", "4675.32", "4590.86"
    rt, es, tot = scored(exe, adj, Y04)
    name = "佛山市南海区桂城街道办事处"

    def tr(cells: list[str]) -> str:
        return "<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>"

    thead = ("<thead><tr><th rowspan=\"2\">一级指标</th><th rowspan=\"2\">二级指标</th><th rowspan=\"2\">三级指标</th>"
             "<th colspan=\"2\">指标值</th><th colspan=\"2\">分值</th><th rowspan=\"2\">偏差原因</th></tr>"
             "<tr><th>年度目标</th><th>实际完成</th><th>满分</th><th>得分</th></tr></thead>")
    body = [tr(["合计", "", "", "", "", "100", str(tot), ""]),
            tr(["预算执行", "预算执行率", "预算执行率", "100%", f"{rt}%", "10", str(es), ""])]
    body += [tr(r) for r in form_rows(Y04)]
    money_table = ("<table border=\"1\"><thead><tr><th rowspan=\"2\">资金</th><th colspan=\"3\">预算数（万元）</th><th rowspan=\"2\">执行率</th></tr>"
                   "<tr><th>年初预算数</th><th>全年预算数</th><th>全年执行数</th></tr></thead>"
                   f"<tbody>{tr(['年度资金总额', ini, adj, exe, f'{rt}%'])}</tbody></table>")
    html = f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{name}2024年度部门整体支出绩效自评报告</title>
<style>table{{border-collapse:collapse}}td,th{{border:1px solid #999;padding:4px}}</style></head>
<body>
<header><nav><a href="/">首页</a> | <a href="/zwgk/">政务公开</a> | <a href="/zwgk/czxx/">财政信息</a></nav></header>
<article>
<h1>{name}2024年度部门整体支出绩效自评报告</h1>
<p class="meta">发布日期：2025-05-09　来源：桂城街道党政办</p>
<h2>一、部门概况</h2>
<p>桂城街道办事处内设党政办公室、经济发展办公室、社会事务局、公共服务办公室、综合治理办公室5个工作机构，下设街道综合行政执法办公室、街道公共服务中心2个事业单位。街道核定编制186名，年末实有在编人员172人。</p>
<h2>二、预算执行情况</h2>
<p>2024年年初预算{ini}万元，全年预算{adj}万元，全年执行{exe}万元，预算执行率{rt}%。</p>
{money_table}
<h2>三、绩效自评情况</h2>
<p>经自评，街道2024年度部门整体支出绩效得分{tot}分，自评等级为{grade(tot)}。</p>
<table border="1"><caption>部门整体支出绩效自评表</caption>
{thead}
<tbody>
{chr(10).join(body)}
</tbody></table>
<h2>四、存在问题及改进措施</h2>
<p>流动人口增加带来治安压力，下一步将加强网格化巡防力量。</p>
</article>
<footer>主办：佛山市南海区桂城街道办事处　粤ICP备05080123号</footer>
</body></html>
"""
    unit = {"name": name, "staff_total": 172, "staff_establishment": 186,
            "internal_bodies": ["党政办公室", "经济发展办公室", "社会事务局", "公共服务办公室", "综合治理办公室"],
            "internal_bodies_count": 5, "subordinate_bodies": ["街道综合行政执法办公室", "街道公共服务中心"],
            "subordinate_bodies_count": 2}
    budget = money(ini, adj, exe, rt)
    inds = indicators(rt, es, Y04, level1="预算执行", level2="预算执行率", target={"value": D(100), "unit": "%"})
    return facts("整体支出", 2024, unit, budget, inds, tot, full_mark=100, stated_grade=EARNED), "html", html


# y08 四川 project, txt copied from a WeChat article: follow prompts, emoji bullets, 阅读原文 / 长按识别 / 在看 furniture -
Y08: list[Row] = [
    ("产出指标", "数量指标", "新建村级便民服务点", 10, "≥30个", "32个", "10", ""),
    ("产出指标", "数量指标", "培训农村电商带头人", 10, "≥400人次", "436人次", "10", ""),
    ("产出指标", "质量指标", "服务点建设验收合格率", 10, "100%", "100%", "10", ""),
    ("产出指标", "时效指标", "补助资金拨付及时率", 10, "100%", "100%", "10", ""),
    ("产出指标", "成本指标", "单个服务点建设补助", 10, "≤5万元", "4.8万元", "10", ""),
    ("效益指标", "经济效益指标", "农产品网络销售额增长率", 15, "≥15%", "12.6%", "12.6", "部分农产品品牌知名度不高"),
    ("效益指标", "社会效益指标", "带动脱贫户增收户数", 15, "≥260户", "274户", "15", ""),
    ("满意度指标", "服务对象满意度指标", "服务对象满意度", 10, "≥90%", "94%", "10", ""),
]


def y08() -> Made:
    ini, adj, exe = "360.00", "384.50", "379.86"
    rt, es, tot = scored(exe, adj, Y08)
    lines = [
        "点击上方蓝字 关注我们", "", "苍溪发布", "2025-04-16 18:30  四川", "",
        "📢 苍溪县商务局2024年度电子商务进农村综合示范项目绩效自评报告", "",
        "▲ 图为村级电商便民服务点（资料图）", "",
        "🔹 一、项目基本情况", "",
        "项目名称：电子商务进农村综合示范项目", "主管部门：苍溪县商务局", "实施单位：苍溪县电子商务发展服务中心", "",
        f"💰 项目年初预算{ini}万元，全年预算{adj}万元，全年执行{exe}万元，预算执行率{rt}%，得分{es}分（分值10分）。", "",
        "🔹 二、绩效指标完成情况", "",
    ]
    for block in ("产出指标", "效益指标", "满意度指标"):
        lines.append(f"📌 {block}")
        for r in (r for r in Y08 if r[0] == block):
            line = f"✅ {r[1]}｜{r[2]}：目标{shown(r[4])}，完成{shown(r[5])}（分值{r[3]}分，得{r[6]}分）"
            lines.append(line + (f"；偏差原因：{r[7]}" if r[7] else ""))
        lines.append("")
    lines += ["🔹 三、自评结论", "", f"经自评，项目总得分{tot}分，评价等级{grade(tot)}。👍", "",
              "🔹 四、下一步工作", "", "继续打造区域公用品牌，提升农产品网络销售额。", "",
              "来源：苍溪县商务局", "编辑：杜晓雯 | 审核：何志强", "",
              "—  END  —", "", "长按识别二维码 关注我们", "", "分享  收藏  点赞  在看", "", "阅读原文", ""]
    unit = {"supervising_department": "苍溪县商务局"}
    project = {"name": "电子商务进农村综合示范项目", "implementing_unit": "苍溪县电子商务发展服务中心"}
    budget = money(ini, adj, exe, rt)
    inds = indicators(rt, es, Y08)
    return facts("项目支出", 2024, unit, budget, inds, tot, project, stated_grade=EARNED), "txt", "\n".join(lines)


# y11 广西 school project, txt: tab table; the 自评等级 only as 优秀 in a closing sentence (no 等级 label) --------------
Y11: list[Row] = [
    ("产出指标", "数量指标", "享受营养改善计划学生人数", 15, "≥5600人", "5683人", "15", ""),
    ("产出指标", "质量指标", "食品安全抽检合格率", 15, "100%", "100%", "15", ""),
    ("产出指标", "时效指标", "膳食补助资金按月拨付率", 10, "100%", "100%", "10", ""),
    ("产出指标", "成本指标", "生均每日膳食补助标准", 10, "=5元", "5元", "10", ""),
    ("效益指标", "社会效益指标", "学生营养不良检出率", 20, "≤4%", "3.2%", "20", ""),
    ("满意度指标", "服务对象满意度指标", "学生家长满意度", 20, "≥92%", "90.5%", "19.5", "部分家长对菜品口味有意见"),
]


def y11() -> Made:
    ini, adj, exe = "568.30", "568.30", "562.84"
    rt, es, tot = scored(exe, adj, Y11)
    lines = [
        "都安瑶族自治县教育局", "2024年度农村义务教育学生营养改善计划项目支出绩效自评报告", "",
        "一、项目基本情况",
        "本项目由都安瑶族自治县教育局主管，都安瑶族自治县第三初级中学具体实施，保障在校学生每天一餐营养膳食。",
        f"2024年项目预算{adj}万元，年中未作调整，全年支出{exe}万元，预算执行率{rt}%。", "",
        "二、绩效自评表", "",
        "\t".join(["项目名称", "农村义务教育学生营养改善计划项目"]),
        "\t".join(["主管部门", "都安瑶族自治县教育局", "实施单位", "都安瑶族自治县第三初级中学"]),
        "\t".join(["资金情况（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]),
        "\t".join(["年度资金总额", ini, adj, exe, "10", f"{rt}%", str(es)]),
        "\t".join(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"]),
    ]
    lines += ["\t".join(r) for r in form_rows(Y11)]
    lines += ["\t".join(["总分", "", "", "", "", "100", str(tot)]), "",
              "三、存在问题及改进措施", "部分家长对菜品口味有意见，下一步将定期征求家长和学生意见，优化食谱。", "",
              "四、自评结论",
              f"综上，本项目资金拨付及时、使用规范，绩效目标全面完成，自评得分{tot}分，综合评定为优秀。", ""]
    unit = {"supervising_department": "都安瑶族自治县教育局"}
    project = {"name": "农村义务教育学生营养改善计划项目", "implementing_unit": "都安瑶族自治县第三初级中学"}
    budget = money(ini, adj, exe, rt)
    inds = indicators(rt, es, Y11)
    return facts("项目支出", 2024, unit, budget, inds, tot, project, full_mark=100, stated_grade=EARNED), "txt", "\n".join(lines)


# y12 云南 CDC, whole unit, html: a mobile page — the unit in a <dl>, each indicator a card of label / value spans;
# planted rate --------------------------------------------------------------------------------------------------------
Y12: list[Row] = [
    ("产出指标", "数量指标", "适龄儿童免疫规划疫苗接种剂次", 10, "≥9.5万剂次", "9.82万剂次", "10", ""),
    ("产出指标", "数量指标", "传染病疫情报告审核例数", 10, "≥3000例", "3186例", "10", ""),
    ("产出指标", "质量指标", "实验室检测能力验证合格率", 10, "100%", "100%", "10", ""),
    ("产出指标", "时效指标", "突发公共卫生事件报告及时率", 10, "100%", "100%", "10", ""),
    ("产出指标", "成本指标", "单份样本检测成本", 10, "≤120元", "112元", "10", ""),
    ("效益指标", "社会效益指标", "甲乙类传染病报告发病率", 15, "≤220/10万", "205/10万", "15", ""),
    ("效益指标", "可持续影响指标", "免疫规划疫苗接种率", 15, "≥95%", "96.8%", "15", ""),
    ("满意度指标", "服务对象满意度指标", "预防接种服务对象满意度", 10, "≥90%", "88.6%", "9.84", "接种高峰期排队时间较长"),
]


def y12() -> Made:
    ini, adj, exe = "1562.40", "1718.26", "1632.35"
    true_rt = r2(D(exe) / D(adj) * 100)
    stated_rt = true_rt + D(3)  # planted: the stated rate is 3 points above 全年执行数 / 全年预算数
    es = r2(10 * stated_rt / 100)
    tot = total(Y12, es)
    name = "大理市疾病预防控制中心"

    def card(title: str, pairs: list[tuple[str, str]]) -> str:
        spans = "".join(f'<p><span class="lb">{k}</span><span class="val">{v}</span></p>' for k, v in pairs if v)
        return f'<div class="card"><h4>{title}</h4>{spans}</div>'

    cards = [card("预算执行率", [("一级指标", "预算执行"), ("年度指标值", "100%"), ("实际完成值", f"{stated_rt}%"),
                              ("分值", "10"), ("得分", str(es))])]
    cards += [card(r[2], [("一级指标", r[0]), ("二级指标", r[1]), ("年度指标值", shown(r[4])), ("实际完成值", shown(r[5])),
                          ("分值", str(r[3])), ("得分", r[6]), ("偏差原因", r[7])]) for r in Y12]
    html = f"""<!doctype html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>{name}2024年度部门整体支出绩效自评报告</title></head>
<body><div class="m-header"><a class="back" href="javascript:history.back()">返回</a><span>信息公开</span></div>
<div class="m-article">
<h2 class="m-title">{name}2024年度部门整体支出绩效自评报告</h2>
<div class="m-info">2025-04-25　大理市卫生健康局</div>
<dl class="base">
<dt>单位名称</dt><dd>{name}</dd>
<dt>主管部门</dt><dd>大理市卫生健康局</dd>
<dt>编制人数</dt><dd>78人</dd>
<dt>实有人数</dt><dd>71人</dd>
<dt>年初预算数</dt><dd>{ini}万元</dd>
<dt>全年预算数</dt><dd>{adj}万元</dd>
<dt>全年执行数</dt><dd>{exe}万元</dd>
<dt>预算执行率</dt><dd>{stated_rt}%</dd>
</dl>
<h3>绩效指标完成情况</h3>
{chr(10).join(cards)}
<div class="sum"><p>自评总分：<b>{tot}</b>分（满分100分）</p><p>自评等级：<b>{grade(tot)}</b></p></div>
<h3>存在问题及改进措施</h3>
<p>接种高峰期排队时间较长，下一步将推行分时段预约接种。</p>
</div>
<div class="m-footer">大理市人民政府 版权所有</div></body></html>
"""
    unit = {"name": name, "supervising_department": "大理市卫生健康局", "staff_total": 71, "staff_establishment": 78}
    budget = {"initial": D(ini), "adjusted": D(adj), "executed": D(exe), "stated_execution_rate": stated_rt}
    inds = indicators(stated_rt, es, Y12, level1="预算执行", target={"value": D(100), "unit": "%"})
    return (facts("整体支出", 2024, unit, budget, inds, tot, full_mark=100, planted=["EXECUTION_RATE_MISMATCH"], stated_grade=EARNED),
            "html", html)


TEXT = {
    "y03-fj-jinjiang-charging-project-md-footnotes": y03,
    "y04-gd-guicheng-street-whole-html-thead-total-first": y04,
    "y08-sc-cangxi-ecommerce-project-txt-wechat": y08,
    "y11-gx-du-an-meals-project-txt-grade-sentence": y11,
    "y12-yn-dali-cdc-whole-html-cards": y12,
}
