"""Shapes of the fourteenth set (docs/reader-corpora/fourteenth.md: real published forms as a web page, a
viewer, an OA system or a PDF text layer flattens them), each rebuilt from an invented snippet of the same
shape (invented units, names and figures)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from page_reading import read_page as _read

from jixiao.readers import read_any

_FORM = ("一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分\n"
         "产出指标 数量指标 修缮校舍面积 ≥600平方米 640平方米 45 45\n"
         "效益指标 社会效益指标 办学条件 改善 明显改善 45 43\n"
         "总分 90 88\n\n")


def test_a_figure_in_the_template_s_notes_is_no_stated_total() -> None:
    for note in ("填表说明：1.得分=执行率×10分；2.绩效指标分值合计80分；3.本表一式2份。",
                 "注：\n1.预算执行率权重10分；\n2.权重合计为80分。",
                 "填报说明 评价等级为良的须说明原因，总分合计80分。"):
        evaluation = _read(_FORM + note + "\n")
        assert evaluation.stated_total == Decimal("88"), note
        assert evaluation.stated_grade is None, note


def test_the_unit_s_own_total_after_the_notes_is_still_read() -> None:
    evaluation = _read(_FORM + "填表说明：1.绩效指标分值合计80分。\n\n综上，本项目自评得分88分，评价等级为良。\n")
    assert (evaluation.stated_total, evaluation.stated_grade) == (Decimal("88"), "良")


_RUN_ON_MONEY = ("预算执行情况（万元）（20分）预算数(A)执行数(B)执行率(B/A)得分(20分*执行率)年度财政资金总额 "
                 "350.00 336.00 96.00% 19.2")
_RUN_ON_GRID = ("一级指标二级指标三级指标年初目标值(A)实际完成值(B)分值得分未完成原因"
                "产出指标数量指标修缮校舍间数≥14间15间 30 30"
                "产出指标时效指标完工时间2023年11月底前2023年10月完工 20 20"
                "效益指标社会效益指标入学儿童增长≥3%2.5% 30 26生源外流"
                "合计 100 95.2")


def _assert_run_on_form(evaluation) -> None:  # type: ignore[no-untyped-def]
    assert evaluation.unit.supervising_department == "乙县教育局"
    assert evaluation.project is not None
    assert (evaluation.project.name, evaluation.project.implementing_unit) == ("校舍修缮补助", "乙县实验小学")
    budget = evaluation.budget
    assert (budget.adjusted, budget.executed, budget.stated_execution_rate) == (350, 336, 96)
    rows = {i.name: i for i in evaluation.indicators}
    assert (rows["预算执行率"].weight, rows["预算执行率"].stated_score) == (20, Decimal("19.2"))
    rooms = rows["修缮校舍间数"]
    assert (rooms.level1, rooms.level2, rooms.weight, rooms.stated_score) == ("产出指标", "数量指标", 30, 30)
    assert rooms.target is not None and (rooms.target.value, rooms.target.unit) == (14, "间")
    time = rows["完工时间"]
    assert time.target is not None and time.actual is not None
    assert (time.level2, time.target.text, time.actual.text) == ("时效指标", "2023年11月底前", "2023年10月完工")
    growth = rows["入学儿童增长"]
    assert (growth.weight, growth.stated_score, growth.deviation_note) == (30, 26, "生源外流")
    assert evaluation.stated_total == Decimal("95.2")


def test_a_form_a_viewer_ran_into_one_paragraph_is_read() -> None:
    text = ("2023年度财政项目绩效自评表单位名称：乙县实验小学填报日期：2024年2月6日项目名称校舍修缮补助"
            "主管部门乙县教育局项目实施单位乙县实验小学" + _RUN_ON_MONEY + "年度绩效目标（80分）" + _RUN_ON_GRID + "\n")
    _assert_run_on_form(_read(text))


def test_the_same_form_split_into_lines_keeps_its_money_row() -> None:
    text = ("2023年度财政项目绩效自评表\n单位名称：乙县实验小学\n"
            "项目名称校舍修缮补助主管部门乙县教育局项目实施单位乙县实验小学\n" + _RUN_ON_MONEY
            + "\n年度绩效目标（80分）\n"
            + _RUN_ON_GRID.replace("产出指标", "\n产出指标").replace("效益指标", "\n效益指标").replace("合计", "\n合计")
            + "\n")
    _assert_run_on_form(_read(text))


def test_a_merged_cell_repeated_in_every_cell_it_covers_is_one_cell() -> None:
    text = ("| 项目名称 | 山塘整治项目 | 山塘整治项目 | 山塘整治项目 | 实施单位 | 丙镇人民政府 | 丙镇人民政府 |\n"
            "| 项目资金（万元） | | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 | |\n"
            "| 年度资金总额 | 年度资金总额 | 64.00 | 64.00 | 64.00 | 10 | 100.00% | 10 | 10 |\n"
            "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因 | 偏差原因 |\n"
            "| 产出指标 | 数量指标 | 整治山塘 | 6座 | 6座 | 45 | 45 | | |\n"
            "| 效益指标 | 可持续影响指标 | 蓄水能力 | 长期 | 长期 | 45 | 42 | 汛期偏短 | 汛期偏短 |\n"
            "| 总分 | 总分 | 总分 | 总分 | 总分 | 100 | 97 | | |\n")
    evaluation = _read(text)
    budget = evaluation.budget
    assert (budget.initial, budget.adjusted, budget.executed, budget.stated_execution_rate) == (64, 64, 64, 100)
    rows = {i.name: i for i in evaluation.indicators}
    assert (rows["预算执行率"].weight, rows["预算执行率"].stated_score) == (10, 10)
    pond = rows["整治山塘"]
    assert pond.target is not None and pond.actual is not None
    assert (pond.target.value, pond.actual.value, pond.weight, pond.stated_score) == (6, 6, 45, 45)
    storage = rows["蓄水能力"]
    assert storage.target is not None and storage.actual is not None
    assert (storage.target.text, storage.actual.text, storage.deviation_note) == ("长期", "长期", "汛期偏短")
    assert (evaluation.stated_total, evaluation.full_mark) == (97, 100)
    assert sum(i.weight or 0 for i in evaluation.indicators) == 100


def test_weights_in_the_name_cell_rows_without_a_first_level_and_a_closing_total() -> None:
    text = ("一级指标 二级指标 三级指标（分值） 年度指标值 实际完成值 得分 偏差原因\n"
            "产出指标 数量指标 改造户厕数量（35分） ≥800户 812户 35\n"
            "时效指标 改厕完工时间(15分) 汛期前 汛期前完工 15\n"
            "效益指标 可持续影响指标 长效管护制度（20分） 健全 基本健全 18 个别村未落实\n"
            "满意度指标 服务对象满意度指标 改厕农户满意度（30分） ≥90% 92% 30\n"
            "自评总得分 98\n")
    evaluation = _read(text)
    rows = {i.name: i for i in evaluation.indicators}
    assert list(rows) == ["改造户厕数量", "改厕完工时间", "长效管护制度", "改厕农户满意度"]
    timely = rows["改厕完工时间"]
    assert timely.target is not None and timely.actual is not None
    assert (timely.level1, timely.level2, timely.weight, timely.stated_score) == ("产出指标", "时效指标", 15, 15)
    assert (timely.target.text, timely.actual.text) == ("汛期前", "汛期前完工")
    care = rows["长效管护制度"]
    assert care.target is not None and care.actual is not None
    assert (care.level1, care.level2, care.weight, care.stated_score) == ("效益指标", "可持续影响指标", 20, 18)
    assert (care.target.text, care.actual.text, care.deviation_note) == ("健全", "基本健全", "个别村未落实")
    assert all(i.deviation_note is None for i in evaluation.indicators if i.name != "长效管护制度")
    assert evaluation.stated_total == 98


_SCORES = ("2023年度项目支出绩效自评表\n一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分\n"
           "产出指标 数量指标 维修便桥 ≥3座 3座 50 50\n效益指标 社会效益指标 群众出行 改善 明显改善 50 38\n")


def test_a_grade_given_by_check_boxes_is_the_ticked_one() -> None:
    for boxes, grade in (("□优 ☑良 □中 □差", "良"), ("优口 良☑ 中口 差口", "良"), ("优☑ 良口 中口 差口", "优"),
                         ("□优秀 □良好 √合格 □不合格", "中")):
        assert _read(_SCORES + "合计 100 88\n评价等次：" + boxes + "\n").stated_grade == grade, boxes
        table = _SCORES.replace(" ", " | ") + "| 合计 | | | | | 100 | 88 |\n| 自评等级 | " + boxes + " |\n"
        assert _read(table).stated_grade == grade, boxes


def test_boxes_that_tick_no_grade_or_several_state_none() -> None:
    for boxes in ("□优 □良 □中 □差", "☑优 ☑良 □中 □差"):
        assert _read(_SCORES + "合计 100 88\n评价等次：" + boxes + "\n").stated_grade is None, boxes


def test_a_layout_s_wrapped_cells_and_its_transfer_payment_name() -> None:
    text = ("                    2023年度转移支付区域绩效目标自评表\n\n"
            "转移支付名称      己县农村公路养护补助资金\n"
            "中央主管部门      交通运输部                地方主管部门      己县交通运输局\n"
            "一级指标    二级指标        三级指标              全年指标值    全年实际完成值  分值  得分  未完成原因\n"
            "效益指标    可持续影响指标  养护路段长期保持畅    长期          长期            40    40\n"
            "                            通\n"
            "满意度指标  服务对象满意度  沿线群众满意度        ≥90%          86%"
            "             60    52    部分路段雨季积\n"
            "            指标                                                                          水未及时处理\n"
            "                                   - 1 -\n")
    evaluation = _read(text)
    assert evaluation.project is not None and evaluation.project.name == "己县农村公路养护补助资金"
    assert evaluation.unit.supervising_department == "己县交通运输局"
    rows = {i.name: i for i in evaluation.indicators}
    assert list(rows) == ["养护路段长期保持畅通", "沿线群众满意度"]
    satisfied = rows["沿线群众满意度"]
    assert (satisfied.level2, satisfied.deviation_note) == ("服务对象满意度指标", "部分路段雨季积水未及时处理")
    assert rows["养护路段长期保持畅通"].deviation_note is None


def test_the_central_supervisor_of_a_transfer_payment_is_not_the_unit_s() -> None:
    text = ("2023年度转移支付区域绩效目标自评表\n转移支付名称：庚县水土保持补助资金\n"
            "中央主管部门：水利部    地方主管部门：庚县水务局\n"
            "一级指标 二级指标 三级指标 全年指标值 全年实际完成值 分值 得分\n"
            "产出指标 数量指标 治理面积 ≥12平方公里 12平方公里 100 100\n")
    evaluation = _read(text)
    assert evaluation.project is not None and evaluation.project.name == "庚县水土保持补助资金"
    assert evaluation.unit.supervising_department == "庚县水务局"


def test_an_oa_view_s_total_field_beside_its_money_fields(tmp_path: Path) -> None:
    fields = [("项目名称", "村道维护"), ("全年预算数(万元)", "20.00"), ("全年执行数(万元)", "19.00"),
              ("预算执行率", "95.00%"), ("预算执行分值", "10"), ("预算执行得分", "9.5"), ("自评得分", "96.5"),
              ("自评等级", "优")]
    html = ("<html><body><h2>2024年度项目支出绩效自评表</h2>"
            + "".join(f'<div class="form-item"><label>{label}：</label><span>{value}</span></div>'
                      for label, value in fields)
            + "<table><tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>年度指标值</td><td>实际完成值</td>"
              "<td>分值</td><td>得分</td></tr><tr><td>产出指标</td><td>数量指标</td><td>维护里程</td><td>≥10公里</td>"
              "<td>10公里</td><td>45</td><td>45</td></tr><tr><td>效益指标</td><td>社会效益指标</td><td>群众出行</td>"
              "<td>改善</td><td>明显改善</td><td>45</td><td>42</td></tr></table></body></html>")
    page = tmp_path / "view.html"
    page.write_text(html, encoding="utf-8")
    evaluation = read_any(page).evaluation
    assert evaluation.budget.executed == 19
    rate = next(i for i in evaluation.indicators if i.name == "预算执行率")
    assert (rate.weight, rate.stated_score) == (10, Decimal("9.5"))
    assert (evaluation.stated_total, evaluation.stated_grade) == (Decimal("96.5"), "优")


def test_a_first_page_title_that_is_also_the_running_head_stays() -> None:
    from jixiao.readers.page_layout import Line, drop_running_lines

    head = "壬县水利局2024年度部门整体支出绩效自评报告"

    def line(text: str, rel: float, page: int, number: int) -> Line:
        return Line(text, 50.0, 500.0, rel * 800, rel, 12.0, page, number)

    lines = [line(head, 0.04, 1, 1), line(head, 0.08, 1, 2), line("一、部门基本情况", 0.12, 1, 3),
             line("- 1 -", 0.96, 1, 4), line(head, 0.04, 2, 1), line("二、预算执行情况", 0.12, 2, 2),
             line("- 2 -", 0.96, 2, 3)]
    kept = [(ln.page, ln.text) for ln in drop_running_lines(lines, 2)]
    assert kept == [(1, head), (1, "一、部门基本情况"), (2, "二、预算执行情况")]
