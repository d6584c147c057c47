# ruff: noqa: E501  (report lines are kept whole)
"""Eighth corpus, real files: a Beijing town's Word form with (A)/(B) header marks, 分值（10分）, a
得分计算方法 column and a 【一般】 tag on the project name (e02); an Inner Mongolia form exported to
.xlsx with quarterly 一季度…四季度 columns before the year's value (e04); a Tibet bureau page (.html) whose
budget is only in a 收支 table (e06); a Jilin Word form with 分值 / 得分 at the 二级 level only (e08); a
Shanxi Word score table with 指标解释 / 权重 / 评分标准 / 数据来源 columns (e11); a Qinghai form printed
to PDF over two pages with the year as （二〇二四年度） and money in 元 (e14); a Xinjiang workbook with
the form spread over three sheets (e15)."""

from __future__ import annotations

import html
import io

from eighth_base import (
    D,
    Ind,
    Report,
    cells_of,
    docx_bytes,
    execution_indicator,
    exp,
    hanzi_year,
    money,
    num,
    pct,
    pdf_from_word,
    project_facts,
    q,
    rate_of,
    sep,
    sum_scores,
    t,
    wan,
    whole_facts,
)
from openpyxl import Workbook


def _xlsx(wb: Workbook) -> bytes:
    """The workbook's bytes; a cell text starting with "=" ("=100%") stays text, as in an export, not a formula."""
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and cell.value.startswith("="):
                    cell.data_type = "s"
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _level_merges(inds: list[Ind], first_row: int, col: int, key: str) -> list[tuple[int, int, int, int]]:
    """Vertical merges of a level column (``key`` "l1" or "l2") over the rows of each group."""
    merges, start = [], 0
    for k in range(1, len(inds) + 1):
        group = (lambda i: i.l1) if key == "l1" else (lambda i: (i.l1, i.l2))
        if k == len(inds) or group(inds[k]) != group(inds[start]):
            if k - start > 1:
                merges.append((first_row + start, col, first_row + k - 1, col))
            start = k
    return merges


