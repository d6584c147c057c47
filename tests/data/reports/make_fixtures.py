# ruff: noqa: E501  (report text and table rows are kept one per line, as written)
"""Build the binary report fixtures (GBK text, docx, pdf, xlsx) from the definitions below.

Run from the repository root: ``.venv/bin/python tests/data/reports/make_fixtures.py``.
The outputs are committed, so the tests need neither this script nor LibreOffice; PDFs are
made from the docx files with ``soffice --headless --convert-to pdf`` (own profile per run).
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import uuid
from pathlib import Path

import docx
import openpyxl
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
Row = list[str]


# ---------------------------------------------------------------- helpers
def _font(run: docx.text.run.Run, name: str = "仿宋_GB2312", size: float = 16, bold: bool = False) -> None:
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = "Times New Roman"
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), name)


def _para(doc: docx.document.Document, text: str, *, title: bool = False, indent: bool = True,
          heading: int | None = None) -> None:
    if heading is not None:
        p = doc.add_heading(level=heading)
        run = p.add_run(text)
        _font(run, "黑体", 16)
        return
    p = doc.add_paragraph()
    if title:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _font(p.add_run(text), "方正小标宋简体", 22)
        return
    if indent:
        p.paragraph_format.first_line_indent = Pt(32)
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    _font(p.add_run(text))


def _table(doc: docx.document.Document, rows: list[Row], merges: list[tuple[int, int, int, int]] = ()) -> None:
    """``rows`` with "" in covered cells; ``merges`` as (row1, col1, row2, col2) inclusive."""
    table = doc.add_table(rows=len(rows), cols=max(len(r) for r in rows))
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            if text:
                cell = table.cell(r, c)
                cell.text = ""
                _font(cell.paragraphs[0].add_run(text), "仿宋_GB2312", 10.5)
    for r1, c1, r2, c2 in merges:
        keep = table.cell(r1, c1).text
        merged = table.cell(r1, c1).merge(table.cell(r2, c2))
        for p in merged.paragraphs[1:]:
            p._element.getparent().remove(p._element)
        merged.paragraphs[0].text = ""
        _font(merged.paragraphs[0].add_run(keep), "仿宋_GB2312", 10.5)


def _page_furniture(doc: docx.document.Document, header: str) -> None:
    section = doc.sections[0]
    section.header.paragraphs[0].text = header
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer.add_run("— ")
    run = footer.add_run()
    for tag, attr in (("w:fldChar", "begin"), ("w:instrText", None), ("w:fldChar", "end")):
        element = OxmlElement(tag)
        if attr:
            element.set(qn("w:fldCharType"), attr)
        else:
            element.set(qn("xml:space"), "preserve")
            element.text = "PAGE"
        run._r.append(element)
    footer.add_run(" —")


def _docx(name: str, blocks: list[object], header: str | None = None) -> Path:
    doc = docx.Document()
    if header:
        _page_furniture(doc, header)
    for block in blocks:
        if isinstance(block, tuple) and block[0] == "table":
            _table(doc, block[1], block[2] if len(block) > 2 else [])
        elif isinstance(block, tuple) and block[0] == "title":
            _para(doc, block[1], title=True)
        elif isinstance(block, tuple) and block[0] == "heading":
            _para(doc, block[2], heading=block[1])
        else:
            _para(doc, str(block))
    path = HERE / name
    doc.save(str(path))
    return path


def _pdf(source: Path, name: str) -> None:
    soffice = shutil.which("soffice")
    if soffice is None:
        raise SystemExit("需要 LibreOffice（soffice）来生成 PDF 测试文件")
    with tempfile.TemporaryDirectory() as tmp:
        profile = f"file:///tmp/lo-{uuid.uuid4().hex}"
        subprocess.run([soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
                        "--outdir", tmp, str(source)], check=True, capture_output=True, timeout=180)
        shutil.move(str(Path(tmp) / (source.stem + ".pdf")), HERE / name)


def _xlsx(name: str, sheets: dict[str, tuple[list[list[object]], list[str]]]) -> None:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, (rows, merges) in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
        for merge in merges:
            sheet.merge_cells(merge)
    book.save(str(HERE / name))


# ---------------------------------------------------------------- r03: school, Word, prose + score table
def r03_school() -> None:
    table = [
        ["一级指标", "二级指标", "三级指标", "分值", "年度指标值", "实际完成值", "得分"],
        ["过程", "预算执行", "预算执行率", "10", "100%", "97.19%", "9.72"],
        ["产出", "数量指标", "教师培训完成人次", "15", "≥300人次", "326人次", "15"],
        ["", "质量指标", "义务教育巩固率", "20", "100%", "100%", "20"],
        ["效益", "社会效益", "校园安全责任事故发生次数", "15", "0次", "0次", "15"],
        ["", "", "学生体质健康达标率", "20", "≥92%", "90.2%", "19.61"],
        ["满意度", "服务对象满意度", "家长满意度", "20", "≥90%", "96.5%", "20"],
        ["合计", "", "", "100", "", "", "99.33"],
    ]
    merges = [(2, 0, 3, 0), (4, 0, 5, 0), (4, 1, 5, 1), (7, 0, 7, 2)]
    _docx("r03-haidian-school.docx", [
        ("title", "北京市海淀区第二实验小学"),
        ("title", "2024年度部门整体支出绩效自评报告"),
        "一.基本情况",
        "（一）单位职能",
        "1、落实国家教育方针，实施小学阶段义务教育，促进学生德智体美劳全面发展，办好人民满意的教育。",
        "2、开展教育教学研究和教学改革，组织教师继续教育和业务培训，提升学校教育教学质量。",
        "（二）机构和人员",
        "学校内设教务处、德育处、总务处、办公室4个部门。现有在职教职工126人。",
        "（三）预算收支",
        "2024年收入总计3,862.15万元，支出总计3,790.40万元。年初预算3,600.00万元，全年预算3,900.00万元，"
        "全年执行3,790.40万元，执行率97.19%。",
        "二.绩效评价工作情况",
        "学校按照区教委和区财政局的要求，组织财务、教务等部门对照年初绩效目标开展自评。",
        "三.绩效指标完成情况",
        "1、预算执行率（分值10分）",
        "全年执行率97.19%，该指标得分9.72分。",
        "2、义务教育巩固率（分值20分）",
        "年度指标值为100%，实际完成值100%，该指标得分20分。",
        "3、教师培训完成人次（分值15分）",
        "年度目标为不少于300人次，全年组织教师参加各类培训326人次，该指标得分15分。",
        "4、校园安全责任事故发生次数（分值15分）",
        "全年未发生校园安全责任事故，该指标得分15分。",
        "5、家长满意度（分值20分）",
        "学校通过线上问卷对全校家长开展满意度调查，共收回有效问卷1,150份，家长满意度96.5%，该指标得分20分。",
        "6、学生体质健康达标率（分值20分）",
        "年度指标值≥92%，实际达标率90.2%，未达到年度目标，偏差原因是部分学生体育锻炼时间不足，该指标得分19.61分。",
        "四.评价结论",
        "学校2024年度整体支出绩效自评综合得分99.33分，评价等级为优秀。",
        "五.存在的问题",
        "学生体质健康达标率未达到年度目标，体育课程和课后锻炼安排还不够充分。",
        "六.改进措施",
        "保证学生每天校园体育活动时间不少于一小时，加强体质健康监测结果的分析运用。",
        "附件：绩效自评得分表",
        ("table", table, merges),
    ])


# ---------------------------------------------------------------- r04: project, Word, full project score table
R04_TABLE = [
    ["项目名称", "高标准农田建设项目", "", "", "", "", "", ""],
    ["主管部门", "天津市滨海新区农业农村委员会", "", "", "实施单位", "天津市滨海新区农业发展服务中心", "", ""],
    ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    ["", "年度资金总额", "1,200.00", "1,350.00", "1,080.00", "10", "80%", "8"],
    ["", "其中：财政拨款", "1,200.00", "1,300.00", "1,040.00", "—", "—", "—"],
    ["", "上年结转", "0", "50.00", "40.00", "—", "—", "—"],
    ["年度总体目标", "预期目标", "", "", "实际完成情况", "", "", ""],
    ["", "建成高标准农田2万亩，配套建设灌排设施，提升粮食综合生产能力", "", "",
     "实际建成高标准农田1.6万亩，灌排设施基本配套", "", "", ""],
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
    ["产出指标", "数量指标", "新建高标准农田面积", "≥2万亩", "1.6万亩", "20", "16", "部分地块因土地流转纠纷未能按期开工"],
    ["", "质量指标", "工程验收合格率", "100%", "100%", "15", "15", "/"],
    ["", "时效指标", "项目完工及时率", "100%", "80%", "10", "8", "受汛期影响工期延后"],
    ["", "成本指标", "亩均建设成本", "≤1500元", "1480元", "5", "5", "/"],
    ["效益指标", "经济效益指标", "亩均粮食增产", "≥50公斤", "45公斤", "15", "13.5", "新建农田尚未完整经历一个生产周期"],
    ["", "可持续影响指标", "设施管护机制建立情况", "建立", "部分建立", "5", "2", "管护主体尚未全部落实"],
    ["满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%", "85%", "10", "5", "部分农户对工期延误有意见"],
    ["总分", "", "", "", "", "100", "72.5", ""],
]
R04_MERGES = [(0, 1, 0, 7), (1, 1, 1, 3), (1, 5, 1, 7), (2, 0, 5, 0), (6, 0, 7, 0), (6, 1, 6, 3), (6, 4, 6, 7),
              (7, 1, 7, 3), (7, 4, 7, 7), (9, 0, 12, 0), (13, 0, 14, 0), (16, 0, 16, 4)]


def r04_project() -> None:
    _docx("r04-binhai-farmland.docx", [
        ("title", "天津市滨海新区农业农村委员会"),
        ("title", "2024年度高标准农田建设项目支出绩效自评报告"),
        "一、项目概况",
        "本项目由区农业发展服务中心组织实施，年度内在三个镇开展高标准农田建设。",
        "二、自评结论",
        "本项目自评得分为72.5分，评价等级为中。",
        "三、存在的问题",
        "项目前期土地流转协调不充分，部分地块未能按期开工；汛期施工组织不够科学。",
        "四、改进建议",
        "提前开展土地流转协调，合理安排施工时序，避开汛期。",
        "附表：项目支出绩效自评表",
        ("table", R04_TABLE, R04_MERGES),
    ])


# ---------------------------------------------------------------- r05: street office, PDF with header/footer, 亿元
def r05_street() -> None:
    source = _docx("r05-shipai-street.docx", [
        ("title", "广东省广州市天河区石牌街道办事处"),
        ("title", "2024年度整体支出绩效自评报告"),
        "一、基本情况",
        "（一）主要职责",
        "贯彻执行党和国家的路线方针政策，落实区委、区政府工作部署，统筹推进辖区经济社会发展和基层治理各项工作。",
        "组织实施辖区社会治理、公共服务和城市管理工作，承担辖区安全生产、应急管理和消防安全的属地管理责任，维护辖区社会和谐稳定。",
        "（二）机构设置",
        "石牌街道办事处内设机构7个，包括：党政综合办公室、党建工作办公室、平安建设办公室、经济发展办公室、社区建设办公室、"
        "公共服务办公室、规划建设办公室。下属事业单位2个，分别为：街道政务服务中心、街道综合保障中心。街道在职人员总数为148人。",
        "（三）预算及支出情况",
        "2024年度收入总计1.2856亿元，其中一般公共预算财政拨款收入1.1520亿元，其他收入0.1336亿元；年度支出总计1.2311亿元，"
        "其中基本支出0.5623亿元，项目支出0.6688亿元。年初预算1.1000亿元，全年预算调整为1.3500亿元，全年执行1.2311亿元，"
        "预算执行率91.19%。",
        "二、绩效评价基本情况",
        "（一）绩效评价目的",
        "全面掌握街道整体支出的使用效果，查找预算编制、执行和管理中的薄弱环节，为下一年度预算编制和资金安排提供参考依据。",
        "（二）绩效评价原则",
        "坚持客观公正、分类实施、绩效导向和公开透明的原则，做到评价过程有记录、评价结论有依据。",
        "三、绩效评价情况及结论",
        "（一）绩效评价情况",
        "1. 预算执行率（20分）",
        "2024年度，街道全年预算1.3500亿元，全年执行1.2311亿元，预算执行率91.19%，该指标绩效评价得分为18.24分。",
        "2. 重点工作任务完成率（30分）",
        "街道年初确定的25项重点工作任务中完成23项，重点工作任务完成率92%，剩余两项因上级政策调整顺延至下一年度，"
        "该指标绩效评价得分为27.6分。",
        "3. 社区矛盾纠纷调处成功率（20分）",
        "全年受理各类矛盾纠纷316宗，成功调处298宗，调处成功率94.3%，未发生因调处不当引发的群体性事件，该指标绩效评价得分为18.86分。",
        "4. 辖区居民满意度（30分）",
        "委托第三方机构随机抽样调查辖区居民500户，居民对街道公共服务和社区环境的满意度为79%，该指标绩效评价得分为23.7分。",
        "（二）绩效评价结论",
        "本次绩效评价综合得分88.40分，绩效评价等级为“良好”。",
        "四、主要经验及做法",
        "坚持预算编制与年度重点工作紧密衔接，建立月度执行进度通报机制，对执行缓慢的项目及时督办。",
        "五、存在的问题",
        "居民满意度偏低，部分民生项目推进缓慢，群众获得感有待增强。",
        "六、改进措施、建议",
        "完善民意收集和反馈机制，加快推进民生项目建设，定期公开项目进展情况。",
    ], header="石牌街道办事处2024年度整体支出绩效自评报告")
    _pdf(source, "r05-shipai-street.pdf")
    source.unlink()


# ---------------------------------------------------------------- r06: special fund, PDF with a ruled score table
def r06_fund() -> None:
    source = _docx("r06-zhanggong-medical-aid.docx", [
        ("title", "江西省赣州市章贡区医疗保障局"),
        ("title", "2023年度城乡居民医疗救助专项资金绩效自评报告"),
        "一、项目基本情况",
        "城乡居民医疗救助专项资金用于对困难群众参加基本医疗保险的个人缴费给予资助，并对其政策范围内自付费用给予救助。"
        "2023年年初预算安排2,860万元，全年预算调整为3,120万元（含上年结转资金120万元），全年实际支出2,980.5万元，"
        "预算执行率95.53%。",
        "二、绩效目标完成情况",
        "(一)资助参保人数。年度目标为不少于4.2万人，全年资助困难群众参保4.35万人，目标全部完成。",
        "(二)医疗救助及时率。救助资金在审核通过后15个工作日内拨付到位的比例为97%，略低于年度目标。",
        "(三)救助对象满意度。通过电话抽访救助对象200人，对救助政策和经办服务表示满意的占88%。",
        "三、自评得分情况",
        "经对照绩效目标逐项评分，本项目自评总分86分，评价等级为良，具体见下表。",
        ("table", [
            ["一级指标", "三级指标", "指标值", "实际完成值", "权重", "自评得分"],
            ["预算执行", "预算执行率", "100%", "95.53%", "10", "9.55"],
            ["产出指标", "资助参保人数", "≥4.2万人", "4.35万人", "30", "30"],
            ["", "医疗救助及时率", "≥98%", "97%", "20", "19.8"],
            ["效益指标", "困难群众个人负担减轻程度", "明显减轻", "基本减轻", "20", "14"],
            ["满意度指标", "救助对象满意度", "≥90%", "88%", "20", "12.65"],
            ["合计", "", "", "", "100", "86"],
        ], [(2, 0, 3, 0), (6, 0, 6, 3)]),
        "四、存在的问题及改进措施",
        "个别乡镇救助资料报送不及时，影响资金拨付进度。下一步将推行救助申请网上办理，压缩审核时限。",
    ])
    _pdf(source, "r06-zhanggong-medical-aid.pdf")
    source.unlink()


# ---------------------------------------------------------------- r07: Chongqing whole-unit table, Excel
def r07_chongqing() -> None:
    rows: list[list[object]] = [
        ["重庆市渝北区龙溪街道办事处2023年度部门整体支出绩效自评表"] + [None] * 10,
        ["单位名称", "重庆市渝北区龙溪街道办事处", None, None, None, None, "自评总分", 91.5, "评价等级", "优", None],
        ["年初预算数（万元）", "全年（调整）预算数（万元）", "全年执行数（万元）", "执行率", "执行率权重", "执行率得分"]
        + [None] * 5,
        [4500, 5200, 4940, 0.95, 10, 9.5] + [None] * 5,
        ["一级指标", "二级指标", "三级指标", "年初指标值", "调整指标值", "全年完成值", "得分系数(%)", "指标权重", "指标得分",
         "是否核心指标", "偏差原因"],
        ["产出", "职责履行", "重点工作完成率", "≥95%", "≥95%", "96%", 100, 20, 20, "是", None],
        [None, None, "民生实事项目完成数", "8个", "10个", "9个", 90, 20, 18, "是", "两个项目因规划调整延后一个完成"],
        ["效果", "社会效益", "安全生产事故起数", "0起", "0起", "0起", 100, 15, 15, "否", None],
        [None, None, "城市管理问题处置率", "≥98%", None, "99.2%", 100, 15, 15, "否", None],
        [None, "满意度", "辖区群众满意度", "≥90%", None, "87%", 80, 20, 14, "否", "老旧小区改造进度较慢影响满意度"],
    ]
    merges = ["A1:K1", "B2:F2", "A6:A7", "B6:B7", "A8:A10", "B8:B9"]
    _xlsx("r07-longxi-street.xlsx", {"整体支出自评表": (rows, merges)})
    book = openpyxl.load_workbook(str(HERE / "r07-longxi-street.xlsx"))
    sheet = book.active
    sheet["D4"].number_format = "0%"
    for cell in ("A4", "B4", "C4"):
        sheet[cell].number_format = "#,##0.00"
    book.save(str(HERE / "r07-longxi-street.xlsx"))


# ---------------------------------------------------------------- r08: project table in Excel, amounts in 元, grade 差
def r08_renovation() -> None:
    rows: list[list[object]] = [
        ["2023年度老旧小区改造项目绩效自评表"] + [None] * 7,
        ["项目名称", "老旧小区改造项目"] + [None] * 6,
        ["主管部门", "湖北省武汉市江岸区住房和城市更新局", None, None, "实施单位", "武汉市江岸区城市更新中心", None, None],
        ["项目资金（元）", None, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        [None, "年度资金总额", 25000000, 28000000, 16800000, 10, 0.6, 6],
        [None, "其中：财政拨款", 25000000, 28000000, 16800000, None, None, None],
        [None, "其他资金", 0, 0, 0, None, None, None],
        ["年度总体目标", "预期目标", None, None, "实际完成情况", None, None, None],
        [None, "完成12个老旧小区改造，惠及居民3000户以上", None, None, "完成7个老旧小区改造，惠及居民1850户", None, None, None],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
        ["产出指标", "数量指标", "改造小区个数", "12个", "7个", 20, 11.67, "资金到位滞后，5个小区未开工"],
        [None, "质量指标", "竣工验收合格率", "100%", "100%", 15, 15, None],
        [None, "时效指标", "按期完工率", "≥90%", "58%", 10, 3, "施工组织不力，工期延误"],
        [None, "成本指标", "户均改造成本", "≤2.5万元", "2.4万元", 5, 5, None],
        ["效益指标", "社会效益指标", "惠及居民户数", "≥3000户", "1850户", 20, 9.53, "部分小区未开工"],
        ["满意度指标", "服务对象满意度指标", "居民满意度", "≥85%", "72%", 20, 5, "施工扰民投诉较多"],
        ["总分", None, None, None, None, 100, 55.2, None],
        ["评价等级", "差", None, None, None, None, None, None],
    ]
    merges = ["A1:H1", "B2:H2", "B3:D3", "F3:H3", "A4:A7", "A8:A9", "B8:D8", "E8:H8", "B9:D9", "E9:H9", "A11:A14",
              "A17:E17", "B18:H18"]
    _xlsx("r08-jiangan-renovation.xlsx", {"项目支出绩效自评表": (rows, merges)})
    book = openpyxl.load_workbook(str(HERE / "r08-jiangan-renovation.xlsx"))
    book.active["G5"].number_format = "0%"
    book.save(str(HERE / "r08-jiangan-renovation.xlsx"))


# ---------------------------------------------------------------- r13: Word headings by style, no written numbers
def r13_library() -> None:
    _docx("r13-yanta-library.docx", [
        ("title", "陕西省西安市雁塔区图书馆"),
        ("title", "2024年度整体支出绩效自评报告"),
        ("heading", 1, "基本情况"),
        ("heading", 2, "单位职能"),
        "负责全区公共图书馆服务体系建设，开展全民阅读推广活动，为读者提供文献借阅和数字阅读服务。",
        ("heading", 2, "人员情况"),
        "图书馆现有在职职工24人，其中在编人员18人，编外聘用人员6人。",
        ("heading", 2, "预算执行情况"),
        "年初预算520万元，全年预算610万元，全年执行数597.8万元，预算执行率98%。",
        ("heading", 1, "绩效指标完成情况"),
        ("heading", 2, "预算执行率（10分）"),
        "预算执行率98%，得9.8分。",
        ("heading", 2, "图书借阅人次（30分）"),
        "全年接待读者借阅41.2万人次，年度目标40万人次，得30分。",
        ("heading", 2, "阅读推广活动场次（30分）"),
        "全年举办阅读推广活动156场，得30分。",
        ("heading", 2, "读者满意度（30分）"),
        "通过馆内问卷调查读者300人，满意度95%，得30分。",
        ("heading", 1, "评价结论"),
        "综合得分99.8分，评价等级为优。",
        ("heading", 1, "存在的问题"),
        "馆舍面积不足，数字资源建设滞后。",
        ("heading", 1, "改进措施"),
        "争取扩建馆舍，加大数字资源采购力度。",
    ])


# ---------------------------------------------------------------- r14: PDF whose lines wrap inside key phrases
def r14_wrapped() -> None:
    """Paragraphs sized so LibreOffice wraps them inside "一般公共|预算财政拨款收入", a list of
    bodies, "全年执行|数" and "评价等级|为“良”" (27 characters a line, 25 on an indented first line)."""
    source = _docx("r14-gaochun-water.docx", [
        ("title", "江苏省南京市高淳区水务局"),
        ("title", "2024年度部门整体支出绩效自评报告"),
        "一、基本情况",
        "（一）单位构成",
        "本局内设机构包括办公室、计划财务科、水利工程建设管理科、水资源管理科、河湖管理科，"
        "下属单位包括高淳区水利工程管理所、高淳区河道管理所、高淳区防汛抗旱服务中心。",
        "（二）预算及支出情况",
        "2024年度，本局收入总计1,250.00万元，其中一般公共预算财政拨款收入1,100.00万元，政府性基金预算财政拨款收入150.00万元。"
        "支出总计1,250.00万元，其中基本支出700.00万元，项目支出550.00万元。",
        "全年预算安排情况：本局年初预算1,000.00万元，全年调整预算1,400.00万元。",
        "经财务部门逐笔核算，本局本年度各项资金合计全年执行数1,250.00万元，预算执行率89.29%。",
        "预算调整原因：年中上级下达防汛应急度汛资金，预算相应追加。",
        "资金结余主要原因是部分水利工程尚未完成竣工结算，剩余资金结转下年继续使用。",
        "二、绩效评价情况",
        "1．预算执行率（20分）",
        "预算执行率89.29%，该指标得分为17.86分。",
        "2．河湖水质达标率（40分）",
        "年度目标≥90%，实际完成92%，该指标得分为40分。",
        "3．群众满意度（40分）",
        "随机调查群众100人，满意度85%，年度目标≥90%，该指标得分为37.78分。",
        "三、评价结论",
        "经自评复核，本局本年度部门整体支出的绩效评价等级为“良”，综合得分为95.64分。",
    ])
    _pdf(source, "r14-gaochun-water.pdf")
    source.unlink()


def bad_files() -> None:
    """A password-protected PDF (LibreOffice export with a document-open password)."""
    source = _docx("encrypted-source.docx", [("title", "加密的报告"), "2024年度整体支出绩效自评报告。"])
    soffice = shutil.which("soffice")
    if soffice is None:
        raise SystemExit("需要 LibreOffice（soffice）来生成 PDF 测试文件")
    export = ('pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},'
              '"DocumentOpenPassword":{"type":"string","value":"secret"}}')
    with tempfile.TemporaryDirectory() as tmp:
        profile = f"file:///tmp/lo-{uuid.uuid4().hex}"
        subprocess.run([soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", export,
                        "--outdir", tmp, str(source)], check=True, capture_output=True, timeout=180)
        (HERE / "bad").mkdir(exist_ok=True)
        shutil.move(str(Path(tmp) / "encrypted-source.pdf"), HERE / "bad" / "encrypted.pdf")
    source.unlink()


def gbk_text() -> None:
    for source in sorted((HERE / "sources").glob("*.txt")):
        (HERE / source.name).write_bytes(source.read_text(encoding="utf-8").encode("gbk"))


def main() -> None:
    gbk_text()
    r03_school()
    r04_project()
    r05_street()
    r06_fund()
    r07_chongqing()
    r08_renovation()
    r13_library()
    r14_wrapped()
    bad_files()


if __name__ == "__main__":
    main()
