# ruff: noqa: E501  (report lines are kept whole)
"""Tenth corpus, files: a Zhejiang district bureau's workbook of three sheets (封面 / 整体支出 / 绩效指标) with
merged cells, numbers as numbers and the stated total off by 2 (w03); a Guangdong town's Word report whose
form sits in a landscape section after the portrait prose, graded 优 on a total in 良 (w04); a Jiangsu street
office's web page with a navigation bar, 无障碍 links, metadata list and the form as a rowspan/colspan table,
one score above its weight (w05); an Anhui county bureau's workbook with a 重点工作任务 sheet before the
indicators, weights and scores under 指标权重 / 指标得分 (w08)."""

from __future__ import annotations

from corpus_build import xlsx_bytes
from tenth_base import (
    D,
    Report,
    cells_of,
    docx_landscape,
    exec_score,
    execution_indicator,
    exp,
    items,
    money,
    num,
    pct,
    q,
    rate_of,
    sum_scores,
    t,
    whole_facts,
)


def _f(x: object) -> float:
    return float(str(x))


# ---------------------------------------------------------------- w03
def w03() -> Report:
    """Zhejiang, Jinhua: a district bureau's workbook; sheet 封面 names the unit and date; sheet 整体支出 holds
    the money block (merged label column); sheet 绩效指标 the indicators with merged 一级/二级 cells, a 总分 row
    whose stated total is 2 above the scores' sum (a slip kept) and a 自评等级 row."""
    unit = "金华市婺城区市场监督管理局"
    fa, fb, fe = D("4218.50"), D("4630.72"), D("4571.36")
    rate = rate_of(fe, fb)
    es = exec_score(10, rate)
    inds = [
        q("食品安全监督抽检批次", "产出指标", "数量指标", 10, "≥", 2600, "批次", 2740, 10),
        q("特种设备定期检验率", "产出指标", "质量指标", 10, "≥", 98, "%", 99.2, 10),
        q("投诉举报按时办结率", "产出指标", "时效指标", 10, "≥", 95, "%", 98.6, 10),
        q("新增市场主体数量", "效益指标", "经济效益指标", 10, "≥", 9000, "户", 9412, 10),
        q("食品抽检不合格产品核查处置率", "效益指标", "社会效益指标", 15, "=", 100, "%", 100, 15),
        t("信用监管机制", "效益指标", "可持续影响指标", 15, "健全完善", "基本完善", 12, note="部分行业信用分级未覆盖"),
        q("市场主体满意度", "满意度指标", "服务对象满意度指标", 20, "≥", 90, "%", 94.1, 20),
    ]
    true_total = sum_scores(inds, es)
    stated = true_total + 2
    cover = [["部门整体支出绩效自评表"], [], ["填报单位（盖章）：", unit], ["评价年度：", "2024年度"],
             ["填报日期：", "2025年3月18日"], ["联系人：", "邵佳慧"]]
    money_rows: list[list[object]] = [
        ["部门整体支出绩效自评表（2024年度）", None, None, None, None, None, None],
        ["部门名称", unit, None, None, None, None, None],
        ["资金情况（万元）", "项目", "年初预算数", "全年预算数", "全年执行数", "执行率", "分值"],
        [None, "年度资金总额", _f(fa), _f(fb), _f(fe), f"{pct(rate)}", 10],
        [None, "其中：财政拨款", 3960.5, 4352.12, 4296.3, None, None],
        [None, "其他资金", 258.0, 278.6, 275.06, None, None],
        ["得分", _f(es), None, None, None, None, None],
    ]
    head = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
    body = cells_of(inds, ["l1", "l2", "name", "tgt", "act", "w", "sc", "note"])
    ind_rows: list[list[object]] = [head]
    for r in body:
        ind_rows.append([*r[:5], _f(r[5]), _f(r[6]), r[7]])
    ind_rows += [["总分", None, None, None, None, 100, _f(stated), None], ["自评等级", "优", None, None, None, None, None, None]]
    # merged 一级 cells: rows 1-3 产出, 4-6 效益, 7 满意度 (row 0 is the header)
    ind_merges = [(1, 0, 3, 0), (4, 0, 6, 0), (len(ind_rows) - 2, 0, len(ind_rows) - 2, 4), (len(ind_rows) - 1, 1, len(ind_rows) - 1, 7)]
    body_rows = [[c if c != "" else None for c in r] for r in ind_rows]
    book = xlsx_bytes([
        ("封面", cover, [(0, 0, 0, 3)]),
        ("整体支出", money_rows, [(0, 0, 0, 6), (1, 1, 1, 6), (2, 0, 5, 0), (6, 1, 6, 6)]),
        ("绩效指标", body_rows, ind_merges),
    ])
    facts = whole_facts(2024, unit, {
        "budget": {"initial": fa, "adjusted": fb, "executed": fe, "stated_execution_rate": rate},
        "indicators": [execution_indicator(10, rate, es), *(exp(i) for i in inds)],
        "stated_total": stated, "stated_grade": "优", "full_mark": D(100),
    })
    return Report("w03-zj-wucheng-market-xlsx-threesheets", ".xlsx", book, facts,
                  "Zhejiang district bureau workbook: 封面 / 整体支出 / 绩效指标 sheets, merged cells, numbers as numbers, "
                  "money-block score in its own 得分 row, 总分 + 自评等级 rows", ["TOTAL_MISMATCH"])


