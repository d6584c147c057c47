# ruff: noqa: E501
"""Reports ft01–ft08 of the fifty-second set, each returning (facts, ext, content): eight 2025 self-evaluations a city
finance bureau's reviewer received in 2026 from units no earlier set wrote for — a 乡镇卫生院 whose .odt puts the
绩效目标申报表 (planned values only) before the 自评表, a 园林绿化服务中心's whole-unit form on the 2021 template with a
成本指标 block (经济 / 社会 / 生态环境成本指标) and 定性 rows graded 达成 / 部分达成 (.rtf), a 救助管理站's prose report in
full-width digits and punctuation with quarter points under 第一部分 / （Ⅰ） / ① headings (.txt), a 文化馆's whole-unit
report with a summary table of its six projects and its grade only in a closing sentence (.mhtml), a 路灯管理所's form
exported as UTF-16 .csv with money in 元 with separators, a 青少年宫's sheet with a 评价等级 column (优 / 良 / 中 / 差) and
points derived from it (.xls), a 机关幼儿园's .docx with 万元 in the prose and 元 with separators in a form nested in a
layout table, the 预算执行率 out of 10 and the indicators out of 90 on a line of their own, and a 公共资源交易中心's
whole-unit report whose form runs across two PDF pages and whose closing grade does not fit its total (planted).
Every unit, person and figure is invented (real provinces and cities, invented bodies, projects and figures).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from corpus_build import Row, exec_fact, indicator_fact, items
from eighteenth_facts import EARNED, D, Made, doc, docx_bytes, facts, grade, r2, rate, shown, table
from fortyeighth_reports import HEAD, _mht, budget, cells, money_rows, scored
from make_seventeenth import convert
from twentyfirst_sheets import _book

YEAR = 2025
_FULL = str.maketrans("0123456789.%:,()", "０１２３４５６７８９．％：，（）")


def _full(text: str) -> str:
    """Text as a unit typing with a full-width input method writes it."""
    return text.translate(_FULL)


def _grouped(wan: str) -> str:
    """An amount in 万元 written in 元 with thousands separators ("1,234,567.89")."""
    return f"{D(wan) * 10000:,.2f}"


def _total_row(total: Decimal, label: str = "总分") -> list[str]:
    return [label, "", "", "", "", "100", str(total), grade(total)]


# ft01 湖北 township health centre, project, .odt: the 项目支出绩效目标申报表 (planned values only, no actuals, no scores)
# comes first as 附件1, the 自评表 as 附件2; the planned form's values are not actuals -------------------------------------
FT01: list[Row] = [
    ("产出指标", "数量指标", "65岁及以上老年人健康管理人数", D(10), "≥3200人", "3318人", "10", ""),
    ("产出指标", "数量指标", "高血压患者规范管理人数", D(10), "≥1500人", "1466人", "9.77", "部分患者外出务工，随访中断"),
    ("产出指标", "质量指标", "电子健康档案规范建档率", D(10), "≥90%", "93.4%", "10", ""),
    ("产出指标", "时效指标", "季度随访按时完成率", D(10), "≥95%", "97%", "10", ""),
    ("产出指标", "成本指标", "人均服务经费补助标准", D(10), "≤94元/人", "94元/人", "10", ""),
    ("效益指标", "社会效益指标", "居民健康素养水平", D(15), "≥28%", "29.1%", "15", ""),
    ("效益指标", "可持续影响指标", "家庭医生签约服务覆盖率", D(15), "≥45%", "47.2%", "15", ""),
    ("满意度指标", "服务对象满意度指标", "签约居民满意度", D(10), "≥90%", "95.6%", "10", ""),
]


def ft01() -> Made:
    ini, adj, exe = "186.00", "201.60", "195.48"
    rt, es, total = scored(FT01, exe, adj)
    dept, impl, name = "麻城市卫生健康局", "麻城市白果岭镇卫生院", "2025年基本公共卫生服务项目"
    goal = "为辖区居民免费提供14类基本公共卫生服务，重点人群健康管理率达到省定标准。"
    done = "全年建立和更新居民电子健康档案2.86万份，老年人、高血压、糖尿病等重点人群健康管理任务基本完成。"
    d = doc()
    d.add_paragraph("附件1")
    d.add_heading("项目支出绩效目标申报表", level=1)
    d.add_paragraph("（2025年度）")
    plan = [["项目名称", name, "", ""], ["主管部门", dept, "实施单位", impl],
            ["项目资金（万元）", "年度资金总额", ini, ""], ["", "其中：财政拨款", ini, ""],
            ["年度绩效目标", goal, "", ""],
            ["一级指标", "二级指标", "三级指标", "指标值"],
            *[[r[0], r[1], r[2], shown(r[4])] for r in FT01]]
    table(d, plan, merges=[(0, 1, 0, 3), (2, 0, 3, 0), (2, 2, 2, 3), (3, 2, 3, 3), (4, 1, 4, 3)], vmerge_cols=(0, 1))
    d.add_paragraph("")
    d.add_paragraph("附件2")
    d.add_heading("项目支出绩效自评表", level=1)
    d.add_paragraph("（2025年度）")
    rows = [["项目名称", "", name, "", "", "", "", ""], ["主管部门", "", dept, "", "实施单位", "", impl, ""],
            *money_rows(ini, adj, exe, rt, es),
            ["年度总体目标", "预期目标", "", "", "实际完成情况", "", "", ""],
            ["", goal, "", "", done, "", "", ""],
            HEAD, *[cells(r) for r in FT01], _total_row(total)]
    n = len(rows)
    table(d, rows, merges=[(0, 2, 0, 7), (1, 2, 1, 3), (1, 6, 1, 7), (2, 0, 4, 0), (5, 0, 6, 0), (5, 1, 5, 3),
                           (5, 4, 5, 7), (6, 1, 6, 3), (6, 4, 6, 7), (n - 1, 0, n - 1, 4)], vmerge_cols=(0, 1))
    d.add_paragraph("填报单位：麻城市白果岭镇卫生院　　填报日期：2026年2月27日")
    unit, project = {"supervising_department": dept}, {"name": name, "implementing_unit": impl,
                                                       "goal_expected": goal, "goal_actual": done}
    inds = [exec_fact(10, rt, es), *(indicator_fact(r) for r in FT01)]
    return (facts("项目支出", YEAR, unit, budget(ini, adj, exe, rt), inds, total, project, full_mark=100, stated_grade=EARNED), "odt",
            convert(docx_bytes(d), "ft01", "docx", "odt"))


# ft02 江苏 city landscaping service centre, whole unit, .rtf: the 2021 部门整体 template — 产出 / 成本 / 效益 / 满意度 with
# the 成本指标 block's 经济成本指标 / 社会成本指标 / 生态环境成本指标, and two 定性 rows whose 实际完成值 is 达成 / 部分达成 ----
FT02: list[Row] = [
    ("产出指标", "数量指标", "公园绿地日常养护面积", D(10), "≥268万平方米", "271.5万平方米", "10", ""),
    ("产出指标", "数量指标", "补植行道树株数", D(10), "≥1800株", "1926株", "10", ""),
    ("产出指标", "质量指标", "绿地养护检查达标率", D(10), "≥95%", "96.2%", "10", ""),
    ("产出指标", "时效指标", "病虫害防治及时率", D(5), "100%", "100%", "5", ""),
    ("成本指标", "经济成本指标", "绿化养护单位成本", D(5), "≤12.5元/平方米", "11.86元/平方米", "5", ""),
    ("成本指标", "社会成本指标", "养护作业占道投诉件数", D(5), "≤6件", "4件", "5", ""),
    ("成本指标", "生态环境成本指标", "化学农药使用量", D(5), "≤0.8吨", "0.74吨", "5", ""),
    ("效益指标", "社会效益指标", "城市绿化覆盖率", D(10), "≥43.5%", "43.8%", "10", ""),
    ("效益指标", "生态效益指标", "城市绿地生态功能持续发挥", D(10), "T:有效发挥", "T:达成", "10", ""),
    ("效益指标", "可持续影响指标", "智慧园林管护平台建设", D(10), "T:建成并投入使用", "T:部分达成", "6", "平台二期数据接入延至2026年一季度"),
    ("满意度指标", "服务对象满意度指标", "市民游园满意度", D(10), "≥90%", "93.7%", "10", ""),
]
_TIERS = ("达成", "部分达成", "未达成")


def _tiered(r: Row) -> dict[str, Any]:
    fact = indicator_fact(r)
    if shown(r[5]) in _TIERS:
        fact["actual"] = {"tier": shown(r[5])}
    return fact


def ft02() -> Made:
    ini, adj, exe = "3426.80", "3612.45", "3538.07"
    rt, es, total = scored(FT02, exe, adj)
    unit = "泰兴市园林绿化服务中心"
    d = doc()
    d.add_heading("部门（单位）整体支出绩效自评表", level=1)
    d.add_paragraph("（2025年度）")
    rows = [["单位名称", "", unit, "", "", "", "", ""],
            ["年度预算（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            ["", "年度资金总额", ini, adj, exe, "10", f"{rt}%", str(es)],
            ["", "其中：基本支出", "1286.30", "1302.15", "1302.15", "—", "100%", "—"],
            ["", "项目支出", "2140.50", "2310.30", "2235.92", "—", f"{rate('2235.92', '2310.30')}%", "—"],
            HEAD, *[cells(r) for r in FT02], _total_row(total, "合计")]
    n = len(rows)
    table(d, rows, merges=[(0, 0, 0, 1), (0, 2, 0, 7), (1, 0, 4, 0), (n - 1, 0, n - 1, 4)], vmerge_cols=(0, 1))
    d.add_paragraph("注：定性指标按“达成”“部分达成”“未达成”填报实际完成值，部分达成按分值的60%计分。")
    d.add_paragraph("单位负责人：钱卫东　　财务负责人：丁晓梅　　填表人：顾敏　　填报日期：2026年3月6日")
    b = budget(ini, adj, exe, rt)
    inds = [exec_fact(10, rt, es), *(_tiered(r) for r in FT02)]
    return (facts("整体支出", YEAR, {"name": unit}, b, inds, total, full_mark=100, stated_grade=EARNED), "rtf",
            convert(docx_bytes(d), "ft02", "docx", "rtf"))


# ft03 山西 city relief management station, project, .txt typed with a full-width input method: ２０２５, ９８．５０万元,
# ９７．１８％, ：and ，; headings 第一部分 / （Ⅰ） / ①②③; scores in quarter points (7.25, 4.75) -----------------------------
FT03: list[Row] = [
    ("产出指标", "", "救助流浪乞讨人员人次", D(10), "≥1200人次", "1356人次", "10", ""),
    ("产出指标", "", "护送返乡人数", D(8), "≥150人", "141人", "7.25", "部分受助人员拒绝护送，自行返乡"),
    ("产出指标", "", "受助人员身份查询比对率", D(10), "100%", "100%", "10", ""),
    ("产出指标", "", "救助站安全责任事故", D(12), "=0起", "0起", "12", ""),
    ("效益指标", "", "街面巡查覆盖城区主要路段数", D(15), "≥36条", "38条", "15", ""),
    ("效益指标", "", "寒潮期间临时救助点开放率", D(15), "100%", "100%", "15", ""),
    ("满意度指标", "", "受助人员满意度", D(10), "≥90%", "92.3%", "10", ""),
    ("满意度指标", "", "协作单位满意度", D(5), "≥90%", "86.5%", "4.75", "与公安、医院协作流程衔接不畅，已修订协作办法"),
    ("满意度指标", "", "社会公众投诉办结率", D(5), "100%", "100%", "5", ""),
]
_CIRCLED = "①②③④⑤⑥⑦⑧⑨"
_ROMAN = "ⅠⅡⅢⅣⅤ"


def ft03() -> Made:
    ini, adj, exe = "86.00", "98.50", "95.72"
    rt, es, total = scored(FT03, exe, adj)
    unit, dept, name = "介休市救助管理站", "介休市民政局", "2025年流浪乞讨人员救助管理项目"
    lines = [f"{unit}", f"{name}绩效自评报告", "",
             "第一部分　项目基本情况", "",
             "（Ⅰ）项目概况",
             f"　　项目名称：{name}。主管部门：{dept}。实施单位：{unit}。本项目主要用于流浪乞讨人员的街面巡查、站内救助、"
             "医疗救治和护送返乡。", "",
             "（Ⅱ）资金投入及使用情况",
             f"　　{YEAR}年年初预算安排本项目资金{ini}万元，年中追加{r2(D(adj) - D(ini))}万元，全年预算{adj}万元；"
             f"截至{YEAR}年12月31日，全年实际支出{exe}万元，预算执行率{rt}%。", "",
             "第二部分　绩效目标完成情况", ""]
    k = 0
    for i, l1 in enumerate(("产出指标", "效益指标", "满意度指标")):
        rows = [r for r in FT03 if r[0] == l1]
        lines.append(f"（{_ROMAN[i]}）{l1}（分值{sum(r[3] for r in rows)}分）")
        for j, r in enumerate(rows):
            k += 1
            line = (f"{_CIRCLED[j]}{r[2]}：年度目标值{shown(r[4])}，实际完成{shown(r[5])}，分值{r[3]}分，得分{r[6]}分。")
            if r[7]:
                line += f"偏差原因：{r[7]}。"
            lines.append(line)
        lines.append("")
    lines += ["（Ⅳ）预算执行（分值10分）", f"①预算执行率：全年预算执行率{rt}%，分值10分，得分{es}分。", "",
              "第三部分　自评结论", "",
              f"　　经自评，本项目{YEAR}年度绩效自评得分{total}分，自评等级：{grade(total)}。", "",
              "第四部分　存在的问题及改进措施", "",
              "　　一是护送返乡衔接仍不顺畅；二是协作单位之间信息共享不及时。下一步将完善站外协作机制。", "",
              f"{unit}", "2026年3月10日", ""]
    text = "\n".join(_full(s) for s in lines)
    unit_f, project = {"supervising_department": dept}, {"name": name, "implementing_unit": unit}
    inds = [exec_fact(10, rt, es), *(indicator_fact(r) for r in FT03)]
    return (facts("项目支出", YEAR, unit_f, budget(ini, adj, exe, rt), inds, total, project, stated_grade=EARNED), "txt", text)


# ft04 浙江 city cultural centre, whole unit, .mhtml saved from the city's site: prose, a 项目自评情况汇总表 of its six
# projects (项目名称 | 预算数 | 执行数 | 执行率 | 自评得分 | 等级), a small whole-unit indicator table, the grade only in the
# closing sentence ("综上，本单位…自评等级为优") ----------------------------------------------------------------------
FT04_PROJECTS = [("群众文化活动经费", "126.00", "124.38", "96.5", "优"), ("非遗保护传承经费", "48.50", "45.06", "91.25", "优"),
                 ("文化馆总分馆建设经费", "85.00", "79.21", "87.75", "良"), ("公益培训“夜学堂”经费", "36.20", "36.20", "95", "优"),
                 ("文艺精品创作扶持经费", "60.00", "51.86", "82.5", "良"), ("场馆设施维护经费", "42.80", "42.11", "93", "优")]
FT04: list[Row] = [
    ("产出指标", "数量指标", "举办公益性群众文化活动场次", D(15), "≥180场", "196场", "15", ""),
    ("产出指标", "数量指标", "开展公益艺术培训课时", D(10), "≥1200课时", "1268课时", "10", ""),
    ("产出指标", "质量指标", "年度重点工作任务完成率", D(15), "≥95%", "96%", "15", ""),
    ("产出指标", "时效指标", "项目资金支付及时率", D(10), "≥95%", "92%", "9.68", "两个项目尾款待审计结算"),
    ("效益指标", "社会效益指标", "参与文化活动群众人次", D(15), "≥35万人次", "37.2万人次", "15", ""),
    ("效益指标", "可持续影响指标", "总分馆覆盖乡镇（街道）数", D(10), "≥19个", "18个", "9.47", "1个新建分馆装修未完成"),
    ("满意度指标", "服务对象满意度指标", "群众满意度", D(15), "≥90%", "94.8%", "15", ""),
]


def ft04() -> Made:
    ini, adj, exe = "856.20", "912.75", "887.31"
    rt, es, total = scored(FT04, exe, adj)
    unit = "江山市文化馆"
    proj = "".join(f"<tr><td>{i}</td><td>{p[0]}</td><td>{p[1]}</td><td>{p[2]}</td><td>{rate(p[2], p[1])}%</td>"
                   f"<td>{p[3]}</td><td>{p[4]}</td></tr>" for i, p in enumerate(FT04_PROJECTS, 1))
    head = "".join(f"<th>{h}</th>" for h in HEAD)
    ind = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in cells(r)) + "</tr>" for r in FT04)
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>{unit}{YEAR}年度部门整体支出绩效自评报告</title></head>
<body><div class="top">江山市人民政府 | 政务公开 | 财政预决算 | 无障碍 | 长者模式</div>
<div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 部门预决算</div>
<h1>{unit}{YEAR}年度部门整体支出绩效自评报告</h1>
<div class="meta">发布时间：2026-04-08　来源：{unit}　浏览次数：87</div>
<p>一、单位基本情况</p>
<p>{unit}为江山市文化和旅游局所属公益一类事业单位，主要承担群众文化活动组织、公益艺术培训、非物质文化遗产保护等职能。</p>
<p>二、预算及执行情况</p>
<p>{YEAR}年度本单位年初预算{ini}万元，年中追加{r2(D(adj) - D(ini))}万元，全年预算{adj}万元，全年支出{exe}万元，预算执行率{rt}%。</p>
<p>三、项目支出自评情况</p>
<p>本单位{YEAR}年实施项目6个，均已开展绩效自评，情况如下表：</p>
<table border="1"><tr><th>序号</th><th>项目名称</th><th>预算数（万元）</th><th>执行数（万元）</th><th>执行率</th><th>自评得分</th><th>等级</th></tr>{proj}</table>
<p>四、整体支出绩效指标完成情况</p>
<table border="1"><tr>{head}</tr><tr><td>预算执行</td><td></td><td>预算执行率</td><td>100%</td><td>{rt}%</td><td>10</td><td>{es}</td><td></td></tr>{ind}<tr><td>合计</td><td></td><td></td><td></td><td></td><td>100</td><td>{total}</td><td></td></tr></table>
<p>五、存在的问题及改进措施</p>
<p>部分项目尾款结算滞后，文艺精品创作扶持经费执行偏低。下一步将加快结算进度，细化项目前期论证。</p>
<p>综上，本单位{YEAR}年度部门整体支出绩效自评等级为{grade(total)}。</p>
<div class="foot">主办：江山市人民政府办公室　技术支持：某某网络　网站标识码：330881xxxx</div></body></html>"""
    inds = [exec_fact(10, rt, es, level1="预算执行", target={"value": D(100), "unit": "%"}), *(indicator_fact(r) for r in FT04)]
    return (facts("整体支出", YEAR, {"name": unit}, budget(ini, adj, exe, rt), inds, total, full_mark=100, stated_grade=EARNED), "mhtml",
            _mht(f"{unit}{YEAR}年度部门整体支出绩效自评报告", html))


