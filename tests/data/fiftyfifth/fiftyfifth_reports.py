# ruff: noqa: E501
"""Reports mj01–mj08 of the fifty-fifth set, each returning (facts, ext, content): the 2025 whole-unit
(部门整体) self-evaluations a city market-regulation bureau (湖北 荆门市) publishes for itself and five of its units,
all on the 2025 whole-unit template — 一级 blocks 履职效能 / 管理效率 / 社会效应, columns 年度目标值 / 全年实际值, the
预算执行率 a row under 管理效率 and a money block with no score. Every unit, person and figure is invented (a real
city, invented bodies and figures).

Builders and value helpers are the earlier sets' (imported, not copied).
"""

from __future__ import annotations

import html as html_lib
import re
from decimal import Decimal
from typing import Any

from corpus_build import Row, exec_fact, indicator_fact
from eighteenth_facts import D, Made, doc, docx_bytes, facts, table
from fortyeighth_reports import budget
from fortyninth_reports import _mht
from make_seventeenth import convert
from seventeenth_facts import shown, yuan
from twentyfirst_sheets import _book

YEAR = 2025
CITY = "荆门市"
BUREAU = f"{CITY}市场监督管理局"
HEAD = ["一级指标", "二级指标", "三级指标", "年度目标值", "全年实际值", "分值", "得分", "偏差原因分析及改进措施"]
BLOCKS = ("履职效能", "管理效率", "社会效应")


def _cells(r: Row) -> list[str]:
    return [r[0], r[1], r[2], shown(r[4]), shown(r[5]), str(r[3]), r[6], r[7]]


def _exec_cells(rt: Decimal, es: Decimal) -> list[str]:
    return ["管理效率", "预算执行", "预算执行率", "100%", f"{rt}%", "10", str(es), ""]


def form_rows(rows: list[Row], rt: Decimal, es: Decimal) -> list[list[str]]:
    """The indicator rows in the template's order, the 预算执行率 row opening the 管理效率 block."""
    out: list[list[str]] = []
    for block in BLOCKS:
        if block == "管理效率":
            out.append(_exec_cells(rt, es))
        out += [_cells(r) for r in rows if r[0] == block]
    return out


def inds(rows: list[Row], rt: Decimal, es: Decimal, *, note: bool = True) -> list[dict[str, Any]]:
    """The expected indicators in the form's order."""
    out: list[dict[str, Any]] = []
    for block in BLOCKS:
        if block == "管理效率":
            out.append(exec_fact(10, rt, es, level1="管理效率", level2="预算执行",
                                 target={"value": D("100"), "unit": "%"}))
        out += [indicator_fact(r, note=note) for r in rows if r[0] == block]
    return out


def block_weights(rows: list[Row]) -> dict[str, int]:
    return {b: sum(int(r[3]) for r in rows if r[0] == b) + (10 if b == "管理效率" else 0) for b in BLOCKS}


def block_scores(rows: list[Row], es: Decimal) -> dict[str, Decimal]:
    return {b: sum((D(r[6]) for r in rows if r[0] == b), es if b == "管理效率" else D("0")) for b in BLOCKS}


def whole_budget(money: tuple[str, str, str], spent: tuple[str, str]) -> tuple[dict[str, Any], Decimal, Decimal]:
    """The budget facts with 基本支出 / 项目支出 as the year's items, the rate and its score."""
    ini, adj, exe = money
    assert D(spent[0]) + D(spent[1]) == D(exe)
    rt = (D(exe) / D(adj) * 100).quantize(D("0.01"))
    es = (10 * rt / 100).quantize(D("0.01"))
    b = {**budget(ini, adj, exe, rt), "expenditure_total": D(exe),
         "expenditure_items": [{"name": "基本支出", "amount": D(spent[0])}, {"name": "项目支出", "amount": D(spent[1])}]}
    return b, rt, es


def _total(rows: list[Row], es: Decimal) -> Decimal:
    return sum((D(r[6]) for r in rows), es)


def money_block(money: tuple[str, str, str], spent: tuple[str, str], plan: tuple[str, str, str, str],
                rt: Decimal, unit: str = "万元") -> list[list[str]]:
    """The 2025 template's money block: 年度资金总额 and its 基本支出 / 项目支出 rows (``plan``: their 年初 / 全年
    figures), a rate and no score."""
    ini, adj, exe = money
    r1 = (D(spent[0]) / D(plan[1]) * 100).quantize(D("0.01"))
    r2_ = (D(spent[1]) / D(plan[3]) * 100).quantize(D("0.01"))
    return [[f"年度预算执行情况（{unit}）", "", "年初预算数", "全年预算数", "全年执行数", "执行率", "", ""],
            ["", "年度资金总额", ini, adj, exe, f"{rt}%", "", ""],
            ["", "其中：基本支出", plan[0], plan[1], spent[0], f"{r1}%", "", ""],
            ["", "项目支出", plan[2], plan[3], spent[1], f"{r2_}%", "", ""]]


