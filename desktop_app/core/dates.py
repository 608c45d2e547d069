"""Dates as the note's language writes them: "28 August 2017", "28 août 2017" …"""

from __future__ import annotations

import datetime as dt

_MONTHS = {
    "en": "January February March April May June July August September October November December",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
    "diciembre",
}


def long_date(date: dt.date, language: str = "en") -> str:
    """The date in words in the given language (English where the language is not known)."""
    base = language.split("-")[0].lower()
    month = _MONTHS.get(base, _MONTHS["en"]).split()[date.month - 1]
    if base == "es":
        return f"{date.day} de {month} de {date.year}"
    if base == "fr" and date.day == 1:
        return f"1er {month} {date.year}"
    return f"{date.day} {month} {date.year}"
