"""Stable identifiers for meetings, agenda items, paragraphs, footnotes and action items."""

import secrets


def new_id() -> str:
    """A fresh random id: 16 hex digits (64 bits), short enough to read, never reused."""
    return secrets.token_hex(8)
