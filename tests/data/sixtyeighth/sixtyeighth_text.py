# ruff: noqa: E501
"""Reports ei01, ei02, ei05, ei08 of the sixty-eighth set, each returning (facts, ext, content): a Liaoning court's
whole-unit report as the text a PDF viewer copies — a 目录 with leader dots and page numbers, every line hard-wrapped
at the page's width with no hyphen (inside words and figures too), a running head and a page number on every page, the
form's long cells wrapped onto a line of their own; a Jilin procuratorate's whole-unit form on a saved page whose
indicator block is nested two deep (each 一级 cell beside a table of its 二级, each 二级 beside a table of its 三级);
a Liaoning hospital's whole-unit report whose 自评表 opens the file before the report's title and prose; an Inner
Mongolia procuratorate's whole-unit report whose spending stands only in a table by 功能分类科目 code.
Every unit, person and figure is invented (real places, invented bodies and figures).
"""

from __future__ import annotations

from corpus_build import Row
from eighteenth_facts import D, Made
from fifth_shapes import esc, paragraphs_html
from sixtyfirst_facts import HEAD, WORD, whole_rows
from sixtyfourth_facts import whole

# ei01 辽宁 沈阳, whole unit, .txt: a PDF viewer's copy — 目录 with leader dots, hard wraps at 34 characters with no
# hyphen, a running head and "第 N 页 共 M 页" on every page, the form's long names and notes wrapped in their column --
EI01: list[Row] = [
    ("产出指标", "数量指标", "全年审结执结各类案件数", 10, "≥16500件", "17286件", "10", ""),
    ("产出指标", "数量指标", "人民法庭巡回审判场次", 10, "≥260场", "274场", "10", ""),
    ("产出指标", "质量指标", "一审服判息诉率", 10, "≥88%", "89.4%", "10", ""),
    ("产出指标", "时效指标", "法定正常审限内结案率", 10, "≥95%", "93.1%", "8.5", "民商事案件收案量同比上升且员额法官调整"),
    ("效益指标", "社会效益指标", "诉前调解成功分流案件占比", 15, "≥30%", "33.6%", "15", ""),
    ("效益指标", "可持续影响指标", "智慧法院系统应用覆盖率", 10, "=100%", "100%", "10", ""),
    ("满意度指标", "服务对象满意度指标", "当事人及律师满意度", 25, "≥90%", "91.7%", "25", ""),
]
_WIDTH = 34


def hard_wrap(text: str, width: int = _WIDTH) -> list[str]:
    """A paragraph as a viewer copies it: cut every ``width`` characters wherever the cut falls, no hyphen."""
    return [text[i:i + width] for i in range(0, len(text), width)] or [""]


def wrapped_rows(rows: list[list[str]], limits: dict[int, int]) -> list[str]:
    """Rows padded to their columns, a cell longer than its column's limit cut and its rest on a line below that
    holds only the rests, each in its own column."""
    widths = [min(max(len(r[c]) for r in rows), limits.get(c, 99)) for c in range(len(rows[0]))]
    out: list[str] = []
    for r in rows:
        rest = list(r)
        while any(rest):
            out.append("  ".join(rest[c][:widths[c]].ljust(widths[c]) for c in range(len(r))).rstrip())
            rest = [x[widths[c]:] for c, x in enumerate(rest)]
    return out


def _pages(head: str, pages: list[list[str]]) -> str:
    out: list[str] = []
    for n, page in enumerate(pages, 1):
        if n > 1:
            out += [head, ""]
        out += [*page, "", f"第 {n} 页 共 {len(pages)} 页", "\f"]
    return "\n".join(out) + "\n"


