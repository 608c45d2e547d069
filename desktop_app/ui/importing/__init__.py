"""File › Import…: what to import, one note's preview, many files read with progress
and their report."""
