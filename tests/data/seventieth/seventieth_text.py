# ruff: noqa: E501
"""Reports vt01, vt02, vt05, vt07 of the seventieth set, each returning (facts, ext, content): a Guangxi town's
衔接资金 project report as a wiki page's Markdown export opened by a front-matter block (unit, year, score and grade as
keys) with pipe tables whose merged level cells are left blank; a Hainan village's project report as text with its
score table pasted from a system's CSV export (quoted cells holding thousands separators); a Hunan village
collective's project report whose prose gives every amount and the rate in Chinese numerals, the form an OA tree
export (├── / │ / └──) with the figures in Arabic; a Hainan town's whole-unit self-evaluation as an INI-style export
([section] heads, key = value lines, a comment line).
Every unit, person and figure is invented (real places, invented bodies and figures).
"""

from __future__ import annotations

from decimal import Decimal

from corpus_build import Row
from eighteenth_facts import Made
from seventieth_facts import HEAD, VT01, VT02, VT05, VT07
from sixtyfirst_facts import WORD, cells, money_block, whole_rows
from sixtyfourth_facts import project, whole
from sixtythird_facts import cn, money_cn


def pipe(rows: list[list[str]]) -> list[str]:
    """A Markdown pipe table: the first row its header, a --- row under it."""
    out = ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * len(rows[0])]
    return out + ["| " + " | ".join(r) + " |" for r in rows[1:]]


def blank_repeats(grid: list[list[str]], cols: int = 2) -> list[list[str]]:
    """The first ``cols`` cells left empty where they repeat the row above (a merged cell as an export leaves it)."""
    out: list[list[str]] = []
    for i, r in enumerate(grid):
        keep = [c if i == 0 or j >= cols or c != grid[i - 1][j] or (j and r[j - 1] != grid[i - 1][j - 1]) else ""
                for j, c in enumerate(r)]
        out.append(keep)
    return out


# vt01 广西 南宁 上林, project, .md: a wiki export; front matter names the unit, year, score and grade ---------------
def vt01() -> Made:
    unit, dept = "上林县白圩镇人民政府", "上林县乡村振兴局"
    proj = "白圩镇2023年产业路及灌溉水渠建设项目"
    money = ("286.00", "312.40", "301.75")
    f, rt, es, tot = project(2023, unit, dept, proj, money, VT01)
    front = ["---", "title: 上林县白圩镇2023年度衔接资金项目绩效自评报告", f"unit: {unit}", "year: 2023",
             f"score: {tot}", f"grade: {WORD[f['stated_grade']]}", "tags: [绩效自评, 衔接资金, 乡村振兴]",
             "updated: 2024-03-18T09:42:11+08:00", "---", ""]
    info = [["项目名称", proj, "", ""], ["主管部门", dept, "实施单位", unit],
            ["资金来源", "中央、自治区和县级财政衔接推进乡村振兴补助资金", "", ""]]
    grid = blank_repeats([cells(r) for r in VT01])
    body = [
        "# 上林县白圩镇2023年度衔接资金项目绩效自评报告", "",
        "## 一、项目基本情况", "",
        f"{proj}使用财政衔接推进乡村振兴补助资金，在镇内三个脱贫村新建产业路和灌溉水渠，由{unit}组织实施。", "",
        *pipe(info), "",
        "## 二、资金投入及使用情况", "",
        f"项目年初预算{money[0]}万元，年中追加后全年预算{money[1]}万元，全年执行{money[2]}万元，执行率{rt}%。", "",
        *pipe([[r[0] or r[1], *r[2:]] for r in money_block(money, rt, es)]), "",
        "## 三、绩效指标完成情况", "",
        *pipe([[f"**{h}**" for h in HEAD], *grid, ["**总分**", "", "", "", "", "**100**", f"**{tot}**", ""]]), "",
        "## 四、自评结论", "",
        f"经自评，本项目得分{tot}分，等级为{WORD[f['stated_grade']]}。按期完工率未达目标，下一步将提前谋划雨季施工。", "",
        "> 本页面由知识库导出，最后编辑：镇财政所", "",
    ]
    return f, "md", "\n".join(front + body)


# vt02 海南 琼中, project, .txt: the score table pasted as CSV lines under the prose ------------------------------------
def csv_line(cells_: list[str]) -> str:
    """A CSV record: a cell holding a comma or a quote is quoted."""
    return ",".join(f'"{c.replace(chr(34), chr(34) * 2)}"' if ("," in c or '"' in c) else c for c in cells_)


def vt02() -> Made:
    unit, dept = "琼中黎族苗族自治县湾岭镇水央堆村民委员会", "琼中黎族苗族自治县湾岭镇人民政府"
    proj = "水央堆村2024年村内道路及路灯建设项目"
    money = ("96.00", "104.80", "101.36")
    f, rt, es, tot = project(2024, unit, dept, proj, money, VT02)
    grid = [cells(r) for r in VT02]
    lines = [
        f"{proj}绩效自评报告", "",
        "一、项目概况",
        f"本项目使用2024年财政衔接推进乡村振兴补助资金，由{unit}实施，{dept}主管，建设村内硬化道路和太阳能路灯。", "",
        "二、资金使用情况",
        f"年初下达预算{money[0]}万元，调整后全年预算{money[1]}万元，截至12月31日支付{money[2]}万元，预算执行率{rt}%。", "",
        "三、自评结果",
        f"项目自评得分{tot}分，自评等级{WORD[f['stated_grade']]}。工程完工时间因台风停工推迟，其余指标均已完成。", "",
        "附件：项目支出绩效自评表（系统导出，逗号分隔）",
        csv_line(["项目名称", proj, "", "", "", "", "", ""]),
        csv_line(["主管部门", dept, "", "", "实施单位", unit, "", ""]),
        csv_line(["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", ""]),
        csv_line(["年度资金总额", money[0], money[1], money[2], "10", f"{rt}%", str(es), ""]),
        csv_line(HEAD), *(csv_line(r) for r in grid),
        csv_line(["总分", "", "", "", "", "100", str(tot), ""]),
        csv_line(["自评等级", WORD[f["stated_grade"]], "", "", "", "", "", ""]),
        "", "填报人：王某某　　联系电话：0898-8xxxxxx　　填报日期：2025年1月20日",
    ]
    return f, "txt", "\r\n".join(lines) + "\r\n"


