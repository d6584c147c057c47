"""Synthetic self-evaluation reports for tests, demos and benchmarks.

Public API::

    from jixiao.synth import generate_batch
    expected = generate_batch(20, "out/batch", seed=1, formats=["txt", "docx"], defect_rate=0.3)

Modules: :mod:`catalog` (units, projects, indicators), :mod:`figures` (consistent figures and
scores), :mod:`defects` (planted inconsistencies, one per check code), :mod:`wording` (phrasings),
:mod:`docx_out` (Word layouts), :mod:`output` (the batch and ``expected.json``).
"""

from jixiao.synth.output import DEFECT_CODES, FORMATS, generate_batch, parse_formats

__all__ = ["DEFECT_CODES", "FORMATS", "generate_batch", "parse_formats"]
