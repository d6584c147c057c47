# ruff: noqa: E501
"""Reports x04–x07, x09, x10 of the twentieth set (txt, md, html): each returns (facts, extension, content).

Every unit, person and figure is invented.
"""

from __future__ import annotations

from decimal import Decimal

import opencc
from eighteenth_facts import EARNED, D, Made, Row, facts, form_rows, grade, r2, shown, total, wan_yuan
from twentieth_facts import indicators, money, scored
from twentieth_word import blank_repeats

HEAD = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]


def _dec(x: Decimal) -> str:
    return f"{x.normalize():f}"


# x04 新疆 city management bureau, project, txt: the 自评表 pasted from Excel as tab-separated text, merged cells empty ---
X04: list[Row] = [
    ("产出指标", "数量指标", "城区道路机械化清扫面积", 10, "≥460万平方米", "472万平方米", "10", ""),
    ("产出指标", "数量指标", "公厕保洁座数", 10, "≥86座", "86座", "10", ""),
    ("产出指标", "质量指标", "道路保洁质量考核达标率", 10, "≥95%", "96.3%", "10", ""),
    ("产出指标", "时效指标", "降雪后主干道清雪完成时限", 10, "≤24小时", "20小时", "10", ""),
    ("产出指标", "成本指标", "每平方米年保洁成本", 10, "≤6.8元", "6.52元", "10", ""),
    ("效益指标", "社会效益指标", "城市环境卫生状况", 10, "T:明显改善", "T:明显改善", "10", ""),
    ("效益指标", "生态效益指标", "生活垃圾无害化处理率", 20, "100%", "100%", "20", ""),
    ("满意度指标", "服务对象满意度指标", "市民满意度", 10, "≥90%", "87.6%", "9.73", "部分老旧小区周边保洁频次不足"),
]


def x04() -> Made:
    ini, adj, exe = "2650.00", "2816.40", "2742.19"
    rt, es, tot = scored(exe, adj, X04)
    width = 9

    def row(*cells: str) -> str:
        return "\t".join(list(cells) + [""] * (width - len(cells)))

    lines = [
        "昌吉市城市管理局2024年度城区环卫保洁项目绩效自评报告", "",
        "一、项目基本情况",
        "城区环卫保洁项目由昌吉市城市管理局主管，昌吉市环境卫生服务中心具体实施，主要用于城区道路清扫保洁、公厕保洁和冬季清雪。",
        f"项目年初预算{ini}万元，年中追加后全年预算{adj}万元，全年执行{exe}万元，执行率{rt}%。", "",
        "二、项目支出绩效自评表（从自评表复制）", "",
        row("项目支出绩效自评表"),
        row("（2024年度）"),
        row("项目名称", "城区环卫保洁项目"),
        row("主管部门", "昌吉市城市管理局", "", "", "实施单位", "昌吉市环境卫生服务中心"),
        row("项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"),
        row("", "年度资金总额", ini, adj, exe, "10", f"{rt}%", str(es)),
        row("", "其中：当年财政拨款", ini, adj, exe, "—", f"{rt}%", "—"),
        row("", "上年结转资金", "", "", "", "—", "", "—"),
        row("", "其他资金", "", "", "", "—", "", "—"),
        row("绩效指标", *HEAD),
    ]
    lines += [row("", *r) for r in blank_repeats(form_rows(X04))]
    lines += [row("总分", "", "", "", "", "", "100", str(tot)), row("自评等级", grade(tot)), "",
              "三、存在问题及改进措施", "部分老旧小区周边保洁频次不足，下一步将优化作业线路，增加保洁频次。", ""]
    unit = {"supervising_department": "昌吉市城市管理局"}
    project = {"name": "城区环卫保洁项目", "implementing_unit": "昌吉市环境卫生服务中心"}
    budget = money(ini, adj, exe, rt) | {
              "fund_rows": [{"name": "当年财政拨款", "initial": D(ini), "adjusted": D(adj), "executed": D(exe)}]}
    inds = indicators(rt, es, X04)
    return facts("项目支出", 2024, unit, budget, inds, tot, project, full_mark=100, stated_grade=EARNED), "txt", "\n".join(lines)


