"""The editor's indicator row as a form: a target in words keeps its text and gains no comparator, a figure keeps
the comparator chosen beside it (none chosen is asked for, not guessed), an actual's sign is shown and kept; and
the row as the page shows it — a blank comparator beside a text target, whose text is in a field of its own."""

from __future__ import annotations

import json
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from starlette.datastructures import FormData
from test_web_forms import _new_from_template
from test_web_pages import _form
from webworld import World, build_world

from jixiao.model import Evaluation
from jixiao.modelio import dump_json
from jixiao.web.forms import INDICATOR_COLUMNS, FormErrors, evaluation_from_form

BASE = {"year": 2025, "kind": "项目支出", "unit": {"name": "某县农机推广站"}}


def _row(**cells: str) -> dict[str, str]:
    return {name: "" for name in INDICATOR_COLUMNS} | {"extra": "{}", "name": "机具作业质量", "weight": "10"} | cells


def _read(*rows: dict[str, str], without: tuple[str, ...] = ()) -> Evaluation:
    """The evaluation a save of these indicator rows gives (``without``: columns the page did not send)."""
    items: list[tuple[str, str]] = [("base_json", json.dumps(BASE, ensure_ascii=False)), ("year", "2025"),
                                    ("unit_name", "某县农机推广站"), ("kind", "项目支出")]
    for row in rows:
        items += [(f"ind_{name}", value) for name, value in row.items() if name not in without]
    return evaluation_from_form(FormData(items))


def test_a_target_in_words_keeps_its_text_and_gains_no_comparator() -> None:
    target = _read(_row(target_text="作业质量稳步提升")).indicators[0].target
    assert target is not None and target.text == "作业质量稳步提升" and target.value is None
    saved = json.loads(dump_json(_read(_row(target_text="作业质量稳步提升"))))["indicators"][0]["target"]
    assert saved == {"text": "作业质量稳步提升"}  # no ≥ written for the unit


def test_the_text_typed_in_its_field_replaces_the_one_the_row_was_built_from() -> None:
    kept = json.dumps({"target": {"text": "较上年有所提高"}}, ensure_ascii=False)
    target = _read(_row(extra=kept, target_text="较上年明显提高")).indicators[0].target
    assert target is not None and target.text == "较上年明显提高"
    assert _read(_row(extra=kept, target_text="")).indicators[0].target is None  # cleared: no target


def test_a_date_target_is_kept_as_written() -> None:
    target = _read(_row(target_text="2025年11月底前")).indicators[0].target
    assert target is not None and (target.text, target.value) == ("2025年11月底前", None)


def test_a_figure_keeps_the_comparator_chosen_beside_it() -> None:
    target = _read(_row(cmp="≤", target="3", target_unit="个工作日")).indicators[0].target
    assert target is not None and (target.comparator.value, target.value, target.unit) == ("≤", Decimal(3), "个工作日")
    written = _read(_row(cmp="≥", target="95", target_unit="%", target_text="不低于95%")).indicators[0].target
    assert written is not None and (written.value, written.text) == (Decimal(95), "不低于95%")


def test_a_range_saved_unchanged_keeps_its_upper_end() -> None:
    """A target read as the range "3-5台" (lower end 3, upper 5) saved with its figure and text unchanged stays that
    range; a changed figure drops the old upper end (before, every save dropped it)."""
    kept = json.dumps({"target": {"value": "3", "upper": "5", "unit": "台", "text": "3-5台"}}, ensure_ascii=False)
    target = _read(_row(extra=kept, cmp="≥", target="3", target_unit="台", target_text="3-5台")).indicators[0].target
    assert target is not None and (target.value, target.upper) == (Decimal(3), Decimal(5))
    changed = _read(_row(extra=kept, cmp="≥", target="4", target_unit="台", target_text="4台")).indicators[0].target
    assert changed is not None and changed.upper is None


