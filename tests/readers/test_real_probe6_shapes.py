"""Shapes found by the sixth real-page probe (docs/reader-corpora/real-probe-6.md), each rebuilt from an
invented snippet of the same shape (invented units, names and figures)."""

from __future__ import annotations

from decimal import Decimal

from page_reading import read_page as _read

from jixiao.readers.flat_tokens import line_cells
from jixiao.readers.viewer_chunks import join_viewer_chunks


def _cells(*cells: str) -> str:
    """A web page's table copied one cell a line, each cell followed by its rule ("X |")."""
    return "".join(f"{cell} |\n" if cell else "|\n" for cell in cells)


# a document-sharing viewer's text: the site cut it into numbered chunks, the cut inside a row
_CHUNKED = ("下载本文档\n文档简介\n"
            "1、2021年度水质监测项目绩效自评表单位名称:某市水文监测站 填报日期:2022年3月8日项目名称水质监测"
            "主管部门某市水利局项目实施单位本单位项目类别1、上级专项 2、本级专项 预算执行情况(万元)(20分)预算数(A)"
            "执行数(B)执行率(B/A)得分(20分*执行率)年度财政资金总额1212100%20年度绩效目标1(40分)一级指标二级指标"
            "三级指标年初目标值(A)实际完成值(B)得分产出指标质量指标采样数据合格率100%100%20进度指标完成2019-2023\n"
            "2、断面资料汇编100%100%20效益指标满意度指标服务对象满意度指标总分80\n")


def test_a_viewers_chunk_number_inside_a_row_is_no_line_break() -> None:
    """"…完成2019-2023" / "2、断面资料汇编100%100%20": the chunk's number dropped, the two lines one."""
    joined = join_viewer_chunks(_CHUNKED)
    assert "完成2019-2023断面资料汇编100%100%20" in joined
    assert "\n2、" not in joined


def test_a_documents_own_numbered_items_stay_apart() -> None:
    """Short numbered items that end their sentences are the document's list, not a viewer's chunks."""
    text = "1、加强资金管理。\n2、规范项目验收。\n3、提高群众满意度。\n"
    assert join_viewer_chunks(text) == text


def test_a_year_span_inside_a_fused_name_is_text() -> None:
    """"完成2019-2023断面资料汇编100%100%20": the period is part of the name, the figures after it the row's."""
    cells = line_cells("进度指标完成2019-2023断面资料汇编100%100%20效益指标")
    assert cells == ["进度指标", "完成2019-2023断面资料汇编", "100%", "100%", "20", "效益指标"]


def test_a_chunked_viewer_form() -> None:
    """进度指标 is a level; 项目实施单位 "本单位" is the unit the form names; the row cut by a chunk is whole."""
    evaluation = _read(_CHUNKED)
    assert evaluation.project is not None
    assert evaluation.project.implementing_unit == "某市水文监测站"
    rows = {i.name: i for i in evaluation.indicators}
    row = rows["完成2019-2023断面资料汇编"]
    assert row.level2 == "进度指标"
    assert row.stated_score == Decimal(20)
    assert row.target is not None and row.target.value == Decimal(100)


_AGGREGATOR = ("全部选择\n反选\n华北\n华东\n西南\n取消\n确定\n招标专区\n项目专区\n\n"
               "某某镇人民政府2023年度财政衔接资金项目绩效自评总结报告\n\n"
               "所属地区:某省 - 某市 发布日期:2024-01-10\n"
               "现将我镇2023年度财政衔接资金项目绩效自评总结报告公开如下:\n"
               "一、绩效目标分解下达情况\n"
               "2023年我镇获得财政衔接资金共820.5万元,其中:中央专项衔接资金500万元,省级专项衔接资金220.5万元,"
               "市级资金100万元。\n")


def test_a_self_evaluation_summary_title_under_a_sites_filter_menu() -> None:
    """A tender aggregator's filter words above "…绩效自评总结报告": the report's title is the line with the
    year and 自评总结报告; 所属地区 is the page's label, no list of bodies under the unit."""
    evaluation = _read(_AGGREGATOR)
    assert evaluation.unit.name == "某某镇人民政府"
    assert evaluation.year == 2023
    assert evaluation.unit.subordinate_bodies == []
    assert evaluation.budget.adjusted == Decimal("820.5")


def test_a_tag_before_the_title_and_project_money_in_prose() -> None:
    """"(直达资金)某路工程项目2020年度绩效自评报告": the tag names the money, no part of the project; "区财政通过
    某国债安排资金300万元" is the budget, "已拨付工程款300万元" what was spent."""
    text = ("(直达资金)某市某新区新建某某路工程项目2020年度绩效自评报告\n"
            "一、绩效目标分解下达情况\n"
            "某某路工程项目估算投资1260.5万元,区财政通过抗疫特别国债安排资金300万元。\n"
            "二、绩效目标完成情况分析\n"
            "(一)资金投入情况分析。\n"
            "该项目已拨付工程款300万元,剩余工程款待申请。\n")
    evaluation = _read(text)
    assert evaluation.project is not None
    assert evaluation.project.name == "某市某新区新建某某路工程项目"
    assert (evaluation.budget.adjusted, evaluation.budget.executed) == (Decimal(300), Decimal(300))


