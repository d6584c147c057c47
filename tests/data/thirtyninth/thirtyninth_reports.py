# ruff: noqa: E501
"""Reports k01–k08 of the thirty-ninth set, each returning (facts, ext, content). Every unit, person and figure is
invented (real provinces and counties, invented bureaus, branches, institutions, schools and figures).

Builders and value helpers are the eighteenth, twentieth and twenty-ninth sets' (imported, not copied).
"""

from __future__ import annotations

from typing import Any

from corpus_build import items, total
from eighteenth_facts import D, Made, Row, doc, docx_bytes, facts, indicator_fact, rate, shown, table
from twentieth_facts import money
from twentyninth_reports import pipe_row

FORM_HEAD = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
_FULL = str.maketrans("0123456789.%", "０１２３４５６７８９．％")
_DIGITS = str.maketrans("0123456789", "０１２３４５６７８９")


def fw(text: str, *, point: bool = True) -> str:
    """``text`` with full-width digits (and a full-width point and % when ``point``), as some units type amounts."""
    return text.translate(_FULL if point else _DIGITS)


def sep(amount: str) -> str:
    """An amount in 万元 with thousands separators."""
    return f"{D(amount):,.2f}"


def yi(amount: str) -> str:
    """An amount in 万元 written in 亿元 (four decimals, exact)."""
    v = D(amount) / 10000
    assert v == v.quantize(D("0.0001")), amount
    return f"{v:.4f}"


def score_of(weight: int, rt: Any) -> Any:
    return (weight * D(rt) / 100).quantize(D("0.01"))


def exec_row(l1: str, l2: str, rt: Any, weight: int = 10) -> Row:
    return (l1, l2, "预算执行率", weight, "100%", f"{rt}%", str(score_of(weight, rt)), "")


def inds(rows: list[Row]) -> list[dict[str, Any]]:
    return [indicator_fact(r) for r in rows]


def form(rows: list[Row]) -> list[list[str]]:
    return [[r[0], r[1], r[2], shown(r[4]), shown(r[5]), str(r[3]), r[6], r[7]] for r in rows]


def blocks(rows: list[Row]) -> dict[str, int]:
    out: dict[str, int] = {}
    for r in rows:
        out[r[0]] = out.get(r[0], 0) + r[3]
    return out


def nested(rows: list[Row], *, full: bool = False, circled: bool = True) -> list[str]:
    """Numbered indicator paragraphs: "（一）产出指标", "1.数量指标", "①名称：目标…，实际…，分值N分，得N分。", then
    "产出指标得分X分，满分Y分。" after each 一级 (``full``: the figures in full-width digits)."""
    cn, marks = "一二三四五六七八", "①②③④⑤⑥⑦⑧⑨⑩"
    num = (lambda s: fw(s)) if full else (lambda s: s)
    out: list[str] = []
    level1s = list(dict.fromkeys(r[0] for r in rows))
    for i, l1 in enumerate(level1s):
        out.append(f"（{cn[i]}）{l1}")
        mine = [r for r in rows if r[0] == l1]
        level2s = list(dict.fromkeys(r[1] for r in mine))
        for j, l2 in enumerate(level2s):
            out.append(f"{j + 1}.{l2}")
            for k, r in enumerate(x for x in mine if x[1] == l2):
                head = marks[k] if circled else f"（{k + 1}）"
                line = (f"{head}{r[2]}：目标{num(shown(r[4]))}，实际{num(shown(r[5]))}，"
                        f"分值{num(str(r[3]))}分，得{num(r[6])}分。")
                if r[7]:
                    line = line[:-1] + f"，{r[7]}。"
                out.append(line)
        got, full_mark = total(mine, None), sum(r[3] for r in mine)
        out.append(f"{l1}得分{num(str(got))}分，满分{num(str(full_mark))}分。")
    return out


# k01 湖南 公安分局, .txt: the period "2023年1月1日至12月31日"; the rate told as 决算数 ÷ 调整后预算数 in words; a pipe table
# of spending crossing 基本支出 (人员经费 / 公用经费) and 项目支出 with 调整后预算数 / 决算数 / 执行率 and separators; the
# indicators a pipe form; the grade in quotes "等级为“优秀”" ------------------------------------------------------------
K01: list[Row] = [
    ("产出指标", "数量指标", "刑事案件立案数", 10, "≥420起", "438起", "10", ""),
    ("产出指标", "数量指标", "社区警务室覆盖村（社区）数", 10, "≥26个", "26个", "10", ""),
    ("产出指标", "质量指标", "命案侦破率", 10, "100%", "100%", "10", ""),
    ("产出指标", "时效指标", "110接警处警及时率", 10, "≥98%", "97.6%", "9.5", "雨季山区道路受阻，个别警情到场超时"),
    ("效益指标", "社会效益指标", "刑事警情同比下降率", 15, "≥5%", "8.2%", "15", ""),
    ("效益指标", "社会效益指标", "电信网络诈骗发案同比下降率", 15, "≥10%", "12.4%", "15", ""),
    ("效益指标", "可持续影响指标", "重点场所视频监控联网率", 10, "≥95%", "96.3%", "10", ""),
    ("满意度指标", "服务对象满意度指标", "群众安全感满意度", 10, "≥92%", "94.1%", "10", ""),
]


