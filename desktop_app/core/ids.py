"""Stable identifiers for meetings, agenda items, paragraphs, footnotes and action items."""

import os


def new_id() -> str:
    """A fresh random id: 16 hex digits (64 bits), short enough to read, never reused."""
    # os.urandom is what the secrets module draws from, without its import (hmac, hashlib)
    return os.urandom(8).hex()
