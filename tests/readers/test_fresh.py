"""Fresh accuracy test (helper G3): a third evaluation set, tests/data/fresh (generator make_fresh.py),
written in styles the redteam and holdout sets did not use (cover pages, 目录, Chinese-numeral years,
一级/二级 heading hierarchies with ① items, "指标名称：…；指标分值：…" field lines, "得分：8/10",
"得X分（满分Y分）", weights only in a table, 【优秀】 / "等级：良好（80≤得分<90）", 亿元 and 元 amounts,
HTML tables in markdown, header/footer text in Word, several-sheet workbooks). Each report is read with
``read_any`` and compared, field by field, with its ``NAME.expected.yaml``. Comparison logic copied from
test_holdout.py so the three measurements agree. Run with ``-s`` to see per-file accuracy and every mismatch.
"""

from __future__ import annotations

import unicodedata
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import pytest
import yaml

from jixiao.checks import run_checks
from jixiao.checks.finding import Severity
from jixiao.model import Evaluation
from jixiao.readers import read_any

DATA = Path(__file__).resolve().parent.parent / "data" / "fresh"
THRESHOLD = 0.90
ERROR_CODES = {
    "TOTAL_MISMATCH",
    "WEIGHTS_NOT_100",
    "INCOME_SUM_MISMATCH",
    "EXPENDITURE_SUM_MISMATCH",
    "STAFF_SUM_MISMATCH",
    "GRADE_MISMATCH",
    "SCORE_OVER_WEIGHT",
    "EXECUTION_RATE_MISMATCH",
    "NUMBERING_GAP",
}


class _Loader(yaml.SafeLoader):
    pass


def _decimal(loader: yaml.SafeLoader, node: yaml.Node) -> Decimal:
    assert isinstance(node, yaml.ScalarNode)
    return Decimal(str(loader.construct_scalar(node)))


_Loader.add_constructor("tag:yaml.org,2002:float", _decimal)


def load_expected(path: Path) -> dict[str, Any]:
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)
    assert isinstance(data, dict), path
    return data


def report_for(expected_path: Path) -> Path:
    stem = expected_path.name.removesuffix(".expected.yaml")
    found = [p for p in DATA.glob(stem + ".*") if not p.name.endswith(".expected.yaml")]
    assert len(found) == 1, f"{expected_path.name}: expected one report, found {found}"
    return found[0]


CASES = sorted(DATA.glob("*.expected.yaml"))


def norm_text(value: str) -> str:
    return "".join(unicodedata.normalize("NFKC", value).split()).strip("“”\"'")


def same(want: Any, got: Any) -> bool:
    if got is None:
        return want is None
    if isinstance(want, bool):
        return want is got
    if isinstance(want, (int, Decimal)):
        try:
            return Decimal(str(want)) == Decimal(str(got))
        except (InvalidOperation, ValueError):
            return False
    if isinstance(want, str):
        return isinstance(got, str) and norm_text(want) == norm_text(got)
    return bool(want == got)


def _match_indicator(want: dict[str, Any], got: list[dict[str, Any]], used: set[int]) -> int | None:
    name = norm_text(want["name"])
    for rule in ("name", "number", "contains"):
        for i, ind in enumerate(got):
            if i in used:
                continue
            other = norm_text(ind.get("name") or "")
            if (
                (rule == "name" and other == name)
                or (
                    rule == "number"
                    and want.get("number") is not None
                    and ind.get("number") == want["number"]
                    and (name in other or other in name)
                )
                or (rule == "contains" and other and (name in other or other in name))
            ):
                return i
    return None


