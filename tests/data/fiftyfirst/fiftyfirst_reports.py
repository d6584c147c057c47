# ruff: noqa: E501
"""Reports fo01–fo08 of the fifty-first set, each returning (facts, ext, content): eight 2024 self-evaluations as a
bureau's reviewer copies them off the web — a 人民防空办公室's form one cell a line with blank lines between some cells,
a 植物保护站's form copied as cells ending in " |" with merged 一级 / 二级 cells and ``|||`` row breaks (GBK), a 计量检定
测试所's form on one line after the page's 索引号 / 发布机构 / 发布日期 / 浏览次数 block, an 动物卫生监督所's prose report a
viewer broke every 34 characters with "- N -" page numbers, a 老干部局's form as a DOM table (rowspan / colspan) in a
county site's .html with its navigation, a 蚕业技术推广站's report on a traditional-script mirror with a small tabbed
form, a 社会保险事业中心's report whose form is an image (.htm), and a 气象局's whole-unit report in words unlike the
seed's (资金使用率, 绩效目标完成度, 权重 / 评分, 综合评分, 评定为“良”).
Every unit, person and figure is invented (real provinces and counties, invented bodies, projects and figures).
"""

from __future__ import annotations

from typing import Any

from corpus_build import Row, exec_fact, indicator_fact, value_fact
from eighteenth_facts import EARNED, D, Made, facts, grade
from fortyeighth_reports import budget, scored

NO_NOTE = "无"


def _inds(rows: list[Row], rt: Any, es: Any) -> list[dict[str, Any]]:
    return [exec_fact(10, rt, es), *(indicator_fact(r) for r in rows)]


def _project(unit: str, dept: str, name: str) -> tuple[dict[str, Any], dict[str, Any]]:
    return {"supervising_department": dept}, {"name": name, "implementing_unit": unit}


def _form_facts(names: tuple[str, str, str], money: tuple[str, str, str], rows: list[Row],
                scores: tuple[Any, Any, Any]) -> dict[str, Any]:
    """A project form's facts: (unit, department, project), (年初, 全年, 执行), its rows, (rate, rate's score, total)."""
    unit, dept, proj = names
    rt, es, tot = scores
    unit_f, project = _project(unit, dept, proj)
    return facts("项目支出", 2024, unit_f, budget(*money, rt), _inds(rows, rt, es), tot, project=project,
                 full_mark=100, planted=[], stated_grade=EARNED)


IND_HEAD = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]


def _row_cells(r: Row, *, merged: bool = False, prev: Row | None = None) -> list[str]:
    """A row's cells; ``merged`` drops the 一级 / 二级 cells a rowspan above already holds."""
    cells = [r[0], r[1], r[2], r[4].removeprefix("T:"), r[5].removeprefix("T:"), str(r[3]), r[6], r[7] or NO_NOTE]
    if merged and prev is not None:
        if prev[0] == r[0] and prev[1] == r[1]:
            return cells[2:]
        if prev[0] == r[0]:
            return cells[1:]
    return cells


# fo01 贵州 正安县人民防空办公室, project, .txt: the form copied off a page one cell a line, a blank line between some
# cells (the page's paragraph spacing) ---------------------------------------------------------------------------------
FO01: list[Row] = [
    ("产出指标", "数量指标", "维护防空警报器数量", 15, "≥36台", "36台", "15", ""),
    ("产出指标", "数量指标", "组织警报试鸣次数", 10, "1次", "1次", "10", ""),
    ("产出指标", "质量指标", "警报器完好率", 15, "≥95%", "97.2%", "15", ""),
    ("产出指标", "时效指标", "警报器故障修复时限", 10, "≤48小时", "36小时", "10", ""),
    ("效益指标", "社会效益指标", "警报音响覆盖城区人口比例", 15, "≥90%", "88.5%", "14.2", "新建小区尚未安装警报器，2025年纳入建设计划"),
    ("效益指标", "可持续影响指标", "防空知识宣传覆盖社区数", 10, "≥20个", "22个", "10", ""),
    ("满意度指标", "服务对象满意度指标", "城区群众满意度", 15, "≥90%", "93.6%", "15", ""),
]


