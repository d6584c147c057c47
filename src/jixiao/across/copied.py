"""Between units of a batch: a narrative section near-identical to another unit's (``TEXT_COPIED``).

Texts are compared within the same kind of section (存在的问题 with 存在的问题 …), after removing
white space. Identical texts are grouped by hash first; the distinct ones are compared pairwise with
rapidfuzz when few, and through a MinHash LSH index (datasketch) when many, whose candidates are
then confirmed with rapidfuzz — so the cost stays near linear in the number of texts.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from jixiao.across.findings import AcrossFinding, across_finding
from jixiao.across.record import Place, ReportRecord, name_key, text_key
from jixiao.checks.cross_report import MIN_COPIED_CHARS, SIMILAR_PERCENT

PAIRWISE_LIMIT = 300  # distinct texts of one kind compared all against all; above, MinHash LSH
SHINGLE = 3  # characters per shingle
# 21 bands of 3 of 64 permutations: texts 90% similar with the edits spread as thinly as possible have
# a shingle Jaccard ≥ 0.55, found with probability 1 − (1 − 0.55³)²¹ ≈ 98%; copies with edits in a few
# places (a unit's name, figures) have a far higher Jaccard and are found with certainty.
NUM_PERM, LSH_BANDS, LSH_ROWS = 64, 21, 3
GROUP_NEIGHBOURS = 8  # in a band's bucket, each text is compared with the next few only
QUOTE_CHARS = 60


@dataclass(frozen=True)
class _Occurrence:
    key: str  # the record's key
    unit: str  # name_key of the unit: copies within one unit (its own years) are not TEXT_COPIED
    subject: str
    year: int | None
    title: str
    place: Place
    record: ReportRecord


@dataclass
class _Text:
    text: str
    occurrences: list[_Occurrence] = field(default_factory=list)


class CopyIndex:
    """Add records one at a time (:meth:`add`), then :meth:`findings`. Memory: each distinct text once."""

    def __init__(self) -> None:
        self.texts: dict[str, dict[str, _Text]] = defaultdict(dict)  # section field → digest → text

    def add(self, record: ReportRecord) -> None:
        unit = name_key(record.unit)
        if not unit:
            return
        light = ReportRecord(key=record.key, unit=record.unit, kind=record.kind, year=record.year,
                             project=record.project)
        for narrative in record.narratives:
            normalised = text_key(narrative.text)
            if len(normalised) < MIN_COPIED_CHARS:
                continue
            digest = hashlib.blake2b(normalised.encode("utf-8"), digest_size=16).hexdigest()
            entry = self.texts[narrative.field].setdefault(digest, _Text(normalised))
            place = Place(narrative.place.path, narrative.place.where, narrative.place.quote[:QUOTE_CHARS],
                          narrative.place.guessed)
            entry.occurrences.append(_Occurrence(record.key, unit, record.subject, record.year, narrative.title,
                                                 place, light))

    def findings(self) -> list[AcrossFinding]:
        found: list[AcrossFinding] = []
        for texts in self.texts.values():
            entries = list(texts.values())
            neighbours = _similar(entries)
            for i, entry in enumerate(entries):
                found += _flag(entry, [(100, entry)] + [(score, entries[j]) for j, score in neighbours.get(i, [])])
        return found


def _flag(entry: _Text, related: list[tuple[float, _Text]]) -> list[AcrossFinding]:
    """A finding for every occurrence of ``entry`` that another unit's text matches (itself or a similar one)."""
    units = {o.unit for _, other in related for o in other.occurrences}
    if len(units) < 2:
        return []
    found = []
    ranked = sorted(related, key=lambda item: -item[0])
    for occurrence in entry.occurrences:
        best: tuple[float, _Occurrence] | None = None
        for score, other in ranked:
            partner = next((o for o in other.occurrences if o.unit != occurrence.unit), None)
            if partner is not None:
                best = (score, partner)
                break
        if best is None:
            continue
        score, partner = best
        others = len(units - {occurrence.unit})
        percent = f"{int(score)}%"
        more = f"，另有 {others - 1} 个单位的报告与此相同或相近" if others > 1 else ""
        when = f"（{partner.year}年）" if partner.year is not None else ""
        message = (f"“{occurrence.title}”与{partner.subject}{when}报告的同一部分 {percent} 相同"
                   f"{more}，请结合本单位实际撰写")
        found.append(across_finding(occurrence.record, "TEXT_COPIED", message, occurrence.place,
                                    {"similarity": percent, "other_unit": partner.subject,
                                     "other_report": partner.key, "other_units": str(others)}))
    return found