def _dom_form(cells: list[list[str]], *, spaced: bool = False) -> str:
    """Indicator rows as DOM rows, 一级 and 二级 cells merged down their runs with rowspan."""
    out = []
    for i, row in enumerate(cells):
        tds = []
        for col in (0, 1):
            if i and cells[i - 1][col] == row[col] and (col == 0 or cells[i - 1][0] == row[0]):
                continue
            n = 1
            while i + n < len(cells) and cells[i + n][col] == row[col] and (col == 0 or cells[i + n][0] == row[0]):
                n += 1
            span = f' rowspan="{n}"' if n > 1 else ""
            tds.append(f"<td{span}>{_sp(row[col]) if spaced else row[col]}</td>")
        tds += [f"<td>{html_lib.escape(c)}</td>" for c in row[2:]]
        out.append("<tr>" + "".join(tds) + "</tr>")
    return "\n".join(out)


def _sp(label: str) -> str:
    """A label letter-spaced as a site's editor pads it: an ideographic space between its characters."""
    return "　".join(label) if re.fullmatch(r"[\u4e00-\u9fff]{2,4}", label) else label


def _row_html(cells: list[str], *, tag: str = "td", spaced: bool = False) -> str:
    return "<tr>" + "".join(f"<{tag}>{_sp(c) if spaced else html_lib.escape(c)}</{tag}>" for c in cells) + "</tr>"


# mj01 荆门市市场监督管理局, the bureau as a whole, .mht: a site page saved by a browser — a 无障碍 / 长者模式 bar, a
# breadcrumb, the 索引号 block, the bureau's 部门职责 / 机构设置 / 人员 sections, a summary table of its own offices and
# five units (each with its own rate and score), the bureau's form as a DOM table, a 分享到 / 打印 bar and a footer -----
MJ01: list[Row] = [
    ("履职效能", "重点工作", "食品安全监督抽检批次", 10, "≥4200批次", "4386批次", "10", ""),
    ("履职效能", "重点工作", "特种设备定期检验率", 10, "≥98%", "99.1%", "10", ""),
    ("履职效能", "基本职能", "新增登记市场主体户数", 10, "≥1.2万户", "1.27万户", "10", ""),
    ("履职效能", "基本职能", "计量器具强制检定完成率", 10, "100%", "100%", "10", ""),
    ("履职效能", "基本职能", "消费投诉按期办结率", 10, "≥95%", "93.6%", "9.85", "预付式消费投诉中部分经营者失联，调解超期；已建立预付卡风险提示机制"),
    ("管理效率", "资产管理", "固定资产账实相符率", 5, "100%", "100%", "5", ""),
    ("管理效率", "采购管理", "政府采购计划完成率", 5, "≥90%", "96.4%", "5", ""),
    ("管理效率", "财务管理", "“三公”经费控制率", 10, "≤100%", "87.2%", "10", ""),
    ("社会效应", "社会效益", "食品安全评价性抽检合格率", 10, "≥98%", "98.7%", "10", ""),
    ("社会效应", "服务对象满意度", "市场主体满意度", 10, "≥90%", "91.8%", "10", ""),
]
# (name, 年初, 全年, 执行, 自评得分) of the bureau's own offices and its five units; their sums are the bureau's
MJ01_UNITS = [
    ("局机关（本级）", "2011.86", "2133.55", "2101.87", "96.80"),
    (f"{CITY}食品检验检测中心", "862.30", "915.60", "889.47", "95.86"),
    (f"{CITY}特种设备检验检测所", "1268.00", "1312.40", "1290.55", "98.07"),
    (f"{CITY}计量测试所", "738.64", "776.20", "760.35", "98.80"),
    (f"{CITY}标准化和质量发展中心", "486.20", "512.80", "498.36", "97.47"),
    (f"{CITY}消费者权益保护服务中心", "356.80", "371.20", "362.94", "98.28"),
]
BODIES = ["办公室", "政策法规科", "登记注册科", "食品安全协调科", "食品生产监管科", "特种设备安全监察科", "计量科", "价格监督检查科"]


def _summary_rows() -> tuple[list[list[str]], tuple[str, str, str]]:
    rows = []
    sums = [D("0")] * 3
    for i, (name, a, b, c, s) in enumerate(MJ01_UNITS, 1):
        rt = (D(c) / D(b) * 100).quantize(D("0.01"))
        rows.append([str(i), name, a, b, c, f"{rt}%", s, "优"])
        sums = [x + D(y) for x, y in zip(sums, (a, b, c), strict=True)]
    money = (f"{sums[0]:.2f}", f"{sums[1]:.2f}", f"{sums[2]:.2f}")
    rt = (sums[2] / sums[1] * 100).quantize(D("0.01"))
    rows.append(["", "合计", *money, f"{rt}%", "—", "—"])
    return rows, money


def mj01() -> Made:
    summary, money = _summary_rows()
    spent = ("4296.38", "1607.16")
    b, rt, es = whole_budget(money, spent)
    tot = _total(MJ01, es)
    subs = [u[0] for u in MJ01_UNITS[1:]]
    unit = {"name": BUREAU, "staff_total": 221, "staff_establishment": 236, "internal_bodies": BODIES,
            "internal_bodies_count": len(BODIES), "subordinate_bodies": subs, "subordinate_bodies_count": len(subs)}
    f = facts("整体支出", YEAR, unit, b, inds(MJ01, rt, es), tot, full_mark=100, planted=[])
    ini, adj, exe = money
    head = ["序号", "单位名称", "年初预算数（万元）", "全年预算数（万元）", "全年执行数（万元）", "执行率", "自评得分", "自评等级"]
    page = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{BUREAU}{YEAR}年度部门整体支出绩效自评报告_荆门市市场监督管理局</title></head>
