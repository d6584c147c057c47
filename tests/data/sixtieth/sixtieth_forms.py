# ruff: noqa: E501
"""Reports sx02, sx04, sx05, sx06, sx08 of the sixtieth set, each returning (facts, ext, content): a Sichuan
government-fund form on a district site's page (.htm) whose table has a caption and th label cells, with targets
written as ranges; a Henan bond form as an .ods with the fund sources as the money block's columns and 指标解释 /
评分标准 / 扣分原因 columns; a Jiangsu lottery-fund form as a .csv whose merged cells were filled with their text in
every cell they covered; a Sichuan bond form as an .et with half-point weights and a second sheet of the bond's terms;
a Henan bond page (.mht) with the site's 亿元 summary of the district's bonds above the project's form.
Every unit, person and figure is invented (real provinces and districts, invented bodies, projects and figures).
"""

from __future__ import annotations

from typing import Any

from corpus_build import Row, xlsx_bytes
from eighteenth_facts import D, Made
from fiftyfifth_template import _sheet_merges
from fortyninth_reports import _mht
from make_seventeenth import convert
from seventeenth_facts import shown
from sixtieth_facts import HEAD, YEAR, Funds, cells, money_block, project_facts
from twentyfirst_sheets import _book


def _num(text: str) -> Any:
    """A figure as a sheet cell holds it."""
    return float(text) if "." in text else int(text)


def _th_rows(rows: list[Row]) -> list[str]:
    """Indicator rows with the 一级 / 二级 cells as th spanning their runs (rowspan)."""
    out = []
    for i, r in enumerate(rows):
        tds = ""
        for k in (0, 1):
            if i and rows[i - 1][k] == r[k] and rows[i - 1][0] == r[0]:
                continue
            n = 1
            while i + n < len(rows) and rows[i + n][k] == r[k] and rows[i + n][0] == r[0]:
                n += 1
            tds += f'<th scope="row" rowspan="{n}">{r[k]}</th>' if n > 1 else f'<th scope="row">{r[k]}</th>'
        tds += "".join(f"<td>{c}</td>" for c in cells(r)[2:])
        out.append(f"<tr>{tds}</tr>")
    return out


# sx02 四川 绵阳市游仙区, project, .htm: a district site's page — navigation, the 索引号 / 发布机构 metadata list, then a
# table with a <caption> and th cells for every label and header, the 一级 / 二级 th cells spanning rows; targets
# written as ranges ("3-5个", "85%–95%", "1500-2000人次") and as dates ----------------------------------------------
SX02: list[Row] = [
    ("产出指标", "数量指标", "新建社区公园数量", 15, "T:3-5个", "4个", "15", ""),
    ("产出指标", "数量指标", "新增绿化面积", 10, "≥6.5万平方米", "6.8万平方米", "10", ""),
    ("产出指标", "质量指标", "苗木成活率", 10, "T:85%–95%", "92.5%", "10", ""),
    ("产出指标", "时效指标", "公园开放时间", 10, "T:2024年10月1日前", "T:2024年9月28日", "10", ""),
    ("效益指标", "社会效益指标", "周边居民日均游园人次", 15, "T:1500-2000人次", "1680人次", "15", ""),
    ("效益指标", "生态效益指标", "城区人均公园绿地面积增加", 10, "≥0.3平方米", "0.26平方米", "8.5", "两处公园补植延至2025年春季"),
    ("满意度指标", "服务对象满意度指标", "周边居民满意度", 10, "≥90%", "95.1%", "10", ""),
    ("满意度指标", "服务对象满意度指标", "游园投诉办结率", 10, "100%", "100%", "10", ""),
]