def k01() -> Made:
    ini, adj, exe = "4286.50", "4612.38", "4497.26"
    rt = rate(exe, adj)
    rows = [exec_row("产出指标", "成本指标", rt), *K01]
    tot = total(rows, None)
    unit = "邵阳市公安局云峰分局"
    spend = [("基本支出", "3402.18", "3386.07"), ("其中：人员经费", "2865.40", "2861.22"),
             ("公用经费", "536.78", "524.85"), ("项目支出", "1210.20", "1111.19"), ("合计", adj, exe)]
    text = f"""{unit}
2023年度部门整体支出绩效自评报告

一、部门概况
（一）主要职能
负责辖区刑事案件侦查、治安管理、户籍管理、道路交通安全管理和社区警务等工作。
（二）机构设置
分局内设指挥中心、警务保障室、法制大队、刑事侦查大队、治安管理大队5个内设机构，下辖城东派出所、城西派出所、雨山派出所3个派出所。
（三）人员情况
分局核定政法专项编制168名，年末实有在编民警156人。另有警务辅助人员94人（不计入在编人数）。

二、预算执行情况
本次自评期间为2023年1月1日至12月31日。
分局2023年年初预算{sep(ini)}万元，年中追加后调整预算{sep(adj)}万元，全年决算支出{sep(exe)}万元。
预算执行率＝决算数÷调整后预算数×100%＝{exe}÷{adj}×100%＝{rt}%。
按支出类别，预算与决算对比如下（单位：万元）：
{chr(10).join(pipe_row(r) for r in [["支出类别", "调整后预算数", "决算数", "执行率"], *[[n, sep(a), sep(e), f"{rate(e, a)}%"] for n, a, e in spend]])}

三、绩效目标完成情况
分局2023年部门整体支出绩效自评表如下：
{chr(10).join(pipe_row(r) for r in [FORM_HEAD, *form(rows), ["总分", "", "", "", "", "100", str(tot), ""]])}

四、自评结论
经自评，分局2023年度部门整体支出绩效综合得分{tot}分，等级为“优秀”。

五、存在问题和改进措施
一是项目支出执行偏慢，执行率{rate("1111.19", "1210.20")}%，低于基本支出；二是山区警情到场时间偏长。下一步将按季度通报项目资金进度，2024年底前在雨山片区增设1个警务工作站。
"""
    b = money(ini, adj, exe, rt)
    b.update({"expenditure_total": D(exe), "expenditure_items": items(("基本支出", "3386.07"), ("项目支出", "1111.19"))})
    u = {"name": unit, "staff_total": 156, "staff_establishment": 168,
         "internal_bodies": ["指挥中心", "警务保障室", "法制大队", "刑事侦查大队", "治安管理大队"], "internal_bodies_count": 5,
         "subordinate_bodies": ["城东派出所", "城西派出所", "雨山派出所"], "subordinate_bodies_count": 3}
    f = facts("整体支出", 2023, u, b, inds(rows), tot, full_mark=100, stated_grade="优")
    return f, "txt", text


# k02 河南 人社局, .docx: every amount and score in full-width digits (１８６２.４０万元, ９６．７９％); the indicators as
# numbered paragraphs nested by 一级 and 二级 ("（一）产出指标" / "1.数量指标" / "①…：目标…，实际…，分值…，得…分。") with
# each 一级's score in prose ("产出指标得分X分，满分Y分。"); a sign-off by the bureau with 联系人 / 联系电话 ----------------
K02: list[Row] = [
    ("产出指标", "数量指标", "城镇新增就业人数", 8, "≥3200人", "3456人", "8", ""),
    ("产出指标", "数量指标", "职业技能培训人次", 8, "≥2500人次", "2380人次", "7.2", "部分培训班次调整至次年"),
    ("产出指标", "质量指标", "培训后取证率", 7, "≥80%", "83.5%", "7", ""),
    ("产出指标", "时效指标", "社保待遇按时发放率", 7, "100%", "100%", "7", ""),
    ("效益指标", "社会效益指标", "城镇调查失业率", 10, "≤5.5%", "4.8%", "10", ""),
    ("效益指标", "社会效益指标", "劳动保障监察举报投诉结案率", 10, "≥95%", "97.2%", "10", ""),
    ("效益指标", "可持续影响指标", "企业职工基本养老保险参保人数", 10, "≥6.8万人", "7.02万人", "10", ""),
    ("满意度指标", "服务对象满意度指标", "办事群众满意度", 20, "≥90%", "95.6%", "20", ""),
]


