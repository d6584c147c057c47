# ruff: noqa: E501
"""Reports sv01, sv02, sv03 of the seventy-second set, each returning (facts, ext, content): a Fujian public-security
branch's project report as reStructuredText (a title over- and underlined, a field list of the project's labels,
simple tables whose columns are set by runs of "=" and padded to the display width of CJK text); a Zhejiang court's
project self-evaluation as a data warehouse's CSV export of (对象, 属性, 值) triples, one line per cell of the form;
a Shandong market-regulation bureau's project form on a saved page whose grids are split as a datagrid widget draws
them (a header table and a body table in separate divs, the total in a footer table).
Every unit, person and figure is invented (real places, invented bodies and figures).
"""

from __future__ import annotations

import unicodedata

from eighteenth_facts import Made
from fifth_shapes import esc, paragraphs_html
from seventysecond_facts import HEAD, SV01, SV02, SV03
from sixtyfirst_facts import WORD, cells
from sixtyfourth_facts import project


def width(text: str) -> int:
    """The display width of ``text`` in a monospace font: CJK and full-width characters take two columns."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def rst_table(rows: list[list[str]]) -> list[str]:
    """A reStructuredText simple table: a rule of "=" runs over, under the header and under the last row; each cell
    padded to its column's display width (the last column may run on)."""
    n = len(rows[0])
    widths = [max(width(r[c]) for r in rows) or 1 for c in range(n)]
    rule = "  ".join("=" * w for w in widths)

    def line(r: list[str]) -> str:
        return "  ".join(c + " " * (widths[i] - width(c)) for i, c in enumerate(r)).rstrip()

    return [rule, line(rows[0]), rule, *(line(r) for r in rows[1:]), rule]


def heading(text: str, mark: str, over: bool = False) -> list[str]:
    bar = mark * width(text)
    return [bar, text, bar, ""] if over else [text, bar, ""]