# ft05 河北 city street-lighting office, project, .csv exported by a budget system in UTF-16 (a BOM, commas, quoted
# cells): money in 元 with thousands separators ("1,234,567.89") ------------------------------------------------------
FT05: list[Row] = [
    ("产出指标", "数量指标", "维护城区路灯盏数", D(10), "≥18600盏", "18842盏", "10", ""),
    ("产出指标", "数量指标", "更换LED节能灯具数", D(10), "≥2400套", "2415套", "10", ""),
    ("产出指标", "质量指标", "路灯亮灯率", D(10), "≥98%", "98.6%", "10", ""),
    ("产出指标", "时效指标", "故障报修24小时修复率", D(10), "≥95%", "93.2%", "9.81", "极端天气集中故障，抢修力量不足"),
    ("效益指标", "经济效益指标", "路灯年节约电费", D(10), "≥60万元", "63.4万元", "10", ""),
    ("效益指标", "社会效益指标", "夜间道路交通事故起数同比下降", D(10), "≥5%", "6.2%", "10", ""),
    ("效益指标", "可持续影响指标", "智能单灯控制覆盖率", D(10), "≥60%", "64%", "10", ""),
    ("满意度指标", "服务对象满意度指标", "沿街居民满意度", D(20), "≥90%", "92.4%", "20", ""),
]


