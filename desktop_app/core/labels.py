"""Sub-item labels: (a), (b) … (z), (aa), (bb) … and, one level deeper, (i), (ii) …"""

from __future__ import annotations

from functools import cache

_ROMAN = (
    (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
    (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
)  # fmt: skip


def letter(index: int) -> str:
    """0 → "a", 25 → "z", 26 → "aa", 27 → "bb" … as in UN documents."""
    return chr(ord("a") + index % 26) * (index // 26 + 1)


def roman(index: int) -> str:
    """0 → "i", 3 → "iv" …"""
    number = index + 1
    out = []
    for value, digits in _ROMAN:
        count, number = divmod(number, value)
        out.append(digits * count)
    return "".join(out)


@cache  # called for every sub-item of the note at every change of its structure
def sub_item_label(index: int, depth: int) -> str:
    """The label of the index-th sub-item at depth 1 "(a)" or depth 2 "(i)"."""
    return f"({letter(index) if depth == 1 else roman(index)})"