# ---------------------------------------------------------------- e02
def e02() -> Report:
    """Beijing, Miyun: a town's project form in Word: the project name tagged 【一般】, 主管部门及代码,
    年初预算数（A）/ 全年执行数（B）/ 分值（10分）/ 执行率（B/A）/ 得分 / 得分计算方法 (no 全年预算数); the
    indicator header 三级指标 | 分值 | 年度指标值（A）| 全年实际值（B）| 得分计算方法 | 得分 | 未完成原因分析,
    一级 cells "产出指标（50分）"."""
    name, dept, unit = "农村人居环境整治保洁经费", "北京市密云区石岭镇人民政府", "北京市密云区石岭镇环境卫生服务中心"
    fa, fe = D("286.40"), D("271.55")
    rate = rate_of(fe, fa)
    es = D("9.48")
    inds = [
        q("保洁覆盖行政村数量", "产出指标", "数量指标", 15, "≥", 26, "个", 26, 15),
        q("垃圾日产日清率", "产出指标", "质量指标", 15, "≥", 95, "%", 96.8, 15),
        q("保洁人员到岗率", "产出指标", "质量指标", 10, "≥", 95, "%", 93.1, 9.8),
        q("保洁经费按季拨付率", "产出指标", "时效指标", 10, "=", 100, "%", 100, 10),
        q("村庄环境卫生检查达标率", "效益指标", "社会效益指标", 15, "≥", 90, "%", 92, 15),
        t("村庄保洁长效管护机制", "效益指标", "可持续影响指标", 15, "建立", "已建立", 15),
        q("村民满意度", "满意度指标", "服务对象满意度指标", 10, "≥", 90, "%", 94.5, 10),
    ]
    total = sum_scores(inds, es)
    blocks = {"产出指标": 50, "效益指标": 30, "满意度指标": 10}
    how = "完成值达到指标值，记满分；未达到指标值，按B/A×该指标分值记分。"
    head = ["一级指标", "二级指标", "三级指标", "分值", "年度指标值（A）", "全年实际值（B）", "得分计算方法", "得分", "未完成原因分析"]
    body = []
    for r, i in zip(cells_of(inds, ["l1", "l2", "name", "w", "tgt", "act", "sc"], merged=("l2",)), inds, strict=True):
        body.append([f"{i.l1}（{blocks[i.l1]}分）", r[1], r[2], r[3], r[4], r[5], how, r[6], ""])
    grid = [
        ["项目名称", f"【一般】{name}", "", "", "", "", "", "", ""],
        ["主管部门及代码", f"[231]{dept}", "", "", "实施单位", unit, "", "", ""],
        ["项目资金（万元）", "", "年初预算数（A）", "全年执行数（B）", "分值（10分）", "执行率（B/A）", "得分", "得分计算方法", ""],
        ["", "年度资金总额：", money(fa), money(fe), "10", pct(rate), num(es), "执行率×该指标分值，最高不得超过分值上限。", ""],
        ["", "其中：本年一般公共预算拨款", money(fa), money(fe), "", "", "", "", ""],
        ["", "其他资金", "", "", "", "", "", "", ""],
        ["年度总体目标", "全镇26个行政村实现常态化保洁，垃圾日产日清，村庄环境持续改善。", "", "", "", "", "", "", ""],
        head,
        *body,
        ["总分", "", "", "100", "", "", "", num(total), ""],
    ]
    first = 8
    merges = [(0, 1, 0, 8), (1, 1, 1, 3), (1, 5, 1, 8), (2, 0, 5, 0), (6, 1, 6, 8),
              *_level_merges(inds, first, 0, "l1"), *_level_merges(inds, first, 1, "l2")]
    body_bytes = docx_bytes(["项目支出绩效自评表", "（2022年度）"], grid, merges, ["项目负责人：赵春雷    财务负责人：王丽娟    填报日期：2023年3月16日"])
    facts = project_facts(2022, dept, name, unit, {
        "budget": {"initial": fa, "executed": fe, "stated_execution_rate": rate,
                   "fund_rows": [{"name": "本年一般公共预算拨款", "initial": fa, "executed": fe}]},
        "indicators": [execution_indicator(10, rate, es), *(exp(i) for i in inds)],
        "stated_total": total, "full_mark": D(100), "stated_block_weights": {k: D(v) for k, v in blocks.items()},
    })
    return Report("e02-bj-shiling-town-project-docx-abformula", ".docx", body_bytes, facts,
                  "Beijing town project form in Word: 【一般】 tag, 主管部门及代码 \"[231]…\", 年初预算数（A）/全年执行数（B）/分值（10分）/"
                  "执行率（B/A）, 得分计算方法 column in both tables, 分值 before 年度指标值（A）, 一级 \"产出指标（50分）\"")


