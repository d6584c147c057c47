"""``jixiao check``: text and JSON output, and exit codes 0 / 1 / 2 for pipelines."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest

from jixiao.cli import main
from jixiao.model import Comparator, Evaluation, Grade, Target
from jixiao.modelio import save_evaluation


def run_cli(args: list[str], capsys, monkeypatch) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "argv", ["jixiao", *args])
    with pytest.raises(SystemExit) as exc:
        main()
    out, err = capsys.readouterr()
    code = exc.value.code
    return (code if isinstance(code, int) else 0), out, err


def test_seed_json(example_path, capsys, monkeypatch):
    code, out, _ = run_cli(["check", str(example_path), "--format", "json"], capsys, monkeypatch)
    assert code == 0
    data = json.loads(out)
    assert set(data) >= {"file", "unit", "year", "counts", "findings"}
    assert data["unit"] == "重庆市璧山区大兴镇人民政府" and data["year"] == 2024
    assert data["counts"] == {"error": 0, "warning": 14, "info": 0}
    for finding in data["findings"]:
        assert set(finding) == {"code", "severity", "title", "message", "location", "field", "source", "numbers",
                                "facts", "arithmetic", "needs_review", "readings"}
    codes = sorted({f["code"] for f in data["findings"] if f["severity"] != "info"})
    assert codes == ["EVIDENCE_MISSING", "LARGE_BUDGET_ADJUSTMENT", "SCORE_NOT_RECOMPUTABLE", "TARGET_MISSING",
                     "UNSPENT_UNEXPLAINED"]
    execution = next(f for f in data["findings"] if f["code"] == "SCORE_NOT_RECOMPUTABLE")
    assert execution["numbers"]["stated"] == "8.19" and execution["numbers"]["recomputed"] == "14.03"


def test_seed_text_grouped_with_counts(example_path, capsys, monkeypatch):
    code, out, _ = run_cli(["check", str(example_path)], capsys, monkeypatch)
    assert code == 0
    assert "警告（14）" in out and "错误（" not in out
    assert "共 14 条：错误 0 · 警告 14 · 提示 0" in out
    assert "未执行资金 530.09万元" in out


def _set(path: str, value: object) -> Callable[[Evaluation], None]:
    def change(evaluation: Evaluation) -> None:
        *parents, last = path.split(".")
        target: object = evaluation
        for part in parents:
            name, _, index = part.partition("[")
            target = getattr(target, name)
            if index:
                target = target[int(index.rstrip("]"))]  # type: ignore[index]
        setattr(target, last, value)

    return change


def _target_above_actual(evaluation: Evaluation) -> None:
    evaluation.indicators[7].target = Target(comparator=Comparator.GE, value=Decimal(98), unit="%")


ALTERED = [
    ("wrong total", _set("stated_total", Decimal("95.19")), "TOTAL_MISMATCH"),
    ("wrong grade", _set("stated_grade", Grade.GOOD), "GRADE_MISMATCH"),
    ("score above weight", _set("indicators[0].stated_score", Decimal(6)), "SCORE_OVER_WEIGHT"),
    ("weights sum to 105", _set("indicators[0].weight", Decimal(10)), "WEIGHTS_NOT_100"),
    ("wrong execution rate", _set("budget.stated_execution_rate", Decimal("95.55")), "EXECUTION_RATE_MISMATCH"),
    ("income items", _set("budget.income_items[1].amount", Decimal("803.87")), "INCOME_SUM_MISMATCH"),
    ("expenditure items", _set("budget.expenditure_items[0].amount", Decimal("3600.87")), "EXPENDITURE_SUM_MISMATCH"),
    ("staff parts", _set("unit.staff_parts[0].count", 41), "STAFF_SUM_MISMATCH"),
    ("full score below target", _target_above_actual, "FULL_SCORE_BELOW_TARGET"),
    ("missing indicator number", _set("indicators[4].number", None), "NUMBERING_GAP"),
    ("negative score", _set("indicators[1].stated_score", Decimal(-1)), "NEGATIVE_SCORE"),
]


@pytest.mark.parametrize(("change", "code"), [(c, k) for _, c, k in ALTERED], ids=[n for n, _, _ in ALTERED])
def test_altered_copy_raises_its_code_and_exits_1(example, tmp_path, capsys, monkeypatch, change, code):
    change(example)
    path = tmp_path / "altered.yaml"
    save_evaluation(example, path)
    exit_code, out, _ = run_cli(["check", str(path), "--format", "json"], capsys, monkeypatch)
    assert exit_code == 1
    errors = [f for f in json.loads(out)["findings"] if f["severity"] == "error"]
    assert code in {f["code"] for f in errors}


def test_error_text_output(example, tmp_path, capsys, monkeypatch):
    example.stated_total = Decimal("95.19")
    path = tmp_path / "wrong-total.json"
    save_evaluation(example, path)
    code, out, _ = run_cli(["check", str(path)], capsys, monkeypatch)
    assert code == 1
    assert "错误（1）" in out and "TOTAL_MISMATCH" in out and "（有错误）" in out


def test_missing_file_exits_2(tmp_path, capsys, monkeypatch):
    code, out, err = run_cli(["check", str(tmp_path / "none.yaml")], capsys, monkeypatch)
    assert code == 2 and out == ""
    assert "文件不存在" in err and "Traceback" not in err


def test_malformed_file_exits_2(tmp_path, capsys, monkeypatch):
    path = tmp_path / "bad.yaml"
    path.write_text("year: 2024\nindicators:\n- name: x\n  weight: -5\n", encoding="utf-8")
    code, _, err = run_cli(["check", str(path)], capsys, monkeypatch)
    assert code == 2
    assert "indicators[0].weight" in err and "Traceback" not in err


def test_unknown_pack_exits_2(example_path, capsys, monkeypatch):
    code, _, err = run_cli(["check", str(example_path), "--pack", "no-such-pack"], capsys, monkeypatch)
    assert code == 2 and "no-such-pack" in err


def test_source_location_is_reported(example, tmp_path, capsys, monkeypatch):
    from jixiao.model import SourceRef

    example.stated_total = Decimal("95.19")
    example.provenance["stated_total"] = SourceRef(location="第42段", text="综合得分95.19分")
    path = tmp_path / "with-source.yaml"
    save_evaluation(example, path)
    exit_code, out, _ = run_cli(["check", str(path), "--format", "json"], capsys, monkeypatch)
    assert exit_code == 1
    total = next(f for f in json.loads(out)["findings"] if f["code"] == "TOTAL_MISMATCH")
    assert total["source"] == {"location": "第42段", "text": "综合得分95.19分", "guessed": False, "complete": None}


def test_unreadable_suffix_exits_2(tmp_path: Path, capsys, monkeypatch):
    path = tmp_path / "report.xyz"
    path.write_text("x", encoding="utf-8")
    code, _, err = run_cli(["check", str(path)], capsys, monkeypatch)
    assert code == 2 and "Traceback" not in err


def test_json_finding_lists_its_facts_and_arithmetic(example, tmp_path, capsys, monkeypatch):
    example.stated_total = Decimal("95.19")
    path = tmp_path / "wrong-total.yaml"
    save_evaluation(example, path)
    _, out, _ = run_cli(["check", str(path), "--format", "json"], capsys, monkeypatch)
    total = next(f for f in json.loads(out)["findings"] if f["code"] == "TOTAL_MISMATCH")
    assert total["field"] == "综合得分" and total["needs_review"] is False and total["readings"] == []
    assert total["facts"][0] == {"path": "stated_total", "label": "综合得分", "value": "95.19", "source": None}
    assert total["arithmetic"].endswith("= 93.19；95.19 − 93.19 = 2")


def test_text_names_fields_in_chinese_and_shows_the_arithmetic(example, tmp_path, capsys, monkeypatch):
    example.indicators[0].stated_score = Decimal(6)
    path = tmp_path / "over.yaml"
    save_evaluation(example, path)
    _, out, _ = run_cli(["check", str(path)], capsys, monkeypatch)
    assert "字段：指标1 得分" in out and "indicators[0]" not in out
    assert "算式：6 − 5 = 1" in out
    assert "依据：指标1 得分 6；指标1 分值 5" in out


def test_an_unread_report_leads_with_read_incomplete(tmp_path, capsys, monkeypatch):
    path = tmp_path / "thin.txt"
    path.write_text("某某区文化馆2024年度整体支出绩效自评报告\n一、基本情况\n本馆负责群众文化活动。\n",
                    encoding="utf-8")
    code, out, _ = run_cli(["check", str(path)], capsys, monkeypatch)
    assert code == 0
    lines = out.strip().splitlines()
    assert lines[1].startswith("读取不完整")  # right under the heading
    assert lines[-1].startswith("读取不完整：共") and "无错误" not in out
    code, out, _ = run_cli(["check", str(path), "--format", "json"], capsys, monkeypatch)
    assert json.loads(out)["read_incomplete"] is True


def test_several_files_find_duplicates_and_keep_going(example_path, tmp_path, capsys, monkeypatch):
    copy = tmp_path / "b.yaml"
    copy.write_bytes(example_path.read_bytes())
    missing = tmp_path / "none.yaml"
    code, out, err = run_cli(["check", str(example_path), str(copy), str(missing), "--format", "json"],
                             capsys, monkeypatch)
    assert code == 2 and "none.yaml：文件不存在" in err
    data = json.loads(out)
    assert [f["file"] for f in data["files"]] == [str(example_path), str(copy)]
    assert data["unreadable"] == [{"file": str(missing), "reason": f"{missing}：文件不存在"}]
    first, second = ([f for f in d["findings"] if f["code"] == "DUPLICATE_REPORT"] for d in data["files"])
    assert first == []
    [duplicate] = second
    assert duplicate["severity"] == "warning"
    assert duplicate["message"] == f"重庆市璧山区大兴镇人民政府 2024 年度已有报告 {example_path}，本文件为重复报送"


def test_several_distinct_files_have_no_duplicate(example, example_path, tmp_path, capsys, monkeypatch):
    example.year = 2023
    other = tmp_path / "2023.yaml"
    save_evaluation(example, other)
    code, out, _ = run_cli(["check", str(example_path), str(other)], capsys, monkeypatch)
    assert code == 0 and "DUPLICATE_REPORT" not in out
    assert out.count("复核 ") == 2
