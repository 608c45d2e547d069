"""Rapporteur: draft the notes of meetings."""

__version__ = "0.1.0"