# x05 重庆 justice bureau, whole unit, txt: indicators as a numbered prose list with （指标值：…；完成值：…）; planted total --
X05: list[Row] = [
    ("产出指标", "数量指标", "法律援助案件办理数量", 10, "≥600件", "628件", "10", ""),
    ("产出指标", "数量指标", "人民调解案件受理数", 10, "≥2400件", "2516件", "10", ""),
    ("产出指标", "质量指标", "人民调解成功率", 10, "≥95%", "97.2%", "10", ""),
    ("产出指标", "时效指标", "法律援助申请审查时限", 10, "≤7个工作日", "5个工作日", "10", ""),
    ("产出指标", "成本指标", "法律援助案均补贴", 10, "≤1800元", "1750元", "10", ""),
    ("效益指标", "社会效益指标", "社区矫正对象再犯罪率", 15, "≤0.2%", "0.1%", "15", ""),
    ("效益指标", "可持续影响指标", "公共法律服务站点覆盖率", 15, "100%", "100%", "15", ""),
    ("满意度指标", "服务对象满意度指标", "法律援助受援人满意度", 10, "≥95%", "92%", "9.68", "个别受援人对办案进度不满意"),
]


def x05() -> Made:
    ini, adj, exe = "2245.80", "2418.36", "2386.92"
    rt, es, tot = scored(exe, adj, X05)
    stated = tot + 2  # planted: the stated total is 2 more than the items' scores
    name = "重庆市綦南区司法局"
    lines = [
        f"{name}2024年度部门整体支出绩效自评报告", "",
        "一、部门概况",
        "区司法局内设办公室、法治督察科、人民参与和促进法治科、社区矫正管理科、公共法律服务管理科5个科室，"
        "下设区法律援助中心、区公证处2个事业单位。",
        "全局核定编制57名（其中行政编制42名、事业编制15名），在职在编人员54人。",
        "",
        "二、预算执行情况",
        f"2024年年初预算{ini}万元，全年预算{adj}万元，全年执行{exe}万元，预算执行率{rt}%。",
        "",
        "三、绩效指标完成情况",
    ]
    k = 0
    for cn, block in zip("一二三", ("产出指标", "效益指标", "满意度指标"), strict=True):
        lines.append(f"（{cn}）{block}")
        for r in (r for r in X05 if r[0] == block):
            k += 1
            text = f"{k}.{r[2]}（{r[1]}）（指标值：{shown(r[4])}；完成值：{shown(r[5])}），分值{r[3]}分，得{r[6]}分。"
            if r[7]:
                text += f"偏差原因：{r[7]}。"
            lines.append(text)
    lines += ["（四）预算执行", f"{k + 1}.预算执行率（指标值：100%；完成值：{rt}%），分值10分，得{es}分。"]
    lines += ["", "四、自评结论", f"综合以上各项，我局2024年度部门整体支出绩效自评总分{_dec(stated)}分，等级为{grade(stated)}。", "",
              "五、存在问题及改进措施", "法律援助案件办理进度的跟踪反馈不够及时，下一步将建立案件进度告知制度。", ""]
    unit = {"name": name, "staff_total": 54, "staff_establishment": 57,
            "internal_bodies": ["办公室", "法治督察科", "人民参与和促进法治科", "社区矫正管理科", "公共法律服务管理科"],
            "internal_bodies_count": 5, "subordinate_bodies": ["区法律援助中心", "区公证处"], "subordinate_bodies_count": 2}
    budget = money(ini, adj, exe, rt)
    inds = indicators(rt, es, X05, target={"value": D(100), "unit": "%"})
    return (facts("整体支出", 2024, unit, budget, inds, stated, planted=["TOTAL_MISMATCH"], stated_grade=EARNED), "txt", "\n".join(lines))


