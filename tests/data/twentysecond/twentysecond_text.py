# ruff: noqa: E501
"""Reports z03, z06, z08, z10, z12 of the twenty-second set (txt, html, md): each returns (facts, ext, content).

Every unit, person and figure is invented.
"""

from __future__ import annotations

from decimal import Decimal

from eighteenth_facts import EARNED, D, Made, Row, facts, form_rows, grade, shown
from twentieth_facts import indicators, money, scored
from twentieth_word import blank_repeats

_FULL = str.maketrans("0123456789.%", "０１２３４５６７８９．％")
_DIGITS = "零一二三四五六七八九"


def _wide(text: str) -> str:
    """Digits, point and percent sign in their full-width forms."""
    return text.translate(_FULL)


def _cn_int(n: int) -> str:
    if n == 100:
        return "一百"
    tens, ones = divmod(n, 10)
    head = ("" if tens == 1 else _DIGITS[tens]) + "十" if tens else ""
    return head + (_DIGITS[ones] if ones or not tens else "")


def _cn(x: Decimal | str) -> str:
    """A score or percentage in Chinese numerals: 97.6 → 九十七点六, 10 → 十."""
    whole, _, frac = f"{D(str(x)).normalize():f}".partition(".")
    return _cn_int(int(whole)) + ("点" + "".join(_DIGITS[int(c)] for c in frac) if frac else "")


# z03 贵州 county project, txt: full-width digits throughout, weights, scores, the rate and the total in Chinese numerals
# (百分之九十七点五八, 分值十分, 满分一百分) -------------------------------------------------------------------------------
Z03: list[Row] = [
    ("产出指标", "数量指标", "残疾儿童康复救助人数", 10, "≥150人", "162人", "10", ""),
    ("产出指标", "数量指标", "辅助器具适配人数", 10, "≥480人", "503人", "10", ""),
    ("产出指标", "质量指标", "康复服务机构定点协议签订率", 10, "100%", "100%", "10", ""),
    ("产出指标", "时效指标", "救助资金拨付及时率", 10, "≥95%", "96%", "10", ""),
    ("产出指标", "成本指标", "人均康复训练补助标准", 10, "≤1.8万元", "1.8万元", "10", ""),
    ("效益指标", "社会效益指标", "持证残疾人基本康复服务覆盖率", 20, "≥85%", "82.5%", "19.5", "偏远乡镇残疾人上门服务不足"),
    ("满意度指标", "服务对象满意度指标", "残疾人及家属满意度", 20, "≥90%", "93.4%", "20", ""),
]


def z03() -> Made:
    ini, adj, exe = "320.00", "346.50", "338.12"
    rt, es, tot = scored(exe, adj, Z03)
    name = "残疾人精准康复服务项目"
    lines = [
        _wide(f"威宁县2024年度{name}支出绩效自评报告"), "",
        "一、项目基本情况",
        f"　　{name}由威宁县残疾人联合会主管并组织实施。",
        _wide(f"　　项目年初预算{ini}万元，全年预算{adj}万元，全年执行{exe}万元，预算执行率百分之{_cn(rt)}，"
              f"预算执行情况分值十分，得{_cn(es)}分。"),
        "二、绩效指标完成情况", "",
    ]
    for block in ("产出指标", "效益指标", "满意度指标"):
        part = [r for r in Z03 if r[0] == block]
        lines.append(f"（{_DIGITS[1 + ('产出指标', '效益指标', '满意度指标').index(block)]}）{block}（满分{_cn(sum(r[3] for r in part))}分）")
        for i, r in enumerate(part, 1):
            item = (f"　　{_wide(str(i))}．{r[2]}（{r[1]}）：年度指标值{_wide(shown(r[4]))}，实际完成{_wide(shown(r[5]))}，"
                    f"分值{_cn(r[3])}分，得分{_cn(r[6])}分。")
            lines.append(item + (f"偏差原因：{r[7]}。" if r[7] else ""))
        lines.append("")
    lines += ["三、自评结论",
              f"　　经自评，本项目总分一百分，自评得分{_cn(tot)}分，自评等级为“{grade(tot)}”。",
              "四、存在的问题及改进措施",
              "　　偏远乡镇康复服务仍有短板，下一步将组建流动康复服务队开展上门服务。", "",
              _wide("威宁县残疾人联合会"), _wide("2025年3月26日"), ""]
    unit = {"supervising_department": "威宁县残疾人联合会"}
    project = {"name": name, "implementing_unit": "威宁县残疾人联合会"}
    inds = indicators(rt, es, Z03)
    made = facts("项目支出", 2024, unit, money(ini, adj, exe, rt), inds, tot, project, full_mark=100,
                 stated_block_weights={"产出指标": 50, "效益指标": 20, "满意度指标": 20}, stated_grade=EARNED)
    return made, "txt", "\n".join(lines)


