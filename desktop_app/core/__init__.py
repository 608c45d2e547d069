"""The meeting as data: model, numbering, inline markup, editing. Pure Python: no Qt, no SQL."""
