"""The search language: words, "exact phrases", prefix*, OR, NOT and parentheses, read
into a tree of terms that the store turns into its queries.

Words side by side must all be found; OR finds either side; `a NOT b` finds a without b.
A query being typed is read as it stands: an unclosed quote or parenthesis is closed at
the end, an operator with nothing after it yet is left aside, and the last word (or the
last word of an unclosed phrase) is the start of a word still being typed. Only NOT with
nothing before it cannot be understood.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop_app.core.substring_scripts import SUBSTRING_SCRIPTS

_SUBSTRING_CHARACTER = re.compile(f"[{SUBSTRING_SCRIPTS}]")
_WORD_CHARACTER = re.compile(r"\w")
_TOKEN = re.compile(r'"[^"]*"?|\(|\)|[^\s"()]+')
OPERATORS = ("OR", "NOT", "AND")  # in capitals; lower-case "or" is a word like another


class SearchQueryError(ValueError):
    """A query that cannot be understood; the message says why, in plain words."""


@dataclass(frozen=True)
class Term:
    """A word or a phrase (several words in this order); `prefix`: its last word may go on."""

    text: str
    phrase: bool = False
    prefix: bool = False

    @property
    def by_substring(self) -> bool:
        """Found as a substring of the text, not word by word (Chinese, Arabic…)."""
        return bool(_SUBSTRING_CHARACTER.search(self.text))


@dataclass(frozen=True)
class All:
    """Every part found."""

    parts: tuple[Node, ...]


@dataclass(frozen=True)
class Either:
    """One part or another found."""

    parts: tuple[Node, ...]


@dataclass(frozen=True)
class Without:
    """`found` found, and `left_out` not."""

    found: Node
    left_out: Node


Node = Term | All | Either | Without


@dataclass(frozen=True)
class SearchQuery:
    """A query as understood: its tree (None: nothing to find) and the words to highlight."""

    tree: Node | None
    words: tuple[str, ...]

    @property
    def terms(self) -> tuple[Term, ...]:
        return tuple(_terms(self.tree)) if self.tree else ()


def parse_query(text: str) -> SearchQuery:
    """The query typed; raises SearchQueryError for one that cannot be understood."""
    tokens = _TOKEN.findall(text)
    typing_last = bool(tokens) and not text[-1].isspace()
    reader = _Reader(tokens, typing_last)
    tree = reader.either()
    return SearchQuery(tree, tuple(dict.fromkeys(_words(tree))) if tree else ())


class _Reader:
    """Reads tokens into a tree: OR binds loosest, then words side by side, then NOT."""

    def __init__(self, tokens: list[str], typing_last: bool) -> None:
        self.tokens = tokens
        self.at = 0
        self.typing_last = typing_last

    def peek(self) -> str | None:
        return self.tokens[self.at] if self.at < len(self.tokens) else None

    def either(self) -> Node | None:
        parts = [self.all()]
        while self.peek() == "OR":
            self.at += 1
            parts.append(self.all())
        return _joined(Either, [p for p in parts if p is not None])

    def all(self) -> Node | None:
        parts: list[Node] = []
        while (token := self.peek()) is not None and token not in ("OR", ")"):
            if token == "NOT":
                if not parts:
                    raise SearchQueryError(
                        "NOT leaves out what follows it from what the words before it find: "
                        "put words before it, as in: migration NOT asylum"
                    )
                self.at += 1
                left_out = self.primary()
                if left_out is not None:
                    parts[-1] = Without(parts[-1], left_out)
                continue
            found = self.primary()
            if found is not None:
                parts.append(found)
        return _joined(All, parts)

    def primary(self) -> Node | None:
        """A term or a group in parentheses; None for nothing to find (an operator with
        nothing after it, punctuation alone, empty parentheses)."""
        token = self.peek()
        if token is None or token in ("OR", "NOT", ")"):
            return None
        self.at += 1
        if token == "(":
            inner = self.either()
            if self.peek() == ")":
                self.at += 1
            return inner
        if token == "AND":
            return self.primary()
        return self._term(token, last=self.at == len(self.tokens))

    def _term(self, token: str, last: bool) -> Term | None:
        if token.startswith('"'):
            closed = len(token) > 1 and token.endswith('"')
            text = " ".join(token.strip('"').split())
            prefix = not closed and last
            return Term(text, phrase=True, prefix=prefix) if _has_words(text) else None
        prefix = token.endswith("*") or (last and self.typing_last)
        text = token.rstrip("*")
        return Term(text, prefix=prefix) if _has_words(text) else None


def _joined(kind: type[All] | type[Either], parts: list[Node]) -> Node | None:
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else kind(tuple(parts))


def _has_words(text: str) -> bool:
    return bool(_WORD_CHARACTER.search(text))


def _terms(node: Node) -> list[Term]:
    if isinstance(node, Term):
        return [node]
    if isinstance(node, Without):
        return _terms(node.found) + _terms(node.left_out)
    return [term for part in node.parts for term in _terms(part)]


def _words(node: Node) -> list[str]:
    """The words to highlight: every term but those left out."""
    if isinstance(node, Term):
        return [node.text]
    if isinstance(node, Without):
        return _words(node.found)
    return [word for part in node.parts for word in _words(part)]


def fts5_expression(node: Node) -> str:
    """The tree as an FTS5 query over a word index (every term quoted: FTS5's own syntax
    never reaches it)."""
    if isinstance(node, Term):
        return '"' + node.text.replace('"', '""') + '"' + ("*" if node.prefix else "")
    if isinstance(node, Without):
        return f"({fts5_expression(node.found)} NOT {fts5_expression(node.left_out)})"
    joiner = " AND " if isinstance(node, All) else " OR "
    return "(" + joiner.join(fts5_expression(part) for part in node.parts) + ")"
