# ruff: noqa: E501  (report lines are kept whole)
"""Sixth corpus, forms as a web page or viewer gives them, with artefacts the other sets lack: every
money cell carrying "万元" and the first character of some cells lost (s06), a two-row header with
指标性质/指标值/度量单位 and the small-form equals sign "﹦" (s07), OCR letter-for-digit confusions
("1O", "9O%", "O次") and a garbled header (s08)."""

from __future__ import annotations

from typing import Any

from sixth_base import D, Report, exec_score, execution_indicator, exp, num, pct, q, rate_of, sum_scores, t


# ---------------------------------------------------------------- s06
def s06() -> Report:
    unit = "祁阳市林业局"
    fa, fb, fe = D("3862.40"), D("3862.40"), D("3415.72")
    rate = rate_of(fe, fb)
    es = exec_score(10, rate)
    inds = [
        q("造林面积", "产出指标", "数量指标", 10, "≥", 1.5, "万亩", 1.5, 10, cmp_shown=False),
        q("松材线虫病防治面积", "产出指标", "数量指标", 7, "≥", 2.8, "万亩", 2.8, 7, cmp_shown=False),
        q("森林抚育面积", "产出指标", "数量指标", 7, "≥", 12, "万亩", 12, 7, cmp_shown=False),
        q("造林成活率", "产出指标", "质量指标", 7, "≥", 85, "%", 87, 7, cmp_shown=False),
        q("当期完成", "产出指标", "时效指标", 7, "≥", 90, "%", 100, 7, cmp_shown=False),
        t("造林补助", "产出指标", "成本指标", 6, "每亩300", "每亩300", 6, expect_target=False, expect_actual=False),
        t("抚育补助", "产出指标", "成本指标", 6, "每亩100", "每亩100", 6, expect_target=False, expect_actual=False),
        q("林下经济产值", "效益指标", "经济效益指标", 6, "≥", 1.2, "亿元", 1.08, 5, cmp_shown=False, note="市场价格波动"),
        q("林产品收入", "效益指标", "经济效益指标", 6, "≥", 2.6, "亿元", 2.45, 5, cmp_shown=False, note="市场价格波动"),
        t("带动就业", "效益指标", "社会效益指标", 6, "显著", "显著", 6),
        q("森林覆盖率", "效益指标", "生态效益指标", 6, "≥", 65, "%", 65.8, 6),
        t("森林资源管护", "效益指标", "可持续影响指标", 6, "长效", "长效", 6),
        q("林农满意度", "满意度指标", "服务对象满意度", 10, "≥", 90, "%", 95, 10),
    ]
    total = sum_scores(inds, es)

    def cells(ind: Any) -> list[str]:
        return [ind.name, ind.target_text(), ind.actual_text(), num(ind.w), num(ind.sc), ind.note or " "]

    lines = [
        "您现在所在的位置 : 首页 > 政务 > 政府信息公开年度报告",
        f"索引号: 431121015/2022-00087 发文日期: 2022-04-11 发布机构: {unit}",
        "公开方式: 主动公开 公开范围: 面向社会 主题词:", "统一登记号: 信息时效性: 有效 文号 :",
        "2021年林业局部门整体支出绩效自评表",
        f"2022-04-11 15:25 来源: {unit} 发布机构: {unit} 【字体:   打印",
        "部门整体支出绩效自评表", "2021年度）", "级预算单位名称", " 阳市林业局",
        "年度预", "算申请", "（万元）", "年初", "预算数", "全年预算数", "全年", "执行数", "分值", "执行率", "得分",
        "年度资金总额", f"{fa}万元", f"{fb}万元", f"{fe}万元", "10", pct(rate), num(es),
        "按收入性质分:", "按支出性质分:", "  其中: 一般公共预算:1862.40万元", "其中:基本支出:1236.18万元",
        "政府性基金拨款:", "项目支出:2626.22万元", "纳入专户管理的非税收入拨款:", "其他资金:2000万元",
        "年度总体目标", "预期目标", "实际完成情况 ",
        "目标1:造林1.5万亩，", "目标2:森林抚育12万亩", "目标3:松材线虫病防治2.8万亩",
        "目标1:造林1.5万亩，", "目标2:森林抚育12万亩", "目标3:松材线虫病防治2.8万亩",
        "一级指标", "二级指标", "三级指标", "年度", "指标值", "实际", "完成值", "分值", "得分", "偏差原因", "分析及", "改进措施",
        "产出指标", "（50）", "数量", "指标", *cells(inds[0]), *cells(inds[1]), *cells(inds[2]),
        "质量", "指标", *cells(inds[3]), "……", " ", " ", " ",
        "时效", "指标", *cells(inds[4]), "……", " ", " ", " ",
        "成本", "指标", *cells(inds[5]), *cells(inds[6]),
        "效益指标", "30分）", "经济效", "益指标", *cells(inds[7]), *cells(inds[8]),
        "社会效", "益指标", *cells(inds[9]), "……", " ", " ", " ",
        "生态效", "益指标", *cells(inds[10]),
        "可持续", "影响指标", *cells(inds[11]),
        "满意度", "指标", "（10分）", "服务对象", "满意度", *cells(inds[12]),
        "总分", "100", num(total),
    ]
    body = "\n\n".join(lines) + "\n"
    facts: dict[str, Any] = {
        "kind": "整体支出", "year": 2021, "unit": {"name": unit},
        "budget": {"initial": fa, "adjusted": fb, "executed": fe, "stated_execution_rate": rate,
                   "income_items": [{"name": "一般公共预算", "amount": D("1862.40")}, {"name": "其他资金", "amount": D("2000")}],
                   "expenditure_items": [{"name": "基本支出", "amount": D("1236.18")}, {"name": "项目支出", "amount": D("2626.22")}]},
        "indicators": [execution_indicator(10, rate, es), *(exp(x) for x in inds)],
        "stated_total": total, "full_mark": D(100),
        "stated_block_weights": {"产出指标": D(50), "效益指标": D(30), "满意度指标": D(10)},
    }
    return Report("s06-hn-qiyang-forestry-whole-cells-wanyuan", ".txt", body, facts,
                  "Hunan bureau page, form one cell per line with blank lines: \"3862.40万元\" in every money cell, first characters "
                  "lost (\"2021年度）\", \"级预算单位名称\", \" 阳市林业局\", \"30分）\"), 一级 weight \"（50）\" without 分, 二级 cells "
                  "split over two lines, \"……\" rows with blank cells, targets \"每亩300\"; the unit only whole in 发布机构/来源")