def fo01() -> Made:
    ini, adj, exe = "48.00", "52.60", "50.18"
    rt, es, tot = scored(FO01, exe, adj)
    unit, dept, proj = "正安县人民防空办公室", "正安县人民政府", "人防警报设施运行维护经费"
    cells = ["正安县2024年度项目支出绩效自评表", "（2024年度）",
             "项目名称", proj, "主管部门", dept, "实施单位", unit,
             "项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分",
             "年度资金总额", ini, adj, exe, "10", f"{rt}%", str(es),
             "其中：当年财政拨款", ini, adj, exe, "—", "—", "—",
             "年度总体目标", "预期目标", "实际完成情况",
             "维护全县36台防空警报器，组织一次警报试鸣，警报器完好率达95%以上。",
             "完成36台警报器维护保养，9月组织全县警报试鸣，完好率97.2%。",
             *IND_HEAD]
    for r in FO01:
        cells += _row_cells(r)
    cells += ["总分", "100", str(tot), grade(tot)]
    lines: list[str] = []
    for i, c in enumerate(cells):
        lines.append(c)
        if i % 3 == 2:  # the page puts a paragraph gap after some cells
            lines.append("")
    f = _form_facts((unit, dept, proj), (ini, adj, exe), FO01, (rt, es, tot))
    return f, "txt", "\n".join(lines) + "\n"


# fo02 安徽 灵璧县植物保护站, project, GBK .txt: cells copied off a web table, each ending in " |", a lone "|" an empty
# cell, a "|||||||" line closing each row, 一级 / 二级 merged down their block so a continuation row has fewer cells ----
FO02: list[Row] = [
    ("产出指标", "数量指标", "病虫害统防统治作业面积", 10, "≥8万亩", "8.3万亩", "10", ""),
    ("产出指标", "数量指标", "设立病虫害监测点", 10, "12个", "12个", "10", ""),
    ("产出指标", "质量指标", "重大病虫害防治效果", 10, "≥85%", "87%", "10", ""),
    ("产出指标", "时效指标", "秋季防治作业完成时间", 10, "T:2024年8月底前", "T:2024年8月26日", "10", ""),
    ("产出指标", "成本指标", "亩均作业补助标准", 10, "≤15元/亩", "15元/亩", "10", ""),
    ("效益指标", "经济效益指标", "挽回粮食损失", 10, "≥3000吨", "2860吨", "9.5", "秋季降雨偏多，部分地块防治推迟"),
    ("效益指标", "生态效益指标", "化学农药使用量减少", 10, "≥5%", "6.2%", "10", ""),
    ("效益指标", "社会效益指标", "带动专业化防治服务组织", 10, "≥10家", "11家", "10", ""),
    ("满意度指标", "服务对象满意度指标", "种植户满意度", 10, "≥90%", "92%", "10", ""),
]


def fo02() -> Made:
    ini, adj, exe = "120.00", "135.00", "128.25"
    rt, es, tot = scored(FO02, exe, adj)
    unit, dept, proj = "灵璧县植物保护站", "灵璧县农业农村局", "2024年农作物重大病虫害统防统治项目"
    rows: list[list[str]] = [
        ["项目支出绩效自评表"],
        ["（2024年度）"],
        ["项目名称", proj],
        ["主管部门", dept, "实施单位", unit],
        ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["年度资金总额", ini, adj, exe, "10", f"{rt}%", str(es)],
        ["其中：当年财政拨款", ini, adj, exe, "", "", ""],
        ["上年结转资金", "0", "0", "0", "", "", ""],
        ["年度总体目标", "预期目标", "实际完成情况"],
        ["", "完成统防统治8万亩，重大病虫害防治效果85%以上。", "完成统防统治8.3万亩，防治效果87%。"],
        IND_HEAD,
    ]
    prev: Row | None = None
    for r in FO02:
        rows.append(_row_cells(r, merged=True, prev=prev))
        prev = r
    rows.append(["总分", "100", str(tot), grade(tot)])
    out: list[str] = []
    for row in rows:
        for c in row:
            out.append(f"{c} |" if c else "|")
        out.append("||||||||")
    f = _form_facts((unit, dept, proj), (ini, adj, exe), FO02, (rt, es, tot))
    return f, "txt", ("\r\n".join(out) + "\r\n").encode("gbk")


