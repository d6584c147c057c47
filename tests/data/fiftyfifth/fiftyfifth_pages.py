# ruff: noqa: E501
"""Reports mj01, mj05 and mj08 of the fifty-fifth set, each returning (facts, ext, content): the site pages — the
bureau's own report saved as an .mht with a summary table of its offices and units, a unit's article split over three
site pages and copied page by page (.txt), a unit's form on a page whose label cells are letter-spaced (.html).
Every unit, person and figure is invented (a real city, invented bodies and figures).
"""

from __future__ import annotations

from corpus_build import Row
from eighteenth_facts import EARNED, D, Made, facts
from fiftyfifth_template import (
    BUREAU,
    CITY,
    HEAD,
    YEAR,
    _dom_form,
    _row_html,
    _sp,
    _total,
    form_rows,
    inds,
    money_block,
    whole_budget,
)
from fortyninth_reports import _mht

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
    f = facts("整体支出", YEAR, unit, b, inds(MJ01, rt, es), tot, full_mark=100, planted=[], stated_grade=EARNED)
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
              tot, full_mark=100, planted=[], stated_grade=EARNED)
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
    f = facts("整体支出", YEAR, {"name": unit}, b, inds(MJ08, rt, es), tot, full_mark=100, planted=[], stated_grade=EARNED)
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
    "mj05-hb-jingmen-consumer-whole-txt-paged-article": mj05,
    "mj08-hb-jingmen-ip-protection-whole-html-spaced-labels": mj08,
}
