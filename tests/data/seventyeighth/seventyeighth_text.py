# ruff: noqa: E501
"""Reports gx02, gx04, gx06, gx08 of the seventy-eighth set (.txt), each returning (facts, ext, content), as an OA
system exports a document: its metadata fields (标题 / 发文机关 / 成文日期) in 【】 sections, the prose, then the
attached forms with their cells on tabs. A Guizhou civil-affairs bureau's whole-unit report telling each indicator as
a ①②③ item under its 一级 heading, its form in 附表 run on in a 续表 with the header repeated; a Shanxi project's form
continued on a second form whose first row reads "产出指标（续）"; a Guangxi project's results told as ①②③ items by
二级 before the 附表; a Shandong agriculture bureau's whole-unit money block by column (planted: a stated execution
rate 2.5 points above the figures').
Every unit, person and figure is invented (real places, invented bodies and figures).
"""

from __future__ import annotations

from decimal import Decimal

from corpus_build import Row
from eighteenth_facts import Made
from seventyeighth_facts import (
    GX02,
    GX02_SPLIT,
    GX04,
    GX04_CUT,
    GX06,
    GX08,
    GX08_SPLIT,
    HEAD,
    label_rows,
    mark_planted_rate,
    spent_items,
    split_by_column,
    totals,
)
from sixtyfirst_facts import cells, grade_of, whole_rows
from sixtyfourth_facts import money_rows, project, whole

CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"


def oa(title: str, sender: str, date: str, body: list[str], attached: list[str]) -> str:
    """An OA system's text export: the document's fields, its 正文, then its 附件 (forms with cells on tabs)."""
    head = ["【公文信息】", f"标题：{title}", f"发文机关：{sender}", "公开方式：主动公开", f"成文日期：{date}", "", "【正文】"]
    return "\n".join([*head, *body, "", "【附件】", *attached, ""])


def tabbed(rows: list[list[str]]) -> list[str]:
    return ["\t".join(r) for r in rows]


def items_by_level1(rows: list[list[str]]) -> list[str]:
    """Each 一级 a heading with its points, each indicator under it a ①②③ item: name, weight, target, actual, score."""
    out: list[str] = []
    blocks: dict[str, list[list[str]]] = {}
    for r in rows:
        blocks.setdefault(r[0], []).append(r)
    for n, (level1, block) in enumerate(blocks.items()):
        points = sum(Decimal(r[5]) for r in block)
        out.append(f"（{'一二三四五六'[n]}）{level1}（{points}分）")
        for mark, r in zip(CIRCLED, block, strict=False):
            line = f"{mark}{r[2]}（{r[5]}分）：年度指标值{r[3]}，实际完成值{r[4]}，得{r[6]}分。"
            out.append(line + (f"偏差原因：{r[7]}。" if r[7] else ""))
    return out


def whole_form(rows: list[list[str]], tot: Decimal, cut: int, title: str) -> list[str]:
    """The indicator form on tabs, run on after ``cut`` rows in a 续表 whose header is repeated."""
    end = ["合计", "", "", "", "", "100", str(tot), ""]
    return [*tabbed([HEAD, *rows[:cut]]), f"{title}（续表）", *tabbed([HEAD, *rows[cut:], end])]


# gx02 贵州 黔东南 雷山, whole unit, .txt: an OA export, ①②③ items under each 一级, the form in 附表 run on in a 续表 ---------
def gx02() -> Made:
    unit = "雷山县民政局"
    (ini, bi, pi), (adj, _, _), (exe, be, pe) = GX02_SPLIT
    f, rt, es, tot = whole(2025, unit, totals(GX02_SPLIT), GX02, 4, spent=spent_items(GX02_SPLIT))
    rows = whole_rows(GX02, 4, rt, es)
    body = [
        "一、部门基本情况",
        f"{unit}承担全县社会救助、养老服务、儿童福利、社会事务和基层政权建设等职责。",
        "二、预算执行情况",
        f"2025年年初预算{ini}万元，其中基本支出{bi}万元、项目支出{pi}万元；全年预算{adj}万元；全年执行{exe}万元，"
        f"其中基本支出{be}万元、项目支出{pe}万元，预算执行率{rt}%。",
        "三、绩效指标完成情况",
        *items_by_level1(rows),
        "四、自评结论",
        f"经自评，本部门2025年度整体支出绩效综合得分{tot}分，评价等级为“优”。",
    ]
    title = f"附表1 {unit}2025年度部门整体支出绩效自评表"
    attached = [title, "（金额单位：万元）", *tabbed(split_by_column(GX02_SPLIT, f"{rt}%")), *whole_form(rows, tot, 6, title)]
    return f, "txt", oa(f"{unit}2025年度部门整体支出绩效自评报告", unit, "2026年3月20日", body, attached)