<body>
<div class="topbar"><a href="#">无障碍</a> | <a href="#">长者模式</a> | <a href="#">繁體</a> | <a href="#">English</a> | 今天是：2026年4月20日 星期一</div>
<div class="banner"><img alt="荆门市市场监督管理局" src="logo.png"/><span>荆门市市场监督管理局</span></div>
<ul class="nav"><li>首页</li><li>机构概况</li><li>政务公开</li><li>办事服务</li><li>互动交流</li><li>专题专栏</li></ul>
<div class="crumb">您当前所在位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">财政信息</a> &gt; 预算绩效</div>
<table class="meta">
<tr><td>索引号：</td><td>011043250/2026-04817</td><td>主题分类：</td><td>财政、金融、审计</td></tr>
<tr><td>发布机构：</td><td>{BUREAU}</td><td>发文日期：</td><td>2026-04-20</td></tr>
<tr><td>文　　号：</td><td></td><td>有效性：</td><td>有效</td></tr>
</table>
<h1>{BUREAU}{YEAR}年度部门整体支出绩效自评报告</h1>
<div class="info">发布时间：2026-04-20 16:02　来源：计划财务科　浏览次数：<span>312</span>　【字号：<a>大</a> <a>中</a> <a>小</a>】</div>
<div class="content">
<p>一、部门基本情况</p>
<p>（一）部门职责</p>
<p>市市场监督管理局负责全市市场综合监督管理，组织实施质量强市、食品安全、标准化和知识产权战略，承担特种设备安全监察、计量和价格监督检查等工作。</p>
<p>（二）机构设置</p>
<p>局机关内设{"、".join(BODIES)}{len(BODIES)}个科室；所属事业单位{len(subs)}个：{"、".join(subs)}。</p>
<p>（三）人员情况</p>
<p>全系统核定编制236名，其中行政编制148名、事业编制88名；年末实有在职人员221人，另有离退休人员97人。</p>
<p>二、部门预算执行情况</p>
<p>{YEAR}年部门年初预算{ini}万元，全年预算{adj}万元，全年执行{exe}万元，预算执行率{rt}%。全年支出中，基本支出{spent[0]}万元，项目支出{spent[1]}万元。局机关和所属单位的预算执行及自评结果见下表。</p>
<p>表1　局机关及所属单位预算执行和自评情况汇总表</p>
<table border="1">
{_row_html(head, tag="th")}
{chr(10).join(_row_html(r) for r in summary)}
</table>
<p>三、部门整体绩效指标完成情况</p>
<p>表2　部门整体支出绩效自评表（{YEAR}年度）</p>
<table border="1">
<tr><td colspan="2">部门名称</td><td colspan="6">{BUREAU}</td></tr>
{chr(10).join(_row_html(r) for r in money_block(money, spent, ("4188.20", "4352.45", "1535.60", "1669.30"), rt))}
{_row_html(HEAD, tag="th")}
{_dom_form(form_rows(MJ01, rt, es))}
<tr><td colspan="5">总分</td><td>100</td><td>{tot}</td><td>{f["stated_grade"]}</td></tr>
</table>
<p>四、自评结论</p>
<p>经自评，本部门{YEAR}年度整体支出绩效自评得分{tot}分，等级为“{f["stated_grade"]}”。</p>
<p>五、存在的问题及改进措施</p>
<p>部分所属单位项目支出进度前慢后快。下一步将按月通报所属单位支出进度，并将自评结果与下年度预算安排挂钩。</p>
</div>
<div class="tools">分享到：<a>微信</a> <a>微博</a> <a>QQ空间</a>　【<a>打印本页</a>】【<a>关闭窗口</a>】</div>
<div class="related">相关链接：<a>湖北省市场监督管理局</a> | <a>荆门市人民政府</a> | <a>中国政府网</a></div>
<div class="footer">主办：荆门市市场监督管理局　承办：荆门市市场监督管理局办公室<br/>网站标识码：4208000031　鄂ICP备05007211号-3　鄂公网安备 42080202000318号<br/>地址：荆门市东宝区象山大道62号　联系电话：0724-2336115</div>
</body></html>
"""
    return f, "mht", _mht(f"{BUREAU}{YEAR}年度部门整体支出绩效自评报告", page)


# mj02 荆门市食品检验检测中心, .ods: the form as a sheet; each 一级 cell carries its block weight ("履职效能（50分）"),
# 编制数 / 实有人数 label cells under the unit's name -------------------------------------------------------------------
MJ02: list[Row] = [
    ("履职效能", "检验检测", "食品安全监督抽检检验批次", 15, "≥2600批次", "2714批次", "15", ""),
    ("履职效能", "检验检测", "检验报告按时出具率", 10, "≥98%", "99.2%", "10", ""),
    ("履职效能", "能力建设", "新增检验检测能力参数", 15, "≥60项", "52项", "13", "部分参数所需质谱设备到货延迟，已列入2026年计划"),
    ("履职效能", "能力建设", "能力验证结果满意率", 10, "100%", "100%", "10", ""),
    ("管理效率", "资产管理", "大型仪器设备使用率", 10, "≥80%", "86%", "10", ""),
    ("管理效率", "制度管理", "内部质量控制计划执行率", 10, "100%", "100%", "10", ""),
    ("社会效应", "社会效益", "检验数据差错率", 10, "≤0.5%", "0.2%", "10", ""),
    ("社会效应", "服务对象满意度", "委托单位满意度", 10, "≥95%", "97.5%", "10", ""),
]


def _weighted_levels(cells: list[list[str]], weights: dict[str, int]) -> list[list[str]]:
    return [[f"{c[0]}（{weights[c[0]]}分）", *c[1:]] for c in cells]


def _sheet_merges(rows: list[list[Any]], first: int, cols: str = "AB") -> list[str]:
    """Merge each run of equal 一级 (and, inside it, 二级) cells from sheet row ``first`` (1-based)."""
    out = []
    for k, col in enumerate(cols):
        start = first
        for i in range(first + 1, len(rows) + 2):
            same = i <= len(rows) and rows[i - 1][k] == rows[start - 1][k] and rows[i - 1][0] == rows[start - 1][0]
            if not same:
                if i - 1 > start:
                    out.append(f"{col}{start}:{col}{i - 1}")
                start = i
    return out


def mj02() -> Made:
    unit = f"{CITY}食品检验检测中心"
    money, spent = ("862.30", "915.60", "889.47"), ("612.35", "277.12")
    b, rt, es = whole_budget(money, spent)
    tot = _total(MJ02, es)
    weights = block_weights(MJ02)
    f = facts("整体支出", YEAR, {"name": unit, "staff_total": 39, "staff_establishment": 42}, b, inds(MJ02, rt, es),
              tot, full_mark=100, planted=[], stated_block_weights=weights)
    ind_rows = _weighted_levels(form_rows(MJ02, rt, es), weights)
    rows: list[list[Any]] = [
        ["部门（单位）整体支出绩效自评表"], [f"（{YEAR}年度）"],
        ["单位名称", "", unit, "", "", "主管部门", BUREAU, ""],
        ["编制数", "", "42", "", "", "实有人数", "39", ""],
        *money_block(money, spent, ("598.20", "620.40", "264.10", "295.20"), rt),
        ["年度总体目标", "预期目标", "", "", "实际完成情况", "", "", ""],
        ["", "完成食品安全监督抽检检验2600批次以上，新增检验能力参数60项，检验报告按时出具率98%以上。", "", "",
         "完成抽检检验2714批次，新增能力参数52项，报告按时出具率99.2%。", "", "", ""],
        HEAD, *ind_rows, ["合计", "", "", "", "", "100", str(tot), f["stated_grade"]]]
    n = len(rows)
    first = 12
    merges = ["A1:H1", "A2:H2", "A3:B3", "C3:E3", "G3:H3", "A4:B4", "C4:E4", "G4:H4", "A5:B5", "A6:A8",
              "A9:A10", "B9:D9", "E9:H9", "B10:D10", "E10:H10", f"A{n}:E{n}", *_sheet_merges(rows[:-1], first)]
    body = _book([[v if v != "" else None for v in row] for row in rows], merges)
    return f, "ods", convert(body, "mj02", "xlsx", "ods")


# mj03 荆门市特种设备检验检测所, WPS .et: the template as the finance bureau issued it, filled in — 三级 names led by
# "指标1：", the empty "指标2：" and "……" rows under each 二级 left standing, a 绩效指标 cell merged down column A --------
MJ03: list[Row] = [
    ("履职效能", "检验任务", "电梯定期检验台数", 10, "≥9800台", "10236台", "10", ""),
    ("履职效能", "检验任务", "锅炉压力容器检验台数", 10, "≥3200台", "3115台", "9.73", "部分企业停产，设备停用未报检"),
    ("履职效能", "检验质量", "检验报告合格率", 15, "≥99%", "99.6%", "15", ""),
    ("履职效能", "检验时效", "检验报告出具时限", 15, "≤10个工作日", "8个工作日", "15", ""),
    ("管理效率", "安全管理", "检验安全责任事故数", 10, "0起", "0起", "10", ""),
    ("管理效率", "资产管理", "检验设备检定校准率", 10, "100%", "100%", "10", ""),
    ("社会效应", "社会效益", "电梯困人故障平均救援时间", 10, "≤30分钟", "22分钟", "10", ""),
    ("社会效应", "服务对象满意度", "受检单位满意度", 10, "≥90%", "95.3%", "10", ""),
]


def _with_placeholders(cells: list[list[str]]) -> list[list[str]]:
    """"指标N：" before each name, counted within its 二级, and the template's "指标N+1：" / "……" rows after."""
    out: list[list[str]] = []
    for i, c in enumerate(cells):
        k = 1 + sum(1 for p in cells[:i] if p[:2] == c[:2])
        out.append([c[0], c[1], f"指标{k}：{c[2]}", *c[3:]])
        if i + 1 == len(cells) or cells[i + 1][:2] != c[:2]:
            out.append([c[0], c[1], f"指标{k + 1}：", "", "", "", "", ""])
            out.append([c[0], c[1], "……", "", "", "", "", ""])
    return out


