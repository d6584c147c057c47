# ruff: noqa: E501, SIM108  (fixture data: long literal rows read better whole)
"""The sixteenth set's plain-text and Markdown reports: s01 s02 s06 s08 s11."""

from __future__ import annotations

from sixteenth_base import D, Ind, Report, money, rate, total, weights


def s01() -> Report:
    """Zhejiang town, whole-unit, prose: blocks headed with their weight, one sentence per indicator (no 二级 stated)."""
    initial, adjusted, executed = D("4218.60"), D("5036.42"), D("4871.95")
    r = rate(executed, adjusted)
    blocks = {
        "预算执行情况": [
            Ind("预算执行率", "预算执行情况", None, "10", "", f"{r}%", "9.67"),
            Ind("“三公”经费控制率", "预算执行情况", None, "5", "≤100%", "82.4%", "5"),
            Ind("政府采购执行率", "预算执行情况", None, "5", "=100%", "100%", "5"),
        ],
        "产出指标": [
            Ind("垃圾分类覆盖行政村数", "产出指标", None, "10", "≥12个", "12个", "10"),
            Ind("农村公路养护里程", "产出指标", None, "10", "≥35公里", "36.5公里", "10"),
            Ind("民生实事项目完成率", "产出指标", None, "10", "=100%", "100%", "10"),
            Ind("项目竣工验收合格率", "产出指标", None, "10", "=100%", "100%", "10"),
        ],
        "效益指标": [
            Ind("森林火灾发生次数", "效益指标", None, "10", "=0起", "0起", "10"),
            Ind("经营性收入50万元以上村占比", "效益指标", None, "10", "≥60%", "58.3%", "9.2",
                "两个村的物业项目年内未投运"),
            Ind("人居环境整治长效机制", "效益指标", None, "10", "健全", "基本健全", "8",
                "部分村保洁考核制度未落实到位"),
        ],
        "满意度指标": [Ind("群众满意度", "满意度指标", None, "10", "≥90%", "92.6%", "10")],
    }
    inds = [i for block in blocks.values() for i in block]
    assert weights(inds) == 100
    tot = total(inds)
    cn = "一二三四"
    lines = [
        "桐溪镇人民政府2023年度部门整体支出绩效自评报告", "",
        "根据县财政局《关于开展2023年度预算绩效自评工作的通知》要求，我镇对2023年度部门整体支出开展了绩效自评，"
        "现将有关情况报告如下。", "",
        "一、部门基本情况", "",
        "（一）机构设置",
        "安吉县桐溪镇人民政府内设党政办公室、经济发展办公室、社会事务办公室、综合行政执法队、便民服务中心5个机构，"
        "下辖9个行政村、1个社区。", "",
        "（二）人员情况",
        "全镇核定编制64名（行政编制38名、事业编制26名），年末实有在职人员61人，其中行政人员36人、事业人员25人。",
        "", "（三）收支情况",
        "2023年收入合计5,102.37万元，其中一般公共预算财政拨款收入4,655.12万元，政府性基金预算财政拨款收入402.00万元，"
        "其他收入45.25万元。支出合计4,871.95万元，其中基本支出2,104.33万元，项目支出2,767.62万元。", "",
        f"2023年年初预算{money(initial)}万元，年中追加调整后全年预算{money(adjusted)}万元，全年实际支出{money(executed)}万元，"
        f"预算执行率{r}%。", "",
        "二、绩效自评工作开展情况", "",
        "镇成立由分管财政的副镇长任组长的自评工作小组，对照年初设定的绩效目标逐项核实数据、收集佐证资料，"
        "按照部门整体支出绩效评价指标体系打分。", "",
        "三、绩效目标完成情况及评分", "",
    ]
    n = 0
    for k, (title, block) in enumerate(blocks.items()):
        lines.append(f"（{cn[k]}）{title}（{sum(D(i.w) for i in block)}分）")
        for i in block:
            n += 1
            if i.name == "预算执行率":
                lines.append(f"{n}.{i.name}（{i.w}分）。全年预算执行率{r}%，按执行率计分，得{i.s}分。")
                continue
            sentence = f"{n}.{i.name}（{i.w}分）。年度目标{i.t}，实际完成{i.a}，得{i.s}分。"
            if i.dev:
                sentence += f"扣分原因：{i.dev}。"
            lines.append(sentence)
        lines.append("")
    lines += [
        "四、自评结论", "",
        f"经综合评价，我镇2023年度部门整体支出绩效自评得分{tot}分，评价等级为“优”。", "",
        "五、存在的问题及改进措施", "",
        "个别村集体经济项目进度偏慢，长效管护机制仍需完善。下一步将加强项目前期谋划，健全村级考核办法。", "",
        "安吉县桐溪镇人民政府", "2024年3月15日", "",
    ]
    facts = {
        "kind": "整体支出", "year": 2023,
        "unit": {"name": "安吉县桐溪镇人民政府", "internal_bodies": ["党政办公室", "经济发展办公室", "社会事务办公室",
                                                         "综合行政执法队", "便民服务中心"],
                 "internal_bodies_count": 5, "staff_establishment": 64, "staff_total": 61,
                 "staff_parts": [{"name": "行政人员", "count": 36}, {"name": "事业人员", "count": 25}]},
        "budget": {"initial": initial, "adjusted": adjusted, "executed": executed, "stated_execution_rate": r,
                   "income_total": D("5102.37"),
                   "income_items": [{"name": "一般公共预算财政拨款收入", "amount": D("4655.12")},
                                    {"name": "政府性基金预算财政拨款收入", "amount": D("402.00")},
                                    {"name": "其他收入", "amount": D("45.25")}],
                   "expenditure_total": D("4871.95"),
                   "expenditure_items": [{"name": "基本支出", "amount": D("2104.33")},
                                         {"name": "项目支出", "amount": D("2767.62")}]},
        "indicators": [i.facts() for i in inds],
        "stated_total": tot, "stated_grade": "优",
        "stated_block_weights": {k: sum(D(i.w) for i in v) for k, v in blocks.items()},
    }
    return Report("s01-zj-anji-town-whole-prose-blocks", ".txt", "\n".join(lines), facts)


