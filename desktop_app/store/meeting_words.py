"""Which meetings hold some words anywhere in their note: what the library view filters by."""

from __future__ import annotations

import re
from collections.abc import Sequence

from desktop_app.store.database import Database
from desktop_app.store.meeting_list import IN_LIBRARY


def meetings_holding(db: Database, words: Sequence[str]) -> set[str]:
    """The ids of the meetings in the library (not in the trash) whose note (paragraphs,
    sub-items, footnotes, headings, action items) holds every word, the last letters of each
    still to come, as while it is typed; accents and case do not count. A word with
    punctuation inside ("WG/REL") is its parts one after the other. No words: no meetings."""
    found: set[str] | None = None
    for word in words:
        parts = re.findall(r"\w+", word)
        if not parts:
            continue
        rows = db.execute(
            "SELECT DISTINCT s.meeting_id FROM search s JOIN meetings m ON m.id = s.meeting_id "
            f"WHERE search MATCH ? AND {IN_LIBRARY}",
            ['"' + " ".join(parts) + '"*'],
        ).fetchall()
        holding = {str(row[0]) for row in rows}
        found = holding if found is None else found & holding
        if not found:
            return set()
    return found or set()
