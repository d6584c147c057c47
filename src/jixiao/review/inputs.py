"""Which files a review covers: folders, globs and zip archives, every path accounted for.

:func:`collect` turns the command's arguments into :class:`Item` s, one per path given or found: a
file to read, a file that cannot be read (``error``: too large, no permission, a broken link, an
archive entry that is encrypted or would expand too far) or a path skipped on purpose (``skipped``:
an unsupported type, a hidden file, a folder named like a report, a file named twice). Archives are
read member by member, by index, into unique files under ``<out>/_unzipped``; one bad entry is one
listed entry, never the whole archive. The limits are :mod:`jixiao.limits`'.
"""

from __future__ import annotations

import glob
import os
import shutil
import stat
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from jixiao import limits
from jixiao.errors import InputError
from jixiao.limits import printable
from jixiao.limits.zips import Budget, inflate, is_folder, member_name, member_problem, open_zip
from jixiao.readers import EVALUATION_SUFFIXES
from jixiao.readers.report import REPORT_SUFFIXES as READER_SUFFIXES

REPORT_SUFFIXES = EVALUATION_SUFFIXES | READER_SUFFIXES  # what read_any reads
OWN_OUTPUTS = ("_unzipped", "reports", "review.json", "review.xlsx", "review.html")


@dataclass(frozen=True)
class Item:
    """A path of the batch: ``path`` to read, or ``error`` (cannot be read) or ``skipped`` (not a report
    to read), each with its reason. ``display`` is printable: undecodable bytes and line breaks escaped."""

    display: str
    path: Path | None = None
    error: str | None = None
    skipped: str | None = None


def _file_item(path: Path, display: str) -> Item:
    problem = limits.file_problem(path)
    if problem == "是文件夹，不是文件":
        return Item(display, skipped=problem)
    if problem is not None:
        return Item(display, error=problem)
    try:
        limits.check("file_bytes", path.stat().st_size, "")
    except limits.LimitError as err:
        return Item(display, error=str(err))
    suffix = path.suffix.lower()
    if suffix not in REPORT_SUFFIXES:
        return Item(display, skipped=f"不支持的文件类型（{printable(suffix) or '无扩展名'}），未复核")
    return Item(display, path=path)


class _Walker:
    """Every entry under a folder, depth first in name order, hidden and looping ones listed as skipped."""

    def __init__(self, own: list[str]) -> None:
        self.own = own
        self.folders: set[tuple[int, int]] = set()  # (device, inode) of folders entered: links cannot loop

    def walk(self, root: Path) -> Iterator[tuple[Path, Item | None]]:
        """(path, None) for a file to check, (path, item) for an entry already decided."""
        try:
            info = root.stat()
        except OSError as exc:
            yield root, Item(printable(str(root)), error=_os_problem(exc, folder=True))
            return
        key = (info.st_dev, info.st_ino)
        if key in self.folders:
            yield root, Item(printable(str(root)), skipped="符号链接指向已查找过的文件夹（循环），未再查找")
            return
        self.folders.add(key)
        try:
            with os.scandir(root) as entries:
                children = sorted(entries, key=lambda e: e.name)
        except OSError as exc:
            yield root, Item(printable(str(root)), error=_os_problem(exc, folder=True))
            return
        for entry in children:
            path = Path(entry.path)
            display = printable(entry.path)
            if _inside(os.path.realpath(path), self.own):
                yield path, Item(display, skipped="本次复核的输出，未复核")
                continue
            try:
                is_dir = entry.is_dir()  # follows links; a loop or a dangling link is not a folder
            except OSError:
                is_dir = False
            if entry.name.startswith("."):
                yield path, Item(display, skipped="隐藏文件夹，未查找" if is_dir else "隐藏文件，未复核")
            elif is_dir:
                if path.suffix.lower() in REPORT_SUFFIXES:
                    yield path, Item(display, skipped="名称像报告文件，实为文件夹（其中的文件分别列出）")
                yield from self.walk(path)
            else:
                yield path, None


def _os_problem(exc: OSError, folder: bool = False) -> str:
    what = "文件夹" if folder else "文件"
    if isinstance(exc, PermissionError):
        return f"没有读取权限（{what}）"
    if exc.errno == 40:
        return "符号链接循环"
    return f"无法读取{what}（{exc.strerror or exc}）"