def test_a_figure_with_no_comparator_chosen_is_asked_for_not_guessed() -> None:
    with pytest.raises(FormErrors) as refused:
        _read(_row(target="120", target_unit="台"))
    assert "第 1 行指标（机具作业质量）年度指标值：写了数值 120，请选择比较符" in refused.value.errors[0]


def test_an_actuals_sign_is_kept_and_a_blank_one_clears_it() -> None:
    actual = _read(_row(actual_cmp=">", actual="98", actual_unit="%")).indicators[0].actual
    assert actual is not None and actual.comparator is not None and actual.comparator.value == ">"
    kept = json.dumps({"actual": {"value": "98", "unit": "%", "comparator": "≥"}})
    cleared = _read(_row(extra=kept, actual="98", actual_unit="%")).indicators[0].actual
    assert cleared is not None and cleared.comparator is None


def test_a_form_of_an_older_page_keeps_what_it_did_not_send() -> None:
    kept = json.dumps({"target": {"text": "有所改善"}, "actual": {"value": "90", "unit": "%", "comparator": "≥"}},
                      ensure_ascii=False)
    older = _read(_row(extra=kept, actual="90", actual_unit="%"), without=("target_text", "actual_cmp"))
    indicator = older.indicators[0]
    assert indicator.target is not None and indicator.target.text == "有所改善"
    assert indicator.actual is not None and indicator.actual.comparator is not None


# the row as the editor page shows it

INDICATORS: list[dict[str, Any]] = [
    {"name": "服务满意度", "weight": "10", "target": {"text": "逐步提高"},
     "actual": {"text": "较上年提高", "tier": "达成"}, "stated_score": "10"},
    {"name": "资金拨付及时率", "weight": "10", "target": {"comparator": "=", "value": "100", "unit": "%"},
     "actual": {"value": "100", "unit": "%", "comparator": "≥"}, "stated_score": "10"},
    {"name": "设备验收完成时间", "weight": None, "target": {"text": "2025年10月底前"},
     "actual": {"text": "2025年9月完成验收"}, "stated_score": "5",
     "deviation_note": "因供货商交付推迟，" * 30 + "下一步将在合同中约定交付节点。"},
]


@pytest.fixture(scope="module")
def shown(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[World, int, dict[str, list[str]]]]:
    world = build_world(f"sqlite:///{Path(tmp_path_factory.mktemp('cells')) / 'cells.db'}")
    client = world.client("editor_a")
    evaluation = BASE | {"unit": {"name": "甲镇人民政府"}, "indicators": INDICATORS}
    made = client.post("/api/evaluations", json={"unit_id": world.units["甲镇人民政府"], "evaluation": evaluation})
    assert made.status_code == 201, made.text
    eid = int(made.json()["id"])
    yield world, eid, _form(client.get(f"/evaluations/{eid}").text)


def test_a_text_target_shows_a_blank_comparator_and_its_text(shown: tuple[World, int, dict[str, list[str]]]) -> None:
    fields = shown[2]
    assert fields["ind_cmp"] == ["", "=", ""]  # only the figure states a comparator
    assert fields["ind_target_text"] == ["逐步提高", "", "2025年10月底前"]
    assert fields["ind_target"] == ["", "100", ""]
    assert fields["ind_actual_cmp"] == ["", "≥", ""]
    assert fields["ind_tier"] == ["达成", "", ""] and fields["ind_weight"][2] == ""
    assert fields["ind_deviation"][2] == INDICATORS[2]["deviation_note"]


def test_saving_the_rows_unchanged_keeps_them(shown: tuple[World, int, dict[str, list[str]]]) -> None:
    world, eid, fields = shown
    client = world.client("editor_a")
    before = client.get(f"/api/evaluations/{eid}").json()["evaluation"]
    saved = client.post(f"/evaluations/{eid}/save", data=fields | {"csrf_token": [client.headers["X-CSRF-Token"]]})
    assert saved.status_code == 200 and "已保存为第 2 版" in saved.text, saved.text
    after = client.get(f"/api/evaluations/{eid}").json()["evaluation"]
    assert Evaluation.model_validate(after) == Evaluation.model_validate(before)
    assert "comparator" not in after["indicators"][0]["target"] and "comparator" not in after["indicators"][2]["target"]