def sx02() -> Made:
    funds: Funds = [("政府性基金预算资金", "760.00", "826.00", "801.35"), ("上年结转资金", "54.20", "54.20", "54.20")]
    unit, dept = "绵阳市游仙区园林绿化服务中心", "绵阳市游仙区住房和城乡建设局"
    proj = "2024年城区口袋公园建设项目"
    f, money, rt, es, tot = project_facts(unit, dept, proj, funds, SX02)
    block = money_block(funds, money, rt, es)
    head = "".join(f"<th>{c}</th>" for c in block[0][2:])
    money_rows = [f'<tr><th scope="rowgroup" rowspan="{len(block) - 1}">项目资金（万元）</th><th scope="row">{block[1][1]}</th>'
                  + "".join(f"<td>{c}</td>" for c in block[1][2:]) + "</tr>",
                  *(f'<tr><th scope="row">{b[1]}</th>' + "".join(f"<td>{c}</td>" for c in b[2:]) + "</tr>" for b in block[2:])]
    html = ("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>" + proj + "绩效自评表_游仙区人民政府</title></head>\n<body>\n"
            "<div class=\"top\"><a href=\"#\">无障碍浏览</a> <a href=\"#\">长者模式</a> <a href=\"#\">登录</a></div>\n"
            "<nav>首页 &gt; 政务公开 &gt; 财政信息 &gt; 绩效信息</nav>\n"
            "<ul class=\"meta\"><li>索引号：11510704MB1C23XXXX/2025-00318</li><li>发布机构：游仙区园林绿化服务中心</li>"
            "<li>发布日期：2025-05-20</li><li>主题分类：财政预算、决算</li></ul>\n"
            f"<h1>{unit}{YEAR}年度{proj}绩效自评表</h1>\n"
            f"<p>按照区财政局关于开展{YEAR}年度政府性基金预算项目绩效自评的通知要求，现将自评结果公开如下。</p>\n"
            "<table class=\"form\" border=\"1\">\n"
            f"<caption>{YEAR}年度政府性基金预算项目支出绩效自评表</caption>\n"
            f"<tr><th scope=\"row\" colspan=\"2\">项目名称</th><td colspan=\"6\">{proj}</td></tr>\n"
            f"<tr><th scope=\"row\" colspan=\"2\">主管部门</th><td colspan=\"2\">{dept}</td><th scope=\"row\">实施单位</th><td colspan=\"3\">{unit}</td></tr>\n"
            f"<tr><th colspan=\"2\"></th>{head}</tr>\n" + "\n".join(money_rows) + "\n"
            "<tr><th scope=\"row\" rowspan=\"2\">年度总体目标</th><th colspan=\"3\">预期目标</th><th colspan=\"4\">实际完成情况</th></tr>\n"
            "<tr><td colspan=\"3\">新建社区口袋公园3至5个，新增绿化6.5万平方米以上，苗木成活率保持在85%–95%。</td>"
            "<td colspan=\"4\">建成口袋公园4个，新增绿化6.8万平方米，苗木成活率92.5%。</td></tr>\n"
            "<tr>" + "".join(f"<th>{c}</th>" for c in HEAD) + "</tr>\n" + "\n".join(_th_rows(SX02)) + "\n"
            f"<tr><th colspan=\"5\">总分</th><td>100</td><td>{tot}</td><td>{f['stated_grade']}</td></tr>\n"
            "</table>\n"
            "<div class=\"share\">分享到：微信 微博</div>\n<p>【打印本页】【关闭窗口】</p>\n"
            "<footer>主办：绵阳市游仙区人民政府办公室　网站标识码：5107040001　蜀ICP备XXXXXXXX号</footer>\n</body></html>\n")
    return f, "htm", html