def mj03() -> Made:
    unit = f"{CITY}特种设备检验检测所"
    money, spent = ("1268.00", "1312.40", "1290.55"), ("946.21", "344.34")
    b, rt, es = whole_budget(money, spent)
    tot = _total(MJ03, es)
    f = facts("整体支出", YEAR, {"name": unit}, b, inds(MJ03, rt, es), tot, full_mark=100, planted=[])
    cells = _with_placeholders(form_rows(MJ03, rt, es))
    rows: list[list[Any]] = [
        [f"{YEAR}年度部门（单位）整体支出绩效自评表"],
        ["填报单位（盖章）：", "", unit],
        *money_block(money, spent, ("921.40", "955.60", "346.60", "356.80"), rt),
        ["年度绩效指标完成情况", *HEAD], *(["", *c] for c in cells),
        ["总分", "", "", "", "", "", "100", str(tot), f["stated_grade"]],
        ["填表人：张晓岚　　联系电话：0724-2351186　　填报日期：2026年3月28日"]]
    n = len(rows)
    first = 8  # the first indicator row (1-based)
    merges = ["A1:I1", "A2:B2", "C2:I2", "A3:B3", "A4:A6", f"A{first - 1}:A{n - 2}", f"A{n - 1}:F{n - 1}", f"A{n}:I{n}",
              *_sheet_merges([r[1:] for r in rows[:n - 2]], first, "BC")]
    body = _book([[v if v != "" else None for v in row] for row in rows], merges)
    return f, "et", convert(body, "mj03", "xlsx", "xls")


