"""The seed report reads back to exactly the facts of examples/daxing-2024.yaml."""

from __future__ import annotations

from pathlib import Path

from page_reading import facts_of

from jixiao.model import Evaluation
from jixiao.readers import read_any

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "tests" / "data" / "seed" / "daxing-2024.txt"


def test_seed_text_parses_to_every_fact_of_the_example(example: Evaluation) -> None:
    result = read_any(SEED)
    assert facts_of(result.evaluation) == facts_of(example)
    assert result.warnings == []


def test_seed_facts_remember_where_they_were_read() -> None:
    provenance = read_any(SEED).evaluation.provenance
    assert provenance["unit.name"].location == "第1行"
    assert provenance["budget.initial"].location == "第34行"
    assert "5,504.00万元" in provenance["budget.initial"].text
    assert provenance["indicators[3].stated_score"].text == "绩效评价得分为8.19分"
    assert provenance["stated_grade"].location == "第50行"
    assert not any(ref.guessed for ref in provenance.values())


def test_seed_rendered_as_word_reads_back_the_same(tmp_path: Path, example: Evaluation) -> None:
    import docx

    document = docx.Document()
    for line in SEED.read_text(encoding="utf-8").splitlines():
        if line.strip():
            document.add_paragraph(line.strip())
    path = tmp_path / "seed.docx"
    document.save(str(path))
    result = read_any(path)
    assert facts_of(result.evaluation) == facts_of(example)
    assert result.evaluation.provenance["budget.initial"].location == "第33段"  # blank lines are not paragraphs here