def _csv(rows: list[list[str]]) -> str:
    def cell(c: str) -> str:
        return f'"{c}"' if any(ch in c for ch in ',"\n') else c
    return "\r\n".join(",".join(cell(c) for c in row) for row in rows) + "\r\n"


def ft05() -> Made:
    ini, adj, exe = "412.3056", "436.8012", "421.6573"
    rt, es, total = scored(FT05, exe, adj)
    dept, impl, name = "迁安市城市管理综合行政执法局", "迁安市路灯管理所", "2025年城区路灯运行维护及节能改造项目"
    rows = [["项目支出绩效自评表"], ["（2025年度）"], ["项目名称", "", name], ["主管部门", "", dept, "", "实施单位", "", impl],
            ["项目资金（元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            ["", "年度资金总额", _grouped(ini), _grouped(adj), _grouped(exe), "10", f"{rt}%", str(es)],
            ["", "其中：当年财政拨款", _grouped(ini), _grouped(adj), _grouped(exe), "—", f"{rt}%", "—"],
            HEAD, *[cells(r) for r in FT05], _total_row(total)]
    text = _csv([r + [""] * (8 - len(r)) for r in rows])
    b = budget(ini, adj, exe, rt)
    inds = [exec_fact(10, rt, es), *(indicator_fact(r) for r in FT05)]
    unit, project = {"supervising_department": dept}, {"name": name, "implementing_unit": impl}
    return (facts("项目支出", YEAR, unit, b, inds, total, project, full_mark=100, stated_grade=EARNED), "csv",
            ("\ufeff" + text).encode("utf-16-le"))


# ft06 湖南 city youth palace, project, .xls: an indicator sheet with a 评价等级 column (优 / 良 / 中 / 差) beside 得分; the
# qualitative rows' points follow the grade (优 100 %, 良 80 %, 中 60 %, 差 0 of the weight) -------------------------------
FT06: list[Row] = [
    ("产出指标", "数量指标", "开设公益兴趣班期数", D(10), "≥96期", "104期", "10", ""),
    ("产出指标", "数量指标", "参训青少年人次", D(10), "≥8000人次", "8630人次", "10", ""),
    ("产出指标", "质量指标", "课程教学质量", D(10), "T:优", "T:良", "8", "两门新开课程教学大纲尚不完善"),
    ("产出指标", "时效指标", "寒暑假课程开课及时性", D(10), "T:按时开课", "T:优", "10", ""),
    ("效益指标", "社会效益指标", "农村留守儿童参训比例", D(10), "≥15%", "16.8%", "10", ""),
    ("效益指标", "社会效益指标", "校外教育阵地示范作用", D(10), "T:优", "T:中", "6", "城区以外辐射不足，将增设流动课堂"),
    ("效益指标", "可持续影响指标", "志愿教师队伍稳定性", D(10), "T:稳定", "T:优", "10", ""),
    ("满意度指标", "服务对象满意度指标", "家长满意度", D(10), "≥90%", "93.1%", "10", ""),
    ("满意度指标", "服务对象满意度指标", "学员满意度", D(10), "≥90%", "95.4%", "10", ""),
]
_GRADES = ("优", "良", "中", "差")


def ft06() -> Made:
    ini, adj, exe = "168.00", "175.40", "170.62"
    rt, es, total = scored(FT06, exe, adj)
    dept, impl, name = "醴陵市教育局", "醴陵市青少年宫", "2025年青少年校外公益培训项目"
    head = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "评价等级", "得分", "偏差原因分析及改进措施"]

    def row(r: Row) -> list[Any]:
        level = shown(r[5]) if shown(r[5]) in _GRADES else ("优" if D(r[6]) == r[3] else "良")
        actual = "" if shown(r[5]) in _GRADES else shown(r[5])
        return [r[0], r[1], r[2], shown(r[4]), actual, float(r[3]), level, float(D(r[6])), r[7]]

    rows: list[list[Any]] = [
        ["项目支出绩效自评表（2025年度）"], ["项目名称", "", name], ["主管部门", "", dept, "", "实施单位", "", impl],
        ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["", "年度资金总额", float(ini), float(adj), float(exe), 10, f"{rt}%", float(es)],
        head, *[row(r) for r in FT06], ["总分", "", "", "", "", 100, "", float(total), ""],
        ["自评等级", "", grade(total)],
        ["注：定性指标按优、良、中、差评价，分别按分值的100%、80%、60%、0计分。"]]
    n = len(rows)
    body = _book(rows, ["A1:I1", "C2:I2", "A4:A5", f"A{n - 2}:E{n - 2}", f"A{n - 1}:B{n - 1}", f"A{n}:I{n}"])
    inds = [exec_fact(10, rt, es)]
    for r in FT06:
        fact = indicator_fact(r)
        if shown(r[5]) in _GRADES:
            fact.pop("actual", None)
        inds.append(fact)
    unit, project = {"supervising_department": dept}, {"name": name, "implementing_unit": impl}
    return (facts("项目支出", YEAR, unit, budget(ini, adj, exe, rt), inds, total, project, full_mark=100, stated_grade=EARNED), "xls",
            convert(body, "ft06", "xlsx", "xls"))


