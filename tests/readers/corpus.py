"""Accuracy corpora for the reader: reports under tests/data/<corpus>/ beside ``NAME.expected.yaml``
files holding only the facts each document states.

Indicators are matched by name (width- and space-insensitive), then by number, so one missed
indicator costs its own fields, not every later one.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import yaml

from jixiao.checks import run_checks
from jixiao.checks.finding import Severity
from jixiao.model import Evaluation
from jixiao.readers import read_any

DATA = Path(__file__).resolve().parent.parent / "data"
ERROR_CODES = {"TOTAL_MISMATCH", "WEIGHTS_NOT_100", "INCOME_SUM_MISMATCH", "EXPENDITURE_SUM_MISMATCH",
               "STAFF_SUM_MISMATCH", "GRADE_MISMATCH", "SCORE_OVER_WEIGHT", "EXECUTION_RATE_MISMATCH",
               "NUMBERING_GAP"}


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
    found = [p for p in expected_path.parent.glob(stem + ".*") if not p.name.endswith(".expected.yaml")]
    assert len(found) == 1, f"{expected_path.name}: expected one report, found {found}"
    return found[0]


def cases(corpus: str) -> list[Path]:
    """The expected-facts files of one corpus folder under tests/data."""
    return sorted((DATA / corpus).glob("*.expected.yaml"))


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
            if (rule == "name" and other == name) or \
               (rule == "number" and want.get("number") is not None and ind.get("number") == want["number"]
                and (name in other or other in name)) or \
               (rule == "contains" and other and (name in other or other in name)):
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
    got = evaluation.model_dump(mode="json", exclude={"provenance", "reading", "alternatives"})
    return compare_fields(want, got, ""), None


def evaluate_all(corpus: str) -> dict[str, tuple[list[tuple[str, Any, Any]], str | None]]:
    return {p.name.removesuffix(".expected.yaml"): evaluate(p) for p in cases(corpus)}


def accuracy_report(corpus: str, quiet: bool = False,
                    suffix: Callable[[str], str] = lambda name: "") -> tuple[float, str]:
    """Overall field accuracy of one corpus (a folder under tests/data, or any folder), and a listing: each
    document's share (then ``suffix`` of its name), every mismatch unless ``quiet``, and the overall share with how
    many documents read 90 % or more."""
    total = ok = whole = 0
    lines = []
    results = evaluate_all(corpus)
    for name, (fields, crash) in results.items():
        good = sum(1 for _, _, got in fields if got == "OK")
        total, ok = total + len(fields), ok + good
        share = good / len(fields) if fields else 1.0
        whole += share >= 0.9
        lines.append(f"{name}: {good}/{len(fields)} = {share:.1%}" + (f"  CRASH {crash}" if crash else "")
                     + suffix(name))
        if not quiet:
            lines.extend(f"    {path}: expected {want!r}, got {got!r}" for path, want, got in fields if got != "OK")
    accuracy = ok / max(total, 1)
    lines.append(f"OVERALL {corpus}: {ok}/{total} = {accuracy:.2%}; {whole}/{len(results)} documents >= 90 %")
    return accuracy, "\n".join(lines)


# codes only the document shows (its text beside its tables, a template's words left in), never its true facts: a
# fixture may plant them though the facts cannot raise them, and a page that states a figure two ways raises them
# rightly, so the measures list them apart from a false error
FROM_THE_DOCUMENT = frozenset({"TEMPLATE_LEFT", "TEXT_TABLE_MISMATCH"})


def raised(evaluation: Evaluation) -> set[str]:
    """Codes of the findings a reviewer would act on (info = the check could not run)."""
    return {f.code for f in run_checks(evaluation) if f.severity != Severity.INFO}


def expected_evaluation(path: Path, weights_from: Evaluation | None = None) -> tuple[Evaluation, set[str]]:
    """The true facts of a report as an Evaluation, and the check codes planted in it. With ``weights_from`` (the
    reader's evaluation of the same page), an indicator whose weight the page does not state takes the weight read
    for it, or is left out when none was read, so the checks can run on a page whose rows state no weight."""
    data = load_expected(path)
    planted = set(data.pop("planted", []) or [])
    facts = {key: value for key, value in data.items() if not key.startswith("_")}  # _expect_warnings: not a fact
    if weights_from is not None and any("weight" not in ind for ind in facts.get("indicators") or []):
        facts["indicators"] = _with_read_weights(facts["indicators"], weights_from)
    return Evaluation.model_validate(facts), planted


def _with_read_weights(want: list[dict[str, Any]], read: Evaluation) -> list[dict[str, Any]]:
    got = [ind.model_dump(mode="json") for ind in read.indicators]
    used: set[int] = set()
    out = []
    for ind in want:
        j = _match_indicator(ind, got, used)
        if j is not None:
            used.add(j)
        if "weight" in ind:
            out.append(ind)
        elif j is not None and got[j].get("weight") is not None:
            out.append({**ind, "weight": got[j]["weight"]})
    return out


def errors(evaluation: Evaluation) -> set[str]:
    """Codes of the error-level findings: what a reviewer would send back to the unit."""
    return {f.code for f in run_checks(evaluation) if f.severity == Severity.ERROR}