# figures as written: a save of unchanged fields keeps the places a check reads them to

WRITTEN = BASE | {"budget": {"source_unit": "元", "adjusted": "100.00", "executed": "90.60",
                             "stated_execution_rate": "91.00"},
                  "indicators": [{"name": "预算执行率", "weight": "10.0", "actual": {"value": "91.00", "unit": "%"},
                                  "stated_score": "9.10"}]}


def _saved_as_shown(rate: str = "91") -> Evaluation:
    """WRITTEN saved from the fields the editor shows for it (amounts in 元, figures without trailing zeros)."""
    row = _row(name="预算执行率", weight="10", actual="91", actual_unit="%", stated="9.1",
               extra=json.dumps(WRITTEN["indicators"][0], ensure_ascii=False))
    items = [("base_json", json.dumps(WRITTEN, ensure_ascii=False)), ("year", "2025"), ("unit_name", "某县农机推广站"),
             ("budget_unit", "元"), ("budget_adjusted", "1000000"), ("budget_executed", "906000"),
             ("budget_stated_execution_rate", rate), *[(f"ind_{name}", value) for name, value in row.items()]]
    return evaluation_from_form(FormData(items))


def test_a_figure_saved_unchanged_keeps_the_places_it_was_written_with() -> None:
    saved = _saved_as_shown()
    assert json.loads(dump_json(saved)) == json.loads(dump_json(Evaluation.model_validate(WRITTEN)))
    assert str(saved.budget.stated_execution_rate) == "91.00" and str(saved.budget.adjusted) == "100.00"
    assert str(saved.indicators[0].stated_score) == "9.10" and str(saved.indicators[0].weight) == "10.0"
    assert str(_saved_as_shown("90.8").budget.stated_execution_rate) == "90.8"  # a changed figure as typed


def test_a_save_unchanged_keeps_a_rate_mismatch_a_rate_written_to_two_places_shows() -> None:
    from jixiao.web.pipeline import assess

    def mismatched(evaluation: Evaluation) -> bool:
        return any(f.code == "EXECUTION_RATE_MISMATCH" for f in assess(evaluation).findings)

    assert mismatched(Evaluation.model_validate(WRITTEN))  # 91.00 % against 90.60 %: off by more than 0.01
    assert mismatched(_saved_as_shown())


def test_items_moved_in_their_box_keep_their_figures_as_written() -> None:
    base = BASE | {"budget": {"income_items": [{"name": "财政拨款收入", "amount": "120.50"},
                                               {"name": "其他收入", "amount": "6.00"}]}}
    form = FormData([("base_json", json.dumps(base, ensure_ascii=False)), ("year", "2025"),
                     ("unit_name", "某县农机推广站"), ("income_items", "其他收入 6\n财政拨款收入 120.5")])
    items = evaluation_from_form(form).budget.income_items
    assert [(item.name, str(item.amount)) for item in items] == [("其他收入", "6.00"), ("财政拨款收入", "120.50")]


def test_a_templates_target_with_no_figure_yet_keeps_its_comparator(
    shown: tuple[World, int, dict[str, list[str]]],
) -> None:
    world = shown[0]
    client = world.client("editor_a")
    eid = int(_new_from_template(client, world).headers["location"].rsplit("/", 1)[1])
    fields = _form(client.get(f"/evaluations/{eid}").text)
    before = client.get(f"/api/evaluations/{eid}").json()["evaluation"]["indicators"]
    stated = [i["target"].get("comparator", "≥") if i.get("target") else "" for i in before]
    assert "≤" in stated and fields["ind_cmp"] == stated  # (the template's ≤ 次 beside its ≥ %)
    saved = client.post(f"/evaluations/{eid}/save", data=fields | {"csrf_token": [client.headers["X-CSRF-Token"]]})
    assert saved.status_code == 200, saved.text
    assert client.get(f"/api/evaluations/{eid}").json()["evaluation"]["indicators"] == before
