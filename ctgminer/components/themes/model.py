"""Placeholder until the theme classifier lands."""


def model_version() -> str:
    return "none"