def k02() -> Made:
    ini, adj, exe = "1862.40", "2105.76", "2038.15"
    rt = rate(exe, adj)
    rows = [*K02[:4], exec_row("产出指标", "成本指标", rt, weight=20), *K02[4:]]
    tot = total(rows, None)
    unit = "商城县人力资源和社会保障局"
    basic, proj = "1246.32", "791.83"
    d = doc()
    d.add_heading(f"{unit}2024年度部门整体支出绩效自评报告", level=1)
    d.add_paragraph("一、部门基本情况")
    d.add_paragraph(f"我局内设办公室、就业促进股、社会保险股、劳动关系股４个股室，下属县就业创业服务中心、县劳动人事争议仲裁院"
                    f"２个事业单位。核定编制{fw('64')}名，年末实有人员{fw('59')}人。")
    d.add_paragraph("二、部门预算执行情况")
    d.add_paragraph(f"2024年度我局年初预算{fw(ini, point=False)}万元，调整后预算{fw(adj)}万元，实际支出{fw(exe)}万元，"
                    f"其中基本支出{fw(basic)}万元、项目支出{fw(proj)}万元，预算执行率{fw(str(rt))}％。")
    d.add_paragraph("三、绩效指标完成情况")
    for line in nested(rows, full=True):
        d.add_paragraph(line)
    d.add_paragraph("四、自评结果")
    d.add_paragraph(f"经综合评定，我局2024年度部门整体支出绩效自评得分{fw(str(tot))}分，自评等级为“优”。")
    d.add_paragraph("五、存在的问题及改进措施")
    d.add_paragraph("职业技能培训人次未达目标。2025年将把培训计划分解到季度，按月调度完成进度。")
    d.add_paragraph(unit)
    d.add_paragraph("2025年3月20日")
    d.add_paragraph("联系人：王晓燕        联系电话：0376-7219365")
    b = money(ini, adj, exe, rt)
    b.update({"expenditure_total": D(exe), "expenditure_items": items(("基本支出", basic), ("项目支出", proj))})
    u = {"name": unit, "staff_total": 59, "staff_establishment": 64,
         "internal_bodies": ["办公室", "就业促进股", "社会保险股", "劳动关系股"], "internal_bodies_count": 4,
         "subordinate_bodies": ["县就业创业服务中心", "县劳动人事争议仲裁院"], "subordinate_bodies_count": 2}
    f = facts("整体支出", 2024, u, b, inds(rows), tot, stated_grade="优", stated_block_weights=blocks(rows))
    return f, "docx", docx_bytes(d)


# k03 江苏 农业农村局, .txt: the income and budget in 亿元; a prose account of the indicators by 一级 with scores;
# the sign-off with 联系人 / 电话; the 自评表 appended after it as a pipe form that repeats the money block in 万元 ---------
K03: list[Row] = [
    ("产出指标", "数量指标", "高标准农田建设面积", 10, "≥2.6万亩", "2.64万亩", "10", ""),
    ("产出指标", "数量指标", "耕地地力保护补贴发放面积", 10, "≥48万亩", "48.3万亩", "10", ""),
    ("产出指标", "质量指标", "农产品质量安全例行监测合格率", 10, "≥98%", "99.1%", "10", ""),
    ("产出指标", "时效指标", "惠农补贴资金兑付及时率", 10, "100%", "98%", "9", "个别农户银行卡信息有误，补发延后"),
    ("效益指标", "经济效益指标", "粮食总产量", 10, "≥52万吨", "53.6万吨", "10", ""),
    ("效益指标", "社会效益指标", "农村人居环境整治村庄覆盖率", 10, "≥95%", "96%", "10", ""),
    ("效益指标", "生态效益指标", "化肥使用量减少率", 10, "≥2%", "2.4%", "10", ""),
    ("效益指标", "可持续影响指标", "农业机械化率", 10, "≥88%", "87.2%", "9", "丘陵地块机械作业条件不足"),
    ("满意度指标", "服务对象满意度指标", "农户满意度", 10, "≥90%", "94.5%", "10", ""),
]