# mj04 荆门市标准化和质量发展中心, WPS .wps: a prose report — 部门职责 / 机构设置 / 人员 paragraphs, the money in a
# sentence, each 一级 a heading with its weight and score, each indicator a sentence "年度目标值…，全年实际值…，分值…，
# 得分…" with its 偏差 in a sentence after it -------------------------------------------------------------------------
MJ04: list[Row] = [
    ("履职效能", "标准化工作", "地方标准制修订数量", 10, "≥6项", "7项", "10", ""),
    ("履职效能", "标准化工作", "团体标准培育数量", 10, "≥10项", "12项", "10", ""),
    ("履职效能", "质量发展", "质量提升示范企业培育数", 15, "≥8家", "8家", "15", ""),
    ("履职效能", "质量发展", "区域公用品牌认证企业数", 15, "≥20家", "17家", "12.75", "三家企业的认证现场评审延至2026年一季度"),
    ("管理效率", "财务管理", "项目资金支付进度", 10, "≥95%", "97.6%", "10", ""),
    ("管理效率", "制度建设", "内控制度完善情况", 10, "T:健全", "T:健全", "10", ""),
    ("社会效应", "社会效益", "企业标准自我声明公开数", 10, "≥300项", "346项", "10", ""),
    ("社会效应", "服务对象满意度", "服务企业满意度", 10, "≥90%", "94%", "10", ""),
]
CN_NUM = "一二三四五六七八九十"


def mj04() -> Made:
    unit = f"{CITY}标准化和质量发展中心"
    money, spent = ("486.20", "512.80", "498.36"), ("322.40", "175.96")
    b, rt, es = whole_budget(money, spent)
    tot = _total(MJ04, es)
    bodies = ["综合科", "标准化研究科", "质量发展科", "品牌培育科"]
    weights, scores = block_weights(MJ04), block_scores(MJ04, es)
    f = facts("整体支出", YEAR, {"name": unit, "staff_total": 18, "staff_establishment": 20, "internal_bodies": bodies,
                                 "internal_bodies_count": len(bodies)}, b, inds(MJ04, rt, es), tot, planted=[],
              stated_block_weights=weights)  # (no 总分 row, no 满分: the full mark is not stated)
    d = doc()
    d.add_paragraph(f"{unit}{YEAR}年度部门整体支出绩效自评报告")
    d.add_paragraph(f"根据{CITY}财政局关于开展{YEAR}年度预算绩效自评工作的通知要求，我中心对{YEAR}年度部门整体支出开展了绩效自评，现将有关情况报告如下。")
    d.add_paragraph("一、部门（单位）概况")
    d.add_paragraph("（一）部门职责。承担全市地方标准的立项论证和技术审查，组织实施质量提升行动，开展品牌培育和质量基础设施“一站式”服务。")
    d.add_paragraph(f"（二）机构设置。中心为{BUREAU}所属公益一类事业单位，内设{'、'.join(bodies)}{len(bodies)}个科室。")
    d.add_paragraph("（三）人员情况。核定事业编制20名，年末实有在编人员18人，另有编外聘用人员3人。")
    ini, adj, exe = money
    d.add_paragraph("二、部门预算执行情况")
    d.add_paragraph(f"{YEAR}年年初预算{ini}万元，年中追加后全年预算{adj}万元，全年执行{exe}万元，预算执行率{rt}%。"
                    f"其中基本支出{spent[0]}万元，项目支出{spent[1]}万元。")
    d.add_paragraph("三、绩效指标完成情况")
    for i, block in enumerate(BLOCKS):
        d.add_paragraph(f"（{CN_NUM[i]}）{block}（{weights[block]}分，得分{scores[block]}分）")
        cells = [c for c in form_rows(MJ04, rt, es) if c[0] == block]
        for k, c in enumerate(cells, 1):
            d.add_paragraph(f"{k}.{c[2]}（{c[1]}）。年度目标值{c[3]}，全年实际值{c[4]}，分值{c[5]}分，得分{c[6]}分。"
                            + (f"偏差原因：{c[7]}。" if c[7] else ""))
    d.add_paragraph("四、自评结论")
    d.add_paragraph(f"综上，我中心{YEAR}年度部门整体支出绩效自评得分{tot}分，自评等级为“{f['stated_grade']}”。")
    d.add_paragraph("五、下一步工作")
    d.add_paragraph("加快品牌认证评审进度，提前谋划2026年度标准制修订计划。")
    d.add_paragraph(unit)
    d.add_paragraph("2026年4月9日")
    return f, "wps", convert(convert(docx_bytes(d), "mj04", "docx", "odt"), "mj04", "odt", "doc")