# ---------------------------------------------------------------- e04
def e04() -> Report:
    """Inner Mongolia, Ordos: a project form exported to .xlsx from the monitoring system: quarterly
    cumulative values 一季度 / 二季度 / 三季度 / 四季度 between 年度指标值 and 全年完成值, and the same
    quarters for the money (执行数 per quarter) before 全年执行数."""
    name, dept, unit = "草原生态保护补助奖励资金", "鄂尔多斯市伊金霍洛旗农牧局", "伊金霍洛旗草原工作站"
    fa, fb, fe = D("3860.00"), D("3942.75"), D("3877.16")
    quarters = [D("612.30"), D("1846.52"), D("2905.40"), fe]
    rate = rate_of(fe, fb)
    es = D("9.83")
    inds = [
        q("禁牧面积", "产出指标", "数量指标", 15, "≥", 312, "万亩", 312, 15),
        q("草畜平衡面积", "产出指标", "数量指标", 15, "≥", 245, "万亩", 245, 15),
        q("补奖资金发放准确率", "产出指标", "质量指标", 10, "=", 100, "%", 100, 10),
        q("补奖资金发放及时率", "产出指标", "时效指标", 10, "≥", 95, "%", 97, 10),
        q("草原综合植被盖度", "效益指标", "生态效益指标", 20, "≥", 46, "%", 46.8, 20),
        q("农牧民补奖政策知晓率", "效益指标", "社会效益指标", 10, "≥", 90, "%", 93, 10),
        q("受益农牧民满意度", "满意度指标", "服务对象满意度指标", 10, "≥", 90, "%", 92.4, 10),
    ]
    qv = {"禁牧面积": ["312", "312", "312", "312"], "草畜平衡面积": ["245", "245", "245", "245"],
          "补奖资金发放准确率": ["100%", "100%", "100%", "100%"], "补奖资金发放及时率": ["—", "82%", "91%", "97%"],
          "草原综合植被盖度": ["—", "—", "46.2%", "46.8%"], "农牧民补奖政策知晓率": ["60%", "75%", "88%", "93%"],
          "受益农牧民满意度": ["—", "—", "—", "92.4%"]}
    total = sum_scores(inds, es)
    wb = Workbook()
    ws = wb.active
    ws.title = "自评表"
    rows = [
        ["项目支出绩效自评表（2023年度）"],
        ["项目名称", name, "", "", "主管部门", dept, "", "实施单位", unit],
        ["项目资金（万元）", "年初预算数", "全年预算数", "一季度", "二季度", "三季度", "四季度", "全年执行数", "执行率", "分值", "得分"],
        ["年度资金总额", money(fa), money(fb), *(money(x) for x in quarters), money(fe), pct(rate), "10", num(es)],
        ["年度总体目标", "落实禁牧312万亩、草畜平衡245万亩，补奖资金足额及时发放，草原植被盖度稳步提高。"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "一季度", "二季度", "三季度", "四季度", "全年完成值", "分值", "得分"],
        *[[*r[:4], *qv[i.name], *r[4:]] for r, i in zip(cells_of(inds, ["l1", "l2", "name", "tgt", "act", "w", "sc"]), inds, strict=True)],
        ["合计", "", "", "", "", "", "", "", "", "100", num(total)],
        ["注：季度列为截至该季度末的累计完成值。"],
    ]
    for row in rows:
        ws.append(row)
    ws.merge_cells("A1:K1")
    facts = project_facts(2023, dept, name, unit, {
        "budget": {"initial": fa, "adjusted": fb, "executed": fe, "stated_execution_rate": rate},
        "indicators": [execution_indicator(10, rate, es), *(exp(i) for i in inds)],
        "stated_total": total, "full_mark": D(100),
    })
    return Report("e04-nm-ejinhoro-grassland-project-xlsx-quarters", ".xlsx", _xlsx(wb), facts,
                  "Inner Mongolia project form in .xlsx with quarterly cumulative columns 一季度…四季度 between the target and "
                  "全年完成值, and per-quarter 执行数 in the money row before 全年执行数; 万亩 targets given as bare numbers in the quarters")