# ft07 福建 organ kindergarten, project, .docx: the prose in 万元, the form nested in a one-cell layout table with its money
# in 元 with separators; 预算执行率 scored out of 10 and the indicators out of 90, each on its own line above the 总分 --------
FT07: list[Row] = [
    ("产出指标", "数量指标", "改造幼儿活动室间数", D(15), "≥12间", "12间", "15", ""),
    ("产出指标", "数量指标", "更新户外大型玩具套数", D(10), "≥6套", "6套", "10", ""),
    ("产出指标", "质量指标", "工程竣工验收合格率", D(15), "100%", "100%", "15", ""),
    ("产出指标", "时效指标", "暑期施工完成时间", D(10), "T:2025年8月25日前", "T:2025年9月5日", "7.5", "雨季延误，开学后一周完工"),
    ("效益指标", "社会效益指标", "新增学位数", D(15), "≥60个", "60个", "15", ""),
    ("效益指标", "可持续影响指标", "设施安全使用年限", D(10), "≥10年", "10年", "10", ""),
    ("满意度指标", "服务对象满意度指标", "家长满意度", D(15), "≥90%", "96.3%", "15", ""),
]


def ft07() -> Made:
    ini, adj, exe = "218.0000", "236.4580", "229.3167"
    rt, es, total = scored(FT07, exe, adj)
    sub = sum((D(r[6]) for r in FT07), Decimal(0))
    dept, impl, name = "福清市教育局", "福清市机关幼儿园", "2025年园舍改造提升项目"
    d = doc()
    d.add_heading(f"{impl}{name}绩效自评报告", level=1)
    d.add_paragraph(f"一、项目基本情况。{name}由{dept}批复，{impl}实施，主要对园内活动室、户外活动场地进行改造。")
    d.add_paragraph(f"二、资金情况。本项目年初预算{D(ini):.2f}万元，全年预算{D(adj):.2f}万元，全年执行{D(exe):.2f}万元，"
                    f"预算执行率{rt}%。")
    d.add_paragraph("三、自评结果。详见下表。")
    outer = d.add_table(rows=1, cols=1)
    cell = outer.cell(0, 0)
    cell.paragraphs[0].text = "项目支出绩效自评表"
    rows = [["项目名称", "", name, "", "", "", "", ""], ["主管部门", "", dept, "", "实施单位", "", impl, ""],
            *money_rows(_grouped(ini), _grouped(adj), _grouped(exe), rt, es, unit="元"),
            HEAD, *[cells(r) for r in FT07]]
    table(cell, rows)  # a Word cell takes a table as the document does
    cell.add_paragraph(f"预算执行率得分（满分10分）：{es}")
    cell.add_paragraph(f"绩效指标得分（满分90分）：{sub}")
    cell.add_paragraph(f"总分：{total}　　自评等级：{grade(total)}")
    d.add_paragraph("填报单位：福清市机关幼儿园　　2026年3月2日")
    # the form's amounts in 元, exactly (the prose rounds them to 万元 with two decimals: seventyninth.md)
    b = budget(ini, adj, exe, rt)
    inds = [exec_fact(10, rt, es), *(indicator_fact(r) for r in FT07)]
    unit, project = {"supervising_department": dept}, {"name": name, "implementing_unit": impl}
    return (facts("项目支出", YEAR, unit, b, inds, total, project, stated_grade=EARNED), "docx", docx_bytes(d))