def k03() -> Made:
    ini, adj, exe = "11860.00", "13286.00", "12917.00"
    rt = rate(exe, adj)
    es = score_of(10, rt)
    rows = [exec_row("产出指标", "成本指标", rt), *K03]
    tot = total(rows, None)
    unit = "宿迁市宿豫区农业农村局"
    fin, other = "12105.00", "1181.00"
    text = f"""{unit}2024年度部门整体支出绩效自评报告

一、部门概况
区农业农村局负责全区农业农村经济发展、粮食生产、农田建设、农产品质量安全监管等工作，内设办公室、计划财务科、种植业科、农田建设科、乡村产业科5个科室，下属区农业技术推广中心、区农业综合行政执法大队2个事业单位。年末编制人数86人，实有人数81人。

二、部门收支及预算执行情况
2024年度部门收入合计{yi(adj)}亿元，其中财政拨款收入{yi(fin)}亿元，其他收入{yi(other)}亿元。年初预算{yi(ini)}亿元，调整后预算{yi(adj)}亿元，全年支出{yi(exe)}亿元，预算执行率{rt}%。

三、绩效目标完成情况
（一）产出指标。全年建成高标准农田2.64万亩，发放耕地地力保护补贴48.3万亩，农产品例行监测合格率99.1%，补贴兑付及时率98%，产出指标满分50分，得分{total(rows[:5], None)}分。
（二）效益指标。粮食总产量53.6万吨，农村人居环境整治覆盖96%的村庄，化肥使用量减少2.4%，农业机械化率87.2%，效益指标满分40分，得分{total(rows[5:9], None)}分。
（三）满意度指标。农户满意度94.5%，满分10分，得分10分。

四、自评结论
2024年度部门整体支出绩效自评得分{tot}分，评价等级为“优”。

五、存在问题及改进措施
丘陵地块机械化水平偏低，2025年将安排宜机化改造试点3处。

{unit}
2025年4月2日
联系人：陈立群  电话：0527-84316275

附件
2024年度部门整体支出绩效自评表
{pipe_row(["部门名称", unit, "", "", "", "", ""])}
{pipe_row(["资金情况（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"])}
{pipe_row(["年度资金总额", ini, adj, exe, "10", f"{rt}%", str(es)])}
{pipe_row(["其中：财政拨款", ini, fin, "11763.52", "", "", ""])}
{pipe_row(["其他资金", "", other, "1153.48", "", "", ""])}
{chr(10).join(pipe_row(r) for r in [FORM_HEAD, *form(rows), ["总分", "", "", "", "", "100", str(tot), ""]])}
{pipe_row(["自评等级", "优", "", "", "", "", ""])}
"""
    b = money(ini, adj, exe, rt)
    b.update({"income_total": D(adj), "income_items": items(("财政拨款收入", fin), ("其他收入", other))})
    u = {"name": unit, "staff_total": 81, "staff_establishment": 86,
         "internal_bodies": ["办公室", "计划财务科", "种植业科", "农田建设科", "乡村产业科"], "internal_bodies_count": 5,
         "subordinate_bodies": ["区农业技术推广中心", "区农业综合行政执法大队"], "subordinate_bodies_count": 2}
    f = facts("整体支出", 2024, u, b, inds(rows), tot, full_mark=100, stated_grade="优")
    return f, "txt", text


# k04 四川 民政局, .docx: a Word table of the 部门 total first and each 二级单位's line (年初预算数 / 调整后预算数 / 决算数 /
# 执行率); the period "2023年1月1日至2023年12月31日"; the indicators a Word form with 一级 merged; "等级为“优秀”" ------
K04: list[Row] = [
    ("产出指标", "数量指标", "城乡低保保障人数", 10, "≥5800人", "5930人", "10", ""),
    ("产出指标", "数量指标", "特困人员集中供养人数", 10, "≥320人", "326人", "10", ""),
    ("产出指标", "质量指标", "低保动态管理准确率", 10, "≥98%", "98.6%", "10", ""),
    ("产出指标", "时效指标", "救助资金按月发放率", 10, "100%", "100%", "10", ""),
    ("效益指标", "社会效益指标", "困难群众基本生活保障率", 20, "100%", "100%", "20", ""),
    ("效益指标", "可持续影响指标", "养老机构等级评定达标率", 20, "≥80%", "75%", "17", "2家乡镇敬老院设施改造未完成"),
    ("满意度指标", "服务对象满意度指标", "救助对象满意度", 10, "≥90%", "93.8%", "10", ""),
]


