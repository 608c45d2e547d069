"""Search across every meeting of a library: paragraphs, sub-items, footnotes, headings,
titles and action items, found by the words of a query (see core/search_query.py), best
first, each named by its meeting and its place in the note.

Words are found in the word index (`search`: accents and case aside); terms in scripts
written without spaces (Chinese, Japanese…) or with particles attached (Arabic) as
substrings, in the trigram index beside it (`search_substrings`). Ranking is bm25 over the
matches, or, for a word found almost everywhere, over its most recent CANDIDATES matches:
"the" is not worth scoring a hundred thousand paragraphs for.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from desktop_app.core.search_query import (
    All,
    Node,
    SearchQuery,
    SearchQueryError,
    Term,
    Without,
    fts5_expression,
    parse_query,
)
from desktop_app.store.connection import connect, translated_errors
from desktop_app.store.meeting_list import IN_LIBRARY
from desktop_app.store.schema import SUBSTRINGS_VERSION
from desktop_app.store.search_places import Found, NoteHit, places_of

__all__ = ["NoteHit", "NoteSearch", "SearchFilters", "SearchQueryError"]

CANDIDATES = 1000  # the most matches ranked by bm25; beyond, the most recent ones
FOLD_FUNCTION = "rapporteur_folded"
_SNIPPET = "snippet(search, 0, '«', '»', '…', 16)"


@dataclass(frozen=True)
class SearchFilters:
    body: str = ""  # meetings whose body contains this text (case and accents aside)
    date_from: dt.date | None = None
    date_to: dt.date | None = None  # inclusive
    limit: int = 100


NO_FILTERS = SearchFilters()


class NoteSearch:
    """Search over one library file, on a connection of its own or the library's; used from
    one thread at a time (any thread)."""

    def __init__(self, connection: sqlite3.Connection, path: Path, owned: bool = False) -> None:
        self._connection = connection
        self._path = path
        self._owned = owned
        connection.create_function(FOLD_FUNCTION, 1, folded, deterministic=True)
        with translated_errors(path):
            version = int(connection.execute("PRAGMA user_version").fetchone()[0])
        # A file read but not yet migrated has no trigram index: substrings are looked for
        # in the word index's text, slowly.
        self._substrings = version >= SUBSTRINGS_VERSION

    @classmethod
    def open(cls, path: Path) -> NoteSearch:
        """A read-only connection to the library file, beside whoever writes it."""
        path = Path(path).expanduser().absolute()
        db = connect(path, "ro")
        try:
            with translated_errors(path):
                db.execute("PRAGMA query_only = ON")
            return cls(db.conn, path, owned=True)
        except BaseException:
            db.close()
            raise

    def close(self) -> None:
        if self._owned:
            self._connection.close()

    def search(self, query: str, filters: SearchFilters = NO_FILTERS) -> list[NoteHit]:
        """The places holding the query's words, best first; raises SearchQueryError."""
        understood = parse_query(query)
        if understood.tree is None or filters.limit <= 0:
            return []
        meetings, parameters = _meetings_sql(filters)
        with translated_errors(self._path):
            if any(term.by_substring for term in understood.terms):
                found = self._by_substrings(understood, meetings, parameters, filters.limit)
            else:
                found = self._by_words(understood.tree, meetings, parameters, filters)
            return places_of(self._connection, found, understood.words)

    def _by_words(
        self, tree: Node, meetings: str, parameters: list[object], filters: SearchFilters
    ) -> list[Found]:
        """bm25 over the most recent CANDIDATES matches (all of them, if fewer), snippets
        made for those returned only. The matches of filtered meetings are counted in those
        meetings; otherwise over all (a few in the trash may then leave fewer ranked)."""
        match = fts5_expression(tree)
        filtered = bool(filters.body.strip() or filters.date_from or filters.date_to)
        scope = f" AND s.meeting_id IN ({meetings})" if filtered else ""
        oldest = self._connection.execute(
            f"SELECT s.rowid FROM search s WHERE search MATCH ?{scope} "
            f"ORDER BY s.rowid DESC LIMIT 1 OFFSET {CANDIDATES - 1}",
            [match, *parameters] if filtered else [match],
        ).fetchone()
        rows = self._connection.execute(
            f"""SELECT s.kind, s.item_id, s.meeting_id, {_SNIPPET} FROM search s
                WHERE search MATCH ? AND s.rowid >= ? AND s.meeting_id IN ({meetings})
                ORDER BY rank LIMIT ?""",
            [match, oldest[0] if oldest else 0, *parameters, filters.limit],
        ).fetchall()
        return [Found(*row) for row in rows]

    def _by_substrings(
        self, query: SearchQuery, meetings: str, parameters: list[object], limit: int
    ) -> list[Found]:
        """A query with terms found as substrings: the entries each term finds, combined
        as the query says, the most recent meetings first; snippets made here."""
        assert query.tree is not None
        entries, values = self._entries_sql(query.tree)
        rows = self._connection.execute(
            f"""SELECT s.kind, s.item_id, s.meeting_id, s.text FROM search s
                JOIN meetings m ON m.id = s.meeting_id
                WHERE s.rowid IN ({entries}) AND s.meeting_id IN ({meetings})
                ORDER BY m.date DESC, s.rowid LIMIT ?""",
            [*values, *parameters, limit],
        ).fetchall()
        terms = query.terms
        return [Found(str(k), str(i), str(m), snippet(str(t), terms)) for k, i, m, t in rows]

    def _entries_sql(self, node: Node) -> tuple[str, list[object]]:
        """A compound SELECT of the rowids of the entries `node` finds."""
        if isinstance(node, Term):
            return self._term_sql(node)
        if isinstance(node, Without):
            found, found_values = self._entries_sql(node.found)
            left_out, left_out_values = self._entries_sql(node.left_out)
            return (
                f"SELECT * FROM ({found}) EXCEPT SELECT * FROM ({left_out})",
                [*found_values, *left_out_values],
            )
        joiner = " INTERSECT " if isinstance(node, All) else " UNION "
        parts = [self._entries_sql(part) for part in node.parts]
        sql = joiner.join(f"SELECT * FROM ({part})" for part, _ in parts)
        return sql, [value for _, values in parts for value in values]

    def _term_sql(self, term: Term) -> tuple[str, list[object]]:
        if not term.by_substring:
            return "SELECT rowid FROM search WHERE search MATCH ?", [fts5_expression(term)]
        if self._substrings and len(term.text) >= 3:  # a trigram needs three characters
            quoted = '"' + term.text.replace('"', '""') + '"'
            return "SELECT rowid FROM search_substrings WHERE search_substrings MATCH ?", [quoted]
        table = "search_substrings" if self._substrings else "search"
        pattern = "%" + re.sub(r"([\\%_])", r"\\\1", term.text) + "%"
        return f"SELECT rowid FROM {table} WHERE text LIKE ? ESCAPE '\\'", [pattern]