# fo03 河南 淮阳区计量检定测试所, project, .txt: a page's metadata block (索引号 / 发布机构 / 发布日期 / 浏览次数), then
# the whole form on one line, cells separated by single spaces ----------------------------------------------------------
FO03: list[Row] = [
    ("产出指标", "数量指标", "完成强制检定计量器具台件数", 15, "≥6500台件", "6812台件", "15", ""),
    ("产出指标", "数量指标", "加油机检定覆盖率", 10, "100%", "100%", "10", ""),
    ("产出指标", "质量指标", "检定证书差错率", 10, "≤0.5%", "0.2%", "10", ""),
    ("产出指标", "时效指标", "检定报告出具时限", 10, "≤5个工作日", "4个工作日", "10", ""),
    ("效益指标", "社会效益指标", "计量纠纷投诉办结率", 15, "100%", "100%", "15", ""),
    ("效益指标", "可持续影响指标", "计量标准考核合格项数", 15, "≥14项", "13项", "13.9", "一项标准装置送检超期，2025年一季度复查"),
    ("满意度指标", "服务对象满意度指标", "受检单位满意度", 15, "≥90%", "95%", "15", ""),
]


def fo03() -> Made:
    ini, adj, exe = "36.00", "36.00", "34.92"
    rt, es, tot = scored(FO03, exe, adj)
    unit, dept, proj = "周口市淮阳区计量检定测试所", "周口市淮阳区市场监督管理局", "强制检定计量器具检定经费"
    cells = ["项目名称", proj, "主管部门", dept, "实施单位", unit,
             "项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分",
             "年度资金总额", ini, adj, exe, "10", f"{rt}%", str(es),
             "年度总体目标", "预期目标", "实际完成情况",
             "完成全区6500台件强制检定计量器具检定，证书差错率不高于0.5%。",
             "全年检定6812台件，证书差错率0.2%。", *IND_HEAD]
    for r in FO03:
        cells += _row_cells(r)
    cells += ["总分", "100", str(tot), grade(tot)]
    text = "\n".join([
        "当前位置：首页 > 信息公开 > 财政预决算 > 绩效评价",
        "索引号：11411626MB1X04R27Q/2025-00031",
        "发布机构：周口市淮阳区市场监督管理局",
        "发布日期：2025-04-18",
        "浏览次数：57",
        "",
        "周口市淮阳区计量检定测试所2024年度项目支出绩效自评表",
        "",
        " ".join(cells),
        "",
        "【打印本页】 【关闭窗口】",
    ]) + "\n"
    f = _form_facts((unit, dept, proj), (ini, adj, exe), FO03, (rt, es, tot))
    return f, "txt", text