def k04() -> Made:
    units = [("局机关", "1326.50", "1498.20", "1476.35"), ("县社会福利院", "612.30", "655.80", "641.27"),
             ("县救助管理站", "186.40", "204.60", "197.92"), ("县殡仪馆", "348.80", "372.40", "351.06")]
    ini = str(sum(D(u[1]) for u in units))
    adj = str(sum(D(u[2]) for u in units))
    exe = str(sum(D(u[3]) for u in units))
    rt = rate(exe, adj)
    rows = [exec_row("产出指标", "成本指标", rt), *K04]
    tot = total(rows, None)
    unit = "仁寿县民政局"
    d = doc()
    d.add_heading(f"{unit}2023年度部门整体支出绩效自评报告", level=1)
    d.add_paragraph("一、部门概况")
    d.add_paragraph("县民政局部门预算由局机关和县社会福利院、县救助管理站、县殡仪馆3个二级预算单位组成。局机关内设办公室、"
                    "社会救助股、养老服务股、社会事务股4个股室。部门核定编制72名，年末实有人员68人。")
    d.add_paragraph("二、预算执行情况")
    d.add_paragraph("评价时段：2023年1月1日至2023年12月31日。部门及各单位预算执行情况如下（单位：万元）：")
    head = ["单位名称", "年初预算数", "调整后预算数", "决算数", "执行率"]
    body = [["部门合计", ini, adj, exe, f"{rt}%"], *[[n, a, b_, e, f"{rate(e, b_)}%"] for n, a, b_, e in units]]
    table(d, [head, *body])
    d.add_paragraph(f"部门调整后预算{adj}万元，决算{exe}万元，预算执行率为{rt}%。")
    d.add_paragraph("三、绩效指标完成情况")
    table(d, [FORM_HEAD, *form(rows), ["合计", "", "", "", "", "100", str(tot), ""]], vmerge_cols=(0,))
    d.add_paragraph("四、自评结论")
    d.add_paragraph(f"经自评，{unit}2023年度部门整体支出绩效得分{tot}分，等级为“优秀”。")
    d.add_paragraph("五、存在问题及整改措施")
    d.add_paragraph("县殡仪馆执行率偏低，乡镇敬老院改造进度滞后。2024年将建立二级单位预算执行月报制度。")
    b = money(ini, adj, exe, rt)
    u = {"name": unit, "staff_total": 68, "staff_establishment": 72,
         "internal_bodies": ["办公室", "社会救助股", "养老服务股", "社会事务股"], "internal_bodies_count": 4,
         "subordinate_bodies": ["县社会福利院", "县救助管理站", "县殡仪馆"], "subordinate_bodies_count": 3}
    f = facts("整体支出", 2023, u, b, inds(rows), tot, full_mark=100, stated_grade="优")
    return f, "docx", docx_bytes(d)


# k05 浙江 司法局, .txt: full-width digits in the form's cells and in the budget sentence; 一级 written once per block;
# planted EXECUTION_RATE_MISMATCH (the stated 执行率 two points below 决算 ÷ 调整后预算, in the sentence and the form) -----
K05: list[Row] = [
    ("产出指标", "数量指标", "人民调解案件受理数", 10, "≥1200件", "1286件", "10", ""),
    ("产出指标", "数量指标", "法律援助案件办理数", 10, "≥360件", "372件", "10", ""),
    ("产出指标", "质量指标", "人民调解成功率", 10, "≥95%", "97.8%", "10", ""),
    ("产出指标", "时效指标", "法律援助案件指派及时率", 10, "100%", "100%", "10", ""),
    ("效益指标", "社会效益指标", "社区矫正对象再犯罪率", 15, "≤0.2%", "0.1%", "15", ""),
    ("效益指标", "社会效益指标", "法治宣传覆盖人次", 15, "≥8万人次", "8.6万人次", "15", ""),
    ("效益指标", "可持续影响指标", "村（社区）法律顾问覆盖率", 10, "100%", "100%", "10", ""),
    ("满意度指标", "服务对象满意度指标", "法律服务对象满意度", 10, "≥90%", "92.4%", "10", ""),
]