def ei01() -> Made:
    unit = "沈阳市皇姑区人民法院"
    money = ("8426.30", "8912.64", "8743.18")
    f, rt, es, tot = whole(2024, unit, money, EI01, 4, staff=(186, 179))
    title = f"{unit}2024年度部门整体支出绩效自评报告"
    toc = ["目  录", "一、部门基本情况" + "…" * 14 + "1", "二、部门预算及执行情况" + "…" * 11 + "1",
           "三、绩效指标完成情况" + "…" * 12 + "2", "四、自评结论及问题" + "…" * 13 + "3"]
    para = [
        f"{unit}是区人民代表大会产生的国家审判机关，依法审理辖区内的刑事、民事、行政和执行案件。2024年末核定政法专项编制186名，实有在编人员179名。",
        f"2024年年初预算数{money[0]}万元，年中追加调整后全年预算数{money[1]}万元，全年执行数{money[2]}万元，预算执行率{rt}%。",
    ]
    grid = [HEAD, *whole_rows(EI01, 4, rt, es), ["合计", "", "", "", "", "100", str(tot), ""]]
    table = wrapped_rows(grid, {2: 8, 7: 10})
    p1 = [title, "", *toc, "", "一、部门基本情况", *hard_wrap(para[0]), "", "二、部门预算及执行情况", *hard_wrap(para[1])]
    p2 = ["三、绩效指标完成情况", "部门整体支出绩效自评表", *table[:14]]
    p3 = [*table[14:], "", "四、自评结论及问题",
          *hard_wrap(f"经自评，本院2024年度部门整体支出绩效自评得分{tot}分，评价等级为“{WORD[f['stated_grade']]}”。审限内结案率未达目标，下一步将优化审判资源配置，加强审限节点管理。"),
          "", f"{unit}", "2025年3月20日"]
    return f, "txt", _pages(title, [p1, p2, p3])


# ei02 吉林 长春, whole unit, .htm: a saved page; the form's indicator block is a row per 一级 whose second cell holds
# a table of its 二级, each 二级 row's second cell a table of its 三级 (name, target, actual, weight, score, note) --------
EI02: list[Row] = [
    ("产出指标", "数量指标", "审查逮捕审查起诉案件办理数", 10, "≥1350件", "1416件", "10", ""),
    ("产出指标", "数量指标", "公益诉讼立案数", 10, "≥45件", "52件", "10", ""),
    ("产出指标", "质量指标", "案件质量评查合格率", 10, "≥98%", "99.2%", "10", ""),
    ("产出指标", "时效指标", "群众信访七日内程序回复率", 10, "=100%", "100%", "10", ""),
    ("效益指标", "社会效益指标", "认罪认罚从宽制度适用率", 10, "≥85%", "82.6%", "8", "部分案件犯罪嫌疑人拒不认罪"),
    ("效益指标", "可持续影响指标", "检察听证案件数", 15, "≥60件", "68件", "15", ""),
    ("满意度指标", "服务对象满意度指标", "人民群众对检察工作满意度", 25, "≥92%", "94.5%", "25", ""),
]


def _tbl(rows: list[str]) -> str:
    return '<table border="1" cellspacing="0" width="100%">' + "".join(rows) + "</table>"


def _td(text: str, attrs: str = "") -> str:
    return f"<td{attrs}>{esc(text)}</td>"


_W10, _W14 = ' width="10%"', ' width="14%"'


def nested_block(grid: list[list[str]]) -> list[str]:
    """The indicator rows (一级, 二级, 三级, target, actual, weight, score, note) as one row per 一级 whose second
    cell holds a table of its 二级, each of those holding a table of its 三级."""
    out: list[str] = []
    for l1 in dict.fromkeys(r[0] for r in grid):
        l2_rows = []
        for l2 in dict.fromkeys(r[1] for r in grid if r[0] == l1):
            l3 = [f"<tr>{''.join(_td(c) for c in r[2:])}</tr>" for r in grid if r[0] == l1 and r[1] == l2]
            l2_rows.append(f"<tr>{_td(l2, _W14)}<td>{_tbl(l3)}</td></tr>")
        out.append(f"<tr>{_td(l1, _W10)}<td colspan=\"6\">{_tbl(l2_rows)}</td></tr>")
    return out


