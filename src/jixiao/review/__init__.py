"""Batch review: a folder of reports in, a review workbook, a JSON file and a dashboard out.

Public API::

    from jixiao.review import ReviewOptions, run_review
    outcome = run_review(["reports/", "more.zip"], ReviewOptions(out_dir=Path("out/review")))

Modules: :mod:`inputs` (folders, globs, zips: every path accounted for), :mod:`worker` (one file:
read, score, check, its HTML page), :mod:`pool` (worker processes, timeouts, memory limits),
:mod:`runner` (streaming, Ctrl-C and SIGTERM), :mod:`workbook`,
:mod:`jsonout`, :mod:`dashboard` and :mod:`charts` (the outputs), :mod:`tally` (counts, duplicates).
"""

from jixiao.review.runner import ReviewOptions, ReviewOutcome, exit_code, run_review, summary_line

__all__ = ["ReviewOptions", "ReviewOutcome", "exit_code", "run_review", "summary_line"]