def compare_fields(want: Any, got: Any, path: str) -> list[tuple[str, Any, Any]]:
    """(path, expected, got) for every expected leaf; a leaf that matches has got == 'OK'."""
    out: list[tuple[str, Any, Any]] = []
    if isinstance(want, dict):
        got_dict = got if isinstance(got, dict) else {}
        for key, value in want.items():
            out.extend(compare_fields(value, got_dict.get(key), f"{path}.{key}" if path else key))
        return out
    if isinstance(want, list) and want and all(isinstance(v, dict) for v in want):
        got_list = got if isinstance(got, list) else []
        out.append((f"{path}#count", len(want), "OK" if len(got_list) == len(want) else len(got_list)))
        used: set[int] = set()
        for i, item in enumerate(want):
            if path == "indicators":
                j = _match_indicator(item, got_list, used)
                label = f"indicators[{item['name']}]"
            else:
                j = i if i < len(got_list) else None
                label = f"{path}[{i}]"
            if j is not None:
                used.add(j)
            out.extend(compare_fields(item, got_list[j] if j is not None else None, label))
        return out
    out.append((path, want, "OK" if same(want, got) else got))
    return out


def evaluate(expected_path: Path) -> tuple[list[tuple[str, Any, Any]], str | None]:
    """All expected fields of one report, compared; the second value names a crash, if any."""
    want = load_expected(expected_path)
    want.pop("planted", None)
    try:
        evaluation = read_any(report_for(expected_path)).evaluation
    except Exception as exc:  # the reader under test may crash: count every field as missed
        return compare_fields(want, {}, ""), f"{type(exc).__name__}: {exc}"
    got = evaluation.model_dump(mode="json", exclude={"provenance"})
    return compare_fields(want, got, ""), None


def evaluate_all() -> dict[str, tuple[list[tuple[str, Any, Any]], str | None]]:
    return {p.name.removesuffix(".expected.yaml"): evaluate(p) for p in CASES}


def test_fresh_corpus_is_complete() -> None:
    assert len(CASES) >= 20
    suffixes = {report_for(p).suffix for p in CASES}
    assert {".txt", ".md", ".docx", ".pdf", ".xlsx"} <= suffixes


def test_fresh_field_accuracy() -> None:
    results = evaluate_all()
    total = ok = 0
    lines = []
    for name, (fields, crash) in results.items():
        good = sum(1 for _, _, got in fields if got == "OK")
        total += len(fields)
        ok += good
        lines.append(f"{name}: {good}/{len(fields)} = {good / len(fields):.1%}" + (f"  CRASH {crash}" if crash else ""))
        for path, want, got in fields:
            if got != "OK":
                lines.append(f"    {path}: expected {want!r}, got {got!r}")
    accuracy = ok / total
    print("\n".join(lines))
    print(f"OVERALL field accuracy: {ok}/{total} = {accuracy:.2%}")
    assert accuracy >= THRESHOLD, f"fresh field accuracy {accuracy:.2%} < {THRESHOLD:.0%}"


def raised(evaluation: Evaluation) -> set[str]:
    """Codes of the findings a reviewer would act on (info = the check could not run)."""
    return {f.code for f in run_checks(evaluation) if f.severity != Severity.INFO}


def _expected_evaluation(path: Path) -> tuple[Evaluation, set[str]]:
    data = load_expected(path)
    planted = set(data.pop("planted", []) or [])
    return Evaluation.model_validate(data), planted


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.name.removesuffix(".expected.yaml"))
def test_expected_facts_raise_exactly_the_planted_errors(path: Path) -> None:
    """The fixtures themselves: checks on the true facts raise every planted code and no other
    error-level sum/grade/numbering finding (so a planted inconsistency is the only one)."""
    evaluation, planted = _expected_evaluation(path)
    codes = raised(evaluation)
    assert planted <= codes, f"planted {planted - codes} not raised on the true facts"
    assert (codes & ERROR_CODES) - planted == set(), f"unplanted errors {(codes & ERROR_CODES) - planted}"


@pytest.mark.parametrize(
    "path", [p for p in CASES if load_expected(p).get("planted")], ids=lambda p: p.name.removesuffix(".expected.yaml")
)
def test_planted_inconsistencies_found_in_parsed_report(path: Path) -> None:
    planted = set(load_expected(path)["planted"])
    codes = raised(read_any(report_for(path)).evaluation)
    assert planted <= codes, f"planted {sorted(planted - codes)} not found; raised {sorted(codes)}"