# ---------------------------------------------------------------- s07
def s07() -> Report:
    name, dept, unit = "省级自然资源卫片执法补助经费", "丽江市自然资源和规划局", "丽江市永胜县自然资源局"
    fa = fb = fe = D("8.46")
    inds = [
        q("卫片执法补助经费", "产出指标", "数量指标", 10, "=", 84600, "元", 84600, 10),
        q("图斑核查合格率", "产出指标", "质量指标", 20, "=", 100, "%", 100, 19, note="个别图斑佐证材料不全"),
        q("项目完成及时率", "产出指标", "时效指标", 20, "=", 100, "%", 100, 20),
        q("违法用地整改到位率", "效益指标", "社会效益指标", 30, "≥", 95, "%", 96, 30),
        q("群众满意度", "满意度指标", "服务对象满意度指标", 10, "≥", 95, "%", 96, 10),
    ]
    total = sum_scores(inds, 10)
    sign = {"=": "﹦", "≥": "≥"}

    def row(ind: Any, lead: str) -> str:
        return (f"| {lead}{ind.name} | {sign[ind.cmp]} | {num(ind.tv)} | {ind.unit} | {num(ind.av)} | "
                f"{num(ind.w)}.00 | {num(ind.sc)}.00 | {ind.note} ||")

    lines = [
        "最新资讯", "2023年省级自然资源卫片执法补助经费", "时间：2024-05-28 16:07 来源：永胜县自然资源局",
        "| 2023年度项目支出绩效自评表 | ||||||||||",
        f"| 项目名称 |\n{name} |\n|||||||||",
        f"| 主管部门 | {dept} | 实施单位 | {unit} | |||||||",
        "|\n项目资金 （万元） |\n年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 | ||||",
        f"| 年度资金总额 | {fa} | {fb} | {fe} | 10.00 | 100% | 10.00 | ||||",
        f"| 其中：当年财政拨款 | {fa} | {fb} | {fe} | 100% | ||||||",
        "| 上年结转资金 | ||||||||||", "| 其他资金 | ||||||||||",
        "|\n年度 总体 目标 |\n预期目标 | 实际完成情况 | ||||||||",
        "| 完成2023年度卫片图斑核查和违法用地查处工作。 | 完成全部图斑核查，违法用地整改到位率96%。 | |||||||||",
        "| 绩效指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 | |||||",
        "|\n一级 指标 |\n二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | |||||",
        row(inds[0], "产出指标 | 数量指标 | "), row(inds[1], "质量指标 | "), row(inds[2], "时效指标 | "),
        row(inds[3], "效益指标 | 社会效益指标 | "), row(inds[4], "满意度指标 | 服务对象满意度指标 | "),
        f"| 总分 | | | | | | | 100.00 | {num(total)}.00 | ||",
        "微信公众号：yn_ysxzrzyj", "上一篇：2023年耕地保护补偿资金项目支出绩效自评表", "下一篇：无",
    ]
    facts: dict[str, Any] = {
        "kind": "项目支出", "year": 2023, "unit": {"supervising_department": dept},
        "project": {"name": name, "implementing_unit": unit},
        "budget": {"initial": fa, "adjusted": fb, "executed": fe, "stated_execution_rate": D(100),
                   "fund_rows": [{"name": "当年财政拨款", "initial": fa, "adjusted": fb, "executed": fe}]},
        "indicators": [execution_indicator(10, D(100), 10), *(exp(x) for x in inds)],
        "stated_total": total, "full_mark": D(100),
    }
    return Report("s07-yn-yongsheng-land-project-tworow-header", ".txt", "\n".join(lines) + "\n", facts,
                  "Yunnan project form as leading-pipe rows with a TWO-ROW indicator header (年度指标值 spans 指标性质 | 指标值 | "
                  "度量单位 in the second row), the comparator in its own column written as the small-form \"﹦\" (U+FE66), a target "
                  "in 元 (84600 元), cells broken over lines (\"|\\n项目资金 （万元） |\\n…\")")


