"""The one error an edit raises."""


class EditError(ValueError):
    """A change that the structure of a note does not allow; its text says why, to the user."""