# sx04 河南 周口市川汇区, project, .ods: a special-bond form whose money block has the fund sources as columns (合计 |
# 债券资金 | 配套资金 | 自筹资金) and the budget stages as rows, the rate and its score on a row of their own; the indicator
# table has 指标解释 before the targets, 评分标准 after the weight and 扣分原因 last; half-point scores ------------------
# (一级, 二级, 三级, 指标解释, 分值, 年度指标值, 实际完成值, 评分标准, 得分, 扣分原因)
SX04: list[tuple[Any, ...]] = [
    ("产出指标", "数量指标", "改造提升农贸市场数量", "年度内完成改造并运营的市场个数", 10, "≥6个", "6个", "按完成比例计分", "10", ""),
    ("产出指标", "数量指标", "新增标准化摊位", "改造后新增标准化经营摊位数", 10, "T:300-350个", "326个", "在区间内得满分", "10", ""),
    ("产出指标", "质量指标", "消防验收合格率", "通过消防验收的市场比例", 10, "100%", "100%", "每有一个未通过扣5分", "10", ""),
    ("产出指标", "时效指标", "改造完成时间", "全部市场完工开业时间", 10, "T:2024年12月31日前", "T:2024年12月18日", "按期完成得满分", "10", ""),
    ("产出指标", "成本指标", "单个市场平均改造成本", "总投资/改造市场数", 5, "≤520万元", "508.6万元", "不超标准得满分", "5", ""),
    ("效益指标", "经济效益指标", "市场年租金收入", "改造市场当年租金收入", 15, "≥420万元", "386万元", "按完成比例计分", "13.5", "部分摊位年中方招租完毕"),
    ("效益指标", "社会效益指标", "带动就业人数", "市场内新增从业人员", 10, "≥500人", "532人", "达到目标得满分", "10", ""),
    ("效益指标", "可持续影响指标", "市场长效运营管理机制", "是否建立运营管理制度", 10, "T:建立", "T:已建立", "建立得满分", "10", ""),
    ("满意度指标", "服务对象满意度指标", "商户及群众满意度", "抽样调查满意比例", 10, "≥90%", "88.5%", "每低1个百分点扣1分", "8.5", "停车不便反映较多"),
]


def sx04() -> Made:
    funds: Funds = [("债券资金", "2400.00", "2400.00", "2400.00"), ("配套资金", "380.00", "412.50", "398.64"),
                    ("自筹资金", "150.00", "150.00", "131.20")]
    unit, dept = "周口市川汇区市场发展服务中心", "周口市川汇区商务局"
    proj = "川汇区农贸市场标准化改造项目（专项债券）"
    rows: list[Row] = [(r[0], r[1], r[2], r[4], r[5], r[6], r[8], r[9]) for r in SX04]
    f, money, rt, es, tot = project_facts(unit, dept, proj, funds, rows)
    stages = ("年初预算数", "全年预算数", "全年执行数")
    sheet: list[list[Any]] = [
        [f"{YEAR}年度地方政府专项债券项目绩效自评表"],
        ["项目名称", proj, "", "", "", "", "", "", "", ""],
        ["主管部门", dept, "", "", "", "实施单位", unit, "", "", ""],
        ["项目资金（万元）", "资金来源", "合计", *(x[0] for x in funds), "", "", "", ""],
        *(["", s, float(money[k]), *(float(x[k + 1]) for x in funds), "", "", "", ""] for k, s in enumerate(stages)),
        ["", "执行率", f"{rt}%", "分值", 10, "得分", float(es), "", "", ""],
        ["年度总体目标", "预期目标", "", "", "", "实际完成情况", "", "", "", ""],
        ["", "改造提升农贸市场6个，新增标准化摊位300至350个，市场年租金收入420万元以上。", "", "", "",
         "完成改造6个，新增摊位326个，租金收入386万元。", "", "", "", ""],
        ["一级指标", "二级指标", "三级指标", "指标解释", "分值", "年度指标值", "实际完成值", "评分标准", "得分", "扣分原因"],
        *([r[0], r[1], r[2], r[3], r[4], shown(r[5]), shown(r[6]), r[7], _num(r[8]), r[9]] for r in SX04),
        ["总分", "", "", "", 100, "", "", "", float(tot), f["stated_grade"]],
        ["填报人：李向东", "", "", "", "", "填报日期：2025年4月10日"],
    ]
    first = 11  # the first indicator row (0-based)
    merges = ["A1:J1", "B2:J2", "B3:E3", "G3:J3", "A4:A8", "A9:A10", "B9:E9", "F9:J9", "B10:E10", "F10:J10",
              *_sheet_merges(sheet, first + 1)]
    last = first + len(SX04) + 1
    merges.append(f"A{last}:D{last}")
    return f, "ods", convert(_book(sheet, merges), "sx04", "xlsx", "ods")