# ---------------------------------------------------------------- s08
def s08() -> Report:
    unit = "重庆市璧山区融媒体中心"
    fa, fb, fe = D("1426.50"), D("1588.30"), D("1512.46")
    rate = rate_of(fe, fb)
    es = exec_score(10, rate)
    rows = [  # name, unit, kind, target, actual, coefficient, weight, score, core
        ("财政供养人员控制率", "%", "定量指标", "100%", "96%", "100%", 5, 5, False),
        ("预算完成率", "%", "定量指标", "90%", pct(rate), "100%", 5, 5, True),
        ("播发稿件数量", "篇", "定量指标", "2200篇", "2861篇", "100%", 10, 10, True),
        ("组织宣传活动次数", "次", "定量指标", "40次", "43次", "100%", 10, 10, True),
        ("制作宣传品数量", "份", "定量指标", "20份", "20份", "100%", 5, 5, False),
        ("安全播出事故次数", "次", "定量指标", "0次", "0次", "100%", 10, 10, True),
        ("管理制度健全性", "", "定性指标", "健全", "健全", "100%", 10, 10, False),
        ("资金使用合规性", "", "定性指标", "合规", "合规", "100%", 10, 10, False),
        ("新媒体平台粉丝增长率", "%", "定量指标", "10%", "8.4%", "84%", 10, D("8.4"), False),
        ("业务保障能力提升", "%", "定量指标", "90%", "95%", "100%", 10, 10, False),
        ("服务对象满意度", "%", "定量指标", "90%", "92.5%", "100%", 5, 5, False),
    ]
    total = es + sum((D(str(r[7])) for r in rows), D(0))

    def ocr(text: str) -> str:
        """Zeros read as the letter O (inside numbers only, as the preview's OCR does)."""
        out = []
        for i, ch in enumerate(text):
            prev = text[i - 1] if i else ""
            out.append("O" if ch == "0" and (prev.isdigit() or prev == "O" or (i + 1 < len(text) and text[i + 1] in "0%次份篇")) else ch)
        return "".join(out)

    lines = [
        f"{unit}2022年度部门整体绩效自评表",
        "（文档预览由系统自动识别生成，可能存在识别误差）",
        f"| 主管部门 | {unit} | 财政处室 | 科教文卫处 | 自评总分（分） | {num(total)} |",
        "| 部门联系人 | 曾小莉 | 联系电话 | 023-4152O187 |",
        "| 部门预算执行情况（万元） | 年初预算数 | 全年（If整）预算数 | 全年执行数 | 执行率（%） | 执行率权重 | 执行率得分（分） |",
        f"| | {ocr(str(fa))} | {ocr(str(fb))} | {fe} | {pct(rate)} | 1O | {num(es)} |",
        "| 当年绩效目标 | 年初绩效目标 | 全年（调整）绩效目标 | 全年目标实际完成情况 |",
        "| | 保障中心正常运转，做好区内新闻宣传和舆论引导工作。 | 无 | 较好完成年度宣传任务，安全播出零事故。 |",
        "| 指标名称 | 计量单位 | 指标性质 | 年初指标值 | 调整指标值 | 全年完成值 | 得分系数（%） | 指标权重（分） | 指标得分（分） | 是否核心指标 |",
    ]
    expected = [execution_indicator(10, rate, es)]
    for name, u, kind, tgt, act, coef, w, sc, core in rows:
        lines.append(f"| {name} | {u} | {kind} | {ocr(tgt)} | | {ocr(act)} | {ocr(coef)} | {ocr(num(w))} | {ocr(num(sc))} | {'是' if core else '否'} |")
        item: dict[str, Any] = {"name": name, "weight": D(w)}
        if kind == "定量指标":
            tv, av = tgt.rstrip("%次份篇"), act.rstrip("%次份篇")
            item["target"] = {"value": D(tv), "unit": u}
            item["actual"] = {"value": D(av), "unit": u}
        else:
            item["target"], item["actual"] = {"text": tgt}, {"text": act}
        item["stated_score"] = D(str(sc))
        if core:
            item["core"] = True
        expected.append(item)
    lines += ["", "下载本文档 | 举报 | 收藏", "本文档由用户上传，仅供预览，识别内容可能与原文存在差异。"]
    facts: dict[str, Any] = {
        "kind": "整体支出", "year": 2022, "unit": {"name": unit},
        "budget": {"initial": fa, "adjusted": fb, "executed": fe, "stated_execution_rate": rate},
        "indicators": expected, "stated_total": total,
    }
    return Report("s08-cq-bishan-media-whole-ocr-letters", ".txt", "\n".join(lines) + "\n", facts,
                  "Chongqing 部门整体绩效自评表 from a document site's OCR preview, as leading-pipe rows: zeros read as the letter O "
                  "inside numbers (1O, 9O%, 22OO篇, O次, 1426.5O), a garbled header cell 全年（If整）预算数")


REPORTS = [s06, s07, s08]