# fo04 云南 施甸县动物卫生监督所, project, .txt: a prose report a document viewer broke every 34 characters, mid-word and
# mid-number, with "- N -" page numbers between its pages; each indicator a sentence under its 一级 heading ---------------
FO04: list[Row] = [
    ("产出指标", "数量指标", "产地检疫申报受理头数", 15, "≥18万头", "19.2万头", "15", ""),
    ("产出指标", "质量指标", "检疫出证规范率", 15, "100%", "100%", "15", ""),
    ("产出指标", "时效指标", "检疫申报受理后到场时限", 10, "≤6小时", "4小时", "10", ""),
    ("效益指标", "社会效益指标", "重大动物疫情发生次数", 15, "0次", "0次", "15", ""),
    ("效益指标", "可持续影响指标", "病死畜禽无害化处理率", 15, "100%", "98.6%", "14.4", ""),
    ("满意度指标", "服务对象满意度指标", "养殖户满意度", 20, "≥90%", "91.5%", "20", ""),
]


def _wrap(paragraphs: list[str], width: int = 34, per_page: int = 22) -> str:
    lines: list[str] = []
    for p in paragraphs:
        lines += [p[i:i + width] for i in range(0, len(p), width)] or [""]
    out: list[str] = []
    for n, start in enumerate(range(0, len(lines), per_page), 1):
        out += lines[start:start + per_page]
        out += ["", f"- {n} -", ""]
    return "\n".join(out) + "\n"


def fo04() -> Made:
    ini, adj, exe = "64.00", "70.00", "66.85"
    rt, es, tot = scored(FO04, exe, adj)
    unit, dept, proj = "施甸县动物卫生监督所", "施甸县农业农村局", "动物检疫监督经费"
    blocks = {"产出指标": "（一）产出指标（50分）", "效益指标": "（二）效益指标（30分）", "满意度指标": "（三）满意度指标（20分）"}
    paras = [
        "施甸县动物卫生监督所2024年度动物检疫监督经费项目支出绩效自评报告",
        "一、项目基本情况",
        f"{proj}由施甸县农业农村局主管，施甸县动物卫生监督所实施，用于全县产地检疫、屠宰检疫和动物卫生监督执法。",
        f"2024年年初预算安排项目资金{ini}万元，年中追加{D(adj) - D(ini):.2f}万元，全年预算{adj}万元，全年实际支出{exe}万元，预算执行率{rt}%。",
        "二、绩效目标完成情况",
        f"预算执行率（10分）：全年预算{adj}万元，执行{exe}万元，执行率{rt}%，得{es}分。",
    ]
    seen: set[str] = set()
    for r in FO04:
        if r[0] not in seen:
            seen.add(r[0])
            paras.append(blocks[r[0]])
        para = f"{r[1]}：{r[2]}（{r[3]}分），年度目标{r[4]}，实际完成{r[5]}，得{r[6]}分。"
        if r[2] == "病死畜禽无害化处理率":
            para = para.removesuffix("。") + "，偏远村组收集转运不及时，已增设两个暂存点。"
        paras.append(para)
    paras += [
        "三、自评结论",
        f"经自评，本项目综合得分{tot}分，自评等级为{grade(tot)}。",
        "四、存在的问题及改进措施",
        "部分乡镇检疫申报点设施老化，下一步将争取资金逐步更新。",
        "施甸县动物卫生监督所",
        "2025年3月20日",
    ]
    unit_f, project = _project(unit, dept, proj + "项目")  # (the title's name: the corpora keep its 项目)
    f = facts("项目支出", 2024, unit_f, budget(ini, adj, exe, rt),
              [exec_fact(10, rt, es), *(indicator_fact(r, note=False) for r in FO04)], tot, project=project,
              planted=[], stated_grade=EARNED)
    return f, "txt", _wrap(paras)