# z06 江苏 district office, whole unit, html from an OA system: every table built of <div>s (display: table-row / cell),
# label / value pairs as <label> + <span>; planted: the stated total is 1 more than the scores -----------------------
Z06: list[Row] = [
    ("产出指标", "数量指标", "全区安全生产执法检查企业数", 10, "≥1800家", "1926家", "10", ""),
    ("产出指标", "数量指标", "应急演练组织场次", 10, "≥24场", "27场", "10", ""),
    ("产出指标", "质量指标", "重大事故隐患整改完成率", 10, "100%", "100%", "10", ""),
    ("产出指标", "时效指标", "突发事件信息报送及时率", 10, "100%", "100%", "10", ""),
    ("效益指标", "社会效益指标", "生产安全事故死亡人数下降率", 15, "≥10%", "8.6%", "13.6", "一起道路运输事故造成人员死亡"),
    ("效益指标", "可持续影响指标", "应急物资储备达标率", 15, "≥95%", "97.2%", "15", ""),
    ("满意度指标", "服务对象满意度指标", "企业对执法服务满意度", 20, "≥90%", "92.6%", "20", ""),
]


def _div_table(rows: list[list[str]]) -> str:
    out = ['<div class="oa-grid" style="display:table;width:100%">']
    for i, row in enumerate(rows):
        cls = "oa-row oa-head" if i == 0 else "oa-row"
        cells = "".join(f'<div class="oa-cell" style="display:table-cell">{c}</div>' for c in row)
        out.append(f'<div class="{cls}" style="display:table-row">{cells}</div>')
    out.append("</div>")
    return "\n".join(out)


