"""The history of a note: its snapshots, each viewed, compared with the note and restored."""
