# ruff: noqa: E501
"""Reports fi01–fi08 of the fiftieth set, each returning (facts, ext, content): eight reports a provincial finance
department's reviewer received in 2025 from units no earlier set wrote for, in styles none of the forty-nine uses — a
street office's whole-unit form whose 一级 blocks are 履职效能 / 管理效率 / 运行成本 / 社会效应 / 可持续性 (a WPS .et),
a relics project whose money all came by 年中追加 with the form's 年初预算数 blank (.odt), a finance system's GBK .csv
export with a 数据来源 column between the values and the 分值 (total planted one point high), a site page with an
无障碍 bar and a 索引号 block whose form gives every score's 得分率 beside it (.htm), an .xlsx of two sheets whose money
block has rows 中央资金 / 省级资金 / 市县资金, a report with only a table of block subtotals and its indicators in prose
(.doc), two projects' forms in one .wps, and a PDF whose ruled indicator table runs over two pages before a numbered
整改 list with dates.
Every unit, person and figure is invented (real provinces and counties, invented bodies, projects and figures).

Builders and value helpers are the earlier sets' (imported, not copied).
"""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

import openpyxl
from eighteenth_facts import EARNED, D, Made, doc, docx_bytes, facts, grade, rate, shown, table
from fortyeighth_reports import HEAD, Row, budget, cells, exec_ind, ind, money_rows, scored
from fortyfourth_reports import _project
from make_seventeenth import convert
from seventeenth_facts import value_fact
from twentyfirst_sheets import _book


def _total_row(total: Any, width: int = 8) -> list[str]:
    return ["总分", "", "", "", "", "100", str(total), grade(total), *[""] * (width - 8)]


def _exec_row(l1: str, l2: str, rt: Any, es: Any) -> list[str]:
    return [l1, l2, "预算执行率", "100%", f"{rt}%", "10", str(es), ""]


# fi01 青海 city street office, whole unit, WPS .et (a BIFF sheet as WPS saves it): the 2021+ whole-unit template whose
# 一级 blocks are 履职效能 / 管理效率 / 运行成本 / 社会效应 / 可持续性 / 满意度 instead of 产出 / 效益; 预算执行率 a row under
# 管理效率 (the money block has no 分值) --------------------------------------------------------------------------------
FI01: list[Row] = [
    ("履职效能", "重点工作", "老旧小区改造完成户数", D(10), "≥860户", "872户", "10", ""),
    ("履职效能", "重点工作", "网格事件按期处置率", D(10), "≥95%", "96.8%", "10", ""),
    ("履职效能", "基本职能", "社区居家养老服务站运营数", D(10), "≥6个", "6个", "10", ""),
    ("管理效率", "资产管理", "固定资产账实相符率", D(5), "100%", "100%", "5", ""),
    ("管理效率", "采购管理", "政府采购执行率", D(5), "≥95%", "97.2%", "5", ""),
    ("运行成本", "成本控制", "日常公用经费控制率", D(5), "≤100%", "94.1%", "5", ""),
    ("运行成本", "成本控制", "“三公”经费控制率", D(5), "≤100%", "88.5%", "5", ""),
    ("社会效应", "社会效益", "信访事项按期办结率", D(10), "≥95%", "92%", "9.2", "两件历史遗留信访事项涉及产权争议，仍在协调"),
    ("社会效应", "生态效益", "生活垃圾分类小区覆盖率", D(10), "≥90%", "93%", "10", ""),
    ("可持续性", "长效机制", "社区议事协商制度建立情况", D(5), "T:建立", "T:已建立", "5", ""),
    ("满意度", "服务对象满意度", "辖区居民满意度", D(15), "≥90%", "92.6%", "15", ""),
]


