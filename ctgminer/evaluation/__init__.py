"""Scoring extraction against gold records, with floors kept in a file."""