# sx05 江苏 淮安市淮阴区, project, .csv: a lottery-fund (彩票公益金, a government fund) form saved as CSV after its merged
# cells were unmerged and filled — each merge's text repeated in every cell it covered, label cells and the 总分 row
# included; targets as ranges and dates -----------------------------------------------------------------------------
SX05: list[Row] = [
    ("产出指标", "数量指标", "新建村级养老服务站点", 15, "≥12个", "12个", "15", ""),
    ("产出指标", "数量指标", "居家上门服务人次", 10, "T:2.5-3万人次", "2.76万人次", "10", ""),
    ("产出指标", "质量指标", "服务站点星级评定达标率", 10, "≥80%", "83.3%", "10", ""),
    ("产出指标", "时效指标", "站点建成投用时间", 10, "T:2024年12月31日前", "T:2024年12月20日", "10", ""),
    ("效益指标", "社会效益指标", "特殊困难老人探访关爱覆盖率", 15, "100%", "97.5%", "13.5", "部分老人长期随子女在外，未能入户"),
    ("效益指标", "可持续影响指标", "站点运营补贴机制", 15, "T:建立", "T:已建立", "15", ""),
    ("满意度指标", "服务对象满意度指标", "服务对象满意度", 15, "≥90%", "93.8%", "15", ""),
]


def _csv(cells_: list[str]) -> str:
    return ",".join(f'"{c}"' if ("," in c or "，" in c or '"' in c) else c for c in cells_)


def sx05() -> Made:
    funds: Funds = [("彩票公益金", "420.00", "455.00", "441.28"), ("上年结转资金", "36.50", "36.50", "36.50")]
    unit, dept = "淮安市淮阴区养老服务指导中心", "淮安市淮阴区民政局"
    proj = "2024年福利彩票公益金农村养老服务项目"
    f, money, rt, es, tot = project_facts(unit, dept, proj, funds, SX05)
    block = money_block(funds, money, rt, es)
    block = [[b[0] or "项目资金（万元）", b[1] or "项目资金（万元）", *b[2:]] for b in block]
    goal = ("新建村级养老服务站点12个，全年上门服务2.5万至3万人次，特殊困难老人探访全覆盖。",
            "建成站点12个，上门服务2.76万人次，探访覆盖率97.5%。")
    lines = [[f"{YEAR}年度项目支出绩效自评表"] * 8, ["（政府性基金预算）"] * 8,
             ["项目名称", "项目名称", proj, proj, proj, proj, proj, proj],
             ["主管部门", "主管部门", dept, dept, "实施单位", unit, unit, unit],
             *block,
             ["年度总体目标", "预期目标", "预期目标", "预期目标", "实际完成情况", "实际完成情况", "实际完成情况", "实际完成情况"],
             ["年度总体目标", goal[0], goal[0], goal[0], goal[1], goal[1], goal[1], goal[1]],
             HEAD, *(cells(r) for r in SX05),
             ["总分", "总分", "总分", "总分", "总分", "100", str(tot), f["stated_grade"]]]
    text = "\r\n".join(_csv(line) for line in lines) + "\r\n"
    return f, "csv", text


