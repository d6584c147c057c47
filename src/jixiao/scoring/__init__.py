"""Scoring: rule packs (data) → a score with a receipt for every indicator, the total and the grade.

Public API::

    from jixiao.scoring import load_pack, score_evaluation
    pack = load_pack(None)              # the default pack, central-2020; or a name, or a YAML path
    result = score_evaluation(evaluation, pack)
"""
