# ruff: noqa: E501  (report lines are kept whole)
"""Fourteenth corpus, a PDF with a real text layer: a Sichuan county health bureau's whole-unit report written
in Word (prose, then a long indicator table that runs over a page, with the report's running title in the page
header, so the header line falls inside the table in the text layer) and printed to PDF by LibreOffice (r11).
The Word source is kept in sources/."""

from __future__ import annotations

import io
import shutil
import subprocess
import tempfile
from pathlib import Path

from fourteenth_base import (
    D,
    Report,
    budget,
    exec_score,
    execution_indicator,
    exp,
    money,
    num,
    pct,
    q,
    rate_of,
    sum_scores,
    t,
    whole_facts,
)

HERE = Path(__file__).resolve().parent


def word_to_pdf(docx: bytes, stem: str) -> bytes:
    """The Word file printed to PDF by LibreOffice; its source is kept in sources/ for rebuilding."""
    soffice = shutil.which("soffice")
    if soffice is None:
        raise SystemExit(f"soffice not found: {stem} of the fourteenth set is a PDF made by LibreOffice")
    (HERE / "sources").mkdir(exist_ok=True)
    src = HERE / "sources" / f"{stem}.docx"
    src.write_bytes(docx)
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([soffice, f"-env:UserInstallation=file://{tmp}/profile", "--headless", "--convert-to", "pdf",
                        "--outdir", tmp, str(src)], check=True, capture_output=True, timeout=300)
        return (Path(tmp) / f"{stem}.pdf").read_bytes()


def r11() -> Report:
    """Sichuan, Yibin: a county health bureau's whole-unit report, Word → PDF, running header inside the table."""
    from docx import Document

    fa, fb, fe = D("2864.50"), D("3126.38"), D("3047.92")
    rate = rate_of(fe, fb)
    es = exec_score(10, rate)
    inds = [
        q("家庭医生签约服务人数", "产出指标", "数量指标", 6, "≥", 12, "万人", 12.4, 6),
        q("适龄儿童免疫规划疫苗接种率", "产出指标", "数量指标", 6, "≥", 90, "%", 95.3, 6),
        q("孕产妇系统管理率", "产出指标", "数量指标", 6, "≥", 90, "%", 92.1, 6),
        q("65岁及以上老年人健康管理率", "产出指标", "数量指标", 6, "≥", 65, "%", 63.2, 5.5, note="部分老人外出务工未能体检"),
        q("村卫生室标准化建设数", "产出指标", "数量指标", 6, "≥", 20, "个", 20, 6),
        q("传染病报告及时率", "产出指标", "质量指标", 6, "≥", 95, "%", 99.2, 6),
        q("医疗机构监督检查覆盖率", "产出指标", "质量指标", 6, "=", 100, "%", 100, 6),
        q("严重精神障碍患者规范管理率", "产出指标", "质量指标", 6, "≥", 80, "%", 86.5, 6),
        q("补助资金拨付及时率", "产出指标", "时效指标", 6, "≥", 95, "%", 97, 6),
        q("基层医疗机构人均公用经费", "成本指标", "经济成本指标", 6, "≤", 0.9, "万元", 0.86, 6),
        q("县域内就诊率", "效益指标", "社会效益指标", 8, "≥", 90, "%", 88.4, 7, note="县级医院专科能力仍有差距"),
        q("居民健康素养水平", "效益指标", "社会效益指标", 6, "≥", 25, "%", 27.6, 6),
        t("医共体建设", "效益指标", "可持续影响指标", 6, "持续推进", "持续推进", 6),
        q("群众就医满意度", "满意度指标", "服务对象满意度指标", 10, "≥", 90, "%", 93.5, 10),
    ]
    total = sum_scores(inds, es)
    doc = Document()
    doc.sections[0].header.paragraphs[0].text = "屏山县卫生健康局2024年度部门整体支出绩效自评报告"
    for line in [
        "屏山县卫生健康局2024年度部门整体支出绩效自评报告",
        "一、部门基本情况",
        "屏山县卫生健康局负责全县医疗卫生、疾病预防控制、妇幼健康、爱国卫生和人口监测等工作。",
        "二、预算执行情况",
        f"2024年年初预算{money(fa)}万元，全年预算{money(fb)}万元，全年执行{money(fe)}万元，预算执行率{pct(rate)}，该项得分{num(es)}分（分值10分）。",
        "三、绩效指标完成情况",
        "本单位设置绩效指标14项，完成情况如下表（单位：万元、%）。",
    ]:
        doc.add_paragraph(line)
    head = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"]
    table = doc.add_table(rows=1, cols=len(head))
    table.style = "Table Grid"
    for c, text in enumerate(head):
        table.cell(0, c).text = text
    for i in inds:
        cells = table.add_row().cells
        for c, text in enumerate([i.l1, i.l2, i.name, i.target_text(), i.actual_text(), num(i.w), num(i.sc), i.note]):
            cells[c].text = text
    cells = table.add_row().cells
    cells[0].text, cells[5].text, cells[6].text = "合计", "100", num(total)
    for line in ["四、自评结论", f"经自评，本部门2024年度整体支出绩效自评得分{num(total)}分，等级为“优”。",
                 "五、存在问题及改进措施", "一是老年人健康管理率未达目标；二是县域内就诊率仍需提升。下一步将加强基层服务能力建设。"]:
        doc.add_paragraph(line)
    for _ in range(12):  # the report's closing pages push the table over a page break
        doc.paragraphs[6].insert_paragraph_before("")
    out = io.BytesIO()
    doc.save(out)
    name = "r11-sc-pingshan-health-whole-pdf-runninghead"
    facts = whole_facts(2024, "屏山县卫生健康局", {
        "budget": budget(fa, fb, fe),
        "indicators": [execution_indicator(10, rate, es), *(exp(i) for i in inds)],
        "stated_total": total, "stated_grade": "优",
    })
    return Report(name, ".pdf", word_to_pdf(out.getvalue(), name), facts,
                  note="Word → PDF: prose budget, a 15-row table over a page break with the running title in the page header")


REPORTS = [r11]
