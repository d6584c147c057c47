# ruff: noqa: E501  (report lines are kept whole)
"""Sixth corpus, a PDF: a Guangdong town's whole-unit form printed from Word over several pages, the
indicator table's header row repeated at the top of every page, a running page header, and the merged
一级 cells printed once on the page where they start (s17). Needs LibreOffice (soffice) to build."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

from reports_files import docx_bytes
from sixth_base import D, Ind, Report, exec_score, execution_indicator, exp, money, num, pct, q, rate_of, sum_scores, t

HERE = Path(__file__).resolve().parent


def _pdf(docx: bytes, stem: str) -> bytes:
    soffice = shutil.which("soffice")
    if soffice is None:
        raise SystemExit("soffice not found: the PDF of the sixth set needs LibreOffice")
    sources = HERE / "sources"
    sources.mkdir(exist_ok=True)
    src = sources / f"{stem}.docx"
    src.write_bytes(docx)
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([soffice, f"-env:UserInstallation=file://{tmp}/profile", "--headless", "--convert-to", "pdf",
                        "--outdir", tmp, str(src)], check=True, capture_output=True, timeout=300)
        return (Path(tmp) / f"{stem}.pdf").read_bytes()


def s17() -> Report:
    unit = "徐闻县下洋镇人民政府"
    fa, fb, fe = D("1836.40"), D("2015.62"), D("1968.27")
    rate = rate_of(fe, fb)
    es = exec_score(10, rate)
    out = [("数量指标", "村（社区）党组织规范化建设数", 4, "≥", 14, "个", 14, 4), ("数量指标", "新建改建农村公路里程", 4, "≥", 12, "公里", 12.6, 4),
           ("数量指标", "农村人居环境整治村数", 4, "≥", 14, "个", 14, 4), ("数量指标", "高标准农田建设面积", 4, "≥", 2600, "亩", 2650, 4),
           ("数量指标", "防返贫动态监测户数", 4, "≥", 320, "户", 326, 4), ("数量指标", "技能培训人次", 4, "≥", 600, "人次", 615, 4),
           ("质量指标", "公共服务事项按时办结率", 5, "≥", 98, "%", 99.2, 5), ("质量指标", "工程验收合格率", 5, "=", 100, "%", 100, 5),
           ("时效指标", "惠民补贴发放及时率", 4, "=", 100, "%", 100, 4), ("时效指标", "项目开工及时率", 4, "≥", 95, "%", 92, 3.87),
           ("成本指标", "“三公”经费控制率", 4, "≤", 100, "%", 87.5, 4), ("成本指标", "公用经费控制率", 4, "≤", 100, "%", 96.3, 4)]
    ben = [("经济效益指标", "村集体经济收入10万元以上村占比", 4, "≥", 80, "%", 85.7, 4), ("经济效益指标", "农村居民人均可支配收入增长率", 4, "≥", 6, "%", 6.8, 4),
           ("社会效益指标", "安全生产事故起数", 4, "≤", 0, "起", 0, 4), ("社会效益指标", "信访案件按期办结率", 4, "≥", 95, "%", 97.4, 4),
           ("生态效益指标", "农村生活垃圾无害化处理率", 4, "≥", 95, "%", 96, 4), ("生态效益指标", "森林覆盖率", 4, "≥", 28, "%", 28.4, 4),
           ("可持续影响指标", "基层治理长效机制", 3, "", "健全", "", "基本健全", 2.5), ("可持续影响指标", "镇村干部培训覆盖率", 3, "=", 100, "%", 100, 3)]
    sat = [("服务对象满意度指标", "辖区群众满意度", 5, "≥", 90, "%", 93.2, 5), ("服务对象满意度指标", "企业满意度", 5, "≥", 90, "%", 91, 5)]
    inds: list[Ind] = []
    for l1, rows in (("产出指标", out), ("效益指标", ben), ("满意度指标", sat)):
        for l2, name, w, cmp, tv, unit_, av, sc in rows:
            if cmp:
                inds.append(q(name, l1, l2, w, cmp, tv, unit_, av, sc, cmp_shown=cmp != "="))
            else:
                inds.append(t(name, l1, l2, w, tv, av, sc, note="村级议事规则尚在修订"))
    inds[9].note = "2个项目因用地手续延后开工"
    total = sum_scores(inds, es)
    grid = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]]
    merges: list[tuple[int, int, int, int]] = []
    for l1 in ("产出指标", "效益指标", "满意度指标"):
        start = len(grid)
        for l2 in dict.fromkeys(i.l2 for i in inds if i.l1 == l1):
            first = len(grid)
            for ind in (i for i in inds if i.l1 == l1 and i.l2 == l2):
                grid.append(["", "", ind.name, ind.target_text(), ind.actual_text(), num(ind.w), num(ind.sc), ind.note])
            grid[first][1] = l2
            merges.append((first, 1, len(grid) - 1, 1))
        grid[start][0] = l1
        merges.append((start, 0, len(grid) - 1, 0))
    grid.append(["总分", "", "", "", "", "100", num(total), ""])
    title = [f"{unit}部门整体支出绩效自评表", "（2024年度）", f"评价单位（公章）：{unit}    填报日期：2025年5月12日",
             f"年初预算数：{money(fa)}万元    全年预算数：{money(fb)}万元    全年执行数：{money(fe)}万元",
             f"预算执行率：{pct(rate)}    分值：10    得分：{num(es)}",
             "年度总体目标：统筹推进基层党建、乡村振兴、基层治理和民生保障各项工作，完成年度重点任务。",
             "年度总体目标完成情况：各项重点任务基本完成，高标准农田建设、农村公路改造和人居环境整治超额完成。"]
    stem = "s17-gd-xiayang-town-whole-pdf-repeated-header"
    docx = docx_bytes(title, grid, merges, ["填报人：吴海燕    联系电话：0759-4812263"], repeat_row=0,
                      page_header=f"{unit}2024年度部门整体支出绩效自评表")
    facts: dict[str, Any] = {
        "kind": "整体支出", "year": 2024, "unit": {"name": unit},
        "budget": {"initial": fa, "adjusted": fb, "executed": fe, "stated_execution_rate": rate},
        "indicators": [execution_indicator(10, rate, es), *(exp(i) for i in inds)],
        "stated_total": total, "full_mark": D(100),
    }
    return Report(stem, ".pdf", _pdf(docx, stem), facts,
                  "Guangdong town whole-unit form printed from Word to PDF: a 23-row indicator table over pages with its header row "
                  "repeated on every page, a running page header, merged 一级/二级 cells printed once, the money block as "
                  "\"label：value\" pairs on two lines above the table")


REPORTS = [s17]
