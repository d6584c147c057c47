"""Jinja2 templates for generated report text: the package's own, overridable by a user folder.

Each section has one template file in ``writers/templates/`` (``budget.j2``, ``indicator.j2`` …);
a file of the same name in the user's ``--templates`` folder replaces it.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from jinja2 import ChoiceLoader, Environment, FileSystemLoader, StrictUndefined, TemplateNotFound

from jixiao.errors import InputError
from jixiao.numbers import format_amount, format_money, format_number, format_percent, format_score, to_decimal
from jixiao.writers.prose import sentence

PACKAGE_TEMPLATES = Path(__file__).resolve().parent / "templates"


def _autoescape(name: str | None) -> bool:
    return bool(name) and str(name).endswith(".html.j2")


def _decimal_filter(formatter: Any) -> Any:
    def apply(value: Any) -> str:
        return "" if value is None else str(formatter(to_decimal(value)))

    return apply


@lru_cache(maxsize=16)
def environment(templates_dir: str | None = None) -> Environment:
    """The template environment: the user's folder first (when given), then the package's."""
    loaders = []
    if templates_dir is not None:
        folder = Path(templates_dir)
        if not folder.is_dir():
            raise InputError(f"模板目录 {folder} 不存在或不是目录")
        loaders.append(FileSystemLoader(str(folder)))
    loaders.append(FileSystemLoader(str(PACKAGE_TEMPLATES)))
    env = Environment(
        loader=ChoiceLoader(loaders),
        # The package's templates cannot change while it runs: no stat of the file on every use. A user's
        # folder may be edited while a long-running process (the web app) uses it: reloaded when changed.
        auto_reload=templates_dir is not None,
        autoescape=_autoescape,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
    )
    env.filters.update(
        money=_decimal_filter(format_money),
        amount=_decimal_filter(format_amount),
        percent=_decimal_filter(format_percent),
        score=_decimal_filter(format_score),
        number=_decimal_filter(format_number),
        sentence=sentence,
    )
    return env


def compile_all(templates_dir: str | None = None) -> None:
    """Compile every template now (into the environment's cache), e.g. once in a parent process so
    that forked workers do not each compile them again."""
    env = environment(templates_dir)
    for name in env.list_templates():
        env.get_template(name)


def render_text(templates_dir: str | Path | None, name: str, **context: Any) -> str:
    """Render one section template to text; raises InputError naming the template on failure."""
    env = environment(str(templates_dir) if templates_dir is not None else None)
    try:
        return env.get_template(name).render(**context).strip()
    except TemplateNotFound:
        raise InputError(f"找不到模板 {name}") from None
    except Exception as err:  # a user's template with an error must not crash the command
        raise InputError(f"模板 {name} 出错：{err}") from None


def paragraphs(text: str) -> list[str]:
    """Split rendered text into paragraphs: one per non-empty line."""
    return [line.strip() for line in text.splitlines() if line.strip()]
