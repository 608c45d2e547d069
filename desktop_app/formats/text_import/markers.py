"""Footnote markers in the recognised texts, each matched with its note's text."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from desktop_app.core.inline import FootnoteMarker, Inline, Run, Span
from desktop_app.core.model import Footnote

_SUPERSCRIPT = "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079"
_MARKERS = (
    rf"(?P<sup>[{_SUPERSCRIPT}]+)"
    r"|\[(?P<bracket>\d{1,3})\]"
    r"|(?<=[^\W\d_])(?P<glued>\d{1,3})(?![\d/.,]\d)(?=\W|$)"
    r"|(?<=[;:.,)])\s?(?P<after>\d{1,3})(?=\s|$)"
    r"|(?<=[\w)\]])(?P<star>\*)"
)


_MAY_HOLD_A_MARKER = re.compile(rf"[\d*\[{_SUPERSCRIPT}]")


def _marker_pattern(letters: str) -> re.Pattern[str]:
    """The markers; a letter glued to a word ("mattersa") only for the notes' letters."""
    word = rf"\b(?P<word>[^\W\d_]{{3,}}[{letters}])\b" if letters else r"(?P<word>(?!))"
    return re.compile(f"{_MARKERS}|{word}")


@dataclass
class Markers:
    """What is known of the notes, and what has been matched so far."""

    texts: dict[str, str]
    words: Counter[str]
    footnotes: dict[str, Footnote] = field(default_factory=dict)
    found: list[tuple[str, str, str]] = field(default_factory=list)  # marker, text, place
    warnings: list[str] = field(default_factory=list)
    highest: int = 0

    def __post_init__(self) -> None:
        letters = "".join(key for key in self.texts if len(key) == 1 and key.isalpha())
        self.pattern = _marker_pattern(letters)
        self.letters = bool(letters)

    def inline(self, text: str, place: str) -> Inline:
        if not self.letters and not _MAY_HOLD_A_MARKER.search(text):
            return Inline.plain(text)  # most paragraphs: no digit, star or bracket to look at
        spans: list[Span] = []
        start = 0
        for match in self.pattern.finditer(text):
            marker = self._marker(match)
            if marker is None:
                continue
            spans.append(
                Run(
                    text[start : match.start()].rstrip()
                    if match.group("after")
                    else text[start : match.start()]
                )
            )
            if match.group("word"):
                spans.append(Run(match.group("word")[:-1]))
            spans.append(FootnoteMarker(self._footnote(marker, place)))
            start = match.end()
        spans.append(Run(text[start:]))
        return Inline(spans)

    def _marker(self, match: re.Match[str]) -> str | None:
        if match.group("sup"):
            marker = match.group("sup").translate(str.maketrans(_SUPERSCRIPT, "0123456789"))
            if marker not in self.texts:
                self.warnings.append(
                    f"the marker {match.group('sup')} has no note text: kept as text"
                )
                return None
            return marker
        if match.group("bracket"):
            marker = match.group("bracket")
            if marker not in self.texts:
                self.warnings.append(f"the marker [{marker}] has no note text: kept as text")
                return None
            return marker
        number = match.group("glued") or match.group("after")
        if number:
            if number in self.texts and int(number) == self.highest + 1:  # notes run in order
                self.highest = max(self.highest, int(number))
                return number
            return None
        if match.group("star"):
            return "*" if "*" in self.texts else None
        word = match.group("word")
        letter = word[-1]
        if (
            letter in self.texts
            and self.words[word.casefold()] <= 2  # "mattersa": rare, its stem "matters" common
            and self.words[word[:-1].casefold()] > self.words[word.casefold()]
        ):
            return letter
        return None

    def _footnote(self, marker: str, place: str) -> str:
        footnote = Footnote(Inline.plain(self.texts[marker]))
        self.footnotes[footnote.id] = footnote
        if not any(found[0] == marker for found in self.found):
            self.found.append((marker, self.texts[marker], place))
        return footnote.id

    def unmatched(self) -> list[tuple[str, str]]:
        matched = {found[0] for found in self.found}
        return [(marker, text) for marker, text in self.texts.items() if marker not in matched]
