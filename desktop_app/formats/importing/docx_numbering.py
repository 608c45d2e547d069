"""Word's own list numbering (numbering.xml): which number a paragraph with w:numPr shows."""

from __future__ import annotations

from dataclasses import dataclass

from docx.oxml.ns import qn

from desktop_app.formats.importing.docx_package import Element

_ROMAN = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l")]
_ROMAN += [(40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]


@dataclass(frozen=True)
class Level:
    format: str  # numFmt: "decimal", "lowerLetter", "lowerRoman", "bullet" …
    start: int
    text: str  # lvlText, "%1." or "(%2)"


@dataclass(frozen=True)
class ListNumber:
    level: int  # ilvl
    format: str
    value: int
    label: str  # as Word shows it: "3.", "(b)", "(ii)"


def _int(element: Element | None, default: int) -> int:
    try:
        return int(element.get(qn("w:val"), default)) if element is not None else default
    except ValueError:
        return default


def _level(lvl: Element) -> Level:
    fmt = lvl.find(qn("w:numFmt"))
    text = lvl.find(qn("w:lvlText"))
    return Level(
        fmt.get(qn("w:val"), "decimal") if fmt is not None else "decimal",
        _int(lvl.find(qn("w:start")), 1),
        text.get(qn("w:val"), "") if text is not None else "",
    )


def _levels(element: Element) -> dict[int, Level]:
    return {_int_attr(lvl, "w:ilvl"): _level(lvl) for lvl in element.findall(qn("w:lvl"))}


def _int_attr(element: Element, name: str) -> int:
    try:
        return int(element.get(qn(name), "0"))
    except ValueError:
        return 0


class Numbering:
    """The lists of a document and their counters, advanced paragraph by paragraph in order."""

    def __init__(self, root: Element | None) -> None:
        self.abstract: dict[int, dict[int, Level]] = {}
        self.instances: dict[int, tuple[int, dict[int, Level], dict[int, int]]] = {}
        self.counters: dict[int, dict[int, int]] = {}
        self.started: set[int] = set()
        if root is None:
            return
        for element in root.findall(qn("w:abstractNum")):
            self.abstract[_int_attr(element, "w:abstractNumId")] = _levels(element)
        for num in root.findall(qn("w:num")):
            abstract = _int(num.find(qn("w:abstractNumId")), -1)
            overrides: dict[int, Level] = {}
            starts: dict[int, int] = {}
            for override in num.findall(qn("w:lvlOverride")):
                ilvl = _int_attr(override, "w:ilvl")
                if (start := override.find(qn("w:startOverride"))) is not None:
                    starts[ilvl] = _int(start, 1)
                if (lvl := override.find(qn("w:lvl"))) is not None:
                    overrides[ilvl] = _level(lvl)
            self.instances[_int_attr(num, "w:numId")] = (abstract, overrides, starts)

    def level(self, num_id: int, ilvl: int) -> Level | None:
        if num_id not in self.instances:
            return None
        abstract, overrides, _ = self.instances[num_id]
        return overrides.get(ilvl) or self.abstract.get(abstract, {}).get(ilvl)

    def next(self, num_id: int, ilvl: int) -> ListNumber | None:
        """The number the next paragraph of list `num_id` at level `ilvl` shows (None: not a
        list, numId 0 switching the numbering off included)."""
        level = self.level(num_id, ilvl)
        if num_id == 0 or level is None:
            return None
        abstract, _, starts = self.instances[num_id]
        counters = self.counters.setdefault(abstract, {})
        if num_id not in self.started:  # a startOverride restarts the list where it is used
            self.started.add(num_id)
            for override_level, start in starts.items():
                counters[override_level] = start - 1
        value = counters.get(ilvl, level.start - 1) + 1
        counters[ilvl] = value
        for deeper in [d for d in counters if d > ilvl]:
            del counters[deeper]
        label = level.text
        for index in range(9):
            if f"%{index + 1}" in label:
                shown = value if index == ilvl else counters.get(index, 1)
                inner = self.level(num_id, index)
                label = label.replace(
                    f"%{index + 1}", _shown(shown, inner.format if inner else "decimal")
                )
        return ListNumber(ilvl, level.format, value, label)


def _shown(value: int, fmt: str) -> str:
    if fmt in ("lowerLetter", "upperLetter"):
        letters = ""
        while value > 0:
            value, rest = divmod(value - 1, 26)
            letters = chr(ord("a") + rest) + letters
        return letters.upper() if fmt == "upperLetter" else letters
    if fmt in ("lowerRoman", "upperRoman"):
        out = ""
        for size, digits in _ROMAN:
            while value >= size:
                out += digits
                value -= size
        return out.upper() if fmt == "upperRoman" else out
    if fmt in ("bullet", "none"):
        return ""
    return str(value)