# ---------------------------------------------------------------- e06
def e06() -> Report:
    """Tibet, Lhasa: a district bureau's whole-unit report saved from its site (.html); the budget is
    only in a 收支预算执行情况表 (项目 | 年初预算数 | 调整预算数 | 决算数 | 执行率; 收入 and 支出 rows),
    the indicator table has 分值 / 得分 but no money block."""
    unit = "拉萨市城关区市场监督管理局"
    fa, fb, fe = D("1624.80"), D("1738.26"), D("1702.35")
    rate = rate_of(fe, fb)
    inds = [
        q("食品安全监督抽检批次", "产出指标", "数量指标", 15, "≥", 1200, "批次", 1286, 15),
        q("特种设备定期检验率", "产出指标", "质量指标", 15, "≥", 98, "%", 99.2, 15),
        q("投诉举报按时办结率", "产出指标", "时效指标", 10, "≥", 95, "%", 97.8, 10),
        q("新增市场主体户数", "效益指标", "经济效益指标", 15, "≥", 2500, "户", 2716, 15),
        q("食品安全抽检合格率", "效益指标", "社会效益指标", 15, "≥", 97, "%", 98.1, 15),
        t("智慧监管平台运行", "效益指标", "可持续影响指标", 10, "稳定运行", "稳定运行", 10),
        q("市场主体满意度", "满意度指标", "服务对象满意度指标", 10, "≥", 90, "%", 93.4, 10),
        q("预算执行率", "管理指标", "预算管理", 10, "≥", 95, "%", rate, 9.79),
    ]
    total = sum_scores(inds)
    basic, proj = D("1186.42"), fe - D("1186.42")
    money_rows = [
        ("收入合计", fa, fb, fb), ("一般公共预算财政拨款收入", fa, fb, fb),
        ("支出合计", fa, fb, fe), ("基本支出", D("1142.60"), D("1186.42"), basic), ("项目支出", fa - D("1142.60"), fb - D("1186.42"), proj),
    ]

    def tr(cells: list[str], tag: str = "td") -> str:
        return "<tr>" + "".join(f"<{tag}>{html.escape(c)}</{tag}>" for c in cells) + "</tr>"

    ind_rows = cells_of(inds, ["l1", "l2", "name", "tgt", "act", "w", "sc"], merged=())
    page = f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{unit}2023年度部门整体支出绩效自评报告_拉萨市城关区人民政府</title></head>