# x06 安徽 library, whole unit, md: a pipe table whose last column holds 分值/得分 as "10/9.5" ---------------------------
X06: list[Row] = [
    ("产出指标", "数量指标", "年接待读者人次", 10, "≥32万人次", "33.6万人次", "10", ""),
    ("产出指标", "数量指标", "新增馆藏图书册数", 10, "≥1.5万册", "1.52万册", "10", ""),
    ("产出指标", "数量指标", "举办阅读推广活动场次", 10, "≥120场", "126场", "10", ""),
    ("产出指标", "质量指标", "图书编目准确率", 10, "≥98%", "99.1%", "10", ""),
    ("产出指标", "时效指标", "新书上架周期", 10, "≤30天", "26天", "10", ""),
    ("效益指标", "社会效益指标", "持证读者增长率", 15, "≥8%", "6.5%", "12.19", "线上借阅分流部分到馆读者"),
    ("效益指标", "可持续影响指标", "总分馆服务体系覆盖乡镇数", 15, "≥12个", "12个", "15", ""),
    ("满意度指标", "服务对象满意度指标", "读者满意度", 10, "≥95%", "97.3%", "10", ""),
]


def x06() -> Made:
    ini, adj, exe = "612.50", "655.80", "649.27"
    rt, es, tot = scored(exe, adj, X06)
    name = "桐城市图书馆"
    lines = [
        f"# {name}2024年度整体支出绩效自评报告", "",
        "## 一、单位概况", "",
        "桐城市图书馆为桐城市文化和旅游局所属公益一类事业单位，核定事业编制21名，现有在编人员19人。", "",
        "## 二、预算执行", "",
        f"全年预算{adj}万元，其中年初预算{ini}万元、年中追加{_dec(D(adj) - D(ini))}万元；全年执行{exe}万元，执行率{rt}%。", "",
        "## 三、绩效自评表", "",
        "| 一级指标 | 二级指标 | 三级指标 | 指标值 | 完成值 | 分值/得分 | 偏差原因 |",
        "| --- | --- | --- | --- | --- | :---: | --- |",
        f"| 预算执行 | 预算执行率 | 预算执行率 | 100% | {rt}% | 10/{es} | |",
    ]
    for r in X06:
        lines.append(f"| {r[0]} | {r[1]} | {r[2]} | {shown(r[4])} | {shown(r[5])} | {r[3]}/{r[6]} | {r[7]} |")
    lines += [f"| **合计** | | | | | **100/{tot}** | |", "",
              "## 四、自评结论", "", f"本馆2024年度整体支出绩效自评得分{tot}分，评价等级为“{grade(tot)}”。", "",
              "## 五、问题与改进", "", "- 线上借阅分流到馆读者，持证读者增长偏慢；", "- 下一步将开展进校园、进社区办证活动。", ""]
    unit = {"name": name, "supervising_department": "桐城市文化和旅游局", "staff_total": 19, "staff_establishment": 21}
    budget = money(ini, adj, exe, rt)
    inds = indicators(rt, es, X06, level1="预算执行", level2="预算执行率", target={"value": D(100), "unit": "%"})
    return facts("整体支出", 2024, unit, budget, inds, tot, full_mark=100, stated_grade=EARNED), "md", "\n".join(lines)


# x07 湖北 health bureau, project, txt: money in 元 with separators throughout (prose, table, a cost target); planted rate -
X07: list[Row] = [
    ("产出指标", "数量指标", "65岁及以上老年人健康管理人数", 15, "≥2.8万人", "2.91万人", "15", ""),
    ("产出指标", "数量指标", "高血压患者规范管理人数", 10, "≥1.2万人", "1.24万人", "10", ""),
    ("产出指标", "质量指标", "居民电子健康档案建档率", 10, "≥90%", "92.6%", "10", ""),
    ("产出指标", "时效指标", "补助资金拨付时限", 10, "T:次月15日前", "T:按月拨付", "10", ""),
    ("产出指标", "成本指标", "项目总成本", 5, "≤4,680,000元", "4,512,336元", "5", ""),
    ("效益指标", "社会效益指标", "居民健康素养水平", 20, "≥28%", "27.4%", "19.57", "农村地区健康教育覆盖仍有不足"),
    ("满意度指标", "服务对象满意度指标", "签约居民满意度", 20, "≥90%", "93.5%", "20", ""),
]