def test_money_allocated_to_works_in_a_transfer_report() -> None:
    """"文件下达我市某某场地补短工程90万元": the works' money is the report's budget."""
    text = ("某某工程项目绩效评价报告\n"
            "根据某省财政厅通知精神,现将我市某某场地补短工程项目自评报告如下:\n"
            "一、绩效目标分解下达情况\n"
            "《关于下达某某补助资金预算的通知》文件下达我市某某场地补短工程90万元,按每个乡镇10万元标准核定。\n")
    evaluation = _read(text)
    assert evaluation.budget.adjusted == Decimal(90)


def test_a_content_sites_generic_heading_names_no_project() -> None:
    """"工程项目绩效评价报告": a kind of project, no project's name."""
    evaluation = _read("工程项目绩效评价报告\n一、基本情况\n某某工程建设内容已完成。\n")
    assert evaluation.project is None or evaluation.project.name is None


def test_a_level_note_after_a_department_name() -> None:
    """"某县发展和改革局本级" / "某县司法局部门": the budget system's note of the level, no part of the name."""
    text = ("部门预算项目支出绩效自评表(2023年度) |\n"
            + _cells("项目名称", "51000021R000000012345-工资性支出", "主管部门", "某县发展和改革局本级",
                     "实施单位 (盖章)", "某县发展和改革局")
            + _cells("预算执行情况(10分)", "年度预算数(万元)", "年初预算", "调整后预算数", "预算执行数", "预算执行率",
                     "权重", "得分", "原因")
            + _cells("总额", "120.50", "130.20", "130.20", "100.00%", "10", "10", ""))
    evaluation = _read(text)
    assert evaluation.unit.supervising_department == "某县发展和改革局"
    assert evaluation.project is not None and evaluation.project.name == "工资性支出"
    pipe = ("部门预算项目支出绩效自评表(2023年度) | ||||\n"
            "项目名称 | 51092300T000010000001-2023年全县某某设备补助资金项目 | |||\n"
            "主管部门 | 某县司法局部门 | 实施单位 | 某县司法局 | ||\n")
    assert _read(pipe).unit.supervising_department == "某县司法局"


def test_a_run_on_cover_names_its_filer_and_its_money() -> None:
    """A viewer's cover on one line: "填报单位:某中心填报日期:…" (the next label ends the name); "资金总额及构成
    总额90万元,其中:…" is the project's budget."""
    text = ("文档简介\n"
            "2022年项目绩效自评报告表(实施单位用)填报单位:某市某某检测中心填报日期:2023年3月2日基本情况项目名称某某检测"
            "项目主要内容开展某某检测,保障检测工作正常进行。项目单位市某某检测中心资金总额及构成总额90万元,其中:中央60万元;"
            "市级财政30万元;其他万元。\n")
    evaluation = _read(text)
    assert evaluation.unit.name == "某市某某检测中心"
    assert evaluation.budget.adjusted == Decimal(90)


def test_a_bare_title_under_a_sites_numbered_notices() -> None:
    """A document site's numbered notices above "某某项目绩效自评报告" (no year in it): that line is the title."""
    text = ("- 1、本文档共8页,可阅读全部内容。\n"
            "- 2、本站所有内容均由合作方或网友上传,仅供学习、研究之用。\n"
            "某某疾病防治项目绩效自评报告\n"
            "一、专项概况\n"
            "2022年财政预算我单位专项资金:某某经费12.5万元、某某监测经费3.2万元。\n")
    evaluation = _read(text)
    assert evaluation.project is not None and evaluation.project.name == "某某疾病防治项目"
    assert evaluation.kind.value == "项目支出"


def test_a_weight_total_under_blank_scores_is_no_stated_total() -> None:
    """`合计 | 100 | | |` under rows whose 得分 cells are all blank: the weights' sum (the form's full mark), never a
    stated total."""
    text = ("部门预算项目支出绩效自评表(2023年度) |\n"
            + _cells("项目名称", "某某经费", "主管部门", "某县某局", "实施单位 (盖章)", "某县某局")
            + _cells("预算执行情况(10分)", "年度预算数(万元)", "年初预算", "调整后预算数", "预算执行数", "预算执行率",
                     "权重", "得分", "原因")
            + _cells("总额", "10.00", "10.00", "10.00", "100.00%", "10", "", "")
            + _cells("绩效指标(90分)", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值",
                     "权重", "得分", "未完成原因分析")
            + _cells("产出指标", "数量指标", "覆盖率", "=", "100", "%", "", "60", "", "")
            + _cells("效益指标", "社会效益指标", "保障率", "=", "100", "%", "", "30", "", "")
            + _cells("合计", "100", "", "") + _cells("评价结论", "无"))
    evaluation = _read(text)
    assert evaluation.stated_total is None
    assert {i.name: i.weight for i in evaluation.indicators}["覆盖率"] == Decimal(60)
