"""spaCy components of ctgminer; importing this package registers their factories."""

from ctgminer.extract.components.dates import factory as _dates  # noqa: F401
from ctgminer.extract.components.genre import factory as _genre  # noqa: F401
from ctgminer.extract.components.money import factory as _money  # noqa: F401
from ctgminer.extract.components.parties import factory as _parties  # noqa: F401
from ctgminer.extract.components.themes import factory as _themes  # noqa: F401