def z06() -> Made:
    ini, adj, exe = "2680.40", "2915.36", "2853.10"
    rt, es, tot = scored(exe, adj, Z06)
    stated = tot + 1
    name = "南京市溧水区应急管理局"
    fields = [("单位名称", name), ("主管部门", "南京市溧水区人民政府"), ("编制人数", "36人"), ("实有人数", "34人"),
              ("评价年度", "2024年度")]
    money_rows = [["年度资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
                  ["年度资金总额", ini, adj, exe, "10", f"{rt}%", str(es)]]
    ind_rows = [HEAD_DIV, *blank_repeats(form_rows(Z06)), ["总分", "", "", "", "", "100", str(stated), ""]]
    html = "\n".join([
        "<!DOCTYPE html>", '<html lang="zh-CN"><head><meta charset="utf-8"><title>绩效自评 - 预算管理一体化系统</title>',
        "<style>.oa-cell{border:1px solid #ddd;padding:4px}</style></head><body>",
        '<div id="app"><div class="oa-nav"><span>首页</span> &gt; <span>绩效管理</span> &gt; <span>部门整体自评</span></div>',
        '<div class="oa-toolbar"><button>导出</button><button>打印</button><button>返回</button></div>',
        f'<div class="oa-title"><h3>{name}2024年度部门整体支出绩效自评表</h3></div>',
        '<div class="oa-form">',
        *(f'<div class="oa-field"><label>{k}：</label><span>{v}</span></div>' for k, v in fields),
        "</div>",
        '<div class="oa-section">预算执行情况</div>', _div_table(money_rows),
        '<div class="oa-section">绩效指标完成情况</div>', _div_table(ind_rows),
        f'<div class="oa-section">自评结论</div><div class="oa-text">自评得分{stated}分，自评等级{grade(stated)}。</div>',
        '<div class="oa-footer">审核状态：已审核　流程节点：财政局绩效科</div></div>',
        "</body></html>", ""])
    unit = {"name": name, "supervising_department": "南京市溧水区人民政府", "staff_total": 34, "staff_establishment": 36}
    inds = indicators(rt, es, Z06)
    made = facts("整体支出", 2024, unit, money(ini, adj, exe, rt), inds, stated, full_mark=100, planted=["TOTAL_MISMATCH"], stated_grade=EARNED)
    return made, "html", html


HEAD_DIV = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"]


# z08 浙江 county bureau, whole unit, md: a section per 二级 unit (局机关 and two centres), each with its own small money
# table and staff line; the department's totals only in the 部门合计 sentence after them -----------------------------
Z08: list[Row] = [
    ("产出指标", "数量指标", "食品安全监督抽检批次", 10, "≥4800批次", "5062批次", "10", ""),
    ("产出指标", "数量指标", "特种设备定期检验台数", 10, "≥3600台", "3718台", "10", ""),
    ("产出指标", "质量指标", "抽检不合格食品核查处置率", 10, "100%", "100%", "10", ""),
    ("产出指标", "时效指标", "投诉举报按时办结率", 10, "≥98%", "99.3%", "10", ""),
    ("效益指标", "社会效益指标", "食品评价性抽检合格率", 15, "≥98%", "98.4%", "15", ""),
    ("效益指标", "经济效益指标", "新增市场主体户数", 15, "≥6000户", "5720户", "14.3", "个体工商户新增放缓"),
    ("满意度指标", "服务对象满意度指标", "市场主体满意度", 20, "≥90%", "93.1%", "20", ""),
]


def z08() -> Made:
    units = [("局机关", "2156.30", "2288.45", "2241.62", 86, 82),
             ("县市场监管综合行政执法队", "684.20", "712.60", "705.18", 40, 38),
             ("县食品药品检验检测中心", "428.50", "476.85", "459.40", 24, 23)]
    ini = sum((D(u[1]) for u in units), D(0))
    adj = sum((D(u[2]) for u in units), D(0))
    exe = sum((D(u[3]) for u in units), D(0))
    rt, es, tot = scored(str(exe), str(adj), Z08)
    name = "嘉善县市场监督管理局"
    lines = [f"# {name}2024年度部门整体支出绩效自评报告", "", "## 一、部门基本情况", "",
             f"{name}部门预算由局机关和县市场监管综合行政执法队、县食品药品检验检测中心2个二级单位预算组成。", "",
             "## 二、各单位预算执行情况", ""]
    for i, (uname, u_ini, u_adj, u_exe, est, real) in enumerate(units):
        lines += [f"### （{_DIGITS[i + 1]}）{uname}", "",
                  f"{uname}编制{est}名，实有{real}人。", "",
                  "| 项目 | 年初预算数 | 全年预算数 | 全年执行数 | 执行率 |", "|---|---:|---:|---:|---:|",
                  f"| 金额（万元） | {u_ini} | {u_adj} | {u_exe} | {D(u_exe) / D(u_adj) * 100:.2f}% |", ""]
    est_all, real_all = sum(u[4] for u in units), sum(u[5] for u in units)
    lines += ["### （四）部门合计", "",
              f"全部门编制{est_all}名，实有{real_all}人。2024年部门年初预算{ini}万元，全年预算{adj}万元，"
              f"全年执行{exe}万元，部门预算执行率{rt}%。", "",
              "## 三、绩效指标完成情况", "",
              "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因 |",
              "|---|---|---|---|---|---|---|---|",
              f"| 预算执行 | 预算执行 | 预算执行率 | 100% | {rt}% | 10 | {es} |  |"]
    lines += ["| " + " | ".join(r) + " |" for r in form_rows(Z08)]
    lines += [f"| 总分 |  |  |  |  | 100 | {tot} |  |", "",
              "## 四、自评结论", "", f"我局2024年度部门整体支出绩效自评得分{tot}分，等级为{grade(tot)}。", ""]
    unit = {"name": name, "staff_total": real_all, "staff_establishment": est_all,
            "subordinate_bodies": ["县市场监管综合行政执法队", "县食品药品检验检测中心"], "subordinate_bodies_count": 2}
    inds = indicators(rt, es, Z08, level1="预算执行", level2="预算执行", target={"value": D(100), "unit": "%"})
    return facts("整体支出", 2024, unit, money(str(ini), str(adj), str(exe), rt), inds, tot, full_mark=100, stated_grade=EARNED), "md", "\n".join(lines)


# z10 甘肃 county project, txt exported from WPS: a contents list with leader dots and page numbers, the project's facts
# as "label……………value" lines, the indicator table aligned with tab stops (a varying number of tabs between cells) --
Z10: list[Row] = [
    ("产出指标", "数量指标", "农村公路养护里程", 10, "≥320公里", "326公里", "10", ""),
    ("产出指标", "数量指标", "危桥改造座数", 10, "≥4座", "4座", "10", ""),
    ("产出指标", "质量指标", "养护路段优良路率", 10, "≥75%", "77.8%", "10", ""),
    ("产出指标", "时效指标", "水毁路段抢通时限", 10, "≤48小时", "36小时", "10", ""),
    ("产出指标", "成本指标", "每公里年养护成本", 10, "≤0.8万元", "0.78万元", "10", ""),
    ("效益指标", "社会效益指标", "农村公路列养率", 15, "100%", "100%", "15", ""),
    ("效益指标", "可持续影响指标", "养护长效机制建立情况", 15, "T:建立", "T:已建立", "15", ""),
    ("满意度指标", "服务对象满意度指标", "沿线群众满意度", 10, "≥90%", "88.6%", "9.84", "部分路段养护作业影响通行"),
]


def _tabbed(cells: list[str], stops: list[int]) -> str:
    """Cells laid out on tab stops 8 columns apart (a CJK character two columns): as many tabs as reach the next stop."""
    out, col = "", 0
    for cell, stop in zip(cells, stops, strict=False):
        if out and col >= stop:
            out += "\t"
            col = (col // 8 + 1) * 8
        while col < stop:
            out += "\t"
            col = (col // 8 + 1) * 8
        out += cell
        col += sum(2 if ord(c) > 0x2E80 else 1 for c in cell)
    return out.lstrip("\t")


def z10() -> Made:
    ini, adj, exe = "456.00", "486.30", "471.25"
    rt, es, tot = scored(exe, adj, Z10)
    name = "农村公路养护工程"

    def dots(label: str, value: str, width: int = 40) -> str:
        return label + "…" * max(2, width - len(label) - len(value)) + value

    lines = [f"渭源县2024年度{name}项目支出绩效自评报告", "", "目  录",
             dots("一、项目基本情况", "1"), dots("二、项目资金情况", "2"), dots("三、绩效指标完成情况", "3"),
             dots("四、自评结论", "5"), "", "一、项目基本情况",
             dots("项目名称", name), dots("主管部门", "渭源县交通运输局"), dots("实施单位", "渭源县公路养护服务中心"),
             "", "二、项目资金情况",
             dots("年初预算数", f"{ini}万元"), dots("全年预算数", f"{adj}万元"), dots("全年执行数", f"{exe}万元"),
             dots("预算执行率", f"{rt}%"), "", "三、绩效指标完成情况", ""]
    stops = [0, 16, 32, 56, 72, 88, 96, 104]
    lines.append(_tabbed(HEAD_DIV, stops))
    lines.append(_tabbed(["预算执行", "预算执行", "预算执行率", "100%", f"{rt}%", "10", str(es)], stops))
    lines += [_tabbed(r, stops).rstrip("\t") for r in blank_repeats(form_rows(Z10))]
    lines.append(_tabbed(["合计", "", "", "", "", "100", str(tot)], stops))
    lines += ["", "四、自评结论", dots("自评得分", f"{tot}分"), dots("自评等级", grade(tot)), "",
              "填报单位（盖章）：渭源县公路养护服务中心\t\t填报日期：2025年3月18日", ""]
    unit = {"supervising_department": "渭源县交通运输局"}
    project = {"name": name, "implementing_unit": "渭源县公路养护服务中心"}
    inds = indicators(rt, es, Z10, level1="预算执行", level2="预算执行", target={"value": D(100), "unit": "%"})
    return facts("项目支出", 2024, unit, money(ini, adj, exe, rt), inds, tot, project, full_mark=100, stated_grade=EARNED), "txt", "\r\n".join(lines)


# z12 辽宁 county project, html: the targets only in 附表1 绩效目标表 (一级 / 二级 / 三级 / 指标值), the actuals and scores only
# in 附表2 绩效自评表 (三级 / 实际完成值 / 分值 / 得分 / 偏差原因) — the same indicators in the same order ----------------
Z12: list[Row] = [
    ("产出指标", "数量指标", "更新公交车辆数", 10, "≥40辆", "40辆", "10", ""),
    ("产出指标", "数量指标", "新建公交候车亭", 10, "≥60座", "62座", "10", ""),
    ("产出指标", "质量指标", "车辆验收合格率", 10, "100%", "100%", "10", ""),
    ("产出指标", "时效指标", "车辆投入运营时间", 10, "T:2024年9月底前", "T:2024年9月20日", "10", ""),
    ("产出指标", "成本指标", "单车购置补贴标准", 10, "≤45万元", "44.2万元", "10", ""),
    ("效益指标", "社会效益指标", "城乡公交日均客运量", 15, "≥2.2万人次", "2.05万人次", "13.98", "学校寒暑假期间客流下降"),
    ("效益指标", "生态效益指标", "新能源公交车占比", 15, "≥80%", "83.5%", "15", ""),
    ("满意度指标", "服务对象满意度指标", "乘客满意度", 10, "≥90%", "91.7%", "10", ""),
]


def _table(rows: list[list[str]]) -> str:
    out = ['<table border="1" cellspacing="0">']
    for i, row in enumerate(rows):
        tag = "th" if i == 0 else "td"
        out.append("<tr>" + "".join(f"<{tag}>{c}</{tag}>" for c in row) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def z12() -> Made:
    ini, adj, exe = "1960.00", "2016.40", "1988.62"
    rt, es, tot = scored(exe, adj, Z12)
    name = "城乡公交一体化提升项目"
    goals = [["一级指标", "二级指标", "三级指标", "指标值"], ["预算执行", "预算执行", "预算执行率", "100%"]]
    goals += [[r[0], r[1], r[2], shown(r[4])] for r in blank_repeats([list(r[:5]) for r in Z12])]
    results = [["三级指标", "实际完成值", "分值", "得分", "偏差原因"], ["预算执行率", f"{rt}%", "10", str(es), ""]]
    results += [[r[2], shown(r[5]), str(r[3]), r[6], r[7]] for r in Z12]
    results.append(["合计", "", "100", str(tot), ""])
    html = "\n".join([
        "<!DOCTYPE html>", '<html><head><meta charset="utf-8"><title>庄河市交通运输局</title></head><body>',
        '<div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 预算绩效</div>',
        f"<h1>庄河市2024年度{name}绩效自评报告</h1>",
        "<p>发布时间：2025-04-15　来源：庄河市交通运输局</p>",
        f"<p>一、项目概况。{name}由庄河市交通运输局主管，庄河市城乡公交服务中心实施。</p>",
        f"<p>二、资金情况。项目年初预算{ini}万元，全年预算{adj}万元，全年执行{exe}万元，预算执行率{rt}%。</p>",
        f"<p>三、自评结论。本项目2024年度绩效自评得分{tot}分，等级为{grade(tot)}。指标设定及完成情况见附表。</p>",
        "<p>附表1  2024年度项目绩效目标表</p>", _table(goals),
        "<p>附表2  2024年度项目绩效自评表</p>", _table(results),
        "</body></html>", ""])
    unit = {"supervising_department": "庄河市交通运输局"}
    project = {"name": name, "implementing_unit": "庄河市城乡公交服务中心"}
    inds = indicators(rt, es, Z12, level1="预算执行", level2="预算执行", target={"value": D(100), "unit": "%"})
    return facts("项目支出", 2024, unit, money(ini, adj, exe, rt), inds, tot, project, full_mark=100, stated_grade=EARNED), "html", html


TEXT = {
    "z03-gz-weining-rehab-project-txt-chinese-numerals": z03,
    "z06-js-lishui-emergency-whole-html-div-grid": z06,
    "z08-zj-jiashan-market-whole-md-unit-sections": z08,
    "z10-gs-weiyuan-roads-project-txt-leader-dots": z10,
    "z12-ln-zhuanghe-bus-project-html-goal-and-result-tables": z12,
}
