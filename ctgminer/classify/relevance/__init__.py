"""Relevance of a text to CTGs."""