# fo05 四川 旺苍县委老干部局, project, .html: a county site's page — navigation, 无障碍 / 适老化 bar, metadata, share
# buttons and footer around the form, a DOM table with 一级 / 二级 rowspans and colspans in the money block ------------
FO05: list[Row] = [
    ("产出指标", "数量指标", "组织离退休干部集中学习次数", 10, "≥12次", "12次", "10", ""),
    ("产出指标", "数量指标", "开展文体活动场次", 10, "≥30场", "34场", "10", ""),
    ("产出指标", "质量指标", "活动阵地安全事故发生数", 10, "0起", "0起", "10", ""),
    ("产出指标", "时效指标", "活动经费拨付及时率", 10, "100%", "100%", "10", ""),
    ("效益指标", "社会效益指标", "离退休干部活动参与率", 20, "≥80%", "76%", "19", "部分老同志年事已高，改为送学上门"),
    ("效益指标", "可持续影响指标", "活动阵地全年开放天数", 10, "≥250天", "262天", "10", ""),
    ("满意度指标", "服务对象满意度指标", "离退休干部满意度", 20, "≥95%", "97%", "20", ""),
]


def _td(text: str, **span: int) -> str:
    attrs = "".join(f' {k}="{v}"' for k, v in span.items() if v > 1)
    return f"<td{attrs}>{text}</td>"


def fo05() -> Made:
    ini, adj, exe = "25.00", "28.00", "27.16"
    rt, es, tot = scored(FO05, exe, adj)
    unit, dept, proj = "中共旺苍县委老干部局", "中共旺苍县委组织部", "离退休干部活动阵地运行经费"
    trs = [
        _td("项目名称") + _td(proj, colspan=7),
        _td("主管部门") + _td(dept, colspan=3) + _td("实施单位") + _td(unit, colspan=3),
        _td("项目资金（万元）", rowspan=3) + _td("") + "".join(_td(h) for h in ("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")),
        _td("年度资金总额") + "".join(_td(v) for v in (ini, adj, exe, "10", f"{rt}%", str(es))),
        _td("其中：当年财政拨款") + "".join(_td(v) for v in (ini, adj, exe, "—", "—", "—")),
        _td("年度总体目标", rowspan=2) + _td("预期目标", colspan=4) + _td("实际完成情况", colspan=3),
        _td("保障离退休干部活动阵地全年正常开放，组织学习和文体活动。", colspan=4) + _td("阵地开放262天，组织集中学习12次、文体活动34场。", colspan=3),
        "".join(_td(h) for h in IND_HEAD),
    ]
    spans1 = {r[0]: sum(1 for x in FO05 if x[0] == r[0]) for r in FO05}
    spans2 = {(r[0], r[1]): sum(1 for x in FO05 if x[:2] == r[:2]) for r in FO05}
    prev: Row | None = None
    for r in FO05:
        cells = ""
        if prev is None or prev[0] != r[0]:
            cells += _td(r[0], rowspan=spans1[r[0]])
        if prev is None or prev[:2] != r[:2]:
            cells += _td(r[1], rowspan=spans2[r[:2]])
        cells += "".join(_td(c) for c in _row_cells(r)[2:])
        trs.append(cells)
        prev = r
    trs.append(_td("总分", colspan=5) + _td("100") + _td(str(tot)) + _td(grade(tot)))
    table = "\n".join(f"<tr>{t}</tr>" for t in trs)
    title = "中共旺苍县委老干部局2024年度项目支出绩效自评表"
    html = f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{title}-旺苍县人民政府</title></head>