def ei02() -> Made:
    unit = "长春市朝阳区人民检察院"
    money = ("5318.20", "5506.75", "5412.93")
    f, rt, es, tot = whole(2023, unit, money, EI02, 4)
    grid = whole_rows(EI02, 4, rt, es)
    form = _tbl([
        f"<tr>{_td('单位名称')}<td colspan=\"6\">{esc(unit)}</td></tr>",
        f"<tr>{_td('部门预算资金（万元）')}{_td('年初预算数')}{_td('全年预算数')}{_td('全年执行数')}{_td('执行率')}<td colspan=\"2\"></td></tr>",
        f"<tr>{_td('年度资金总额')}{''.join(_td(x) for x in money)}{_td(f'{rt}%')}<td colspan=\"2\"></td></tr>",
        f"<tr>{''.join(_td(h) for h in HEAD[:2])}<td colspan=\"5\">{_tbl(['<tr>' + ''.join(_td(h) for h in HEAD[2:]) + '</tr>'])}</td></tr>",
        *nested_block(grid),
        f"<tr>{_td('总分')}<td colspan=\"4\"></td>{_td('100')}{_td(str(tot))}</tr>",
        f"<tr>{_td('自评等级')}<td colspan=\"6\">{WORD[f['stated_grade']]}</td></tr>",
    ])
    html = "\n".join([
        '<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>检务公开</title></head><body>',
        '<table width="1000" align="center"><tr><td class="nav">首页 | 检务公开 | 检察新闻 | 案件信息</td></tr><tr><td>',
        '<table width="100%"><tr><td width="200" class="side">财务公开<br>预决算公开<br>绩效公开</td><td>',
        f"<h3>{unit}2023年度部门整体支出绩效自评情况</h3>",
        '<p class="info">发布时间：2024-06-14　来源：计划财务装备部</p>',
        paragraphs_html([f"2023年，{unit}年初预算数{money[0]}万元，全年预算数{money[1]}万元，全年执行数{money[2]}万元，预算执行率{rt}%。自评结果见下表。"]),
        "<p>2023年度部门整体支出绩效自评表</p>", form,
        "</td></tr></table>",
        '</td></tr><tr><td class="foot">主办单位：长春市朝阳区人民检察院　地址：长春市朝阳区　备案号：吉ICP备0000000号</td></tr></table>',
        "</body></html>"])
    return f, "htm", html


# ei05 辽宁 大连, whole unit, .txt: the 自评表 opens the file (an 附表 placed first), tab-separated; the report's title,
# its 收入 / 支出 items and its staff come after it -------------------------------------------------------------------
EI05: list[Row] = [
    ("产出指标", "数量指标", "年门急诊服务人次", 10, "≥42万人次", "44.7万人次", "10", ""),
    ("产出指标", "数量指标", "出院患者人次", 10, "≥1.8万人次", "1.86万人次", "10", ""),
    ("产出指标", "质量指标", "住院患者抗菌药物使用率", 10, "≤60%", "52.3%", "10", ""),
    ("产出指标", "时效指标", "急诊患者平均等候时间", 10, "≤15分钟", "17分钟", "8", "夜间急诊医师配置不足"),
    ("效益指标", "社会效益指标", "家庭医生签约服务覆盖率", 10, "≥40%", "42.5%", "10", ""),
    ("效益指标", "可持续影响指标", "医联体成员单位数", 10, "≥8个", "9个", "10", ""),
    ("满意度指标", "服务对象满意度指标", "住院患者满意度", 30, "≥90%", "93.2%", "30", ""),
]


def ei05() -> Made:
    unit = "大连市甘井子区人民医院"
    money = ("6250.00", "6815.40", "6598.27")
    income = [("财政拨款收入", "6815.40"), ("事业收入", "21436.58"), ("其他收入", "312.06")]
    spent = [("基本支出", "24108.32"), ("项目支出", "4185.61")]
    f, rt, es, tot = whole(2023, unit, money, EI05, 4, income=income, spent=spent, staff=(520, 611))
    grid = [HEAD, *whole_rows(EI05, 4, rt, es), ["总分", "", "", "", "", "100", str(tot), WORD[f["stated_grade"]]]]
    lines = [
        "附表", "2023年度部门整体支出绩效自评表", f"单位名称：{unit}　　金额单位：万元",
        "\t".join(["预算资金", "年初预算数", "全年预算数", "全年执行数", "执行率"]),
        "\t".join(["财政拨款", *money, f"{rt}%"]),
        *("\t".join(r) for r in grid), "",
        f"{unit}2023年度部门整体支出绩效自评报告", "",
        "一、部门基本情况",
        f"{unit}为区卫生健康局所属差额拨款事业单位，核定编制520名，年末实有职工611人（含编外聘用）。", "",
        "二、收支情况",
        f"2023年收入合计{sum(float(a) for _, a in income):.2f}万元，其中：财政拨款收入{income[0][1]}万元，事业收入{income[1][1]}万元，其他收入{income[2][1]}万元。"
        f"支出合计{sum(float(a) for _, a in spent):.2f}万元，其中：基本支出{spent[0][1]}万元，项目支出{spent[1][1]}万元。", "",
        "三、财政拨款预算执行情况",
        f"财政拨款年初预算数{money[0]}万元，全年预算数{money[1]}万元，全年执行数{money[2]}万元，预算执行率{rt}%。", "",
        "四、自评结论",
        f"按附表所列指标逐项自评，本院2023年度部门整体支出自评得分{tot}分，等级“{WORD[f['stated_grade']]}”。", "",
        f"{unit}", "2024年4月2日"]
    return f, "txt", "\n".join(lines) + "\n"