def fi01() -> Made:
    ini, adj, exe = "1642.00", "1718.35", "1679.26"
    rt, es, total = scored(FI01, exe, adj)
    unit = "西宁市城西区文汇路街道办事处"
    ind_rows = [cells(r) for r in FI01[:3]] + [_exec_row("管理效率", "预算管理", rt, es)] + [cells(r) for r in FI01[3:]]
    rows: list[list[Any]] = [
        ["部门（单位）整体支出绩效自评表"], ["（2024年度）"], ["单位名称", "", unit],
        ["年度预算（万元）", "", "年初预算数", "全年预算数", "全年执行数", "执行率"],
        ["", "年度资金总额", ini, adj, exe, f"{rt}%"],
        HEAD, *ind_rows, _total_row(total)]
    n = len(rows)
    first = 7
    merges = ["A1:H1", "A2:H2", "C3:H3", "A4:A5", f"A{n}:E{n}"]
    start = first
    for i in range(first + 1, n + 1):  # each 一级 block merged down its rows
        if i == n or rows[i - 1][0] != rows[start - 1][0]:
            if i - 1 > start:
                merges.append(f"A{start}:A{i - 1}")
            start = i
    body = _book([[v if v != "" else None for v in row] for row in rows], merges)
    inds = ([ind(r) for r in FI01[:3]] + [exec_ind(10, rt, es, "管理效率", "预算管理")] + [ind(r) for r in FI01[3:]])
    return (facts("整体支出", 2024, {"name": unit}, budget(ini, adj, exe, rt), inds, total, full_mark=100, stated_grade=EARNED), "et",
            convert(body, "fi01", "xlsx", "xls"))


# fi02 贵州 county relics office, project, .odt: no money at the year's start — the prose says "年初预算为0，年中追加安排
# 86.00万元", the form's 年初预算数 cells are blank ------------------------------------------------------------------------
FI02: list[Row] = [
    ("产出指标", "数量指标", "修缮鼓楼座数", D(15), "3座", "3座", "15", ""),
    ("产出指标", "数量指标", "更换糟朽木构件数量", D(10), "≥120根", "126根", "10", ""),
    ("产出指标", "质量指标", "修缮工程验收合格率", D(15), "100%", "100%", "15", ""),
    ("产出指标", "时效指标", "主体修缮完工时间", D(10), "T:2024年11月30日前", "T:2024年12月18日", "8", "雨季延长，木构件干燥期顺延"),
    ("效益指标", "社会效益指标", "文物本体安全隐患消除率", D(15), "≥95%", "100%", "15", ""),
    ("效益指标", "可持续影响指标", "日常巡查管护责任落实率", D(15), "100%", "100%", "15", ""),
    ("满意度指标", "服务对象满意度指标", "所在村寨群众满意度", D(10), "≥90%", "95.4%", "10", ""),
]


def fi02() -> Made:
    adj, exe = "86.00", "83.42"
    rt, es, total = scored(FI02, exe, adj)
    dept, impl, name = "黎平县文体广电旅游局", "黎平县文物管理所", "2024年侗寨鼓楼抢救性修缮项目"
    d = doc()
    d.add_heading(f"{impl}{name}绩效自评报告", level=1)
    for p in ("一、项目概况",
              f"{name}是县委、县政府确定的年度民生实事之一，对纪堂、登岑、肇兴三处鼓楼的糟朽构件和屋面进行抢救性修缮，由{impl}组织实施。",
              "二、项目资金投入和使用情况",
              f"该项目年初预算为0，年中追加安排{adj}万元，全年实际支出{exe}万元，预算执行率{rt}%。资金主要用于木构件更换、屋面翻修和监理费用。",
              "三、项目绩效自评表"):
        d.add_paragraph(p)
    rows = [["项目名称", name, "", "", "", "", "", ""], ["主管部门", dept, "", "", "实施单位", impl, "", ""],
            ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            ["", "年度资金总额", "", adj, exe, "10", f"{rt}%", str(es)],
            ["", "其中：当年财政拨款", "", adj, exe, "—", f"{rt}%", "—"],
            ["", "上年结转资金", "", "", "", "—", "", "—"],
            HEAD, *[cells(r) for r in FI02], _total_row(total)]
    n = len(rows)
    table(d, rows, merges=[(0, 1, 0, 7), (1, 1, 1, 3), (1, 5, 1, 7), (2, 0, 5, 0), (n - 1, 0, n - 1, 4)],
          vmerge_cols=(0, 1))
    d.add_paragraph(f"四、自评结论：经自评，该项目得分{total}分，自评等级为“{grade(total)}”。")
    unit, project = _project(dept, name, impl)
    b = {"initial": D(0), "adjusted": D(adj), "executed": D(exe), "stated_execution_rate": rt,
         "fund_rows": [{"name": "当年财政拨款", "adjusted": D(adj), "executed": D(exe)}]}
    inds = [exec_ind(10, rt, es)] + [ind(r) for r in FI02]
    return (facts("项目支出", 2024, unit, b, inds, total, project, full_mark=100, stated_grade=EARNED), "odt",
            convert(docx_bytes(d), "fi02", "docx", "odt"))


