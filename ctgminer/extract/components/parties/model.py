"""The signing model: a logistic regression over candidate features, its weights stored as JSON data."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

MODEL_FILE = "party_model.json"
COMMON_WORDS_FILE = "common_words.json"


@dataclass(frozen=True)
class PartyModel:
    """P(candidate signs) = sigmoid(intercept + sum of weight * feature)."""

    weights: dict[str, float]
    intercept: float
    version: str = ""
    threshold: float = 0.6  # the decision threshold chosen with the weights by grouped cross-validation

    def score(self, features: dict[str, float]) -> float:
        weights = self.weights
        # (most features are 0 or carry no weight: only the others are multiplied)
        z = self.intercept + sum(weights[k] * v for k, v in features.items() if v and k in weights)
        return 1 / (1 + math.exp(-max(min(z, 30), -30)))


def _read(path: str | None, default: str) -> str:
    if path:
        return Path(path).read_text(encoding="utf-8")
    return resources.files(__package__).joinpath(default).read_text(encoding="utf-8")


@lru_cache(maxsize=4)
def load_model(path: str | None = None) -> PartyModel:
    """The packaged model (or the one at `path`), read once per process."""
    data = json.loads(_read(path, MODEL_FILE))
    return PartyModel(weights=data["weights"], intercept=data["intercept"], version=data.get("version", ""),
                      threshold=data.get("threshold", 0.6))


@lru_cache(maxsize=4)
def load_common_words(path: str | None = None) -> frozenset[str]:
    return frozenset(json.loads(_read(path, COMMON_WORDS_FILE))["words"])