# mj05 荆门市消费者权益保护服务中心, .txt: an article the site split over three pages, copied page by page — the
# site's header, breadcrumb, title and 发布时间 line again at the top of each page, "上一页 1 2 3 下一页" and the footer at
# its end, the form (a browser's tab-separated copy) cut between the second and third page ---------------------------
MJ05: list[Row] = [
    ("履职效能", "投诉举报处置", "12315热线接通率", 10, "≥90%", "92.4%", "10", ""),
    ("履职效能", "投诉举报处置", "投诉举报按时办结率", 15, "≥98%", "98.6%", "15", ""),
    ("履职效能", "消费维权", "为消费者挽回经济损失", 10, "≥800万元", "856.3万元", "10", ""),
    ("履职效能", "消费维权", "放心消费示范单位创建数", 15, "≥120家", "108家", "13.5", "示范单位评审标准提高，部分申报单位未通过"),
    ("管理效率", "信息管理", "投诉数据上报准确率", 10, "100%", "100%", "10", ""),
    ("管理效率", "人员管理", "话务员岗前培训率", 10, "100%", "100%", "10", ""),
    ("社会效应", "社会效益", "消费环境满意度测评得分", 10, "≥80分", "82.6分", "10", ""),
    ("社会效应", "服务对象满意度", "投诉人满意度", 10, "≥90%", "93.1%", "10", ""),
]


def _merged_tabs(cells: list[list[str]]) -> list[str]:
    """Rows as a browser copies a table: tab-separated, a merged 一级 / 二级 cell written once and empty below."""
    out = []
    for i, c in enumerate(cells):
        row = list(c)
        if i and cells[i - 1][0] == c[0]:
            row[0] = ""
            if cells[i - 1][1] == c[1]:
                row[1] = ""
        out.append("\t".join(row))
    return out


def mj05() -> Made:
    unit = f"{CITY}消费者权益保护服务中心"
    money, spent = ("356.80", "371.20", "362.94"), ("268.11", "94.83")
    b, rt, es = whole_budget(money, spent)
    tot = _total(MJ05, es)
    f = facts("整体支出", YEAR, {"name": unit, "staff_total": 26, "staff_establishment": 28}, b, inds(MJ05, rt, es),
              tot, full_mark=100, planted=[])
    ini, adj, exe = money
    title = f"{unit}{YEAR}年度部门整体支出绩效自评报告"

    def top(n: int) -> list[str]:
        return ["荆门市市场监督管理局", "首页　机构概况　政务公开　办事服务　互动交流　专题专栏",
                "当前位置：首页 > 政务公开 > 预算绩效", "", title,
                f"发布时间：2026-04-15 10:26　来源：市消保中心　浏览次数：{127 + n}　【字体：大 中 小】", ""]

    def bottom(n: int) -> list[str]:
        pages = "　".join(["上一页" if n > 1 else "", "1", "2", "3", "下一页" if n < 3 else ""]).strip("　")
        return ["", pages, "", "【打印本页】【关闭窗口】",
                "版权所有：荆门市市场监督管理局　技术支持：荆门市大数据中心", "鄂ICP备05007211号-3　网站标识码：4208000031", ""]

    cells = _merged_tabs(form_rows(MJ05, rt, es))
    m = money_block(money, spent, ("261.30", "272.50", "95.50", "98.70"), rt)
    page1 = ["一、单位基本情况",
             "市消费者权益保护服务中心是市市场监督管理局所属公益一类事业单位，承担12315投诉举报热线受理、消费纠纷调解和消费教育引导工作。",
             "中心核定编制28名，年末实有人员26人。",
             "二、预算执行情况",
             f"{YEAR}年年初预算{ini}万元，全年预算{adj}万元，实际支出{exe}万元，预算执行率{rt}%；其中基本支出{spent[0]}万元，项目支出{spent[1]}万元。",
             "三、绩效自评情况",
             "按照2025年部门整体支出绩效评价指标体系，从履职效能、管理效率、社会效应三个方面开展自评，自评表如下："]
    page2 = ["部门（单位）整体支出绩效自评表", f"单位名称\t{unit}",
             *("\t".join(r[:6]).rstrip("\t") for r in m),
             "\t".join(HEAD), *cells[:6]]
    page3 = [*cells[6:], "\t".join(["总分", "", "", "", "", "100", str(tot), f["stated_grade"]]),
             "四、自评结论",
             f"本中心{YEAR}年度部门整体支出绩效自评得分{tot}分，等级为{f['stated_grade']}。",
             "五、存在问题和改进措施",
             "放心消费示范单位创建数未达年度目标。下一步将提前开展培育辅导，提高申报质量。"]
    lines: list[str] = []
    for n, part in enumerate((page1, page2, page3), 1):
        lines += [*top(n), *part, *bottom(n)]
    return f, "txt", "\n".join(lines)


