"""Shapes found by the third real-page probe (docs/reader-corpora/real-probe-3.md), each rebuilt from
an invented snippet of the same shape (invented units, names and figures)."""

from __future__ import annotations

from jixiao.readers.extract import extract
from jixiao.readers.source_text import text_to_document


def _read(text: str):  # type: ignore[no-untyped-def]
    return extract(text_to_document(text, "page.txt"))[0]


def test_numbered_template_rows_run_together_by_a_sheet_viewer_are_read_as_rows() -> None:
    text = ("某县项目支出绩效自评表 (2022年度) 项目名称 家庭医生服务 主管部门 某县卫生健康局 实施单位 某镇卫生院 "
            "指标1:建档人数 不少于9种 指标2:随访 分值 得分 "
            "指标3:开展义诊活动 10次 14次 2 2 指标4:签约服务人数 860人 812人 3 2.7 "
            "指标5:重点人群体检率 90.00% 93.50% 2 2 指标6:结案病例 6例 6例 1 1 质量指标 指标1:服务规范\n")
    rows = [(i.name, str(i.target.value) + i.target.unit if i.target else None, str(i.actual.value) + i.actual.unit
             if i.actual else None, str(i.weight), str(i.stated_score)) for i in _read(text).indicators]
    assert rows == [("开展义诊活动", "10次", "14次", "2", "2"), ("签约服务人数", "860人", "812人", "3", "2.7"),
                    ("重点人群体检率", "90.00%", "93.50%", "2", "2"), ("结案病例", "6例", "6例", "1", "1")]


def test_two_numbered_rows_or_a_score_over_its_weight_are_no_table() -> None:
    text = ("某县项目支出绩效自评表 (2022年度) 项目名称 家庭医生服务 "
            "指标1:开展义诊活动 10次 14次 2 2 指标2:签约服务人数 860人 812人 3 5 指标3:结案病例 6例 6例 1 1\n")
    assert _read(text).indicators == []