def k05() -> Made:
    ini, adj, exe = "868.20", "936.50", "902.14"
    true_rt = rate(exe, adj)
    rt = true_rt - 2
    rows = [exec_row("产出指标", "成本指标", rt), *K05]
    tot = total(rows, None)
    unit = "丽水市莲都区司法局"
    frows = form(rows)
    for r in frows:
        r[3], r[4] = fw(r[3], point=False), fw(r[4], point=False)
    for i in range(len(frows) - 1, 0, -1):
        if rows[i][0] == rows[i - 1][0]:
            frows[i][0] = ""
    text = f"""{unit}2024年度部门整体支出绩效自评报告

一、基本情况
区司法局内设办公室、法治调研科、公共法律服务管理科、人民参与和促进法治科4个科室，下设司法所9个。核定行政编制38名，年末实有人员36人。

二、预算执行情况
2024年度年初预算{fw(ini)}万元，调整后预算{fw(adj)}万元，实际支出{fw(exe)}万元，预算执行率{fw(str(rt))}％。

三、绩效指标完成情况
{chr(10).join(pipe_row(r) for r in [FORM_HEAD, *frows, ["合计", "", "", "", "", "100", str(tot), ""]])}

四、自评结论
自评总分{tot}分，自评等级“优”。

五、下一步工作
进一步规范法律援助经费使用，提高调解员补贴发放效率。
"""
    b = money(ini, adj, exe, rt)
    u = {"name": unit, "staff_total": 36, "staff_establishment": 38,
         "internal_bodies": ["办公室", "法治调研科", "公共法律服务管理科", "人民参与和促进法治科"], "internal_bodies_count": 4,
         "subordinate_bodies_count": 9}
    f = facts("整体支出", 2024, u, b, inds(rows), tot, full_mark=100, stated_grade="优",
              planted=["EXECUTION_RATE_MISMATCH"])
    return f, "txt", text


# k06 山东 档案馆 (单位整体), .docx: 基本支出 split into 人员经费 / 公用经费 in brackets in prose; the 自评表 appended
# after the prose as a Word table with its money block and indicators (figures repeated); planted TOTAL_MISMATCH (the
# stated 总分 1.50 above the rows' sum, in the table and the sentence) -------------------------------------------------
K06: list[Row] = [
    ("产出指标", "数量指标", "档案接收进馆卷数", 10, "≥12000卷", "12650卷", "10", ""),
    ("产出指标", "数量指标", "馆藏档案数字化页数", 10, "≥80万页", "76万页", "9", "扫描设备故障停机一个月"),
    ("产出指标", "质量指标", "数字化成果验收合格率", 10, "≥99%", "99.5%", "10", ""),
    ("产出指标", "时效指标", "档案查阅利用按时办结率", 10, "100%", "100%", "10", ""),
    ("效益指标", "社会效益指标", "档案查阅利用人次", 20, "≥6000人次", "6820人次", "20", ""),
    ("效益指标", "可持续影响指标", "馆库温湿度达标率", 20, "≥95%", "96.5%", "20", ""),
    ("满意度指标", "服务对象满意度指标", "查档群众满意度", 10, "≥95%", "98%", "10", ""),
]


def k06() -> Made:
    ini, adj, exe = "286.40", "313.66", "305.18"
    rt = rate(exe, adj)
    rows = [exec_row("产出指标", "成本指标", rt), *K06]
    tot = total(rows, None) + D("1.50")
    unit = "临朐县档案馆"
    basic, people, public, proj = "218.46", "186.30", "32.16", "86.72"
    d = doc()
    d.add_heading(f"{unit}2024年度单位整体支出绩效自评报告", level=1)
    d.add_paragraph("一、单位基本情况")
    d.add_paragraph("县档案馆为县委直属公益一类事业单位，内设办公室、业务指导科、档案管理科、编研利用科4个科室。"
                    "核定事业编制24名，年末实有在编人员22人。")
    d.add_paragraph("二、预算收支情况")
    d.add_paragraph(f"2024年度年初预算{ini}万元，调整后预算{adj}万元，全年支出{exe}万元，其中基本支出{basic}万元"
                    f"（人员经费{people}万元、公用经费{public}万元），项目支出{proj}万元，预算执行率{rt}%。")
    d.add_paragraph("三、绩效目标完成情况")
    d.add_paragraph("全年接收进馆档案12650卷，完成馆藏档案数字化76万页，接待查档6820人次，各项指标完成情况详见附表。")
    d.add_paragraph("四、自评结论")
    d.add_paragraph(f"经自评，本单位2024年度整体支出绩效自评得分{tot}分，等级为“优”。")
    d.add_paragraph(unit)
    d.add_paragraph("联系人：刘建波    联系电话：0536-3128547")
    d.add_paragraph("附表：临朐县档案馆2024年度单位整体支出绩效自评表")
    table(d, [["单位名称", unit, "", "", "", "", "", ""],
              ["年度预算资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", ""],
              ["年度资金总额", ini, adj, exe, "10", f"{rt}%", str(score_of(10, rt)), ""],
              FORM_HEAD, *form(rows), ["总分", "", "", "", "", "100", str(tot), ""]],
          merges=[(0, 1, 0, 7)], vmerge_cols=(0,))
    b = money(ini, adj, exe, rt)
    b.update({"expenditure_total": D(exe), "expenditure_items": items(("基本支出", basic), ("项目支出", proj))})
    u = {"name": unit, "staff_total": 22, "staff_establishment": 24,
         "internal_bodies": ["办公室", "业务指导科", "档案管理科", "编研利用科"], "internal_bodies_count": 4}
    f = facts("整体支出", 2024, u, b, inds(rows), tot, full_mark=100, stated_grade="优", planted=["TOTAL_MISMATCH"])
    return f, "docx", docx_bytes(d)