# mj06 荆门市市场监管综合行政执法支队, .docx: a 基本情况 table (编制数 / 实有人数 / 内设机构), then the form whose
# indicators are parted by full-width heading rows "一、共性指标（30分）" and "二、个性指标（70分）" ----------------------
MJ06: list[Row] = [
    ("管理效率", "执法规范", "执法记录仪使用率", 10, "100%", "100%", "10", ""),
    ("管理效率", "资产管理", "执法车辆运行维护费控制率", 10, "≤100%", "94.6%", "10", ""),
    ("履职效能", "执法办案", "查办市场监管领域案件数", 15, "≥420件", "446件", "15", ""),
    ("履职效能", "执法办案", "案件按期结案率", 10, "≥95%", "97.3%", "10", ""),
    ("履职效能", "专项整治", "专项整治行动开展次数", 15, "≥12次", "12次", "15", ""),
    ("履职效能", "专项整治", "移送司法机关案件数", 10, "≥8件", "6件", "7.5", "部分线索经核查未达到刑事立案标准"),
    ("社会效应", "社会效益", "行政复议纠错率", 10, "≤3%", "1.2%", "10", ""),
    ("社会效应", "服务对象满意度", "执法对象满意度", 10, "≥85%", "88.7%", "10", ""),
]


def mj06() -> Made:
    unit = f"{CITY}市场监管综合行政执法支队"
    money, spent = ("1682.50", "1755.30", "1703.88"), ("1320.66", "383.22")
    b, rt, es = whole_budget(money, spent)
    tot = _total(MJ06, es)
    bodies = ["综合科", "法制审核科", "执法一大队", "执法二大队", "执法三大队"]
    common = [_exec_cells(rt, es), *(_cells(r) for r in MJ06 if r[0] == "管理效率")]
    own = [_cells(r) for r in MJ06 if r[0] != "管理效率"]
    expected = [exec_fact(10, rt, es, level1="管理效率", level2="预算执行", target={"value": D("100"), "unit": "%"}),
                *(indicator_fact(r) for r in MJ06)]
    f = facts("整体支出", YEAR, {"name": unit, "staff_total": 52, "staff_establishment": 56, "internal_bodies": bodies},
              b, expected, tot, full_mark=100, planted=[])  # (the bodies are listed, their count is not written)
    d = doc()
    d.add_paragraph(f"{unit}")
    d.add_paragraph(f"{YEAR}年度部门整体支出绩效自评报告")
    d.add_paragraph("一、基本情况")
    table(d, [["单位名称", unit, "", ""], ["编制数", "56", "实有人数", "52"],
              ["内设机构", "、".join(bodies), "", ""],
              ["主要职责", "统一行使全市市场监管领域行政处罚权及与之相关的行政检查、行政强制职能。", "", ""]],
          [(0, 1, 0, 3), (2, 1, 2, 3), (3, 1, 3, 3)])
    ini, adj, exe = money
    d.add_paragraph(f"{YEAR}年支队年初预算{ini}万元，全年预算{adj}万元，全年执行{exe}万元，预算执行率{rt}%。")
    d.add_paragraph("二、绩效自评表")
    m = money_block(money, spent, ("1288.40", "1342.10", "394.10", "413.20"), rt)
    rows = [*m, HEAD, ["一、共性指标（30分）", *[""] * 7], *common, ["二、个性指标（70分）", *[""] * 7], *own,
            ["总分", "", "", "", "", "100", str(tot), f["stated_grade"]]]
    c1, c2, last = 5, 9, len(rows) - 1
    table(d, rows, [(0, 0, 0, 1), (1, 0, 3, 0), (0, 5, 0, 7), (1, 5, 1, 7), (2, 5, 2, 7), (3, 5, 3, 7),
                    (c1, 0, c1, 7), (c2, 0, c2, 7), (last, 0, last, 4)])
    d.add_paragraph(f"三、自评结论：{YEAR}年度支队部门整体支出绩效自评得分{tot}分，等级“{f['stated_grade']}”。")
    return f, "docx", docx_bytes(d)


# mj07 荆门市计量测试所, .xls: the form in 元 as a finance system prints it — "金额单位：元" over the table, every amount
# with a ¥ sign and separators ---------------------------------------------------------------------------------------
MJ07: list[Row] = [
    ("履职效能", "检定校准", "强制检定计量器具台件数", 15, "≥4.6万台件", "4.82万台件", "15", ""),
    ("履职效能", "检定校准", "社会公用计量标准建标数", 10, "≥3项", "3项", "10", ""),
    ("履职效能", "计量监督", "重点用能单位计量审查家数", 10, "≥40家", "36家", "9", "部分企业转产停产，审查对象减少"),
    ("履职效能", "计量监督", "加油机计量检定覆盖率", 15, "100%", "100%", "15", ""),
    ("管理效率", "质量管理", "计量标准考核合格率", 10, "100%", "100%", "10", ""),
    ("管理效率", "资产管理", "计量标准器具周期溯源率", 10, "100%", "100%", "10", ""),
    ("社会效应", "社会效益", "民生计量器具抽查合格率", 10, "≥96%", "97.4%", "10", ""),
    ("社会效应", "服务对象满意度", "送检客户满意度", 10, "≥90%", "96.2%", "10", ""),
]


def _yen(wan: str) -> str:
    return f"¥{yuan(wan)}"