# vt05 湖南 湘西 花垣, project, .txt: money in Chinese numerals in the prose; the form an OA tree export --------------
def tree(rows: list[Row]) -> list[str]:
    """The indicator levels as a tree: 一级 ├── 二级 ├── 三级 with its figures on the leaf."""
    out = ["绩效指标"]
    l1s = list(dict.fromkeys(r[0] for r in rows))
    for i, l1 in enumerate(l1s):
        last1 = i == len(l1s) - 1
        out.append(("└── " if last1 else "├── ") + l1)
        pad1 = "    " if last1 else "│   "
        l2s = list(dict.fromkeys(r[1] for r in rows if r[0] == l1))
        for j, l2 in enumerate(l2s):
            last2 = j == len(l2s) - 1
            out.append(pad1 + ("└── " if last2 else "├── ") + l2)
            pad2 = pad1 + ("    " if last2 else "│   ")
            leaves = [r for r in rows if r[0] == l1 and r[1] == l2]
            for k, r in enumerate(leaves):
                c = cells(r)
                leaf = f"{c[2]}｜指标值：{c[3]}｜完成值：{c[4]}｜分值：{c[5]}｜得分：{c[6]}"
                out.append(pad2 + ("└── " if k == len(leaves) - 1 else "├── ") + leaf + (f"｜偏差原因：{c[7]}" if c[7] else ""))
    return out


def vt05() -> Made:
    unit, dept = "花垣县双龙镇竹坪村股份经济合作社", "花垣县双龙镇人民政府"
    proj = "2025年村集体经济生猪代养场建设项目"
    money = ("120.00", "126.50", "123.40")
    f, rt, es, tot = project(2025, unit, dept, proj, money, VT05)
    del f["full_mark"]  # the tree and the prose print no full mark
    lines = [
        f"{unit}{proj}绩效自评报告", "",
        "一、项目基本情况",
        f"{proj}由{dept}主管、{unit}实施，使用中央和省级衔接推进乡村振兴补助资金，建设标准化生猪代养栏舍及配套设施，资产归村集体所有。", "",
        "二、资金到位及使用情况",
        f"项目年初批复预算{money_cn(money[0])}，下半年追加{money_cn(str(Decimal(money[1]) - Decimal(money[0])))}，全年预算{money_cn(money[1])}；至年底累计支出{money_cn(money[2])}，预算执行率百分之{cn(rt)}。", "",
        "三、绩效目标完成情况（系统导出）",
        "项目资金（万元）",
        f"├── 年初预算数：{money[0]}", f"├── 全年预算数：{money[1]}", f"├── 全年执行数：{money[2]}",
        f"└── 执行率：{rt}%｜分值：10｜得分：{es}",
        *tree(VT05), "",
        "四、自评结论",
        f"本项目自评得分{tot}分，等级{WORD[f['stated_grade']]}。村集体经济年收益受生猪价格影响未达预期，下一步将拓展订单代养。", "",
        f"{unit}", "2026年2月10日",
    ]
    return f, "txt", "\n".join(lines) + "\n"


# vt07 海南 琼海, whole unit, .txt: an INI-style export of a self-evaluation system ----------------------------------
def vt07() -> Made:
    unit = "琼海市塔洋镇人民政府"
    money = ("2864.50", "3128.72", "3016.38")
    f, rt, es, tot = whole(2025, unit, money, VT07, 4, staff=(58, 52))
    lines = ["; 预算绩效管理系统 数据导出 格式版本 2.3", "; 导出时间 2026-02-27 16:05:33", "",
             "[基本信息]", f"单位名称 = {unit}", "评价年度 = 2025", "评价类型 = 部门整体支出", "编制人数 = 58",
             "实有人数 = 52", "", "[预算执行]", f"年初预算数（万元） = {money[0]}", f"全年预算数（万元） = {money[1]}",
             f"全年执行数（万元） = {money[2]}", f"预算执行率 = {rt}%", ""]
    for n, c in enumerate(whole_rows(VT07, 4, rt, es), 1):
        lines += [f"[指标{n:02d}]", *(f"{h} = {v}" for h, v in zip(HEAD, c, strict=True)), ""]
    lines += ["[自评结果]", "满分 = 100", f"自评得分 = {tot}", f"自评等级 = {WORD[f['stated_grade']]}", ""]
    return f, "txt", "\n".join(lines)


REPORTS = {
    "vt01-gx-shanglin-town-link-fund-project-md-front-matter": vt01,
    "vt02-hi-qiongzhong-village-road-project-txt-csv-score-table": vt02,
    "vt05-hn-huayuan-village-collective-project-txt-tree-numerals": vt05,
    "vt07-hi-qionghai-town-whole-txt-ini-export": vt07,
}
