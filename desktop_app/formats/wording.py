"""The fixed words of an exported note, in the meeting's language (English where it is not
known), and its date in words."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from desktop_app.core.dates import long_date


@dataclass(frozen=True)
class Wording:
    language: str
    draft: str  # the mark on a note that is not final
    notes: str  # the heading of the footnotes where a format lists them at the end
    page: str  # "Page 2"
    of: str  # "Page 2 of 5"
    back_to_text: str  # the link from a footnote back to its marker (HTML)

    def date(self, date: dt.date | None) -> str:
        return long_date(date, self.language) if date else ""


_WORDINGS = {
    "en": Wording("en", "Draft", "Notes", "Page", "of", "Back to the text"),
    "fr": Wording("fr", "Projet", "Notes", "Page", "sur", "Retour au texte"),
    "es": Wording("es", "Borrador", "Notas", "Página", "de", "Volver al texto"),
}


def wording(language: str) -> Wording:
    base = language.split("-")[0].lower()
    return replace(_WORDINGS.get(base, _WORDINGS["en"]), language=language)
