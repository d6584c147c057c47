"""Shapes found by the fifth real-page probe (docs/reader-corpora/real-probe-5.md), each rebuilt from an
invented snippet of the same shape (invented units, names and figures)."""

from __future__ import annotations

from decimal import Decimal

from page_reading import read_page as _read


def _cells(*cells: str) -> str:
    """A web page's table copied one cell a line, each cell followed by its rule ("X |")."""
    return "".join(f"{cell} |\n" if cell else "|\n" for cell in cells)


_TWO_NATURES = ("2023年度某市林业局某某分局决算公开报告\n\n|\n项目支出绩效自评表 (2023年度) |\n|||||\n"
                + _cells("项目名称", "某某分局林业业务支出项目") + "||||\n"
                + _cells("主管部门", "某市林业局(部门)", "实施单位", "某市林业局某某分局") + "||||\n"
                + _cells("项目资金 (万元)", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率(%)", "得分")
                + _cells("年度资金总额", "0", "3.5", "3.5", "10", "100", "10")
                + _cells("绩效指标", "一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "年度指标值",
                         "实际完成值", "计量单位", "分值", "得分", "偏差原因分析及改进措施")
                + _cells("", "", "", "数量指标", "指标1:巡护次数(次)", "正向", "大于等于", "12", "12", "次", "10",
                         "10", "")
                + _cells("", "指标2:宣传册印制份数(份)", "正向", "小于等于", "500", "500", "份", "10", "10", "")
                + _cells("", "质量指标", "指标1:巡护覆盖率", "正向", "等于", "100", "100", "%", "10", "10", ""))


def test_a_form_with_a_direction_and_a_comparison_column() -> None:
    """指标性质 (正向) and 指标方向 (大于等于) side by side: both columns kept, the comparison read in words."""
    evaluation = _read(_TWO_NATURES)
    rows = {i.name: i for i in evaluation.indicators}
    patrol = rows["巡护次数(次)"]
    assert (patrol.weight, patrol.stated_score) == (Decimal(10), Decimal(10))
    assert patrol.target is not None and patrol.target.comparator.value == "≥"
    assert patrol.target.value == Decimal(12) and patrol.target.unit == "次"
    booklets = rows["宣传册印制份数(份)"]
    assert booklets.target is not None and booklets.target.comparator.value == "≤"
    cover = rows["巡护覆盖率"]
    assert cover.target is not None and cover.target.comparator.value == "="


def test_a_system_note_after_a_department_name() -> None:
    """"某市林业局(部门)": the export's note of what the name is, no part of it."""
    assert _read(_TWO_NATURES).unit.supervising_department == "某市林业局"


def test_a_sheet_whose_total_label_comes_after_its_figures() -> None:
    """An Excel viewer's run-on sheet: 全年预算数(A) 全年执行数(B) then the total's figures, its merged label
    cell 年度资金总额 printed after the sub-rows."""
    text = ("2023年度某某补助资金绩效目标自评表.xlsx\n"
            "附件1 某某补助资金绩效目标自评表 (2023年度) 转移支付(项目)名称 某某补助资金 中央主管部门 某部 "
            "全年预算数(A) 全年执行数(B) 820.50 801.20 其中:中央财政资金 400.00 400.00 自治区财政资金 120.50 "
            "118.20 旗县财政资金 300.00 283.00 年度资金总额 资金投入情况 (万元) 地方主管部门 某旗财政局\n")
    evaluation = _read(text)
    assert (evaluation.budget.adjusted, evaluation.budget.executed) == (Decimal("820.50"), Decimal("801.20"))
    rows = {row.name: row for row in evaluation.budget.fund_rows}
    assert rows["旗县财政资金"].executed == Decimal("283.00")


def test_allocated_money_in_prose_with_a_note_or_as_investment() -> None:
    """"下达某某资金(某某行动)2360万元" and "共投入某某补助经费预算830万元": the project's budget; "项目执行率
    91.5%" is a project report's own rate."""
    text = ("某省2023年度某某发展资金绩效自评报告\n一、绩效目标分解下达情况\n"
            "1.资金下达情况。某省收到《关于下达2023年某某发展资金预算的通知》,下达中央某某发展资金(某某建设行动)"
            "2360万元。\n二、绩效目标完成情况分析\n实际执行2159.4万元,项目执行率91.5%。\n")
    evaluation = _read(text)
    assert evaluation.budget.adjusted == Decimal(2360)
    assert evaluation.budget.stated_execution_rate == Decimal("91.5")
    invested = _read("某省2023年度某某救灾资金绩效自评报告\n(一)绩效目标分解下达情况。\n"
                     "2023年共投入某某租机补助经费预算830万元。其中,中央资金600万元。\n")
    assert invested.budget.adjusted == Decimal(830)


def test_an_indicator_rate_in_a_project_report_stays_an_indicator() -> None:
    """A rate named after something other than the project ("验收执行率") is no budget rate."""
    evaluation = _read("某县2023年度某某工程项目绩效自评报告\n一、项目基本情况\n项目验收执行率98%。\n")
    assert evaluation.budget.stated_execution_rate is None


def test_counts_of_bodies_with_no_names() -> None:
    """"内设部室12个，所属二级预算单位2个": the counts, no list after them."""
    text = ("某市委党校2022年度部门整体支出绩效自评报告\n一、部门基本情况\n(二)机构设置情况\n"
            "我校内设部室12个,所属二级预算单位2个。\n")
    unit = _read(text).unit
    assert (unit.internal_bodies_count, unit.subordinate_bodies_count) == (12, 2)


def test_a_grade_after_ping_ji() -> None:
    evaluation = _read("某县某大队2023年度部门预算执行情况绩效自评整改报告\n一、基本情况\n"
                       "自评结果显示,某大队部门绩效自评工作总体得分为93.5分,评级为“优”。\n")
    assert evaluation.stated_total == Decimal("93.5")
    assert evaluation.stated_grade is not None and evaluation.stated_grade.value == "优"


def test_a_contact_cell_beside_the_project_name() -> None:
    """"转移支付(项目)名称 | X | 联系人及电话 | 某某123": the contact is a label whose value is not kept, so
    the row stays a row of labels; a heading naming whose money it is ("中央支持地方…公告") names no unit."""
    text = ("中央支持地方2021年度彩票公益金绩效评价情况公告\n\n某县民政局\n"
            "中央支付地方发展项目绩效目标自评表\n(2021年度)\n"
            "转移支付(项目)名称 | 某某服务补贴 | 联系人及电话 | 张某12345678 | |||||\n"
            "中央主管部门 | 民政部 | |||||||\n地方主管部门 | 某省民政厅 | 实施单位 | 某县民政局 | |||||\n"
            "资金情况(万元) | 全年预算数(A) | 全年执行数(B) | 预算执行率(B/A) | |||||\n"
            "年度资金总额: | 120 | 118.5 | 98.75% | |||||\n")
    evaluation = _read(text)
    assert evaluation.project is not None and evaluation.project.name == "某某服务补贴"
    assert evaluation.unit.name != "中央支持地方"


def test_an_attachment_number_before_the_title() -> None:
    """"附件2：某局2022年度项目支出部门评价报告…pdf": the title after the attachment's number; 部门评价 names no
    project; "年初安排预算资金 3 万元" is the initial budget."""
    text = ("附件2:某市某区农业农村局2022年度项目支出部门评价报告和绩效自评表(共9个).pdf\n\n"
            "一、项目基本情况\n年初安排预算资金 3 万元用 于开展该项目。\n")
    evaluation = _read(text)
    assert evaluation.kind.value == "项目支出"
    assert evaluation.unit.name == "某市某区农业农村局"
    assert evaluation.project is None or evaluation.project.name != "项目支出部门"
    assert evaluation.budget.initial == Decimal(3)


def test_page_metadata_written_with_spaces_is_no_title() -> None:
    """"索 引 号 … 发布机构 … 公开时限 …" above the title: the page's metadata; the title names a works
    project on a facility ("某站提升改造项目"), no unit."""
    text = ("索 引 号 116401XXXX/2023-00012 文  号 生成日期 2023-10-20\n"
            "发布机构 某区住房和城乡建设局 责任部门 某区住房和城乡建设局 关 键 字 某某转运站\n"
            "公开方式 主动公开 公开时限 长期公开 是否有效 有效\n\n"
            "某市某区某乡某某家园垃圾转运站提升改造项目绩效自评报告\n\n一、绩效目标分解下达情况\n"
            "下达2023年乡村振兴衔接资金80万元。\n")
    evaluation = _read(text)
    assert evaluation.project is not None
    assert evaluation.project.name == "某市某区某乡某某家园垃圾转运站提升改造项目"
    assert evaluation.unit.name != "某市某区某乡某某家园垃圾转运站"


def test_a_run_together_special_fund_form_names_its_project() -> None:
    """(Held-out check) "专项(项目)名称X中央主管部门Y…" in an OCR'd attachment run together: the label with
    its bracket is one of the form's words, so the name is cut off the row."""
    text = ("2023年某中心绩效项目支出自评表\n\n(注:以下内容为附件图片识别,个别文字可能不准确,请以附件为准)\n"
            "专项(项目)名称某某调控资金﹣某某系统升级\n中央主管部门某某管理中心\n"
            "自治区主管部门某自治区某厅资金使用单位某某发行中心\n项目资金 (万元)全年预算数全年执行数执行率\n"
            "年度资金总额30万元28.5095.00%\n")
    evaluation = _read(text)
    assert evaluation.project is not None and evaluation.project.name == "某某调控资金﹣某某系统升级"
    assert evaluation.project.implementing_unit == "某某发行中心"


def test_a_final_accounts_title_and_a_party_school() -> None:
    """"2023年度某市某局某分局决算公开报告" names the unit without 决算公开报告; "中共某省委党校" lies in 某省."""
    evaluation = _read("2023年度某某自治区某某市林业局某某分局决算公开报告\n\n项目支出绩效自评表\n")
    assert evaluation.unit.name == "某某自治区某某市林业局某某分局"
    school = _read("中共某某省委党校\n2022年度部门整体支出绩效自评报告\n一、部门基本情况\n")
    assert school.unit.region == "某某省"
