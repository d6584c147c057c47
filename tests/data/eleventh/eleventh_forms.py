# ruff: noqa: E501  (report lines are kept whole)
"""Eleventh corpus, project forms copied as text: a Jiangsu school report whose indicators appear twice, as
prose and in the form, worded differently (k02); a Hunan agriculture 绩效目标 table with 指标内容 / 评分标准 /
分值 / 得分 / 扣分原因 and half points (k03); a Zhejiang transport form whose 年度指标值 are ranges or carry
左右 / 以上 / 以内 (k04); a Sichuan agriculture form with five 资金来源 rows (中央 / 省级 / 市级 / 县级 / 自筹)
(k05); a Hubei school report whose 自评得分 and 自评等级 sit in the title block and again in the conclusion
(k06); an Anhui transport form with 偏差原因 in a table of its own after the indicators (k07)."""

from __future__ import annotations

from typing import Any

from eleventh_base import (
    D,
    Ind,
    Report,
    cells_of,
    execution_indicator,
    exp,
    money,
    num,
    pct,
    pipe,
    project_facts,
    q,
    rate_of,
    sum_scores,
    t,
    tabs,
)

IND_HEAD = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]


def money_block(fa: Any, fb: Any, fe: Any, rate: Any, es: Any, funds: list[tuple[str, Any, Any, Any]]) -> list[list[str]]:
    """The standard 8-cell money block: 年度资金总额 and its 其中 rows (年初 / 全年预算 / 全年执行)."""
    rows = [["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            ["", "年度资金总额", money(fa), money(fb), money(fe), "10", pct(rate), num(es)]]
    for i, (n, a, b, e) in enumerate(funds):
        rows.append(["", ("其中：" if i == 0 else "") + n, money(a), money(b), money(e), "—", pct(rate_of(e, b)), "—"])
    return rows


def fund_facts(funds: list[tuple[str, Any, Any, Any]]) -> list[dict[str, Any]]:
    return [{"name": n, "initial": D(str(a)), "adjusted": D(str(b)), "executed": D(str(e))} for n, a, b, e in funds]


def form_facts(dept: str, name: str, unit: str, money: tuple[Any, Any, Any, Any, Any], inds: list[Ind], total: Any,
               grade: str = "", funds: list[tuple[str, Any, Any, Any]] | None = None) -> dict[str, Any]:
    """The expected facts of a 2024 project form: ``money`` is (年初, 全年预算, 全年执行, the printed 执行率, the
    money block's score out of 10), then the indicators, the stated total (and grade), the fund rows if any."""
    fa, fb, fe, rate, es = money
    budget: dict[str, Any] = {"initial": fa, "adjusted": fb, "executed": fe, "stated_execution_rate": rate}
    if funds:
        budget["fund_rows"] = fund_facts(funds)
    rest: dict[str, Any] = {"budget": budget, "indicators": [execution_indicator(10, rate, es), *(exp(i) for i in inds)],
                            "stated_total": total}
    if grade:
        rest["stated_grade"] = grade
    return project_facts(2024, dept, name, unit, {**rest, "full_mark": D(100)})


# ---------------------------------------------------------------- k02
def k02() -> Report:
    """Jiangsu: a county education bureau's teacher-training project. Section 三 describes each indicator in
    prose with its own wording (培训骨干教师 / 目标不少于…), the appended form lists them with the form's names.
    One satisfaction score is above its weight (a real slip kept)."""
    name, dept, unit = "乡村教师素质提升工程专项资金", "盐城市滨海县教育局", "滨海县教师发展中心"
    fa, fb, fe = D("480.00"), D("512.00"), D("497.35")
    rate = rate_of(fe, fb)
    es = D("9.71")
    inds = [
        q("骨干教师培训人次", "产出指标", "数量指标", 15, "≥", 500, "人次", 526, 15),
        q("送教下乡课时", "产出指标", "数量指标", 10, "≥", 240, "课时", 228, 9.5, note="2所学校因校舍维修暂停送教"),
        q("培训考核合格率", "产出指标", "质量指标", 15, "≥", 95, "%", 97.6, 15),
        q("培训任务完成及时率", "产出指标", "时效指标", 10, "≥", 90, "%", 92, 10),
        t("乡村学校教学质量", "效益指标", "社会效益指标", 30, "稳步提升", "稳步提升", 30),
        q("参训教师满意度", "满意度指标", "服务对象满意度指标", 10, "≥", 90, "%", 95.3, 10.5),
    ]
    total = sum_scores(inds, es)
    prose = [
        f"{unit}2024年度{name}绩效自评报告",
        "",
        "一、项目基本情况",
        f"{name}由{dept}主管，{unit}组织实施，用于全县乡村学校教师培训、送教下乡和教研活动。",
        "",
        "二、项目资金使用情况",
        f"2024年年初安排资金{money(fa)}万元，年中追加后全年预算{money(fb)}万元，全年支出{money(fe)}万元，预算执行率{pct(rate)}。",
        "",
        "三、绩效目标完成情况",
        "（一）产出指标",
        "1.培训骨干教师：年度目标不少于500人次，全年实际培训526人次，超额完成。",
        "2.送教下乡：计划送教240课时，实际完成228课时，两所学校校舍维修期间暂停送教。",
        "3.培训质量：考核合格率目标95%以上，实际达到97.6%。",
        "4.时效：培训任务按计划时间完成的比例为92%，高于90%的目标。",
        "（二）效益指标",
        "乡村学校教学质量稳步提升，达到预期。",
        "（三）满意度指标",
        "对参训教师开展问卷调查，满意度95.3%。",
        "",
        "四、自评结论",
        f"经自评，本项目得分{num(total)}分，等级为优。",
        "",
        "附件：项目支出绩效自评表",
        "",
    ]
    grid = [
        ["项目名称", name, "", "", "", "", "", ""],
        ["主管部门", dept, "", "", "实施单位", unit, "", ""],
        *money_block(fa, fb, fe, rate, es, []),
        IND_HEAD,
        *cells_of(inds, ["l1", "l2", "name", "tgt", "act", "w", "sc", "note"]),
        ["总分", "", "", "", "", "100", num(total), ""],
    ]
    lines = [*prose, "项目支出绩效自评表", "（2024年度）", "", *(pipe(r) for r in grid), "",
             f"填报单位：{unit}    填报日期：2025年3月12日"]
    facts = form_facts(dept, name, unit, (fa, fb, fe, rate, es), inds, total, grade="优")
    return Report("k02-js-binhai-school-project-twice-prose", ".txt", "\n".join(lines) + "\n", facts,
                  "Jiangsu county teacher-training project: each indicator summarised in prose (培训骨干教师：年度目标不少于500人次…) "
                  "then the appended form with other names; 满意度 scored 10.5 of 10", planted=["SCORE_OVER_WEIGHT"])


# ---------------------------------------------------------------- k03
def k03() -> Report:
    """Hunan: a county agriculture bureau's 绩效目标 table: 指标内容 / 年度指标值 / 实际完成值 / 评分标准 / 分值 /
    得分 / 扣分原因, half points and two-decimal scores. The 合计 row is 1.5 above the scores' sum."""
    name, dept, unit = "高标准农田建设项目", "常德市澧县农业农村局", "澧县农田建设服务中心"
    fa, fb, fe = D("3600.00"), D("3600.00"), D("3421.80")
    rate = rate_of(fe, fb)
    es = D("9.5")
    inds = [
        q("新建高标准农田面积", "产出指标", "数量指标", 20, "≥", 2.4, "万亩", 2.4, 20),
        q("新增灌溉面积", "产出指标", "数量指标", 10, "≥", 0.8, "万亩", 0.72, 7.5, note="1处泵站设备到货延迟"),
        q("工程验收合格率", "产出指标", "质量指标", 10, "=", 100, "%", 100, 10),
        q("项目完工率", "产出指标", "时效指标", 10, "≥", 95, "%", 91.5, 8.75, note="雨季影响施工进度"),
        q("亩均粮食增产", "效益指标", "经济效益指标", 10, "≥", 50, "公斤", 56, 10),
        t("农田生态环境", "效益指标", "生态效益指标", 10, "有效改善", "有效改善", 10),
        q("受益农户满意度", "满意度指标", "服务对象满意度指标", 20, "≥", 90, "%", 93.4, 20),
    ]
    stated = sum_scores(inds, es) + D("1.5")
    crit = {
        "新建高标准农田面积": "完成目标得满分，每少1%扣0.5分",
        "新增灌溉面积": "按完成比例计分",
        "工程验收合格率": "达到100%得满分，否则不得分",
        "项目完工率": "按完成比例计分",
        "亩均粮食增产": "达到目标得满分",
        "农田生态环境": "有效改善得满分，有所改善得一半分",
        "受益农户满意度": "90%以上得满分，每低1%扣1分",
    }
    rows = cells_of(inds, ["l1", "l2", "name", "tgt", "act", "crit", "w", "sc", "note"],
                    extra={"crit": lambda i: crit[i.name]})
    lines = [
        "澧县2024年度项目支出绩效目标自评表",
        "",
        pipe(["项目名称", name, "", "", "", "", "", "", ""]),
        pipe(["主管部门", dept, "", "", "", "实施单位", unit, "", ""]),
        pipe(["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", ""]),
        pipe(["", "年度资金总额", money(fa), money(fb), money(fe), "10", pct(rate), num(es), ""]),
        pipe(["一级指标", "二级指标", "指标内容", "年度指标值", "实际完成值", "评分标准", "分值", "得分", "扣分原因"]),
        *(pipe(r) for r in rows),
        pipe(["合计", "", "", "", "", "", "100", num(stated), ""]),
        "",
        "填报人：刘德胜    联系电话：0736-3218765",
    ]
    facts = form_facts(dept, name, unit, (fa, fb, fe, rate, es), inds, stated)
    return Report("k03-hn-lixian-farmland-project-criteria-kouyuanyin", ".txt", "\n".join(lines) + "\n", facts,
                  "Hunan 绩效目标自评表: 指标内容 / 评分标准 / 分值 / 得分 / 扣分原因 columns, half and two-decimal scores; 合计 1.5 above the sum",
                  planted=["TOTAL_MISMATCH"])


# ---------------------------------------------------------------- k04
def k04() -> Report:
    """Zhejiang: a county transport bureau's bus-subsidy project copied from Excel with tabs; 年度指标值 written
    as a range (95%-100%), with 以上 / 以内 after the number, or with 左右 (about: no comparator a reader can
    hold it to, so that target is not expected)."""
    name, dept, unit = "城乡公交一体化运营补助资金", "丽水市松阳县交通运输局", "松阳县公共交通服务中心"
    fa, fb, fe = D("920.00"), D("1050.00"), D("1043.70")
    rate = rate_of(fe, fb)
    es = D("9.94")
    inds = [
        q("城乡公交线路开通数", "产出指标", "数量指标", 15, "≥", 32, "条", 33, 15, tgt_cell="32条以上"),
        q("年客运量", "产出指标", "数量指标", 10, "≥", 460, "万人次", 472, 10, tgt_cell="460万人次左右", expect_target=False),
        q("公交准点率", "产出指标", "质量指标", 15, "≥", 95, "%", 96.8, 15, tgt_cell="95%-100%"),
        q("车辆平均发车间隔", "产出指标", "时效指标", 10, "≤", 30, "分钟", 28, 10, tgt_cell="30分钟以内"),
        q("行政村公交通达率", "效益指标", "社会效益指标", 20, "=", 100, "%", 100, 20),
        q("新能源公交车占比", "效益指标", "生态效益指标", 10, "≥", 80, "%", 78.5, 9.5, tgt_cell="80%以上", note="2辆新能源车辆推迟交付"),
        q("乘客满意度", "满意度指标", "服务对象满意度指标", 10, "≥", 90, "%", 92.1, 10, tgt_cell="90%以上"),
    ]
    total = sum_scores(inds, es)
    lines = [
        "项目支出绩效自评表",
        "（2024年度）",
        tabs(["项目名称", name, "", "", "", "", "", ""]),
        tabs(["主管部门", dept, "", "", "实施单位", unit, "", ""]),
        *(tabs(r) for r in money_block(fa, fb, fe, rate, es, [])),
        tabs(IND_HEAD),
        *(tabs(r) for r in cells_of(inds, ["l1", "l2", "name", "tgt", "act", "w", "sc", "note"])),
        tabs(["总分", "", "", "", "", "100", num(total), ""]),
    ]
    facts = form_facts(dept, name, unit, (fa, fb, fe, rate, es), inds, total)
    return Report("k04-zj-songyang-bus-project-range-targets", ".txt", "\n".join(lines) + "\n", facts,
                  "Zhejiang transport form with tabs: targets 95%-100% (≥95), 32条以上 (≥), 30分钟以内 (≤), 460万人次左右 (not expected)")


# ---------------------------------------------------------------- k05
def k05() -> Report:
    """Sichuan: a county agriculture bureau's seed-industry project with five 资金来源 rows (中央 / 省级 / 市级 /
    县级 / 自筹) under 年度资金总额. The printed 执行率 of the total is 3 points above 全年执行数 / 全年预算数."""
    name, dept, unit = "现代种业提升工程项目", "眉山市仁寿县农业农村局", "仁寿县种子管理站"
    funds = [("中央资金", D("600.00"), D("600.00"), D("588.20")), ("省级资金", D("240.00"), D("240.00"), D("231.45")),
             ("市级资金", D("80.00"), D("80.00"), D("72.10")), ("县级资金", D("120.00"), D("150.00"), D("121.36")),
             ("单位自筹", D("60.00"), D("60.00"), D("44.80"))]
    fa, fb, fe = (sum((f[i] for f in funds), D(0)) for i in (1, 2, 3))
    printed = rate_of(fe, fb) + 3
    es = D("9.62")
    inds = [
        q("良种繁育基地建设面积", "产出指标", "数量指标", 15, "≥", 5000, "亩", 5120, 15),
        q("推广主导品种", "产出指标", "数量指标", 10, "≥", 12, "个", 12, 10),
        q("种子质量抽检合格率", "产出指标", "质量指标", 15, "≥", 98, "%", 99.1, 15),
        q("繁育基地建设完成时限", "产出指标", "时效指标", 10, "≤", 12, "月", 12, 10),
        q("良种覆盖率", "效益指标", "经济效益指标", 15, "≥", 96, "%", 96.5, 15),
        q("带动农户增收", "效益指标", "社会效益指标", 15, "≥", 300, "元/户", 285, 14.25, note="部分基地遭遇低温减产"),
        q("种植户满意度", "满意度指标", "服务对象满意度指标", 10, "≥", 90, "%", 91.8, 10),
    ]
    total = sum_scores(inds, es)
    block = money_block(fa, fb, fe, printed, es, funds)
    lines = [
        "2024年度项目支出绩效自评表",
        "",
        pipe(["项目名称", name, "", "", "", "", "", ""]),
        pipe(["主管部门", dept, "", "", "实施单位", unit, "", ""]),
        *(pipe(r) for r in block),
        pipe(IND_HEAD),
        *(pipe(r) for r in cells_of(inds, ["l1", "l2", "name", "tgt", "act", "w", "sc", "note"])),
        pipe(["总分", "", "", "", "", "100", num(total), ""]),
        "",
        "填报单位（盖章）：仁寿县种子管理站    填报日期：2025年3月5日",
    ]
    facts = form_facts(dept, name, unit, (fa, fb, fe, printed, es), inds, total, funds=funds)
    return Report("k05-sc-renshou-seed-project-five-sources", ".txt", "\n".join(lines) + "\n", facts,
                  "Sichuan form with five 资金来源 rows (中央/省级/市级/县级/单位自筹) under 年度资金总额, each with 年初/全年预算/全年执行 "
                  "and its own 执行率; the total's 执行率 printed 3 points high", planted=["EXECUTION_RATE_MISMATCH"])


# ---------------------------------------------------------------- k06
def k06() -> Report:
    """Hubei: a city school's project report whose title block states 自评得分：87.5分 自评等级：优, and the
    conclusion repeats both; 87.5 is 良 by the grade bands (a real slip kept)."""
    name, dept, unit = "中小学校舍维修改造项目", "襄阳市襄州区教育局", "襄阳市襄州区第三中学"
    fa, fb, fe = D("380.00"), D("380.00"), D("352.48")
    rate = rate_of(fe, fb)
    es = D("9.28")
    inds = [
        q("维修改造校舍面积", "产出指标", "数量指标", 20, "≥", 6500, "平方米", 6320, 17.5, note="1栋宿舍楼改为下年实施"),
        q("工程验收合格率", "产出指标", "质量指标", 15, "=", 100, "%", 100, 15),
        q("工程按期完成率", "产出指标", "时效指标", 15, "≥", 90, "%", 78, 8.72, note="招标流标后重新招标"),
        t("校园安全隐患", "效益指标", "社会效益指标", 15, "有效消除", "基本消除", 12, note="个别附属设施未改造"),
        q("校舍使用年限延长", "效益指标", "可持续影响指标", 10, "≥", 15, "年", 15, 10),
        q("师生满意度", "满意度指标", "服务对象满意度指标", 15, "≥", 90, "%", 92.6, 15),
    ]
    total = sum_scores(inds, es)
    assert total == D("87.5"), total
    lines = [
        "项目支出绩效自评报告",
        "",
        f"项目名称：{name}",
        f"主管部门：{dept}",
        f"实施单位：{unit}",
        f"自评得分：{num(total)}分    自评等级：优",
        "评价年度：2024年度",
        "",
        "一、项目概况",
        f"{unit}教学楼、宿舍楼建于上世纪九十年代，2024年实施屋面防水、外墙、门窗及消防设施维修改造。",
        "",
        "二、项目支出绩效自评表",
        "",
        pipe(["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]),
        pipe(["", "年度资金总额", money(fa), money(fb), money(fe), "10", pct(rate), num(es)]),
        pipe(IND_HEAD),
        *(pipe(r) for r in cells_of(inds, ["l1", "l2", "name", "tgt", "act", "w", "sc", "note"])),
        pipe(["总分", "", "", "", "", "100", num(total), ""]),
        "",
        "三、自评结论",
        f"综上，本项目2024年度自评得分{num(total)}分，自评等级为“优”。",
    ]
    facts = form_facts(dept, name, unit, (fa, fb, fe, rate, es), inds, total, grade="优")
    return Report("k06-hb-xiangzhou-school-project-titlescore", ".txt", "\n".join(lines) + "\n", facts,
                  "Hubei school project: 自评得分：87.5分 自评等级：优 in the title block and again in the conclusion; 87.5 is 良",
                  planted=["GRADE_MISMATCH"])


# ---------------------------------------------------------------- k07
def k07() -> Report:
    """Anhui: a county transport bureau's rural-road safety project; the indicator table has no note column,
    the 偏差原因 follow in a table of their own (指标名称 / 偏差情况 / 偏差原因 / 改进措施)."""
    name, dept, unit = "农村公路安全生命防护工程", "六安市霍山县交通运输局", "霍山县农村公路管理所"
    fa, fb, fe = D("1250.00"), D("1180.00"), D("1132.64")
    rate = rate_of(fe, fb)
    es = D("9.6")
    inds: list[Ind] = [
        q("安装波形护栏", "产出指标", "数量指标", 15, "≥", 86, "公里", 86.4, 15),
        q("增设警示标志", "产出指标", "数量指标", 10, "≥", 420, "块", 398, 9.48, note="部分点位与新建道路重叠，调整至下年"),
        q("工程质量合格率", "产出指标", "质量指标", 15, "=", 100, "%", 100, 15),
        q("工程完工率", "产出指标", "时效指标", 10, "≥", 95, "%", 90.2, 9.49, note="汛期停工两个月"),
        q("事故多发路段减少", "效益指标", "社会效益指标", 20, "≥", 6, "处", 7, 20),
        q("沿线群众满意度", "满意度指标", "服务对象满意度指标", 20, "≥", 90, "%", 91.7, 20),
    ]
    total = sum_scores(inds, es)
    rows = cells_of(inds, ["l1", "l2", "name", "tgt", "act", "w", "sc"])
    dev = [i for i in inds if i.note]
    lines = [
        "霍山县2024年度项目支出绩效自评表",
        "",
        pipe(["项目名称", name, "", "", "", "", ""]),
        pipe(["主管部门", dept, "", "", "实施单位", unit, ""]),
        pipe(["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]),
        pipe(["年度资金总额", money(fa), money(fb), money(fe), "10", pct(rate), num(es)]),
        pipe(IND_HEAD[:7]),
        *(pipe(r) for r in rows),
        pipe(["总分", "", "", "", "", "100", num(total)]),
        "",
        "偏差原因分析表",
        pipe(["指标名称", "偏差情况", "偏差原因", "改进措施"]),
        *(pipe([i.name, f"目标{i.target_text()}，完成{i.actual_text()}", i.note, "加强进度调度"]) for i in dev),
        "",
        "霍山县农村公路管理所    2025年3月18日",
    ]
    facts = form_facts(dept, name, unit, (fa, fb, fe, rate, es), inds, total)
    return Report("k07-ah-huoshan-road-project-deviation-table", ".txt", "\n".join(lines) + "\n", facts,
                  "Anhui transport form, 7-cell rows without a note column; 偏差原因 in a separate table (指标名称/偏差情况/偏差原因/改进措施) after the indicators")


REPORTS = [k02, k03, k04, k05, k06, k07]