<body>
<div class="top-bar"><a href="#">无障碍浏览</a> <a href="#">长者模式</a> <a href="#">English</a></div>
<div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 预决算公开</div>
<table class="meta"><tr><td>索引号：</td><td>LSCG-SJ-2024-0057</td><td>发布机构：</td><td>{unit}</td></tr>
<tr><td>发布日期：</td><td>2024-06-28</td><td>文号：</td><td></td></tr></table>
<h1>{unit}2023年度部门整体支出绩效自评报告</h1>
<div class="article">
<p>一、部门基本情况</p>
<p>我局内设办公室、食品安全监督管理科等9个科室，下设市场监管所5个。</p>
<p>二、预算收支情况</p>
<p style="text-align:right">单位：万元</p>
<table border="1">
{tr(["项目", "年初预算数", "调整预算数", "决算数", "执行率"], "th")}
{"".join(tr([n, money(a), money(b), money(c), pct(rate_of(c, b))]) for n, a, b, c in money_rows)}
</table>
<p>三、绩效指标完成情况</p>
<table border="1">
{tr(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"], "th")}
{"".join(tr(r) for r in ind_rows)}
{tr(["合计", "", "", "", "", "100", num(total)])}
</table>
<p>四、自评结论：经自评，我局2023年度部门整体支出绩效得分{num(total)}分，等级为优。</p>
</div>
<div class="share">分享到： 微信 微博</div>
<div class="footer">主办：拉萨市城关区人民政府办公室 藏ICP备00000000号</div>
</body></html>
"""
    facts = whole_facts(2023, unit, {
        "budget": {"initial": fa, "adjusted": fb, "executed": fe, "stated_execution_rate": rate},
        "indicators": [exp(i) for i in inds],
        "stated_total": total, "stated_grade": "优", "full_mark": D(100),
    })
    return Report("e06-xz-chengguan-market-whole-html-shouzhi", ".html", page, facts,
                  "Tibet bureau page (.html): the budget only in a 收支 table (收入合计 / 支出合计 / 基本支出 / 项目支出 rows with "
                  "年初预算数 / 调整预算数 / 决算数 / 执行率), 预算执行率 as a 管理指标 row at the end of the indicator table")


# ---------------------------------------------------------------- e08
def e08() -> Report:
    """Jilin, Yanbian: a project form in Word whose 分值 / 得分 columns sit beside the 二级 cell, before the
    三级 column: 一级 | 二级 | 分值 | 得分 | 三级 | 年度指标值 | 实际完成值 | 偏差原因 (one 三级 per 二级; a
    weight over several 三级 rows could not be held by the model, so the set has none)."""
    name, dept, unit = "朝鲜族非物质文化遗产保护传承经费", "延吉市文化广播电视和旅游局", "延吉市非物质文化遗产保护中心"
    fb, fe = D("58.00"), D("56.30")
    rate = rate_of(fe, fb)
    es = D("9.71")
    groups = [  # (l1, l2, weight, score, [indicators]): one 三级 row per 二级 cell
        ("产出指标", "数量指标", 20, 20, [q("非遗传承人带徒授艺人数", "产出指标", "数量指标", 0, "≥", 40, "人", 43, 0)]),
        ("产出指标", "质量指标", 15, 15, [q("非遗项目档案数字化率", "产出指标", "质量指标", 0, "≥", 90, "%", 92, 0)]),
        ("产出指标", "时效指标", 15, 14, [q("展演活动按期完成率", "产出指标", "时效指标", 0, "≥", 95, "%", 91.7, 0)]),
        ("效益指标", "社会效益指标", 20, 20, [q("非遗进校园覆盖学校数", "效益指标", "社会效益指标", 0, "≥", 15, "所", 16, 0)]),
        ("满意度指标", "服务对象满意度指标", 20, 19.5, [q("观众满意度", "满意度指标", "服务对象满意度指标", 0, "≥", 90, "%", 88.6, 0)]),
    ]
    total = es + sum((D(str(g[3])) for g in groups), D(0))
    grid = [
        ["项目名称", name, "", "", "", "", "", ""],
        ["主管部门", dept, "", "", "实施单位", unit, "", ""],
        ["项目资金（万元）", "全年预算数", "全年执行数", "执行率", "分值", "得分", "", ""],
        ["年度资金总额", money(fb), money(fe), pct(rate), "10", num(es), "", ""],
        ["一级指标", "二级指标", "分值", "得分", "三级指标", "年度指标值", "实际完成值", "偏差原因分析"],
    ]
    merges = [(0, 1, 0, 7), (1, 1, 1, 3), (1, 5, 1, 7)]
    expected, l1_start, last_l1 = [], len(grid), ""
    for l1, l2, w, s, inds in groups:
        start = len(grid)
        if l1 != last_l1:
            if last_l1 and start - 1 > l1_start:
                merges.append((l1_start, 0, start - 1, 0))
            l1_start, last_l1 = start, l1
        for k, i in enumerate(inds):
            grid.append([l1 if start == l1_start and k == 0 else "", l2 if k == 0 else "", num(w) if k == 0 else "",
                         num(s) if k == 0 else "", i.name, i.target_text(), i.actual_text(), ""])
            if len(inds) == 1:  # a weight over several 三级 rows belongs to none of them: the model cannot hold it
                expected.append(exp(i, weight=D(w), stated_score=D(str(s))))
        if len(inds) > 1:
            merges += [(start, c, start + len(inds) - 1, c) for c in (1, 2, 3)]
    if len(grid) - 1 > l1_start:
        merges.append((l1_start, 0, len(grid) - 1, 0))
    grid.append(["合计", "", "100", num(total), "", "", "", ""])
    docx = docx_bytes(["延吉市2023年度项目支出绩效自评表"], grid, merges, ["自评等级：优"])
    facts = project_facts(2023, dept, name, unit, {
        "budget": {"adjusted": fb, "executed": fe, "stated_execution_rate": rate},
        "indicators": [execution_indicator(10, rate, es), *expected],
        "stated_total": total, "stated_grade": "优", "full_mark": D(100),
    })
    return Report("e08-jl-yanji-heritage-project-docx-l2scores", ".docx", docx, facts,
                  "Jilin project form in Word with 分值/得分 beside the 二级 cell and the 三级 column after them (一级 | 二级 | 分值 | 得分 | 三级 | 指标值 | 实际值)")


# ---------------------------------------------------------------- e11
def e11() -> Report:
    """Shanxi, Jincheng: a forestry project's score table in Word with 指标解释 / 权重 / 评分标准 / 数据来源
    columns around the values (评分标准 cells hold numbers and percentages). 造林成活率 is scored 16 of
    15 (a real slip kept)."""
    name, dept, unit = "太行山绿化工程造林补助资金", "晋城市陵川县林业局", "陵川县国有林场管理中心"
    fa, fb, fe = D("540.00"), D("562.40"), D("551.28")
    rate = rate_of(fe, fb)
    es = D("9.80")
    inds = [
        q("完成人工造林面积", "产出指标", "数量指标", 15, "≥", 1.2, "万亩", 1.26, 15),
        q("造林成活率", "产出指标", "质量指标", 15, "≥", 85, "%", 88.5, 16),
        q("造林任务完成及时率", "产出指标", "时效指标", 10, "≥", 95, "%", 100, 10),
        q("亩均造林成本", "产出指标", "成本指标", 10, "≤", 450, "元", 437.5, 10),
        q("带动农户务工增收", "效益指标", "经济效益指标", 10, "≥", 320, "万元", 336, 10),
        q("森林覆盖率提高", "效益指标", "生态效益指标", 15, "≥", 0.3, "个百分点", 0.32, 15),
        t("林木管护责任落实", "效益指标", "可持续影响指标", 5, "全部落实", "全部落实", 5),
        q("参与农户满意度", "满意度指标", "服务对象满意度指标", 10, "≥", 90, "%", 93.1, 10),
    ]
    total = sum_scores(inds, es)
    explain = {"完成人工造林面积": "年度内完成验收的人工造林面积", "造林成活率": "抽查成活株数÷抽查总株数×100%",
               "造林任务完成及时率": "按期完成的造林任务÷计划任务×100%", "亩均造林成本": "造林补助支出÷造林面积",
               "带动农户务工增收": "造林用工支付的劳务报酬", "森林覆盖率提高": "与上年相比提高的百分点",
               "林木管护责任落实": "管护合同签订情况", "参与农户满意度": "问卷调查满意人数÷调查人数×100%"}
    criteria = "达到目标值得满分，每低1个百分点扣0.5分，扣完为止"
    source = {"亩均造林成本": "财务账簿", "参与农户满意度": "问卷调查", "森林覆盖率提高": "森林资源年度监测"}
    head = ["一级指标", "二级指标", "三级指标", "指标解释", "权重", "评分标准", "指标值", "实际完成值", "数据来源", "得分"]
    body = [[r[0], r[1], r[2], explain[i.name], r[3], criteria, r[4], r[5], source.get(i.name, "验收报告"), r[6]]
            for r, i in zip(cells_of(inds, ["l1", "l2", "name", "w", "tgt", "act", "sc"], merged=()), inds, strict=True)]
    grid = [
        ["项目名称", name, "", "", "", "", "", "", "", ""],
        ["主管部门", dept, "", "", "", "实施单位", unit, "", "", ""],
        ["资金情况（万元）", "年初预算数", "", "全年预算数", "", "全年执行数", "执行率", "权重", "", "得分"],
        ["", money(fa), "", money(fb), "", money(fe), pct(rate), "10", "", num(es)],
        head, *body,
        ["合计", "", "", "", "100", "", "", "", "", num(total)],
    ]
    merges = [(0, 1, 0, 9), (1, 1, 1, 4), (1, 6, 1, 9)]
    docx = docx_bytes(["陵川县2023年度项目支出绩效自评表", f"填报单位：{unit}"], grid, merges, ["自评等级：优    填报日期：2024年3月22日"])
    facts = project_facts(2023, dept, name, unit, {
        "budget": {"initial": fa, "adjusted": fb, "executed": fe, "stated_execution_rate": rate},
        "indicators": [execution_indicator(10, rate, es), *(exp(i) for i in inds)],
        "stated_total": total, "stated_grade": "优", "full_mark": D(100),
    })
    return Report("e11-sx-lingchuan-forest-project-docx-criteria", ".docx", docx, facts,
                  "Shanxi Word score table with 指标解释 / 权重 / 评分标准 / 数据来源 columns (formulas and \"每低1个百分点扣0.5分\" "
                  "in cells); 造林成活率 scored 16 of 15", planted=["SCORE_OVER_WEIGHT"])


# ---------------------------------------------------------------- e14
def e14() -> Report:
    """Qinghai, Yushu: a whole-unit form printed to PDF over two pages (the header row repeated by Word
    on page 2), the year only as "（二〇二四年度）" under the title, the money in 元 by the label
    "预算执行情况（元）"."""
    unit = "玉树藏族自治州称多县卫生健康局"
    ya, yb, ye = D("38624150.00"), D("41286432.50"), D("40318865.72")
    rate = rate_of(ye, yb)
    es = D("9.77")
    inds = [
        q("家庭医生签约人数", "产出指标", "数量指标", 5, "≥", 21000, "人", 21560, 5),
        q("0—6岁儿童健康管理率", "产出指标", "数量指标", 5, "≥", 90, "%", 92.4, 5),
        q("孕产妇系统管理率", "产出指标", "数量指标", 5, "≥", 90, "%", 91.2, 5),
        q("包虫病筛查人数", "产出指标", "数量指标", 5, "≥", 26000, "人", 27130, 5),
        q("村医培训人次", "产出指标", "数量指标", 5, "≥", 180, "人次", 192, 5),
        q("严重精神障碍患者规范管理率", "产出指标", "质量指标", 5, "≥", 85, "%", 87, 5),
        q("基层医疗机构药品零差率执行率", "产出指标", "质量指标", 5, "=", 100, "%", 100, 5),
        q("疫苗冷链设备完好率", "产出指标", "质量指标", 5, "≥", 98, "%", 98.5, 5),
        q("公共卫生补助资金拨付及时率", "产出指标", "时效指标", 5, "≥", 95, "%", 96, 5),
        q("乡镇卫生院急救响应时间", "产出指标", "时效指标", 5, "≤", 30, "分钟", 28, 5),
        q("高原病救治成功率", "效益指标", "社会效益指标", 10, "≥", 95, "%", 96.4, 10),
        q("孕产妇死亡率", "效益指标", "社会效益指标", 5, "≤", 60, "/10万", 0, 5),
        q("婴儿死亡率", "效益指标", "社会效益指标", 5, "≤", 8, "‰", 6.1, 5),
        q("县域内就诊率", "效益指标", "社会效益指标", 5, "≥", 85, "%", 82.6, 4.86),
        t("医共体运行机制", "效益指标", "可持续影响指标", 5, "持续运行", "持续运行", 5),
        q("农牧民群众满意度", "满意度指标", "服务对象满意度指标", 10, "≥", 90, "%", 93.7, 10),
    ]
    total = sum_scores(inds, es)
    grid = [
        ["单位名称", unit, "", "", "", "", "", ""],
        ["预算执行情况（元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", ""],
        ["", sep(ya), sep(yb), sep(ye), "10", pct(rate), num(es), ""],
        ["年度总体目标", "巩固基本公共卫生服务，提升高原病救治和包虫病防治能力，推进县域医共体建设。", "", "", "", "", "", ""],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
        *cells_of(inds, ["l1", "l2", "name", "tgt", "act", "w", "sc", "note"]),
        ["总分", "", "", "", "", "100", num(total), ""],
        ["自评等级", "优", "", "", "", "", "", ""],
    ]
    merges = [(0, 1, 0, 7), (3, 1, 3, 7)]
    y = hanzi_year(2024)
    docx = docx_bytes(["部门整体支出绩效自评表", f"（{y}年度）"], grid, merges,
                      ["填表人：才仁多杰    审核人：李海英"], repeat_row=4, page_header="称多县卫生健康局部门整体支出绩效自评")
    body = pdf_from_word(docx, "e14-qh-chenduo-health-whole-pdf-hanzi-yuan")
    facts = whole_facts(2024, unit, {
        "budget": {"initial": wan(ya), "adjusted": wan(yb), "executed": wan(ye), "stated_execution_rate": rate},
        "indicators": [execution_indicator(10, rate, es), *(exp(i) for i in inds)],
        "stated_total": total, "stated_grade": "优", "full_mark": D(100),
    })
    return Report("e14-qh-chenduo-health-whole-pdf-hanzi-yuan", ".pdf", body, facts,
                  "Qinghai whole-unit form printed to PDF over two pages (header row repeated, running page header), the year only as "
                  "（二〇二四年度）, money in 元 by the label 预算执行情况（元）, rates /10万 and ‰")


# ---------------------------------------------------------------- e15
def e15() -> Report:
    """Xinjiang, Kashgar: a whole-unit self-evaluation workbook: sheet 封面 (unit, year, contact), sheet
    收支情况 (the budget as 项目 | 金额 label rows), sheet 绩效指标 (the indicator table, 权重 | 得分).
    The weights add up to 95 (a real slip kept)."""
    unit = "喀什地区疏附县教育局"
    fa, fb, fe = D("28640.50"), D("30126.84"), D("29588.17")
    rate = rate_of(fe, fb)
    es = D("9.82")
    inds = [
        q("义务教育巩固率", "产出指标", "数量指标", 10, "≥", 97, "%", 98.2, 10),
        q("学前三年毛入园率", "产出指标", "数量指标", 10, "≥", 95, "%", 96.4, 10),
        q("国家通用语言文字教学普及率", "产出指标", "质量指标", 10, "=", 100, "%", 100, 10),
        q("营养餐资金发放及时率", "产出指标", "时效指标", 10, "=", 100, "%", 100, 10),
        q("教师培训人次", "产出指标", "数量指标", 10, "≥", 1800, "人次", 1924, 10),
        q("初中毕业升学率", "效益指标", "社会效益指标", 15, "≥", 90, "%", 91.5, 15),
        t("控辍保学长效机制", "效益指标", "可持续影响指标", 10, "健全", "健全", 10),
        q("家长满意度", "满意度指标", "服务对象满意度指标", 10, "≥", 90, "%", 94.1, 10),
    ]
    total = sum_scores(inds, es)
    wb = Workbook()
    cover = wb.active
    cover.title = "封面"
    for row in [["部门整体支出绩效自评报告"], [], ["单位名称：", unit], ["评价年度：", "2023年度"],
                ["联系人：", "阿依古丽·买买提"], ["联系电话：", "0998-5612xxx"], ["报送日期：", "2024年4月3日"]]:
        cover.append(row)
    money_sheet = wb.create_sheet("收支情况")
    for row in [["预算执行情况（单位：万元）"], ["项目", "金额"], ["年初预算数", float(fa)], ["全年预算数", float(fb)],
                ["全年执行数", float(fe)], ["预算执行率", pct(rate)], ["分值", 10], ["得分", float(es)]]:
        money_sheet.append(row)
    ind_sheet = wb.create_sheet("绩效指标")
    ind_sheet.append(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "权重", "得分", "偏差原因分析"])
    for r in cells_of(inds, ["l1", "l2", "name", "tgt", "act", "w", "sc", "note"]):
        ind_sheet.append(r)
    ind_sheet.append(["合计", "", "", "", "", "", num(total), ""])
    ind_sheet.append(["自评等级", "优"])
    facts = whole_facts(2023, unit, {
        "budget": {"initial": fa, "adjusted": fb, "executed": fe, "stated_execution_rate": rate},
        "indicators": [execution_indicator(10, rate, es), *(exp(i) for i in inds)],
        "stated_total": total, "stated_grade": "优",
    })
    return Report("e15-xj-shufu-edu-whole-xlsx-sheets", ".xlsx", _xlsx(wb), facts,
                  "Xinjiang whole-unit workbook over three sheets (封面 label rows with 评价年度：2023年度, 收支情况 as 项目 | 金额 rows with "
                  "numbers stored as numbers, 绩效指标 with 权重 | 得分); weights add up to 95", planted=["WEIGHTS_NOT_100"])


REPORTS = [e02, e04, e06, e08, e11, e14, e15]
