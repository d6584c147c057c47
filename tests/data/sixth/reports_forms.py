# ruff: noqa: E501  (report lines are kept whole)
"""Sixth corpus, forms flattened to text in shapes the other sets do not have: an indented page copy
with "指标1：" placeholders and lost 一级 cells (s01), an Anhui web copy with ★ core rows and
"其中…" sub-rows (s02), a Hubei form with checkbox header rows and one-character-per-line vertical
cells (s03), a Sichuan transfer-payment table with 行次/列次 and six-decimal amounts (s05), a Hunan
form one cell per line with "万元" in every cell and first characters lost (s06), a Yunnan form with a
two-row header and "﹦" (s07), a Chongqing form with OCR character confusions (s08)."""

from __future__ import annotations

from typing import Any

from sixth_base import (
    D,
    Report,
    exec_score,
    execution_indicator,
    exp,
    money,
    no_levels,
    num,
    pct,
    q,
    rate_of,
    sum_scores,
    t,
)


# ---------------------------------------------------------------- s01
def s01() -> Report:
    """Anhui county bureau page: the form copied as indented lines, cells separated by spaces."""
    name, unit = "小型灌区节水配套改造经费", "明光市水利局"
    fa, fb, fe = D("365"), D("365"), D("361.35")
    inds = [
        q("改造小型灌区数量", "产出指标", "数量指标", 10, "≥", 3, "处", 3, 10, cmp_shown=False),
        q("新建防渗渠道长度", "产出指标", "数量指标", 10, "≥", 12.5, "公里", 12.8, 10, cmp_shown=False),
        q("工程验收合格率", "产出指标", "质量指标", 10, "=", 100, "%", 100, 10, cmp_shown=False),
        q("年度资金支付完成率", "产出指标", "时效指标", 10, "=", 100, "%", 99, 9.9, cmp_shown=False),
        t("资金执行在预算范围内", "产出指标", "成本指标", 10, "", "", 10, expect_target=False, expect_actual=False),
        q("新增节水灌溉面积", "效益指标", "经济效益指标", 10, "≥", 0.8, "万亩", 0.86, 10, cmp_shown=False),
        q("受益人口", "效益指标", "社会效益指标", 10, "≥", 1.2, "万人", 1.26, 10, cmp_shown=False),
        t("已建工程良性运行", "效益指标", "可持续影响指标", 10, "长期", "长期", 10),
        q("服务对象满意度", "满意度指标", "服务对象满意度指标", 10, "≥", 90, "%", 96, 10, cmp_shown=False),
    ]
    rate = rate_of(fe, fb)
    total = sum_scores(inds, exec_score(10, rate))
    i = "    "

    def row(ind: Any, n: int, lead: str = "") -> str:
        cells = [f"指标{n}：{ind.name}", ind.target_text(), ind.actual_text(), num(ind.w), num(ind.sc)]
        return i + (lead + " " if lead else "") + " ".join(c for c in cells if c)

    lines = [
        "明光市水利局农村水利股项目支出绩效自评",
        "", i + "发布时间：2024-03-12 09:41", i + "【字体：大 中 小】打印",
        i + "项目支出绩效自评表 ", i + "（2023年度）",
        i + f"项目名称 {name}",
        i + f"主管部门 实施单位 {unit}",
        i + "项目资金", i + "（万元）",
        i + "年初预算数 全年预算数（A） 全年执行数（B） 分值 执行率（B/A） 得分",
        i + f"年度资金总额： {num(fa)} {num(fb)} {num(fe)} 10 {num(exec_score(10, rate))}",
        i + f" 其中：本年财政拨款 {num(fa)} {num(fb)} {num(fe)} - -",
        i + "    上年结转资金 - -", i + "       其他资金 - -",
        i + "年度总体目标完成情况 预期目标 实际完成情况",
        i + " 完成3处小型灌区节水配套改造，新建防渗渠道12.5公里，提高灌溉水利用效率。 完成年度目标。",
        i + "年度绩效指标完成情况 一级", i + "指标",
        i + "二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施",
        "", "", "", "", i + "（50分）",
        row(inds[0], 1, "数量指标"), row(inds[1], 2), i + "……",
        row(inds[2], 1, "质量指标"), i + "指标2：", i + "……",
        row(inds[3], 1, "时效指标"), i + "指标2：", i + "……",
        row(inds[4], 1, "成本指标"), i + "指标2：", i + "……",
        "", "", "", "", i + "（30分）",
        i + "经济效益", i + "指标", row(inds[5], 1), i + "指标2：", i + "……",
        i + "社会效益", i + "指标", row(inds[6], 1), i + "指标2：", i + "……",
        i + "生态效益", i + "指标", i + "指标1：/ / /", i + "指标2：", i + "……",
        i + "可持续影", i + "响指标", row(inds[7], 1), i + "指标2：", i + "……",
        i + "满意度指标", i + "（10分）", i + "服务对象", i + "满意度指标", row(inds[8], 1), i + "指标2：", i + "……",
        i + f"总分 100 {num(total)}",
        i + "注：1.一级指标分值统一设置为：产出指标50分、效益指标30分、服务对象满意度指标10分、预算资金执行率10分。如有特殊情况，一级指标权重可做适当调整，二、三级指标分值由实施单位根据指标重要程度确定。",
        i + "2.定量指标若为正向指标，得分=实际完成值/年度指标值×该指标分值；若为反向指标，得分=年度指标值/实际完成值×该指标分值。",
        "", i + "【关闭窗口】  【打印本页】",
    ]
    expected = [no_levels(x) for x in inds[:8]] + [exp(inds[8])]
    facts: dict[str, Any] = {
        "kind": "项目支出", "year": 2023,
        "project": {"name": name, "implementing_unit": unit},
        "budget": {"initial": fa, "adjusted": fb, "executed": fe,
                   "fund_rows": [{"name": "本年财政拨款", "initial": fa, "adjusted": fb, "executed": fe}]},
        "indicators": [{"name": "预算执行率", "weight": D(10), "stated_score": exec_score(10, rate)}, *expected],
        "stated_total": total, "full_mark": D(100), "stated_block_weights": {"满意度指标": D(10)},
    }
    return Report("s01-ah-mingguang-water-project-indented", ".txt", "\n".join(lines) + "\n", facts,
                  "Anhui bureau page copied as indented lines: 指标1：/指标2：/…… placeholder rows, 一级 cells lost (only "
                  "\"（50分）\" after blank lines), 二级 cells wrapped (可持续影/响指标), an empty 主管部门 cell vanished, "
                  "执行率 cell blank, footnote naming block weights")


