"""The action items pane: the meeting's requests as cards, their editor and their undo."""