# ---------------------------------------------------------------- w04
def w04() -> Report:
    """Guangdong, Zhaoqing: a town's Word report; prose in portrait (部门概况 with 编制/在职/退休, 内设机构 as a
    count and list, 收支 with items, 三公经费), then the form in a landscape section as two tables (money,
    indicators with 年初指标值 / 全年完成值 / 指标权重 / 指标得分); graded 优 on a total of 86.73, in the 良 band (a slip kept)."""
    unit = "肇庆市高要区白土镇人民政府"
    fa, fb, fe = D("1986.40"), D("2214.85"), D("2130.62")
    rate = rate_of(fe, fb)
    es = exec_score(10, rate)
    inds = [
        q("村级道路维护里程", "产出指标", "数量指标", 10, "≥", 40, "公里", 36, 9, note="汛期水毁路段顺延修复"),
        q("农村生活垃圾收运覆盖率", "产出指标", "质量指标", 10, "=", 100, "%", 100, 10),
        q("民生项目按期完工率", "产出指标", "时效指标", 10, "≥", 90, "%", 80, 7, note="2个项目因用地报批延后"),
        q("村集体经济收入增长率", "效益指标", "经济效益指标", 15, "≥", 8, "%", 5.6, 10, note="农产品价格下行"),
        t("镇村人居环境", "效益指标", "生态效益指标", 15, "明显改善", "有所改善", 12, note="部分村庄污水管网未接通"),
        t("基层治理水平", "效益指标", "可持续影响指标", 10, "稳步提升", "稳步提升", 10),
        q("群众满意度", "满意度指标", "服务对象满意度指标", 20, "≥", 90, "%", 86, 19.11, note="道路维护进度不及预期"),
    ]
    total = sum_scores(inds, es)
    prose = [
        "肇庆市高要区白土镇人民政府2024年度部门整体支出绩效自评报告",
        "一、部门概况",
        "（一）机构设置",
        "白土镇人民政府内设党政办公室、经济发展办公室、社会事务办公室、规划建设办公室、综合治理办公室5个办公室，另设党群服务中心、农业农村服务中心、公共服务中心3个事业单位。",
        "（二）人员情况",
        "全镇核定编制72名，年末实有在职人员68人；另有退休人员41人，遗属6人。",
        "二、部门财政资金收支情况",
        "2024年镇本级收入合计2,230.18万元，其中：财政拨款收入2,146.73万元，事业收入83.45万元。",
        "2024年镇本级支出合计2,130.62万元，其中：基本支出1,042.18万元，项目支出1,088.44万元。年末结转99.56万元。",
        "“三公”经费支出6.35万元，全部为公务用车运行维护费，较上年下降12.3%。",
        "三、部门整体支出绩效情况",
        f"全年预算{money(fb)}万元，执行{money(fe)}万元，预算执行率{pct(rate)}。绩效指标完成情况见附表（横向页）。",
        "四、评价结论",
        f"对照部门整体支出绩效指标，白土镇2024年度自评得分{num(total)}分，自评等级为优。",
    ]
    money_grid = [
        ["年度预算执行情况（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["年度资金总额", money(fa), money(fb), money(fe), "10", pct(rate), num(es)],
    ]
    head = ["一级指标", "二级指标", "三级指标", "年初指标值", "全年完成值", "指标权重", "指标得分", "偏差原因分析"]
    body = cells_of(inds, ["l1", "l2", "name", "tgt", "act", "w", "sc", "note"], merged=())
    grid = [head, *body, ["总分", "", "", "", "", "100", num(total), ""]]
    merges = [(1, 0, 3, 0), (4, 0, 6, 0), (len(grid) - 1, 0, len(grid) - 1, 4)]
    doc = docx_landscape(prose, [(["附表", "部门整体支出绩效自评表（2024年度）", f"部门名称：{unit}"], money_grid, []),
                                  ([""], grid, merges)],
                         ["填报日期：2025年3月28日"])
    facts = whole_facts(2024, unit, {
        "budget": {"initial": fa, "adjusted": fb, "executed": fe, "stated_execution_rate": rate,
                   "income_total": D("2230.18"),
                   "income_items": items([("财政拨款收入", "2146.73"), ("事业收入", "83.45")]),
                   "expenditure_total": fe,
                   "expenditure_items": items([("基本支出", "1042.18"), ("项目支出", "1088.44")]),
                   "carry_over": D("99.56")},
        "indicators": [execution_indicator(10, rate, es), *(exp(i) for i in inds)],
        "stated_total": total, "stated_grade": "优", "full_mark": D(100),
    })
    facts["unit"].update({"staff_establishment": 72, "staff_total": 68,
                          "internal_bodies": ["党政办公室", "经济发展办公室", "社会事务办公室", "规划建设办公室", "综合治理办公室"],
                          "internal_bodies_count": 5,
                          "subordinate_bodies": ["党群服务中心", "农业农村服务中心", "公共服务中心"],
                          "subordinate_bodies_count": 3})
    return Report("w04-gd-baitu-town-docx-landscape", ".docx", doc, facts,
                  "Guangdong town Word report: portrait prose then the form in a landscape section (money table + "
                  "indicator table with 年初指标值/全年完成值/指标权重/指标得分, merged 一级)", ["GRADE_MISMATCH"])


# ---------------------------------------------------------------- w05
def w05() -> Report:
    """Jiangsu, Yangzhou: a street office's page saved from the district site: navigation bar, 无障碍 /
    长者模式 links, a metadata list (索引号 / 发布机构 / 发布日期), short prose, the form as one table with
    rowspan/colspan; one score is above its weight (a slip kept)."""
    unit = "扬州市广陵区东关街道办事处"
    fa, fb, fe = D("1536.20"), D("1704.66"), D("1688.12")
    rate = rate_of(fe, fb)
    es = exec_score(10, rate)
    inds = [
        q("历史街区巡查频次", "产出指标", "数量指标", 10, "≥", 360, "次", 365, 10),
        q("老旧小区改造户数", "产出指标", "数量指标", 10, "≥", 420, "户", 436, 10),
        q("12345工单按时办结率", "产出指标", "时效指标", 10, "≥", 95, "%", 97.4, 10),
        q("消防安全隐患整改率", "产出指标", "质量指标", 10, "=", 100, "%", 100, 11),
        q("游客接待人次增长率", "效益指标", "经济效益指标", 10, "≥", 5, "%", 7.3, 10),
        t("古城风貌保护", "效益指标", "社会效益指标", 15, "有效保护", "有效保护", 15),
        t("社区自治机制", "效益指标", "可持续影响指标", 5, "持续完善", "持续完善", 5),
        q("居民满意度", "满意度指标", "服务对象满意度指标", 20, "≥", 90, "%", 95.6, 20),
    ]
    total = sum_scores(inds, es)

    def td(text: str, rs: int = 1, cs: int = 1) -> str:
        span = (f' rowspan="{rs}"' if rs > 1 else "") + (f' colspan="{cs}"' if cs > 1 else "")
        return f"<td{span}>{text}</td>"

    groups: dict[str, int] = {}
    for i in inds:
        groups[i.l1] = groups.get(i.l1, 0) + 1
    rows, seen = [], set()
    for i in inds:
        first = td(i.l1, groups[i.l1]) if i.l1 not in seen else ""
        seen.add(i.l1)
        rows.append("<tr>" + first + "".join(td(c) for c in [i.l2, i.name, i.target_text(), i.actual_text(), num(i.w), num(i.sc), i.note]) + "</tr>")
    html = "\n".join([
        "<!DOCTYPE html>", '<html lang="zh-CN"><head><meta charset="utf-8"><title>东关街道2024年度部门整体支出绩效自评报告_扬州市广陵区人民政府</title></head><body>',
        '<div class="top-bar"><a href="#">无障碍</a> | <a href="#">长者模式</a> | <a href="#">繁體</a> | <a href="#">登录</a></div>',
        '<div class="nav"><ul><li><a href="#">首页</a></li><li><a href="#">要闻动态</a></li><li><a href="#">政务公开</a></li><li><a href="#">政务服务</a></li><li><a href="#">互动交流</a></li></ul></div>',
        '<div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 财政信息 &gt; 预算绩效</div>',
        '<ul class="meta"><li>索引号：K12345678/2025-00031</li><li>发布机构：扬州市广陵区东关街道办事处</li><li>发布日期：2025-04-21</li><li>文号：</li></ul>',
        "<h1>东关街道2024年度部门整体支出绩效自评报告</h1>",
        '<div class="content">',
        "<p>一、基本情况</p><p>东关街道地处古城核心区，辖8个社区，承担历史街区保护、社区治理和公共服务等职责。</p>",
        f"<p>二、预算执行情况</p><p>2024年年初预算{money(fa)}万元，全年预算{money(fb)}万元，全年执行{money(fe)}万元，执行率{pct(rate)}。</p>",
        f"<p>三、自评结论</p><p>经自评，街道2024年度部门整体支出绩效自评得分{num(total)}分，等级为优。</p>",
        "<p>附：部门整体支出绩效自评表</p>",
        '<table border="1">',
        "<tr>" + td("部门整体支出绩效自评表（2024年度）", cs=8) + "</tr>",
        "<tr>" + td("部门名称") + td(unit, cs=7) + "</tr>",
        "<tr>" + td("年度预算执行情况（万元）", rs=2) + td("年初预算数") + td("全年预算数") + td("全年执行数") + td("分值") + td("执行率") + td("得分", cs=2) + "</tr>",
        "<tr>" + td(money(fa)) + td(money(fb)) + td(money(fe)) + td("10") + td(pct(rate)) + td(num(es), cs=2) + "</tr>",
        "<tr>" + "".join(td(c) for c in ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]) + "</tr>",
        *rows,
        "<tr>" + td("总分", cs=5) + td("100") + td(num(total)) + td("") + "</tr>",
        "</table>", "</div>",
        '<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a></div>',
        '<div class="footer">主办：扬州市广陵区人民政府办公室 | 网站标识码：3210020000 | 苏ICP备00000000号</div>',
        "</body></html>",
    ])
    facts = whole_facts(2024, unit, {
        "budget": {"initial": fa, "adjusted": fb, "executed": fe, "stated_execution_rate": rate},
        "indicators": [execution_indicator(10, rate, es), *(exp(i) for i in inds)],
        "stated_total": total, "stated_grade": "优", "full_mark": D(100),
    })
    return Report("w05-js-dongguan-street-html-nav", ".html", html + "\n", facts,
                  "Jiangsu street office web page: nav bar, 无障碍/长者模式 links, 索引号/发布机构 metadata, the form as one "
                  "table with rowspan (一级) and colspan", ["SCORE_OVER_WEIGHT"])


