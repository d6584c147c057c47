"""``jixiao score`` and ``jixiao init`` through the real entry point (``jixiao.cli.main``)."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from jixiao.cli import main
from jixiao.modelio import load_evaluation

SEED_SENTENCE = "预算执行率 93.55%（7,693.91 ÷ 8,224.00），按 15 × min(1, 93.55%) 计 14.03 分"


@dataclass
class Run:
    returncode: int
    stdout: str
    stderr: str


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Callable[..., Run]:
    """Run ``jixiao ARGS`` in-process through ``jixiao.cli.main`` (its error handling included)."""

    def invoke(*args: str) -> Run:
        capsys.readouterr()
        monkeypatch.setattr(sys, "argv", ["jixiao", *args])
        try:
            main()
            code = 0
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
        out, err = capsys.readouterr()
        return Run(code, out, err)

    return invoke


@pytest.fixture
def seed_json(run: Callable[..., Run], example_path: Path) -> dict:
    out = run("score", str(example_path), "--format", "json")
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


def test_score_json_on_the_example(seed_json: dict) -> None:
    data = seed_json
    assert data["pack"] == {"id": "central-2020", "version": "2020.1"}
    assert (data["stated_total"], data["stated_grade"]) == ("93.19", "优")
    assert (data["recomputed_total"], data["recomputed_grade"]) == ("99.03", "优")
    assert data["total_differs"] is True and data["grade_differs"] is False
    execution = next(row for row in data["indicators"] if row["name"] == "预算执行率")
    assert execution["stated_score"] == "8.19" and execution["recomputed_score"] == "14.03"
    assert execution["score"] == "14.03" and execution["differs"] is True and execution["uses_stated"] is False
    assert execution["rule"] == "execution_rate" and execution["actual"] == "93.55%" and execution["target"] is None
    assert execution["receipt"]["sentence"] == SEED_SENTENCE
    assert execution["receipt"]["result"] == "14.03"
    kept = [row for row in data["indicators"] if row["uses_stated"]]
    assert len(kept) == 10
    assert all(row["recomputed_score"] is None and row["reason"] and not row["differs"] for row in kept)
    assert data["total_receipt"]["result"] == "99.03"


def test_score_table_marks_differences(run: Callable[..., Run], example_path: Path) -> None:
    out = run("score", str(example_path))
    assert out.returncode == 0, out.stderr
    assert "14.03 ≠" in out.stdout
    assert "报告总分 93.19" in out.stdout and "重算总分 99.03 ≠ 不一致" in out.stdout
    assert "得分不一致的指标：预算执行率（报告 8.19，重算 14.03）" in out.stdout


def test_score_with_chongqing_pack(run: Callable[..., Run], example_path: Path) -> None:
    out = run("score", str(example_path), "--pack", "chongqing-whole-unit", "--format", "json")
    data = json.loads(out.stdout)
    execution = data["indicators"][3]
    assert data["pack"]["id"] == "chongqing-whole-unit"
    assert execution["receipt"]["formula"] == "15 × 93.55% = 14.03"


def _fails(out: Run) -> str:
    assert out.returncode == 2
    assert out.stdout == ""
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in out.stderr
    return lines[0]


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("year: 2024\nindicators:\n- {name: a, weight: -5}\n", 'indicators[0].weight：分值必须是非负数（收到 "-5"）'),
        ("year: 2024\nindicators: [{weight: 5}]\n", "indicators[0].name：缺少必填项"),
        ("year: [2024\n", "YAML 格式错误"),
        ("year: 2024\nbudget: {executed: 很多}\n", 'budget.executed：必须是数字（收到 "很多"）'),
        ("year: 2024\nstated_grade: 极好\n", "stated_grade：只能是"),
        ("- 1\n", "必须是一个键值表"),
    ],
)
def test_malformed_file_exits_2_with_one_chinese_line(
    run: Callable[..., Run], tmp_path: Path, content: str, expected: str
) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(content, encoding="utf-8")
    line = _fails(run("score", str(bad)))
    assert line.startswith("错误：") and expected in line


def test_missing_file_and_unknown_pack(run: Callable[..., Run], tmp_path: Path, example_path: Path) -> None:
    assert "文件不存在" in _fails(run("score", str(tmp_path / "none.yaml")))
    assert "找不到名为 nosuch 的规则包" in _fails(run("score", str(example_path), "--pack", "nosuch"))


def test_init_templates(run: Callable[..., Run], tmp_path: Path) -> None:
    listing = run("init", "--list")
    assert listing.returncode == 0 and "town-whole-unit" in listing.stdout and "project" in listing.stdout
    town = tmp_path / "town.yaml"
    assert run("init", str(town)).returncode == 0
    ev = load_evaluation(town)
    assert [int(i.weight) for i in ev.indicators] == [5, 5, 15, 15, 5, 20, 10, 5, 10, 5, 5]
    assert all(i.rule for i in ev.indicators) and all(i.stated_score is None for i in ev.indicators)
    assert ev.budget.executed is None and all(i.target is None or i.target.value is None for i in ev.indicators)
    project = tmp_path / "project.yaml"
    assert run("init", "--template", "project", str(project)).returncode == 0
    pev = load_evaluation(project)
    by_level: dict[str, int] = {}
    for ind in pev.indicators:
        by_level[ind.level1 or ""] = by_level.get(ind.level1 or "", 0) + int(ind.weight)
    assert by_level == {"产出指标": 50, "效益指标": 30, "满意度指标": 10, "预算执行率": 10}
    # Templates are hints, not values: no target is invented, no hint is stored as a value.
    assert all(i.target is None or (i.target.value is None and not i.target.text) for i in pev.indicators)
    for evaluation in (ev, pev):
        values = json.dumps(evaluation.model_dump(mode="json"), ensure_ascii=False)
        assert "（" not in values and "请" not in values, values
        assert evaluation.unit.name == "" and evaluation.title is None
    # The hints are comments, from lexicon.yaml's hints section.
    text = town.read_text(encoding="utf-8")
    assert "  name: ''  # 单位全称，如 重庆市璧山区大兴镇人民政府" in text


def test_init_fills_in_the_chosen_unit_and_year(run: Callable[..., Run], tmp_path: Path) -> None:
    target = tmp_path / "bishan.yaml"
    assert run("init", "--template", "project", "--unit", "重庆市璧山区卫生健康委员会", "--year", "2024",
               str(target)).returncode == 0
    evaluation = load_evaluation(target)
    assert evaluation.unit.name == "重庆市璧山区卫生健康委员会" and evaluation.year == 2024
    assert "--year" in _fails(run("init", "--year", "3000", str(tmp_path / "y.yaml")))


def test_init_refuses_to_overwrite(run: Callable[..., Run], tmp_path: Path) -> None:
    target = tmp_path / "mine.yaml"
    target.write_text("year: 2024\n", encoding="utf-8")
    assert "文件已存在" in _fails(run("init", str(target)))
    assert target.read_text(encoding="utf-8") == "year: 2024\n"
    assert run("init", "--force", str(target)).returncode == 0
    assert "预算执行率" in target.read_text(encoding="utf-8")


def test_init_unknown_template(run: Callable[..., Run], tmp_path: Path) -> None:
    assert "没有名为 nosuch 的模板" in _fails(run("init", "--template", "nosuch", str(tmp_path / "x.yaml")))


def test_real_process_exit_code(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"year": 2024, "indicators": [{"name": "a", "weight": "x"}]}', encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "jixiao", "score", str(bad)],
                         capture_output=True, text=True, encoding="utf-8", timeout=120)
    assert out.returncode == 2 and out.stdout == ""
    assert out.stderr.strip() == f'错误：{bad}：indicators[0].weight：分值必须是非负数（收到 "x"）'


def test_an_indicator_without_weight_keeps_its_stated_score_and_says_why(
    run: Callable[..., Run], example_path: Path, tmp_path: Path
) -> None:
    from jixiao.modelio import save_evaluation

    evaluation = load_evaluation(example_path)
    execution = next(i for i, ind in enumerate(evaluation.indicators) if ind.name == "预算执行率")
    evaluation.indicators[execution].weight = None  # the form states no weight: 14.03 cannot be computed
    save_evaluation(evaluation, tmp_path / "blank.yaml")
    out = run("score", str(tmp_path / "blank.yaml"), "--format", "json")
    assert out.returncode == 0, out.stderr
    row = json.loads(out.stdout)["indicators"][execution]
    assert (row["weight"], row["recomputed_score"], row["score"], row["uses_stated"]) == (None, None, "8.19", True)
    assert row["reason"] == "报告未列该指标的分值（权重），无法按规则计算得分"
    assert json.loads(out.stdout)["recomputed_total"] == "93.19"
    table = run("score", str(tmp_path / "blank.yaml"))
    assert table.returncode == 0 and "未列" in table.stdout and "沿用报告得分：报告未列该指标的分值" in table.stdout