# gx04 山西 长治 沁源, project, .txt: an OA export of the form, run on in a 续表 whose first row reads "产出指标（续）" --------------
def gx04() -> Made:
    unit, dept = "沁源县采煤沉陷区治理服务中心", "沁源县发展和改革局"
    proj = "2023年采煤沉陷区综合治理项目"
    money = ("3960.00", "4218.50", "4102.88")
    f, rt, es, tot = project(2023, unit, dept, proj, money, GX04)
    f["stated_grade"] = grade_of(tot)
    rows = [cells(r) for r in GX04]
    rest = [[f"{rows[GX04_CUT][0]}（续）", *rows[GX04_CUT][1:]], *rows[GX04_CUT + 1:]]
    form = [
        "项目支出绩效自评表",
        "（2023年度）",
        *tabbed([*label_rows(proj, dept, unit), *money_rows(money, rt, es),
                 HEAD, *rows[:GX04_CUT]]),
        "续表",
        *tabbed([HEAD, *rest, ["总分", "", "", "", "", "100", str(tot), ""]]),
    ]
    body = [
        "一、项目概况",
        f"{proj}用于采煤沉陷区地质灾害治理、受灾群众搬迁安置和治理区生态修复。",
        "二、自评结论",
        f"项目自评得分{tot}分，评价等级为“{grade_of(tot)}”。详见附表。",
    ]
    return f, "txt", oa(f"关于报送{proj}绩效自评结果的报告", unit, "2024年2月28日", body, form)


def _items_by_level2(rows: list[Row]) -> list[str]:
    """The results told by 二级: each a ①②③ item naming its indicators' targets and actuals."""
    blocks: dict[str, list[Row]] = {}
    for r in rows:
        blocks.setdefault(r[1], []).append(r)
    out = []
    for mark, (level2, block) in zip(CIRCLED, blocks.items(), strict=False):
        told = "；".join(f"{r[2]}年度目标{r[4].removeprefix('T:')}，实际完成{r[5].removeprefix('T:')}" for r in block)
        out.append(f"{mark}{level2}：{told}。")
    return out


# gx06 广西 河池 都安, project, .txt: an OA export, the results as ①②③ items by 二级, the form as 附表 after the prose --------
def gx06() -> Made:
    unit, dept = "都安瑶族自治县农村住房建设服务中心", "都安瑶族自治县住房和城乡建设局"
    proj = "2025年农村危房改造和农房抗震改造补助资金"
    money = ("1965.00", "2138.60", "2084.15")
    f, rt, es, tot = project(2025, unit, dept, proj, money, GX06)
    f["stated_grade"] = grade_of(tot)
    body = [
        "一、项目基本情况",
        f"{proj}由{unit}组织实施，主管部门为{dept}。",
        f"二、资金使用情况：全年预算{money[1]}万元，实际支出{money[2]}万元，预算执行率{rt}%。",
        "三、绩效目标完成情况",
        *_items_by_level2(GX06),
        "四、自评结论",
        f"本项目自评得分{tot}分，等级为“{grade_of(tot)}”。",
    ]
    form = ["附表：项目支出绩效自评表", *tabbed([*label_rows(proj, dept, unit), *money_rows(money, rt, es), HEAD,
                                            *(cells(r) for r in GX06), ["总分", "", "", "", "", "100", str(tot), ""]])]
    return f, "txt", oa(f"{proj}绩效自评报告", unit, "2026年2月10日", body, form)


# gx08 山东 潍坊 寿光, whole unit, .txt: an OA export of a money block by column on tabs; a stated rate 2.5 points above
# (planted) --------------------------------------------------------------------------------------------------------------
def gx08() -> Made:
    unit = "寿光市农业农村局"
    f, rt, es, tot = whole(2024, unit, totals(GX08_SPLIT), GX08, 4, spent=spent_items(GX08_SPLIT))
    stated = rt + Decimal("2.5")
    mark_planted_rate(f, stated)
    rows = whole_rows(GX08, 4, rt, es)
    rows[4][4] = f"{stated}%"
    (_, _, _), (adj, _, _), (exe, be, pe) = GX08_SPLIT
    body = [
        "一、部门概况",
        f"{unit}负责全市农业农村发展规划、农产品质量安全监管、农田建设和农业社会化服务等工作。",
        "二、预算执行情况",
        f"2024年全年预算{adj}万元，全年执行{exe}万元（基本支出{be}万元，项目支出{pe}万元），预算执行率{stated}%。",
        "三、自评结论",
        f"本部门2024年度整体支出绩效自评得分{tot}分，评价等级为“优”。",
    ]
    title = f"{unit}2024年度部门整体支出绩效自评表"
    attached = [title, "单位：万元", *tabbed(split_by_column(GX08_SPLIT, f"{stated}%")),
                *tabbed([HEAD, *rows, ["合计", "", "", "", "", "100", str(tot), ""]])]
    return f, "txt", oa(f"{unit}2024年度部门整体支出绩效自评报告", unit, "2025年3月14日", body, attached)


REPORTS = {
    "gx02-gz-leishan-civil-affairs-whole-txt-oa-items-continued-form": gx02,
    "gx04-sx-qinyuan-subsidence-project-txt-oa-continued-form": gx04,
    "gx06-gx-duan-housing-project-txt-oa-items-then-form": gx06,
    "gx08-sd-shouguang-agriculture-whole-txt-oa-money-by-column": gx08,
}
