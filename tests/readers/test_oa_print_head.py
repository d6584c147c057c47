"""A form printed from an OA system: its print head ("流程名称：…" over "流水号：… | 发起人：… | 打印时间：2024-03-29
15:42:08") above the form's title rows, its approval records ("分管领导 | 李某 | 同意 | 2024-03-28 17:30") below.
Copied one cell a line, a line ending on the clock time is a whole line (a stamp), never a sentence wrapped at the
text's width to be joined with the title under it; saved as a web page, the head's rows are no title rows, the
form's own rows under them are."""

from __future__ import annotations

from pathlib import Path

from page_reading import read_saved, read_saved_rows

_HEAD = [["流程名称：项目支出绩效自评审批（某县卫健局）"],
         ["流水号：OA2024000815", "发起人：规财股 赵明", "打印时间：2024-04-02 10:15:36"]]
_TITLE = [["项目支出绩效自评表"], ["（2023年度）"]]
_FORM = [["项目名称", "基层医疗机构设备购置补助"], ["主管部门", "某县卫生健康局"],
         ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
         ["产出指标", "数量指标", "购置设备台数", "≥36台", "38台", "50", "50"],
         ["满意度指标", "服务对象满意度指标", "就诊群众满意度", "≥90%", "93.5%", "50", "50"],
         ["总分", "100", "100"]]
_RECORDS = [["审批记录"], ["规财股", "赵明", "提交", "2024-03-30 09:05"],
            ["分管领导", "钱立新", "同意", "2024-04-01 16:48"], ["主要领导", "孙国平", "同意", "2024-04-02 08:50"]]
_ROWS = [*_HEAD, *_TITLE, *_FORM, *_RECORDS]


def test_the_cells_keep_the_title_apart_from_the_stamp(tmp_path: Path) -> None:
    evaluation = read_saved_rows(tmp_path, [cell for row in _ROWS for cell in row])
    assert evaluation.title == "项目支出绩效自评表（2023年度）"
    assert evaluation.year == 2023


def test_a_web_page_reads_the_title_rows_under_the_print_head(tmp_path: Path) -> None:
    width = max(len(row) for row in _ROWS)
    rows = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row[:-1])
                   + f"<td colspan={width - len(row) + 1}>{row[-1]}</td></tr>" for row in _ROWS)
    evaluation = read_saved(tmp_path, f"<html><body><table border=1>{rows}</table></body></html>", "page.html")
    assert evaluation.title == "项目支出绩效自评表（2023年度）"
    assert evaluation.year == 2023