class _Unzipper:
    """Reads archive members by index into unique files under ``dest``, within the archive limits."""

    def __init__(self, dest: Path) -> None:
        self.dest, self.count = dest, 0

    def items(self, archive: Path, display: str, depth: int = 0, budget: Budget | None = None) -> Iterator[Item]:
        lim = limits.current()
        budget = budget or Budget(lim.archive_bytes, "archive_bytes")  # shared with nested archives
        try:
            zf = open_zip(archive)
        except InputError:
            yield Item(display, error="压缩包已损坏或不是 zip 格式，无法打开")
            return
        with zf:
            infos = zf.infolist()
            try:
                limits.check("members", len(infos), "")
            except limits.LimitError as err:
                yield Item(display, error=f"{err}，未解压")
                return
            self.count += 1
            folder = self.dest / f"{self.count:04d}"
            folder.mkdir(parents=True, exist_ok=True)
            names: dict[str, int] = {}
            for index, info in enumerate(infos):
                if is_folder(info):
                    continue
                name = printable(member_name(info))
                names[name] = names.get(name, 0) + 1
                shown = f"{display}!/{name}" + (f"（第 {names[name]} 个同名条目）" if names[name] > 1 else "")
                yield from self._entry(zf, info, name, folder / f"{index:05d}", shown, depth, budget)

    def _entry(self, zf: zipfile.ZipFile, info: zipfile.ZipInfo, name: str, target: Path, display: str,
               depth: int, budget: Budget) -> Iterator[Item]:
        parts = PurePosixPath(name.replace("\\", "/"))
        if parts.is_absolute() or ".." in parts.parts or name.startswith("/"):
            yield Item(display, error="压缩包内的路径越出输出文件夹（zip slip），已拒绝")
            return
        suffix = parts.suffix.lower() if len(parts.suffix) <= 10 else ""
        if suffix != ".zip" and suffix not in REPORT_SUFFIXES:
            yield Item(display, skipped=f"不支持的文件类型（{suffix or '无扩展名'}），未复核")
            return
        if suffix == ".zip" and depth + 1 > limits.current().zip_depth:
            yield Item(display, error=f"{limits.LimitError('', 'zip_depth', depth + 1)}，未解压")
            return
        problem = member_problem(info)
        if problem is not None:
            reason = "已加密，无法解压" if problem == "已加密" else f"{problem}，无法解压"
            yield Item(display, error=f"压缩包内文件{reason}")
            return
        target = target.with_suffix(suffix)
        try:
            with target.open("wb") as out:
                inflate(zf, info, "", budget, out.write, key="file_bytes", subject="")
        except InputError as err:
            target.unlink(missing_ok=True)
            yield Item(display, error=str(err))
            return
        except OSError as exc:
            target.unlink(missing_ok=True)
            yield Item(display, error=f"无法写出解压的文件（{exc.strerror or exc}）")
            return
        if suffix == ".zip":
            yield from self.items(target, display, depth + 1, budget)
        else:
            yield Item(display, path=target)


def _inside(path: str, folders: list[str]) -> bool:
    """``path`` is one of ``folders`` or lies under one (all resolved, absolute)."""
    return any(path == folder or path.startswith(folder + os.sep) for folder in folders)


def _matches(arg: str) -> list[Path]:
    """The paths an argument names: itself when it exists (``报告[终稿].txt`` is a name, not a pattern),
    else what it matches as a glob. Raises InputError when it names nothing."""
    if os.path.lexists(arg):
        return [Path(arg)]
    if glob.has_magic(arg):
        found = sorted(glob.glob(arg, recursive=True))
        if found:
            return [Path(p) for p in found]
    raise InputError(f"{printable(arg)}：找不到这个文件或文件夹")


def collect(args: list[str], out_dir: Path) -> list[Item]:
    """Every path named by ``args`` (files, folders searched recursively, globs, zip archives), each an
    :class:`Item`, within the limits in force. Raises InputError when an argument names nothing."""
    unzip_dir = out_dir / "_unzipped"
    if unzip_dir.exists():
        shutil.rmtree(unzip_dir)
    unzipper = _Unzipper(unzip_dir)
    own = [os.path.realpath(out_dir / name) for name in OWN_OUTPUTS]
    walker = _Walker(own)
    items: list[Item] = []
    seen: dict[str, str] = {}  # real path → the display it was first listed under
    matched = [_matches(arg) for arg in args]  # every argument checked before any work
    for paths in matched:
        for match in paths:
            entries = walker.walk(match) if _is_folder(match) else iter([(match, None)])
            for path, decided in entries:
                if decided is not None:
                    items.append(decided)
                    continue
                display = printable(str(path))
                real = os.path.realpath(path)
                if real in seen:
                    items.append(Item(display, skipped=f"与 {seen[real]} 是同一个文件，已复核一次"))
                    continue
                seen[real] = display
                item = _file_item(path, display)
                if path.suffix.lower() == ".zip" and item.skipped and limits.file_problem(path) is None:
                    items.extend(unzipper.items(path, display))  # an archive within the size limit
                else:
                    items.append(item)
    return items


def _is_folder(path: Path) -> bool:
    try:
        return stat.S_ISDIR(path.stat().st_mode)
    except OSError:
        return False