# ---------------------------------------------------------------- s02
def s02() -> Report:
    """Anhui 衔接资金 绩效目标自评表 web copy: ★ marks core indicators, "其中…" rows carry only values."""
    name, dept, unit = "东湖村特色种养业奖补到户项目", "萧县农业农村局", "杜楼镇人民政府"
    fb, fe = D("12.36"), D("12.36")
    inds = [
        q("补助瓜果蔬菜种植面积", "产出指标", "数量指标", 20, "≥", 36.5, "亩", 36.5, 20, cmp_shown=False, core=True),
        q("补助鱼塘面积", "产出指标", "数量指标", 10, "≥", 6, "亩", 6, 10, cmp_shown=False, core=True),
        q("补助家畜家禽养殖数量", "产出指标", "数量指标", 10, "≥", 260, "只", 260, 10, cmp_shown=False, core=True),
        q("种植作物成活率", "产出指标", "质量指标", 5, "≥", 95, "%", 96, 5, cmp_shown=False),
        q("养殖家畜家禽成活率", "产出指标", "质量指标", 5, "≥", 95, "%", 98, 5, cmp_shown=False),
        q("特色产业带动受益农户增收", "效益指标", "经济效益指标", 20, "≥", 15.2, "万元", 16, 20),
        q("受益人口数量", "效益指标", "社会效益指标", 10, "≥", 118, "人", 118, 10, cmp_shown=False),
        q("受益群众满意度", "满意度指标", "服务对象满意度指标", 10, "≥", 90, "%", 95, 10),
    ]
    total = sum_scores(inds, 10)

    def r(ind: Any) -> str:
        star = "★" if ind.core else ""
        return f"{star}{ind.name} | {num(ind.w)} | {ind.target_text()} | {ind.actual_text()} | {num(ind.sc)} | ||||"

    lines = [
        "萧县人民政府 > 乡镇街道 > 杜楼镇 > 信息公开 > 财政资金",
        "杜楼镇2023年度东湖村特色种养业奖补到户项目绩效自评公示",
        "发布时间：2024-01-16 来源：杜楼镇 浏览次数：",
        "绩效目标自评表 | ||||||||||", "（2023年度） | ||||||||||",
        f"项目名称 | {name} | 项目负责人及电话 | 周敏0557-5123406 | |||||||",
        f"主管部门 | {dept} | 实施单位 | {unit} | |||||||",
        "资金情况 （万元） |",
        "全年预算数（A） | 全年执行数（B） | 分值 | 执行率（B/A） | 得分 | |||||",
        f"年度资金总额： | {money(fb)} | {money(fe)} | 10 | 100% | 10 | |||||",
        f"其中：本年财政拨款 | {money(fb)} | {money(fe)} | 10 | 100% | 10 | |||||",
        "其他资金 | - | - | ||||||||",
        "年度总体目标 | 年初设定目标 | 年度总体目标完成情况综述 | ||||||||",
        "落实42户特色种养业奖补政策，带动脱贫户和监测户增收。 | 落实42户特色种养业奖补政策，户均增收3800元。 | |||||||||",
        "绩效指标 | 一级 指标 |",
        "二级指标 | 三级指标 | 分值 | 年度指标值 | 全年实际值 | 得分 | 未完成原因及拟采取的改进措施 | ||",
        "产 出 指 标 （50分） |",
        "数量指标 | " + r(inds[0]),
        "其中桃树种植面积 | 4亩 | 4亩 | ||||||||", "其中露天蔬菜种植面积 | 28亩 | 28亩 | ||||||||", "其中大棚蔬菜种植面积 | 4.5亩 | 4.5亩 | ||||||||",
        r(inds[1]), "其中鱼塘养殖面积 | 6亩 | 6亩 | ||||||||",
        r(inds[2]), "其中羊养殖数量 | 240只 | 240只 | ||||||||", "其中猪养殖数量 | 20头 | 20头 | ||||||||",
        "质量指标 | ||||||||||", r(inds[3]), r(inds[4]), "…… | ||||||||||",
        "效 益 指 标 （30分） |", "经济效益 指标 |", "||||||||||", r(inds[5]),
        "社会效益 指标 |", r(inds[6]), "生态效益 指标 |", "||||||||||", "可持续影响指标 | ||||||||||", "…… | ||||||||||",
        "满 意 度 指 标 （10分） |", "服务对象满意度指标 |", r(inds[7]),
        f"总分 | 100 | {num(total)} | ||||||||",
        "注：★为核心指标。",
        "杜楼镇人民政府", "2024年1月16日",
        "【打印本页】【关闭窗口】",
    ]
    facts: dict[str, Any] = {
        "kind": "项目支出", "year": 2023, "unit": {"supervising_department": dept},
        "project": {"name": name, "implementing_unit": unit},
        "budget": {"adjusted": fb, "executed": fe, "stated_execution_rate": D(100),
                   "fund_rows": [{"name": "本年财政拨款", "adjusted": fb, "executed": fe}]},
        "indicators": [execution_indicator(10, D(100), 10), *(exp(x) for x in inds)],
        "stated_total": total, "full_mark": D(100),
        "stated_block_weights": {"产出指标": D(50), "效益指标": D(30), "满意度指标": D(10)},
    }
    return Report("s02-ah-xiaoxian-town-project-stars-subrows", ".txt", "\n".join(lines) + "\n", facts,
                  "Anhui town 衔接资金 绩效目标自评表 web copy: ★ core marks, \"其中…\" sub-rows with only 指标值/实际值, a 二级 cell "
                  "on its own row, letter-spaced 一级 cells \"产 出 指 标 （50分）\", 其中 row repeating 分值/执行率/得分, column order "
                  "三级 | 分值 | 指标值 | 实际值 | 得分")


