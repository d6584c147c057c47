"""Starter evaluations (templates) for ``jixiao init`` and the web's new-evaluation page, shipped as
YAML files in this folder.

A template holds the framework only (indicator names, levels, weights, rules, comparators and units);
every fact a unit states is left empty. What to write in a field is a *hint*, kept apart from the
values: the ``hints:`` section of ``lexicon.yaml`` (:func:`field_hints`), written by ``init`` as YAML
comments and shown by the web form as ``placeholder`` attributes. Each template's first comment line
is its Chinese title.
"""

from __future__ import annotations

import re
from pathlib import Path

from jixiao.errors import InputError
from jixiao.lexicon import lexicon

STARTERS_DIR = Path(__file__).resolve().parent
DEFAULT_TEMPLATE = "town-whole-unit"
_KEY = re.compile(r"^(?P<indent>\s*)(?P<item>- )?(?P<key>[A-Za-z_]+):(?P<rest>.*)$")


def list_templates() -> dict[str, str]:
    """Template name → its Chinese title (the first comment line of the file)."""
    out = {}
    for path in sorted(STARTERS_DIR.glob("*.yaml")):
        first = path.read_text(encoding="utf-8").splitlines()[0]
        out[path.stem] = first.lstrip("# ").strip()
    return out


def field_hints() -> dict[str, str]:
    """Field path (``unit.name``, ``indicators[].weight``) → the hint shown to the person filling it in."""
    hints = lexicon().get("hints") or {}
    return {str(path): str(text) for path, text in hints.items()}


def _with_hints(text: str, hints: dict[str, str]) -> str:
    """The template's YAML with each hinted field's hint as a comment at the end of its line (the first
    indicator's fields only: the hint is the same for every one)."""
    stack: list[tuple[int, str]] = []
    hinted: set[str] = set()
    out = []
    for line in text.splitlines():
        match = _KEY.match(line)
        if not match or line.lstrip().startswith("#"):
            out.append(line)
            continue
        indent = len(match.group("indent"))
        if match.group("item"):
            indent += 2
        while stack and stack[-1][0] >= indent:
            stack.pop()
        parent = stack[-1][1] if stack else ""
        if match.group("item"):  # a list item: its keys sit under "parent[]"
            if not parent.endswith("[]"):
                parent += "[]"
            stack.append((indent - 1, parent))
        path = f"{parent}.{match.group('key')}" if parent else match.group("key")
        stack.append((indent, path))
        hint = hints.get(path)
        if hint and path not in hinted and "#" not in match.group("rest"):
            hinted.add(path)
            line = f"{line}  # {hint}"
        out.append(line)
    return "\n".join(out) + "\n"


def _set_top(text: str, key: str, value: str) -> str:
    return re.sub(rf"(?m)^{key}:.*$", f"{key}: {value}", text, count=1)


def _set_unit_name(text: str, name: str) -> str:
    return re.sub(r"(?m)^(unit:\n(?:  .*\n)*?  name:).*$", lambda m: f"{m.group(1)} '{name}'", text, count=1)


def template_text(name: str, *, unit: str | None = None, year: int | None = None, hints: bool = True) -> str:
    """The YAML text of template ``name`` (InputError naming the known templates otherwise), with the
    unit's name and the year filled in when given, and the field hints as comments."""
    path = STARTERS_DIR / f"{name}.yaml"
    if name not in list_templates():
        raise InputError(f"没有名为 {name} 的模板（可用：{'、'.join(list_templates())}）")
    text = path.read_text(encoding="utf-8")
    if year is not None:
        text = _set_top(text, "year", str(year))
    if unit:
        text = _set_unit_name(text, unit.replace("'", "''"))
    return _with_hints(text, field_hints()) if hints else text
