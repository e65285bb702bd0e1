"""spaCy components of ctgminer; importing this package registers their factories."""

from ctgminer.components.dates import factory as _dates  # noqa: F401
from ctgminer.components.money import factory as _money  # noqa: F401
from ctgminer.components.parties import factory as _parties  # noqa: F401
from ctgminer.components.relevance import factory as _relevance  # noqa: F401
from ctgminer.components.themes import factory as _themes  # noqa: F401