# ---------------------------------------------------------------- s03
def s03() -> Report:
    """Hubei 财政项目绩效自评表 (Word file text): checkbox rows, 20-point budget block, vertical cells."""
    name, dept, unit = "县域医共体信息化建设补助", "襄阳市襄州区卫生健康局", "襄阳市襄州区人民医院"
    fb, fe = D("186"), D("183.62")
    stated_rate = D(100)  # printed 100% although 183.62 / 186 = 98.72 %: planted
    inds = [
        q("接入医共体平台的乡镇卫生院数", "产出指标", "数量指标", 15, "≥", 18, "家", 18, 15),
        q("远程会诊系统上线科室数", "产出指标", "数量指标", 10, "≥", 12, "个", 13, 10),
        q("系统验收合格率", "产出指标", "质量指标", 10, "=", 100, "%", 100, 10),
        t("建设完成时间", "产出指标", "时效指标", 5, "2022年12月底前", "2022年11月完成", 5),
        q("远程会诊例数", "效益指标", "社会效益指标", 15, "≥", 1200, "例", 1356, 15),
        t("基层首诊率", "效益指标", "社会效益指标", 10, "逐步提高", "提高4.2个百分点", 8, note="村级远程终端尚未全覆盖"),
        q("患者满意度", "满意度指标", "服务对象满意度", 15, "≥", 90, "%", 93.5, 15),
    ]
    total = sum_scores(inds, 20)

    def vertical(word: str) -> list[str]:
        return list(word)

    body = [
        f"2022年度财政项目绩效自评表单位名称：{unit}填报日期：2023年3月20日",
        f"项目名称 {name} 主管部门 {dept}",
        f"项目实施单位 {unit}",
        "项目类别 1、部门预算项目☑ 2、财政专项□ 3、市对下转移支付项目□",
        "项目属性 1、持续性项目□ 2、新增性项目☑",
        "项目类型 1、常年性项目□ 2、延续性项目□ 3、一次性项目☑",
        "预算执行情况（万元）（20分） 预算数（A） 执行数（B） 执行率（B/A） 得分（20分*执行率）",
        f"年度财政资金总额 {money(fb)} {money(fe)} {pct(stated_rate)} 20",
        *vertical("年度绩效目标"), "（80分）",
        "一级指标 二级指标 三级指标 分值 年初目标值（A） 实际完成值（B） 得分 偏差原因",
        *vertical("产出指标"),
        f"数量指标 {inds[0].name} 15 ≥18家 18家 15",
        f"{inds[1].name} 10 ≥12个 13个 10",
        f"质量指标 {inds[2].name} 10 =100% 100% 10",
        f"时效指标 {inds[3].name} 5 {inds[3].tv} {inds[3].av} 5",
        *vertical("效益指标"),
        f"社会效益指标 {inds[4].name} 15 ≥1200例 1356例 15",
        f"{inds[5].name} 10 {inds[5].tv} {inds[5].av} {num(inds[5].sc)} {inds[5].note}",
        *vertical("满意度指标"),
        f"服务对象满意度 {inds[6].name} 15 ≥90% 93.5% 15",
        f"总分 {num(total)}",
        "偏差大或目标未完成原因分析 无",
        "改进措施及结果应用方案 进一步加强系统运维，推动远程会诊向村卫生室延伸。",
        "备注：1.预算执行情况口径：预算数为调整后财政资金总额（包括上年结余结转），执行数为资金使用单位财政资金实际支出数。",
        "2.定量指标计分原则：正向指标（即目标值为≥X，得分=权重*B/A），反向指标（即目标值为≤X，得分=权重*A/B），得分不得突破权重总额。",
        "3.定性指标计分原则：达成预期指标、部分达成预期指标并具有一定效果、未达成预期指标且效果较差三档，分别按照该指标对应分值区间100-80%（含80%）、80-50%（含50%）、50-0%合理确定分值。",
    ]
    facts: dict[str, Any] = {
        "kind": "项目支出", "year": 2022, "unit": {"supervising_department": dept},
        "project": {"name": name, "implementing_unit": unit},
        "budget": {"adjusted": fb, "executed": fe, "stated_execution_rate": stated_rate},
        "indicators": [execution_indicator(20, stated_rate, 20), *(exp(x) for x in inds)],
        "stated_total": total,
    }
    return Report("s03-hb-xiangzhou-hospital-project-checkbox", ".txt", "\n".join(body) + "\n", facts,
                  "Hubei 财政项目绩效自评表 as a Word file's text: title line carrying 单位名称：/填报日期：, checkbox rows "
                  "(☑/□), 预算执行情况（万元）（20分） with 得分（20分*执行率）, vertical cells one character per line "
                  "(年/度/绩/效/目/标, 产/出/指/标), rows space-separated; 执行率 printed 100% for 183.62 of 186",
                  ["EXECUTION_RATE_MISMATCH"])