# sx06 四川 南充市顺庆区, project, .et: a special-bond form with a 评分标准 column between the weight and the score and
# half-point weights (7.5), targets as ranges and dates; a second sheet of the bond's terms (发行规模 in 亿元, 票面利率,
# 期限, the year's interest) that is no budget and no indicator ------------------------------------------------------
# (一级, 二级, 三级, 分值, 年度指标值, 实际完成值, 得分, 偏差原因) and the 评分标准 of each row
SX06: list[Row] = [
    ("产出指标", "数量指标", "新建冷库库容", 15, "≥3万吨", "3.2万吨", "15", ""),
    ("产出指标", "数量指标", "引进冷链物流企业", D("7.5"), "T:3-5家", "4家", "7.5", ""),
    ("产出指标", "质量指标", "工程质量验收合格率", D("7.5"), "100%", "100%", "7.5", ""),
    ("产出指标", "时效指标", "一期工程投运时间", 10, "T:2024年9月30日前", "T:2024年10月22日", "8.5", "设备调试延期22天"),
    ("效益指标", "经济效益指标", "项目运营收入", 15, "≥1200万元", "1086万元", "13.5", "入驻企业试运营期租金减免"),
    ("效益指标", "社会效益指标", "农产品冷链流通率提升", 10, "T:5-8个百分点", "6.2个百分点", "10", ""),
    ("效益指标", "可持续影响指标", "专项债券本息覆盖倍数", 10, "≥1.2倍", "1.35倍", "10", ""),
    ("满意度指标", "服务对象满意度指标", "入驻企业满意度", 15, "≥90%", "92%", "15", ""),
]
SX06_RULE = ["按完成比例计分", "在区间内得满分", "合格得满分", "逾期每10天扣0.5分", "按完成比例计分",
             "在区间内得满分", "达到目标得满分", "每低1个百分点扣1分"]


def sx06() -> Made:
    funds: Funds = [("债券资金", "5000.00", "5000.00", "4920.60"), ("配套资金", "800.00", "860.00", "842.35"),
                    ("自筹资金", "1200.00", "1200.00", "1106.40")]
    unit, dept = "南充市顺庆区农产品冷链物流服务中心", "南充市顺庆区发展和改革局"
    proj = "顺庆区农产品冷链物流园建设项目"
    f, money, rt, es, tot = project_facts(unit, dept, proj, funds, SX06)
    block = money_block(funds, money, rt, es)
    sheet: list[list[Any]] = [
        [f"{YEAR}年度专项债券项目绩效自评表"], ["项目名称", proj], ["主管部门", dept, "", "", "", "实施单位", unit],
        *block,
        ["年度总体目标", "预期目标", "", "", "", "实际完成情况"],
        ["", "建成冷库库容3万吨以上，引进冷链物流企业3至5家，一期工程9月底前投运。", "", "", "",
         "建成库容3.2万吨，引进企业4家，一期工程10月22日投运。"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "评分标准", "得分", "偏差原因分析及改进措施"],
        *([r[0], r[1], r[2], shown(r[4]), shown(r[5]), _num(str(r[3])), rule, _num(r[6]), r[7]]
          for r, rule in zip(SX06, SX06_RULE, strict=True)),
        ["总分", "", "", "", "", 100, "", float(tot), f["stated_grade"]],
    ]
    bond = [["专项债券基本信息"], ["债券名称", "2024年四川省政府专项债券（十二期）"], ["发行日期", "2024-06-18"],
            ["发行规模（亿元）", 0.5], ["债券期限", "15年"], ["票面利率", "2.48%"], ["本年应付利息（万元）", 62.0],
            ["还款来源", "冷库租赁及仓储服务收入"]]
    return f, "et", convert(xlsx_bytes([("自评表", sheet, []), ("债券信息", bond, [])]), "sx06", "xlsx", "xls")


# sx08 河南 洛阳市偃师区, project, .mht: a district site's page — the year's summary of its new special bonds in 亿元
# (序号 | 项目名称 | 债券性质 | 债券规模 | 自评分数 | 自评等级), then the project's form in 万元 with th header cells ------
SX08: list[Row] = [
    ("产出指标", "数量指标", "新建供热管网长度", 15, "≥28公里", "28.5公里", "15", ""),
    ("产出指标", "数量指标", "新增供热面积", 10, "T:80-100万平方米", "92万平方米", "10", ""),
    ("产出指标", "质量指标", "管网试压合格率", 10, "100%", "100%", "10", ""),
    ("产出指标", "时效指标", "供热季前投运时间", 10, "T:2024年11月15日前", "T:2024年11月12日", "10", ""),
    ("效益指标", "经济效益指标", "年供热费收入", 15, "≥2600万元", "2480万元", "13.5", "新入网小区按半季收费"),
    ("效益指标", "生态效益指标", "替代分散燃煤锅炉", 10, "≥35台", "38台", "10", ""),
    ("满意度指标", "服务对象满意度指标", "供热用户满意度", 20, "≥90%", "91.6%", "19.5", "个别小区末端室温偏低"),
]


