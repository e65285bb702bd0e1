"""Territories from the packaged gazetteer: names, départements, régions and populations by code."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from ctgminer.gazetteer import Gazetteer, get_gazetteer

LOCAL_TYPES = ("epci", "commune")  # the partners that say which territory a convention covers
TERRITORY_TYPES = (*LOCAL_TYPES, "departement")


@dataclass(frozen=True)
class Territory:
    code: str
    name: str
    type: str  # epci|commune|departement
    departement: str  # code, '' when unknown
    population: int | None  # None when the gazetteer does not know the code


class Territories:
    """Code -> territory lookups; EPCI and département populations are sums over their current communes."""

    def __init__(self, gaz: Gazetteer | None = None) -> None:
        self.gaz = gaz or get_gazetteer()
        self.epci_by_code = {e.code: e for e in self.gaz.epcis}
        self.epci_population: dict[str, int] = defaultdict(int)
        self.dep_population: dict[str, int] = defaultdict(int)
        for c in self.gaz.commune_by_code.values():
            if c.epci:
                self.epci_population[c.epci] += c.population
            if c.departement:
                self.dep_population[c.departement] += c.population

    def get(self, code: str | None, type_: str) -> Territory | None:
        """The territory of a partner code and type; None for unknown codes or other types."""
        if not code:
            return None
        if type_ == "commune":
            c = self.gaz.commune_by_code.get(code)
            return Territory(code, c.name, "commune", c.departement, c.population) if c else None
        if type_ == "epci":
            e = self.epci_by_code.get(code)
            if e is None:
                return None
            return Territory(code, e.name, "epci", e.departement, self.epci_population.get(code) or None)
        if type_ == "departement":
            d = self.gaz.departements.get(code)
            return Territory(code, d.name, "departement", code, self.dep_population.get(code) or None) if d else None
        return None

    def epci_of(self, commune_code: str) -> str:
        """SIREN of the EPCI a commune belongs to ('' when none or unknown)."""
        c = self.gaz.commune_by_code.get(commune_code)
        return c.epci if c else ""

    def departement(self, code: str | None) -> Territory | None:
        return self.get(code, "departement")

    def region(self, departement: str | None) -> tuple[str, str] | None:
        """(code, name) of the région of a département code."""
        place = self.gaz.region(departement)
        return (place.code, place.name) if place else None


@lru_cache(maxsize=1)
def get_territories() -> Territories:
    return Territories()
