"""Outputs: exports in every format (one atomic write)."""