<body>
<div class="topbar"><a href="#">无障碍</a> | <a href="#">适老化</a> | <a href="#">English</a> | 今天是2025年4月22日</div>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="#">走进旺苍</a></li><li><a href="#">政务公开</a></li><li><a href="#">政务服务</a></li><li><a href="#">互动交流</a></li></ul></div>
<div class="crumb">您当前的位置：首页 &gt; 政务公开 &gt; 财政信息 &gt; 绩效信息</div>
<table class="meta"><tr><td>索引号：</td><td>11510821MB0P3K217X/2025-00012</td><td>发布机构：</td><td>中共旺苍县委老干部局</td></tr>
<tr><td>发文字号：</td><td></td><td>发布日期：</td><td>2025-04-22</td></tr></table>
<h1>{title}</h1>
<p style="text-align:center">（2024年度）</p>
<table border="1" cellspacing="0">
{table}
</table>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> 【字体：大 中 小】 【打印】 【关闭】</div>
<div class="footer">主办：旺苍县人民政府办公室 | 网站标识码：5108210001 | 蜀ICP备05000000号</div>
</body></html>
"""
    f = _form_facts((unit, dept, proj), (ini, adj, exe), FO05, (rt, es, tot))
    return f, "html", html


# fo06 广西 宜州区蚕业技术推广站, project, .txt: a traditional-script mirror of a prose report with a small form, its cells
# separated by tabs -------------------------------------------------------------------------------------------------------
FO06: list[Row] = [
    ("产出指标", "数量指标", "技术培训蚕农人次", 20, "≥600人次", "645人次", "20", ""),
    ("产出指标", "质量指标", "小蚕共育成活率", 20, "≥90%", "92.3%", "20", ""),
    ("效益指标", "经济效益指标", "蚕农户均增收", 20, "≥2000元", "1860元", "18.6", "鲜茧收购价格下行"),
    ("效益指标", "可持续影响指标", "新建标准化桑园面积", 15, "≥500亩", "520亩", "15", ""),
    ("满意度指标", "服务对象满意度指标", "蚕农满意度", 15, "≥90%", "94%", "15", ""),
]
FO06_TRAD = {
    "产出指标": "產出指標", "效益指标": "效益指標", "满意度指标": "滿意度指標", "数量指标": "數量指標", "质量指标": "質量指標",
    "经济效益指标": "經濟效益指標", "可持续影响指标": "可持續影響指標", "服务对象满意度指标": "服務對象滿意度指標",
    "技术培训蚕农人次": "技術培訓蠶農人次", "小蚕共育成活率": "小蠶共育成活率", "蚕农户均增收": "蠶農戶均增收",
    "新建标准化桑园面积": "新建標準化桑園面積", "蚕农满意度": "蠶農滿意度", "鲜茧收购价格下行": "鮮繭收購價格下行",
    "≥500亩": "≥500畝", "520亩": "520畝",
}


def fo06() -> Made:
    ini, adj, exe = "42.00", "42.00", "40.53"
    rt, es, tot = scored(FO06, exe, adj)
    unit, dept, proj = "河池市宜州区蚕业技术推广站", "河池市宜州区农业农村局", "桑蚕产业技术推广经费"
    t = FO06_TRAD
    lines = [
        "河池市宜州區蠶業技術推廣站2024年度桑蠶產業技術推廣經費項目支出績效自評報告",
        "",
        "一、項目基本情況",
        "桑蠶產業技術推廣經費由河池市宜州區農業農村局主管、河池市宜州區蠶業技術推廣站實施，主要用於蠶農技術培訓、小蠶共育和標準化桑園建設。",
        f"2024年項目年初預算{ini}萬元，全年預算{adj}萬元，全年執行{exe}萬元，預算執行率{rt}%。",
        "",
        "二、績效自評情況",
        "項目自評表如下：",
        "\t".join(["一級指標", "二級指標", "三級指標", "年度指標值", "實際完成值", "分值", "得分", "偏差原因"]),
        "\t".join(["預算執行率", "", "", "100%", f"{rt}%", "10", str(es), ""]),
    ]
    for r in FO06:
        lines.append("\t".join([t[r[0]], t[r[1]], t[r[2]], t.get(r[4], r[4]), t.get(r[5], r[5]), str(r[3]), r[6],
                                t.get(r[7], r[7])]))
    lines += [
        "\t".join(["總分", "", "", "", "", "100", str(tot), "優"]),
        "",
        f"三、自評結論：項目自評得分{tot}分，等級為“優”。",
        "",
        "（本文轉載自宜州區人民政府門戶網站，繁體版由本站自動轉換）",
    ]
    unit_f, project = _project(unit, dept, proj + "项目")  # (the title's name: the corpora keep its 项目)
    f = facts("项目支出", 2024, unit_f, budget(ini, adj, exe, rt),
              [exec_fact(10, rt, es, target={"value": D(100), "unit": "%"}), *(indicator_fact(r) for r in FO06)],
              tot, project=project, full_mark=100, planted=[], stated_grade=EARNED)
    return f, "txt", "\n".join(lines) + "\n"


# fo07 山东 莘县社会保险事业中心, project, .htm: the 自评表 is an <img> the text does not hold; the prose gives the budget,
# four indicators' targets and results (no weights, no scores) and the total and grade --------------------------------
FO07_INDS = [
    ("办理社会保险经办业务件数", "≥42000件", "45316件"),
    ("社会保险待遇发放准确率", "100%", "100%"),
    ("业务办结时限", "≤5个工作日", "3个工作日"),
    ("参保群众满意度", "≥90%", "96.2%"),
]


def fo07() -> Made:
    ini, adj, exe = "85.00", "92.40", "88.30"
    rt = D(f"{D(exe) / D(adj) * 100:.2f}")
    tot = D("96.30")
    unit, dept, proj = "莘县社会保险事业中心", "莘县人力资源和社会保障局", "社会保险经办服务经费"
    paras = [
        f"{proj}由{dept}主管，{unit}实施，保障全县城乡居民养老保险、工伤保险和失业保险经办服务。",
        f"2024年年初预算{ini}万元，年中追加{D(adj) - D(ini):.2f}万元后全年预算{adj}万元，全年执行{exe}万元，预算执行率{rt}%。",
        "从绩效目标完成情况看："
        + "；".join(f"{n}，年度目标{a}，实际完成{b}" for n, a, b in FO07_INDS) + "。",
        f"经自评，本项目自评得分{tot}分，等级为“优”。自评表见下图。",
    ]
    body = "\n".join(f"<p>{p}</p>" for p in paras)
    title = f"{unit}2024年度{proj}项目绩效自评报告"
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{title}</title></head>
<body>
<div id="header">莘县人民政府 <a href="#">首页</a> <a href="#">信息公开</a></div>
<h2>{title}</h2>
<div class="info">来源：{unit}　发布时间：2025-05-09　点击数：112</div>
<div id="content">
{body}
<p><img src="/uploads/2025/05/shbzx_zpb_2024.png" alt="自评表" width="640"></p>
</div>
<div id="footer">版权所有：莘县人民政府办公室</div>
</body></html>
"""
    inds = [{"name": n, "weight": None, "target": value_fact(a, actual=False), "actual": value_fact(b, actual=True)}
            for n, a, b in FO07_INDS]
    unit_f, project = _project(unit, dept, proj + "项目")  # (the title's name: the corpora keep its 项目)
    f = facts("项目支出", 2024, unit_f, budget(ini, adj, exe, rt), inds, tot, project=project, planted=[], stated_grade=EARNED)
    return f, "htm", html


