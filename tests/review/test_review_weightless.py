"""``jixiao review`` over reports whose score tables state no weight (a 得分-only 项目自评表, invented
unit and figures; an evaluation file with an empty weight): every report is reviewed, its indicators
and stated total kept, and no error rests on a weight the form never stated."""

from __future__ import annotations

import json
from pathlib import Path

from jixiao.modelio import load_evaluation, save_evaluation
from jixiao.review import ReviewOptions, run_review

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "daxing-2024.yaml"
FORM = ("2023年度项目自评表\n项目名称 村道养护补助\n主管部门 某县交通运输局\n项目实施单位 某县公路站\n"
        "| 一级指标 | 二级指标 | 三级指标 | 年初目标值(A) | 实际完成值(B) | 得分 |\n"
        "| 产出指标 | 数量指标 | 养护村道里程 | 60公里 | 62公里 | 30 |\n"
        "| 产出指标 | 质量指标 | 路面完好率 | ≥90% | 92% | 30 |\n"
        "| 满意度指标 | 服务对象满意度指标 | 沿线群众满意度 | ≥85% | 88% | 20 |\n"
        "| 总分 | | | | | 80 |\n")


def test_weightless_reports_are_reviewed_without_a_crash(tmp_path: Path) -> None:
    (tmp_path / "form.txt").write_text(FORM, encoding="utf-8")
    evaluation = load_evaluation(EXAMPLE)
    evaluation.indicators[0].weight = None
    save_evaluation(evaluation, tmp_path / "blank-weight.yaml")
    outcome = run_review([str(tmp_path)], ReviewOptions(out_dir=tmp_path / "out", jobs=1, pages=False))
    assert outcome.reviewed == 2
    data = json.loads((tmp_path / "out" / "review.json").read_text(encoding="utf-8"))
    reports = {Path(r["file"]).name: r for r in data["reports"]}
    assert set(reports) == {"form.txt", "blank-weight.yaml"}
    form = reports["form.txt"]
    assert (form["indicators"], form["stated_total"], form["errors"]) == (3, "80", 0)
    assert form["total"] == "80.00"  # the stated scores, kept: none could be recomputed without a weight
    assert reports["blank-weight.yaml"]["indicators"] == len(evaluation.indicators)