def x07() -> Made:
    ini, adj, exe = "4,520,000.00", "4,680,000.00", "4,512,336.40"
    w_ini, w_adj, w_exe = wan_yuan(ini), wan_yuan(adj), wan_yuan(exe)
    true_rt = r2(w_exe / w_adj * 100)
    stated_rt = true_rt + D("2")  # planted: the stated rate is 2 points above executed / adjusted
    es = r2(10 * stated_rt / 100)
    tot = total(X07, es)
    lines = [
        "宜都市卫生健康局", "2024年度基本公共卫生服务项目支出绩效自评报告", "",
        "一、项目概况",
        "项目名称：基本公共卫生服务项目", "主管部门：宜都市卫生健康局", "实施单位：宜都市疾病预防控制中心", "",
        "二、资金投入和使用情况",
        f"2024年项目年初预算{ini}元，全年预算{adj}元，其中中央补助资金2,860,000.00元、省级补助资金1,020,000.00元、"
        f"市级配套资金800,000.00元。全年实际支出{exe}元，预算执行率{stated_rt}%。", "",
        "三、绩效自评表（金额单位：元）", "",
        "\t".join(["", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]),
        "\t".join(["年度资金总额", ini, adj, exe, "10", f"{stated_rt}%", str(es)]), "",
        "\t".join(HEAD),
    ]
    lines += ["\t".join(r) for r in form_rows(X07)]
    lines += ["\t".join(["总分", "", "", "", "", "100", str(tot), ""]), "",
              "四、自评结论", f"项目自评得分{tot}分，自评等级为{grade(tot)}。", "",
              "五、存在问题及改进措施", "农村地区健康教育活动频次偏低，下一步将依托村卫生室开展常态化健康讲座。", ""]
    unit = {"supervising_department": "宜都市卫生健康局"}
    project = {"name": "基本公共卫生服务项目", "implementing_unit": "宜都市疾病预防控制中心"}
    budget = {"initial": w_ini, "adjusted": w_adj, "executed": w_exe, "stated_execution_rate": stated_rt}
    inds = indicators(stated_rt, es, X07)
    return (facts("项目支出", 2024, unit, budget, inds, tot, project, full_mark=100, planted=["EXECUTION_RATE_MISMATCH"], stated_grade=EARNED),
            "txt", "\n".join(lines))


# x09 河北 market regulation bureau, whole unit, html: a Word-saved page (MsoNormal spans, &nbsp; cells) in site furniture -
X09: list[Row] = [
    ("产出指标", "数量指标", "食品安全监督抽检批次", 10, "≥1800批次", "1862批次", "10", ""),
    ("产出指标", "数量指标", "特种设备监督检查台次", 10, "≥650台次", "688台次", "10", ""),
    ("产出指标", "质量指标", "抽检不合格食品核查处置率", 10, "100%", "100%", "10", ""),
    ("产出指标", "时效指标", "投诉举报按时办结率", 10, "≥98%", "99.2%", "10", ""),
    ("产出指标", "成本指标", "单批次食品抽检成本", 10, "≤1600元", "1540元", "10", ""),
    ("效益指标", "社会效益指标", "食品安全事故发生起数", 15, "0起", "0起", "15", ""),
    ("效益指标", "可持续影响指标", "市场主体年增长率", 15, "≥6%", "5.1%", "12.75", "经济下行，新设市场主体增速放缓"),
    ("满意度指标", "服务对象满意度指标", "群众对市场监管工作满意度", 10, "≥90%", "92.7%", "10", ""),
]


def _mso(text: str) -> str:
    inner = text if text else "&nbsp;"
    return f'<td valign="top" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal" align="center"><span style="font-size:10.5pt;font-family:仿宋_GB2312">{inner}</span></p></td>'


