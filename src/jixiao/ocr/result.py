"""What OCR found on one page, as plain data (cached as JSON): text boxes with their characters'
confidences, and the ruled lines of any table, in the coordinates of the straightened page."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

QUIET = set("()（）[]【】“”‘’\"'《》「」、，。；：？！—…·")  # marks whose misreading changes no fact


@dataclass(frozen=True)
class Glyph:
    """One recognised character (a Latin word counts as one): text, left and right edge, confidence."""

    text: str
    x0: float
    x1: float
    confidence: float


@dataclass(frozen=True)
class TextBox:
    """One detected text line: its text, its box on the page, its characters."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    confidence: float
    glyphs: tuple[Glyph, ...] = ()

    @property
    def height(self) -> float:
        return self.bottom - self.top

    @property
    def middle(self) -> float:
        return (self.top + self.bottom) / 2

    @property
    def lowest(self) -> float:
        """The lowest confidence of its characters that carry meaning: brackets, quotes and Chinese
        punctuation, which the recogniser is often unsure of, do not count (a number's point and
        separator do). The line's own confidence when no character counts."""
        return min((g.confidence for g in self.glyphs if g.text not in QUIET), default=self.confidence)


@dataclass(frozen=True)
class Rule:
    """A ruled line: horizontal (``at`` is its y, from ``start`` to ``end`` in x) or vertical (the reverse)."""

    at: float
    start: float
    end: float


@dataclass
class PageScan:
    """One page after OCR. ``rotation`` (0/90/180/270) and ``skew`` (degrees) say how it was turned
    upright; ``dpi`` is the resolution the boxes are measured in."""

    width: int
    height: int
    dpi: int
    rotation: int = 0
    skew: float = 0.0
    boxes: list[TextBox] = field(default_factory=list)
    horizontal: list[Rule] = field(default_factory=list)
    vertical: list[Rule] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> PageScan:
        boxes = [TextBox(**{**b, "glyphs": tuple(Glyph(**g) for g in b["glyphs"])}) for b in data["boxes"]]
        return cls(width=int(data["width"]), height=int(data["height"]), dpi=int(data["dpi"]),
                   rotation=int(data["rotation"]), skew=float(data["skew"]), boxes=boxes,
                   horizontal=[Rule(**r) for r in data["horizontal"]],
                   vertical=[Rule(**r) for r in data["vertical"]])