# k07 甘肃 卫健委 (部门 consolidating its 二级单位), .txt: the 部门's budget in 亿元 then each unit's line in 万元
# ("其中：委机关调整预算…万元、决算…万元；…"); the indicators as numbered paragraphs nested by 一级 / 二级 with each
# 一级's score in prose; "2024年1月1日至12月31日" -------------------------------------------------------------------
K07: list[Row] = [
    ("产出指标", "数量指标", "适龄儿童免疫规划疫苗接种人次", 8, "≥4.2万人次", "4.35万人次", "8", ""),
    ("产出指标", "数量指标", "孕产妇系统管理人数", 8, "≥2600人", "2684人", "8", ""),
    ("产出指标", "质量指标", "法定传染病报告及时率", 7, "100%", "100%", "7", ""),
    ("产出指标", "时效指标", "基本公共卫生服务资金拨付及时率", 7, "100%", "95%", "6", "第四季度资金待绩效考核后拨付"),
    ("效益指标", "社会效益指标", "孕产妇死亡率", 10, "≤15/10万", "0/10万", "10", ""),
    ("效益指标", "社会效益指标", "居民电子健康档案建档率", 10, "≥90%", "92.3%", "10", ""),
    ("效益指标", "可持续影响指标", "家庭医生签约服务覆盖率", 10, "≥45%", "47.8%", "10", ""),
    ("满意度指标", "服务对象满意度指标", "城乡居民满意度", 20, "≥95%", "93.2%", "19", "偏远村群众对就医便利性评价偏低"),
]


def k07() -> Made:
    units = [("委机关", "12682.00", "11.9"), ("县疾病预防控制中心", "3416.00", "3"), ("县妇幼保健院", "3968.00", "4"),
             ("县卫生健康综合监督执法大队", "572.00", "0.6")]
    adj = str(sum(D(u[1]) for u in units))
    exes = ["12405.60", "3310.80", "3842.20", "546.40"]
    exe = str(sum(D(e) for e in exes))
    ini = "18960.00"
    rt = rate(exe, adj)
    rows = [*K07[:4], exec_row("产出指标", "成本指标", rt, weight=20), *K07[4:]]
    tot = total(rows, None)
    unit = "会宁县卫生健康局"
    parts = "；".join(f"{n}调整预算{a}万元、决算{e}万元" for (n, a, _), e in zip(units, exes, strict=True))
    text = f"""{unit}2024年度部门整体支出绩效自评报告

一、部门基本情况
县卫生健康局部门由局机关和县疾病预防控制中心、县妇幼保健院、县卫生健康综合监督执法大队3个二级单位组成。局机关内设办公室、医政医管股、基层卫生股、疾病预防控制股4个股室。部门核定编制246名，年末实有在编人员231人。

二、预算执行情况
评价期间：2024年1月1日至12月31日。
2024年部门年初预算{yi(ini)}亿元，调整后预算{yi(adj)}亿元，全年决算支出{yi(exe)}亿元，预算执行率{rt}%。其中：{parts}。

三、绩效指标完成情况
{chr(10).join(nested(rows, circled=False))}

四、自评结论
部门整体支出绩效自评得分{tot}分，自评等级：优。

五、存在问题及改进措施
部分基本公共卫生服务资金拨付不够及时。2025年将对乡镇卫生院实行季度预拨、年终清算。
"""
    b = money(ini, adj, exe, rt)
    u = {"name": unit, "staff_total": 231, "staff_establishment": 246,
         "internal_bodies": ["办公室", "医政医管股", "基层卫生股", "疾病预防控制股"], "internal_bodies_count": 4,
         "subordinate_bodies": ["县疾病预防控制中心", "县妇幼保健院", "县卫生健康综合监督执法大队"], "subordinate_bodies_count": 3}
    f = facts("整体支出", 2024, u, b, inds(rows), tot, stated_grade="优", stated_block_weights=blocks(rows))
    return f, "txt", text