def x09() -> Made:
    ini, adj, exe = "3186.20", "3402.75", "3351.08"
    rt, es, tot = scored(exe, adj, X09)
    name = "滦州市市场监督管理局"
    tr = "<tr>{}</tr>".format
    trs = [tr("".join(_mso(c) for c in ("", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", ""))),
           tr("".join(_mso(c) for c in ("年度资金总额", ini, adj, exe, "10", f"{rt}%", str(es), ""))),
           tr("".join(_mso(c) for c in HEAD))]
    trs += [tr("".join(_mso(c) for c in r)) for r in form_rows(X09)]
    trs.append(tr("".join(_mso(c) for c in ("总分", "", "", "", "", "100", str(tot), ""))))
    paras = [
        "一、部门基本情况",
        "滦州市市场监督管理局内设办公室、登记注册股、食品安全协调股、特种设备安全监察股、价格监督检查股5个股室，"
        "下设市场监管综合行政执法队、食品检验检测中心2个事业单位。全局编制98名，实有人员91人。",
        "二、部门预算执行情况",
        f"2024年年初预算{ini}万元，全年预算{adj}万元，全年执行{exe}万元，预算执行率{rt}%。",
        "三、绩效自评结果",
        f"经自评，我局2024年度部门整体支出绩效得分{tot}分，自评等级为{grade(tot)}。自评表如下：",
    ]
    body = "\n".join(f'<p class="MsoNormal" style="text-indent:32.0pt"><span style="font-size:16.0pt;font-family:仿宋_GB2312">{p}</span></p>' for p in paras)
    html = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>{name}2024年度部门整体支出绩效自评报告-滦州市人民政府</title></head>
<body>
<div id="top"><span>今天是：2025年4月22日</span><a href="#">设为首页</a><a href="#">加入收藏</a><a href="#">无障碍</a></div>
<div id="nav"><a href="#">网站首页</a><a href="#">走进滦州</a><a href="#">信息公开</a><a href="#">政务服务</a><a href="#">政民互动</a></div>
<div class="position">您现在的位置：<a href="#">首页</a> &gt;&gt; <a href="#">信息公开</a> &gt;&gt; <a href="#">预决算公开</a></div>
<div class="artTitle">{name}2024年度部门整体支出绩效自评报告</div>
<div class="artInfo">来源：{name}　发布时间：2025-04-22　点击数：<script>document.write(88)</script></div>
<div class="artCon">
<div class="WordSection1">
<p class="MsoNormal" align="center"><b><span style="font-size:22.0pt;font-family:方正小标宋简体">{name}2024年度部门整体支出绩效自评报告</span></b></p>
{body}
<table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0" style="border-collapse:collapse">
{chr(10).join(trs)}
</table>
<p class="MsoNormal"><span>&nbsp;</span></p>
<p class="MsoNormal" style="text-indent:32.0pt"><span style="font-size:16.0pt">四、存在的问题及改进措施</span></p>
<p class="MsoNormal" style="text-indent:32.0pt"><span style="font-size:16.0pt">新设市场主体增速放缓，下一步将持续优化营商环境，提升登记注册便利度。</span></p>
</div>
</div>
<div class="artBottom"><a href="javascript:window.print()">【打印此页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
<div id="footer">版权所有：滦州市人民政府　主办：滦州市人民政府办公室　冀ICP备10021836号　网站标识码：1302840023</div>
</body></html>
"""
    unit = {"name": name, "staff_total": 91, "staff_establishment": 98,
            "internal_bodies": ["办公室", "登记注册股", "食品安全协调股", "特种设备安全监察股", "价格监督检查股"],
            "internal_bodies_count": 5,
            "subordinate_bodies": ["市场监管综合行政执法队", "食品检验检测中心"], "subordinate_bodies_count": 2}
    budget = money(ini, adj, exe, rt)
    inds = indicators(rt, es, X09)
    return facts("整体支出", 2024, unit, budget, inds, tot, full_mark=100, stated_grade=EARNED), "html", html


# x10 吉林 street office, whole unit, txt in traditional script: space-padded rows; planted grade (总分 under 90, 等级优) ----
X10: list[Row] = [
    ("产出指标", "数量指标", "社区网格化管理覆盖率", 10, "100%", "100%", "10", ""),
    ("产出指标", "数量指标", "城镇新增就业人数", 10, "≥650人", "612人", "9.42", "辖区企业用工需求下降"),
    ("产出指标", "质量指标", "低保动态管理准确率", 10, "≥98%", "99%", "10", ""),
    ("产出指标", "时效指标", "为民服务事项办结时限", 10, "≤3个工作日", "3个工作日", "10", ""),
    ("产出指标", "成本指标", "公用经费支出", 10, "≤95万元", "93.6万元", "10", ""),
    ("效益指标", "社会效益指标", "矛盾纠纷化解率", 15, "≥95%", "82%", "8", "历史遗留纠纷调处难度大"),
    ("效益指标", "可持续影响指标", "社区养老服务站运营数", 15, "≥6个", "4个", "7", "两个站点未能如期运营"),
    ("满意度指标", "服务对象满意度指标", "居民满意度", 10, "≥90%", "88%", "9.78", "部分居民对物业管理有意见"),
]


def x10() -> Made:
    ini, adj, exe = "1462.35", "1588.90", "1541.27"
    rt, es, tot = scored(exe, adj, X10)
    name = "延吉市建工街道办事处"
    width = (10, 12, 22, 14, 14, 6, 7)

    def pad(cells: list[str]) -> str:
        return "  ".join(c + "　" * max(0, w - len(c)) for c, w in zip(cells, width, strict=False)) + ("  " + cells[7] if cells[7:] and cells[7] else "")

    lines = [
        f"{name}2024年度部门整体支出绩效自评报告", "",
        "一、部门概况",
        "建工街道办事处下辖9个社区，内设党政综合办公室、社会事务办公室、平安建设办公室3个机构。街道核定编制39名，实有在编人员35人。", "",
        "二、预算执行情况",
        f"2024年年初预算{ini}万元，全年预算{adj}万元，全年执行{exe}万元，预算执行率{rt}%。", "",
        "三、绩效自评表", "",
        pad(["", "年初预算数", "全年预算数", "全年执行数", "执行率", "分值", "得分"]),
        pad(["年度资金总额", ini, adj, exe, f"{rt}%", "10", str(es)]), "",
        pad(HEAD),
    ]
    lines += [pad(r) for r in form_rows(X10)]
    lines += [pad(["总分", "", "", "", "", "100", str(tot)]), "",
              "四、自评结论", f"经自评，街道2024年度部门整体支出绩效自评得分{tot}分，自评等级为优。", "",
              "五、存在问题及改进措施", "历史遗留矛盾纠纷调处难度大，社区养老服务站建设滞后。下一步将加强统筹，加快站点运营。", ""]
    text = opencc.OpenCC("s2tw").convert("\n".join(lines))
    unit = {"name": name, "staff_total": 35, "staff_establishment": 39,
            "internal_bodies": ["党政综合办公室", "社会事务办公室", "平安建设办公室"], "internal_bodies_count": 3}
    budget = money(ini, adj, exe, rt)
    inds = indicators(rt, es, X10)
    return (facts("整体支出", 2024, unit, budget, inds, tot, full_mark=100, planted=["GRADE_MISMATCH"], stated_grade="优"),
            "txt", text)


TEXT = {
    "x04-xj-changji-sanitation-project-txt-excel-tabs": x04,
    "x05-cq-qinan-justice-whole-txt-bracket-list": x05,
    "x06-ah-tongcheng-library-whole-md-slash-cell": x06,
    "x07-hb-yidu-health-project-txt-yuan-separators": x07,
    "x09-he-luanzhou-market-whole-html-word-page": x09,
    "x10-jl-yanji-street-whole-txt-traditional": x10,
}
