"""Field accuracy of the reader on a folder of reports beside ``NAME.expected.yaml`` files — a corpus under
tests/data, or real published pages kept outside the repository (their text may not be committed):

    PYTHONPATH=src:tests/readers .venv/bin/python tests/readers/measure_pages.py FOLDER [FOLDER ...] [-q]

Per document the share of fields read right and every mismatch (``-q``: the shares only), and ``FALSE ERR`` for an
error-level finding the document's expected facts do not hold (planted ones aside): a misread that accuses the unit;
a code only the document can show (``corpus.FROM_THE_DOCUMENT``: a figure its text states otherwise than its table)
is listed apart as ``FROM DOC``, for a reader to judge: the true facts cannot raise it.
An expected indicator with no weight (its page states none) takes the weight the reader gave it, or is left out,
and the sums over weights and scores of such a truth are not held against the reader.
"""

from __future__ import annotations

import sys
from pathlib import Path

from corpus import DATA, FROM_THE_DOCUMENT, accuracy_report, errors, expected_evaluation, load_expected, report_for

from jixiao.readers import read_any

_WEIGHED = {"WEIGHTS_NOT_100", "TOTAL_MISMATCH", "SCORE_OVER_WEIGHT"}


def false_errors(expected: Path) -> str:
    """The error-level findings of the parsed report that its true facts do not raise, as a suffix for its line."""
    try:
        read = read_any(report_for(expected)).evaluation
        truth, planted = expected_evaluation(expected, weights_from=read)
        raised = errors(truth)
        if any("weight" not in ind for ind in load_expected(expected).get("indicators") or []):
            raised -= _WEIGHED  # the truth's weights are partly the reader's: its sums prove nothing
        wrong = errors(read) - planted - raised
    except Exception as exc:  # a fixture the model rejects, a report the reader refuses: say so, go on
        return f"  (checks not run: {type(exc).__name__}: {exc})"
    false, shown = wrong - FROM_THE_DOCUMENT, wrong & FROM_THE_DOCUMENT
    return (f"  FALSE ERR {sorted(false)}" if false else "") + (f"  FROM DOC {sorted(shown)}" if shown else "")


def measure(folder: Path, quiet: bool) -> list[str]:
    """The corpus report of ``folder``, each document's line followed by its false error-level findings."""
    return accuracy_report(str(folder), quiet, lambda name: false_errors(folder / f"{name}.expected.yaml"))[1] \
        .splitlines()


def main(argv: list[str]) -> None:
    quiet = "-q" in argv
    for arg in (a for a in argv if a != "-q"):
        folder = Path(arg) if Path(arg).is_dir() else DATA / arg
        print("\n".join(measure(folder.resolve(), quiet)))


if __name__ == "__main__":
    main(sys.argv[1:])
