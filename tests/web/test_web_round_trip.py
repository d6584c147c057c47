"""A read report through the editor unchanged: imported, opened, saved as the page shows it, its facts exported —
nothing lost, nothing added. Over read documents of several shapes (flattened cells, web " |" cells, one-line and
run-together forms, Word, a sheet, a saved site page) and an invented HTML page with a target in words, a date
target, a tier, a long deviation note and a figure with its comparator."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from test_web_pages import _form
from webworld import World, build_world

from jixiao.model import Evaluation
from jixiao.modelio import dump_json

DATA = Path(__file__).resolve().parents[1] / "data"
DOCUMENTS = [
    "fifth/p03-yn-mengzi-hospital-project-cells.txt",
    "fifth/p06-gx-qixing-street-whole-pipes.txt",
    "fifth/p08-ah-guichi-town-project-oneline.txt",
    "fifth/p11-sc-shehong-farmland-project-fused.txt",
    "fortieth/p04-fj-yongchun-museum-carryover-docx-qualitative.docx",
    "fiftyfirst/fo07-sd-shenxian-social-insurance-project-htm-form-image.htm",
]
PAGE = """<html><head><meta charset="utf-8"><title>某县水文站项目支出绩效自评表</title></head><body>
<div class="nav">首页 | 政务公开 | 无障碍 | 适老化</div>
<table class="meta"><tr><td>索引号</td><td>000000-0000-2026-00012</td><td>发布机构</td>
<td>某县水利局</td></tr></table>
<h1>项目支出绩效自评表</h1><p>（2025年度）</p>
<table border="1">
<tr><td>项目名称</td><td colspan="7">中小河流水文监测站点建设</td></tr>
<tr><td>主管部门</td><td colspan="3">某县水利局</td><td>实施单位</td><td colspan="3">某县水文站</td></tr>
<tr><td rowspan="2">项目资金（万元）</td><td></td><td>年初预算数</td><td>全年预算数</td><td>全年执行数</td>
<td>分值</td>
<td>执行率</td><td>得分</td></tr>
<tr><td>年度资金总额</td><td>80.00</td><td>80.00</td><td>76.50</td><td>10</td><td>95.63%</td>
<td>9.56</td></tr>
<tr><td rowspan="6">绩效指标</td><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>年度指标值</td>
<td>实际完成值</td>
<td>分值</td><td>得分</td><td>偏差原因分析及改进措施</td></tr>
<tr><td rowspan="3">产出指标</td><td>数量指标</td><td>新建监测站点数</td><td>≥12个</td><td>12个</td>
<td>30</td><td>30</td>
<td></td></tr>
<tr><td>质量指标</td><td>站点运行状况</td><td>明显改善</td><td>运行稳定</td><td>20</td><td>20</td>
<td></td></tr>
<tr><td>时效指标</td><td>建设完成时间</td><td>2025年11月底前</td><td>2025年12月中旬完成</td><td>10</td>
<td>8</td>
<td>受汛期影响部分站点施工推迟约两周，下一步将提前排定工期并按月通报进度，确保后续项目按期完工。</td></tr>
<tr><td>效益指标</td><td>社会效益指标</td><td>防汛预警能力</td><td>有所提高</td><td>达到预期</td><td>20</td>
<td>20</td><td></td></tr>
<tr><td>满意度指标</td><td>服务对象满意度指标</td><td>沿线群众满意度</td><td>≥90%</td><td>93%</td><td>10</td>
<td>10</td>
<td></td></tr>
<tr><td colspan="6">总分</td><td>100</td><td>97.56</td><td>优</td></tr>
</table>
<div class="footer">主办：某县人民政府 | 网站标识码 0000000000</div>
</body></html>
"""


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    yield build_world(f"sqlite:///{tmp_path_factory.mktemp('round-trip') / 'round.db'}")


def _import(world: World, path: Path) -> int:
    client = world.client("editor_a")
    with path.open("rb") as fh:
        fields = {"unit_id": str(world.units["甲镇人民政府"]), "confirm_duplicate": "true"}
        made = client.post("/api/import", data=fields, files={"file": (path.name, fh, "application/octet-stream")})
    assert made.status_code == 201, made.text
    return int(made.json()["id"])


def _round_trip(world: World, evaluation_id: int) -> tuple[Evaluation, Evaluation]:
    client = world.client("editor_a")
    before = client.get(f"/api/evaluations/{evaluation_id}").json()["evaluation"]
    fields = _form(client.get(f"/evaluations/{evaluation_id}").text)
    saved = client.post(f"/evaluations/{evaluation_id}/save",
                        data=fields | {"csrf_token": [client.headers["X-CSRF-Token"]]})
    assert saved.status_code == 200 and "已保存为第 2 版" in saved.text, saved.text
    after = client.get(f"/api/evaluations/{evaluation_id}").json()["evaluation"]
    return Evaluation.model_validate(before), Evaluation.model_validate(after)


@pytest.mark.slow
@pytest.mark.parametrize("name", DOCUMENTS)
def test_a_read_document_saved_unchanged_keeps_every_fact(world: World, name: str) -> None:
    before, after = _round_trip(world, _import(world, DATA / name))
    assert before.indicators and after == before
    assert dump_json(after) == dump_json(before)  # the facts exported: written alike, figure by figure


@pytest.mark.slow
def test_an_html_page_saved_unchanged_keeps_its_text_targets(world: World, tmp_path: Path) -> None:
    page = tmp_path / "水文站自评表.html"
    page.write_text(PAGE, encoding="utf-8")
    before, after = _round_trip(world, _import(world, page))
    targets = {i.name: i.target for i in before.indicators}
    assert targets["站点运行状况"] is not None and targets["站点运行状况"].text == "明显改善"  # the page as read
    assert targets["建设完成时间"] is not None and targets["建设完成时间"].text == "2025年11月底前"
    assert after == before and dump_json(after) == dump_json(before)
    written = dump_json(after)
    assert '"text": "明显改善"' in written and written.count('"comparator"') == 2  # the two figures' ≥ only


@pytest.mark.slow
def test_a_projects_header_is_shown_and_edited(world: World, tmp_path: Path) -> None:
    page = tmp_path / "水文站自评表.html"
    page.write_text(PAGE, encoding="utf-8")
    evaluation_id = _import(world, page)
    client = world.client("editor_a")
    fields = _form(client.get(f"/evaluations/{evaluation_id}").text)
    assert fields["project_name"] == ["中小河流水文监测站点建设"]
    assert fields["project_implementing_unit"] == ["某县水文站"] and fields["project_goal_expected"] == [""]
    fields["project_goal_actual"] = ["新建站点12个，全部投入运行。"]
    saved = client.post(f"/evaluations/{evaluation_id}/save",
                        data=fields | {"csrf_token": [client.headers["X-CSRF-Token"]]})
    assert saved.status_code == 200, saved.text
    project = client.get(f"/api/evaluations/{evaluation_id}").json()["evaluation"]["project"]
    assert project == {"name": "中小河流水文监测站点建设", "implementing_unit": "某县水文站",
                       "goal_actual": "新建站点12个，全部投入运行。"}