# ---------------------------------------------------------------- w08
def w08() -> Report:
    """Anhui, Lu'an: a county bureau's workbook: sheet 基本情况 (unit, staff, money block), sheet 重点工作任务
    (任务 / 预算数 / 执行数 / 完成情况), sheet 绩效指标 with 指标权重 / 指标得分 and a 自评得分 / 自评等级 row."""
    unit = "六安市霍山县文化旅游体育局"
    fa, fb, fe = D("1268.70"), D("1396.52"), D("1371.08")
    rate = rate_of(fe, fb)
    es = exec_score(10, rate)
    inds = [
        q("公共文化场馆免费开放天数", "产出指标", "数量指标", 10, "≥", 300, "天", 306, 10),
        q("送戏进万村场次", "产出指标", "数量指标", 10, "≥", 150, "场", 162, 10),
        q("文物安全巡查覆盖率", "产出指标", "质量指标", 10, "=", 100, "%", 100, 10),
        q("全民健身赛事按期举办率", "产出指标", "时效指标", 10, "≥", 95, "%", 100, 10),
        q("旅游接待人次", "效益指标", "经济效益指标", 10, "≥", 820, "万人次", 856, 10),
        t("群众文化生活", "效益指标", "社会效益指标", 15, "持续丰富", "持续丰富", 15),
        t("文旅融合发展", "效益指标", "可持续影响指标", 5, "稳步推进", "稳步推进", 5),
        q("群众满意度", "满意度指标", "服务对象满意度指标", 20, "≥", 90, "%", 93.7, 20),
    ]
    total = sum_scores(inds, es)
    info: list[list[object]] = [
        ["霍山县文化旅游体育局2024年度部门整体支出绩效自评表", None, None, None, None, None],
        ["单位名称", unit, None, None, None, None],
        ["编制人数", 42, "实有人数", 40, "退休人数", 19],
        ["预算执行（万元）", "年初预算数", "全年预算数", "全年执行数", "执行率", "分值"],
        ["年度资金总额", _f(fa), _f(fb), _f(fe), pct(rate), 10],
        ["预算执行得分", _f(es), None, None, None, None],
    ]
    tasks: list[list[object]] = [
        ["序号", "重点工作任务", "预算数（万元）", "执行数（万元）", "完成情况"],
        [1, "公共文化服务体系运行", 386.5, 380.12, "已完成"],
        [2, "文物保护与非遗传承", 228.0, 221.46, "已完成"],
        [3, "全民健身赛事活动", 142.6, 142.6, "已完成"],
        [4, "旅游宣传推介", 165.0, 158.94, "基本完成"],
    ]
    head = ["一级指标", "二级指标", "三级指标", "指标权重", "年度目标值", "实际完成值", "指标得分", "偏差原因"]
    body = cells_of(inds, ["l1", "l2", "name", "w", "tgt", "act", "sc", "note"])
    ind_rows: list[list[object]] = [head]
    for r in body:
        ind_rows.append([r[0] or None, r[1] or None, r[2], _f(r[3]), r[4], r[5], _f(r[6]), r[7] or None])
    ind_rows += [["自评得分", None, None, 100, None, None, _f(total), None], ["自评等级", "优", None, None, None, None, None, None]]
    book = xlsx_bytes([
        ("基本情况", info, [(0, 0, 0, 5), (1, 1, 1, 5), (5, 1, 5, 5)]),
        ("重点工作任务", tasks, []),
        ("绩效指标", ind_rows, [(1, 0, 4, 0), (5, 0, 7, 0), (len(ind_rows) - 2, 0, len(ind_rows) - 2, 2)]),
    ])
    facts = whole_facts(2024, unit, {
        "budget": {"initial": fa, "adjusted": fb, "executed": fe, "stated_execution_rate": rate},
        "indicators": [execution_indicator(10, rate, es), *(exp(i) for i in inds)],
        "stated_total": total, "stated_grade": "优", "full_mark": D(100),
    })
    facts["unit"].update({"staff_establishment": 42, "staff_total": 40})
    return Report("w08-ah-huoshan-culture-xlsx-tasks-sheet", ".xlsx", book, facts,
                  "Anhui county bureau workbook: 基本情况 sheet (编制/实有/退休 cells, money block, 预算执行得分 row), "
                  "重点工作任务 sheet, 绩效指标 sheet with 指标权重 before 年度目标值 and 指标得分, 自评得分/自评等级 rows")


REPORTS = [w03, w04, w05, w08]
