"""The footnotes pane: the list of the note's footnotes and their editor."""