def mj07() -> Made:
    unit = f"{CITY}计量测试所"
    money, spent = ("738.64", "776.20", "760.35"), ("521.28", "239.07")
    b, rt, es = whole_budget(money, spent)
    tot = _total(MJ07, es)
    f = facts("整体支出", YEAR, {"name": unit}, b, inds(MJ07, rt, es), tot, full_mark=100, planted=[])
    m = money_block(money, spent, ("508.30", "530.60", "230.34", "245.60"), rt, unit="元")
    for r in m[1:]:
        r[2:5] = [_yen(v) for v in r[2:5]]
    rows: list[list[Any]] = [
        [f"部门（单位）整体支出绩效自评表（{YEAR}年度）"], ["金额单位：元"],
        ["单位名称", "", unit], *m, HEAD, *form_rows(MJ07, rt, es),
        ["总分", "", "", "", "", "100", str(tot), f["stated_grade"]]]
    n = len(rows)
    merges = ["A1:H1", "A2:H2", "A3:B3", "C3:H3", "A4:B4", "A5:A7", f"A{n}:E{n}", *_sheet_merges(rows[:-1], 9)]
    body = _book([[v if v != "" else None for v in row] for row in rows], merges)
    return f, "xls", convert(body, "mj07", "xlsx", "xls")


# mj08 荆门市知识产权保护中心, .html: a site page whose editor letter-spaced the short label cells with ideographic
# spaces (单　位　名　称, 一　级　指　标, 合　计) and wrapped each cell's text in <p><span> -------------------------------
MJ08: list[Row] = [
    ("履职效能", "快速预审", "专利预审案件受理量", 15, "≥900件", "968件", "15", ""),
    ("履职效能", "快速预审", "预审合格率", 10, "≥85%", "88.5%", "10", ""),
    ("履职效能", "维权援助", "知识产权纠纷快速处理件数", 15, "≥150件", "164件", "15", ""),
    ("履职效能", "维权援助", "维权援助工作站新建数", 10, "≥5个", "4个", "8", "1个工作站因园区搬迁推迟挂牌"),
    ("管理效率", "信息管理", "预审系统数据报送及时率", 10, "100%", "100%", "10", ""),
    ("管理效率", "资产管理", "固定资产利用率", 10, "≥85%", "91%", "10", ""),
    ("社会效应", "社会效益", "备案主体专利授权量", 10, "≥1200件", "1318件", "10", ""),
    ("社会效应", "服务对象满意度", "备案主体满意度", 10, "≥90%", "95.6%", "10", ""),
]


def mj08() -> Made:
    unit = f"{CITY}知识产权保护中心"
    money, spent = ("296.00", "318.50", "309.82"), ("176.40", "133.42")
    b, rt, es = whole_budget(money, spent)
    tot = _total(MJ08, es)
    f = facts("整体支出", YEAR, {"name": unit}, b, inds(MJ08, rt, es), tot, full_mark=100, planted=[])
    m = money_block(money, spent, ("170.20", "180.10", "125.80", "138.40"), rt)

    def cell(text: str, attrs: str = "") -> str:
        return f'<td{attrs}><p style="text-align:center"><span style="font-family:仿宋;font-size:14px">{_sp(text)}</span></p></td>'

    money_html = "\n".join("<tr>" + "".join(cell(c) for c in r[:6]) + "</tr>" for r in m)
    page = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{unit}{YEAR}年度部门整体支出绩效自评表</title></head>
<body>
<div class="head">荆门市市场监督管理局（知识产权局）　<a>设为首页</a> <a>加入收藏</a></div>
<div class="location">当前位置：首页 &gt;&gt; 信息公开 &gt;&gt; 预算绩效</div>
<h2>{unit}{YEAR}年度部门整体支出绩效自评表</h2>
<div class="TRS_Editor">
<table border="1" cellspacing="0">
<tr>{cell("单位名称", ' colspan="2"')}{cell(unit, ' colspan="6"')}</tr>
{money_html}
<tr>{"".join(cell(h) for h in HEAD)}</tr>
{_dom_form(form_rows(MJ08, rt, es), spaced=True)}
<tr>{cell("合计", ' colspan="5"')}{cell("100")}{cell(str(tot))}{cell(f["stated_grade"])}</tr>
</table>
<p>　　经自评，本中心{YEAR}年度部门整体支出绩效自评得分{tot}分，等级为{f["stated_grade"]}。</p>
</div>
<div class="foot">荆门市市场监督管理局版权所有　鄂ICP备05007211号-3</div>
</body></html>
"""
    return f, "html", page


REPORTS = {
    "mj01-hb-jingmen-amr-bureau-whole-mht-units-summary": mj01,
    "mj02-hb-jingmen-food-testing-whole-ods-weighted-levels": mj02,
    "mj03-hb-jingmen-special-equipment-whole-et-template-rows": mj03,
    "mj04-hb-jingmen-standards-whole-wps-target-actual-prose": mj04,
    "mj05-hb-jingmen-consumer-whole-txt-paged-article": mj05,
    "mj06-hb-jingmen-enforcement-whole-docx-common-own": mj06,
    "mj07-hb-jingmen-metrology-whole-xls-yen-amounts": mj07,
    "mj08-hb-jingmen-ip-protection-whole-html-spaced-labels": mj08,
}