def s02() -> Report:
    """Sichuan health centre, project form as a Markdown table: 指标性质 / 指标值 / 度量单位 / 完成值 / 权重 columns."""
    initial, adjusted, executed = D("86.50"), D("92.30"), D("90.18")
    r = rate(executed, adjusted)
    rows = [  # l1, l2, name, nature, value, unit, done, w, s, dev
        ("产出指标", "数量指标", "居民电子健康档案建档人数", "≥", "18000", "人", "18426", "15", "15", ""),
        ("产出指标", "数量指标", "65岁及以上老年人健康管理人数", "≥", "3200", "人", "3105", "15", "14.55",
         "部分老人外出务工未能随访"),
        ("产出指标", "质量指标", "高血压患者规范管理率", "≥", "65", "%", "68.2", "10", "10", ""),
        ("产出指标", "时效指标", "资金拨付及时率", "=", "100", "%", "100", "10", "10", ""),
        ("效益指标", "社会效益指标", "居民健康素养水平", "定性", "逐步提高", "", "有所提高", "15", "13.5",
         "健康教育覆盖面仍不足"),
        ("效益指标", "可持续影响指标", "基本公共卫生服务机制", "定性", "长期稳定", "", "长期稳定", "15", "15", ""),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥", "85", "%", "91.4", "10", "10", ""),
    ]
    inds = [Ind("预算执行率", None, None, "10", "", f"{r}%", "9.77")]
    for l1, l2, name, nat, val, unit, done, w, s, dev in rows:
        t = val if nat == "定性" else f"{nat}{val}{unit}"
        a = done if nat == "定性" else f"{done}{unit}"
        inds.append(Ind(name, l1, l2, w, t, a, s, dev or None))
    assert weights(inds) == 100
    tot = total(inds)
    md = [
        "# 部门预算项目支出绩效自评表（2024年度）", "",
        "| 项目名称 | 基本公共卫生服务补助资金 | 主管部门 | 蓬溪县卫生健康局 | 实施单位 | 蓬溪县青台镇卫生院 |",
        "| --- | --- | --- | --- | --- | --- |", "",
        "**预算执行情况（10分）**", "",
        "| 年度预算数（万元） | 年初预算 | 调整后预算数 | 预算执行数 | 预算执行率 | 权重 | 得分 |",
        "| --- | --- | --- | --- | --- | --- | --- |",
        f"| 总额 | {money(initial)} | {money(adjusted)} | {money(executed)} | {r}% | 10 | 9.77 |",
        f"| 其中：财政资金 | {money(initial)} | {money(adjusted)} | {money(executed)} | {r}% | / | / |", "",
        "**绩效指标（90分）**", "",
        "| 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 完成值 | 权重 | 得分 | 未完成原因分析 |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for l1, l2, name, nat, val, unit, done, w, s, dev in rows:
        md.append(f"| {l1} | {l2} | {name} | {nat} | {val} | {unit} | {done} | {w} | {s} | {dev} |")
    md += [
        f"| 合计 |  |  |  |  |  |  | 100 | {tot} |  |", "",
        f"**评价结论：** 项目自评得分{tot}分，评价等级：优。资金按规定用途使用，基本公共卫生服务项目全面开展。", "",
        "**存在问题：** 老年人健康管理随访受人员外出影响，健康教育形式较单一。", "",
        "**改进措施：** 加强与村（社区）联动，利用家庭医生签约服务开展上门随访。", "",
        "项目负责人：罗文彬　　财务负责人：唐晓雯　　填报日期：2025年3月20日", "",
    ]
    facts = {
        "kind": "项目支出", "year": 2024,
        "unit": {"supervising_department": "蓬溪县卫生健康局"},
        "project": {"name": "基本公共卫生服务补助资金", "implementing_unit": "蓬溪县青台镇卫生院"},
        "budget": {"initial": initial, "adjusted": adjusted, "executed": executed, "stated_execution_rate": r,
                   "fund_rows": [{"name": "财政资金", "initial": initial, "adjusted": adjusted, "executed": executed}]},
        "indicators": [i.facts() for i in inds],
        "stated_total": tot, "stated_grade": "优", "full_mark": 100,
    }
    return Report("s02-sc-pengxi-clinic-project-md-nature-cols", ".md", "\n".join(md), facts)


def s06() -> Report:
    """Anhui bureau, project report in prose only: each indicator a sentence with 目标值 / 实际完成 / 分值 / 得分."""
    adjusted, executed = D("3750.00"), D("3412.50")
    r = rate(executed, adjusted)
    inds = [
        Ind("预算执行率", None, None, "10", "", f"{r}%", "9.1"),
        Ind("新建高标准农田面积", "产出指标", "数量指标", "15", "≥2.5万亩", "2.56万亩", "15"),
        Ind("新建改造灌排渠道", "产出指标", "数量指标", "10", "≥42公里", "39.6公里", "9.43", "部分渠段因占地协调未实施"),
        Ind("工程验收合格率", "产出指标", "质量指标", "10", "=100%", "100%", "10"),
        Ind("项目完工时间", "产出指标", "时效指标", "5", "2022年12月底前", "2023年3月", "3", "受汛期影响，部分标段延期完工"),
        Ind("亩均财政投入", "产出指标", "成本指标", "10", "≤1500元", "1465元", "10"),
        Ind("项目区粮食亩均增产", "效益指标", "经济效益指标", "10", "≥50公斤", "56公斤", "10"),
        Ind("受益农户数", "效益指标", "社会效益指标", "10", "≥8000户", "8325户", "10"),
        Ind("工程管护机制", "效益指标", "可持续影响指标", "10", "建立健全", "已建立", "10"),
        Ind("受益农户满意度", "满意度指标", "服务对象满意度指标", "10", "≥90%", "92%", "10"),
    ]
    assert weights(inds) == 100
    tot = total(inds)

    def said(i: Ind) -> str:
        if i.t[0] in "≥≤=":
            body = f"{i.name}目标值{i.t}，实际完成{i.a}"
        else:
            body = f"{i.name}目标为{i.t}，实际{i.a}"
        tail = f"，该指标分值{i.w}分，得{i.s}分"
        return body + tail + (f"。{i.dev}" if i.dev else "") + "。"

    text = [
        "舒城县2022年高标准农田建设项目支出绩效自评报告", "",
        "一、项目概况", "",
        "（一）项目基本情况。2022年高标准农田建设项目由舒城县农业农村局主管，舒城县农田建设服务中心具体实施，"
        "涉及6个乡镇。", "",
        f"（二）资金安排及使用情况。项目全年预算资金{money(adjusted)}万元（其中中央资金2,250.00万元、省级资金900.00万元、"
        f"县级配套600.00万元），截至2022年12月31日实际支出{money(executed)}万元，预算执行率{r}%。", "",
        "二、绩效目标完成情况分析", "",
        f"（一）预算执行。预算执行率{r}%，分值10分，得9.1分。", "",
        "（二）产出指标（50分）。",
    ]
    groups = [("产出指标", "（三）效益指标（30分）。"), ("效益指标", "（四）满意度指标（10分）。"), ("满意度指标", "")]
    for l1, after in groups:
        for k, i in enumerate([i for i in inds if i.l1 == l1], 1):
            text.append(f"{k}.{i.l2}：{said(i)}")
        text += ["", after] if after else [""]
    text += [
        "三、自评结论", "",
        f"综上，该项目自评得分{tot}分，自评等级为优秀。", "",
        "四、存在的问题及下一步措施", "",
        "一是个别标段施工进度滞后；二是建后管护资金来源不稳定。下一步将提前做好征地协调，落实管护主体和经费。", "",
        "舒城县农业农村局", "2023年4月20日", "",
    ]
    facts = {
        "kind": "项目支出", "year": 2022,
        "unit": {"supervising_department": "舒城县农业农村局"},
        "project": {"name": "2022年高标准农田建设项目", "implementing_unit": "舒城县农田建设服务中心"},
        "budget": {"adjusted": adjusted, "executed": executed, "stated_execution_rate": r,
                   "fund_rows": [{"name": "中央资金", "adjusted": D("2250")}, {"name": "省级资金", "adjusted": D("900")},
                                 {"name": "县级配套", "adjusted": D("600")}]},
        "indicators": [i.facts() for i in inds],
        "stated_total": tot, "stated_grade": "优",
    }
    return Report("s06-ah-shucheng-farmland-project-prose-only", ".txt", "\n".join(text), facts)


def s08() -> Report:
    """Jiangsu bureau, project report in Markdown: budget as a bullet list, indicators as bold bullets per block."""
    initial, adjusted, executed = D("560.00"), D("540.00"), D("517.86")
    r = rate(executed, adjusted)
    blocks = {
        "产出指标": [
            Ind("监控设备更新点位", "产出指标", "数量指标", "10", "≥320个", "326个", "10"),
            Ind("一键报警装置安装学校数", "产出指标", "数量指标", "10", "≥45所", "45所", "10"),
            Ind("设备运行完好率", "产出指标", "质量指标", "10", "≥98%", "96.5%", "8", "少量设备受雷击损坏，已报修"),
            Ind("项目完成及时率", "产出指标", "时效指标", "10", "=100%", "100%", "10"),
            Ind("单点位改造成本", "产出指标", "成本指标", "10", "≤1.2万元", "1.18万元", "10"),
        ],
        "效益指标": [
            Ind("校园安全事故发生率", "效益指标", "社会效益指标", "15", "同比下降", "同比持平", "12", "个别学校发生轻微意外"),
            Ind("校园技防长效管理", "效益指标", "可持续影响指标", "15", "长效运行", "基本形成", "9", "维保制度尚在完善"),
        ],
        "满意度指标": [
            Ind("师生家长满意度", "满意度指标", "服务对象满意度指标", "10", "≥90%", "86.4%", "9.6", "家长对接送区域监控覆盖有意见"),
        ],
    }
    inds = [Ind("预算执行率", None, None, "10", "", f"{r}%", "9.59")] + [i for b in blocks.values() for i in b]
    assert weights(inds) == 100
    tot = total(inds)
    md = [
        "# 武进区2024年度中小学校园安全提升工程项目绩效自评报告", "",
        "## 一、项目基本情况", "",
        "项目主管部门为常州市武进区教育局，实施单位为常州市武进区教育后勤服务中心，覆盖全区45所中小学。", "",
        "## 二、资金使用情况", "",
        f"- 预算批复：{money(initial)}万元",
        f"- 调整后预算：{money(adjusted)}万元（年中根据招标结果调减）",
        f"- 实际支出：{money(executed)}万元",
        f"- 执行率：{r}%（得分9.59分，满分10分）", "",
        "## 三、绩效指标完成情况", "",
    ]
    for title, block in blocks.items():
        md += [f"### {title}（{sum(D(i.w) for i in block)}分）", ""]
        for i in block:
            line = f"- **{i.name}**（{i.l2}，{i.w}分）：目标 {i.t}，完成 {i.a}，得 {i.s} 分。"
            if i.dev:
                line += f"偏差原因：{i.dev}。"
            md.append(line)
        md.append("")
    md += [
        "## 四、评价结论", "",
        f"本项目自评总分 **{tot}** 分，评价等级：**良好**。", "",
        "## 五、问题与建议", "",
        "1. 设备维保机制不够健全，故障响应偏慢。",
        "2. 接送区域监控覆盖不足，下一年度将纳入改造计划。", "",
        "> 填报人：钱一鸣　审核人：蒋雅琴　　2025年2月28日", "",
    ]
    facts = {
        "kind": "项目支出", "year": 2024,
        "unit": {"supervising_department": "常州市武进区教育局"},
        "project": {"name": "中小学校园安全提升工程", "implementing_unit": "常州市武进区教育后勤服务中心"},
        "budget": {"initial": initial, "adjusted": adjusted, "executed": executed, "stated_execution_rate": r},
        "indicators": [i.facts() for i in inds],
        "stated_total": tot, "stated_grade": "良",
        "stated_block_weights": {k: sum(D(i.w) for i in v) for k, v in blocks.items()},
    }
    return Report("s08-js-wujin-campus-project-md-bullets", ".md", "\n".join(md), facts)


def s11() -> Report:
    """Shaanxi archive (事业单位), whole-unit report with its score table pasted from Excel as tabs.
    Planted: the stated total is one point below the sum of the stated scores."""
    initial, adjusted, executed = D("412.00"), D("486.73"), D("459.18")
    r = rate(executed, adjusted)
    inds = [
        Ind("预算执行率", "过程指标", "预算执行", "10", "≥95%", f"{r}%", "9.43", "年末部分数字化加工款未结算"),
        Ind("公用经费控制率", "过程指标", "预算执行", "10", "≤100%", "96.1%", "10"),
        Ind("馆藏档案数字化页数", "产出指标", "数量指标", "15", "≥120万页", "84万页", "10.5", "加工服务招标延后两个月"),
        Ind("接收进馆档案", "产出指标", "数量指标", "10", "≥3000卷", "3260卷", "10"),
        Ind("档案数字化质检合格率", "产出指标", "质量指标", "10", "≥99%", "99.5%", "10"),
        Ind("档案查阅利用服务时限", "产出指标", "时效指标", "10", "≤1个工作日", "1个工作日", "10"),
        Ind("档案利用人次", "效益指标", "社会效益指标", "15", "≥2500人次", "1800人次", "10.8", "查档预约系统上线较晚"),
        Ind("档案安全保管", "效益指标", "可持续影响指标", "10", "无安全事故", "无安全事故", "10"),
        Ind("查档群众满意度", "满意度指标", "服务对象满意度指标", "10", "≥95%", "82%", "8.63", "阅览室条件较差"),
    ]
    assert weights(inds) == 100
    true_total = total(inds)
    stated = true_total - 1
    rows = ["一级指标\t二级指标\t三级指标\t分值\t指标值\t实际值\t得分\t偏差原因"]
    last = ""
    for i in inds:
        rows.append("\t".join([(i.l1 or "") if i.l1 != last else "", i.l2 or "", i.name, i.w, i.t, i.a, i.s, i.dev or ""]))
        last = i.l1 or ""
    rows.append(f"合计\t\t\t100\t\t\t{stated}\t")
    text = [
        "宝鸡市凤翔区档案馆", "2021年度单位整体支出绩效自评报告", "",
        "第一部分 单位概况", "",
        "凤翔区档案馆为区委办公室管理的公益一类事业单位，负责全区档案的接收、保管和利用。"
        "事业编制18名，现有在职职工17人，退休人员9人。", "",
        "第二部分 预算执行情况", "",
        f"2021年年初预算{money(initial)}万元；年中追加数字化加工经费后，全年预算数（调整后）为{money(adjusted)}万元；"
        f"全年支出{money(executed)}万元，执行率{r}%。", "",
        "第三部分 绩效指标完成情况", "",
        "附：2021年度单位整体支出绩效自评评分表", "",
        *rows, "",
        "第四部分 评价结论", "",
        f"经自评，凤翔区档案馆2021年度整体支出绩效得分{stated}分，等级为良。", "",
        "第五部分 存在问题和改进措施", "",
        "数字化加工进度滞后，查档服务条件有待改善。2022年将提前开展采购，改造查档阅览室。", "",
        "　　　　　　　　　　　　　　　　凤翔区档案馆（盖章）", "　　　　　　　　　　　　　　　　2022年5月6日", "",
    ]
    facts = {
        "kind": "整体支出", "year": 2021,
        "unit": {"name": "宝鸡市凤翔区档案馆", "staff_establishment": 18, "staff_total": 17},
        "budget": {"initial": initial, "adjusted": adjusted, "executed": executed, "stated_execution_rate": r},
        "indicators": [i.facts() for i in inds],
        "stated_total": stated, "stated_grade": "良", "full_mark": 100,
    }
    note = (f"Planted TOTAL_MISMATCH: the 合计 row and the conclusion state {stated}, the stated scores sum to "
            f"{true_total}\n(grade 良 under either).")
    return Report("s11-sn-fengxiang-archive-whole-tabs-paste", ".txt", "\n".join(text), facts, ["TOTAL_MISMATCH"], note)


REPORTS = [s01, s02, s06, s08, s11]
