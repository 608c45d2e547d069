"""The tracker: every request of the library across its meetings, to follow up and close."""