def _similar(entries: list[_Text]) -> dict[int, list[tuple[int, float]]]:
    """For each distinct text, the others at least SIMILAR_PERCENT similar: ``{i: [(j, score)]}``."""
    if len(entries) < 2:
        return {}
    from rapidfuzz import fuzz, process

    out: dict[int, list[tuple[int, float]]] = defaultdict(list)
    scored: Iterable[tuple[int, int, float]]
    if len(entries) <= PAIRWISE_LIMIT:
        import numpy as np

        texts = [entry.text for entry in entries]
        matrix = process.cdist(texts, texts, scorer=fuzz.ratio, score_cutoff=SIMILAR_PERCENT, dtype=np.float32)
        rows, cols = np.nonzero(np.triu(matrix, k=1))
        scored = ((int(i), int(j), float(matrix[i, j])) for i, j in zip(rows, cols, strict=True))
    else:
        scored = ((i, j, fuzz.ratio(entries[i].text, entries[j].text, score_cutoff=SIMILAR_PERCENT))
                  for i, j in _candidates(entries))
    for i, j, score in scored:
        if score:
            out[i].append((j, score))
            out[j].append((i, score))
    return out


def _identity(value: int) -> int:
    return value


def _shingle_hashes(text: str) -> list[int]:
    """A 32-bit hash of every distinct run of SHINGLE characters (computed over the code points at once)."""
    import numpy as np

    points = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    if len(points) < SHINGLE:
        points = np.pad(points, (0, SHINGLE - len(points)))
    count = len(points) - SHINGLE + 1
    hashes = np.zeros(count, dtype=np.uint64)
    for offset in range(SHINGLE):
        hashes = hashes * np.uint64(0x100000001B3) + points[offset:offset + count]
    return list(np.unique((hashes ^ (hashes >> np.uint64(32))) & np.uint64(0xFFFFFFFF)).tolist())


@cache
def _permutations() -> Any:
    """The hash permutations, drawn once (datasketch draws them anew for every MinHash otherwise)."""
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM, scheme="affine32").permutations


def signature(text: str) -> Any:
    """The MinHash signature (datasketch, 32-bit affine permutations) of the text's character shingles."""
    from datasketch import MinHash

    minhash = MinHash(num_perm=NUM_PERM, hashfunc=_identity, scheme="affine32", permutations=_permutations())
    minhash.update_batch(_shingle_hashes(text))
    return minhash.hashvalues


def _candidates(entries: list[_Text]) -> set[tuple[int, int]]:
    """Pairs whose MinHash signatures agree on a whole band (locality-sensitive hashing over the
    signature matrix, one ``numpy.unique`` per band); a superset of the similar pairs."""
    import numpy as np

    signatures = np.vstack([signature(entry.text) for entry in entries])
    pairs: set[tuple[int, int]] = set()
    for band in range(LSH_BANDS):
        block = np.ascontiguousarray(signatures[:, band * LSH_ROWS:(band + 1) * LSH_ROWS])
        keys = block.view(np.dtype((np.void, block.dtype.itemsize * LSH_ROWS))).ravel()
        _, inverse, counts = np.unique(keys, return_inverse=True, return_counts=True)
        if counts.max() < 2:
            continue
        order = np.argsort(inverse, kind="stable")
        bounds = np.cumsum(counts)[:-1]
        for group in np.split(order, bounds):
            if len(group) < 2:
                continue
            members = sorted(int(i) for i in group)
            for a, i in enumerate(members):  # a large group is near-identical text: its neighbours suffice
                for j in members[a + 1:a + 1 + GROUP_NEIGHBOURS]:
                    pairs.add((i, j))
    return pairs


def text_copied(records: Iterable[ReportRecord]) -> list[AcrossFinding]:
    index = CopyIndex()
    for record in records:
        index.add(record)
    return index.findings()
