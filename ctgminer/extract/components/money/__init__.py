"""Amounts and figures."""
