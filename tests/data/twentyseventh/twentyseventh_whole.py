# ruff: noqa: E501
"""Reports b07–b12 of the twenty-seventh set: 部门（单位）整体支出 self-evaluations in shapes none of the 26 earlier
sets uses; each returns (facts, ext, content). Every unit, person and figure is invented.

Builders and helpers as in this set's project module.
"""

from __future__ import annotations

from typing import Any

import openpyxl
from eighteenth_facts import EARNED, D, Made, Row, doc, docx_bytes, facts, grade, r2, shown, table, yuan
from make_seventeenth import convert
from twentieth_facts import indicators, money, scored
from twentysecond_sheets import _fill, _save
from twentyseventh_project import tr

WHOLE_MONEY = ["部门（单位）整体资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]


def unit_of(name: str, **extra: Any) -> dict[str, Any]:
    return {"name": name, **extra}


def wan(yuan_amount: str) -> D:
    return D(yuan_amount) / 10000


# b07 福建 city office, .xls (Excel 97-2003, as many sites still publish): the money block in 元 by 资金结构 with columns
# 年初部门预算安排金额① / 历年结余结转② / 年中调整金额③ / 小计④=①+②+③ / 年度拨付金额⑤ / 支出实现率⑥ / 结余金额⑦ / 资金结余率⑧;
# the indicator table with a 指标解释 column and 指标分值 -----------------------------------------------------------------
B07: list[Row] = [
    ("产出指标", "数量指标", "年度地情资料编纂出版册数", 20, "≥3册", "3册", "20", ""),
    ("产出指标", "质量指标", "出版物质量抽检合格率", 15, "100%", "100%", "15", ""),
    ("产出指标", "时效指标", "年鉴按期出版率", 15, "100%", "100%", "15", ""),
    ("效果指标", "社会效益指标", "地情资料查阅服务人次", 20, "≥1500人次", "1420人次", "18.5", "线下查阅室改造闭馆1个月"),
    ("效果指标", "服务对象满意度指标", "查阅群众满意度", 20, "≥90%", "96%", "20", ""),
]
B07_EXPLAIN = ["当年正式出版的志书、年鉴、地情丛书册数", "新闻出版部门抽检合格册数占抽检册数比例",
               "按计划时间出版的年鉴占年鉴总数比例", "到馆及线上查阅地情资料的人次", "抽样调查满意人数占调查人数比例"]


def b07() -> Made:
    first, carry, change, paid = "3126480.00", "186250.40", "-42000.00", "3198410.26"
    subtotal = str(D(first) + D(carry) + D(change))
    left = str(D(subtotal) - D(paid))
    ini, adj, exe = (wan(v) for v in (first, subtotal, paid))
    rt = r2(D(paid) / D(subtotal) * 100)
    es = r2(10 * rt / 100)
    tot = es + sum(D(r[6]) for r in B07)
    unit = "龙岩市地方志编纂中心"
    money_head = ["资金结构（元）", "年初部门预算安排金额①", "历年结余结转②", "年中调整金额③", "小计④=①+②+③",
                  "年度拨付金额⑤", "支出实现率(%)⑥=⑤/④", "本年度结余金额⑦=④-⑤", "资金结余率(%)⑧=⑦/④"]
    line = [float(first), float(carry), float(change), float(subtotal), float(paid), f"{rt}%", float(left), f"{r2(D(left) / D(subtotal) * 100)}%"]
    rows: list[list[Any]] = [
        ["部门整体支出绩效自评表"], ["（2024年度）"],
        ["部门（单位）名称", unit, "", "", "", "部门预算编码", "901006021"],
        money_head,
        ["财政资金小计", *line],
        ["①中央及省级财政资金"],
        ["②市级财政资金", *line],
        ["合计", *line],
        ["一级指标", "二级指标", "三级指标", "指标解释", "绩效目标值", "实际完成值", "指标分值", "得分", "偏差原因分析"],
        ["产出指标", "预算执行", "预算执行率", "年度拨付金额占调整后预算的比例", "", f"{rt}%", 10, float(es), ""],
        *[[r[0], r[1], r[2], x, shown(r[4]), shown(r[5]), r[3], float(r[6]), r[7]] for r, x in zip(B07, B07_EXPLAIN, strict=True)],
        ["合计", "", "", "", "", "", 100, float(tot), ""],
        ["自评等级", grade(tot)],
    ]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "整体支出自评表"
    _fill(ws, rows)
    for m in ("A1:I1", "A2:I2", "B3:E3", "G3:I3"):
        ws.merge_cells(m)
    inds = indicators(rt, es, B07, level1="产出指标", level2="预算执行")
    f = facts("整体支出", 2024, unit_of(unit), money(str(ini), str(adj), str(exe), rt), inds, tot, full_mark=100, stated_grade=EARNED)
    return f, "xls", convert(_save(wb), "b07", "xlsx", "xls")


# b08 重庆 district bureau, .docx: the 部门整体 form of the central template, columns 部门职责 | 工作任务 | 一级 | 二级 |
# 三级 | 指标值 | 实际值 | 分值 | 得分 (each duty and task merged down its rows) ---------------------------------------------
B08: list[Row] = [
    ("产出指标", "数量指标", "城乡低保对象动态管理户数", 15, "≥5200户", "5318户", "15", ""),
    ("产出指标", "时效指标", "低保金按月发放及时率", 10, "100%", "100%", "10", ""),
    ("产出指标", "数量指标", "特困人员集中供养人数", 15, "≥380人", "392人", "15", ""),
    ("效益指标", "社会效益指标", "特困人员生活自理能力评估覆盖率", 15, "100%", "100%", "15", ""),
    ("产出指标", "数量指标", "婚姻登记办件数", 10, "≥2600件", "2548件", "9.5", "适婚人口减少，登记量下降"),
    ("满意度指标", "服务对象满意度指标", "办事群众满意度", 25, "≥95%", "97.8%", "25", ""),
]
B08_DUTY = [("社会救助", "最低生活保障"), ("社会救助", "最低生活保障"), ("社会救助", "特困人员供养"), ("社会救助", "特困人员供养"),
            ("社会事务管理", "婚姻登记服务"), ("社会事务管理", "婚姻登记服务")]


def b08() -> Made:
    ini, adj, exe = "8620.00", "9104.35", "8986.72"
    rt, es, tot = scored(exe, adj, B08)
    unit = "重庆市綦江区民政局"
    d = doc()
    d.add_heading(f"{unit}2024年度部门整体支出绩效自评报告", level=1)
    d.add_paragraph(f"{unit}内设办公室、社会救助科、社会事务科、养老服务科4个科室，编制42名，年末实有在职人员40人。")
    d.add_paragraph("部门（单位）整体支出绩效自评表")
    d.add_paragraph("（2024年度）")
    rows = [
        ["部门（单位）名称", unit, "", "", "", "", "", "", ""],
        ["部门（单位）整体资金（万元）", "", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["年度资金总额", "", "", ini, adj, exe, "10", f"{rt}%", str(es)],
        ["部门职责", "工作任务", "一级指标", "二级指标", "三级指标", "指标值", "实际值", "分值", "得分"],
        *[[dt[0], dt[1], r[0], r[1], r[2], shown(r[4]), shown(r[5]), str(r[3]), r[6]] for r, dt in zip(B08, B08_DUTY, strict=True)],
        ["总分", "", "", "", "", "", "", "100", str(tot)],
        ["自评等级", grade(tot), "", "", "", "", "", "", ""],
    ]
    table(d, rows, merges=[(0, 1, 0, 8), (1, 0, 1, 2), (2, 0, 2, 2), (len(rows) - 1, 1, len(rows) - 1, 8)], vmerge_cols=(0, 1))
    inds = indicators(rt, es, B08)
    for ind in inds:
        ind.pop("deviation_note", None)  # the form has no 偏差原因 column
    f = facts("整体支出", 2024, unit_of(unit, staff_total=40, staff_establishment=42,
                                        internal_bodies=["办公室", "社会救助科", "社会事务科", "养老服务科"], internal_bodies_count=4),
              money(ini, adj, exe, rt), inds, tot, full_mark=100, stated_grade=EARNED)
    return f, "docx", docx_bytes(d)


# b09 广东 city bureau, .html: a site page whose prose states the money in 亿元 (a large bureau) and carries a 问题及整改
# section; the form after it is in 万元 -------------------------------------------------------------------------------
B09: list[Row] = [
    ("产出指标", "数量指标", "新建改建农村公路里程", 20, "≥260公里", "268.5公里", "20", ""),
    ("产出指标", "质量指标", "交工验收合格率", 15, "100%", "100%", "15", ""),
    ("产出指标", "时效指标", "危桥改造按期完成率", 15, "≥95%", "92%", "14", "2座危桥因汛期顺延开工"),
    ("效益指标", "社会效益指标", "具备条件的自然村通硬化路比例", 20, "100%", "100%", "20", ""),
    ("满意度指标", "服务对象满意度指标", "沿线群众满意度", 20, "≥90%", "93.4%", "20", ""),
]


def b09() -> Made:
    ini, adj, exe = "18650.00", "21384.60", "20962.15"
    rt, es, tot = scored(exe, adj, B09)
    unit = "梅州市交通运输局"
    def yi(v: str) -> str:
        return f"{(D(v) / 10000).normalize():f}"
    body = "\n".join(tr(r[0], r[1], r[2], shown(r[4]), shown(r[5]), r[3], r[6], r[7]) for r in B09)
    html = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{unit}2024年度部门整体支出绩效自评报告</title></head>
<body>
<div class="header">梅州市交通运输局门户网站 | 无障碍 | 长者模式</div>
<div class="meta"><span>索引号：11441400MB2C12345X/2025-00031</span><span>发布机构：{unit}</span><span>发布日期：2025-04-16</span></div>
<h1>{unit}2024年度部门整体支出绩效自评报告</h1>
<p>一、部门基本情况</p>
<p>我局内设办公室、规划建设科、运输管理科、财务审计科、安全监督科5个科室，下属市公路事务中心、市交通运输综合行政执法支队2个单位。编制人数86名，实有在编人员81人。</p>
<p>二、预算执行情况</p>
<p>2024年我局年初预算{yi(ini)}亿元，年中追加{yi(str(D(adj) - D(ini)))}亿元，全年预算{yi(adj)}亿元，全年支出{yi(exe)}亿元，预算执行率{rt}%。</p>
<p>三、存在问题及整改情况</p>
<p>（一）个别项目前期工作不足，资金支付进度偏慢。整改措施：建立项目储备库，2025年6月底前完成前期工作。</p>
<p>（二）绩效目标设置不够细化。整改措施：按季度开展绩效运行监控。</p>
<p>附件：部门（单位）整体支出绩效自评表</p>
<table border="1">
<tr><td colspan="8">部门（单位）整体支出绩效自评表（2024年度）</td></tr>
<tr><td>部门（单位）名称</td><td colspan="7">{unit}</td></tr>
<tr><td>部门（单位）整体资金（万元）</td><td>年初预算数</td><td>全年预算数</td><td>全年执行数</td><td>分值</td><td>执行率</td><td colspan="2">得分</td></tr>
<tr><td>年度资金总额</td><td>{ini}</td><td>{adj}</td><td>{exe}</td><td>10</td><td>{rt}%</td><td colspan="2">{es}</td></tr>
<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>年度指标值</td><td>实际完成值</td><td>分值</td><td>得分</td><td>偏差原因分析及改进措施</td></tr>
{body}
<tr><td colspan="5">总分</td><td>100</td><td>{tot}</td><td>{grade(tot)}</td></tr>
</table>
<div class="footer">主办：梅州市交通运输局　网站标识码：4414000012　粤ICP备12345678号</div>
</body></html>"""
    unit_f = unit_of(unit, staff_total=81, staff_establishment=86,
                     internal_bodies=["办公室", "规划建设科", "运输管理科", "财务审计科", "安全监督科"], internal_bodies_count=5,
                     subordinate_bodies=["市公路事务中心", "市交通运输综合行政执法支队"], subordinate_bodies_count=2)
    f = facts("整体支出", 2024, unit_f, money(ini, adj, exe, rt), indicators(rt, es, B09), tot, full_mark=100, stated_grade=EARNED)
    return f, "html", html


# b10 湖南 county centre, .pdf: the old 部门整体 evaluation form with a basic-facts block of label cells (联系人 / 人员编制 /
# 实有人数), indicator columns 分值 | 评分标准 | 得分 | 扣分原因, the money in a 预算执行 row -------------------------------------
B10 = [
    ("投入", "预算配置", "在职人员控制率", 5, "在职人员数控制在编制数以内得满分，每超1%扣0.5分", "5", ""),
    ("投入", "预算配置", "“三公”经费变动率", 5, "“三公”经费较上年减少或持平得满分", "5", ""),
    ("过程", "预算执行", "预算执行率", 10, "预算执行率×分值", "", ""),
    ("过程", "预算管理", "公用经费控制率", 10, "控制在100%以内得满分", "10", ""),
    ("过程", "资产管理", "固定资产利用率", 10, "≥95%得满分，每低1%扣1分", "9", "2台执法车辆闲置"),
    ("产出", "职责履行", "重点工作完成率", 25, "全部完成得满分，每少完成1项扣2分", "25", ""),
    ("效果", "履职效益", "社会公众满意度", 20, "≥90%得满分，每低1%扣1分", "20", ""),
    ("效果", "履职效益", "政策知晓率", 15, "≥85%得满分，每低1%扣1分", "14", "偏远乡镇宣传覆盖不足"),
]


def b10() -> Made:
    ini, adj, exe = "1268.00", "1396.50", "1362.80"
    rt = r2(D(exe) / D(adj) * 100)
    es = r2(10 * rt / 100)
    rows = [(a, b, c, w, rule, str(es) if c == "预算执行率" else s, n) for a, b, c, w, rule, s, n in B10]
    tot = sum(D(r[5]) for r in rows)
    unit = "新化县农业综合行政执法大队"
    d = doc()
    d.add_paragraph("新化县2024年度部门整体支出绩效评价自评表")
    table(d, [
        ["部门（单位）名称", unit, "", "", "", ""],
        ["联系人", "曾志远", "联络电话", "0738-3512086", "", ""],
        ["人员编制", "36", "实有人数", "34", "", ""],
        ["预算执行", f"年初预算数{ini}万元，全年预算数{adj}万元，全年执行数{exe}万元，执行率{rt}%", "", "", "", ""],
    ], merges=[(0, 1, 0, 5), (1, 3, 1, 5), (2, 3, 2, 5), (3, 1, 3, 5)])
    d.add_paragraph("")
    table(d, [
        ["一级指标", "二级指标", "三级指标", "分值", "评分标准", "得分", "扣分原因"],
        *[[r[0], r[1], r[2], str(r[3]), r[4], r[5], r[6]] for r in rows],
        ["合计", "", "", "100", "", str(tot), ""],
    ], vmerge_cols=(0, 1))
    d.add_paragraph(f"自评等级：{grade(tot)}　　　填报日期：2025年3月6日")
    inds: list[dict[str, Any]] = []
    for a, b, c, w, _rule, s, n in rows:
        ind: dict[str, Any] = {"name": c, "level1": a, "level2": b, "weight": w, "stated_score": D(s)}
        if c == "预算执行率":
            ind["actual"] = {"value": rt, "unit": "%"}
        if n:
            ind["deviation_note"] = n
        inds.append(ind)
    f = facts("整体支出", 2024, unit_of(unit, staff_total=34, staff_establishment=36), money(ini, adj, exe, rt), inds, tot, full_mark=100, stated_grade=EARNED)
    return f, "pdf", docx_bytes(d)


# b11 河南 county bureau, .odt (an OpenDocument text, as WPS and LibreOffice users save): the form's money block with the
# previous year's 决算数 column before this year's 年初 / 全年 / 执行 --------------------------------------------------------
B11: list[Row] = [
    ("产出指标", "数量指标", "全民健身赛事活动场次", 20, "≥40场", "43场", "20", ""),
    ("产出指标", "质量指标", "公共体育场馆免费开放率", 15, "100%", "100%", "15", ""),
    ("产出指标", "时效指标", "体育彩票公益金项目按期完成率", 15, "≥95%", "90%", "13.5", "2个健身路径项目因选址调整推迟"),
    ("效益指标", "社会效益指标", "经常参加体育锻炼人数比例", 20, "≥40%", "41.5%", "20", ""),
    ("满意度指标", "服务对象满意度指标", "健身群众满意度", 20, "≥90%", "94%", "20", ""),
]


def b11() -> Made:
    ini, adj, exe, last = "1420.00", "1586.30", "1548.62", "1492.18"
    rt, es, tot = scored(exe, adj, B11)
    unit = "鄢陵县文化广电和旅游局"
    d = doc()
    d.add_paragraph("部门（单位）整体支出绩效自评表")
    d.add_paragraph("（2024年度）")
    table(d, [
        ["部门（单位）名称", unit, "", "", "", "", "", ""],
        ["部门（单位）整体资金（万元）", "2023年决算数", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["年度资金总额", last, ini, adj, exe, "10", f"{rt}%", str(es)],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
        *[[r[0], r[1], r[2], shown(r[4]), shown(r[5]), str(r[3]), r[6], r[7]] for r in B11],
        ["总分", "", "", "", "", "100", str(tot), grade(tot)],
    ], merges=[(0, 1, 0, 7)], vmerge_cols=(0,))
    f = facts("整体支出", 2024, unit_of(unit), money(ini, adj, exe, rt), indicators(rt, es, B11), tot, full_mark=100, stated_grade=EARNED)
    return f, "odt", convert(docx_bytes(d), "b11", "docx", "odt")


# b12 江苏 county bureau, .txt: a third-party firm's report on a bureau's whole-unit spending (受…委托), the money told in
# 元 with separators in a 收支 paragraph and the indicators as a pipe table under 附件1 of a numbered 附件 list ------------
B12: list[Row] = [
    ("产出指标", "数量指标", "不动产登记办件量", 20, "≥18000件", "18960件", "20", ""),
    ("产出指标", "时效指标", "一般登记3个工作日办结率", 20, "≥98%", "99.1%", "20", ""),
    ("产出指标", "质量指标", "登记差错率", 15, "≤0.5%", "0.3%", "15", ""),
    ("效益指标", "社会效益指标", "一窗受理覆盖率", 15, "100%", "100%", "15", ""),
    ("满意度指标", "服务对象满意度指标", "办事群众满意度", 20, "≥95%", "93.8%", "19", "高峰期排队时间偏长"),
]


def b12() -> Made:
    ini, adj, exe = "962.40", "1018.75", "1003.26"
    rt, es, tot = scored(exe, adj, B12)
    unit = "沭阳县自然资源和规划局"
    pipe = "\n".join(f"| {r[0]} | {r[1]} | {r[2]} | {shown(r[4])} | {shown(r[5])} | {r[3]} | {r[6]} | {r[7]} |" for r in B12)
    text = f"""{unit}2024年度部门整体支出绩效评价报告

宿迁信衡会计师事务所有限公司
二〇二五年三月

受{unit}委托，我所对其2024年度部门整体支出开展了绩效评价。现将评价情况报告如下。

一、部门基本情况
{unit}实有在编人员128人（编制136名）。

二、部门收支情况
2024年部门年初预算{yuan(ini)}元，调整后预算{yuan(adj)}元，全年实际支出{yuan(exe)}元，预算执行率{rt}%，截至2024.12.31结余{yuan(str(D(adj) - D(exe)))}元。

三、评价结论
经评价，{unit}2024年度部门整体支出绩效评价得分{tot}分，等级为“{grade(tot)}”。

四、存在问题及整改建议
1.个别项目预算调整频繁。建议2025.06.30前完善预算调整审批制度。
2.窗口高峰时段排队时间偏长。建议推行预约办理。

附件：1.部门整体支出绩效自评表
      2.评价工作底稿目录（略）

附件1
部门整体支出绩效自评表（2024年度）
| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |
|---|---|---|---|---|---|---|---|
| 产出指标 | 预算执行 | 预算执行率 |  | {rt}% | 10 | {es} |  |
{pipe}
| 总分 |  |  |  |  | 100 | {tot} |  |
"""
    inds = indicators(rt, es, B12, level1="产出指标", level2="预算执行")
    f = facts("整体支出", 2024, unit_of(unit, staff_total=128, staff_establishment=136), money(ini, adj, exe, rt), inds, tot, full_mark=100, stated_grade=EARNED)
    return f, "txt", text


WHOLE = {
    "b07-fj-longyan-gazetteer-whole-xls-yuan-structure-explain": b07,
    "b08-cq-qijiang-civil-whole-docx-duty-task-columns": b08,
    "b09-gd-meizhou-transport-whole-html-yi-yuan-rectify": b09,
    "b10-hn-xinhua-enforce-whole-pdf-criteria-deduction": b10,
    "b11-ha-yanling-sports-whole-odt-last-year-column": b11,
    "b12-js-shuyang-resources-whole-txt-third-party-annex": b12,
}
