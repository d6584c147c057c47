"""A whole-unit report's sheets in turn: "表2 2024年度收支情况（单位：万元）" over its 收支 table, then the form's own
"部门整体支出绩效自评表". The caption and the form's name are no title broken over two lines (a table stands
between them): the title is the form's; a title broken over two lines that follow each other still is one."""

from __future__ import annotations

from pathlib import Path

from page_reading import read_docx, read_saved, read_saved_rows

from jixiao.model import Evaluation

_INCOME = [["收入项目", "金额", "支出项目", "金额"], ["财政拨款收入", "2310.5", "基本支出", "1402.3"],
           ["收入合计", "2310.5", "支出合计", "2288.1"]]
_FORM = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
         ["产出指标", "数量指标", "病媒生物监测点位数", "≥24个", "24个", "50", "50"],
         ["满意度指标", "服务对象满意度指标", "辖区居民满意度", "≥90%", "92%", "50", "50"]]
_CAPTION, _TITLE = "表2 2024年度收支情况（单位：万元）", "部门整体支出绩效自评表"


def _docx(tmp_path: Path) -> Evaluation:
    return read_docx(tmp_path, ["表1 部门基本情况", "单位名称：某县爱国卫生服务中心", _CAPTION, _INCOME, _TITLE,
                                "（2024年度）", _FORM])


def test_the_caption_over_a_table_is_no_part_of_the_title(tmp_path: Path) -> None:
    title = _docx(tmp_path).title
    assert title is not None and _CAPTION not in title and title.startswith(_TITLE)


def test_the_cells_read_the_same_title(tmp_path: Path) -> None:
    lines = ["表1 部门基本情况", "单位名称", "某县爱国卫生服务中心", _CAPTION, *(c for row in _INCOME for c in row),
             _TITLE, "（2024年度）", *(c for row in _FORM for c in row)]
    title = read_saved_rows(tmp_path, lines).title
    assert title is not None and _CAPTION not in title and title.startswith(_TITLE)


def test_a_title_broken_over_two_lines_is_one(tmp_path: Path) -> None:
    text = "某县文化馆2024年度部门整体和项目\n支出绩效自评报告\n一、基本情况\n本馆编制12人。\n"
    assert read_saved(tmp_path, text).title == "某县文化馆2024年度部门整体和项目支出绩效自评报告"