# ei08 内蒙古 包头, whole unit, .txt: the spending told only in a 支出决算 table by 功能分类科目 (code, name, amount),
# the budget in one sentence, the form's levels written only where a block begins ---------------------------------------
EI08: list[Row] = [
    ("履职效能", "重点工作", "刑事检察案件审结率", 15, "≥95%", "97.1%", "15", ""),
    ("履职效能", "重点工作", "民事行政检察监督案件办理数", 10, "≥120件", "134件", "10", ""),
    ("履职效能", "重点工作", "未成年人检察法治宣讲场次", 10, "≥30场", "26场", "8.5", "部分学校课时安排冲突"),
    ("管理效率", "预算管理", "“三公”经费控制率", 10, "≤100%", "87.4%", "10", ""),
    ("管理效率", "资产管理", "固定资产账实相符率", 10, "=100%", "100%", "10", ""),
    ("社会效应", "社会效益", "检察建议采纳率", 15, "≥90%", "95.8%", "15", ""),
    ("社会效应", "服务对象满意度", "社会公众满意度", 20, "≥90%", "92.6%", "20", ""),
]
_CODES = [("2040401", "行政运行", "2436.18"), ("2040402", "一般行政管理事务", "312.40"),
          ("2040410", "检察监督", "588.36"), ("2080505", "机关事业单位基本养老保险缴费支出", "291.72")]


def ei08() -> Made:
    unit = "包头市昆都仑区人民检察院"
    money = ("3465.00", "3702.18", "3628.66")
    f, rt, es, tot = whole(2025, unit, money, EI08, 3)
    f["budget"]["expenditure_total"] = sum((D(a) for *_, a in _CODES), D(0))
    exp_total = f"{f['budget']['expenditure_total']:.2f}"
    grid = whole_rows(EI08, 3, rt, es)
    shown = [[r[0] if i == 0 or grid[i - 1][0] != r[0] else "", *r[1:]] for i, r in enumerate(grid)]
    lines = [
        f"{unit}2025年度部门整体支出绩效自评报告", "",
        "一、部门概况",
        f"{unit}是区人民代表大会产生的国家法律监督机关，依法履行刑事、民事、行政和公益诉讼检察职责。", "",
        "二、预算执行情况",
        f"本年度年初预算{money[0]}万元，全年预算{money[1]}万元，全年执行{money[2]}万元，预算执行率{rt}%。"
        "本年支出按功能分类科目列示如下（单位：万元）：",
        "科目编码　科目名称　本年支出",
        *(f"{c}　{n}　{a}" for c, n, a in _CODES),
        f"合计　　{exp_total}", "",
        "三、绩效指标完成情况", "部门整体支出绩效自评表（2025年度）",
        " | ".join(HEAD) + " |", *(" | ".join(r) + " |" for r in shown),
        f"总分 |  |  |  |  | 100 | {tot} |  |", "",
        "四、自评结论",
        f"本院2025年度部门整体支出绩效自评得分{tot}分，等级为“{WORD[f['stated_grade']]}”。", "",
        f"{unit}", "2026年3月11日"]
    return f, "txt", "\n".join(lines) + "\n"


REPORTS = {
    "ei01-ln-huanggu-court-whole-txt-viewer-hard-wraps": ei01,
    "ei02-jl-chaoyang-procuratorate-whole-htm-nested-tables": ei02,
    "ei05-ln-ganjingzi-hospital-whole-txt-form-before-prose": ei05,
    "ei08-nm-kundulun-procuratorate-whole-txt-function-codes": ei08,
}