# ft08 广东 city public-resources trading centre, whole unit, .pdf: long prose, then the 自评表 drawn across a page
# break; the closing sentence's grade (优) does not fit the total (84.32: 良 under the 90 / 80 and the 85 / 75 bands) — planted GRADE_MISMATCH ------------------
FT08: list[Row] = [
    ("产出指标", "数量指标", "完成工程建设项目交易宗数", D(10), "≥420宗", "436宗", "10", ""),
    ("产出指标", "数量指标", "完成政府采购项目交易宗数", D(10), "≥650宗", "612宗", "9.25", "部分采购项目转为框架协议采购"),
    ("产出指标", "质量指标", "交易系统安全运行率", D(10), "≥99.9%", "99.95%", "10", ""),
    ("产出指标", "质量指标", "档案归档完整率", D(10), "100%", "96%", "6.25", "2024年遗留纸质档案补录未完成"),
    ("产出指标", "时效指标", "保证金退还及时率", D(10), "100%", "100%", "10", ""),
    ("效益指标", "经济效益指标", "政府采购资金节约率", D(10), "≥5%", "3.6%", "5.25", "电子卖场价格透明，节约空间收窄"),
    ("效益指标", "社会效益指标", "全流程电子化交易率", D(10), "100%", "97%", "8.75", "少量涉密项目线下交易"),
    ("效益指标", "可持续影响指标", "不见面开标覆盖率", D(10), "≥90%", "86%", "7.5", "远程异地评标系统升级"),
    ("满意度指标", "服务对象满意度指标", "交易主体满意度", D(10), "≥95%", "91%", "7.5", "窗口服务时间不能完全满足需求"),
]