# ---------------------------------------------------------------- s05
def s05() -> Report:
    """Sichuan transfer-payment evaluation table: 行次/列次 numbers, six-decimal amounts, wrapped cells."""
    name = "林业草原改革发展资金"
    fb, fe = D("86.4"), D("71.52")
    c1b, c1e, c2b, c2e = D("80"), D("65.12"), D("6.4"), D("6.4")
    rate = rate_of(fe, fb)

    def six(x: Any) -> str:
        return format(D(str(x)).quantize(D("0.000001")), "f")

    lines = [
        "荥经县林业局2024年度林业草原改革发展资金绩效评价表",
        "审批", "四川-雅安-荥经县", "发布时间：2025年05月20日", "项目详情",
        "荥经县林业局2024年度林业草原改革发展资金绩效评价表", "发布时间：2025-05-20 10:12",
        "年度：2024年", "资金投入情况", "（万元）", "",
        "行次 全年预算数", "（A）", "统筹整合资金数", "（B）", "扣除统筹整合资金后预算金额", "（C）", "全年到位资金", "（D）",
        "预算到位", "（D/C×100%）", "全年执行资金", "（E）", "预算执行", "（E/C×100%）", "佐证材料",
        "列次 0 1 2 3 4 5 6 7 所需材料 上传端口",
        f"年度资金总额（万元）： 1 {six(fb)}", f"{six(fb)} {six(fb)} 100.00% {six(fe)} {pct(rate)}",
        f"其中：中央财政资金（万元） 2 {six(c1b)}", f"{six(c1b)} {six(c1b)} 100.00% {six(c1e)} {pct(rate_of(c1e, c1b))} 预算下达文件、资金到位及支出凭证",
        f"地方财政资金（万元） 3 {six(c2b)}", f"{six(c2b)} {six(c2b)} 100.00% {six(c2e)} {pct(rate_of(c2e, c2b))}",
        "其他资金（万元，自有资金、社会资本、以前年度结转结余资金等） 4", "", "", "", "", "", "", "",
        "资金管理情况", "情况说明 存在问题 改进措施", "", "列次 8 9 10",
        "分配科学性 5 资金分配规范性 严格按照转移支付管理制度以及资金管理办法规定分配资金", "", "", "",
        "6 资金分配合理性 按照资金管理办法规定的范围和标准分配资金", "", "", "",
        "下达及时性 7 资金分解下达进度 及时分解下达 中央资金第三批于2025年2月下达，下达偏晚 加强与上级部门衔接，争取资金尽早下达。", "",
        "8 资金到位率 资金已全部到位", "", "",
        "拨付合规性 9 资金拨付合规性 严格按照国库集中支付制度有关规定支付资金", "", "",
        f"10 资金项目支付进度 按合同约定进度支付，年末执行率{pct(rate)} 部分营造林项目跨年实施，尾款未付 加快项目验收，及时支付资金。", "",
        "绩效目标完成情况", "年度指标值 全年实际完成值 未完成原因和改进措施", "列次 11 12 13",
        "产出指标 数量指标 12 森林抚育面积（亩） 3000 3120", "13 退化林修复面积（亩） 1500 1500",
        "质量指标 14 造林成活率（%） 85 88",
        "效益指标 生态效益指标 15 森林覆盖率（%） 稳定 稳定",
        "满意度指标 16 林农满意度（%） 90 94",
        "填报人：杨帆 联系电话：0835-7622018",
    ]
    facts: dict[str, Any] = {
        "kind": "项目支出", "year": 2024, "project": {"name": name},
        "budget": {"adjusted": fb, "executed": fe, "stated_execution_rate": rate,
                   "fund_rows": [{"name": "中央财政资金", "adjusted": c1b, "executed": c1e},
                                 {"name": "地方财政资金", "adjusted": c2b, "executed": c2e}]},
    }
    return Report("s05-sc-yingjing-forestry-transfer-rowcols", ".txt", "\n".join(lines) + "\n", facts,
                  "Sichuan transfer-payment 绩效评价表 from a tender site's copy: 行次 and 列次 numbers among the cells, "
                  "amounts with six decimals (86.400000), a blank 统筹整合 column, headers wrapped one per line, "
                  "indicators without 分值/得分 (not expected)")


REPORTS = [s01, s02, s03, s05]
