"""Readers and writers: Markdown (interchange), plain text, and (to come) HTML, DOCX, PDF.

Every writer lays out the one block model of `blocks`, so every format shows the same
numbers.
"""
