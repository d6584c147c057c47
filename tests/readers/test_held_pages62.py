"""Shapes the held-out pages of stop 62 showed (docs/reader-corpora/held-62.md), each as an invented snippet:
invented units, places, projects and figures, no text of any page."""

from __future__ import annotations

from page_reading import read_page as _read

_WORDED_FORM = ("2023年度某某宣传经费项目自评表\n"
                "单位名称:某市某某协会         填报日期:2024年 4 月 8日\n"
                "项目名称 某某宣传经费\n"
                "主管部门 某市某某协会 项目实施单位 某市某某协会\n"
                "预算执行情况(万元)\n"
                "(20分)\n"
                "  预算数(A) 执行数(B) 执行率(B/A) 得分\n"
                "(20分*执行率)\n"
                "年度财政资金总额 50 49.5 99 19\n"
                "年度绩效目标1(80分) 一级指标 二级指标 三级指标 年初目标值(A) 实际完成值(B) 得分\n"
                "产出指标 数量指标 某某讲座场次 12场 12场 10\n"
                "质量指标 某某知识竞答 提高知晓率 稳步提高 8\n"
                "某某专栏内容更新 内容更新率 及时更新 8\n"
                "成本指标 预算控制数 ≤50万元 49.5万元 10\n"
                "效益指标 社会效益指标 公众某某素养 提升5% 提升5% 7\n"
                "经济效益指标 某某产业融合 提升5% 提升5% 7\n")


def _row(name: str, read_name: str = "") -> dict[str, object]:
    found = [i for i in _read(_WORDED_FORM).indicators if i.name == (read_name or name)]
    assert len(found) == 1, name
    return found[0].model_dump(exclude_defaults=True, mode="json")


def test_a_spaced_row_with_words_for_its_target_and_actual_keeps_its_cells() -> None:
    """"某某专栏内容更新 内容更新率 及时更新 8": a row carried on under the level above it, its target and actual
    words (before, the line stayed one cell and the row was lost)."""
    row = _row("某某专栏内容更新")
    assert row["level2"] == "质量指标"
    assert row["target"] == {"text": "内容更新率"} and row["actual"] == {"text": "及时更新"}
    assert row["stated_score"] == "8"


def test_a_worded_figure_stays_one_cell_in_a_level_led_row() -> None:
    """"效益指标 社会效益指标 公众某某素养 提升5% 提升5% 7": "提升5%" is one cell (before, it was cut into "提升" and
    "5%", and the row's name was read as "提升"); its one figure beside the target's is read as its value, guessed
    (left-pages-70.md)."""
    row = _row("公众某某素养")
    assert (row["level1"], row["level2"]) == ("效益指标", "社会效益指标")
    assert row["actual"] == {"text": "提升5%", "value": "5", "unit": "%"} and row["stated_score"] == "7"
    assert _row("某某产业融合")["level2"] == "经济效益指标"
    assert not [i for i in _read(_WORDED_FORM).indicators if i.name == "提升"]


_PLACED_UNDER = ("2022年度部门整体支出绩效自评报告\n"
                 "为进一步规范财政资金管理,现将我单位部门整体支出绩效评价情况报告如下:\n"
                 "一、基本情况\n"
                 "(一)单位基本概况\n"
                 "某县某某合作联社成立于1962年4月,系某县人民政府直属正科级全额拨款事业单位,2022年12月,共有编制16人,"
                 "人数30,其中财政供养人员10人、离退休17人、其他人员3人。联社下设办公室、财务股、业务股三个内设机构;"
                 "无下设二级机构\n")


def test_the_body_a_sentence_places_under_the_government_is_the_unit() -> None:
    """"某县某某合作联社成立于…,系某县人民政府直属…事业单位" with no unit in the title: the founded body is the unit,
    the government the body over it (before, the government was read as the unit)."""
    read = _read(_PLACED_UNDER)
    assert read.unit.name == "某县某某合作联社"
    assert read.unit.supervising_department == "某县人民政府"


def test_an_establishment_opening_a_clause_after_the_date() -> None:
    """"2022年12月,共有编制16人,…": the establishment (before, 共有 before 编制 hid it)."""
    assert _read(_PLACED_UNDER).unit.staff_establishment == 16


def test_the_last_listed_pair_joined_by_and_is_two_bodies() -> None:
    """"所属事业单位2个,即某某服务中心和某某信息中心": the count asks for two, the list's one item is two bodies
    joined by 和 (before, one body named "某某服务中心和某某信息中心")."""
    read = _read("某某联合会2021年度预算绩效自评报告\n一、单位基本情况\n"
                 "某某联合会设3个内设机构,即办公室、维权部、宣传部。机关所属事业单位2个,即某某服务中心和某某信息中心。\n")
    assert read.unit.subordinate_bodies == ["某某服务中心", "某某信息中心"]
    assert read.unit.subordinate_bodies_count == 2


def test_an_and_inside_one_name_is_kept_when_the_count_says_one() -> None:
    """"下属事业单位1个,即某某培训和就业中心": the count asks for one, the name keeps its 和."""
    read = _read("某某局2021年度部门整体支出绩效自评报告\n一、基本情况\n"
                 "某某局内设2个科室,即办公室、业务科。下属事业单位1个,即某某培训和就业中心。\n")
    assert read.unit.subordinate_bodies == ["某某培训和就业中心"]