# k08 广西 教育局 with schools as 二级单位, .docx: a Word table of each school's 调整后预算数 / 决算数 with the 部门合计
# row last; every amount in the prose in full-width digits; the indicators a Word form with 一级 and 二级 merged;
# "综合评定等级为“优秀”" -------------------------------------------------------------------------------------------
K08: list[Row] = [
    ("产出指标", "数量指标", "义务教育在校生人数", 10, "≥21000人", "21468人", "10", ""),
    ("产出指标", "数量指标", "学生资助发放人次", 10, "≥5200人次", "5376人次", "10", ""),
    ("产出指标", "质量指标", "义务教育巩固率", 10, "≥97%", "98.2%", "10", ""),
    ("产出指标", "时效指标", "教师工资按时发放率", 10, "100%", "100%", "10", ""),
    ("效益指标", "社会效益指标", "学前三年毛入园率", 15, "≥90%", "91.6%", "15", ""),
    ("效益指标", "社会效益指标", "高中阶段毛入学率", 15, "≥92%", "90.5%", "13.5", "外出务工家庭子女流出增加"),
    ("效益指标", "可持续影响指标", "校舍安全隐患整改率", 10, "100%", "100%", "10", ""),
    ("满意度指标", "服务对象满意度指标", "家长满意度", 10, "≥90%", "93%", "10", ""),
]


def k08() -> Made:
    units = [("局机关", "2846.30", "2791.54"), ("县第一中学", "6218.60", "6105.27"), ("县实验小学", "3472.10", "3438.85"),
             ("县幼儿园", "1186.40", "1142.63")]
    adj = str(sum(D(u[1]) for u in units))
    exe = str(sum(D(u[2]) for u in units))
    ini = "12680.00"
    rt = rate(exe, adj)
    rows = [exec_row("产出指标", "成本指标", rt), *K08]
    tot = total(rows, None)
    unit = "灵川县教育局"
    d = doc()
    d.add_heading(f"{unit}2024年度部门整体支出绩效自评报告", level=1)
    d.add_paragraph("一、部门概况")
    d.add_paragraph("县教育局部门预算包括局机关和县第一中学、县实验小学、县幼儿园3个二级预算单位。局机关内设办公室、"
                    "基础教育股、计划财务股、人事股4个股室。部门编制总数1128名，年末实有人数1096人。")
    d.add_paragraph("二、部门预算执行情况")
    d.add_paragraph(f"2024年部门年初预算{fw(ini)}万元，调整后预算{fw(adj)}万元，决算支出{fw(exe)}万元，"
                    f"预算执行率{fw(str(rt))}％。各单位预算执行情况见下表。")
    table(d, [["单位", "调整后预算数（万元）", "决算数（万元）", "执行率"],
              *[[n, a, e, f"{rate(e, a)}%"] for n, a, e in units], ["部门合计", adj, exe, f"{rt}%"]])
    d.add_paragraph("三、绩效指标完成情况")
    table(d, [FORM_HEAD, *form(rows), ["合计", "", "", "", "", "100", str(tot), ""]], vmerge_cols=(0, 1))
    d.add_paragraph("四、自评结论")
    d.add_paragraph(f"综合自评得分{fw(str(tot))}分，综合评定等级为“优秀”。")
    d.add_paragraph("五、问题及改进措施")
    d.add_paragraph("县幼儿园项目支出执行偏慢；高中阶段毛入学率未达目标。2025年将加强控辍保学和项目进度调度。")
    b = money(ini, adj, exe, rt)
    u = {"name": unit, "staff_total": 1096, "staff_establishment": 1128,
         "internal_bodies": ["办公室", "基础教育股", "计划财务股", "人事股"], "internal_bodies_count": 4,
         "subordinate_bodies": ["县第一中学", "县实验小学", "县幼儿园"], "subordinate_bodies_count": 3}
    f = facts("整体支出", 2024, u, b, inds(rows), tot, full_mark=100, stated_grade="优")
    return f, "docx", docx_bytes(d)


REPORTS = {
    "k01-hn-yunfeng-police-whole-txt-period-spending-table": k01,
    "k02-ha-shangcheng-hrss-whole-docx-fullwidth-nested": k02,
    "k03-js-suyu-agri-whole-txt-yi-annexed-form": k03,
    "k04-sc-renshou-civil-whole-docx-unit-lines": k04,
    "k05-zj-liandu-justice-whole-txt-fullwidth-planted": k05,
    "k06-sd-linqu-archives-whole-docx-annexed-planted": k06,
    "k07-gs-huining-health-whole-txt-yi-nested-units": k07,
    "k08-gx-lingchuan-education-whole-docx-schools": k08,
}
