"""The meeting as a whole: its title block above the note, New meeting and Meeting details,
Open meeting, the date field."""