def sx08() -> Made:
    funds: Funds = [("债券资金", "12000.00", "12000.00", "12000.00"), ("配套资金", "2600.00", "2850.00", "2766.42")]
    unit, dept = "洛阳市偃师区城市供热服务中心", "洛阳市偃师区城市管理局"
    proj = "偃师区城区集中供热管网扩容工程"
    f, money, rt, es, tot = project_facts(unit, dept, proj, funds, SX08)

    def tr(row: list[str], th: bool = False) -> str:
        tag = "th" if th else "td"
        return "<tr>" + "".join(f"<{tag}>{c}</{tag}>" for c in row) + "</tr>"

    summary = [tr(["序号", "项目名称", "债券性质", "债券规模", "自评分数", "自评等级"], th=True),
               tr(["1", proj, "其他领域专项债券", "1.20", str(tot), f["stated_grade"]]),
               tr(["", "总计", "", "1.20", "", ""])]
    block = money_block(funds, money, rt, es)
    form = [tr(["项目名称", proj, "", "", "", "", "", ""]), tr(["主管部门", dept, "", "", "实施单位", unit, "", ""]),
            tr(block[0], th=True), *(tr(b) for b in block[1:]),
            tr(["年度总体目标", "新建供热管网28公里，新增供热面积80至100万平方米，替代分散燃煤锅炉35台以上。", "", "",
                "建成管网28.5公里，新增供热面积92万平方米，替代锅炉38台。", "", "", ""]),
            tr(HEAD, th=True), *(tr(cells(r)) for r in SX08),
            tr(["总分", "", "", "", "", "100", str(tot), f["stated_grade"]])]
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
            f"<title>{YEAR}年度新增地方政府专项债券项目绩效自评情况</title></head><body>\n"
            "<div class=\"nav\">首页 &gt; 信息公开 &gt; 法定主动公开内容 &gt; 财政预决算</div>\n"
            f"<h2>{YEAR}年度新增地方政府专项债券项目绩效自评情况</h2>\n"
            "<p>发布时间：2025-06-12 09:30　信息来源：区城市管理局　浏览次数：</p>\n"
            f"<p>我局{YEAR}年新增地方政府专项债券项目1个，争取债券资金1.2亿元。按照省财政厅专项债券项目资金绩效管理要求，"
            "从决策、管理、产出和效益等方面开展了绩效自评，结果如下：</p>\n"
            f"<p>{YEAR}年新增地方政府专项债券项目绩效自评情况表（单位：亿元）</p>\n"
            "<table border=\"1\">\n" + "\n".join(summary) + "\n</table>\n"
            f"<p>附：{proj}绩效自评表（金额单位：万元）</p>\n"
            "<table border=\"1\">\n" + "\n".join(form) + "\n</table>\n"
            "<div class=\"footer\">扫一扫在手机打开当前页　主办单位：洛阳市偃师区人民政府办公室</div>\n</body></html>\n")
    return f, "mht", _mht(f"{YEAR}年度新增地方政府专项债券项目绩效自评情况", html)


REPORTS: dict[str, Any] = {
    "sx02-sc-youxian-fund-park-project-htm-th-caption-ranges": sx02,
    "sx04-ha-chuanhui-bond-market-project-ods-fund-columns": sx04,
    "sx05-js-huaiyin-lottery-fund-project-csv-filled-merges": sx05,
    "sx06-sc-shunqing-bond-coldchain-project-et-bond-sheet": sx06,
    "sx08-ha-yanshi-bond-heating-project-mht-bond-summary": sx08,
}
