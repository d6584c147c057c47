"""The warm LibreOffice converter: one long-lived office process per converter, started on first use,
reused job after job, restarted when it dies, one job at a time, a bad file refused without taking it
down, nothing left running after close."""

from __future__ import annotations

import os
import signal
import subprocess
import threading
from pathlib import Path

import pytest

from jixiao.errors import JixiaoError
from jixiao.writers import render
from jixiao.writers.office import WarmOffice, find_uno_python

pytestmark = pytest.mark.slow


def _text(pdf: Path) -> str:
    out = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return "".join(out.split())


def _group_alive(pgid: int) -> list[str]:
    """The live (not zombie) processes of process group ``pgid``."""
    out = subprocess.run(["ps", "-e", "-o", "pgid=,stat=,args="], capture_output=True, text=True, check=True).stdout
    return [line for line in out.splitlines()
            if line.split(None, 1)[0] == str(pgid) and not line.split()[1].startswith("Z")]


@pytest.fixture(scope="module")
def word(tmp_path_factory: pytest.TempPathFactory, seed_evaluation, seed_score) -> Path:
    return render(seed_evaluation, "docx", tmp_path_factory.mktemp("warm") / "seed.docx", score=seed_score)


def test_uno_python_is_installed() -> None:
    assert find_uno_python() is not None  # scripts/install-system-deps.sh installs python3-uno


def test_one_office_converts_job_after_job_and_restarts_when_killed(word: Path, tmp_path: Path) -> None:
    office = WarmOffice()
    try:
        assert office.pid is None  # started lazily
        first = office(word, tmp_path / "a.pdf")
        pid = office.pid
        assert pid is not None and office.starts == 1
        second = office(word, tmp_path / "b.pdf")
        assert office.pid == pid and office.starts == 1  # the same process, still warm
        text = _text(first)
        assert "本次绩效评价综合得分99.03分" in text and _text(second) == text

        os.killpg(pid, signal.SIGKILL)  # LibreOffice and its worker die (a crash, the OOM killer)
        third = office(word, tmp_path / "c.pdf")
        assert office.starts == 2 and office.pid not in (None, pid)
        assert _text(third) == text
    finally:
        office.close()


def test_jobs_from_many_threads_run_one_at_a_time(word: Path, tmp_path: Path) -> None:
    office = WarmOffice()
    results: list[Path] = []
    errors: list[BaseException] = []

    def job(n: int) -> None:
        try:
            results.append(office(word, tmp_path / f"t{n}.pdf"))
        except BaseException as err:  # pragma: no cover - reported below
            errors.append(err)

    try:
        threads = [threading.Thread(target=job, args=(n,)) for n in range(3)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(300)
        assert not errors and len(results) == 3 and office.starts == 1
        assert all(path.read_bytes().startswith(b"%PDF") for path in results)
    finally:
        office.close()


def test_a_bad_file_is_refused_and_the_office_stays_up(word: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.docx"
    bad.write_bytes(b"PK\x03\x04 this is not a Word file")
    office = WarmOffice()
    try:
        office(word, tmp_path / "ok.pdf")
        with pytest.raises(JixiaoError, match=r"bad\.docx"):
            office(bad, tmp_path / "bad.pdf")
        assert office(word, tmp_path / "again.pdf").is_file() and office.starts == 1
    finally:
        office.close()


def test_close_leaves_nothing_running(word: Path, tmp_path: Path) -> None:
    office = WarmOffice()
    office(word, tmp_path / "a.pdf")
    pgid = office.pid
    assert pgid is not None and _group_alive(pgid)
    office.close()
    assert office.pid is None and _group_alive(pgid) == []


def test_without_uno_each_job_has_a_libreoffice_of_its_own(word: Path, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JIXIAO_UNO_PYTHON", str(tmp_path / "no-such-python"))
    office = WarmOffice()
    pdf = office(word, tmp_path / "a.pdf")
    assert "本次绩效评价综合得分99.03分" in _text(pdf) and office.starts == 0 and office.pid is None
