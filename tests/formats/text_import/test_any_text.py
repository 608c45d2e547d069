"""Whatever text is pasted, the import comes back with a meeting (and warnings), never an
error: texts built from the pieces the recogniser looks at, in any order."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.formats.text_import import read_foreign_markdown, read_text

PIECES = [
    "1. ", "2. ", "(a) ", "(b) ", "(i) ", "(ii) ", "I. ", "II. ", "A. ", "(Agenda item 1)",
    "Annex", "* ", "-", "____", "Page 3 of 5", "GE.20-1", "word", "Word", "capacity-", "dis-",
    "\n", "\n\n", "\t", "   ", "1 ", "a  ", "[1]", "\u00b9", "Singapore1", ":", ".", ";",
    "A/HRC/1/2", "\f", "# ", "## ", "[^1]", "[^1]: note", "5. ", "140.1 ", "Part I", "\u00ad",
    "\u00e9", "    ", "<b>", "&amp;", "*x*", "> ", "\r\n", "\ufeff",
]  # fmt: skip

texts = st.lists(st.sampled_from(PIECES), max_size=80).map("".join)


@given(texts)
def test_any_text_imports_as_a_meeting(text: str) -> None:
    result = read_text(text)
    numbered = [p for p in result.meeting.paragraphs() if p.numbered]
    assert len(numbered) <= text.count(".") + text.count(")")
    assert all(isinstance(warning, str) for warning in result.warnings)


@given(texts)
def test_any_text_imports_as_foreign_markdown(text: str) -> None:
    result = read_foreign_markdown(text)
    markers = [
        fid for p in result.meeting.paragraphs() for t in p.texts() for fid in t.footnote_ids()
    ]
    assert set(markers) <= set(result.meeting.footnotes)