def _meetings_sql(filters: SearchFilters) -> tuple[str, list[object]]:
    """The meetings searched: those in the library (not in the trash) that pass the
    filters."""
    conditions, parameters = [IN_LIBRARY], list[object]()
    if filters.body.strip():
        conditions.append(f"instr({FOLD_FUNCTION}(m.body), ?) > 0")
        parameters.append(folded(filters.body.strip()))
    if filters.date_from is not None:
        conditions.append("m.date >= ?")
        parameters.append(filters.date_from.isoformat())
    if filters.date_to is not None:
        conditions.append("m.date <= ?")
        parameters.append(filters.date_to.isoformat())
    return "SELECT m.id FROM meetings m WHERE " + " AND ".join(conditions), parameters


def folded(text: str | None) -> str:
    """The text with letter case and accents aside: "Migración" → "migracion"."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def snippet(text: str, terms: tuple[Term, ...], width: int = 90) -> str:
    """Some of the text around the first term found, each term found between « and »
    (accents and case aside)."""
    plain, origin = _folded_with_origin(text)
    wanted = sorted({re.escape(folded(t.text)) for t in terms if folded(t.text)}, key=len)
    pattern = re.compile("|".join(reversed(wanted)) or "(?!)")
    spans = [
        (origin[m.start()], origin[m.end() - 1] + 1)
        for m in pattern.finditer(plain)
        if m.end() > m.start()
    ]
    start = max(0, spans[0][0] - width // 3) if spans else 0
    end = min(len(text), start + width)
    out, at = [], start
    for first, last in spans:
        if first < at or last > end:
            continue
        out.append(text[at:first] + "«" + text[first:last] + "»")
        at = last
    out.append(text[at:end])
    return ("…" if start > 0 else "") + "".join(out) + ("…" if end < len(text) else "")


def _folded_with_origin(text: str) -> tuple[str, list[int]]:
    """The folded text, and for each of its characters the one of `text` it comes from."""
    characters: list[str] = []
    origin: list[int] = []
    for index, character in enumerate(text):
        for piece in folded(character):
            characters.append(piece)
            origin.append(index)
    return "".join(characters), origin