# fi03 宁夏 county employment centre, project, a finance system's .csv export (GBK, CRLF): a 数据来源 column between the
# values and the 分值; the 总分 row states one point more than its rows (planted: TOTAL_MISMATCH) ------------------------
FI03: list[Row] = [
    ("产出指标", "数量指标", "开发公益性岗位数", D(15), "≥240个", "252个", "15", ""),
    ("产出指标", "数量指标", "补贴发放人数", D(10), "≥240人", "248人", "10", ""),
    ("产出指标", "质量指标", "补贴对象资格审核准确率", D(10), "100%", "100%", "10", ""),
    ("产出指标", "时效指标", "补贴按月发放及时率", D(10), "≥95%", "100%", "10", ""),
    ("效益指标", "社会效益指标", "就业困难人员托底安置率", D(20), "≥90%", "87.5%", "18", "部分人员因健康原因退岗"),
    ("效益指标", "可持续影响指标", "岗位人员年内稳定率", D(10), "≥85%", "91%", "10", ""),
    ("满意度指标", "服务对象满意度指标", "岗位人员满意度", D(15), "≥90%", "94%", "15", ""),
]
FI03_SOURCES = ["就业系统台账", "人员花名册", "审核记录", "发放明细", "托底安置台账", "在岗人员名册", "问卷调查"]


def _csv_cell(text: str) -> str:
    return f'"{text}"' if ("," in text or '"' in text) else text


def fi03() -> Made:
    ini, adj, exe = "312.00", "326.40", "318.76"
    rt, es, rows_total = scored(FI03, exe, adj)
    total = rows_total + 1  # planted: the 总分 row one point above its rows
    dept, impl, name = "盐池县人力资源和社会保障局", "盐池县就业创业服务中心", "2024年公益性岗位补贴资金"
    goal = "开发公益性岗位240个以上，按月足额发放岗位补贴，托底安置就业困难人员。"
    done = "开发公益性岗位252个，全年发放补贴248人，就业困难人员托底安置率87.5%。"
    head = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "数据来源", "分值", "得分", "偏差原因分析及改进措施"]
    lines = [["项目支出绩效自评表"], ["导出时间：2025-03-21 10:42:13", "", "", "", "", "", "", "", "操作员：马晓婷"],
             ["（2024年度）"], ["项目名称", name], ["主管部门", dept, "", "", "实施单位", impl],
             ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
             ["", "年度资金总额", ini, adj, exe, "10", f"{rt}%", str(es)],
             ["", "其中：当年财政拨款", ini, adj, exe, "", f"{rt}%", ""],
             ["年度总体目标", "预期目标", "", "", "实际完成情况"], ["", goal, "", "", done],
             head, ["", "", "预算执行率", "100%", f"{rt}%", "财政一体化系统", "10", str(es), ""],
             *[[r[0], r[1], r[2], shown(r[4]), shown(r[5]), src, str(r[3]), r[6], r[7]] for r, src in zip(FI03, FI03_SOURCES, strict=True)],
             ["总分", "", "", "", "", "", "100", str(total), grade(total)]]
    text = "\r\n".join(",".join(_csv_cell(c) for c in (line + [""] * (9 - len(line)))) for line in lines) + "\r\n"
    unit, project = _project(dept, name, impl, goal, done)
    b = budget(ini, adj, exe, rt) | {"fund_rows": [{"name": "当年财政拨款", "initial": D(ini), "adjusted": D(adj),
                                                     "executed": D(exe)}]}
    inds = [exec_ind(10, rt, es)] + [ind(r) for r in FI03]
    return (facts("项目支出", 2024, unit, b, inds, total, project, full_mark=100, planted=["TOTAL_MISMATCH"], stated_grade=EARNED), "csv",
            text.encode("gbk"))