def ft08() -> Made:
    ini, adj, exe = "1268.40", "1396.25", "1371.06"
    rt, es, total = scored(FT08, exe, adj)
    unit = "四会市公共资源交易中心"
    d = doc()
    d.add_heading(f"{unit}{YEAR}年度部门整体支出绩效自评报告", level=1)
    paras = [
        "一、部门基本情况",
        f"{unit}为四会市政务服务数据管理局管理的公益一类事业单位，内设综合股、交易服务股、信息技术股、档案股4个股室，"
        "主要承担全市工程建设、政府采购、土地使用权和矿业权出让、国有产权等公共资源交易的场所服务和信息服务。",
        "二、部门预算及执行情况",
        f"{YEAR}年年初预算{ini}万元，年中追加预算{r2(D(adj) - D(ini))}万元，全年预算{adj}万元；全年支出{exe}万元，"
        f"预算执行率{rt}%。其中：基本支出786.30万元，项目支出584.76万元。",
        "三、绩效目标完成情况",
        "全年共完成各类公共资源交易1210宗，交易额86.4亿元。交易系统全年平稳运行，未发生数据安全事件。"
        "全面推行远程异地评标，交易主体“零跑腿”比例持续提升。",
        "四、存在的问题",
        "一是政府采购资金节约率偏低；二是历史纸质档案数字化补录进度偏慢；三是远程异地评标系统稳定性有待提高。",
        "六、自评表",
    ]
    for p in paras:
        d.add_paragraph(p)
    rows = [["单位名称", "", unit, "", "", "", "", ""],
            ["年度预算（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            ["", "年度资金总额", ini, adj, exe, "10", f"{rt}%", str(es)],
            HEAD, *[cells(r) for r in FT08], ["总分", "", "", "", "", "100", str(total), ""]]
    n = len(rows)
    table(d, rows, merges=[(0, 0, 0, 1), (0, 2, 0, 7), (1, 0, 2, 0), (n - 1, 0, n - 1, 4)], vmerge_cols=(0, 1))
    d.add_paragraph("七、自评结论")
    d.add_paragraph(f"综上，本单位{YEAR}年度部门整体支出绩效自评得分{total}分，自评等级为优。")
    inds = [exec_fact(10, rt, es), *(indicator_fact(r) for r in FT08)]
    b = budget(ini, adj, exe, rt) | {"expenditure_items": items(("基本支出", "786.30"), ("项目支出", "584.76"))}
    bodies = ["综合股", "交易服务股", "信息技术股", "档案股"]
    return (facts("整体支出", YEAR, {"name": unit, "internal_bodies": bodies, "internal_bodies_count": 4}, b, inds, total, full_mark=100,
                  stated_grade="优", planted=["GRADE_MISMATCH"]), "pdf", docx_bytes(d))


REPORTS = {
    "ft01-hb-macheng-health-centre-project-odt-plan-beside-self": ft01,
    "ft02-js-taixing-landscaping-whole-rtf-cost-block-tiers": ft02,
    "ft03-sx-jiexiu-relief-station-project-txt-full-width-quarters": ft03,
    "ft04-zj-jiangshan-culture-centre-whole-mhtml-project-summary": ft04,
    "ft05-he-qianan-street-lights-project-csv-utf16-yuan": ft05,
    "ft06-hn-liling-youth-palace-project-xls-grade-column": ft06,
    "ft07-fj-fuqing-kindergarten-project-docx-nested-yuan-90": ft07,
    "ft08-gd-sihui-trading-centre-whole-pdf-two-pages-grade": ft08,
}
