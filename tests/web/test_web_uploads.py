"""Uploads are read in a sandboxed child process: a memory cap (RLIMIT_AS), a time limit, and every
refusal names the file as the user uploaded it and the limit it hit."""

from __future__ import annotations

import time
import zipfile
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from uploadbomb import allocate, docx_bomb
from webworld import World, login

from jixiao.errors import InputError
from jixiao.web import sandbox
from jixiao.web.app import create_app
from jixiao.web.archive_limits import ArchiveLimits, check_archive
from jixiao.web.config import Settings
from jixiao.web.uploads import display_name

MB = 1024 * 1024


def test_child_over_its_memory_cap_is_refused_with_the_limit() -> None:
    with pytest.raises(sandbox.LimitExceeded, match=r"内存超过上限（最大 256 MB）"):
        sandbox.run_limited(allocate, (600,), timeout=30, memory_bytes=256 * MB)
    assert sandbox.run_limited(allocate, (16,), timeout=30, memory_bytes=256 * MB) == 16 * MB


def test_child_over_its_time_limit_is_killed() -> None:
    started = time.monotonic()
    with pytest.raises(sandbox.LimitExceeded, match=r"解析超时（超过 0.5 秒）"):
        sandbox.run_limited(time.sleep, (20,), timeout=0.5, memory_bytes=256 * MB)
    assert time.monotonic() - started < 15  # killed, not waited for


def test_reader_errors_come_back_as_their_sentence(tmp_path: Path) -> None:
    broken = tmp_path / "坏文件.yaml"
    broken.write_text("year: [unclosed", encoding="utf-8")
    with pytest.raises(InputError, match="YAML 格式错误") as caught:
        sandbox.run_limited(sandbox.read_report_json, (str(broken),), timeout=30, memory_bytes=512 * MB)
    assert not isinstance(caught.value, sandbox.LimitExceeded)


def test_display_name_keeps_the_users_name_without_folders() -> None:
    assert display_name("C:\\Users\\张三\\报告.docx") == "报告.docx"
    assert display_name("../../etc/passwd.txt") == "passwd.txt"
    assert display_name("a\x00b\n.txt") == "ab.txt"
    long = display_name("长" * 300 + ".docx")
    assert long.endswith(".docx") and len(long) == 120


def test_docx_bomb_upload_is_refused_before_parsing_naming_file_and_limit(world: World, tmp_path: Path) -> None:
    bomb = docx_bomb(tmp_path / "bomb.docx", 400)
    client = world.client("editor_a")
    started = time.monotonic()
    with bomb.open("rb") as fh:
        response = client.post("/api/import", data={"unit_id": str(world.units["甲镇人民政府"])},
                               files={"file": ("年度报告.docx", fh)})
    assert response.status_code == 422
    detail = response.json()["detail"]
    assert detail.startswith("无法导入 年度报告.docx：") and "word/document.xml" in detail
    assert "最大 50 MB" in detail and "疑似压缩炸弹" in detail and "upload" not in detail
    assert time.monotonic() - started < 60  # refused from the archive's directory, nothing inflated
    assert client.get("/api/evaluations").json() == []
    # the page shows the limits on the form and the refusal above it, with the same file name
    with bomb.open("rb") as fh:
        page = client.post("/evaluations/import", data={"unit_id": str(world.units["甲镇人民政府"])},
                           files={"file": ("年度报告.docx", fh)})
    assert page.status_code == 422 and "年度报告.docx" in page.text and "最大 50 MB" in page.text
    assert "最大 10 MB" in page.text and "合计最大 100 MB" in page.text


def test_archive_limits_count_ratio_and_total(tmp_path: Path) -> None:
    many = tmp_path / "many.docx"
    with zipfile.ZipFile(many, "w") as archive:
        for index in range(12):
            archive.writestr(f"word/media/{index}.xml", "x")
    with pytest.raises(InputError, match=r"部件数 12 超过上限（最大 10 个）"):
        check_archive(many, ArchiveLimits(max_members=10))
    dense = docx_bomb(tmp_path / "dense.xlsx", 20)  # 20 MB of blanks: under the member cap, far over the ratio
    with pytest.raises(InputError, match=r"word/document.xml 的压缩比 \d+ 倍超过上限（最大 100 倍）"):
        check_archive(dense)
    with pytest.raises(InputError, match=r"合计超过上限（最大 15 MB）"):
        check_archive(dense, ArchiveLimits(max_total_bytes=15 * MB, max_ratio=10**9))
    check_archive(dense, ArchiveLimits(max_ratio=10**9))  # within every limit: left to the reader
    seed = Path(__file__).resolve().parents[1] / "data" / "reports" / "r03-haidian-school.docx"
    check_archive(seed)  # a real report passes


@pytest.mark.slow
def test_reader_over_its_memory_cap_names_file_and_limit(world: World, tmp_path: Path) -> None:
    bomb = docx_bomb(tmp_path / "bomb.docx", 400)
    unlimited = ArchiveLimits(max_member_bytes=10**10, max_total_bytes=10**10, max_ratio=10**9)
    capped = TestClient(create_app(Settings(database_url=world.url, parse_memory_bytes=256 * MB,
                                            archive_limits=unlimited)))
    login(capped, "editor_a")
    with bomb.open("rb") as fh:
        response = capped.post("/api/import", data={"unit_id": str(world.units["甲镇人民政府"])},
                               files={"file": ("年度报告.docx", fh)})
    assert response.status_code == 422, response.text
    detail = response.json()["detail"]  # the reader's input limits refuse it while inflating, before memory runs out
    assert "年度报告.docx" in detail and "超过上限" in detail and "upload" not in detail


def test_damaged_upload_is_named_as_uploaded(world: World) -> None:
    client = world.client("editor_a")
    response = client.post("/api/import", data={"unit_id": str(world.units["甲镇人民政府"])},
                           files={"file": ("我的报告.docx", b"PK\x03\x04 not really a zip")})
    assert response.status_code == 422
    assert "我的报告.docx" in response.json()["detail"] and "upload" not in response.json()["detail"]


def test_every_format_the_reader_reads_can_be_uploaded(world: World, tmp_path: Path) -> None:
    """An OFD report (a format the CLI reads that the upload form once refused) becomes a draft with its facts; a
    zip-packaged format beyond Word's and Excel's is checked from its directory like them."""
    ofd = next((Path(__file__).resolve().parents[1] / "data" / "sixtyfifth").glob("sw01-*.ofd"))
    client = world.client("editor_a")
    response = client.post("/api/import", data={"unit_id": str(world.units["甲镇人民政府"])},
                           files={"file": ("某馆自评.ofd", ofd.read_bytes())})
    assert response.status_code == 201, response.text
    assert str(response.json()["evaluation"]["budget"]["adjusted"]) in ("302.5", "302.50")
    with pytest.raises(InputError, match=r"压缩比 \d+ 倍超过上限"):
        check_archive(docx_bomb(tmp_path / "dense.ofd", 20))
