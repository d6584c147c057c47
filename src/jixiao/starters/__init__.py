"""Starter evaluations (templates) for ``jixiao init``, shipped as YAML files in this folder.

Each template is a valid evaluation file whose first comment line is its Chinese title.
"""

from __future__ import annotations

from pathlib import Path

from jixiao.errors import InputError

STARTERS_DIR = Path(__file__).resolve().parent
DEFAULT_TEMPLATE = "town-whole-unit"


def list_templates() -> dict[str, str]:
    """Template name → its Chinese title (the first comment line of the file)."""
    out = {}
    for path in sorted(STARTERS_DIR.glob("*.yaml")):
        first = path.read_text(encoding="utf-8").splitlines()[0]
        out[path.stem] = first.lstrip("# ").strip()
    return out


def template_text(name: str) -> str:
    """The YAML text of template ``name``; InputError naming the known templates otherwise."""
    path = STARTERS_DIR / f"{name}.yaml"
    if name not in list_templates():
        raise InputError(f"没有名为 {name} 的模板（可用：{'、'.join(list_templates())}）")
    return path.read_text(encoding="utf-8")