# fi04 内蒙古 banner livestock centre, project, .htm saved from the banner's site: an 无障碍 / 长辈版 bar, a 索引号 /
# 发布机构 / 文号 / 发布日期 block, share buttons and a footer; the form gives every score's 得分率 beside it -------------
FI04: list[Row] = [
    ("产出指标", "数量指标", "布病免疫注射牲畜数量", D(15), "≥42万头只", "43.6万头只", "15", ""),
    ("产出指标", "数量指标", "免疫注射补助覆盖嘎查村数", D(10), "≥96个", "96个", "10", ""),
    ("产出指标", "质量指标", "免疫抗体合格率", D(15), "≥70%", "76.4%", "15", ""),
    ("产出指标", "时效指标", "春秋两季集中免疫完成时限", D(10), "T:5月、10月底前", "T:按时完成", "10", ""),
    ("效益指标", "社会效益指标", "人间布病新发病例下降率", D(15), "≥10%", "8.2%", "12.3", "散养户防护意识不足，需加强宣传"),
    ("效益指标", "可持续影响指标", "基层防疫员持证上岗率", D(15), "≥90%", "95%", "15", ""),
    ("满意度指标", "服务对象满意度指标", "养殖户满意度", D(10), "≥90%", "93.1%", "10", ""),
]


def _score_rate(score: str, weight: Any) -> str:
    return f"{D(score) / D(weight) * 100:.2f}%"


def fi04() -> Made:
    ini, adj, exe = "168.00", "168.00", "161.95"
    rt, es, total = scored(FI04, exe, adj)
    dept, impl, name = "扎赉特旗农牧和科技局", "扎赉特旗畜牧业发展中心", "2024年牲畜布病免疫注射补助项目"
    title = f"{impl}{name}绩效自评报告"

    def tr(cs: list[str]) -> str:
        return "<tr>" + "".join(f"<td>{c}</td>" for c in cs) + "</tr>"

    head = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "得分率", "偏差原因分析及改进措施"]
    body = "\n".join(tr([r[0], r[1], r[2], shown(r[4]), shown(r[5]), str(r[3]), r[6], _score_rate(r[6], r[3]), r[7]])
                     for r in FI04)
    html = f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{title}_扎赉特旗人民政府</title></head>
