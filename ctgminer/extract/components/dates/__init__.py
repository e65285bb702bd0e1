"""Dates, periods and durations."""