# fo08 甘肃 会宁县气象局, whole unit, .txt: the words of another template — 资金使用率 (not 执行率), 可用资金 / 使用资金,
# 绩效目标完成度 per indicator as label lines with 权重 and 评分, 综合评分, 评定为“良” -----------------------------------
FO08 = [  # name, weight, target, actual, score
    ("气象灾害预警信息发布及时率", 15, "≥95%", "98.2%", "15"),
    ("短期天气预报准确率", 15, "≥85%", "82.6%", "14.58"),
    ("自动气象站数据到报率", 10, "≥98%", "99.1%", "10"),
    ("人工增雨（雪）作业次数", 10, "≥20次", "12次", "6"),
    ("防雷安全检查覆盖率", 10, "100%", "90%", "9"),
    ("气象科普进校园场次", 10, "≥8场", "6场", "7.5"),
    ("公众气象服务满意度", 20, "≥95%", "85%", "17.89"),
]


def fo08() -> Made:
    ini, adj, exe = "386.50", "412.80", "398.12"
    rt = D(f"{D(exe) / D(adj) * 100:.2f}")
    es = D(f"{rt / 10:.2f}")
    tot = es + sum((D(r[4]) for r in FO08), D(0))
    unit = "会宁县气象局"
    lines = [
        "会宁县气象局2024年度部门整体支出绩效自评报告",
        "",
        "一、部门概况",
        "会宁县气象局为正科级参照公务员法管理事业单位，内设办公室、业务科2个科室，下属会宁县气象台、会宁县人工影响天气中心2个事业单位。核定编制18名，年末实有在职人员16人。",
        "",
        "二、部门资金使用情况",
        f"2024年年初预算批复{ini}万元，年中追加后全年可用资金{adj}万元，实际使用资金{exe}万元，资金使用率{rt}%。",
        "全年收入合计412.80万元，其中：一般公共预算财政拨款398.60万元，其他收入14.20万元。全年支出合计398.12万元，其中：基本支出301.45万元，项目支出96.67万元。",
        "",
        "三、绩效目标完成度",
        f"1.指标名称：资金使用率；权重10分；完成值：{rt}%；评分{es}分。",
    ]
    for i, (name, w, tgt, act, sc) in enumerate(FO08, 2):
        lines.append(f"{i}.指标名称：{name}；目标值：{tgt}；完成值：{act}；权重{w}分；评分{sc}分。")
    lines += [
        "",
        "四、评价结论",
        f"按照部门整体支出绩效评价指标体系，我局2024年度整体支出综合评分{tot}分，评定为“良”。",
        "",
        "五、存在问题及整改措施",
        "人工增雨作业受天气条件和空域限制，作业次数未达年度目标；下一步加强与空管部门沟通，提前申报作业空域。",
    ]
    inds: list[dict[str, Any]] = [{"name": "资金使用率", "weight": 10, "actual": {"value": rt, "unit": "%"},
                                   "stated_score": es}]
    for name, w, tgt, act, sc in FO08:
        inds.append({"name": name, "weight": w, "target": value_fact(tgt, actual=False),
                     "actual": value_fact(act, actual=True), "stated_score": D(sc)})
    unit_f = {"name": unit, "staff_total": 16, "staff_establishment": 18,
              "internal_bodies": ["办公室", "业务科"], "internal_bodies_count": 2,
              "subordinate_bodies": ["会宁县气象台", "会宁县人工影响天气中心"], "subordinate_bodies_count": 2}
    bud = budget(ini, adj, exe, rt)
    bud.update({"income_total": D("412.80"),
                "income_items": [{"name": "一般公共预算财政拨款", "amount": D("398.60")},
                                 {"name": "其他收入", "amount": D("14.20")}],
                "expenditure_total": D("398.12"),
                "expenditure_items": [{"name": "基本支出", "amount": D("301.45")},
                                      {"name": "项目支出", "amount": D("96.67")}]})
    f = facts("整体支出", 2024, unit_f, bud, inds, tot, stated_grade="良", planted=[])
    return f, "txt", "\n".join(lines) + "\n"


REPORTS = {
    "fo01-gz-zhengan-civil-air-defence-project-txt-cell-per-line": fo01,
    "fo02-ah-lingbi-plant-protection-project-gbk-txt-pipe-cells": fo02,
    "fo03-ha-huaiyang-metrology-project-txt-one-line-after-meta": fo03,
    "fo04-yn-shidian-animal-health-project-txt-viewer-broken-prose": fo04,
    "fo05-sc-wangcang-veteran-cadres-project-html-dom-table": fo05,
    "fo06-gx-yizhou-sericulture-project-txt-traditional-mirror": fo06,
    "fo07-sd-shenxian-social-insurance-project-htm-form-image": fo07,
    "fo08-gs-huining-meteorology-whole-txt-other-wording": fo08,
}