# sv01 福建 福州 鼓楼, project, .txt: reStructuredText with a field list and simple tables ------------------------------
def sv01() -> Made:
    unit, dept = "福州市公安局鼓楼分局", "福州市公安局"
    proj = "2023年社会治安视频监控系统运维经费"
    money = ("486.00", "512.30", "498.66")
    f, rt, es, tot = project(2023, unit, dept, proj, money, SV01)
    grade = WORD[f["stated_grade"]]
    money_rows = [["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
                  ["年度资金总额", *money, "10", f"{rt}%", str(es)],
                  ["其中：当年财政拨款", *money, "—", "—", "—"],
                  ["上年结转资金", "0.00", "0.00", "0.00", "—", "—", "—"]]
    ind = [HEAD, *(cells(r) for r in SV01), ["总分", "", "", "", "", "100", str(tot), ""]]
    lines = [
        *heading(f"{proj}项目支出绩效自评报告", "=", over=True),
        f":项目名称: {proj}", f":主管部门: {dept}", f":实施单位: {unit}", ":评价年度: 2023", ":填报日期: 2024-02-26", "",
        *heading("一、项目基本情况", "-"),
        "本项目保障辖区公共区域视频监控点位的日常巡检、故障维修和链路租赁，由分局科技信息化部门具体负责。", "",
        *heading("二、资金使用情况", "-"),
        f"项目年初预算{money[0]}万元，调整后全年预算{money[1]}万元，全年执行{money[2]}万元，预算执行率{rt}%。", "",
        *rst_table(money_rows), "",
        *heading("三、绩效指标完成情况", "-"),
        *rst_table(ind), "",
        *heading("四、自评结论", "-"),
        f"经自评，本项目综合得分{tot}分，评价等级为“{grade}”。故障修复平均时长未达目标，下一步将缩短备件调配周期。", "",
        ".. note:: 本文由分局警务保障室以纯文本格式报送。", "",
    ]
    return f, "txt", "\n".join(lines)


# sv02 浙江 湖州 吴兴, project, .csv: (对象, 属性, 值) triples -----------------------------------------------------------
def sv02() -> Made:
    unit = "湖州市吴兴区人民法院"
    proj = "2022年诉讼服务中心运行保障经费"
    money = ("138.00", "146.50", "141.28")
    f, rt, es, tot = project(2022, unit, unit, proj, money, SV02)
    out = [("对象", "属性", "值"), ("表头", "表名", "项目支出绩效自评表"), ("表头", "评价年度", "2022"),
           ("项目", "项目名称", proj), ("项目", "主管部门", unit), ("项目", "实施单位", unit),
           ("项目资金", "年初预算数（万元）", money[0]), ("项目资金", "全年预算数（万元）", money[1]),
           ("项目资金", "全年执行数（万元）", money[2]), ("项目资金", "分值", "10"),
           ("项目资金", "执行率", f"{rt}%"), ("项目资金", "得分", str(es))]
    for n, r in enumerate(SV02, 1):
        out += [(f"指标{n:02d}", h, v) for h, v in zip(HEAD, cells(r), strict=True) if v]
    out += [("汇总", "满分", "100"), ("汇总", "自评得分", str(tot)), ("汇总", "自评等级", WORD[f["stated_grade"]])]

    def field(v: str) -> str:
        return f'"{v}"' if any(c in v for c in ',"') else v

    return f, "csv", "\ufeff" + "\r\n".join(",".join(field(v) for v in t) for t in out) + "\r\n"


# sv03 山东 济南 历下, project, .html: a datagrid's header, body and footer tables ---------------------------------------
def grid_table(rows: list[list[str]]) -> str:
    return ('<table class="datagrid-btable" cellspacing="0" cellpadding="0" border="0"><tbody>'
            + "".join('<tr class="datagrid-row">' + "".join(f'<td field="c{i}"><div class="datagrid-cell">{esc(c)}</div></td>'
                                                               for i, c in enumerate(r)) + "</tr>" for r in rows)
            + "</tbody></table>")


def datagrid(head: list[str], body: list[list[str]], foot: list[list[str]] | None = None) -> str:
    """A datagrid as a widget draws it: the column titles in a header table, the rows in a body table, the totals in a
    footer table, each in a div of its own."""
    out = ['<div class="datagrid-view">', '<div class="datagrid-header"><div class="datagrid-header-inner">',
           '<table class="datagrid-htable" cellspacing="0" cellpadding="0" border="0"><tbody><tr class="datagrid-header-row">'
           + "".join(f'<td field="c{i}"><div class="datagrid-cell"><span>{esc(h)}</span></div></td>' for i, h in enumerate(head))
           + "</tr></tbody></table></div></div>",
           f'<div class="datagrid-body">{grid_table(body)}</div>']
    if foot:
        out.append(f'<div class="datagrid-footer"><div class="datagrid-footer-inner">{grid_table(foot)}</div></div>')
    return "\n".join([*out, "</div>"])


def sv03() -> Made:
    unit, dept = "济南市历下区市场监督管理局", "济南市历下区市场监督管理局"
    proj = "2024年食品安全抽检监测经费"
    money = ("265.00", "281.60", "274.92")
    f, rt, es, tot = project(2024, unit, dept, proj, money, SV03)
    grade = WORD[f["stated_grade"]]
    info = datagrid(["项目名称", "主管部门", "实施单位"], [[proj, dept, unit]])
    fund = datagrid(["资金来源", "年初预算数（万元）", "全年预算数（万元）", "全年执行数（万元）", "分值", "执行率", "得分"],
                    [["年度资金总额", *money, "10", f"{rt}%", str(es)], ["其中：当年财政拨款", *money, "—", "—", "—"]])
    ind = datagrid(HEAD, [cells(r) for r in SV03], [["总分", "", "", "", "", "100", str(tot), ""]])
    page = f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{esc(proj)}绩效自评 - 预算绩效管理系统</title>
<link rel="stylesheet" href="themes/default/easyui.css"></head>
<body class="easyui-layout">
<div class="top-bar">预算绩效管理系统 | 当前用户：历下区市场监管局 | <a href="#">退出</a></div>
<div class="menu"><a href="#">首页</a> <a href="#">目标管理</a> <a href="#">运行监控</a> <a href="#">绩效自评</a></div>
<div class="panel-title">项目支出绩效自评表（2024年度）</div>
{info}
{paragraphs_html([f"本项目用于辖区食品生产、流通和餐饮环节的监督抽检、快检筛查及不合格食品核查处置，预算执行率{rt}%。"])}
{fund}
{ind}
<div class="form-row"><label>自评等级：</label><span>{grade}</span></div>
<div class="toolbar"><a class="l-btn">保存</a> <a class="l-btn">提交审核</a> <a class="l-btn">打印</a></div>
</body></html>
"""
    return f, "html", page


REPORTS = {
    "sv01-fj-gulou-police-video-project-txt-rst-tables": sv01,
    "sv02-zj-wuxing-court-litigation-project-csv-triples": sv02,
    "sv03-sd-lixia-market-food-project-html-datagrid": sv03,
}
