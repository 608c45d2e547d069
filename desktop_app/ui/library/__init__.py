"""The library view: every meeting of the library, to find, open, duplicate or delete."""
