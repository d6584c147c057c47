"""Who sends the review letters, when, and by when the units must rectify: from the command line
(``--reviewer-unit``, ``--deadline`` / ``--days``) or a config file (``--config bureau.yaml``)::

    reviewer_unit: 重庆市璧山区财政局
    deadline: 2025-06-30      # or: days: 30 (counted from the letter's date)
    date: 2025-05-20          # the letter's date (default: today)

Options given on the command line win over the file. Nothing is invented: without a reviewer unit
the letters carry a visible placeholder.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from jixiao.errors import InputError
from jixiao.modelio import load_yaml

PLACEHOLDER_UNIT = "【待补充：复核单位】"
_KEYS = ("reviewer_unit", "deadline", "days", "date")


@dataclass(frozen=True)
class LetterSettings:
    """The sender (``reviewer_unit``, None when not given), the letter's ``date`` and the rectification
    ``deadline`` (None: the letters ask for rectification without a date)."""

    reviewer_unit: str | None
    date: dt.date
    deadline: dt.date | None

    @property
    def sender(self) -> str:
        return self.reviewer_unit or PLACEHOLDER_UNIT


def chinese_date(day: dt.date) -> str:
    """2025-06-30 → 2025年6月30日 (the way official documents write dates)."""
    return f"{day.year}年{day.month}月{day.day}日"


def _date(value: object, where: str) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError:
        raise InputError(f"{where}：日期应写成 2025-06-30 的形式（收到 \"{value}\"）") from None


def _days(value: object, where: str) -> int:
    try:
        days = int(str(value).strip())
    except ValueError:
        raise InputError(f"{where}：天数应是正整数（收到 \"{value}\"）") from None
    if days <= 0:
        raise InputError(f"{where}：天数应是正整数（收到 \"{value}\"）")
    return days


def _read_config(path: Path) -> dict[str, object]:
    if not path.is_file():
        raise InputError(f"复核配置文件 {path} 不存在")
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError):
        raise InputError(f"复核配置文件 {path} 无法读取（应为 UTF-8 编码的 YAML）") from None
    data = load_yaml(text, str(path))
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise InputError(f"{path}：复核配置应是“键: 值”的形式（{'、'.join(_KEYS)}）")
    unknown = [str(key) for key in data if key not in _KEYS]
    if unknown:
        raise InputError(f"{path}：不认识的配置项 {'、'.join(unknown)}（可用：{'、'.join(_KEYS)}）")
    return {str(key): value for key, value in data.items()}


def letter_settings(config: Path | None = None, reviewer_unit: str | None = None, deadline: str | None = None,
                    days: int | None = None, today: dt.date | None = None) -> LetterSettings:
    """Merge the config file (if any) with the command-line values (which win)."""
    data = _read_config(config) if config is not None else {}
    where = str(config) if config is not None else "复核配置"
    if deadline is not None and days is not None:
        raise InputError("--deadline 和 --days 只能给出一个")
    if deadline is not None or days is not None:  # the command line replaces the file's choice entirely
        data.pop("deadline", None)
        data.pop("days", None)
    if "deadline" in data and "days" in data:
        raise InputError(f"{where}：deadline 和 days 只能写一个")
    unit = reviewer_unit if reviewer_unit is not None else data.get("reviewer_unit")
    unit_text = str(unit).strip() if unit is not None else ""
    date = _date(data["date"], f"{where}：date") if "date" in data else (today or dt.date.today())
    due: dt.date | None = None
    if deadline is not None:
        due = _date(deadline, "--deadline")
    elif days is not None:
        due = date + dt.timedelta(days=_days(days, "--days"))
    elif "deadline" in data:
        due = _date(data["deadline"], f"{where}：deadline")
    elif "days" in data:
        due = date + dt.timedelta(days=_days(data["days"], f"{where}：days"))
    if due is not None and due < date:
        raise InputError(f"整改期限 {due.isoformat()} 早于复核意见的日期 {date.isoformat()}")
    return LetterSettings(reviewer_unit=unit_text or None, date=date, deadline=due)
