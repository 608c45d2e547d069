"""Dates as the note's language writes them ("28 August 2017", "28 août 2017" …), and dates
as people type them, read back."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

_MONTHS = {
    "en": "January February March April May June July August September October November December",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
    "diciembre",
}
# Words around a date that say nothing about it: "28th of August", "28 de agosto de 2017".
_ORDINAL_ENDINGS = frozenset({"st", "nd", "rd", "th", "er", "o"})
_FILLERS = frozenset({"of", "de", "del"})
_SHORTEST_MONTH = 3  # "jun" is June in every language; "ju" could be June or July


def long_date(date: dt.date, language: str = "en") -> str:
    """The date in words in the given language (English where the language is not known)."""
    base = language.split("-")[0].lower()
    month = _MONTHS.get(base, _MONTHS["en"]).split()[date.month - 1]
    if base == "es":
        return f"{date.day} de {month} de {date.year}"
    if base == "fr" and date.day == 1:
        return f"1er {month} {date.year}"
    return f"{date.day} {month} {date.year}"


def read_date(text: str) -> dt.date | None:
    """The date `text` names, or None if it names none (or no real day).

    In words, in English, French or Spanish, the month whole or shortened: "28 August 2017",
    "28 Aug 2017", "August 28, 2017", "1er août 2017", "28 de agosto de 2017". In figures,
    day first or year first, with a four-digit year: "28/08/2017", "28.08.2017", "2017-08-28".
    """
    parts = _parts(text)
    if len(parts) != 3:
        return None
    if all(part.isdigit() for part in parts):
        if len(parts[0]) == 4:
            year, month, day = parts
        else:
            day, month, year = parts
        return _date(year, _month_number(month), day)
    if parts[1].isalpha():
        day, month, year = parts
    elif parts[0].isalpha():
        month, day, year = parts
    else:
        return None
    return _date(year, _month_named(month), day)


def _parts(text: str) -> list[str]:
    """The numbers and words of `text`, lowercase and unaccented, less those that say
    nothing about the date."""
    parts: list[str] = []
    for part in re.findall(r"\d+|[^\W\d_]+", _unaccented(text)):
        if part in _FILLERS:
            continue
        if part in _ORDINAL_ENDINGS and parts and parts[-1].isdigit():
            continue
        parts.append(part)
    return parts


def _month_number(figures: str) -> int | None:
    return int(figures) if figures.isdigit() and len(figures) <= 2 else None


def _month_named(word: str) -> int | None:
    """The month `word` names or begins, in any language we know, if it names only one."""
    if len(word) < _SHORTEST_MONTH or not word.isalpha():
        return None
    found = {
        number
        for names in _MONTHS.values()
        for number, name in enumerate(_unaccented(names).split(), start=1)
        if name.startswith(word)
    }
    return found.pop() if len(found) == 1 else None


def _unaccented(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _date(year: str, month: int | None, day: str) -> dt.date | None:
    if month is None or len(year) != 4 or not year.isdigit():
        return None
    if not day.isdigit() or len(day) > 2:
        return None
    try:
        return dt.date(int(year), month, int(day))
    except ValueError:
        return None