<body>
<div class="top-bar"><a href="#">无障碍</a> | <a href="#">长辈版</a> | <a href="#">繁體</a> | <a href="#">登录</a></div>
<div class="banner">扎赉特旗人民政府 政务公开</div>
<div class="nav"><a href="#">首页</a> &gt; <a href="#">法定主动公开内容</a> &gt; <a href="#">财政预决算</a></div>
<table class="meta">
<tr><td>索引号：</td><td>1115220000000XXXX/2025-00317</td><td>发布机构：</td><td>扎赉特旗农牧和科技局</td></tr>
<tr><td>文号：</td><td></td><td>发布日期：</td><td>2025-04-22</td></tr>
<tr><td>主题分类：</td><td>财政、审计</td><td>时效性：</td><td>有效</td></tr>
</table>
<h1>{title}</h1>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> 【字号：大 中 小】 【打印】</div>
<div class="article">
<p>一、项目基本情况</p>
<p>为控制布鲁氏菌病在牲畜间的传播，我旗对全旗96个嘎查村的羊、牛开展春秋两季布病集中免疫，按每头只补助注射劳务费。</p>
<p>二、资金使用情况</p>
<p>项目全年预算{adj}万元，实际支出{exe}万元，预算执行率{rt}%。</p>
<p>三、绩效自评表</p>
<table border="1" cellspacing="0">
<tr><td>项目名称</td><td colspan="8">{name}</td></tr>
<tr><td>主管部门</td><td colspan="3">{dept}</td><td>实施单位</td><td colspan="4">{impl}</td></tr>
<tr><td rowspan="3">项目资金（万元）</td><td></td><td>年初预算数</td><td>全年预算数</td><td>全年执行数</td><td>分值</td><td>执行率</td><td>得分</td><td>得分率</td></tr>
<tr><td>年度资金总额</td><td>{ini}</td><td>{adj}</td><td>{exe}</td><td>10</td><td>{rt}%</td><td>{es}</td><td>{_score_rate(str(es), 10)}</td></tr>
<tr><td>其中：当年财政拨款</td><td>{ini}</td><td>{adj}</td><td>{exe}</td><td>—</td><td>{rt}%</td><td>—</td><td>—</td></tr>
{tr(head)}
{body}
<tr><td colspan="5">总分</td><td>100</td><td>{total}</td><td>{_score_rate(str(total), 100)}</td><td>{grade(total)}</td></tr>
</table>
<p>四、自评结论</p>
<p>项目自评得分{total}分，得分率{_score_rate(str(total), 100)}，自评等级为“{grade(total)}”。</p>
</div>
<div class="share">【关闭窗口】 【打印本页】</div>
<div class="footer">主办单位：扎赉特旗人民政府办公室　网站标识码：15222300XX　蒙ICP备XXXXXXXX号</div>
</body></html>
"""
    unit, project = _project(dept, name, impl)
    b = budget(ini, adj, exe, rt) | {"fund_rows": [{"name": "当年财政拨款", "initial": D(ini), "adjusted": D(adj),
                                                     "executed": D(exe)}]}
    inds = [exec_ind(10, rt, es)] + [ind(r) for r in FI04]
    return (facts("项目支出", 2024, unit, b, inds, total, project, full_mark=100, stated_grade=EARNED), "htm", html)


# fi05 湖南 county transport bureau, project, .xlsx of two sheets: 自评表 (the heads, the money block with rows 中央资金 /
# 省级资金 / 市县资金, the goals) and 绩效指标 (the indicator rows and the 总分) ------------------------------------------
FI05_FUNDS = [("中央资金", "210.00", "226.00", "226.00"), ("省级资金", "60.00", "60.00", "58.40"),
              ("市县资金", "30.00", "34.50", "31.85")]
FI05: list[Row] = [
    ("产出指标", "数量指标", "补贴农村客运班线条数", D(15), "≥64条", "64条", "15", ""),
    ("产出指标", "数量指标", "通客车建制村覆盖数", D(10), "≥212个", "212个", "10", ""),
    ("产出指标", "质量指标", "补贴车辆安全检验合格率", D(15), "100%", "100%", "15", ""),
    ("产出指标", "时效指标", "补贴资金兑付时间", D(10), "T:2024年12月底前", "T:2025年1月10日", "8", "市县配套资金到位较晚"),
    ("效益指标", "社会效益指标", "农村客运班线正常运营率", D(20), "≥95%", "96.9%", "20", ""),
    ("满意度指标", "服务对象满意度指标", "沿线群众满意度", D(20), "≥90%", "91.5%", "20", ""),
]


def fi05() -> Made:
    ini = f"{sum(D(f[1]) for f in FI05_FUNDS):.2f}"
    adj = f"{sum(D(f[2]) for f in FI05_FUNDS):.2f}"
    exe = f"{sum(D(f[3]) for f in FI05_FUNDS):.2f}"
    rt, es, total = scored(FI05, exe, adj)
    dept, impl, name = "桑植县交通运输局", "桑植县道路运输服务中心", "2024年农村客运补贴资金"
    goal = "保障64条农村客运班线正常运营，巩固建制村通客车成果。"
    done = "64条班线全年正常运营，212个建制村保持通客车，补贴于2025年1月10日兑付完毕。"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "自评表"
    first: list[list[Any]] = [
        ["项目支出绩效自评表"], ["（2024年度）"], ["项目名称", "", name], ["主管部门", "", dept, "", "实施单位", "", impl],
        ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["", "年度资金总额", float(ini), float(adj), float(exe), 10, f"{rt}%", float(es)],
        *[["", f"其中：{f[0]}" if i == 0 else f[0], float(f[1]), float(f[2]), float(f[3]), None, f"{rate(f[3], f[2])}%", None]
          for i, f in enumerate(FI05_FUNDS)],
        ["年度总体目标", "预期目标", "", "", "实际完成情况"], ["", goal, "", "", done],
        ["注：绩效指标完成情况见“绩效指标”工作表。"]]
    for row in first:
        ws.append(row)
    for m in ("A1:H1", "A2:H2", "C3:H3", "A5:A9", "A10:A11", "B10:D10", "E10:H10", "B11:D11", "E11:H11", "A12:H12"):
        ws.merge_cells(m)
    ws2 = wb.create_sheet("绩效指标")
    ws2.append(HEAD)
    ws2.append(["产出指标", "预算执行", "预算执行率", "100%", f"{rt}%", 10, float(es), ""])
    for r in FI05:
        ws2.append([r[0], r[1], r[2], shown(r[4]), shown(r[5]), float(r[3]), float(D(r[6])), r[7]])
    ws2.append(["总分", "", "", "", "", 100, float(total), grade(total)])
    buf = io.BytesIO()
    wb.save(buf)
    unit, project = _project(dept, name, impl, goal, done)
    b = budget(ini, adj, exe, rt) | {"fund_rows": [{"name": f[0], "initial": D(f[1]), "adjusted": D(f[2]),
                                                     "executed": D(f[3])} for f in FI05_FUNDS]}
    inds = [exec_ind(10, rt, es, "产出指标", "预算执行")] + [ind(r) for r in FI05]
    return (facts("项目支出", 2024, unit, b, inds, total, project, full_mark=100, stated_grade=EARNED), "xlsx", buf.getvalue())


# fi06 福建 county CDC, project, .doc: the report gives a 二、自评得分情况 table of block subtotals only (预算执行率 /
# 产出 / 效益 / 满意度 with 分值 and 得分) and no per-indicator table; the indicators are told in prose under their 一级 ---
FI06_BLOCKS = [("预算执行率", "10", None), ("产出指标", "40", "38.5"), ("效益指标", "30", "28"), ("满意度指标", "20", "19")]
FI06_PROSE = [  # 一级, name, target, actual
    ("产出指标", "免疫规划疫苗接种剂次", "≥2.4万剂次", "2.46万剂次"),
    ("产出指标", "适龄儿童建卡率", "≥95%", "98.3%"),
    ("产出指标", "冷链设备温度监测覆盖率", "100%", "100%"),
    ("效益指标", "适龄儿童免疫规划疫苗接种率", "≥90%", "93.6%"),
    ("效益指标", "疑似预防接种异常反应报告及时率", "≥90%", "86%"),
    ("满意度指标", "受种者家长满意度", "≥90%", "91.2%"),
]


def fi06() -> Made:
    ini, adj, exe = "96.00", "104.80", "101.70"
    rt = rate(exe, adj)
    es = D(f"{10 * rt / 100:.2f}")
    blocks = [(b[0], b[1], str(es) if b[2] is None else b[2]) for b in FI06_BLOCKS]
    total = sum((D(b[2]) for b in blocks), D(0))
    dept, impl, name = "连城县卫生健康局", "连城县疾病预防控制中心", "2024年免疫规划项目"
    d = doc()
    d.add_heading(f"{name}绩效自评报告", level=1)
    d.add_paragraph(f"（{impl}　2025年3月）")
    d.add_paragraph("一、项目基本情况")
    d.add_paragraph(f"{name}由{impl}实施，主要用于疫苗冷链运转、接种门诊督导和预防接种异常反应监测。"
                    f"项目年初预算{ini}万元，调整后全年预算{adj}万元，全年执行{exe}万元，预算执行率{rt}%。")
    d.add_paragraph("二、自评得分情况")
    table(d, [["评价内容", "分值", "自评得分"], *[list(b) for b in blocks], ["合计", "100", str(total)]])
    d.add_paragraph(f"经自评，本项目得分{total}分，等级为“{grade(total)}”。")
    d.add_paragraph("三、绩效指标完成情况")
    cn = {"产出指标": "（一）产出指标完成情况", "效益指标": "（二）效益指标完成情况", "满意度指标": "（三）满意度指标完成情况"}
    seen = ""
    k = 0
    for l1, nm, tgt, act in FI06_PROSE:
        if l1 != seen:
            d.add_paragraph(cn[l1])
            seen, k = l1, 0
        k += 1
        d.add_paragraph(f"{k}.{nm}：年度目标{tgt}，实际完成{act}。")
    d.add_paragraph("四、存在的问题")
    d.add_paragraph("疑似预防接种异常反应报告及时率未达到年度目标，个别乡镇接种点报告流程不熟悉。")
    _, project = _project(dept, name, impl)  # the supervising department is named nowhere in the report
    inds: list[dict[str, Any]] = [exec_ind(10, rt, es)] + [{"name": nm, "level1": l1, "weight": None, "target": value_fact(tgt, actual=False),
                                   "actual": value_fact(act, actual=True)} for l1, nm, tgt, act in FI06_PROSE]
    return (facts("项目支出", 2024, {}, budget(ini, adj, exe, rt), inds, total, project, full_mark=100, stated_grade=EARNED), "doc",
            convert(convert(docx_bytes(d), "fi06", "docx", "odt"), "fi06", "odt", "doc"))


# fi07 陕西 district extension station, two projects in one .wps (a Word 97 binary as WPS saves it): two forms, two
# totals; the expected facts are the first project's ------------------------------------------------------------------
FI07A: list[Row] = [
    ("产出指标", "数量指标", "统防统治作业面积", D(20), "≥5.2万亩", "5.35万亩", "20", ""),
    ("产出指标", "质量指标", "防治效果达标率", D(15), "≥90%", "92.3%", "15", ""),
    ("产出指标", "时效指标", "重大病虫害防控响应时间", D(10), "≤24小时", "20小时", "10", ""),
    ("效益指标", "经济效益指标", "挽回粮食损失", D(15), "≥1800吨", "1740吨", "14.5", "局部地块防治窗口期降雨"),
    ("效益指标", "生态效益指标", "化学农药使用量减少率", D(10), "≥5%", "6.1%", "10", ""),
    ("满意度指标", "服务对象满意度指标", "种植户满意度", D(20), "≥90%", "93%", "20", ""),
]
FI07B: list[Row] = [
    ("产出指标", "数量指标", "耕地质量监测点数", D(25), "≥18个", "18个", "25", ""),
    ("产出指标", "质量指标", "土样检测数据合格率", D(20), "100%", "100%", "20", ""),
    ("效益指标", "可持续影响指标", "耕地质量等级评价报告形成", D(25), "T:形成", "T:已形成", "25", ""),
    ("满意度指标", "服务对象满意度指标", "监测点农户满意度", D(20), "≥90%", "90.5%", "20", ""),
]


def _fi07_form(d: Any, name: str, dept: str, impl: str, money: tuple[str, str, str], rows: list[Row]) -> Any:
    ini, adj, exe = money
    rt, es, total = scored(rows, exe, adj)
    d.add_paragraph(f"{name}绩效自评表")
    d.add_paragraph("（2024年度）")
    form = [["项目名称", name, "", "", "", "", "", ""], ["主管部门", dept, "", "", "实施单位", impl, "", ""],
            *money_rows(ini, adj, exe, rt, es), HEAD, *[cells(r) for r in rows], _total_row(total)]
    n = len(form)
    table(d, form, merges=[(0, 1, 0, 7), (1, 1, 1, 3), (1, 5, 1, 7), (2, 0, 4, 0), (n - 1, 0, n - 1, 4)],
          vmerge_cols=(0, 1))
    return rt, es, total


def fi07() -> Made:
    dept, impl = "安康市汉滨区农业农村局", "安康市汉滨区农业技术推广站"
    name_a, money_a = "2024年农作物重大病虫害统防统治补助项目", ("145.00", "152.60", "149.08")
    name_b, money_b = "2024年耕地质量监测项目", ("26.00", "26.00", "25.12")
    d = doc()
    d.add_heading(f"{impl}2024年度项目支出绩效自评情况", level=1)
    d.add_paragraph(f"按照区财政局通知要求，我站对2024年实施的2个项目开展了绩效自评，两个项目的自评表附后。"
                    f"{name_a}自评得分和{name_b}自评得分分别见各表总分。")
    d.add_paragraph("一、" + name_a)
    rt, es, total = _fi07_form(d, name_a, dept, impl, money_a, FI07A)
    d.add_paragraph("二、" + name_b)
    _fi07_form(d, name_b, dept, impl, money_b, FI07B)
    d.add_paragraph(f"{impl}　2025年4月2日")
    unit, project = _project(dept, name_a, impl)
    b = budget(*money_a, rt) | {"fund_rows": [{"name": "当年财政拨款", "initial": D(money_a[0]),
                                               "adjusted": D(money_a[1]), "executed": D(money_a[2])}]}
    inds = [exec_ind(10, rt, es)] + [ind(r) for r in FI07A]
    return (facts("项目支出", 2024, unit, b, inds, total, project, full_mark=100, stated_grade=EARNED), "wps",
            convert(convert(docx_bytes(d), "fi07", "docx", "odt"), "fi07", "odt", "doc"))


# fi08 江西 county government-affairs service centre, whole unit, .pdf with its table ruled: the indicator table runs
# over two pages (no header repeated); after 存在问题 a numbered 整改 list, each measure with its date -------------------
FI08: list[Row] = [
    ("产出指标", "数量指标", "保障办公用房面积", D(5), "≥3.2万平方米", "3.2万平方米", "5", ""),
    ("产出指标", "数量指标", "公务用车集中保障车次", D(5), "≥1800车次", "1926车次", "5", ""),
    ("产出指标", "数量指标", "机关食堂保障就餐人次", D(5), "≥26万人次", "27.3万人次", "5", ""),
    ("产出指标", "数量指标", "节能改造公共机构数", D(5), "≥12家", "12家", "5", ""),
    ("产出指标", "质量指标", "办公设备维修及时修复率", D(5), "≥95%", "97.5%", "5", ""),
    ("产出指标", "质量指标", "食品安全抽检合格率", D(5), "100%", "100%", "5", ""),
    ("产出指标", "质量指标", "安全生产责任事故次数", D(5), "0次", "0次", "5", ""),
    ("产出指标", "时效指标", "物业服务合同续签时间", D(5), "T:2024年3月底前", "T:2024年3月20日", "5", ""),
    ("产出指标", "成本指标", "公共机构人均能耗下降率", D(5), "≥1.5%", "1.2%", "4", "新院区投用，空调能耗增加"),
    ("产出指标", "成本指标", "公务用车运行维护费控制率", D(5), "≤100%", "96.3%", "5", ""),
    ("效益指标", "社会效益指标", "集中办公单位保障覆盖率", D(10), "100%", "100%", "10", ""),
    ("效益指标", "生态效益指标", "垃圾分类投放准确率", D(5), "≥85%", "88%", "5", ""),
    ("效益指标", "可持续影响指标", "公物仓资产调剂使用次数", D(5), "≥40次", "52次", "5", ""),
    ("效益指标", "可持续影响指标", "节约型机关创建达标率", D(5), "100%", "100%", "5", ""),
    ("满意度指标", "服务对象满意度指标", "入驻单位满意度", D(10), "≥90%", "92.7%", "10", ""),
    ("满意度指标", "服务对象满意度指标", "就餐干部职工满意度", D(5), "≥85%", "83.4%", "4.5", "菜品品种较少，将引入轮换菜单"),
]


def fi08() -> Made:
    ini, adj, exe = "2186.00", "2293.70", "2204.53"
    rt, es, total = scored(FI08, exe, adj)
    unit = "万年县机关事务服务中心"
    d = doc()
    d.add_heading(f"{unit}2024年度部门整体支出绩效自评报告", level=1)
    for p in ("一、部门基本情况",
              f"{unit}负责县直机关办公用房、公务用车、机关食堂和公共机构节能等后勤保障工作。",
              "二、预算执行情况",
              f"2024年年初预算{ini}万元，全年预算{adj}万元，全年支出{exe}万元，预算执行率{rt}%。",
              "三、绩效自评表"):
        d.add_paragraph(p)
    rows = [["单位名称", unit, "", "", "", "", "", ""],
            ["年度预算（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            ["", "年度资金总额", ini, adj, exe, "10", f"{rt}%", str(es)],
            HEAD, *[cells(r) for r in FI08], _total_row(total)]
    n = len(rows)
    table(d, rows, merges=[(0, 1, 0, 7), (1, 0, 2, 0), (n - 1, 0, n - 1, 4)], vmerge_cols=(0, 1))
    d.add_paragraph(f"自评得分{total}分，自评等级为“{grade(total)}”。")
    for p in ("四、存在的问题",
              "（一）公共机构节能目标未完成，新院区投用后空调负荷较大。",
              "（二）机关食堂菜品单一，就餐人员满意度未达目标。",
              "五、整改措施",
              "1.2025年5月31日前完成新院区空调系统分时控制改造，力争人均能耗下降2%。",
              "2.2025年6月底前制定机关食堂菜单轮换制度，每月征求就餐人员意见1次。",
              "3.2025年9月30日前建立预算执行月度通报机制，年底执行率不低于98%。"):
        d.add_paragraph(p)
    inds = [exec_ind(10, rt, es)] + [ind(r) for r in FI08]
    return (facts("整体支出", 2024, {"name": unit}, budget(ini, adj, exe, rt), inds, total, full_mark=100, stated_grade=EARNED), "pdf",
            docx_bytes(d))


REPORTS: dict[str, Callable[[], Made]] = {
    "fi01-qh-chengxi-street-whole-et-2021-blocks": fi01,
    "fi02-gz-liping-relics-project-odt-midyear-only": fi02,
    "fi03-nx-yanchi-jobs-project-csv-data-source": fi03,
    "fi04-nm-zhalaite-livestock-project-htm-score-rate": fi04,
    "fi05-hn-sangzhi-transport-project-xlsx-level-funds": fi05,
    "fi06-fj-liancheng-cdc-project-doc-block-subtotals": fi06,
    "fi07-sn-hanbin-agri-project-wps-two-projects": fi07,
    "fi08-jx-wannian-affairs-whole-pdf-rectification": fi08,
}
