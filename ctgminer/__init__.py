"""ctgminer: text mining of Conventions territoriales globales (CTG) announcements.

The public API is imported lazily, so that a stage (say ``ctgminer.compare``) does not load spaCy."""

from __future__ import annotations

import importlib
from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("ctgminer")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0+unknown"

_API = {
    "Analyser": "ctgminer.extract.analyser",
    "analyse": "ctgminer.extract.analyser",
    "analyse_frame": "ctgminer.extract.analyser",
    "load_pipeline": "ctgminer.extract.analyser",
    "CTGRecord": "ctgminer.schema",
    "Document": "ctgminer.schema",
}

__all__ = [*_API, "__version__"]


def __getattr__(name: str):
    if name in _API:
        return getattr(importlib.import_module(_API[name]), name)
    raise AttributeError(f"module 'ctgminer' has no attribute {name!r}")
